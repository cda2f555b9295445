"""Long-running fuzzing of everything that reads outside input (the test suite runs a bounded version).

    pip install atheris
    python tools/fuzz.py tests/corpus plans -max_total_time=600          # plan loader + checks
    python tools/fuzz.py --iterations 20000 --target all --seed 1        # random mutation, all targets

Targets (``--target``, default ``plan``; ``all`` cycles through them):

- ``plan``: ``load_text`` and the checks — findings only, at valid positions, no crashed check;
- ``fmt``: ``yearly.layout.format_text`` on a mutated plan — text or findings, the text formats
  to itself again (idempotent) and reads back as the same data;
- ``new``: ``new_year_text`` on a mutated plan that loads — text, or a ``PlanError``;
- ``population``, ``baseline``, ``config``: the ``--population`` CSV, the ``--baseline`` JSON and
  the ``.plan.toml`` read from a file — a value, or the module's own error (never another);
- ``template``: a mutated house-style template (the built-in ones, and known sandbox escapes) in a
  ``--template-dir``, rendered by ``render_text`` — text starting with the marker, or a
  ``TemplateProblem``/``PlanError``; no canary file created through ``os``/``subprocess``, no
  environment secret, module or ``__globals__`` in the text, stopped by ``RENDER_SECONDS``;
- ``outputs``: a plan whose names, party id and column label, section title and paragraph,
  organisation and file name are hostile text (ANSI/OSC, controls, rich markup, Markdown links,
  HTML, mentions, formula starts), through ``plan`` in this process: ``split`` CSV (read back: no
  cell starts a formula unless it is a number) and XLSX (no ``<f>``, formula-like text quoted),
  ``diff -f markdown`` and ``render -f md`` (rendered by markdown-it: no ``<script``, no HTML
  tag or attribute the plan wrote, links only to http/https/mailto or an anchor, no live
  ``@mention``), and the terminal outputs of validate, diff, textconv and split (no escape, C0/C1
  control or bidi character but the newline) — exit code 0 or 1, never 2 or 3. A control
  character in a Markdown document (a file, not a terminal) is listed as OBSERVED, not a failure.

Each case runs under a time bound (``--seconds``, default 5); a case over it is a failure (a hang).
Seeds come from ``tests/corpus``, the shipped plans, the shipped population file and the built-in
templates; the ``outputs`` inputs are drawn from a list of hostile fragments. The random
loop reports every failure with its target and input, each kind of failure with its count and
shortest input, and a summary line (inputs per target, failures, seconds, how many cases reached
each target's own code); it exits 1 if there was any failure.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from forvaltning_cli.checks import run_checks  # noqa: E402
from forvaltning_cli.errors import PlanError  # noqa: E402
from forvaltning_cli.load import load_text  # noqa: E402

TARGETS = ("plan", "fmt", "new", "population", "baseline", "config", "template", "outputs")

# Fragments that reach the corners: tabs, keys that YAML reads as non-text, line ends, dates.
TOKENS = [b"\t", b": ", b":\t", b"\n1: x\n", b"\ntrue: x\n", b"\nnull: x\n", b"\n2025-01-01: x\n", b"~: ",
          b"\r\n", b"\r", b"# comment   \n", b"  \n", b"\x00", b"\xef\xbb\xbf", b"2024-02-29", b"9999-12-31",
          b"0001-01-01", b"'", b'"', b"- ", b"? ", b"&a ", b"*a", b"!!str ", b"{", b"[", b",", b"x" * 5000,
          b"\\", b"NaN", b"1e999", b"-1", b"\"count\": ", b"[tool.plan]\n", b"=", "\u00e5".encode()]

MINIMAL_PLAN = ("schema_version: 1\ndocument:\n  title: F\u00f6rvaltningsplan 2025\n  status: Utg\u00e5va  # kommentar\n"
                "period:\n  start: 2024-03-01\n  end: 2025-02-28\nabbreviations:\n  VGR: V\u00e4stra G\u00f6talandsregionen\n"
                "sections:\n  - id: inledning\n    number: \"1\"\n    title: Inledning 2025\n    content:\n"
                "      - text: Planen g\u00e4ller 2024-03-01 \u2013 2025-02-28.\n").encode()
GENTLE_TOKENS = [b"\t", b" \t", b"  # kommentar \t ", b"   ", b"\n# rad  \n", b"x" * 5000, b" x" * 3000,
                 b"\n1: x\n", b"\ntrue: x\n", b"\nnull: x\n", b"\n2025-01-01: x\n", b"\n0x10: x\n",
                 b"\n~: x\n", b"\nabbreviations:\n  1177: V\n", b"2024-02-29", b"2028-02-29", b"\r\n", b"'", b'"']
POPULATION_SEED = b"# kommentar\nkommun,folkmangd\nAle,31000\nBor\xc3\xa5s,113000\nLerum,43000\n"
BASELINE_SEED = (b'{\n  "version": 1,\n  "findings": [\n    {"file": "plans/a.yaml", "rule": "title-year", '
                 b'"message": "titeln", "count": 2}\n  ]\n}\n')
CONFIG_SEED = (b'select = ["budget-*", "title-year"]\nignore = ["abbreviation-unused"]\nformat = "json"\n'
               b'paths = ["plans"]\nbaseline = "b.json"\n[severity]\ndate-tentative = "warning"\n'
               b'[per-path-ignores]\n"plans/old/*.yaml" = ["title-year"]\n')


class TimedOut(BaseException):
    """A case ran over its time bound (a BaseException: no ``except Exception`` swallows it)."""


def _alarm(signum, frame):
    raise TimedOut


def check_plan(data: bytes, scratch: Path) -> None:
    text = data.decode("utf-8", errors="replace")
    loaded = load_text(text, "fuzz.yaml")
    for finding in loaded.findings + run_checks(loaded):
        assert finding.line >= 1 and finding.column >= 1, finding
        assert finding.rule != "check-crashed", finding


REACHED: dict[str, int] = {}  # cases that got past loading (so the target's own code ran)


def check_fmt(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.yearly.layout import format_text, same_data

    text = data.decode("utf-8", errors="replace")
    formatted, findings = format_text(text, "fuzz.yaml")
    if formatted is None:
        assert findings, "fmt refused without a finding"
        return
    REACHED["fmt"] = REACHED.get("fmt", 0) + 1
    again, _ = format_text(formatted, "fuzz.yaml")
    assert again == formatted, "fmt is not idempotent"
    assert same_data(load_text(formatted, "f").data, load_text(text, "f").data), "fmt changed the data"


def check_new(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.yearly.rollover import new_year_text

    text = data.decode("utf-8", errors="replace")
    if load_text(text, "fuzz.yaml").plan is None:
        return
    year = 1900 + data[len(data) // 2] % 300 if data else 2026
    REACHED["new"] = REACHED.get("new", 0) + 1
    try:
        new_year_text(text, year, "fuzz.yaml")
    except PlanError:
        pass


def _file(scratch: Path, name: str, data: bytes) -> Path:
    path = scratch / name
    path.write_bytes(data)
    return path


def check_population(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.split import read_population

    try:
        read_population(_file(scratch, "pop.csv", data))
    except PlanError:
        pass


def check_baseline(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.lint.baseline import BaselineProblem, read_baseline

    try:
        read_baseline(_file(scratch, "baseline.json", data))
    except BaselineProblem:
        pass


def check_config(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.lint.config import ConfigProblem, load_config

    _file(scratch, ".plan.toml", data)
    try:
        load_config(scratch)
    except ConfigProblem:
        pass


# ------------------------------------------------------------------------------------------
# template: house-style templates are untrusted code
# ------------------------------------------------------------------------------------------

TEMPLATE_NAMES = ("md/document.md.j2", "md/parts.md.j2", "html/document.html.j2", "html/parts.html.j2")
TEMPLATE_RENDER_SECONDS = 1  # the CPU seconds a template may run (render's own bound), below --seconds
CANARY = Path(tempfile.gettempdir()) / f"fuzz-canary-{os.getpid()}"
SECRET = f"fuzz-secret-{os.getpid()}-{random.SystemRandom().getrandbits(64):x}"
_SYSTEM = f"system('touch {CANARY}')"
_POPEN = f"popen('touch {CANARY}').read()"
ESCAPES = [
    "{{ view.plan.__class__ }}", "{{ ''.__class__.__mro__ }}", "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    '{{ "{0.__class__}".format(view) }}', "{{ '{0.__class__}'.format_map({'0': view}) }}",
    "{% for x in range(100000) %}{% for y in range(100000) %}{% endfor %}{% endfor %}",
    "{{ cycler.__init__.__globals__ }}", f"{{{{ cycler.__init__.__globals__.os.{_SYSTEM} }}}}",
    f"{{{{ joiner.__init__.__globals__.os.{_POPEN} }}}}", f"{{{{ namespace.__init__.__globals__.os.{_SYSTEM} }}}}",
    f"{{{{ lipsum.__globals__['os'].{_POPEN} }}}}", f"{{{{ lipsum.__wrapped__.__globals__.os.{_SYSTEM} }}}}",
    "{{ cycler.__init__.__globals__.os.environ }}", "{{ lipsum.__globals__.os.environ.PLAN_FUZZ_SECRET }}",
    f"{{{{ self._TemplateReference__context.cycler.__init__.__globals__.os.{_POPEN} }}}}",
    "{{ view.plan.parse_raw }}", "{{ view.plan.model_dump() }}", "{{ view.plan.model_validate_json('{}') }}",
    "{{ view|attr('__class__') }}", "{{ view|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ (view|attr('__init__'))|attr('__globals__') }}", "{{ dict.__class__ }}", "{{ dict['x'] }}",
    "{{ range.__class__.__subclasses__(range.__class__) }}", "{{ view.plan.budget.__class__.__init__.__globals__ }}",
    "{{ '%c'|format(95) * 2 ~ 'class' ~ '%c'|format(95) * 2 }}", "{{ '%0999999999d' % 1 }}", "{{ 'x' * 999999999 }}",
    "{{ 9 ** 99999999 }}", "{{ 'x'|center(999999999) }}", "{{ lipsum(999999) }}", "{{ 'ab'.replace('', 'x' * 100000) }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{% include 'md/document.md.j2' %}",
    "{% extends 'builtin/md/document.md.j2' %}{% block header %}{{ super() }}{{ view.__dict__ }}{% endblock %}",
    "{% import 'builtin/md/parts.md.j2' as p %}{{ p.__dict__ }}{{ p._TemplateModule__attrs }}",
    "{% set x = namespace() %}{% set x.y = view %}{{ x.y.plan.__class__ }}",
    "{{ view.plan.document.status.__class__.__members__ }}", "{{ view.plan.document.status._value2member_map_ }}",
    "{% for k, v in view.items() %}{{ k }}{{ v.__class__ }}{% endfor %}", "{{ loop.__class__ }}",
    "{{ [].append.__self__ }}", "{{ ''.join.__self__.__class__ }}", "{{ view.anchor.__func__.__globals__ }}",
    "{{ view.anchor.__globals__['os'].system('touch /tmp') }}", "{{ ().__class__.__base__.__subclasses__() }}",
    "{% raw %}{{ view.__class__ }}{% endraw %}", "{{ config }}{{ request }}{{ self }}{{ url_for }}",
]
TEMPLATE_TOKENS = [b"{{", b"}}", b"{%", b"%}", b"{#", b"#}", b"{%- ", b" -%}", b"|", b"(", b")", b"[", b"]", b"'", b'"',
                   b".__class__", b".__globals__", b".__init__", b"|attr('__class__')", b"|format(", b" * 99999",
                   b" ** 99", b"range(100000)", b"{% for x in range(100000) %}", b"{% endfor %}", b"{% endif %}",
                   b"{% endmacro %}", b"{% endblock %}", b"{{ super() }}", b"{{ caller() }}", b"{{ self }}",
                   b"{{ loop.cycle(1, 2) }}", b"{% raw %}", b"{% endraw %}", b"{{ view.plan }}", b"view.plan.",
                   b"{% include 'md/parts.md.j2' %}", b"{% include 'html/document.html.j2' %}",
                   b"{% import 'md/parts.md.j2' as p %}", b"{% extends 'builtin/html/document.html.j2' %}",
                   b"|join('x')", b"|replace('', 'yy')", b"|markdown", b"|md_text", b"|safe", b"|e", b"|string",
                   b"|list", b"|batch(3)", b"|center(80)", b"lipsum(", b"namespace(", b"\x00", b"\xff", b"\n", b"x" * 5000]
# What an escape would print: a module, a function's globals, the environment; never in a rendered document.
LEAKS = re.compile(r"__builtins__|(<|&lt;)(module|built-in function|bound method|frame|code object) |"
                   r"(['\"]|&#3[49];)__name__(['\"]|&#3[49];)|(class|module) (['\"]|&#3[49];)"
                   r"(forvaltning_cli|pydantic|os|posix|subprocess|builtins|sys)\b")
_RENDER_PLAN: list = []


def _render_plan():
    if not _RENDER_PLAN:
        from forvaltning_cli.lint import lint

        path = ROOT / "plans" / "2026-shvo.yaml"
        _RENDER_PLAN.append(lint(path, "plans/2026-shvo.yaml"))
    return _RENDER_PLAN[0]


SNIPPETS = ["{{ view.plan.document.title }}", "{{ view.plan.budget.items | length }}", "{{ view | string }}",
            "{{ view.plan | list }}", "{{ view.plan.sections[0] }}", "{% for s in view.plan.sections %}{{ s }}{% endfor %}",
            "{{ view.plan.document | tojson }}", "{{ view.plan.document | pprint }}", "{{ view.plan.document | dictsort }}",
            "{{ view.plan.budget | attr('items') }}", "{{ range(10) | map('string') | join(',') }}", "{{ cycler }}",
            "{{ lipsum(2) }}", "{{ namespace(a=view) }}", "{{ self }}", "{{ varargs }}{{ kwargs }}", "{{ loop }}",
            "{{ view.plan.document.title | markdown }}", "{{ view.plan.document.title | md_text | safe }}",
            "{% set x = view.plan.document.title %}{{ x.split() | batch(2) | list }}", "{{ 'a' ~ view }}"]


def insert_snippet(rnd: random.Random, seed: bytes) -> bytes:
    """A built-in template (``name`` line, text) with an escape or an expression on a line of its own."""
    lines = seed.split(b"\n")
    position = rnd.randrange(1, len(lines) + 1)
    lines.insert(position, rnd.choice(ESCAPES + SNIPPETS).encode())
    return b"\n".join(lines)


def check_template(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.render import MARKER, TemplateProblem, environment, render_text

    environment.RENDER_SECONDS = TEMPLATE_RENDER_SECONDS
    os.environ["PLAN_FUZZ_SECRET"] = SECRET
    head, _, body = data.partition(b"\n")
    name = head.decode("utf-8", errors="replace")
    if name not in TEMPLATE_NAMES:
        name, body = TEMPLATE_NAMES[len(data) % len(TEMPLATE_NAMES)], data
    folder = scratch / "templates"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / name).parent.mkdir(parents=True)
    (folder / name).write_bytes(body)
    linted = _render_plan()
    try:  # in a forked child under RENDER_SECONDS of CPU: the canary and the secret tell what it did
        text = render_text(linted.plan, "plans/2026-shvo.yaml", linted.findings, name.split("/")[0],
                           template_dir=folder)
    except (TemplateProblem, PlanError):
        text = None
    assert not CANARY.exists(), f"the template created {CANARY}"
    if text is None:
        return
    REACHED["template"] = REACHED.get("template", 0) + 1
    assert text.startswith(MARKER + "\n"), "the document does not start with the marker"
    assert SECRET not in text, "the environment leaked into the document"
    leak = LEAKS.search(text)
    source = body.decode("utf-8", errors="replace")
    assert leak is None or leak.group(0) in source, f"the document shows {leak.group(0)!r}" if leak else ""


# ------------------------------------------------------------------------------------------
# outputs: hostile plan text through every output
# ------------------------------------------------------------------------------------------

HOSTILE = ["\x1b[31mröd\x1b[0m", "\x1b]8;;file:///etc/passwd\x07klicka\x1b]8;;\x07", "\x1b]0;titel\x07", "\x1b[2J",
           "\x9b31m", "\x85", "\x9d8;;x\x9c", "[link=file:///etc/passwd]x[/link]", "[/]", "[bold red]x", ":smile:",
           "[x](javascript:alert(1))", "](javascript:alert(1))", "[a](JaVaScRiPt:alert(1) \"t\")", "[x](#top)",
           "[ok](https://example.org)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>", "</details>",
           "<details><summary>x</summary>", "<a href=\"javascript:x\">", "<!--", "-->", "--!>", "`", "```", "``x``",
           "@mention", "@here", "x @team", "=1+2", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd",
           "=HYPERLINK(\"http://x\";\"y\")", "\r", "\n", "\n\n", "\t", "\x00", "\x07", "\x08", "\x7f", "\u202e",
           "\u2066", "\u2028", "\u200b", "\ufeff", "# rubrik", "- punkt", "1. x", "> citat", "|", "| a | b |", "---",
           "===", "&amp;", "&#60;script&#62;", "&lt;", "*", "**x**", "_", "~~", "[x]: javascript:alert(1)", "[x][x]",
           "![i](http://x/i.png)", "<http://x>", "<javascript:alert(1)>", "\\", "\\`", "\\[", "Å", "😀", " ", "  ",
           "'", '"', ";", ",", "{{ 1 }}", "{% raw %}", "%s", "~", ":", "HEAD:plans/x.yaml", "[", "]", "(", ")", "<",
           ">", "!", "Totalt", "VGR", "Kommun", "-", "x" * 120]
SEPARATOR = "\x1e"
OUTPUT_SLOTS = 9  # organisation, title, paragraph, two line names, column label, party id, key text, file name
OUTPUT_PLAN = """schema_version: 1
document:
  title: Förvaltningsplan 2026
  subtitle: {1}
  status: Arbetsmaterial
  organisations:
    - VästKom
    - {0}
