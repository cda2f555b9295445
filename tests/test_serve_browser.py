"""``plan serve`` for real: the server started as ``python -m forvaltning_cli serve`` on a free
port, driven by Debian's Chromium through Playwright, over a copy of the shipped plans in a git
repository. A save on disk updates the open page without a reload; traversal, a foreign Host
and writes are refused; a broken plan shows its error and the server lives on."""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import PLANS, ROOT
from system_parts import require

pytestmark = pytest.mark.slow

SHOTS = Path("/tmp/shots")
HOSTILE = "<script>alert(1)</script>"
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
           "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


class Served:
    """A running ``plan serve`` process: its URL, port and everything it wrote to stderr."""

    def __init__(self, cwd: Path, *args: str) -> None:
        env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")}
        self.process = subprocess.Popen([sys.executable, "-m", "forvaltning_cli", "serve", *args],
                                        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, encoding="utf-8")
        self.lines: list[str] = []
        started = threading.Event()

        def read() -> None:
            for line in self.process.stderr:
                self.lines.append(line)
                if "avsluta med Ctrl-C" in line:
                    started.set()
            started.set()

        threading.Thread(target=read, daemon=True).start()
        started.wait(30)
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", "".join(self.lines))
        if not found:
            self.process.kill()
            pytest.fail("plan serve did not start: " + "".join(self.lines))
        self.port = int(found.group(1))
        self.url = found.group(0)

    @property
    def stderr(self) -> str:
        return "".join(self.lines)

    def get(self, path: str, host: str | None = None, method: str = "GET") -> tuple[int, str]:
        """A raw request: the path is sent exactly as given (no client-side normalisation)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", host or f"127.0.0.1:{self.port}")
            connection.endheaders()
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", errors="replace")
        finally:
            connection.close()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(5)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A git repository with a copy of plans/ committed, and a file outside plans/ not to leak."""
    require("git")
    shutil.copytree(PLANS, tmp_path / "plans")
    (tmp_path / "hemlig.yaml").write_text("hemligt: SECRET-OUTSIDE\n", encoding="utf-8")
    (tmp_path / "plans" / "ut.yaml").symlink_to(tmp_path / "hemlig.yaml")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "planer")
    return tmp_path


@pytest.fixture
def served(project: Path):
    server = Served(project, "plans", "--port", "0")
    yield server
    server.stop()


def _tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if ".git" in path.parts:
            continue
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _save(path: Path, text: str) -> None:
    """As an editor saves: the whole file rewritten."""
    path.write_text(text, encoding="utf-8")


def _updated(page, count: int) -> None:
    """Wait until the page has taken in ``count`` updates (an attribute its script sets; waiting
    with a JavaScript predicate would need eval, which the page's CSP forbids)."""
    page.wait_for_selector(f"html[data-plan-serve-updates='{count}']", state="attached", timeout=10000)


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector("html[data-plan-serve-connected]")
    page.dialogs = dialogs
    return page


def test_the_index_lists_the_plans(browser, served: Served) -> None:
    page = _open(browser, served.url)
    rows = page.locator("table.plan-serve-index tbody tr")
    assert rows.count() == 2
    shvo = page.locator('tr[data-plan="2026-shvo.yaml"]')
    for cell, text in (("td:nth-child(2)", "Förvaltningsplan 2026"), ("td:nth-child(3)", "2026"),
                       ("td:nth-child(4)", "Arbetsmaterial"), ("td.count-errors", "3"),
                       ("td.total", "16\u00a0000\u00a0000\u00a0kr")):
        assert text in shvo.locator(cell).inner_text()
    assert page.locator('tr[data-plan="2025-websesam.yaml"] td.count-errors').inner_text() == "0"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "serve-index.png"), full_page=True)
    page.close()


