"""A ``part:`` block places a part of the plan that is empty, or places the same part twice.

Example::

    content:
      - part: budget        # but the plan has no budget
"""

from ..model import PartBlock, iter_sections

ID = "part-reference"
SEVERITY = "warning"


def _is_empty(plan, name):
    if name == "financing.split":  # computed from the budget's party columns
        return not (plan.budget and plan.budget.parties)
    value = plan
    for attribute in name.split("."):
        value = getattr(value, attribute)
    return not value


def check(ctx):
    seen = {}
    for path, section in iter_sections(ctx.plan.sections):
        for b, block in enumerate(section.content):
            if not isinstance(block, PartBlock):
                continue
            here = path + ("content", b, "part")
            if block.part in seen:
                yield ctx.problem(here, f"delen '{block.part}' visas redan i ett annat avsnitt",
                                  related=(seen[block.part],))
                continue
            seen[block.part] = here
            if _is_empty(ctx.plan, block.part):
                yield ctx.problem(here, f"delen '{block.part}' är tom i planen",
                                  hint=f"fyll i {block.part} eller ta bort blocket")
