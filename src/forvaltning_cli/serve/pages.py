"""The preview's pages: the index of plans, each plan's document with its findings, the diff
against git HEAD, and the error page of a plan that cannot be read.

Each plan is linted and rendered on demand and kept until its file changes (by modification
time and size) or a template or the configuration changes (:meth:`Previews.invalidate`). The
document is the one ``plan render -f html --allow-errors`` writes (same templates, same
sandbox); the preview only adds, around it, a bar with the findings and, on the rows that the
findings concern, an attribute that styles them and an accessible description. No figure of
the document is changed.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup, escape

from ..findings import Finding, Severity
from ..render.view import Record
from .tree import PlanTree

MAX_PLAN_BYTES = 5_000_000  # an excerpt of a broken plan is read from at most this much
EXCERPT_CONTEXT = 3  # lines shown before and after a line with an error
WARM_TEMPLATES = ("html/document.html.j2", "html/parts.html.j2", "html/style.css")
STATIC = {"live.js": "text/javascript; charset=utf-8", "serve.css": "text/css; charset=utf-8"}

_PLAN_PATH_ATTR = re.compile(r'data-plan-path="([^"<>]*)"')
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_LAST_STEP = re.compile(r"(\.[^.\[\]]+|\[\d+\])$")


def place_id(place: str) -> str:
    """The HTML id of a marked place in the document: ``budget.items[2].subtotal`` →
    ``plats-budget-items-2-subtotal``."""
    return "plats-" + re.sub(r"[^A-Za-z0-9]+", "-", place).strip("-")


def plan_href(name: str) -> str:
    return "/plan/" + quote(name, safe="/")


def diff_href(name: str) -> str:
    return "/diff/" + quote(name, safe="/")


def log(message: str) -> None:
    """One line on standard error, control characters spelt out."""
    from ..escape import terminal_text

    sys.stderr.write(f"plan serve: {terminal_text(message)}\n")
    sys.stderr.flush()


@dataclass(frozen=True, slots=True)
class Entry:
    """One plan's verdict and, once asked for, its page; valid while ``key`` is."""

    key: tuple
    linted: object  # lint.Linted
    page: str | None = None


