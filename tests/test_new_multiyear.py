"""``plan new`` for multi-year plans (issue 13): the budget year and its year columns move
together, titles with year ranges move, dated parts move or are noted, agreements stay, what
belongs to the old document is cleared with its comments; ``plan fmt`` keeps every new part."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PLANS, plan
from forvaltning_cli.findings import Severity
from forvaltning_cli.load import load_text
from forvaltning_cli.ruamel_glue import dump, round_trip_yaml
from forvaltning_cli.yearly import same_data
from forvaltning_cli.ruamel_glue import remove_key
from forvaltning_cli.yearly.layout import format_text
from forvaltning_cli.yearly.rollover import NOTE_PREFIX, new_year_plan, roll, year_replacer

# A kommunalförbund's plan with every new part: registry data, a four-column budget in tkr with
# income and a result, fees, population, a 30/70 key, and the pm3 chapters.
FULL = """\
# Ett kommunalförbunds plan med alla nya delar (test för plan new och plan fmt).
schema_version: 1
document:
  title: VERKSAMHETSPLAN 2019 MED BUDGET OCH PLAN FÖR 2020–2021
  subtitle: Arkivförbundet, budget 2019/20
  edition: Reviderad 2019-03-14
  registry_number: KF 2018/0123  # diariet
  # Ärendet är förbundets eget.
  case: Verksamhetsplan med budget 2019
  handler:
    name: Anna Andersson
    phone: 031-123 45 67
    postal_address: Box 1, 411 01 Göteborg
  document_owner:
    name: Bo Berg
    title: Förbundsdirektör
  address:
    name: Arkivförbundet
    postal_address: Box 1, 411 01 Göteborg
  issued:
    by: Bo Berg
    date: 2018-11-20
  decision:
    forum: Förbundsdirektionen
    # Beslutet togs på decembermötet.
    date: 2018-12-12
  revisions:
    # Historiken som den står.
    - version: "1.0"
      date: 2018-12-12
      change: Fastställd
    - {version: "1.1", date: 2019-03-14, change: Reviderad budget}
period:
  start: 2019-01-01
  end: 2021-12-31
sections:
  - id: inledning
    title: Inledning
    content:
      - text: Planen gäller 2019 och planåren 2020–2021.
  - id: budget
    title: Budget 2019 och plan 2020–2021
    content:
      - part: budget
        headings: [Post, Utfall 2017, Budget 2019, Plan 2020, Plan 2021]
      - part: risks
      - part: agreements
      - part: milestones
      - part: annual_cycle
goals:
  measurable:
    - id: e-arkiv
      goal: Fler system levererar till e-arkivet
      indicator: Anslutna system
      baseline: 12 av 30 system (2018)
      target: 20 av 30 system
      # Utfallet från årsredovisningen.
      outcome: 14 av 30 system
      due: Q4 2019
budget:
  title: Budget 2019 och plan 2020–2021 (tkr)
  year: 2019
  unit: tkr
  decided_by: Förbundsdirektionen
  decided_when: Q4 2018
  amount_heading: Budget 2019
  columns:
    - {id: utfall-2017, heading: Utfall 2017, kind: outcome, year: 2017}
    - {id: budget-2019, heading: Budget 2019, kind: budget, year: 2019}
    - {id: plan-2020, heading: Plan 2020, kind: plan, year: 2020}
    - {id: plan-2021, heading: Plan 2021, kind: plan, year: 2021}
  items:
    - group: Intäkter
      lines:
        - id: medlemsavgifter
          name: Medlemsavgifter
          kind: income
          values:  # enligt förbundsordningen
            utfall-2017: 5000
            budget-2019: 5400
            plan-2020: 5600
            plan-2021: 5800
      subtotal: {label: Summa intäkter, values: {utfall-2017: 5000, budget-2019: 5400, plan-2020: 5600, plan-2021: 5800}}
    - {id: personal, name: Personal, values: {utfall-2017: 3000, budget-2019: 3200, plan-2020: 3300, plan-2021: 3400}, activity_type: forvaltningsstyrning}
    - {id: drift, name: Drift, values: {utfall-2017: 1000, budget-2019: 1100, plan-2020: 1200, plan-2021: 1300}, activity_type: drift_support}
    - {result: Resultat, values: {utfall-2017: 1000, budget-2019: 1100, plan-2020: 1100, plan-2021: 1100}}
