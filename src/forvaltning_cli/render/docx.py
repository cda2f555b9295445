"""``plan render -f docx``: the document as an editable Word file in the organisation's house style.

The Word file is the Markdown document (``md/document.md.j2``, the same text the board reads in
every format) converted by pandoc with a reference document (``docx/reference.docx``, found like
the templates: ``--template-dir``, a ``templates/`` folder beside the plan, then the built-in one).
The reference document brings the styles, the page, the logo and the running header and footer.

Two pandoc runs, with the plan's text never reaching a place where it could act:

1. Markdown → pandoc's document tree (JSON), with ``--sandbox`` (pandoc reads no file at all).
   The reader is GFM, which has no raw-attribute syntax (``{=openxml}`` stays text).
2. The tree is cleaned in Python (:func:`prepare`): every raw HTML/OpenXML element is dropped,
   links go only to http, https, mailto or a heading of the document, and every image is either
   read here — a regular file inside the plan's folder, PNG/JPEG/SVG, size-limited, through
   :func:`~forvaltning_cli.render.fetch_resource` — and embedded as a ``data:`` URI, or replaced
   by the words "Bild saknas". The template's own Markdown table of contents becomes a Word TOC
   field titled "Innehåll"; the title becomes Word's Title style and the sections Heading 1, 2, …
3. Tree → .docx. Then the package is finished (:func:`finish`): every table's first row is a
   repeated header row (``w:tblHeader``) and no row splits across pages; document properties
   (title, author, subject, keywords, language, and custom properties such as Diarienummer); the
   fields of the running header and footer get their values; ``docProps/app.xml`` names
   :data:`APPLICATION` so that :func:`is_own_docx` recognises a file this tool wrote.

Which pandoc: the ``pandoc`` on PATH, else the one of ``pypandoc-binary`` (the ``docx`` extra).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import stat
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from .. import __version__
from ..errors import PlanError
from ..escape import terminal_text
from ..findings import Finding
from ..model import Plan

APPLICATION = "plan-render/forvaltning-cli"  # docProps/app.xml <Application>: the own-output marker
MIN_PANDOC = (2, 15)  # --sandbox
PANDOC_SECONDS = 120
MAX_REFERENCE_BYTES = 20_000_000
MAX_OWN_DOCX_BYTES = 500_000_000
READER = "gfm-emoji"  # GFM: pipe tables and raw HTML (dropped below), no raw attributes, no :emoji:
IMAGE_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/svg+xml": "SVG"}
TOC_DEPTH = 2
TITLE_STYLE = "Title"
LEAD_IN_STYLE = "Tabellinledning"  # a paragraph just before a table keeps with it
INSTALL_HINT = (
    "installera pandoc (Debian/Ubuntu: apt-get install pandoc; macOS: brew install pandoc; "
    "Windows: winget install JohnMacFarlane.Pandoc) eller  pip install 'forvaltning-cli[docx]'"
)

__all__ = ["APPLICATION", "render_docx", "find_pandoc", "find_reference_doc", "is_own_docx", "DocxProperties"]


# ------------------------------------------------------------------------------------------------
# pandoc


@lru_cache(maxsize=4)
def _pandoc_version(program: str) -> tuple[int, ...] | None:
    try:
        done = subprocess.run([program, "--version"], capture_output=True, timeout=30, check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.match(rb"pandoc(?:\.exe)?\s+([0-9][0-9.]*)", done.stdout)
    return tuple(int(part) for part in match.group(1).decode().strip(".").split(".")) if match else None


def find_pandoc() -> str:
    """The pandoc to run: the system's on PATH, else pypandoc-binary's; a Swedish error otherwise."""
    candidates: list[str] = []
    if system := shutil.which("pandoc"):
        candidates.append(system)
    try:
        import pypandoc  # type: ignore[import-not-found]  # the optional docx extra (pypandoc-binary)

        candidates.append(pypandoc.get_pandoc_path())
    except (ImportError, OSError, RuntimeError):
        pass
    too_old: list[str] = []
    for program in candidates:
        version = _pandoc_version(program)
        if version is not None and version >= MIN_PANDOC:
            return program
        if version is not None:
            too_old.append(f"{program} är version {'.'.join(map(str, version))}")
    minimum = ".".join(map(str, MIN_PANDOC))
    if too_old:
        raise PlanError(f"Word-dokument (docx) kräver pandoc {minimum} eller senare ({'; '.join(too_old)}): {INSTALL_HINT}")
    raise PlanError(f"Word-dokument (docx) kräver programmet pandoc, som inte hittas: {INSTALL_HINT}")


def _run_pandoc(arguments: list[str], data: bytes, what: str) -> bytes:
    try:
        done = subprocess.run(arguments, input=data, capture_output=True, timeout=PANDOC_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise PlanError(f"pandoc blev inte klar med {what} på {PANDOC_SECONDS} sekunder") from None
    except OSError as exc:
        raise PlanError(f"pandoc kunde inte startas ({exc.strerror}): {INSTALL_HINT}") from None
    if done.returncode != 0:
        message = terminal_text(done.stderr.decode("utf-8", "replace").strip()[:2000])
        raise PlanError(f"pandoc kunde inte göra {what} (felkod {done.returncode}): {message}")
    return done.stdout


# ------------------------------------------------------------------------------------------------
# The reference document


def find_reference_doc(template_dir: Path | None, plan_path: Path | None) -> Path:
    """``docx/reference.docx`` in the first template folder that has one (the built-in one last)."""
    from .environment import builtin_templates, search_path

    for folder in [*search_path(template_dir, [plan_path] if plan_path else []), builtin_templates()]:
        candidate = folder / "docx" / "reference.docx"
        try:
            info = candidate.lstat()
        except OSError:
            continue
        root = folder.resolve()
        real = candidate.resolve()
        if not real.is_relative_to(root) or not stat.S_ISREG(real.stat().st_mode):
            raise PlanError(f"'{candidate}' är ingen vanlig fil i mallmappen och används inte som Word-mall")
        if info.st_size > MAX_REFERENCE_BYTES:
            raise PlanError(f"Word-mallen '{candidate}' är större än {MAX_REFERENCE_BYTES // 1_000_000} MB")
        if not zipfile.is_zipfile(real):
            raise PlanError(f"Word-mallen '{candidate}' är ingen Word-fil (.docx)")
        return real
    raise PlanError("den inbyggda Word-mallen docx/reference.docx saknas: installationen är trasig")


# ------------------------------------------------------------------------------------------------
# Document properties


@dataclass
class DocxProperties:
    """What Word shows under File → Properties, and what the running header's fields show."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    language: str = "sv-SE"
    custom: dict[str, str] = field(default_factory=dict)

    @property
    def fields(self) -> dict[str, str]:
        """Field name (upper case) → value, for TITLE, SUBJECT, … and DOCPROPERTY."""
        values = {"TITLE": self.title, "SUBJECT": self.subject, "AUTHOR": self.author, "KEYWORDS": self.keywords}
        values.update({name.upper(): value for name, value in self.custom.items()})
        return values


