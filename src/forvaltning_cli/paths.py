"""Finding plan files from the paths a user gives."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from .errors import UsageError

PLAN_SUFFIXES = (".yaml", ".yml")
MAX_AUXILIARY_BYTES = 10 * 1024 * 1024  # population CSV, baseline JSON, configuration TOML


class PlanPathError(UsageError):
    """A path the user gave cannot be used (a usage problem, exit code 2)."""


def _display(path: Path) -> str:
    text = str(path)
    return text[2:] if text.startswith("./") else text


class _LinkOutOfTree(type(Path())):
    """A plan found in a directory that is a symbolic link to a file outside that directory.

    It is listed (so that the user hears of it) but never read: every attempt to look at it fails
    as an unreadable file does, so the loader reports a ``file-unreadable`` finding."""

    root = ""  # the directory searched; paths derived from this one (parent, …) are ordinary

    def __reduce__(self):  # validate --jobs sends paths to worker processes
        return (_rebuild_link, (str(self), self.root))

    def stat(self, *, follow_symlinks: bool = True):
        if not follow_symlinks or not self.root:
            return super().stat(follow_symlinks=follow_symlinks)
        # ELOOP: pathlib's is_file()/exists() treat it as "not a file" instead of raising.
        raise OSError(errno.ELOOP, f"symbolisk länk ut ur katalogen '{self.root}' (till "
                                   f"'{os.path.realpath(self)}'); den läses inte")

    def open(self, *args, **kwargs):
        self.stat()

    def read_bytes(self):
        self.stat()

    def read_text(self, *args, **kwargs):
        self.stat()


def _rebuild_link(path: str, root: str) -> _LinkOutOfTree:
    link = _LinkOutOfTree(path)
    link.root = root
    return link


def _inside(path: Path, root: str) -> bool:
    """Whether ``path`` (after following every symbolic link) is in the directory ``root``."""
    target = os.path.realpath(path)
    return os.path.commonpath([target, root]) == root


def discover_plans(paths: list[Path], project: Path | None = None) -> list[tuple[Path, str]]:
    """``(path, display name)`` of every plan file under ``paths``, each once, in sorted order
    within a directory. Directories are searched recursively for ``*.yaml``/``*.yml``; symbolic
    links to directories are not followed (no loops), and a symbolic link to a file outside the
    project (the configuration's directory; without one, the directory searched) is listed but
    never read (it gets a ``file-unreadable`` finding). A path named explicitly is used as given,
    a symbolic link too: the user asked for that file."""
    found: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for given in paths:
        if given.is_dir():
            matches: list[Path] = []
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                matches += [Path(root) / f for f in files if f.endswith(PLAN_SUFFIXES)]
            if not matches:
                raise PlanPathError(f"inga planer (*.yaml, *.yml) finns i katalogen '{given}'")
            boundary = project if project is not None else given
            root = os.path.realpath(boundary)
            candidates = [path if not path.is_symlink() or _inside(path, root)
                          else _rebuild_link(str(path), str(boundary))
                          for path in sorted(matches)]
        elif given.exists() or given.is_symlink():
            candidates = [given]
        else:
            raise PlanPathError(f"sökvägen '{given}' finns inte")
        for path in candidates:
            key = os.path.normpath(str(path))
            if key not in seen:
                seen.add(key)
                found.append((path, _display(path)))
    return found


def read_small_file(path: Path, what: str, limit: int = MAX_AUXILIARY_BYTES) -> str:
    """The UTF-8 text of the auxiliary file ``path`` (``what`` names it in messages, e.g.
    "folkmängdsfilen"): a regular file of at most ``limit`` bytes. Anything else — missing, a
    directory, a FIFO or device, too large, not UTF-8 — is a :class:`UsageError` (exit 2) that
    names the file (and the line of a decoding error); it never blocks or reads without end."""
    import stat

    try:
        # O_NONBLOCK: opening a FIFO without a writer must not hang; no effect on regular files.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UsageError(f"{what} '{path}' finns inte") from None
    except OSError as exc:
        raise UsageError(f"{what} '{path}' kan inte läsas: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UsageError(f"{what} '{path}' är en katalog, inte en fil")
        if not stat.S_ISREG(mode):
            raise UsageError(f"{what} '{path}' är ingen vanlig fil (t.ex. en rörledning eller enhet)")
        chunks, size = [], 0
        while size <= limit:  # read to the end, but never more than the limit allows
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UsageError(f"{what} '{path}' kan inte läsas: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > limit:
        raise UsageError(f"{what} '{path}' är större än {limit // (1024 * 1024)} MB; det är för stort")
    raw = b"".join(chunks)
    raw = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = raw[:start].count(b"\n") + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        raise UsageError(f"{path}:{line}:{column}: {what} är inte UTF-8 (byte 0x{raw[start]:02x})") from None


# Files a plan refers to (figure images): the one home of the rule, used by the
# resource-reference check, by render and by the results cache.

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_DRIVE = re.compile(r"^[A-Za-z]:")


def shape_problem(reference: str) -> str | None:
    """What is wrong with the form of an image reference, or ``None`` (no file system access)."""
    from urllib.parse import unquote

    # As a URL parser reads it: tabs and newlines dropped, controls trimmed, %2e%2e is '..'.
    text = unquote(re.sub(r"[\t\n\r]", "", reference)).strip("".join(map(chr, range(0x21))))
    if "\x00" in text:
        return "innehåller ett nolltecken"
    if not text:
        return "är tom"
    if text[:5].lower() == "data:":
        return None
    if _DRIVE.match(text) or text.startswith(("/", "\\")):
        return "är en absolut sökväg; ange en sökväg relativt till planen"
    scheme = _SCHEME.match(text)
    if scheme:
        return (
            f"använder '{scheme.group(1).lower()}:'; bara filer i planens mapp och data:-adresser"
            " bäddas in"
        )
    if ".." in re.split(r"[/\\]", re.split(r"[?#]", text, maxsplit=1)[0]):
        return "går ut ur planens mapp (..); lägg bilden i planens mapp eller en undermapp"
    return None


def file_problem(reference: str, folder: Path) -> str | None:
    """What is wrong with the file an (already well-formed) relative reference names, if anything."""
    from urllib.parse import unquote

    if reference.strip()[:5].lower() == "data:":
        return None
    candidate = folder / unquote(reference.strip().split("#", 1)[0].split("?", 1)[0])
    try:
        real = candidate.resolve()
        if not real.is_relative_to(folder.resolve()):
            return "pekar (via en symbolisk länk) ut ur planens mapp"
        mode = os.stat(real).st_mode
    except OSError:
        return "finns inte"
    except RuntimeError:  # a symbolic link loop
        return "är en slinga av symboliska länkar"
    if not stat.S_ISREG(mode):
        return "är ingen vanlig fil"
    return None
