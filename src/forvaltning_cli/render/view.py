"""What a document shows, computed once from the plan for every output format.

Totals are computed from the budget lines (``budget.computed_total``); the stated figures are
only compared, in validation. Parts of the plan that no ``part:`` block places are gathered so
that the document still shows everything the plan holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..budget import computed_total, group_amount, group_party_sum, party_column_sum
from ..findings import Finding, Severity
from ..swedish import long_date, month_list
from ..model import PART_NAMES, BudgetGroup, PartBlock, Plan, iter_sections

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


@dataclass
class DocumentView:
    plan: Plan
    file: str
    findings: list[Finding]
    toc: list[TocEntry]
    anchors: dict[int, str]
    budget_rows: list[BudgetRow]
    party_columns: list[tuple[str, str]]
    unplaced_parts: list[str]

    @property
    def is_draft(self) -> bool:
        return self.plan.document.status.is_draft

    @property
    def discrepancies(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def anchor(self, section) -> str:
        return self.anchors[id(section)]

    @property
    def watermark_svg(self) -> str:
        """A diagonal, faint status text ("ARBETSMATERIAL") for draft pages, as SVG."""
        from markupsafe import escape

        text = escape(self.plan.document.status.value.upper())
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">'
            '<text x="300" y="300" text-anchor="middle" dominant-baseline="middle" '
            'transform="rotate(-35 300 300)" font-family="DejaVu Sans, Arial, sans-serif" '
            f'font-size="64" font-weight="bold" fill="#a15c00" fill-opacity="0.10">{text}</text></svg>'
        )

    @property
    def period_text(self) -> str:
        period = self.plan.period
        if period.year is not None:
            return str(period.year)
        return f"{period.start} – {period.end}"

    @property
    def period_prose(self) -> str:
        """The period as prose: ``1 januari–31 december 2025``."""

        first, last = self.plan.period.first_day, self.plan.period.last_day
        if first.year == last.year:
            return f"{long_date(first).rsplit(' ', 1)[0]}–{long_date(last)}"
        return f"{long_date(first)}–{long_date(last)}"

    @property
    def split_key_parties(self) -> list[str]:
        """Party ids that appear in any split key, in financing.parties order first."""
        order = [party.id for party in self.plan.financing.parties]
        for key in self.plan.financing.split_keys:
            order += [party for party in key.shares if party not in order]
        used = {party for key in self.plan.financing.split_keys for party in key.shares}
        return [party for party in order if party in used]

    @property
    def party_labels(self) -> dict[str, str]:
        parties = [party.id for party in self.plan.financing.parties]
        if self.split is not None:
            parties += [party for party in self.split.parties if party not in parties]
        return {party: self.plan.financing.column_label(party) for party in parties}

    @property
    def split(self):
        """The budget split by the financing model (``plan split``), or ``None`` if it cannot be."""
        from ..split import SplitProblem, split_plan

        if not hasattr(self, "_split"):
            try:
                self._split = split_plan(self.plan)
            except SplitProblem:
                self._split = None
        return self._split

    @property
    def source_amounts(self) -> dict[str, int]:
        """Each financing source's amount: the sum of its share of every line (as ``plan split``)."""
        if not self.plan.financing.sources or self.split is None:
            return {}
        return self.split.source_totals()

    @staticmethod
    def frequency_text(frequency: str | None) -> str:
        return FREQUENCIES.get(frequency or "", "")

    @staticmethod
    def months_text(months: list[int]) -> str:
        return month_list(months) if months else ""

    def part_title(self, name: str) -> str:
        return PART_TITLES[name]

    def part_is_empty(self, name: str) -> bool:
        if name == "financing.split":
            return self.split is None or not self.split.parties
        value = self.plan
        for attribute in name.split("."):
            value = getattr(value, attribute)
        return not value


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


def _toc(plan: Plan) -> tuple[list[TocEntry], dict[int, str]]:
    entries, anchors, used = [], {}, set()
    for path, section in iter_sections(plan.sections):
        depth = sum(1 for step in path if step == "sections")
        base = section.id or ("avsnitt-" + (section.number or str(len(entries) + 1)).replace(".", "-"))
        anchor, n = base, 2
        while anchor in used:
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        anchors[id(section)] = anchor
        entries.append(TocEntry(anchor, section.number, section.title, depth))
    return entries, anchors


def build_view(plan: Plan, file: str, findings: list[Finding]) -> DocumentView:
    placed = {
        block.part
        for _, section in iter_sections(plan.sections)
        for block in section.content
        if isinstance(block, PartBlock)
    }
    toc, anchors = _toc(plan)
    rows, columns = _budget_rows(plan)
    view = DocumentView(plan, file, findings, toc, anchors, rows, columns, [])
    view.unplaced_parts = [p for p in PART_NAMES if p not in placed and not view.part_is_empty(p)]
    return view


