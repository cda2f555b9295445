"""Budgetåret ligger utanför planens period, eller budgetens rubrik eller en kolumnrubrik nämner
ett annat år än tabellen gäller.

## Vad regeln kontrollerar

Att budgetåret (`budget.year`) ligger inom planens period, och att budgetens rubrik
(`budget.title`) bara nämner budgetåret eller årskolumnernas år (`budget.columns`: utfall,
budget, prognos och planår, "Budget 2019 och plan 2020–2021"). En årskolumns rubrik (`heading`)
ska bara nämna kolumnens eget år (`year`).

## Varför det spelar roll

Det händer lätt när förra årets plan används som mall: budgetåret, rubriken eller en
kolumnrubrik blir kvar från förra året, och det blir oklart vilket års budget planen visar.

## Exempel

En plan för 2026 vars budgettabell har rubriken "BUDGET 2025":

    period: {year: 2026}
    budget:
      title: BUDGET 2025 Samordnad hälsa- vård och omsorg
      year: 2025
      items:
        - {name: Drift och licens, amount: 7900000}

## Skriv i stället

    period: {year: 2026}
    budget:
      title: BUDGET 2026 Samordnad hälsa- vård och omsorg
      year: 2026
      items:
        - {name: Drift och licens, amount: 7900000}
"""

from ..yearwords import span_text, years_in

ID = "budget-year"
SEVERITY = "warning"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    period = ctx.plan.period
    if period.years and budget.year not in period.years:
        yield ctx.problem(
            ("budget", "year"),
            f"budgetåret {budget.year} ligger utanför planens period "
            f"{period.first_day}–{period.last_day} (budgetrubrik: '{budget.title}')",
        )
    columns = sorted({column.year for column in budget.columns} - {budget.year})
    other = [year for year in years_in(budget.title) if year != budget.year and year not in columns]
    if other:
        also = f" och årskolumnerna gäller {span_text(columns)}" if columns else ""
        yield ctx.problem(
            ("budget", "title"),
            f"budgetrubriken nämner {', '.join(map(str, other))} men budgetåret är {budget.year}{also}",
        )
    for i, column in enumerate(budget.columns):
        wrong = [year for year in years_in(column.heading) if year != column.year]
        if wrong:
            yield ctx.problem(
                ("budget", "columns", i, "heading"),
                f"kolumnrubriken '{column.heading}' nämner {', '.join(map(str, wrong))}, men "
                f"kolumnen gäller {column.year} (year)",
                hint="rätta rubriken eller kolumnens year",
            )
