"""Where things are in a plan file: source positions by data path, and the loader's error."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..findings import Location


@dataclass(slots=True)
class SourceMap:
    """Positions (0-based line, column) of keys and values, by data path."""

    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    floats: dict[tuple, str] = field(default_factory=dict)  # each float's text as written

    def position(self, path: tuple, *, at_key: bool = False) -> tuple[int, int]:
        """1-based ``(line, column)`` of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        if at_key and path in self.keys:
            line, col = self.keys[path]
            return line + 1, col + 1
        while path:
            if path in self.values:
                line, col = self.values[path]
                return line + 1, col + 1
            path = path[:-1]
        line, col = self.values.get((), (0, 0))
        return line + 1, col + 1

    def key_or_value(self, path: tuple) -> tuple[int, int]:
        """Where a human looks for the entry at ``path``: its key if it has one, else its value."""
        return self.position(path, at_key=tuple(path) in self.keys)



def format_path(path: tuple) -> str:
    """``("sections", 0, "title")`` → ``sections[0].title``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


class LoadError(Exception):
    """A problem that stops loading: the rule, a Swedish message and a 0-based position."""

    def __init__(self, rule: str, message: str, line: int = 0, column: int = 0,
                 hint: str | None = None, related: tuple[Location, ...] = ()) -> None:
        super().__init__(message)
        self.rule, self.message, self.line, self.column = rule, message, line, column
        self.hint, self.related = hint, related


_YAML_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile("\r\n|[\n\r]")


class EditorLines:
    """YAML's positions as the editor shows them (0-based).

    YAML also ends a line at U+0085, U+2028 and U+2029, which editors show inside a line; in a
    file with one of them, every position after it is moved back to the editor's line.
    """

    def __init__(self, text: str) -> None:
        self.same = not ("\x85" in text or "\u2028" in text or "\u2029" in text)
        self._text = text
        self._yaml: list[int] | None = None
        self._editor: list[int] | None = None

    def _starts(self) -> tuple[list[int], list[int]]:
        if self._yaml is None or self._editor is None:
            self._yaml = [0] + [m.end() for m in _YAML_BREAK.finditer(self._text)]
            self._editor = [0] + [m.end() for m in _EDITOR_BREAK.finditer(self._text)]
        return self._yaml, self._editor

    def at_offset(self, offset: int) -> tuple[int, int]:
        """The editor's (line, column) of a character offset."""
        _, editor = self._starts()
        line = bisect.bisect_right(editor, offset) - 1
        return line, offset - editor[line]

    def __call__(self, line: int, column: int) -> tuple[int, int]:
        """The editor's (line, column) of YAML's (line, column)."""
        if self.same:
            return line, column
        yaml, _ = self._starts()
        return self.at_offset(yaml[min(line, len(yaml) - 1)] + column)
