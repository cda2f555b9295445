"""What a document shows, computed once from the plan for every output format.

Templates see only plain data: the plan is copied into read-only :class:`Record`\\ s (its fields
and nothing else), lists, dicts, strings, numbers and dates, and everything a template shows
(totals, the split, labels) is computed here, up front. No model object, method or class of
the plan reaches a template, so a house-style template cannot reach Python internals through them.

Totals and subtotals are computed from the budget lines (``budget.computed_total``), in every
year column; the stated figures are only compared, in validation (the notice lists those that
differ). A result row is the plan's own statement: it shows the stated figure, and beside it the
computed one, labelled, where that differs. Amounts stay in the table's own unit (tkr is shown
in tkr). Parts of the plan that no ``part:`` block places are gathered so that the document
still shows everything the plan holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from fractions import Fraction

from ..budget import (
    ACTIVITY_TYPE_LABELS as ACTIVITY_TYPES_IN_TEXT, computed_result, computed_total, group_amount, group_party_sum,
    has_non_cost_lines, party_column_sum,
)
from ..findings import Finding, Severity
from ..swedish import join, long_date, month_list, percent, unit_amount
from ..model import (
    ACTIVITY_TYPES, PART_NAMES, Budget, BudgetGroup, BudgetLine, BudgetResult, FigureBlock, Frequency, Plan,
    PlanDate, PlanTime,
)

PART_TITLES = {
    "abbreviations": "Förkortningar",
    "goals.overall": "Övergripande mål",
    "goals.long_term": "Långsiktiga mål",
    "goals.short_term": "Kortsiktiga mål",
    "assignments.maintenance": "Vidmakthållande",
    "assignments.further_development": "Vidareutveckling nödvändig för vidmakthållande",
    "assignments.new_development": "Nyutveckling",
    "budget": "Budget",
    "financing.parties": "Finansierande parter",
    "financing.split_keys": "Fördelningsnycklar",
    "financing.sources": "Finansieringskällor",
    "financing.invoicing": "Fakturering",
    "financing.split": "Fördelning per part",
    "organisation.decision_forums": "Beslutsforum",
    "organisation.working_forums": "Arbetsforum",
    "related_systems": "Närliggande system",
    "references": "Referenser och länkar",
    "contacts": "Kontakt",
    "goals.measurable": "Mätbara mål",
    "financing.fees": "Avgifter",
    "financing.population": "Folkmängd",
    "financing.surplus": "Överskott",
    "document.revisions": "Revisionshistorik",
    "scope.processes": "Verksamhetsprocesser",
    "scope.components": "IT-komponenter",
    "scope.user_groups": "Användargrupper",
    "stakeholders": "Intressenter",
    "roles": "Roller",
    "activities": "Förvaltningsaktiviteter",
    "resources": "Resursplan",
    "risks": "Risker",
    "agreements": "Avtal",
    "milestones": "Milstolpar och releaser",
    "annual_cycle": "Årshjul",
}
# Parts shown in a place of their own when no part: block places them, not in the appendix: the
# revision history follows the document information.
OWN_PLACE = frozenset({"document.revisions"})

# Activity types as group headings: "Drift och support".
ACTIVITY_TYPE_LABELS = {kind: label[:1].upper() + label[1:] for kind, label in ACTIVITY_TYPES_IN_TEXT.items()}
UNIT_TEXT = {"kr": "kronor", "tkr": "tkr", "mnkr": "mnkr"}
SURPLUS_BASES = {
    "population": "efter folkmängd", "fees": "efter inbetalda avgifter", "equal": "lika mellan medlemmarna",
}
# The single amount column of a budget without year columns.
AMOUNT = ""

FREQUENCIES = {"monthly": "månadsvis", "quarterly": "kvartalsvis", "yearly": "årligen"}


class RowKind(StrEnum):
    """What a row of the budget table is."""

    LINE = "line"
    GROUP = "group"  # a group's heading
    SUBTOTAL = "subtotal"
    TOTAL = "total"
    RESULT = "result"  # a stated result (income − costs)


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """One row of the budget table.

    ``cells`` holds the figure shown in each amount column (``DocumentView.amount_columns``):
    a line's stated amount; a subtotal's or total's computed sum (as ``amount``); a result's
    stated figure. ``computed`` holds, for a result row, the computed result in each column
    where it is to be shown beside the stated one (it differs, or nothing is stated), labelled
    "beräknat". ``parties`` are the budget year's party columns.
    """

    kind: RowKind
    name: str
    amount: int | None
    parties: dict[str, int | None] = field(default_factory=dict)
    staffing: object = None
    cells: dict[str, int | None] = field(default_factory=dict)
    computed: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TocEntry:
    anchor: str
    number: str | None
    title: str
    depth: int


class Record:
    """One plan object (a section, a budget line …) as read-only data: its fields, nothing else.

    A field is read as an attribute (``line.name``) or an item (``entry["items"]``). Unlike a
    model object it has no methods, validators or class to reach from a template.
    """

    __slots__ = ("_fields",)

    def __init__(self, fields: dict) -> None:
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name: str):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str):
        return self._fields[name]

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and self._fields == other._fields

    __hash__ = None  # type: ignore[assignment]  # equal by value, like the dicts it wraps

    def __repr__(self) -> str:
        return f"Record({self._fields!r})"


@dataclass(frozen=True, slots=True)
class DateView:
    """A plan date: ``value`` (a date) and whether it is ``tentative`` (``2025-12-10?``)."""

    value: dt.date
    tentative: bool = False

    def __str__(self) -> str:
        return self.value.isoformat() + ("?" if self.tentative else "")


@dataclass(frozen=True, slots=True)
class TimeView:
    """A plan time (``Q1 2026``, ``mars``, ``2026-03-15``) as written, and whether it is tentative."""

    text: str
    tentative: bool = False

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class SplitView:
    """The budget split by the financing model (``plan split``), as plain numbers."""

    parties: list[str]
    sources: list[str]
    lines: list[Record]
    totals: dict[str, int]
    source_amounts: dict[str, int]
    amount: int

    def total(self) -> int:
        return self.amount

    def party_totals(self) -> dict[str, int]:
        return dict(self.totals)

    def source_totals(self) -> dict[str, int]:
        return dict(self.source_amounts)


_SCALARS = (str, int, float, Decimal, Fraction, dt.date, type(None))


def plain(value):
    """``value`` (a model object, or anything inside one) as plain, read-only template data."""
    from pydantic import BaseModel

    from ..checks.resource_reference import shape_problem

    if isinstance(value, Enum):
        return value  # a str/int enum: its value and name are data
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, FigureBlock) and value.image is not None and shape_problem(value.image):
        # Never a remote or outside image in a document, even rendered with --allow-errors.
        return Record({"figure": value.figure, "image": None})
    if isinstance(value, BaseModel):
        return Record({name: plain(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, PlanDate):
        return DateView(value.value, value.tentative)
    if isinstance(value, PlanTime):
        return TimeView(value.text, value.tentative)
    if isinstance(value, Frequency):
        return str(value)
    if isinstance(value, dict):
        return {plain(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, Finding):
        return Record({
            "file": value.file, "line": value.line, "column": value.column, "rule": value.rule,
            "severity": value.severity, "message": value.message, "hint": value.hint,
            "where": value.where,
        })
    # A new kind of value must be made plain here, never handed to templates as it is.
    raise TypeError(f"no plain form for {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class DocumentView:
    """Everything a template sees, as ``view``; every value is plain data."""

    plan: Record
    file: str
    findings: list[Record]
    discrepancies: list[Record]
    toc: list[TocEntry]
    anchors: dict[int, str]
    budget_rows: list[BudgetRow]
    party_columns: list[tuple[str, str]]
    unplaced_parts: list[str]
    is_draft: bool
    watermark_svg: str
    period_text: str
    period_prose: str
    split_key_parties: list[str]
    party_labels: dict[str, str]
    split: SplitView | None
    source_amounts: dict[str, int]
    # The budget's amount columns, in order: (column id, heading); one ("", amount_heading)
    # for a budget without year columns. Amounts are in the table's unit (``unit``).
    amount_columns: list[tuple[str, str]] = field(default_factory=list)
    unit: str = "kr"
    revisions_after_document_data: bool = False
    activity_groups: list[Record] = field(default_factory=list)
    activity_total: Record | None = None
    resource_rows: list[Record] = field(default_factory=list)
    resource_total: Record | None = None
    population_total: int | None = None

    def anchor(self, section) -> str:
        return self.anchors[id(section)]

    @staticmethod
    def frequency_text(frequency: str | None) -> str:
        return FREQUENCIES.get(frequency or "", "")

    @staticmethod
    def months_text(months: list[int]) -> str:
        return month_list(months) if months else ""

    @staticmethod
    def part_title(name: str) -> str:
        return PART_TITLES[name]

    @property
    def unit_text(self) -> str:
        """``Belopp i tkr`` (``Belopp i kronor`` for a table in kronor)."""
        return f"Belopp i {UNIT_TEXT[self.unit]}"

    @staticmethod
    def person_lines(person) -> list[str]:
        """A person as lines of plain text: name, title and organisation; phone; e-mail; address."""
        if person is None:
            return []
        lines = [", ".join(part for part in (person.name, person.title, person.organisation) if part)]
        if person.phone:
            lines.append(f"Telefon {person.phone}")
        if person.email:
            lines.append(f"E-post {person.email}")
        if person.postal_address:
            lines.append(person.postal_address)
        return lines

    @staticmethod
    def fee_text(fee) -> str:
        """``27 kr per kommuninvånare och år``, ``4 kr per kommuninvånare, en gång``."""
        per = "kommuninvånare" if fee.per == "inhabitant" else "medlem"
        when = " och år" if fee.recurrence == "yearly" else ", en gång"
        return f"{unit_amount(fee.price)} per {per}{when}"

    @staticmethod
    def basis_text(basis) -> str:
        """``30 % lika mellan medlemmarna, 70 % efter folkmängd``."""
        parts = []
        if basis.equal:
            parts.append(f"{percent(basis.equal)} lika mellan medlemmarna")
        if basis.population:
            parts.append(f"{percent(basis.population)} efter folkmängd")
        return ", ".join(parts)

    def surplus_basis_text(self, surplus) -> str:
        """How a surplus is shared, in words: ``efter folkmängd``; by a split key, the key's
        shares (``enligt fördelningsnyckeln: 30 % lika mellan medlemmarna, 70 % efter folkmängd``)."""
        if surplus.basis != "split_key":
            return SURPLUS_BASES.get(surplus.basis or "", "")
        key = next((key for key in self.plan.financing.split_keys if key.id == surplus.split_key), None)
        if key is None:
            return "enligt en fördelningsnyckel"
        if key.basis is not None:
            return f"enligt fördelningsnyckeln: {self.basis_text(key.basis)}"
        shares = [f"{self.party_labels.get(party, party)} {percent(share)}" for party, share in (key.shares or {}).items()]
        return f"enligt fördelningsnyckeln: {', '.join(shares)}"

    @staticmethod
    def names_text(names: list[str] | None) -> str:
        """``Älvby, Sjöstad och Åby``."""
        return join(list(names or []))


def _part_is_empty(plan: Record, split: SplitView | None, name: str) -> bool:
    if name == "financing.split":
        return split is None or not split.parties
    if name == "scope.processes" and plan.scope is not None and plan.scope.description:
        return False  # the scope's description is shown with its processes
    value = plan
    for attribute in name.split("."):
        value = value[attribute] if value is not None else None
    return not value


def _watermark_svg(status: str) -> str:
    """A diagonal, faint status text ("ARBETSMATERIAL") for draft pages, as SVG."""
    from markupsafe import escape

    text = escape(status.upper())
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">'
        '<text x="300" y="300" text-anchor="middle" dominant-baseline="middle" '
        'transform="rotate(-35 300 300)" font-family="DejaVu Sans, Arial, sans-serif" '
        f'font-size="64" font-weight="bold" fill="#a15c00" fill-opacity="0.10">{text}</text></svg>'
    )


def _period_text(plan: Plan) -> str:
    period = plan.period
    if period.year is not None:
        return str(period.year)
    return f"{period.start} – {period.end}"


def _period_prose(plan: Plan) -> str:
    """The period as prose: ``1 januari–31 december 2025``."""
    first, last = plan.period.first_day, plan.period.last_day
    if first.year == last.year:
        return f"{long_date(first).rsplit(' ', 1)[0]}–{long_date(last)}"
    return f"{long_date(first)}–{long_date(last)}"


def _split_key_parties(plan: Plan) -> list[str]:
    """Party ids that appear in any split key's shares, in financing.parties order first."""
    keyed = [key.shares for key in plan.financing.split_keys if key.shares is not None]
    order = [party.id for party in plan.financing.parties]
    for shares in keyed:
        order += [party for party in shares if party not in order]
    used = {party for shares in keyed for party in shares}
    return [party for party in order if party in used]


