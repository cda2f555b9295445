"""En grupps angivna delsumma stämmer inte med summan av gruppens rader.

## Vad regeln kontrollerar

Delsumman kontrolleras för beloppet och för varje parts kolumn, exakt på kronan. En grupp vars
rader saknar belopp kan inte kontrolleras (se `budget-amount-missing`), och en parts delsumma
kontrolleras bara när alla gruppens rader med belopp har ett belopp för parten.

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

from ..budget import group_party_sum, group_sum
from ..swedish import difference, message_kronor
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
                f"angiven delsumma för '{label}' {message_kronor(stated)} stämmer inte med "
                f"summan av gruppens rader {message_kronor(computed)} "
                f"({difference(stated, computed)})",
            )
        for party, stated_party in (item.subtotal.parties or {}).items():
            computed_party = group_party_sum(item, party)
            if computed_party is not None and computed_party != stated_party:
                yield ctx.problem(
                    here + ("parties", party),
                    f"angiven delsumma för {party} i '{label}' {message_kronor(stated_party)} "
                    f"stämmer inte med gruppens rader {message_kronor(computed_party)} "
                    f"({difference(stated_party, computed_party)})",
                )
