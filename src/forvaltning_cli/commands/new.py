"""``plan new``: start next year's plan from this year's, keeping comments and layout."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path


def round_trip_yaml():
    """ruamel.yaml set up to write plans back as they were written (quotes, comments, width)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long paragraph
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def default_target(source: Path, old_year: int, new_year: int) -> Path:
    name = source.name
    if re.search(rf"(?<!\d){old_year}(?!\d)", name):
        return source.with_name(re.sub(rf"(?<!\d){old_year}(?!\d)", str(new_year), name, count=1))
    return source.with_name(f"{source.stem}-{new_year}{source.suffix}")


def run(source: Path, year: int, output: Path | None, force: bool) -> int:
    from ..atomic import write_text_atomic
    from . import load_plan
    from ..rollover import _period_bounds, roll_forward

    loaded = load_plan(source, "new", "; rätta den först, inget skrevs")
    if isinstance(loaded, int):
        return loaded
    old_year = _period_bounds(loaded.data["period"])[0].year
    target = output or default_target(source, old_year, year)
    if target.exists() and not force:
        sys.stderr.write(f"plan new: '{target}' finns redan; använd --force för att skriva över den\n")
        return 1

    yaml = round_trip_yaml()
    data = yaml.load(source.read_text(encoding="utf-8-sig"))
    roll_forward(data, year - old_year)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    try:
        write_text_atomic(target, buffer.getvalue())
    except OSError as exc:
        sys.stderr.write(f"plan new: kan inte skriva '{target}': {exc.strerror or exc}\n")
        return 1
    sys.stderr.write(
        f"{source} → {target}: perioden flyttad {old_year} → {year}, status {('Arbetsmaterial')}, "
        "utfärdande och godkännande borttagna\n"
    )
    return 0
