"""En obligatorisk nyckel saknas.

## Vad regeln kontrollerar

Att de nycklar som schemat kräver finns, till exempel `title` och `status` i `document` eller
`title`, `year` och `items` i `budget`. Anmärkningen pekar på den nyckel som ska innehålla den
saknade. Är nyckeln bara felstavad rapporteras den som `unknown-key`, med förslaget
"menade du …?", och inte här.

## Varför det spelar roll

Uppgiften behövs för att planen ska vara fullständig. Planens innehåll kontrolleras inte förrän
filen följer schemat.

## Exempel

    document:
      status: Utgåva      # 'title' saknas

## Skriv i stället

    document:
      title: Förvaltningsplan 2026
      status: Utgåva
"""

ID = "missing-key"
SEVERITY = "error"
check = None  # reported by the loader
