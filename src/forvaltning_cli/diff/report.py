"""Output formats for ``plan diff``: terminal, Markdown (a pull-request comment) and JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TextIO

from ..escape import escape_inline, json_text, markdown_code_span, markdown_text, terminal_text
from ..swedish import signed_percent
from .amounts import signed_amount, unit_amount
from .compare import BudgetSummary, Change, DIFF_FORMAT_VERSION, PlanDiff, percent_change, severity_counts, word_diff

GITHUB_COMMENT_LIMIT = 65_536

AREAS = {
    "document": "Dokument",
    "period": "Period",
    "sections": "Avsnitt",
    "abbreviations": "Förkortningar",
    "goals": "Mål",
    "assignments": "Uppdrag",
    "budget": "Budget",
    "financing": "Finansiering",
    "organisation": "Organisation",
    "related_systems": "Närliggande system",
    "references": "Referenser",
    "contacts": "Kontakter",
    "scope": "Omfattning",
    "stakeholders": "Intressenter",
    "roles": "Roller",
    "activities": "Aktiviteter",
    "resources": "Resursplan",
    "risks": "Risker",
    "agreements": "Avtal",
    "milestones": "Milstolpar",
    "annual_cycle": "Årshjul",
}
SYMBOLS = {"added": "+", "removed": "-", "changed": "~", "moved": "↕"}


def headline(diff: PlanDiff) -> str:
    """"Budgeten ökar med 305 000 kr (+10,5 %)" and the like. A table with year columns, income
    or results speaks of the budget year ("Budgetåret 2019: kostnaderna ökar med 200 tkr"), in
    the table's unit; when the unit changed, in kronor, and it says so."""
    budget = diff.budget
    if budget is None:
        return "Ingen budget"
    money = lambda value: unit_amount(value, budget.unit)  # noqa: E731
    if diff.status == "added":
        return f"Ny plan med budget {money(budget.new_total)}" if budget.new_total is not None else "Ny plan"
    if diff.status == "removed":
        return f"Planen tas bort (budget {money(budget.old_total)})" if budget.old_total is not None else "Planen tas bort"
    text = _budget_change(budget, money)
    if budget.unit_change:
        old, new = budget.unit_change
        text += f"; enheten har bytts från {old} till {new}, beloppen jämförs i kronor"
    return text


def _budget_change(budget: BudgetSummary, money) -> str:
    subject = "budgeten" if budget.costs_only else "kostnaderna"
    prefix = ""
    if budget.multi_year:
        old_year, new_year = budget.years
        prefix = f"Budgetåret {new_year if old_year == new_year else f'{old_year} → {new_year}'}: "
    if budget.delta is None:
        text = f"{'budgetens' if budget.costs_only else 'kostnadernas'} summa kan inte räknas fram"
    elif budget.delta == 0:
        text = f"{subject} är {'oförändrad' if budget.costs_only else 'oförändrade'}, {money(budget.new_total)}"
    else:
        verb = "ökar" if budget.delta > 0 else "minskar"
        percent = f" ({signed_percent(budget.percent)})" if budget.percent is not None else ""
        text = f"{subject} {verb} med {money(abs(budget.delta))}{percent}"
    return prefix + text if prefix else text[0].upper() + text[1:]


def _amount(value, unit: str | None, missing: str | None = None) -> str:
    """A value of a change: a number with its unit (``5 400 tkr``), else as plain text."""
    if value is None and missing:
        return missing
    if unit and isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return unit_amount(value, unit)
    return _plain(value)


def _plain(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, Decimal):  # 70, not 7E+1
        return format(value.normalize(), "f").replace(".", ",")
    return str(value)


def _money_change(change: Change) -> str:
    """"old → new" with the unit, what a price is per, and the difference: ``5 400 tkr → 5 600 tkr
    (+200 tkr, +3,7 %)``, ``27 kr → 28 kr per kommuninvånare``, ``Utgåva → ingen status``."""
    text = f"{_amount(change.old, change.unit, change.missing)} → {_amount(change.new, change.unit, change.missing)}"
    if change.per:
        text += f" {change.per}"
    extras = []
    if change.delta is not None:
        extras.append(signed_amount(change.delta, change.unit or "kr"))
    if change.percent is not None:
        extras.append(signed_percent(change.percent))
    return text + (f" ({', '.join(extras)})" if extras else "")


