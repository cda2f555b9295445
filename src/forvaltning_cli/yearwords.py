"""Years mentioned in text."""

import re

_YEAR = re.compile(r"(?<![\d])(19\d\d|20\d\d|21\d\d)(?![\d])")


def years_in(text: str) -> list[int]:
    """Four-digit years (1900–2199) that stand alone in ``text``, in order, without repeats."""
    seen: list[int] = []
    for match in _YEAR.finditer(text):
        year = int(match.group(1))
        if year not in seen:
            seen.append(year)
    return seen
