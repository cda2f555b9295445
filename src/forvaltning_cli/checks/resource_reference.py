"""En figurs bild pekar på något annat än en fil i planens egen mapp: en webbadress, en absolut sökväg eller en sökväg som går ut ur mappen med `..`.

## Vad regeln kontrollerar

Varje figurs `image`. Tillåtet är en relativ sökväg till en fil i planens mapp eller en
undermapp (`bilder/modell.png`) och en inbäddad `data:`-adress. Anmärkningen gäller en adress
med ett annat protokoll (`https:`, `file:` …), en absolut sökväg (`/…`, `C:\\…`, `\\\\server\\…`)
och en sökväg med `..`. När planens plats är känd ska filen också finnas och vara en vanlig fil
(inte en mapp eller en enhet som `/dev/zero`).

## Varför det spelar roll

Dokumentet ska byggas av planen och dess egna filer. En webbadress hämtas när PDF:en byggs, även
i CI, och en sökväg utanför mappen kan läsa in vilken fil som helst på datorn i dokumentet.
`plan render` bäddar aldrig in sådana resurser; bilden saknas då i dokumentet.

## Exempel

Ett avsnitt under `sections`:

    - number: "2"
      title: Förvaltningsmodell
      content:
        - figure: "Figur: Förvaltningsmodellen"
          image: https://intranat.example.se/bilder/modell.png

## Skriv i stället

Spara bilden bredvid planen och hänvisa till den relativt:

    - number: "2"
      title: Förvaltningsmodell
      content:
        - figure: "Figur: Förvaltningsmodellen"
          image: bilder/modell.png
          alt: Förvaltningsmodellen i fyra steg, från behov till uppföljning.
"""

from __future__ import annotations

from pathlib import Path

from ..model import iter_sections
from ..paths import file_problem, shape_problem  # noqa: F401 - render asks this rule's module for them

ID = "resource-reference"
SEVERITY = "error"

def check(ctx):
    # The plan's file, when the pipeline gives it, lets the rule check that the image exists.
    plan_file = ctx.path
    folder = Path(plan_file).resolve().parent if plan_file else None
    for path, section in iter_sections(ctx.plan.sections):
        for index, block in enumerate(section.content):
            image = getattr(block, "image", None)
            if image is None:
                continue
            problem = shape_problem(image)
            if problem is None and folder is not None:
                problem = file_problem(image, folder)
            if problem:
                yield ctx.problem(
                    path + ("content", index, "image"),
                    f"bilden '{image}' till figuren '{block.figure}' {problem}",
                    hint="lägg bildfilen i planens mapp (t.ex. bilder/) och ange sökvägen relativt till planen",
                )
