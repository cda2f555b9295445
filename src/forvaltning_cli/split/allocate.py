"""Who pays what: a plan's budget split by its financing model, exactly to the krona.

The split is hierarchical, and every level sums exactly to its parent:

1. each budget line is split between the parties by its split key (named on the line, or the
   key its stated amounts follow); the parties' totals are the sums of their line amounts;
2. with financing sources, each line is split between the sources by their shares, and each
   source's total is the sum of its line amounts;
3. with a population file, the share of the party that consists of municipalities is split
   between them in proportion to population;
4. with ``monthly``, every amount is spread over the months of the plan period.

Every split uses :func:`~forvaltning_cli.budget.allocate` (largest remainder). Ties go to the
party or source whose id sorts first, to the municipality whose name sorts first, and to the
earliest month — so the result never depends on the order of the input.

What is split is the budget year's costs, in kronor:

- amounts in a ``tkr`` or ``mnkr`` table are converted exactly to kronor first
  (``Budget.kronor_per_unit``); whether stated party amounts follow a key is judged in the
  table's own unit (a stated 333 tkr follows a third of 1 000 tkr), and a difference smaller
  than one unit is no difference;
- only costs are split: lines of kind ``cost`` and ``depreciation``. Income (member fees,
  sales, grants) and investments pay for the costs or are not costs; they are listed as left out
  (:attr:`Split.left_out`), and result rows are neither. In a result statement that writes
  costs as negative numbers (``costs_negative``) a cost of −3 200 is split as 3 200 kr;
- a split key with ``shares`` splits between parties; a key with ``basis`` splits between the
  members — a share equally, a share by inhabitants (``financing.population``) — by the
  largest remainder over the combined exact weights;
- a line without a named key and without stated party amounts follows the plan's only key,
  when it has exactly one.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from pathlib import Path

from ..errors import PlanError
from ..budget import COST_KINDS, allocate, group_sum, matches_key, percent_total, positive_amount, shares
from ..model import BudgetGroup, BudgetLine, BudgetResult, Plan, SplitKey
from .fees import FeeTable


class KeySource(StrEnum):
    """How a line's split key was found."""

    NAMED = "named"  # the line names it
    FOLLOWS = "follows"  # the stated party amounts follow it
    NEAREST = "nearest"  # the stated amounts follow no key; the nearest one is applied
    ONLY = "only"  # the line names no key and states no amounts; the plan has only this key
    NONE = "none"  # no key applies


class SplitProblem(PlanError):
    """The plan or the population data cannot be split; the message says which rows and why."""


@dataclass(slots=True)
class LineSplit:
    id: str
    name: str
    amount: int | None
    key: str | None  # the key applied
    key_source: KeySource
    also_follows: list[str] = field(default_factory=list)  # other keys the stated amounts follow equally
    computed: dict[str, int] = field(default_factory=dict)
    stated: dict[str, int] | None = None
    sources: dict[str, int] = field(default_factory=dict)
    tolerance: int = 1  # kronor: one unit of the table (a stated tkr amount is rounded to 1 000 kr)
    activity_type: str | None = None  # the line's pm3 activity type (budget.ACTIVITY_TYPE_LABELS), if stated

    @property
    def differences(self) -> dict[str, int]:
        """Stated minus computed, for the parties where they differ by a unit of the table or more."""
        if not self.stated or not self.computed:
            return {}
        return {p: self.stated.get(p, 0) - a for p, a in self.computed.items()
                if abs(self.stated.get(p, 0) - a) >= self.tolerance}


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A budget line that is not split (income or investment), its amount in kronor."""

    id: str
    name: str
    kind: str
    amount: int | None


@dataclass(slots=True)
class Split:
    plan: Plan
    parties: list[str]
    lines: list[LineSplit]
    stated_totals: dict[str, int] | None
    sources: list[str]
    municipalities: dict[str, int] | None = None
    municipality_party: str | None = None
    months: list[dt.date] | None = None
    left_out: list[LeftOut] = field(default_factory=list)
    unit: str = "kr"  # the unit the table states its amounts in; everything here is kronor
    fees: FeeTable | None = None

    def party_totals(self) -> dict[str, int]:
        return {p: sum(line.computed.get(p, 0) for line in self.lines) for p in self.parties}

    def source_totals(self) -> dict[str, int]:
        return {s: sum(line.sources.get(s, 0) for line in self.lines) for s in self.sources}

    def total(self) -> int:
        return sum(line.amount or 0 for line in self.lines)

    def monthly(self, amount: int) -> list[int]:
        """``amount`` spread over the period's months (earliest months take leftover kronor)."""
        assert self.months is not None
        weights = {f"{i:03d}": 1 for i in range(len(self.months))}
        spread = allocate(amount, weights)
        return [spread[f"{i:03d}"] for i in range(len(self.months))]