def test_a_plan_shows_its_document_with_the_wrong_total_marked(browser, served: Served) -> None:
    page = _open(browser, served.url)
    page.click("text=2026-shvo.yaml")
    page.wait_for_selector("html[data-plan-serve-connected]")
    assert page.locator("h1").first.inner_text() == "Förvaltningsplan 2026"
    assert "Granskning: 3 fel" in page.locator("#plan-serve-findings-h").inner_text()
    total = page.locator("#plats-budget-total")
    assert total.get_attribute("data-finding") == "error"
    assert "16 000 000" in total.inner_text().replace("\u00a0", " ")  # the stated figure, as the board sees it
    described = total.get_attribute("aria-describedby").split()
    assert "angiven totalsumma" in page.locator(f"#{described[0]}").inner_text()
    # Styled where it stands: the row's cells are tinted red.
    background = total.locator("td").first.evaluate("cell => getComputedStyle(cell).backgroundColor")
    assert background == "rgb(253, 228, 225)"
    page.click(f"#{described[0]} >> text=visa i tabellen")
    assert page.evaluate("location.hash") == "#plats-budget-total"
    page.locator("#plats-budget-total").evaluate("row => row.scrollIntoView({block: 'center'})")
    page.screenshot(path=str(SHOTS / "serve-plan-finding.png"))
    page.close()


def test_a_save_updates_the_open_page_without_a_reload(browser, served: Served, project: Path) -> None:
    path = project / "plans" / "2025-websesam.yaml"
    page = _open(browser, served.url + "plan/2025-websesam.yaml")
    assert page.locator("[data-finding='error']").count() == 0
    page.evaluate("window.beforeTheSave = 'kvar'")
    page.locator("tr[data-plan-path='budget.total']").evaluate("row => row.scrollIntoView({block: 'center'})")
    scrolled = page.evaluate("window.scrollY")
    assert scrolled > 500

    text = path.read_text(encoding="utf-8")
    changed = text.replace("amount: 594000", "amount: 694000", 1)  # a line, not the total
    assert changed != text
    _save(path, changed)
    _updated(page, 1)
    assert page.evaluate("window.beforeTheSave") == "kvar"  # the same page: no reload
    assert abs(page.evaluate("window.scrollY") - scrolled) <= 2
    total = page.locator("tr[data-plan-path='budget.total']")
    assert total.get_attribute("data-finding") == "error"
    assert "budget-total" in page.locator(".plan-serve-findings").inner_text()
    assert "Uppdaterad" in page.locator("#plan-serve-status").inner_text()
    page.screenshot(path=str(SHOTS / "serve-after-save.png"))

    # The index follows too, without a reload.
    index = _open(browser, served.url)
    assert index.locator('tr[data-plan="2025-websesam.yaml"] td.count-errors').inner_text() == "1"
    _save(path, text)
    _updated(index, 1)
    assert index.locator('tr[data-plan="2025-websesam.yaml"] td.count-errors').inner_text() == "0"
    page.close()
    index.close()


def test_a_broken_plan_shows_its_error_and_the_server_lives_on(browser, served: Served, project: Path) -> None:
    path = project / "plans" / "2026-shvo.yaml"
    good = path.read_text(encoding="utf-8")
    page = _open(browser, served.url + "plan/2026-shvo.yaml")
    _save(path, good.replace("  title: Förvaltningsplan 2026\n", "  title: [Förvaltningsplan 2026\n", 1))
    _updated(page, 1)
    assert "Planen kan inte läsas" in page.locator("h1").inner_text()
    current = page.locator("pre.source .line.current").first.inner_text()
    assert re.match(r"\d+\s", current)  # numbered
    assert "2026-shvo.yaml:" in page.locator(".excerpt h2").first.inner_text()
    assert "kan inte läsas" in served.stderr  # one line for the terminal

    status, body = served.get("/")
    assert status == 200 and "2025-websesam.yaml" in body
    assert served.get("/plan/2025-websesam.yaml")[0] == 200

    _save(path, good)  # fixed: the document comes back on the same page
    _updated(page, 2)
    assert page.locator("h1").first.inner_text() == "Förvaltningsplan 2026"
    assert served.process.poll() is None
    page.close()


