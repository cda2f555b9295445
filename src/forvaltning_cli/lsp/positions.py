"""Positions as the editor counts them.

A finding's line and column are 1-based and count characters (code points) on the lines an
editor shows (``\\r\\n``, ``\\r`` and ``\\n`` end a line, as in LSP). LSP positions are 0-based
and, unless the client negotiated otherwise, count UTF-16 code units: a character outside the
Basic Multilingual Plane (an emoji) is two.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BREAK = re.compile(r"\r\n|\r|\n")

# What ends a plain scalar that a finding points at: a comment, a key's colon, and in a flow
# collection also a comma or closing bracket.
_PLAIN_END = re.compile(r"\s+#|:(?:\s|$)")
_FLOW_END = re.compile(r"\s+#|:(?:\s|$)|[,\]}]")


def split_lines(text: str) -> list[str]:
    return _BREAK.split(text)


def utf16_units(chars: str) -> int:
    return len(chars.encode("utf-16-le")) // 2


def to_client(lines: list[str], line: int, column: int, units: Callable[[str], int] = utf16_units) -> tuple[int, int]:
    """The 0-based LSP (line, character) of a 0-based (line, code-point column)."""
    if not lines:
        return 0, 0
    line = max(0, min(line, len(lines) - 1))
    text = lines[line]
    return line, units(text[: max(0, min(column, len(text)))])


def from_client(lines: list[str], line: int, character: int, units: Callable[[str], int] = utf16_units) -> tuple[int, int]:
    """The 0-based (line, code-point column) of an LSP position (the inverse of :func:`to_client`;
    a position inside a surrogate pair is moved to the character's start)."""
    if not lines:
        return 0, 0
    if line >= len(lines):
        return len(lines) - 1, len(lines[-1])
    text = lines[max(0, line)]
    count = 0
    for index, char in enumerate(text):
        if count >= character:
            return line, index
        count += units(char)
        if count > character:
            return line, index
    return line, len(text)


def token_end(line: str, column: int) -> int:
    """Where the scalar (or key) starting at ``column`` ends, for the diagnostic's range: a quoted
    scalar at its closing quote, a plain one before a comment or a key's colon (and in a flow
    collection before ``,``, ``]`` or ``}``); the rest of the line when that finds nothing."""
    if column >= len(line):
        return column
    quote = line[column]
    if quote in "'\"":
        index = column + 1
        while index < len(line):
            char = line[index]
            if quote == '"' and char == "\\":
                index += 2
                continue
            if char == quote:
                if quote == "'" and line[index + 1: index + 2] == "'":
                    index += 2
                    continue
                return index + 1
            index += 1
        return len(line)
    if line[column] in "{[":  # a whole flow collection: to its end on this line
        return len(line.rstrip())
    flow = "{" in line[:column] or "[" in line[:column]
    match = (_FLOW_END if flow else _PLAIN_END).search(line, column)
    end = match.start() if match else len(line)
    end = column + len(line[column:end].rstrip())
    return end if end > column else len(line.rstrip()) if len(line.rstrip()) > column else column
