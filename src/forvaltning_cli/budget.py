"""Budget arithmetic over the plan model: computed sums, results, split-key shares, exact
allocation, and the amount columns a table states.

Money is whole units of the table (``int``: kronor, tkr or mnkr); shares are exact fractions.
Nothing here uses ``float``.

What the sums mean (the rule docs of ``budget-total``, ``budget-subtotal`` and ``budget-result``
say the same to plan authors):

* a group's subtotal is the sum of the group's own lines, whatever their kind;
* the budget's total is the total *cost*: the lines of kind cost and depreciation (in a table with
  costs written negative, a negative sum); income and investments are not in it. A table whose
  lines are all costs therefore totals every line, as before;
* a result row is income minus costs (and depreciation) of every line above it; investments never
  count. With ``costs_negative: true`` costs are written negative, so the result is the plain sum.

Rounding rule (documented in the README): an amount is allocated over shares with the
largest-remainder method. Each part first gets the whole kronor of its exact share (rounded
down); the kronor left over go one each to the parts with the largest remainders; equal
remainders go to the part whose identifier sorts first (so the result does not depend on the
order the parts are listed in). The parts therefore always sum exactly to the amount.
"""

from __future__ import annotations

import functools
import math

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from .model import Budget, BudgetGroup, BudgetLine, BudgetResult, SplitKey, StatedSum
from .swedish import unit_amount

# The kinds of line that are costs: what the budget total sums, what a result subtracts.
COST_KINDS = frozenset({"cost", "depreciation"})
# The pm3 activity types as the plan's readers know them.
ACTIVITY_TYPE_LABELS = {
    "forvaltningsstyrning": "förvaltningsstyrning",
    "vidmakthallande": "vidmakthållande",
    "vidareutveckling": "vidareutveckling",
    "nyutveckling": "nyutveckling",
    "drift_support": "drift och support",
}


@dataclass(frozen=True, slots=True)
class LineAt:
    """A budget line with its data path and the group it belongs to (if any)."""

    path: tuple
    line: BudgetLine
    group: BudgetGroup | None
    group_path: tuple | None


def iter_lines(budget: Budget) -> Iterator[LineAt]:
    """Every line (cost, income, depreciation, investment) in document order, with its path in
    the plan data; stated results are not lines."""
    for i, item in enumerate(budget.items):
        here = ("budget", "items", i)
        if isinstance(item, BudgetResult):
            continue
        if isinstance(item, BudgetGroup):
            for j, line in enumerate(item.lines):
                yield LineAt(here + ("lines", j), line, item, here)
        else:
            yield LineAt(here, item, None, None)


def iter_stated(budget: Budget) -> Iterator[tuple[tuple, BudgetLine | StatedSum | BudgetResult]]:
    """Every line, stated subtotal, result and the total, with its data path, in document order."""
    for i, item in enumerate(budget.items):
        here = ("budget", "items", i)
        if isinstance(item, BudgetGroup):
            for j, line in enumerate(item.lines):
                yield here + ("lines", j), line
            if item.subtotal:
                yield here + ("subtotal",), item.subtotal
        else:
            yield here, item
    if budget.total:
        yield ("budget", "total"), budget.total


def stated_label(item: BudgetLine | StatedSum | BudgetResult, default: str = "summan") -> str:
    """How a message names a row: ``raden 'Drift'``, ``resultatraden 'Resultat'``, ``'Totalt'``."""
    if isinstance(item, BudgetLine):
        return f"raden '{item.name}'"
    if isinstance(item, BudgetResult):
        return f"resultatraden '{item.result}'"
    return f"summaraden '{item.label}'" if item.label else default


# --------------------------------------------------------------------------------------------
# The amount columns of a table
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AmountColumn:
    """One column of amounts that a table states: the budget year (``id`` None: each row's
    ``amount``, which in a table with year columns is read from the budget column) or another
    year column (``values[id]``)."""

    id: str | None
    heading: str | None  # None for a budget without year columns

    def value(self, item) -> int | None:
        return item.column_value(self.id)

    def path(self, item, here: tuple) -> tuple:
        """Where the author wrote this column's amount of ``item`` (at ``here``)."""
        if self.id is None:
            source = item.amount_from
            return here + (("values", source) if source else ("amount",))
        return here + ("values", self.id)

    @property
    def prefix(self) -> str:
        """What a message starts with to name the column ("i kolumnen Plan 2020: ")."""
        return f"i kolumnen {self.heading}: " if self.heading else ""


