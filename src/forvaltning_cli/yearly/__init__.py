"""Plans written back through one ruamel.yaml round trip: ``plan fmt``'s canonical layout and
``plan new``'s move to the next year (also used by year diffs).

The plan loader (libyaml) and ruamel.yaml's pure-Python round trip do not accept quite the same
YAML, and ruamel reads an unquoted key such as ``1``, ``true`` or ``null`` as a number, boolean or
null where the loader reads text. :func:`load_round_trip` bridges both: it never raises for a
file the loader accepted, and says in a finding what keeps the file from being written back.
"""

from __future__ import annotations

from typing import Any

from ..findings import Finding, Severity

MAX_TAB_FIXES = 200  # separating tabs replaced before giving up (each costs one parse)


def same_data(a: Any, b: Any) -> bool:
    """Plan data equal regardless of key order (NaN equals NaN: ``.nan`` is a value, too)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float) and a != a and b != b:
        return True
    return type(a) is type(b) and a == b


def _finding(file: str, line: int, column: int, message: str, hint: str | None = None) -> Finding:
    return Finding(file, line + 1, column + 1, "yaml-syntax", Severity.ERROR, message, hint)


def _key_kind(key: Any) -> str:
    import datetime as dt

    if key is None:
        return "tomt värde (null)"
    if isinstance(key, bool):
        return "sanningsvärde"
    if isinstance(key, (int, float)):
        return "tal"
    if isinstance(key, (dt.date, dt.datetime)):
        return "datum"
    return type(key).__name__


def data_key(key: Any) -> Any:
    """The key as the plan data has it (text) for a key :func:`load_round_trip` accepted:
    ``!!str year`` is ``year``, ``1177`` is ``"1177"``."""
    if isinstance(key, str):
        return key
    value = getattr(key, "value", None)  # a tagged scalar (!!str 12)
    return value if isinstance(value, str) else str(key)


def _text_key_findings(node: Any, lines: list[str], file: str, out: list[Finding]) -> None:
    """A finding for each mapping key that ruamel.yaml reads as something other than text."""
    from ..ruamel_glue import is_mapping, is_sequence

    if is_mapping(node):
        for key in node:
            if not isinstance(key, str) and not isinstance(getattr(key, "value", None), str):
                line, column = node.lc.key(key)
                written = lines[line][column:].split(":", 1)[0].strip() if line < len(lines) else ""
                if written == str(key) and not isinstance(key, bool):  # 1177, 1.5, 2025-01-01: kept as written
                    continue
                out.append(_finding(
                    file, line, column,
                    f"nyckeln {written} läses i YAML som {_key_kind(key)}, inte som text; filen kan inte "
                    "skrivas om utan att ändra den",
                    f'skriv nyckeln inom citattecken: "{written}":'))
            _text_key_findings(node[key], lines, file, out)
    elif is_sequence(node):
        for item in node:
            _text_key_findings(item, lines, file, out)


def load_round_trip(yaml: Any, text: str, file: str) -> tuple[Any, str, list[Finding]]:
    """``(document, text, [])`` for a text the plan loader accepted, or ``(None, text, findings)``.

    A tab that ruamel.yaml refuses where libyaml takes it as a separating blank is replaced by a
    space (same meaning; the returned text has it), up to :data:`MAX_TAB_FIXES` times."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    original, first_fix = text, None
    for _ in range(MAX_TAB_FIXES + 1):
        try:
            document = yaml.load(text)
            break
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            offset = mark.index if mark is not None else -1
            before = text[text.rfind("\n", 0, max(offset, 0)) + 1:max(offset, 0)].rstrip(" \t")
            if ("'\\t'" in (exc.problem or "") and 0 <= offset < len(text) and text[offset] == "\t"
                    and (before == "" or before[-1] in ":-?")):  # a separator, not inside a scalar
                first_fix = first_fix or (mark.line, mark.column)
                text = text[:offset] + " " + text[offset + 1:]
                continue
            line, column = (mark.line, mark.column) if mark is not None else (0, 0)
            problem = (exc.problem or str(exc)).strip().splitlines()[0]
            hint = "ersätt tabben med blanksteg, eller skriv texten inom citattecken" if "'\\t'" in problem else None
            return None, text, [_finding(file, line, column,
                                         f"filen kan inte skrivas om: YAML-biblioteket läser den inte ({problem})", hint)]
        except (YAMLError, ValueError, TypeError, RecursionError) as exc:
            return None, text, [_finding(file, 0, 0, f"filen kan inte skrivas om: YAML-biblioteket läser "
                                                     f"den inte ({type(exc).__name__}: {exc})")]
    else:
        return None, text, [_finding(file, 0, 0, f"filen har fler än {MAX_TAB_FIXES} tabbar där YAML väntar "
                                                 "sig blanksteg", "ersätt tabbarna med blanksteg")]
    if first_fix is not None:  # each replaced tab must have been a mere blank to the plan loader
        from ..load import load_text

        if not same_data(load_text(text, file).data, load_text(original, file).data):
            return None, original, [_finding(file, *first_fix, "filen kan inte skrivas om: en tabb står där "
                                             "YAML-biblioteket väntar sig blanksteg", "ersätt tabben med blanksteg")]
    findings: list[Finding] = []
    _text_key_findings(document, text.splitlines(), file, findings)
    return (None if findings else document), text, findings
