"""En figur med bild saknar alternativtext.

## Vad regeln kontrollerar

Att varje figur som har en bild (`image`) också har en alternativtext (`alt`): en mening eller
två om vad bilden visar. Bildtexten (`figure`) räcker inte; den är en rubrik, inte en beskrivning.

## Varför det spelar roll

Den som läser dokumentet med skärmläsare, eller får det som text, ser inte bilden. Offentliga
organisationer ska enligt lagen om tillgänglighet till digital offentlig service (DOS-lagen)
göra dokument de publicerar tillgängliga, och en bild utan alternativtext är det vanligaste
felet. PDF/UA kräver också en alternativtext för varje bild.

## Exempel

    sections:
      - id: inledning
        number: "1"
        title: Förvaltningsmodell
        content:
          - figure: "Figur: Förvaltningsmodellen"
            image: modell.png

## Skriv i stället

    sections:
      - id: inledning
        number: "1"
        title: Förvaltningsmodell
        content:
          - figure: "Figur: Förvaltningsmodellen"
            image: modell.png
            alt: Förvaltningsmodellen i fyra steg, från behov via beslut och genomförande till uppföljning.
"""

from ..model import FigureBlock, iter_sections

ID = "figure-alt"
SEVERITY = "error"


def check(ctx):
    for path, section in iter_sections(ctx.plan.sections):
        for b, block in enumerate(section.content):
            if isinstance(block, FigureBlock) and block.image and not (block.alt or "").strip():
                yield ctx.problem(
                    path + ("content", b, "image"),
                    f"figuren '{block.figure}' har en bild men ingen alternativtext",
                    hint="lägg till alt: med en mening om vad bilden visar",
                )
