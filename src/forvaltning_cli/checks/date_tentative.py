"""Ett datum är markerat som preliminärt med ett avslutande `?`.

## Vad regeln kontrollerar

Utfärdandedatum, godkännandedatum, beslutsdatum och periodens start och slut kontrolleras.
Preliminära datum behålls som källan anger dem; regeln påminner om att bekräfta dem innan planen
godkänns.

## Varför det spelar roll

Ett datum som bara är preliminärt ska inte stå kvar när planen är godkänd. Anmärkningen gör att
ingen glömmer att bekräfta det.

## Exempel

Under `document`:

    decision:
      label: Ställningstagande i VVG
      forum: VVG
      date: 2025-12-10?

## Skriv i stället

    decision:
      label: Ställningstagande i VVG
      forum: VVG
      date: 2025-12-10
"""

ID = "date-tentative"
SEVERITY = "info"


def check(ctx):
    doc = ctx.plan.document
    candidates = [
        (("document", "issued", "date"), doc.issued.date if doc.issued else None, "utfärdandedatum"),
        (("document", "approved", "date"), doc.approved.date if doc.approved else None, "godkännandedatum"),
        (("document", "decision", "date"), doc.decision.date if doc.decision else None,
         "datum för " + (doc.decision.label or "beslut") if doc.decision else ""),
        (("period", "start"), ctx.plan.period.start, "periodens start"),
        (("period", "end"), ctx.plan.period.end, "periodens slut"),
    ]
    for path, date, what in candidates:
        if date is not None and date.tentative:
            yield ctx.problem(path, f"{what} {date} är preliminärt",
                              hint="ta bort ? när datumet är bekräftat")
