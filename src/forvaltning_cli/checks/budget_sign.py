"""En budgetrad har ett belopp med ett tecken som radens slag inte tillåter.

## Vad regeln kontrollerar

Tecknet på varje budgetrads belopp, för budgetåret och i varje årskolumn (`values`):

- intäkter (`kind: income`) och investeringar (`kind: investment`) är aldrig negativa;
- kostnader (`kind: cost`, standard) och avskrivningar (`kind: depreciation`) är inte negativa,
  utom i en resultaträkning som skriver kostnader med minustecken (`costs_negative: true`):
  där är de aldrig positiva.

Resultatrader, delsummor och totalsumman får ha vilket tecken som helst (ett resultat kan vara
ett underskott); de kontrolleras mot raderna av `budget-result`, `budget-subtotal` och
`budget-total`. Belopp per part är aldrig negativa (det kontrolleras när planen läses). Varje
rad rapporteras en gång, vid det första belopp som har fel tecken.

## Varför det spelar roll

Ett minustecken som inte hör hemma vänder en kostnad till en intäkt i varje summa och resultat.
Oftast har en resultaträkning, där kostnader skrivs med minustecken, skrivits av utan att det
angetts med `costs_negative: true`, eller så har en rad fått fel slag.

## Exempel

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      items:
        - {name: Medlemsavgifter, kind: income, amount: 5400}
        - {name: Personal, amount: -3200}        # en kostnad med minustecken
      total: {label: Summa kostnader, amount: -3200}

## Skriv i stället

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      costs_negative: true
      items:
        - {name: Medlemsavgifter, kind: income, amount: 5400}
        - {name: Personal, amount: -3200}
      total: {label: Summa kostnader, amount: -3200}
"""

from ..budget import COST_KINDS, amount_columns, iter_lines, message_amount
from ..swedish import join

ID = "budget-sign"
SEVERITY = "error"

_KIND = {
    "cost": "en kostnad",
    "income": "en intäkt",
    "depreciation": "en avskrivning",
    "investment": "en investering",
}


def _wrong_sign(kind: str, value: int, costs_negative: bool) -> bool:
    if kind in COST_KINDS and costs_negative:
        return value > 0
    return value < 0


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    unit = budget.unit
    columns = amount_columns(budget)
    for at in iter_lines(budget):
        line = at.line
        wrong = [
            (column, value) for column in columns
            if (value := column.value(line)) is not None
            and _wrong_sign(line.kind, value, budget.costs_negative)
        ]
        if not wrong:
            continue
        first, value = wrong[0]
        if len(wrong) == 1 and first.heading is None:
            shown = message_amount(value, unit)
        else:
            shown = join([f"{message_amount(v, unit)} i kolumnen {c.heading}" for c, v in wrong])
        negative_costs = line.kind in COST_KINDS and budget.costs_negative
        if negative_costs:
            message = (
                f"raden '{line.name}' är {_KIND[line.kind]} och ska skrivas med minustecken, "
                f"eftersom tabellen skriver kostnader så (costs_negative: true), men har {shown}"
            )
            hint = "skriv kostnaden med minustecken, eller ange kind: income om raden är en intäkt"
        else:
            message = (
                f"raden '{line.name}' är {_KIND[line.kind]} och får inte ha ett negativt belopp, "
                f"men har {shown}"
            )
            if line.kind in COST_KINDS:
                hint = (
                    "skriv kostnaden utan minustecken, eller ange costs_negative: true under budget "
                    "om tabellen är en resultaträkning som skriver kostnader med minustecken"
                )
            else:
                hint = "skriv beloppet utan minustecken, eller ange rätt kind för raden"
        yield ctx.problem(first.path(line, at.path), message, hint=hint)
