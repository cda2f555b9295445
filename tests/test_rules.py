"""Every rule of ``plan validate``: it fires on a small plan, at the line and column a reader
should look at, with its severity and a message that names the facts; and it stays quiet on a
nearby correct plan.

Inputs extend ``MINIMAL_PLAN`` (13 lines, no findings), so text appended to it starts on line
14. Expected positions are 1-based and worked out by hand from the YAML text in each test.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, findings_for, rule_hits
from forvaltning_cli.load import nodes as loader
from forvaltning_cli.checks import RULES, run_checks
from forvaltning_cli.commands.validate import validate_file
from forvaltning_cli.findings import Finding, Severity
from forvaltning_cli.load import MAX_FILE_BYTES, load_file, load_text

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
TEXT_LINE = "      - text: Planen gäller webSesam."  # line 13 of MINIMAL_PLAN


def plan(extra: str = "", *, swap: tuple[str, str] | None = None) -> str:
    """MINIMAL_PLAN, with one piece of it replaced, and ``extra`` appended from line 14 on."""
    text = MINIMAL_PLAN
    if swap is not None:
        assert swap[0] in text, swap[0]
        text = text.replace(swap[0], swap[1], 1)
    return text + extra


def with_text(text: str) -> str:
    """MINIMAL_PLAN whose one paragraph (line 13, value at column 15) is ``text``."""
    return plan(swap=(TEXT_LINE, f"      - text: {text}"))


def after_status(lines: str) -> str:
    """MINIMAL_PLAN with ``lines`` inserted in ``document`` after ``status`` (from line 5)."""
    return plan(swap=("  status: Utgåva\n", "  status: Utgåva\n" + lines))


def one(source: str, rule: str) -> Finding:
    found = [f for f in findings_for(source) if f.rule == rule]
    assert len(found) == 1, [(f.rule, f.line, f.column, f.message) for f in findings_for(source)]
    return found[0]


def check_at(finding: Finding, line: int, column: int, severity: Severity) -> None:
    assert (finding.line, finding.column) == (line, column), finding
    assert finding.severity is severity
    assert RULES[finding.rule].severity is severity


def rules_of(source: str) -> list[str]:
    return [f.rule for f in findings_for(source)]


# Two parties (VGK shown as "Kommun") and two split keys, 50/50 and 30/70.
FINANCING = """\
financing:
  parties:
    - {id: VGK, name: Kommunerna, column: Kommun}
    - {id: VGR, name: Regionen}
  split_keys:
    - id: lon
      text: Lönekostnader 50/50
      shares: {VGK: 50, VGR: 50}
    - id: drift
      text: Drift 30/70
      shares: {VGK: 30, VGR: 70}
"""

# A budget with party columns; its one line (name on line 19) gets the given attributes.
PARTY_BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
  parties: [VGK, VGR]
  items:
    - name: {name}
      amount: {amount}
{rest}"""


def party_line(name: str, amount: int, rest: str) -> str:
    return plan(PARTY_BUDGET.format(name=name, amount=amount, rest=rest) + FINANCING)


CLEAN_BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
  items:
    - name: Drift
      amount: 100000
  total:
    label: Totalt
    amount: 100000
"""


def test_minimal_plan_is_clean() -> None:
    assert findings_for(MINIMAL_PLAN) == []


def test_every_rule_is_covered_here() -> None:
    tested = {
        "file-unreadable", "encoding", "yaml-syntax", "yaml-tag", "yaml-limits", "duplicate-key",
        "plan-structure", "unknown-key", "missing-key", "invalid-value", "budget-total",
        "budget-subtotal", "budget-party-total", "budget-line-parties", "budget-amount-missing",
        "split-key-sum", "split-key-mismatch", "split-key-unmatched", "unknown-reference",
        "financing-sources-sum", "period-order", "budget-year", "title-year", "approval-order",
        "date-tentative", "abbreviation-undefined", "abbreviation-unused", "link-target",
        "email-address", "duplicate-id", "section-empty", "part-reference", "unused-suppression",
        "check-crashed", "figure-alt",
    }
    # Tested in files of their own; each file must at least name the rules it tests.
    tested_elsewhere = {
        "test_hostile_load.py": {"hidden-character"},
        "test_hostile_render.py": {"resource-reference"},
        "test_rules_budget_model.py": {
            "budget-column", "budget-result", "budget-sign", "activity-budget",
            "resource-staffing", "fee-income",
        },
        "test_rules_real_plan_text.py": {"agreement-period", "date-in-period"},
    }
    for name, rules in tested_elsewhere.items():
        text = (Path(__file__).parent / name).read_text(encoding="utf-8")
        assert all(f'"{rule}"' in text for rule in rules), name
    assert tested.union(*tested_elsewhere.values()) == set(RULES)


# ============================================================================================
# Budget arithmetic
# ============================================================================================

TOTAL_BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
  items:
    - name: Drift
      amount: 7900000
    - name: Support
      amount: {support}
  total:
    label: Totalt
    amount: 16000000
"""


def test_budget_total_fires_at_the_stated_total() -> None:
    # line 24 is "    amount: 16000000": the value starts at column 13.
    finding = one(plan(TOTAL_BUDGET.format(support=8200000)), "budget-total")
    check_at(finding, 24, 13, ERROR)
    assert finding.message == (
        "angiven totalsumma 16 000 000 kr stämmer inte med summan av raderna 16 100 000 kr "
        "(100 000 kr för lite)"
    )


def test_budget_total_quiet_when_lines_add_up() -> None:
    assert findings_for(plan(TOTAL_BUDGET.format(support=8100000))) == []


def test_budget_total_counts_a_group_without_line_amounts_by_its_subtotal() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - lines:
        - name: Drift inklusive licens
      subtotal:
        amount: 1489000
    - name: Support
      amount: 594000
  total:
    amount: 2083000
""")
    assert rules_of(source) == ["budget-amount-missing"]


SUBTOTAL_BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
  items:
    - group: Drift och licens
      lines:
        - name: Drift
          amount: 1000000
        - name: Licens
          amount: 489000
      subtotal:
        label: delsumma
        amount: {subtotal}
"""


