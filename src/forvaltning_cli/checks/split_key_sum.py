"""Andelarna i en fördelningsnyckel blir inte 100 %.

## Vad regeln kontrollerar

Andelarna i varje fördelningsnyckel summeras och ska bli exakt 100 %: andelarna per part
(`shares`), eller i en nyckel som fördelar mellan medlemmarna (`basis`) andelen som delas lika
(`equal`) plus andelen som delas efter folkmängd (`population`). Budgetrader som anger en nyckel
vars andelar inte blir 100 % kontrolleras inte heller mot den (se `split-key-mismatch`).

En nyckel som delar efter folkmängd behöver planens folkmängd (`financing.population`), och en
nyckel som delar lika behöver veta vilka medlemmarna är (`basis.members` eller
`financing.population`); saknas det rapporterar regeln det också.

## Varför det spelar roll

En fördelningsnyckel ska fördela hela kostnaden mellan parterna. Blir andelarna mindre än 100 %
blir en del av kostnaden ofördelad; blir de mer fördelas mer än hela kostnaden. En nyckel efter
folkmängd som inte har någon folkmängd att räkna på går inte att använda.

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


def _basis_problems(ctx, here, key):
    basis = key.basis
    population = ctx.plan.financing.population
    parts = [v for v in (basis.equal, basis.population) if v is not None]
    total = percent_total(parts)
    if total != 100:
        shown = " + ".join(message_percent(v) for v in parts)
        yield ctx.problem(
            here,
            f"andelarna i fördelningsnyckeln '{key.id}' blir {shown + ' = ' if len(parts) > 1 else ''}"
            f"{shown_total(total)}, inte 100 %",
            hint="equal (lika) och population (efter folkmängd) ska tillsammans bli 100",
        )
    if basis.population and population is None:
        yield ctx.problem(
            here + ("population",),
            f"fördelningsnyckeln '{key.id}' fördelar {message_percent(basis.population)} efter "
            "folkmängd, men planen anger ingen folkmängd (financing.population)",
            hint="ange financing.population med antalet invånare per medlem",
        )
    elif basis.equal and population is None and not basis.members:
        yield ctx.problem(
            here + ("equal",),
            f"fördelningsnyckeln '{key.id}' delar {message_percent(basis.equal)} lika mellan "
            "medlemmarna, men planen anger inte vilka de är",
            hint="ange medlemmarna under basis.members eller financing.population",
        )


def check(ctx):
    for i, key in enumerate(ctx.plan.financing.split_keys):
        here = ("financing", "split_keys", i)
        if key.basis is not None:
            yield from _basis_problems(ctx, here + ("basis",), key)
            continue
        total = percent_total(key.shares.values())
        if total != 100:
            yield ctx.problem(
                here + ("shares",),
                f"andelarna i fördelningsnyckeln '{key.id}' blir {shown_total(total)}, inte 100 %",
            )
