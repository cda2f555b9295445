"""The budget's year lies outside the plan period, or the budget title names another year than
the budget's year.

Example: a 2026 plan whose budget table is titled "BUDGET 2025"::

    period: {year: 2026}
    budget:
      title: BUDGET 2025 Samordnad hälsa- vård och omsorg
      year: 2025
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
