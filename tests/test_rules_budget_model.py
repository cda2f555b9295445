"""The budget and financing checks of the real-plans model: every stated sum per year column,
result rows, signs, year columns, activity types, the resource plan, fee income and split keys
of every kind. Each rule fires at the value the author wrote and stays quiet when it adds up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, findings_for, rule_hits
from forvaltning_cli.budget import computed_total, message_amount, message_price, round_to_unit
from forvaltning_cli.load import load_text


def hits(source: str, rule: str) -> list:
    return [f for f in findings_for(source) if f.rule == rule]


def one(source: str, rule: str):
    found = hits(source, rule)
    assert len(found) == 1, [(f.rule, f.message) for f in findings_for(source)]
    return found[0]


def plan(body: str) -> str:
    return MINIMAL_PLAN + body


def at(source: str, marker: str) -> tuple[int, int]:
    """1-based ``(line, column)`` of the ``^`` in ``marker``, which (without the ``^``) occurs
    exactly once in ``source``: ``at(src, "p26: ^3400}")`` is where the value 3400 starts."""
    text = marker.replace("^", "")
    assert source.count(text) == 1, marker
    offset = source.index(text) + marker.index("^")
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


# A multi-year table in tkr: outcome 2024, budget 2025, plan 2026. Line numbers in the plan
# (MINIMAL_PLAN has 13 lines): "budget:" is line 14, the first item line 22.
COLUMNS = """\
budget:
  title: Budget 2025
  year: 2025
  unit: tkr
  columns:
    - {{id: u24, heading: Utfall 2024, kind: outcome, year: 2024}}
    - {{id: b25, heading: Budget 2025, kind: budget, year: 2025}}
    - {{id: p26, heading: Plan 2026, kind: plan, year: 2026}}
  items:
    - group: Intäkter
      lines:
        - {{id: avg, name: Medlemsavgifter, kind: income, values: {{u24: 5000, b25: 5400, p26: 5600}}}}
      subtotal: {{label: Summa intäkter, values: {{u24: 5000, b25: 5400, p26: {sub26}}}}}
    - {{id: personal, name: Personal, values: {{u24: 3000, b25: 3200, p26: 3300}}}}
    - {{result: Resultat, values: {{u24: 2000, b25: {res25}, p26: 2300}}}}
  total: {{label: Summa kostnader, values: {{u24: 3000, b25: 3200, p26: {tot26}}}}}
"""


def columns(sub26: int = 5600, res25: int = 2200, tot26: int = 3300) -> str:
    return plan(COLUMNS.format(sub26=sub26, res25=res25, tot26=tot26))


def test_multi_year_table_that_adds_up_is_clean() -> None:
    found = [f for f in findings_for(columns()) if f.rule.startswith(("budget", "fee", "split"))]
    assert found == []


# ============================================================================================
# Every stated sum per column
# ============================================================================================


def test_budget_total_names_the_year_column_and_the_unit() -> None:
    source = columns(tot26=3400)
    finding = one(source, "budget-total")
    assert (finding.line, finding.column) == at(source, "b25: 3200, p26: ^3400}}\n")
    assert finding.message == (
        "i kolumnen Plan 2026: angiven totalsumma 3 400 tkr stämmer inte med summan av "
        "kostnadsraderna 3 300 tkr (100 tkr för mycket)"
    )
    assert finding.hint == "rätta totalsumman eller raderna; summan räknas fram ur kostnadsraderna"


def test_budget_total_points_at_the_budget_column_for_the_budget_year() -> None:
    source = columns().replace("total: {label: Summa kostnader, values: {u24: 3000, b25: 3200",
                               "total: {label: Summa kostnader, values: {u24: 3000, b25: 3100")
    finding = one(source, "budget-total")
    assert (finding.line, finding.column) == at(source, "b25: ^3100, p26: 3300}}\n")
    assert finding.message.startswith("i kolumnen Budget 2025: angiven totalsumma 3 100 tkr")
    assert finding.where == "budget.total.values.b25"


def test_budget_total_counts_costs_and_depreciation_but_not_income_or_investments() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {name: Avgifter, kind: income, amount: 900}
    - {name: Drift, amount: 500}
    - {name: Avskrivningar, kind: depreciation, amount: 100}
    - {name: Ny server, kind: investment, amount: 300}
  total: {label: Summa kostnader, amount: 600}
""")
    assert rule_hits(source, "budget-total") == []
    off = one(source.replace("amount: 600}", "amount: 1500}"), "budget-total")
    assert off.message == (
        "angiven totalsumma 1 500 kr stämmer inte med summan av kostnadsraderna 600 kr "
        "(900 kr för mycket)"
    )


