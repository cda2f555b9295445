"""Issue 12, part B: plan text never becomes markup, formulas or terminal control.

Plans (and their file names) come from pull requests by others; what the tool writes from them
goes to Excel (CSV/XLSX), to GitHub (the diff comment, the rendered Markdown) and to terminals
(validate, diff, textconv, split). Each class is tested at its root in ``escape`` and end to end
through ``cli.main``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forvaltning_cli import escape
from forvaltning_cli.cli import main
from forvaltning_cli.model import (
    Budget, BudgetLine, Document, Financing, Party, Period, Plan, Section, SplitKey, Status,
)
from forvaltning_cli.render import markup
from forvaltning_cli.split import outputs, split_plan

# Every C0/C1 control character but the newline, and DEL: what must never reach a terminal raw.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # our own colour codes, when colour is forced
ALLOWED_HREF = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Text that tries every trick at once: a formula, ANSI and OSC 8 escapes, rich markup, a carriage
# return, a bell, a mention, an HTML tag and a reference-style javascript: link.
NASTY = ('=HYPERLINK("http://x";"a") \x1b[31mröd\x1b[0m \x1b]8;;file:///etc/passwd\x07länk\x1b]8;;\x07 '
         "[bold]fet[/] [link=file:///etc/passwd]x[/link] \rskriv över \x9b2J @octocat <b>x</b> \x01")

# ------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------


def yaml_quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that any character survives."""
    return '"' + "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else f"\\U{ord(c):08x}" for c in text) + '"'


