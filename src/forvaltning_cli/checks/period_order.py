"""Planens period, eller ett avtals giltighetstid, slutar innan den börjar.

## Vad regeln kontrollerar

Att periodens slut (`end`) inte ligger före dess start (`start`), och detsamma för varje avtal
under `agreements`.

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
    for i, agreement in enumerate(ctx.plan.agreements):
        if agreement.start and agreement.end and agreement.end.value < agreement.start.value:
            yield ctx.problem(
                ("agreements", i, "end"),
                f"avtalet '{agreement.name}' slutar {agreement.end} men börjar {agreement.start}",
                hint="byt plats på start och end",
            )
