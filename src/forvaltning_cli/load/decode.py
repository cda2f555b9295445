"""Bytes → text: UTF-8 only (a BOM is dropped), with the position of the first bad byte."""

from __future__ import annotations

from .positions import LoadError


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(
            "encoding", "filen är kodad som UTF-16; planer ska vara UTF-8",
            hint="spara filen som UTF-8 i din editor",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n")
        column = len(before) - (before.rfind(b"\n") + 1)
        raise LoadError(
            "encoding",
            f"byte 0x{raw[exc.start]:02x} är inte giltig UTF-8",
            line, column,
            hint="spara filen som UTF-8 (filen verkar vara Latin-1/Windows-1252 eller binär)",
        ) from None
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul)
        raise LoadError(
            "encoding", "filen innehåller NUL-tecken och är troligen inte en textfil",
            line, nul - (text.rfind("\n", 0, nul) + 1),
        )
    return text
