"""Finding plan files from the paths a user gives."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import UsageError

PLAN_SUFFIXES = (".yaml", ".yml")


class PlanPathError(UsageError):
    """A path the user gave cannot be used (a usage problem, exit code 2)."""


def _display(path: Path) -> str:
    text = str(path)
    return text[2:] if text.startswith("./") else text


def discover_plans(paths: list[Path]) -> list[tuple[Path, str]]:
    """``(path, display name)`` of every plan file under ``paths``, each once, in sorted order
    within a directory. Directories are searched recursively for ``*.yaml``/``*.yml``; symbolic
    links to directories are not followed (no loops)."""
    found: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for given in paths:
        if given.is_dir():
            matches: list[Path] = []
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                matches += [Path(root) / f for f in files if f.endswith(PLAN_SUFFIXES)]
            if not matches:
                raise PlanPathError(f"inga planer (*.yaml, *.yml) finns i katalogen '{given}'")
            candidates = sorted(matches)
        elif given.exists() or given.is_symlink():
            candidates = [given]
        else:
            raise PlanPathError(f"sökvägen '{given}' finns inte")
        for path in candidates:
            key = os.path.normpath(str(path))
            if key not in seen:
                seen.add(key)
                found.append((path, _display(path)))
    return found