def properties(plan: Plan, file: str, today: dt.date | None = None) -> DocxProperties:
    from .view import _period_text

    doc = plan.document
    today = today or dt.date.today()
    author = (doc.issued.by if doc.issued else None) or (doc.document_owner.name if doc.document_owner else None) \
        or (doc.organisations[0] if doc.organisations else "")
    subject = doc.subtitle or doc.collaboration or doc.type or ""
    period = _period_text(plan)
    keywords = ", ".join(dict.fromkeys(word for word in [doc.type or "Förvaltningsplan", period, *doc.organisations] if word))
    custom: dict[str, str] = {}
    if doc.registry_number:
        custom["Diarienummer"] = doc.registry_number
    if doc.version:
        custom["Version"] = doc.version
    if doc.status:
        custom["Status"] = doc.status.value
    if doc.document_owner:
        custom["Dokumentansvarig"] = doc.document_owner.name
    if doc.issued:
        custom["Utfärdat av"] = doc.issued.by
    if doc.case:
        custom["Ärende"] = doc.case
    custom["Period"] = period
    line = [f"Version {doc.version}" if doc.version else "", doc.status.value if doc.status else "",
            f"Dnr {doc.registry_number}" if doc.registry_number else ""]
    custom["Dokumentrad"] = " · ".join(part for part in line if part) or period
    custom["Framställt"] = f"Framställt {today.isoformat()} ur {Path(file).name} med forvaltning-cli {__version__}"
    custom["Framställt av"] = f"{APPLICATION} {__version__}"
    return DocxProperties(doc.title, author, subject, keywords, "sv-SE", custom)


