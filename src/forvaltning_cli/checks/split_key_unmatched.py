"""En rad har belopp per part men anger ingen fördelningsnyckel, och beloppen följer ingen av
finansieringsmodellens nycklar.

## Vad regeln kontrollerar

Budgetrader med belopp per part men utan `split_key` jämförs med alla fördelningsnycklar i
finansieringsmodellen. Meddelandet anger hur raden faktiskt fördelas, så att den som granskar
kan avgöra om beloppen eller finansieringsmodellen är fel. Rader vars belopp följer någon nyckel
rapporteras inte, och inte heller rader vars partsbelopp inte blir radens belopp (dem
rapporterar `budget-line-parties`). En plan utan fördelningsnycklar per part (`shares`)
kontrolleras inte; nycklar som fördelar mellan medlemmarna (`basis`) jämförs inte.

## Varför det spelar roll

Varje kostnad ska fördelas enligt en överenskommen nyckel. En rad som inte följer någon nyckel
är antingen felräknad eller en kostnad som finansieringsmodellen inte beskriver.

## Exempel

En rad under `budget.items`:

    - name: Möten, utbildning, kommunikation
      amount: 300000
      parties: {VGK: 100000, VGR: 200000}   # 33,3/66,7 – nycklarna är 50/50 och 70/30

## Skriv i stället

Ange vilken nyckel som gäller och låt beloppen följa den:

    - name: Möten, utbildning, kommunikation
      amount: 300000
      split_key: utveckling-support          # 70/30
      parties: {VGK: 90000, VGR: 210000}
"""

from fractions import Fraction

from ..budget import iter_lines, matches_key, positive_amount
from ..swedish import message_percent

ID = "split-key-unmatched"
SEVERITY = "warning"


def check(ctx):
    budget = ctx.plan.budget
    keys = [key for key in ctx.plan.financing.split_keys if key.shares is not None]
    if not budget or not keys:
        return
    for at in iter_lines(budget):
        line = at.line
        amount = positive_amount(budget, line)
        if line.split_key or not line.parties or not amount or amount < 0:
            continue
        if sum(line.parties.values()) != amount:
            continue  # budget-line-parties reports it
        if any(matches_key(amount, line.parties, key) for key in keys):
            continue
        ratio = " / ".join(
            f"{ctx.party_label(p)} {message_percent(Fraction(a * 100, amount))}"
            for p, a in line.parties.items()
        )
        known = "; ".join(
            f"{key.id} " + "/".join(f"{message_percent(v)[:-2]}" for v in key.shares.values())
            for key in keys
        )
        yield ctx.problem(
            at.path + ("parties",),
            f"beloppen på raden '{line.name}' fördelas {ratio}, vilket inte följer någon "
            f"fördelningsnyckel i finansieringsmodellen ({known})",
            hint="ange split_key för raden eller rätta beloppen",
        )
