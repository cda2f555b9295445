"""Budgetens angivna totalsumma stämmer inte med summan av raderna.

## Vad regeln kontrollerar

Totalsumman räknas fram ur budgetraderna och jämförs med den angivna totalsumman, exakt i
tabellens enhet. En grupp vars rader saknar belopp räknas med sin angivna delsumma. Saknas både
belopp och delsumma kan totalsumman inte räknas fram, och då kontrolleras den inte.

Totalsumman är budgetens totala kostnad: den summerar raderna med `kind: cost` (standard) och
`kind: depreciation`. Intäkter (`income`) och investeringar (`investment`) ingår inte; vad
intäkterna och kostnaderna ger tillsammans anges på en resultatrad (se `budget-result`). En
budget där alla rader är kostnader summerar alltså alla rader. Har tabellen årskolumner
(`columns`) kontrolleras totalsumman i varje kolumn för sig, och meddelandet nämner kolumnen.

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

from ..budget import amount_columns, computed_total, has_non_cost_lines, message_amount, message_difference

ID = "budget-total"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget or not budget.total:
        return
    summed = "kostnadsraderna" if has_non_cost_lines(budget) else "raderna"
    unit = budget.unit
    for column in amount_columns(budget):
        stated = column.value(budget.total)
        if stated is None:
            continue
        computed = computed_total(budget, column.id)
        if computed is not None and computed != stated:
            yield ctx.problem(
                column.path(budget.total, ("budget", "total")),
                f"{column.prefix}angiven totalsumma {message_amount(stated, unit)} stämmer inte "
                f"med summan av {summed} {message_amount(computed, unit)} "
                f"({message_difference(stated, computed, unit)})",
                hint=f"rätta totalsumman eller raderna; summan räknas fram ur {summed}",
            )
