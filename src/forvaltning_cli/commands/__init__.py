"""One module per command: ``run(...) -> int`` parses nothing, calls the packages and writes.

Expected failures are raised as :class:`~forvaltning_cli.errors.PlanError` and printed by the
one handler in ``cli.run``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import PlanError, UsageError


def say(message: str) -> None:
    """A message for the user on standard error; file names and plan text in it are spelt out
    (``\\x1b``), never obeyed by the terminal."""
    from ..escape import terminal_text

    sys.stderr.write(terminal_text(message, keep_newlines=True) + "\n")


def emit(data: bytes, output: Path | None) -> None:
    """A command's output: to standard out, or written atomically to ``output``."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from ..atomic import save

        save(output, data)


def plan_files(paths: list[Path] | None, config) -> list[tuple[Path, str]]:
    """The plan files named by ``paths``, or by the configuration's ``paths`` when none are given."""
    from ..paths import discover_plans

    if not paths:
        paths = [Path(os.path.relpath(p)) for p in config.paths]
    return discover_plans(paths, config.root if config.source is not None else None)


def usable_plan(path: Path, settings=None, consequence: str = ""):
    """The linted plan at ``path``; a missing file is a usage error (2), a file that cannot be
    read as a plan is a plan problem (1) after its findings are printed."""
    from ..lint import lint
    from ..lint.report import write_text

    if not path.is_file():
        raise UsageError(f"planen '{path}' finns inte")
    linted = lint(path, str(path), settings)
    if linted.plan is None:
        write_text([(str(path), linted.findings)], sys.stderr)
        raise PlanError(f"'{path}' kan inte läsas som plan{consequence}; se anmärkningarna ovan")
    return linted