class Previews:
    """Lints and renders the plans of one tree, caching each until its file changes."""

    def __init__(self, tree: PlanTree, settings=None) -> None:
        from ..lint import Settings

        self.tree = tree
        self.settings = settings or Settings.load()
        self.generation = 0
        self._entries: dict[str, Entry] = {}
        self._lock = threading.RLock()
        self._env = None

    def built(self, work, *args) -> str:
        """``work(*args)``, one page at a time. Each render forks a child process; with every
        page built under this lock no other thread of ours is inside a library (holding its
        lock, e.g. Babel's) at the moment of a fork, which would leave the child waiting forever."""
        with self._lock:
            return work(*args)

    def warm(self) -> None:
        """Compile the built-in document templates in this process, so that each render (a
        forked child) finds them compiled instead of compiling them again (about a second), and
        load what the filters need once."""
        with self._lock:  # imports too: no fork may happen while a module is half imported
            import datetime as dt
            from decimal import Decimal

            from .. import swedish
            from ..render.environment import make_environment
            from ..render.markup import html_block

            env = make_environment([], autoescape=True)
            for name in WARM_TEMPLATES:
                try:
                    env.get_template(name)
                except Exception as exc:  # noqa: BLE001 - only slower without it
                    log(f"mallen {name} kunde inte förberedas: {exc}")
            # What each render would otherwise load again: the Markdown parser, Babel's Swedish data.
            html_block("*förberedd*")
            swedish.long_date(dt.date.today())
            swedish.percent(Decimal("0.5"))
            swedish.amount(1000)

    # -- cache ------------------------------------------------------------------------------

    def invalidate(self, name: str | None = None) -> None:
        """Forget one plan (its file changed), or everything (a template or the configuration did)."""
        from ..lint import Settings

        # No lock: called from the event loop, which must not wait for a render. A page being
        # built meanwhile is stored under the old key and so is not used again.
        if name is None:
            self.generation += 1
            self._entries.clear()
            try:
                self.settings = Settings.load()
            except Exception as exc:  # noqa: BLE001 - a broken configuration: keep the last good one
                log(f"konfigurationen kan inte läsas, den förra används: {exc}")
        else:
            self._entries.pop(name, None)

    def _key(self, path: Path) -> tuple:
        try:
            info = path.stat()
        except OSError:
            return (None, None, self.generation)
        return (info.st_mtime_ns, info.st_size, self.generation)

    def _entry(self, name: str, path: Path) -> Entry:
        from ..lint import lint

        key = self._key(path)
        entry = self._entries.get(name)
        if entry is None or entry.key != key:
            entry = Entry(key, lint(path, name, self.settings))
            self._entries[name] = entry
        return entry

    # -- templates --------------------------------------------------------------------------

    def _template(self, template: str, **context) -> str:
        """One of the preview's own templates (``templates/serve/``), in the documents' sandbox."""
        from ..render.environment import make_environment

        if self._env is None:
            self._env = make_environment([], autoescape=True)
        return self._env.get_template(f"serve/{template}").render(**context)

    # -- pages ------------------------------------------------------------------------------

    def index_page(self) -> str:
        rows = []
        with self._lock:
            for name in self.tree.plans():
                path = self.tree.resolve(name)
                if path is None:
                    continue
                try:
                    rows.append(self._summary(name, self._entry(name, path).linted))
                except Exception as exc:  # noqa: BLE001 - one broken plan never takes the index down
                    log(f"{name}: kunde inte granskas: {type(exc).__name__}: {exc}")
                    rows.append(Record({"name": name, "href": plan_href(name), "diff_href": diff_href(name),
                                        "readable": False, "title": "", "year": "", "status": "",
                                        "errors": 1, "warnings": 0, "total": "", "total_note": ""}))
        return self._template("index.html.j2", plans=rows, root=str(self.tree.root), watch="*")

    def _summary(self, name: str, linted) -> Record:
        from ..budget import computed_total, has_non_cost_lines
        from ..swedish import unit_amount

        plan = linted.plan
        counts = {s: sum(1 for f in linted.findings if f.severity is s) for s in Severity}
        fields = {"name": name, "href": plan_href(name), "diff_href": diff_href(name), "readable": plan is not None,
                  "errors": counts[Severity.ERROR], "warnings": counts[Severity.WARNING],
                  "title": "", "year": "", "status": "", "total": "", "total_note": ""}
        if plan is not None:
            years = plan.period.years
            fields["title"] = plan.document.title
            fields["year"] = str(years.start) if len(years) == 1 else f"{years.start}–{years.stop - 1}"
            fields["status"] = plan.document.status.value if plan.document.status is not None else ""
            budget = plan.budget
            if budget is not None:
                stated = budget.total.amount if budget.total is not None else None
                computed = computed_total(budget)
                shown = stated if stated is not None else computed
                if shown is not None:
                    fields["total"] = unit_amount(shown, budget.unit)
                if stated is None and computed is not None:
                    fields["total_note"] = "beräknat"
                elif stated is not None and computed is not None and stated != computed:
                    summed = "kostnadsraderna" if has_non_cost_lines(budget) else "raderna"
                    fields["total_note"] = f"{summed} summerar till {unit_amount(computed, budget.unit)}"
        return Record(fields)

    def plan_page(self, name: str, path: Path) -> str:
        """The plan's document with its findings, or its error page; never raises."""
        with self._lock:
            try:
                entry = self._entry(name, path)
                if entry.page is None:
                    entry = Entry(entry.key, entry.linted, self._plan_page(name, path, entry.linted))
                    self._entries[name] = entry
                return entry.page
            except Exception as exc:  # noqa: BLE001 - the server lives on whatever a plan holds
                log(f"{name}: kunde inte visas: {type(exc).__name__}: {exc}")
                return self._template("error.html.j2", name=name, title="Planen kunde inte visas",
                                      lead=f"Ett oväntat fel i plan serve ({type(exc).__name__}: {exc}). "
                                           "Rapportera det gärna som en bugg.",
                                      findings=[], excerpts=[], diff_href=diff_href(name), watch=name)

    def _plan_page(self, name: str, path: Path, linted) -> str:
        from ..render import TemplateProblem, render_text

        if linted.plan is None:
            log(f"{name}: planen kan inte läsas ({len(linted.errors)} fel)")
            return self._template("error.html.j2", name=name, title="Planen kan inte läsas",
                                  lead="Dokumentet kan inte visas förrän felen nedan är rättade. "
                                       "Sidan uppdateras när du sparar.",
                                  findings=self._finding_records(linted.findings, {}, {}),
                                  excerpts=self._excerpts(linted, path), diff_href=diff_href(name), watch=name)
        try:
            document = render_text(linted.plan, name, linted.findings, "html", None, path)
        except TemplateProblem as exc:
            log(f"{name}: mallfel: {exc}")
            return self._template("error.html.j2", name=name, title="Mallen kunde inte användas",
                                  lead=f"Mallfel: {exc}", findings=[], excerpts=[], diff_href=diff_href(name),
                                  watch=name)
        return self._compose(name, document, linted)

    # -- the plan page ----------------------------------------------------------------------

    def _compose(self, name: str, document: str, linted) -> str:
        """The document with the preview's bar after ``<body>``, its script and style in the head,
        and each row a finding concerns marked (attributes only)."""
        present = set(_PLAN_PATH_ATTR.findall(document))
        places: dict[int, str] = {}  # finding index → the data-plan-path it is shown at
        for index, finding in enumerate(linted.findings):
            place = _place(finding.where, present)
            if place is not None:
                places[index] = place
        sections = _section_anchors(linted.plan, name, linted.findings)
        records = self._finding_records(linted.findings, places, sections)
        by_place: dict[str, list[Record]] = {}
        for record in records:
            if record.place:
                by_place.setdefault(record.place, []).append(record)

        def mark(match: re.Match) -> str:
            found = by_place.get(match.group(1))
            if not found:
                return match.group(0)
            worst = min(found, key=lambda r: r.rank)
            ids = " ".join(r.id for r in found)
            label = "; ".join(f"{r.severity_label}: {r.message}" for r in found)
            return (f'{match.group(0)} id="{place_id(match.group(1))}" data-finding="{worst.severity}" '
                    f'aria-describedby="{ids}" title="{escape(label)}"')

        marked = _PLAN_PATH_ATTR.sub(mark, document)
        bar = self._template("bar.html.j2", name=name, findings=records, diff_href=diff_href(name),
                             counts=_counts(linted.findings))
        head = ('<meta name="plan-serve-watch" content="' + str(escape(name)) + '">\n'
                '<link rel="icon" href="data:,">\n<link rel="stylesheet" href="/_static/serve.css">\n'
                '<script src="/_static/live.js" defer></script>\n')
        marked, added = _HEAD_END.subn(lambda m: head + m.group(0), marked, count=1)
        if not added:
            marked = head + marked
        marked, added = _BODY.subn(lambda m: m.group(0) + "\n" + bar, marked, count=1)
        if not added:
            marked = bar + marked
        return marked

    def _finding_records(self, findings: list[Finding], places: dict[int, str],
                         sections: dict[int, str]) -> list[Record]:
        rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        records = []
        for index, finding in enumerate(findings):
            number = index + 1
            place = places.get(index)
            target = f"#{place_id(place)}" if place else (f"#{sections[index]}" if index in sections else None)
            records.append(Record({
                "id": f"fynd-{number}", "number": number, "severity": finding.severity.value,
                "severity_label": finding.severity.label, "rank": rank[finding.severity],
                "line": finding.line, "column": finding.column, "rule": finding.rule,
                "message": finding.message, "hint": finding.hint or "", "place": place, "target": target,
                "in_place": place is not None,
            }))
        return records

    def _excerpts(self, linted, path: Path) -> list[Record]:
        """The lines around each error of a plan that cannot be read, numbered."""
        text = linted.loaded.text
        if text is None:
            try:
                with open(path, "rb") as handle:
                    text = handle.read(MAX_PLAN_BYTES).decode("utf-8", errors="replace")
            except OSError:
                return []
        lines = text.splitlines()
        out = []
        for finding in [f for f in linted.findings if f.severity is Severity.ERROR][:5]:
            if not 1 <= finding.line <= max(len(lines), 1):
                continue
            first = max(1, finding.line - EXCERPT_CONTEXT)
            last = min(len(lines), finding.line + EXCERPT_CONTEXT)
            out.append(Record({
                "where": f"{finding.file}:{finding.line}:{finding.column}", "message": finding.message,
                "lines": [Record({"number": n, "text": lines[n - 1] if n <= len(lines) else "",
                                  "current": n == finding.line}) for n in range(first, last + 1)],
                "column": finding.column,
            }))
        return out

    # -- the diff page ----------------------------------------------------------------------

    def diff_page(self, name: str, path: Path) -> str:
        try:
            title, note, report = self._diff(name, path)
        except Exception as exc:  # noqa: BLE001 - the server lives on
            log(f"{name}: jämförelsen misslyckades: {type(exc).__name__}: {exc}")
            title, note, report = "Jämförelsen misslyckades", f"{type(exc).__name__}: {exc}", None
        return self._template("diff.html.j2", name=name, title=title, note=note, report=report,
                              plan_href=plan_href(name), watch=name)

    def _diff(self, name: str, path: Path) -> tuple[str, str, Markup | None]:
        from ..diff import compare
        from ..diff.git import GitProblem, show, toplevel
        from ..diff.html import report_html
        from ..lint import lint

        title = f"Ändringar i {name} sedan senaste incheckningen (HEAD)"
        folder = Path(os.path.realpath(path)).parent
        try:
            top = toplevel(folder)
        except GitProblem:
            return title, "Planerna ligger inte i ett git-förråd, så det finns ingen tidigare version att jämföra med.", None
        rel = Path(os.path.relpath(os.path.realpath(path), top)).as_posix()
        try:
            old_text = show(f"HEAD:{rel}", cwd=folder)
        except GitProblem:
            return title, (f"{rel} finns inte i HEAD: planen är ny (inte incheckad än), "
                           "eller förrådet har inga incheckningar."), None
        with self._lock:
            old = lint(path, f"HEAD:{rel}", self.settings, text=old_text)
            new = self._entry(name, path).linted
        diff = compare(f"HEAD:{rel}", name, old, new)
        return title, "", report_html([diff])

    # -- other pages ------------------------------------------------------------------------

    def not_found_page(self) -> str:
        return self._template("error.html.j2", name="", title="Sidan finns inte",
                              lead="Här finns bara planerna i katalogen som visas. Gå till listan över planer.",
                              findings=[], excerpts=[], diff_href=None, watch="*")

    def static(self, name: str) -> tuple[bytes, str] | None:
        """One of the preview's own files (its script and style sheet), never anything else."""
        from ..render.environment import builtin_templates

        if name not in STATIC:
            return None
        return (builtin_templates() / "serve" / name).read_bytes(), STATIC[name]