def _nearest_key(amount: int, stated: dict[str, int], keys: list[SplitKey]) -> SplitKey | None:
    """The key whose allocation is closest to the stated amounts (first listed on a tie)."""
    best, best_distance = None, None
    for key in keys:
        if key.shares is None or any(party not in key.shares for party in stated) \
                or percent_total(key.shares.values()) != 100:
            continue
        computed = allocate(amount, shares(key))
        distance = sum(abs(stated.get(p, 0) - computed[p]) for p in computed)
        if best_distance is None or distance < best_distance:
            best, best_distance = key, distance
    return best


def budget_entries(budget) -> list[tuple[BudgetLine, BudgetGroup | None]]:
    """Every line of the budget in order, as split and follow-up count them; a group whose lines
    have no amounts counts as one line with its stated subtotal (as it does in the budget total),
    of its lines' kind when they agree and a cost otherwise — paired with that group (``None``
    for a line of its own). Result rows are not lines."""
    out: list[tuple[BudgetLine, BudgetGroup | None]] = []
    for item in budget.items:
        if isinstance(item, BudgetResult):
            continue
        if isinstance(item, BudgetGroup):
            if group_sum(item) is None and item.subtotal and item.subtotal.amount is not None:
                name = item.subtotal.label or item.group or ", ".join(line.name for line in item.lines)
                kinds = {line.kind for line in item.lines}
                types = {line.activity_type for line in item.lines}
                out.append((BudgetLine(id=item.id, name=name, amount=item.subtotal.amount, parties=item.subtotal.parties,
                                       kind=kinds.pop() if len(kinds) == 1 else "cost",
                                       activity_type=types.pop() if len(types) == 1 else None), item))
            else:
                out.extend((line, None) for line in item.lines)
        else:
            out.append((item, None))
    return out


def _signed_allocate(amount: int, weights) -> dict[str, int]:
    """:func:`allocate` for a negative amount too (a credit): the mirror of the positive split."""
    if amount >= 0:
        return allocate(amount, weights)
    return {party: -part for party, part in allocate(-amount, weights).items()}


def basis_weights(key: SplitKey, plan: Plan) -> dict[str, Fraction]:
    """The members' exact weights under a key with ``basis``: ``equal`` % shared equally and
    ``population`` % by inhabitants (``financing.population.counts``); they sum to one."""
    basis = key.basis
    assert basis is not None
    counts = plan.financing.population.counts if plan.financing.population else {}
    members = list(dict.fromkeys(basis.members or counts))
    equal, by_population = Fraction(basis.equal or 0), Fraction(basis.population or 0)
    if equal + by_population != 100:
        raise SplitProblem(f"fördelningsnyckeln '{key.id}' summerar inte till 100 % (lika + efter folkmängd)")
    if not members:
        raise SplitProblem(f"fördelningsnyckeln '{key.id}' nämner inga medlemmar och planen saknar "
                           "financing.population")
    weights = {member: equal / 100 / len(members) for member in members}
    if by_population:
        lacking = [member for member in members if member not in counts]
        if lacking:
            raise SplitProblem(f"fördelningsnyckeln '{key.id}' fördelar efter folkmängd, men financing.population "
                               "saknar " + ", ".join(lacking))
        inhabitants = sum(counts[member] for member in members)
        if inhabitants == 0:
            raise SplitProblem(f"fördelningsnyckeln '{key.id}' fördelar efter folkmängd, men alla medlemmar har "
                               "folkmängd 0")
        for member in members:
            weights[member] += by_population / 100 * Fraction(counts[member], inhabitants)
    return weights


