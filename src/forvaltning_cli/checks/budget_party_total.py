"""En parts angivna totalsumma stämmer inte med summan av partens kolumn.

## Vad regeln kontrollerar

Gäller budgetar med en kolumn per part (till exempel Kommun och VGR): partens belopp på
budgetraderna summeras och jämförs med partens angivna totalsumma, exakt i tabellens enhet.
Precis som totalsumman summerar partens kolumn kostnadsraderna (`kind: cost` och
`kind: depreciation`); intäkter och investeringar ingår inte. Saknar en kostnadsrad med belopp
ett belopp för parten kan kolumnen inte summeras, och då kontrolleras den inte (raden
rapporteras av `budget-line-parties`). Beloppen per part gäller budgetåret.

## Varför det spelar roll

Partens totalsumma är det belopp som parten räknar med. Stämmer den inte med kolumnen är det
oklart vad parten ska betala.

## Exempel

Under `budget`:

    total:
      amount: 16000000
      parties: {VGK: 5740000, VGR: 10260000}   # kolumnerna blir 5 800 000 och 10 100 000

## Skriv i stället

Ange det som kolumnerna blir. När varje rads belopp per part stämmer är totalsumman summan av
kolumnerna:

    total:
      amount: 15900000
      parties: {VGK: 5800000, VGR: 10100000}
"""

from ..budget import message_amount, message_difference, party_column_sum

ID = "budget-party-total"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget or not budget.total or not budget.total.parties:
        return
    unit = budget.unit
    for party, stated in budget.total.parties.items():
        computed = party_column_sum(budget, party)
        if computed is not None and computed != stated:
            name = ctx.party_label(party)
            yield ctx.problem(
                ("budget", "total", "parties", party),
                f"angiven summa för {name} {message_amount(stated, unit)} stämmer inte med summan "
                f"av kolumnen {message_amount(computed, unit)} "
                f"({message_difference(stated, computed, unit)})",
            )
