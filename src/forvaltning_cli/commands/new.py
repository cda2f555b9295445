"""``plan new``: start next year's plan from this year's, keeping comments and layout."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PlanError
from . import say


def default_target(source: Path, old_year: int, new_year: int) -> Path:
    name = source.name
    if re.search(rf"(?<!\d){old_year}(?!\d)", name):
        return source.with_name(re.sub(rf"(?<!\d){old_year}(?!\d)", str(new_year), name, count=1))
    return source.with_name(f"{source.stem}-{new_year}{source.suffix}")


def run(source: Path, year: int, output: Path | None, force: bool) -> int:
    from ..atomic import save
    from ..yearly.rollover import DRAFT_STATUS, new_year_text
    from . import usable_plan

    linted = usable_plan(source, consequence="; rätta den först, inget skrevs")
    text, old_year = new_year_text(linted.loaded.text, year, str(source))
    target = output or default_target(source, old_year, year)
    if target.exists() and not force:
        raise PlanError(f"'{target}' finns redan; använd --force för att skriva över den")
    save(target, text)
    say(f"{source} → {target}: perioden flyttad {old_year} → {year}, status {DRAFT_STATUS}, "
        "utfärdande och godkännande borttagna")
    return 0
