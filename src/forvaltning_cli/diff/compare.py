"""The semantic diff of two plans: what changed, item by item, with stable paths.

Items are matched by their ``id``, failing that by their name (a budget line's ``name``, a
forum's ``name``, an abbreviation's term …); reorderings are reported as moves. Free text is
compared paragraph by paragraph, and changed paragraphs carry a word diff. The budget is compared
line by line with old and new amounts, the difference in kronor and in percent, per party, and
with the computed totals. Paths name items by identifier, never by list position, e.g.
``budget.items[support-hmc].amount`` or ``organisation.decision_forums[Ledningsråd för hjälpmedel].frequency``.

A multi-year table is compared per year column, the columns matched by ``id`` (the budget year
once, at the path the author wrote it: ``budget.items[personal].values.budget-2019``); amounts are
in the table's unit (``tkr``), or in kronor when the two tables' units differ. The pm3 parts,
fees, population and registry data are compared item by item the same way.

When the new plan's period is the old one moved by whole years, the old plan is first rolled
forward the way ``plan new`` does it, so that a year diff shows only what the author changed.
"""

from __future__ import annotations

import copy
import difflib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable

from ..budget import computed_total, has_non_cost_lines, iter_lines, party_column_sum
from ..findings import Finding, Severity
from ..model import Budget, BudgetGroup, BudgetResult, ListEntry, Plan, Scope, iter_sections
from ..swedish import participle
from .naming import budget_group_paths, budget_line_paths, identity, item_labels, text_key

DIFF_FORMAT_VERSION = 1


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"


class DiffStatus(StrEnum):
    """What happened to a plan file between the two sides."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    RENAMED = "renamed"  # the same content under a new name
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference."""

    area: str
    path: str
    kind: ChangeKind
    label: str
    old: Any = None
    new: Any = None
    delta: int | None = None
    percent: Decimal | None = None
    unit: str | None = None  # old, new and delta are numbers in this unit (kr, tkr, mnkr, %, invånare)
    per: str | None = None  # what a price is per ("per kommuninvånare")
    words: bool = True  # a text change is shown word by word; False: "old → new" (names, dates)
    missing: str | None = None  # how a side without a value is named ("ingen status")

    def as_dict(self) -> dict:
        out = {"area": self.area, "path": self.path, "kind": self.kind, "label": self.label,
               "old": _jsonable(self.old), "new": _jsonable(self.new)}
        if self.delta is not None:
            out["delta"] = self.delta
        if self.percent is not None:
            out["percent"] = str(self.percent)
        if self.unit is not None and self.unit != "kr":  # amounts are kronor unless a unit is given
            out["unit"] = self.unit
        if self.per is not None:
            out["per"] = self.per
        return out


@dataclass(slots=True)
class BudgetSummary:
    """The budget year's computed total cost, before and after, in ``unit`` (the tables' unit,
    or kronor when the two tables have different units: ``unit_change`` is then (old, new))."""

    old_total: int | None
    new_total: int | None
    parties: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    unit: str = "kr"
    unit_change: tuple[str, str] | None = None
    years: tuple[int | None, int | None] = (None, None)
    multi_year: bool = False  # a table with year columns, income or results: the headline names the year
    costs_only: bool = True  # no income, investments or results: the total is "the budget"
    columns: list[tuple[str, str]] = field(default_factory=list)  # (id, heading) compared, both sides
    only_old: list[tuple[str, str]] = field(default_factory=list)
    only_new: list[tuple[str, str]] = field(default_factory=list)

    @property
    def delta(self) -> int | None:
        if self.old_total is None or self.new_total is None:
            return None
        return self.new_total - self.old_total

    @property
    def percent(self) -> Decimal | None:
        return percent_change(self.old_total, self.new_total)


@dataclass(slots=True)
class PlanDiff:
    """Everything that differs between two versions of one plan."""

    old_label: str | None
    new_label: str | None
    old_plan: Plan | None
    new_plan: Plan | None
    old_findings: list[Finding]
    new_findings: list[Finding]
    changes: list[Change] = field(default_factory=list)
    budget: BudgetSummary | None = None
    rolled_years: int = 0
    renamed: bool = False
    base_note: str | None = None  # plan diff --git: what the old side is (merge base or tip)

    @property
    def status(self) -> DiffStatus:
        if self.old_label is None:
            return DiffStatus.ADDED
        if self.new_label is None:
            return DiffStatus.REMOVED
        if self.changes or self.validation_changed or self.comparable is False:
            return DiffStatus.CHANGED
        return DiffStatus.RENAMED if self.renamed else DiffStatus.UNCHANGED

    @property
    def comparable(self) -> bool:
        return self.old_plan is not None and self.new_plan is not None

    @property
    def introduced(self) -> list[Finding]:
        return _paired_findings(self.old_findings, self.new_findings)[0]

    @property
    def resolved(self) -> list[Finding]:
        return _paired_findings(self.old_findings, self.new_findings)[2]

    @property
    def changed_findings(self) -> list[tuple[Finding, Finding]]:
        """``(old, new)`` for findings present in both versions whose message changed."""
        return _paired_findings(self.old_findings, self.new_findings)[1]

    @property
    def validation_changed(self) -> bool:
        return bool(self.introduced or self.resolved or self.changed_findings)


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def _paired_findings(old: list[Finding], new: list[Finding]):
    """``(introduced, changed, resolved)``: a finding that is in both versions word for word is
    unchanged; one left whose rule and place match one left on the other side has changed; the
    rest are new or gone. Several findings of one rule at one place (two checks that crashed)
    pair with their own message first, so that an unchanged plan shows no change."""
    def exact(f: Finding) -> tuple:
        return (*_finding_key(f), f.message)

    remaining: dict[tuple, list[int]] = {}
    for index, finding in enumerate(old):
        remaining.setdefault(exact(finding), []).append(index)
    used: set[int] = set()
    unmatched: list[Finding] = []
    for finding in new:
        bucket = remaining.get(exact(finding))
        if bucket:
            used.add(bucket.pop(0))
        else:
            unmatched.append(finding)
    by_place: dict[tuple, list[int]] = {}
    for index, finding in enumerate(old):
        if index not in used:
            by_place.setdefault(_finding_key(finding), []).append(index)
    introduced, changed = [], []
    for finding in unmatched:
        bucket = by_place.get(_finding_key(finding))
        if bucket:
            index = bucket.pop(0)
            used.add(index)
            changed.append((old[index], finding))
        else:
            introduced.append(finding)
    resolved = [finding for index, finding in enumerate(old) if index not in used]
    return introduced, changed, resolved


