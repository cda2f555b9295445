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
    from ..swedish import count, join
    from ..yearly.rollover import DRAFT_STATUS, NOTE_PREFIX, new_year_plan
    from . import usable_plan

    linted = usable_plan(source, consequence="; rätta den först, inget skrevs")
    moved = new_year_plan(linted.loaded.text, year, str(source))
    target = output or default_target(source, moved.old_year, year)
    if target.exists() and not force:
        raise PlanError(f"'{target}' finns redan; använd --force för att skriva över den")
    save(target, moved.text)
    message = f"{source} → {target}: perioden flyttad {moved.old_year} → {year}"
    if moved.draft:
        message += f", status {DRAFT_STATUS}"
    if moved.cleared:
        message += ", utan " + join(moved.cleared)
    if moved.noted:
        message += (f"; {count(moved.noted, 'rad', 'rader')} att kontrollera är markerade "
                    f"med '# {NOTE_PREFIX}'")
    say(message)
    return 0
