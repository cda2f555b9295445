"""A party's stated total differs from the sum of that party's column.

For budgets with per-party columns (e.g. Kommun and VGR): each party's amounts on the lines are
summed and compared with the party's stated total.

Example::

    total:
      amount: 16000000
      parties: {VGK: 5740000, VGR: 10260000}   # the columns make 5 800 000 and 10 100 000
"""

from ..budget import describe_difference, format_kronor, party_column_sum

ID = "budget-party-total"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget or not budget.total or not budget.total.parties:
        return
    for party, stated in budget.total.parties.items():
        computed = party_column_sum(budget, party)
        if computed is not None and computed != stated:
            name = ctx.party_label(party)
            yield ctx.problem(
                ("budget", "total", "parties", party),
                f"angiven summa för {name} {format_kronor(stated)} stämmer inte med summan av "
                f"kolumnen {format_kronor(computed)} ({describe_difference(stated, computed)})",
            )
