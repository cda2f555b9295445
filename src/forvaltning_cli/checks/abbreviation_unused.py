"""En förkortning är definierad men används aldrig i texten.

## Vad regeln kontrollerar

Varje förkortning i förkortningslistan (`abbreviations`) söks i planens text. Namn på
närliggande system och all annan text i planen räknas som användning; andra förkortningars
förklaringar gör det inte.

## Varför det spelar roll

Ofta en rest från planen som dokumentet kopierades från. Förkortningar som aldrig förekommer gör
listan längre och svårare att använda.

## Exempel

    abbreviations:
      ERP: Enterprise Resource Planning      # planen skriver aldrig ERP

## Skriv i stället

Ta bort förkortningen ur listan:

    abbreviations: {}
"""

ID = "abbreviation-unused"
SEVERITY = "warning"


def check(ctx):
    for term in ctx.abbreviations().unused:
        yield ctx.problem(
            ("abbreviations", term),
            f"förkortningen {term} definieras men används inte i texten",
            hint="ta bort definitionen om den inte behövs",
            at_key=True,
        )