def test_computed_total_of_a_table_with_only_income_is_unknown() -> None:
    loaded = load_text(plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {name: Avgifter, kind: income, amount: 900}
  total: {amount: 5}
"""), "plan.yaml")
    assert computed_total(loaded.plan.budget) is None
    assert [f.rule for f in findings_for(loaded.text) if f.rule == "budget-total"] == []


def test_budget_subtotal_per_column_whatever_the_kind_of_its_lines() -> None:
    source = columns(sub26=5700)
    finding = one(source, "budget-subtotal")
    assert (finding.line, finding.column) == at(source, "p26: ^5700")
    assert finding.message == (
        "i kolumnen Plan 2026: angiven delsumma för 'Summa intäkter' 5 700 tkr stämmer inte med "
        "summan av gruppens rader 5 600 tkr (100 tkr för mycket)"
    )


def test_simple_budget_keeps_its_kronor_messages_without_a_column_name() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {name: Drift, amount: 7900000}
    - {name: Support, amount: 2400000}
  total: {label: Totalt, amount: 10000000}
""")
    finding = one(source, "budget-total")
    assert finding.message == (
        "angiven totalsumma 10 000 000 kr stämmer inte med summan av raderna 10 300 000 kr "
        "(300 000 kr för lite)"
    )


PARTY_TKR = """\
budget:
  title: Budget 2025
  year: 2025
  unit: tkr
  parties: [A, B]
  items:
    - {name: Avgifter, kind: income, amount: 100}
    - {name: Drift, amount: 800, parties: {A: 400, B: 400}}
  total: {amount: 800, parties: {A: 400, B: %d}}
financing:
  parties:
    - {id: A, name: Älvby}
    - {id: B, name: Sjöstad}
"""


def test_budget_party_total_sums_cost_lines_in_the_tables_unit() -> None:
    assert rule_hits(plan(PARTY_TKR % 400), "budget-party-total") == []
    assert rule_hits(plan(PARTY_TKR % 400), "budget-line-parties") == []  # income needs no parties
    finding = one(plan(PARTY_TKR % 450), "budget-party-total")
    assert (finding.line, finding.column) == at(plan(PARTY_TKR % 450), "B: ^450")
    assert finding.message == (
        "angiven summa för B 450 tkr stämmer inte med summan av kolumnen 400 tkr (50 tkr för mycket)"
    )


def test_budget_amount_missing_names_the_missing_columns() -> None:
    source = columns().replace("{u24: 3000, b25: 3200, p26: 3300}}\n    - {result",
                               "{b25: 3200}}\n    - {result")
    finding = one(source, "budget-amount-missing")
    assert (finding.line, finding.column) == (27, 7)
    assert finding.message == (
        "raden 'Personal' saknar belopp i kolumnerna Utfall 2024 och Plan 2026; summor och "
        "resultat i de kolumnerna kan inte kontrolleras"
    )


# ============================================================================================
# budget-result
# ============================================================================================


def test_budget_result_fires_in_the_column_that_is_off() -> None:
    finding = one(columns(res25=2100), "budget-result")
    # "    - {result: Resultat, values: {u24: 2000, b25: 2100, p26: 2300}}" is line 28.
    assert (finding.line, finding.column) == (28, 51)
    assert finding.message == (
        "i kolumnen Budget 2025: angivet resultat för 'Resultat' 2 100 tkr stämmer inte med "
        "raderna ovanför, som ger 2 200 tkr (100 tkr för lite)"
    )


