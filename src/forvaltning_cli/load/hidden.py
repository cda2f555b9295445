"""Characters that Word and web pages paste and that look like something else: no-break and thin
spaces, zero-width characters, a byte order mark in mid-file, line separators, typographic quotes
and letters written as a base letter plus a combining mark (NFD: "a" + U+030A for "å").

In prose they are harmless (a no-break space in "1 000 kr" is even correct), so they are reported
where they change what the plan says: in keys, identifiers, references, numbers and dates, and
in the hint of a YAML syntax error they cause.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HiddenCharacter:
    """A hidden character where it changes what the plan says (0-based position)."""

    line: int
    column: int
    message: str
    hint: str


# The characters, by what they look like to the person who cannot see them.
_SPACES = "\u00a0\u202f\u2009"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_LINE_BREAKS = "\u2028\u2029\u0085"
_QUOTES = "\u201c\u201d\u2018\u2019"
HIDDEN = re.compile(f"[{_SPACES}{_INVISIBLE}{_LINE_BREAKS}{_QUOTES}\u0300-\u036f]")

# Values where a hidden character changes the meaning: identifiers, references, numbers, dates
# and fixed words (by the key they are under), and the items of the mappings and lists below
# (shares and amounts per party, the budget's party ids, months); every key is such a place too.
VALUE_KEYS = frozenset({
    "id", "split_key", "amount", "share", "year", "staffing_percent", "member_count",
    "schema_version", "status", "part", "start", "end", "date", "email", "url", "frequency",
    "allocation", "language",
})
ITEM_KEYS = frozenset({"shares", "parties", "reconciliation_months"})


def matters(path: tuple) -> bool:
    """Whether a hidden character in the scalar value at ``path`` changes what the plan says."""
    if not path:
        return False
    if isinstance(path[-1], str) and path[-1] in VALUE_KEYS:
        return True
    return len(path) >= 2 and path[-2] in ITEM_KEYS


def name(char: str) -> str:
    """``NO-BREAK SPACE (U+00A0)``."""
    return f"{unicodedata.name(char, 'OKÄNT TECKEN')} (U+{ord(char):04X})"


def explain(char: str, before: str = "") -> tuple[str, str]:
    """What the character looks like, and what to write instead (Swedish), for a message and a
    hint; ``before`` is the text just before it (the base letter of a combining mark)."""
    if char in _SPACES:
        return ("som ser ut som ett mellanslag men inte är ett",
                "skriv ett vanligt mellanslag, eller inget alls i belopp och identifierare")
    if char in _INVISIBLE:
        return ("som inte syns", "ta bort tecknet (det följer ofta med när text kopieras från Word eller webben)")
    if char in _LINE_BREAKS:
        return ("som är en radbrytning som de flesta editorer inte visar", "ta bort tecknet")
    if char in _QUOTES:
        return ("ett typografiskt citattecken som YAML läser som en del av värdet",
                "använd raka citattecken (\" eller ') eller inga alls")
    base = before[-1:]
    composed = unicodedata.normalize("NFC", base + char)
    if base.isalpha() and len(composed) == 1:
        return (f"ett kombinerande tecken: '{composed}' är skrivet som '{base}' följt av {name(char)}",
                f"skriv '{composed}' som ett enda tecken (Unicode NFC)")
    return "ett kombinerande tecken utan en bokstav som det hör ihop med", "ta bort tecknet"


_LINE_BREAK = re.compile(f"[{_LINE_BREAKS}]")


def line_separators(text: str) -> list:
    """Every U+2028, U+2029 and U+0085 of ``text``, wherever it is: YAML ends a line there and
    most editors do not, so values are cut and positions after it differ from the editor's."""
    from .positions import EditorLines

    lines = EditorLines(text)
    out = []
    for found in () if lines.same else _LINE_BREAK.finditer(text):
        looks, hint = explain(found.group())
        out.append(HiddenCharacter(*lines.at_offset(found.start()),
                                   f"texten innehåller tecknet {name(found.group())}, {looks}", hint))
    return out
