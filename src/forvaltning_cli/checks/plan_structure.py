"""Filen är inte en plan: den är tom, innehåller flera YAML-dokument, har en lista eller ett
enstaka värde överst i stället för nycklar, eller anger en `schema_version` som verktyget inte
kan läsa.

## Vad regeln kontrollerar

Att filen innehåller exakt ett YAML-dokument, att dokumentet överst består av nycklar
(`schema_version`, `document`, `period` …) och att `schema_version`, om den finns, är 1 – den
version som den här versionen av verktyget läser.

## Varför det spelar roll

Utan den strukturen går det inte att veta vad i filen som är planen, och ingen av de andra
reglerna kan kontrollera den.

## Exempel

    - schema_version: 1     # en lista överst i stället för nycklar
      document: …

## Skriv i stället

    schema_version: 1
    document: …
"""

ID = "plan-structure"
SEVERITY = "error"
check = None  # reported by the loader
