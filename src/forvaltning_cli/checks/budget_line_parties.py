"""En rads belopp per part blir inte radens belopp, eller en rad saknar belopp för någon av
budgetens partskolumner.

## Vad regeln kontrollerar

På varje budgetrad med belopp per part (`parties`) summeras partsbeloppen och jämförs med radens
belopp, exakt i tabellens enhet. Har budgeten kolumner för parter ska dessutom varje
kostnadsrad (`kind: cost` eller `kind: depreciation`) med ett belopp (annat än 0) ha ett belopp
för varje part; intäkter och investeringar fördelas inte på parterna. Beloppen per part är
aldrig negativa: i en tabell som skriver kostnader med minustecken (`costs_negative: true`)
jämförs de med kostnadens belopp utan minustecken.

## Varför det spelar roll

Partskolumnerna och beloppskolumnen ska visa samma pengar. Går de isär stämmer parternas
totalsummor inte med budgetens, och det går inte att se vilken siffra som är rätt.

## Exempel

En rad under `budget.items`:

    - name: Support
      amount: 2400000
      parties: {VGK: 720000, VGR: 1600000}   # blir 2 320 000

## Skriv i stället

    - name: Support
      amount: 2400000
      parties: {VGK: 720000, VGR: 1680000}
"""

from ..budget import COST_KINDS, iter_lines, message_amount, message_difference, positive_amount

ID = "budget-line-parties"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    unit = budget.unit
    for at in iter_lines(budget):
        line = at.line
        base = positive_amount(budget, line)
        if line.parties is not None and base is not None:
            total = sum(line.parties.values())
            if total != base:
                yield ctx.problem(
                    at.path + ("parties",),
                    f"beloppen per part på raden '{line.name}' blir {message_amount(total, unit)}, "
                    f"men radens belopp är {message_amount(base, unit)} "
                    f"({message_difference(total, base, unit)})",
                )
        if budget.parties and line.amount and line.kind in COST_KINDS:
            missing = [p for p in budget.parties if p not in (line.parties or {})]
            if missing:
                yield ctx.problem(
                    at.path + ("parties",) if line.parties is not None else at.path,
                    f"raden '{line.name}' saknar belopp för "
                    + ", ".join(ctx.party_label(p) for p in missing),
                    hint="budgeten har kolumner för " + ", ".join(budget.parties),
                )