RESULT_STATEMENT = """\
budget:
  title: Budget 2025
  year: 2025
  costs_negative: %s
  items:
    - {name: Avgifter, kind: income, amount: 1000}
    - {name: Drift, amount: %d}
    - {result: Resultat före avskrivningar, amount: 400}
    - {name: Avskrivningar, kind: depreciation, amount: %d}
    - {name: Ny server, kind: investment, amount: 5000}
    - {result: Resultat efter avskrivningar, amount: 300}
"""


def test_budget_result_before_and_after_depreciation_ignores_investments() -> None:
    assert rule_hits(plan(RESULT_STATEMENT % ("false", 600, 100)), "budget-result") == []


def test_budget_result_with_costs_written_negative_is_the_plain_sum() -> None:
    assert rule_hits(plan(RESULT_STATEMENT % ("true", -600, -100)), "budget-result") == []
    assert rule_hits(plan(RESULT_STATEMENT % ("true", -600, -100)), "budget-sign") == []
    # Positive costs in a table that writes them negative: both results are off (and the signs).
    source = plan(RESULT_STATEMENT % ("true", 600, 100))
    assert rule_hits(source, "budget-result") == [
        at(source, "avskrivningar, amount: ^400"), at(source, "avskrivningar, amount: ^300")
    ]


def test_budget_result_is_not_checked_when_a_line_above_lacks_an_amount() -> None:
    source = plan(RESULT_STATEMENT % ("false", 600, 100)).replace(
        "{name: Drift, amount: 600}", "{name: Drift}"
    )
    assert rule_hits(source, "budget-result") == []


KINDS = ["cost", "income", "depreciation", "investment"]
COLUMN_IDS = ["u", "b", "p"]
amount_values = st.integers(min_value=-(10**6), max_value=10**6)
line_rows = st.tuples(st.sampled_from(KINDS), st.lists(amount_values, min_size=3, max_size=3))
result_rows = st.tuples(st.just("result"), st.lists(st.integers(-2, 2), min_size=3, max_size=3))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(line_rows, result_rows), min_size=1, max_size=8), st.booleans())
def test_budget_result_fires_exactly_where_a_stated_result_differs(rows, negative: bool) -> None:
    items, expected = [], 0
    running = [0, 0, 0]
    counted = False
    for index, (kind, values) in enumerate(rows):
        if kind == "result":
            # The stated result is the exact one plus an error of -2..2 in each column.
            stated = [running[c] + values[c] for c in range(3)]
            if counted:
                expected += sum(1 for error in values if error)
            shown = ", ".join(f"{COLUMN_IDS[c]}: {stated[c]}" for c in range(3))
            items.append(f"    - {{result: R{index}, values: {{{shown}}}}}\n")
            continue
        if kind != "investment":
            counted = True
            for c in range(3):
                cost = kind in ("cost", "depreciation")
                running[c] += values[c] if (negative or not cost) else -values[c]
        shown = ", ".join(f"{COLUMN_IDS[c]}: {values[c]}" for c in range(3))
        items.append(f"    - {{name: Rad {index}, kind: {kind}, values: {{{shown}}}}}\n")
    source = plan(
        "budget:\n  title: Budget 2025\n  year: 2025\n  unit: tkr\n"
        f"  costs_negative: {'true' if negative else 'false'}\n  columns:\n"
        "    - {id: u, heading: Utfall 2024, kind: outcome, year: 2024}\n"
        "    - {id: b, heading: Budget 2025, kind: budget, year: 2025}\n"
        "    - {id: p, heading: Plan 2026, kind: plan, year: 2026}\n"
        "  items:\n" + "".join(items)
    )
    assert len(hits(source, "budget-result")) == expected


# ============================================================================================
# budget-sign
# ============================================================================================


def test_budget_sign_fires_for_a_negative_cost_without_costs_negative() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  unit: tkr
  items:
    - {name: Avgifter, kind: income, amount: 5400}
    - {name: Personal, amount: -3200}
