"""Text → one YAML document as nodes; ruamel's syntax errors told in Swedish, as data.

The problems and contexts are tables (English → Swedish); the hints look at the text around the
error for the usual editing mistakes: a tab, a key indented one level too deep, an unclosed quote
or bracket, conflict markers from git.
"""

from __future__ import annotations

from typing import Any

from ..ruamel_glue import SyntaxProblem, compose
from .hidden import HIDDEN, explain, name
from .nodes import check_nesting
from .positions import EditorLines, LoadError

# ruamel.yaml's problems in Swedish; the original follows in parentheses, for searching the web.
YAML_PROBLEMS = {
    "unacceptable character": "ett styrtecken som YAML inte tillåter (det syns sällan i en editor; ta bort det)",
    "mapping values are not allowed in this context":
        "ett kolon (:) på fel ställe: raden ser ut som en nyckel där ingen nyckel kan stå",
    "could not find expected ':'": "ett kolon (:) väntades efter nyckeln",
    "found unexpected end of stream": "filen tar slut innan värdet är avslutat",
    "found character '\\t' that cannot start any token": "ett tabbtecken kan inte inleda ett värde",
    "expected <block end>, but found '<block sequence start>'":
        "en listpunkt (-) står där den inte hör hemma",
    "expected <block end>, but found '<block mapping start>'":
        "en nyckel står med fel indrag",
    "expected <block end>, but found '-'": "en listpunkt (-) står med fel indrag",
    "did not find expected key": "en nyckel väntades här",
    "did not find expected '-' indicator": "en listpunkt (-) väntades här",
    "found undefined alias": "aliaset (*namn) syftar på ett ankare (&namn) som inte finns",
    "found invalid Unicode character escape code":
        "en escape-sekvens (\\u…) anger inget giltigt tecken (halva surrogatpar stöds inte)",
    "block sequence entries are not allowed in this context": "en listpunkt (-) kan inte stå här",
}


YAML_CONTEXTS = {
    "while scanning a simple key": "när en nyckel lästes",
    "while parsing a block mapping": "i ett avsnitt (nyckel: värde)",
    "while parsing a block collection": "i en lista",
    "while parsing a flow sequence": "i en lista inom [ ]",
    "while parsing a flow mapping": "i ett avsnitt inom { }",
    "while scanning a plain scalar": "när ett värde lästes",
    "while parsing a quoted scalar": "i ett värde inom citattecken",
}


def _swedish_problem(problem: str) -> str:
    for english, swedish in YAML_PROBLEMS.items():
        if problem.startswith(english):
            return f"{swedish} ({problem})"
    return problem


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _deeper_than_a_finished_value(lines: list[str], line: int) -> bool:
    """Whether ``line`` is indented deeper than the line above it, which already has its value
    (``name: text``): the usual way a key ends up one level too deep."""
    above = next((row for row in reversed(lines[:line]) if row.strip() and not row.lstrip().startswith("#")), None)
    if above is None or line >= len(lines):
        return False
    key, sep, value = above.strip().removeprefix("- ").partition(":")
    return bool(sep and value.strip()) and _indent(lines[line]) > _indent(above) + (2 if above.lstrip().startswith("- ") else 0)


def _unclosed_quote_line(lines: list[str]) -> int | None:
    """The first line whose double quotes do not pair up (text after " #" is a comment)."""
    for number, row in enumerate(lines):
        body = row.split(" #", 1)[0]
        if (body.count('"') - body.count('\\"')) % 2:
            return number
    return None


def _unclosed_bracket_line(lines: list[str]) -> int | None:
    """The first line that opens a [ or { it does not close (quoted text and comments skipped)."""
    for number, row in enumerate(lines):
        depth, quote = 0, None
        for i, char in enumerate(row):
            if quote:
                quote = None if char == quote else quote
            elif char in "\"'" and (i == 0 or not row[i - 1].isalnum()):
                quote = char
            elif char == "#" and (i == 0 or row[i - 1] in " \t"):
                break
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
        if depth > 0:
            return number
    return None


