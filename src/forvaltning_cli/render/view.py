"""What a document shows, computed once from the plan for every output format.

Templates see only plain data: the plan is copied into read-only :class:`Record`\\ s (its fields
and nothing else), lists, dicts, strings, numbers and dates, and everything a template shows
(totals, the split, labels) is computed here, up front. No model object, method or class of
the plan reaches a template, so a house-style template cannot reach Python internals through them.

Totals are computed from the budget lines (``budget.computed_total``); the stated figures are
only compared, in validation. Parts of the plan that no ``part:`` block places are gathered so
that the document still shows everything the plan holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from fractions import Fraction

from ..budget import computed_total, group_amount, group_party_sum, party_column_sum
from ..findings import Finding, Severity
from ..swedish import long_date, month_list
from ..model import PART_NAMES, BudgetGroup, FigureBlock, Frequency, Plan, PlanDate

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
}

FREQUENCIES = {"monthly": "månadsvis", "quarterly": "kvartalsvis", "yearly": "årligen"}


class RowKind(StrEnum):
    """What a row of the budget table is."""

    LINE = "line"
    GROUP = "group"  # a group's heading
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True, slots=True)
class BudgetRow:
    kind: RowKind
    name: str
    amount: int | None
    parties: dict[str, int | None] = field(default_factory=dict)
    staffing: object = None


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


def _part_is_empty(plan: Record, split: SplitView | None, name: str) -> bool:
    if name == "financing.split":
        return split is None or not split.parties
    value = plan
    for attribute in name.split("."):
        value = value[attribute]
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
    """Party ids that appear in any split key, in financing.parties order first."""
    order = [party.id for party in plan.financing.parties]
    for key in plan.financing.split_keys:
        order += [party for party in key.shares if party not in order]
    used = {party for key in plan.financing.split_keys for party in key.shares}
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


def _budget_rows(plan: Plan) -> tuple[list[BudgetRow], list[tuple[str, str]]]:
    budget = plan.budget
    if budget is None:
        return [], []
    columns = [(party, plan.financing.column_label(party)) for party in budget.parties]
    rows: list[BudgetRow] = []

    def parties_of(line) -> dict[str, int | None]:
        return {p: (line.parties or {}).get(p) for p, _ in columns}

    for item in budget.items:
        if isinstance(item, BudgetGroup):
            if item.group:
                rows.append(BudgetRow(RowKind.GROUP, item.group, None))
            for line in item.lines:
                rows.append(BudgetRow(RowKind.LINE, line.name, line.amount, parties_of(line), line.staffing_percent))
            if item.subtotal is not None or item.group:
                computed_parties = {p: group_party_sum(item, p) for p, _ in columns}
                label = (item.subtotal.label if item.subtotal and item.subtotal.label else None) or f"Delsumma {item.group or ''}".strip()
                rows.append(BudgetRow(RowKind.SUBTOTAL, label, group_amount(item), computed_parties))
        else:
            rows.append(BudgetRow(RowKind.LINE, item.name, item.amount, parties_of(item), item.staffing_percent))
    total_label = budget.total.label if budget.total and budget.total.label else "Totalt"
    rows.append(
        BudgetRow(RowKind.TOTAL, total_label, computed_total(budget),
                  {p: party_column_sum(budget, p) for p, _ in columns})
    )
    return rows, columns


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


def build_view(plan: Plan, file: str, findings: list[Finding]) -> DocumentView:
    data = plain(plan)
    placed = {
        block.part
        for section in _sections(data.sections)
        for block in section.content
        if "part" in block
    }
    toc, anchors = _toc(data.sections)
    rows, columns = _budget_rows(plan)
    split = _split(plan)
    parties = [party.id for party in plan.financing.parties]
    if split is not None:
        parties += [party for party in split.parties if party not in parties]
    status = plan.document.status
    return DocumentView(
        plan=data,
        file=file,
        findings=plain(findings),
        discrepancies=plain([f for f in findings if f.severity is Severity.ERROR]),
        toc=toc,
        anchors=anchors,
        budget_rows=rows,
        party_columns=columns,
        unplaced_parts=[p for p in PART_NAMES if p not in placed and not _part_is_empty(data, split, p)],
        is_draft=status.is_draft,
        watermark_svg=_watermark_svg(status.value),
        period_text=_period_text(plan),
        period_prose=_period_prose(plan),
        split_key_parties=_split_key_parties(plan),
        party_labels={party: plan.financing.column_label(party) for party in parties},
        split=split,
        source_amounts=split.source_totals() if plan.financing.sources and split is not None else {},
    )