""")
    finding = one(source, "budget-sign")
    assert (finding.line, finding.column) == at(source, "amount: ^-3200")
    assert finding.message == "raden 'Personal' är en kostnad och får inte ha ett negativt belopp, men har −3 200 tkr"
    assert "costs_negative: true" in finding.hint


def test_budget_sign_with_costs_negative_names_each_column_that_is_positive() -> None:
    source = columns().replace("unit: tkr\n", "unit: tkr\n  costs_negative: true\n")
    finding = [f for f in findings_for(source) if f.rule == "budget-sign"]
    assert len(finding) == 1
    assert (finding[0].line, finding[0].column) == at(source, "Personal, values: {u24: ^3000")
    assert finding[0].message == (
        "raden 'Personal' är en kostnad och ska skrivas med minustecken, eftersom tabellen skriver "
        "kostnader så (costs_negative: true), men har 3 000 tkr i kolumnen Utfall 2024, 3 200 tkr "
        "i kolumnen Budget 2025 och 3 300 tkr i kolumnen Plan 2026"
    )


@pytest.mark.parametrize("kind", ["income", "investment"])
def test_budget_sign_income_and_investment_are_never_negative(kind: str) -> None:
    for negative in ("false", "true"):
        source = plan(f"budget:\n  title: Budget 2025\n  year: 2025\n  costs_negative: {negative}\n"
                      f"  items:\n    - {{name: Rad, kind: {kind}, amount: -1}}\n")
        assert rule_hits(source, "budget-sign") == [at(source, "amount: ^-1")]


def test_budget_sign_quiet_for_results_and_sums_of_any_sign() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {name: Avgifter, kind: income, amount: 100}
    - {name: Drift, amount: 300}
    - {result: Resultat, amount: -200}
  total: {amount: 300}
""")
    assert [f.rule for f in findings_for(source) if f.rule.startswith("budget")] == []


# ============================================================================================
# budget-column
# ============================================================================================


def test_budget_column_fires_at_a_values_key_that_names_no_column() -> None:
    source = columns().replace("{u24: 3000, b25: 3200, p26: 3300}}\n    - {result",
                               "{u24: 3000, b25: 3200, p62: 3300}}\n    - {result")
    finding = one(source, "budget-column")
    assert (finding.line, finding.column) == at(source, "^p62: 3300")
    assert finding.message == "kolumnen 'p62' som raden 'Personal' anger belopp för finns inte i budget.columns"
    assert finding.hint == "menade du 'p26'?"


def test_budget_column_fires_at_amount_written_beside_values() -> None:
    source = columns().replace("{id: personal, name: Personal, values",
                               "{id: personal, name: Personal, amount: 3100, values")
    finding = one(source, "budget-column")
    assert (finding.line, finding.column) == at(source, "^amount: 3100")
    assert finding.message == (
        "raden 'Personal' anger amount (3 100 tkr) i en tabell med årskolumner, och values har "
        "3 200 tkr för den kolumnen; budgetårets belopp skrivs i values under budgetkolumnens id 'b25'"
    )
    assert finding.hint == "skriv b25: 3100 under values och ta bort amount"


def test_budget_column_fires_when_no_column_is_the_budget_year() -> None:
    source = columns().replace("kind: budget, year: 2025", "kind: forecast, year: 2025")
    finding = one(source, "budget-column")
    assert (finding.line, finding.column) == at(source, "columns:\n    ^- {id: u24")
    assert finding.message.startswith("ingen av budgetens årskolumner är budgetåret 2025")


def test_budget_column_fires_for_values_without_columns() -> None:
    source = plan("budget:\n  title: Budget 2025\n  year: 2025\n  items:\n"
                  "    - {name: Drift, values: {b25: 5}}\n")
    finding = one(source, "budget-column")
    assert (finding.line, finding.column) == at(source, "^values: {b25")
    assert "budgeten har inga årskolumner" in finding.message


# ============================================================================================
# activity-budget and resource-staffing
# ============================================================================================

