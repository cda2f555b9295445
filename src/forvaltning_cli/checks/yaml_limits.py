"""Filen överskrider en storleksgräns.

## Vad regeln kontrollerar

Gränserna är 10 MB per fil, 100 nivåers nästling och två miljoner värden efter att ankare och
alias har expanderats (det stoppar så kallade "billion laughs"-aliasbomber). En riktig plan
ligger långt under alla tre.

## Varför det spelar roll

Gränserna hindrar en trasig eller illasinnad fil från att ta orimligt lång tid eller orimligt
mycket minne att läsa.

## Exempel

Ett ankare som upprepas med alias tio gånger på var och en av tio nivåer.

## Skriv i stället

Skriv ut värdena i stället för att upprepa dem med ankare och alias (`&namn` och `*namn`); en
förvaltningsplan behöver aldrig komma i närheten av gränserna.
"""

ID = "yaml-limits"
SEVERITY = "error"
check = None  # reported by the loader
