"""En rad anger en fördelningsnyckel, men radens belopp per part följer inte nyckeln.

## Vad regeln kontrollerar

Varje parts belopp ska vara partens exakta andel av radens belopp, avrundad uppåt eller nedåt
till hel krona, och beloppen ska tillsammans bli radens belopp. Meddelandet visar de belopp som
nyckeln ger (avrundade med största-restmetoden). Nycklar vars andelar inte
blir 100 % rapporteras av `split-key-sum` och kontrolleras inte här, och inte heller nycklar som
fördelar mellan medlemmarna (`basis`) i stället för per part.

## Varför det spelar roll

Fördelningsnyckeln är det som parterna har kommit överens om. Belopp som inte följer den betyder
att en part får betala mer eller mindre än överenskommet, eller att raden har fel nyckel.

## Exempel

En rad under `budget.items`:

    - name: Funktionskoordinatorer
      amount: 5100000
      split_key: lonekostnader          # 50/50
      parties: {VGK: 2000000, VGR: 3100000}

## Skriv i stället

    - name: Funktionskoordinatorer
      amount: 5100000
      split_key: lonekostnader
      parties: {VGK: 2550000, VGR: 2550000}
"""

from ..budget import allocate, iter_lines, matches_key, message_amount, positive_amount, percent_total, shares

ID = "split-key-mismatch"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    keys = {key.id: key for key in ctx.plan.financing.split_keys if key.shares is not None}
    for at in iter_lines(budget):
        line = at.line
        key = keys.get(line.split_key or "")
        amount = positive_amount(budget, line)
        if key is None or line.parties is None or amount is None or amount < 0:
            continue
        if percent_total(key.shares.values()) != 100 or matches_key(amount, line.parties, key):
            continue
        expected = allocate(amount, shares(key))
        shown = ", ".join(
            f"{ctx.party_label(p)} {message_amount(a, budget.unit)}" for p, a in expected.items()
        )
        yield ctx.problem(
            at.path + ("parties",),
            f"beloppen på raden '{line.name}' följer inte fördelningsnyckeln '{key.id}', "
            f"som ger {shown}",
        )
