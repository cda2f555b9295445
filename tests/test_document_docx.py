"""Issue 14, Word: ``plan render -f docx`` gives an editable Word file in the house style.

Each shipped plan and the example is rendered to .docx and read back with python-docx as Word
would show it: every heading of the document in a Word heading style (the navigation pane), every
table's first row repeated on each page, amounts right-aligned, the document properties a registrar
files by (title, author, subject, language, Diarienummer). LibreOffice then prints the three files
to PDF in one run, and every heading and every amount of the document is in the printed text.
Hostile plan text stays text: no OpenXML from a plan, no file read through an image.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import PLANS, ROOT
from conftest import plan as run_plan
from system_parts import require

pytestmark = pytest.mark.slow  # runs pandoc and LibreOffice

docx = pytest.importorskip("docx", reason="python-docx is in the test extra")

EXAMPLE = ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"
DOCUMENTS = {
    "websesam": (PLANS / "2025-websesam.yaml", []),
    "shvo": (PLANS / "2026-shvo.yaml", ["--allow-errors"]),
    "example": (EXAMPLE, []),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AMOUNT = re.compile(r"^[−-]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?: ?%)?$")


def _markdown(path: Path, extra: list[str]) -> str:
    done = run_plan("render", str(path), "-f", "md", *extra)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _outline(markdown: str) -> tuple[list[tuple[int, str]], list[str]]:
    """The Markdown document's headings (level, text) and the text of its table cells."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    headings, cells = [], []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            headings.append((int(token.tag[1]), _plain(tokens[index + 1])))
        elif token.type in ("td_open", "th_open"):
            cells.append(_plain(tokens[index + 1]))
    return headings, cells