def test_budget_subtotal_fires_at_the_stated_subtotal() -> None:
    # line 26 is "        amount: 1500000": column 17.
    finding = one(plan(SUBTOTAL_BUDGET.format(subtotal=1500000)), "budget-subtotal")
    check_at(finding, 26, 17, ERROR)
    assert "'delsumma'" in finding.message
    assert "1 500 000 kr" in finding.message and "1 489 000 kr" in finding.message
    assert "11 000 kr för mycket" in finding.message


def test_budget_subtotal_quiet_when_group_adds_up() -> None:
    assert findings_for(plan(SUBTOTAL_BUDGET.format(subtotal=1489000))) == []


PARTY_TOTAL_BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
  parties: [VGK, VGR]
  items:
    - name: Drift
      amount: 100000
      parties: {{VGK: 30000, VGR: 70000}}
    - name: Support
      amount: 200000
      parties: {{VGK: 100000, VGR: 100000}}
  total:
    amount: 300000
    parties: {{VGK: {vgk}, VGR: 170000}}
"""


def test_budget_party_total_fires_at_the_party_amount() -> None:
    # line 27 is "    parties: {VGK: 120000, VGR: 170000}": the VGK amount is at column 20.
    finding = one(plan(PARTY_TOTAL_BUDGET.format(vgk=120000) + FINANCING), "budget-party-total")
    check_at(finding, 27, 20, ERROR)
    assert finding.message == (
        "angiven summa för Kommun (VGK) 120 000 kr stämmer inte med summan av kolumnen "
        "130 000 kr (10 000 kr för lite)"
    )


def test_budget_party_total_quiet_when_columns_add_up() -> None:
    assert findings_for(plan(PARTY_TOTAL_BUDGET.format(vgk=130000) + FINANCING)) == []


def test_budget_line_parties_fires_when_parties_do_not_make_the_line() -> None:
    # line 21 is "      parties: {VGK: 720000, VGR: 1600000}": the mapping starts at column 16.
    source = party_line("Support", 2400000, "      parties: {VGK: 720000, VGR: 1600000}\n")
    finding = one(source, "budget-line-parties")
    check_at(finding, 21, 16, ERROR)
    assert finding.message == (
        "beloppen per part på raden 'Support' blir 2 320 000 kr, men radens belopp är "
        "2 400 000 kr (80 000 kr för lite)"
    )


def test_budget_line_parties_fires_when_a_party_column_is_missing() -> None:
    source = party_line("Support", 2400000, "      parties: {VGK: 2400000}\n")
    finding = one(source, "budget-line-parties")
    check_at(finding, 21, 16, ERROR)
    assert finding.message == "raden 'Support' saknar belopp för VGR"


def test_budget_line_parties_quiet_when_parties_make_the_line() -> None:
    source = party_line("Support", 2400000, "      parties: {VGK: 720000, VGR: 1680000}\n")
    assert findings_for(source) == []


AMOUNT_MISSING_BUDGET = """\
budget:
  title: Budget 2025
  year: 2025
  items:
    - lines:
        - name: Drift inklusive licens
{amount}      subtotal:
        label: delsumma
        amount: 1489000
