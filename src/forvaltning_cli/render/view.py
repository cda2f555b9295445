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

from pydantic import BaseModel

from ..budget import (
    ACTIVITY_TYPE_LABELS as ACTIVITY_TYPES_IN_TEXT, computed_result, computed_total, group_party_sum, group_sum,
    has_non_cost_lines, party_column_sum,
)
from ..findings import Finding, Severity
from ..paths import shape_problem
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

    Every row shows what the plan states. ``cells`` holds the stated figure in each amount column
    (``DocumentView.amount_columns``) — a line's amount, a subtotal's, total's or result's stated
    figure — or ``None`` where the plan states none. ``computed`` holds the computed figure (the
    sum of the rows, the result of income minus costs) in each column where it is to be shown
    beside the stated one, labelled "beräknat": it differs from the stated figure, or nothing
    is stated. ``parties`` are the budget year's stated party amounts (``None``: not stated) and
    ``computed_parties`` the computed party sums shown beside them on the same terms.
    ``amount`` is the figure the row stands for in the budget year: the stated one, else the
    computed one. ``path`` is where the row stands in the plan, as findings' paths name it (so
    that a preview can point at the row a finding concerns).
    """

    kind: RowKind
    name: str
    amount: int | None
    parties: dict[str, int | None] = field(default_factory=dict)
    staffing: object = None
    cells: dict[str, int | None] = field(default_factory=dict)
    computed: dict[str, int] = field(default_factory=dict)
    computed_parties: dict[str, int] = field(default_factory=dict)
    path: str | None = None  # where the row stands in the plan, as findings name it: budget.items[2].lines[0]


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
    # The plan's stated party totals (kronor), or None; and the sum of each party's column as the
    # appendix shows it (the stated line amounts, the computed ones where a line states none).
    stated_totals: dict[str, int] | None = None
    shown_totals: dict[str, int] = field(default_factory=dict)
    stated_amount: int | None = None  # the plan's stated total (kronor), or None

    def total(self) -> int:
        return self.amount

    def party_totals(self) -> dict[str, int]:
        return dict(self.totals)

    def source_totals(self) -> dict[str, int]:
        return dict(self.source_amounts)


_SCALARS = (str, int, float, Decimal, Fraction, dt.date, type(None))
_PLAIN_AS_IS = (*_SCALARS, Enum)


def plain(value):
    """``value`` (a model object, or anything inside one) as plain, read-only template data."""
    if isinstance(value, _PLAIN_AS_IS):
        return value  # scalars, and str/int enums (their value and name are data)
    if isinstance(value, FigureBlock) and value.image is not None and shape_problem(value.image):
        # Never a remote or outside image in a document, even rendered with --allow-errors.
        return Record({"figure": value.figure, "image": None, "alt": value.alt})
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
    # The notice for a document rendered with errors (see ``_notice``), or None.
    notice: Record | None = None
    # The appendices, in order: records with ``id`` (anchor), ``number``, ``title`` (``Bilaga 1:
    # Fakturering``), ``part`` (the part shown: a plan part name, or ``financing.source_amounts``),
    # ``computed`` (tool-computed: only with --appendix) and ``note`` (for a computed one, the
    # label saying that it is not part of the decision).
    appendices: list[Record] = field(default_factory=list)
    appendix_requested: bool = False
    # The section "Uppföljning" (plan render --actuals): a record with ``id`` (anchor), ``title``,
    # ``label`` (computed from the export, not decided), ``tables`` (``title``, ``header``,
    # ``numeric``, ``rows`` with ``cells``, ``total`` and ``status``), ``warnings`` and ``notes``
    # — every value a string, bool or list of them (see ``followup.outputs.document_data``); or None.
    followup: Record | None = None

    def anchor(self, section) -> str:
        return self.anchors[id(section)]

    @staticmethod
    def frequency_text(frequency: str | None) -> str:
        return FREQUENCIES.get(frequency or "", "")

    @staticmethod
    def months_text(months: list[int]) -> str:
        return month_list(months) if months else ""

    @staticmethod
    def md_image(image: str | None, alt: str | None) -> str:
        """A figure's image for a Markdown document (``![alt](<path>)``), or ``""`` (see
        :func:`.markup.markdown_image`)."""
        from .markup import markdown_image

        return markdown_image(image, alt)

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
    texts = {key.id: key.text for key in plan.financing.split_keys}
    lines = []
    shown_totals = {party: 0 for party in split.parties}
    for line in split.lines:
        stated = dict(line.stated) if line.stated is not None else None
        # What the appendix shows per party: the plan's stated amount, else the computed one.
        shown = {p: (stated[p] if stated is not None and p in stated else line.computed.get(p)) for p in split.parties}
        for party, value in shown.items():
            shown_totals[party] += value or 0
        lines.append(Record({
            "id": line.id, "name": line.name, "amount": line.amount, "key": line.key,
            "key_source": str(line.key_source), "also_follows": list(line.also_follows),
            "computed": dict(line.computed), "stated": stated,
            "sources": dict(line.sources), "differences": dict(line.differences),
            "shown": shown, "key_text": _key_text(line, texts),
        }))
    return SplitView(list(split.parties), list(split.sources), lines, split.party_totals(),
                     split.source_totals(), split.total(),
                     dict(split.stated_totals) if split.stated_totals is not None else None, shown_totals,
                     _stated_split_total(plan))


def _stated_split_total(plan: Plan) -> int | None:
    """The budget year's stated total in kronor, when the plan states one."""
    budget = plan.budget
    if budget is None or budget.total is None or budget.total.column_value(None) is None:
        return None
    return budget.total.column_value(None) * budget.kronor_per_unit


