"""Build ``templates/docx/reference.docx``: the house style ``plan render -f docx`` hands to pandoc.

Run from the repository root (needs pandoc and python-docx)::

    python tools/make_reference_docx.py

It starts from pandoc's own reference document (so every style pandoc writes exists) and sets:
A4 with 2,5 cm margins; Swedish (sv-SE) as the language of every style; Arial; headings that keep
with the next paragraph; a table style with a shaded, repeated header row and cell borders; the
notice (block quote) as a framed box; and a running header and footer made of fields:

* header: the title (``TITLE``) and "Sida X av Y" (``PAGE``, ``NUMPAGES``); below it the
  document line (``DOCPROPERTY Dokumentrad``: version, status, diarienummer where given);
* footer: ``DOCPROPERTY Framställt`` (date of production and the tool).

``render/docx.py`` sets those properties for each plan and writes their values into the fields'
cached results, so the header is right even in a program that does not update fields. A house
reference document may use the same fields, or the single properties (``Version``, ``Status``,
``Diarienummer``, ``Dokumentansvarig``, ``Utfärdat av``, ``Framställt``), and may add a logo.
"""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "templates" / "docx" / "reference.docx"
FONT = "Arial"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)


def _field(paragraph, instruction: str, placeholder: str, *, bold: bool = False, size: float | None = None):
    """A simple field (``w:fldSimple``) with a cached result."""
    bold_xml = "<w:b/>" if bold else ""
    size_xml = f'<w:sz w:val="{int(size * 2)}"/>' if size else ""
    run = f'<w:r><w:rPr>{bold_xml}{size_xml}</w:rPr><w:t xml:space="preserve">{placeholder}</w:t></w:r>'
    instr = escape(f" {instruction} ", {'"': "&quot;"})
    paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}">{run}</w:fldSimple>'))


def _text(paragraph, text: str, *, size: float | None = None):
    run = paragraph.add_run(text)
    if size:
        run.font.size = Pt(size)
    return run


def _set_lang(rpr) -> None:
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/>'))


def _bottom_border(paragraph, *, top: bool = False) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    side = "top" if top else "bottom"
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="4" w:space="4" w:color="1F3A5F"/></w:pBdr>'))


