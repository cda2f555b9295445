"""One walk over every piece of human text in a plan, with its data path.

The text checks (abbreviations, links, e-mail addresses, years in headings) all use this walk,
so they agree on what "the text of the plan" is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .model import (
    BudgetGroup,
    BudgetResult,
    FigureBlock,
    ListBlock,
    ListEntry,
    PartBlock,
    Person,
    Plan,
    TextBlock,
    iter_sections,
)

TextKind = Literal["title", "heading", "prose", "name", "definition"]


@dataclass(frozen=True, slots=True)
class PlanText:
    path: tuple
    text: str
    kind: TextKind


def _list_items(items: list, path: tuple) -> Iterator[PlanText]:
    for i, item in enumerate(items):
        if isinstance(item, ListEntry):
            yield PlanText(path + (i, "text"), item.text, "prose")
            yield from _list_items(item.items, path + (i, "items"))
        else:
            yield PlanText(path + (i,), item, "prose")


def _fields(item, path: tuple, kinds: dict[str, TextKind]) -> Iterator[PlanText]:
    """The text fields of one item that are set, in the order of ``kinds``."""
    for key, kind in kinds.items():
        value = getattr(item, key)
        if value:
            yield PlanText(path + (key,), value, kind)


def _items(items: list, path: tuple, kinds: dict[str, TextKind]) -> Iterator[PlanText]:
    for i, item in enumerate(items):
        yield from _fields(item, path + (i,), kinds)


# A person's name, title, organisation and postal address (phone and e-mail are no text).
_PERSON: dict[str, TextKind] = {"name": "name", "title": "prose", "organisation": "name", "postal_address": "name"}
# The pm3 parts: which fields are text, and of what kind.
_PM3_LISTS: tuple[tuple[str, dict[str, TextKind]], ...] = (
    ("stakeholders", {"name": "name", "interest": "prose", "involvement": "prose"}),
    ("roles", {"role": "prose", "name": "name", "organisation": "name", "responsibility": "prose"}),
    ("activities", {"name": "prose", "description": "prose", "owner": "name"}),
    ("resources", {"role": "name", "name": "name"}),
    ("risks", {"risk": "prose", "measure": "prose", "owner": "name"}),
    ("agreements", {"name": "prose", "supplier": "name", "reference": "name", "notice": "prose",
                    "renewal": "prose"}),
    ("milestones", {"name": "prose", "description": "prose"}),
    ("annual_cycle", {"forum": "name", "decision": "prose"}),
)


def iter_texts(plan: Plan) -> Iterator[PlanText]:
    """Yield every text of the plan in document order of its parts.

    Kinds: ``title`` (document title and subtitle), ``heading`` (section headings), ``name``
    (names of related systems, forums, parties, people and organisations, and codes such as a
    registry number), ``definition`` (abbreviation definitions) and ``prose`` (everything else
    a reader reads, table column headings included).
    """
    doc = plan.document
    yield PlanText(("document", "title"), doc.title, "title")
    if doc.subtitle:
        yield PlanText(("document", "subtitle"), doc.subtitle, "title")
    for key in ("type", "collaboration"):
        value = getattr(doc, key)
        if value:
            yield PlanText(("document", key), value, "prose")
    for key in ("issued", "approved"):
        signature = getattr(doc, key)
        if signature:
            yield PlanText(("document", key, "by"), signature.by, "prose")
    if doc.decision:
        if doc.decision.label:
            yield PlanText(("document", "decision", "label"), doc.decision.label, "prose")
        yield PlanText(("document", "decision", "forum"), doc.decision.forum, "prose")
    yield from _fields(doc, ("document",), {"edition": "prose", "registry_number": "name", "case": "prose"})
    for key in ("handler", "document_owner", "address"):
        person: Person | None = getattr(doc, key)
        if person:
            yield from _fields(person, ("document", key), _PERSON)
    yield from _items(doc.revisions, ("document", "revisions"), {"by": "name", "change": "prose"})

    for path, section in iter_sections(plan.sections):
        yield PlanText(path + ("title",), section.title, "heading")
        for b, block in enumerate(section.content):
            here = path + ("content", b)
            if isinstance(block, TextBlock):
                yield PlanText(here + ("text",), block.text, "prose")
            elif isinstance(block, ListBlock):
                yield from _list_items(block.bullets, here + ("list",))
            elif isinstance(block, FigureBlock):
                yield PlanText(here + ("figure",), block.figure, "prose")
            elif isinstance(block, PartBlock):
                for h, heading in enumerate(block.headings or ()):
                    yield PlanText(here + ("headings", h), heading, "prose")

    for term, definition in plan.abbreviations.items():
        yield PlanText(("abbreviations", term), definition, "definition")

    for group in ("overall", "long_term", "short_term"):
        yield from _list_items(getattr(plan.goals, group), ("goals", group))
    yield from _items(plan.goals.measurable, ("goals", "measurable"), {
        "goal": "prose", "indicator": "prose", "baseline": "prose", "target": "prose",
        "outcome": "prose", "owner": "name",
    })
    for group in ("maintenance", "further_development", "new_development"):
        yield from _list_items(getattr(plan.assignments, group), ("assignments", group))

    budget = plan.budget
    if budget:
        yield PlanText(("budget", "title"), budget.title, "prose")
        for key in ("decided_by", "name_heading", "amount_heading"):
            value = getattr(budget, key)
            if value:
                yield PlanText(("budget", key), value, "prose")
        yield from _items(budget.columns, ("budget", "columns"), {"heading": "prose"})
        for i, item in enumerate(budget.items):
            here = ("budget", "items", i)
            if isinstance(item, BudgetResult):
                yield PlanText(here + ("result",), item.result, "prose")
                continue
            if not isinstance(item, BudgetGroup):
                yield PlanText(here + ("name",), item.name, "prose")
                continue
            if item.group:
                yield PlanText(here + ("group",), item.group, "prose")
            for j, line in enumerate(item.lines):
                yield PlanText(here + ("lines", j, "name"), line.name, "prose")
            if item.subtotal and item.subtotal.label:
                yield PlanText(here + ("subtotal", "label"), item.subtotal.label, "prose")
        if budget.total and budget.total.label:
            yield PlanText(("budget", "total", "label"), budget.total.label, "prose")

    financing = plan.financing
    for i, party in enumerate(financing.parties):
        yield PlanText(("financing", "parties", i, "name"), party.name, "name")
    for i, key in enumerate(financing.split_keys):
        yield PlanText(("financing", "split_keys", i, "text"), key.text, "prose")
    for i, source in enumerate(financing.sources):
        yield PlanText(("financing", "sources", i, "name"), source.name, "prose")
    for i, rule in enumerate(financing.invoicing):
        here = ("financing", "invoicing", i)
        yield PlanText(here + ("invoicer",), rule.invoicer, "prose")
        for r, recipient in enumerate(rule.recipients):
            yield PlanText(here + ("recipients", r), recipient, "prose")
        yield PlanText(here + ("subject",), rule.subject, "prose")
        if rule.basis:
            yield PlanText(here + ("basis",), rule.basis, "prose")
    yield from _items(financing.fees, ("financing", "fees"), {"name": "prose", "text": "prose"})
    if financing.population:
        yield from _fields(financing.population, ("financing", "population"), {"source": "name"})
    if financing.surplus:
        yield from _fields(financing.surplus, ("financing", "surplus"), {"text": "prose"})

    for kind in ("decision_forums", "working_forums"):
        for i, forum in enumerate(getattr(plan.organisation, kind)):
            here = ("organisation", kind, i)
            yield PlanText(here + ("name",), forum.name, "name")
            for key in ("tasks", "participants", "convener"):
                value = getattr(forum, key)
                if value:
                    yield PlanText(here + (key,), value, "prose")

    for i, system in enumerate(plan.related_systems):
        yield PlanText(("related_systems", i, "name"), system.name, "name")
        yield PlanText(("related_systems", i, "dependency"), system.dependency, "prose")
    for i, reference in enumerate(plan.references):
        yield PlanText(("references", i, "title"), reference.title, "prose")
    for i, contact in enumerate(plan.contacts):
        for key in ("name", "purpose"):
            value = getattr(contact, key)
            if value:
                yield PlanText(("contacts", i, key), value, "prose")

    scope = plan.scope
    if scope:
        yield from _fields(scope, ("scope",), {"description": "prose"})
        for key in ("processes", "components"):
            yield from _items(getattr(scope, key), ("scope", key), {"name": "name", "description": "prose"})
        yield from _items(scope.user_groups, ("scope", "user_groups"),
                          {"name": "prose", "description": "prose", "volume": "prose"})
    for key, kinds in _PM3_LISTS:
        yield from _items(getattr(plan, key), (key,), kinds)


# Markdown inline links and autolinks: [text](target "title") and <https://…>. The label is
# found by a scan (below), not by the regex: "[^\]]*" tried from every "[" is quadratic.
# The target is "a(b)c" with every part optional, written so that no character can be taken by two
# quantifiers (which would make a long unclosed target quadratic).
_LINK_TAIL = re.compile(r"\((?P<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)?)(?:\s+\"[^\"]*\")?\)")
AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>")


def _markdown_links(text: str) -> Iterator[tuple[str, str]]:
    """What ``\\[([^\\]]*)\\]`` + the link tail would find, leftmost first, in linear time.

    Every "[" before the same "]" has that "]" as the end of its label, so when the tail does not
    follow that "]", none of them starts a link and the scan goes on after it.
    """
    start = text.find("[")
    while start >= 0:
        close = text.find("]", start + 1)
        if close < 0:
            return
        tail = _LINK_TAIL.match(text, close + 1)
        if tail:
            yield text[start + 1 : close], tail["target"]
            start = text.find("[", tail.end())
        else:
            start = text.find("[", close + 1)


def iter_links(text: str) -> Iterator[tuple[str, str]]:
    """``(label, target)`` for every Markdown link in ``text``."""
    if "](" in text:
        yield from _markdown_links(text)
    if "<" in text:
        for match in AUTOLINK.finditer(text):
            yield match["target"], match["target"]
