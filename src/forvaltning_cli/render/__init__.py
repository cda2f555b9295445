"""Render a validated plan as the yearly document: Markdown, HTML or PDF.

``render_text`` fills the Jinja templates (``html/document.html.j2`` or ``md/document.md.j2``)
with a :class:`~.view.DocumentView`; PDF is the HTML laid out on A4 by WeasyPrint.

Every output carries a marker (:data:`MARKER` on the first line of HTML and Markdown, the PDF's
``Creator`` starting with :data:`PDF_CREATOR`) so that ``plan render`` overwrites only what it
wrote itself (:func:`is_own_output`). WeasyPrint fetches only the document's own resources
(:func:`fetch_resource`): ``data:`` URIs and regular files inside the plan's folder and the template
folders, never the network, a device or a file elsewhere.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

from .. import __version__
from ..errors import PlanError
from ..escape import terminal_text
from ..findings import Finding
from ..model import Plan
from .environment import TemplateProblem, builtin_templates, make_environment, render_template, search_path
from .view import build_view

GENERATOR = f"forvaltning-cli {__version__}"
TEMPLATES = {"html": "html/document.html.j2", "pdf": "html/document.html.j2", "md": "md/document.md.j2"}
EXTENSIONS = {"html": ".html", "pdf": ".pdf", "md": ".md", "docx": ".docx"}
MARKER = "<!-- plan-render: framställd av forvaltning-cli; ändra planen, inte filen -->"
PDF_CREATOR = "plan-render/forvaltning-cli"
MAX_RESOURCE_BYTES = 20_000_000
MAX_OWN_PDF_BYTES = 500_000_000

__all__ = [
    "GENERATOR", "MARKER", "PDF_CREATOR", "PdfUnavailable", "ResourceRefused", "TemplateProblem",
    "render_text", "render_pdf", "resource_roots", "fetch_resource", "EXTENSIONS", "is_own_output",
    "production_date", "image_data_uri",
]

# The image types a document embeds, recognised by their first bytes (never by the file name).
IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
# WeasyPrint's name for each --pdf standard (formats.PDF_STANDARDS).
PDF_VARIANTS = {"ua": "pdf/ua-1", "a-2b": "pdf/a-2b", "a-2a": "pdf/a-2a"}


class PdfUnavailable(PlanError):
    """WeasyPrint (the optional ``pdf`` extra) cannot be imported."""


class ResourceRefused(ValueError):
    """A resource the PDF may not embed: the message says which and why, in Swedish."""


def _extract(key, container):
    return container.get(key) if hasattr(container, "get") else container[key]


def production_date() -> dt.date:
    """The date of production printed in the document: today, or the day of
    ``SOURCE_DATE_EPOCH`` (UTC) when that is set, so that a build can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            pass
    return dt.date.today()


def _image_type(data: bytes) -> str | None:
    for magic, mime in IMAGE_TYPES:
        if data.startswith(magic):
            return mime
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in data[:65536].lower():
        return "image/svg+xml"
    return None


def image_data_uri(name: str, roots: list[Path], base: Path | None) -> str:
    """``name`` (a path relative to ``base``, the plan's folder, or to a template folder) as a
    ``data:`` URI, so that the HTML is self-contained; "" when the file may not be embedded
    (outside the plan's folder and the template folders, unreadable, or not PNG, JPEG or SVG).
    An SVG becomes an image (``<img src="data:…">``), never markup in the page: its scripts
    and links do nothing."""
    import base64
    from urllib.parse import urlsplit

    if not isinstance(name, str) or not name.strip() or urlsplit(name).scheme or name.startswith(("/", "\\")):
        return ""
    for folder in ([base] if base is not None else []) + list(roots):
        candidate = (folder / name)
        if not candidate.exists():
            continue
        try:
            data, _ = fetch_resource(candidate.resolve().as_uri(), roots)
        except (ResourceRefused, OSError, ValueError):
            return ""
        mime = _image_type(data)
        if mime is None:
            return ""
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return ""


def render_text(
    plan: Plan, file: str, findings: list[Finding], fmt: str,
    template_dir: Path | None = None, plan_path: Path | None = None, *, appendix: bool = False,
    produced: dt.date | None = None, followup: dict | None = None,
) -> str:
    """The document as HTML or Markdown text. ``appendix``: add the tool's own material (the
    computed split per party), labelled as not part of what is decided. ``produced``: the date
    of production (default :func:`production_date`). ``followup``: the section "Uppföljning"
    (``followup.outputs.document_data``), labelled as computed from the outcome export.

    Templates may call ``embed("logo.png")``: the image beside the plan or in a template
    folder as a ``data:`` URI ("" when it may not be embedded)."""
    env = make_environment(search_path(template_dir, [plan_path] if plan_path else []), autoescape=fmt != "md")
    env.filters["extract"] = _extract
    env.filters["bold"] = lambda text: f"**{text}**"
    roots = resource_roots(template_dir, plan_path)
    base = plan_path.resolve().parent if plan_path is not None else None

    def embed(name: str) -> str:
        return image_data_uri(name, roots, base)

    env.globals["embed"] = embed
    view = build_view(plan, file, findings, appendix=appendix, followup=followup)
    text = render_template(env, TEMPLATES[fmt], view=view, generator=GENERATOR, output_format=fmt,
                           produced=produced or production_date())
    # Template control lines leave runs of blank lines; one blank line is all Markdown needs.
    text = re.sub(r"\n{3,}", "\n\n", text)
    # The marker comes first whatever the template writes, so is_own_output can trust it.
    return text if text.startswith(MARKER + "\n") else f"{MARKER}\n{text}"