financing:
  fees:
    - {id: medlemsavgift, name: Medlemsavgift, price: 27, per: inhabitant, income_line: medlemsavgifter}
  population:
    date: 2017-12-31
    source: SCB
    counts: {Älvby: 100000, Sjöstad: 100000}
  split_keys:
    - {id: mix, text: 30 % lika och 70 % efter invånare, basis: {equal: 30, population: 70}}
  surplus: {text: Överskott återbetalas efter invånare., basis: population}
scope:
  description: E-arkivet och dess processer.
  processes:
    - {id: arkivering, name: Arkivering}
  components:
    - {id: e-arkiv, name: E-arkivet}
  user_groups:
    - {id: arkivarier, name: Arkivarier, count: 40, volume: ca 40 användare}
stakeholders:
  - {id: kommunerna, name: Medlemskommunerna, interest: Ett fungerande e-arkiv, involvement: Referensgrupp}
roles:
  - {id: objektagare, role: Objektägare, name: Bo Berg}
  - {id: forvaltningsledare, role: Förvaltningsledare, name: Anna Andersson}
activities:
  - {id: styrning, name: Förvaltningsstyrning, type: forvaltningsstyrning, amount: 3200, when: Q2 2019}
  - {id: drift, name: Drift, type: drift_support, amount: 1100}
resources:
  - {id: fl, role: forvaltningsledare, share: 50, amount: 400, budget_line: personal}
risks:
  - {id: konkurs, risk: Leverantören går i konkurs, probability: 2, consequence: Hög, measure: Exit-plan, owner: Bo Berg}
agreements:
  - id: drift
    name: Drift och support av e-arkivet
    supplier: Leverantören AB
    start: 2016-01-01
    end: 2019-12-31  # förlängs inte
    notice: 6 månader
    notice_date: 2019-06-30
  - {id: licens, name: Licens, start: 2018-01-01, end: 2022-12-31, renewal: 1 + 1 år, renewal_date: 2022-06-30}
milestones:
  - {id: r2, name: Release 2.0, when: 2019-05, kind: release}
  - {id: m1, name: Alla kommuner anslutna, when: 2019-11-30}
annual_cycle:
  - {id: ar, when: Q1, forum: Direktionen, decision: Årsredovisning}
  - {id: budget, when: oktober 2019, forum: Direktionen, decision: Budget för nästa år}
