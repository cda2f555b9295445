"""Issue 14: the document shows what the plan says.

One set of figures everywhere (a stated total is shown as stated, the computed one beside it,
labelled), a notice the board can read (what is wrong, by how much, where — no rule ids or YAML
lines), nothing the board did not approve unless asked for (``--appendix``, labelled), keys by
their text, and portable Markdown (valid GFM tables, no GitHub-only syntax). Each test reads the
rendered document, in HTML and Markdown, as a reader sees it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from forvaltning_cli.lint import Settings, lint
from forvaltning_cli.render import render_text
from forvaltning_cli.render.view import build_view

ROOT = Path(__file__).resolve().parents[1]
SHVO = ROOT / "plans" / "2026-shvo.yaml"
WEBSESAM = ROOT / "plans" / "2025-websesam.yaml"
EXAMPLE = ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"
NBSP = "\u00a0"
FORMATS = ["html", "md"]


def nb(text: str) -> str:
    return text.replace(" ", NBSP)


def amounts(text: str) -> str:
    """Expected document text: the spaces inside amounts and before their unit non-breaking."""
    return re.sub(r"(?<=\d) (?=\d{3}\b)|(?<=\d) (?=(?:kr|%)\b)", NBSP, text)


def _linted(path: Path):
    return lint(path, str(path.relative_to(ROOT)), Settings.load())


def document(path: Path, fmt: str, appendix: bool = False, template_dir: Path | None = None) -> str:
    linted = _linted(path)
    return render_text(linted.plan, str(path.relative_to(ROOT)), linted.findings, fmt, template_dir, path,
                       appendix=appendix)


def markdown_html(text: str) -> str:
    """CommonMark with GFM tables, as GitHub, GitLab and pandoc read it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(text)