# ------------------------------------------------------------------------------------------------
# The document tree


def _stringify(node) -> str:
    """The plain text of a pandoc tree fragment."""
    if isinstance(node, list):
        return "".join(_stringify(item) for item in node)
    if not isinstance(node, dict):
        return ""
    kind = node.get("t")
    if kind == "Str":
        return node["c"]
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind in ("Code", "Math"):
        return node["c"][1]
    if kind in ("RawInline", "RawBlock"):
        return ""
    if kind == "Image":
        return _stringify(node["c"][1])
    return _stringify(node.get("c", []))


def _para(text: str) -> dict:
    return {"t": "Para", "c": _inlines(text)}


def _inlines(text: str) -> list[dict]:
    out: list[dict] = []
    for index, word in enumerate(text.split(" ")):
        if index:
            out.append({"t": "Space"})
        if word:
            out.append({"t": "Str", "c": word})
    return out


def _attr(identifier: str = "", classes: list[str] | None = None, pairs: list[list[str]] | None = None) -> list:
    return [identifier, classes or [], pairs or []]


def _raw_openxml(xml: str) -> dict:
    # Only ever built here from constant markup and escaped text: the plan's raw elements are gone.
    return {"t": "RawBlock", "c": ["openxml", xml]}


ANCHOR = re.compile(r'^\s*<a\s+id="([^"<>]+)"\s*>\s*$', re.I)
ALERT = re.compile(r"^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$")


@dataclass
class _Context:
    roots: list[Path]
    refused: list[str]
    anchors: set[str] = field(default_factory=set)
    headings: list[tuple[int, str, str]] = field(default_factory=list)  # (level, bookmark, text)
    table_sizes: list[int | None] = field(default_factory=list)  # per table in order: its text size, if smaller


def _image(node: dict, ctx: _Context) -> dict:
    """An image embedded as a data: URI, or the words "Bild saknas" (the reason goes to ``refused``)."""
    import base64
    import mimetypes
    from urllib.parse import unquote, urlsplit

    from . import ResourceRefused, fetch_resource

    attr, alt, (url, title) = node["c"]
    try:
        if url[:5].lower() == "data:":
            data, mime = fetch_resource(url, ctx.roots)
        else:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not ctx.roots:
                raise ResourceRefused(f"'{terminal_text(url[:80])}' bäddas inte in: bara bilder i planens mapp")
            path = (ctx.roots[0] / unquote(parts.path)).resolve()
            data, mime = fetch_resource(path.as_uri(), ctx.roots)
            mime = mimetypes.guess_type(path.name)[0] or mime
        if mime not in IMAGE_TYPES:
            raise ResourceRefused(f"'{terminal_text(url[:80])}' är ingen PNG-, JPEG- eller SVG-bild")
    except ResourceRefused as exc:
        ctx.refused.append(f"bilden visas inte i Word-dokumentet: {exc}")
        return {"t": "Emph", "c": _inlines("Bild saknas") + ([{"t": "Str", "c": ":"}, {"t": "Space"}] + alt if alt else [])}
    uri = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return {"t": "Image", "c": [attr, alt, [uri, title]]}


