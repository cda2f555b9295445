"""``plan render``: the yearly document in Markdown, HTML (checked in real Chromium) and PDF."""

from __future__ import annotations

import os
import shutil
import re
import subprocess
import textwrap
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, PLANS, ROOT, plan
from system_parts import require

NBSP = "\u00a0"
ARTIFACTS = Path(os.environ.get("PLAN_TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))


def render(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return plan("render", *args, cwd=cwd)


# --------------------------------------------------------------------------------------------
# Refusal, output files, overwriting
# --------------------------------------------------------------------------------------------


def test_plan_with_errors_is_refused_and_findings_printed(tmp_path: Path) -> None:
    out = tmp_path / "shvo.html"
    result = render("plans/2026-shvo.yaml", "-o", str(out))
    assert result.returncode == 1
    assert "budget-total" in result.stderr and "16 000 000 kr" in result.stderr
    assert "--allow-errors" in result.stderr
    assert not out.exists()


def test_allow_errors_renders_with_a_visible_notice(tmp_path: Path) -> None:
    out = tmp_path / "shvo.md"
    result = render("plans/2026-shvo.yaml", "--allow-errors", "-f", "md", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    notice = text.split("> **Planen har fel som inte är rättade.**", 1)[1].split("\n\n", 1)[0]
    assert f"16{NBSP}000{NBSP}000{NBSP}kr" in notice and f"15{NBSP}900{NBSP}000{NBSP}kr" in notice
    assert f"5{NBSP}740{NBSP}000{NBSP}kr" in notice and f"10{NBSP}260{NBSP}000{NBSP}kr" in notice
    assert "> **ARBETSMATERIAL** – utkast, inte fastställt." in text


def test_several_plans_into_a_directory(tmp_path: Path) -> None:
    result = render("plans", "--allow-errors", "-f", "md", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["2025-websesam.md", "2026-shvo.md"]


def test_never_overwrites_a_file_it_did_not_write(tmp_path: Path) -> None:
    target = tmp_path / "websesam.html"
    target.write_text("my own notes", encoding="utf-8")
    refused = render("plans/2025-websesam.yaml", "-o", str(target))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "my own notes"
    assert render("plans/2025-websesam.yaml", "-o", str(target), "--force").returncode == 0
    assert "forvaltning-cli" in target.read_text(encoding="utf-8")
    # Its own output may be replaced without --force.
    assert render("plans/2025-websesam.yaml", "-o", str(target)).returncode == 0


def test_pdf_needs_an_output_path() -> None:
    result = render("plans/2025-websesam.yaml", "-f", "pdf")
    assert result.returncode == 2 and "-o" in result.stderr


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------


def test_markdown_budget_is_a_gfm_table_with_computed_totals() -> None:
    result = render("plans/2026-shvo.yaml", "--allow-errors", "-f", "md")
    text = result.stdout
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert "| Benämning | Budget | Kommun | VGR |" in table
    assert "| --- | ---: | ---: | ---: |" in table
    assert f"| Drift och licens | 7{NBSP}900{NBSP}000 | 2{NBSP}370{NBSP}000 | 5{NBSP}530{NBSP}000 |" in table
    assert (f"| **Totalt** | **16{NBSP}000{NBSP}000** (beräknat: 15{NBSP}900{NBSP}000) | **5{NBSP}740{NBSP}000** "
            f"(beräknat: 5{NBSP}800{NBSP}000) | **10{NBSP}260{NBSP}000** (beräknat: 10{NBSP}100{NBSP}000) |") in table
    for heading in ("## 1 Inledning", "### 4.3 Behov av nytveckling för ny funktionalitet och utveckling",
                    "#### 6.3.1 Ärenden som identifieras och ryms inom gällande förvaltningsplan",
                    "## 9 Referenser och länkar"):
        assert heading in text.splitlines()


def test_markdown_keeps_the_plans_own_order_and_every_part() -> None:
    text = render("plans/2025-websesam.yaml", "-f", "md").stdout
    order = ["## 1 Inledning", "**GITS** – Gemensam IT", "### 2.1 Långsiktiga mål", "### 3.1 Budget",
             "| *delsumma VGR IT debiterar* |", "### 3.2 Finansiering", f"| 80{NBSP}% |",
             "### 4.4 Närliggande System", "| Närliggande system/integration | Beskrivning av beroende |",
             "### 5.4 Beslutsforum", "| Ledningsråd för hjälpmedel |", "### 5.5 Arbetsforum",
             "## 6 Förvaltningsaktiviteter", "## Bilaga 1: Fakturering", "| VGR IT | HMC |"]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


# --------------------------------------------------------------------------------------------
# HTML in Chromium
# --------------------------------------------------------------------------------------------


def open_page(browser, html_file: Path):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(html_file.as_uri())
    page.wait_for_load_state("load")
    return page, problems, requests


@pytest.mark.slow
def test_html_in_chromium_shows_headings_budget_and_computed_totals(browser, tmp_path: Path) -> None:
    out = tmp_path / "shvo.html"
    assert render("plans/2026-shvo.yaml", "--allow-errors", "-o", str(out)).returncode == 0
    page, problems, requests = open_page(browser, out)
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").inner_text() == "Förvaltningsplan 2026"
    h2 = page.locator("main h2").all_inner_texts()
    assert [h.replace("\n", " ").split(None, 1)[0] for h in h2[:9]] == [str(n) for n in range(1, 10)]
    assert any("Budget och finansiering" in h for h in h2)
    table = page.locator("table.budget")
    assert table.locator("thead th").all_inner_texts() == ["Benämning", "Budget", "Kommun", "VGR"]
    first = table.locator("tbody tr").first
    assert first.locator("th").inner_text() == "Drift och licens"
    assert first.locator("td").all_inner_texts() == [f"7{NBSP}900{NBSP}000", f"2{NBSP}370{NBSP}000", f"5{NBSP}530{NBSP}000"]
    total = table.locator("tfoot tr")
    assert [re.sub(r"[ \n]+", " ", cell) for cell in total.locator("td").all_inner_texts()] == [
        f"16{NBSP}000{NBSP}000 beräknat 15{NBSP}900{NBSP}000", f"5{NBSP}740{NBSP}000 beräknat 5{NBSP}800{NBSP}000",
        f"10{NBSP}260{NBSP}000 beräknat 10{NBSP}100{NBSP}000"]
    align = first.locator("td").first.evaluate("e => getComputedStyle(e).textAlign")
    assert align == "right"
    notice = page.locator(".notice")
    assert notice.is_visible() and "16\u00a0000\u00a0000\u00a0kr" in notice.inner_text()  # never broken
    assert page.locator(".draft-banner").is_visible()
    assert problems == []
    assert all(url.startswith(("file:", "data:")) for url in requests)  # self-contained
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "shvo-2026.png"), full_page=True)
    assert (ARTIFACTS / "shvo-2026.png").stat().st_size > 10_000
    page.close()


@pytest.mark.slow
def test_html_websesam_in_chromium(browser, tmp_path: Path) -> None:
    out = tmp_path / "websesam.html"
    assert render("plans/2025-websesam.yaml", "-o", str(out)).returncode == 0
    page, problems, _ = open_page(browser, out)
    assert page.locator(".notice").count() == 0 and page.locator(".draft-banner").count() == 0
    data = dict(zip(page.locator(".document-data th").all_inner_texts(), page.locator(".document-data td").all_inner_texts()))
    assert data["Version"] == "1.0" and data["Utfärdat av"] == "Piotr Gabrys, 2024-12-01"
    assert data["Godkänt av"] == "Ledningsråd för hjälpmedel, 2025-02-04"
    rows = page.locator("table.budget tbody tr")
    assert rows.nth(1).inner_text().split("\t") == ["delsumma VGR IT debiterar", f"1{NBSP}489{NBSP}000"]
    assert page.locator("table.budget tfoot td").inner_text() == f"2{NBSP}895{NBSP}000"
    toc = page.locator("nav.toc a").all_inner_texts()
    assert len(toc) == 28 and toc[0].replace("\n", " ").startswith("1")
    # Placeholder links (#) are not links in the document.
    assert page.locator("a[href='#']").count() == 0
    assert page.locator(".dead-link").count() == 5
    assert problems == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "websesam-2025.png"), full_page=True)
    page.close()


HOSTILE = MINIMAL_PLAN.replace(
    "      - text: Planen gäller webSesam.\n",
    textwrap.dedent("""\
          - text: "Hej <script>window.__pwned = 1</script> och <img src=x onerror=\\"window.__pwned = 2\\">"
          - text: "[klicka](javascript:window.__pwned=3) och [bra](https://example.org)"
          - list:
              - "<b onmouseover=\\"window.__pwned = 4\\">fet</b>"
    """).replace("\n", "\n    ").rstrip(" ") if False else
    "      - text: \"Hej <script>window.__pwned = 1</script> och <img src=x onerror=\\\"window.__pwned = 2\\\">\"\n"
    "      - text: \"[klicka](javascript:window.__pwned=3) och [bra](https://example.org)\"\n"
    "      - list:\n"
    "          - \"<b onmouseover=\\\"window.__pwned = 4\\\">fet</b>\"\n",
)


@pytest.mark.slow
def test_hostile_plan_text_is_inert_in_chromium(browser, tmp_path: Path) -> None:
    source = tmp_path / "hostile.yaml"
    source.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "hostile.html"
    result = render(str(source), "--allow-errors", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page, problems, requests = open_page(browser, out)
    page.locator("b", has_text="fet").count()
    page.mouse.move(10, 10)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img, main [onerror], main [onmouseover]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("a[href='https://example.org']").count() == 1
    # The text is shown, escaped, so nothing the author wrote disappears.
    assert "<script>window.__pwned = 1</script>" in page.locator("main").inner_text()
    assert not any("x" == url.rsplit("/", 1)[-1] for url in requests)
    page.close()


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_pdf_has_a4_pages_headings_and_budget_figures(tmp_path: Path) -> None:
    require("poppler", "pango", "fonts-dejavu")
    out = tmp_path / "shvo.pdf"
    result = render("plans/2026-shvo.yaml", "--allow-errors", "-f", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for expected in ("Förvaltningsplan 2026", "5.1 Budget", "Drift och licens 7 900 000 2 370 000 5 530 000",
                     "Totalt 16 000 000", "beräknat 15 900 000", "5 740 000", "beräknat 5 800 000", "Sida 1 av", "Innehåll"):
        assert expected in flat.replace(NBSP, " "), expected
    pages = text.split("\f")
    budget_page = next(i for i, p in enumerate(pages, 1) if "Drift och licens" in p)
    # The table of contents (its own page after the title page) gives the budget section's page.
    toc_page = next(p for p in pages if "Innehåll" in p.splitlines()[0:12] or "Innehåll" in p[:400])
    toc_line = next(line for line in toc_page.splitlines() if "Budget" in line and "5.1" in line)
    assert toc_line.split()[-1] == str(budget_page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for number, name in ((1, "shvo-pdf-page-1"), (budget_page, "shvo-pdf-budget-page")):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(number), "-l", str(number), "-singlefile",
                        str(out), str(ARTIFACTS / name)], check=True)
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000


# --------------------------------------------------------------------------------------------
# Templates: search path, override one block, errors
# --------------------------------------------------------------------------------------------


OVERRIDE = """\
{% extends "builtin/html/document.html.j2" %}
{% block title_page %}<h1 class="house">{{ view.plan.document.title }} – husstil</h1>{% endblock %}
"""


def test_user_template_overrides_one_block(tmp_path: Path) -> None:
    templates = tmp_path / "mallar" / "html"
    templates.mkdir(parents=True)
    (templates / "document.html.j2").write_text(OVERRIDE, encoding="utf-8")
    result = render("plans/2025-websesam.yaml", "--template-dir", str(tmp_path / "mallar"))
    assert result.returncode == 0, result.stderr
    assert '<h1 class="house">Förvaltningsplan för webSesam – husstil</h1>' in result.stdout
    assert "Piotr Gabrys" not in result.stdout  # the overridden block is gone …
    assert ">Budget 2025, webSesam ansvar 92910, aktivitet 3060</caption>" in result.stdout  # … the rest stays


def test_templates_folder_beside_the_plans_is_the_house_style(tmp_path: Path) -> None:
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "plan.yaml")
    (tmp_path / "templates" / "html").mkdir(parents=True)
    (tmp_path / "templates" / "html" / "document.html.j2").write_text(OVERRIDE, encoding="utf-8")
    result = render(str(tmp_path / "plan.yaml"))
    assert result.returncode == 0, result.stderr
    assert 'class="house"' in result.stdout


def test_template_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "document.html.j2").write_text(
        '{% extends "builtin/html/document.html.j2" %}\n{% block title_page %}\n{{ view.plan.no_such_field }}\n{% endblock %}\n',
        encoding="utf-8",
    )
    result = render("plans/2025-websesam.yaml", "--template-dir", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path / 'html' / 'document.html.j2'}:3" in result.stderr
    assert "no_such_field" in result.stderr
    assert "Traceback" not in result.stderr


