"""``plan followup``: not built yet."""

from __future__ import annotations


def run(*args, **kwargs) -> int:
    from ..errors import UsageError

    raise UsageError("plan followup är inte färdigt än")
