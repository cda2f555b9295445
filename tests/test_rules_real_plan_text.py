"""The text, date and reference rules on plans from other organisations: capitalised Swedish
titles are words, not abbreviations ("abbreviation-undefined" with a real word list), multi-year
plans ("title-year", "budget-year"), agreements that end inside the period ("agreement-period"),
times outside the period ("date-in-period"), tentative dates in the new parts ("date-tentative"),
and references and ids in the pm3 parts ("unknown-reference", "duplicate-id", "part-reference",
"period-order", "email-address", "link-target").

Each source is ``MINIMAL_PLAN`` with top-level blocks replaced or added; positions are found in
the source text (:func:`at`), 1-based as the user sees them.
"""

from __future__ import annotations

import copy
import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, findings_for
from forvaltning_cli import abbreviations
from forvaltning_cli.abbreviations import WordList, capital_runs, swedish_words, word_list
from forvaltning_cli.findings import Finding, Severity
from forvaltning_cli.load import load_text
from forvaltning_cli.texts import iter_texts


def plan(fragment: str, base: str = MINIMAL_PLAN) -> str:
    """``base`` whose top-level keys are replaced by (or extended with) those of ``fragment``."""
    blocks: dict[str, str] = {}
    key = None
    for line in base.splitlines(keepends=True) + textwrap.dedent(fragment).splitlines(keepends=True):
        match = re.match(r"^([A-Za-z_]+):", line)
        if match:
            key = match.group(1)
            blocks[key] = ""
        blocks[key] += line
    return "".join(blocks.values())


