"""En nyckel förekommer två gånger på samma nivå i samma block.

## Vad regeln kontrollerar

Att varje nyckel bara står en gång under samma överordnade nyckel (eller en gång överst i
filen). Båda raderna rapporteras: anmärkningen pekar på den andra förekomsten och hänvisar till
den första.

## Varför det spelar roll

YAML-tolkar behåller tyst det sista värdet, så det första försvinner utan att någon märker det.

## Exempel

    budget:
      year: 2025
      year: 2026

## Skriv i stället

    budget:
      year: 2026
"""

ID = "duplicate-key"
SEVERITY = "error"
check = None  # reported by the loader