def _inline(node: dict, ctx: _Context) -> list[dict]:
    kind = node.get("t")
    if kind == "RawInline":
        return []
    if kind == "Image":
        return [_image(node, ctx)]
    if kind == "Link":
        attr, content, (url, title) = node["c"]
        content = _inlines_of(content, ctx)
        lowered = url.strip().lower()
        if lowered.startswith(("http://", "https://", "mailto:")) or (url.startswith("#") and url[1:] in ctx.anchors):
            return [{"t": "Link", "c": [attr, content, [url, title]]}]
        return content  # a link to nowhere (or to a file, a script): its text
    if "c" in node:
        node = dict(node)
        node["c"] = _walk(node["c"], ctx)
    return [node]


def _inlines_of(items: list, ctx: _Context) -> list:
    out: list = []
    for item in items:
        out.extend(_inline(item, ctx) if isinstance(item, dict) and "t" in item else [item])
    return out


def _walk(value, ctx: _Context):
    """Clean a tree fragment of unknown shape (cells, captions, list items)."""
    if isinstance(value, list):
        if value and all(isinstance(item, dict) and "t" in item for item in value):
            if _is_block(value[0]):
                return _blocks(value, ctx)
            return _inlines_of(value, ctx)
        return [_walk(item, ctx) for item in value]
    if isinstance(value, dict) and "t" in value:  # a lone node (an alignment, a width)
        return {**value, "c": _walk(value["c"], ctx)} if "c" in value else value
    return value


BLOCKS = {"Plain", "Para", "LineBlock", "CodeBlock", "RawBlock", "BlockQuote", "OrderedList", "BulletList",
          "DefinitionList", "Header", "HorizontalRule", "Table", "Figure", "Div", "Null"}


def _is_block(node: dict) -> bool:
    return node.get("t") in BLOCKS


_BREAKS = re.compile(r"[^\S\u00a0\u202f\u2007]+")  # where a line may break: whitespace, but no no-break space
LINE_CHARACTERS = 72  # characters of table text across the text width (A4, 2,5 cm margins, 9,5 pt; DejaVu-wide)
CELL_PADDING = 2  # characters' worth of cell margins per column
TABLE_HALF_POINTS = 21  # the table text's size in the reference document (Normal: 10,5 pt), in half points
SMALLEST_HALF_POINTS = 14  # a table too wide for the page is set in smaller text, down to 7 pt


def _has_strong(node) -> bool:
    """Whether a piece of the document tree holds bold text (a ``Strong`` inline)."""
    if isinstance(node, dict):
        return node.get("t") == "Strong" or _has_strong(node.get("c"))
    if isinstance(node, list):
        return any(_has_strong(item) for item in node)
    return False


def _wide(word: str) -> float:
    """A word's width in average characters: m and w are half as wide again ("Summa")."""
    return len(word) + 0.5 * sum(word.count(c) for c in "mwMW")


def _column_widths(table: dict) -> int | None:
    """Relative column widths from the content: every column as wide as its longest word (so no
    word breaks in the middle), the room left over shared by how much text a column has.

    A table whose words do not fit across the page at the normal size (a follow-up table of
    seven columns of amounts in kronor and öre) gets smaller text, down to 7 pt: the size in half
    points is returned (None: the normal size) and :func:`_tables` sets it."""
    attr, caption, specs, head, bodies, foot = table["c"]
    head_rows = list(head[1])
    rows = head_rows + [row for body in bodies for row in body[2] + body[3]] + list(foot[1])
    count = len(specs)
    if not count:
        return None
    longest = [1.0] * count
    length = [1.0] * count
    for row in rows:
        column = 0
        heading = row in head_rows
        for cell in row[1]:
            text = _stringify(cell[4])
            bold = 1.15 if heading or _has_strong(cell[4]) else 1.0  # bold text is wider
            span = max(1, cell[3])
            if column < count and span == 1:
                # A no-break space joins: "1 489 000" is one word that must fit (str.split() would cut it).
                for word in _BREAKS.split(text):
                    # An address or a path may break at its punctuation; a Swedish compound may not.
                    size = min(len(word), 16) if ("@" in word or "/" in word or "." in word[:-1]) else _wide(word)
                    longest[column] = max(longest[column], size * bold)
                length[column] = max(length[column], len(text) * bold)
            column += span
    least = [word + CELL_PADDING for word in longest]
    wanted = [max(least[i], min(length[i], 60) + CELL_PADDING) for i in range(count)]
    size = None
    line = LINE_CHARACTERS
    if sum(least) > LINE_CHARACTERS:
        size = max(SMALLEST_HALF_POINTS, int(TABLE_HALF_POINTS * LINE_CHARACTERS / sum(least)))
        line = LINE_CHARACTERS * TABLE_HALF_POINTS / size
    spare = line - sum(least)
    if spare <= 0:
        widths = least
    else:
        extra = [wanted[i] - least[i] for i in range(count)]
        share = sum(extra)
        widths = [least[i] + (spare * extra[i] / share if share else spare / count) for i in range(count)]
        if share and share < spare:  # everything fits: no need to fill the line
            widths = wanted
    total = sum(widths)
    table["c"][2] = [[spec[0], {"t": "ColWidth", "c": round(width / total, 4)}] for spec, width in zip(specs, widths)]
    return size


