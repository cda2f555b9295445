"""A document is hostile until shown otherwise: check the container before any reader sees it.

Refused with a Swedish message (nothing is written): a file that is too large, an OLE compound
file (an encrypted .docx or an old .doc), a file that is not a zip, a corrupt zip, a zip with
too many entries or that unpacks to too much (a zip bomb), and a macro-enabled document (.docm:
macros are never run, and a document that carries them is not read at all).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import PlanError, UsageError

MAX_FILE_BYTES = 50 * 1024 * 1024 - 1  # "a 50 MB file" is refused
MAX_ENTRIES = 2_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 50 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed for one large entry

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
MACRO_TYPES = (
    "application/vnd.ms-word.document.macroenabled",
    "application/vnd.ms-word.template.macroenabled",
    "application/vnd.ms-office.vbaproject",
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ODT_MIME = b"application/vnd.oasis.opendocument.text"


def check_document(path: Path) -> str:
    """``"docx"`` or ``"odt"`` for a document that may be read; otherwise a :class:`PlanError`."""
    if not path.exists():
        raise UsageError(f"'{path}' finns inte")
    if not path.is_file():
        raise UsageError(f"'{path}' är inte en fil")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise PlanError(
            f"'{path}' är {size / 1024 / 1024:.0f} MB; dokument över 50 MB läses inte in "
            "(spara bilderna i lägre upplösning eller dela upp dokumentet); inget skrevs"
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise PlanError(
            f"'{path}' är lösenordsskyddat (krypterat) eller i det gamla Word-formatet .doc; "
            "ta bort lösenordet och spara som .docx, sedan kan det läsas in; inget skrevs"
        )
    if not head.startswith(ZIP_MAGIC):
        raise PlanError(
            f"'{path}' är inte ett Word-dokument (.docx) eller OpenDocument-dokument (.odt); inget skrevs"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise PlanError(
                    f"'{path}' innehåller {len(entries)} delar (högst {MAX_ENTRIES} läses); "
                    "dokumentet läses inte in; inget skrevs"
                )
            total = 0
            for entry in entries:
                total += entry.file_size
                large = entry.file_size > 1024 * 1024
                if (entry.file_size > MAX_PART_BYTES or total > MAX_UNPACKED_BYTES
                        or (large and entry.file_size > MAX_RATIO * max(entry.compress_size, 1))):
                    raise PlanError(
                        f"'{path}' packas upp till orimligt mycket (en så kallad zip-bomb?); "
                        "dokumentet läses inte in; inget skrevs"
                    )
                if entry.flag_bits & 0x1:
                    raise PlanError(f"'{path}' är krypterat; ta bort lösenordet och spara om det; inget skrevs")
            names = {entry.filename for entry in entries}
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIME:
                return "odt"
            if "[Content_Types].xml" not in names:
                raise PlanError(f"'{path}' är ett zip-arkiv men inte ett Word-dokument (.docx); inget skrevs")
            types = archive.read("[Content_Types].xml").decode("utf-8", "replace").lower()
            if any(kind in types for kind in MACRO_TYPES) or any(
                    name.lower().endswith("vbaproject.bin") for name in names):
                raise PlanError(
                    f"'{path}' är ett makroaktiverat dokument (.docm); makron körs aldrig och sådana "
                    "dokument läses inte in: spara det som .docx (Word-dokument utan makron); inget skrevs"
                )
            if DOCX_MAIN not in types:
                raise PlanError(f"'{path}' är ett zip-arkiv men inte ett Word-dokument (.docx); inget skrevs")
            bad = archive.testzip()
            if bad is not None:
                raise PlanError(f"'{path}' är trasigt (delen {bad} kan inte läsas); inget skrevs")
    except zipfile.BadZipFile as exc:
        raise PlanError(f"'{path}' är ett trasigt Word-dokument ({exc}); inget skrevs") from None
    except (EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise PlanError(f"'{path}' kan inte läsas som Word-dokument ({exc}); inget skrevs") from None
    return "docx"
