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

from decimal import Decimal, localcontext
from fractions import Fraction

from ..budget import percent_total
from ..swedish import message_percent

ID = "split-key-sum"
SEVERITY = "error"


def shown_total(total: Fraction) -> str:
    """A sum for a message: rounded as usual, unless rounding would make it look like 100 %."""
    rounded = message_percent(total)
    if total == 100 or rounded != message_percent(100):
        return rounded
    with localcontext() as context:
        context.prec = 200  # percentages have at most 40 digits and exponents within ±40: exact
        exact = Decimal(total.numerator) / Decimal(total.denominator)
    return f"{exact:f}".replace(".", ",") + " %"


def check(ctx):
    for i, key in enumerate(ctx.plan.financing.split_keys):
        total = percent_total(key.shares.values())
        if total != 100:
            yield ctx.problem(
                ("financing", "split_keys", i, "shares"),
                f"andelarna i fördelningsnyckeln '{key.id}' blir {shown_total(total)}, inte 100 %",
            )