def _split(plan: Plan) -> SplitView | None:
    """The budget split by the financing model (``plan split``), or ``None`` if it cannot be."""
    from ..split import SplitProblem, split_plan

    try:
        split = split_plan(plan)
    except SplitProblem:
        return None
    lines = [
        Record({
            "id": line.id, "name": line.name, "amount": line.amount, "key": line.key,
            "key_source": str(line.key_source), "also_follows": list(line.also_follows),
            "computed": dict(line.computed), "stated": dict(line.stated) if line.stated is not None else None,
            "sources": dict(line.sources), "differences": dict(line.differences),
        })
        for line in split.lines
    ]
    return SplitView(list(split.parties), list(split.sources), lines, split.party_totals(),
                     split.source_totals(), split.total())


def _amount_columns(budget: Budget) -> list[tuple[str, str]]:
    if budget.columns:
        return [(column.id, column.heading) for column in budget.columns]
    return [(AMOUNT, budget.amount_heading)]


def _stated(item, column: str) -> int | None:
    """What the plan states for a line, sum or result in one amount column."""
    return item.column_value(_budget_column(column))


def _budget_column(column: str) -> str | None:
    """The column as budget.py names it: ``None`` for the budget year's ``amount``."""
    return None if column == AMOUNT else column


def _budget_rows(plan: Plan) -> tuple[list[BudgetRow], list[tuple[str, str]], list[tuple[str, str]]]:
    """The budget table's rows, its party columns and its amount columns."""
    budget = plan.budget
    if budget is None:
        return [], [], []
    columns = [(party, plan.financing.column_label(party)) for party in budget.parties]
    amount_columns = _amount_columns(budget)
    rows: list[BudgetRow] = []

    def parties_of(line) -> dict[str, int | None]:
        return {p: (line.parties or {}).get(p) for p, _ in columns}

    def line_row(line: BudgetLine) -> BudgetRow:
        return BudgetRow(RowKind.LINE, line.name, line.amount, parties_of(line), line.staffing_percent,
                         {c: _stated(line, c) for c, _ in amount_columns})

    for index, item in enumerate(budget.items):
        if isinstance(item, BudgetGroup):
            if item.group:
                rows.append(BudgetRow(RowKind.GROUP, item.group, None))
            for line in item.lines:
                rows.append(line_row(line))
            if item.subtotal is not None or item.group:
                computed_parties = {p: group_party_sum(item, p) for p, _ in columns}
                label = (item.subtotal.label if item.subtotal and item.subtotal.label else None) or f"Delsumma {item.group or ''}".strip()
                rows.append(BudgetRow(RowKind.SUBTOTAL, label, group_amount(item), computed_parties,
                                      cells={c: group_amount(item, _budget_column(c)) for c, _ in amount_columns}))
        elif isinstance(item, BudgetResult):
            cells = {c: _stated(item, c) for c, _ in amount_columns}
            computed = {}
            for column, _ in amount_columns:
                value = computed_result(budget, index, _budget_column(column))
                if value is not None and value != cells[column]:
                    computed[column] = value
            rows.append(BudgetRow(RowKind.RESULT, item.result, item.amount, {p: None for p, _ in columns},
                                  cells=cells, computed=computed))
        else:
            rows.append(line_row(item))
    # A table of costs always ends in its total; one with income, investments or results has a
    # total (of its costs) only where the plan states one: its results say what it amounts to.
    if not has_non_cost_lines(budget) or budget.total is not None:
        total_label = budget.total.label if budget.total and budget.total.label else "Totalt"
        rows.append(
            BudgetRow(RowKind.TOTAL, total_label, computed_total(budget),
                      {p: party_column_sum(budget, p) for p, _ in columns},
                      cells={c: computed_total(budget, _budget_column(c)) for c, _ in amount_columns})
        )
    return rows, columns, amount_columns


