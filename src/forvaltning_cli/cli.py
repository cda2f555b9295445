"""The ``plan`` command line: a thin Typer layer over functions in ``commands/``.

Each command's module is imported only when that command runs, so ``plan --help`` stays fast.
Expected failures are :class:`~forvaltning_cli.errors.PlanError`\\ s, printed by :func:`run`.
Exit codes: 0 success; 1 the plans have errors (or warnings with ``--strict``); 2 usage problem
(unknown option, missing path, an output that cannot be written); 3 internal error (a bug).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .formats import (DIFF_FORMATS, DOCUMENT_FORMATS, FINDING_FORMATS, FOLLOWUP_FORMATS, PDF_STANDARDS,
                      PORTFOLIO_FORMATS, SPLIT_FORMATS)

app = typer.Typer(
    name="plan",
    help="Förvaltningsplaner som text: kontrollera, framställ och jämför årliga förvaltningsplaner.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich would add ~90 ms to every plan --help
    context_settings={"help_option_names": ["-h", "--help"]},
)

OutputFormat = Enum("OutputFormat", {name: name for name in FINDING_FORMATS}, type=str)
DocumentFormat = Enum("DocumentFormat", {name: name for name in DOCUMENT_FORMATS}, type=str)
PdfStandard = Enum("PdfStandard", {name.replace("-", "_"): name for name in PDF_STANDARDS}, type=str)
DiffFormat = Enum("DiffFormat", {name: name for name in DIFF_FORMATS}, type=str)
SplitFormat = Enum("SplitFormat", {name: name for name in SPLIT_FORMATS}, type=str)
FollowupFormat = Enum("FollowupFormat", {name: name for name in FOLLOWUP_FORMATS}, type=str)
PortfolioFormat = Enum("PortfolioFormat", {name: name for name in PORTFOLIO_FORMATS}, type=str)

_command: str | None = None  # the subcommand that runs, for the error handler's prefix


def _version(value: bool) -> None:
    if value:
        typer.echo(f"plan (forvaltning-cli) {__version__}")
        raise typer.Exit()


@app.callback()
def plan(
    ctx: typer.Context,
    version: Annotated[
        Optional[bool],
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Visa versionen och avsluta."),
    ] = None,
) -> None:
    """Förvaltningsplaner som text: kontrollera, framställ och jämför årliga förvaltningsplaner.

    Slutkoder: 0 klart, 1 planerna har fel, 2 fel i kommandot (flagga, sökväg, utfil), 3 internt fel.
    """
    global _command
    _command = ctx.invoked_subcommand


@app.command()
def validate(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Planfiler eller kataloger (*.yaml och *.yml söks). Standard: plans/ (eller paths i konfigurationen).",
                       show_default=False),
    ] = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", help="text (terminal), json, github (anteckningar i arbetsflöden), sarif eller "
                     "gitlab (kodkvalitet). Standard: github när GITHUB_ACTIONS=true, annars text."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Slutkod 1 även vid varningar.")] = False,
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", help="Rapportera bara anmärkningar som inte finns i den här baslinjefilen.")
    ] = None,
    write_baseline: Annotated[
        Optional[Path], typer.Option("--write-baseline", help="Spara dagens anmärkningar som baslinje och avsluta med 0.")
    ] = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Antal processer. Standard: en per kärna från 64 filer, annars 1.")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Kontrollera allt på nytt: läs inte och skriv inte resultatcachen (.plan-cache/).")
    ] = False,
) -> None:
    """Kontrollera planer: struktur, budgetens summor, fördelningsnycklar, datum, hänvisningar och text.

    Slutkod 0 när ingen plan har fel, 1 när någon har det (eller varningar med --strict), 2 vid
    fel i kommandot.
    """
    from .commands.validate import run

    raise typer.Exit(run(paths, output_format.value if output_format else None, strict, baseline, write_baseline, jobs,
                         use_cache=not no_cache))


@app.command()
def fmt(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Planfiler eller kataloger. Standard: plans/.", show_default=False)] = None,
    check: Annotated[bool, typer.Option("--check", help="Ändra ingenting; slutkod 1 och namnen på filer som skulle ändras.")] = False,
    show_diff: Annotated[bool, typer.Option("--diff", help="Visa ändringarna som unified diff i stället för att skriva dem.")] = False,
) -> None:
    """Skriv planfiler i en enda kanonisk form (nyckelordning, indrag, citattecken); kommentarer behålls."""
    from .commands.fmt import run

    raise typer.Exit(run(paths, check, show_diff))


@app.command()
def rules(
    rule: Annotated[Optional[str], typer.Argument(help="En regels id: visa dess dokumentation.", show_default=False)] = None,
) -> None:
    """Lista alla regler (id, standardnivå, sammanfattning) eller visa en regels dokumentation."""
    from .commands.rules import run

    raise typer.Exit(run(rule))


@app.command()
def render(
    paths: Annotated[list[Path], typer.Argument(help="Planfiler eller kataloger.")],
    document_format: Annotated[
        DocumentFormat, typer.Option("--format", "-f", help="Dokumentformat: md, html, pdf eller docx.")
    ] = DocumentFormat.html,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Utfil, eller katalog när flera planer framställs. Standard: standard ut (md, html)."),
    ] = None,
    template_dir: Annotated[
        Optional[Path], typer.Option("--template-dir", help="Mallar som ersätter de inbyggda (söks först).")
    ] = None,
    allow_errors: Annotated[
        bool, typer.Option("--allow-errors", help="Framställ även planer med fel; dokumentet visar en ruta som räknar upp dem.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Skriv över en utfil som plan render inte har skrivit.")] = False,
    pdf_standard: Annotated[
        PdfStandard,
        typer.Option("--pdf", help="PDF-standard: ua (taggad PDF/UA-1, standard), a-2b eller a-2a (PDF/A-2 för e-arkivet)."),
    ] = PdfStandard.ua,
    appendix: Annotated[
        bool, typer.Option("--appendix", help="Lägg till verktygets egen beräknade fördelning per part som bilaga, märkt att den inte ingår i beslutet.")
    ] = False,
    actuals: Annotated[
        Optional[Path], typer.Option("--actuals", help="Utfallet ur ekonomisystemet (CSV eller XLSX): lägg till avsnittet Uppföljning (årsrapporten).")
    ] = None,
    as_of: Annotated[
        Optional[str], typer.Option("--as-of", metavar="DATUM", help="Med --actuals: utfall till och med detta datum (ÅÅÅÅ-MM-DD).")
    ] = None,
    mapping: Annotated[
        Optional[Path], typer.Option("--mapping", metavar="FIL", help="Med --actuals: kopplingen konto/aktivitet → budgetrad ([followup] i TOML). Standard: .plan.toml.")
    ] = None,
) -> None:
    """Framställ årets dokument på svenska (Markdown, HTML, PDF eller Word).

    Planer med fel framställs inte, om inte --allow-errors anges. PDF och Word (docx) skrivs
    alltid till fil (-o). Med --actuals får dokumentet avsnittet Uppföljning (som plan followup),
    märkt som beräknat ur utfallet.
    """
    from .commands.render import run

    raise typer.Exit(run(paths, document_format.value, output, template_dir, allow_errors, force,
                         pdf_standard=pdf_standard.value, appendix=appendix, actuals=actuals, as_of=as_of,
                         mapping=mapping))


@app.command()
def diff(
    sides: Annotated[
        Optional[list[str]],
        typer.Argument(help="GAMMAL NY: var och en en sökväg eller ett git-objekt REV:SÖKVÄG. Med --git: sökvägar att begränsa till.",
                       show_default=False),
    ] = None,
    git_base: Annotated[
        Optional[str], typer.Option(
            "--git", metavar="BAS",
            help="Jämför varje plan som ändrats sedan förgreningspunkten mellan BAS och HEAD (som git diff BAS...HEAD) med arbetskatalogen. BAS...HEAD kan skrivas ut.",
        )
    ] = None,
    tip: Annotated[
        bool, typer.Option("--tip", help="Med --git: jämför med spetsen av BAS i stället för förgreningspunkten.")
    ] = False,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text (terminal), markdown (kommentar i en pull request) eller json.")
    ] = DiffFormat.text,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Slutkod 1 när planerna skiljer sig.")] = False,
) -> None:
    """Jämför två planer, eller två git-versioner av dem, innehållsmässigt.

    Slutkod 0 oavsett om de skiljer sig (1 med --exit-code när de gör det), 2 vid fel i kommandot.
    """
    from .commands.diff import run

    raise typer.Exit(run(sides or [], git_base, output_format.value, exit_code, tip))


@app.command()
def textconv(
    path: Annotated[Path, typer.Argument(help="En planfil (git skickar den).")],
) -> None:
    """Skriv en stabil rad-per-uppgift-vy av en plan, för git diff (diff.plan.textconv)."""
    from .commands.textconv import run

    raise typer.Exit(run(path))


@app.command(name="import")
def import_(
    document: Annotated[Path, typer.Argument(help="Word-dokumentet (.docx eller .odt) med planen.")],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Planfilen som skrivs. Standard: dokumentets namn med .yaml.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Skriv över en befintlig fil.")] = False,
) -> None:
    """Läs in en befintlig förvaltningsplan i Word och skriv den som YAML.

    Rubriker, stycken, listor, tabeller, belopp och datum behålls; budget, forum, närliggande
    system, förkortningar och dokumentuppgifter känns igen. Varje gissning markeras i filen med
    kommentaren "# importerat: kontrollera …". Sist visas en sammanfattning och valideringen av
    resultatet.
    """
    from .commands.import_ import run

    raise typer.Exit(run(document, output, force))


@app.command()
def new(
    source: Annotated[Path, typer.Option("--from", help="Årets plan att utgå från.")],
    year: Annotated[int, typer.Option("--year", min=1900, max=2200, help="Den nya planens år.")],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Var planen skrivs. Standard: källans namn med året ändrat.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Skriv över en befintlig fil.")] = False,
) -> None:
    """Börja nästa års plan utifrån årets.

    Perioden, budgetåret, årskolumnerna och årtalen i rubriker flyttas fram (även intervall som
    "PLAN FÖR 2020–2021"), liksom daterade delar: när budgeten beslutas, årshjulet, milstolpar,
    aktiviteter och mål. Utfärdande, godkännande, diarienummer, ärende, utgåva,
    revisionshistorik och utfall tas bort, och en angiven status blir Arbetsmaterial. Avtal
    flyttas aldrig. Det som behöver kontrolleras markeras med kommentaren "# ny plan: …".
    Kommentarer och layout behålls.
    """
    from .commands.new import run

    raise typer.Exit(run(source, year, output, force))


@app.command()
def split(
    path: Annotated[Path, typer.Argument(help="Planen.")],
    output_format: Annotated[
        SplitFormat, typer.Option("--format", "-f", help="table (terminal), csv, xlsx eller json.")
    ] = SplitFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Skriv till den här filen (krävs för xlsx).")] = None,
    population: Annotated[
        Optional[Path], typer.Option("--population", help="CSV kommun,folkmangd: fördela kommunernas andel efter folkmängd.")
    ] = None,
    monthly: Annotated[bool, typer.Option("--monthly", help="Fördela varje belopp över periodens månader.")] = False,
    delimiter: Annotated[
        str, typer.Option("--delimiter", help="Avgränsare i CSV: ';' (med BOM, för svenska Excel) eller ','.")
    ] = ";",
) -> None:
    """Vem betalar vad: varje budgetrad fördelad efter sin nyckel, per part, finansieringskälla, kommun och månad.

    Varje fördelning är exakt på kronan (största rest); angivna belopp per part visas bredvid de
    beräknade, med skillnaden. Bara kostnader fördelas (kostnader och avskrivningar); intäkter
    och investeringar listas som ej fördelade. Belopp i tkr eller mnkr räknas om till kronor.
    En plan med avgifter får en tabell över avgifterna per medlem.
    """
    if delimiter not in (";", ","):
        raise typer.BadParameter("använd ';' eller ','", param_hint="--delimiter")
    from .commands.split import run

    raise typer.Exit(run(path, output_format.value, output, population, monthly, delimiter))


@app.command()
def schema(
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Skriv schemat till den här filen i stället för standard ut.")
    ] = None,
) -> None:
    """Skriv planmodellens JSON Schema (för editorer och andra validerare)."""
    from .commands.schema import run

    raise typer.Exit(run(output))


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Förrådets rotkatalog.")] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Skriv över ett schema som redan finns.")] = False,
) -> None:
    """Förbered ett förråd för planer i editorn: schemat och VS Codes inställningar.

    Skriver schema/plan.schema.json (fungerar utan nät och följer verktygets version) och lägger
    till i .vscode/settings.json att plans/**/*.yaml valideras mot det och att editorns egen
    YAML-formatering lämnar planerna åt plan fmt.
    """
    from .commands.init import run

    raise typer.Exit(run(directory, force))


@app.command()
def lsp() -> None:
    """Starta en språkserver (LSP över stdin/stdout) som visar planens anmärkningar i editorn medan du skriver."""
    from .commands.lsp import run

    raise typer.Exit(run())


@app.command()
def followup(
    path: Annotated[Path, typer.Argument(help="Planen.")],
    actuals: Annotated[
        Path, typer.Option("--actuals", help="Utfallet ur ekonomisystemet: CSV som svenska Excel skriver den, eller XLSX.")
    ],
    as_of: Annotated[
        Optional[str], typer.Option("--as-of", metavar="DATUM", help="Utfall till och med detta datum (ÅÅÅÅ-MM-DD). Standard: exportens sista datum.")
    ] = None,
    output_format: Annotated[
        FollowupFormat, typer.Option("--format", "-f", help="table (terminal), json, csv eller xlsx.")
    ] = FollowupFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Skriv till den här filen (krävs för xlsx).")] = None,
    mapping: Annotated[
        Optional[Path], typer.Option("--mapping", metavar="FIL", help="Kopplingen konto/aktivitet → budgetrad i en egen TOML-fil ([followup]). Standard: .plan.toml.")
    ] = None,
) -> None:
    """Följ upp budgeten: utfall hittills, prognos för året, kvar, förbrukat och avvikelse per rad, part och totalt.

    Exportens konton eller aktivitetskoder kopplas till budgetrader i .plan.toml ([followup]) eller
    i filen som --mapping anger; den första regeln som passar en rad gäller. Rader i exporten som
    inte hör till någon budgetrad redovisas, de tas aldrig bort. Prognosen är linjär (utfallet
    räknat upp till helår) om inte exportens prognoskolumn anges (forecast = "column").

    Slutkod 0 när ingen rad är över budget, 1 när någon rad (eller totalen) är över budget eller
    prognosen passerar tröskeln (standard 5 % över budget), eller när exporten har fel; 2 vid fel
    i kommandot, konfigurationen eller kopplingen.
    """
    from .commands.followup import run

    raise typer.Exit(run(path, actuals, as_of, output_format.value, output, mapping))


@app.command()
def portfolio(
    paths: Annotated[
        Optional[list[Path]], typer.Argument(help="Planfiler eller kataloger. Standard: plans/ (eller paths i konfigurationen).", show_default=False)
    ] = None,
    year: Annotated[Optional[int], typer.Option("--year", min=1900, max=2200, help="Årets planer. Standard: det senaste året bland planerna.")] = None,
    population: Annotated[
        Optional[Path], typer.Option("--population", help="CSV kommun,folkmangd (t.ex. från plan population): fördela per kommun.")
    ] = None,
    output_format: Annotated[
        PortfolioFormat, typer.Option("--format", "-f", help="table (terminal), markdown, csv, xlsx, html (översikt med diagram) eller json.")
    ] = PortfolioFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Skriv till den här filen (krävs för xlsx).")] = None,
) -> None:
    """Alla planer ett år på en gång: kostnad per objekt, part, aktivitetstyp och kommun, och förändringen mot förra året.

    Kostnaden räknas ur budgetraderna (kostnader och avskrivningar, omräknade till kronor) och
    fördelas med samma kod som plan split; en angiven total som skiljer sig visas bredvid.
    Objekten känns igen mellan åren på document.object_id eller filnamnet utan årtal.
    --format html ger en fristående sida med diagram och tabeller.

    Slutkoder: 0 klart, 1 en plan kan inte läsas, folkmängdsfilen har fel eller två planer gäller
    samma objekt samma år, 2 fel i kommandot (inga planer för --year, sökväg, utfil), 3 internt fel.
    """
    from .commands.portfolio import run

    raise typer.Exit(run(paths, year, population, output_format.value, output))


@app.command()
def population(
    year: Annotated[int, typer.Option("--year", min=1968, max=2200, help="Folkmängden den 31 december detta år.")],
    lan: Annotated[str, typer.Option("--lan", help="Länskod, t.ex. 14 för Västra Götalands län.")] = "14",
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="CSV-filen som skrivs. Standard: data/folkmangd-LÄN-ÅR.csv, t.ex. data/folkmangd-vastra-gotaland-2024.csv.")
    ] = None,
    api: Annotated[
        Optional[str], typer.Option("--api", metavar="URL", help="Roten för SCB:s PxWebApi 2 (standard: https://statistikdatabasen.scb.se/api/v2).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Skriv över en befintlig fil.")] = False,
) -> None:
    """Hämta SCB:s officiella folkmängd per kommun (31 december) till en CSV som anger källa och hämtdatum.

    Filen har formatet kommun,folkmangd,kalla som plan split --population läser. Avslutas med 0 när
    filen är skriven, 1 när SCB inte kan nås eller svaret inte går att använda, 2 vid fel i
    argumenten eller när filen redan finns (utan --force).
    """
    from .commands.population import run

    raise typer.Exit(run(year, lan, output, api, force))


@app.command()
def serve(
    path: Annotated[Path, typer.Argument(help="Katalog (eller plan) att visa.")] = Path("."),
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port (0: en ledig port).")] = 8765,
    host: Annotated[str, typer.Option("--host", help="Adress att lyssna på. Standard: bara den här datorn.")] = "127.0.0.1",
    open_browser: Annotated[bool, typer.Option("--open", help="Öppna sidan i webbläsaren.")] = False,
) -> None:
    """Visa planerna som dokument i webbläsaren medan du redigerar; sidan uppdateras när du sparar.

    En lokal webbserver: en lista över planerna, varje plans dokument med granskningens
    anmärkningar överst och markerade där de gäller, och ändringarna mot senaste incheckningen.
    Den skriver aldrig något. Slutkod 0 när den avslutas med Ctrl-C; 2 om sökvägen inte finns,
    porten är upptagen eller tillägget serve inte är installerat.
    """
    from .commands.serve import run

    raise typer.Exit(run(path, port, host, open_browser))


def main(argv: list[str] | None = None) -> int:
    """Run ``plan`` with ``argv`` in this process and return the exit code, under the one error
    handler (``errors.guarded``). Tests call this; the console script calls :func:`run`."""
    from .errors import guarded

    global _command
    _command = None

    def call() -> int:
        app(args=argv, prog_name="plan")  # Typer reports a wrong option itself and exits 2
        return 0

    return guarded(call, lambda: _command)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