"""


def _rolled(text: str = FULL, year: int = 2020) -> tuple[str, dict]:
    moved = new_year_plan(text, year, "plan.yaml")
    loaded = load_text(moved.text, "new.yaml")
    return moved.text, loaded.data


def _schema_errors(text: str) -> list:
    loaded = load_text(text, "new.yaml")
    return [f for f in loaded.findings if f.severity is Severity.ERROR] if loaded.plan is not None else ["no plan"]


def _comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


# --------------------------------------------------------------------------------------------
# Years in titles and headings
# --------------------------------------------------------------------------------------------


def test_a_title_with_a_range_of_plan_years_moves_as_a_whole() -> None:
    text, data = _rolled()
    assert data["document"]["title"] == "VERKSAMHETSPLAN 2020 MED BUDGET OCH PLAN FÖR 2021–2022"
    assert data["document"]["subtitle"] == "Arkivförbundet, budget 2020/21"
    assert data["sections"][1]["title"] == "Budget 2020 och plan 2021–2022"
    assert data["sections"][1]["content"][0]["headings"] == ["Post", "Utfall 2018", "Budget 2020", "Plan 2021",
                                                               "Plan 2022"]
    assert data["budget"]["title"] == "Budget 2020 och plan 2021–2022 (tkr)"
    assert data["budget"]["amount_heading"] == "Budget 2020"
    # Prose keeps its years.
    assert data["sections"][0]["content"][0]["text"] == "Planen gäller 2019 och planåren 2020–2021."


def test_a_single_year_plan_moves_the_plan_years_of_its_title_too() -> None:
    text = FULL.replace("  start: 2019-01-01\n  end: 2021-12-31\n", "  year: 2019\n")
    start = text.index("  columns:\n")
    text = text[:start] + text[text.index("  items:\n"):]  # no year columns: only the period's year
    text = re.sub(r", values: \{[^}]*\}", ", amount: 1", text)
    text = re.sub(r"values:  # enligt förbundsordningen\n(            .*\n)+", "amount: 1\n", text)
    assert "values" not in text and not _schema_errors(text)
    _text, data = _rolled(text)
    assert data["period"] == {"year": 2020}
    assert data["document"]["title"] == "VERKSAMHETSPLAN 2020 MED BUDGET OCH PLAN FÖR 2021–2022"
    assert data["budget"]["title"] == "Budget 2020 och plan 2021–2022 (tkr)"


SEPARATORS = ["–", "-", " – ", " - ", "/"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1950, 2150), st.integers(1, 5), st.integers(2, 4), st.sampled_from(SEPARATORS),
       st.booleans(), st.sampled_from(["VERKSAMHETSPLAN {y} MED BUDGET OCH PLAN FÖR {r}", "Plan {r}, budget {y}",
                                       "{r}", "Budget {y} ({r})"]))
def test_years_and_ranges_in_titles(year: int, years: int, length: int, separator: str, short: bool,
                                    pattern: str) -> None:
    first, last = year + 1, year + length
    end = f"{last % 100:02d}" if short and separator in ("/", "-", "–") else str(last)
    title = pattern.format(y=year, r=f"{first}{separator}{end}")
    moved = year_replacer(range(year, year + 1), years, plan_years=True)(title)
    new_end = f"{(last + years) % 100:02d}" if len(end) == 2 else str(last + years)
    assert moved == pattern.format(y=year + years, r=f"{first + years}{separator}{new_end}")
    # Years that are not the plan's stay, and so do dates' months and days.
    assert year_replacer(range(year, year + 1), years, plan_years=True)(
        f"överskott {year - 1}, {year}-05-31, Agenda {year + 2}") == \
        f"överskott {year - 1}, {year + years}-05-31, Agenda {year + 2}"
    # Outside titles the year after the plan is prose.
    assert year_replacer(range(year, year + 1), years)(f"{year + 1}") == f"{year + 1}"


# --------------------------------------------------------------------------------------------
# The budget's year columns
# --------------------------------------------------------------------------------------------


def test_every_column_moves_a_year_and_the_values_keys_follow() -> None:
    text, data = _rolled()
    budget = data["budget"]
    assert budget["year"] == 2020
    assert budget["columns"] == [
        {"id": "utfall-2018", "heading": "Utfall 2018", "kind": "outcome", "year": 2018},
        {"id": "budget-2020", "heading": "Budget 2020", "kind": "budget", "year": 2020},
        {"id": "plan-2021", "heading": "Plan 2021", "kind": "plan", "year": 2021},
        {"id": "plan-2022", "heading": "Plan 2022", "kind": "plan", "year": 2022},
    ]
    ids = [c["id"] for c in budget["columns"]]
    income = budget["items"][0]["lines"][0]["values"]
    # The amounts are kept in their columns' order, under the moved ids ("plan-2020" → "plan-2021").
    assert list(income.items()) == list(zip(ids, [5000, 5400, 5600, 5800]))
    assert list(budget["items"][0]["subtotal"]["values"]) == ids
    assert list(budget["items"][3]["values"].values()) == [1000, 1100, 1100, 1100]
    # Every values mapping is noted for review, on its own line or on its flow item's line.
    noted = [line for line in text.splitlines() if "values" in line and NOTE_PREFIX in line]
    assert len(noted) == 5
    assert "values:  # ny plan: kontrollera beloppen (de är förra planens) — enligt förbundsordningen" in text
    # The new budget year's column is the budget column: amount comes from it.
    new = load_text(text, "new.yaml").plan
    assert new.budget.budget_column.id == "budget-2020" and new.budget.plan_years == [2021, 2022]


def test_column_ids_that_would_collide_are_kept() -> None:
    text = FULL.replace("id: utfall-2017", "id: u2017").replace("utfall-2017:", "u2017:").replace(
        "id: plan-2021, heading: Plan 2021", "id: u2018, heading: Plan 2021").replace("plan-2021:", "u2018:")
    assert not _schema_errors(text)
    _text, data = _rolled(text)
    # u2017 → u2018 would be the id of another column: ids stay, years and headings move.
    assert [c["id"] for c in data["budget"]["columns"]] == ["u2017", "budget-2019", "plan-2020", "u2018"]
    assert [c["year"] for c in data["budget"]["columns"]] == [2018, 2020, 2021, 2022]


# --------------------------------------------------------------------------------------------
# Dated parts
# --------------------------------------------------------------------------------------------


def test_shvo_decision_quarter_moves_and_its_cleared_date_takes_its_comment(tmp_path: Path) -> None:
    source = PLANS / "2026-shvo.yaml"
    target = tmp_path / "2027-shvo.yaml"
    result = plan("new", "--from", str(source), "--year", "2027", "-o", str(target))
    assert result.returncode == 0, result.stderr
    old, new = source.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")
    assert "  decided_when: Q4 2026\n" in new
    # The comment about the tentative decision date went with the date; no other comment did.
    orphan = '# The "?" is the source\'s own: the date is tentative.'
    assert orphan in old and orphan not in new
    assert [c for c in _comments(old) if c != orphan] == _comments(new)
    assert "    forum: VVG\n  organisations:\n" in new
    assert not _schema_errors(new)


def test_dated_parts_move_or_are_noted() -> None:
    text, data = _rolled()
    assert data["budget"]["decided_when"] == "Q4 2019"
    assert [m["when"] for m in data["milestones"]] == ["2020-05", dt.date(2020, 11, 30)]
    assert data["activities"][0]["when"] == "Q2 2020" and "when" not in data["activities"][1]
    assert [c["when"] for c in data["annual_cycle"]] == ["Q1", "oktober 2020"]  # the årshjul recurs
    goal = data["goals"]["measurable"][0]
    assert goal["due"] == "Q4 2020" and "outcome" not in goal  # not known yet
    assert goal["baseline"] == "12 av 30 system (2018)"
    lines = text.splitlines()
    for marker in ("name: Release 2.0", "name: Alla kommuner anslutna", "when: Q2 2020", "due: Q4 2020"):
        assert any(marker in line and "ny plan: flyttad ett år, kontrollera" in line for line in lines), marker
    assert not any("oktober 2020" in line and NOTE_PREFIX in line for line in lines)
    assert "date: 2017-12-31  # ny plan: kontrollera folkmängden" in text
    assert data["financing"]["population"]["date"] == dt.date(2017, 12, 31)


def test_agreements_are_facts_and_are_noted_when_they_end_before_the_period() -> None:
    text, data = _rolled()
    old = load_text(FULL, "old.yaml").data
    assert data["agreements"] == old["agreements"]
    assert "end: 2019-12-31  # ny plan: avtalet löper ut före den nya perioden, kontrollera — förlängs inte" in text
    assert "notice_date: 2019-06-30  # ny plan: datumet har passerat" in text
    licence = next(line for line in text.splitlines() if "id: licens" in line)
    assert NOTE_PREFIX not in licence  # ends 2022-12-31, inside the new period


# --------------------------------------------------------------------------------------------
# A new plan is a new document
# --------------------------------------------------------------------------------------------


def test_registry_data_and_history_are_cleared_with_their_comments() -> None:
    text, data = _rolled()
    document = data["document"]
    for key in ("registry_number", "case", "revisions", "edition", "issued"):
        assert key not in document, key
    assert "date" not in document["decision"] and document["decision"]["forum"] == "Förbundsdirektionen"
    assert document["handler"]["name"] == "Anna Andersson"  # people stay
    for gone in ("# diariet", "# Ärendet är förbundets eget.", "# Historiken som den står.",
                 "# Beslutet togs på decembermötet.", "# Utfallet från årsredovisningen."):
        assert gone in FULL and gone not in text, gone
    assert _comments(text)[0] == _comments(FULL)[0]
    assert "  case:" not in text and "  handler:\n    name: Anna Andersson" in text


def test_the_command_says_what_it_cleared_and_noted(tmp_path: Path) -> None:
    source = tmp_path / "2019-arkivplan.yaml"
    source.write_text(FULL, encoding="utf-8")
    result = plan("new", "--from", str(source), "--year", "2020")
    assert result.returncode == 0, result.stderr
    assert "utan utfärdande, beslutsdatum, revisionshistorik, utgåva, diarienummer, ärende och utfall för " \
           "mätbara mål" in result.stderr
    assert "12 rader att kontrollera är markerade med '# ny plan:'" in result.stderr
    target = tmp_path / "2020-arkivplan.yaml"
    assert not _schema_errors(target.read_text(encoding="utf-8"))
    assert plan("validate", str(target)).returncode in (0, 1)  # findings, never a crash or schema error


@pytest.mark.parametrize("name", ["2025-websesam.yaml", "2026-shvo.yaml"])
def test_rolled_shipped_plans_load_without_schema_errors(name: str) -> None:
    old = (PLANS / name).read_text(encoding="utf-8")
    year = int(name[:4])
    for years in (1, 3):
        moved = new_year_plan(old, year + years, name)
        assert not _schema_errors(moved.text)
        assert NOTE_PREFIX not in moved.text  # nothing multi-year to check in a one-year plan


def test_year_diff_uses_the_same_roll_on_plain_data() -> None:
    data = load_text(FULL, "p.yaml").data
    report = roll(data, 1)
    assert report is not None and data["budget"]["columns"][1]["id"] == "budget-2020"
    assert "outcome" not in data["goals"]["measurable"][0]
    assert len(report.notes) == 12  # as in plan new; plain data has no comments to write them in


# --------------------------------------------------------------------------------------------
# Removing a key takes its comments and keeps the next key's
# --------------------------------------------------------------------------------------------

COMMENTED = """\
document:
  # about title
  title: x  # eol
  decision:
    # about label
    label: L
    forum: VVG
    # about date
    date: 2025-12-10?  # eol date

    # about organisations
  organisations:
    - a
  # about issued
  issued:
    by: P
    # about approved
  approved: {by: Q}
  # closing
