"""``plan serve`` without a browser: which files may be served, the Host and method guard, the
pages as HTML (index, a plan with its findings marked in place, a broken plan, the diff report),
escaping of hostile plan text, and the command's usage errors. The real server driven by
Chromium is in test_serve_browser.py."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PLANS, plan
from forvaltning_cli.serve.app import Guard, allowed_hosts
from forvaltning_cli.serve.pages import Previews, _place
from forvaltning_cli.serve.tree import PlanTree

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the shipped plans, a file outside it, and links in and out of it."""
    root = tmp_path / "plans"
    shutil.copytree(PLANS, root)
    (tmp_path / "secret.yaml").write_text("hemligt: SECRET-OUTSIDE\n", encoding="utf-8")
    (root / "ut.yaml").symlink_to(tmp_path / "secret.yaml")
    (root / "in.yaml").symlink_to(root / "2026-shvo.yaml")
    (root / ".dold").mkdir()
    (root / ".dold" / "x.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "notes.txt").write_text("inte en plan\n", encoding="utf-8")
    return root


# ------------------------------------------------------------------------------------------
# Which files are served
# ------------------------------------------------------------------------------------------


def test_the_tree_lists_its_plans_and_a_link_inside_but_not_one_out_of_it(tree: Path) -> None:
    assert PlanTree.at(tree).plans() == ["2025-websesam.yaml", "2026-shvo.yaml", "in.yaml"]


@pytest.mark.parametrize("name", [
    "../secret.yaml", "../../etc/passwd", "./2026-shvo.yaml", "a/../2026-shvo.yaml", "ut.yaml",
    "/etc/passwd", str(PLANS / "2026-shvo.yaml"), "..\\secret.yaml", "2026-shvo.yaml\x00.yaml",
    ".dold/x.yaml", "notes.txt", "C:/Windows/win.ini", "", "%2e%2e/secret.yaml", "2026-shvo.yaml/",
])
def test_a_name_that_leaves_the_tree_or_is_no_plan_is_refused(tree: Path, name: str) -> None:
    assert PlanTree.at(tree).resolve(name) is None


def test_a_plan_and_a_link_to_a_plan_inside_are_served(tree: Path) -> None:
    found = PlanTree.at(tree)
    assert found.resolve("2026-shvo.yaml") == found.root / "2026-shvo.yaml"
    assert found.resolve("in.yaml") is not None


def test_a_single_plan_given_is_the_only_one_served(tree: Path) -> None:
    single = PlanTree.at(tree / "2026-shvo.yaml")
    assert single.plans() == ["2026-shvo.yaml"]
    assert single.resolve("2025-websesam.yaml") is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["..", ".", "", "plans", "2026-shvo.yaml", "%2e%2e", "\\", "/", "x.yaml", "~"]),
                min_size=1, max_size=6))
def test_no_name_resolves_outside_the_tree(pieces: list[str]) -> None:
    found = PlanTree.at(PLANS)
    resolved = found.resolve("/".join(pieces))
    if resolved is not None:
        assert Path(os.path.realpath(resolved)).is_relative_to(found.root)
        assert resolved.suffix in (".yaml", ".yml")


# ------------------------------------------------------------------------------------------
# The guard: Host, method, headers
# ------------------------------------------------------------------------------------------


def _call(guard: Guard, method: str, host: str | None) -> tuple[int, dict[bytes, bytes], bool]:
    reached = []

    async def app(scope, receive, send):
        reached.append(True)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b""}

    headers = [(b"host", host.encode())] if host is not None else []
    scope = {"type": "http", "method": method, "path": "/", "headers": headers}
    asyncio.run(Guard(app, guard.hosts)(scope, receive, send))
    start = sent[0]
    return start["status"], dict(start["headers"]), bool(reached)


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "LOCALHOST:8765"])
def test_the_servers_own_address_is_answered_with_the_security_headers(host: str) -> None:
    status, headers, reached = _call(Guard(None, allowed_hosts("127.0.0.1", 8765)), "GET", host)
    assert (status, reached) == (200, True)
    assert b"script-src 'self'" in headers[b"content-security-policy"]
    assert b"frame-ancestors 'none'" in headers[b"content-security-policy"]
    assert headers[b"x-content-type-options"] == b"nosniff"
    assert headers[b"referrer-policy"] == b"no-referrer"


