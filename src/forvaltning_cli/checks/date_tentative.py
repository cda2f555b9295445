"""Ett datum eller en tidpunkt är markerad som preliminär med ett avslutande `?`.

## Vad regeln kontrollerar

Utfärdandedatum, godkännandedatum, beslutsdatum, periodens start och slut, datum i
revisionshistoriken, avtalens datum, folkmängdens mättidpunkt och tidpunkterna för milstolpar,
årshjulets punkter, aktiviteter och mätbara mål kontrolleras. Preliminära datum behålls som
källan anger dem; regeln påminner om att bekräfta dem innan planen godkänns.

## Varför det spelar roll

Ett datum som bara är preliminärt ska inte stå kvar när planen är godkänd. Anmärkningen gör att
ingen glömmer att bekräfta det.

## Exempel

Under `document`:

    decision:
      label: Ställningstagande i VVG
      forum: VVG
      date: 2025-12-10?

## Skriv i stället

    decision:
      label: Ställningstagande i VVG
      forum: VVG
      date: 2025-12-10
"""

ID = "date-tentative"
SEVERITY = "info"

_AGREEMENT_DATES = (
    ("start", "startdatum", "preliminärt"),
    ("end", "slutdatum", "preliminärt"),
    ("notice_date", "sista dagen för uppsägning", "preliminär"),
    ("renewal_date", "sista dagen för beslut om förlängning", "preliminär"),
)


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def _dates(plan):
    """``(path, date or time, what, "preliminärt" or "preliminär")`` for every date and time of
    the plan, in its order (the adjective agrees with what is named)."""
    doc = plan.document
    neuter = "preliminärt"
    yield ("document", "issued", "date"), doc.issued.date if doc.issued else None, "utfärdandedatum", neuter
    yield ("document", "approved", "date"), doc.approved.date if doc.approved else None, "godkännandedatum", neuter
    if doc.decision:
        yield (("document", "decision", "date"), doc.decision.date,
               "datum för " + (doc.decision.label or "beslut"), neuter)
    yield ("period", "start"), plan.period.start, "periodens start", neuter
    yield ("period", "end"), plan.period.end, "periodens slut", neuter
    for i, revision in enumerate(doc.revisions):
        name = f"version {revision.version}" if revision.version else f"'{_shown(revision.change)}'"
        yield ("document", "revisions", i, "date"), revision.date, f"revisionsdatum för {name}", neuter
    if plan.financing.population:
        yield (("financing", "population", "date"), plan.financing.population.date,
               "folkmängdens mättidpunkt", "preliminär")
    for i, agreement in enumerate(plan.agreements):
        for key, what, adjective in _AGREEMENT_DATES:
            yield (("agreements", i, key), getattr(agreement, key),
                   f"{what} för avtalet '{_shown(agreement.name)}'", adjective)
    times = (
        ("milestones", lambda item: "releasen" if item.kind == "release" else "milstolpen", "name", "when"),
        ("annual_cycle", lambda item: "årshjulets punkt", "decision", "when"),
        ("activities", lambda item: "aktiviteten", "name", "when"),
    )
    for key, noun, name, when in times:
        for i, item in enumerate(getattr(plan, key)):
            yield ((key, i, when), getattr(item, when),
                   f"tidpunkten för {noun(item)} '{_shown(getattr(item, name))}'", "preliminär")
    for i, goal in enumerate(plan.goals.measurable):
        yield (("goals", "measurable", i, "due"), goal.due,
               f"tidpunkten för målet '{_shown(goal.goal)}'", "preliminär")


def check(ctx):
    for path, date, what, adjective in _dates(ctx.plan):
        if date is not None and date.tentative:
            yield ctx.problem(path, f"{what} {date} är {adjective}",
                              hint="ta bort ? när datumet är bekräftat")
