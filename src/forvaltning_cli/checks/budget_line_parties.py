"""En rads belopp per part blir inte radens belopp, eller en rad saknar belopp för någon av
budgetens partskolumner.

## Vad regeln kontrollerar

På varje budgetrad med belopp per part (`parties`) summeras partsbeloppen och jämförs med radens
belopp, exakt på kronan. Har budgeten kolumner för parter ska dessutom varje rad med ett belopp
(annat än 0) ha ett belopp för varje part.

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

from ..budget import iter_lines
from ..swedish import difference, message_kronor

ID = "budget-line-parties"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    for at in iter_lines(budget):
        line = at.line
        if line.parties is not None and line.amount is not None:
            total = sum(line.parties.values())
            if total != line.amount:
                yield ctx.problem(
                    at.path + ("parties",),
                    f"beloppen per part på raden '{line.name}' blir {message_kronor(total)}, men "
                    f"radens belopp är {message_kronor(line.amount)} "
                    f"({difference(total, line.amount)})",
                )
        if budget.parties and line.amount:
            missing = [p for p in budget.parties if p not in (line.parties or {})]
            if missing:
                yield ctx.problem(
                    at.path + ("parties",) if line.parties is not None else at.path,
                    f"raden '{line.name}' saknar belopp för "
                    + ", ".join(ctx.party_label(p) for p in missing),
                    hint="budgeten har kolumner för " + ", ".join(budget.parties),
                )
