"""Atomic file writes: a temporary file in the same directory, flushed, then renamed over.

A symbolic link is kept: the file it points to is replaced (atomically, in that file's
directory). A file with several hard links is rewritten in place instead, because a rename would
split it from its other names; that write is not atomic (one write of the whole content, then
truncate and fsync) — the links matter more than atomicity there. While a write is under way,
SIGTERM (as Ctrl-C already does) stops it through an exception, so no temporary file is left.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path


@contextlib.contextmanager
def _terminate_as_exit():
    """SIGTERM raises SystemExit(143) while the block runs, so its cleanup runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _rewrite_in_place(path: str, data: bytes) -> None:
    """Replace the content of a hard-linked file, keeping its inode (and so its other names)."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file in the same directory, then rename)."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    with _terminate_as_exit():
        try:
            existing = os.stat(target)
        except FileNotFoundError:
            existing = None
        if existing is not None and existing.st_nlink > 1 and os.path.isfile(target):
            _rewrite_in_place(str(target), data)
            return
        directory = target.parent if str(target.parent) else Path(".")
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if existing is not None:
                os.chmod(temporary, existing.st_mode & 0o7777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temporary, 0o666 & ~umask)
            os.replace(temporary, target)
        except BaseException:
            try:
                os.unlink(temporary)
            except FileNotFoundError:
                pass
            raise


def save(path: Path, data: bytes | str) -> None:
    """Write an output file atomically; a failure is a :class:`~.errors.PlanError` that says why
    (a missing directory or a forbidden place is a usage problem, exit 2)."""
    from .errors import output_error

    try:
        write_bytes_atomic(path, data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as exc:
        raise output_error(path, exc) from None