class Tables(HTMLParser):
    """Every table as rows of cell texts (caption, then rows); and the document's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._caption = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": "", "rows": [], "attrs": dict(attrs)})
        elif tag == "caption":
            self._caption = True
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self.tables:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag == "caption":
            self._caption = False
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1]["rows"][-1].append(re.sub(r"[ \n]+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._caption and self.tables:
            self.tables[-1]["caption"] += data
        if self._cell is not None:
            self._cell.append(data)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def read(text: str, fmt: str) -> Tables:
    parsed = Tables()
    parsed.feed(text if fmt == "html" else markdown_html(text))
    return parsed


def row(tables: Tables, first: str) -> list[str]:
    """The cells of the row whose first cell is ``first`` (markup stripped), in any table."""
    for table in tables.tables:
        for cells in table["rows"]:
            if cells and cells[0].strip("*") == first:
                return cells
    raise AssertionError(f"no row {first!r}")


def shown(cell: str) -> str:
    """A cell as read: emphasis and the brackets and colon of "(beräknat: …)" dropped."""
    return re.sub(r"[ \n]+", " ", re.sub(r"[*()]|(?<=beräknat):", "", cell)).strip()


def pair(stated: str, computed: str) -> str:
    """A stated figure with the computed one beside it, as read: ``16 000 000 beräknat 15 900 000``."""
    return f"{nb(stated)} beräknat {nb(computed)}"


# --------------------------------------------------------------------------------------------
# SHVO: one set of party totals everywhere
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_shvo_budget_total_shows_the_stated_totals_and_the_computed_ones_labelled(fmt: str) -> None:
    tables = read(document(SHVO, fmt), fmt)
    assert [shown(cell) for cell in row(tables, "Totalt")] == [
        "Totalt", pair("16 000 000", "15 900 000"), pair("5 740 000", "5 800 000"),
        pair("10 260 000", "10 100 000")]
    # The lines are the plan's own, unlabelled.
    assert row(tables, "Möten, utbildning, kommunikation")[1:] == [nb("300 000"), nb("100 000"), nb("200 000")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_shvo_split_appendix_keeps_the_stated_amounts_and_names_keys_by_text(fmt: str) -> None:
    text = document(SHVO, fmt, appendix=True)
    tables = read(text, fmt)
    split = next(t for t in tables.tables if t["rows"] and t["rows"][0][:2] == ["Rad", "Fördelningsnyckel"])
    rows = {cells[0].strip("*"): cells for cells in split["rows"][1:]}
    # "Möten" states 100 000 / 200 000: shown as stated, the key's split labelled computed.
    meetings = rows["Möten, utbildning, kommunikation"]
    assert [shown(cell) for cell in meetings[3:]] == [pair("100 000", "90 000"), pair("200 000", "210 000")]
    assert "följer ingen nyckel" in meetings[1]
    # Party totals: the plan's stated ones, the column's computed sum labelled, the keys' too.
    total = [shown(cell) for cell in rows["Totalt"]]
    assert total[2] == pair("16 000 000", "15 900 000")
    assert total[3].startswith(pair("5 740 000", "5 800 000"))
    assert total[4].startswith(pair("10 260 000", "10 100 000"))
    # Keys by their text, never by id; Utveckling and Support follow the development key too.
    key_ids = {"lonekostnader", "it-tjanst", "utveckling-support"}
    assert not any(cells[1] in key_ids or any(k in cells[1] for k in key_ids) for cells in split["rows"])
    for line in ("Utveckling inkluderat teknisk resurs", "Support (ta höjd för ev. ökat behov under året)"):
        assert "Kostnader för utveckling av tjänsten" in rows[line][1], line
    assert "Lönekostnader för funktionskoordinatorer" in rows["Processledare/Funktionskoordinatorer (580%)"][1]


def test_shvo_every_figure_in_the_view_agrees() -> None:
    """The notice, the budget table and the split appendix all quote the same stated totals."""
    linted = _linted(SHVO)
    view = build_view(linted.plan, "plan.yaml", linted.findings, appendix=True)
    total = view.budget_rows[-1]
    assert total.parties == {"VGK": 5_740_000, "VGR": 10_260_000}
    assert total.computed_parties == {"VGK": 5_800_000, "VGR": 10_100_000}
    assert view.split.stated_totals == total.parties
    assert view.split.shown_totals == total.computed_parties
    notice = " ".join(item.text for item in view.notice["items"])
    for figure in ("16 000 000", "15 900 000", "5 740 000", "5 800 000", "10 260 000", "10 100 000"):
        assert nb(figure) in notice, figure


# --------------------------------------------------------------------------------------------
# The notice speaks to the board
# --------------------------------------------------------------------------------------------

RULE_IDS = sorted(p.stem.replace("_", "-") for p in (ROOT / "src" / "forvaltning_cli" / "checks").glob("*.py")
                  if p.stem != "__init__")


def _notice_text(text: str, fmt: str) -> str:
    if fmt == "md":
        return "\n".join(line for line in text.splitlines() if line.startswith(">"))
    return text.split('class="notice"', 1)[1].split("</section>", 1)[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_notice_says_what_is_wrong_by_how_much_and_where_in_plain_swedish(fmt: str) -> None:
    notice = _notice_text(document(SHVO, fmt), fmt)
    assert amounts("Totalsumman i budgeten (avsnitt 5.1) anges till 16 000 000 kr, men raderna summerar till "
              "15 900 000 kr — 100 000 kr för mycket.") in notice
    assert amounts("anges till 5 740 000 kr, men kolumnens rader summerar till 5 800 000 kr — 60 000 kr för lite.") in notice
    assert amounts("anges till 10 260 000 kr") in notice and amounts("160 000 kr för mycket") in notice
    assert not [rule for rule in RULE_IDS if rule in notice]
    assert not re.search(r"\brad \d", notice) and ".yaml" not in notice and "plans/" not in notice
    # Every amount holds together: no ordinary space inside or before "kr".
    assert not re.search(r"\d \d{3}\b|\d kr\b", notice)


def test_a_finding_without_its_own_sentence_is_shown_plainly_with_its_place() -> None:
    from forvaltning_cli.findings import Finding, Severity

    linted = _linted(WEBSESAM)
    odd = Finding("plan.yaml", 12, 3, "budget-sign", Severity.ERROR,
                  "raden 'Support' är en kostnad och får inte ha ett negativt belopp, men har −2 400 000 kr",
                  where="budget.items[2].amount")
    view = build_view(linted.plan, "plan.yaml", [odd])
    (item,) = view.notice["items"]
    assert item.text == amounts("Raden 'Support' är en kostnad och får inte ha ett negativt belopp, men har "
                           "−2 400 000 kr (avsnitt 3.1).")
    assert item.anchor == "budget"


# --------------------------------------------------------------------------------------------
# Nothing the board did not approve, unless asked for
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_websesam_without_appendix_has_only_what_the_plan_states(fmt: str) -> None:
    text = document(WEBSESAM, fmt)
    tables = read(text, fmt)
    assert nb("2 316 000") not in text and nb("434 250") not in text  # the computed 80/15/5 amounts
    assert "övriga uppgifter" not in text and "Beräknat av plan render" not in text
    sources = next(t for t in tables.tables if t["rows"] and t["rows"][0][0] == "Finansieringskälla")
    assert sources["rows"][0] == ["Finansieringskälla", "Andel"]
    # The author's unplaced part is an appendix titled by what it is.
    assert "Bilaga 1: Fakturering" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_with_appendix_each_computed_table_is_captioned_and_labelled(fmt: str) -> None:
    text = document(WEBSESAM, fmt, appendix=True)
    body = text.split("Bilaga 2: Budgeten per finansieringskälla (beräknad)")[-1]
    assert "Beräknat av plan render ur planens uppgifter – ingår inte i beslutet." in body
    assert "Budgetens kostnader fördelade efter finansieringskällornas andelar (beräknat)" in body
    tables = read(body, fmt)
    assert [shown(c) for c in row(tables, "grundutrustning")] == ["grundutrustning", nb("5 %"), nb("144 750 kr")]
    shvo = document(SHVO, fmt, appendix=True)
    split = shvo.split("Bilaga 4: Budgeten fördelad per part (beräknad)")[-1]
    assert "ingår inte i beslutet" in split
    assert "Budgeten fördelad per part enligt fördelningsnycklarna (beräknad)" in split


def test_html_tables_are_captioned_regions() -> None:
    text = document(SHVO, "html", appendix=True)
    text = re.sub(r'<table class="document-data">.*?</table>', "", text, flags=re.S)  # the title block's
    regions = re.findall(r'<div class="table-region" role="region" tabindex="0" ([^>]*)>\s*<table', text)
    assert len(regions) == text.count("<table")
    ids = re.findall(r'<caption id="([^"]+)"', text)
    assert len(ids) == len(set(ids))
    for attributes in regions:
        labelled = re.fullmatch(r'aria-labelledby="([^"]+)"', attributes)
        assert labelled and labelled.group(1) in ids or re.fullmatch(r'aria-label="[^"]+"', attributes), attributes


# --------------------------------------------------------------------------------------------
# Portable Markdown
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SHVO, WEBSESAM, EXAMPLE], ids=lambda p: p.stem)
@pytest.mark.parametrize("appendix", [False, True])
def test_markdown_is_portable_gfm(path: Path, appendix: bool) -> None:
    from markdown_it import MarkdownIt

    text = document(path, "md", appendix=appendix)
    assert "[!" not in text and "<details" not in text.lower()
    groups = [group.split("\n") for group in re.findall(r"(?m)(?:^\|.*\n?)+", text)]
    # Each run of table lines is one GFM table, every row with the header's number of cells.
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert sum(token.type == "table_open" for token in tokens) == len(groups) > 0
    for group in groups:
        counts = {len(re.findall(r"(?<!\\)\|", line)) for line in group if line}
        assert len(counts) == 1, group[:3]


def test_markdown_figures_embed_the_image_or_say_it_is_missing(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(WEBSESAM.read_text(encoding="utf-8"))
    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "modell (ny).png").write_bytes(b"\x89PNG\r\n\x1a\n")
    data["sections"][0]["content"] = [
        {"figure": "Figur 1: Modellen", "image": "bilder/modell (ny).png", "alt": "Modellen [ritad] i tre steg"},
        {"figure": "Figur 2: Saknas"},
        {"figure": "Figur 3: Fientlig", "image": "javascript:alert(1)", "alt": "x"},
    ]
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    linted = lint(plan_file, "plan.yaml", Settings.load())
    text = render_text(linted.plan, "plan.yaml", [], "md", None, plan_file)
    assert "![Modellen \\[ritad\\] i tre steg](<bilder/modell%20(ny).png>)\n\n*Figur 1: Modellen*" in text
    assert "*Figur 2: Saknas*\n\nBild saknas." in text
    assert "javascript" not in text and "*Figur 3: Fientlig*\n\nBild saknas." in text
    html = markdown_html(text)
    assert '<img src="bilder/modell%20(ny).png" alt="Modellen [ritad] i tre steg"' in html


def test_markdown_empty_section_says_so(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(WEBSESAM.read_text(encoding="utf-8"))
    data["sections"].append({"id": "tom", "number": "7", "title": "Tomt avsnitt"})
    linted_file = tmp_path / "plan.yaml"
    linted_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    linted = lint(linted_file, "plan.yaml", Settings.load())
    text = render_text(linted.plan, "plan.yaml", linted.findings, "md", None, linted_file)
    assert "## 7 Tomt avsnitt\n\n*Avsnittet har inget innehåll i planen.*" in text


def test_markdown_title_block_has_registry_data_and_takes_an_extra_row(tmp_path: Path) -> None:
    text = document(EXAMPLE, "md")
    html = markdown_html(text)
    tables = read(html, "html")
    info = {cells[0]: cells[1] for cells in tables.tables[0]["rows"][1:]}
    assert info["Diarienummer"] and info["Dokumentansvarig"]
    house = tmp_path / "md"
    house.mkdir()
    (house / "document.md.j2").write_text(
        '{% extends "builtin/md/document.md.j2" %}\n'
        '{% block title_rows_extra %}| Sekretess | Offentlig |\n{% endblock %}\n'
        '{% block logo %}![Förbundets logotyp](<logo.png>)\n\n{% endblock %}\n', encoding="utf-8")
    custom = document(EXAMPLE, "md", template_dir=tmp_path)
    custom_tables = read(markdown_html(custom), "html")
    rows = {cells[0]: cells[1] for cells in custom_tables.tables[0]["rows"][1:]}
    assert rows["Sekretess"] == "Offentlig" and rows["Diarienummer"] == info["Diarienummer"]
    assert custom.index("![Förbundets logotyp](<logo.png>)") < custom.index("\n# ")
