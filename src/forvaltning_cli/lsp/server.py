"""The language server: the one lint entry point's findings as LSP diagnostics (pygls 2).

Linting runs in one worker thread, never on the thread that reads the client's messages: a
change cancels a lint still waiting out the debounce, a lint already running finishes and its
result is dropped if the document changed meanwhile (a newer lint is then on its way). A crash
anywhere in a lint becomes a diagnostic, never a dead server.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from .. import __version__
from ..findings import Finding, Severity
from . import fixes
from .positions import from_client, split_lines, to_client, token_end

log = logging.getLogger(__name__)

DEBOUNCE_SECONDS = 0.15
SUFFIXES = (".yaml", ".yml")
CONFIG_FILES = (".plan.toml", "pyproject.toml")
# A plan's first key, at the top level (after a byte order mark, if any).
_SCHEMA_VERSION = re.compile(r"^\ufeff?schema_version[ \t]*:", re.MULTILINE)
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


@dataclass(slots=True)
class Result:
    """One lint of one version of a document."""

    uri: str
    version: int | None
    text: str
    lines: list[str]
    linted: object | None  # lint.Linted; None when the lint crashed
    findings: list[Finding]
    diagnostics: list[types.Diagnostic] = field(default_factory=list)


def _config_signature(directory: Path) -> tuple:
    """What decides the configuration for ``directory``: the config files that exist from it
    upwards and when they changed (a few ``stat`` calls: cheap enough to ask on every lint)."""
    out = []
    for folder in [directory, *directory.parents]:
        for name in CONFIG_FILES:
            try:
                out.append((str(folder / name), os.stat(folder / name).st_mtime_ns))
            except OSError:
                continue
    return tuple(out)


def _stamp(path: Path | None) -> int | None:
    try:
        return os.stat(path).st_mtime_ns if path is not None else None
    except OSError:
        return None


class PlanLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("plan", __version__)
        self.debounce = DEBOUNCE_SECONDS
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="plan-lint")
        self.pending: dict[str, asyncio.Task] = {}
        self.running: dict[str, asyncio.Task] = {}
        self.locks: dict[str, asyncio.Lock] = {}
        self.results: dict[str, Result] = {}
        self.plans: set[str] = set()  # documents linted since they were opened
        self.published: set[str] = set()
        # directory → (config signature, baseline stamp, settings, problem); worker thread only
        self._settings: dict[Path, tuple] = {}

    # ------------------------------------------------------------------ settings and linting

    def settings_for(self, directory: Path):
        """The settings for plans in ``directory`` (its nearest configuration and baseline), cached
        until a configuration file there or above changes; a broken one gives the defaults and the
        problem's message."""
        from ..lint import Settings
        from ..lint.baseline import BaselineProblem, read_baseline
        from ..lint.config import ConfigProblem, load_config

        signature = _config_signature(directory)
        cached = self._settings.get(directory)
        if cached is not None and cached[0] == signature and cached[1] == _stamp(cached[2].config.baseline):
            return cached[2], cached[3]
        try:
            config = load_config(directory)
            settings = Settings(config, read_baseline(config.baseline) if config.baseline else None)
            problem = None
        except (ConfigProblem, BaselineProblem) as exc:
            settings, problem = Settings(), str(exc)
        self._settings[directory] = (signature, _stamp(settings.config.baseline), settings, problem)
        return settings, problem

    def lint_document(self, uri: str, version: int | None, text: str,
                      units: Callable[[str], int], known_plan: bool) -> Result | None:
        """Lint one document's text (in the worker thread); ``None`` when it is not a plan."""
        from ..lint import lint

        fs_path = to_fs_path(uri)
        path = Path(fs_path) if fs_path else Path.cwd() / Path(uri.rsplit("/", 1)[-1])
        if path.suffix.lower() not in SUFFIXES:
            return None
        lines = split_lines(text)
        display = str(path)
        findings: list[Finding] = []
        linted = None
        try:
            settings, problem = self.settings_for(path.parent)
            if not (known_plan or _SCHEMA_VERSION.search(text) or _under(path, settings.config.paths)):
                return None
            if problem:
                findings.append(Finding(display, 1, 1, "config", Severity.ERROR,
                                        f"konfigurationen kan inte läsas; standardinställningarna gäller: {problem}"))
            linted = lint(path, display, settings, text=text)
            findings.extend(linted.findings)
        except Exception as exc:  # noqa: BLE001 - a crash is told, the server lives on
            log.exception("lint of %s crashed", uri)
            linted = None
            findings.append(Finding(display, 1, 1, "check-crashed", Severity.ERROR,
                                    f"planen kunde inte kontrolleras: {type(exc).__name__}: {exc}",
                                    "detta är ett fel i forvaltning-cli; rapportera det gärna"))
        result = Result(uri, version, text, lines, linted, findings)
        result.diagnostics = [diagnostic(uri, display, lines, f, units) for f in findings]
        return result

    async def lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            lock = self.locks.setdefault(uri, asyncio.Lock())
            async with lock:
                self.running[uri] = asyncio.current_task()
                try:
                    result = await self.lint_now(uri)
                finally:
                    self.running.pop(uri, None)
            if result is not None and self.is_current(result):
                self.publish(uri, result.version, result.diagnostics)
            elif result is None and uri in self.published and self.is_open(uri):
                self.publish(uri, None, [])
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001
            log.exception("publishing diagnostics for %s failed", uri)

    async def lint_now(self, uri: str) -> Result | None:
        """Lint the document's current text in the worker; remember the result."""
        if not self.is_open(uri):
            return None
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        units = self.workspace.position_codec.client_num_units
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(
            self.pool, self.lint_document, uri, version, text, units, uri in self.plans)
        if result is not None and self.is_open(uri):
            self.plans.add(uri)
            self.results[uri] = result
        return result

    def is_open(self, uri: str) -> bool:
        return uri in self.workspace.text_documents

    def is_current(self, result: Result) -> bool:
        if not self.is_open(result.uri):
            return False
        document = self.workspace.get_text_document(result.uri)
        return document.version == result.version and document.source == result.text

    def schedule(self, uri: str, delay: float) -> None:
        old = self.pending.get(uri)
        if old is not None and not old.done() and old is not self.running.get(uri):
            old.cancel()
        self.pending[uri] = asyncio.ensure_future(self.lint_later(uri, delay))

    def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
        if diagnostics:
            self.published.add(uri)
        else:
            self.published.discard(uri)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def forget(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None and not task.done() and task is not self.running.get(uri):
            task.cancel()
        self.results.pop(uri, None)
        self.plans.discard(uri)
        self.publish(uri, None, [])

    # ------------------------------------------------------------------ code actions

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        only = params.context.only
        if only and not any(types.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            return []
        uri = params.text_document.uri
        if not self.is_open(uri):
            return []
        result = self.results.get(uri)
        if result is None or not self.is_current(result):
            result = await self.lint_now(uri)
        if result is None or result.linted is None or result.linted.plan is None:
            return []
        units = self.workspace.position_codec.client_num_units
        start = from_client(result.lines, params.range.start.line, params.range.start.character, units)
        end = from_client(result.lines, params.range.end.line, params.range.end.character, units)
        out = []
        for finding, diag in zip(result.findings, result.diagnostics):
            if finding.rule not in fixes.RULES:
                continue
            line, column = finding.line - 1, finding.column - 1
            stop = token_end(result.lines[line], column) if line < len(result.lines) else column
            if (line, stop) < start or end < (line, column):
                continue
            fix = fixes.budget_fix(result.linted, finding, result.lines)
            if fix is None:
                continue
            out.append(types.CodeAction(
                title=fix.title, kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                is_preferred=True, edit=self.workspace_edit(result, fix, units)))
        return out

    def workspace_edit(self, result: Result, fix: fixes.Fix, units) -> types.WorkspaceEdit:
        edit = types.TextEdit(
            range=types.Range(start=_position(result.lines, fix.line, fix.start, units),
                              end=_position(result.lines, fix.line, fix.end, units)),
            new_text=fix.text)
        capabilities = self.client_capabilities
        workspace = capabilities.workspace if capabilities else None
        versioned = bool(workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes)
        if versioned and result.version is not None:
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=result.uri, version=result.version),
                edits=[edit])])
        return types.WorkspaceEdit(changes={result.uri: [edit]})


