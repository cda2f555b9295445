"""``plan import``: a Word plan into YAML, then a summary and the validate report."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import PlanError


def run(document: Path, output: Path | None, force: bool) -> int:
    from ..atomic import save
    from ..importer import NOTE_PREFIX, read_document, to_yaml
    from ..lint import Settings, lint
    from ..lint.report import write_text
    from ..escape import terminal_text
    from ..swedish import count

    target = output or document.with_suffix(".yaml")
    if target.exists() and not force:
        raise PlanError(f"'{target}' finns redan; använd --force för att skriva över den; inget skrevs")
    image_dir = f"{target.stem}-bilder"
    imported = read_document(document, image_dir)
    text, noted = to_yaml(imported)
    from .init import schema_modeline

    modeline = schema_modeline(target)
    if modeline:
        text = modeline + "\n" + text
    for name, blob in imported.images:
        (target.parent / image_dir).mkdir(exist_ok=True)
        save(target.parent / name, blob)
    save(target, text)

    plan = imported.data
    lines = [f"plan import: {document} → {target}"]
    top = len(plan["sections"])
    lines.append(f"  avsnitt: {imported.sections} ({top} på översta nivån"
                 + (f"; {imported.words_numbered} numrerade av Word, numren räknade ur nivåerna" if imported.words_numbered else "")
                 + ")")
    if imported.tables:
        lines.append("  tabeller:")
        lines.extend(f"    {entry}" for entry in imported.tables)
    else:
        lines.append("  tabeller: inga")
    found = []
    if plan.get("abbreviations"):
        found.append(count(len(plan["abbreviations"]), "förkortning", "förkortningar"))
    if plan.get("budget"):
        found.append(count(len(plan["budget"]["items"]), "budgetpost", "budgetposter"))
    financing = plan.get("financing", {})
    if financing.get("split_keys"):
        found.append(count(len(financing["split_keys"]), "fördelningsnyckel", "fördelningsnycklar"))
    if financing.get("sources"):
        found.append(count(len(financing["sources"]), "finansieringskälla", "finansieringskällor"))
    if imported.images:
        found.append(count(len(imported.images), "bild", "bilder") + f" i {image_dir}/")
    if found:
        lines.append("  känt igen: " + ", ".join(found))
    lines.append(f"  att kontrollera: {count(noted, 'rad', 'rader')} märkta '# {NOTE_PREFIX} …'")
    marker = f"# {NOTE_PREFIX} "
    for number, line in enumerate(text.splitlines(), 1):
        if marker in line:
            fact, _, note = line.partition(marker)
            lines.append(f"    {target}:{number}: {fact.strip()[:60]} — {note.strip()}")
    lines.append("")
    lines.append("validering av resultatet:")
    out = sys.stdout
    out.write(terminal_text("\n".join(lines), keep_newlines=True) + "\n")

    linted = lint(target, str(target), Settings.load())
    if linted.findings:
        write_text([(str(target), linted.findings)], out)
    else:
        out.write(f"  {terminal_text(str(target))}: inga anmärkningar\n")
    return 0