def _key_weights(key: SplitKey, plan: Plan) -> dict[str, Fraction]:
    if key.shares is None:
        return basis_weights(key, plan)
    if percent_total(key.shares.values()) != 100:
        raise SplitProblem(f"fördelningsnyckeln '{key.id}' summerar inte till 100 %")
    return shares(key)


def _split_parties(plan: Plan, keys: list[SplitKey]) -> list[str]:
    """The columns: the budget's parties (or the parties of the keys), then the members that keys
    with ``basis`` split between."""
    budget = plan.budget
    parties = list(budget.parties) or sorted({p for k in keys if k.shares for p in k.shares})
    for key in keys:
        if key.basis is not None:
            try:
                members = list(basis_weights(key, plan))
            except SplitProblem:
                continue  # reported when a line uses the key
            parties += [m for m in members if m not in parties]
    return parties


def _choose_key(line: BudgetLine, amount: int, keys: list[SplitKey], entry: LineSplit) -> SplitKey | None:
    """The key for a line (``amount`` in the table's unit, costs positive), noting how it was found."""
    by_id = {k.id: k for k in keys}
    key = by_id.get(line.split_key or "")
    if line.split_key and key is None:
        raise SplitProblem(f"raden '{line.name}' anger den okända fördelningsnyckeln '{line.split_key}'")
    if key is not None:
        entry.key_source = KeySource.NAMED
    elif line.parties:
        with_shares = [k for k in keys if k.shares is not None]
        following = [k for k in with_shares if matches_key(amount, line.parties, k)]
        if following:
            key, entry.key_source = following[0], KeySource.FOLLOWS
            entry.also_follows = [k.id for k in following[1:]]
        else:
            key, entry.key_source = _nearest_key(amount, line.parties, with_shares), KeySource.NEAREST
    elif len(keys) == 1:
        key, entry.key_source = keys[0], KeySource.ONLY
    entry.key = key.id if key else None
    return key


def split_plan(plan: Plan) -> Split:
    """Split every cost line of the budget year between the parties (or members) and the
    financing sources, in kronor; income and investment lines are listed as left out."""
    from .fees import fee_table

    budget = plan.budget
    if budget is None:
        raise SplitProblem("planen har ingen budget att fördela")
    unit = budget.kronor_per_unit
    keys = [k for k in plan.financing.split_keys]
    parties = _split_parties(plan, keys)
    sources = [s.id for s in plan.financing.sources]
    if sources and percent_total(s.share for s in plan.financing.sources) != 100:
        raise SplitProblem("finansieringskällornas andelar blir inte 100 %; rätta planen först (plan validate)")
    lines, left_out = [], []
    for line, _ in budget_entries(budget):
        if line.kind not in COST_KINDS:  # income pays for the costs; an investment is not one
            left_out.append(LeftOut(line.id or line.name, line.name, line.kind,
                                    None if line.amount is None else line.amount * unit))
            continue
        amount = positive_amount(budget, line)  # a result statement writes costs as negative numbers
        stated = {p: v * unit for p, v in line.parties.items()} if line.parties is not None else None
        entry = LineSplit(line.id or line.name, line.name, None if amount is None else amount * unit, None,
                          KeySource.NONE, stated=stated, tolerance=unit, activity_type=line.activity_type)
        if amount is not None:
            key = _choose_key(line, amount, keys, entry)
            if key is not None:
                entry.computed = _signed_allocate(amount * unit, _key_weights(key, plan))
            if sources:
                entry.sources = _signed_allocate(amount * unit, {s.id: s.share for s in plan.financing.sources})
        lines.append(entry)
    stated_totals = budget.total.parties if budget.total else None
    if stated_totals is not None:
        stated_totals = {p: v * unit for p, v in stated_totals.items()}
    return Split(plan, parties, lines, stated_totals, sources, left_out=left_out, unit=budget.unit,
                 fees=fee_table(plan))


# ------------------------------------------------------------------------------------------
# Population
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Population:
    figures: dict[str, int]  # municipality → inhabitants, in file order
    source: str


def _cells(path: Path, number: int, line: str) -> list[str]:
    """One CSV row; what the csv module refuses (a NUL, an oversized field) names the row."""
    try:
        return next(csv.reader([line]), [])
    except csv.Error as exc:
        raise SplitProblem(f"{path}:{number}: raden kan inte läsas som CSV ({exc})") from None


