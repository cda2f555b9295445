"""``plan textconv``: the line-per-fact view of a plan, for ``git diff``."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import UsageError


def run(path: Path) -> int:
    from ..diff.textconv import text_view

    if not path.exists():
        raise UsageError(f"'{path}' finns inte")
    sys.stdout.write(text_view(path))
    return 0
