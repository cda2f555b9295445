"""Ett värde har fel typ eller form.

## Vad regeln kontrollerar

Belopp är hela kronor skrivna som YAML-heltal (`594000`; inte `594 000`, `594000.0` eller
`"594000"`). Datum skrivs `ÅÅÅÅ-MM-DD` (ett avslutande `?` markerar ett preliminärt datum).
Status, namn på delar i `part:` och mötesfrekvenser hämtas från fasta listor.

## Varför det spelar roll

Ett belopp som är text kan inte räknas ihop och ett datum i fel form kan inte jämföras, så
budgetens summor och datumens ordning kan inte kontrolleras.

## Exempel

    - name: Support
      amount: 594 000 kr

## Skriv i stället

    - name: Support
      amount: 594000
"""

ID = "invalid-value"
SEVERITY = "error"
check = None  # reported by the loader
