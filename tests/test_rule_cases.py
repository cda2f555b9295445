"""Every rule, firing on a small plan (at the line and column a user should look at) and staying
quiet on the corrected plan.

Each case is a fragment appended to ``MINIMAL_PLAN`` (which has no findings), the place the
finding must point at — a line of the fragment and the text on it where the column must be —
and the corrected fragment.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, findings_for
from forvaltning_cli.checks import RULES, run_checks
from forvaltning_cli.loader import load_file, load_text

BASE_LINES = MINIMAL_PLAN.count("\n")

PARTIES = """\
financing:
  parties:
    - {id: VGK, name: Kommunerna}
    - {id: VGR, name: Regionen}
  split_keys:
    - id: lon
      text: Lönekostnader 50/50
      shares: {VGR: 50, VGK: 50}
    - id: drift
      text: Drift 70/30
      shares: {VGR: 70, VGK: 30}
"""


def budget(items: str, total: str = "", parties: str = "") -> str:
    head = "budget:\n  title: Budget 2025\n  year: 2025\n" + (f"  parties: [{parties}]\n" if parties else "")
    return head + "  items:\n" + textwrap.indent(textwrap.dedent(items), "    ") + (f"  total: {total}\n" if total else "")


# rule: (fragment that fires, (fragment line, text at the column), fixed fragment[, replace in MINIMAL_PLAN])
CASES = {
    "budget-total": (
        budget("- {name: Drift, amount: 100}\n- {name: Support, amount: 50}\n", "{label: Totalt, amount: 160}"),
        (7, "160"),
        budget("- {name: Drift, amount: 100}\n- {name: Support, amount: 50}\n", "{label: Totalt, amount: 150}"),
    ),
    "budget-subtotal": (
        budget("- lines:\n    - {name: Drift, amount: 100}\n    - {name: Licens, amount: 50}\n  subtotal: {label: delsumma, amount: 160}\n"),
        (8, "160"),
        budget("- lines:\n    - {name: Drift, amount: 100}\n    - {name: Licens, amount: 50}\n  subtotal: {label: delsumma, amount: 150}\n"),
    ),
    "budget-party-total": (
        budget("- {name: Drift, amount: 100, parties: {VGK: 30, VGR: 70}}\n",
               "{amount: 100, parties: {VGK: 30, VGR: 60}}", "VGK, VGR") + PARTIES,
        (7, "60"),
        budget("- {name: Drift, amount: 100, parties: {VGK: 30, VGR: 70}}\n",
               "{amount: 100, parties: {VGK: 30, VGR: 70}}", "VGK, VGR") + PARTIES,
    ),
    "budget-line-parties": (
        budget("- {name: Drift, amount: 100, parties: {VGK: 30, VGR: 60}}\n", parties="VGK, VGR") + PARTIES,
        (6, "{VGK"),
        budget("- {name: Drift, amount: 100, parties: {VGK: 30, VGR: 70}}\n", parties="VGK, VGR") + PARTIES,
    ),
    "budget-amount-missing": (
        budget("- lines:\n    - name: Drift\n  subtotal: {amount: 100}\n"),
        (6, "name"),
        budget("- lines:\n    - {name: Drift, amount: 100}\n  subtotal: {amount: 100}\n"),
    ),
    "split-key-sum": (
        PARTIES.replace("{VGR: 50, VGK: 50}", "{VGR: 50, VGK: 40}"),
        (8, "{VGR"),
        PARTIES,
    ),
    "split-key-mismatch": (
        budget("- {name: Lön, amount: 1001, split_key: lon, parties: {VGK: 400, VGR: 601}}\n", parties="VGK, VGR") + PARTIES,
        (6, "{VGK"),
        budget("- {name: Lön, amount: 1001, split_key: lon, parties: {VGK: 500, VGR: 501}}\n", parties="VGK, VGR") + PARTIES,
    ),
    "split-key-unmatched": (
        budget("- {name: Möten, amount: 300, parties: {VGK: 100, VGR: 200}}\n", parties="VGK, VGR") + PARTIES,
        (6, "{VGK"),
        budget("- {name: Möten, amount: 300, parties: {VGK: 90, VGR: 210}}\n", parties="VGK, VGR") + PARTIES,
    ),
    "unknown-reference": (
        budget("- {name: Lön, amount: 100, split_key: lonn, parties: {VGK: 50, VGR: 50}}\n", parties="VGK, VGR") + PARTIES,
        (6, "lonn"),
        budget("- {name: Lön, amount: 100, split_key: lon, parties: {VGK: 50, VGR: 50}}\n", parties="VGK, VGR") + PARTIES,
    ),
    "financing-sources-sum": (
        "financing:\n  sources:\n    - {id: a, name: samarbetsavtalet, share: 80}\n    - {id: b, name: överenskommelsen, share: 15}\n",
        (3, "- {id: a"),
        "financing:\n  sources:\n    - {id: a, name: samarbetsavtalet, share: 85}\n    - {id: b, name: överenskommelsen, share: 15}\n",
    ),
    "period-order": (None, (7, "2024-12-31"), None, ("  end: 2025-12-31", "  end: 2024-12-31")),
    "budget-year": (
        budget("- {name: Drift, amount: 1}\n").replace("2025", "2024"),
        (3, "2024"),
        budget("- {name: Drift, amount: 1}\n"),
    ),
    "title-year": (None, (3, "Förvaltningsplan 2024"), None, ("  title: Förvaltningsplan 2025", "  title: Förvaltningsplan 2024")),
    "approval-order": (
        None, (6, "2025-01-15"), None,
        ("  status: Utgåva\n", "  status: Utgåva\n  issued: {by: A, date: 2025-02-01}\n  approved: {by: B, date: 2025-01-15}\n"),
    ),
    "date-tentative": (
        None, (7, "2025-12-10?"), None,
        ("  status: Utgåva\n", "  status: Utgåva\n  decision:\n    forum: Ledningsrådet\n    date: 2025-12-10?\n"),
    ),
    "abbreviation-undefined": (
        None, (13, "Inloggning"), None, ("Planen gäller webSesam.", "Inloggning med SITHS sker via webSesam."),
    ),
    "abbreviation-unused": (
        "abbreviations:\n  ERP: Enterprise Resource Planning\n",
        (2, "ERP"),
        "abbreviations:\n  ERP: Enterprise Resource Planning\nrelated_systems:\n  - {name: Raindance, dependency: ERP för ekonomi}\n",
    ),
    "link-target": (
        None, (13, '"Se'), None, ("Planen gäller webSesam.", '"Se [rutinen](#) och [mer](javascript:alert(1))"'),
    ),
    "email-address": (
        "contacts:\n  - email: info.samsa@vgregion\n",
        (2, "info.samsa"),
        "contacts:\n  - email: info.samsa@vgregion.se\n",
    ),
    "duplicate-id": (
        "  - id: inledning\n    title: Mål\n    content: [{text: Mål.}]\n",
        (1, "inledning"),
        "  - id: mal\n    title: Mål\n    content: [{text: Mål.}]\n",
    ),
    "section-empty": (
        "  - title: Förvaltningsstruktur\n",
        (1, "Förvaltningsstruktur"),
        "  - title: Förvaltningsstruktur\n    content: [{figure: 'Figur: Förvaltningsstrukturen'}]\n",
    ),
    "part-reference": (
        "  - title: Budget\n    content: [{part: budget}]\n",
        (2, "budget}"),
        "  - title: Budget\n    content: [{part: budget}]\n" + budget("- {name: Drift, amount: 1}\n"),
    ),
}


def _plan(fragment: str | None, replace: tuple[str, str] | None) -> str:
    text = MINIMAL_PLAN
    if replace:
        assert replace[0] in text
        text = text.replace(replace[0], replace[1], 1)
    return text + (fragment or "")


def _expected(case, text: str) -> tuple[int, int]:
    line_in_fragment, needle = case[1]
    fragment_first = BASE_LINES + 1 if case[0] is not None else 1
    line = fragment_first + line_in_fragment - 1
    source_line = text.splitlines()[line - 1]
    assert needle in source_line, (line, source_line)
    return line, source_line.index(needle) + 1


def test_every_rule_has_a_case() -> None:
    covered = set(CASES) | set(LOADER_CASES) | {"encoding", "file-unreadable", "check-crashed", "unused-suppression"}
    assert covered == set(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires_where_the_problem_is(rule: str) -> None:
    case = CASES[rule]
    replace = case[3] if len(case) > 3 else None
    text = _plan(case[0], replace)
    findings = findings_for(text)
    hits = [f for f in findings if f.rule == rule]
    assert hits, findings
    assert (hits[0].line, hits[0].column) == _expected(case, text)
    assert hits[0].severity is RULES[rule].severity
    assert all(f.rule == rule for f in findings), [(f.rule, f.message) for f in findings]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_is_quiet_when_the_plan_is_right(rule: str) -> None:
    case = CASES[rule]
    text = _plan(case[2], None)
    assert findings_for(text) == []


def test_messages_name_the_facts() -> None:
    def message(rule: str) -> str:
        case = CASES[rule]
        return next(f.message for f in findings_for(_plan(case[0], case[3] if len(case) > 3 else None)) if f.rule == rule)

    assert "160 kr" in message("budget-total") and "150 kr" in message("budget-total")
    assert "lon" in message("split-key-mismatch") and "VGK 501 kr" in message("split-key-mismatch")
    assert "33,3 %" in message("split-key-unmatched") and "66,7 %" in message("split-key-unmatched")
    assert "SITHS" in message("abbreviation-undefined")
    assert "'#'" in message("link-target") or "javascript:" in message("link-target")
    hint = next(f.hint for f in findings_for(_plan(CASES["unknown-reference"][0], None)) if f.rule == "unknown-reference")
    assert hint == "menade du 'lon'?"


def test_link_target_reports_each_bad_link() -> None:
    case = CASES["link-target"]
    messages = [f.message for f in findings_for(_plan(None, case[3])) if f.rule == "link-target"]
    assert len(messages) == 2
    assert any("'#' är en platshållare" in m for m in messages) and any("'javascript:'" in m for m in messages)


def test_split_key_tolerates_rounding_either_way() -> None:
    for vgk, vgr in ((500, 501), (501, 500)):
        fragment = budget(f"- {{name: Lön, amount: 1001, split_key: lon, parties: {{VGK: {vgk}, VGR: {vgr}}}}}\n", parties="VGK, VGR") + PARTIES
        assert findings_for(_plan(fragment, None)) == []


def test_inline_explanations_count_as_definitions() -> None:
    for text in ("Styrgrupp IT i Väst (SITIV) beslutar.", "SITIV (Styrgrupp IT i Väst) beslutar."):
        assert findings_for(_plan(None, ("Planen gäller webSesam.", text))) == []
    assert [f.rule for f in findings_for(_plan(None, ("Planen gäller webSesam.", "Beslut i styrgruppen (SITIV).")))] == [
        "abbreviation-undefined"]


# --------------------------------------------------------------------------------------------
# Rules the loader reports
# --------------------------------------------------------------------------------------------

LOADER_CASES = {
    "yaml-syntax": ("schema_version: 1\ndocument:\n  title: \"Förvaltningsplan\n  status: Utgåva\n", (5, 1)),
    "yaml-tag": ("schema_version: 1\ndocument: !!python/object:os.system {}\n", (2, 11)),
    "yaml-limits": ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)), None),
    "duplicate-key": ("schema_version: 1\ndocument:\n  title: A\n  title: B\n", (4, 3)),
    "plan-structure": ("- schema_version: 1\n", (1, 1)),
    "unknown-key": (MINIMAL_PLAN.replace("  status: Utgåva", "  staus: Utgåva"), (4, 3)),
    "missing-key": (MINIMAL_PLAN.replace("  title: Förvaltningsplan 2025\n", ""), (2, 1)),
    "invalid-value": (MINIMAL_PLAN + "budget:\n  title: B\n  year: 2025\n  items:\n    - {name: Drift, amount: 594000.0}\n", (18, 29)),
}


@pytest.mark.parametrize("rule", sorted(LOADER_CASES))
def test_loader_rules(rule: str) -> None:
    text, position = LOADER_CASES[rule]
    findings = findings_for(text)
    assert [f.rule for f in findings] == [rule], findings
    if position:
        assert (findings[0].line, findings[0].column) == position


def test_loader_rule_details() -> None:
    duplicate = findings_for(LOADER_CASES["duplicate-key"][0])[0]
    assert duplicate.related[0].line == 3 and "först på rad 3" in duplicate.message
    unknown = findings_for(LOADER_CASES["unknown-key"][0])[0]
    assert unknown.hint == "menade du 'status'?"
    missing = findings_for(LOADER_CASES["missing-key"][0])[0]
    assert missing.message == "nyckeln 'title' saknas i document"
    for amount, fragment in (("594000.0", "decimaltalet"), ('"594 000"', "texten"), ("true", "sanningsvärdet"), ("-5", "minst 0")):
        text = MINIMAL_PLAN + f"budget:\n  title: B\n  year: 2025\n  items:\n    - {{name: Drift, amount: {amount}}}\n"
        (finding,) = findings_for(text)
        assert finding.rule == "invalid-value" and fragment in finding.message, finding
        assert finding.line == BASE_LINES + 5


def test_dates_tentative_and_impossible() -> None:
    text = MINIMAL_PLAN.replace("  end: 2025-12-31", "  end: 2025-02-30")
    (finding,) = findings_for(text)
    assert finding.rule in ("invalid-value", "yaml-syntax") and finding.line == 7


def test_empty_several_documents_and_scalars() -> None:
    assert [f.rule for f in findings_for("")] == ["plan-structure"]
    (several,) = findings_for(MINIMAL_PLAN + "---\nschema_version: 1\n")
    assert several.rule == "plan-structure" and several.line == BASE_LINES + 2
    assert "texten" in findings_for("just text\n")[0].message


def test_encoding_and_unreadable_files(tmp_path: Path) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(MINIMAL_PLAN.encode("latin-1"))
    (finding,) = load_file(latin).findings
    assert (finding.rule, finding.line, finding.column) == ("encoding", 3, 11) and "0xf6" in finding.message
    utf16 = tmp_path / "utf16.yaml"
    utf16.write_bytes(MINIMAL_PLAN.encode("utf-16"))
    assert load_file(utf16).findings[0].rule == "encoding"
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbf" + MINIMAL_PLAN.encode("utf-8"))
    assert load_file(bom).findings == [] and load_file(bom).plan is not None
    broken_link = tmp_path / "gone.yaml"
    broken_link.symlink_to(tmp_path / "deleted.yaml")
    assert [f.rule for f in load_file(broken_link).findings] == ["file-unreadable"]


def test_a_crashing_check_becomes_one_finding() -> None:
    from dataclasses import replace

    def broken(ctx):
        raise ZeroDivisionError("oops")
        yield  # pragma: no cover

    rules = dict(RULES)
    rules["budget-total"] = replace(RULES["budget-total"], check=broken)
    case = CASES["title-year"]
    loaded = load_text(_plan(None, case[3]), "plan.yaml")
    findings = run_checks(loaded, rules)
    assert [f.rule for f in findings] == ["check-crashed", "title-year"]
    assert "budget-total" in findings[0].message and "ZeroDivisionError" in findings[0].message
