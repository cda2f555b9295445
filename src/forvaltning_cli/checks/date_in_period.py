"""En milstolpe, en punkt i årshjulet, en aktivitet eller ett mätbart mål har en tidpunkt utanför planens period.

## Vad regeln kontrollerar

Tidpunkten (`when`) för milstolpar och releaser (`milestones`), årshjulets punkter
(`annual_cycle`) och förvaltningsaktiviteter (`activities`), och när ett mätbart mål ska vara
nått (`goals.measurable`, `due`). En tidpunkt med år (`2025-03-15`, `mars 2025`, `Q2 2025`) ska
ligga inom planens period, eller inom ett planår i en flerårig budget. En tidpunkt utan år
(`Q1`, `mars`) återkommer varje år och är alltid rätt. Preliminära tidpunkter (med `?`) tar
`date-tentative` hand om.

## Varför det spelar roll

En tidpunkt utanför perioden är oftast kvar från förra årets plan, eller har fått fel år. Den
som läser planen tror då att något redan är gjort, eller att det inte ska göras i år.

## Exempel

    period: {year: 2025}
    milestones:
      - {name: Ny version av webSesam, when: Q2 2024, kind: release}

## Skriv i stället

    period: {year: 2025}
    milestones:
      - {name: Ny version av webSesam, when: Q2 2025, kind: release}
"""

from ..yearwords import last_planned_day, later_plan_years, span_text

ID = "date-in-period"
SEVERITY = "warning"


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def _timed(plan):
    """``(path, when, what)`` for every time with a year, in the order of the plan."""
    for i, milestone in enumerate(plan.milestones):
        noun = "releasen" if milestone.kind == "release" else "milstolpen"
        yield ("milestones", i, "when"), milestone.when, f"{noun} '{_shown(milestone.name)}'"
    for i, entry in enumerate(plan.annual_cycle):
        yield ("annual_cycle", i, "when"), entry.when, f"årshjulets punkt '{_shown(entry.decision)}'"
    for i, activity in enumerate(plan.activities):
        yield ("activities", i, "when"), activity.when, f"aktiviteten '{_shown(activity.name)}'"
    for i, goal in enumerate(plan.goals.measurable):
        yield ("goals", "measurable", i, "due"), goal.due, f"målet '{_shown(goal.goal)}'"


def check(ctx):
    period = ctx.plan.period
    first, last = period.first_day, period.last_day
    if last < first:
        return  # the period runs backwards: period-order reports it
    beyond = later_plan_years(ctx.plan)
    end = last_planned_day(ctx.plan)
    also = f" med planår {span_text(beyond)}" if beyond else ""
    for path, when, what in _timed(ctx.plan):
        if when is None or when.year is None:
            continue  # no time, or one that recurs every year
        if when.last_day() < first or when.first_day() > end:
            yield ctx.problem(
                path,
                f"{what} ({when}) ligger utanför planens period {first}–{last}{also}",
                hint="rätta tidpunkten, eller skriv den utan år (t.ex. Q1 eller mars) om den "
                "återkommer varje år",
            )
