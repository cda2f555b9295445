"""En resultatrad stämmer inte med intäkterna minus kostnaderna ovanför den.

## Vad regeln kontrollerar

En resultatrad (`result`) anger intäkter minus kostnader för alla budgetrader ovanför den i
tabellen, också raderna i grupper. Intäkter (`kind: income`) räknas med plus, kostnader
(`kind: cost`) och avskrivningar (`kind: depreciation`) med minus; avskrivningar ovanför raden
räknas alltså med ("resultat efter avskrivningar"), och står resultatraden före dem räknas de
inte ("resultat före avskrivningar"). Investeringar (`kind: investment`) räknas aldrig.
Delsummor och andra resultatrader ovanför räknas inte, bara raderna.

I en resultaträkning som skriver kostnader med minustecken (`costs_negative: true`) är resultatet
den vanliga summan av raderna ovanför. Resultatet kontrolleras exakt i tabellens enhet, för
budgetåret och för varje årskolumn (`columns`) för sig. Saknar en rad ovanför belopp i en kolumn
kontrolleras inte resultatet där.

## Varför det spelar roll

Resultatet är det som visar om verksamheten går ihop: om avgifterna täcker kostnaderna eller om
ett underskott måste täckas. Ett resultat som inte stämmer med raderna ger fel besked om just det.

## Exempel

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      items:
        - {name: Medlemsavgifter, kind: income, amount: 5400}
        - {name: Personal, amount: 3200}
        - {result: Resultat före avskrivningar, amount: 2000}   # 5 400 − 3 200 = 2 200
        - {name: Avskrivningar, kind: depreciation, amount: 400}
        - {result: Resultat efter avskrivningar, amount: 1800}

## Skriv i stället

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      items:
        - {name: Medlemsavgifter, kind: income, amount: 5400}
        - {name: Personal, amount: 3200}
        - {result: Resultat före avskrivningar, amount: 2200}
        - {name: Avskrivningar, kind: depreciation, amount: 400}
        - {result: Resultat efter avskrivningar, amount: 1800}
"""

from ..budget import amount_columns, computed_result, message_amount, message_difference
from ..model import BudgetResult

ID = "budget-result"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    unit = budget.unit
    columns = amount_columns(budget)
    if budget.costs_negative:
        hint = "resultatet är summan av raderna ovanför (kostnaderna står med minustecken)"
    else:
        hint = "resultatet är intäkterna minus kostnaderna och avskrivningarna ovanför"
    hint += "; investeringar räknas inte"
    for i, item in enumerate(budget.items):
        if not isinstance(item, BudgetResult):
            continue
        here = ("budget", "items", i)
        for column in columns:
            stated = column.value(item)
            if stated is None:
                continue
            computed = computed_result(budget, i, column.id)
            if computed is not None and computed != stated:
                yield ctx.problem(
                    column.path(item, here),
                    f"{column.prefix}angivet resultat för '{item.result}' "
                    f"{message_amount(stated, unit)} stämmer inte med raderna ovanför, som ger "
                    f"{message_amount(computed, unit)} ({message_difference(stated, computed, unit)})",
                    hint=hint,
                )
