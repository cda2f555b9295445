"""En figurs bild pekar på något annat än en fil i planens egen mapp: en webbadress, en absolut sökväg eller en sökväg som går ut ur mappen med `..`.

## Vad regeln kontrollerar

Varje figurs `image`. Tillåtet är en relativ sökväg till en fil i planens mapp eller en
undermapp (`bilder/modell.png`) och en inbäddad `data:`-adress. Anmärkningen gäller en adress
med ett annat protokoll (`https:`, `file:` …), en absolut sökväg (`/…`, `C:\\…`, `\\\\server\\…`)
och en sökväg med `..`. När planens plats är känd ska filen också finnas och vara en vanlig fil
(inte en mapp eller en enhet som `/dev/zero`).

## Varför det spelar roll

Dokumentet ska byggas av planen och dess egna filer. En webbadress hämtas när PDF:en byggs, även
i CI, och en sökväg utanför mappen kan läsa in vilken fil som helst på datorn i dokumentet.
`plan render` bäddar aldrig in sådana resurser; bilden saknas då i dokumentet.

## Exempel

Ett avsnitt under `sections`:

    - number: "2"
      title: Förvaltningsmodell
      content:
        - figure: "Figur: Förvaltningsmodellen"
          image: https://intranat.example.se/bilder/modell.png

## Skriv i stället

Spara bilden bredvid planen och hänvisa till den relativt:

    - number: "2"
      title: Förvaltningsmodell
      content:
        - figure: "Figur: Förvaltningsmodellen"
          image: bilder/modell.png
          alt: Förvaltningsmodellen i fyra steg, från behov till uppföljning.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..model import iter_sections

ID = "resource-reference"
SEVERITY = "error"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_DRIVE = re.compile(r"^[A-Za-z]:")


def shape_problem(reference: str) -> str | None:
    """What is wrong with the form of an image reference, or ``None`` (no file system access)."""
    from urllib.parse import unquote

    # As a URL parser reads it: tabs and newlines dropped, controls trimmed, %2e%2e is '..'.
    text = unquote(re.sub(r"[\t\n\r]", "", reference)).strip("".join(map(chr, range(0x21))))
    if "\x00" in text:
        return "innehåller ett nolltecken"
    if not text:
        return "är tom"
    if text[:5].lower() == "data:":
        return None
    if _DRIVE.match(text) or text.startswith(("/", "\\")):
        return "är en absolut sökväg; ange en sökväg relativt till planen"
    scheme = _SCHEME.match(text)
    if scheme:
        return (
            f"använder '{scheme.group(1).lower()}:'; bara filer i planens mapp och data:-adresser"
            " bäddas in"
        )
    if ".." in re.split(r"[/\\]", re.split(r"[?#]", text, maxsplit=1)[0]):
        return "går ut ur planens mapp (..); lägg bilden i planens mapp eller en undermapp"
    return None


def file_problem(reference: str, folder: Path) -> str | None:
    """What is wrong with the file an (already well-formed) relative reference names, if anything."""
    from urllib.parse import unquote

    if reference.strip()[:5].lower() == "data:":
        return None
    candidate = folder / unquote(reference.strip().split("#", 1)[0].split("?", 1)[0])
    try:
        real = candidate.resolve()
        if not real.is_relative_to(folder.resolve()):
            return "pekar (via en symbolisk länk) ut ur planens mapp"
        mode = os.stat(real).st_mode
    except OSError:
        return "finns inte"
    except RuntimeError:  # a symbolic link loop
        return "är en slinga av symboliska länkar"
    if not stat.S_ISREG(mode):
        return "är ingen vanlig fil"
    return None


def check(ctx):
    # The plan's file, when the pipeline gives it, lets the rule check that the image exists.
    plan_file = ctx.path
    folder = Path(plan_file).resolve().parent if plan_file else None
    for path, section in iter_sections(ctx.plan.sections):
        for index, block in enumerate(section.content):
            image = getattr(block, "image", None)
            if image is None:
                continue
            problem = shape_problem(image)
            if problem is None and folder is not None:
                problem = file_problem(image, folder)
            if problem:
                yield ctx.problem(
                    path + ("content", index, "image"),
                    f"bilden '{image}' till figuren '{block.figure}' {problem}",
                    hint="lägg bildfilen i planens mapp (t.ex. bilder/) och ange sökvägen relativt till planen",
                )
