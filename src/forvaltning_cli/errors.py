"""One error type for expected failures, and the one place that prints them.

A command raises :class:`PlanError` (or a subclass) with a Swedish message and its exit code;
``cli.run`` prints ``plan COMMAND: message`` and exits with the code. Anything else that escapes
a command is a bug: exit 3 with a one-line request to report it.
"""

from __future__ import annotations

import sys

from . import __version__

EXIT_OK = 0
EXIT_PLAN_PROBLEMS = 1  # the plans have errors (or warnings, with --strict), or a plan cannot be used
EXIT_USAGE = 2  # a wrong option, a path that does not exist, an output that cannot be written
EXIT_BUG = 3


class PlanError(Exception):
    """An expected failure: the message says what is wrong and how to fix it."""

    exit_code = EXIT_PLAN_PROBLEMS

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(PlanError):
    """The command was asked for something it cannot do as asked (exit 2)."""

    exit_code = EXIT_USAGE


def output_error(target, exc: OSError) -> PlanError:
    """An output file that cannot be written, told by its cause."""
    import errno

    directory = getattr(target, "parent", None)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and directory is not None and not directory.is_dir():
        return UsageError(f"katalogen '{directory}' finns inte; skapa den eller välj en annan plats för '{target}'")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UsageError(f"'{target}' får inte skrivas ({exc.strerror})")
    if exc.errno == errno.EISDIR:
        return UsageError(f"'{target}' är en katalog; ange ett filnamn")
    return PlanError(f"kan inte skriva '{target}': {exc.strerror or exc}")


def report(command: str | None, error: PlanError) -> int:
    """Print an expected failure and return its exit code."""
    from .escape import terminal_text

    prefix = f"plan {command}" if command else "plan"
    # Messages quote file names and plan text: shown, never obeyed, by the terminal.
    sys.stderr.write(f"{prefix}: {terminal_text(error.message, keep_newlines=True)}\n")
    return error.exit_code


def report_bug(exc: BaseException) -> int:
    sys.stderr.write(
        f"plan: internt fel ({type(exc).__name__}: {exc}). Detta är en bugg i forvaltning-cli "
        f"{__version__}; rapportera den gärna med kommandot du körde.\n"
    )
    return EXIT_BUG


def guarded(call, command=lambda: None) -> int:
    """Run ``call() -> int`` under the one error handler (pre-commit's ``error_handler``): an
    expected failure is printed as ``plan COMMAND: message`` (``command()`` names the command)
    with its exit code, Ctrl-C is 130, anything else is a bug (exit 3)."""
    try:
        return call()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except PlanError as exc:
        return report(command(), exc)
    except KeyboardInterrupt:
        sys.stderr.write("avbrutet\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: a bug
        return report_bug(exc)