def _plain(inline) -> str:
    return "".join(child.content for child in inline.children or [] if child.type in ("text", "code_inline")).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u2011", "-")).strip()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """Each plan as .docx (and its Markdown, the document's text as every format has it)."""
    require("pandoc")
    folder = tmp_path_factory.mktemp("docx")
    out: dict[str, tuple[Path, str]] = {}
    for name, (path, extra) in DOCUMENTS.items():
        target = folder / f"{name}.docx"
        done = run_plan("render", str(path), "-f", "docx", "-o", str(target), *extra, timeout=180)
        assert done.returncode == 0, done.stderr
        out[name] = (target, _markdown(path, extra))
    return out


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_heading_has_a_word_heading_style(rendered, name: str) -> None:
    path, markdown = rendered[name]
    document = docx.Document(str(path))
    styled = [(p.style.name, _squash(p.text)) for p in document.paragraphs]
    headings, _ = _outline(markdown)
    title = [text for level, text in headings if level == 1]
    assert ("Title", _squash(title[0])) in styled
    word_headings = [(style, text) for style, text in styled if style.startswith("Heading")]
    expected = [(f"Heading {level - 1}", _squash(text)) for level, text in headings
                if level > 1 and text != "Innehåll"]
    assert word_headings == expected
    # The navigation pane and the TOC field go by the heading styles' outline levels; a heading
    # keeps with what follows it.
    for level in range(1, 4):
        style = document.styles.element.get_by_id(f"Heading{level}")
        assert style.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == str(level - 1)
        assert style.find(f"{W}pPr/{W}keepNext") is not None


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_table_of_contents_is_a_word_field_titled_innehall(rendered, name: str) -> None:
    path, _ = rendered[name]
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert re.search(r'<w:docPartGallery w:val="Table of Contents"/>', xml)
    assert re.search(r"<w:instrText[^>]*> TOC \\o &quot;1-2&quot;|<w:instrText[^>]*> TOC \\o \"1-2\"", xml)
    assert "<w:t>Innehåll</w:t>" in xml
    # The Markdown's own list of links is not there twice.
    assert docx.Document(str(path)).paragraphs[0].text != "Innehåll"


def _markdown_tables(markdown: str) -> list[list[str]]:
    """Each Markdown table's column alignments ("right", "left", "")."""
    from markdown_it import MarkdownIt

    tables: list[list[str]] = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "th_open":
            style = token.attrGet("style") or ""
            tables[-1].append("right" if "right" in style else "")
    return tables


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_tables_repeat_their_header_row_and_align_amounts_right(rendered, name: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    path, markdown = rendered[name]
    document = docx.Document(str(path))
    alignments = _markdown_tables(markdown)
    assert len(document.tables) == len(alignments) > 0
    amounts = 0
    for table, columns in zip(document.tables, alignments):
        first = table.rows[0]._tr
        assert len(first.findall(f"{W}trPr/{W}tblHeader")) == 1, table.rows[0].cells[0].text
        for row in table.rows[1:]:
            assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None
            for cell, alignment in zip(row.cells, columns):
                if not cell.text.strip():
                    continue
                right = cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
                assert right == (alignment == "right"), (table.rows[0].cells[0].text, cell.text)
                if re.fullmatch(r"[−-]?\d{1,3}(?:[ \u00a0]\d{3})+", cell.text.strip("*_ ")):
                    amounts += 1  # an amount in thousands is always in a right-aligned column
                    assert right, (table.rows[0].cells[0].text, cell.text)
    assert amounts > 3


def _custom(path: Path) -> dict[str, str]:
    xml = zipfile.ZipFile(path).read("docProps/custom.xml").decode()
    return dict(re.findall(r'name="([^"]+)"><vt:lpwstr>([^<]*)</vt:lpwstr>', xml))


def test_document_properties_of_the_example(rendered) -> None:
    path, _ = rendered["example"]
    core = docx.Document(str(path)).core_properties
    assert core.title == "VERKSAMHETSPLAN 2019 MED BUDGET OCH PLAN FÖR 2020–2021"
    assert core.author == "Maria Lindqvist"  # utfärdat av
    assert core.subject == "Gemensamt e-arkiv för medlemskommunerna"
    assert core.language == "sv-SE"
    assert "Verksamhetsplan" in core.keywords
    custom = _custom(path)
    assert custom["Diarienummer"] == "2018/0042"
    assert custom["Version"] == "1.1"
    assert custom["Dokumentrad"] == "Version 1.1 · Dnr 2018/0042"
    assert custom["Framställt"].startswith("Framställt 20") and "/" not in custom["Framställt"].split(" ur ")[1]


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_plan_is_titled_in_swedish_with_its_header_filled(rendered, name: str) -> None:
    path, _ = rendered[name]
    core = docx.Document(str(path)).core_properties
    assert core.title and core.language == "sv-SE"
    package = zipfile.ZipFile(path)
    styles = package.read("word/styles.xml").decode()
    assert 'w:val="sv-SE"' in styles
    header = "".join(package.read(n).decode() for n in package.namelist() if re.fullmatch(r"word/header\d*\.xml", n))
    texts = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", header))
    assert core.title.replace("&", "&amp;") in texts.replace("&", "&amp;")  # TITLE field's cached result
    assert "Sida " in texts and " av " in texts and "PAGE" in header and "NUMPAGES" in header
    assert _custom(path)["Dokumentrad"] in texts


def test_a_rendered_docx_is_own_output_and_a_foreign_one_is_not(rendered, tmp_path: Path) -> None:
    from forvaltning_cli.render.docx import is_own_docx

    path, _ = rendered["example"]
    assert is_own_docx(path)
    assert not is_own_docx(ROOT / "templates" / "docx" / "reference.docx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    assert not is_own_docx(tmp_path / "broken.docx")


@pytest.mark.slow
def test_libreoffice_prints_every_heading_and_amount(rendered, tmp_path: Path) -> None:
    require("poppler")
    soffice = require("libreoffice")
    outdir = tmp_path / "pdf"
    files = [str(path) for path, _ in rendered.values()]
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), *files],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    for name, (path, markdown) in rendered.items():
        pdf = outdir / f"{path.stem}.pdf"
        assert pdf.exists(), (name, done.stdout, done.stderr)
        text = _squash(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                      check=True).stdout)
        flat = _squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                      check=True).stdout)
        headings, cells = _outline(markdown)
        for _, heading in headings:
            words = _squash(heading)
            assert words in flat or words in text or _hyphen_free(words) in _hyphen_free(flat), (name, heading)
        for cell in cells:
            value = _squash(cell.strip("*_ "))
            if AMOUNT.match(value):  # pdftotext may drop the (non-breaking) space in "3 %"
                assert value.replace(" ", "") in text.replace(" ", ""), (name, value)


def _hyphen_free(text: str) -> str:
    """Text with line-end hyphenation (Swedish, in narrow cells and long headings) undone."""
    return re.sub(r"-\s", "", text).replace(" ", "")


