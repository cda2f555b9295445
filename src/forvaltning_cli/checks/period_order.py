"""Planens period slutar innan den börjar.

## Vad regeln kontrollerar

Att periodens slut (`end`) inte ligger före dess start (`start`).

## Varför det spelar roll

En period som går baklänges är nästan alltid start och slut som har bytt plats. Årtalen i
titlar, rubriker och budget (`title-year`, `budget-year`) kan inte kontrolleras förrän perioden
är rätt.

## Exempel

    period: {start: 2025-12-31, end: 2025-01-01}

## Skriv i stället

    period: {start: 2025-01-01, end: 2025-12-31}
"""

ID = "period-order"
SEVERITY = "error"


def check(ctx):
    period = ctx.plan.period
    if period.start and period.end and period.end.value < period.start.value:
        yield ctx.problem(
            ("period", "end"),
            f"perioden slutar {period.end} men börjar {period.start}",
            hint="byt plats på start och end",
        )