def read_population(path: Path) -> Population:
    """Read ``kommun,folkmangd[,…]`` (UTF-8, ``#`` comment lines); every problem is reported
    with its row numbers, and nothing is returned from incomplete data. A file that cannot be
    read (missing, not a regular file, over 10 MB, not UTF-8) is a usage error (exit 2)."""
    from ..paths import read_small_file

    text = read_small_file(path, "folkmängdsfilen")  # not a small regular UTF-8 file: exit 2
    # Only \n ends a row (as in editors and csv); splitlines() would also split at \x0b, \u2028, …
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        raise SplitProblem(f"folkmängdsfilen '{path}' är tom")
    header_no, header_line = rows[0]
    header = [h.strip().lower() for h in _cells(path, header_no, header_line)]
    if header[:2] != ["kommun", "folkmangd"]:
        raise SplitProblem(f"{path}:{header_no}: rubrikraden ska börja med kommun,folkmangd (är {header_line!r})")
    problems: list[str] = []
    figures: dict[str, int] = {}
    first_row: dict[str, int] = {}
    for number, line in rows[1:]:
        try:
            cells = _cells(path, number, line)
        except SplitProblem as exc:
            problems.append(f"rad {number}: {exc.message.split(': ', 2)[-1]}")
            continue
        name = cells[0].strip() if cells else ""
        raw = cells[1].strip() if len(cells) > 1 else ""
        if not name:
            problems.append(f"rad {number}: kommunnamn saknas")
            continue
        if name in first_row:
            problems.append(f"rad {number}: {name} finns redan på rad {first_row[name]}")
            continue
        first_row[name] = number
        if raw == "":
            problems.append(f"rad {number}: {name} saknar folkmängd")
        elif not raw.isdigit():
            kind = "negativ" if raw.startswith("-") and raw[1:].isdigit() else "inte ett heltal"
            problems.append(f"rad {number}: folkmängden för {name} är {kind} ({raw!r})")
        else:
            figures[name] = int(raw)
    if problems:
        raise SplitProblem(f"{path}: folkmängdsfilen har fel; inget fördelas:\n  " + "\n  ".join(problems))
    return Population(figures, str(path))


def split_population(split: Split, population: Population) -> None:
    """Split the municipalities' party among the municipalities by population (in place)."""
    plan = split.plan
    candidates = [p for p in plan.financing.parties if p.members or p.member_count]
    if not candidates:
        raise SplitProblem("ingen part i financing.parties består av kommuner (ange member_count eller members)")
    party = candidates[0]
    figures = population.figures
    problems = []
    if party.members:
        unknown = [name for name in figures if name not in party.members]
        lacking = [name for name in party.members if name not in figures]
        if unknown:
            problems.append("kommuner som inte ingår i " + party.id + ": " + ", ".join(unknown))
        if lacking:
            problems.append("kommuner i planen som filen saknar: " + ", ".join(lacking))
    if party.member_count and len(figures) != party.member_count:
        problems.append(f"filen har {len(figures)} kommuner, men {party.id} består av {party.member_count}")
    if not problems and sum(figures.values()) == 0:
        problems.append("alla kommuner har folkmängd 0")
    if problems:
        raise SplitProblem(f"{population.source}: " + "; ".join(problems) + "; inget fördelas")
    total = split.party_totals().get(party.id, 0)
    ordered = dict(sorted(figures.items()))
    allocated = allocate(total, ordered)
    split.municipalities = {name: allocated[name] for name in figures}
    split.municipality_party = party.id


MAX_MONTHS = 120  # ten years: a monthly table longer than that is a mistyped period


def period_months(plan: Plan) -> list[dt.date]:
    """The first day of each month of the plan period; more than :data:`MAX_MONTHS` months is a
    :class:`SplitProblem` (a period from year 1 to 9999 would take minutes and fill gigabytes)."""
    first, last = plan.period.first_day, plan.period.last_day
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        raise SplitProblem(f"perioden {first.isoformat()} – {last.isoformat()} har {count} månader; "
                           f"--monthly fördelar högst {MAX_MONTHS} månader (rätta perioden eller utelämna --monthly)")
    months, current = [], dt.date(first.year, first.month, 1)
    while current <= last:
        months.append(current)
        current = dt.date(current.year + (current.month == 12), current.month % 12 + 1, 1)
    return months
