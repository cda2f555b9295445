"""The console script's front door: the two most frequent calls without loading Typer.

``plan --help`` and ``plan COMMAND --help`` print the help Typer would print, stored in
``_help.py`` (written by ``tools/update_help.py``; ``tests/test_launch.py`` fails when it differs
from Typer's own). ``plan validate`` with the options it is normally given goes straight to
``commands.validate``: a plan checked in pre-commit or CI should not wait for the command-line
library to load. Everything else — other commands, an option this parser does not know, a value
it would have to judge, shell completion — goes to Typer (``cli.run``), which then decides and
reports exactly as before: this parser accepts a strict subset and never prints an error itself.
"""

from __future__ import annotations

import os
import sys

_FORMATS = ("text", "json", "github", "sarif", "gitlab")  # tests check these against formats.py
_HELP = ("--help", "-h")
_HELP_WIDTH = 80  # the stored help is Typer's at 80 columns or more (Click caps the width at 78)


def stored_help(args: list[str]) -> str | None:
    """The help text for ``args`` (``--help`` or ``COMMAND --help``), when it is stored and the
    terminal is wide enough for it to be what Typer prints."""
    if len(args) == 1 and args[0] in _HELP:
        key = ""
    elif len(args) == 2 and args[1] in _HELP and not args[0].startswith("-"):
        key = args[0]
    else:
        return None
    import shutil

    if shutil.get_terminal_size().columns < _HELP_WIDTH:
        return None
    from ._help import HELP

    return HELP.get(key)


def validate_options(args: list[str]) -> dict | None:
    """The arguments of ``commands.validate.run`` for ``plan validate ARGS``, or ``None`` when
    anything in ``args`` is for Typer to judge."""
    from pathlib import Path

    options: dict = {"paths": [], "output_format": None, "strict": False, "baseline": None,
                     "write_baseline": None, "jobs": None, "use_cache": True}
    flags = {"--strict": "strict", "--no-cache": "use_cache"}
    valued = {"--format": "output_format", "-f": "output_format", "--jobs": "jobs", "-j": "jobs",
              "--baseline": "baseline", "--write-baseline": "write_baseline"}
    seen: set[str] = set()
    index = 0
    only_paths = False
    while index < len(args):
        arg = args[index]
        index += 1
        if only_paths or arg == "-" or not arg.startswith("-"):
            if not arg:
                return None
            options["paths"].append(Path(arg))
            continue
        if arg == "--":
            only_paths = True
            continue
        name, equals, value = arg.partition("=")
        if name in flags and not equals:
            options[flags[name]] = name != "--no-cache"
            key = flags[name]
        elif name in valued and name.startswith("--"):
            if not equals:
                if index == len(args):
                    return None
                value = args[index]
                index += 1
            key = valued[name]
        elif arg[:2] in valued and not arg.startswith("--"):  # -f json, -fjson, -j2
            value = arg[2:]
            if not value:
                if index == len(args):
                    return None
                value = args[index]
                index += 1
            key = valued[arg[:2]]
        else:
            return None
        if key in seen:
            return None  # a repeated option: Typer's rule (the last wins) is Typer's to apply
        seen.add(key)
        if key == "output_format":
            if value not in _FORMATS:
                return None
            options[key] = value
        elif key == "jobs":
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            options[key] = int(value)
        elif key in ("baseline", "write_baseline"):
            if not value or value.startswith("-"):
                return None
            options[key] = Path(value)
    options["paths"] = options["paths"] or None
    return options


def run() -> None:
    """Console-script entry point."""
    args = sys.argv[1:]
    if not any(name.endswith("_COMPLETE") for name in os.environ):  # shell completion is Typer's
        text = stored_help(args)
        if text is not None:
            sys.stdout.write(text)
            sys.stdout.flush()
            sys.exit(0)
        if args and args[0] == "validate":
            options = validate_options(args[1:])
            if options is not None:
                from .errors import guarded

                def validate() -> int:
                    from .commands.validate import run as validate_run

                    return validate_run(**options)

                sys.exit(guarded(validate, lambda: "validate"))
    from .cli import run as typer_run

    typer_run()
