"""En avgifts intäkt stämmer inte med budgetraden där den ska stå.

## Vad regeln kontrollerar

En avgift (`financing.fees`) som anger sin intäktsrad (`income_line`) räknas fram exakt i kronor
och öre och jämförs med budgetårets belopp på den raden:

- en avgift per invånare (`per: inhabitant`): beloppet gånger antalet invånare hos medlemmarna
  som betalar (`members`, annars alla i `financing.population`), enligt planens folkmängd;
- en avgift per medlem (`per: member`): beloppet gånger antalet medlemmar som betalar
  (`members`, annars alla i `financing.population`).

Flera avgifter med samma intäktsrad räknas ihop. Budgetradens belopp står i tabellens enhet och
är därför avrundat. Avrundningsregeln: den framräknade intäkten i kronor delas med enhetens
storlek (1 för kr, 1 000 för tkr, 1 000 000 för mnkr) och avrundas till ett heltal, där en halv
avrundas bort från noll (uppåt); 5 399 982,50 kr är 5 400 tkr och 13 500 kr är 14 tkr. Raden
stämmer när den anger exakt det avrundade beloppet. Meddelandet visar både uträkningen och det
angivna beloppet.

Saknas folkmängden för en avgift per invånare, eller går det inte att veta vilka som betalar,
kan intäkten inte kontrolleras, och det rapporteras vid avgiften. Avgiften jämförs med
budgetåret; för planåren kan folkmängden och avgiften ha ändrats.

## Varför det spelar roll

Avgiften är det medlemmarna beslutar om, och intäkten i budgeten ska vara vad avgiften ger.
Stämmer de inte överens räcker pengarna inte till det budgeten räknar med, eller så tas det
ut mer än budgeten behöver.

## Exempel

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      items:
        - {id: medlemsavgifter, name: Medlemsavgifter, kind: income, amount: 5300}
    financing:
      fees:
        - {id: medlemsavgift, name: Medlemsavgift, price: 27, per: inhabitant, income_line: medlemsavgifter}
      population:
        counts: {Älvby: 120000, Sjöstad: 80000}   # 27 kr × 200 000 = 5 400 000 kr

## Skriv i stället

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      items:
        - {id: medlemsavgifter, name: Medlemsavgifter, kind: income, amount: 5400}
    financing:
      fees:
        - {id: medlemsavgift, name: Medlemsavgift, price: 27, per: inhabitant, income_line: medlemsavgifter}
      population:
        counts: {Älvby: 120000, Sjöstad: 80000}
"""

from decimal import Decimal, localcontext

from ..budget import (
    AmountColumn,
    amount_columns,
    iter_lines,
    message_amount,
    message_difference,
    message_price,
    round_to_unit,
)
from ..swedish import amount as grouped
from ..swedish import join

ID = "fee-income"
SEVERITY = "error"


def _payers(ctx, i, fee, line_name):
    """``(count, unit word)`` of who pays the fee, a problem saying why it is not known, or
    ``None`` when another rule already says it (a payer missing from the population is
    unknown-reference's finding)."""
    population = ctx.plan.financing.population
    here = ("financing", "fees", i)
    cannot = f"; intäkten på budgetraden '{line_name}' kan inte kontrolleras"
    if fee.per == "inhabitant":
        if population is None:
            return ctx.problem(
                here + ("per",),
                f"avgiften '{fee.name}' tas ut per invånare, men planen anger ingen folkmängd "
                f"(financing.population){cannot}",
                hint="ange financing.population med antalet invånare per medlem",
            )
        names = list(dict.fromkeys(fee.members if fee.members is not None else population.counts))
        if any(name not in population.counts for name in names):
            return None  # unknown-reference names each payer missing from the population
        count = sum(population.counts[name] for name in names)
        return count, "invånare"
    if fee.members is not None:
        count = len(set(fee.members))
    elif population is not None:
        count = len(population.counts)
    else:
        return ctx.problem(
            here + ("per",),
            f"avgiften '{fee.name}' tas ut per medlem, men planen anger inte vilka medlemmarna är "
            f"(members eller financing.population){cannot}",
            hint="ange medlemmarna under members eller financing.population",
        )
    return count, "medlem" if count == 1 else "medlemmar"


def check(ctx):
    budget = ctx.plan.budget
    fees = ctx.plan.financing.fees
    if not budget or not fees:
        return
    lines = {}
    for at in iter_lines(budget):
        if at.line.id is not None:
            lines.setdefault(at.line.id, at)
    column = next((c for c in amount_columns(budget) if c.id is None), AmountColumn(None, None))
    computed: dict[str, list[tuple[str, Decimal, str]]] = {}
    blocked: set[str] = set()
    for i, fee in enumerate(fees):
        at = lines.get(fee.income_line or "")
        if at is None:
            continue  # no income line, or one unknown-reference reports
        payers = _payers(ctx, i, fee, at.line.name)
        if not isinstance(payers, tuple):
            if payers is not None:
                yield payers
            blocked.add(fee.income_line)
            continue
        count, word = payers
        with localcontext() as context:
            context.prec = 80  # two decimals times a bounded count: exact
            income = fee.price * count
        shown = f"{message_price(fee.price)} × {grouped(count, space=' ')} {word} = {message_price(income)}"
        computed.setdefault(fee.income_line, []).append((fee.name, income, shown))
    unit = budget.unit
    for line_id, parts in computed.items():
        at = lines[line_id]
        stated = at.line.amount
        if line_id in blocked or stated is None:
            continue
        with localcontext() as context:
            context.prec = 80
            expected = sum((income for _, income, _ in parts), Decimal(0))
        rounded = round_to_unit(expected, budget.kronor_per_unit)
        if stated == rounded:
            continue
        if len(parts) == 1:
            name, _, shown = parts[0]
            calculation = f"avgiften '{name}' ger {shown}"
        else:
            calculation = (
                "avgifterna ger " + join([f"'{name}' {shown}" for name, _, shown in parts])
                + f", tillsammans {message_price(expected)}"
            )
        if rounded * budget.kronor_per_unit != expected:
            calculation += f", avrundat {message_amount(rounded, unit)}"
        yield ctx.problem(
            column.path(at.line, at.path),
            f"{column.prefix}budgetraden '{at.line.name}' anger {message_amount(stated, unit)}, "
            f"men {calculation} ({message_difference(stated, rounded, unit)})",
            hint="rätta intäkten, avgiften eller folkmängden; intäkten avrundas till tabellens "
            "enhet, en halv uppåt",
        )