def _key_text(line, texts: dict[str, str]) -> str:
    """Which split key a line follows, in the key's own words (never its id), as the split found it:
    named on the line, followed by its stated amounts (all keys they follow equally), the nearest
    one when they follow none, or the plan's only key."""
    from ..split.allocate import KeySource

    if line.key is None:
        return "ingen fördelningsnyckel"
    text = texts.get(line.key, line.key)
    if line.key_source == KeySource.FOLLOWS:
        followed = [text] + [texts.get(key, key) for key in line.also_follows]
        return "Planens belopp följer " + join([f"”{t}”" for t in followed]) + (
            " (samma andelar)" if len(followed) > 1 else "")
    if line.key_source == KeySource.NEAREST:
        return f"Planens belopp följer ingen nyckel; beräknat med den närmaste, ”{text}”"
    return text


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

    def line_row(line: BudgetLine, path: str) -> BudgetRow:
        return BudgetRow(RowKind.LINE, line.name, line.amount, parties_of(line), line.staffing_percent,
                         {c: _stated(line, c) for c, _ in amount_columns}, path=path)

    def stated_and_computed(stated_item, computed_of) -> tuple[dict, dict]:
        """Per amount column: the stated figure, and the computed one where it is to be shown."""
        cells = {c: (_stated(stated_item, c) if stated_item is not None else None) for c, _ in amount_columns}
        computed = {}
        for column, _ in amount_columns:
            value = computed_of(_budget_column(column))
            if value is not None and value != cells[column]:
                computed[column] = value
        return cells, computed

    def parties_stated_and_computed(stated_parties, computed_of) -> tuple[dict, dict]:
        stated = {p: (stated_parties or {}).get(p) for p, _ in columns}
        computed = {}
        for party, _ in columns:
            value = computed_of(party)
            if value is not None and value != stated[party]:
                computed[party] = value
        return stated, computed

    def shown(cells: dict, computed: dict):
        first = amount_columns[0][0] if amount_columns else AMOUNT
        budget_column = next((c for c, _ in amount_columns if _budget_column(c) is None), first)
        value = cells.get(budget_column)
        return value if value is not None else computed.get(budget_column)

    for index, item in enumerate(budget.items):
        here = f"budget.items[{index}]"
        if isinstance(item, BudgetGroup):
            if item.group:
                rows.append(BudgetRow(RowKind.GROUP, item.group, None, path=here))
            for number, line in enumerate(item.lines):
                rows.append(line_row(line, f"{here}.lines[{number}]"))
            if item.subtotal is not None or item.group:
                subtotal = item.subtotal
                label = (subtotal.label if subtotal and subtotal.label else None) or f"Delsumma {item.group or ''}".strip()
                cells, computed = stated_and_computed(subtotal, lambda column, group=item: group_sum(group, column))
                parties, computed_parties = parties_stated_and_computed(
                    subtotal.parties if subtotal else None, lambda party, group=item: group_party_sum(group, party))
                rows.append(BudgetRow(RowKind.SUBTOTAL, label, shown(cells, computed), parties, cells=cells,
                                      computed=computed, computed_parties=computed_parties, path=f"{here}.subtotal"))
        elif isinstance(item, BudgetResult):
            cells, computed = stated_and_computed(
                item, lambda column, index=index: computed_result(budget, index, column))
            rows.append(BudgetRow(RowKind.RESULT, item.result, item.amount, {p: None for p, _ in columns},
                                  cells=cells, computed=computed, path=here))
        else:
            rows.append(line_row(item, here))
    # A table of costs always ends in its total; one with income, investments or results has a
    # total (of its costs) only where the plan states one: its results say what it amounts to.
    if not has_non_cost_lines(budget) or budget.total is not None:
        total = budget.total
        total_label = total.label if total and total.label else "Totalt"
        cells, computed = stated_and_computed(total, lambda column: computed_total(budget, column))
        parties, computed_parties = parties_stated_and_computed(
            total.parties if total else None, lambda party: party_column_sum(budget, party))
        rows.append(BudgetRow(RowKind.TOTAL, total_label, shown(cells, computed), parties, cells=cells,
                              computed=computed, computed_parties=computed_parties, path="budget.total"))
    return rows, columns, amount_columns


