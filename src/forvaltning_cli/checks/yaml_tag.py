"""En YAML-tagg som inte hör till YAML:s standardtaggar används.

## Vad regeln kontrollerar

Planer innehåller bara text, tal, datum, listor och nycklar med värden. Taggar som
`!!python/object` eller `!custom` avvisas och konstrueras aldrig.

## Varför det spelar roll

En tagg kan få en YAML-tolk att skapa objekt eller köra kod. Eftersom taggarna avvisas kan en
planfil aldrig få verktyget att köra kod, hur den än är skriven.

## Exempel

    budget: !!python/object:os.system {}

## Skriv i stället

Ta bort taggen (det som börjar med `!`) och skriv värdet som vanlig YAML:

    budget:
      title: Budget 2026
      year: 2026
      items:
        - {name: Drift, amount: 7900000}
"""

ID = "yaml-tag"
SEVERITY = "error"
check = None  # reported by the loader
