"""Filen är inte text i UTF-8.

## Vad regeln kontrollerar

Planer sparas som UTF-8 (en byte order mark, BOM, i början godtas). En fil som är sparad som
UTF-16 eller Latin-1, eller en binär fil, rapporteras med positionen för den första byte som inte
kan läsas. En fil med NUL-tecken räknas som binär.

## Varför det spelar roll

Tecken som å, ä och ö blir fel eller går inte att läsa. Planen kan inte kontrolleras förrän
filen är sparad som UTF-8.

## Exempel

En fil som har sparats som Windows-1252 i en äldre editor, där `å` är den enda byten 0xe5.

## Skriv i stället

Spara filen som UTF-8 i editorn; då skrivs `å` som de två byten 0xc3 0xa5.
"""

ID = "encoding"
SEVERITY = "error"
check = None  # reported by the loader