def amount_columns(budget: Budget) -> list[AmountColumn]:
    """The columns whose sums are checked: the budget year alone for a simple budget; each year
    column (once per id) for a table with ``columns``, the budget column being the rows'
    ``amount``. A table whose columns include no budget-year column has only its year columns."""
    if not budget.columns:
        return [AmountColumn(None, None)]
    budget_column = budget.budget_column
    seen: set[str] = set()
    out = []
    for column in budget.columns:
        if column.id in seen:
            continue  # duplicate-id reports it
        seen.add(column.id)
        out.append(AmountColumn(None if column is budget_column else column.id, column.heading))
    return out


# --------------------------------------------------------------------------------------------
# Amounts in messages
# --------------------------------------------------------------------------------------------


def message_amount(value: int, unit: str = "kr") -> str:
    """An amount in a finding message, in the table's unit: ``5 400 000 kr``, ``5 400 tkr``,
    ``−100 tkr``."""
    return unit_amount(value, unit, space=" ")


def message_difference(stated: int, computed: int, unit: str = "kr") -> str:
    """How far a stated figure is off: ``100 tkr för mycket`` / ``60 000 kr för lite``."""
    off = stated - computed
    return f"{message_amount(abs(off), unit)} för {'mycket' if off > 0 else 'lite'}"


def message_price(value: Decimal) -> str:
    """Exact kronor with öre when there are any: ``27 kr``, ``27,50 kr``, ``5 399 982,50 kr``."""
    return unit_amount(value, "kr", space=" ")


