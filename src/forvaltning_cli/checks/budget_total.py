"""The budget's stated total differs from the sum of its lines.

The total is computed from the cost lines; a group whose lines have no amounts counts with its
stated subtotal. Exact to the krona.

Example::

    items:
      - {name: Drift, amount: 7900000}
      - {name: Support, amount: 2400000}
    total: {label: Totalt, amount: 10000000}   # the lines make 10 300 000
"""

from ..budget import computed_total, describe_difference, format_kronor

ID = "budget-total"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget or not budget.total or budget.total.amount is None:
        return
    computed = computed_total(budget)
    stated = budget.total.amount
    if computed is not None and computed != stated:
        yield ctx.problem(
            ("budget", "total", "amount"),
            f"angiven totalsumma {format_kronor(stated)} stämmer inte med summan av raderna "
            f"{format_kronor(computed)} ({describe_difference(stated, computed)})",
            hint="rätta totalsumman eller raderna; summan räknas fram ur raderna",
        )
