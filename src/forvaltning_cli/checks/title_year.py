"""Ett årtal i dokumentets titel eller undertitel eller i en avsnittsrubrik ligger utanför
planens period.

## Vad regeln kontrollerar

Årtal i `document.title`, `document.subtitle` och i avsnittens rubriker jämförs med planens
period. En flerårig plan får också nämna sina planår, alltså budgetens kolumner av slaget
`plan` ("Verksamhetsplan 2019 med budget och plan för 2020–2021"). Budgetens rubrik och
kolumnrubriker kontrolleras av `budget-year`.

## Varför det spelar roll

Typiskt efter att förra årets plan har kopierats: "Förvaltningsplan 2025" står kvar i planen för
2026.

## Exempel

    document: {title: Förvaltningsplan 2025, status: Utgåva}
    period: {year: 2026}

## Skriv i stället

    document: {title: Förvaltningsplan 2026, status: Utgåva}
    period: {year: 2026}
"""

from ..yearwords import later_plan_years, span_text, years_in

ID = "title-year"
SEVERITY = "warning"


def check(ctx):
    period = ctx.plan.period
    if not period.years:
        return  # the period runs backwards: period-order reports it
    beyond = later_plan_years(ctx.plan)
    allowed = set(period.years) | set(beyond)
    also = f" med planår {span_text(beyond)}" if beyond else ""
    for text in ctx.texts:
        if text.kind not in ("title", "heading"):
            continue
        outside = [year for year in years_in(text.text) if year not in allowed]
        if outside:
            what = "rubriken" if text.kind == "heading" else "titeln"
            yield ctx.problem(
                text.path,
                f"{what} '{text.text}' nämner {', '.join(map(str, outside))}, men planen gäller "
                f"{period.first_day}–{period.last_day}{also}",
            )