TRAVERSALS = [
    "/plan/../../etc/passwd", "/plan/..%2f..%2fetc%2fpasswd", "/plan/%2e%2e/%2e%2e/etc/passwd",
    "/plan/%2e%2e%2fhemlig.yaml", "/plan/../hemlig.yaml", "/plan/ut.yaml", "/plan/..%5chemlig.yaml",
    "/plan/%2fetc%2fpasswd", "/plan//etc/passwd", "/plan/2026-shvo.yaml%00.txt", "/diff/../hemlig.yaml",
    "/diff/ut.yaml", "/_static/../serve/pages.py", "/_static/%2e%2e%2fhtml%2fdocument.html.j2",
    "/etc/passwd", "/../../etc/passwd", "/plan/%252e%252e/hemlig.yaml",
]


def test_traversal_is_refused_and_nothing_outside_leaks(served: Served) -> None:
    for request_path in TRAVERSALS:
        status, body = served.get(request_path)
        assert status == 404, request_path
        assert "SECRET-OUTSIDE" not in body and "root:" not in body, request_path
        assert "Sidan finns inte" in body, request_path
    assert served.get("/plan/2026-shvo.yaml")[0] == 200  # the same server serves the plans


def test_a_foreign_host_and_a_write_are_refused(served: Served, project: Path) -> None:
    before = _tree_digest(project)
    assert served.get("/", host=f"evil.example:{served.port}")[0] == 421
    assert served.get("/plan/2026-shvo.yaml", host="attacker.example")[0] == 421
    assert served.get("/", host=f"localhost:{served.port}")[0] == 200
    for method in ("POST", "PUT", "DELETE"):
        assert served.get("/plan/2026-shvo.yaml", method=method)[0] == 405
    for path in ("/", "/plan/2026-shvo.yaml", "/diff/2026-shvo.yaml", "/_static/live.js"):
        assert served.get(path)[0] == 200
    assert _tree_digest(project) == before  # no endpoint wrote anything


def test_hostile_plan_text_stays_text(browser, served: Served, project: Path) -> None:
    path = project / "plans" / "2026-shvo.yaml"
    _save(path, path.read_text(encoding="utf-8").replace(
        "title: Förvaltningsplan 2026", f'title: "Förvaltningsplan 2026 {HOSTILE}"', 1))
    for url in (served.url, served.url + "plan/2026-shvo.yaml"):
        page = _open(browser, url)
        assert HOSTILE in page.locator("body").inner_text()  # shown as the text it is
        page.wait_for_timeout(200)
        assert page.dialogs == []
        page.close()


def test_the_diff_view_reports_the_change_since_head(browser, served: Served, project: Path) -> None:
    path = project / "plans" / "2025-websesam.yaml"
    _save(path, path.read_text(encoding="utf-8").replace("amount: 594000", "amount: 694000"))
    page = _open(browser, served.url + "diff/2025-websesam.yaml")
    text = page.locator("main").inner_text().replace("\u00a0", " ")
    assert "HEAD:plans/2025-websesam.yaml → 2025-websesam.yaml" in text
    assert "Budgeten ökar med 100 000 kr (+3,5 %)" in text
    assert page.locator(".diff-report table").count() >= 1  # the report's tables are tables
    shutil.copy(project / "plans" / "2026-shvo.yaml", project / "plans" / "ny.yaml")
    page.goto(served.url + "diff/ny.yaml")
    assert "planen är ny" in page.locator("main").inner_text()
    page.close()


def test_ctrl_c_ends_the_server_cleanly(project: Path) -> None:
    server = Served(project, "plans", "--port", "0")
    events = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)  # an open event stream
    try:
        assert server.get("/")[0] == 200
        events.request("GET", "/events", headers={"Host": f"127.0.0.1:{server.port}"})
        assert events.getresponse().status == 200
        started = time.monotonic()
        assert server.stop() == 0
        assert time.monotonic() - started < 5
    finally:
        events.close()
        server.stop()
    assert "plan serve avslutad" in server.stderr and "Traceback" not in server.stderr