def _toc_blocks(ctx: _Context) -> list[dict]:
    """A Word TOC field titled "Innehåll", with the headings as its (not yet paginated) result."""
    entries = []
    for level, bookmark, text in ctx.headings:
        if level > TOC_DEPTH:
            continue
        entries.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:ind w:left="{(level - 1) * 360}"/></w:pPr>'
            f'<w:hyperlink w:anchor="{escape(bookmark, {chr(34): "&quot;"})}" w:history="1"><w:r>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink></w:p>'
        )
    begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{TOC_DEPTH}" \\h \\z \\u </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    if not entries:
        entries = ["<w:p><w:pPr></w:pPr></w:p>"]
    entries[0] = entries[0].replace("</w:pPr>", "</w:pPr>" + begin, 1)
    entries[-1] = entries[-1][: -len("</w:p>")] + end + "</w:p>"
    xml = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
           '</w:docPartObj></w:sdtPr><w:sdtContent>'
           '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innehåll</w:t></w:r></w:p>'
           + "".join(entries) + "</w:sdtContent></w:sdt>")
    page_break = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    return [_raw_openxml(page_break), _raw_openxml(xml), _raw_openxml(page_break)]


def _blocks(blocks: list, ctx: _Context) -> list:
    out: list = []
    for index, block in enumerate(blocks):
        kind = block.get("t")
        if kind == "RawBlock":
            continue
        if kind in ("Para", "Plain"):
            content = _inlines_of(block["c"], ctx)
            if not any(item.get("t") not in ("Space", "SoftBreak", "LineBreak") for item in content):
                continue  # only an HTML anchor or comment was in it
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            block = {"t": kind, "c": content}
            if kind == "Para" and following is not None and following.get("t") == "Table":
                block = {"t": "Div", "c": [_attr(pairs=[["custom-style", LEAD_IN_STYLE]]), [block]]}
            out.append(block)
        elif kind == "BlockQuote":
            inner = _blocks(block["c"], ctx)
            if inner and inner[0].get("t") == "Para" and inner[0]["c"] and inner[0]["c"][0].get("t") == "Str" \
                    and ALERT.match(inner[0]["c"][0]["c"]):
                rest = inner[0]["c"][1:]
                while rest and rest[0].get("t") in ("Space", "SoftBreak", "LineBreak"):
                    rest = rest[1:]
                inner = ([{"t": "Para", "c": rest}] if rest else []) + inner[1:]
            out.append({"t": "BlockQuote", "c": inner})
        elif kind == "Div":
            attr, content = block["c"]
            if ALERT.match(f"[!{(attr[1] or [''])[0].upper()}]") and content and content[0].get("t") == "Div" \
                    and "title" in content[0]["c"][0][1]:
                out.append({"t": "BlockQuote", "c": _blocks(content[1:], ctx)})  # pandoc 3's GFM alert
                continue
            out.append({"t": "Div", "c": [attr, _blocks(content, ctx)]})
        elif kind == "Table":
            block = {"t": "Table", "c": _walk(block["c"], ctx)}
            ctx.table_sizes.append(_column_widths(block))
            out.append(block)
        else:
            out.append({**block, "c": _walk(block["c"], ctx)} if "c" in block else block)
    return out