def plan_yaml(name: str = "Drift", party: str = "Kommun", paragraph: str = "Planen gäller webSesam.",
              title: str = "Inledning", stated_vgk: int = 290) -> str:
    """A small plan with a budget line split 30/70 between two parties; every string is injectable."""
    return f"""\
schema_version: 1
document:
  title: Förvaltningsplan 2025
  status: Utgåva
period:
  start: 2025-01-01
  end: 2025-12-31
sections:
  - id: inledning
    number: "1"
    title: {yaml_quote(title)}
    content:
      - text: {yaml_quote(paragraph)}
budget:
  title: Budget 2025
  year: 2025
  parties: [VGK, VGR]
  items:
    - id: rad1
      name: {yaml_quote(name)}
      amount: 1000
      split_key: k1
      parties:
        VGK: {stated_vgk}
        VGR: 700
financing:
  parties:
    - id: VGK
      name: Kommunerna
      column: {yaml_quote(party)}
    - id: VGR
      name: Regionen
      column: VGR
  split_keys:
    - id: k1
      text: Trettio/sjuttio
      shares:
        VGK: 30
        VGR: 70
"""


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    """``run(*args, colour=False)`` → (exit code, stdout, stderr), in ``tmp_path``, in this process."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def _run(*args: str, colour: bool = False) -> tuple[int, str, str]:
        if colour:
            monkeypatch.delenv("NO_COLOR", raising=False)
            monkeypatch.setenv("FORCE_COLOR", "1")
        else:
            monkeypatch.setenv("NO_COLOR", "1")
            monkeypatch.delenv("FORCE_COLOR", raising=False)
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def split_for(name: str, party_label: str = "Kommun"):
    """The split of a one-line plan built in memory (no YAML, no lint): fast enough for properties."""
    plan = Plan(
        schema_version=1,
        document=Document(title="Förvaltningsplan 2025", status=Status.UTGAVA),
        period=Period(year=2025),
        sections=[Section(title="Inledning")],
        budget=Budget(title="Budget 2025", year=2025, parties=["VGK", "VGR"],
                      items=[BudgetLine(id="l1", name=name, amount=1000, split_key="k",
                                        parties={"VGK": 290, "VGR": 700})]),
        financing=Financing(
            parties=[Party(id="VGK", name="Kommunerna", column=party_label), Party(id="VGR", name="Regionen")],
            split_keys=[SplitKey(id="k", text="k", shares={"VGK": Decimal(30), "VGR": Decimal(70)})],
        ),
    )
    return split_plan(plan)


def csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def assert_no_formulas(data: bytes) -> list:
    """Every cell of an XLSX file: no formula in the XML, and openpyxl reads no formula cell."""
    from openpyxl import load_workbook

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[ >]", archive.read(name)), name
    cells = []
    for sheet in load_workbook(io.BytesIO(data)):
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                cells.append(cell)
    return cells


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.other.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.other.append(decl)

    def handle_pi(self, data):
        self.other.append(data)


def commonmark(text: str) -> _Html:
    """What a CommonMark renderer with raw HTML allowed (GitHub's base) makes of ``text``."""
    from markdown_it import MarkdownIt

    parser = _Html()
    parser.feed(MarkdownIt("commonmark").render(text))
    parser.close()
    return parser


def assert_terminal_safe(text: str, colour: bool = False) -> None:
    if colour:
        text = SGR.sub("", text)
    assert "\x1b" not in text
    assert not CONTROL.search(text), repr(CONTROL.search(text).group(0))
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", text)


# ------------------------------------------------------------------------------------------
# 1. CSV and XLSX: text cells are never formulas
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", FORMULA_START)
def test_csv_cell_that_would_start_a_formula_gets_a_quote_but_amounts_stay_numbers(run, start) -> None:
    name = f"{start}1+1*cmd|' /C calc'!A0"
    Path("p.yaml").write_text(plan_yaml(name=name, party=f"{start}SUM(A1)"), encoding="utf-8")
    code, _, err = run("split", "-f", "csv", "-o", "ut.csv", "p.yaml")
    assert code == 0, err
    rows = csv_rows(Path("ut.csv").read_bytes())
    line = next(r for r in rows if r and r[0].startswith("'"))
    assert line[0] == "'" + name
    assert rows[1][3] == f"'{start}SUM(A1) beräknat"
    # The stated VGK amount (290) is 10 below the computed 300: a negative number, not text.
    assert line[1] == "1000" and "-10" in line[3:]
    assert all(not cell.startswith(FORMULA_START) for row in rows for cell in row if not re.fullmatch(r"-\d+", cell))


def test_xlsx_with_formula_text_and_control_characters_is_written_as_text(run) -> None:
    name = "=HYPERLINK(\"http://x\";\"klicka\")\x01\x1b\x08"
    Path("p.yaml").write_text(plan_yaml(name=name, party="@SUM(1)/[x]:*?"), encoding="utf-8")
    code, _, err = run("split", "-f", "xlsx", "-o", "ut.xlsx", "p.yaml")
    assert code == 0, err  # the control characters used to crash openpyxl (IllegalCharacterError)
    cells = assert_no_formulas(Path("ut.xlsx").read_bytes())
    by_value = {c.value: c for c in cells}
    shown = '=HYPERLINK("http://x";"klicka")\\x01\\x1b\\x08'
    assert by_value[shown].data_type == "s" and by_value[shown].quotePrefix
    assert by_value["@SUM(1)/[x]:*? beräknat"].data_type == "s"
    assert by_value[-10].data_type == "n"  # amounts stay numbers, a negative difference too


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1))
@example("=1+1")
@example("-\x00\r\n\"';")
def test_any_line_name_comes_back_from_csv_as_text(name: str) -> None:
    rows = csv_rows(outputs.csv_bytes(split_for(name), monthly=False, delimiter=";"))
    cell = rows[2][0]
    assert cell == escape.spreadsheet_text(name)
    assert cell == ("'" + name if name.startswith(FORMULA_START) else name)
    assert rows[2][1] == "1000"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1), st.text(min_size=1, max_size=8))
