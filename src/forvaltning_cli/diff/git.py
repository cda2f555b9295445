"""Reading plans out of git with the real ``git`` program.

A side of ``plan diff`` is a path, or a git object ``REV:PATH`` as ``git show`` reads it
(``main:plans/2026-shvo.yaml``; ``REV:./PATH`` is relative to the current directory).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError


class GitProblem(UsageError):
    """git is missing, we are outside a repository, or a revision or path is unknown."""


def _git(*args: str, cwd: Path | None = None) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace",
            env={**os.environ, "GIT_PAGER": "cat", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise GitProblem("programmet git finns inte; installera git") from None
    if result.returncode != 0:
        message = result.stderr.strip()
        if "not a git repository" in message:
            raise GitProblem("katalogen är inte ett git-förråd (kör plan diff inne i förrådet)")
        raise GitProblem(message.splitlines()[-1] if message else f"git {' '.join(args)} misslyckades")
    return result.stdout


def toplevel(cwd: Path | None = None) -> Path:
    return Path(_git("rev-parse", "--show-toplevel", cwd=cwd).strip())


def verify_revision(rev: str, cwd: Path | None = None) -> None:
    try:
        _git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", cwd=cwd)
    except GitProblem as exc:
        if "inte ett git-förråd" in str(exc):
            raise
        raise GitProblem(f"okänd revision '{rev}'") from None


@dataclass(frozen=True, slots=True)
class Base:
    """What ``plan diff --git`` compares against: a commit, and how to say which."""

    commit: str
    label: str  # how the old side is named: "main...HEAD" (the merge base) or "main" (the tip)
    note: str


def resolve_base(spec: str, tip: bool = False) -> Base:
    """The commit that the plans are compared against. By default the merge base of ``BASE`` and
    HEAD, as review tools compare (``git diff BASE...HEAD``): what the branch changed, not what
    ``BASE`` changed since the branch was made. ``BASE...HEAD`` may be spelt out (also with another
    head); ``tip=True`` compares against ``BASE`` itself."""
    base, dots, head = spec.partition("...")
    head = head or "HEAD"
    if dots and tip:
        raise GitProblem("--tip jämför med spetsen av BAS; skriv då BAS utan ...HEAD")
    if not base:
        raise GitProblem(f"ange en bas före ...: '{spec}'")
    toplevel()
    verify_revision(base)
    if tip:
        commit = _git("rev-parse", "--verify", f"{base}^{{commit}}").strip()
        return Base(commit, base, f"Jämfört med spetsen av {base} ({commit[:7]}).")
    verify_revision(head)
    try:
        commit = _git("merge-base", base, head).strip()
    except GitProblem:
        commit = ""
    if not commit:
        raise GitProblem(
            f"{base} och {head} har ingen gemensam förgreningspunkt i den här klonen (en grund klon?); "
            "hämta historiken med  git fetch --unshallow  (i GitHub Actions: actions/checkout med "
            "fetch-depth: 0), eller jämför med spetsen av basen: --tip"
        )
    short = commit[:7]
    return Base(commit, f"{base}...{head}", f"Jämfört med förgreningspunkten mellan {base} och {head} ({short}), som "
                               f"git diff {base}...{head}: ändringar på {base} efter förgreningen räknas inte.")


def show(spec: str, cwd: Path | None = None) -> str:
    """The text of ``REV:PATH`` (in the repository around ``cwd``, default the current directory)."""
    rev, _, path = spec.partition(":")
    toplevel(cwd)
    verify_revision(rev, cwd)
    try:
        return _git("show", spec, cwd=cwd)
    except GitProblem:
        raise GitProblem(f"'{path}' finns inte i revision '{rev}'") from None


def worktree_path(spec: str) -> Path:
    """Where the file of ``REV:PATH`` is in the working tree (``REV:./PATH`` is relative to the
    current directory, ``REV:PATH`` to the top of the repository)."""
    _rev, _, path = spec.partition(":")
    if path.startswith(("./", "../")):
        return Path(path)
    return toplevel() / path


def is_git_object(spec: str) -> bool:
    """A side is a git object when it is not an existing path and has the form REV:PATH."""
    return ":" in spec and not Path(spec).exists() and not spec.startswith(":")


@dataclass(frozen=True, slots=True)
class ChangedPlan:
    old: str | None  # REV:PATH, None when the plan was added
    new: Path | None  # working-tree path, None when the plan was deleted
    display_old: str | None
    display_new: str | None
    renamed: bool = False


def changed_plans(base: str, paths: list[Path], label: str | None = None) -> list[ChangedPlan]:
    """Plans (``*.yaml``/``*.yml``) that differ between ``base`` (a revision) and the working tree,
    including added (also untracked), deleted and renamed ones; the old sides are shown as
    ``label:PATH`` (default: ``base``)."""
    root = toplevel()
    verify_revision(base)
    label = label or base
    cwd = Path.cwd().resolve()
    specs = [os.path.relpath(p.resolve(), root) for p in paths] or ["."]
    out = _git("diff", "--name-status", "-M", "-z", base, "--", *specs, cwd=root)
    fields = out.split("\0")
    plans: list[ChangedPlan] = []

    def display(rel: str) -> str:
        return os.path.relpath(root / rel, cwd)

    def is_plan(rel: str) -> bool:
        return rel.endswith((".yaml", ".yml"))

    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i]
        if status.startswith(("R", "C")):
            old, new = fields[i + 1], fields[i + 2]
            i += 3
        else:
            old = new = fields[i + 1]
            i += 2
        if not (is_plan(old) or is_plan(new)):
            continue
        if status == "A":
            plans.append(ChangedPlan(None, root / new, None, display(new)))
        elif status == "D":
            plans.append(ChangedPlan(f"{base}:{old}", None, f"{label}:{old}", None))
        else:
            plans.append(ChangedPlan(f"{base}:{old}", root / new, f"{label}:{old}", display(new), old != new))
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", "--", *specs, cwd=root)
    for rel in filter(None, untracked.split("\0")):
        if is_plan(rel):
            plans.append(ChangedPlan(None, root / rel, None, display(rel)))
    return sorted(plans, key=lambda p: p.display_new or p.display_old or "")