# ------------------------------------------------------------------------------------------------
# Hostile text and house style


HOSTILE = '<w:p><w:r><w:t>INJICERAD</w:t></w:r></w:p>'


def _hostile_plan(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    plan = folder / "plan.yaml"
    plan.write_text(f"""\
schema_version: 1
document:
  title: "Plan {HOSTILE} `{{=openxml}}` ![x](/etc/passwd)"
  status: Utgåva
period:
  start: 2025-01-01
  end: 2025-12-31
sections:
  - id: inledning
    number: "1"
    title: "Inledning {HOSTILE}"
    content:
      - text: |
          ![hemligt](/etc/passwd) och ![lokal](plan.yaml) och <img src="/etc/hostname">

          ```{{=openxml}}
          {HOSTILE}
          ```

          `{HOSTILE}`{{=openxml}} [länk](file:///etc/passwd)
""", encoding="utf-8")
    return plan


def test_hostile_plan_text_stays_text_and_reads_no_file(tmp_path: Path) -> None:
    require("pandoc")
    plan = _hostile_plan(tmp_path / "repo")
    target = tmp_path / "out.docx"
    done = run_plan("render", str(plan), "-f", "docx", "-o", str(target), "--allow-errors")
    assert done.returncode == 0, done.stderr
    package = zipfile.ZipFile(target)
    xml = package.read("word/document.xml").decode()
    assert "<w:t>INJICERAD</w:t>" not in xml  # the plan's OpenXML is text, never markup
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "<w:p>" in text  # shown as the characters the plan has
    assert not [n for n in package.namelist() if n.startswith("word/media/")]
    everything = b"".join(package.read(n) for n in package.namelist())
    assert b"root:x:0:0" not in everything
    assert "file:///etc/passwd" not in package.read("word/_rels/document.xml.rels").decode()


def test_prepare_drops_raw_markup_and_embeds_only_images_from_the_plan_folder(tmp_path: Path) -> None:
    from forvaltning_cli.render.docx import _stringify, prepare

    png = (ROOT / "tests" / "corpus").glob("*.png")
    (tmp_path / "bilder").mkdir()
    image = next(iter(png), None)
    picture = tmp_path / "bilder" / "modell.png"
    picture.write_bytes(image.read_bytes() if image else b"\x89PNG\r\n\x1a\n" + b"\0" * 32)

    def img(url: str) -> dict:
        return {"t": "Image", "c": [["", [], []], [{"t": "Str", "c": "alt"}], [url, ""]]}

    tree = {"pandoc-api-version": [1, 22, 2, 1], "meta": {}, "blocks": [
        {"t": "RawBlock", "c": ["openxml", HOSTILE]},
        {"t": "Para", "c": [{"t": "RawInline", "c": ["openxml", HOSTILE]}, img("/etc/passwd"),
                            img("../utanfor.png"), img("https://example.org/x.png"), img("bilder/modell.png"),
                            {"t": "Link", "c": [["", [], []], [{"t": "Str", "c": "fil"}], ["file:///etc/passwd", ""]]}]},
    ]}
    refused: list[str] = []
    out = prepare(tree, [tmp_path], refused)
    flat = repr(out)
    assert "INJICERAD" not in flat and "RawInline" not in flat and "file:///" not in flat
    images = re.findall(r"'(data:[^']{0,40})", flat)
    assert len(images) == 1 and images[0].startswith("data:image/png;base64,")
    assert _stringify(out["blocks"]).count("Bild saknas") == 3 and len(refused) == 3


def test_a_house_reference_document_beside_the_plans_wins(tmp_path: Path) -> None:
    require("pandoc")
    repo = tmp_path / "repo"
    plan = _hostile_plan(repo)
    plan.write_text(plan.read_text().replace(HOSTILE, "x").replace("/etc/passwd", "a.png"), encoding="utf-8")
    house = repo / "templates" / "docx"
    house.mkdir(parents=True)
    with zipfile.ZipFile(ROOT / "templates" / "docx" / "reference.docx") as source, \
            zipfile.ZipFile(house / "reference.docx", "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("word/header"):
                data = data.replace(b">Sida <", b">Husets sida <")
            target.writestr(item, data)
    out = tmp_path / "out.docx"
    done = run_plan("render", str(plan), "-f", "docx", "-o", str(out), "--allow-errors")
    assert done.returncode == 0, done.stderr
    package = zipfile.ZipFile(out)
    headers = b"".join(package.read(n) for n in package.namelist() if n.startswith("word/header"))
    assert b"Husets sida" in headers


def test_rendering_again_replaces_its_own_docx_and_never_a_foreign_one(tmp_path: Path) -> None:
    require("pandoc")
    target = tmp_path / "plan.docx"
    first = run_plan("render", str(PLANS / "2025-websesam.yaml"), "-f", "docx", "-o", str(target))
    assert first.returncode == 0, first.stderr
    again = run_plan("render", str(PLANS / "2025-websesam.yaml"), "-f", "docx", "-o", str(target))
    assert again.returncode == 0, again.stderr  # its own output: replaced without --force
    foreign = tmp_path / "foreign.docx"
    import zipfile
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    before = foreign.read_bytes()
    refused = run_plan("render", str(PLANS / "2025-websesam.yaml"), "-f", "docx", "-o", str(foreign))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert foreign.read_bytes() == before


def test_an_amount_is_one_word_when_columns_are_sized() -> None:
    """Amounts are written with no-break spaces ("1 489 000"): a column must be at least as wide as
    the whole amount, or Word and LibreOffice break it inside ("1 489 0" / "00")."""
    import json

    from forvaltning_cli.render.docx import CELL_PADDING, LINE_CHARACTERS, _column_widths

    require("pandoc")
    nbsp = "\u00a0"
    markdown = ("| Rad | Budget |\n| --- | ---: |\n"
                f"| {'ord ' * 30}| 1{nbsp}489{nbsp}000 |\n")
    document = json.loads(subprocess.run(["pandoc", "-f", "gfm", "-t", "json"], input=markdown, text=True,
                                         capture_output=True, check=True).stdout)
    table = next(block for block in document["blocks"] if block["t"] == "Table")
    _column_widths(table)
    amount_share = table["c"][2][1][1]["c"]
    assert amount_share >= (len("1 489 000") + CELL_PADDING) / LINE_CHARACTERS


def _pandoc_table(markdown: str) -> dict:
    import json

    require("pandoc")
    document = json.loads(subprocess.run(["pandoc", "-f", "gfm", "-t", "json"], input=markdown, text=True,
                                         capture_output=True, check=True).stdout)
    return next(block for block in document["blocks"] if block["t"] == "Table")


def test_a_table_too_wide_for_the_page_gets_smaller_text_and_its_amounts_still_fit() -> None:
    """The follow-up table (seven columns of amounts in kronor and öre) does not fit across A4 at
    the normal size: it is set smaller, down to 7 pt, and every amount still gets its whole width."""
    from forvaltning_cli.render.docx import (
        CELL_PADDING, LINE_CHARACTERS, SMALLEST_HALF_POINTS, TABLE_HALF_POINTS, _column_widths, _tables,
    )

    nbsp = "\u00a0"
    amount = f"2{nbsp}894{nbsp}780,50"
    wide = _pandoc_table("| Rad | Budget | Utfall | Prognos | Kvar | Förbrukat | Avvikelse |\n"
                         "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
                         f"| **Totalt budgetrader** | **{amount}** | **{amount}** | **{amount}** | **{amount}** | "
                         f"**100 %** | **{amount}** |\n")
    size = _column_widths(wide)
    assert size is not None and SMALLEST_HALF_POINTS <= size < TABLE_HALF_POINTS
    line = LINE_CHARACTERS * TABLE_HALF_POINTS / size  # characters across the page at that size
    shares = [spec[1]["c"] for spec in wide["c"][2]]
    assert all(share * line >= (len(amount) * 1.15 + CELL_PADDING) * 0.999 for share in shares[1:4])  # bold amounts
    narrow = _pandoc_table("| Rad | Budget |\n| --- | ---: |\n| Drift | 1 000 |\n")
    assert _column_widths(narrow) is None

    xml = ('<w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r>'
           '<w:r><w:rPr><w:b/><w:lang w:val="sv-SE"/></w:rPr><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
           '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>')
    out = _tables(xml, [15, None])
    first, second = out.split("</w:tbl>")[:2]
    assert first.count('<w:sz w:val="15"/>') == 2  # both runs of the too-wide table
    assert '<w:b/><w:sz w:val="15"/><w:szCs w:val="15"/><w:lang' in first  # in the schema's order
    assert "w:sz" not in second  # the other table keeps the normal size
