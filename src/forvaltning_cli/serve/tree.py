"""The plans a preview may show: the plan files under one folder, and nothing else.

A request names a plan by its path relative to that folder (``plans/2026-shvo.yaml``). It is
served only if it is one of the listed plans: no ``..``, backslash, absolute path, NUL or hidden
segment, and a symbolic link only if it leads to a file inside the folder. The request path is
checked after percent-decoding, so ``%2e%2e%2f`` is refused like ``../``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PLAN_SUFFIXES = (".yaml", ".yml")


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


@dataclass(frozen=True, slots=True)
class PlanTree:
    """The folder (``root``, resolved) and, when a single plan was given, that plan alone."""

    root: Path
    only: Path | None = None

    @classmethod
    def at(cls, path: Path) -> PlanTree:
        real = Path(os.path.realpath(path))
        if real.is_file():
            return cls(real.parent, real)
        return cls(real)

    def plans(self) -> list[str]:
        """Every plan under the folder, as a path relative to it (``/`` separators), sorted.
        Hidden folders are skipped and symbolic links to folders not followed."""
        if self.only is not None:
            return [self.only.name]
        root = str(self.root)
        found: list[str] = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if name.startswith(".") or not name.endswith(PLAN_SUFFIXES):
                    continue
                full = os.path.join(folder, name)
                if _inside(os.path.realpath(full), root) and os.path.isfile(full):
                    found.append(os.path.relpath(full, root).replace(os.sep, "/"))
        return sorted(found)

    def resolve(self, name: str) -> Path | None:
        """The plan file ``name`` (relative, ``/``-separated, already percent-decoded) names,
        or ``None`` when it is not a plan of this tree."""
        if not name or "\x00" in name or "\\" in name or name.startswith("/") or ":" in name:
            return None
        parts = name.split("/")
        if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
            return None
        if not name.endswith(PLAN_SUFFIXES):
            return None
        candidate = self.root.joinpath(*parts)
        real = os.path.realpath(candidate)
        if not _inside(real, str(self.root)) or not os.path.isfile(real):
            return None
        if name not in self.plans():
            return None
        return candidate

    def name_of(self, path: Path) -> str | None:
        """The relative name of a changed file, or ``None`` when it is outside the tree."""
        try:
            return Path(os.path.abspath(path)).relative_to(self.root).as_posix()
        except ValueError:
            return None