def _finding_key(finding: Finding) -> tuple[str, str]:
    """A finding's identity across two versions: its rule and the place in the plan it is about
    (so a total whose amount changed is the same finding, changed); the message where the plan
    could not be read."""
    return (finding.rule, finding.where) if finding.where is not None else (finding.rule, finding.message)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):  # 70, not 7E+1
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def percent_change(old: int | None, new: int | None) -> Decimal | None:
    """``(new - old) / old`` in percent with one decimal (half up); ``None`` from 0 or unknown."""
    if old in (None, 0) or new is None:
        return None
    return (Decimal(new - old) * 100 / Decimal(old)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------------------
# Matching
# ------------------------------------------------------------------------------------------


def _match(old: list, new: list, key) -> tuple[list[tuple[Any, Any]], list, list]:
    """Pair items with equal keys; the rest are removed (old) and added (new)."""
    new_by_key: dict[Any, list] = {}
    for item in new:
        new_by_key.setdefault(key(item), []).append(item)
    pairs, removed = [], []
    for item in old:
        bucket = new_by_key.get(key(item))
        if bucket:
            pairs.append((item, bucket.pop(0)))
        else:
            removed.append(item)
    paired_new = {id(b) for _, b in pairs}
    added = [item for item in new if id(item) not in paired_new]
    return pairs, removed, added


def _moved(pairs: list[tuple[Any, Any]], new: list) -> set[int]:
    """ids of new items whose order relative to the other matched items changed."""
    position = {id(item): i for i, item in enumerate(new)}
    sequence = [position[id(b)] for _, b in pairs]
    # Longest increasing subsequence: the items that kept their relative order.
    tails: list[int] = []
    links: dict[int, int | None] = {}
    tail_index: list[int] = []
    for i, value in enumerate(sequence):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        links[i] = tail_index[lo - 1] if lo else None
        if lo == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[lo] = value
            tail_index[lo] = i
    keep = set()
    node = tail_index[-1] if tail_index else None
    while node is not None:
        keep.add(node)
        node = links[node]
    return {id(pairs[i][1]) for i in range(len(pairs)) if i not in keep}


def _short(text: str, width: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------------------------------
# Comparisons by area
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Compared:
    """A field of an item that is compared: its attribute (dotted for a nested one, ``basis.equal``),
    its Swedish label (empty: the item's own name says it, "Roll Objektägare: A → B"), and how it
    is shown: word by word (running text) or as "old → new"; ``money``: an amount in the budget
    table's unit; ``unit``: another number's unit."""

    attribute: str
    label: str
    words: bool = True
    money: bool = False
    unit: str | None = None
    per: Callable[[Any], str | None] | None = None  # what a price is per, from the (new) item


def _attribute(item: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        item = getattr(item, name, None) if item is not None else None
    return item


class Scale:
    """How the amounts of two budget tables are compared: in their unit when it is the same, in
    kronor when the unit differs (kr → tkr). A side without a budget counts in the other's unit."""

    def __init__(self, old: Budget | None, new: Budget | None) -> None:
        old_unit, new_unit = (old.unit if old else None), (new.unit if new else None)
        self.change = (old_unit, new_unit) if old_unit and new_unit and old_unit != new_unit else None
        self.unit = "kr" if self.change else (new_unit or old_unit or "kr")
        self._old = old.kronor_per_unit if self.change else 1  # type: ignore[union-attr]
        self._new = new.kronor_per_unit if self.change else 1  # type: ignore[union-attr]

    def old(self, value: int | None) -> int | None:
        return None if value is None else value * self._old

    def new(self, value: int | None) -> int | None:
        return None if value is None else value * self._new


class _Collector:
    def __init__(self, scale: Scale | None = None) -> None:
        self.changes: list[Change] = []
        self.scale = scale or Scale(None, None)

    def add(self, area: str, path: str, kind: str, label: str, old: Any = None, new: Any = None,
            delta: int | None = None, percent: Decimal | None = None, **shown: Any) -> None:
        self.changes.append(Change(area, path, ChangeKind(kind), label, old, new, delta, percent, **shown))

    def field(self, area: str, path: str, label: str, old: Any, new: Any, **shown: Any) -> None:
        if old != new:
            kind = "added" if old in (None, "", [], {}) else "removed" if new in (None, "", [], {}) else "changed"
            self.add(area, path, kind, label, old, new, **shown)

    def money(self, area: str, path: str, label: str, old: int | None, new: int | None, *,
              delta: bool = True) -> None:
        """An amount in the budget table's unit (``old``/``new`` as written; scaled here)."""
        old, new = self.scale.old(old), self.scale.new(new)
        if old == new:
            return
        kind = "added" if old is None else "removed" if new is None else "changed"
        difference = new - old if delta and old is not None and new is not None else None
        self.add(area, path, kind, label, old, new, difference,
                 percent_change(old, new) if difference is not None else None, unit=self.scale.unit)

    def keyed(self, area: str, base: str, noun: str, old: list, new: list, key, name, fields) -> None:
        """Compare two lists of items matched by ``key``; ``fields`` are (attribute, label) or
        :class:`Compared`."""
        fields = [f if isinstance(f, Compared) else Compared(*f) for f in fields]
        pairs, removed, added = _match(old, new, key)
        moved = _moved(pairs, new)
        for item in removed:
            self.add(area, f"{base}[{key(item)}]", "removed", f"{noun} {name(item)}", old=_describe(item, fields))
        for item in added:
            self.add(area, f"{base}[{key(item)}]", "added", f"{noun} {name(item)}", new=_describe(item, fields))
        for a, b in pairs:
            here = f"{base}[{key(a)}]"
            for spec in fields:
                label = f"{noun} {name(b)}: {spec.label}" if spec.label else f"{noun} {name(b)}"
                x, y = _attribute(a, spec.attribute), _attribute(b, spec.attribute)
                if spec.money:
                    self.money(area, f"{here}.{spec.attribute}", label, x, y)
                else:
                    shown = {} if spec.words else {"words": False}
                    if spec.unit:
                        shown["unit"] = spec.unit
                    if spec.per:
                        shown["per"] = spec.per(b)
                    self.field(area, f"{here}.{spec.attribute}", label, _value(x), _value(y), **shown)
            if id(b) in moved:
                self.add(area, here, "moved", f"{noun} {name(b)} har flyttats",
                         old=old.index(a) + 1, new=new.index(b) + 1)

    def part(self, area: str, shape: str, noun: str, old: list, new: list, name, fields) -> None:
        """A list of a plan part whose items are named as ``naming`` names them (by id, else by
        their identity key, else by their place)."""
        labels = {**item_labels(old, shape), **item_labels(new, shape)}
        self.keyed(area, shape, noun, old, new, lambda item: labels[id(item)], name, fields)


def _value(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, Decimal, list, dict)):
        return value
    return str(value)


def _describe(item: Any, fields) -> dict:
    out = {}
    for spec in fields:
        value = _attribute(item, spec.attribute)
        if value not in (None, "", [], {}):
            out[spec.attribute] = _value(value)  # as_dict makes it JSON; the report writes 4,5 and 70
    return out


PERSON_FIELDS = (("name", ""), ("title", "befattning"), ("organisation", "organisation"), ("email", "e-post"),
                 ("phone", "telefon"), ("postal_address", "postadress"))


def _document(c: _Collector, old: Plan, new: Plan) -> None:
    a, b = old.document, new.document
    for key, label in (("type", "dokumenttyp"), ("title", "titel"), ("subtitle", "undertitel"),
                       ("collaboration", "samverkan"), ("version", "version"), ("language", "språk")):
        c.field("document", f"document.{key}", f"Dokument: {label}", getattr(a, key), getattr(b, key))
    c.field("document", "document.edition", "Dokument: utgåva", a.edition, b.edition)
    status_a, status_b = (a.status.value if a.status else None), (b.status.value if b.status else None)
    if status_a != status_b:  # a document may state no status: "Utgåva → ingen status", never a crash
        c.add("document", "document.status", "changed", "Dokument: status", status_a, status_b,
              missing="ingen status")
    for key, label in (("registry_number", "diarienummer"), ("case", "ärende")):
        c.field("document", f"document.{key}", f"Dokument: {label}", getattr(a, key), getattr(b, key), words=False)
    for key, label in (("handler", "handläggare"), ("document_owner", "dokumentansvarig"), ("address", "adress")):
        pa, pb = getattr(a, key), getattr(b, key)
        for attribute, what in PERSON_FIELDS:
            c.field("document", f"document.{key}.{attribute}",
                    f"Dokument: {label}" + (f", {what}" if what else ""),
                    _attribute(pa, attribute), _attribute(pb, attribute), words=False)
    for key, label in (("issued", "utfärdat"), ("approved", "godkänt")):
        sa, sb = getattr(a, key), getattr(b, key)
        c.field("document", f"document.{key}.by", f"Dokument: {label} av", sa and sa.by, sb and sb.by)
        c.field("document", f"document.{key}.date", f"Dokument: {label} datum",
                sa and sa.date and str(sa.date), sb and sb.date and str(sb.date))
    da, db = a.decision, b.decision
    c.field("document", "document.decision.forum", "Dokument: beslutsforum", da and da.forum, db and db.forum)
    c.field("document", "document.decision.date", "Dokument: beslutsdatum",
            da and da.date and str(da.date), db and db.date and str(db.date))
    c.field("document", "document.organisations", "Dokument: organisationer", a.organisations, b.organisations)
    c.part("document", "document.revisions", "Revision", a.revisions, b.revisions,
           lambda r: r.version or (str(r.date) if r.date else None) or _short(r.change, 40),
           (Compared("version", "version", words=False), Compared("date", "datum", words=False),
            Compared("by", "av", words=False), Compared("change", "ändring")))
    pa, pb = old.period, new.period
    c.field("period", "period", "Period", f"{pa.first_day} – {pa.last_day}", f"{pb.first_day} – {pb.last_day}")


def _block_text(block: Any) -> str:
    if hasattr(block, "text"):
        return block.text
    if hasattr(block, "bullets"):
        return "\n".join("  " * depth + "- " + text for depth, text in _flatten(block.bullets))
    if hasattr(block, "figure"):
        return f"Figur: {block.figure}" if not block.figure.startswith("Figur") else block.figure
    return f"[{block.part}]"


def _flatten(items: list, depth: int = 0) -> list[tuple[int, str]]:
    out = []
    for item in items:
        if isinstance(item, ListEntry):
            out.append((depth, item.text))
            out += _flatten(item.items, depth + 1)
        else:
            out.append((depth, item))
    return out


def _sequence(c: _Collector, area: str, base: str, noun: str, old: list[str], new: list[str]) -> None:
    """Compare two sequences of paragraphs: changed ones get a word diff, the rest are added or removed."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = old[i1:i2], new[j1:j2]
        while olds and news:
            a, b = olds[0], news[0]
            if difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False).ratio() >= 0.5:
                c.add(area, f"{base}[{text_key(a)}]", "changed", f"{noun} {participle(noun, ChangeKind.CHANGED)}", old=a, new=b)
                olds, news = olds[1:], news[1:]
            elif len(olds) >= len(news):
                c.add(area, f"{base}[{text_key(a)}]", "removed", f"{noun} {participle(noun, ChangeKind.REMOVED)}", old=a)
                olds = olds[1:]
            else:
                c.add(area, f"{base}[{text_key(b)}]", "added", f"{noun} {participle(noun, ChangeKind.ADDED)}", new=b)
                news = news[1:]
        for a in olds:
            c.add(area, f"{base}[{text_key(a)}]", "removed", f"{noun} {participle(noun, ChangeKind.REMOVED)}", old=a)
        for b in news:
            c.add(area, f"{base}[{text_key(b)}]", "added", f"{noun} {participle(noun, ChangeKind.ADDED)}", new=b)


def _section_key(section) -> str:
    return section.id or section.title


def _sections(c: _Collector, old: Plan, new: Plan) -> None:
    olds = [s for _, s in iter_sections(old.sections)]
    news = [s for _, s in iter_sections(new.sections)]

    def name(section) -> str:
        return f"{section.number} {section.title}" if section.number else section.title

    pairs, removed, added = _match(olds, news, _section_key)
    moved = _moved(pairs, news)
    for s in removed:
        c.add("sections", f"sections[{_section_key(s)}]", "removed", f"Avsnitt {name(s)}",
              old="\n\n".join(_block_text(b) for b in s.content))
    for s in added:
        c.add("sections", f"sections[{_section_key(s)}]", "added", f"Avsnitt {name(s)}",
              new="\n\n".join(_block_text(b) for b in s.content))
    for a, b in pairs:
        here = f"sections[{_section_key(a)}]"
        c.field("sections", f"{here}.number", f"Avsnitt {name(b)}: nummer", a.number, b.number)
        c.field("sections", f"{here}.title", f"Avsnitt {name(b)}: rubrik", a.title, b.title)
        _sequence(c, "sections", f"{here}.content", f"Avsnitt {name(b)}: stycke",
                  [_block_text(x) for x in a.content], [_block_text(x) for x in b.content])
        if id(b) in moved:
            c.add("sections", here, "moved", f"Avsnitt {name(b)} har flyttats")


GOAL_GROUPS = (("overall", "Övergripande mål"), ("long_term", "Långsiktigt mål"), ("short_term", "Kortsiktigt mål"))
ASSIGNMENT_GROUPS = (("maintenance", "Vidmakthållande"), ("further_development", "Vidareutveckling"),
                     ("new_development", "Nyutveckling"))


def _lists(c: _Collector, area: str, groups, old_owner, new_owner) -> None:
    for key, noun in groups:
        old_items = ["  " * d + t for d, t in _flatten(getattr(old_owner, key))]
        new_items = ["  " * d + t for d, t in _flatten(getattr(new_owner, key))]
        _sequence(c, area, f"{area}.{key}", noun, old_items, new_items)


def _measurable_goals(c: _Collector, old: Plan, new: Plan) -> None:
    c.part("goals", "goals.measurable", "Mätbart mål", old.goals.measurable, new.goals.measurable,
           lambda g: _short(g.goal),
           (Compared("goal", "mål"), Compared("indicator", "indikator"), Compared("baseline", "utgångsläge"),
            Compared("target", "målvärde"), Compared("outcome", "utfall"), Compared("due", "klart", words=False),
            Compared("owner", "ansvarig", words=False)))


def _line_key(line) -> str:
    return line.id or line.name


def _headings(a: Budget, b: Budget) -> dict[str, str]:
    """Column id → heading (the new table's heading where both have the column)."""
    return {**{col.id: col.heading for col in a.columns}, **{col.id: col.heading for col in b.columns}}


def _compared_columns(a: Budget, b: Budget) -> list[str]:
    """The year columns whose values are compared: those with the same id in both tables (in the
    new table's order); a table without year columns has only its budget-year amounts."""
    old_ids = {col.id for col in a.columns}
    return list(dict.fromkeys(col.id for col in b.columns if col.id in old_ids))


def _amounts(c: _Collector, here: str, label: str, x, y, columns: list[str], headings: dict[str, str],
             delta: bool = True) -> None:
    """A line's, stated sum's or result's amounts: the budget year, then each compared year
    column (the budget-year column once: when both sides read the budget year from the same
    column, its change is the budget-year change, at the path the author wrote)."""
    path = f"{here}.values.{y.amount_from}" if y.amount_from else f"{here}.amount"
    year_label = label
    if x.amount_from and y.amount_from and x.amount_from != y.amount_from:  # two budget years
        year_label = (f"{label}: budgetåret ({headings.get(x.amount_from, x.amount_from)} → "
                      f"{headings.get(y.amount_from, y.amount_from)})")
    elif y.amount_from:
        year_label = f"{label}: {headings.get(y.amount_from, y.amount_from)}"
    c.money("budget", path, year_label, x.amount, y.amount, delta=delta)
    same = x.amount_from if x.amount_from is not None and x.amount_from == y.amount_from else None
    for column in columns:
        if column == same:
            continue
        c.money("budget", f"{here}.values.{column}", f"{label}: {headings.get(column, column)}",
                (x.values or {}).get(column), (y.values or {}).get(column), delta=delta)


def _budget(c: _Collector, old: Plan, new: Plan) -> BudgetSummary | None:
    a, b = old.budget, new.budget
    if a is None and b is None:
        return None
    scale = c.scale
    if a is None or b is None:
        c.add("budget", "budget", "added" if a is None else "removed", "Budget",
              old=a and computed_total(a), new=b and computed_total(b), unit=scale.unit)
        return _summary(a, b, scale)
    for key, label in (("title", "rubrik"), ("year", "år"), ("cost_centre", "ansvar"), ("activity", "aktivitet"),
                       ("decided_by", "beslutas av"), ("decided_when", "beslutas när"), ("status", "status"),
                       ("parties", "kolumner")):
        c.field("budget", f"budget.{key}", f"Budget: {label}", getattr(a, key), getattr(b, key))
    if scale.change:
        c.add("budget", "budget.unit", "changed", "Budget: enhet (beloppen jämförs i kronor)", a.unit, b.unit,
              words=False)
    c.field("budget", "budget.costs_negative", "Budget: kostnader med minustecken", a.costs_negative, b.costs_negative)
    c.part("budget", "budget.columns", "Årskolumn", a.columns, b.columns, lambda col: col.heading,
           (Compared("heading", "rubrik", words=False), Compared("kind", "slag", words=False), ("year", "år")))
    columns = _compared_columns(a, b) if a.columns and b.columns else []
    headings = _headings(a, b)
    old_paths, new_paths = budget_line_paths(a), budget_line_paths(b)
    old_lines = [at.line for at in iter_lines(a)]
    new_lines = [at.line for at in iter_lines(b)]
    pairs, removed, added = _match(old_lines, new_lines, _line_key)
    moved = _moved(pairs, new_lines)
    for line in removed:
        amount = scale.old(line.amount)
        c.add("budget", old_paths[id(line)], "removed", f"Budgetrad {line.name}",
              old=amount, delta=-(amount or 0), unit=scale.unit)
    for line in added:
        amount = scale.new(line.amount)
        c.add("budget", new_paths[id(line)], "added", f"Budgetrad {line.name}",
              new=amount, delta=amount or 0, unit=scale.unit)
    same_unit = not scale.change
    for x, y in pairs:
        here = new_paths[id(y)]
        if same_unit and x == y and x.amount_from == y.amount_from:  # the usual line: nothing to tell
            if id(y) in moved:
                c.add("budget", here, "moved", f"Budgetrad {y.name} har flyttats")
            continue
        c.field("budget", f"{here}.name", f"Budgetrad {y.name}: benämning", x.name, y.name)
        c.field("budget", f"{here}.kind", f"Budgetrad {y.name}: radtyp", x.kind, y.kind, words=False)
        _amounts(c, here, f"Budgetrad {y.name}", x, y, columns, headings)
        for party in dict.fromkeys([*(x.parties or {}), *(y.parties or {})]):
            c.money("budget", f"{here}.parties.{party}", f"Budgetrad {y.name}: {party}",
                    (x.parties or {}).get(party), (y.parties or {}).get(party))
        c.field("budget", f"{here}.staffing_percent", f"Budgetrad {y.name}: bemanning",
                x.staffing_percent, y.staffing_percent)
        c.field("budget", f"{here}.split_key", f"Budgetrad {y.name}: fördelningsnyckel", x.split_key, y.split_key)
        c.field("budget", f"{here}.activity_type", f"Budgetrad {y.name}: aktivitetstyp",
                x.activity_type, y.activity_type, words=False)
        if id(y) in moved:
            c.add("budget", here, "moved", f"Budgetrad {y.name} har flyttats")
    _results(c, a, b, columns, headings, old_paths, new_paths)
    old_groups = [item for item in a.items if isinstance(item, BudgetGroup)]
    new_groups = [item for item in b.items if isinstance(item, BudgetGroup)]
    group_key = lambda g: g.id or g.group or (g.subtotal.label if g.subtotal else "") or ""  # noqa: E731
    group_paths = budget_group_paths(b)
    for x, y in _match(old_groups, new_groups, group_key)[0]:
        here, label = f"{group_paths[id(y)]}.subtotal", f"Budget: angiven delsumma {group_key(y)}"
        if x.subtotal and y.subtotal:
            _amounts(c, here, label, x.subtotal, y.subtotal, columns, headings, delta=False)
        else:
            c.money("budget", f"{here}.amount", label, x.subtotal and x.subtotal.amount,
                    y.subtotal and y.subtotal.amount, delta=False)
    ta, tb = a.total, b.total
    if ta and tb:
        _amounts(c, "budget.total", "Budget: angiven totalsumma", ta, tb, columns, headings, delta=False)
    else:
        c.money("budget", "budget.total.amount", "Budget: angiven totalsumma", ta and ta.amount, tb and tb.amount,
                delta=False)
    if ta and tb and ta.parties and tb.parties:  # per party, in the compared unit
        for party in dict.fromkeys([*ta.parties, *tb.parties]):
            c.money("budget", f"budget.total.parties.{party}", f"Budget: angiven summa för {party}",
                    ta.parties.get(party), tb.parties.get(party), delta=False)
    else:
        c.field("budget", "budget.total.parties", "Budget: angivna summor per part",
                ta and ta.parties, tb and tb.parties)
    return _summary(a, b, scale)


def _results(c: _Collector, a: Budget, b: Budget, columns: list[str], headings: dict[str, str],
             old_paths: dict[int, str], new_paths: dict[int, str]) -> None:
    """Stated result rows, matched by id, else by their text."""
    old_results = [item for item in a.items if isinstance(item, BudgetResult)]
    new_results = [item for item in b.items if isinstance(item, BudgetResult)]
    key = lambda r: identity(r, "budget.items")  # noqa: E731
    pairs, removed, added = _match(old_results, new_results, key)
    moved = _moved(pairs, new_results)
    for item in removed:
        c.add("budget", old_paths[id(item)], "removed", f"Resultatrad {item.result}",
              old=c.scale.old(item.amount), unit=c.scale.unit)
    for item in added:
        c.add("budget", new_paths[id(item)], "added", f"Resultatrad {item.result}",
              new=c.scale.new(item.amount), unit=c.scale.unit)
    for x, y in pairs:
        here = new_paths[id(y)]
        c.field("budget", f"{here}.result", f"Resultatrad {y.result}: text", x.result, y.result)
        _amounts(c, here, f"Resultatrad {y.result}", x, y, columns, headings)
        if id(y) in moved:
            c.add("budget", here, "moved", f"Resultatrad {y.result} har flyttats")


def _summary(a: Budget | None, b: Budget | None, scale: Scale) -> BudgetSummary:
    """The budget-year totals (and the party columns) of the two tables, in ``scale``'s unit."""
    parties: dict[str, tuple[int | None, int | None]] = {}
    if a is not None and b is not None:
        parties = {p: (scale.old(party_column_sum(a, p)) if p in a.parties else None,
                       scale.new(party_column_sum(b, p)) if p in b.parties else None)
                   for p in dict.fromkeys([*a.parties, *b.parties])}
    both = [x for x in (a, b) if x is not None]
    summary = BudgetSummary(
        scale.old(computed_total(a)) if a is not None else None,
        scale.new(computed_total(b)) if b is not None else None,
        parties, unit=scale.unit, unit_change=scale.change,
        years=(a.year if a is not None else None, b.year if b is not None else None),
        multi_year=any(x.columns or has_non_cost_lines(x) for x in both),
        costs_only=not any(has_non_cost_lines(x) for x in both),
    )
    if a is not None and b is not None and (a.columns or b.columns):
        compared = set(_compared_columns(a, b))
        summary.columns = [(col.id, col.heading) for col in b.columns if col.id in compared]
        summary.only_old = [(col.id, col.heading) for col in a.columns if col.id not in compared]
        summary.only_new = [(col.id, col.heading) for col in b.columns if col.id not in compared]
    return summary


def _financing(c: _Collector, old: Plan, new: Plan) -> None:
    fa, fb = old.financing, new.financing
    c.keyed("financing", "financing.parties", "Part", fa.parties, fb.parties, lambda p: p.id, lambda p: p.id,
            (("name", "namn"), ("column", "kolumn")))
    c.keyed("financing", "financing.split_keys", "Fördelningsnyckel", fa.split_keys, fb.split_keys,
            lambda k: k.id, lambda k: k.id,
            (("text", "text"), ("shares", "andelar"), Compared("basis.equal", "lika", unit="%"),
             Compared("basis.population", "efter folkmängd", unit="%"),
             Compared("basis.members", "medlemmar")))
    c.keyed("financing", "financing.sources", "Finansieringskälla", fa.sources, fb.sources,
            lambda s: s.id, lambda s: s.short_name or s.name, (("name", "namn"), ("share", "andel")))
    c.keyed("financing", "financing.invoicing", "Faktureringsregel", fa.invoicing, fb.invoicing,
            lambda r: f"{r.invoicer}: {_short(r.subject, 40)}", lambda r: f"{r.invoicer} ({_short(r.subject, 30)})",
            (("recipients", "faktureras"), ("frequency", "hur ofta"), ("allocation", "fördelning"),
             ("basis", "underlag"), ("reconciliation_months", "avstämningsmånader")))
    _fees(c, fa.fees, fb.fees)
    _population(c, fa.population, fb.population)
    sa, sb = fa.surplus, fb.surplus
    c.field("financing", "financing.surplus.text", "Återbetalning av överskott", sa and sa.text, sb and sb.text)
    c.field("financing", "financing.surplus.basis", "Återbetalning av överskott: grund",
            sa and sa.basis, sb and sb.basis, words=False)
    c.field("financing", "financing.surplus.split_key", "Återbetalning av överskott: fördelningsnyckel",
            sa and sa.split_key, sb and sb.split_key, words=False)


FEE_PER = {"inhabitant": "per kommuninvånare", "member": "per medlem"}


def _fees(c: _Collector, old: list, new: list) -> None:
    """Fees by id; a price change reads "27 kr → 28 kr per kommuninvånare"."""
    c.keyed("financing", "financing.fees", "Avgift", old, new, lambda f: f.id, lambda f: f.name,
            (Compared("name", "namn", words=False),
             Compared("price", "pris", unit="kr", per=lambda f: FEE_PER.get(f.per)),
             Compared("per", "per", words=False), Compared("recurrence", "återkommer", words=False),
             Compared("members", "medlemmar"), Compared("income_line", "intäktsrad", words=False),
             Compared("text", "text")))


def _population(c: _Collector, old, new) -> None:
    """The population that fees and keys by inhabitants are counted on, per municipality."""
    if old is None and new is None:
        return
    c.field("financing", "financing.population.date", "Folkmängd: mättidpunkt",
            old and old.date and str(old.date), new and new.date and str(new.date), words=False)
    c.field("financing", "financing.population.source", "Folkmängd: källa", old and old.source, new and new.source)
    counts_a, counts_b = (old.counts if old else {}), (new.counts if new else {})
    for member in dict.fromkeys([*counts_a, *counts_b]):
        x, y = counts_a.get(member), counts_b.get(member)
        if x != y:
            kind = "added" if x is None else "removed" if y is None else "changed"
            delta = y - x if x is not None and y is not None else None
            c.add("financing", f"financing.population.counts.{member}", kind, f"Folkmängd {member}", x, y,
                  delta, percent_change(x, y) if delta is not None else None, unit="invånare")


def _organisation_and_more(c: _Collector, old: Plan, new: Plan) -> None:
    forum_fields = (("name", "namn"), ("tasks", "arbetsuppgifter"), ("participants", "deltagare"),
                    ("frequency", "frekvens"), ("convener", "kallar"))
    for kind, noun in (("decision_forums", "Beslutsforum"), ("working_forums", "Arbetsforum")):
        c.keyed("organisation", f"organisation.{kind}", noun, getattr(old.organisation, kind),
                getattr(new.organisation, kind), lambda f: f.id or f.name, lambda f: f.name, forum_fields)
    c.keyed("related_systems", "related_systems", "System", old.related_systems, new.related_systems,
            lambda s: s.id or s.name, lambda s: s.name, (("name", "namn"), ("dependency", "beroende")))
    c.keyed("references", "references", "Referens", old.references, new.references,
            lambda r: r.id or r.title, lambda r: r.title, (("title", "titel"), ("url", "länk")))
    c.keyed("contacts", "contacts", "Kontakt", old.contacts, new.contacts,
            lambda k: k.email, lambda k: k.email, (("name", "namn"), ("purpose", "avser")))
    terms_a, terms_b = old.abbreviations, new.abbreviations
    for term in terms_a:
        if term not in terms_b:
            c.add("abbreviations", f"abbreviations[{term}]", "removed", f"Förkortning {term}", old=terms_a[term])
    for term in terms_b:
        if term not in terms_a:
            c.add("abbreviations", f"abbreviations[{term}]", "added", f"Förkortning {term}", new=terms_b[term])
        elif terms_a[term] != terms_b[term]:
            c.add("abbreviations", f"abbreviations[{term}]", "changed", f"Förkortning {term}",
                  old=terms_a[term], new=terms_b[term])


def _pm3_parts(c: _Collector, old: Plan, new: Plan) -> None:
    """The pm3 chapters: scope, stakeholders, roles, activities, resources, risks, agreements,
    milestones and the yearly cycle; items matched as ``naming`` names them."""
    sa, sb = old.scope or Scope(), new.scope or Scope()
    c.field("scope", "scope.description", "Omfattning: beskrivning", sa.description, sb.description)
    entry = (Compared("name", "namn", words=False), Compared("description", "beskrivning"))
    c.part("scope", "scope.processes", "Verksamhetsprocess", sa.processes, sb.processes, lambda e: e.name, entry)
    c.part("scope", "scope.components", "IT-komponent", sa.components, sb.components, lambda e: e.name, entry)
    c.part("scope", "scope.user_groups", "Användargrupp", sa.user_groups, sb.user_groups, lambda g: g.name,
           (*entry, Compared("count", "antal", unit="användare"), Compared("volume", "volym", words=False)))
    c.part("stakeholders", "stakeholders", "Intressent", old.stakeholders, new.stakeholders, lambda s: s.name,
           (Compared("name", "namn", words=False), Compared("interest", "intresse"),
            Compared("involvement", "involvering")))
    c.part("roles", "roles", "Roll", old.roles, new.roles, lambda r: r.role,
           (Compared("role", "roll", words=False), Compared("name", "", words=False),
            Compared("organisation", "organisation", words=False), Compared("email", "e-post", words=False),
            Compared("phone", "telefon", words=False), Compared("responsibility", "ansvar")))
    c.part("activities", "activities", "Aktivitet", old.activities, new.activities, lambda x: x.name,
           (Compared("name", "namn", words=False), Compared("type", "aktivitetstyp", words=False),
            Compared("description", "beskrivning"), Compared("amount", "budget", money=True),
            Compared("owner", "ansvarig", words=False), Compared("when", "när", words=False)))
    c.part("resources", "resources", "Resurs", old.resources, new.resources,
           lambda r: r.role + (f" ({r.name})" if r.name else ""),
           (Compared("role", "roll", words=False), Compared("name", "namn", words=False),
            Compared("share", "andel", unit="%"), Compared("amount", "kostnad", money=True),
            Compared("budget_line", "budgetrad", words=False)))
    c.part("risks", "risks", "Risk", old.risks, new.risks, lambda r: _short(r.risk),
           (Compared("risk", "risk"), Compared("probability", "sannolikhet", words=False),
            Compared("consequence", "konsekvens", words=False), Compared("measure", "åtgärd"),
            Compared("owner", "ägare", words=False)))
    c.part("agreements", "agreements", "Avtal", old.agreements, new.agreements, lambda x: x.name,
           (Compared("name", "namn", words=False), Compared("supplier", "leverantör", words=False),
            Compared("reference", "avtalsnummer", words=False), Compared("start", "gäller från", words=False),
            Compared("end", "gäller till", words=False), Compared("notice", "uppsägningstid", words=False),
            Compared("notice_date", "sista dag att säga upp", words=False),
            Compared("renewal", "förlängning", words=False),
            Compared("renewal_date", "sista dag att besluta om förlängning", words=False)))
    c.part("milestones", "milestones", "Milstolpe", old.milestones, new.milestones,
           lambda m: m.name + (" (release)" if m.kind == "release" else ""),
           (Compared("name", "namn", words=False), Compared("when", "när", words=False),
            Compared("kind", "slag", words=False), Compared("description", "beskrivning")))
    c.part("annual_cycle", "annual_cycle", "Årshjulet:", old.annual_cycle, new.annual_cycle,
           lambda e: f"{_short(e.decision, 40)} ({e.forum})",
           (Compared("when", "när", words=False), Compared("forum", "forum", words=False),
            Compared("decision", "beslut")))


def _rolled(old_data: Any, old: Plan, new: Plan) -> tuple[Plan, int]:
    """The old plan moved to the new plan's years, when the periods differ by whole years."""
    from pydantic import ValidationError

    from ..yearly.rollover import roll_forward, shift_period

    years = new.period.first_day.year - old.period.first_day.year
    if years == 0 or old_data is None:
        return old, 0
    try:  # the one rule for moving a period (29 February, years 1–9999)
        shifted = shift_period(old.period.first_day, old.period.last_day, years)
    except ValueError:
        return old, 0
    if shifted != (new.period.first_day, new.period.last_day):
        return old, 0
    data = copy.deepcopy(old_data)
    try:
        roll_forward(data, years)
    except ValueError:
        return old, 0
    try:
        return Plan.model_validate(data), years
    except ValidationError:
        return old, 0


def compare(old_label: str | None, new_label: str | None, old_linted: Any, new_linted: Any) -> PlanDiff:
    """Compare two linted plans (``lint.Linted``; ``None`` for a side that does not exist)."""
    old_loaded = old_linted.loaded if old_linted is not None else None
    new_loaded = new_linted.loaded if new_linted is not None else None

    def findings(linted) -> list[Finding]:
        return [] if linted is None else linted.findings

    old_plan = old_loaded.plan if old_loaded is not None else None
    new_plan = new_loaded.plan if new_loaded is not None else None
    result = PlanDiff(old_label, new_label, old_plan, new_plan, findings(old_linted), findings(new_linted))
    if old_plan is None or new_plan is None:
        plan = old_plan or new_plan
        if plan is not None and plan.budget is not None:
            budget = plan.budget
            result.budget = _summary(budget if plan is old_plan else None, budget if plan is new_plan else None,
                                     Scale(budget, None))
        return result
    base, result.rolled_years = _rolled(old_loaded.exact_data(), old_plan, new_plan)
    collector = _Collector(Scale(base.budget, new_plan.budget))
    _document(collector, base, new_plan)
    _sections(collector, base, new_plan)
    _lists(collector, "goals", GOAL_GROUPS, base.goals, new_plan.goals)
    _lists(collector, "assignments", ASSIGNMENT_GROUPS, base.assignments, new_plan.assignments)
    _measurable_goals(collector, base, new_plan)
    result.budget = _budget(collector, base, new_plan)
    _financing(collector, base, new_plan)
    _organisation_and_more(collector, base, new_plan)
    _pm3_parts(collector, base, new_plan)
    result.changes = collector.changes
    return result


# ------------------------------------------------------------------------------------------
# Word diff, shared by the output formats
# ------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """``[(op, text)]`` with op ``=``, ``-`` or ``+``: the words that changed between two texts."""
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return out