@example("=SUM(A1)", "=A1")
def test_any_line_name_and_party_give_an_xlsx_without_formulas(name: str, party: str) -> None:
    cells = assert_no_formulas(outputs.xlsx_bytes(split_for(name, party), monthly=False))
    texts = [c for c in cells if isinstance(c.value, str) and c.row == 2 and c.column == 1]
    assert texts and texts[0].data_type == "s"


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("Kommun/[x]:*?\\'")
def test_any_party_name_makes_a_valid_sheet_title(text: str) -> None:
    from openpyxl import Workbook

    title = escape.xlsx_sheet_title(f"{text} per kommun, efter folkmängd")
    sheet = Workbook().create_sheet(title)  # openpyxl refuses what Excel refuses
    assert sheet.title == title and len(title) <= 31 and not CONTROL.search(title)


# ------------------------------------------------------------------------------------------
# 2. Markdown: plan text renders as itself; only allowed links; no mentions
# ------------------------------------------------------------------------------------------

MARKDOWN_ALPHABET = st.lists(st.sampled_from(
    list("\\`*_[]<>~|&#;@!-+=.():1aZ \n\t\u00a0") + ["&amp;", "&#64;", "<!--", "-->", "[1]: javascript:x", "    ",
                                                 "](", "<https://a.se>", "javascript:", "```", "\x1b"])
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), MARKDOWN_ALPHABET))
@example("[x][1]\n\n[1]: javascript:alert(1)")
@example("@octocat och @org/team")
def test_markdown_text_renders_as_exactly_the_text(text: str) -> None:
    rendered = commonmark(escape.markdown_text(text))
    assert "".join(rendered.text).rstrip("\n") == escape.terminal_text(" ".join(re.split(r"[ \t\r\n]+", text)).strip(" "))
    assert {tag for tag, _ in rendered.tags} <= {"p"}
    assert all(o == "<!-- -->" for o in rendered.other)  # only our mention breaks


def test_mentions_are_broken_but_email_addresses_and_text_stay() -> None:
    md = escape.markdown_text("Fråga @octocat, @org/team eller a@b.se")
    assert "@octocat" not in md and "@org" not in md and "a@b.se" in md
    assert "".join(commonmark(md).text).strip() == "Fråga @octocat, @org/team eller a@b.se"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), MARKDOWN_ALPHABET))
@example("`")
@example("a`` b")
def test_code_span_cannot_be_closed_early(text: str) -> None:
    rendered = commonmark(escape.markdown_code_span(text))
    assert [tag for tag, _ in rendered.tags] == ["p", "code"]
    assert "".join(rendered.text).rstrip("\n") == escape.terminal_text(text) or not text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), MARKDOWN_ALPHABET))
@example("plan-->.yaml --!> x---")
def test_text_in_a_comment_cannot_close_it(text: str) -> None:
    inside = escape.html_comment_text(text)
    assert "--" not in inside and "\n" not in inside
    rendered = commonmark(f"<!-- framställt ur {inside} -->")
    assert rendered.text in ([], ["\n"]) and rendered.tags == [] and len(rendered.other) == 1


PLAN_MARKDOWN = st.lists(st.sampled_from(
    ["[", "]", "(", ")", "<", ">", "!", "*", "_", "`", "\n", "\n\n", " ", "- ", "1. ", "> ", "    ", "x", "@a",
     "javascript:alert(1)", "https://ok.se", "mailto:a@b.se", "#", "[1]: ", "[1]", "\\", "&amp;", "&#106;", "\"t\"",
     "<!--", "<b>", "|", "%", "data:text/html,x", "JaVaScRiPt:x", "\x01"])
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(PLAN_MARKDOWN, st.text()))
@example("[a](https://ok.se/(x)) [b](javascript:alert((1))) [c][1] <javascript:x>\n\n[1]: javascript:alert(1)")
@example("[c][1] [d]\n\n[1]: <javascript:x> \"t\"\n[d]: data:text/html,x")
@example("![bild](https://spårning.example/pixel.png) ![x][1]\n\n[1]: https://a.se/p.png")
def test_plan_markdown_keeps_only_allowed_links(text: str) -> None:
    for rebuilt in (markup.markdown_text(text), markup.markdown_cell(text)):
        rendered = commonmark(rebuilt)
        for tag, attrs in rendered.tags:
            assert tag in {"p", "em", "strong", "code", "a", "ul", "ol", "li", "blockquote", "pre", "hr", "br",
                           "h1", "h2", "h3", "h4", "h5", "h6"}, (tag, rebuilt)
            if tag == "a":
                assert ALLOWED_HREF.match(attrs.get("href", "")), (attrs, rebuilt)
        assert all(o == "<!-- -->" for o in rendered.other), rebuilt
    assert "\n" not in markup.markdown_cell(text)


