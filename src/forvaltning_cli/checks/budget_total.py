"""Budgetens angivna totalsumma stämmer inte med summan av raderna.

## Vad regeln kontrollerar

Totalsumman räknas fram ur budgetraderna och jämförs med den angivna totalsumman, exakt på
kronan. En grupp vars rader saknar belopp räknas med sin angivna delsumma. Saknas både belopp
och delsumma kan totalsumman inte räknas fram, och då kontrolleras den inte.

## Varför det spelar roll

Totalsumman är den siffra som läses och beslutas. Stämmer den inte med raderna går det inte att
veta vilken av dem som gäller; oftast har en rad ändrats utan att totalsumman räknats om.

## Exempel

Under `budget`:

    items:
      - {name: Drift, amount: 7900000}
      - {name: Support, amount: 2400000}
    total: {label: Totalt, amount: 10000000}   # raderna blir 10 300 000

## Skriv i stället

    items:
      - {name: Drift, amount: 7900000}
      - {name: Support, amount: 2400000}
    total: {label: Totalt, amount: 10300000}
"""

from ..budget import computed_total
from ..swedish import difference, message_kronor

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
            f"angiven totalsumma {message_kronor(stated)} stämmer inte med summan av raderna "
            f"{message_kronor(computed)} ({difference(stated, computed)})",
            hint="rätta totalsumman eller raderna; summan räknas fram ur raderna",
        )
