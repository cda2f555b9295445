"""Properties of the budget arithmetic over many generated budgets (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, findings_for
from forvaltning_cli.budget import allocate, matches_key
from forvaltning_cli.model import SplitKey

amounts = st.integers(min_value=0, max_value=10**10)
weights = st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=8).filter(any)


@given(amounts, weights)
def test_allocation_sums_exactly_and_is_never_negative(amount: int, raw: list[int]) -> None:
    parts = allocate(amount, {f"p{i}": w for i, w in enumerate(raw)})
    assert sum(parts.values()) == amount
    assert all(value >= 0 for value in parts.values())
    total = sum(raw)
    for i, w in enumerate(raw):
        exact = Fraction(amount * w, total)
        assert abs(parts[f"p{i}"] - exact) < 1  # each part is its exact share rounded up or down


@given(amounts, weights, st.randoms())
def test_allocation_does_not_depend_on_input_order(amount, raw, rnd) -> None:
    named = {f"p{i}": w for i, w in enumerate(raw)}
    shuffled = list(named.items())
    rnd.shuffle(shuffled)
    assert allocate(amount, named) == allocate(amount, dict(shuffled))


def test_allocation_breaks_ties_by_party_id() -> None:
    assert allocate(1001, {"VGR": 50, "VGK": 50}) == {"VGK": 501, "VGR": 500}
    assert allocate(1001, {"VGK": 50, "VGR": 50}) == {"VGK": 501, "VGR": 500}
    assert allocate(2, {"c": 1, "b": 1, "a": 1}) == {"a": 1, "b": 1, "c": 0}


@given(amounts, st.integers(min_value=0, max_value=100))
def test_allocation_by_a_key_always_matches_that_key(amount: int, vgr: int) -> None:
    key = SplitKey(id="k", text="k", shares={"VGR": Decimal(vgr), "VGK": Decimal(100 - vgr)})
    parts = allocate(amount, {"VGR": vgr, "VGK": 100 - vgr})
    assert matches_key(amount, parts, key)
    if amount >= 2:
        off = dict(parts)
        off["VGR"] += 2 if off["VGK"] >= 2 else -2
        off["VGK"] -= 2 if off["VGK"] >= 2 else -2
        assert not matches_key(amount, off, key)


@settings(max_examples=60, deadline=None)
@given(st.lists(amounts, min_size=1, max_size=12), st.integers(min_value=-3, max_value=3))
def test_budget_total_fires_exactly_when_the_stated_total_is_off(lines: list[int], error: int) -> None:
    stated = max(sum(lines) + error, 0)
    items = "".join(f"    - {{name: Rad {i}, amount: {a}}}\n" for i, a in enumerate(lines))
    plan = MINIMAL_PLAN + f"budget:\n  title: Budget 2025\n  year: 2025\n  items:\n{items}  total: {{label: Totalt, amount: {stated}}}\n"
    hits = [f for f in findings_for(plan) if f.rule == "budget-total"]
    assert len(hits) == (0 if stated == sum(lines) else 1)
    if hits:
        assert f"{sum(lines):,}".replace(",", " ") + " kr" in hits[0].message


def _allocate_by_fractions(amount: int, weights: dict) -> dict[str, int]:
    """The rule as the module documents it, in plain fractions: floor of each exact quota, the
    kronor left to the largest remainders, ties to the first party id."""
    exact = {party: Fraction(w) for party, w in weights.items()}
    total = sum(exact.values())
    quotas = {party: amount * w / total for party, w in exact.items()}
    result = {party: q.numerator // q.denominator for party, q in quotas.items()}
    for party in sorted(quotas, key=lambda p: (-(quotas[p] - result[p]), p))[: amount - sum(result.values())]:
        result[party] += 1
    return result


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=-10**12, max_value=10**12),
       st.dictionaries(st.sampled_from(["VGR", "VGK", "A", "B", "Ö"]),
                       st.one_of(st.integers(0, 1000),
                                 st.decimals(min_value=0, max_value=100, places=3),
                                 st.fractions(min_value=0, max_value=7, max_denominator=97)),
                       min_size=1, max_size=5).filter(lambda w: sum(map(Fraction, w.values())) > 0))
def test_integer_allocation_is_the_documented_rule(amount: int, weights: dict) -> None:
    assert allocate(amount, weights) == _allocate_by_fractions(amount, weights)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**10),
       st.decimals(min_value=0, max_value=100, places=4),
       st.integers(min_value=-3, max_value=3))
def test_matching_a_key_is_within_a_krona_of_the_exact_share(amount: int, percent: Decimal, error: int) -> None:
    key = SplitKey(id="k", text="k", shares={"VGR": percent, "VGK": 100 - percent})
    vgr_exact = Fraction(amount) * Fraction(percent) / 100
    vgr = int(vgr_exact) + error
    parties = {"VGR": vgr, "VGK": amount - vgr}
    expected = abs(vgr - vgr_exact) < 1 and abs(amount - vgr - (amount - vgr_exact)) < 1
    assert matches_key(amount, parties, key) == expected
