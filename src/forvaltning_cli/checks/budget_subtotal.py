"""En grupps angivna delsumma stämmer inte med summan av gruppens rader.

## Vad regeln kontrollerar

Delsumman kontrolleras för beloppet och för varje parts kolumn, exakt i tabellens enhet. En
delsumma summerar alla gruppens rader, vilket slag de än är (kostnader, intäkter,
avskrivningar eller investeringar). Har tabellen årskolumner (`columns`) kontrolleras delsumman
i varje kolumn för sig, och meddelandet nämner kolumnen. En grupp vars rader saknar belopp i en
kolumn kan inte kontrolleras där (se `budget-amount-missing`), och en parts delsumma kontrolleras
bara när alla gruppens rader med belopp har ett belopp för parten.

## Varför det spelar roll

Den som läser budgeten litar på delsumman i stället för att räkna själv. En delsumma som inte
stämmer ger fel bild av vad gruppen kostar.

## Exempel

En grupp under `budget.items`:

    - lines:
        - {name: Drift, amount: 1000000}
        - {name: Licens, amount: 489000}
      subtotal: {label: delsumma, amount: 1500000}   # raderna blir 1 489 000

## Skriv i stället

    - lines:
        - {name: Drift, amount: 1000000}
        - {name: Licens, amount: 489000}
      subtotal: {label: delsumma, amount: 1489000}
"""

from ..budget import amount_columns, group_party_sum, group_sum, message_amount, message_difference
from ..model import BudgetGroup

ID = "budget-subtotal"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    unit = budget.unit
    columns = amount_columns(budget)
    for i, item in enumerate(budget.items):
        if not isinstance(item, BudgetGroup) or not item.subtotal:
            continue
        here = ("budget", "items", i, "subtotal")
        label = item.subtotal.label or item.group or "gruppen"
        for column in columns:
            computed = group_sum(item, column.id)
            stated = column.value(item.subtotal)
            if stated is not None and computed is not None and computed != stated:
                yield ctx.problem(
                    column.path(item.subtotal, here),
                    f"{column.prefix}angiven delsumma för '{label}' {message_amount(stated, unit)} "
                    f"stämmer inte med summan av gruppens rader {message_amount(computed, unit)} "
                    f"({message_difference(stated, computed, unit)})",
                )
        for party, stated_party in (item.subtotal.parties or {}).items():
            computed_party = group_party_sum(item, party)
            if computed_party is not None and computed_party != stated_party:
                yield ctx.problem(
                    here + ("parties", party),
                    f"angiven delsumma för {party} i '{label}' {message_amount(stated_party, unit)} "
                    f"stämmer inte med gruppens rader {message_amount(computed_party, unit)} "
                    f"({message_difference(stated_party, computed_party, unit)})",
                )