def build() -> bytes:
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True,
                             capture_output=True, timeout=60).stdout
    document = Document(BytesIO(default))
    body = document.element.body
    for child in list(body):  # pandoc's sample paragraphs; the section properties stay
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    styles = document.styles
    by_id = {style.style_id: style for style in styles}

    def style_of(name: str):  # pandoc's style names do not follow python-docx's built-in spelling
        return by_id[name.replace(" ", "")]
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_lang(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    rpr.remove(fonts)
    rpr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'))
    for size in ("w:sz", "w:szCs"):
        rpr.find(qn(size)).set(qn("w:val"), "21")  # 10,5 pt

    normal = style_of("Normal")
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    for name in ("Body Text", "First Paragraph"):
        style_of(name).paragraph_format.space_before = Pt(0)
        style_of(name).paragraph_format.space_after = Pt(8)
    compact = style_of("Compact")
    compact.paragraph_format.space_before = Pt(1)
    compact.paragraph_format.space_after = Pt(1)

    for level, size in ((1, 16), (2, 13), (3, 11.5), (4, 10.5), (5, 10.5), (6, 10.5)):
        style = style_of(f"Heading {level}")
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = ACCENT
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.keep_together = True
        style.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        style.paragraph_format.space_after = Pt(6)
        # Theme fonts in pandoc's headings would override Arial.
        fonts = style.element.rPr.find(qn("w:rFonts"))
        if fonts is not None:
            for attribute in list(fonts.attrib):
                if "Theme" in attribute or "theme" in attribute:
                    del fonts.attrib[attribute]
            for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attribute), FONT)

    title = style_of("Title")
    title.font.name = FONT
    title.font.size = Pt(24)
    title.font.bold = True
    title.font.color.rgb = ACCENT
    title.paragraph_format.space_before = Pt(48)
    title.paragraph_format.space_after = Pt(12)
    title.paragraph_format.keep_with_next = True
    style_of("Subtitle").font.name = FONT
    style_of("Subtitle").font.color.rgb = ACCENT
    toc_heading = style_of("TOC Heading")
    toc_heading.font.name = FONT
    toc_heading.font.size = Pt(16)
    toc_heading.font.color.rgb = ACCENT

    # The notice of unresolved errors (a block quote): a framed, shaded box.
    block = style_of("Block Text")
    block.font.size = Pt(10.5)
    block.font.color.rgb = RGBColor(0, 0, 0)
    bppr = block.element.get_or_add_pPr()
    bppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="4" w:color="B45309"/>'
        '<w:left w:val="single" w:sz="24" w:space="4" w:color="B45309"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="B45309"/>'
        '<w:right w:val="single" w:sz="8" w:space="4" w:color="B45309"/></w:pBdr>'))
    bppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FFF7E6"/>'))

    # Captions (the bold lead-in of a table is a paragraph; pandoc's captions keep with the table).
    for name in ("Table Caption", "Image Caption", "Caption"):
        if name.replace(" ", "") in by_id:
            style_of(name).paragraph_format.keep_with_next = True
            style_of(name).font.italic = False

    # The table style pandoc uses ("Table"): borders, shaded header row.
    table = style_of("Table")
    tpr = table.element.find(qn("w:tblPr"))
    if tpr is None:
        tpr = parse_xml(f'<w:tblPr {nsdecls("w")}/>')
        table.element.append(tpr)
    for old in tpr.findall(qn("w:tblBorders")) + tpr.findall(qn("w:tblCellMar")):
        tpr.remove(old)
    tpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))
    tpr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'))
    for old in table.element.findall(qn("w:tblStylePr")):
        table.element.remove(old)
    table.element.append(parse_xml(
        f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E5EAF2"/></w:tcPr></w:tblStylePr>'))
    table_rpr = table.element.find(qn("w:rPr"))
    if table_rpr is None:
        table_rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        table.element.append(table_rpr)
    table_rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="19"/>'))

    # Styles pandoc does not bring: the table of contents' entries (Word's own ids, so that Word's
    # "update field" uses them), the lead-in paragraph kept with its table, header and footer.
    extra = [
        ("TOC1", "toc 1", "Normal", '<w:pPr><w:spacing w:before="60" w:after="20"/></w:pPr>'),
        ("TOC2", "toc 2", "Normal", '<w:pPr><w:spacing w:before="0" w:after="20"/><w:ind w:left="360"/></w:pPr>'),
        ("Tabellinledning", "Tabellinledning", "BodyText",
         '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="80"/></w:pPr>'),
        ("Header", "header", "Normal", '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9072"/></w:tabs></w:pPr>'),
        ("Footer", "footer", "Normal", ""),
    ]
    for style_id, name, based_on, ppr in extra:
        if style_id in by_id:
            continue
        custom = "" if name.startswith(("toc ", "header", "footer")) else ' w:customStyle="1"'
        styles.element.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph"{custom} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based_on}"/><w:uiPriority w:val="39"/><w:qFormat/>{ppr}</w:style>'))

    for style in styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_lang(style.element.get_or_add_rPr())

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)
    text_width = section.page_width - section.left_margin - section.right_margin

    header = section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    first.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    _field(first, "TITLE", "Titel", bold=True, size=9)
    _text(first, "\t", size=9)
    _text(first, "Sida ", size=9)
    _field(first, "PAGE", "1", size=9)
    _text(first, " av ", size=9)
    _field(first, "NUMPAGES", "1", size=9)
    second = header.add_paragraph()
    _field(second, 'DOCPROPERTY "Dokumentrad"', "Version · Status · Dnr", size=9)
    _bottom_border(second)
    for paragraph in (first, second):
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.space_before = Pt(0)

    footer = section.footer
    footer.is_linked_to_previous = False
    line = footer.paragraphs[0]
    _field(line, 'DOCPROPERTY "Framställt"', "Framställt", size=8)
    _bottom_border(line, top=True)

    # Swedish hyphenation: long compounds in narrow table cells break at a syllable, not anywhere.
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        settings.append(parse_xml(f'<w:autoHyphenation {nsdecls("w")} w:val="true"/>'))

    out = BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
