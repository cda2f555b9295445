"""Every rule's documentation (its module docstring, shown by ``plan rules ID``) is Swedish and has
the same shape: a one-sentence summary, then "Vad regeln kontrollerar", "Varför det spelar roll",
"Exempel" and "Skriv i stället". For every rule with a check, the YAML under "Exempel" makes the
rule fire and the YAML under "Skriv i stället" gives a plan without findings.

Most examples are fragments of a plan (a budget line, a group, the ``financing`` keys …).
``EMBED`` says, for each rule, where its fragment goes in a small plan built on ``MINIMAL_PLAN``.
"""

from __future__ import annotations

import re
import textwrap
from typing import Callable

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL_PLAN, findings_for
from forvaltning_cli.checks import RULES
from forvaltning_cli.cli import app

HEADINGS = ["Vad regeln kontrollerar", "Varför det spelar roll", "Exempel", "Skriv i stället"]
CHECKED = [rule.id for rule in RULES.values() if rule.check is not None]
LOADER_RULES = {rule.id for rule in RULES.values() if rule.check is None}


def sections(doc: str) -> dict[str, str]:
    """The doc's ``## Heading`` sections, by heading, in order (the summary is left out)."""
    parts = re.split(r"^## (.+)\n", doc, flags=re.M)
    return {heading.strip(): body for heading, body in zip(parts[1::2], parts[2::2])}


def yaml_block(doc: str, heading: str) -> str:
    """The indented block (four spaces) of a section, dedented; prose lines around it are left out."""
    lines = sections(doc)[heading].splitlines()
    block = [line for line in lines if line.startswith("    ") or not line.strip()]
    text = textwrap.dedent("\n".join(block)).strip("\n")
    assert text, f"no indented YAML under '## {heading}'"
    return text + "\n"


# --------------------------------------------------------------------------------------------
# Where each rule's fragment goes
# --------------------------------------------------------------------------------------------


def _top_level_blocks(text: str) -> dict[str, str]:
    blocks: dict[str, str] = {}
    key = None
    for line in text.splitlines(keepends=True):
        match = re.match(r"^([A-Za-z_]+):", line)
        if match:
            key = match.group(1)
            blocks[key] = ""
        assert key is not None, line
        blocks[key] += line
    return blocks


def top(fragment: str, base: str = MINIMAL_PLAN) -> str:
    """``base`` whose top-level keys are replaced by (or extended with) those of ``fragment``."""
    blocks = _top_level_blocks(base)
    blocks.update(_top_level_blocks(fragment))
    return "".join(blocks.values())


def inside(template: str, base: str = MINIMAL_PLAN) -> Callable[[str], str]:
    """The fragment goes where ``template`` has a line ``{}``, indented like that line."""
    at = re.search(r"^( *)\{\}\n", template, flags=re.M)
    assert at, template

    def embed(fragment: str) -> str:
        placed = textwrap.indent(fragment, at.group(1))
        return top(template[: at.start()] + placed + template[at.end():], base)

    return embed


PARTIES = """\
financing:
  parties:
    - {id: VGK, name: Västra Götalands 49 kommuner, column: Kommun}
    - {id: VGR, name: Västra Götalandsregionen}
"""
KEYS = """\
  split_keys:
    - {id: lonekostnader, text: Lönekostnader 50/50, shares: {VGR: 50, VGK: 50}}
    - {id: utveckling-support, text: Utveckling och support 70/30, shares: {VGR: 70, VGK: 30}}
"""
BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
"""
PARTY_BUDGET = BUDGET + "  parties: [VGK, VGR]\n"
DOCUMENT = """\
document:
  title: Förvaltningsplan 2025
  status: Utgåva
  {}
"""
SECTION = """\
sections:
  - id: inledning
    number: "1"
    title: Inledning
"""

EMBED: dict[str, Callable[[str], str]] = {
    "budget-total": inside(BUDGET + "  {}\n"),
    "budget-subtotal": inside(BUDGET + "  items:\n    {}\n"),
    # Two lines whose party columns make 5 800 000 and 10 100 000 (15 900 000 together).
    "budget-party-total": inside(PARTY_BUDGET + """\
  items:
    - {name: Drift, amount: 8000000, parties: {VGK: 2400000, VGR: 5600000}}
    - {name: Support, amount: 7900000, parties: {VGK: 3400000, VGR: 4500000}}
  {}
