"""Swedish formatting has one home (``swedish.py``) and agrees with Babel's sv_SE locale data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forvaltning_cli import swedish
from forvaltning_cli.swedish import signed_amount, unit_amount

NBSP = "\u00a0"


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_amounts_are_grouped_as_babel_groups_them(value: int) -> None:
    from babel.numbers import format_decimal

    expected = format_decimal(abs(value), format="#,##0", locale="sv_SE")
    assert swedish.amount(value) == ("\u2212" if value < 0 else "") + expected
    assert swedish.kronor(value) == swedish.amount(value) + NBSP + "kr"
    assert NBSP not in swedish.kronor(value, space=" ")  # finding messages use plain spaces


@given(st.fractions(min_value=0, max_value=1000, max_denominator=1000))
def test_percentages_round_half_to_even_as_babel(value: Fraction) -> None:
    from babel.numbers import format_decimal

    exact = Decimal(value.numerator) / Decimal(value.denominator)
    expected = format_decimal(exact, format="#,##0.##", locale="sv_SE")
    assert swedish.percent(value) == expected + NBSP + "%"


def test_examples_a_reader_sees() -> None:
    assert swedish.kronor(1_489_000) == f"1{NBSP}489{NBSP}000{NBSP}kr"
    assert swedish.kronor(None) == "–"
    assert swedish.percent(70) == f"70{NBSP}%"
    assert swedish.message_percent(Fraction(1, 3) * 100) == "33,3 %"
    assert swedish.difference(16_000_000, 15_900_000) == "100 000 kr för mycket"
    assert swedish.difference(5_740_000, 5_800_000) == "60 000 kr för lite"
    assert swedish.signed_kronor(-18_000) == "\u221218 000 kr"
    assert swedish.signed_percent(Decimal("10.5")) == "+10,5 %"
    assert swedish.long_date(dt.date(2025, 2, 4)) == "4 februari 2025"
    assert swedish.month_list([3, 8, 12]) == "mars, augusti och december"
    assert swedish.month_label(dt.date(2025, 1, 1)) == "jan. 2025"


def test_month_names_come_from_babel() -> None:
    from babel.dates import get_month_names

    names = get_month_names("wide", locale="sv_SE")
    assert [swedish.month_name(m) for m in range(1, 13)] == [names[m] for m in range(1, 13)]


def test_participles_agree_with_the_noun() -> None:
    assert swedish.participle("Avsnitt 2: stycke", "added") == "tillagt"
    assert swedish.participle("Kortsiktigt mål", "changed") == "ändrat"
    assert swedish.participle("Nyutveckling", "removed") == "borttagen"
    assert swedish.count(1, "fil", "filer") == "1 fil" and swedish.count(3, "fil", "filer") == "3 filer"


@pytest.mark.parametrize("value, unit, shown", [
    (5400, "tkr", "5 400 tkr"),
    (-100, "tkr", "−100 tkr"),
    (1489000, "kr", "1 489 000 kr"),
    (Decimal("27.50"), "kr", "27,50 kr"),
    (Decimal("27.5"), "kr", "27,50 kr"),
    (Decimal("27"), "kr", "27 kr"),
    (Decimal("5399982.5"), "kr", "5 399 982,50 kr"),
    (Decimal("-0.5"), "kr", "−0,50 kr"),
    (Decimal("-1234.05"), "kr", "−1 234,05 kr"),
])
def test_an_amount_is_shown_in_its_unit_with_ore_when_there_are_any(value, unit, shown) -> None:
    assert unit_amount(value, unit, space=" ") == shown
    assert unit_amount(value, unit) == shown.replace(" ", "\u00a0")


def test_a_change_carries_its_sign_and_unit() -> None:
    assert [signed_amount(v, "tkr") for v in (200, -18, 0)] == ["+200 tkr", "−18 tkr", "±0 tkr"]
