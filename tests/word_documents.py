"""Word documents built from the two seed texts in ``tests/sources/`` with python-docx, the way
their authors would have written them: a title page, the header table (in the page header),
Heading 1/2/3 styles (typed numbers, or Word's own numbering in the ``numbered`` variant), List
Bullet / List Bullet 2 for lists, real tables (budget with party columns and a bold total row,
a bold "delsumma" row, forum tables, related systems), the abbreviation list and figure
captions.

The seed texts are text extractions; what the extraction added and the author never typed is
dropped here, each with its reason:

- the table of contents (a Word field that python-docx cannot build; the importer skips it);
- the header cell "Sida: (1)11" (a page field);
- websesam's repeated header cell "Budget" before the total row, and the "------" separator row
  after the working-forum header row (layout);
- "Hjälpmiddelscen tralen": one word broken over two lines inside a table cell, joined.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt

SOURCES = Path(__file__).resolve().parent / "sources"

_HEADING = re.compile(r"^(?:#+\s+)?(?:\*\*)?(\d+(?:\.\d+)*)\s+(.+?)(?:\*\*)?\s*$")
_INLINE = re.compile(
    r"<b><i>(?P<bi>.+?)</i></b>|<b>(?P<b>.+?)</b>|\*\*(?P<b2>.+?)\*\*|<i>(?P<i>.+?)</i>"
    r"|\[(?P<lt>[^\]]+)\]\((?P<lu>[^)]*)\)|<a href=\"(?P<au>[^\"]*)\">(?P<at>.+?)</a>"
)


# --------------------------------------------------------------------------------------------
# Writing runs, links, lists and numbering with python-docx
# --------------------------------------------------------------------------------------------


def add_link(paragraph, text: str, url: str) -> None:
    """A hyperlink run (an external relationship; "#" stays a placeholder)."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_inline(paragraph, text: str, bold: bool = False) -> None:
    """``text`` with the seed's inline markup (<b>, **, <i>, links) as Word runs."""
    at = 0
    for match in _INLINE.finditer(text):
        if match.start() > at:
            paragraph.add_run(text[at:match.start()]).bold = bold or None
        if match["bi"]:
            run = paragraph.add_run(match["bi"])
            run.bold, run.italic = True, True
        elif match["b"] or match["b2"]:
            paragraph.add_run(match["b"] or match["b2"]).bold = True
        elif match["i"]:
            paragraph.add_run(match["i"]).italic = True
        elif match["lt"]:
            add_link(paragraph, match["lt"], match["lu"])
        else:
            add_link(paragraph, match["at"], match["au"])
        at = match.end()
    if at < len(text):
        paragraph.add_run(text[at:]).bold = bold or None


