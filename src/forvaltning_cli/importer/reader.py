"""Read a .docx with python-docx into a flat list of elements in document order.

python-docx, not pandoc or mammoth: Word-numbered headings carry their number only in the
numbering part (``w:numPr``), which python-docx exposes and pandoc's reader drops; table cells
keep their runs (a bold "Totalt" row), and the page header (where the header table usually
lives) is readable. Nothing external is ever followed: a hyperlink's target is read as text,
a linked (not embedded) image is skipped, templates and macros are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_TYPED_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,5})\.?\s+(\S.*)$")
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_R_LINK = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/svg+xml": "svg", "image/gif": "gif"}
MAX_IMAGES = 200


@dataclass
class Cell:
    markdown: str
    plain: str
    bold: bool


@dataclass
class Element:
    kind: str  # heading, para, item, table, image, caption
    text: str = ""  # Markdown
    plain: str = ""
    level: int = 0
    number: str | None = None
    word_numbered: bool = False
    style: str = ""
    bold: bool = False
    rows: list[list[Cell]] = field(default_factory=list)
    blob: bytes = b""
    ext: str = ""
    alt: str = ""
    linked_image: bool = False


def _markdown(paragraph) -> tuple[str, str, bool]:
    """A paragraph's runs as Markdown (bold, italics, links), its plain text, whether all bold."""
    from docx.text.hyperlink import Hyperlink

    pieces: list[tuple[str, bool, bool, str | None]] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            address = item.address or ""
            if item.fragment:
                address = f"{address}#{item.fragment}"
            pieces.append((item.text, False, False, address or "#"))
        else:
            pieces.append((item.text, bool(item.bold), bool(item.italic), None))
    out, plain = [], []
    merged: list[list] = []
    for text, bold, italic, link in pieces:
        if merged and link is None and merged[-1][3] is None and merged[-1][1:3] == [bold, italic]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic, link])
    for text, bold, italic, link in merged:
        plain.append(text)
        if not text.strip():
            out.append(text)
            continue
        if link is not None:
            out.append(f"[{text}]({link})")
            continue
        lead = text[: len(text) - len(text.lstrip())]
        tail = text[len(text.rstrip()):]
        core = text.strip()
        if bold and italic:
            core = f"***{core}***"
        elif bold:
            core = f"**{core}**"
        elif italic:
            core = f"*{core}*"
        out.append(lead + core + tail)
    texts = [p for p in pieces if p[0].strip()]
    all_bold = bool(texts) and all(p[1] for p in texts)
    return "".join(out).strip(), "".join(plain).strip(), all_bold


def _num_pr(paragraph):
    """The paragraph's numbering (``w:numPr``), its own or its style's (and base styles')."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        num_id = ppr.numPr.numId
        if num_id is not None and num_id.val != 0:
            return ppr.numPr
    style = paragraph.style
    seen = 0
    while style is not None and seen < 10:
        element = style.element.find(f"{_W}pPr/{_W}numPr")
        if element is not None:
            num_id = element.find(f"{_W}numId")
            if num_id is not None and num_id.get(f"{_W}val") not in (None, "0"):
                return element
        style = style.base_style
        seen += 1
    return None


def _ilvl(num_pr) -> int:
    if num_pr is None:
        return 0
    element = num_pr.find(f"{_W}ilvl")
    try:
        return int(element.get(f"{_W}val")) if element is not None else 0
    except (TypeError, ValueError):
        return 0


def _images(paragraph, part) -> list[Element]:
    found = []
    for blip in paragraph._p.iter(_BLIP):
        alt = ""
        for drawing in paragraph._p.iter(_DOC_PR):
            alt = drawing.get("descr") or drawing.get("title") or ""
        embed = blip.get(_R_EMBED)
        if embed and embed in part.rels and not part.rels[embed].is_external:
            image_part = part.rels[embed].target_part
            ext = IMAGE_TYPES.get(image_part.content_type)
            if ext:
                found.append(Element("image", blob=image_part.blob, ext=ext, alt=alt))
                continue
        found.append(Element("image", linked_image=True, alt=alt))
    return found


def _paragraph(paragraph, part) -> list[Element]:
    style = paragraph.style.name if paragraph.style is not None else ""
    elements = _images(paragraph, part)
    markdown, plain, bold = _markdown(paragraph)
    if not plain:
        return elements
    heading = _HEADING_STYLE.match(style)
    if heading:
        level = int(heading[1])
        typed = _TYPED_NUMBER.match(plain)
        if typed:
            return elements + [Element("heading", text=typed[2].strip(), plain=typed[2].strip(), level=level,
                                       number=typed[1], style=style)]
        return elements + [Element("heading", text=plain, plain=plain, level=level, style=style,
                                   word_numbered=_num_pr(paragraph) is not None)]
    if style.lower().startswith(("caption", "beskrivning", "bildtext")) or re.match(r"^(Figur|Bild)\s*\d*[:.]", plain):
        return elements + [Element("caption", text=plain, plain=plain, style=style)]
    lowered = style.lower()
    num_pr = _num_pr(paragraph)
    if lowered.startswith(("list bullet", "list number", "punktlista", "numrerad lista")) or num_pr is not None:
        own = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        suffix = re.search(r"\s(\d)$", style)
        level = _ilvl(num_pr) if own or not suffix else int(suffix[1]) - 1
        return elements + [Element("item", text=markdown, plain=plain, level=level, style=style)]
    return elements + [Element("para", text=markdown, plain=plain, style=style, bold=bold)]


def _table(table) -> Element:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell is listed once per grid column
            seen.add(id(cell._tc))
            parts = [_markdown(p) for p in cell.paragraphs]
            parts = [p for p in parts if p[1]]
            cells.append(Cell(" ".join(p[0] for p in parts), " ".join(p[1] for p in parts),
                              bool(parts) and all(p[2] for p in parts)))
        rows.append(cells)
    return Element("table", rows=rows)


@dataclass
class WordDocument:
    body: list[Element]
    header_tables: list[Element]
    header_paragraphs: list[str]


def read_docx(path: Path) -> WordDocument:
    try:
        from docx import Document
        from docx.table import Table
    except ImportError:  # an optional extra
        from ..errors import PlanError

        raise PlanError(
            "plan import kräver python-docx: installera med  pip install 'forvaltning-cli[import]'; inget skrevs"
        ) from None

    document = Document(str(path))
    part = document.part
    body: list[Element] = []
    images = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            body.append(_table(block))
        else:
            for element in _paragraph(block, part):
                if element.kind == "image":
                    images += 1
                    if images > MAX_IMAGES:
                        continue
                body.append(element)
    header_tables, header_paragraphs = [], []
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            if header.is_linked_to_previous:
                continue
            for table in header.tables:
                header_tables.append(_table(table))
            for paragraph in header.paragraphs:
                if paragraph.text.strip():
                    header_paragraphs.append(paragraph.text.strip())
    return WordDocument(body, header_tables, header_paragraphs)
