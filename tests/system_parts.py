"""The system parts the tests need — Chromium, poppler, Pango, fonts, git — and ``require(part)``,
which fails a test with the package to install when its part is missing (never a skip, never a
bare ``FileNotFoundError``).

The parts themselves are listed in ``scripts/system-packages.tsv``, the one home of that fact:
``scripts/test`` installs them, this module checks them, and the README's table is compared with
it. Run as a script (standard library only, so ``scripts/test`` can use it before the test
environment exists)::

    python tests/system_parts.py --missing   # one line per missing part with how to install it; exit 1 if any
    python tests/system_parts.py --readme    # the README's table of system packages
"""

from __future__ import annotations

import ctypes.util
import glob
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "scripts" / "system-packages.tsv"
NODE_PREFIX = ROOT / "build" / "node"
COLUMNS = ("part", "kind", "find", "debian", "homebrew", "fedora", "why")

# Where shared libraries and fonts live when the platform's own lookup does not say.
LIBRARY_DIRS = ("/opt/homebrew/lib", "/usr/local/lib", "/usr/lib", "/usr/lib64")
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/Library/Fonts", "~/Library/Fonts", "/opt/homebrew/share/fonts")


@dataclass(frozen=True)
class Part:
    name: str
    kind: str  # exe | lib | font | file | npm
    find: tuple[str, ...]
    debian: tuple[str, ...]
    homebrew: str
    fedora: str
    why: str

    def locate(self) -> str | None:
        """Where the part is (its first program, library or file), or None when any of it is missing."""
        found = [_locate_one(self.kind, name) for name in self.find]
        return None if None in found else found[0]

    def hint(self) -> str:
        """How to install the part, in Swedish."""
        if self.kind == "npm":
            return f"npm-paketet {self.find[0]} installeras av ./scripts/test i {NODE_PREFIX.relative_to(ROOT)}/"
        debian = " ".join(self.debian)
        return (f"Debian/Ubuntu: apt-get install {debian}; macOS: brew install {self.homebrew}; "
                f"Fedora: dnf install {self.fedora}")


def _field(value: str) -> str:
    return "" if value == "-" else value


def load_parts(table: Path = TABLE) -> dict[str, Part]:
    """Every part in the table, by name (comment lines start with #)."""
    parts: dict[str, Part] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [_field(f.strip()) for f in line.split("\t")]
        if len(fields) != len(COLUMNS):
            raise ValueError(f"{table}: {len(COLUMNS)} tab-separated fields expected: {line!r}")
        row = dict(zip(COLUMNS, fields))
        parts[row["part"]] = Part(row["part"], row["kind"], tuple(row["find"].split()), tuple(row["debian"].split()),
                                  row["homebrew"], row["fedora"], row["why"])
    return parts


def _locate_one(kind: str, name: str) -> str | None:
    if kind == "exe":
        return shutil.which(name)
    if kind == "lib":
        if found := ctypes.util.find_library(name):
            return found
        for directory in LIBRARY_DIRS:
            for suffix in (".so", ".so.0", ".dylib", ".0.dylib"):
                if os.path.exists(candidate := os.path.join(directory, f"lib{name}{suffix}")):
                    return candidate
        return None
    if kind == "font":
        for directory in FONT_DIRS:
            matches = glob.glob(os.path.join(os.path.expanduser(directory), "**", name), recursive=True)
            if matches:
                return matches[0]
        return None
    if kind == "file":  # a path or glob pattern
        matches = glob.glob(os.path.expanduser(name))
        return matches[0] if matches else None
    if kind == "npm":
        package = name.rsplit("@", 1)[0] if name.rfind("@") > 0 else name
        path = NODE_PREFIX / "node_modules" / package / "package.json"
        return str(path.parent) if path.exists() else None
    raise ValueError(f"unknown kind of system part: {kind!r}")


def require(*names: str) -> str:
    """Where the first of the system parts ``names`` is (the program's path for an ``exe``); fails
    the calling test with what to install when any of them is missing."""
    import pytest

    parts = load_parts()
    located = [(parts[name], parts[name].locate()) for name in names]
    for part, found in located:
        if found is None:
            packages = " ".join(part.debian)
            how = (f"installera npm-paketet {part.find[0]}" if part.kind == "npm" else
                   f"installera Debian-paket{'en' if len(part.debian) > 1 else 'et'} {packages} (apt-get install {packages})")
            message = f"systemdelen '{part.name}' saknas: {how} eller kör ./scripts/test"
            if os.environ.get("PLAN_TEST_SYSTEM_PARTS") == "required":
                message += " (./scripts/test borde ha installerat den: stämmer scripts/system-packages.tsv?)"
            pytest.fail(f"{message}\n  {part.hint()}", pytrace=False)
    return located[0][1]


def readme_table(parts: dict[str, Part] | None = None) -> str:
    """The README's table of system packages, made from the table file."""
    lines = ["| part | why | Debian | Homebrew (macOS) | other distributions (Fedora) |", "|---|---|---|---|---|"]
    for part in (parts or load_parts()).values():
        if part.kind != "npm":
            lines.append(f"| {part.name} | {part.why} | `{' '.join(part.debian)}` | `{part.homebrew}` | `{part.fedora}` |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv == ["--readme"]:
        print(readme_table())
        return 0
    if argv == ["--missing"]:
        missing = [part for part in load_parts().values() if part.kind != "npm" and part.locate() is None]
        for part in missing:
            print(f"  {part.name} ({', '.join(part.find)}): {part.hint()}")
        return 1 if missing else 0
    print("användning: python tests/system_parts.py --missing | --readme", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