def _activity_view(plan: Plan) -> tuple[list[Record], Record | None]:
    """Activities grouped by type (pm3 order), each group with its computed sum of the amounts
    given; and the computed total over all groups when there is more than one."""
    groups = []
    for kind in ACTIVITY_TYPES:
        activities = [a for a in plan.activities if a.type == kind]
        if not activities:
            continue
        given = [a.amount for a in activities if a.amount is not None]
        groups.append(Record({
            "type": kind, "label": ACTIVITY_TYPE_LABELS[kind], "activities": plain(activities),
            "sum": sum(given) if given else None, "missing": len(activities) - len(given),
        }))
    if len(groups) < 2:
        return groups, None
    given = [a.amount for a in plan.activities if a.amount is not None]
    total = Record({"sum": sum(given) if given else None, "missing": len(plan.activities) - len(given)})
    return groups, total


def _resource_view(plan: Plan) -> tuple[list[Record], Record | None]:
    """The resource plan with each role named as in ``roles`` (a role id is resolved), and its
    computed sums (share of full time, cost of the amounts given)."""
    roles = {role.id: role for role in plan.roles if role.id}
    rows = []
    for resource in plan.resources:
        role = roles.get(resource.role)
        rows.append(Record({
            "role": role.role if role else resource.role,
            "name": resource.name or (role.name if role else None),
            "share": resource.share, "amount": resource.amount, "budget_line": resource.budget_line,
        }))
    if not rows:
        return [], None
    given = [r.amount for r in plan.resources if r.amount is not None]
    total = Record({
        "share": sum((r.share for r in plan.resources), Decimal(0)),
        "amount": sum(given) if given else None, "missing": len(plan.resources) - len(given),
    })
    return rows, total


