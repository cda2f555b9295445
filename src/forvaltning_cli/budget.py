"""Budget arithmetic over the plan model: computed sums, split-key shares, exact allocation.

Money is whole kronor (``int``); shares are exact fractions. Nothing here uses ``float``.

Rounding rule (documented in the README): an amount is allocated over shares with the
largest-remainder method. Each part first gets the whole kronor of its exact share (rounded
down); the kronor left over go one each to the parts with the largest remainders; equal
remainders go to the part whose identifier sorts first (so the result does not depend on the
order the parts are listed in). The parts therefore always sum exactly to the amount.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .model import Budget, BudgetGroup, BudgetLine, SplitKey


@dataclass(frozen=True, slots=True)
class LineAt:
    """A budget line with its data path and the group it belongs to (if any)."""

    path: tuple
    line: BudgetLine
    group: BudgetGroup | None
    group_path: tuple | None


def iter_lines(budget: Budget) -> Iterator[LineAt]:
    """Every cost line in document order, with its path in the plan data."""
    for i, item in enumerate(budget.items):
        here = ("budget", "items", i)
        if isinstance(item, BudgetGroup):
            for j, line in enumerate(item.lines):
                yield LineAt(here + ("lines", j), line, item, here)
        else:
            yield LineAt(here, item, None, None)


def group_sum(group: BudgetGroup) -> int | None:
    """The sum of a group's lines, or ``None`` when a line has no amount."""
    amounts = [line.amount for line in group.lines]
    return None if any(a is None for a in amounts) else sum(amounts)  # type: ignore[arg-type]


def group_amount(group: BudgetGroup) -> int | None:
    """What a group contributes to the total: its lines' sum, else its stated subtotal."""
    computed = group_sum(group)
    if computed is not None:
        return computed
    return group.subtotal.amount if group.subtotal else None


def computed_total(budget: Budget) -> int | None:
    """The budget total computed from the lines (a group without line amounts counts with
    its stated subtotal); ``None`` when some amount is unknown."""
    total = 0
    for item in budget.items:
        amount = group_amount(item) if isinstance(item, BudgetGroup) else item.amount
        if amount is None:
            return None
        total += amount
    return total


def group_party_sum(group: BudgetGroup, party: str) -> int | None:
    """One party's share of a group: the sum of its lines' party amounts, or ``None`` if a line
    with an amount lacks it."""
    values = [(line.parties or {}).get(party) for line in group.lines if line.amount]
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


def party_column_sum(budget: Budget, party: str) -> int | None:
    """The sum of one party's column, or ``None`` if a line with an amount lacks it."""
    total = 0
    for at in iter_lines(budget):
        parties = at.line.parties or {}
        if party in parties:
            total += parties[party]
        elif at.line.amount:  # a line of 0 kr or without amount may leave the party empty
            return None
    return total


def percent_total(values) -> Fraction:
    """The exact sum of percentages (a Decimal sum rounds to 28 digits: 70 + 30.000…0001 is not 100)."""
    return sum(map(Fraction, values), Fraction(0))


def shares(key: SplitKey) -> dict[str, Fraction]:
    """The key's shares as exact fractions of one."""
    return {party: Fraction(percent) / 100 for party, percent in key.shares.items()}


def exact_shares(amount: int, weights: Mapping[str, Fraction]) -> dict[str, Fraction]:
    return {party: amount * weight for party, weight in weights.items()}


def allocate(amount: int, weights: Mapping[str, Fraction | Decimal | int]) -> dict[str, int]:
    """Split ``amount`` kronor in proportion to ``weights`` (largest remainder; see module doc).

    Weights need not sum to one; they are normalised. All-zero weights are an error.
    """
    exact = {party: Fraction(weight) for party, weight in weights.items()}
    if any(w < 0 for w in exact.values()):
        raise ValueError("negative weight")
    total_weight = sum(exact.values())
    if total_weight == 0:
        raise ValueError("all weights are zero")
    quotas = {party: amount * w / total_weight for party, w in exact.items()}
    result = {party: quota.numerator // quota.denominator for party, quota in quotas.items()}
    left = amount - sum(result.values())
    order = sorted(quotas, key=lambda party: (-(quotas[party] - result[party]), party))
    for party in order[:left]:
        result[party] += 1
    return result


def matches_key(amount: int, parties: Mapping[str, int], key: SplitKey) -> bool:
    """Whether stated party amounts follow ``key`` to the krona.

    They do when they name the same parties and each differs from its exact share by less than
    one krona (the exact share rounded up or down), and together they make the line amount.
    """
    weights = shares(key)
    if any(party not in weights for party in parties) or sum(parties.values()) != amount:
        return False
    exact = exact_shares(amount, weights)
    return all(abs(parties.get(party, 0) - exact[party]) < 1 for party in weights)