ACTIVITIES = """\
budget:
  title: Budget 2025
  year: 2025
  unit: tkr
  items:
    - {name: Vidareutveckling, amount: 500, activity_type: vidareutveckling}
    - {name: Drift, amount: 900, activity_type: drift_support}
activities:
  - {name: Ny sökfunktion, type: vidareutveckling, amount: %s}
  - {name: Bättre rapporter, type: vidareutveckling, amount: 200}
  - {name: Driftavtal, type: drift_support}
"""


def test_activity_budget_fires_for_the_type_that_differs() -> None:
    source = plan(ACTIVITIES % 400)
    finding = one(source, "activity-budget")
    assert (finding.line, finding.column) == at(source, "amount: ^400}")
    assert finding.message == (
        "aktiviteterna av typen vidareutveckling har tillsammans en budget på 600 tkr, men "
        "budgetraderna med activity_type vidareutveckling blir 500 tkr (100 tkr för mycket)"
    )
    assert [(r.line, r.column) for r in finding.related] == [at(source, "^amount: 200}")]


def test_activity_budget_quiet_when_equal_or_when_a_side_lacks_amounts() -> None:
    # drift_support: the one activity has no amount, so that type is not compared.
    assert rule_hits(plan(ACTIVITIES % 300), "activity-budget") == []


RESOURCES = """\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {id: personal, name: Personal, amount: 900000, staffing_percent: 150}
resources:
  - {role: Förvaltningsledare, share: 100, amount: 600000, budget_line: personal}
  - {role: Funktionskoordinator, share: %s, amount: %s, budget_line: personal}
  - {role: Arkivarie, share: 20, budget_line: okand}
"""


def test_resource_staffing_fires_for_shares_and_for_costs() -> None:
    source = plan(RESOURCES % ("40", "240000"))
    found = hits(source, "resource-staffing")
    assert [(f.line, f.column) for f in found] == [
        at(source, "Förvaltningsledare, share: ^100"), at(source, "amount: ^600000")
    ]
    assert found[0].message == (
        "resursplanens andelar för budgetraden 'Personal' blir 140 %, men raden anger bemanningen 150 %"
    )
    assert found[1].message == (
        "resursplanens kostnader för budgetraden 'Personal' blir 840 000 kr, men raden anger "
        "900 000 kr (60 000 kr för lite)"
    )


def test_resource_staffing_shows_exact_shares_when_rounding_hides_the_difference() -> None:
    finding = hits(plan(RESOURCES % ("50.001", "300000")), "resource-staffing")
    assert [f.message for f in finding] == [
        "resursplanens andelar för budgetraden 'Personal' blir 150,001 %, men raden anger bemanningen 150 %"
    ]


def test_resource_staffing_quiet_when_shares_and_costs_match() -> None:
    assert rule_hits(plan(RESOURCES % ("50", "300000")), "resource-staffing") == []


# ============================================================================================
# fee-income
# ============================================================================================

FEES = """\
budget:
  title: Budget 2025
  year: 2025
  unit: %s
  items:
    - {id: avgifter, name: Medlemsavgifter, kind: income, amount: %d}
financing:
  fees:
    - {id: medlemsavgift, name: Medlemsavgift, price: %s, per: inhabitant, income_line: avgifter}
  population:
    counts: {Älvby: %d, Sjöstad: %d}
"""


def fees(unit: str, stated: int, price: str, a: int, b: int) -> str:
    return plan(FEES % (unit, stated, price, a, b))


def test_fee_income_fires_at_the_income_line_with_both_figures() -> None:
    source = fees("tkr", 5300, "27.50", 120000, 76363)
    finding = one(source, "fee-income")
    assert (finding.line, finding.column) == at(source, "amount: ^5300")
    assert finding.message == (
        "budgetraden 'Medlemsavgifter' anger 5 300 tkr, men avgiften 'Medlemsavgift' ger "
        "27,50 kr × 196 363 invånare = 5 399 982,50 kr, avrundat 5 400 tkr (100 tkr för lite)"
    )


