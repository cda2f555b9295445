"""``plan render``: validate each plan, then write its yearly document.

With ``--actuals FILE`` each document gets the section "Uppföljning" (after the sections, before
the appendices): the budget against the finance system's outcome export, computed as ``plan
followup`` computes it (the same reader, rules and figures) and labelled as computed from the
export. A line over budget does not change the exit code here; ``plan followup`` is the check.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..paths import PlanPathError, discover_plans
from . import say

BINARY_FORMATS = ("pdf", "docx")  # written to a file, never to standard output


def _targets(files: list[tuple[Path, str]], output: Path | None, fmt: str) -> list[Path | None]:
    """Where each plan's document goes; ``None`` means standard output."""
    from ..render import EXTENSIONS

    if output is None:
        if len(files) == 1 and fmt not in BINARY_FORMATS:
            return [None]
        raise PlanPathError(
            "ange -o FIL eller -o KATALOG" + (f" ({fmt.upper()} skrivs alltid till fil)" if fmt in BINARY_FORMATS
                                             else " när flera planer renderas")
        )
    directory = output.is_dir() or str(output).endswith(("/", "\\")) or len(files) > 1
    if not directory:
        return [output]
    if output.exists() and not output.is_dir():
        raise PlanPathError(f"'{output}' är en fil; flera planer kräver en katalog")
    return [output / (path.stem + EXTENSIONS[fmt]) for path, _ in files]


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: compare as written
        return path.absolute()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return _real(a) == _real(b) or (b.exists() and a.exists() and a.samefile(b))
    except OSError:
        return False


def _check_targets(files: list[tuple[Path, str]], targets: list[Path | None]) -> None:
    """Refuse (exit 2) an output that is a plan being rendered, or that two plans would share."""
    from ..errors import UsageError

    for target, (_, display) in zip(targets, files):
        if target is None:
            continue
        for plan_path, plan_display in files:
            if _same_file(target, plan_path):
                raise UsageError(
                    f"utdata för {display} skulle skriva över planen {plan_display} ('{target}');"
                    " välj en annan fil eller katalog med -o"
                )
    seen: dict[Path, str] = {}
    for target, (_, display) in zip(targets, files):
        if target is None:
            continue
        key = _real(target)
        if key in seen:
            raise UsageError(
                f"{seen[key]} och {display} skulle båda skrivas till '{target}' (samma filnamn);"
                " rendera dem till olika kataloger"
            )
        seen[key] = display


def run(paths: list[Path], fmt: str, output: Path | None, template_dir: Path | None,
        allow_errors: bool, force: bool, *, pdf_standard: str = "ua", appendix: bool = False,
        actuals: Path | None = None, as_of: str | None = None, mapping: Path | None = None) -> int:
    from ..atomic import save
    from ..errors import PlanError, output_error
    from ..lint import Settings, lint
    from ..lint.report import write_text
    from ..render import TemplateProblem, is_own_output, render_pdf, render_text, resource_roots

    settings = Settings.load()
    files = discover_plans(paths, settings.config.root if settings.config.source is not None else None)
    targets = _targets(files, output, fmt)
    _check_targets(files, targets)
    if template_dir is not None and not template_dir.is_dir():
        raise PlanPathError(f"mallkatalogen '{template_dir}' finns inte")
    followup_rules = None
    if actuals is None and (as_of is not None or mapping is not None):
        from ..errors import UsageError

        raise UsageError(f"{'--as-of' if as_of is not None else '--mapping'} gäller uppföljningen; ange även --actuals FIL")
    if actuals is not None:
        from ..followup import followup_settings, parse_as_of

        parse_as_of(as_of)  # a wrong date is a usage error before anything is rendered
        followup_rules = followup_settings(settings.config, mapping)

    status = 0
    for (path, display), target in zip(files, targets):
        linted = lint(path, display, settings)
        if linted.plan is None or (linted.fails() and not allow_errors):
            say(f"plan render: {display} har fel och renderas inte"
                + ("" if linted.plan is None else " (--allow-errors renderar ändå, med en varningsruta)") + ":")
            write_text([(display, linted.findings)], sys.stderr)
            status = 1
            continue
        if target is not None and target.exists() and not force and not is_own_output(target):
            say(f"plan render: '{target}' finns redan och är inte framställd av plan render; "
                "använd --force för att skriva över den")
            status = 1
            continue
        refused: list[str] = []
        followup = None
        if followup_rules is not None:
            from ..followup import load_followup
            from ..followup.outputs import document_data

            followup = document_data(load_followup(linted.plan, path, display, actuals, as_of, followup_rules),
                                     actuals.name)
        try:
            if fmt == "docx":
                from ..render.docx import render_docx

                data: str | bytes = render_docx(linted.plan, display, linted.findings, template_dir, path,
                                                refused, appendix=appendix, followup=followup)
            else:
                data = render_text(linted.plan, display, linted.findings, fmt, template_dir, path,
                                   appendix=appendix, followup=followup)
        except TemplateProblem as exc:
            raise PlanError(f"mallfel: {exc}") from None
        if target is None:
            sys.stdout.write(data)  # type: ignore[arg-type]
            continue
        if fmt == "pdf":
            data = render_pdf(data, path.resolve().parent, resource_roots(template_dir, path), refused,  # type: ignore[arg-type]
                              standard=pdf_standard)
        for reason in dict.fromkeys(refused):
            say(f"plan render: varning: {display}: {reason}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)  # -o DIR/ may name a new directory
        except OSError as exc:
            raise output_error(target, exc) from None
        save(target, data)
        say(f"{display} → {target}")
    return status