# --------------------------------------------------------------------------------------------
# The notice: what is wrong, by how much and where, in words for the board
# --------------------------------------------------------------------------------------------

NOTICE_TITLE = "Planen har fel som inte är rättade"
NOTICE_LEAD = (
    "Dokumentet är framställt trots att planen inte klarar granskningen. Tabellerna visar planens "
    "angivna belopp; där en summa inte stämmer med raderna står det beräknade beloppet bredvid, "
    "märkt beräknat."
)
# The parts whose data a finding's path can lie under, by the path's first steps.
_PART_PREFIXES = ("goals", "assignments", "financing", "organisation", "scope", "document")


def _path_steps(where: str | None) -> list[str | int]:
    """``budget.items[3].subtotal`` → ``["budget", "items", 3, "subtotal"]``."""
    if not where:
        return []
    return [int(index) if index else name for index, name in re.findall(r"\[(\d+)\]|([^.\[\]]+)", where)]


def _doc_amount(value: int, unit: str) -> str:
    """An amount in the notice: non-breaking spaces, in the table's unit (``16 000 000 kr``)."""
    return unit_amount(value, unit)


def _doc_difference(stated: int, computed: int, unit: str) -> str:
    off = stated - computed
    return f"{_doc_amount(abs(off), unit)} för {'mycket' if off > 0 else 'lite'}"


def _column_of(budget: Budget, steps: list) -> tuple[str | None, str]:
    """The amount column a stated figure's path points at: (column id as budget.py names it, words
    naming it in the notice, empty for a budget without year columns)."""
    if "values" in steps and steps.index("values") + 1 < len(steps):
        column_id = str(steps[steps.index("values") + 1])
        heading = next((c.heading for c in budget.columns if c.id == column_id), column_id)
        budget_column = budget.budget_column
        return (None if budget_column is not None and budget_column.id == column_id else column_id,
                f" i kolumnen {heading}")
    if budget.columns and budget.budget_column is not None:
        return None, f" i kolumnen {budget.budget_column.heading}"
    return None, ""


