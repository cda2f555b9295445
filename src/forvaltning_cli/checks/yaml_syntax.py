"""Filen är inte giltig YAML.

## Vad regeln kontrollerar

Att filen går att läsa som YAML. Felet rapporteras med rad och kolumn där YAML-tolken stannade,
och med en ledtråd om de vanligaste orsakerna: ett citattecken eller en parentes som aldrig
stängs, indrag som inte stämmer, tabbtecken som indrag eller konfliktmarkeringar (`<<<<<<<`) som
har blivit kvar i filen efter en sammanslagning.

## Varför det spelar roll

Så länge filen inte är giltig YAML kan planen inte läsas, och ingen av de andra reglerna kan
kontrollera den.

## Exempel

    document:
      title: "Förvaltningsplan 2026     # citattecknet stängs aldrig

## Skriv i stället

    document:
      title: "Förvaltningsplan 2026"
"""

ID = "yaml-syntax"
SEVERITY = "error"
check = None  # reported by the loader