def prepare(tree: dict, roots: list[Path], refused: list[str], table_sizes: list | None = None) -> dict:
    """The Markdown document's tree made into the Word document's: see the module docstring.
    ``table_sizes`` receives each table's text size for :func:`finish` (None: the normal size)."""
    ctx = _Context(roots, refused, table_sizes=table_sizes if table_sizes is not None else [])
    blocks: list = list(tree["blocks"])

    # Template anchors (<a id="x"></a> before a heading) become the heading's identifier (its bookmark).
    pending: str | None = None
    for block in blocks:
        if block.get("t") == "Para":
            raws = [item for item in block["c"] if item.get("t") == "RawInline"]
            rest = [item for item in block["c"] if item.get("t") not in ("RawInline", "Space", "SoftBreak")]
            if raws and not rest:
                match = ANCHOR.match(raws[0]["c"][1])
                pending = match.group(1) if match else pending
                continue
        if block.get("t") == "Header" and pending:
            block["c"][1][0] = pending
        if block.get("t") != "RawBlock":
            pending = None

    # The title (the first level-1 heading) in Word's Title style; sections one level up.
    title_index = next((i for i, b in enumerate(blocks) if b.get("t") == "Header" and b["c"][0] == 1), None)
    toc_index: int | None = None
    result: list = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.get("t") == "Header":
            level, attr, content = block["c"]
            if index == title_index:
                result.append({"t": "Div", "c": [_attr(pairs=[["custom-style", TITLE_STYLE]]), [{"t": "Para", "c": content}]]})
                index += 1
                continue
            if toc_index is None and _stringify(content).strip() == "Innehåll":
                toc_index = len(result)
                index += 1
                while index < len(blocks) and blocks[index].get("t") in ("BulletList", "OrderedList", "RawBlock"):
                    index += 1
                continue
            level = max(1, level - 1) if title_index is not None else level
            result.append({"t": "Header", "c": [level, attr, content]})
            if attr[0]:
                ctx.anchors.add(attr[0])
            ctx.headings.append((level, attr[0], _stringify(content)))
        else:
            result.append(block)
        index += 1
    cleaned = _blocks(result[:toc_index] if toc_index is not None else result, ctx)
    if toc_index is not None:
        cleaned += _toc_blocks(ctx) + _blocks(result[toc_index:], ctx)
    meta = {"lang": {"t": "MetaString", "c": "sv-SE"}}
    return {"pandoc-api-version": tree["pandoc-api-version"], "meta": meta, "blocks": cleaned}


# ------------------------------------------------------------------------------------------------
# The .docx package


CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{author}</dc:creator>"
    "<cp:keywords>{keywords}</cp:keywords><dc:language>{language}</dc:language>"
    "<cp:lastModifiedBy>{application}</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>'
)
APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)
CUSTOM_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
)
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


def _xml_text(value: str) -> str:
    # XML 1.0 has no place for most control characters; a plan's text never needs them.
    return escape(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", value), {'"': "&quot;"})


def _custom_xml(props: DocxProperties) -> str:
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{_xml_text(name)}">'
        f"<vt:lpwstr>{_xml_text(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.custom.items(), start=2)
    )
    return CUSTOM_HEAD + items + "</Properties>"


FIELD_NAME = re.compile(r'^\s*(?:DOCPROPERTY\s+(?:"([^"]*)"|([^\s"]+))|(TITLE|SUBJECT|AUTHOR|KEYWORDS))(?=\s|$)', re.I)


def _field_value(instruction: str, values: dict[str, str]) -> str | None:
    from html import unescape

    match = FIELD_NAME.match(unescape(instruction))
    if not match:
        return None
    name = (match.group(1) or match.group(2) or match.group(3) or "").upper()
    return values.get(name, "")


