"""The shipped plans say everything their source documents say.

Every paragraph, list item, heading and table cell of each source text must appear verbatim in
the plan (headings as "number title", amounts as the integers they denote). Lines that are only
layout (table of contents, page headers) are listed explicitly with the reason.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import PLANS, ROOT

SOURCES = ROOT / "tests" / "sources"


def _plan_strings(data) -> tuple[set[str], set[int]]:
    texts: set[str] = set()
    numbers: set[int] = set()

    def walk(node):
        if isinstance(node, dict):
            if "number" in node and "title" in node:
                texts.add(f"{node['number']} {node['title']}")
            if "url" in node and "title" in node:  # a reference printed as a Markdown link
                texts.add(f"[{node['title']}]({node['url']})")
            for key, value in node.items():
                texts.add(str(key))
                if isinstance(value, str):  # abbreviations are printed "TERM – definition"
                    texts.add(f"{key} – {' '.join(value.split())}")
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, bool):
            pass
        elif isinstance(node, int):
            numbers.add(node)
        elif node is not None:
            texts.add(" ".join(str(node).split()))

    walk(data)
    return texts, numbers


def _cells(source: str, skip_from: str, skip_to: str) -> list[str]:
    """Normalised text cells of a source, without its table of contents."""
    lines = source.splitlines()
    start, end = lines.index(skip_from), lines.index(skip_to)
    cells = []
    for line in lines[:start] + lines[end:]:
        line = re.sub(r'<a href="([^"]*)">([^<]*)</a>', r"[\2](\1)", line)
        line = re.sub(r"</?[bi]>|\*\*", "", line)
        for cell in line.split("\t"):
            cell = re.sub(r"^\s*(#+|-)\s+", "", cell)
            cell = " ".join(cell.split())
            if cell and set(cell) - set("-— "):
                cells.append(cell)
    return cells


def _covered(cell: str, texts: set[str], numbers: set[int]) -> bool:
    if re.fullmatch(r"\d[\d ]*", cell) and int(cell.replace(" ", "")) in numbers:
        return True
    return any(cell in text for text in texts)


CASES = {
    "2025-websesam": (
        "websesam-2025.txt", "## Innehåll", "# 1 Inledning",
        {
            # Page header: column labels, page number and the document-type line, whose values
            # are in document: (version, status, type, issued, approved, organisations).
            "Version:", "Status:", "Sida:", "1.0", "Utgåva", "(1)11",
            "Dokumenttyp: Förvaltningsplan webSesam", "VÄSTRA GÖTALANDSREGIONEN",
            "Utfärdat av: Piotr Gabrys", "Utf datum: 2024-12-01",
            "Godkänt av : Ledningsråd för hjälpmedel", "Godk datum: 2025-02-04",
            # Table header rows whose words are in headings: of the part blocks.
            "Arbetsfora",
            # A table-cell line break splits a word in the extraction; the plan joins it.
            "Representanter från Hjälpmiddelscen tralen, VGR och VGK",
            # The TOC heading itself.
            "Innehåll",
        },
    ),
    "2026-shvo": (
        "shvo-2026.txt", "Innehållsförteckning", "1 Inledning",
        {
            "ARBETSMATERIAL",  # status: Arbetsmaterial
            "Ställningstagande i VVG: 2025-12-10?",  # document.decision (label, date)
            "VÄSTRA",  # the logo text broken over two lines: organisations
            "GÖTALANDSREGIONEN",
        },
    ),
}


@pytest.mark.parametrize("plan", sorted(CASES))
def test_every_source_line_is_in_the_plan(plan: str) -> None:
    source_name, toc_start, toc_end, layout = CASES[plan]
    data = YAML(typ="safe").load((PLANS / f"{plan}.yaml").read_text(encoding="utf-8"))
    texts, numbers = _plan_strings(data)
    source = (SOURCES / source_name).read_text(encoding="utf-8")
    missing = [
        cell for cell in _cells(source, toc_start, toc_end)
        if cell not in layout and not _covered(cell, texts, numbers)
    ]
    assert missing == []


def test_the_comparison_notices_a_dropped_paragraph() -> None:
    """Guard for the test above: removing one paragraph from a plan makes it fail."""
    data = YAML(typ="safe").load((PLANS / "2026-shvo.yaml").read_text(encoding="utf-8"))
    data["sections"][0]["content"].pop(1)
    texts, numbers = _plan_strings(data)
    source = (SOURCES / "shvo-2026.txt").read_text(encoding="utf-8")
    cells = _cells(source, "Innehållsförteckning", "1 Inledning")
    missing = [c for c in cells if not _covered(c, texts, numbers)]
    assert any(c.startswith("VVG ansvarar även för förankring") for c in missing)