def test_plan_markdown_link_tricks_are_reduced_to_labels_and_good_links_kept() -> None:
    text = ("[a](https://ok.se/(x)) [b](javascript:alert((1))) [c][1] <javascript:x> [e](<javascript:y>)\n\n"
            "[1]: javascript:alert(1)")
    rendered = commonmark(markup.markdown_text(text))
    assert [attrs["href"] for tag, attrs in rendered.tags if tag == "a"] == ["https://ok.se/(x)"]
    assert "".join(rendered.text).split() == ["a", "b", "c", "javascript:x", "e"]  # an autolink's label is its URL


def test_rendered_markdown_document_has_no_dangerous_links_or_mentions(run) -> None:
    paragraph = ("Se [avtalet](https://example.org/a_(b)) och [här][x] eller [där](javascript:alert(1)), "
                 "<script>alert(1)</script> @octocat\n\n[x]: javascript:alert(2)")
    Path("p.yaml").write_text(plan_yaml(paragraph=paragraph, title="Rubrik @team [y][x]"), encoding="utf-8")
    code, out, err = run("render", "--allow-errors", "-f", "md", "p.yaml")
    assert code == 0, err
    rendered = commonmark(out)
    links = [attrs["href"] for tag, attrs in rendered.tags if tag == "a" and "href" in attrs]
    assert "https://example.org/a_(b)" in links
    assert not [h for h in links if not (ALLOWED_HREF.match(h) or h.startswith("#"))]
    assert "script" not in {tag for tag, _ in rendered.tags}
    text = "".join(rendered.text)
    assert "<script>alert(1)</script>" in text and "@octocat" in text
    assert "@octocat" not in out and "@team" not in out


def test_diff_comment_file_names_cannot_break_out_of_the_heading(run) -> None:
    old, new = "gammal`` **x** @octocat.yaml", "ny`[a](javascript:x).yaml"
    Path(old).write_text(plan_yaml(), encoding="utf-8")
    Path(new).write_text(plan_yaml(name="Drift [b][1] @team", party="<img src=x>"), encoding="utf-8")
    code, out, err = run("diff", "-f", "markdown", old, new)
    assert code == 0, err
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(out)
    heading = next(tokens[i + 1] for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h3")
    assert [c.type for c in heading.children] == ["code_inline"]
    assert heading.children[0].content == f"{old} → {new}"
    rendered = commonmark(out)
    assert not [a for tag, a in rendered.tags if tag in ("a", "img")]
    assert "@octocat" not in out.replace(f"`{old}", "") and "@team" not in out
    assert "Drift [b][1] @team" in "".join(rendered.text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=30).filter(lambda s: s.strip()))
def test_diff_comment_shows_any_line_name_literally(run, name: str) -> None:
    Path("a.yaml").write_text(plan_yaml(), encoding="utf-8")
    Path("b.yaml").write_text(plan_yaml(name=name), encoding="utf-8")
    code, out, err = run("diff", "-f", "markdown", "a.yaml", "b.yaml")
    assert code in (0, 1), err
    rendered = commonmark(out)
    assert not [a for tag, a in rendered.tags if tag in ("a", "img", "script")]
    assert all(o in ("<!-- -->",) or o.startswith("<!--") is False for o in rendered.other)
    shown = escape.terminal_text(" ".join(re.split(r"[ \t\r\n]+", name)).strip(" "))
    assert shown in "".join(rendered.text)


