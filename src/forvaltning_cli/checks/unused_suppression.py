"""A ``# plan: ignore[rule]`` comment suppresses nothing: the rule reports nothing on that line,
or the rule does not exist.

Suppression comments are written at the end of the line a finding points at. This rule keeps
them from outliving the problem they were written for.

Example::

    title: Förvaltningsplan 2026   # plan: ignore[title-year]   (but the title is right now)
"""

ID = "unused-suppression"
SEVERITY = "warning"
check = None  # reported by plan validate after suppressions are applied