def _budget_sentence(plan: Plan, rule: str, steps: list, where: str) -> str | None:
    """The notice's sentence for a finding about the budget's figures, or ``None`` for the generic one."""
    budget = plan.budget
    if budget is None:
        return None
    unit = budget.unit
    column, in_column = _column_of(budget, steps)
    label = plan.financing.column_label
    if rule == "budget-total" and steps[:2] == ["budget", "total"] and budget.total is not None:
        stated, computed = budget.total.column_value(column), computed_total(budget, column)
        if stated is None or computed is None or stated == computed:
            return None
        summed = "kostnadsraderna" if has_non_cost_lines(budget) else "raderna"
        return (f"Totalsumman{in_column} i budgeten{where} anges till {_doc_amount(stated, unit)}, men "
                f"{summed} summerar till {_doc_amount(computed, unit)} — {_doc_difference(stated, computed, unit)}.")
    if rule == "budget-party-total" and steps[:3] == ["budget", "total", "parties"] and len(steps) > 3:
        party = str(steps[3])
        stated = (budget.total.parties or {}).get(party) if budget.total else None
        computed = party_column_sum(budget, party)
        if stated is None or computed is None or stated == computed:
            return None
        return (f"Totalsumman för {label(party)} i budgeten{where} anges till {_doc_amount(stated, unit)}, men "
                f"kolumnens rader summerar till {_doc_amount(computed, unit)} — "
                f"{_doc_difference(stated, computed, unit)}.")
    if rule == "budget-subtotal" and len(steps) > 3 and steps[:2] == ["budget", "items"] and steps[3] == "subtotal":
        group = budget.items[steps[2]] if isinstance(steps[2], int) and steps[2] < len(budget.items) else None
        if not isinstance(group, BudgetGroup) or group.subtotal is None:
            return None
        name = group.subtotal.label or group.group or "gruppen"
        if "parties" in steps and steps.index("parties") + 1 < len(steps):
            party = str(steps[steps.index("parties") + 1])
            stated, computed = (group.subtotal.parties or {}).get(party), group_party_sum(group, party)
            subject = f"Delsumman för {label(party)} i ”{name}”"
        else:
            stated, computed = group.subtotal.column_value(column), group_sum(group, column)
            subject = f"Delsumman ”{name}”{in_column}"
        if stated is None or computed is None or stated == computed:
            return None
        return (f"{subject} i budgeten{where} anges till {_doc_amount(stated, unit)}, men gruppens rader "
                f"summerar till {_doc_amount(computed, unit)} — {_doc_difference(stated, computed, unit)}.")
    if rule == "budget-result" and len(steps) > 2 and steps[:2] == ["budget", "items"] and isinstance(steps[2], int):
        item = budget.items[steps[2]] if steps[2] < len(budget.items) else None
        if not isinstance(item, BudgetResult):
            return None
        stated, computed = item.column_value(column), computed_result(budget, steps[2], column)
        if stated is None or computed is None or stated == computed:
            return None
        return (f"Resultatraden ”{item.result}”{in_column} i budgeten{where} anges till "
                f"{_doc_amount(stated, unit)}, men intäkterna och kostnaderna ovanför ger "
                f"{_doc_amount(computed, unit)} — {_doc_difference(stated, computed, unit)}.")
    if rule == "budget-line-parties" and steps[-1:] == ["parties"]:
        line = _line_at(budget, steps)
        if line is None or line.parties is None or line.amount is None:
            return None
        total, base = sum(line.parties.values()), abs(line.amount)
        if total == base:
            return None
        return (f"På raden ”{line.name}” i budgeten{where} blir beloppen per part tillsammans "
                f"{_doc_amount(total, unit)}, men radens belopp är {_doc_amount(base, unit)} — "
                f"{_doc_difference(total, base, unit)}.")
    return None