def _title(diff: PlanDiff) -> str:
    if diff.status == "added":
        return f"{diff.new_label} (ny)"
    if diff.status == "removed":
        return f"{diff.old_label} (borttagen)"
    if diff.old_label == diff.new_label:
        return diff.new_label or ""
    return f"{diff.old_label} → {diff.new_label}"


def _detail_kind(change: Change) -> str:
    """How a change's detail is shown: ``words`` (a word diff of two texts), ``arrow``
    ("old → new"), ``none`` (a move) or ``value`` (what was added or removed)."""
    if change.kind == "changed" and change.words and isinstance(change.old, str) and isinstance(change.new, str):
        return "words"
    if change.kind == "changed" or change.delta is not None:
        return "arrow"
    return "none" if change.kind == "moved" else "value"


def _value(change: Change) -> str:
    return _amount(change.new if change.kind == "added" else change.old, change.unit) + (
        f" {change.per}" if change.per else "")


def _columns_note(diff: PlanDiff) -> str | None:
    """Which year columns were compared: by id, so that two years' plans compare what is the same."""
    budget = diff.budget
    if budget is None or not diff.comparable or not (budget.columns or budget.only_old or budget.only_new):
        return None
    shown = lambda columns: ", ".join(f"{heading} ({column})" for column, heading in columns)  # noqa: E731
    text = (f"Årskolumner jämförda efter id: {shown(budget.columns)}" if budget.columns
            else "Inga årskolumner har samma id i båda planerna; bara budgetårets belopp jämförs")
    if budget.only_old:
        text += f"; bara i den gamla: {shown(budget.only_old)}"
    if budget.only_new:
        text += f"; bara i den nya: {shown(budget.only_new)}"
    return text + "."


def _rolled_note(diff: PlanDiff) -> str | None:
    if not diff.rolled_years:
        return None
    old, new = diff.old_plan.period.first_day.year, diff.new_plan.period.first_day.year
    plan = diff.old_plan
    more = bool((plan.budget and plan.budget.columns) or plan.document.revisions or plan.document.registry_number
                or plan.document.case or plan.document.edition or plan.goals.measurable)
    return (f"Jämfört med den gamla planen framskriven {old} → {new} (period, budgetår och årtal i rubriker "
            "flyttade, utfärdande och godkännande borttagna, status Arbetsmaterial"
            + ("; årskolumner, registeruppgifter och mätbara mål som plan new gör det" if more else "") + ").")


def _validation_line(diff: PlanDiff) -> str:
    before, after = severity_counts(diff.old_findings), severity_counts(diff.new_findings)
    if diff.old_label is None:
        return f"{after['error']} fel, {after['warning']} varningar, {after['info']} info"
    if diff.new_label is None:
        return f"(var {before['error']} fel, {before['warning']} varningar)"
    return (f"{after['error']} fel (var {before['error']}), {after['warning']} varningar (var {before['warning']}), "
            f"{len(diff.introduced)} nya, {len(diff.changed_findings)} ändrade, {len(diff.resolved)} lösta")


# ------------------------------------------------------------------------------------------
# Terminal
# ------------------------------------------------------------------------------------------


