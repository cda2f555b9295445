"""One module per command; each exposes ``run(...) -> int`` (the exit code)."""

from __future__ import annotations

import sys
from pathlib import Path


def load_plan(path: Path, command: str, consequence: str = ""):
    """The loaded plan, or the exit code after telling the user why there is none: 2 when the
    file does not exist, 1 (with its findings) when it cannot be read as a plan."""
    from ..loader import load_file
    from ..report import write_text

    if not path.is_file():
        sys.stderr.write(f"plan {command}: planen '{path}' finns inte\n")
        return 2
    loaded = load_file(path)
    if loaded.plan is None:
        sys.stderr.write(f"plan {command}: '{path}' kan inte läsas som plan{consequence}:\n")
        write_text([(str(path), loaded.findings)], sys.stderr)
        return 1
    return loaded