def _at(where: str | None) -> str:
    """`` (avsnitt 5.1)`` after a subject, or nothing when the place is not known."""
    return f" ({where})" if where else ""


def _line_at(budget: Budget, steps: list) -> BudgetLine | None:
    item = None
    if len(steps) > 2 and steps[1] == "items" and isinstance(steps[2], int) and steps[2] < len(budget.items):
        item = budget.items[steps[2]]
        if isinstance(item, BudgetGroup) and len(steps) > 4 and steps[3] == "lines" and isinstance(steps[4], int):
            item = item.lines[steps[4]] if steps[4] < len(item.lines) else None
    return item if isinstance(item, BudgetLine) else None


def _financing_sentence(plan: Plan, rule: str, steps: list, where: str) -> str | None:
    from ..budget import percent_total

    if rule == "financing-sources-sum" and plan.financing.sources:
        total = percent_total(source.share for source in plan.financing.sources)
        return f"Finansieringskällornas andelar{where} summerar till {percent(total)}, inte 100\u00a0%."
    if rule == "split-key-sum" and len(steps) > 2 and isinstance(steps[2], int):
        keys = plan.financing.split_keys
        key = keys[steps[2]] if steps[2] < len(keys) else None
        if key is None or key.shares is None:
            return None
        total = percent_total(key.shares.values())
        return f"Andelarna i fördelningsnyckeln ”{key.text}”{where} summerar till {percent(total)}, inte 100\u00a0%."
    if rule == "split-key-mismatch" and plan.budget is not None:
        line = _line_at(plan.budget, steps)
        key = next((k for k in plan.financing.split_keys if line is not None and k.id == line.split_key), None)
        if line is None or key is None:
            return None
        return f"Beloppen per part på raden ”{line.name}” i budgeten{where} följer inte fördelningsnyckeln ”{key.text}”."
    return None


_AMOUNT_IN_MESSAGE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=(?:kr|tkr|mnkr|%)(?![\w]))")


def _generic_sentence(message: str, where: str | None) -> str:
    """A finding's message as a sentence: capitalised, amounts unbroken, the place in the document."""
    text = _AMOUNT_IN_MESSAGE.sub("\u00a0", message.strip())
    text = text[:1].upper() + text[1:]
    text += _at(where)
    return text if text.endswith((".", "!", "?")) else text + "."


def _places(data: Record, anchors: dict[int, str]) -> dict[str, tuple[str, str]]:
    """Where each placed part stands: part name → (anchor, words: ``avsnitt 5.1``)."""
    out: dict[str, tuple[str, str]] = {}
    for section in _sections(data.sections):
        for block in section.content:
            if "part" in block and block.part not in out:
                out[block.part] = (anchors[id(section)], _section_words(section))
    return out


def _section_words(section: Record) -> str:
    return f"avsnitt {section.number}" if section.number else f"avsnittet ”{section.title}”"


