"""Atomic file writes: a temporary file in the same directory, flushed, then renamed over."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file in the same directory, then rename)."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
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
