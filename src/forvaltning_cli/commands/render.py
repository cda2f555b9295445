"""``plan render``: validate each plan, then write its yearly document."""

from __future__ import annotations

import sys
from pathlib import Path

from ..findings import Finding, Severity
from ..paths import PlanPathError, discover_plans


def _targets(files: list[tuple[Path, str]], output: Path | None, fmt: str) -> list[Path | None]:
    """Where each plan's document goes; ``None`` means standard output."""
    from ..render import EXTENSIONS

    if output is None:
        if len(files) == 1 and fmt != "pdf":
            return [None]
        raise PlanPathError(
            "ange -o FIL eller -o KATALOG" + (" (PDF skrivs alltid till fil)" if fmt == "pdf" else
                                             " när flera planer renderas")
        )
    directory = output.is_dir() or str(output).endswith(("/", "\\")) or len(files) > 1
    if not directory:
        return [output]
    if output.exists() and not output.is_dir():
        raise PlanPathError(f"'{output}' är en fil; flera planer kräver en katalog")
    return [output / (path.stem + EXTENSIONS[fmt]) for path, _ in files]


def run(paths: list[Path], fmt: str, output: Path | None, template_dir: Path | None,
        allow_errors: bool, force: bool) -> int:
    from ..checks import run_checks
    from ..loader import load_file
    from ..render import PdfUnavailable, TemplateProblem, is_own_output, render_pdf, render_text
    from ..report import write_text

    try:
        files = discover_plans(paths)
        targets = _targets(files, output, fmt)
        if template_dir is not None and not template_dir.is_dir():
            raise PlanPathError(f"mallkatalogen '{template_dir}' finns inte")
    except PlanPathError as exc:
        sys.stderr.write(f"plan render: {exc}\n")
        return 2

    status = 0
    for (path, display), target in zip(files, targets):
        loaded = load_file(path, display)
        findings = sorted(loaded.findings + run_checks(loaded), key=Finding.sort_key)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if loaded.plan is None or (errors and not allow_errors):
            sys.stderr.write(
                f"plan render: {display} har fel och renderas inte"
                + ("" if loaded.plan is None else " (--allow-errors renderar ändå, med en varningsruta)")
                + ":\n"
            )
            write_text([(display, findings)], sys.stderr)
            status = 1
            continue
        if target is not None and target.exists() and not force and not is_own_output(target):
            sys.stderr.write(
                f"plan render: '{target}' finns redan och är inte framställd av plan render; "
                "använd --force för att skriva över den\n"
            )
            status = max(status, 1)
            continue
        try:
            text = render_text(loaded.plan, display, findings, fmt, template_dir, path)
            data = render_pdf(text, path.resolve().parent) if fmt == "pdf" else text.encode("utf-8")
        except TemplateProblem as exc:
            sys.stderr.write(f"plan render: mallfel: {exc}\n")
            return 1
        except PdfUnavailable as exc:
            sys.stderr.write(f"plan render: {exc}\n")
            return 1
        if target is None:
            sys.stdout.write(text)
            continue
        from ..atomic import write_bytes_atomic

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, data)
        except OSError as exc:
            sys.stderr.write(f"plan render: kan inte skriva '{target}': {exc.strerror or exc}\n")
            return 1
        sys.stderr.write(f"{display} → {target}\n")
    return status
