"""The results cache of ``plan validate``: a plan's findings, kept by what they depend on.

A plan whose bytes, name, tool and configuration have not changed gets the findings it got last
time without being parsed again (as ruff and mypy keep theirs). The key is a BLAKE2b hash of

* the cache format, the tool's version and a fingerprint of the code that computes findings:
  the size and modification time of every module of this package and of the libraries whose
  messages appear in findings (pydantic, pydantic-core, ruamel.yaml, the Swedish word list) —
  so an upgrade or an edited checkout never reads old results;
* the configuration file's bytes and the baseline's accepted findings;
* the plan's name as shown, its place for the configuration (per-path ignores) and its bytes.

A plan with figure images also depends on those files: each entry records what the
``resource-reference`` rule found for each image (missing, not a regular file, outside the
folder, fine), and a hit is only used when that is still so.

Entries are one small JSON file each under ``.plan-cache/`` in the project's root (the
configuration's directory, or the current one), or under ``$PLAN_CACHE_DIR``. They are written
atomically (a temporary file renamed over), so concurrent runs at worst compute the same entry
twice; an entry that cannot be read, or is not what this version writes, is a miss and is
written again. ``plan validate --no-cache`` neither reads nor writes the cache. The directory
holds a ``.gitignore`` (``*``) and a ``CACHEDIR.TAG``, so git and backup tools leave it alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from ..findings import Finding, Location, Severity

FORMAT = 1
DIRECTORY = ".plan-cache"
_LIBRARIES = ("pydantic", "pydantic_core", "ruamel.yaml", "hunspell_sv")
_TAG = b"Signature: 8a477f597d28d172789f06886806bc55\n# plan validate's results cache (forvaltning-cli)\n"


def _tree_fingerprint(update, root: Path) -> None:
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".so", ".pyd", ".dic", ".aff")):
                try:
                    info = os.stat(os.path.join(directory, name))
                except OSError:
                    continue
                update(f"{directory}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())


def code_fingerprint() -> bytes:
    """What the findings are computed by: this package and the libraries in its messages."""
    from importlib.util import find_spec

    from .. import __version__

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}\n{__version__}\n{sys.version}\n".encode())
    _tree_fingerprint(digest.update, Path(__file__).resolve().parent.parent)
    for name in _LIBRARIES:
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        digest.update(f"{name}:{locations}\n".encode())
        for location in locations:
            _tree_fingerprint(digest.update, Path(location))
    return digest.digest()


def default_directory(root: Path) -> Path:
    configured = os.environ.get("PLAN_CACHE_DIR")
    return Path(configured) if configured else root / DIRECTORY


class ResultsCache:
    """Findings by key; every failure to read or write is a miss, never an error."""

    def __init__(self, directory: Path, settings) -> None:
        self.directory = directory
        digest = hashlib.blake2b(code_fingerprint(), digest_size=16)
        config = settings.config
        if config.source is not None:
            try:
                digest.update(config.source.read_bytes())
            except OSError:
                digest.update(b"\x00unreadable")
        digest.update(repr(sorted(settings.accepted.items()) if settings.accepted is not None else None).encode())
        self._salt = digest.digest()
        self._ready = False

    def key(self, raw: bytes, display: str, location: str) -> str:
        digest = hashlib.blake2b(self._salt, digest_size=20)
        digest.update(f"{len(display)}:{display}\n{len(location)}:{location}\n".encode("utf-8", "surrogateescape"))
        digest.update(raw)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str, path: Path) -> list[Finding] | None:
        try:
            data = json.loads(self._entry(key).read_bytes())
            if data.get("key") != key:
                return None
            folder = None
            for reference, problem in data.get("images", []):
                from ..paths import file_problem

                folder = folder or path.resolve().parent
                if file_problem(reference, folder) != problem:
                    return None
            return [_finding(item) for item in data["findings"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, findings: list[Finding], images: list[tuple[str, str | None]]) -> None:
        entry = self._entry(key)
        data = {"key": key, "images": images, "findings": [_record(f) for f in findings]}
        try:
            self._prepare()
            entry.parent.mkdir(parents=True, exist_ok=True)
            temporary = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            os.replace(temporary, entry)
        except OSError:
            try:
                temporary.unlink()
            except (OSError, UnboundLocalError):
                pass

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        for name, content in ((".gitignore", b"# plan validate's results cache\n*\n"), ("CACHEDIR.TAG", _TAG)):
            target = self.directory / name
            if not target.exists():
                target.write_bytes(content)
        self._ready = True


def _record(finding: Finding) -> list:
    return [finding.file, finding.line, finding.column, finding.rule, finding.severity.value, finding.message,
            finding.hint, [[loc.file, loc.line, loc.column] for loc in finding.related], finding.where]


def _finding(item: list) -> Finding:
    file, line, column, rule, severity, message, hint, related, where = item
    if not (isinstance(file, str) and isinstance(line, int) and isinstance(column, int) and isinstance(rule, str)
            and isinstance(message, str)):
        raise TypeError("not a finding")
    return Finding(file, line, column, rule, Severity(severity), message, hint,
                   tuple(Location(str(f), int(ln), int(c)) for f, ln, c in related), where)


def image_references(plan) -> list[str]:
    """The figure images a plan refers to (what the ``resource-reference`` rule looks at)."""
    if plan is None:
        return []
    from ..model import iter_sections

    return [block.image for _, section in iter_sections(plan.sections) for block in section.content
            if getattr(block, "image", None) is not None]