def _sections(sections: list[Record]):
    """Every section record, depth-first in document order."""
    for section in sections:
        yield section
        yield from _sections(section.sections)


def _toc(sections: list[Record]) -> tuple[list[TocEntry], dict[int, str]]:
    entries, anchors, used = [], {}, set()

    def walk(level: list[Record], depth: int) -> None:
        for section in level:
            base = section.id or ("avsnitt-" + (section.number or str(len(entries) + 1)).replace(".", "-"))
            # An anchor is an HTML id in every format: letters, digits, - _ . only (a number is free text).
            base = re.sub(r"[^A-Za-z0-9_.-]+", "-", base).strip("-") or "avsnitt"
            anchor, n = base, 2
            while anchor in used:
                anchor, n = f"{base}-{n}", n + 1
            used.add(anchor)
            anchors[id(section)] = anchor
            entries.append(TocEntry(anchor, section.number, section.title, depth))
            walk(section.sections, depth + 1)

    walk(sections, 1)
    return entries, anchors


def build_view(plan: Plan, file: str, findings: list[Finding], appendix: bool = False) -> DocumentView:
    data = plain(plan)
    placed = {
        block.part
        for section in _sections(data.sections)
        for block in section.content
        if "part" in block
    }
    toc, anchors = _toc(data.sections)
    rows, columns, amount_columns = _budget_rows(plan)
    split = _split(plan)
    parties = [party.id for party in plan.financing.parties]
    if split is not None:
        parties += [party for party in split.parties if party not in parties]
    status = plan.document.status
    activity_groups, activity_total = _activity_view(plan)
    resource_rows, resource_total = _resource_view(plan)
    population = plan.financing.population
    unplaced = [p for p in PART_NAMES if p not in placed and not _part_is_empty(data, split, p)]
    return DocumentView(
        plan=data,
        file=file,
        findings=plain(findings),
        discrepancies=plain([f for f in findings if f.severity is Severity.ERROR]),
        toc=toc,
        anchors=anchors,
        budget_rows=rows,
        party_columns=columns,
        unplaced_parts=[p for p in unplaced if p not in OWN_PLACE],
        is_draft=plan.document.is_draft,
        watermark_svg=_watermark_svg(status.value if status is not None else ""),
        period_text=_period_text(plan),
        period_prose=_period_prose(plan),
        split_key_parties=_split_key_parties(plan),
        party_labels={party: plan.financing.column_label(party) for party in parties},
        split=split,
        source_amounts=split.source_totals() if plan.financing.sources and split is not None else {},
        amount_columns=amount_columns,
        unit=plan.budget.unit if plan.budget is not None else "kr",
        revisions_after_document_data="document.revisions" in unplaced,
        activity_groups=activity_groups,
        activity_total=activity_total,
        resource_rows=resource_rows,
        resource_total=resource_total,
        population_total=sum(population.counts.values()) if population is not None and population.counts else None,
    )
