"""``plan serve``: not built yet."""

from __future__ import annotations


def run(*args, **kwargs) -> int:
    from ..errors import UsageError

    raise UsageError("plan serve är inte färdigt än")
