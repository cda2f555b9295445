"""Planen har en nyckel som inte finns i schemat.

## Vad regeln kontrollerar

Varje nyckel jämförs med de nycklar som schemat tillåter på just det stället. Oftast är det en
felstavning; meddelandet föreslår den närmaste tillåtna nyckeln ("menade du …?") eller räknar
upp de nycklar som är tillåtna där.

## Varför det spelar roll

Det som står under en felstavad nyckel hör inte till någon del av planen och skulle annars gå
förlorat utan att någon märker det.

## Exempel

    budget:
      titel: Budget 2025     # menade du 'title'?

## Skriv i stället

    budget:
      title: Budget 2025
"""

ID = "unknown-key"
SEVERITY = "error"
check = None  # reported by the loader
