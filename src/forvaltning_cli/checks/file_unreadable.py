"""Filen kan inte läsas (behörighet saknas, en trasig länk, en mapp som heter som en plan).

## Vad regeln kontrollerar

Att sökvägen är en vanlig fil som går att läsa. En mapp, en symbolisk länk till en fil som inte
finns, en fil som du saknar läsbehörighet till eller något annat som inte är en vanlig fil (till
exempel en enhet) rapporteras på rad 1.

## Varför det spelar roll

En fil som inte kan läsas kan inte kontrolleras alls: ingen av de andra reglerna körs för den.

## Exempel

`plans/2025.yaml` är en symbolisk länk till en fil som har tagits bort.

## Skriv i stället

Låt länken peka på en fil som finns, eller ersätt länken med själva planfilen.
"""

ID = "file-unreadable"
SEVERITY = "error"
check = None  # reported by the loader