"""


def test_budget_amount_missing_fires_at_the_line() -> None:
    # line 19 is "        - name: Drift inklusive licens": the line's mapping starts at column 11.
    finding = one(plan(AMOUNT_MISSING_BUDGET.format(amount="")), "budget-amount-missing")
    check_at(finding, 19, 11, INFO)
    assert "'Drift inklusive licens' saknar belopp" in finding.message
    assert "delsumma 1 489 000 kr" in finding.message


def test_budget_amount_missing_without_a_subtotal_says_no_total() -> None:
    source = plan("budget:\n  title: Budget 2025\n  year: 2025\n  items:\n    - name: Drift\n")
    finding = one(source, "budget-amount-missing")
    check_at(finding, 18, 7, INFO)
    assert finding.message == "raden 'Drift' saknar belopp; totalsumman kan inte räknas fram"


def test_budget_amount_missing_quiet_when_the_line_has_an_amount() -> None:
    source = plan(AMOUNT_MISSING_BUDGET.format(amount="          amount: 1489000\n"))
    assert findings_for(source) == []


# ============================================================================================
# Financing model
# ============================================================================================


def test_split_key_sum_fires_at_the_shares() -> None:
    # FINANCING from line 14; line 21 is "      shares: {VGK: 50, VGR: 40}": column 15.
    source = plan(FINANCING.replace("{VGK: 50, VGR: 50}", "{VGK: 50, VGR: 40}"))
    finding = one(source, "split-key-sum")
    check_at(finding, 21, 15, ERROR)
    assert finding.message == "andelarna i fördelningsnyckeln 'lon' blir 90 %, inte 100 %"


@pytest.mark.parametrize("shares", ["{VGK: 50, VGR: 50}", "{VGK: 33.3, VGR: 66.7}", "{VGK: 12.5, VGR: 87.5}"])
def test_split_key_sum_quiet_when_shares_make_100(shares: str) -> None:
    source = plan(FINANCING.replace("{VGK: 50, VGR: 50}", shares))
    assert rule_hits(source, "split-key-sum") == []
    assert findings_for(source) == []


@pytest.mark.parametrize("vgk, vgr", [(400, 601), (502, 499)])
def test_split_key_mismatch_fires_at_the_parties(vgk: int, vgr: int) -> None:
    # line 22 is "      parties: {VGK: …}": column 16.
    source = party_line("Lön", 1001, f"      split_key: lon\n      parties: {{VGK: {vgk}, VGR: {vgr}}}\n")
    finding = one(source, "split-key-mismatch")
    check_at(finding, 22, 16, ERROR)
    assert finding.message == (
        "beloppen på raden 'Lön' följer inte fördelningsnyckeln 'lon', "
        "som ger Kommun (VGK) 501 kr, VGR 500 kr"
    )


@pytest.mark.parametrize("vgk, vgr", [(501, 500), (500, 501)])
def test_split_key_mismatch_quiet_within_one_krona(vgk: int, vgr: int) -> None:
    source = party_line("Lön", 1001, f"      split_key: lon\n      parties: {{VGK: {vgk}, VGR: {vgr}}}\n")
    assert findings_for(source) == []


def test_split_key_unmatched_fires_with_the_actual_ratio() -> None:
    source = party_line("Möten", 300000, "      parties: {VGK: 100000, VGR: 200000}\n")
    finding = one(source, "split-key-unmatched")
    check_at(finding, 21, 16, WARNING)
    assert "Kommun (VGK) 33,3 % / VGR 66,7 %" in finding.message
    assert "(lon 50/50; drift 30/70)" in finding.message
    assert finding.hint == "ange split_key för raden eller rätta beloppen"


@pytest.mark.parametrize("parties", ["{VGK: 150000, VGR: 150000}", "{VGK: 90000, VGR: 210000}"])
def test_split_key_unmatched_quiet_when_a_key_fits(parties: str) -> None:
    assert findings_for(party_line("Möten", 300000, f"      parties: {parties}\n")) == []


def test_split_key_unmatched_quiet_with_rounding_and_no_named_key() -> None:
    assert findings_for(party_line("Lön", 1001, "      parties: {VGK: 500, VGR: 501}\n")) == []


def test_unknown_reference_fires_for_a_misspelt_split_key() -> None:
    # line 21 is "      split_key: lonn": the value is at column 18.
    source = party_line("Lön", 1000, "      split_key: lonn\n      parties: {VGK: 500, VGR: 500}\n")
    finding = one(source, "unknown-reference")
    check_at(finding, 21, 18, ERROR)
    assert finding.message == "fördelningsnyckeln 'lonn' finns inte i financing.split_keys"
    assert finding.hint == "menade du 'lon'?"


def test_unknown_reference_fires_at_an_unknown_party_key() -> None:
    # line 21 is "      parties: {VGK: 500, VGRR: 500}": the key VGRR is at column 27.
    source = party_line("Lön", 1000, "      parties: {VGK: 500, VGRR: 500}\n")
    finding = one(source, "unknown-reference")
    check_at(finding, 21, 27, ERROR)
    assert finding.message == "parten 'VGRR' finns inte i financing.parties"
    assert finding.hint == "menade du 'VGR'?"


def test_unknown_reference_quiet_when_names_are_defined() -> None:
    source = party_line("Lön", 1000, "      split_key: lon\n      parties: {VGK: 500, VGR: 500}\n")
    assert findings_for(source) == []


SOURCES = """\
financing:
  sources:
    - {{id: samarbetsavtalet, name: Samarbetsavtalet, share: {a}}}
    - {{id: overenskommelsen, name: Överenskommelsen, share: {b}}}
    - {{id: grundutrustning, name: Grundutrustning, share: {c}}}
"""


def test_financing_sources_sum_fires_at_the_sources() -> None:
    # line 16 is "    - {id: samarbetsavtalet, …}": the list starts at column 5.
    finding = one(plan(SOURCES.format(a=80, b=15, c=0)), "financing-sources-sum")
    check_at(finding, 16, 5, ERROR)
    assert finding.message == (
        "finansieringskällornas andelar blir 80 % + 15 % + 0 % = 95 %, inte 100 %"
    )


@pytest.mark.parametrize("a, b, c", [(80, 15, 5), (33.3, 33.3, 33.4), (0.1, 0.2, 99.7)])
def test_financing_sources_sum_quiet_at_100(a, b, c) -> None:
    assert findings_for(plan(SOURCES.format(a=a, b=b, c=c))) == []


# ============================================================================================
# Dates and periods
# ============================================================================================


def test_period_order_fires_at_the_end() -> None:
    source = plan(swap=("  start: 2025-01-01\n  end: 2025-12-31", "  start: 2025-12-31\n  end: 2025-01-01"))
    finding = one(source, "period-order")
    check_at(finding, 7, 8, ERROR)
    assert finding.message == "perioden slutar 2025-01-01 men börjar 2025-12-31"


def test_period_order_quiet_for_a_one_day_period() -> None:
    source = plan(swap=("  start: 2025-01-01\n  end: 2025-12-31", "  start: 2025-06-01\n  end: 2025-06-01"))
    assert findings_for(source) == []


YEAR_BUDGET = """\
budget:
  title: Budget {title}
  year: {year}
  items:
    - name: Drift
      amount: 100
"""


def test_budget_year_fires_for_a_year_outside_the_period() -> None:
    finding = one(plan(YEAR_BUDGET.format(title=2024, year=2024)), "budget-year")
    check_at(finding, 16, 9, WARNING)
    assert finding.message == (
        "budgetåret 2024 ligger utanför planens period 2025-01-01–2025-12-31 "
        "(budgetrubrik: 'Budget 2024')"
    )


def test_budget_year_fires_for_a_title_naming_another_year() -> None:
    finding = one(plan(YEAR_BUDGET.format(title=2024, year=2025)), "budget-year")
    check_at(finding, 15, 10, WARNING)
    assert finding.message == "budgetrubriken nämner 2024 men budgetåret är 2025"


def test_budget_year_quiet_when_years_agree() -> None:
    assert findings_for(plan(YEAR_BUDGET.format(title=2025, year=2025))) == []


def test_title_year_fires_for_the_document_title() -> None:
    source = plan(swap=("Förvaltningsplan 2025", "Förvaltningsplan 2024"))
    finding = one(source, "title-year")
    check_at(finding, 3, 10, WARNING)
    assert finding.message == (
        "titeln 'Förvaltningsplan 2024' nämner 2024, men planen gäller 2025-01-01–2025-12-31"
    )


def test_title_year_fires_for_a_section_heading() -> None:
    source = plan(swap=("    title: Inledning", "    title: Inledning 2030"))
    finding = one(source, "title-year")
    check_at(finding, 11, 12, WARNING)
    assert finding.message.startswith("rubriken 'Inledning 2030' nämner 2030")


def test_title_year_quiet_for_a_period_over_two_years() -> None:
    source = plan(swap=("Förvaltningsplan 2025", "Förvaltningsplan 2025–2026"))
    source = source.replace("  end: 2025-12-31", "  end: 2026-06-30")
    assert findings_for(source) == []


SIGNATURES = """\
  issued:
    by: Piotr Gabrys
    date: 2025-03-01
  approved:
    by: Ledningsrådet
    date: {approved}