@pytest.mark.parametrize("host", ["evil.example:8765", "127.0.0.1:9999", "127.0.0.1", "localhost", None,
                                  "127.0.0.1:8765.evil.example", "evil.example"])
def test_a_foreign_host_is_refused_before_the_application(host: str | None) -> None:
    status, headers, reached = _call(Guard(None, allowed_hosts("127.0.0.1", 8765)), "GET", host)
    assert (status, reached) == (421, False)
    assert b"default-src 'none'" in headers[b"content-security-policy"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head_are_allowed(method: str) -> None:
    status, headers, reached = _call(Guard(None, allowed_hosts("127.0.0.1", 8765)), method, "127.0.0.1:8765")
    assert (status, reached) == (405, False)
    assert headers[b"allow"] == b"GET, HEAD"


def test_a_host_given_with_host_is_allowed_too() -> None:
    assert "192.168.1.5:8000" in allowed_hosts("192.168.1.5", 8000)
    assert "[::1]:8000" in allowed_hosts("::1", 8000)


# ------------------------------------------------------------------------------------------
# Pages
# ------------------------------------------------------------------------------------------


def test_the_index_lists_each_plan_with_title_year_status_counts_and_total(tree: Path) -> None:
    page = Previews(PlanTree.at(tree)).index_page()
    row = re.search(r'<tr class="has-errors" data-plan="2026-shvo.yaml">(.*?)</tr>', page, re.S).group(1)
    assert "Förvaltningsplan 2026" in row and ">2026<" in row and "Arbetsmaterial" in row
    assert '<span class="badge error">3</span>' in row
    assert "16\u00a0000\u00a0000\u00a0kr" in row and "raderna summerar till 15\u00a0900\u00a0000\u00a0kr" in row
    websesam = re.search(r'data-plan="2025-websesam.yaml">(.*?)</tr>', page, re.S).group(1)
    assert "Förvaltningsplan för webSesam" in websesam and "2\u00a0895\u00a0000\u00a0kr" in websesam
    assert 'href="/plan/2025-websesam.yaml"' in websesam and 'href="/diff/2025-websesam.yaml"' in websesam


def test_a_plan_page_is_the_document_with_its_findings_marked_where_they_stand(tree: Path) -> None:
    page = Previews(PlanTree.at(tree)).plan_page("2026-shvo.yaml", tree / "2026-shvo.yaml")
    total = re.search(r"<tr [^>]*data-plan-path=\"budget.total\"[^>]*>", page).group(0)
    assert 'data-finding="error"' in total and 'id="plats-budget-total"' in total
    described = re.search(r'aria-describedby="([^"]+)"', total).group(1).split()
    for finding_id in described:  # each description is a finding listed at the top
        item = re.search(rf'<li id="{finding_id}" class="finding error">(.*?)</li>', page, re.S).group(1)
        assert 'href="#plats-budget-total"' in item
    assert "angiven totalsumma 16 000 000 kr" in page and "rad 260, kolumn 13" in page
    # Faithful: the stated figures are as the document shows them, the computed one beside.
    assert "16\u00a0000\u00a0000 <span class=\"computed\">beräknat 15\u00a0900\u00a0000</span>" in page
    # The script and style sheet come from the server, so the page's CSP can refuse inline scripts.
    assert '<script src="/_static/live.js" defer></script>' in page
    assert "<script>" not in page
    # A finding about a section links to it.
    assert re.search(r'<li id="fynd-\d+" class="finding warning">[^<]*<span[^>]*>[^<]*</span> '
                     r'<span class="pos">rad 96, kolumn 19</span>.*?<a href="#[\w.-]+">visa avsnittet</a>', page)


def test_highlighting_only_adds_attributes_to_the_document(tree: Path) -> None:
    """Removing what the preview added gives back the rendered document exactly."""
    from forvaltning_cli.lint import lint
    from forvaltning_cli.render import render_text

    path = tree / "2026-shvo.yaml"
    linted = lint(path, "2026-shvo.yaml")
    document = render_text(linted.plan, "2026-shvo.yaml", linted.findings, "html", None, path)
    page = Previews(PlanTree.at(tree)).plan_page("2026-shvo.yaml", path)
    page = re.sub(r'(data-plan-path="[^"]*")( id="[^"]*" data-finding="[^"]*" aria-describedby="[^"]*" title="[^"]*")',
                  r"\1", page)
    page = re.sub(r'<meta name="plan-serve-watch".*?defer></script>\n', "", page, flags=re.S)
    page = re.sub(r'\n<aside class="plan-serve".*?</aside>\n', "", page, flags=re.S)
    assert page == document


def test_a_plan_that_does_not_parse_shows_the_yaml_error_with_its_lines(tree: Path) -> None:
    path = tree / "trasig.yaml"
    path.write_text("schema_version: 1\ndocument:\n  title: [Förvaltningsplan\n  status: Utkast\n"
                    f"period:\n  year: 2026\n# {HOSTILE}\n", encoding="utf-8")
    previews = Previews(PlanTree.at(tree))
    page = previews.plan_page("trasig.yaml", path)
    assert "Planen kan inte läsas" in page and "trasig.yaml:" in page
    assert re.search(r'<span class="line current"><span class="number" aria-hidden="true">\d+</span>', page)
    assert '<span class="number" aria-hidden="true">3</span>  title: [Förvaltningsplan' in page
    assert HOSTILE not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    index = previews.index_page()  # the index lives on, the broken plan named in it
    assert 'data-plan="trasig.yaml"' in index and "kan inte läsas" in index


def test_hostile_plan_text_is_escaped_in_the_index_and_the_page(tree: Path) -> None:
    path = tree / "2026-shvo.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Förvaltningsplan 2026", f'title: "Förvaltningsplan 2026 {HOSTILE}"', 1), encoding="utf-8")
    previews = Previews(PlanTree.at(tree))
    for page in (previews.index_page(), previews.plan_page("2026-shvo.yaml", path)):
        assert HOSTILE not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_cached_page_is_rebuilt_when_the_file_changes(tree: Path) -> None:
    path = tree / "2025-websesam.yaml"
    previews = Previews(PlanTree.at(tree))
    first = previews.plan_page("2025-websesam.yaml", path)
    assert previews.plan_page("2025-websesam.yaml", path) is first  # from the cache
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("amount: 2895000", "amount: 2995000"), encoding="utf-8")
    changed = previews.plan_page("2025-websesam.yaml", path)
    assert "budget-total" in changed and 'data-finding="error"' in changed


