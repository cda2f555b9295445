"""Every plan of a year in one picture: per object its cost, parties, activity types, validation
status and change against last year; per municipality and per month across all plans.

All figures are whole kronor (``int``), taken from the same code as ``plan split``:

- an object's cost is what ``split_plan`` splits: the budget year's cost lines (kind cost and
  depreciation), converted exactly to kronor (tkr, mnkr); the stated total is kept beside it and
  never replaced by it;
- per party: the split's party totals (each line by its key, a key with ``basis`` between the
  members: a share equally, a share by inhabitants — ``split.basis_weights``);
- per municipality: the members of keys with ``basis`` (the plan's own keys) and, with a
  population file, the share of the party that consists of municipalities (``split_population``);
  a plan whose share cannot be split is listed as not split, with the reason;
- per month: the cost spread over the months of the plan period (largest remainder).

Objects are matched across years by ``document.object_id``, else by the file name without its
year (``2025-websesam.yaml`` → ``websesam``). A plan's year is the first year of its period.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PlanError, UsageError

NO_ACTIVITY_TYPE = "ingen aktivitetstyp angiven"


class PortfolioProblem(PlanError):
    """The plans cannot be put together as asked (two plans of one object in one year)."""


@dataclass(slots=True)
class ObjectSummary:
    """One plan's figures, in kronor."""

    key: str
    file: str
    year: int
    name: str  # what the plan calls the object (subtitle, type or title)
    errors: int = 0
    warnings: int = 0
    total: int | None = None  # computed from the cost lines
    stated_total: int | None = None  # the budget's stated total, as written (in kronor)
    parties: dict[str, int] = field(default_factory=dict)
    stated_parties: dict[str, int] = field(default_factory=dict)
    party_names: dict[str, str] = field(default_factory=dict)
    activity_types: dict[str, int] = field(default_factory=dict)  # label → kronor
    municipalities: dict[str, int] = field(default_factory=dict)
    municipality_note: str = ""
    municipalities_split: bool | None = None  # None: the plan has no municipalities' share
    months: dict[dt.date, int] = field(default_factory=dict)
    problem: str | None = None  # why the plan could not be split
    previous_total: int | None = None
    previous_file: str | None = None

    @property
    def change(self) -> int | None:
        if self.total is None or self.previous_total is None:
            return None
        return self.total - self.previous_total

    @property
    def differs(self) -> bool:
        return self.stated_total is not None and self.total is not None and self.stated_total != self.total


@dataclass(slots=True)
class Portfolio:
    year: int
    objects: list[ObjectSummary]
    history: dict[str, dict[int, int | None]]  # object → year → computed cost, every year given
    years: list[int]
    unreadable: list[str] = field(default_factory=list)
    population_source: str | None = None
    population_problem: str | None = None

    def total(self) -> int:
        return sum(o.total or 0 for o in self.objects)

    def previous_total(self) -> int:
        return sum(o.previous_total or 0 for o in self.objects)

    def _sum(self, attribute: str) -> dict:
        out: dict = {}
        for summary in self.objects:
            for name, value in getattr(summary, attribute).items():
                out[name] = out.get(name, 0) + value
        return out

    def party_totals(self) -> dict[str, int]:
        return self._sum("parties")

    def party_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for summary in self.objects:
            for party, name in summary.party_names.items():
                names.setdefault(party, name)
        return names

    def activity_totals(self) -> dict[str, int]:
        return self._sum("activity_types")

    def municipality_totals(self) -> dict[str, int]:
        return dict(sorted(self._sum("municipalities").items()))

    def month_totals(self) -> dict[dt.date, int]:
        return dict(sorted(self._sum("months").items()))


_YEAR_AROUND = re.compile(r"^(?:\d{4}[-_ .]+)?(.+?)(?:[-_ .]+\d{4})?$")


def object_key(plan, path: Path) -> str:
    """``document.object_id``, else the file name without a leading or trailing year."""
    if plan.document.object_id:
        return str(plan.document.object_id)
    match = _YEAR_AROUND.match(path.stem)
    return match.group(1) if match else path.stem


def plan_year(plan) -> int:
    """The plan's year: the first year of its period (``budget-year`` checks the budget against it)."""
    return plan.period.first_day.year


def _object_name(plan) -> str:
    document = plan.document
    return document.subtitle or document.type or document.title


