"""Budgetåret ligger utanför planens period, eller budgetens rubrik nämner ett annat år än
budgetåret.

## Vad regeln kontrollerar

Att budgetåret (`budget.year`) ligger inom planens period, och att budgetens rubrik
(`budget.title`) inte nämner något annat årtal än budgetåret.

## Varför det spelar roll

Det händer lätt när förra årets plan används som mall: budgetåret eller rubriken blir kvar från
förra året, och det blir oklart vilket års budget planen visar.

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

from ..yearwords import years_in

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
    other = [year for year in years_in(budget.title) if year != budget.year]
    if other:
        yield ctx.problem(
            ("budget", "title"),
            f"budgetrubriken nämner {', '.join(map(str, other))} men budgetåret är {budget.year}",
        )
