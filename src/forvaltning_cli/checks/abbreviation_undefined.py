"""En förkortning används i texten men förklaras ingenstans.

## Vad regeln kontrollerar

En förkortning är ett ord med två till fem versaler (`SITHS`, `NPÖ`). Den räknas som förklarad
om den finns i planens förkortningslista (`abbreviations`), om den förklaras inom parentes där
den används ("Styrgrupp IT i Väst (SITIV)") eller om den är namnet på ett närliggande system.
Några allmänt kända förkortningar (IT, ID, EU, PDF) behöver ingen förklaring. Varje förkortning
rapporteras en gång, där den används första gången.

Text skriven med versaler är ingen förkortning: i en rubrik som "VERKSAMHETSPLAN 2019 MED BUDGET
OCH PLAN FÖR 2020–2021" är MED, OCH, PLAN och FÖR svenska ord. Ett ord räknas som ett svenskt
ord när det står i en svensk ordlista (Den stora svenska ordlistan, via paketet `hunspell-sv`),
som det står eller böjt, och när det står bland versaler: hela texten är skriven med versaler,
eller ordet står tillsammans med minst ett annat svenskt ord i versaler. I löptext ("enligt LOV
och SOL") är ett ensamt ord i versaler fortfarande en förkortning.

## Varför det spelar roll

Alla som läser planen är inte insatta i förvaltningen. En oförklarad förkortning gör texten svår
att förstå för den som inte redan vet vad den betyder.

## Exempel

    abbreviations: {VGR: Västra Götalandsregionen}
    goals:
      short_term: [Följa upp Mobil-SITHS i VGR]      # SITHS förklaras inte

## Skriv i stället

    abbreviations: {VGR: Västra Götalandsregionen, SITHS: Secure IT in Health Services}
    goals:
      short_term: [Följa upp Mobil-SITHS i VGR]
"""


ID = "abbreviation-undefined"
SEVERITY = "warning"


def check(ctx):
    for word, usage in ctx.abbreviations().undefined.items():
        times = "en gång" if usage.count == 1 else f"{usage.count} gånger"
        yield ctx.problem(
            usage.first.path,
            f"förkortningen {word} används ({times}) men förklaras inte",
            hint=f"lägg till den under abbreviations eller förklara den i texten: 'Fullt namn ({word})'",
        )