# ------------------------------------------------------------------------------------------
# 3. Terminal: controls spelt out, rich markup literal
# ------------------------------------------------------------------------------------------


@settings(max_examples=2000)
@given(st.text())
def test_terminal_text_leaves_no_control_characters(text: str) -> None:
    shown = escape.terminal_text(text)
    assert_terminal_safe(shown)
    assert "\n" not in shown
    assert escape.terminal_text(text, keep_newlines=True).count("\n") == text.count("\n")
    if not CONTROL.search(text) and "\n" not in text and not re.search("[\x80-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]", text):
        assert shown == text  # ordinary text is shown as it is


def _all_terminal_outputs(run, name: str, paragraph: str, colour: bool = False) -> list[str]:
    Path("a.yaml").write_text(plan_yaml(), encoding="utf-8")
    Path("b.yaml").write_text(plan_yaml(name=name, party=name[:20] or "x", paragraph=paragraph, title=name),
                              encoding="utf-8")
    outputs_ = []
    for args in (("validate", "b.yaml"), ("diff", "a.yaml", "b.yaml"), ("textconv", "b.yaml"),
                 ("split", "b.yaml")):
        code, out, err = run(*args, colour=colour)
        assert code in (0, 1), (args, err)
        outputs_ += [out, err]
    return outputs_


def test_terminal_outputs_spell_out_escape_sequences_and_keep_rich_markup_literal(run) -> None:
    outs = _all_terminal_outputs(run, NASTY, NASTY + "\n\nandra stycket")
    for out in outs:
        assert_terminal_safe(out)
    validate, diff, textconv, split = outs[0], outs[2], outs[4], outs[6]
    for out in (validate, diff, textconv):
        assert "\\x1b[31mröd\\x1b[0m" in out and "\\x1b]8;;file:///etc/passwd\\x07" in out
        assert "[bold]fet[/]" in out and "[link=file:///etc/passwd]x[/link]" in out
    assert "\\x1b[31mröd" in split and "[bold]fet" in split.replace("\n", "")  # the table folds long names
    assert "sections[inledning].content[#1].text: " in textconv and "\n    andra stycket" in textconv


def test_terminal_outputs_with_forced_colour_have_only_our_colour_codes(run) -> None:
    for out in _all_terminal_outputs(run, NASTY, NASTY, colour=True):
        assert_terminal_safe(out, colour=True)
    assert any(SGR.search(out) for out in _all_terminal_outputs(run, NASTY, NASTY, colour=True))


def test_diff_terminal_pieces_cannot_join_into_markup(run) -> None:
    """A section title ending in ``[link=…`` and an added paragraph ending in ``]`` used to form one
    rich tag (a hyperlink to a local file, the text between swallowed); file names were not escaped."""
    Path("a.yaml").write_text(plan_yaml(title="[link=file:///etc/passwd"), encoding="utf-8")
    Path("[bold]b.yaml").write_text(plan_yaml(title="[link=file:///etc/passwd", paragraph="synlig]"), encoding="utf-8")
    code, out, err = run("diff", "a.yaml", "[bold]b.yaml", colour=True)
    assert code == 0, err
    assert "\x1b]8" not in out
    plain = SGR.sub("", out)
    assert "[link=file:///etc/passwd: stycke tillagt: synlig]" in plain
    assert "a.yaml → [bold]b.yaml" in plain


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=25), st.text(max_size=25))
@example("\x1b[2J\x9b\r", "\x1b]52;c;cHduZWQ=\x07")
def test_any_plan_text_leaves_terminal_outputs_free_of_controls(run, name: str, paragraph: str) -> None:
    for out in _all_terminal_outputs(run, name if name.strip() else "x", paragraph or "x"):
        assert_terminal_safe(out)


