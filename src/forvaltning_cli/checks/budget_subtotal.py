"""A group's stated subtotal differs from the sum of the group's lines.

Checked for the amount and for each party column of the subtotal. A group whose lines have no
amounts cannot be checked (see ``budget-amount-missing``).

Example::

    - lines:
        - {name: Drift, amount: 1000000}
        - {name: Licens, amount: 489000}
      subtotal: {label: delsumma, amount: 1500000}   # the lines make 1 489 000
"""

from ..budget import describe_difference, format_kronor, group_sum
from ..model import BudgetGroup

ID = "budget-subtotal"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    for i, item in enumerate(budget.items):
        if not isinstance(item, BudgetGroup) or not item.subtotal:
            continue
        here = ("budget", "items", i, "subtotal")
        label = item.subtotal.label or item.group or "gruppen"
        computed = group_sum(item)
        stated = item.subtotal.amount
        if stated is not None and computed is not None and computed != stated:
            yield ctx.problem(
                here + ("amount",),
                f"angiven delsumma för '{label}' {format_kronor(stated)} stämmer inte med "
                f"summan av gruppens rader {format_kronor(computed)} "
                f"({describe_difference(stated, computed)})",
            )
        for party, stated_party in (item.subtotal.parties or {}).items():
            values = [(line.parties or {}).get(party) for line in item.lines if line.amount]
            if any(v is None for v in values):
                continue
            computed_party = sum(values)
            if computed_party != stated_party:
                yield ctx.problem(
                    here + ("parties", party),
                    f"angiven delsumma för {party} i '{label}' {format_kronor(stated_party)} "
                    f"stämmer inte med gruppens rader {format_kronor(computed_party)} "
                    f"({describe_difference(stated_party, computed_party)})",
                )