"""


def test_approval_order_fires_at_the_approval_date() -> None:
    # lines 5–10 are the signatures; line 10 is "    date: 2025-02-04": column 11.
    finding = one(after_status(SIGNATURES.format(approved="2025-02-04")), "approval-order")
    check_at(finding, 10, 11, ERROR)
    assert finding.message == "godkänt 2025-02-04, före utfärdandet 2025-03-01"


@pytest.mark.parametrize("approved", ["2025-03-01", "2025-03-04"])
def test_approval_order_quiet_on_or_after_issue(approved: str) -> None:
    assert findings_for(after_status(SIGNATURES.format(approved=approved))) == []


DECISION = """\
  decision:
    label: Ställningstagande i styrgruppen
    forum: Styrgruppen
    date: {date}
"""


def test_date_tentative_loads_and_fires() -> None:
    source = after_status(DECISION.format(date="2025-12-10?"))
    assert "invalid-value" not in rules_of(source)
    finding = one(source, "date-tentative")
    check_at(finding, 8, 11, INFO)
    assert finding.message == "datum för Ställningstagande i styrgruppen 2025-12-10? är preliminärt"
    assert load_text(source, "plan.yaml").plan.document.decision.date.tentative is True


def test_date_tentative_for_the_period_end() -> None:
    finding = one(plan(swap=("  end: 2025-12-31", "  end: 2025-12-31?")), "date-tentative")
    check_at(finding, 7, 8, INFO)
    assert finding.message == "periodens slut 2025-12-31? är preliminärt"


def test_date_tentative_quiet_for_a_confirmed_date() -> None:
    assert findings_for(after_status(DECISION.format(date="2025-12-10"))) == []


# ============================================================================================
# Text and structure
# ============================================================================================


def test_abbreviation_undefined_fires_at_first_use() -> None:
    finding = one(with_text("Planen följer SITHS."), "abbreviation-undefined")
    check_at(finding, 13, 15, WARNING)
    assert finding.message == "förkortningen SITHS används (en gång) men förklaras inte"


def test_abbreviation_undefined_reported_once_with_count() -> None:
    source = with_text("Planen följer SITHS.") + "      - text: Inloggning med SITHS.\n"
    finding = one(source, "abbreviation-undefined")
    check_at(finding, 13, 15, WARNING)
    assert "SITHS används (2 gånger)" in finding.message


@pytest.mark.parametrize("source", [
    with_text("Styrgrupp IT i Väst (SITIV) beslutar om budget."),
    with_text("SITIV (Styrgrupp IT i Väst) beslutar om budget."),
    with_text("Planen följer SITHS.") + "abbreviations:\n  SITHS: Säker inloggning\n",
    with_text("Planen gäller IT, ID och PDF."),
    with_text("Planen gäller HSA.") + "related_systems:\n  - name: HSA katalogen\n    dependency: Behörigheter.\n",
], ids=["inline-before", "inline-after", "listed", "well-known", "system-name"])
def test_abbreviation_undefined_quiet_when_explained(source: str) -> None:
    assert findings_for(source) == []


def test_abbreviation_unused_fires_at_the_key() -> None:
    finding = one(plan("abbreviations:\n  ERP: Enterprise Resource Planning\n"), "abbreviation-unused")
    check_at(finding, 15, 3, WARNING)
    assert finding.message == "förkortningen ERP definieras men används inte i texten"


def test_abbreviation_unused_quiet_when_used() -> None:
    source = with_text("Planen gäller ERP.") + "abbreviations:\n  ERP: Enterprise Resource Planning\n"
    assert findings_for(source) == []


@pytest.mark.parametrize("target, says", [
    ("#", "'#' är en platshållare"),
    ("", "'' saknar mål"),
    ("ftp://example.se/plan", "använder 'ftp:', som inte visas som länk"),
])
def test_link_target_fires_in_text(target: str, says: str) -> None:
    finding = one(with_text(f'"Se [beskrivningen]({target})."'), "link-target")
    check_at(finding, 13, 15, WARNING)
    assert finding.message.startswith("länken 'beskrivningen' → ")
    assert says in finding.message


def test_link_target_fires_for_a_reference_url() -> None:
    # line 16 is '    url: "#"': the value is at column 10.
    finding = one(plan('references:\n  - title: Styrdokument\n    url: "#"\n'), "link-target")
    check_at(finding, 16, 10, WARNING)
    assert finding.message == "referensen 'Styrdokument' → '#' är en platshållare"


def test_link_target_quiet_for_real_links() -> None:
    source = with_text('"Se [beskrivningen](https://www.vgregion.se/plan) eller <https://example.se>."')
    source += "references:\n  - title: Styrdokument\n    url: https://www.vgregion.se/styrdokument\n"
    assert findings_for(source) == []


def test_email_address_fires_for_a_contact() -> None:
    # line 15 is "  - email: info.samsa@vgregion": the value is at column 12.
    finding = one(plan("contacts:\n  - email: info.samsa@vgregion\n"), "email-address")
    check_at(finding, 15, 12, ERROR)
    assert finding.message == "e-postadressen 'info.samsa@vgregion' är felaktig"


@pytest.mark.parametrize("text, says", [
    ("Skriv till info@vgregion.", "e-postadressen 'info@vgregion' i texten är felaktig"),
    ('"[Skriv till oss](mailto:info@@vgregion.se)"', "e-postadressen 'info@@vgregion.se' i länken 'Skriv till oss' är felaktig"),
])
def test_email_address_fires_in_text(text: str, says: str) -> None:
    finding = one(with_text(text), "email-address")
    check_at(finding, 13, 15, ERROR)
    assert finding.message == says


def test_email_address_quiet_for_a_web_link_containing_at() -> None:
    source = with_text('"Följ oss på [Mastodon](https://mastodon.social/@vgregion)."')
    assert rule_hits(source, "email-address") == []


def test_email_address_quiet_for_valid_addresses() -> None:
    source = with_text('"Skriv till info@vgregion.se eller [oss](mailto:info.samsa@vgregion.se)."')
    source += "contacts:\n  - name: Support\n    email: info.samsa@vgregion.se\n"
    assert findings_for(source) == []


SECOND_SECTION = """\
  - id: {id}
    number: "2"
    title: Mål
    content:
      - text: Målen följs upp.
