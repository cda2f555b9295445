"""``plan fmt``: write plan files in the canonical layout (``yearly.layout``); a file that does
not parse, or that could not be written back without changing what it says, is reported and left
untouched. Writes are atomic and go through a symbolic link to its file; a hard-linked file is
rewritten in place so that all its names keep the new text (``atomic.write_bytes_atomic``)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from . import say


def run(paths: list[Path] | None, check: bool, show_diff: bool) -> int:
    from ..atomic import save
    from ..swedish import count
    from ..lint import Settings
    from ..lint.report import write_text
    from ..load import load_file
    from ..yearly.layout import format_text
    from . import plan_files

    files = plan_files(paths, Settings.load().config)
    status, changed = 0, 0
    for path, display in files:
        loaded = load_file(path, display)
        text = loaded.text or ""
        formatted, findings = format_text(text, display, loaded)
        if formatted is None:
            say(f"plan fmt: {display} kan inte tolkas och lämnas orörd:")
            write_text([(display, findings)], sys.stderr)
            status = 1
            continue
        original = text.replace("\r\n", "\n")
        if formatted == original and not loaded.had_bom and "\r\n" not in text:
            continue
        changed += 1
        if show_diff:
            sys.stdout.writelines(difflib.unified_diff(
                original.splitlines(keepends=True), formatted.splitlines(keepends=True),
                fromfile=f"{display} (före)", tofile=f"{display} (efter)"))
        if check:
            say(f"skulle formateras om: {display}")
            status = max(status, 1)
        elif not show_diff:
            save(path, formatted)
            say(f"formaterad: {display}")
    if not changed and status == 0:
        say(f"{count(len(files), 'fil', 'filer')} redan formaterad{'' if len(files) == 1 else 'e'}")
    return status
