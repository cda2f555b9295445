"""Issue 14, the HTML a web editor accepts: axe-core (WCAG 2.1 A and AA) finds nothing in the real
Chromium at 1280 and 320 px, the page never scrolls sideways on a phone (tables scroll in their
own region), landmarks and heading order are right; images are embedded, so the file is
self-contained; a house style adds a title-block row without copying a block.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from conftest import plan as run_plan
from system_parts import NODE_PREFIX, require

pytestmark = pytest.mark.slow  # runs Chromium and axe-core

PLANS = {
    "websesam": ROOT / "plans" / "2025-websesam.yaml",
    "shvo": ROOT / "plans" / "2026-shvo.yaml",
    "arkivplan": ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml",
}
AXE = NODE_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0b5394"/></svg>'


def _html(plan_file: Path, out: Path, *extra: str) -> str:
    result = run_plan("render", str(plan_file), "-f", "html", "--allow-errors", "-o", str(out), *extra,
                      env={"SOURCE_DATE_EPOCH": "1738627200"}, timeout=120)
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    paths = {}
    for name, plan_file in PLANS.items():
        _html(plan_file, folder / f"{name}.html")
        paths[name] = folder / f"{name}.html"
    return paths


@pytest.mark.slow
@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("name", list(PLANS))
def test_axe_finds_no_wcag_a_or_aa_violation_and_nothing_scrolls_sideways(browser, documents, name: str,
                                                                          width: int) -> None:
    require("axe-core")
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(documents[name].as_uri())
        page.wait_for_load_state("load")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
        )
        violations = [
            (v["id"], v["help"], [node["target"] for node in v["nodes"]][:5]) for v in result["violations"]
        ]
        assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"the page scrolls sideways: {scroll_width} px wide at {width} px"
        # Wide tables scroll inside their own focusable, labelled region instead.
        unregioned = page.evaluate("""() => [...document.querySelectorAll('main table')]
            .filter(t => !t.closest('.table-region[role=region][tabindex="0"]')).map(t => t.className)""")
        assert unregioned == []
    finally:
        page.close()


@pytest.mark.slow
def test_landmarks_and_heading_order(browser, documents) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(documents["shvo"].as_uri())
        headings = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
        assert headings[0] == 1 and headings.count(1) == 1
        assert all(b - a <= 1 for a, b in zip(headings, headings[1:])), headings
        # The draft banner and the notice of errors are inside landmarks, the banner in the header.
        assert page.evaluate("!!document.querySelector('header .draft-banner')")
        outside = page.evaluate("""() => [...document.body.children]
            .filter(e => getComputedStyle(e).display !== 'none')
            .filter(e => !e.matches('header, nav, main, footer, aside, section[aria-labelledby], script'))
            .map(e => e.outerHTML.slice(0, 80))""")
        assert outside == []
        notice = page.evaluate("document.querySelector('.notice').innerText")
        assert "planen" in notice.lower() and not re.search(r"\brad \d+", notice)  # no YAML lines for the board
    finally:
        page.close()


def _example(tmp_path: Path) -> Path:
    folder = tmp_path / "plan"
    shutil.copytree(PLANS["arkivplan"].parent, folder, ignore=shutil.ignore_patterns("*.pdf", "*.html"))
    return folder / PLANS["arkivplan"].name


def _with_figures(plan_file: Path, figures: str) -> None:
    text = plan_file.read_text(encoding="utf-8")
    anchor = re.search(r"^sections:\n", text, re.M)
    assert anchor
    section = textwrap.indent(textwrap.dedent(figures), "  ")
    plan_file.write_text(text[:anchor.end()] + section + text[anchor.end():], encoding="utf-8")


def test_figures_are_embedded_with_their_alt_text_and_a_missing_image_says_so(tmp_path: Path) -> None:
    plan_file = _example(tmp_path)
    (plan_file.parent / "modell.png").write_bytes(PNG)
    (plan_file.parent / "karta.svg").write_bytes(SVG)
    outside = tmp_path / "hemlig.png"
    outside.write_bytes(PNG)
    _with_figures(plan_file, """\
        - id: figurer
          title: Figurer
          content:
            - figure: "Figur 1: Förvaltningsmodellen"
              image: modell.png
              alt: Förvaltningsmodellen i tre steg
            - figure: "Figur 2: Karta"
              image: karta.svg
              alt: Karta över medlemskommunerna
            - figure: "Figur 3: Organisationen"
    """)
    html = _html(plan_file, tmp_path / "ut.html")
    images = re.findall(r'<img src="([^"]*)" alt="([^"]*)"', html)
    assert ("data:image/png;base64," + base64.b64encode(PNG).decode(), "Förvaltningsmodellen i tre steg") in images
    assert any(src.startswith("data:image/svg+xml;base64,") and alt == "Karta över medlemskommunerna"
               for src, alt in images)
    assert "<svg" not in html.split("<body", 1)[1]  # the SVG is an image, never markup in the page
    assert "modell.png" not in html and "karta.svg" not in html  # self-contained: no link to a file
    third = [figure for figure in re.findall(r"<figure.*?</figure>", html, re.S) if "Figur 3" in figure]
    assert third and "Bild saknas" in third[0] and "<img" not in third[0]
    assert "dashed" not in html


def test_an_image_outside_the_plans_folder_is_not_embedded(tmp_path: Path) -> None:
    from forvaltning_cli.render import image_data_uri

    folder = tmp_path / "plan"
    folder.mkdir()
    (tmp_path / "hemlig.png").write_bytes(PNG)
    (folder / "bild.png").write_bytes(PNG)
    (folder / "text.png").write_bytes(b"not an image")
    (folder / "länk.png").symlink_to(tmp_path / "hemlig.png")
    roots = [folder.resolve()]
    assert image_data_uri("bild.png", roots, folder).startswith("data:image/png;base64,")
    assert image_data_uri("../hemlig.png", roots, folder) == ""
    assert image_data_uri(str(tmp_path / "hemlig.png"), roots, folder) == ""
    assert image_data_uri("länk.png", roots, folder) == ""
    assert image_data_uri("text.png", roots, folder) == ""  # not PNG, JPEG or SVG
    assert image_data_uri("https://example.com/x.png", roots, folder) == ""


def test_a_house_style_adds_a_title_row_and_an_embedded_logo_without_copying_a_block(tmp_path: Path) -> None:
    plan_file = _example(tmp_path)
    templates = tmp_path / "husstil"
    (templates / "html").mkdir(parents=True)
    (templates / "logo.svg").write_bytes(SVG)
    (templates / "html" / "document.html.j2").write_text(textwrap.dedent("""\
        {% extends "builtin/html/document.html.j2" %}
        {% block title_rows_extra %}<tr><th scope="row">Sekretess</th><td>Offentlig handling</td></tr>{% endblock %}
        {% block logo %}<img class="logo" src="{{ embed('logo.svg') }}" alt="Kommunalförbundet Arkiv Väst">{% endblock %}
    """), encoding="utf-8")
    html = _html(plan_file, tmp_path / "ut.html", "--template-dir", str(templates))
    block = html.split('<table class="document-data">', 1)[1].split("</table>", 1)[0]
    assert "Diarienummer" in block and "2018/0042" in block  # the built-in rows are all still there
    rows = re.findall(r"<tr>.*?</tr>", block, re.S)
    assert rows[-1] == '<tr><th scope="row">Sekretess</th><td>Offentlig handling</td></tr>'  # the last row
    assert '<img class="logo" src="data:image/svg+xml;base64,' in html


def test_an_empty_section_says_so_and_the_footer_has_the_date_not_the_path(tmp_path: Path) -> None:
    plan_file = _example(tmp_path)
    _with_figures(plan_file, """\
        - id: tomt
          title: Kommande arbete
    """)
    html = _html(plan_file, tmp_path / "ut.html")
    section = html.split('id="tomt-h"', 1)[1].split("</section>", 1)[0]
    assert "Avsnittet har inget innehåll i planen." in section
    footer = html.split("<footer", 1)[1]
    assert "4 februari 2025" in footer and "2019-arkivplan.yaml" not in footer


def test_the_notice_keeps_each_amount_on_one_line(tmp_path: Path) -> None:
    html = _html(PLANS["shvo"], tmp_path / "shvo.html")
    notice = html.split('<section class="notice"', 1)[1].split("</section>", 1)[0]
    amounts = re.findall(r"\d[\d\u00a0 ]*\d\s?kr", notice)
    assert amounts and all(" " not in amount for amount in amounts), amounts
    assert not re.search(r"\(\w+[-.]\w+, rad \d+\)", notice)  # rule ids and YAML lines stay in the terminal