def round_to_unit(kronor: Decimal | int, kronor_per_unit: int) -> int:
    """Exact kronor in whole units of a table (kr, tkr, mnkr), rounded half away from zero:
    ``5 399 500 kr`` is 5 400 tkr, ``5 399 499,99 kr`` is 5 399 tkr."""
    with localcontext() as context:
        context.prec = 80  # prices have two decimals and counts are bounded: this is exact
        units = Decimal(kronor) / kronor_per_unit
        return int(units.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------------------------
# Sums
# --------------------------------------------------------------------------------------------


def group_sum(group: BudgetGroup, column: str | None = None) -> int | None:
    """The sum of a group's lines in a column (the budget year by default), or ``None`` when a
    line has no amount there."""
    amounts = [line.column_value(column) for line in group.lines]
    return None if any(a is None for a in amounts) else sum(amounts)  # type: ignore[arg-type]


def group_amount(group: BudgetGroup, column: str | None = None) -> int | None:
    """What a group contributes to a column: its lines' sum, else its stated subtotal."""
    computed = group_sum(group, column)
    if computed is not None:
        return computed
    return group.subtotal.column_value(column) if group.subtotal else None


def _group_cost(group: BudgetGroup, column: str | None) -> int | None:
    """What a group contributes to the total cost: its cost lines' sum; a group of costs whose
    lines have no amounts counts with its stated subtotal."""
    costs = [line for line in group.lines if line.kind in COST_KINDS]
    amounts = [line.column_value(column) for line in costs]
    if all(a is not None for a in amounts):
        return sum(amounts)  # type: ignore[arg-type]
    if len(costs) == len(group.lines) and group.subtotal:
        return group.subtotal.column_value(column)
    return None


def has_non_cost_lines(budget: Budget) -> bool:
    """Whether the table has income, investments or results beside its costs."""
    return any(isinstance(item, BudgetResult) for item in budget.items) or any(
        at.line.kind not in COST_KINDS for at in iter_lines(budget)
    )


def computed_total(budget: Budget, column: str | None = None) -> int | None:
    """The budget's total cost in a column (the budget year by default), computed from the cost
    lines (kind cost and depreciation; a group of costs without line amounts counts with its
    stated subtotal); ``None`` when some amount is unknown or the table has lines but no cost
    lines (then it is not known what its total sums)."""
    total = 0
    any_cost = False
    lines = False
    for item in budget.items:
        if isinstance(item, BudgetResult):
            continue
        lines = True
        if isinstance(item, BudgetGroup):
            if not any(line.kind in COST_KINDS for line in item.lines):
                continue
            amount = _group_cost(item, column)
        elif item.kind in COST_KINDS:
            amount = item.column_value(column)
        else:
            continue
        any_cost = True
        if amount is None:
            return None
        total += amount
    return total if any_cost or not lines else None


def lines_above(budget: Budget, index: int) -> list[BudgetLine]:
    """The lines of the items before ``budget.items[index]``, in order."""
    out: list[BudgetLine] = []
    for item in budget.items[:index]:
        if isinstance(item, BudgetGroup):
            out.extend(item.lines)
        elif isinstance(item, BudgetLine):
            out.append(item)
    return out


def computed_result(budget: Budget, index: int, column: str | None = None) -> int | None:
    """What the result row ``budget.items[index]`` should state in a column: income minus costs
    and depreciation of every line above it (with costs written negative: their plain sum);
    investments never count. ``None`` when a counted line has no amount there, or none counts."""
    total = 0
    counted = False
    for line in lines_above(budget, index):
        if line.kind == "investment":
            continue
        value = line.column_value(column)
        if value is None:
            return None
        counted = True
        total += -value if line.kind in COST_KINDS and not budget.costs_negative else value
    return total if counted else None


def positive_amount(budget: Budget, line: BudgetLine) -> int | None:
    """A line's budget-year amount as the parts it is made of state it (party amounts, activities,
    resources): made positive for a cost written negative (``costs_negative``)."""
    if line.amount is not None and budget.costs_negative and line.kind in COST_KINDS:
        return -line.amount
    return line.amount


def group_party_sum(group: BudgetGroup, party: str) -> int | None:
    """One party's share of a group: the sum of its lines' party amounts, or ``None`` if a line
    with an amount lacks it."""
    values = [(line.parties or {}).get(party) for line in group.lines if line.amount]
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


def party_column_sum(budget: Budget, party: str) -> int | None:
    """The sum of one party's column over the cost lines (what the total sums), or ``None`` if a
    cost line with an amount lacks it."""
    total = 0
    for at in iter_lines(budget):
        if at.line.kind not in COST_KINDS:
            continue
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
    """The key's shares per party as exact fractions of one; empty for a key that splits
    between members (``basis``), which is not per party."""
    return dict(_fractions(tuple((key.shares or {}).items())))


@functools.lru_cache(maxsize=1024)
def _fractions(percents: tuple) -> tuple:
    # A plan with thousands of lines asks for the same few keys' fractions thousands of times.
    return tuple((party, Fraction(percent) / 100) for party, percent in percents)


@functools.lru_cache(maxsize=1024)
def _integer_shares(percents: tuple) -> dict[str, tuple[int, int]]:
    """Each party's share as (numerator, denominator), for :func:`matches_key` (read-only)."""
    return {party: (w.numerator, w.denominator) for party, w in _fractions(percents)}


def exact_shares(amount: int, weights: Mapping[str, Fraction]) -> dict[str, Fraction]:
    return {party: amount * weight for party, weight in weights.items()}


def allocate(amount: int, weights: Mapping[str, Fraction | Decimal | int]) -> dict[str, int]:
    """Split ``amount`` kronor in proportion to ``weights`` (largest remainder; see module doc).

    Weights need not sum to one; they are normalised. All-zero weights are an error. The
    arithmetic is in integers: the weights over their common denominator, each quota
    ``amount × w / W`` as a floor and a remainder (ties go to the party first in name order).
    """
    exact = {party: weight if isinstance(weight, Fraction) else Fraction(weight) for party, weight in weights.items()}
    if any(w < 0 for w in exact.values()):
        raise ValueError("negative weight")
    denominator = math.lcm(*(w.denominator for w in exact.values())) if exact else 1
    whole = {party: w.numerator * (denominator // w.denominator) for party, w in exact.items()}
    total_weight = sum(whole.values())
    if total_weight == 0:
        raise ValueError("all weights are zero")
    result: dict[str, int] = {}
    remainders: dict[str, int] = {}
    for party, weight in whole.items():
        result[party], remainders[party] = divmod(amount * weight, total_weight)
    left = amount - sum(result.values())
    order = sorted(remainders, key=lambda party: (-remainders[party], party))
    for party in order[:left]:
        result[party] += 1
    return result


def matches_key(amount: int, parties: Mapping[str, int], key: SplitKey) -> bool:
    """Whether stated party amounts follow ``key`` to the krona.

    They do when they name the same parties and each differs from its exact share by less than
    one krona (the exact share rounded up or down), and together they make the line amount. A key
    that is not per party (``basis``) matches nothing.
    """
    shares = _integer_shares(tuple((key.shares or {}).items()))
    if not shares or sum(parties.values()) != amount or any(party not in shares for party in parties):
        return False
    # |stated − amount × share| < 1, in integers: |stated × d − amount × n| < d for share n/d.
    return all(abs(parties.get(party, 0) * d - amount * n) < d for party, (n, d) in shares.items())