def test_fee_income_rounds_half_away_from_zero() -> None:
    # 27 kr × 500 = 13 500 kr: 13,5 tkr is 14 tkr, not 13 (and not the even 14 by chance: 12 500 is 13).
    assert rule_hits(fees("tkr", 14, "27", 300, 200), "fee-income") == []
    assert rule_hits(fees("tkr", 13, "27", 300, 200), "fee-income") == [
        at(fees("tkr", 13, "27", 300, 200), "amount: ^13}")
    ]
    assert rule_hits(fees("tkr", 13, "25", 300, 200), "fee-income") == []
    assert rule_hits(fees("kr", 1, "0.50", 1, 0), "fee-income") == []
    assert rule_hits(fees("kr", 0, "0.50", 1, 0), "fee-income") == [
        at(fees("kr", 0, "0.50", 1, 0), "amount: ^0}")
    ]


def test_fee_income_in_kronor_is_exact() -> None:
    finding = one(fees("kr", 5300000, "27", 120000, 76363), "fee-income")
    assert finding.message == (
        "budgetraden 'Medlemsavgifter' anger 5 300 000 kr, men avgiften 'Medlemsavgift' ger "
        "27 kr × 196 363 invånare = 5 301 801 kr (1 801 kr för lite)"
    )


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=0, max_value=99_999),
    st.lists(st.integers(min_value=0, max_value=2_000_000), min_size=1, max_size=4),
    st.sampled_from(["kr", "tkr", "mnkr"]),
    st.integers(min_value=-2, max_value=2),
)
# Exact halves, where half away from zero and half to even differ: 0,5 kr, 12,5 tkr, 0,5 mnkr.
@example(50, [1], "kr", 0)
@example(2500, [300, 200], "tkr", 0)
@example(50, [1_000_000], "mnkr", 0)
def test_fee_income_fires_iff_the_stated_income_is_not_the_rounded_income(ore, counts, unit, error) -> None:
    price = Decimal(ore) / 100
    per_unit = {"kr": 1, "tkr": 1000, "mnkr": 1_000_000}[unit]
    exact = price * sum(counts)
    rounded = int((exact / per_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert round_to_unit(exact, per_unit) == rounded
    stated = max(rounded + error, 0)
    population = ", ".join(f"K{i}: {c}" for i, c in enumerate(counts))
    source = plan(f"""\
budget:
  title: Budget 2025
  year: 2025
  unit: {unit}
  items:
    - {{id: avgifter, name: Medlemsavgifter, kind: income, amount: {stated}}}
financing:
  fees:
    - {{id: avgift, name: Avgift, price: "{price:.2f}", per: inhabitant, income_line: avgifter}}
  population:
    counts: {{{population}}}
""")
    found = hits(source, "fee-income")
    assert len(found) == (0 if stated == rounded else 1)
    if found:
        assert message_price(exact) in found[0].message
        assert f"anger {message_amount(stated, unit)}" in found[0].message


def test_fee_income_sums_fees_on_one_line_per_member_and_per_inhabitant() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {id: avgifter, name: Avgifter, kind: income, amount: 900000}
financing:
  fees:
    - {id: fast, name: Fast avgift, price: 100000, per: member, income_line: avgifter}
    - {id: anslutning, name: Anslutningsavgift, price: 4, per: inhabitant, members: [Sjöstad], income_line: avgifter, recurrence: once}
  population:
    counts: {Älvby: 120000, Sjöstad: 80000}
""")
    finding = one(source, "fee-income")
    assert finding.message == (
        "budgetraden 'Avgifter' anger 900 000 kr, men avgifterna ger 'Fast avgift' 100 000 kr × "
        "2 medlemmar = 200 000 kr och 'Anslutningsavgift' 4 kr × 80 000 invånare = 320 000 kr, "
        "tillsammans 520 000 kr (380 000 kr för mycket)"
    )
    assert rule_hits(source.replace("amount: 900000", "amount: 520000"), "fee-income") == []


def test_fee_income_says_a_fee_per_inhabitant_needs_a_population() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  items:
    - {id: avgifter, name: Avgifter, kind: income, amount: 900000}
financing:
  fees:
    - {id: avgift, name: Medlemsavgift, price: 27, per: inhabitant, income_line: avgifter}
""")
    finding = one(source, "fee-income")
    assert (finding.line, finding.column) == at(source, "per: ^inhabitant")
    assert finding.message == (
        "avgiften 'Medlemsavgift' tas ut per invånare, men planen anger ingen folkmängd "
        "(financing.population); intäkten på budgetraden 'Avgifter' kan inte kontrolleras"
    )


def test_a_payer_missing_from_the_population_is_said_once() -> None:
    # unknown-reference names the member; fee-income does not check an income it cannot count.
    source = fees("kr", 0, "27", 1, 1).replace(
        "income_line: avgifter}", "income_line: avgifter, members: [Älvby, Träskby]}"
    )
    found = [(f.rule, f.message) for f in findings_for(source)]
    assert found == [("unknown-reference",
                      "medlemmen 'Träskby' i avgiften 'Medlemsavgift' finns inte i folkmängden "
                      "(financing.population)")]


def test_fee_income_reads_the_budget_column_of_a_multi_year_table() -> None:
    source = columns() + """\
financing:
  fees:
    - {id: avg, name: Medlemsavgift, price: 27, per: inhabitant, income_line: avg}
  population:
    counts: {Älvby: 120000, Sjöstad: 80000}
"""
    assert rule_hits(source, "fee-income") == []
    finding = one(source.replace("Sjöstad: 80000", "Sjöstad: 90000"), "fee-income")
    assert (finding.line, finding.column) == at(source, "kind: income, values: {u24: 5000, b25: ^5400")
    assert finding.message.startswith("i kolumnen Budget 2025: budgetraden 'Medlemsavgifter' anger 5 400 tkr")


# ============================================================================================
# Split keys of every kind
# ============================================================================================

BASIS = """\
financing:
  split_keys:
    - {id: mix, text: 30 % lika och 70 % efter invånare, basis: {equal: EQUAL, population: 70}}
"""
POPULATION = "  population:\n    counts: {Älvby: 120000, Sjöstad: 80000}\n"


def test_split_key_sum_checks_a_basis_key() -> None:
    source = plan(BASIS.replace("EQUAL", "20") + POPULATION)
    finding = one(source, "split-key-sum")
    assert (finding.line, finding.column) == at(source, "basis: ^{equal")
    assert finding.message == "andelarna i fördelningsnyckeln 'mix' blir 20 % + 70 % = 90 %, inte 100 %"
    assert rule_hits(plan(BASIS.replace("EQUAL", "30") + POPULATION), "split-key-sum") == []


def test_split_key_sum_says_a_population_key_needs_a_population() -> None:
    finding = one(plan(BASIS.replace("EQUAL", "30")), "split-key-sum")
    assert (finding.line, finding.column) == at(plan(BASIS.replace("EQUAL", "30")), "population: ^70")
    assert finding.message == (
        "fördelningsnyckeln 'mix' fördelar 70 % efter folkmängd, men planen anger ingen "
        "folkmängd (financing.population)"
    )


def test_basis_keys_do_not_crash_the_per_party_checks() -> None:
    source = plan("""\
budget:
  title: Budget 2025
  year: 2025
  parties: [A, B]
  items:
    - {name: Drift, amount: 1000, split_key: mix, parties: {A: 100, B: 900}}
    - {name: Support, amount: 1000, parties: {A: 100, B: 900}}
financing:
  parties:
    - {id: A, name: Älvby}
    - {id: B, name: Sjöstad}
  split_keys:
    - {id: mix, text: 30 % lika och 70 % efter invånare, basis: {equal: 30, population: 70}}
""" + POPULATION)
    found = findings_for(source)
    crashed = [f.message for f in found if f.rule == "check-crashed"]
    assert not [m for m in crashed if "split-key" in m or "budget" in m], crashed
    assert not {f.rule for f in found} & {"split-key-mismatch", "split-key-unmatched", "split-key-sum"}