def resource_roots(template_dir: Path | None, plan_path: Path | None) -> list[Path]:
    """The folders whose files a PDF may embed: the plan's folder and the template folders."""
    folders = search_path(template_dir, [plan_path] if plan_path else []) + [builtin_templates()]
    if plan_path is not None:
        folders.insert(0, plan_path.resolve().parent)
    return [folder.resolve() for folder in folders]


def _data_uri(url: str) -> tuple[bytes, str]:
    import base64
    from urllib.parse import unquote_to_bytes

    if len(url) > MAX_RESOURCE_BYTES * 4 // 3 + 1000:
        raise ResourceRefused(f"en data:-adress är större än {MAX_RESOURCE_BYTES // 1_000_000} MB")
    header, _, payload = url[5:].partition(",")
    mime = header.split(";", 1)[0].strip() or "text/plain"
    try:
        data = base64.b64decode(payload) if header.lower().endswith(";base64") else unquote_to_bytes(payload)
    except ValueError:
        raise ResourceRefused("en data:-adress är trasig (ogiltig base64)") from None
    return data, mime


def fetch_resource(url: str, roots: list[Path]) -> tuple[bytes, str]:
    """The bytes and media type behind ``url``, if the document may embed it; else ResourceRefused."""
    import mimetypes
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    # Shown on a terminal: control characters (escape sequences) as visible codes.
    shown = terminal_text(url if len(url) <= 80 else url[:77] + "...")
    if url[:5].lower() == "data:":
        return _data_uri(url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme != "file":
        raise ResourceRefused(
            f"'{shown}' hämtas inte: bara data:-adresser och filer i planens mapp och mallmapparna"
            " bäddas in (aldrig nätet)"
        )
    if parts.netloc not in ("", "localhost"):
        raise ResourceRefused(f"'{shown}' hämtas inte: filen ligger på en annan dator")
    real = Path(url2pathname(parts.path)).resolve()
    if not any(real.is_relative_to(root) for root in roots):
        raise ResourceRefused(f"'{shown}' hämtas inte: filen ligger utanför planens mapp och mallmapparna")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ResourceRefused(f"'{shown}' kan inte läsas ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ResourceRefused(f"'{shown}' är ingen vanlig fil")
        if info.st_size > MAX_RESOURCE_BYTES:
            raise ResourceRefused(f"'{shown}' är större än {MAX_RESOURCE_BYTES // 1_000_000} MB")
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        data = handle.read(MAX_RESOURCE_BYTES + 1)
    if len(data) > MAX_RESOURCE_BYTES:
        raise ResourceRefused(f"'{shown}' är större än {MAX_RESOURCE_BYTES // 1_000_000} MB")
    return data, mimetypes.guess_type(real.name)[0] or "application/octet-stream"


def url_fetcher(roots: list[Path], refused: list[str] | None = None):
    """A WeasyPrint URL fetcher that serves only :func:`fetch_resource`; refusals go to ``refused``."""

    def fetch(url: str) -> tuple[bytes, str]:
        try:
            return fetch_resource(url, roots)
        except ResourceRefused as exc:
            if refused is not None:
                refused.append(str(exc))
            raise

    try:  # WeasyPrint 66 and later: a URLFetcher subclass
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except ImportError:
        URLFetcher = None  # noqa: N806
    if URLFetcher is not None and hasattr(URLFetcher, "fetch"):

        class Fetcher(URLFetcher):
            def fetch(self, url, headers=None):
                data, mime = fetch(url)
                return URLFetcherResponse(url, data, {"Content-Type": mime})

        return Fetcher(allowed_protocols=("data", "file"), allow_redirects=False)

    def legacy(url, timeout=10, ssl_context=None, **_ignored):
        data, mime = fetch(url)
        return {"string": data, "mime_type": mime, "redirected_url": url}

    return legacy


def render_pdf(html: str, base: Path | None = None, roots: list[Path] | None = None,
               refused: list[str] | None = None, standard: str = "ua") -> bytes:
    """Lay out rendered HTML on A4 pages (page numbers and the table of contents from the CSS).

    ``standard``: one of ``formats.PDF_STANDARDS`` — ``ua`` (tagged PDF/UA-1, the default),
    ``a-2b`` or ``a-2a`` (PDF/A-2 for the e-archive).

    Resources come only from ``roots`` (default: ``base``) and ``data:``; each refused one is
    described in ``refused``.
    """
    import logging

    try:
        from weasyprint import HTML
    except ImportError as exc:  # an optional extra: it needs Pango from the system
        raise PdfUnavailable(
            "PDF kräver WeasyPrint: installera med  pip install 'forvaltning-cli[pdf]'"
            f" (och systemets Pango-bibliotek); {exc}"
        ) from None

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    if roots is None:
        roots = [base.resolve()] if base else []
    variant = PDF_VARIANTS.get(standard)
    if variant is None:
        raise PlanError(f"okänd PDF-standard '{standard}': välj {', '.join(PDF_VARIANTS)}")
    try:
        document = HTML(
            string=html, base_url=str(base) + os.sep if base else None, url_fetcher=url_fetcher(roots, refused)
        ).render()
        # The marker for is_own_output, whatever <meta name="generator"> the template wrote.
        document.metadata.generator = f"{PDF_CREATOR} {__version__}"
        metadata = document.metadata
        metadata.lang = metadata.lang or "sv"
        if not metadata.created:
            metadata.created = production_date().isoformat()
        metadata.modified = metadata.modified or metadata.created
        # Tagged always (PDF/UA-1, or PDF/A-2 with its structure tree: a and b alike).
        return document.write_pdf(pdf_variant=variant, pdf_tags=True, finisher=_finish_pdf)
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - the HTML comes from (house-style) templates
        raise PlanError(f"PDF:en kunde inte byggas ur mallens HTML: {type(exc).__name__}: {exc}") from None


def _finish_pdf(document, pdf) -> None:
    """Just before WeasyPrint writes the file: the document information stays a plain object,
    outside the compressed object stream (PDF 1.5 and later), so :func:`_pdf_creator` reads it;
    a viewer shows the title rather than the file name (PDF/UA)."""
    import pydyf

    class PlainDictionary(pydyf.Dictionary):
        @property
        def compressible(self) -> bool:
            return False

    pdf.info = PlainDictionary(pdf.info)
    preferences = pdf.catalog.get("ViewerPreferences")
    if not isinstance(preferences, pydyf.Dictionary):
        preferences = pydyf.Dictionary()
        pdf.catalog["ViewerPreferences"] = preferences
    preferences["DisplayDocTitle"] = "true"


def _pdf_creator(data: bytes) -> bytes | None:
    """The ``Creator`` of a PDF's document information: the ``/Info`` of the last trailer or
    cross-reference stream (whichever comes last, as an incremental update would)."""
    trailers = [(m.start(), m.group(1)) for m in re.finditer(rb"trailer\s*<<(.*?)>>", data, re.S)]
    for match in re.finditer(rb"/Type\s*/XRef\b", data):  # a cross-reference stream's dictionary
        start = data.rfind(b"obj", max(0, match.start() - 4000), match.start())
        end = data.find(b"stream", match.end(), match.end() + 4000)
        if start >= 0 and end >= 0:
            trailers.append((match.start(), data[start:end]))
    if not trailers:
        return None
    info = re.search(rb"/Info\s+(\d+)\s+(\d+)\s+R", max(trailers)[1])
    if info is None:
        return None
    objects = re.findall(rb"(?<![0-9])" + info.group(1) + rb"\s+" + info.group(2) + rb"\s+obj\s*<<(.*?)>>\s*endobj",
                         data, re.S)
    if not objects:
        return None
    creator = re.search(rb"/Creator\s*\(((?:[^()\\]|\\.)*)\)", objects[-1], re.S)
    return creator.group(1) if creator else None


def is_own_output(path: Path) -> bool:
    """Whether ``path`` was written by ``plan render`` (so it may be overwritten).

    HTML and Markdown: the first line is :data:`MARKER`. PDF: the document information's
    ``Creator`` starts with :data:`PDF_CREATOR`. DOCX: ``docProps/app.xml`` names the tool
    (``docx.is_own_docx``). Anything that is not a regular file is not.
    """
    try:
        info = path.stat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            if head.startswith(b"PK\x03\x04"):
                from .docx import is_own_docx

                return is_own_docx(path)
            if head.startswith(b"%PDF"):
                if info.st_size > MAX_OWN_PDF_BYTES:
                    return False
                creator = _pdf_creator(head + handle.read())
                return creator is not None and creator.startswith(PDF_CREATOR.encode("ascii") + b" ")
    except OSError:
        return False
    return head.split(b"\n", 1)[0].rstrip(b"\r") == MARKER.encode("utf-8")