def write_terminal(diffs: list[PlanDiff], out: TextIO) -> None:
    """The diff for a terminal. Lines are built from rich ``Text`` parts, never from markup strings,
    so plan text (spelt out by ``escape.terminal_text``) cannot become markup or escape sequences,
    not even by joining two pieces (``[bold`` in a label and ``]`` in a value)."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True, emoji=False, markup=False)
    style = {"added": "green", "removed": "red", "changed": "yellow", "moved": "cyan"}

    def line(*parts) -> Text:
        """``parts``: plan text (str) or ``(text, style)``; every text is spelt out for the terminal."""
        return Text.assemble(*[p if isinstance(p, Text) else (terminal_text(p[0]), p[1]) if isinstance(p, tuple)
                               else terminal_text(p) for p in parts])

    def words(old: str, new: str) -> list:
        def shown(text: str, style: str = "") -> Text:  # a paragraph's own line breaks stay
            return Text(terminal_text(text, keep_newlines=True), style=style)

        parts: list = []
        for op, text in word_diff(old, new):
            if op == "=":
                parts.append(shown(text if len(text) < 120 else text[:50] + " … " + text[-50:]))
            elif op == "-":
                parts.append(shown(f"[-{text}-]", "red"))
            else:
                parts.append(shown(f"{{+{text}+}}", "green"))
        return parts

    if not diffs:
        console.print("Inga planer skiljer sig.")
    for diff in diffs:
        console.print(line((_title(diff), "bold")))
        if diff.base_note:
            console.print(line("  ", (diff.base_note, "dim")))
        note = _rolled_note(diff)
        if note:
            console.print(line("  ", (note, "dim")))
        console.print(line("  ", headline(diff)))
        columns = _columns_note(diff)
        if columns:
            console.print(line("  ", (columns, "dim")))
        if not diff.comparable and diff.old_label and diff.new_label:
            console.print(line("  ", ("En av sidorna går inte att läsa som plan; se granskningen nedan.", "red")))
        if diff.comparable and not diff.changes:
            console.print(line("  ", ("Inga innehållsliga ändringar" + (" (filen har bytt namn)" if diff.renamed else "") + ".",
                                      "dim")))
        area = None
        for change in diff.changes:
            if change.area != area:
                area = change.area
                console.print(line("  ", (AREAS[area], "bold")))
            shown = _detail_kind(change)
            if shown == "words":
                detail = words(change.old, change.new)
            elif shown == "arrow":
                detail = [_money_change(change)]
            elif shown == "none":
                detail = []
            else:
                detail = [_value(change)]
            separator = [": "] if detail else []
            console.print(line("    ", (SYMBOLS[change.kind], style[change.kind]), " ", change.label, *separator, *detail))
        console.print(line("  Granskning: ", _validation_line(diff)))
        for finding in diff.introduced:
            if diff.status == "added" and finding.severity.value != "error":
                continue  # a new plan: its errors matter here, the rest shows in plan validate
            console.print(line("    ", ("+", "red"), f" {finding.file}:{finding.line}:{finding.column} {finding.rule} ",
                               finding.message))
        for old, new in diff.changed_findings:
            console.print(line("    ", ("~", "yellow"), f" {new.file}:{new.line}:{new.column} {new.rule} ", new.message,
                               " ", (f"(var: {old.message})", "dim")))
        for finding in diff.resolved:
            console.print(line("    ", ("-", "green"), " ", (f"{finding.rule} {finding.message}", "dim")))
        console.print()


# ------------------------------------------------------------------------------------------
# Markdown for a pull-request comment
# ------------------------------------------------------------------------------------------


def _md_words(old: str, new: str) -> str:
    parts = []
    for op, text in word_diff(old, new):
        if op == "=":
            parts.append(markdown_text(text) if len(text) < 160 else markdown_text(text[:60]) + " … " + markdown_text(text[-60:]))
        elif text.strip():
            parts.append(f"~~{markdown_text(text)}~~" if op == "-" else f"**{markdown_text(text)}**")
    return " ".join(p for p in parts if p.strip())


def _md_change(change: Change) -> str:
    label = f"{escape_inline(SYMBOLS[change.kind])} **{markdown_text(change.label)}**"  # "- -" would nest a list
    shown = _detail_kind(change)
    if shown == "words":
        return f"- {label}: {_md_words(change.old, change.new)}"
    if shown == "arrow":
        return f"- {label}: {markdown_text(_money_change(change))}"
    if shown == "none":
        return f"- {label}"
    return f"- {label}: {markdown_text(_value(change))}"


def _md_budget_table(diff: PlanDiff) -> list[str]:
    rows = [c for c in diff.changes if c.area == "budget" and (c.delta is not None or c.kind in ("added", "removed"))
            and c.path.startswith("budget.items[") and ".subtotal" not in c.path]
    if not rows and not diff.budget:
        return []
    lines = ["| Budgetrad | Före | Efter | Förändring | % |", "|---|---:|---:|---:|---:|"]
    for c in rows:
        lines.append(
            f"| {markdown_text(c.label.removeprefix('Budgetrad '))} | {markdown_text(_amount(c.old, c.unit))} | "
            f"{markdown_text(_amount(c.new, c.unit))} | "
            f"{signed_amount(c.delta, c.unit or 'kr') if c.delta is not None else '–'} | "
            f"{signed_percent(c.percent) if c.percent is not None else '–'} |"
        )
    b = diff.budget
    if b is not None:
        lines.append(
            f"| **{'Totalt' if b.costs_only else 'Kostnader totalt'} (beräknat)** | **{_amount(b.old_total, b.unit)}** | **{_amount(b.new_total, b.unit)}** | "
            f"**{signed_amount(b.delta, b.unit) if b.delta is not None else '–'}** | "
            f"**{signed_percent(b.percent) if b.percent is not None else '–'}** |"
        )
        for party, (old, new) in b.parties.items():
            delta = new - old if old is not None and new is not None else None
            lines.append(f"| Totalt {markdown_text(party)} | {markdown_text(_amount(old, b.unit))} | "
                         f"{markdown_text(_amount(new, b.unit))} | "
                         f"{signed_amount(delta, b.unit) if delta is not None else '–'} | "
                         f"{signed_percent(p) if (p := percent_change(old, new)) is not None else '–'} |")
    return lines


def _md_plan(diff: PlanDiff, details: bool) -> str:
    out = [f"### {markdown_code_span(_title(diff))}", "", f"**{markdown_text(headline(diff))}**", ""]
    if diff.base_note:
        out += [f"_{markdown_text(diff.base_note)}_", ""]
    note = _rolled_note(diff)
    if note:
        out += [f"_{note}_", ""]
    columns = _columns_note(diff)
    if columns:
        out += [f"_{markdown_text(columns)}_", ""]
    if not diff.comparable and diff.old_label and diff.new_label:
        out += ["En av sidorna går inte att läsa som plan; se granskningen nedan.", ""]
    counts: dict[str, dict[str, int]] = {}
    for change in diff.changes:
        counts.setdefault(change.area, {k: 0 for k in SYMBOLS})[change.kind] += 1
    if counts:
        out += ["| Område | Tillagt | Borttaget | Ändrat | Flyttat |", "|---|---:|---:|---:|---:|"]
        for area, c in counts.items():
            out.append(f"| {AREAS[area]} | {c['added']} | {c['removed']} | {c['changed']} | {c['moved']} |")
        out.append("")
    elif diff.comparable:
        out += ["Inga innehållsliga ändringar" + (" (filen har bytt namn)." if diff.renamed else "."), ""]
    if details:
        budget_table = _md_budget_table(diff)
        if budget_table and (counts.get("budget") or diff.status in ("added", "removed")):
            out += ["<details><summary>Budget rad för rad</summary>", "", *budget_table, "", "</details>", ""]
        in_table = {id(c) for c in diff.changes if c.path.startswith("budget.lines") and c.delta is not None}
        for area in counts:
            changes = [c for c in diff.changes if c.area == area and id(c) not in in_table]
            if not changes:
                continue
            n = len(changes)
            out += [f"<details><summary>{AREAS[area]} ({n} {'ändring' if n == 1 else 'ändringar'})</summary>", ""]
            out += [_md_change(c) for c in changes]
            out += ["", "</details>", ""]
    else:
        out += ["_Detaljerna är utelämnade för att kommentaren ska rymmas; kör `plan diff` lokalt._", ""]
    after = severity_counts(diff.new_findings)
    mark = "❌" if after["error"] else ("⚠️" if after["warning"] else "✅")
    out += [f"**Granskning:** {mark} {_validation_line(diff)}", ""]
    if details and (diff.introduced or diff.resolved or diff.changed_findings):
        out += ["<details><summary>Ändrade anmärkningar</summary>", ""]
        out += [f"- ➕ {markdown_code_span(f.rule)} {markdown_text(f'{f.file}:{f.line}')}: {markdown_text(f.message)}"
                for f in diff.introduced]
        out += [f"- 🔁 {markdown_code_span(new.rule)} {markdown_text(f'{new.file}:{new.line}')}: {markdown_text(new.message)} "
                f"(var: {markdown_text(old.message)})" for old, new in diff.changed_findings]
        out += [f"- ✔️ löst: {markdown_code_span(f.rule)} {markdown_text(f.message)}" for f in diff.resolved]
        out += ["", "</details>", ""]
    return "\n".join(out)


def render_markdown(diffs: list[PlanDiff], limit: int = GITHUB_COMMENT_LIMIT) -> str:
    """The comment, under ``limit`` characters: details are dropped from the last plans first,
    then whole plans are summarised in one line each."""
    changed = [d for d in diffs if d.status != "unchanged"]
    header = [f"## Förvaltningsplaner: {len(changed)} {'ändrad' if len(changed) == 1 else 'ändrade'}", ""]
    if not changed:
        return "\n".join(header + ["Inga planer skiljer sig.", ""])
    header += [f"- **{markdown_text(_title(d))}**: {markdown_text(headline(d))}" for d in changed] + [""]
    blocks = [_md_plan(d, details=True) for d in changed]
    footer = "_Framställt av `plan diff` (forvaltning-cli)._\n"

    def assemble() -> str:
        return "\n".join(header) + "\n" + "\n".join(blocks) + "\n" + footer

    text = assemble()
    for i in reversed(range(len(blocks))):
        if len(text) <= limit:
            return text
        blocks[i] = _md_plan(changed[i], details=False)
        text = assemble()
    while len(text) > limit and blocks:
        blocks.pop()
        footer = f"_… {len(changed) - len(blocks)} planer utelämnade för att kommentaren ska rymmas; kör `plan diff` lokalt._\n"
        text = assemble()
    return text if len(text) <= limit else text[: limit - 2] + "…\n"


def write_markdown(diffs: list[PlanDiff], out: TextIO) -> None:
    out.write(render_markdown(diffs))


# ------------------------------------------------------------------------------------------
# JSON
# ------------------------------------------------------------------------------------------


def as_json(diffs: list[PlanDiff]) -> dict:
    plans = []
    for diff in diffs:
        budget = None
        if diff.budget is not None:
            b = diff.budget
            budget = {
                "old_total": b.old_total, "new_total": b.new_total, "delta": b.delta,
                "percent": str(b.percent) if b.percent is not None else None,
                "parties": {p: {"old": o, "new": n, "delta": (n - o if o is not None and n is not None else None)}
                            for p, (o, n) in b.parties.items()},
            }
            if b.unit != "kr" or b.unit_change:  # amounts are kronor unless a unit is given
                budget["unit"] = b.unit
            if b.unit_change:
                budget["unit_change"] = {"old": b.unit_change[0], "new": b.unit_change[1]}
            if b.multi_year:
                budget["years"] = {"old": b.years[0], "new": b.years[1]}
            if b.columns or b.only_old or b.only_new:
                budget["columns"] = {"compared": [c for c, _ in b.columns], "only_old": [c for c, _ in b.only_old],
                                     "only_new": [c for c, _ in b.only_new]}
        plans.append({
            "old": diff.old_label,
            "new": diff.new_label,
            "status": diff.status,
            "headline": headline(diff),
            "rolled_forward_years": diff.rolled_years,
            **({"base": diff.base_note} if diff.base_note else {}),
            "budget": budget,
            "changes": [c.as_dict() for c in diff.changes],
            "validation": {
                "old": severity_counts(diff.old_findings) if diff.old_label else None,
                "new": severity_counts(diff.new_findings) if diff.new_label else None,
                "introduced": [f.as_dict() for f in diff.introduced],
                "changed": [{"old": old.as_dict(), "new": new.as_dict()} for old, new in diff.changed_findings],
                "resolved": [f.as_dict() for f in diff.resolved],
            },
        })
    return {"version": DIFF_FORMAT_VERSION, "plans": plans}


def write_json(diffs: list[PlanDiff], out: TextIO) -> None:
    out.write(json_text(json.dumps(as_json(diffs), ensure_ascii=False, indent=2)) + "\n")


WRITERS = {"text": write_terminal, "markdown": write_markdown, "json": write_json}