""" + PARTIES),
    "budget-line-parties": inside(PARTY_BUDGET + "  items:\n    {}\n" + PARTIES),
    "budget-amount-missing": inside(
        BUDGET + "  items:\n    {}\nabbreviations: {VGR: Västra Götalandsregionen}\n"
    ),
    "split-key-sum": inside(PARTIES + "  {}\n"),
    "split-key-mismatch": inside(PARTY_BUDGET + "  items:\n    {}\n" + PARTIES + KEYS),
    "split-key-unmatched": inside(PARTY_BUDGET + "  items:\n    {}\n" + PARTIES + KEYS),
    "unknown-reference": inside(BUDGET + "  items:\n    {}\n" + PARTIES + KEYS),
    "financing-sources-sum": inside("financing:\n  {}\n"),
    "period-order": top,
    "budget-year": lambda fragment: top(fragment).replace(
        "title: Förvaltningsplan 2025", "title: Förvaltningsplan 2026"
    ),
    "title-year": top,
    "approval-order": inside(DOCUMENT),
    "date-tentative": inside(DOCUMENT + "abbreviations: {VVG: Vårdsamverkan Västra Götaland}\n"),
    "abbreviation-undefined": top,
    "abbreviation-unused": top,
    "resource-reference": inside(MINIMAL_PLAN[MINIMAL_PLAN.index("sections:"):] + "  {}\n"),
    "link-target": inside("""\
organisation:
  decision_forums:
    - name: Ledningsråd för hjälpmedel
      {}
"""),
    "email-address": top,
    "duplicate-id": top,
    "section-empty": inside(MINIMAL_PLAN[MINIMAL_PLAN.index("sections:"):] + "  {}\n"),
    "part-reference": inside(SECTION + "    {}\n"),
    # The rules of the real-plans model: their examples are whole top-level blocks.
    "budget-column": top,
    "budget-result": top,
    "budget-sign": top,
    "activity-budget": top,
    "resource-staffing": top,
    "fee-income": top,
    "agreement-period": top,
    "date-in-period": top,
    "figure-alt": top,
}


def test_every_rule_with_a_check_has_a_way_to_embed_its_example() -> None:
    assert sorted(EMBED) == sorted(CHECKED)


# --------------------------------------------------------------------------------------------
# Shape
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule_id", list(RULES))
def test_doc_has_the_swedish_headings_in_order(rule_id: str) -> None:
    doc = RULES[rule_id].doc
    assert re.findall(r"^## (.+)$", doc, flags=re.M) == HEADINGS
    for heading, body in sections(doc).items():
        assert body.strip(), f"'## {heading}' is empty"
    assert "Example" not in doc


@pytest.mark.parametrize("rule_id", list(RULES))
def test_summary_is_one_swedish_sentence(rule_id: str) -> None:
    summary = RULES[rule_id].summary
    assert summary == " ".join(RULES[rule_id].doc.split("\n\n", 1)[0].split())
    assert summary[0].isupper() and summary.endswith("."), summary
    assert not re.search(r"[.!?]\s", summary), f"more than one sentence: {summary}"
    assert not re.search(r"\b(the|is|are|not|and|of)\b", summary), f"English? {summary}"


# --------------------------------------------------------------------------------------------
# The examples are true
# --------------------------------------------------------------------------------------------


def _rules_for(source: str) -> list[str]:
    return [finding.rule for finding in findings_for(source)]


@pytest.mark.parametrize("rule_id", CHECKED)
def test_example_fires_the_rule(rule_id: str) -> None:
    source = EMBED[rule_id](yaml_block(RULES[rule_id].doc, "Exempel"))
    fired = _rules_for(source)
    assert not LOADER_RULES & set(fired), (fired, source)  # the plan loads, so the checks ran
    assert rule_id in fired, (fired, source)


@pytest.mark.parametrize("rule_id", CHECKED)
def test_corrected_example_is_clean(rule_id: str) -> None:
    source = EMBED[rule_id](yaml_block(RULES[rule_id].doc, "Skriv i stället"))
    assert _rules_for(source) == [], source


def test_embedding_keeps_the_minimal_plan_clean() -> None:
    assert _rules_for(top("")) == []
    assert _rules_for(inside(DOCUMENT)("type: Förvaltningsplan\n")) == []


# --------------------------------------------------------------------------------------------
# plan rules
# --------------------------------------------------------------------------------------------


def test_plan_rules_id_prints_the_swedish_doc() -> None:
    result = CliRunner().invoke(app, ["rules", "budget-total"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"budget-total \(standardnivå: \S+\)", lines[0]), lines[0]
    assert lines[2] == RULES["budget-total"].summary
    for heading in HEADINGS:
        assert f"## {heading}" in lines
    assert "    total: {label: Totalt, amount: 10000000}   # raderna blir 10 300 000" in lines


def test_plan_rules_lists_every_rule_with_its_summary() -> None:
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(RULES)
    for line, rule in zip(lines, RULES.values()):
        assert line.endswith(rule.summary), line


def test_plan_rules_unknown_rule_answers_in_swedish() -> None:
    result = CliRunner().invoke(app, ["rules", "budget-totl"])
    assert result.exit_code == 2
    assert "okänd regel 'budget-totl'" in result.stderr
    assert "menade du 'budget-total'?" in result.stderr
