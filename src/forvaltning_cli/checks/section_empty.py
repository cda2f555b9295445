"""A section has a heading but no content and no subsections.

Often a figure or table that was lost, or a heading left for text still to be written.

Example::

    - {number: "5.3", title: Förvaltningsstruktur}
"""

from ..model import iter_sections

ID = "section-empty"
SEVERITY = "warning"


def check(ctx):
    for path, section in iter_sections(ctx.plan.sections):
        if not section.content and not section.sections:
            number = f"{section.number} " if section.number else ""
            yield ctx.problem(
                path + ("title",), f"avsnittet {number}{section.title} är tomt",
                hint="lägg till text, en figur (figure: bildtext) eller ta bort avsnittet",
            )
