"""Andelarna i en fördelningsnyckel blir inte 100 %.

## Vad regeln kontrollerar

Andelarna (`shares`) i varje fördelningsnyckel summeras och ska bli exakt 100 %. Budgetrader
som anger en sådan nyckel kontrolleras inte heller mot den (se `split-key-mismatch`).

## Varför det spelar roll

En fördelningsnyckel ska fördela hela kostnaden mellan parterna. Blir andelarna mindre än 100 %
blir en del av kostnaden ofördelad; blir de mer fördelas mer än hela kostnaden.

## Exempel

Under `financing`:

    split_keys:
      - id: lonekostnader
        text: Lönekostnader fördelas 50/40
        shares: {VGR: 50, VGK: 40}

## Skriv i stället

    split_keys:
      - id: lonekostnader
        text: Lönekostnader fördelas 50/50
        shares: {VGR: 50, VGK: 50}
"""

from ..swedish import message_percent

ID = "split-key-sum"
SEVERITY = "error"


def check(ctx):
    for i, key in enumerate(ctx.plan.financing.split_keys):
        total = sum(key.shares.values())
        if total != 100:
            yield ctx.problem(
                ("financing", "split_keys", i, "shares"),
                f"andelarna i fördelningsnyckeln '{key.id}' blir {message_percent(total)}, inte 100 %",
            )
