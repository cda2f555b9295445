"""The semantic diff of two plans: what changed, item by item, with stable paths.

Items are matched by their ``id``, failing that by their name (a budget line's ``name``, a
forum's ``name``, an abbreviation's term …); reorderings are reported as moves. Free text is
compared paragraph by paragraph, and changed paragraphs carry a word diff. The budget is compared
line by line with old and new amounts, the difference in kronor and in percent, per party, and
with the computed totals. Paths name items by identifier, never by list position, e.g.
``budget.items[support-hmc].amount`` or ``organisation.decision_forums[Ledningsråd för hjälpmedel].frequency``.

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
from typing import Any

from ..budget import computed_total, iter_lines, party_column_sum
from ..findings import Finding, Severity
from ..swedish import participle
from .naming import budget_group_paths, budget_line_paths
from ..model import BudgetGroup, ListEntry, Plan, iter_sections

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

    def as_dict(self) -> dict:
        out = {"area": self.area, "path": self.path, "kind": self.kind, "label": self.label,
               "old": _jsonable(self.old), "new": _jsonable(self.new)}
        if self.delta is not None:
            out["delta"] = self.delta
        if self.percent is not None:
            out["percent"] = str(self.percent)
        return out


@dataclass(slots=True)
class BudgetSummary:
    old_total: int | None
    new_total: int | None
    parties: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)

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
        old = {_finding_key(f) for f in self.old_findings}
        return [f for f in self.new_findings if _finding_key(f) not in old]

    @property
    def resolved(self) -> list[Finding]:
        new = {_finding_key(f) for f in self.new_findings}
        return [f for f in self.old_findings if _finding_key(f) not in new]

    @property
    def changed_findings(self) -> list[tuple[Finding, Finding]]:
        """``(old, new)`` for findings present in both versions whose message changed."""
        old = {_finding_key(f): f for f in self.old_findings}
        return [(old[_finding_key(f)], f) for f in self.new_findings
                if _finding_key(f) in old and old[_finding_key(f)].message != f.message]

    @property
    def validation_changed(self) -> bool:
        return bool(self.introduced or self.resolved or self.changed_findings)


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def _finding_key(finding: Finding) -> tuple[str, str]:
    """A finding's identity across two versions: its rule and the place in the plan it is about
    (so a total whose amount changed is the same finding, changed); the message where the plan
    could not be read."""
    return (finding.rule, finding.where) if finding.where is not None else (finding.rule, finding.message)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral() else str(value)
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


def _text_key(text: str) -> str:
    """How a path names a paragraph or list item that has no id: its first six words."""
    return " ".join(str(text).split()[:6]).replace("[", "(").replace("]", ")")


def _short(text: str, width: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------------------------------
# Comparisons by area
# ------------------------------------------------------------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(self, area: str, path: str, kind: str, label: str, old: Any = None, new: Any = None,
            delta: int | None = None, percent: Decimal | None = None) -> None:
        self.changes.append(Change(area, path, ChangeKind(kind), label, old, new, delta, percent))

    def field(self, area: str, path: str, label: str, old: Any, new: Any) -> None:
        if old != new:
            kind = "added" if old in (None, "", [], {}) else "removed" if new in (None, "", [], {}) else "changed"
            self.add(area, path, kind, label, old, new)

    def keyed(self, area: str, base: str, noun: str, old: list, new: list, key, name, fields) -> None:
        """Compare two lists of items matched by ``key``; ``fields`` are (attribute, label)."""
        pairs, removed, added = _match(old, new, key)
        moved = _moved(pairs, new)
        for item in removed:
            self.add(area, f"{base}[{key(item)}]", "removed", f"{noun} {name(item)}", old=_describe(item, fields))
        for item in added:
            self.add(area, f"{base}[{key(item)}]", "added", f"{noun} {name(item)}", new=_describe(item, fields))
        for a, b in pairs:
            here = f"{base}[{key(a)}]"
            for attribute, label in fields:
                self.field(area, f"{here}.{attribute}", f"{noun} {name(b)}: {label}",
                           _value(getattr(a, attribute)), _value(getattr(b, attribute)))
            if id(b) in moved:
                self.add(area, here, "moved", f"{noun} {name(b)} har flyttats",
                         old=old.index(a) + 1, new=new.index(b) + 1)


def _value(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, Decimal, list, dict)):
        return value
    return str(value)


def _describe(item: Any, fields) -> dict:
    return {attribute: _jsonable(_value(getattr(item, attribute))) for attribute, _ in fields
            if getattr(item, attribute) not in (None, "", [], {})}


def _document(c: _Collector, old: Plan, new: Plan) -> None:
    a, b = old.document, new.document
    for key, label in (("type", "dokumenttyp"), ("title", "titel"), ("subtitle", "undertitel"),
                       ("collaboration", "samverkan"), ("version", "version"), ("language", "språk")):
        c.field("document", f"document.{key}", f"Dokument: {label}", getattr(a, key), getattr(b, key))
    c.field("document", "document.status", "Dokument: status", a.status.value, b.status.value)
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
                c.add(area, f"{base}[{_text_key(a)}]", "changed", f"{noun} {participle(noun, ChangeKind.CHANGED)}", old=a, new=b)
                olds, news = olds[1:], news[1:]
            elif len(olds) >= len(news):
                c.add(area, f"{base}[{_text_key(a)}]", "removed", f"{noun} {participle(noun, ChangeKind.REMOVED)}", old=a)
                olds = olds[1:]
            else:
                c.add(area, f"{base}[{_text_key(b)}]", "added", f"{noun} {participle(noun, ChangeKind.ADDED)}", new=b)
                news = news[1:]
        for a in olds:
            c.add(area, f"{base}[{_text_key(a)}]", "removed", f"{noun} {participle(noun, ChangeKind.REMOVED)}", old=a)
        for b in news:
            c.add(area, f"{base}[{_text_key(b)}]", "added", f"{noun} {participle(noun, ChangeKind.ADDED)}", new=b)


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


def _line_key(line) -> str:
    return line.id or line.name


def _budget(c: _Collector, old: Plan, new: Plan) -> BudgetSummary | None:
    a, b = old.budget, new.budget
    if a is None and b is None:
        return None
    if a is None or b is None:
        c.add("budget", "budget", "added" if a is None else "removed", "Budget",
              old=a and computed_total(a), new=b and computed_total(b))
        return BudgetSummary(a and computed_total(a), b and computed_total(b))
    for key, label in (("title", "rubrik"), ("year", "år"), ("cost_centre", "ansvar"), ("activity", "aktivitet"),
                       ("decided_by", "beslutas av"), ("decided_when", "beslutas när"), ("status", "status"),
                       ("parties", "kolumner")):
        c.field("budget", f"budget.{key}", f"Budget: {label}", getattr(a, key), getattr(b, key))
    old_paths, new_paths = budget_line_paths(a), budget_line_paths(b)
    old_lines = [at.line for at in iter_lines(a)]
    new_lines = [at.line for at in iter_lines(b)]
    pairs, removed, added = _match(old_lines, new_lines, _line_key)
    moved = _moved(pairs, new_lines)
    for line in removed:
        c.add("budget", old_paths[id(line)], "removed", f"Budgetrad {line.name}",
              old=line.amount, delta=-(line.amount or 0))
    for line in added:
        c.add("budget", new_paths[id(line)], "added", f"Budgetrad {line.name}",
              new=line.amount, delta=line.amount or 0)
    for x, y in pairs:
        here = new_paths[id(y)]
        c.field("budget", f"{here}.name", f"Budgetrad {y.name}: benämning", x.name, y.name)
        if x.amount != y.amount:
            delta = (y.amount or 0) - (x.amount or 0) if x.amount is not None and y.amount is not None else None
            c.add("budget", f"{here}.amount", "changed", f"Budgetrad {y.name}", old=x.amount, new=y.amount,
                  delta=delta, percent=percent_change(x.amount, y.amount))
        for party in dict.fromkeys([*(x.parties or {}), *(y.parties or {})]):
            pa, pb = (x.parties or {}).get(party), (y.parties or {}).get(party)
            if pa != pb:
                delta = pb - pa if pa is not None and pb is not None else None
                c.add("budget", f"{here}.parties.{party}", "changed", f"Budgetrad {y.name}: {party}",
                      old=pa, new=pb, delta=delta, percent=percent_change(pa, pb))
        c.field("budget", f"{here}.staffing_percent", f"Budgetrad {y.name}: bemanning",
                x.staffing_percent, y.staffing_percent)
        c.field("budget", f"{here}.split_key", f"Budgetrad {y.name}: fördelningsnyckel", x.split_key, y.split_key)
        if id(y) in moved:
            c.add("budget", here, "moved", f"Budgetrad {y.name} har flyttats")
    old_groups = [item for item in a.items if isinstance(item, BudgetGroup)]
    new_groups = [item for item in b.items if isinstance(item, BudgetGroup)]
    group_key = lambda g: g.id or g.group or (g.subtotal.label if g.subtotal else "") or ""  # noqa: E731
    group_paths = budget_group_paths(b)
    for x, y in _match(old_groups, new_groups, group_key)[0]:
        c.field("budget", f"{group_paths[id(y)]}.subtotal.amount", f"Budget: angiven delsumma {group_key(y)}",
                x.subtotal and x.subtotal.amount, y.subtotal and y.subtotal.amount)
    ta, tb = a.total, b.total
    c.field("budget", "budget.total.amount", "Budget: angiven totalsumma", ta and ta.amount, tb and tb.amount)
    c.field("budget", "budget.total.parties", "Budget: angivna summor per part", ta and ta.parties, tb and tb.parties)
    parties = {p: (party_column_sum(a, p) if p in a.parties else None, party_column_sum(b, p) if p in b.parties else None)
               for p in dict.fromkeys([*a.parties, *b.parties])}
    return BudgetSummary(computed_total(a), computed_total(b), parties)


def _financing(c: _Collector, old: Plan, new: Plan) -> None:
    fa, fb = old.financing, new.financing
    c.keyed("financing", "financing.parties", "Part", fa.parties, fb.parties, lambda p: p.id, lambda p: p.id,
            (("name", "namn"), ("column", "kolumn")))
    c.keyed("financing", "financing.split_keys", "Fördelningsnyckel", fa.split_keys, fb.split_keys,
            lambda k: k.id, lambda k: k.id, (("text", "text"), ("shares", "andelar")))
    c.keyed("financing", "financing.sources", "Finansieringskälla", fa.sources, fb.sources,
            lambda s: s.id, lambda s: s.short_name or s.name, (("name", "namn"), ("share", "andel")))
    c.keyed("financing", "financing.invoicing", "Faktureringsregel", fa.invoicing, fb.invoicing,
            lambda r: f"{r.invoicer}: {_short(r.subject, 40)}", lambda r: f"{r.invoicer} ({_short(r.subject, 30)})",
            (("recipients", "faktureras"), ("frequency", "hur ofta"), ("allocation", "fördelning"),
             ("basis", "underlag"), ("reconciliation_months", "avstämningsmånader")))


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
            total = computed_total(plan.budget)
            result.budget = BudgetSummary(total if plan is old_plan else None, total if plan is new_plan else None)
        return result
    base, result.rolled_years = _rolled(old_loaded.exact_data(), old_plan, new_plan)
    collector = _Collector()
    _document(collector, base, new_plan)
    _sections(collector, base, new_plan)
    _lists(collector, "goals", GOAL_GROUPS, base.goals, new_plan.goals)
    _lists(collector, "assignments", ASSIGNMENT_GROUPS, base.assignments, new_plan.assignments)
    result.budget = _budget(collector, base, new_plan)
    _financing(collector, base, new_plan)
    _organisation_and_more(collector, base, new_plan)
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