def summarise(linted, display: str, population=None, population_problem: str | None = None) -> ObjectSummary:
    """One plan's figures (``linted`` from the one lint entry point)."""
    from ..budget import ACTIVITY_TYPE_LABELS, computed_total
    from ..findings import Severity
    from ..split import SplitProblem, period_months, split_plan

    plan = linted.plan
    summary = ObjectSummary(object_key(plan, Path(display)), display, plan_year(plan), _object_name(plan))
    summary.errors = sum(f.severity is Severity.ERROR for f in linted.findings)
    summary.warnings = sum(f.severity is Severity.WARNING for f in linted.findings)
    budget = plan.budget
    if budget is None:
        summary.problem = "planen har ingen budget"
        summary.municipality_note = "ingen budget"
        return summary
    unit = budget.kronor_per_unit
    if budget.total is not None and budget.total.amount is not None:
        summary.stated_total = (-1 if budget.costs_negative else 1) * budget.total.amount * unit
    try:
        split = split_plan(plan)
    except SplitProblem as exc:
        summary.problem = exc.message
        total = computed_total(budget)
        summary.total = None if total is None else abs(total) * unit
        summary.municipality_note = "inte fördelad: planen kan inte fördelas"
        summary.municipalities_split = False
        return summary
    summary.total = split.total()
    names = {p.id: p.name for p in plan.financing.parties}
    summary.parties = split.party_totals()
    summary.party_names = {p: names.get(p, p) for p in split.parties}
    summary.stated_parties = dict(split.stated_totals or {})
    for line in split.lines:
        label = ACTIVITY_TYPE_LABELS.get(line.activity_type or "", NO_ACTIVITY_TYPE)
        summary.activity_types[label] = summary.activity_types.get(label, 0) + (line.amount or 0)
    _municipalities(summary, split, population, population_problem)
    try:
        split.months = period_months(plan)
        summary.months = dict(zip(split.months, split.monthly(summary.total)))
    except SplitProblem as exc:
        summary.problem = exc.message
    return summary


def _municipalities(summary: ObjectSummary, split, population, population_problem: str | None) -> None:
    """The municipalities' share of the plan: by its own keys (members of a key with ``basis``)
    and by population (the party made of municipalities), or the reason it is not split."""
    from ..split import SplitProblem, basis_weights, split_population

    plan = split.plan
    notes = []
    members: list[str] = []
    for key in plan.financing.split_keys:
        if key.basis is None:
            continue
        try:
            members += [m for m in basis_weights(key, plan) if m not in members]
        except SplitProblem as exc:
            notes.append(f"nyckeln '{key.id}' kan inte fördelas: {exc.message}")
    totals = split.party_totals()
    for member in members:
        if member in totals:
            summary.municipalities[member] = summary.municipalities.get(member, 0) + totals[member]
    if members:
        notes.append("efter planens fördelningsnyckel")
    municipal_parties = [p for p in plan.financing.parties if p.members or p.member_count]
    if not members and not municipal_parties and not notes:
        summary.municipality_note = "ingen kommunandel (ingen part består av kommuner)"
        return
    failed = any(note.startswith("nyckeln") for note in notes)
    if municipal_parties:
        party = municipal_parties[0].id
        if population is None:
            failed = True
            notes.append(f"{party} inte fördelad: " + ("folkmängdsfilen har fel" if population_problem
                                                        else "ange --population FIL"))
        else:
            try:
                split_population(split, population)
            except SplitProblem as exc:
                failed = True
                notes.append(f"{party} inte fördelad: {exc.message}")
            else:
                for name, amount in (split.municipalities or {}).items():
                    summary.municipalities[name] = summary.municipalities.get(name, 0) + amount
                notes.append(f"{party} efter folkmängd")
    summary.municipalities_split = not failed
    summary.municipality_note = "; ".join(notes)


def build(plans: list[tuple[object, str]], year: int | None, population_path: Path | None) -> Portfolio:
    """The portfolio of ``year`` (default: the latest year among the plans) from ``(linted, display)``
    pairs; plans that could not be read at all are named in ``unreadable``."""
    from ..split import SplitProblem, read_population

    population, population_problem = None, None
    if population_path is not None:
        try:
            population = read_population(population_path)
        except SplitProblem as exc:  # listed as not split in each plan that needs it
            population_problem = exc.message
    readable = [(linted, display) for linted, display in plans if linted.plan is not None]
    unreadable = [display for linted, display in plans if linted.plan is None]
    years = sorted({plan_year(linted.plan) for linted, _ in readable})
    if not years:
        raise PortfolioProblem("ingen av planerna kan läsas; se anmärkningarna ovan")
    chosen = years[-1] if year is None else year
    if chosen not in years:
        raise UsageError(f"ingen plan gäller år {chosen}; planerna gäller " + ", ".join(map(str, years)))
    summaries = [summarise(linted, display, population, population_problem) for linted, display in readable]
    seen: dict[tuple[str, int], ObjectSummary] = {}
    for summary in summaries:
        other = seen.get((summary.key, summary.year))
        if other is not None:
            raise PortfolioProblem(
                f"{summary.file}: objektet '{summary.key}' har redan en plan för {summary.year} ({other.file}); "
                "ange ett eget document.object_id i den ena planen eller utelämna en av filerna")
        seen[(summary.key, summary.year)] = summary
    history: dict[str, dict[int, int | None]] = {}
    for summary in sorted(summaries, key=lambda s: (s.key, s.year)):
        history.setdefault(summary.key, {})[summary.year] = summary.total
    objects = sorted((s for s in summaries if s.year == chosen), key=lambda s: s.key)
    for summary in objects:
        previous = seen.get((summary.key, chosen - 1))
        if previous is not None:
            summary.previous_total, summary.previous_file = previous.total, previous.file
    history = {key: by_year for key, by_year in history.items() if any(o.key == key for o in objects)}
    return Portfolio(chosen, objects, history, years, unreadable,
                     None if population_path is None else str(population_path), population_problem)
