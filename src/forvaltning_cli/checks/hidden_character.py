"""Ett osynligt eller förväxlingsbart tecken står där det ändrar vad planen säger.

## Vad regeln kontrollerar

Nycklar, identifierare (`id`, `split_key`), belopp, andelar, år och datum, samt andra fasta
värden, söks igenom efter tecken som följer med när text kopieras från Word eller webben:
hårt mellanslag (U+00A0), smalt hårt mellanslag (U+202F), tunt mellanslag (U+2009),
nollbreddstecken (U+200B, U+200C, U+200D, U+2060), byteordningsmärke (U+FEFF), typografiska
citattecken (“ ” ‘ ’) och bokstäver som är skrivna som bokstav plus kombinerande tecken (å som
a + U+030A). Radavgränsarna U+2028, U+2029 och U+0085 rapporteras var de än står. Meddelandet
anger tecknets Unicode-namn och var det står. I löptext rapporteras tecknen inte: där är ett
hårt mellanslag i "1 000 kr" tvärtom rätt.

## Varför det spelar roll

Tecknen syns inte eller ser ut som vanliga mellanslag och bokstäver, så en identifierare som
ser rätt ut matchar ändå inte, och ett belopp som ser rätt ut kan inte läsas. Radavgränsarna
bryter raden för YAML men inte i de flesta editorer, så värdet kapas och radnumren stämmer inte.

## Exempel

Under `financing`, där `VGK` i `shares` följs av ett nollbreddstecken (U+200B):

    split_keys:
      - id: lonekostnader
        text: Lönekostnader fördelas 50/50
        shares: {VGR: 50, VGK​: 50}

## Skriv i stället

    split_keys:
      - id: lonekostnader
        text: Lönekostnader fördelas 50/50
        shares: {VGR: 50, VGK: 50}
"""

ID = "hidden-character"
SEVERITY = "warning"
check = None  # reported by the loader
