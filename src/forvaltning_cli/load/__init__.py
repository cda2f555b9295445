"""Load a plan file: bytes → text → YAML nodes → plain data with source positions → Plan.

The stages are modules of this package: ``decode`` (UTF-8 only), ``syntax`` (one YAML document,
syntax errors in Swedish), ``nodes`` (data and a :class:`SourceMap`, standard tags only, sizes
bounded) and ``schema`` (the Pydantic model's errors as Swedish messages from a table). Nothing
here raises for bad input: every problem becomes a :class:`~forvaltning_cli.findings.Finding`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..findings import Finding, Location, Problem, Severity
from .decode import decode
from .hidden import HIDDEN, line_separators
from .nodes import MAX_DEPTH, MAX_NODES, Builder, with_float_texts
from .positions import EditorLines, LoadError, SourceMap, format_path
from .schema import describe
from .syntax import compose_document

MAX_FILE_BYTES = 10 * 1024 * 1024

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_NODES", "LoadedPlan", "SourceMap", "format_path", "load_file", "load_text"]


@dataclass(slots=True)
class LoadedPlan:
    """The outcome of loading one file."""

    file: str
    data: Any = None
    source: SourceMap = field(default_factory=SourceMap)
    text: str | None = None  # the decoded file, for suppression comments
    plan: Any = None  # model.Plan when the data is a valid plan
    findings: list[Finding] = field(default_factory=list)
    path: Path | None = None  # the file on disk (None for text from git or a test)
    had_bom: bool = False  # the file began with a UTF-8 byte order mark (dropped from ``text``)

    def exact_data(self) -> Any:
        """The data to validate: floats carry their text as written, so that percentages are
        exact (30.0000000000000000000000000001 is not 30)."""
        floats = self.source.floats
        return with_float_texts(self.data, floats) if floats else self.data

    def finding(self, rule: str, severity: Severity, problem: Problem) -> Finding:
        line, column = self.source.position(problem.path, at_key=problem.at_key)
        related = tuple(
            Location(self.file, *self.source.key_or_value(path)) for path in problem.related
        )
        return Finding(
            self.file, line, column, rule, severity, problem.message, problem.hint, related,
            format_path(problem.path),
        )


def load_text(text: str, file: str) -> LoadedPlan:
    """Load a plan from YAML text; ``file`` is the name used in findings."""
    loaded = LoadedPlan(file=file, text=text)
    builder = None
    try:
        node, constructor = compose_document(text)
        builder = Builder(constructor, look_for_hidden=HIDDEN.search(text) is not None, lines=EditorLines(text))
        if "*" in text:  # without an alias the builder's own count bounds the work
            builder.check_size(node)
        loaded.data = builder.build(node, (), 0)
        loaded.source = builder.source
    except LoadError as exc:
        related = tuple(Location(file, loc.line, loc.column) for loc in exc.related)
        loaded.findings.append(
            Finding(file, exc.line + 1, exc.column + 1, exc.rule, Severity.ERROR, exc.message,
                    exc.hint, related)
        )
        return loaded
    finally:
        told = any(f.rule == "yaml-syntax" for f in loaded.findings)  # its hint names the character
        for hidden in ([] if told else line_separators(text)) + (builder.hidden if builder else []):
            loaded.findings.append(Finding(file, hidden.line + 1, hidden.column + 1, "hidden-character",
                                           Severity.WARNING, hidden.message, hidden.hint))
    if not isinstance(loaded.data, dict):
        loaded.findings.append(
            loaded.finding(
                "plan-structure", Severity.ERROR,
                Problem((), f"en plan ska vara ett avsnitt med nycklar, men filen innehåller "
                            f"{describe(loaded.data)}",
                        hint="en plan börjar med schema_version: 1"),
            )
        )
        return loaded
    from ..model import SCHEMA_VERSION

    version = loaded.data.get("schema_version")
    if "schema_version" in loaded.data and version != SCHEMA_VERSION:
        loaded.findings.append(
            loaded.finding(
                "plan-structure", Severity.ERROR,
                Problem(("schema_version",), f"schema_version {version!r} stöds inte; "
                        f"den här versionen av plan läser schema_version {SCHEMA_VERSION}"),
            )
        )
        return loaded
    _validate(loaded)
    return loaded


def _validate(loaded: LoadedPlan) -> None:
    from pydantic import ValidationError

    from ..model import Plan

    try:
        loaded.plan = Plan.model_validate(loaded.exact_data())
    except ValidationError as exc:
        from .schema import schema_problems

        for told in schema_problems(loaded.data, exc.errors(include_url=False)):
            loaded.findings.append(loaded.finding(told.rule, Severity.ERROR, told.problem))


def load_file(path: Path, display: str | None = None, *, raw: bytes | None = None) -> LoadedPlan:
    """Load a plan file (``raw``: its bytes, when the caller has read them already); every
    problem, including an unreadable file, becomes a finding."""
    file = display if display is not None else str(path)
    try:
        import stat

        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            what = "en katalog" if stat.S_ISDIR(mode) else "ingen vanlig fil (t.ex. en rörledning eller enhet)"
            return LoadedPlan(file=file, findings=[Finding(file, 1, 1, "file-unreadable", Severity.ERROR,
                                                           f"sökvägen är {what}, inte en planfil")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                "yaml-limits",
                f"filen är {size // (1024 * 1024)} MB; planfiler får vara högst "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB",
            )
        if raw is None:
            raw = path.read_bytes()
        text = decode(raw)
    except LoadError as exc:
        return LoadedPlan(
            file=file,
            findings=[Finding(file, exc.line + 1, exc.column + 1, exc.rule, Severity.ERROR,
                              exc.message, exc.hint)],
        )
    except OSError as exc:
        return LoadedPlan(
            file=file,
            findings=[Finding(file, 1, 1, "file-unreadable", Severity.ERROR,
                              f"filen kan inte läsas: {exc.strerror or exc}")],
        )
    loaded = load_text(text, file)
    loaded.path = path
    loaded.had_bom = raw.startswith(b"\xef\xbb\xbf")
    return loaded