def _place_of(steps: list, data: Record, anchors: dict[int, str], places: dict[str, tuple[str, str]],
              appendix_places: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """Where in the document the data at ``steps`` is shown: (anchor, words), or (None, None)."""
    if not steps:
        return None, None
    if steps[0] == "sections":
        section, level, i = None, data.sections, 0
        while i + 1 < len(steps) and steps[i] == "sections" and isinstance(steps[i + 1], int) \
                and steps[i + 1] < len(level):
            section = level[steps[i + 1]]
            level, i = section.sections, i + 2
        return (anchors[id(section)], _section_words(section)) if section is not None else (None, None)
    if steps[0] == "document" and (len(steps) < 2 or steps[1] != "revisions"):
        return None, "dokumentuppgifterna"
    name = str(steps[0])
    if name in _PART_PREFIXES and len(steps) > 1:
        name = f"{steps[0]}.{steps[1]}"
    for table in (places, appendix_places):
        if name in table:
            return table[name]
    return None, None


def _notice(plan: Plan, findings: list[Finding], data: Record, anchors: dict[int, str],
            appendix_places: dict[str, tuple[str, str]]) -> Record | None:
    """The notice for a document rendered with errors, for the board: what is wrong, by how
    much and where in the document — no rule ids, no line numbers, no file names. Each item is
    a record: ``text`` (a Swedish sentence, amounts with non-breaking spaces), ``anchor`` (the
    section it concerns, or ``None``) and ``where`` (``avsnitt 5.1``, or ``None``)."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if not errors:
        return None
    places = _places(data, anchors)
    items, seen = [], set()
    for finding in errors:
        steps = _path_steps(finding.where)
        anchor, where = _place_of(steps, data, anchors, places, appendix_places)
        text = None
        if steps[:1] == ["budget"]:
            text = _budget_sentence(plan, finding.rule, steps, _at(where))
        elif steps[:1] == ["financing"]:
            text = _financing_sentence(plan, finding.rule, steps, _at(where))
        if text is None:
            text = _generic_sentence(finding.message, where)
        if text in seen:
            continue
        seen.add(text)
        items.append(Record({"text": text, "anchor": anchor, "where": where}))
    return Record({"title": NOTICE_TITLE, "lead": NOTICE_LEAD, "items": items})


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


def _followup_record(value):
    """The follow-up's document data (plain dicts, lists and strings) as read-only records."""
    if isinstance(value, dict):
        return Record({key: _followup_record(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_followup_record(item) for item in value]
    if isinstance(value, (str, bool)) or value is None:
        return value
    raise TypeError(f"no plain form for {type(value).__name__}")


def _free_anchor(base: str, anchors: dict[int, str]) -> str:
    used = set(anchors.values())
    anchor, n = base, 2
    while anchor in used:
        anchor, n = f"{base}-{n}", n + 1
    return anchor


def build_view(plan: Plan, file: str, findings: list[Finding], appendix: bool = False,
               followup: dict | None = None) -> DocumentView:
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
    # A part the author never placed is still the author's content: an appendix of its own,
    # titled by what it is. The split per party is the tool's own computation, not the plan's:
    # it is shown where the author places it, else only on request (--appendix).
    unplaced = [p for p in PART_NAMES
                if p not in placed and p != "financing.split" and not _part_is_empty(data, split, p)]
    appendices = _appendices([p for p in unplaced if p not in OWN_PLACE], plan, split, placed, appendix)
    appendix_places = {record.part: (record.id, f"bilaga {record.number}") for record in appendices}
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
        notice=_notice(plan, findings, data, anchors, appendix_places),
        appendices=appendices,
        appendix_requested=appendix,
        followup=None if followup is None else _followup_record(
            {**followup, "id": _free_anchor("uppfoljning", anchors)}),
    )


COMPUTED_NOTE = "Beräknat av plan render ur planens uppgifter – ingår inte i beslutet."
COMPUTED_TITLES = {
    "financing.source_amounts": "Budgeten per finansieringskälla (beräknad)",
    "financing.split": "Budgeten fördelad per part (beräknad)",
}


def _appendices(unplaced: list[str], plan: Plan, split: SplitView | None, placed: set[str],
                requested: bool) -> list[Record]:
    """The document's appendices: each part of the plan that no section places, titled by what it
    is; then, only when ``requested``, the tool's computations, each labelled as not decided."""
    entries = [(name, PART_TITLES[name], False) for name in unplaced]
    if requested and split is not None:
        if plan.financing.sources and split.sources and split.amount:
            entries.append(("financing.source_amounts", COMPUTED_TITLES["financing.source_amounts"], True))
        if "financing.split" not in placed and split.parties and split.lines:
            entries.append(("financing.split", COMPUTED_TITLES["financing.split"], True))
    return [
        Record({
            "id": f"bilaga-{number}", "number": number, "title": f"Bilaga {number}: {title}", "part": name,
            "computed": computed, "note": COMPUTED_NOTE if computed else None,
        })
        for number, (name, title, computed) in enumerate(entries, 1)
    ]
