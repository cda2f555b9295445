"""``plan fmt`` recognises a text already in the canonical layout without ruamel.yaml's round
trip (``yearly.canonical``). What users rely on: the answer is the round trip's answer. Whenever
the quick check says "canonical", the round trip gives the text back byte for byte; and the
formatted files users keep (the shipped plans, every output of ``plan fmt``) are recognised."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forvaltning_cli.load import load_text
from forvaltning_cli.yearly.canonical import is_canonical
from forvaltning_cli.yearly.layout import format_text, round_trip_format

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bigplan import write as write_big_plan  # noqa: E402

# A canonical plan-shaped text with what plans use: comments (whole-line and after values),
# blank lines, nested sections, lists of sections and of values, flow lists, quoted values that
# need their quotes, numbers, dates, booleans, keys with spaces and an empty value.
BASE = """\
# Förvaltningsplan, exempel

schema_version: 1
document:
  title: Förvaltningsplan 2026   # rubrik
  status: "Utgåva: 2"
  date: 2026-01-15

period:
  start: 2026-01-01
  end: 2026-12-31
sections:
  - number: "1"
    title: Inledning
    content:
      # stycken
      - text: Planen gäller SHVO.
      - items: [Mål, "2026", Budget]
      - text: "- inte en lista"
  - number: "2"
    title: Budget
    content:
      - text:
      - items:
          - Drift 1 489 000 kr
          - 70 %

          - Sista punkten
    draft: true
abbreviations:
  VGR: Västra Götalandsregionen
  VGR IT: Västra Götalandsregionens IT-avdelning
"""

MUTATIONS = st.sampled_from([
    "comment-line", "eol-comment", "blank", "indent+1", "indent-1", "indent+2", "swap", "quote-double",
    "quote-single", "unquote", "trailing-blank", "colon-space", "dash-space", "flow-space", "dedent-comment",
    "delete", "end-comment", "flow-comment", "key-comment",
])


def _mutate(text: str, operations: list[tuple[str, int, int]]) -> str:
    lines = text.split("\n")[:-1]
    for operation, where, amount in operations:
        at = where % len(lines)
        line = lines[at]
        indent = " " * amount
        if operation == "comment-line":
            lines.insert(at, indent + "# anteckning")
        elif operation == "dedent-comment":
            lines.insert(at, " " * (len(line) - len(line.lstrip()) + amount - 2) + "# inskjuten")
        elif operation == "eol-comment" and line.strip() and not line.lstrip().startswith("#"):
            lines[at] = line + indent + " # kommentar"
        elif operation == "blank":
            lines.insert(at, indent if amount % 2 else "")
        elif operation == "indent+1":
            lines[at] = " " + line
        elif operation == "indent-1" and line.startswith(" "):
            lines[at] = line[1:]
        elif operation == "indent+2":
            lines[at] = "  " + line
        elif operation == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], line
        elif operation == "quote-double" and ": " in line and not line.rstrip().endswith(":"):
            key, value = line.split(": ", 1)
            lines[at] = f'{key}: "{value}"'
        elif operation == "quote-single" and ": " in line:
            key, value = line.split(": ", 1)
            lines[at] = f"{key}: '{value.strip(chr(34))}'"
        elif operation == "unquote":
            lines[at] = line.replace('"', "", 2)
        elif operation == "trailing-blank":
            lines[at] = line + indent + " "
        elif operation == "colon-space":
            lines[at] = line.replace(": ", ":" + indent + " ", 1)
        elif operation == "dash-space":
            lines[at] = line.replace("- ", "-" + indent + " ", 1)
        elif operation == "flow-space":
            lines[at] = line.replace(", ", "," + indent, 1).replace("[", "[" + indent, 1)
        elif operation == "delete" and len(lines) > 3:
            del lines[at]
        elif operation == "end-comment":
            lines.append(indent * 2 + "# slut")
        elif operation == "flow-comment" and "[" in line:
            lines[at] = line.replace(", ", ",  # inne\n" + " " * (4 + amount), 1)
        elif operation == "key-comment" and line.rstrip().endswith(":"):
            lines[at] = line + indent + " # om avsnittet"
    return "\n".join(lines) + "\n"


def _round_trip(text: str) -> str | None:
    return round_trip_format(text, "p.yaml", load_text(text, "p.yaml"))[0]


def test_the_base_text_is_canonical_and_recognised() -> None:
    assert _round_trip(BASE) == BASE  # the fixture itself is what plan fmt writes
    assert is_canonical(BASE, load_text(BASE, "p.yaml").data)


@pytest.mark.parametrize("path", sorted((ROOT / "plans").glob("*.yaml")) + [
    ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"], ids=lambda p: p.name)
def test_formatted_plans_are_recognised_and_the_round_trip_agrees(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _round_trip(text) == text
    assert is_canonical(text, load_text(text, path.name).data)


def test_what_plan_fmt_writes_is_recognised_next_time(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    write_big_plan(120, big, seed=3, formatted=False)
    raw = big.read_text(encoding="utf-8")
    assert not is_canonical(raw, load_text(raw, "big.yaml").data)  # lists not indented under their key
    formatted = format_text(raw, "big.yaml")[0]
    assert formatted != raw
    assert is_canonical(formatted, load_text(formatted, "big.yaml").data)
    assert format_text(formatted, "big.yaml")[0] == formatted


@pytest.mark.parametrize("text", [
    BASE.replace("Inledning", "'Inledning'"),                   # single quotes become none
    BASE.replace('"Utgåva: 2"', "'Utgåva: 2'"),                 # ... or double quotes
    BASE.replace("title: Inledning", 'title: "Inledning"'),     # quotes YAML does not need
    BASE.replace("  title: Förvaltningsplan", "  title:  Förvaltningsplan"),
    BASE.replace("schema_version: 1\ndocument:", "document:").replace("period:", "schema_version: 1\nperiod:"),
    BASE.replace("      - ", "    - "),                        # list items not indented under their key
    BASE.replace("[Mål, \"2026\", Budget]", "[Mål,\"2026\", Budget]"),
    BASE.replace("period:\n  start: 2026-01-01\n  end: 2026-12-31", "period: {start: 2026-01-01, end: 2026-12-31}"),
    BASE.replace("Inledning", "Inledning "),                     # a trailing blank
    BASE + "\n",
    BASE.replace("status: \"Utgåva: 2\"", "status: |\n    Utgåva 2"),
    BASE.replace("draft: true", "draft: True"),
    BASE.replace("schema_version: 1", "schema_version: 0x1"),
])
def test_texts_the_round_trip_would_change_are_not_recognised(text: str) -> None:
    data = load_text(text, "p.yaml").data
    assert isinstance(data, dict)
    assert not is_canonical(text, data)


@settings(max_examples=int(__import__("os").environ.get("FMT_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(MUTATIONS, st.integers(0, 200), st.integers(0, 3)), min_size=1, max_size=4))
def test_recognised_means_the_round_trip_gives_the_text_back(operations) -> None:
    text = _mutate(BASE, operations)
    loaded = load_text(text, "p.yaml")
    if not isinstance(loaded.data, dict) or any(f.rule == "yaml-syntax" for f in loaded.findings):
        return
    if is_canonical(text, loaded.data):
        assert _round_trip(text) == text, operations
