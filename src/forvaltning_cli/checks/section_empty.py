"""Ett avsnitt har en rubrik men varken innehåll eller underavsnitt.

## Vad regeln kontrollerar

Att varje avsnitt har innehåll (`content`) eller underavsnitt (`sections`). Anmärkningen pekar
på avsnittets rubrik.

## Varför det spelar roll

Ofta en figur eller tabell som har fallit bort, eller en rubrik som har lämnats för text som
ännu inte är skriven.

## Exempel

Ett avsnitt under `sections`:

    - {number: "5.3", title: Förvaltningsstruktur}

## Skriv i stället

    - number: "5.3"
      title: Förvaltningsstruktur
      content:
        - figure: "Figur: Förvaltningsstrukturen"
"""

from ..model import iter_sections

ID = "section-empty"
SEVERITY = "warning"


def check(ctx):
    for path, section in iter_sections(ctx.plan.sections):
        if not section.content and not section.sections:
            number = f"{section.number} " if section.number else ""
            yield ctx.problem(
                path + ("title",), f"avsnittet {number}{section.title} är tomt",
                hint="lägg till text, en figur (figure: bildtext) eller ta bort avsnittet",
            )
