"""An abbreviation is defined but never used in the text.

Often left over from the plan the document was copied from. Names of related systems and all
other text of the plan count as use; other definitions do not.

Example::

    abbreviations:
      ERP: Enterprise Resource Planning      # the plan never says ERP
"""

ID = "abbreviation-unused"
SEVERITY = "warning"


def check(ctx):
    for term in ctx.abbreviations().unused:
        yield ctx.problem(
            ("abbreviations", term),
            f"förkortningen {term} definieras men används inte i texten",
            hint="ta bort definitionen om den inte behövs",
            at_key=True,
        )