def _heading_numbering(document) -> int:
    """A multilevel decimal numbering (1, 1.1, 1.1.1) as Word's "Heading" list; its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for level in range(3):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"),
                           ("w:lvlText", ".".join(f"%{i + 1}" for i in range(level + 1))),
                           ("w:pStyle", f"Heading{level + 1}")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            lvl.append(element)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return 90


def add_heading(document, number: str, title: str, numbered_by_word: bool) -> None:
    level = number.count(".") + 1
    if not numbered_by_word:
        document.add_heading(f"{number} {title}", level)
        return
    paragraph = document.add_heading(title, level)
    props = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level - 1))
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "90")
    num_pr.append(ilvl)
    num_pr.append(num_id)
    props.append(num_pr)


def add_table(document, rows: list[list[str]], bold_rows: set[int] = frozenset()) -> None:
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for index, cells in enumerate(rows):
        for column, text in enumerate(cells):
            cell = table.cell(index, column)
            add_inline(cell.paragraphs[0], text, bold=index == 0 or index in bold_rows)


# --------------------------------------------------------------------------------------------
# The body: headings, prose, lists, tables and captions from a seed text
# --------------------------------------------------------------------------------------------


def _body(document, lines: list[str], numbered_by_word: bool, fix_cell=lambda t: t) -> None:
    table: list[list[str]] = []
    title_row: str | None = None

    def flush_table() -> None:
        nonlocal table, title_row
        if title_row:
            add_inline(document.add_paragraph(), title_row, bold=True)
        if table:
            bold = {i for i, row in enumerate(table)
                    if re.match(r"^(<b>|totalt|summa|delsumma)", row[0].strip(), re.I)}
            clean = [[re.sub(r"</?[bi]>", "", c) if i in bold else c for c in row] for i, row in enumerate(table)]
            add_table(document, [[fix_cell(c.strip()) for c in row] for row in clean], bold)
        table, title_row = [], None

    for index, raw in enumerate(lines):
        line = raw.rstrip("\n")
        if "\t" in line:
            cells = line.split("\t")
            if not any(c.strip() for c in cells[1:]) and not table:
                title_row = cells[0].strip()  # "Budget 2025, …\t": the table's title above it
                continue
            if set(line.replace("\t", "").strip()) <= {"-"}:
                continue  # the extraction's separator row
            if not cells[0].strip() and "Budget" in line:
                continue  # the repeated header cell before the total row
            while cells and not cells[-1].strip() and len(cells) > 2:
                cells.pop()
            table.append(cells)
            continue
        if not line.strip():
            following = next((l for l in lines[index + 1:] if l.strip()), "")
            if table and "\t" in following:
                continue  # a blank line inside a table
            flush_table()
            continue
        flush_table()
        stripped = line.strip()
        heading = _HEADING.match(line)
        if heading and not line.startswith((" ", "-")) and len(heading[2]) < 90:
            add_heading(document, heading[1], heading[2].replace("**", "").strip(), numbered_by_word)
        elif re.match(r"^ +- ", line):
            add_inline(document.add_paragraph(style="List Bullet 2"), stripped[2:])
        elif line.startswith("- "):
            add_inline(document.add_paragraph(style="List Bullet"), line[2:].strip())
        elif stripped.startswith("Figur:"):
            document.add_paragraph(stripped, style="Caption")
        elif line.endswith("  "):
            add_inline(document.add_paragraph(), stripped)  # a line of its own in the source
        else:
            add_inline(document.add_paragraph(), stripped)
    flush_table()


def _body_lines(path: Path, first_heading: str) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [i for i, l in enumerate(lines) if re.sub(r"[#*\s]", "", l) == re.sub(r"\s", "", first_heading)]
    return lines[starts[-1]:]  # the last match: the first one is the table of contents


def _header_table(document, rows: list[list[str]]) -> None:
    header = document.sections[0].header
    table = header.add_table(rows=len(rows), cols=len(rows[0]), width=document.sections[0].page_width)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def websesam(path: Path, numbered_by_word: bool = False) -> Path:
    """``websesam-2025.txt`` as a .docx."""
    document = Document()
    if numbered_by_word:
        _heading_numbering(document)
    _header_table(document, [
        ["Dokumenttyp:", "Förvaltningsplan webSesam", "Version:", "1.0"],
        ["Status:", "Utgåva", "", ""],
        ["Utfärdat av:", "Piotr Gabrys", "Utf datum:", "2024-12-01"],
        ["Godkänt av :", "Ledningsråd för hjälpmedel", "Godk datum:", "2025-02-04"],
    ])
    document.add_paragraph("Förvaltningsplan för webSesam", style="Title")
    document.add_paragraph("IT-stöd för hjälpmedelsförsörjning år 2025", style="Subtitle")
    document.add_paragraph("VästKom")
    document.add_paragraph("VÄSTRA GÖTALANDSREGIONEN")
    document.add_page_break()
    lines = _body_lines(SOURCES / "websesam-2025.txt", "1 Inledning")
    _body(document, lines, numbered_by_word, fix_cell=lambda t: t.replace("Hjälpmiddelscen tralen", "Hjälpmiddelscentralen"))
    document.save(path)
    return path


def shvo(path: Path, numbered_by_word: bool = False) -> Path:
    """``shvo-2026.txt`` as a .docx (Word-numbered headings with ``numbered_by_word``)."""
    document = Document()
    if numbered_by_word:
        _heading_numbering(document)
    document.add_paragraph("ARBETSMATERIAL")
    document.add_paragraph("Förvaltningsplan 2026", style="Title")
    document.add_paragraph("Samordnad hälsa, vård och omsorg", style="Subtitle")
    document.add_paragraph("Vårdsamverkan Västra Götaland")
    paragraph = document.add_paragraph("Ställningstagande i VVG: ")
    paragraph.add_run("2025-12-10?").bold = True
    document.add_paragraph("VästKom")
    document.add_paragraph("VÄSTRA GÖTALANDSREGIONEN")
    document.add_page_break()
    lines = _body_lines(SOURCES / "shvo-2026.txt", "1 Inledning")
    _body(document, lines, numbered_by_word)
    document.save(path)
    return path


def with_figure(path: Path, image: bytes) -> Path:
    """A small plan with an embedded picture, its caption and its alternative text."""
    document = Document()
    document.add_paragraph("Förvaltningsplan 2026", style="Title")
    document.add_heading("1 Organisation", 1)
    document.add_paragraph("Så här ser organisationen ut.")
    import io

    document.add_picture(io.BytesIO(image))
    doc_pr = document.inline_shapes[0]._inline.docPr
    doc_pr.set("descr", "Tre rutor: styrgrupp, referensgrupp och GITS")
    document.add_paragraph("Figur: Organisationen", style="Caption")
    document.save(path)
    return path
