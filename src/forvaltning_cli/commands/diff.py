"""``plan diff``: compare two plans (paths or ``REV:PATH``), or every plan changed since a git base."""

from __future__ import annotations

import sys
from pathlib import Path


class _Usage(Exception):
    pass


def _load_side(spec: str):
    from ..gitio import is_git_object, show
    from ..loader import load_file, load_text

    path = Path(spec)
    if path.exists():
        if path.is_dir():
            raise _Usage(f"'{spec}' är en katalog; ange en planfil eller använd --git")
        return load_file(path, spec)
    if is_git_object(spec):
        return load_text(show(spec), spec)
    raise _Usage(f"'{spec}' finns inte (ange en fil eller REV:SÖKVÄG, t.ex. main:plans/2026-shvo.yaml)")


def run(sides: list[str], git_base: str | None, output_format: str, exit_code: bool) -> int:
    from ..diff import compare
    from ..diff_report import WRITERS
    from ..gitio import GitProblem, changed_plans
    from ..loader import load_file

    try:
        if git_base is not None:
            diffs = []
            for changed in changed_plans(git_base, [Path(s) for s in sides]):
                old = _load_side(changed.old) if changed.old else None
                new = load_file(changed.new, changed.display_new) if changed.new else None
                diff = compare(changed.display_old, changed.display_new, old, new)
                diff.renamed = changed.renamed
                diffs.append(diff)
        else:
            if len(sides) != 2:
                raise _Usage("ange två planer att jämföra (GAMMAL NY), eller --git BAS")
            old_spec, new_spec = sides
            diffs = [compare(old_spec, new_spec, _load_side(old_spec), _load_side(new_spec))]
    except (_Usage, GitProblem) as exc:
        sys.stderr.write(f"plan diff: {exc}\n")
        return 2
    WRITERS[output_format](diffs, sys.stdout)
    unreadable = [d for d in diffs if (d.old_label and d.old_plan is None) or (d.new_label and d.new_plan is None)]
    if unreadable:
        sys.stderr.write("plan diff: " + ", ".join(d.new_label if d.new_label and d.new_plan is None else d.old_label
                                                   for d in unreadable)
                         + " kan inte läsas som plan; se granskningen ovan\n")
        return 1
    differ = any(d.status != "unchanged" for d in diffs)
    return 1 if exit_code and differ else 0