def _hidden_near(text: str, line: int) -> tuple[int, int, str, str] | None:
    """The first hidden character (``hidden.HIDDEN``) on the error's line or the two lines before,
    as ``(line, column, char, text before it on its line)`` in the editor's terms (EditorLines)."""
    rows = text.splitlines(keepends=True)
    first = max(0, line - 2)  # a line separator puts the error a line after the character
    start = sum(len(row) for row in rows[:first])
    end = start + sum(len(row) for row in rows[first : line + 1])
    found = HIDDEN.search(text, start, end)
    if found is None:
        return None
    at = found.start()
    line, column = EditorLines(text).at_offset(at)
    return line, column, found.group(), text[at - column : at]


def compose_document(text: str) -> tuple[Any, Any]:
    """The one YAML document of ``text`` as a node graph, and the scalar constructor; every
    syntax problem becomes a :class:`LoadError` in Swedish with a hint where one can be given."""
    check_nesting(text)  # before composing, which recurses on the C stack
    try:
        nodes, constructor = compose(text)
    except SyntaxProblem as exc:
        raise syntax_error(exc, text) from None
    except RecursionError:
        raise LoadError("yaml-limits", "strukturen är för djupt nästlad för att läsas") from None
    nodes = [node for node in nodes if node is not None]
    if not nodes:
        raise LoadError("plan-structure", "filen är tom; en plan börjar med schema_version: 1",
                        hint="se plans/ för exempel")
    if len(nodes) > 1:
        second = nodes[1].start_mark
        raise LoadError(
            "plan-structure",
            f"filen innehåller {len(nodes)} YAML-dokument; en planfil ska innehålla ett",
            *EditorLines(text)(second.line, second.column), hint="dela upp planerna i en fil var",
        )
    return nodes[0], constructor


def syntax_error(exc: SyntaxProblem, text: str) -> LoadError:
    """ruamel's syntax error in Swedish (the original in parentheses), at the place to look."""
    line, column, problem = exc.line, exc.column, exc.problem
    context = f" ({YAML_CONTEXTS.get(exc.context, exc.context)})" if exc.context else ""
    if exc.context and "quoted scalar" in exc.context and exc.context_line is not None and exc.context_line < line:
        # An unclosed quote is found at the end of the file; the quote itself is where to look.
        line, column = exc.context_line, exc.context_column
        problem = f"citattecknet här stängs aldrig ({problem})"
        context = ""
    lines = text.splitlines()
    hint = None
    problem = _swedish_problem(problem)
    markers = [n for n, row in enumerate(lines) if row.startswith(("<<<<<<< ", ">>>>>>> ")) or row == "======="]
    if markers:
        line, column = markers[0], 0  # the first marker is where the user has to act
        hint = ("filen innehåller konfliktmarkeringar från git (<<<<<<<, =======, >>>>>>>): "
                "behåll den version som ska gälla och ta bort markeringarna")
    elif (hidden := _hidden_near(text, line)) is not None:
        line, column, char, before = hidden  # where the user has to act, already as the editor shows it
        looks, what_instead = explain(char, before)
        hint = f"rad {line + 1}, kolumn {column + 1} innehåller tecknet {name(char)}, {looks}; {what_instead}"
        return LoadError("yaml-syntax", f"YAML-syntaxfel: {problem}{context}", line, column, hint)
    elif line < len(lines) and "\t" in lines[line]:
        hint = "använd mellanslag, inte tabbtecken, för indrag"
    elif _deeper_than_a_finished_value(lines, line):
        hint = (f"rad {line + 1} är indragen djupare än raden ovanför, som redan har ett värde; "
                "ge den samma indrag som raden ovanför")
    else:
        unbalanced = _unclosed_quote_line(lines[: line + 1])
        bracket = _unclosed_bracket_line(lines[: line + 1])
        if unbalanced is not None and unbalanced < line:
            hint = f"citattecknet på rad {unbalanced + 1} verkar inte stängas på samma rad"
        elif bracket is not None and bracket < line:
            hint = f"hakparentesen eller klammerparentesen på rad {bracket + 1} verkar inte stängas"
    return LoadError("yaml-syntax", f"YAML-syntaxfel: {problem}{context}", *EditorLines(text)(line, column), hint)
