"""Planen godkändes innan den utfärdades.

## Vad regeln kontrollerar

När både `issued` och `approved` har ett datum får godkännandet inte ligga före utfärdandet;
samma dag går bra.

## Varför det spelar roll

En plan kan inte godkännas innan den har utfärdats. Oftast har ett av datumen skrivits fel.

## Exempel

Under `document`:

    issued: {by: Piotr Gabrys, date: 2025-03-01}
    approved: {by: Ledningsråd för hjälpmedel, date: 2025-02-04}

## Skriv i stället

    issued: {by: Piotr Gabrys, date: 2025-02-01}
    approved: {by: Ledningsråd för hjälpmedel, date: 2025-02-04}
"""

ID = "approval-order"
SEVERITY = "error"


def check(ctx):
    doc = ctx.plan.document
    if doc.issued and doc.approved and doc.issued.date and doc.approved.date:
        if doc.approved.date.value < doc.issued.date.value:
            yield ctx.problem(
                ("document", "approved", "date"),
                f"godkänt {doc.approved.date}, före utfärdandet {doc.issued.date}",
            )