def test_textconv_of_an_unreadable_file_spells_out_its_controls(run) -> None:
    Path("trasig.yaml").write_bytes(b"a: [\x1b[2J\r\n\x9b\xc2\x9b: \x07")
    code, out, _ = run("textconv", "trasig.yaml")
    assert code == 0
    assert_terminal_safe(out)
    assert "\\x1b[2J" in out and "\\x07" in out


def test_validate_spells_out_controls_in_file_names(run) -> None:
    name = "plan\x1b[31m\rx.yaml"
    Path(name).write_text(plan_yaml(name="Rad\x1b[2J"), encoding="utf-8")
    code, out, _ = run("validate", name)
    assert code == 1
    assert_terminal_safe(out)
    assert "plan\\x1b[31m\\rx.yaml:" in out and "Rad\\x1b[2J" in out


@pytest.mark.parametrize("args", [("validate", "-f", "json", "b.yaml"), ("validate", "-f", "sarif", "b.yaml"),
                                  ("validate", "-f", "gitlab", "b.yaml"), ("diff", "-f", "json", "a.yaml", "b.yaml"),
                                  ("split", "-f", "json", "b.yaml")])
def test_json_outputs_escape_what_a_terminal_would_act_on_and_keep_the_data(run, args) -> None:
    """json.dumps leaves C1 controls (CSI is \x9b) and bidi overrides raw; they are \\u escapes now."""
    name = "Rad\x9b2J\u202eevil\x1b[31m"
    Path("a.yaml").write_text(plan_yaml(), encoding="utf-8")
    Path("b.yaml").write_text(plan_yaml(name=name), encoding="utf-8")
    code, out, err = run(*args)
    assert code in (0, 1), err
    assert_terminal_safe(out)

    def strings(node) -> list[str]:
        if isinstance(node, dict):
            return [t for v in node.values() for t in strings(v)]
        if isinstance(node, list):
            return [t for v in node for t in strings(v)]
        return [node] if isinstance(node, str) else []

    assert any(name in text for text in strings(json.loads(out)))  # the data is unchanged


# ------------------------------------------------------------------------------------------
# 4. CI formats: SARIF URIs, GitHub workflow commands, GitLab paths
# ------------------------------------------------------------------------------------------

ODD_NAME = "mapp med mellanslag/100% rätt,x:y#z?.yaml"


def test_sarif_uri_is_percent_encoded(run) -> None:
    Path("mapp med mellanslag").mkdir()
    Path(ODD_NAME).write_text(plan_yaml(), encoding="utf-8")
    code, out, _ = run("validate", "-f", "sarif", ODD_NAME)
    assert code == 1
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in json.loads(out)["runs"][0]["results"] for loc in result["locations"]}
    assert uris == {"mapp%20med%20mellanslag/100%25%20r%C3%A4tt%2Cx%3Ay%23z%3F.yaml"}
    assert {unquote(u) for u in uris} == {ODD_NAME}


def test_github_annotations_escape_file_names_and_messages(run) -> None:
    name = "a%,b:c\nd.yaml"
    Path(name).write_text(plan_yaml(name="Rad\n::error::falsk\x1b[31m"), encoding="utf-8")
    code, out, _ = run("validate", "-f", "github", name)
    assert code == 1
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert commands and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in commands)
    assert not any(line.startswith("::error::") for line in out.splitlines())  # the plan's fake command stays inside
    properties = commands[0].split(" ", 1)[1].split("::", 1)[0]
    file = dict(p.split("=", 1) for p in properties.split(","))["file"]
    assert file == "a%25%2Cb%3Ac%0Ad.yaml"
    assert unquote(file) == name
    assert "\x1b" not in out


def test_gitlab_report_keeps_the_file_name_exactly(run) -> None:
    Path("mapp med mellanslag").mkdir()
    Path(ODD_NAME).write_text(plan_yaml(), encoding="utf-8")
    code, out, _ = run("validate", "-f", "gitlab", ODD_NAME)
    assert code == 1
    assert {issue["location"]["path"] for issue in json.loads(out)} == {ODD_NAME}
