"""Två saker av samma slag har samma `id`.

## Vad regeln kontrollerar

Avsnitt, budgetrader, grupper och resultatrader, budgetens årskolumner, parter,
fördelningsnycklar, finansieringskällor, avgifter, forum, närliggande system, referenser,
punkter i listor, mätbara mål och posterna i förvaltningsobjektets omfattning, intressenter,
roller, aktiviteter, resursplan, risker, avtal, milstolpar och årshjul kan ha ett `id`. Inom
varje slag ska id:n vara unika. Båda ställena rapporteras.

## Varför det spelar roll

Hänvisningar och `plan diff` bygger på att ett id pekar ut exakt en sak. Med två likadana går
det inte att veta vilken som avses.

## Exempel

    sections:
      - {id: inledning, number: "1", title: Inledning, content: [text: Planen gäller webSesam.]}
      - {id: inledning, number: "2", title: Mål, content: [text: Målen för året.]}

## Skriv i stället

    sections:
      - {id: inledning, number: "1", title: Inledning, content: [text: Planen gäller webSesam.]}
      - {id: mal, number: "2", title: Mål, content: [text: Målen för året.]}
"""

from ..model import ListEntry, iter_sections

ID = "duplicate-id"
SEVERITY = "error"


# The pm3 lists at the top of a plan and what their items are called in a message.
_PM3_LISTS = (
    ("stakeholders", "intressenter"),
    ("roles", "roller"),
    ("activities", "aktiviteter"),
    ("resources", "rader i resursplanen"),
    ("risks", "risker"),
    ("agreements", "avtal"),
    ("milestones", "milstolpar"),
    ("annual_cycle", "punkter i årshjulet"),
)


def _ids(items, path):
    return [(path + (i, "id"), item.id) for i, item in enumerate(items) if item.id]


def _list_entries(items, path):
    for i, item in enumerate(items):
        if isinstance(item, ListEntry):
            if item.id:
                yield path + (i, "id"), item.id
            yield from _list_entries(item.items, path + (i, "items"))


def _namespaces(plan):
    yield "avsnitt", [(p + ("id",), s.id) for p, s in iter_sections(plan.sections) if s.id]
    if plan.budget:
        ids = []
        for i, item in enumerate(plan.budget.items):
            if item.id:
                ids.append((("budget", "items", i, "id"), item.id))
            for j, line in enumerate(getattr(item, "lines", [])):
                if line.id:
                    ids.append((("budget", "items", i, "lines", j, "id"), line.id))
        yield "budgetrader", ids
        yield "budgetkolumner", _ids(plan.budget.columns, ("budget", "columns"))
    financing = plan.financing
    yield "parter", [(("financing", "parties", i, "id"), p.id) for i, p in enumerate(financing.parties)]
    yield "fördelningsnycklar", [(("financing", "split_keys", i, "id"), k.id) for i, k in enumerate(financing.split_keys)]
    yield "finansieringskällor", [(("financing", "sources", i, "id"), s.id) for i, s in enumerate(financing.sources)]
    yield "avgifter", [(("financing", "fees", i, "id"), f.id) for i, f in enumerate(financing.fees)]
    forums = []
    for kind in ("decision_forums", "working_forums"):
        forums += [(("organisation", kind, i, "id"), f.id) for i, f in enumerate(getattr(plan.organisation, kind)) if f.id]
    yield "forum", forums
    yield "system", [(("related_systems", i, "id"), s.id) for i, s in enumerate(plan.related_systems) if s.id]
    yield "referenser", [(("references", i, "id"), r.id) for i, r in enumerate(plan.references) if r.id]
    entries = []
    for part, groups in (("goals", ("overall", "long_term", "short_term")),
                         ("assignments", ("maintenance", "further_development", "new_development"))):
        for group in groups:
            entries += list(_list_entries(getattr(getattr(plan, part), group), (part, group)))
    for p, s in iter_sections(plan.sections):
        for b, block in enumerate(s.content):
            if hasattr(block, "bullets"):
                entries += list(_list_entries(block.bullets, p + ("content", b, "list")))
    yield "punkter", entries
    yield "mätbara mål", _ids(plan.goals.measurable, ("goals", "measurable"))
    if plan.scope:
        for key, kind in (("processes", "processer"), ("components", "IT-komponenter"),
                          ("user_groups", "användargrupper")):
            yield kind, _ids(getattr(plan.scope, key), ("scope", key))
    for key, kind in _PM3_LISTS:
        yield kind, _ids(getattr(plan, key), (key,))


def check(ctx):
    for kind, ids in _namespaces(ctx.plan):
        first = {}
        for path, value in ids:
            if value in first:
                yield ctx.problem(
                    path, f"id '{value}' används redan av andra {kind}", related=(first[value],)
                )
            else:
                first[value] = path
