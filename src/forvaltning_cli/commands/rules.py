"""``plan rules``: the rules and their documentation (the same source as the README's table).

``plan rules`` lists each rule's ID, default severity and one-sentence summary; ``plan rules ID``
prints the rule's documentation (its module docstring, in Swedish) under a header line.
"""

from __future__ import annotations

import difflib
import sys
from . import say


def run(rule: str | None) -> int:
    from ..checks import RULES

    if rule is None:
        width = max(map(len, RULES))
        for item in RULES.values():
            sys.stdout.write(f"{item.id:<{width}}  {item.severity.label:<7}  {item.summary}\n")
        return 0
    if rule not in RULES:
        close = difflib.get_close_matches(rule, list(RULES), n=1)
        hint = f"menade du '{close[0]}'?" if close else "'plan rules' listar alla regler"
        say(f"plan rules: okänd regel '{rule}'; {hint}")
        return 2
    item = RULES[rule]
    sys.stdout.write(f"{item.id} (standardnivå: {item.severity.label})\n\n{item.doc}\n")
    return 0
