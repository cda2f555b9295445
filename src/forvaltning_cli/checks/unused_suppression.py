"""En kommentar `# plan: ignore[regel]` undertrycker ingenting: regeln rapporterar inget på den
raden, eller regeln finns inte.

## Vad regeln kontrollerar

Varje regel som en kommentar `# plan: ignore[…]` nämner ska finnas och rapportera något på just
den raden; en kommentar med tomma hakparenteser rapporteras också. Kommentaren skrivs i slutet
av den rad som anmärkningen pekar på. Regeln rapporteras av `plan validate` efter att
kommentarerna har tillämpats.

## Varför det spelar roll

Utan regeln blir kommentarerna kvar när problemet de skrevs för är rättat, och kan senare
dölja ett nytt problem på samma rad.

## Exempel

    title: Förvaltningsplan 2026   # plan: ignore[title-year]   (men titeln stämmer nu)

## Skriv i stället

    title: Förvaltningsplan 2026
"""

ID = "unused-suppression"
SEVERITY = "warning"
check = None  # reported by plan validate after suppressions are applied
