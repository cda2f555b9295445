"""Issue 16, the portfolio dashboard as a person sees it: in the real Chromium, axe-core (WCAG 2.1
A and AA) finds nothing at 1280 and 320 px, the page never scrolls sideways on a phone (tables
scroll in their own focusable, labelled region), and every chart is an image with a name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from conftest import plan as run_plan
from system_parts import NODE_PREFIX, require

pytestmark = pytest.mark.slow  # runs Chromium and axe-core

AXE = NODE_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def dashboards(tmp_path_factory) -> dict[str, Path]:
    """The shipped plans with next year's webSesam (2026), and the example with next year's (2020)."""
    folder = tmp_path_factory.mktemp("dashboard")
    plans = folder / "plans"
    plans.mkdir()
    for source in (ROOT / "plans" / "2025-websesam.yaml", ROOT / "plans" / "2026-shvo.yaml",
                   ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"):
        shutil.copy(source, plans / source.name)
    for source, year in (("2025-websesam.yaml", 2026), ("2019-arkivplan.yaml", 2020)):
        result = run_plan("new", "--from", str(plans / source), "--year", str(year))
        assert result.returncode == 0, result.stderr
    out = {}
    for name, year in (("shipped", "2026"), ("kommunalforbund", "2020")):
        out[name] = folder / f"{name}.html"
        result = run_plan("portfolio", str(plans), "--year", year, "-f", "html", "-o", str(out[name]))
        assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("name", ["shipped", "kommunalforbund"])
def test_axe_finds_no_violation_and_nothing_scrolls_sideways(browser, dashboards, name: str, width: int) -> None:
    require("axe-core")
    # bypass_csp: only so that axe-core can be injected; the next test shows the policy holds.
    page = browser.new_page(viewport={"width": width, "height": 900}, bypass_csp=True)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(dashboards[name].as_uri())
        page.wait_for_load_state("load")
        assert requests == [dashboards[name].as_uri()]  # self-contained: nothing else is fetched
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                               WCAG)
        violations = [(v["id"], v["help"], [node["target"] for node in v["nodes"]][:5]) for v in result["violations"]]
        assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"the page scrolls sideways: {scroll_width} px wide at {width} px"
        unregioned = page.evaluate("""() => [...document.querySelectorAll('main table')]
            .filter(t => !t.closest('.table-region[role=region][tabindex="0"]')).length""")
        assert unregioned == 0
        charts = page.evaluate("""() => [...document.querySelectorAll('svg')].map(s => [s.getAttribute('role'),
            s.getAttribute('aria-label'), s.getBoundingClientRect().width])""")
        assert len(charts) >= 4
        for role, label, drawn in charts:
            assert role == "img" and len(label) > 20 and 0 < drawn <= width
    finally:
        page.close()


def test_the_content_security_policy_refuses_any_script(browser, dashboards) -> None:
    from playwright.sync_api import Error

    page = browser.new_page()
    try:
        page.goto(dashboards["shipped"].as_uri())
        with pytest.raises(Error, match="Content Security Policy"):
            page.add_script_tag(content="document.title = 'injected'")
        assert page.title() == "Portfölj 2026"
    finally:
        page.close()