def _under(path: Path, roots: list[str]) -> bool:
    """Whether ``path`` is one of the configured plan paths or inside one."""
    try:
        resolved = path.resolve()
    except OSError:
        return False
    for root in roots:
        try:
            base = Path(root).resolve()
        except OSError:
            continue
        if resolved == base or base in resolved.parents:
            return True
    return False


def _position(lines: list[str], line: int, column: int, units) -> types.Position:
    line, character = to_client(lines, line, column, units)
    return types.Position(line=line, character=character)


def diagnostic(uri: str, display: str, lines: list[str], finding: Finding, units) -> types.Diagnostic:
    """One finding as an LSP diagnostic: from where it points to the end of the scalar there; the
    hint and the related places as related information."""
    line = max(0, finding.line - 1)
    column = max(0, finding.column - 1)
    end = token_end(lines[line], column) if line < len(lines) else column
    here = types.Range(start=_position(lines, line, column, units), end=_position(lines, line, end, units))
    related = []
    if finding.hint:
        related.append(types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=here), message=finding.hint))
    for place in finding.related:
        if place.file == display or place.file == finding.file:
            target, target_lines = uri, lines
        else:
            target, target_lines = from_fs_path(os.path.abspath(place.file)) or uri, []
        at = max(0, place.line - 1), max(0, place.column - 1)
        if target_lines:
            position = _position(target_lines, *at, units)
        else:
            position = types.Position(line=at[0], character=at[1])
        related.append(types.DiagnosticRelatedInformation(
            location=types.Location(uri=target, range=types.Range(start=position, end=position)),
            message="se även här"))
    return types.Diagnostic(
        range=here, message=finding.message, severity=_SEVERITY.get(finding.severity),
        code=finding.rule, source="plan", related_information=related or None)


def make_server() -> PlanLanguageServer:
    server = PlanLanguageServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: PlanLanguageServer, params: types.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
            ls.debounce = max(0.0, float(options["debounceMs"]) / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PlanLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PlanLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: PlanLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.rsplit("/", 1)[-1] in CONFIG_FILES:  # the settings may have changed: every plan again
            for open_uri in list(ls.plans):
                ls.schedule(open_uri, 0)
        else:
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PlanLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    async def code_action(ls: PlanLanguageServer, params: types.CodeActionParams):
        return await ls.code_actions(params)

    return server


def serve() -> int:
    server = make_server()
    try:
        server.start_io()
    finally:
        server.pool.shutdown(wait=False, cancel_futures=True)
    return 0