@pytest.mark.parametrize("where, place", [
    ("budget.total.amount", "budget.total"),
    ("budget.total.parties.VGK", "budget.total"),
    ("budget.items[4].parties", "budget.items[4]"),
    ("budget.items[0].lines[0].name", "budget.items[0].lines[0]"),
    ("budget.items[0].subtotal.values.2026", "budget.items[0].subtotal"),
    ("budget", None),
    ("sections[1]", None),
    (None, None),
])
def test_a_finding_is_placed_at_the_row_its_path_lies_under(where: str | None, place: str | None) -> None:
    present = {"budget.total", "budget.items[4]", "budget.items[0].lines[0]", "budget.items[0].subtotal"}
    assert _place(where, present) == place


def test_the_diff_page_says_when_there_is_no_repository(tree: Path) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is required")
    page = Previews(PlanTree.at(tree)).diff_page("2026-shvo.yaml", tree / "2026-shvo.yaml")
    assert "inte i ett git-förråd" in page


def test_the_diff_report_as_html_escapes_plan_text(tmp_path: Path) -> None:
    from forvaltning_cli.diff import compare
    from forvaltning_cli.diff.html import report_html
    from forvaltning_cli.lint import lint

    old = PLANS / "2026-shvo.yaml"
    new = tmp_path / "2026-shvo.yaml"
    new.write_text(old.read_text(encoding="utf-8").replace(
        "name: Support (ta höjd för ev. ökat behov under året)", f'name: "Support {HOSTILE}"')
        .replace("amount: 2400000", "amount: 2500000"), encoding="utf-8")
    html = str(report_html([compare("HEAD", "ny", lint(old, "gammal"), lint(new, "ny"))]))
    assert HOSTILE not in html and "&lt;script&gt;" in html
    assert "<details><summary>" in html  # the report's own collapsible parts are kept
    assert "<table>" in html and "<td>Support &lt;script&gt;" in html.replace("<td><strong>", "<td>")