def test_templates_cannot_reach_python_internals(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "document.html.j2").write_text(
        "{{ view.__class__.__init__.__globals__ }}\n", encoding="utf-8"
    )
    result = render("plans/2025-websesam.yaml", "--template-dir", str(tmp_path))
    assert result.returncode == 1
    assert "__globals__" not in result.stdout
    assert "otillåten" in result.stderr or "unsafe" in result.stderr


# --------------------------------------------------------------------------------------------
# Side by side with the source document
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("plan_name", ["2025-websesam", "2026-shvo"])
def test_every_fact_of_the_source_is_in_the_rendered_document(plan_name: str) -> None:
    """Every line and table cell of the source text appears in the rendered Markdown (the
    transcription test's layout exceptions aside)."""
    import re

    from test_transcription import CASES, SOURCES, _cells

    source_name, toc_start, toc_end, layout = CASES[plan_name]
    text = render(f"plans/{plan_name}.yaml", "--allow-errors", "-f", "md").stdout
    flat = " ".join(re.sub(r"\*\*|(?<!\w)\*|\*(?!\w)", "", text.replace(NBSP, " ")).split())
    cells = _cells((SOURCES / source_name).read_text(encoding="utf-8"), toc_start, toc_end)
    missing = []
    for cell in cells:
        if cell in layout:
            continue
        shown = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", cell)  # placeholder links show as their label
        if shown not in flat:
            missing.append(cell)
    assert missing == []


def test_swedish_number_and_date_formatting() -> None:
    import datetime as dt
    from decimal import Decimal

    from forvaltning_cli.model import PlanDate
    from forvaltning_cli.swedish import amount, kronor, long_date, percent

    assert kronor(1489000) == f"1{NBSP}489{NBSP}000{NBSP}kr"
    assert amount(0) == "0" and amount(None) == "–" and amount(-60000) == f"\u221260{NBSP}000"
    assert percent(70) == f"70{NBSP}%" and percent(Decimal("33.5")) == f"33,5{NBSP}%"
    assert long_date(dt.date(2025, 2, 4)) == "4 februari 2025"
    assert long_date(PlanDate.parse("2025-12-10?")) == "preliminärt 10 december 2025"