"""


@pytest.mark.parametrize(("path", "expected"), [
    (("document", "decision", "date"),
     "    forum: VVG\n\n    # about organisations\n  organisations:\n"),
    (("document", "decision", "label"), "  decision:\n    forum: VVG\n"),
    (("document", "issued"), "    - a\n    # about approved\n  approved: {by: Q}\n"),
    (("document", "approved"), "    by: P\n  # closing\n"),
    (("document", "title"), "document:\n  decision:\n"),
])
def test_remove_key_takes_only_its_own_comments(path: tuple, expected: str) -> None:
    yaml = round_trip_yaml()
    data = yaml.load(COMMENTED)
    parent, mapping = None, data
    for step in path[:-1]:
        parent, mapping = mapping, mapping[step]
    remove_key(mapping, path[-1], parent, path[-2] if len(path) > 1 else None)
    text = dump(yaml, data)
    assert expected in text
    removed = {"date": ["# about date", "# eol date"], "label": ["# about label"], "issued": ["# about issued"],
               "approved": ["# about approved"], "title": ["# about title", "# eol"]}[path[-1]]
    assert _comments(text) == [c for c in _comments(COMMENTED) if c not in removed and not (
        path[-1] == "date" and c.startswith("date:"))]
    assert yaml.load(text) is not None


# --------------------------------------------------------------------------------------------
# plan fmt keeps every new part
# --------------------------------------------------------------------------------------------


def test_fmt_keeps_every_new_part_and_is_idempotent() -> None:
    formatted, findings = format_text(FULL, "plan.yaml")
    assert formatted is not None, findings
    assert same_data(load_text(formatted, "f").data, load_text(FULL, "f").data)
    assert sorted(_comments(formatted)) == sorted(_comments(FULL))
    again, _ = format_text(formatted, "plan.yaml")
    assert again == formatted
    # Keys in schema order; a line's year columns right after its amount, not first.
    assert "    - id: personal\n      name: Personal\n      values:\n" in formatted
    assert "    - result: Resultat\n      values:\n" in formatted
    assert "      subtotal:\n        label: Summa intäkter\n        values:\n" in formatted


def test_fmt_keeps_a_flow_items_comment_on_its_first_line() -> None:
    rolled = new_year_plan(FULL, 2020, "plan.yaml").text
    formatted, _ = format_text(rolled, "plan.yaml")
    assert "  - id: r2  # ny plan: flyttad ett år, kontrollera\n    name: Release 2.0\n" in formatted
    assert "      subtotal:  # ny plan: kontrollera beloppen (de är förra planens)\n" in formatted
    assert not re.search(r"-\s{3,}#", formatted)  # never a comment far out after a bare "-"
    assert format_text(formatted, "plan.yaml")[0] == formatted
    assert sorted(_comments(formatted)) == sorted(_comments(rolled))


EXAMPLE = PLANS.parent / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the example plan is not there")
def test_the_example_plan_rolls_into_a_plan_that_loads(tmp_path: Path) -> None:
    target = tmp_path / "2020-arkivplan.yaml"
    result = plan("new", "--from", str(EXAMPLE), "--year", "2020", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert not _schema_errors(text)
    new = load_text(text, "new.yaml").plan
    old = load_text(EXAMPLE.read_text(encoding="utf-8"), "old.yaml").plan
    assert new.budget.year == old.budget.year + 1
    assert [c.year for c in new.budget.columns] == [c.year + 1 for c in old.budget.columns]
    assert new.budget.budget_column is not None
    ids = {c.id for c in new.budget.columns}
    assert all(set(s.values or {}) <= ids for s in new.budget.stated_amounts())
    assert format_text(text, "new.yaml")[0] is not None  # and fmt can write it back
