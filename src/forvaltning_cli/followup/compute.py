"""The budget against the outcome: per line, per party, per financing source, per month.

What is followed up is what ``plan split`` splits: the budget year's costs (lines of kind cost and
depreciation, in kronor). A group whose lines have no amounts of their own (webSesam's "VGR IT
drift" has only the group's subtotal) is followed up as one line at the level where the plan
states the budget: a rule may name the group's id, one of its lines or the subtotal's label.

Each export row is placed once:

- a row dated before the period or after the as-of date is *outside* (listed, not counted);
- else the first rule (in the configuration's order) whose account and activity globs match the
  row takes it to its line;
- else the row is *unmatched* ("Ej kopplade rader"): listed with its row number and counted in
  the total outcome, never dropped.

So the outcome of the lines plus the unmatched rows plus the rows outside is exactly the sum of
the export.

Figures: outcome to date (exact, with öre); forecast for the year in whole kronor — linear by
default, outcome × months in the period ÷ months elapsed at the as-of date (a month partly
elapsed counts by its days), rounded half away from zero — or the sum of the export's forecast
column; remaining = budget − outcome; used = outcome ÷ budget; deviation = forecast − budget. A
line is *over budget* when its outcome exceeds its budget, and *past the threshold* when its
forecast exceeds the budget by more than the threshold (5 % by default).

Per party and per financing source every line's budget, outcome and forecast are allocated with
the line's own split key (the same key and weights as ``plan split``), by the largest remainder
(:func:`~forvaltning_cli.budget.allocate`; outcome in öre), so that the parties of a line sum to
the line exactly.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..budget import allocate, shares
from ..errors import UsageError
from ..lint.config import FollowupSettings
from ..model import Plan
from .reader import Export, ExportRow

ORE_PER_KRONA = 100


@dataclass(slots=True)
class Figures:
    """Budget, outcome and forecast of a line, a party or the total; the rest is derived."""

    budget: int | None
    outcome: Decimal = Decimal(0)
    forecast: int | None = None

    @property
    def remaining(self) -> Decimal | None:
        return None if self.budget is None else self.budget - self.outcome

    @property
    def used(self) -> Fraction | None:
        """Percent of the budget used (exact); ``None`` for a budget of 0 or unknown."""
        return None if not self.budget else Fraction(self.outcome) * 100 / self.budget

    @property
    def deviation(self) -> int | None:
        return None if self.budget is None or self.forecast is None else self.forecast - self.budget


@dataclass(slots=True)
class LineFollowup:
    id: str
    name: str
    figures: Figures
    rows: list[ExportRow] = field(default_factory=list)
    months: dict[dt.date, Decimal] = field(default_factory=dict)  # first day of month → outcome
    note: str | None = None  # e.g. followed up as its group
    key: str | None = None  # the split key its parties come from
    parties: dict[str, Figures] = field(default_factory=dict)
    sources: dict[str, Figures] = field(default_factory=dict)
    status: str | None = None  # "over" (over budget) or "threshold" (forecast past the threshold)


@dataclass(slots=True)
class FollowUp:
    plan_file: str
    export: str
    as_of: dt.date
    months: list[dt.date]  # the period's months (first days)
    elapsed: Fraction  # months of the period elapsed at as_of
    forecast_method: str  # "linear" or "column"
    threshold: Decimal
    lines: list[LineFollowup]
    unmatched: list[ExportRow]
    outside: list[ExportRow]
    parties: list[str]
    party_labels: dict[str, str]
    sources: list[str]
    source_labels: dict[str, str]
    has_dates: bool
    period: tuple[dt.date, dt.date]
    unit_note: str | None = None
    total_status: str | None = None

    @property
    def unmatched_total(self) -> Decimal:
        return sum((row.amount for row in self.unmatched), Decimal(0))

    @property
    def outside_total(self) -> Decimal:
        return sum((row.amount for row in self.outside), Decimal(0))

    def total(self) -> Figures:
        """The lines' figures summed (unmatched rows are not in it; see :meth:`grand_outcome`)."""
        budgets = [line.figures.budget for line in self.lines]
        forecasts = [line.figures.forecast for line in self.lines]
        return Figures(
            sum(b for b in budgets if b is not None) if any(b is not None for b in budgets) else None,
            sum((line.figures.outcome for line in self.lines), Decimal(0)),
            None if any(f is None for f in forecasts) else sum(forecasts),  # type: ignore[arg-type]
        )

    def grand_outcome(self) -> Decimal:
        """Every counted row: the lines' outcome plus the unmatched rows."""
        return self.total().outcome + self.unmatched_total

    def party_totals(self) -> dict[str, Figures]:
        return _sum_figures(self.parties, [line.parties for line in self.lines])

    def source_totals(self) -> dict[str, Figures]:
        return _sum_figures(self.sources, [line.sources for line in self.lines])

    def unallocated(self, kind: str) -> Figures | None:
        """The figures of lines not allocated (no split key, or no amount to allocate): ``None`` when none."""
        lines = [line for line in self.lines if not (line.parties if kind == "parties" else line.sources)]
        if not lines:
            return None
        budgets = [line.figures.budget for line in lines if line.figures.budget is not None]
        forecasts = [line.figures.forecast for line in lines]
        return Figures(sum(budgets), sum((line.figures.outcome for line in lines), Decimal(0)),
                       None if any(f is None for f in forecasts) else sum(forecasts))  # type: ignore[arg-type]

    def quarters(self) -> list[tuple[str, list[dt.date]]]:
        """The period's months by calendar quarter: ``("kv. 1 2025", [jan, feb, mar])``."""
        out: dict[tuple[int, int], list[dt.date]] = {}
        for month in self.months:
            out.setdefault((month.year, (month.month - 1) // 3 + 1), []).append(month)
        return [(f"kv. {q} {y}", months) for (y, q), months in out.items()]

    @property
    def warnings(self) -> list[str]:
        """Each line (and the total) over budget or with its forecast past the threshold."""
        return self.warnings_text(" ")

    def warnings_text(self, space: str) -> list[str]:
        """:attr:`warnings` with ``space`` inside amounts (a non-breaking one in documents)."""
        from functools import partial

        from ..swedish import percent as percent_text, unit_amount as amount_text

        percent = partial(percent_text, space=space)
        unit_amount = partial(amount_text, space=space)
        out = []
        for line in self.lines:
            f = line.figures
            if line.status == "over":
                over = f.outcome - (f.budget or 0)
                out.append(f"{line.name}: över budget – utfallet {unit_amount(f.outcome)} är "
                           f"{unit_amount(over)} mer än budgeten {unit_amount(f.budget)}")
            elif line.status == "threshold":
                out.append(f"{line.name}: prognosen {unit_amount(f.forecast)} är mer än "
                           f"{percent(self.threshold)} över budgeten {unit_amount(f.budget)} "
                           f"(avvikelse {unit_amount(f.deviation)})")
        if self.total_status == "over":
            total = self.total()
            out.append(f"Totalt: över budget – utfallet {unit_amount(total.outcome)} är mer än "
                       f"budgeten {unit_amount(total.budget)}")
        elif self.total_status == "threshold":
            total = self.total()
            out.append(f"Totalt: prognosen {unit_amount(total.forecast)} är mer än "
                       f"{percent(self.threshold)} över budgeten {unit_amount(total.budget)}")
        return out


def _sum_figures(names: list[str], per_line: list[dict[str, Figures]]) -> dict[str, Figures]:
    out = {}
    for name in names:
        parts = [figures[name] for figures in per_line if name in figures]
        forecasts = [p.forecast for p in parts]
        out[name] = Figures(sum(p.budget or 0 for p in parts), sum((p.outcome for p in parts), Decimal(0)),
                            None if any(f is None for f in forecasts) else sum(forecasts))  # type: ignore[arg-type]
    return out


def round_kronor(value: Fraction | Decimal) -> int:
    """Exact kronor rounded half away from zero: 2,5 → 3, −2,5 → −3."""
    exact = Fraction(value)
    magnitude = (abs(exact) * 2 + 1) // 2
    return int(magnitude if exact >= 0 else -magnitude)


def _signed_allocate(amount: int, weights) -> dict[str, int]:
    if amount >= 0:
        return allocate(amount, weights)
    return {name: -part for name, part in allocate(-amount, weights).items()}


def _allocate_figures(figures: Figures, budget_parts: dict[str, int], weights) -> dict[str, Figures]:
    """A line's figures per party: the budget as ``plan split`` allocates it, the outcome (in öre)
    and forecast by the same weights."""
    # In öre (or finer, when the export has more decimals), so that the parts stay exact.
    scale = ORE_PER_KRONA
    while (figures.outcome * scale) % 1:
        scale *= 10
    parts = _signed_allocate(int(figures.outcome * scale), weights)
    forecast = _signed_allocate(figures.forecast, weights) if figures.forecast is not None else None
    return {name: Figures(budget_parts.get(name, 0), Decimal(parts[name]) / scale,
                          None if forecast is None else forecast[name]) for name in weights}


def months_elapsed(months: list[dt.date], as_of: dt.date) -> Fraction:
    """How many of the period's months have passed at the end of ``as_of``: whole months, and a
    month partly passed by its days (15 of 30 days is half a month)."""
    elapsed = Fraction(0)
    for month in months:
        days = calendar.monthrange(month.year, month.month)[1]
        last = month.replace(day=days)
        if as_of >= last:
            elapsed += 1
        elif as_of >= month:
            elapsed += Fraction(as_of.day, days)
    return elapsed


# ------------------------------------------------------------------------------------------
# The lines that can be followed up, and the names rules may use for them
# ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    names: list[str]  # what a rule may call it: ids first, then names
    cost: bool
    note: str | None = None
    title: str | None = None  # how the follow-up names it (a group: its heading or its one line)


def _entries(plan: Plan) -> list[_Entry]:
    """The budget's lines as ``split_plan`` counts them (``split.budget_entries``: a group without
    line amounts is one entry), each with the names a rule may use."""
    from ..budget import COST_KINDS
    from ..split.allocate import budget_entries

    out = []
    for line, group in budget_entries(plan.budget):
        if group is None:
            out.append(_Entry([n for n in (line.id, line.name) if n], line.kind in COST_KINDS))
            continue
        names = [n for n in [group.id] + [member.id for member in group.lines] if n]
        names += [n for n in [group.subtotal.label, group.group] + [member.name for member in group.lines] if n]
        label = group.subtotal.label or group.group or "gruppen"
        note = (f"Följs upp som gruppen '{label}': planen anger bara gruppens delsumma, inte "
                f"{'radens' if len(group.lines) == 1 else 'radernas'} egna belopp.")
        title = group.group or (group.lines[0].name if len(group.lines) == 1 else label)
        out.append(_Entry(names, line.kind in COST_KINDS, note, title))
    return out


def _resolve(rules, entries: list[_Entry], plan_file: str, settings: FollowupSettings) -> list[int]:
    """The entry each rule names; a name that is no line of this plan is a configuration error."""
    index: dict[str, int] = {}
    for number, entry in enumerate(entries):
        for name in entry.names:
            index.setdefault(name, number)
    out = []
    for rule in rules:
        number = index.get(rule.line)
        if number is None:
            known = ", ".join(entry.names[0] for entry in entries if entry.cost)
            raise UsageError(f"{settings.source}: followup.{rule.key}.line: '{rule.line}' är ingen budgetrad i "
                             f"{plan_file}; ange en rads id (eller benämning): {known}")
        if not entries[number].cost:
            raise UsageError(f"{settings.source}: followup.{rule.key}.line: '{rule.line}' är en intäkt eller "
                             "investering; bara kostnader (kostnad och avskrivningar) följs upp")
        out.append(number)
    return out


def _key_weights(plan: Plan, key_id: str | None):
    from ..split.allocate import basis_weights

    key = next((k for k in plan.financing.split_keys if k.id == key_id), None) if key_id else None
    if key is None:
        return None
    return shares(key) if key.shares is not None else basis_weights(key, plan)


def follow_up(plan: Plan, plan_file: str, location: str, export: Export, settings: FollowupSettings,
              as_of: dt.date | None) -> FollowUp:
    """Follow the plan's budget up against ``export`` (``location``: the plan as the
    configuration's ``plans`` globs name it)."""
    from ..split import SplitProblem, period_months, split_plan

    try:
        split = split_plan(plan)
        months = period_months(plan)
    except SplitProblem as exc:
        raise SplitProblem(f"{plan_file}: {exc.message}") from None
    first, last = plan.period.first_day, plan.period.last_day
    if as_of is None:
        as_of = min(export.last_date() or last, last) if export.has_dates else last
    if as_of < first:
        raise UsageError(f"--as-of {as_of.isoformat()} är före planperioden ({first.isoformat()} – {last.isoformat()})")
    as_of = min(as_of, last)
    entries = _entries(plan)
    costs = [number for number, entry in enumerate(entries) if entry.cost]
    assert len(costs) == len(split.lines), "the followed-up lines are the split's lines"
    rules = [rule for rule in settings.rules if rule.applies_to(location)]
    targets = _resolve(rules, entries, plan_file, settings)
    lines = []
    for number, split_line in zip(costs, split.lines):
        lines.append(LineFollowup(entries[number].names[0], entries[number].title or split_line.name,
                                  Figures(split_line.amount),
                                  note=entries[number].note, key=split_line.key))
    line_of_entry = {number: lines[i] for i, number in enumerate(costs)}
    unmatched, outside = [], []
    for row in export.rows:
        if row.date is not None and not first <= row.date <= as_of:
            outside.append(row)
            continue
        for rule, target in zip(rules, targets):
            if rule.matches(row.account, row.activity):
                line = line_of_entry[target]
                line.rows.append(row)
                line.figures.outcome += row.amount
                if row.date is not None:
                    month = row.date.replace(day=1)
                    line.months[month] = line.months.get(month, Decimal(0)) + row.amount
                break
        else:
            unmatched.append(row)
    elapsed = months_elapsed(months, as_of)
    column = settings.forecast == "column"
    for line, split_line in zip(lines, split.lines):
        f = line.figures
        if column:
            stated = [row.forecast for row in line.rows if row.forecast is not None]
            f.forecast = round_kronor(sum(stated, Decimal(0))) if stated else None
        elif elapsed:
            f.forecast = round_kronor(Fraction(f.outcome) * len(months) / elapsed)
        line.status = _status(f, settings.threshold)
        weights = _key_weights(plan, split_line.key)
        if weights and split_line.computed:
            line.parties = _allocate_figures(f, split_line.computed, weights)
        if split.sources and split_line.sources:
            line.sources = _allocate_figures(f, split_line.sources,
                                             {s.id: s.share for s in plan.financing.sources})
    label = plan.financing.column_label
    sources = {s.id: s.short_name or s.name for s in plan.financing.sources}
    result = FollowUp(
        plan_file=plan_file, export=export.path, as_of=as_of, months=months, elapsed=elapsed,
        forecast_method=settings.forecast, threshold=settings.threshold, lines=lines, unmatched=unmatched,
        outside=outside, parties=[p for p in split.parties if any(p in line.parties for line in lines)],
        party_labels={p: label(p) for p in split.parties}, sources=list(split.sources), source_labels=sources,
        has_dates=export.has_dates, period=(first, last),
        unit_note=None if split.unit == "kr" else f"Budgeten anges i {split.unit}; här är allt i kronor.",
    )
    result.total_status = _status(result.total(), settings.threshold)
    return result


def _status(figures: Figures, threshold: Decimal) -> str | None:
    if figures.budget is None:
        return None
    if figures.outcome > figures.budget:
        return "over"
    if figures.forecast is not None and Fraction(figures.forecast) > Fraction(figures.budget) * (1 + Fraction(threshold) / 100):
        return "threshold"
    return None
