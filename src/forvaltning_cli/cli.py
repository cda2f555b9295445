"""The ``plan`` command line: a thin Typer layer over functions in ``commands/``.

Each command's module is imported only when that command runs, so ``plan --help`` stays fast.
Exit codes: 0 success; 1 the plans have errors (or warnings with ``--strict``); 2 usage problem
(unknown option, missing path); 3 internal error (a bug: please report it).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

app = typer.Typer(
    name="plan",
    help="Förvaltningsplaner as plain text: validate, render and diff yearly governance plans.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich would add ~90 ms to every plan --help
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    gitlab = "gitlab"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"plan (forvaltning-cli) {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Förvaltningsplaner as plain text: validate, render and diff yearly governance plans."""


@app.command()
def validate(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Plan files or directories (searched for *.yaml and *.yml). Default: plans/ (or paths in the configuration)."),
    ] = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", help="text (terminal), json, github (workflow annotations), sarif or gitlab (code quality). "
                     "Default: github when GITHUB_ACTIONS=true, else text."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", help="Report only findings that are not in this baseline file.")
    ] = None,
    write_baseline: Annotated[
        Optional[Path], typer.Option("--write-baseline", help="Save the current findings as a baseline file and exit 0.")
    ] = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: one per core for 64 files or more, else 1.")
    ] = None,
) -> None:
    """Check plans: structure, budget arithmetic, split keys, dates, references and text.

    Exit code 0 when no plan has errors, 1 when some has (or warnings with --strict), 2 on
    usage problems.
    """
    from .commands.validate import run

    raise typer.Exit(run(paths, output_format.value if output_format else None, strict, baseline, write_baseline, jobs))


@app.command()
def fmt(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Plan files or directories. Default: plans/.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 and name the files that would change.")] = False,
    show_diff: Annotated[bool, typer.Option("--diff", help="Print the changes as a unified diff instead of writing them.")] = False,
) -> None:
    """Write plan files in one canonical layout (key order, indentation, quoting); comments are kept."""
    from .commands.fmt import run

    raise typer.Exit(run(paths, check, show_diff))


@app.command()
def rules(
    rule: Annotated[Optional[str], typer.Argument(help="A rule ID: print its documentation.")] = None,
) -> None:
    """List every rule (ID, default severity, summary), or document one."""
    from .commands.rules import run

    raise typer.Exit(run(rule))


class DocumentFormat(str, Enum):
    md = "md"
    html = "html"
    pdf = "pdf"


@app.command()
def render(
    paths: Annotated[list[Path], typer.Argument(help="Plan files or directories.")],
    document_format: Annotated[
        DocumentFormat, typer.Option("--format", "-f", help="Document format: md, html or pdf.")
    ] = DocumentFormat.html,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Output file, or directory for several plans. Default: standard output (md, html)."),
    ] = None,
    template_dir: Annotated[
        Optional[Path], typer.Option("--template-dir", help="Templates that override the built-in ones (searched first).")
    ] = None,
    allow_errors: Annotated[
        bool, typer.Option("--allow-errors", help="Render plans with errors; the document shows a notice listing them.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an output file that plan render did not write.")] = False,
) -> None:
    """Render the yearly document in Swedish (Markdown, HTML or PDF).

    Plans with validation errors are refused unless --allow-errors is given.
    """
    from .commands.render import run

    raise typer.Exit(run(paths, document_format.value, output, template_dir, allow_errors, force))


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command()
def diff(
    sides: Annotated[
        Optional[list[str]],
        typer.Argument(help="OLD NEW: each a path or a git object REV:PATH. With --git: paths to limit the search to."),
    ] = None,
    git_base: Annotated[
        Optional[str], typer.Option("--git", metavar="BASE", help="Compare every plan changed between BASE and the working tree.")
    ] = None,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output: text (terminal), markdown (a pull-request comment) or json.")
    ] = DiffFormat.text,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when the plans differ.")] = False,
) -> None:
    """Compare two plans, or two git revisions of them, semantically.

    Exit code 0 whether or not they differ (1 with --exit-code when they do), 2 on usage errors.
    """
    from .commands.diff import run

    raise typer.Exit(run(sides or [], git_base, output_format.value, exit_code))


@app.command()
def textconv(
    path: Annotated[Path, typer.Argument(help="A plan file (git passes it).")],
) -> None:
    """Print a stable line-per-fact view of a plan, for git diff (diff.plan.textconv)."""
    from .commands.textconv import run

    raise typer.Exit(run(path))


@app.command()
def new(
    source: Annotated[Path, typer.Option("--from", help="This year's plan to start from.")],
    year: Annotated[int, typer.Option("--year", min=1900, max=2200, help="The new plan's year.")],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Where to write. Default: the source's name with the year changed.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Start next year's plan from this year's.

    The period, the budget year and the years in titles and headings move forward; issue and
    approval data are cleared and the status becomes Arbetsmaterial. Comments and layout are kept.
    """
    from .commands.new import run

    raise typer.Exit(run(source, year, output, force))


class SplitFormat(str, Enum):
    table = "table"
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


@app.command()
def split(
    path: Annotated[Path, typer.Argument(help="The plan.")],
    output_format: Annotated[
        SplitFormat, typer.Option("--format", "-f", help="table (terminal), csv, xlsx or json.")
    ] = SplitFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file (required for xlsx).")] = None,
    population: Annotated[
        Optional[Path], typer.Option("--population", help="CSV kommun,folkmangd: split the municipalities' share by population.")
    ] = None,
    monthly: Annotated[bool, typer.Option("--monthly", help="Spread every amount over the months of the period.")] = False,
    delimiter: Annotated[
        str, typer.Option("--delimiter", help="CSV separator: ';' (with a BOM, for Swedish Excel) or ','.")
    ] = ";",
) -> None:
    """Who pays what: each budget line split by its key, per party, financing source, municipality and month.

    Every allocation is exact to the krona (largest remainder); stated party amounts are shown
    beside the computed ones, with the difference.
    """
    if delimiter not in (";", ","):
        raise typer.BadParameter("use ';' or ','", param_hint="--delimiter")
    from .commands.split import run

    raise typer.Exit(run(path, output_format.value, output, population, monthly, delimiter))


@app.command()
def schema(
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the schema to this file instead of standard output.")
    ] = None,
) -> None:
    """Print the JSON Schema of the plan model (for editors and other validators)."""
    from .commands.schema import run

    raise typer.Exit(run(output))


def run() -> None:
    """Console-script entry point: runs the app and turns an unexpected crash into one line."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("avbrutet\n")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence, see docstring
        sys.stderr.write(
            f"plan: internt fel ({type(exc).__name__}: {exc}). Detta är en bugg i forvaltning-cli "
            f"{__version__}; rapportera den gärna med kommandot du körde.\n"
        )
        sys.exit(3)