# ------------------------------------------------------------------------------------------
# The command's usage errors
# ------------------------------------------------------------------------------------------


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = plan("serve", str(tmp_path / "finns-inte"), cwd=tmp_path)
    assert result.returncode == 2 and "finns inte" in result.stderr


def test_a_port_in_use_is_a_usage_error_that_says_what_to_do(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = plan("serve", str(PLANS), "--port", str(port), cwd=tmp_path)
    assert result.returncode == 2
    assert f"porten {port} på 127.0.0.1 används redan" in result.stderr and "--port 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_extra_names_the_extra_to_install(tmp_path: Path, monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_uvicorn(name, *args, **kwargs):
        if name == "uvicorn":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_uvicorn)
    result = plan("serve", str(PLANS), cwd=tmp_path)
    assert result.returncode == 2
    assert "pip install 'forvaltning-cli[serve]'" in result.stderr and "uvicorn" in result.stderr


# ------------------------------------------------------------------------------------------
# House-style templates and the watcher's view of a change
# ------------------------------------------------------------------------------------------


def test_a_house_template_runs_in_the_render_sandbox(tree: Path) -> None:
    (tree / "templates" / "html").mkdir(parents=True)
    (tree / "templates" / "html" / "document.html.j2").write_text(
        "{{ view.plan.__class__.__mro__ }}", encoding="utf-8")
    page = Previews(PlanTree.at(tree)).plan_page("2026-shvo.yaml", tree / "2026-shvo.yaml")
    assert "Mallen kunde inte användas" in page and "otillåten åtgärd i mallen" in page
    assert "&lt;class" not in page and "<class" not in page  # nothing of Python's classes leaked


def test_a_house_template_is_used_for_the_document(tree: Path) -> None:
    (tree / "templates" / "html").mkdir(parents=True)
    (tree / "templates" / "html" / "document.html.j2").write_text(
        '{% extends "builtin/html/document.html.j2" %}{% block footer %}<footer>HUSSTIL</footer>{% endblock %}',
        encoding="utf-8")
    page = Previews(PlanTree.at(tree)).plan_page("2026-shvo.yaml", tree / "2026-shvo.yaml")
    assert "<footer>HUSSTIL</footer>" in page and 'data-finding="error"' in page


@pytest.mark.parametrize("changed, announced", [
    ("2026-shvo.yaml", {"2026-shvo.yaml"}),
    ("sub/plan.yml", {"sub/plan.yml"}),
    ("templates/html/document.html.j2", {"*"}),
    (".plan.toml", {"*"}),
])
def test_a_change_names_the_plan_or_every_page(tree: Path, changed: str, announced: set[str]) -> None:
    from forvaltning_cli.serve.app import _changed_names, _relevant

    found = PlanTree.at(tree)
    path = str(found.root / changed)
    assert _relevant(found)(None, path)
    assert _changed_names(found, Previews(found), [(None, path)]) == announced


@pytest.mark.parametrize("changed", [".git/index", ".git/x.yaml", "notes.txt", "../outside.yaml"])
def test_other_files_are_not_watched(tree: Path, changed: str) -> None:
    from forvaltning_cli.serve.app import _relevant

    found = PlanTree.at(tree)
    assert not _relevant(found)(None, os.path.normpath(str(found.root / changed)))