"""


def test_duplicate_id_fires_at_the_second_and_names_the_first() -> None:
    finding = one(plan(SECOND_SECTION.format(id="inledning")), "duplicate-id")
    check_at(finding, 14, 9, ERROR)
    assert finding.message == "id 'inledning' används redan av andra avsnitt"
    # related locations point at the entry's key ("id" on line 9), the finding at the value
    assert [(r.line, r.column) for r in finding.related] == [(9, 5)]


def test_duplicate_id_quiet_for_distinct_ids() -> None:
    assert findings_for(plan(SECOND_SECTION.format(id="mal"))) == []


def test_duplicate_id_quiet_for_same_id_in_different_kinds() -> None:
    source = plan("references:\n  - id: inledning\n    title: Inledning till webSesam\n")
    assert findings_for(source) == []


def test_section_empty_fires_at_the_title() -> None:
    finding = one(plan('  - id: mal\n    number: "2"\n    title: Mål\n'), "section-empty")
    check_at(finding, 16, 12, WARNING)
    assert finding.message == "avsnittet 2 Mål är tomt"


def test_section_empty_quiet_with_only_subsections() -> None:
    source = plan(
        '  - id: mal\n    number: "2"\n    title: Mål\n    sections:\n'
        '      - title: Långsiktiga mål\n        content:\n          - figure: "Figur: Målbild"\n'
    )
    assert findings_for(source) == []


def test_part_reference_fires_for_an_empty_part() -> None:
    # line 14 is "      - part: budget": the value is at column 15.
    finding = one(plan("      - part: budget\n"), "part-reference")
    check_at(finding, 14, 15, WARNING)
    assert finding.message == "delen 'budget' är tom i planen"


def test_part_reference_fires_for_a_part_placed_twice() -> None:
    finding = one(plan("      - part: budget\n      - part: budget\n" + CLEAN_BUDGET), "part-reference")
    check_at(finding, 15, 15, WARNING)
    assert finding.message == "delen 'budget' visas redan i ett annat avsnitt"
    assert [(r.line, r.column) for r in finding.related] == [(14, 9)]  # the first "part" key


def test_part_reference_quiet_when_the_part_has_content() -> None:
    assert findings_for(plan("      - part: budget\n" + CLEAN_BUDGET)) == []


# ============================================================================================
# unused-suppression (applied by plan validate) and check-crashed (the runner)
# ============================================================================================


def validate_text(tmp_path: Path, text: str) -> list[Finding]:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return validate_file(path, "plan.yaml")


@pytest.mark.parametrize("rule, says", [
    ("title-year", "kommentaren undertrycker title-year, men regeln rapporterar inget på raden"),
    ("no-such-rule", "kommentaren undertrycker den okända regeln 'no-such-rule'"),
])
def test_unused_suppression_fires_at_the_comment(tmp_path: Path, rule: str, says: str) -> None:
    # line 3 is "  title: Förvaltningsplan 2025  # plan: …": the '#' is at column 33.
    text = plan(swap=("Förvaltningsplan 2025", f"Förvaltningsplan 2025  # plan: ignore[{rule}]"))
    (finding,) = validate_text(tmp_path, text)
    assert finding.rule == "unused-suppression"
    check_at(finding, 3, 33, WARNING)
    assert finding.message == says


def test_unused_suppression_quiet_when_it_suppresses(tmp_path: Path) -> None:
    text = plan(swap=("Förvaltningsplan 2025", "Förvaltningsplan 2024  # plan: ignore[title-year]"))
    assert [f.rule for f in findings_for(text)] == ["title-year"]
    assert validate_text(tmp_path, text) == []


def test_check_crashed_becomes_one_finding_and_others_still_report() -> None:
    def broken(ctx):
        raise RuntimeError("trasig")
        yield  # pragma: no cover - makes this a generator like the real checks

    rules = dict(RULES)
    rules["budget-total"] = replace(RULES["budget-total"], check=broken)
    source = plan(TOTAL_BUDGET.format(support=8200000), swap=("Förvaltningsplan 2025", "Förvaltningsplan 2024"))
    loaded = load_text(source, "plan.yaml")
    findings = run_checks(loaded, rules)
    crashed = [f for f in findings if f.rule == "check-crashed"]
    assert len(crashed) == 1
    check_at(crashed[0], 1, 1, ERROR)
    assert crashed[0].message == "regeln budget-total kraschade: RuntimeError: trasig"
    assert "title-year" in [f.rule for f in findings]
    assert "budget-total" not in [f.rule for f in findings]
    assert RULES["budget-total"].check is not broken  # the registry itself is untouched
    assert [f.rule for f in run_checks(loaded)].count("budget-total") == 1


# ============================================================================================
# Loader rules
# ============================================================================================


@pytest.mark.parametrize("source, position, hint", [
    # top level: "abreviations:" on line 14
    pytest.param(plan("abreviations:\n  ERP: Enterprise Resource Planning\n"),
                 (14, 1), "menade du 'abbreviations'?", id="top-level"),
    # document: "titel:" instead of "title:" on line 3
    pytest.param(plan(swap=("  title: Förvaltningsplan", "  titel: Förvaltningsplan")),
                 (3, 3), "menade du 'title'?", id="document"),
    # a budget line: "- nmae: Drift" on line 18, key at column 7
    pytest.param(plan("budget:\n  title: Budget 2025\n  year: 2025\n  items:\n    - nmae: Drift\n      amount: 100\n"),
                 (18, 7), "menade du 'name'?", id="budget-line"),
    # section content blocks: "imgae:" / "heading:" on line 14, key at column 9
    pytest.param(
        plan(swap=(TEXT_LINE, "      - figure: Förvaltningsmodellen\n        imgae: modell.png")),
        (14, 9), "menade du 'image'?", id="figure-block"),
    pytest.param(
        plan(swap=(TEXT_LINE, "      - part: goals.overall\n        heading: [Mål]"))
        + "goals:\n  overall: [Nöjda användare]\n",
        (14, 9), "menade du 'headings'?", id="part-block"),
    # a budget group: "subtotl:" on line 21, key at column 7
    pytest.param(
        plan("budget:\n  title: Budget 2025\n  year: 2025\n  items:\n    - group: Drift\n      lines:\n"
             "        - {name: Licens, amount: 100}\n      subtotl: {amount: 100}\n"),
        (21, 7), "menade du 'subtotal'?", id="budget-group"),
])
def test_unknown_key_points_at_the_key_with_did_you_mean(source, position, hint) -> None:
    findings = findings_for(source)
    assert [f.rule for f in findings] == ["unknown-key"], findings  # and no missing-key as well
    check_at(findings[0], *position, ERROR)
    assert findings[0].hint == hint
    misspelt = findings[0].message.split("'")[1]
    assert findings[0].message == f"okänd nyckel '{misspelt}'"
    assert misspelt in source and hint.split("'")[1] != misspelt


def test_unknown_key_in_a_list_entry_is_reported_once() -> None:
    # line 16 is "    - text: Mål", line 17 "      itesm: [Delmål]": the key is at column 7.
    findings = findings_for(plan("goals:\n  overall:\n    - text: Mål\n      itesm: [Delmål]\n"))
    assert [f.rule for f in findings] == ["unknown-key"], findings
    check_at(findings[0], 17, 7, ERROR)
    assert findings[0].hint == "menade du 'items'?"


def test_unknown_key_without_close_match_lists_allowed_keys() -> None:
    finding = one(plan("contacts:\n  - email: info@vgregion.se\n    telefon: 010-1234\n"), "unknown-key")
    check_at(finding, 16, 5, ERROR)
    assert finding.hint == "tillåtna nycklar här: name, email, purpose"


def test_unknown_key_quiet_for_correct_keys() -> None:
    source = plan(swap=(TEXT_LINE, "      - figure: Förvaltningsmodellen\n        image: modell.png\n        alt: Modellen i fyra steg."))
    assert findings_for(source) == []


@pytest.mark.parametrize("source, position, message", [
    (plan(swap=("  title: Förvaltningsplan 2025\n", "")), (2, 1), "nyckeln 'title' saknas i document"),
    (plan(swap=("period:\n  start: 2025-01-01\n  end: 2025-12-31\n", "")), (1, 1), "nyckeln 'period' saknas"),
    (plan("budget:\n  title: Budget 2025\n  year: 2025\n"), (14, 1), "nyckeln 'items' saknas i budget"),
], ids=["document.title", "period", "budget.items"])
def test_missing_key_points_at_the_parent(source, position, message) -> None:
    finding = one(source, "missing-key")
    check_at(finding, *position, ERROR)
    assert finding.message == message


def test_a_document_that_states_no_status_is_a_plan_without_findings() -> None:
    # Many published plans state no status; nothing is invented for them.
    assert findings_for(plan(swap=("  status: Utgåva\n", ""))) == []


def test_missing_key_quiet_for_a_period_given_as_a_year() -> None:
    source = plan(swap=("  start: 2025-01-01\n  end: 2025-12-31", "  year: 2025"))
    assert findings_for(source) == []


AMOUNT_BUDGET = "budget:\n  title: Budget 2025\n  year: 2025\n  items:\n    - name: Support\n      amount: {amount}\n"


@pytest.mark.parametrize("amount, message", [
    ("594000.0", "ett heltal väntas, men värdet är decimaltalet 594000.0"),
    ('"594 000"', "ett heltal väntas, men värdet är texten '594 000'"),
    ("594 000 kr", "ett heltal väntas, men värdet är texten '594 000 kr'"),
    ("true", "ett heltal väntas, men värdet är sanningsvärdet true"),
    ("-2000000000000", "värdet -2000000000000 är utanför tillåtet intervall (ska vara minst -1000000000000)"),
], ids=["float", "quoted-string", "plain-string", "boolean", "absurdly-negative"])
def test_invalid_value_for_amounts(amount: str, message: str) -> None:
    # line 19 is "      amount: …": the value is at column 15.
    findings = findings_for(plan(AMOUNT_BUDGET.format(amount=amount)))
    assert [f.rule for f in findings] == ["invalid-value"]
    check_at(findings[0], 19, 15, ERROR)
    assert findings[0].message == message


def test_invalid_value_quiet_for_whole_kronor() -> None:
    assert findings_for(plan(AMOUNT_BUDGET.format(amount="594000"))) == []


def test_invalid_value_for_a_list_where_text_is_expected() -> None:
    finding = one(plan(swap=("title: Förvaltningsplan 2025", "title: [Förvaltningsplan, 2025]")), "invalid-value")
    check_at(finding, 3, 10, ERROR)
    assert finding.message == "text väntas, men värdet är en lista"


def test_invalid_value_for_a_status_not_in_the_list() -> None:
    finding = one(plan(swap=("status: Utgåva", "status: Klar")), "invalid-value")
    check_at(finding, 4, 11, ERROR)
    assert finding.message.startswith("texten 'Klar' är inte tillåtet här; tillåtet: ")
    assert "'Utgåva'" in finding.message


@pytest.mark.parametrize("date", ["2025-02-30", "2025-02-30?", "2025-13-01"])
def test_impossible_date_is_a_finding_with_a_location(date: str) -> None:
    loaded = load_text(plan(swap=("start: 2025-01-01", f"start: {date}")), "plan.yaml")
    findings = loaded.findings + run_checks(loaded)
    assert len(findings) == 1, findings
    assert findings[0].rule in ("invalid-value", "yaml-syntax")
    check_at(findings[0], 6, 10, ERROR)
    assert date.rstrip("?") in findings[0].message
    assert loaded.plan is None


def test_invalid_value_for_a_date_with_a_time() -> None:
    finding = one(plan(swap=("start: 2025-01-01", "start: 2025-01-01 10:00:00")), "invalid-value")
    check_at(finding, 6, 10, ERROR)
    assert "utan klockslag" in finding.message


DUPLICATE_BUDGET = "budget:\n  title: Budget 2025\n  year: 2025\n  year: 2026\n  items:\n    - {name: Drift, amount: 1}\n"


def test_duplicate_key_reports_both_lines() -> None:
    (finding,) = findings_for(plan(DUPLICATE_BUDGET))
    assert finding.rule == "duplicate-key"
    check_at(finding, 17, 3, ERROR)
    assert finding.message == "nyckeln 'year' förekommer två gånger i samma avsnitt (först på rad 16)"
    assert [(r.file, r.line, r.column) for r in finding.related] == [("plan.yaml", 16, 3)]


def test_duplicate_key_at_top_level() -> None:
    (finding,) = findings_for(plan("period:\n  year: 2025\n"))
    assert finding.rule == "duplicate-key"
    check_at(finding, 14, 1, ERROR)
    assert "'period'" in finding.message
    assert (finding.related[0].line, finding.related[0].column) == (5, 1)


def test_duplicate_key_quiet_for_same_key_in_different_mappings() -> None:
    # "title" is both in document and in the section; "year" in period and budget.
    source = plan(YEAR_BUDGET.format(title=2025, year=2025), swap=("  start: 2025-01-01\n  end: 2025-12-31", "  year: 2025"))
    assert findings_for(source) == []


@pytest.mark.parametrize("source, position, tag", [
    (plan("budget: !!python/object:os.system {}\n"), (14, 9), "tag:yaml.org,2002:python/object:os.system"),
    (plan(swap=("title: Förvaltningsplan", "title: !custom Förvaltningsplan")), (3, 10), "!custom"),
    (plan("goals: !!set {a, b}\n"), (14, 8), "tag:yaml.org,2002:set"),
], ids=["python-object", "custom-scalar", "set"])
def test_yaml_tag_is_refused(source: str, position, tag: str) -> None:
    loaded = load_text(source, "plan.yaml")
    assert [f.rule for f in loaded.findings] == ["yaml-tag"]
    check_at(loaded.findings[0], *position, ERROR)
    assert f"YAML-taggen {tag} stöds inte" in loaded.findings[0].message
    assert loaded.plan is None and loaded.data is None


def test_yaml_tag_quiet_for_standard_tags() -> None:
    assert findings_for(plan(swap=('number: "1"', "number: !!str 1"))) == []


def _alias_bomb(levels: int = 9, width: int = 10) -> str:
    names = [f"n{i}" for i in range(levels)]
    lines = [f"{names[0]}: &{names[0]} [{', '.join(['x'] * width)}]"]
    for previous, name in zip(names, names[1:]):
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * width)}]")
    return "\n".join(lines) + "\n"


def test_yaml_limits_refuses_an_alias_bomb_before_expanding_it(monkeypatch) -> None:
    # Nine levels of ten aliases expand to 10^9 values; the file is sized first and refused
    # without building a single value (building them one by one took ~10 s and ~0.5 GB).
    built = []
    real_build = loader.Builder.build
    monkeypatch.setattr(loader.Builder, "build", lambda self, *a: built.append(1) or real_build(self, *a))
    findings = findings_for(_alias_bomb())
    assert [f.rule for f in findings] == ["yaml-limits"]
    assert built == []


def test_yaml_limits_counts_expanded_aliases(monkeypatch) -> None:
    # With a limit of 1000 values the 1001st built node is the 10th "x" of the first anchor,
    # reached through the 9th *n0 of the 8th *n1 in n2: "n0: &n0 [" is 9 characters, so the
    # x's are at columns 10, 13, …, 37.
    monkeypatch.setattr(loader, "MAX_NODES", 1000)
    (finding,) = findings_for(_alias_bomb(levels=3))
    assert finding.rule == "yaml-limits"
    check_at(finding, 1, 37, ERROR)
    assert finding.message == "filen har fler än 1000 värden (efter att alias expanderats)"


def test_yaml_limits_for_deep_nesting() -> None:
    # The value of x is at depth 1 (column 4); depth 101 is the 101st "[" at column 104.
    (finding,) = findings_for("x: " + "[" * 150 + "]" * 150 + "\n")
    assert finding.rule == "yaml-limits"
    check_at(finding, 1, 104, ERROR)
    assert "100 nivåer" in finding.message


def test_yaml_limits_for_a_file_over_10_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (finding,) = load_file(path).findings
    assert finding.rule == "yaml-limits"
    check_at(finding, 1, 1, ERROR)
    assert "högst 10 MB" in finding.message


def test_yaml_limits_quiet_for_ordinary_anchors() -> None:
    source = plan(swap=("  title: Förvaltningsplan 2025", "  title: &titel Förvaltningsplan 2025"))
    source += '  - number: "2"\n    title: Bilaga\n    content:\n      - text: *titel\n'
    assert findings_for(source) == []


UNCLOSED_QUOTE = plan(swap=("title: Förvaltningsplan 2025", 'title: "Förvaltningsplan 2025'))
UNCLOSED_BRACKET = plan(swap=('    number: "1"', '    number: "1"\n    title: [Inledning'))


@pytest.mark.parametrize("source, position, says, hint", [
    # Nothing closes the quote: the finding points at the quote itself (line 3, column 10).
    (UNCLOSED_QUOTE.replace('number: "1"', "number: '1'"), (3, 10), "citattecknet här stängs aldrig", None),
    # The quote of '"1"' on line 10 closes it; the parser stops after it, at line 10 column 14.
    (UNCLOSED_QUOTE, (10, 14), "YAML-syntaxfel: ", "citattecknet på rad 3 verkar inte stängas på samma rad"),
    # "[" on line 11 is never closed; the parser stops at the ":" of the next "title:" (12, 10).
    (UNCLOSED_BRACKET, (12, 10), "did not find expected ',' or ']'", None),
], ids=["unclosed-quote-at-end", "unclosed-quote-closed-later", "unclosed-bracket"])
def test_yaml_syntax_fires_with_a_position(source, position, says, hint) -> None:
    (finding,) = findings_for(source)
    assert finding.rule == "yaml-syntax"
    check_at(finding, *position, ERROR)
    assert says in finding.message
    if hint is not None:
        assert finding.hint == hint


def test_yaml_syntax_hint_for_an_unclosed_bracket() -> None:
    (finding,) = findings_for(UNCLOSED_BRACKET)
    assert finding.rule == "yaml-syntax"
    assert finding.hint is not None and "11" in finding.hint


def test_yaml_syntax_hint_for_tab_indentation() -> None:
    (finding,) = findings_for(plan(swap=("  status: Utgåva", "\tstatus: Utgåva")))
    assert finding.rule == "yaml-syntax" and finding.line == 4
    assert finding.hint == "använd mellanslag, inte tabbtecken, för indrag"


def test_yaml_syntax_quiet_for_a_closed_quote() -> None:
    assert findings_for(plan(swap=("title: Förvaltningsplan 2025", 'title: "Förvaltningsplan 2025"'))) == []


@pytest.mark.parametrize("source, position, says", [
    ("", (1, 1), "filen är tom"),
    ("# bara en kommentar\n", (1, 1), "filen är tom"),
    ("- schema_version: 1\n", (1, 1), "men filen innehåller en lista"),
    ("bara text\n", (1, 1), "men filen innehåller texten 'bara text'"),
    (MINIMAL_PLAN + "---\n" + MINIMAL_PLAN, (15, 1), "filen innehåller 2 YAML-dokument"),
    (plan(swap=("schema_version: 1", "schema_version: 2")), (1, 17), "schema_version 2 stöds inte"),
], ids=["empty", "comments-only", "list", "scalar", "two-documents", "schema-version"])
def test_plan_structure(source: str, position, says: str) -> None:
    (finding,) = findings_for(source)
    assert finding.rule == "plan-structure"
    check_at(finding, *position, ERROR)
    assert says in finding.message


def test_plan_structure_quiet_for_one_explicit_document() -> None:
    assert findings_for("---\n" + MINIMAL_PLAN + "...\n") == []


def test_encoding_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(MINIMAL_PLAN.encode("latin-1"))
    loaded = load_file(path)
    (finding,) = loaded.findings
    assert finding.rule == "encoding"
    check_at(finding, 3, 11, ERROR)  # the ö of "Förvaltningsplan"
    assert finding.message == "byte 0xf6 är inte giltig UTF-8"
    assert loaded.plan is None


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_encoding_utf16(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "utf16.yaml"
    raw = MINIMAL_PLAN.encode(codec)
    path.write_bytes(raw if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else b"\xfe\xff" + raw)
    (finding,) = load_file(path).findings
    assert finding.rule == "encoding"
    check_at(finding, 1, 1, ERROR)
    assert "UTF-16" in finding.message


def test_encoding_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "nul.yaml"
    path.write_bytes(MINIMAL_PLAN.replace("status: Utgåva", "status: Utg\0va").encode("utf-8"))
    (finding,) = load_file(path).findings
    assert finding.rule == "encoding"
    check_at(finding, 4, 14, ERROR)
    assert "NUL" in finding.message


def test_encoding_accepts_a_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL_PLAN.encode("utf-8"))
    loaded = load_file(path)
    assert loaded.findings == []
    assert loaded.plan.document.title == "Förvaltningsplan 2025"
    assert run_checks(loaded) == []


def test_file_unreadable_for_a_directory(tmp_path: Path) -> None:
    (finding,) = load_file(tmp_path, "plans").findings
    assert finding.rule == "file-unreadable" and finding.file == "plans"
    check_at(finding, 1, 1, ERROR)
    assert finding.message == "sökvägen är en katalog, inte en planfil"


def test_file_unreadable_for_a_broken_link(tmp_path: Path) -> None:
    link = tmp_path / "2025.yaml"
    link.symlink_to(tmp_path / "raderad.yaml")
    (finding,) = load_file(link).findings
    assert finding.rule == "file-unreadable"
    check_at(finding, 1, 1, ERROR)
    assert finding.message.startswith("filen kan inte läsas: ")


def test_file_unreadable_quiet_for_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "2025.yaml"
    path.write_text(MINIMAL_PLAN, encoding="utf-8")
    loaded = load_file(path, "2025.yaml")
    assert loaded.findings == [] and loaded.plan is not None and loaded.file == "2025.yaml"


# ============================================================================================
# Figures
# ============================================================================================

FIGURE = "      - figure: 'Figur: Förvaltningsmodellen'\n        image: modell.png\n"


def test_figure_alt_fires_at_the_image_of_a_figure_without_alternative_text() -> None:
    source = MINIMAL_PLAN + FIGURE
    finding = one(source, "figure-alt")
    check_at(finding, 15, 16, ERROR)
    assert finding.message == "figuren 'Figur: Förvaltningsmodellen' har en bild men ingen alternativtext"


@pytest.mark.parametrize("extra", ["        alt: Fyra steg från behov till uppföljning.\n", ""])
def test_figure_alt_quiet_with_alt_text_or_without_an_image(extra: str) -> None:
    figure = FIGURE + extra if extra else "      - figure: 'Figur: Förvaltningsmodellen'\n"
    assert [f.rule for f in findings_for(MINIMAL_PLAN + figure)] == []


def test_figure_alt_is_not_satisfied_by_blank_text() -> None:
    assert rule_hits(MINIMAL_PLAN + FIGURE + "        alt: '  '\n", "figure-alt") == [(15, 16)]
