"""En kontroll misslyckades med ett internt fel.

## Vad regeln kontrollerar

Om en regels kontroll kraschar blir det en anmärkning med regelns id och felet. De andra
kontrollerna körs ändå och deras anmärkningar rapporteras.

## Varför det spelar roll

Den regel som kraschade har inte kontrollerat planen, så planen kan ha fel som inte syns.
Rapportera gärna anmärkningen, med planen om du kan dela den, till dem som underhåller
forvaltning-cli.

## Exempel

Ett fel i verktyget, inte i planen: "regeln budget-total kraschade: TypeError: …".

## Skriv i stället

Inget i planen behöver ändras för den här anmärkningens skull; rapportera felet.
"""

ID = "check-crashed"
SEVERITY = "error"
check = None  # reported by the check runner
