"""En budgetrad saknar belopp.

## Vad regeln kontrollerar

Att varje budgetrad har ett belopp (`amount`). En rad utan belopp kan inte kontrolleras mot
gruppens delsumma; gruppen räknas då in i totalsumman med sin angivna delsumma. Finns ingen
angiven delsumma att räkna med kan totalsumman inte räknas fram.

## Varför det spelar roll

Oftast angav källan bara en delsumma för gruppen. Det är tillåtet, men gruppens rader går då
inte att kontrollera, och den som läser planen bör veta om det.

## Exempel

En grupp under `budget.items`:

    - lines:
        - name: VGR IT drift inkl. licens
      subtotal: {label: delsumma VGR IT debiterar, amount: 1489000}

## Skriv i stället

    - lines:
        - name: VGR IT drift inkl. licens
          amount: 1489000
      subtotal: {label: delsumma VGR IT debiterar, amount: 1489000}
"""

from ..budget import iter_lines
from ..swedish import message_kronor

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
                f"; gruppens angivna delsumma {message_kronor(subtotal.amount)} används "
                "i totalsumman och kan inte kontrolleras mot raderna"
            )
        else:
            detail = "; totalsumman kan inte räknas fram"
        yield ctx.problem(at.path, f"raden '{at.line.name}' saknar belopp{detail}",
                          at_key=False)
