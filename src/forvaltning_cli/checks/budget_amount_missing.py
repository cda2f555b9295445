"""A cost line has no amount.

The line cannot be checked against its group's subtotal; the group then counts towards the
total with its stated subtotal. Usually the source gave only a subtotal for the group.

Example::

    - lines:
        - name: VGR IT drift inkl. licens
      subtotal: {label: delsumma VGR IT debiterar, amount: 1489000}
"""

from ..budget import format_kronor, iter_lines

ID = "budget-amount-missing"
SEVERITY = "info"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    for at in iter_lines(budget):
        if at.line.amount is not None:
            continue
        subtotal = at.group.subtotal if at.group else None
        if subtotal and subtotal.amount is not None:
            detail = (
                f"; gruppens angivna delsumma {format_kronor(subtotal.amount)} används "
                "i totalsumman och kan inte kontrolleras mot raderna"
            )
        else:
            detail = "; totalsumman kan inte räknas fram"
        yield ctx.problem(at.path, f"raden '{at.line.name}' saknar belopp{detail}",
                          at_key=False)