period:
  start: 2026-01-01
  end: 2026-12-31
sections:
  - id: inledning
    number: "1"
    title: {1}
    content:
      - text: {2}
  - id: budget
    number: "2"
    title: Budget
    content:
      - part: budget
budget:
  title: {7}
  year: 2026
  parties:
    - VGK
    - VGR
    - {6}
  items:
    - id: drift
      name: {3}
      amount: {amount}
      split_key: it
      parties:
        VGK: 300000
        VGR: 700000
    - id: lon
      name: {4}
      amount: 500000
      parties:
        VGK: 250000
        VGR: 250000
        {6}: 1000
  total:
    label: Totalt
    amount: 1500000
    parties:
      VGK: 550000
      VGR: 950000
financing:
  parties:
    - id: VGR
      name: {5}
      column: VGR
    - id: VGK
      name: Kommunerna
      column: {5}
  split_keys:
    - id: it
      text: {7}
      shares:
        VGR: 70
        VGK: 30
    - id: lonekostnader
      text: Lön 50/50
      shares:
        VGR: 50
        VGK: 50
"""
# The sinks; each case runs SINKS_PER_CASE of them (chosen by the input), so every sink gets its share.
SINKS = ("validate", "diff", "diff-markdown", "textconv", "split-table", "split-csv", "split-xlsx", "render-md")
SINKS_PER_CASE = 3
TERMINAL_BAD = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
MARKDOWN_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "code", "pre",
                 "blockquote", "hr", "br", "details", "summary"}  # markdown-it's own, and the writers' <details>
FORMULA = ("=", "+", "-", "@", "\t", "\r")
_OUTPUT_DIR: list[Path] = []


def hostile_input(rnd: random.Random) -> bytes:
    """``OUTPUT_SLOTS`` fragments of hostile text (atoms and random characters), joined by SEPARATOR."""
    fragments = []
    for _ in range(OUTPUT_SLOTS):
        pieces = [rnd.choice(HOSTILE) for _ in range(rnd.randint(1, 5))]
        for _ in range(rnd.choice((0, 0, 1, 3))):
            code = rnd.choice((rnd.randrange(0x20), rnd.randrange(0x80, 0xa0), rnd.randrange(0x20, 0x2100),
                               rnd.randrange(0x10000, 0x11000)))
            pieces.insert(rnd.randrange(len(pieces) + 1), chr(code))
        fragments.append("".join(pieces)[:150])
    return SEPARATOR.join(fragments).encode("utf-8")


def _yaml_quoted(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7f <= code <= 0x9f or 0xd800 <= code <= 0xdfff or code in (0x2028, 0x2029, 0xfeff,
                                                                                        0xfffe, 0xffff):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _file_name(text: str, prefix: str) -> str:
    name = prefix + text.replace("/", "_").replace("\x00", "_")
    while len(name.encode("utf-8")) > 150:
        name = name[:-1]
    return name + ".yaml"


def _run_plan(args: list[str], cwd: Path) -> tuple[int, bytes, bytes]:
    """``plan ARGS`` in this process, in ``cwd``, with the exit code and what it wrote."""
    from forvaltning_cli.cli import main

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
            out.flush()
            err.flush()
    finally:
        os.chdir(here)
    return code, out.buffer.getvalue(), err.buffer.getvalue()


def _check_terminal(sink: str, stream: str, data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    bad = TERMINAL_BAD.search(text)
    assert bad is None, f"{sink}: {stream} has {bad.group(0)!r} at {bad.start()}: {text[max(0, bad.start() - 60):bad.start() + 20]!r}"


def _check_markdown(sink: str, text: str) -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(text)
    # Comments (the writers' own, and the mention break) end where a browser ends them.
    html = re.sub(r"<!--(?:>|->|.*?--!?>)", " ", html, flags=re.S)
    assert "<script" not in html.lower(), f"{sink}: <script> in the rendered Markdown"
    for tag in re.finditer(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>", html):
        name, attributes = tag.group(2).lower(), tag.group(3)
        assert name in MARKDOWN_TAGS, f"{sink}: the Markdown renders a <{name}> tag: {tag.group(0)[:200]!r}"
        for attribute, value in re.findall(r'\s([^\s=]+)="([^"]*)"', attributes):
            if attribute == "href":
                href = value.strip().lower()
                assert href.startswith(("http://", "https://", "mailto:", "#")), f"{sink}: a link to {value[:100]!r}"
            elif attribute == "id":
                assert re.fullmatch(r"[A-Za-z0-9_-]+", value), f"{sink}: an anchor id {value[:100]!r}"
            elif not (name == "code" and attribute == "class"):  # a fence's language
                raise AssertionError(f"{sink}: the attribute {attribute}= in {tag.group(0)[:200]!r}")
        assert not re.sub(r'\s[a-z]+="[^"]*"', "", attributes).strip(" /"), f"{sink}: {tag.group(0)[:200]!r}"
    plain = re.sub(r"<code[^>]*>.*?</code>|<[^>]*>", " ", html, flags=re.S)  # no mention in code
    mention = re.search(r"(?<![A-Za-z0-9_.+-])@[A-Za-z0-9_]", plain)
    assert mention is None, f"{sink}: a live mention {plain[max(0, mention.start() - 30):mention.end() + 20]!r}"


def _check_csv(data: bytes, names: list[str]) -> None:
    from forvaltning_cli.escape import spreadsheet_text

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    for cell in cells:
        assert not cell.startswith(FORMULA) or re.fullmatch(r"-?\d+", cell), f"split-csv: a formula cell {cell[:100]!r}"
    for name in names:
        assert spreadsheet_text(name) in cells, f"split-csv: the line name {name[:100]!r} is not in the CSV as itself"


def _check_xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.startswith("xl/worksheets/") and member.endswith(".xml"):
                xml = archive.read(member)
                assert b"<f>" not in xml and b"<f " not in xml, f"split-xlsx: a formula in {member}"
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"split-xlsx: formula cell {cell.coordinate}"
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA):
                    assert cell.quotePrefix, f"split-xlsx: unquoted formula-like text {cell.value[:100]!r}"


def _output_plan(fragments: list[str], shift: int, amount: int) -> str:
    slots = [_yaml_quoted(fragments[(i + shift) % len(fragments)]) for i in range(OUTPUT_SLOTS)]
    return OUTPUT_PLAN.format(*slots, amount=amount)


def check_outputs(data: bytes, scratch: Path) -> None:
    if not _OUTPUT_DIR:  # not under the scratch folder: the config target writes a .plan.toml there
        _OUTPUT_DIR.append(Path(tempfile.mkdtemp(prefix="plan-fuzz-outputs-")))
    os.environ["NO_COLOR"] = "1"
    os.environ.pop("GITHUB_ACTIONS", None)
    folder = _OUTPUT_DIR[0] / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    fragments = data.decode("utf-8", errors="replace").split(SEPARATOR) or [""]
    new_name = _file_name(fragments[(OUTPUT_SLOTS - 1) % len(fragments)], "")
    old_name = _file_name(fragments[0], "gammal ")
    if old_name == new_name:
        old_name = "gammal.yaml"
    (folder / new_name).write_text(_output_plan(fragments, 0, 1000000), encoding="utf-8")
    (folder / old_name).write_text(_output_plan(fragments, 1, 900000), encoding="utf-8")
    names = [fragments[i % len(fragments)] for i in (3, 4)]
    first = int.from_bytes(data[:4].ljust(4, b"\0"), "big") if data else 0
    for k in range(SINKS_PER_CASE):
        sink = SINKS[(first + k) % len(SINKS)]
        args = {"validate": ["validate", "--", new_name],
                "diff": ["diff", "--", old_name, new_name],
                "diff-markdown": ["diff", "-f", "markdown", "--", old_name, new_name],
                "textconv": ["textconv", "--", new_name],
                "split-table": ["split", "--", new_name],
                "split-csv": ["split", "-f", "csv", "-o", "out.csv", "--", new_name],
                "split-xlsx": ["split", "-f", "xlsx", "-o", "out.xlsx", "--", new_name],
                "render-md": ["render", "-f", "md", "--allow-errors", "--", new_name]}[sink]
        code, out, err = _run_plan(args, folder)
        assert code in (0, 1), f"{sink}: exit {code}; {err.decode('utf-8', 'replace')[-300:]!r}"
        _check_terminal(sink, "stderr", err)
        if sink in ("diff-markdown", "render-md"):  # a document, not the brief's terminal output: noted
            bad = TERMINAL_BAD.search(out.decode("utf-8", errors="replace"))
            if bad is not None:
                OBSERVED.setdefault(f"{sink} with a raw {bad.group(0)!r}-like control character", []).append(data)
        else:
            _check_terminal(sink, "stdout", out)
        SINK_COUNTS[sink] = SINK_COUNTS.get(sink, 0) + 1
        if code != 0 and sink not in ("validate",):
            continue
        REACHED["outputs"] = REACHED.get("outputs", 0) + 1
        if sink in ("diff-markdown", "render-md"):
            _check_markdown(sink, out.decode("utf-8"))
        elif sink == "split-csv":
            _check_csv((folder / "out.csv").read_bytes(), names)
        elif sink == "split-xlsx":
            _check_xlsx(folder / "out.xlsx")


SINK_COUNTS: dict[str, int] = {}
OBSERVED: dict[str, list[bytes]] = {}  # what is reported but not counted as a failure


CHECKS = {"plan": check_plan, "fmt": check_fmt, "new": check_new, "population": check_population,
          "baseline": check_baseline, "config": check_config, "template": check_template, "outputs": check_outputs}


def one_input(data: bytes) -> None:
    """The atheris entry point: the plan target."""
    check_plan(data, Path(tempfile.gettempdir()))


def seeds(target: str = "plan") -> list[bytes]:
    if target == "population":
        return [POPULATION_SEED, *[p.read_bytes() for p in sorted((ROOT / "data").glob("*.csv"))]]
    if target == "baseline":
        return [BASELINE_SEED]
    if target == "config":
        return [CONFIG_SEED]
    if target == "template":
        builtin = [name.encode() + b"\n" + (ROOT / "templates" / name).read_bytes() for name in TEMPLATE_NAMES]
        escapes = []
        for escape in ESCAPES:
            for kind in ("md", "html"):
                escapes.append(f"{kind}/document.{kind}.j2\n{escape}\n".encode())
                escapes.append(f'{kind}/document.{kind}.j2\n{{% extends "builtin/{kind}/document.{kind}.j2" %}}'
                               f"{{% block title_page %}}{escape}{{% endblock %}}\n".encode())
        return builtin + escapes
    if target == "outputs":
        rnd = random.Random(0)
        return [hostile_input(rnd) for _ in range(20)]
    shipped = [path.read_bytes() for path in sorted((ROOT / "plans").glob("*.yaml"))]
    if target in ("fmt", "new"):  # plans that load, so that the round trip is reached
        return shipped + [MINIMAL_PLAN]
    files = sorted((ROOT / "tests" / "corpus").glob("*.yaml"))
    return [path.read_bytes() for path in files] + shipped


def mutate(rnd: random.Random, data: bytes, corpus: list[bytes], gentle: bool = False,
           tokens: list[bytes] = TOKENS, edits: int | None = None) -> bytes:
    """Byte-level damage; ``gentle`` (for fmt and new, which need a file that still loads) makes
    one or two changes of printable text, mostly at line starts and after a colon. ``tokens``
    are the fragments inserted, ``edits`` the number of changes (default 1 to 8)."""
    out = bytearray(data)
    for _ in range(edits or (rnd.randint(1, 2) if gentle else rnd.randint(1, 8))):
        position = rnd.randrange(len(out) + 1)
        if gentle and out and rnd.random() < 0.7:
            anchors = [i + 1 for i, byte in enumerate(out) if byte in b":\n"]
            position = rnd.choice(anchors) if anchors else position
        action = rnd.random()
        if gentle and action < 0.5:  # the fragments that reach the round trip's corners
            token = rnd.choice(GENTLE_TOKENS)
            if token.startswith(b"\n"):  # whole lines go between lines
                ends = [i for i, byte in enumerate(out) if byte == 10]
                position = rnd.choice(ends) if ends else position
            out[position:position] = token
        elif action < 0.3 and out:
            del out[position:position + rnd.randint(1, 3 if gentle else 20)]
        elif action < 0.55:
            alphabet = range(32, 127) if gentle else range(256)
            out[position:position] = bytes(rnd.choice(alphabet) for _ in range(rnd.randint(1, 10)))
        elif action < 0.85:
            out[position:position] = rnd.choice(tokens)
        else:
            donor = rnd.choice(corpus)
            start = rnd.randrange(len(donor) or 1)
            out[position:position] = donor[start:start + rnd.randint(1, 200)]
    return bytes(out)


def random_loop(iterations: int, seed: int = 0, targets: tuple[str, ...] = ("plan",), seconds: float = 5.0) -> int:
    """Run ``iterations`` mutated inputs over ``targets`` in turn; the number of failures."""
    rnd = random.Random(seed)
    corpora = {target: seeds(target) for target in targets}
    failures: list[tuple[str, bytes, str]] = []
    counts: dict[str, int] = {}
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory(prefix="plan-fuzz-") as scratch:
        for i in range(iterations):
            target = targets[i % len(targets)]
            corpus = corpora[target]
            if target == "outputs":  # hostile text for the plan's strings, not damaged YAML
                data = hostile_input(rnd)
            elif target == "template":
                if rnd.random() < 0.4:  # a whole expression in a template that still parses
                    data = insert_snippet(rnd, rnd.choice(corpus[:len(TEMPLATE_NAMES)]))
                else:
                    data = mutate(rnd, rnd.choice(corpus), corpus, tokens=TEMPLATE_TOKENS, edits=rnd.randint(1, 3))
                if rnd.random() < 0.8:  # mostly UTF-8, so that the template gets parsed
                    data = data.decode("utf-8", errors="ignore").encode()
            else:
                data = mutate(rnd, rnd.choice(corpus), corpus, gentle=target in ("fmt", "new"))
            counts[target] = counts.get(target, 0) + 1
            signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                CHECKS[target](data, Path(scratch))
            except TimedOut:
                failures.append((target, data, f"over {seconds} s"))
            except BaseException as exc:  # noqa: BLE001 - every escape is a finding of the fuzzer
                if isinstance(exc, KeyboardInterrupt):
                    raise
                failures.append((target, data, f"{type(exc).__name__}: {exc}"[:300]))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if i and i % 1000 == 0:
                print(f"{i} inputs, {len(failures)} failures, {time.monotonic() - started:.0f} s", flush=True)
    signal.signal(signal.SIGALRM, previous)
    kinds: dict[str, list[bytes]] = {}
    for target, data, why in failures:  # the kind: the message without its quoted text and numbers
        kinds.setdefault(f"{target}: " + re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "…", why)[:120], []).append(data)
    for target, data, why in failures[:50]:
        print(f"FAILURE {target}: {why}\n  input: {data[:500]!r}")
    for kind, inputs in sorted(kinds.items(), key=lambda item: -len(item[1])):
        print(f"FAILURES of the kind {kind}: {len(inputs)}, the shortest input: {min(inputs, key=len)[:500]!r}")
    observed: dict[str, list[bytes]] = {}
    for what, inputs in OBSERVED.items():  # grouped by the kind of character
        kind = re.sub(r"a raw '.*'-like", "a raw", what)
        observed.setdefault(kind, []).extend(inputs)
    for what, inputs in observed.items():
        print(f"OBSERVED (not a failure) {what}: {len(inputs)} inputs, e.g. {inputs[0][:300]!r}")
    per_target = ", ".join(f"{target} {counts.get(target, 0)}" for target in targets)
    sinks = ", ".join(f"{sink} {SINK_COUNTS[sink]}" for sink in SINKS if sink in SINK_COUNTS)
    print(f"{iterations} inputs ({per_target}), {len(failures)} failures, "
          f"{time.monotonic() - started:.1f} s; formatted by fmt: {REACHED.get('fmt', 0)}, "
          f"moved by new: {REACHED.get('new', 0)}, rendered templates: {REACHED.get('template', 0)}, "
          f"outputs checked: {REACHED.get('outputs', 0)}" + (f" ({sinks})" if sinks else ""))
    return len(failures)


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


if __name__ == "__main__":
    if "--iterations" in sys.argv or "--target" in sys.argv:
        chosen = _option("--target", "plan")
        targets = TARGETS if chosen == "all" else tuple(chosen.split(","))
        unknown = [t for t in targets if t not in CHECKS]
        if unknown:
            sys.exit(f"unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)} or all")
        failed = random_loop(int(_option("--iterations", "10000")), int(_option("--seed", "0")), targets,
                             float(_option("--seconds", "5")))
        sys.exit(1 if failed else 0)
    try:
        import atheris
    except ImportError:
        print("atheris is not installed; running the random-mutation loop (10 000 inputs)")
        sys.exit(1 if random_loop(10_000) else 0)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
