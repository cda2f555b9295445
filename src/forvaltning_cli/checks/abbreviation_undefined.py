"""An abbreviation is used in the text but explained nowhere.

An abbreviation is a word of two to five capital letters (``SITHS``, ``NPÖ``). It is explained
by the plan's abbreviation list, by an explanation in parentheses where it is used ("Styrgrupp
IT i Väst (SITIV)"), or by being the name of a related system. A few generally known words
(IT, ID, EU, PDF) need no explanation. Reported once per abbreviation, at its first use.

Example::

    abbreviations: {VGR: Västra Götalandsregionen}
    goals:
      short_term: [Följa upp Mobil-SITHS]      # SITHS is not explained
"""

from ..abbreviations import analyse

ID = "abbreviation-undefined"
SEVERITY = "warning"


def check(ctx):
    for word, usage in ctx.abbreviations().undefined.items():
        times = "en gång" if usage.count == 1 else f"{usage.count} gånger"
        yield ctx.problem(
            usage.first.path,
            f"förkortningen {word} används ({times}) men förklaras inte",
            hint=f"lägg till den under abbreviations eller förklara den i texten: 'Fullt namn ({word})'",
        )