def _counts(findings: list[Finding]) -> Record:
    return Record({s.name.lower(): sum(1 for f in findings if f.severity is s) for s in Severity})


def _place(where: str | None, present: set[str]) -> str | None:
    """The longest start of a finding's data path that the document marks (``budget.total.amount``
    → ``budget.total``)."""
    while where:
        if where in present:
            return where
        shorter = _LAST_STEP.sub("", where)
        if shorter == where:
            return None
        where = shorter
    return None


_STEP = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def _section_anchors(plan, name: str, findings: list[Finding]) -> dict[int, str]:
    """For each finding (by index) about a section, or a part placed in one, the id of that
    section in the document (the same ids the document's table of contents links to)."""
    from ..render.view import build_view

    view = build_view(plan, name, [])
    sections = view.plan.sections
    placed: dict[str, str] = {}

    def walk(level) -> None:
        for section in level:
            for block in section.content:
                if "part" in block and block.part not in placed:
                    placed[block.part] = view.anchors[id(section)]
            walk(section.sections)

    walk(sections)
    out: dict[int, str] = {}
    for index, finding in enumerate(findings):
        steps = [int(i) if i else n for i, n in _STEP.findall(finding.where or "")]
        if steps[:1] == ["sections"]:
            level, section, i = sections, None, 0
            while i + 1 < len(steps) and steps[i] == "sections" and isinstance(steps[i + 1], int) \
                    and steps[i + 1] < len(level):
                section = level[steps[i + 1]]
                level, i = section.sections, i + 2
            if section is not None:
                out[index] = view.anchors[id(section)]
        elif steps:
            for part in (".".join(str(s) for s in steps[:2]), str(steps[0])):
                if part in placed:
                    out[index] = placed[part]
                    break
    return out