def at(source: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Line and column (1-based) of the ``nth`` occurrence of ``needle`` in ``source``."""
    position = -1
    for _ in range(nth + 1):
        position = source.index(needle, position + 1)
    line = source.count("\n", 0, position) + 1
    return line, position - source.rfind("\n", 0, position)


def hits(source: str, rule: str) -> list[Finding]:
    return [f for f in findings_for(source) if f.rule == rule]


def one(source: str, rule: str) -> Finding:
    found = hits(source, rule)
    assert len(found) == 1, [(f.rule, f.line, f.column, f.message) for f in findings_for(source)]
    return found[0]


def rules_of(source: str) -> list[str]:
    return [f.rule for f in findings_for(source)]


MULTI_YEAR_TITLE = "VERKSAMHETSPLAN 2019 MED BUDGET OCH PLAN FÖR 2020–2021"

# A budget 2019 with plan years 2020–2021 beside the outcome 2017 and the budget 2018.
MULTI_YEAR_BUDGET = """\
budget:
  title: Budget 2019 och plan 2020–2021
  year: 2019
  unit: tkr
  columns:
    - {id: utfall-2017, heading: Utfall 2017, kind: outcome, year: 2017}
    - {id: budget-2018, heading: Budget 2018, kind: budget, year: 2018}
    - {id: budget-2019, heading: Budget 2019, kind: budget, year: 2019}
    - {id: plan-2020, heading: Plan 2020, kind: plan, year: 2020}
    - {id: plan-2021, heading: Plan 2021, kind: plan, year: 2021}
  items:
    - {id: drift, name: Drift, values: {utfall-2017: 900, budget-2018: 950, budget-2019: 1000, plan-2020: 1050, plan-2021: 1100}}
"""


def multi_year(title: str = MULTI_YEAR_TITLE, budget: str = MULTI_YEAR_BUDGET, extra: str = "") -> str:
    return plan(f"""\
document:
  title: {title}
period:
  year: 2019
{budget}{extra}""")


# ============================================================================================
# abbreviation-undefined: capitals are Swedish words, abbreviations stay abbreviations
# ============================================================================================


def test_the_multi_year_title_in_capitals_gives_no_findings() -> None:
    assert findings_for(multi_year()) == []


@pytest.mark.parametrize("title", [
    MULTI_YEAR_TITLE,
    "BUDGET OCH PLAN FÖR MEDLEMSAVGIFTER 2019",
    "VERKSAMHETSPLAN MED MÅL OCH UPPFÖLJNING",
    "RISKER OCH ÅTGÄRDER UNDER ÅRET",
    "AVTAL MED LEVERANTÖR OCH DRIFT AV E-ARKIV",
    "ÅRETS MÅL ÄR NYA RUTINER FÖR ALLA",
    "SUMMA",
    "PLAN FÖR ÅRET",
])
def test_realistic_capitalised_titles_are_words(title: str) -> None:
    assert hits(multi_year(title), "abbreviation-undefined") == []


@pytest.mark.parametrize("label", ["SUMMA INTÄKTER", "SUMMA KOSTNADER", "RESULTAT FÖRE AVSKRIVNINGAR", "SUMMA"])
def test_capitalised_budget_labels_are_words(label: str) -> None:
    budget = MULTI_YEAR_BUDGET + f"  total: {{label: {label}, values: {{utfall-2017: 900, budget-2018: 950, budget-2019: 1000, plan-2020: 1050, plan-2021: 1100}}}}\n"
    assert hits(multi_year(budget=budget), "abbreviation-undefined") == []


@pytest.mark.parametrize("title, flagged", [
    ("VERKSAMHETSPLAN FÖR GITS OCH VGR 2019", ["GITS", "VGR"]),
    ("PLAN FÖR SITIV OCH SHVO", ["SITIV", "SHVO"]),
    ("SCB", ["SCB"]),
    ("BEFOLKNING ENLIGT SCB", ["SCB"]),
])
def test_real_abbreviations_in_a_capitalised_title_are_still_flagged(title: str, flagged: list[str]) -> None:
    source = multi_year(title)
    found = hits(source, "abbreviation-undefined")
    assert sorted(f.message.split()[1] for f in found) == sorted(flagged)
    assert all((f.line, f.column) == at(source, title) for f in found)
    assert all(f.severity is Severity.WARNING for f in found)


def test_an_abbreviation_that_is_also_a_word_is_flagged_in_running_text() -> None:
    # LOV and SOL are Swedish words ("lov", "sol"); in lower-case prose they are abbreviations.
    source = plan("""\
goals:
  short_term: [Följa upp insatser enligt LOV och SOL]
""")
    found = hits(source, "abbreviation-undefined")
    assert [f.message for f in found] == [
        "förkortningen LOV används (en gång) men förklaras inte",
        "förkortningen SOL används (en gång) men förklaras inte",
    ]
    assert {(f.line, f.column) for f in found} == {at(source, "Följa upp")}


def test_a_word_is_excused_only_where_it_stands_among_capitals() -> None:
    source = plan("""\
goals:
  short_term: [RISKER OCH ÅTGÄRDER, Samordna rutinerna OCH ansvaret]
""")
    (finding,) = hits(source, "abbreviation-undefined")
    assert finding.message == "förkortningen OCH används (en gång) men förklaras inte"
    assert (finding.line, finding.column) == at(source, "Samordna")


def test_defined_abbreviations_beside_capital_words_need_nothing_more() -> None:
    source = multi_year("VERKSAMHETSPLAN FÖR GITS OCH VGR", extra="""\
abbreviations:
  GITS: Gemensam IT-samverkan
  VGR: Västra Götalandsregionen
""")
    assert findings_for(source) == []


def test_without_the_word_list_capitals_are_abbreviations_as_before(monkeypatch) -> None:
    monkeypatch.setattr(abbreviations, "word_list", lambda: None)
    monkeypatch.setattr(abbreviations, "_DECIDED", {})
    found = hits(multi_year(), "abbreviation-undefined")
    assert sorted(f.message.split()[1] for f in found) == ["FÖR", "MED", "OCH", "PLAN"]


def test_the_word_list_is_not_read_for_plans_without_capitals_among_capitals(monkeypatch) -> None:
    def refuse():
        raise AssertionError("the word list was read")

    monkeypatch.setattr(abbreviations, "word_list", refuse)
    monkeypatch.setattr(abbreviations, "_DECIDED", {})
    source = plan("""\
goals:
  short_term: [Drift av SAMSA IT-tjänst, Följa upp Mobil-SITHS i VGR]
""")
    assert [f.message.split()[1] for f in hits(source, "abbreviation-undefined")] == ["SAMSA", "SITHS", "VGR"]


def test_the_word_list_is_installed_and_knows_swedish_from_abbreviations() -> None:
    assert word_list() is not None, "pip install hunspell-sv (a dependency of forvaltning-cli)"
    words = "MED OCH PLAN FÖR SUMMA BUDGET ÅRET MÅLEN SUMMAN INTE ALLA ÄR KAN VERKSAMHETSPLAN MEDLEMSAVGIFTER"
    abbreviations_ = "GITS VGR SCB SITIV SHVO SITHS SAMSA SOFIA SU UH ERP NPÖ HSA VVG KF SKR AB"
    assert swedish_words(words.split()) == set(words.split())
    assert swedish_words(abbreviations_.split()) == set()


def test_capital_runs_are_split_by_lower_case_words() -> None:
    assert capital_runs("VERKSAMHETSPLAN 2019 MED BUDGET för I ÅR, enligt LOV och SOL-LSS") == [
        ["VERKSAMHETSPLAN", "MED", "BUDGET"], ["ÅR"], ["LOV"], ["SOL", "LSS"],
    ]


# A small Hunspell dictionary: what the reader makes of entries, flags and suffix rules.
AFF = """\
SET UTF-8
FORBIDDENWORD %
NEEDAFFIX ¤
ONLYINCOMPOUND Z
SFX D Y 2
SFX D 0 en [^a]
SFX D 0 n a
SFX C Y 1
SFX C el let [^m]el
SFX N Y 1
SFX N 0 s/¤ .
"""
DIC = """\
9
plan/D
summa/D
kakel/C
Sofia
KF
bil/%
för/¤D
fram/Z
hus/N
"""


@pytest.mark.parametrize("word, known", [
    ("PLAN", True), ("PLANEN", True), ("SUMMAN", True), ("SUMMAEN", False),  # conditions
    ("KAKLET", True), ("KAKELET", False),  # strip and add
    ("SOFIA", False), ("KF", False),  # names and abbreviations are not lower-case words
    ("BIL", False), ("FÖR", False), ("FÖREN", True), ("FRAM", False),  # forbidden, needs affix, compounds only
    ("HUS", True), ("HUSS", False),  # a suffix that needs a further affix is no word alone
    ("PLANENEN", False), ("XY", False),
])
def test_the_dictionary_reader_follows_the_affix_rules(word: str, known: bool) -> None:
    assert (word in WordList(DIC, AFF).words([word])) is known


swedish_like = st.text(st.sampled_from("abdeiklmnoprstuvåäö"), min_size=2, max_size=5)


@settings(max_examples=25, deadline=None)
@given(st.lists(swedish_like, min_size=1, max_size=30))
def test_one_search_for_a_few_words_agrees_with_the_whole_table(words: list[str]) -> None:
    listed = word_list()
    assert listed is not None
    whole = _whole_table()
    assert listed.words(words) == whole.words(words)


_WHOLE: list[WordList] = []


def _whole_table() -> WordList:
    """The installed word list read into one table, as a call with very many stems does."""
    if not _WHOLE:
        whole = copy.copy(word_list())
        whole._index = None
        whole._entries({f"x{i}" for i in range(abbreviations._FEW_STEMS + 1)})
        assert whole._index is not None
        _WHOLE.append(whole)
    return _WHOLE[0]


# ============================================================================================
# texts: every new piece of text is seen by the text rules
# ============================================================================================

NEW_PARTS = """\
document:
  title: Förvaltningsplan 2025
  edition: Reviderad 2025-03-14
  registry_number: KF 2024/0123
  case: Förvaltningsplan för e-arkivet
  handler: {name: Anna Andersson, title: Arkivarie, organisation: Kommunalförbundet, email: anna@example.se, postal_address: "Box 1, 411 01 Göteborg"}
  revisions:
    - {version: "1.1", date: 2025-03-14, by: Anna Andersson, change: Reviderad budget}
goals:
  measurable:
    - {goal: Fler system e-arkiveras, indicator: Andel e-arkiverade system, baseline: 12 av 30, target: 20 av 30, due: Q4 2025}
budget:
  title: Budget 2025
  year: 2025
  unit: tkr
  columns:
    - {id: budget-2025, heading: Budget 2025, kind: budget, year: 2025}
  items:
    - {id: medlemsavgifter, name: Medlemsavgifter, kind: income, values: {budget-2025: 5400}}
    - {id: personal, name: Personal, values: {budget-2025: 5000}, staffing_percent: 100}
    - {result: Resultat, values: {budget-2025: 400}}
financing:
  fees:
    - {id: medlemsavgift, name: Medlemsavgift, price: 27, per: inhabitant, income_line: medlemsavgifter, text: 27 kronor per kommuninvånare och år}
  population: {date: 2024-12-31, source: SCB, counts: {Älvby: 120000, Sjöstad: 80000}}
  surplus: {text: Ett överskott återbetalas efter folkmängd., basis: population}
scope:
  description: E-arkivet och dess processer.
  processes: [{id: arkivering, name: Arkivering, description: Leverans till e-arkivet.}]
  components: [{id: e-arkiv, name: E-arkivet}]
  user_groups: [{name: Arkivarier, count: 40, volume: ca 40 användare}]
stakeholders:
  - {id: medlemmar, name: Medlemskommunerna, interest: Ett säkert arkiv, involvement: Referensgrupp}
roles:
  - {id: forvaltningsledare, role: Förvaltningsledare, name: Anna Andersson, email: anna@example.se, responsibility: Leder förvaltningen.}
activities:
  - {id: uppgradering, name: Uppgradering, type: vidmakthallande, description: Ny version., when: Q2 2025, owner: Anna Andersson}
resources:
  - {role: forvaltningsledare, share: 100, budget_line: personal}
risks:
  - {id: leverantor, risk: Leverantören går i konkurs, probability: 2, consequence: Hög, measure: En plan för att byta leverantör., owner: Anna Andersson}
agreements:
  - {id: drift, name: Drift av e-arkivet, supplier: Leverantören AB, reference: Avtal 2023-17, start: 2023-01-01, end: 2027-12-31, notice: 6 månader, renewal: 1 + 1 år}
milestones:
  - {id: release-3, name: Release 3.0, when: 2025-05, kind: release, description: Ny sökfunktion.}
annual_cycle:
  - {when: Q1, forum: Direktionen, decision: Årsredovisning och återbetalning av överskott}
"""

# Every new prose field, and the key it is under (a unique line in NEW_PARTS).
PROSE_FIELDS = [
    ("edition: Reviderad 2025-03-14", "Reviderad 2025-03-14"),
    ("case: Förvaltningsplan för e-arkivet", "Förvaltningsplan för e-arkivet"),
    ("title: Arkivarie", "Arkivarie"),
    ("change: Reviderad budget", "Reviderad budget"),
    ("goal: Fler system e-arkiveras", "Fler system e-arkiveras"),
    ("indicator: Andel e-arkiverade system", "Andel e-arkiverade system"),
    ("heading: Budget 2025", "Budget 2025"),
    ("result: Resultat", "Resultat"),
    ("text: 27 kronor per kommuninvånare och år", "27 kronor per kommuninvånare och år"),
    ("surplus: {text: Ett överskott återbetalas efter folkmängd.", "Ett överskott återbetalas efter folkmängd."),
    ("description: E-arkivet och dess processer.", "E-arkivet och dess processer."),
    ("description: Leverans till e-arkivet.", "Leverans till e-arkivet."),
    ("volume: ca 40 användare", "ca 40 användare"),
    ("interest: Ett säkert arkiv", "Ett säkert arkiv"),
    ("responsibility: Leder förvaltningen.", "Leder förvaltningen."),
    ("description: Ny version.", "Ny version."),
    ("measure: En plan för att byta leverantör.", "En plan för att byta leverantör."),
    ("name: Drift av e-arkivet", "Drift av e-arkivet"),
    ("notice: 6 månader", "6 månader"),
    ("description: Ny sökfunktion.", "Ny sökfunktion."),
    ("decision: Årsredovisning och återbetalning av överskott", "Årsredovisning och återbetalning av överskott"),
]


def test_the_plan_with_every_new_part_is_clean() -> None:
    assert findings_for(plan(NEW_PARTS)) == []


@pytest.mark.parametrize("line, value", PROSE_FIELDS, ids=[line.split(":")[0] + ":" + value[:12] for line, value in PROSE_FIELDS])
def test_an_abbreviation_in_every_new_text_is_seen(line: str, value: str) -> None:
    assert NEW_PARTS.count(line) == 1, line
    source = plan(NEW_PARTS.replace(line, line.replace(value, value + " hos QXZ")))
    finding = one(source, "abbreviation-undefined")
    assert finding.message == "förkortningen QXZ används (en gång) men förklaras inte"
    assert (finding.line, finding.column) == at(source, value + " hos QXZ")


def test_names_and_codes_are_no_prose_but_count_as_use() -> None:
    # The registry number names KF; the population's source names SCB: names, not prose.
    source = plan(NEW_PARTS + "abbreviations:\n  KF: Kommunfullmäktige\n  SCB: Statistiska centralbyrån\n")
    assert findings_for(source) == []


def test_a_placeholder_link_in_a_risk_is_seen() -> None:
    source = plan(NEW_PARTS.replace("measure: En plan för att byta leverantör.", "measure: \"[Exit-plan](#)\""))
    finding = one(source, "link-target")
    assert finding.message == "länken 'Exit-plan' → '#' är en platshållare"
    assert (finding.line, finding.column) == at(source, '"[Exit-plan](#)"')


@pytest.mark.parametrize("old, where", [
    ("email: anna@example.se, postal_address", "handler"),
    ("email: anna@example.se, responsibility", "roles"),
])
def test_e_mail_addresses_of_people_and_roles_are_checked(old: str, where: str) -> None:
    source = plan(NEW_PARTS.replace(old, old.replace("example.se", "example")))
    finding = one(source, "email-address")
    assert finding.message == "e-postadressen 'anna@example' är felaktig"
    assert (finding.line, finding.column) == at(source, "anna@example,")
    assert finding.where.startswith("document.handler" if where == "handler" else "roles[0]")
    assert finding.severity is Severity.ERROR


def test_a_result_row_is_text_and_breaks_no_text_rule() -> None:
    loaded = load_text(plan(NEW_PARTS), "plan.yaml")
    texts = {t.path: (t.text, t.kind) for t in iter_texts(loaded.plan)}
    assert texts[("budget", "items", 2, "result")] == ("Resultat", "prose")
    assert texts[("budget", "columns", 0, "heading")] == ("Budget 2025", "prose")
    assert texts[("document", "registry_number")] == ("KF 2024/0123", "name")
    assert texts[("financing", "population", "source")] == ("SCB", "name")
    assert ("document", "handler", "email") not in texts


def test_a_document_without_status_is_checked_without_crashing() -> None:
    source = plan(NEW_PARTS)
    assert "status:" not in source
    loaded = load_text(source, "plan.yaml")
    assert loaded.plan.document.status is None and not loaded.plan.document.is_draft
    assert findings_for(source) == []


# ============================================================================================
# title-year and budget-year: multi-year plans
# ============================================================================================


def test_a_title_naming_the_plan_years_is_fine() -> None:
    assert hits(multi_year(), "title-year") == []
    assert hits(multi_year("Förvaltningsplan 2020"), "title-year") == []


def test_a_period_over_all_the_years_is_fine_without_plan_columns() -> None:
    source = plan(f"""\
document:
  title: {MULTI_YEAR_TITLE}
period:
  start: 2019-01-01
  end: 2021-12-31
""")
    assert findings_for(source) == []


def test_a_title_naming_a_year_that_is_neither_budget_nor_plan_year_fires() -> None:
    source = multi_year("VERKSAMHETSPLAN 2019 MED PLAN FÖR 2020–2022")
    finding = one(source, "title-year")
    assert finding.message == (
        "titeln 'VERKSAMHETSPLAN 2019 MED PLAN FÖR 2020–2022' nämner 2022, men planen gäller "
        "2019-01-01–2019-12-31 med planår 2020–2021"
    )
    assert (finding.line, finding.column) == at(source, "VERKSAMHETSPLAN")


def test_a_heading_naming_the_outcome_year_still_fires() -> None:
    source = multi_year(extra="sections:\n  - {title: Utfall 2017, content: [text: Året gick bra.]}\n")
    finding = one(source, "title-year")
    assert "nämner 2017" in finding.message
    assert (finding.line, finding.column) == at(source, "Utfall 2017, content")


def test_a_budget_title_naming_plan_and_column_years_is_fine() -> None:
    budget = MULTI_YEAR_BUDGET.replace("title: Budget 2019 och plan 2020–2021",
                                       "title: Budget 2019 och plan 2020–2021 (utfall 2017, budget 2018)")
    assert findings_for(multi_year(budget=budget)) == []


def test_a_budget_title_naming_a_year_without_a_column_fires() -> None:
    budget = MULTI_YEAR_BUDGET.replace("title: Budget 2019 och plan 2020–2021", "title: Budget 2019 och plan 2020–2022")
    source = multi_year(budget=budget)
    finding = one(source, "budget-year")
    assert finding.message == (
        "budgetrubriken nämner 2022 men budgetåret är 2019 och årskolumnerna gäller 2017, 2018, 2020, 2021"
    )
    assert (finding.line, finding.column) == at(source, "Budget 2019 och plan")


def test_a_column_heading_naming_another_year_than_its_column_fires() -> None:
    budget = MULTI_YEAR_BUDGET.replace("heading: Plan 2021", "heading: Plan 2022")
    source = multi_year(budget=budget)
    finding = one(source, "budget-year")
    assert finding.message == "kolumnrubriken 'Plan 2022' nämner 2022, men kolumnen gäller 2021 (year)"
    assert (finding.line, finding.column) == at(source, "Plan 2022")
    assert finding.severity is Severity.WARNING


# ============================================================================================
# agreement-period
# ============================================================================================


def agreement(fields: str) -> str:
    return plan(f"agreements:\n  - {{name: Drift av e-arkivet, {fields}}}\n")


def test_an_agreement_that_ends_inside_the_period_fires_at_its_end() -> None:
    source = agreement("end: 2025-08-31")
    finding = one(source, "agreement-period")
    assert finding.message == "avtalet 'Drift av e-arkivet' löper ut 31 augusti 2025, under planens period"
    assert (finding.line, finding.column) == at(source, "2025-08-31")
    assert finding.severity is Severity.WARNING


def test_the_earliest_decision_date_inside_the_period_is_the_one_reported() -> None:
    source = agreement("end: 2025-12-31, notice_date: 2025-06-30, renewal_date: 2025-09-30")
    finding = one(source, "agreement-period")
    assert finding.message == (
        "avtalet 'Drift av e-arkivet' ska sägas upp senast 30 juni 2025, under planens period "
        "(avtalet löper ut 31 december 2025)"
    )
    assert (finding.line, finding.column) == at(source, "2025-06-30")


def test_a_renewal_date_inside_the_period_fires_even_when_the_agreement_runs_on() -> None:
    source = agreement("end: 2026-12-31, renewal_date: 2025-10-01")
    finding = one(source, "agreement-period")
    assert finding.message.startswith("beslut om förlängning av avtalet 'Drift av e-arkivet' ska fattas senast 1 oktober 2025")
    assert (finding.line, finding.column) == at(source, "2025-10-01")


@pytest.mark.parametrize("fields", ["end: 2026-12-31", "end: 2024-12-31", "start: 2025-02-01", "notice: 6 månader"])
def test_an_agreement_without_dates_inside_the_period_is_quiet(fields: str) -> None:
    assert rules_of(agreement(fields)) == []


def test_an_agreement_that_starts_after_it_ends_is_a_period_order_error() -> None:
    source = agreement("start: 2026-01-01, end: 2024-12-31")
    finding = one(source, "period-order")
    assert finding.message == "avtalet 'Drift av e-arkivet' slutar 2024-12-31 men börjar 2026-01-01"
    assert (finding.line, finding.column) == at(source, "2024-12-31")
    assert finding.severity is Severity.ERROR


# ============================================================================================
# date-in-period and date-tentative
# ============================================================================================


@pytest.mark.parametrize("fragment, value, message", [
    ("milestones:\n  - {name: Release 3.0, when: Q2 2024, kind: release}\n", "Q2 2024",
     "releasen 'Release 3.0' (Q2 2024) ligger utanför planens period 2025-01-01–2025-12-31"),
    ("milestones:\n  - {name: Ny sökfunktion, when: 2026-02-15}\n", "2026-02-15",
     "milstolpen 'Ny sökfunktion' (2026-02-15) ligger utanför planens period 2025-01-01–2025-12-31"),
    ("annual_cycle:\n  - {when: mars 2024, forum: Direktionen, decision: Årsredovisning}\n", "mars 2024",
     "årshjulets punkt 'Årsredovisning' (mars 2024) ligger utanför planens period 2025-01-01–2025-12-31"),
    ("activities:\n  - {name: Uppgradering, type: vidmakthallande, when: T3 2026}\n", "T3 2026",
     "aktiviteten 'Uppgradering' (T3 2026) ligger utanför planens period 2025-01-01–2025-12-31"),
    ("goals:\n  measurable:\n    - {goal: Fler system e-arkiveras, indicator: Andel, due: 2024-12-31}\n", "2024-12-31",
     "målet 'Fler system e-arkiveras' (2024-12-31) ligger utanför planens period 2025-01-01–2025-12-31"),
])
def test_a_time_outside_the_period_fires(fragment: str, value: str, message: str) -> None:
    source = plan(fragment)
    finding = one(source, "date-in-period")
    assert finding.message == message
    assert (finding.line, finding.column) == at(source, value)
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize("when", ["Q1", "mars", "T2", "Q4 2025", "2025-12", "december 2025", "2025-01-01"])
def test_a_time_without_year_or_inside_the_period_is_quiet(when: str) -> None:
    source = plan(f"""\
milestones:
  - {{name: Release 3.0, when: {when}}}
annual_cycle:
  - {{when: {when}, forum: Direktionen, decision: Årsredovisning}}
""")
    assert rules_of(source) == []


def test_a_time_in_a_plan_year_is_inside_a_multi_year_plan() -> None:
    source = multi_year(extra="milestones:\n  - {name: Release 4.0, when: Q2 2021}\n  - {name: Release 5.0, when: Q1 2022}\n")
    finding = one(source, "date-in-period")
    assert finding.message == (
        "milstolpen 'Release 5.0' (Q1 2022) ligger utanför planens period 2019-01-01–2019-12-31 med planår 2020–2021"
    )


@pytest.mark.parametrize("fragment, value, message", [
    ("milestones:\n  - {name: Release 3.0, when: \"Q2 2025?\"}\n", "\"Q2 2025?\"",
     "tidpunkten för milstolpen 'Release 3.0' Q2 2025? är preliminär"),
    ("agreements:\n  - {name: Drift, end: \"2027-12-31?\"}\n", "\"2027-12-31?\"",
     "slutdatum för avtalet 'Drift' 2027-12-31? är preliminärt"),
    ("financing:\n  population: {date: \"2024-12-31?\", counts: {Älvby: 1000}}\n", "\"2024-12-31?\"",
     "folkmängdens mättidpunkt 2024-12-31? är preliminär"),
    ("annual_cycle:\n  - {when: \"mars?\", forum: Direktionen, decision: Bokslut}\n", "\"mars?\"",
     "tidpunkten för årshjulets punkt 'Bokslut' mars? är preliminär"),
])
def test_tentative_dates_in_the_new_parts_are_reported(fragment: str, value: str, message: str) -> None:
    source = plan(fragment)
    finding = one(source, "date-tentative")
    assert finding.message == message
    assert (finding.line, finding.column) == at(source, value)
    assert finding.severity is Severity.INFO


def test_a_tentative_revision_date_is_reported() -> None:
    source = plan("""\
document:
  title: Förvaltningsplan 2025
  revisions:
    - {version: "1.1", date: "2025-03-14?", change: Reviderad budget}
""")
    finding = one(source, "date-tentative")
    assert finding.message == "revisionsdatum för version 1.1 2025-03-14? är preliminärt"
    assert (finding.line, finding.column) == at(source, '"2025-03-14?"')


# ============================================================================================
# unknown-reference, duplicate-id, part-reference
# ============================================================================================


def test_a_fee_naming_an_unknown_income_line_fires() -> None:
    source = plan(NEW_PARTS.replace("income_line: medlemsavgifter", "income_line: medlemsavgift"))
    finding = one(source, "unknown-reference")
    assert finding.message == "budgetraden 'medlemsavgift' som avgiften 'Medlemsavgift' hänvisar till finns inte i budgeten"
    assert finding.hint == "menade du 'medlemsavgifter'?"
    assert (finding.line, finding.column) == at(source, "medlemsavgift, text")


def test_a_resource_naming_an_unknown_budget_line_fires() -> None:
    source = plan(NEW_PARTS.replace("budget_line: personal", "budget_line: personalen"))
    finding = one(source, "unknown-reference")
    assert finding.message == "budgetraden 'personalen' som resursen 'forvaltningsledare' hänvisar till finns inte i budgeten"
    assert (finding.line, finding.column) == at(source, "personalen")


@pytest.mark.parametrize("role, fires", [
    ("forvaltningsledare", False),  # the id of a role
    ("Förvaltningsledare", False),  # the role as text
    ("Systemförvaltare för e-arkivet", False),  # text
    ("forvaltningsledar", True),  # a misspelt id
    ("systemforvaltare-it", True),  # an id that no role has
])
def test_a_resource_role_is_a_role_id_or_text(role: str, fires: bool) -> None:
    source = plan(NEW_PARTS.replace("{role: forvaltningsledare,", f"{{role: {role},"))
    found = hits(source, "unknown-reference")
    assert bool(found) is fires, found
    if fires:
        assert found[0].message == f"rollen '{role}' finns inte bland rollernas id (roles)"
        assert (found[0].line, found[0].column) == at(source, f"{role},")


def test_a_surplus_rule_naming_an_unknown_split_key_fires() -> None:
    source = plan(NEW_PARTS.replace("basis: population}", "basis: split_key, split_key: befolkning}"))
    finding = one(source, "unknown-reference")
    assert finding.message == "fördelningsnyckeln 'befolkning' för överskottet finns inte i financing.split_keys"
    assert (finding.line, finding.column) == at(source, "befolkning}")


def test_members_must_be_in_the_population() -> None:
    source = plan(NEW_PARTS.replace("per: inhabitant, income_line", "per: member, members: [Älvby, Sjöstaden], income_line").replace(
        "financing:\n", "financing:\n  split_keys:\n    - {id: mix, text: 30/70, basis: {equal: 30, population: 70, members: [Älvbyn]}}\n", 1))
    found = hits(source, "unknown-reference")
    assert [f.message for f in found] == [
        "medlemmen 'Älvbyn' i nyckeln 'mix' finns inte i folkmängden (financing.population)",
        "medlemmen 'Sjöstaden' i avgiften 'Medlemsavgift' finns inte i folkmängden (financing.population)",
    ]
    assert [f.hint for f in found] == ["menade du 'Älvby'?", "menade du 'Sjöstad'?"]
    assert [(f.line, f.column) for f in found] == [at(source, "Älvbyn"), at(source, "Sjöstaden")]


def test_members_are_not_checked_without_a_population() -> None:
    source = plan("""\
financing:
  fees:
    - {id: anslutning, name: Anslutningsavgift, price: 4, per: member, recurrence: once, members: [Älvby]}
  split_keys:
    - {id: mix, text: 30/70, basis: {equal: 30, population: 70, members: [Älvby, Sjöstad]}}
""")
    assert "unknown-reference" not in rules_of(source)
    assert "check-crashed" not in rules_of(source)


@pytest.mark.parametrize("fragment, second, kind", [
    ("roles:\n  - {id: ledare, role: Förvaltningsledare}\n  - {id: ledare, role: Objektägare}\n", "ledare, role: Objektägare", "roller"),
    ("milestones:\n  - {id: r3, name: Release 3.0, when: Q2}\n  - {id: r3, name: Release 3.1, when: Q3}\n", "r3, name: Release 3.1", "milstolpar"),
    ("agreements:\n  - {id: drift, name: Drift}\n  - {id: drift, name: Support}\n", "drift, name: Support", "avtal"),
    (MULTI_YEAR_BUDGET.replace("{id: budget-2018,", "{id: utfall-2017,"), "utfall-2017, heading: Budget 2018", "budgetkolumner"),
])
def test_ids_in_the_new_lists_are_unique(fragment: str, second: str, kind: str) -> None:
    source = plan(fragment)
    found = hits(source, "duplicate-id")
    assert len(found) == 1, found
    assert found[0].message.endswith(f"används redan av andra {kind}")
    assert (found[0].line, found[0].column) == at(source, second)


def test_a_placed_pm3_part_that_is_empty_is_reported_and_a_filled_one_is_not() -> None:
    source = plan(NEW_PARTS + """\
sections:
  - id: omfattning
    title: Omfattning
    content:
      - part: scope.processes
      - part: risks
      - part: milestones
""")
    assert hits(source, "part-reference") == []
    empty = plan("""\
sections:
  - id: omfattning
    title: Omfattning
    content:
      - part: scope.processes
      - part: agreements
""")
    found = hits(empty, "part-reference")
    assert [f.message for f in found] == ["delen 'scope.processes' är tom i planen", "delen 'agreements' är tom i planen"]
    assert [(f.line, f.column) for f in found] == [at(empty, "scope.processes"), at(empty, "agreements")]


def test_a_split_key_by_population_does_not_crash_the_reference_check() -> None:
    source = plan("""\
financing:
  population: {counts: {Älvby: 1000, Sjöstad: 3000}}
  split_keys:
    - {id: mix, text: 30 % lika och 70 % efter invånare, basis: {equal: 30, population: 70}}
""")
    assert "check-crashed" not in rules_of(source)


def test_an_agreement_that_ends_in_a_plan_year_fires_in_a_multi_year_plan() -> None:
    source = multi_year(extra="agreements:\n  - {name: Licens, end: 2020-06-30}\n  - {name: Drift, end: 2022-03-31}\n")
    finding = one(source, "agreement-period")
    assert finding.message == "avtalet 'Licens' löper ut 30 juni 2020, under planåret 2020"
    assert (finding.line, finding.column) == at(source, "2020-06-30")


def test_the_words_looked_up_in_a_process_stay_bounded(monkeypatch) -> None:
    monkeypatch.setattr(abbreviations, "_DECIDED", {})
    monkeypatch.setattr(abbreviations, "_DECIDED_LIMIT", 3)
    assert swedish_words(["MED", "VGR"]) == {"MED"}
    assert swedish_words(["OCH", "SCB"]) == {"OCH"}  # the memory is emptied first
    assert len(abbreviations._DECIDED) == 2
    assert swedish_words(["MED", "OCH"]) == {"MED", "OCH"}


def test_a_text_with_thousands_of_different_capital_words_is_checked_quickly() -> None:
    import itertools
    import json
    import time

    letters = "BDFGKLMNPRSTV"
    words = ["".join(w) for w in itertools.islice(itertools.product(letters, repeat=4), 20_000)]
    source = plan("goals:\n  short_term: [" + json.dumps(" ".join(words)) + "]\n")
    started = time.perf_counter()
    found = hits(source, "abbreviation-undefined")
    assert time.perf_counter() - started < 20
    units = swedish_words(words)  # a few are words ("MNKR", "KBPS"); the rest are abbreviations
    assert len(units) < 10
    assert {f.message.split()[1] for f in found} == set(words) - units
