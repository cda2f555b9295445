"""``plan import``: a Word (.docx) or OpenDocument (.odt) plan into plan YAML.

The container is checked first (:mod:`.safety`), then read with python-docx (:mod:`.reader`)
and turned into plan data (:mod:`.build`); every guess becomes a ``# importerat: kontrollera …``
comment. An .odt is converted to .docx by pandoc (``--sandbox``: no file or network access
beyond the document) and then read the same way.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ..errors import PlanError
from .build import Imported, build
from .safety import check_document

NOTE_PREFIX = "importerat: kontrollera"


def read_document(path: Path, image_dir: str) -> Imported:
    kind = check_document(path)
    if kind == "odt":
        with tempfile.TemporaryDirectory() as tmp:
            converted = Path(tmp) / "dokument.docx"
            try:
                subprocess.run(["pandoc", "--sandbox", "-f", "odt", "-t", "docx", "-o", str(converted), str(path)],
                               check=True, capture_output=True, timeout=120)
            except FileNotFoundError:
                raise PlanError("pandoc behövs för att läsa .odt men finns inte installerat; inget skrevs") from None
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                raise PlanError(f"'{path}' kunde inte läsas som OpenDocument-dokument; inget skrevs") from None
            check_document(converted)
            return _read_docx(converted, path, image_dir)
    return _read_docx(path, path, image_dir)


def _read_docx(path: Path, shown: Path, image_dir: str) -> Imported:
    from .reader import read_docx

    try:
        word = read_docx(path)
    except PlanError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml fail in many ways on a broken file
        raise PlanError(f"'{shown}' är ett trasigt Word-dokument och kan inte läsas ({type(exc).__name__}); inget skrevs") from None
    return build(word, image_dir)


def to_yaml(imported: Imported) -> tuple[str, int]:
    """The plan as YAML with the notes as end-of-line comments; the number of commented lines."""
    from ..ruamel_glue import dump, round_trip_yaml, write_notes

    yaml = round_trip_yaml()
    data = yaml.load(dump(yaml, imported.data))
    noted = write_notes(data, imported.notes, NOTE_PREFIX)
    header = "# Importerad med plan import; rader märkta '# importerat: kontrollera' är gissningar.\n"
    return header + dump(yaml, data), noted