def _set_result(runs: str, value: str) -> str:
    """Field result runs with ``value`` in the first text, the other texts emptied."""
    seen = [False]

    def text(match: re.Match) -> str:
        if seen[0]:
            return "<w:t></w:t>"
        seen[0] = True
        return f'<w:t xml:space="preserve">{_xml_text(value)}</w:t>'

    return re.sub(r"<w:t(?:\s[^>]*)?>[^<]*</w:t>|<w:t(?:\s[^>]*)?/>", text, runs)


def fill_fields(xml: str, values: dict[str, str]) -> str:
    """The cached results of title and property fields (simple and complex) set to the values."""

    def simple(match: re.Match) -> str:
        value = _field_value(match.group(2), values)
        return match.group(0) if value is None else match.group(1) + _set_result(match.group(3), value) + match.group(4)

    xml = re.sub(r'(<w:fldSimple\b[^>]*\bw:instr="([^"]*)"[^>]*>)(.*?)(</w:fldSimple>)', simple, xml, flags=re.S)

    def complex_(match: re.Match) -> str:
        instruction = "".join(re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", match.group(1)))
        value = _field_value(instruction, values)
        return match.group(0) if value is None else match.group(1) + _set_result(match.group(2), value) + match.group(3)

    return re.sub(
        r'(<w:fldChar\s[^>]*w:fldCharType="begin"(?:(?!w:fldCharType="(?:begin|end)").)*?w:fldCharType="separate"[^>]*/>)'
        r'((?:(?!w:fldCharType=").)*?)(<w:r\b(?:(?!<w:r\b).)*?w:fldCharType="end")',
        complex_, xml, flags=re.S,
    )


# Where w:sz goes in a run's properties: before these (the schema's order of CT_RPr).
_AFTER_SIZE = re.compile(r"<w:(?:highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)\b")


def _sized_runs(table: str, half_points: int) -> str:
    """The table's text at ``half_points``: each run gets the size in its properties."""
    size = f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'

    def run_properties(match: re.Match) -> str:
        inner = re.sub(r"<w:szC?s?\b[^>]*/>", "", match.group(1))
        later = _AFTER_SIZE.search(inner)
        at = later.start() if later else len(inner)
        return f"<w:rPr>{inner[:at]}{size}{inner[at:]}</w:rPr>"

    table = re.sub(r"<w:rPr>(.*?)</w:rPr>", run_properties, table, flags=re.S)
    table = re.sub(r"<w:rPr\s*/>", f"<w:rPr>{size}</w:rPr>", table)
    return re.sub(r"<w:r>(?!<w:rPr)", f"<w:r><w:rPr>{size}</w:rPr>", table)


def _tables(xml: str, sizes: list[int | None] | None = None) -> str:
    """Every table's first row repeats as a header row; no row breaks across pages; a table with a
    size in ``sizes`` (one entry a table, in order) gets its text at that size."""
    if sizes and any(sizes):
        tables = iter(sizes)

        def sized(match: re.Match) -> str:
            half_points = next(tables, None)
            return _sized_runs(match.group(0), half_points) if half_points else match.group(0)

        xml = re.sub(r"<w:tbl>.*?</w:tbl>", sized, xml, flags=re.S)

    def first_row(match: re.Match) -> str:
        head, row = match.group(1), match.group(2)
        if "<w:tblHeader" in row:
            return match.group(0)
        if row.startswith("<w:tr><w:trPr>") or row.startswith("<w:tr><w:trPr/>"):
            row = row.replace("<w:trPr/>", "<w:trPr></w:trPr>", 1).replace("<w:trPr>", '<w:trPr><w:tblHeader w:val="true"/>', 1)
        else:
            row = row.replace("<w:tr>", '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>', 1)
        return head + row

    xml = re.sub(r"(<w:tbl>(?:(?!<w:tr[ >]).)*?)(<w:tr>(?:<w:trPr>.*?</w:trPr>|<w:trPr/>)?)", first_row, xml, flags=re.S)
    xml = re.sub(r"<w:tr>(?!<w:trPr)", "<w:tr><w:trPr><w:cantSplit/></w:trPr>", xml)
    xml = re.sub(r"<w:tr><w:trPr>(?!<w:cantSplit)", "<w:tr><w:trPr><w:cantSplit/>", xml)
    # pandoc names a picture by its source; a data: URI there only bloats the file (the alt text is on docPr).
    return re.sub(r'(<pic:cNvPr\b[^>]*\bdescr=")data:[^"]*(")', r"\1\2", xml)


def finish(raw: bytes, props: DocxProperties, now: dt.datetime | None = None,
           table_sizes: list[int | None] | None = None) -> bytes:
    """pandoc's .docx with the tables, properties, fields and own-output marker set."""
    now = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    application = f"{APPLICATION} {__version__}"
    values = props.fields
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        for name in names:
            data = source.read(name)
            if name == "word/document.xml":
                data = fill_fields(_tables(data.decode("utf-8"), table_sizes), values).encode("utf-8")
            elif re.fullmatch(r"word/(header|footer)\d*\.xml", name):
                data = fill_fields(data.decode("utf-8"), values).encode("utf-8")
            elif name == "docProps/core.xml":
                data = CORE.format(title=_xml_text(props.title), subject=_xml_text(props.subject),
                                   author=_xml_text(props.author), keywords=_xml_text(props.keywords),
                                   language=props.language, application=application, now=now).encode("utf-8")
            elif name == "docProps/app.xml":
                data = APP.format(application=_xml_text(application)).encode("utf-8")
            elif name == "docProps/custom.xml":
                data = _custom_xml(props).encode("utf-8")
            elif name == "[Content_Types].xml" and "docProps/custom.xml" not in names:
                data = data.replace(b"</Types>", f'<Override PartName="/docProps/custom.xml" ContentType="{CUSTOM_TYPE}"/></Types>'.encode())
            elif name == "_rels/.rels" and "docProps/custom.xml" not in names:
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdCustomProps" Type="{CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>'.encode())
            target.writestr(source.getinfo(name), data)
        if "docProps/custom.xml" not in names:
            target.writestr("docProps/custom.xml", _custom_xml(props))
    return out.getvalue()


def is_own_docx(path: Path) -> bool:
    """Whether ``path`` is a .docx that ``plan render`` wrote (``docProps/app.xml`` names :data:`APPLICATION`)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_OWN_DOCX_BYTES:
            return False
        with zipfile.ZipFile(path) as package:
            member = package.getinfo("docProps/app.xml")
            if member.file_size > 100_000:
                return False
            app = package.read(member).decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False
    match = re.search(r"<Application>([^<]*)</Application>", app)
    return match is not None and match.group(1).startswith(APPLICATION + " ")


# ------------------------------------------------------------------------------------------------


def render_docx(plan: Plan, file: str, findings: list[Finding], template_dir: Path | None,
                plan_path: Path | None, refused: list[str], *, appendix: bool = False,
                followup: dict | None = None) -> bytes:
    """The document as .docx bytes; images that cannot be embedded are described in ``refused``."""
    from . import render_text

    markdown = render_text(plan, file, findings, "md", template_dir, plan_path, appendix=appendix,
                           followup=followup)
    pandoc = find_pandoc()
    reference = find_reference_doc(template_dir, plan_path)
    tree = json.loads(_run_pandoc([pandoc, "--sandbox", "-f", READER, "-t", "json"],
                                  markdown.encode("utf-8"), "Markdown till dokumentträd"))
    roots = [plan_path.resolve().parent] if plan_path is not None else []
    table_sizes: list[int | None] = []
    tree = prepare(tree, roots, refused, table_sizes)
    with tempfile.TemporaryDirectory(prefix="plan-docx-") as scratch:
        # An empty data directory: no user's pandoc defaults, templates or filters take part.
        arguments = [pandoc, "--data-dir", scratch, "-f", "json", "-t", "docx",
                     f"--reference-doc={reference}", "-o", "-"]
        raw = _run_pandoc(arguments, json.dumps(tree).encode("utf-8"), "Word-dokumentet")
    return finish(raw, properties(plan, file), table_sizes=table_sizes)
