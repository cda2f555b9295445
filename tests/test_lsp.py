"""``plan lsp`` driven over the protocol as an editor drives it: a real process, JSON-RPC with
Content-Length framing on its stdin/stdout (tests/lsp_client.py), diagnostics on open and change,
the quick fix for a stated budget sum, UTF-16 columns, a broken file, shutdown and exit."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

import pygls  # noqa: F401 - the test extra installs it: a missing server fails here, never skips
import pytest
from lsp_client import LspClient

from forvaltning_cli.lint import lint
from forvaltning_cli.lsp.positions import from_client, split_lines, to_client, token_end

pytestmark = pytest.mark.slow  # starts the language server as a process for every test

ROOT = Path(__file__).resolve().parent.parent
SHVO = ROOT / "plans" / "2026-shvo.yaml"
TOTAL = "    amount: 16000000\n    parties:\n      VGK: 5740000"
FIXED_TOTAL = "    amount: 15900000\n    parties:\n      VGK: 5740000"


def _start(cwd: Path, **options) -> LspClient:
    client = LspClient([sys.executable, "-m", "forvaltning_cli", "lsp"], cwd=cwd, env={**os.environ})
    client.request("initialize", {
        "processId": os.getpid(), "rootUri": cwd.as_uri(), "initializationOptions": options,
        "capabilities": {"textDocument": {"publishDiagnostics": {"relatedInformation": True},
                                          "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}}},
                         "workspace": {"workspaceEdit": {"documentChanges": False}}},
    })
    client.notify("initialized", {})
    return client


@pytest.fixture
def client():
    client = _start(ROOT)
    yield client
    if client.process.poll() is None:
        client.process.kill()
        client.process.wait()


def _open(client: LspClient, path: Path, text: str, version: int = 1) -> str:
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": version, "text": text}})
    return uri


def _change(client: LspClient, uri: str, version: int, text: str) -> None:
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                             "contentChanges": [{"text": text}]})


def _published(client: LspClient, uri: str, version: int | None, timeout: float = 30) -> list[dict]:
    message = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                              and m["params"]["uri"] == uri and m["params"].get("version") == version, timeout)
    return message["params"]["diagnostics"]


def _by_code(diagnostics: list[dict], code: str) -> list[dict]:
    return [d for d in diagnostics if d["code"] == code]


def _at(diagnostic: dict) -> tuple[int, int]:
    return diagnostic["range"]["start"]["line"], diagnostic["range"]["start"]["character"]


def _apply(text: str, edits: list[dict]) -> str:
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        start, end = edit["range"]["start"], edit["range"]["end"]
        assert start["line"] == end["line"]
        line = lines[start["line"]]
        a = from_client([line], 0, start["character"])[1]
        b = from_client([line], 0, end["character"])[1]
        lines[start["line"]] = line[:a] + edit["newText"] + line[b:]
    return "\n".join(lines)


def _code_actions(client: LspClient, uri: str, diagnostic: dict) -> list[dict]:
    return client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic], "triggerKind": 1}})


def test_open_change_quick_fix_and_latency(client):
    text = SHVO.read_text(encoding="utf-8")
    uri = _open(client, SHVO, text)
    diagnostics = _published(client, uri, 1)

    errors = [d for d in diagnostics if d["severity"] == 1]
    assert sorted((d["code"], _at(d)) for d in errors) == [
        ("budget-party-total", (261, 11)), ("budget-party-total", (262, 11)), ("budget-total", (259, 12))]
    total = _by_code(diagnostics, "budget-total")[0]
    assert total["source"] == "plan"
    assert total["range"]["end"] == {"line": 259, "character": 20}  # the whole number 16000000
    assert total["message"].startswith("angiven totalsumma 16 000 000 kr stämmer inte")
    assert total["relatedInformation"][0]["message"].startswith("rätta totalsumman")
    assert total["relatedInformation"][0]["location"] == {"uri": uri, "range": total["range"]}
    assert {d["severity"] for d in diagnostics} == {1, 2, 3}  # fel, varning, info
    assert _at(_by_code(diagnostics, "date-tentative")[0]) == (13, 10)

    # A quick fix only when asked, at the diagnostic: the stated total set to the computed sum.
    actions = _code_actions(client, uri, total)
    assert [a["title"] for a in actions] == ["Sätt den angivna summan till den beräknade (15 900 000 kr)"]
    action = actions[0]
    assert action["kind"] == "quickfix" and action["diagnostics"][0]["code"] == "budget-total"
    edits = action["edit"]["changes"][uri]
    assert edits == [{"range": {"start": {"line": 259, "character": 12}, "end": {"line": 259, "character": 20}},
                      "newText": "15900000"}]
    fixed = _apply(text, edits)
    assert not [f for f in lint(SHVO, text=fixed).findings if f.rule == "budget-total"]
    party = [d for d in _by_code(diagnostics, "budget-party-total") if _at(d) == (261, 11)][0]
    (party_action,) = _code_actions(client, uri, party)
    assert party_action["title"] == "Sätt den angivna summan till den beräknade (5 800 000 kr)"
    assert party_action["edit"]["changes"][uri][0]["newText"] == "5800000"
    # Nothing for a place without a budget sum.
    assert _code_actions(client, uri, _by_code(diagnostics, "date-tentative")[0]) == []

    # A change that fixes the total: its diagnostic goes, the party totals stay.
    assert TOTAL in text
    _change(client, uri, 2, text.replace(TOTAL, FIXED_TOTAL))
    after = _published(client, uri, 2)
    assert not _by_code(after, "budget-total")
    assert len(_by_code(after, "budget-party-total")) == 2

    # From change to diagnostics, as the editor sees it (the 150 ms debounce included).
    times = []
    for version in range(3, 23):
        broken = version % 2
        started = time.perf_counter()
        _change(client, uri, version, text if broken else text.replace(TOTAL, FIXED_TOTAL))
        published = _published(client, uri, version)
        times.append(time.perf_counter() - started)
        assert bool(_by_code(published, "budget-total")) == bool(broken)
    print(f"\nplan lsp: didChange → publishDiagnostics, median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, n={len(times)}, debounce 150 ms)")

    # Rapid changes: only the last version gets diagnostics.
    for version in range(23, 30):
        _change(client, uri, version, text)
    assert _by_code(_published(client, uri, 29), "budget-total")
    assert not [m for m in client.notifications if m.get("method") == "textDocument/publishDiagnostics"
                and m["params"].get("version") in range(23, 29)]

    # Close: the diagnostics are cleared.
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert _published(client, uri, None) == []
    assert client.close() == 0


def test_broken_yaml_and_utf16_columns(client, tmp_path):
    (tmp_path / ".plan.toml").write_text("", encoding="utf-8")  # its own configuration, no baseline
    path = tmp_path / "trasig.yaml"
    uri = _open(client, path, "schema_version: 1\ndocument: {title: [\n")
    diagnostics = _published(client, uri, 1)
    assert [d["code"] for d in diagnostics] == ["yaml-syntax"]
    assert diagnostics[0]["severity"] == 1
    # The server still answers, and lints the next change.
    assert client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostics[0]["range"], "context": {"diagnostics": []}}) == []

    # An emoji (two UTF-16 code units) before the finding on its line.
    text = SHVO.read_text(encoding="utf-8")
    block = text[text.index("  total:\n"):text.index("financing:\n")]
    flow = '  total: {label: "Totalt 💰", amount: 16000000, parties: {VGK: 5740000, VGR: 10260000}}\n'
    text = text.replace(block, flow)
    _change(client, uri, 2, text)
    diagnostics = _published(client, uri, 2)
    line = flow.rstrip("\n")
    code_points = line.index("16000000")
    total = _by_code(diagnostics, "budget-total")[0]
    assert total["range"]["start"]["character"] == code_points + 1  # the emoji counts twice
    assert total["range"]["end"]["character"] == code_points + 1 + len("16000000")
    assert {_at(d)[1] for d in _by_code(diagnostics, "budget-party-total")} == {
        line.index("5740000") + 1, line.index("10260000") + 1}
    (action,) = _code_actions(client, uri, total)
    (edit,) = action["edit"]["changes"][uri]
    assert edit["range"]["start"]["character"] == code_points + 1
    fixed = _apply(text, [edit])
    assert "amount: 15900000, parties" in fixed
    assert not [f for f in lint(path, text=fixed).findings if f.rule == "budget-total"]


def test_only_plans_are_linted(client, tmp_path):
    (tmp_path / ".plan.toml").write_text("", encoding="utf-8")
    other = _open(client, tmp_path / "ci.yaml", "jobs:\n  test: {runs-on: ubuntu-latest}\n")
    (tmp_path / "plans").mkdir()
    under_plans = _open(client, tmp_path / "plans" / "utkast.yaml", "document: {title: Utkast}\n")
    notes = _open(client, tmp_path / "plan.md", "schema_version: 1\n")
    plan = _open(client, tmp_path / "plan.yaml", "schema_version: 1\n")
    assert _published(client, plan, 1)  # the missing keys
    assert "missing-key" in {d["code"] for d in _published(client, under_plans, 1)}
    client.request("textDocument/codeAction", {"textDocument": {"uri": other}, "range": {
        "start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}})
    assert not [m for m in client.notifications if m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] in (other, notes)]


def test_a_broken_configuration_is_a_diagnostic(client, tmp_path):
    (tmp_path / ".plan.toml").write_text("selekt = []\n", encoding="utf-8")
    uri = _open(client, tmp_path / "plan.yaml", SHVO.read_text(encoding="utf-8"))
    diagnostics = _published(client, uri, 1)
    assert diagnostics[0]["code"] == "config" and "selekt" in diagnostics[0]["message"]
    assert _by_code(diagnostics, "budget-total")  # linted with the defaults all the same


def test_positions():
    lines = split_lines("a: 1\r\nb: 😀x\rc: 3\n")
    assert lines == ["a: 1", "b: 😀x", "c: 3", ""]
    assert to_client(lines, 1, 4) == (1, 5)
    assert from_client(lines, 1, 5) == (1, 4)
    assert from_client(lines, 1, 4) == (1, 3)  # inside the surrogate pair: the emoji's start
    assert to_client(lines, 9, 9) == (3, 0)
    assert token_end("    amount: 16000000  # kommentar", 12) == 20
    assert token_end("  total: {label: 'Tot''alt', amount: 1}", 17) == 27
    assert token_end("  total: {label: x, amount: 16000000}", 28) == 36
    assert token_end("  title: Möten, utbildning", 9) == 26


def test_a_crashing_lint_is_a_diagnostic(monkeypatch):
    import forvaltning_cli.lint as lint_module
    from forvaltning_cli.lsp.positions import utf16_units
    from forvaltning_cli.lsp.server import make_server

    def crash(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(lint_module, "lint", crash)
    result = make_server().lint_document(SHVO.as_uri(), 1, SHVO.read_text(encoding="utf-8"), utf16_units, False)
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "check-crashed" and "ZeroDivisionError" in diagnostic.message


def test_without_pygls_a_swedish_message(monkeypatch):
    from conftest import plan

    monkeypatch.setitem(sys.modules, "pygls", None)
    done = plan("lsp")
    assert done.returncode == 2
    assert "pip install 'forvaltning-cli[lsp]'" in done.stderr and "pygls" in done.stderr
