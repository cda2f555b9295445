"""``plan diff``: compare two plans (paths or ``REV:PATH``), or every plan changed since a git base."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import UsageError
from . import say


def _lint_side(spec: str, settings):
    from ..diff.git import is_git_object, show, worktree_path
    from ..lint import lint

    path = Path(spec)
    if path.exists():
        if path.is_dir():
            raise UsageError(f"'{spec}' är en katalog; ange en planfil eller använd --git")
        return lint(path, spec, settings)
    if is_git_object(spec):
        return lint(worktree_path(spec), spec, settings, text=show(spec))
    raise UsageError(f"'{spec}' finns inte (ange en fil eller REV:SÖKVÄG, t.ex. main:plans/2026-shvo.yaml)")


def run(sides: list[str], git_base: str | None, output_format: str, exit_code: bool,
        tip: bool = False) -> int:
    from ..diff import WRITERS, DiffStatus, compare
    from ..diff.git import changed_plans, resolve_base
    from ..lint import Settings, lint

    settings = Settings.load()
    if tip and git_base is None:
        raise UsageError("--tip hör till --git BAS")
    if git_base is not None:
        base = resolve_base(git_base, tip)
        diffs = []
        for changed in changed_plans(base.commit, [Path(s) for s in sides], label=base.label):
            old = _lint_side(changed.old, settings) if changed.old else None
            new = lint(changed.new, changed.display_new, settings) if changed.new else None
            diff = compare(changed.display_old, changed.display_new, old, new)
            diff.renamed = changed.renamed
            diff.base_note = base.note
            diffs.append(diff)
    else:
        if len(sides) != 2:
            raise UsageError("ange två planer att jämföra (GAMMAL NY), eller --git BAS")
        old_spec, new_spec = sides
        diffs = [compare(old_spec, new_spec, _lint_side(old_spec, settings), _lint_side(new_spec, settings))]
    WRITERS[output_format](diffs, sys.stdout)
    unreadable = [d for d in diffs if (d.old_label and d.old_plan is None) or (d.new_label and d.new_plan is None)]
    if unreadable:
        say("plan diff: " + ", ".join(d.new_label if d.new_label and d.new_plan is None else d.old_label
                                      for d in unreadable)
            + " kan inte läsas som plan; se granskningen ovan")
        return 1
    differ = any(d.status is not DiffStatus.UNCHANGED for d in diffs)
    return 1 if exit_code and differ else 0
