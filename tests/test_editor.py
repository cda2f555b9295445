"""The editor as users meet it: the real yaml-language-server (the server of VS Code's YAML
extension, from npm) in a repository prepared by ``plan init`` that is not this one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import PLANS, ROOT, plan
from lsp_client import LspClient
from system_parts import require

pytestmark = pytest.mark.slow  # runs the yaml-language-server (Node.js)

SERVER = ROOT / "build" / "node" / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"


@pytest.fixture
def editor(tmp_path: Path):
    require("yaml-language-server")
    repo = tmp_path / "regionens-planer"
    (repo / "plans").mkdir(parents=True)
    assert plan("init", str(repo)).returncode == 0
    settings = __import__("json").loads((repo / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    client = LspClient(["node", str(SERVER), "--stdio"], cwd=repo, env={**os.environ})
    client.configuration = {"yaml": {
        "schemas": {str(repo / "schema" / "plan.schema.json"): settings["yaml.schemas"]["./schema/plan.schema.json"]},
        "validate": True, "hover": True, "completion": True, "format": {"enable": settings["yaml.format.enable"]},
    }}
    client.request("initialize", {
        "processId": os.getpid(), "rootUri": repo.as_uri(), "workspaceFolders": [{"uri": repo.as_uri(), "name": "planer"}],
        "capabilities": {"workspace": {"configuration": True},
                         "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]},
                                          "publishDiagnostics": {"relatedInformation": True}}},
    })
    client.notify("initialized", {})
    client.notify("workspace/didChangeConfiguration", {"settings": client.configuration})
    yield repo, client
    client.close()


def _open(client: LspClient, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    return uri


def test_the_installed_schema_marks_a_misspelt_key_and_explains_keys_in_swedish(editor) -> None:
    repo, client = editor
    text = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8")
    text = text.split("\n", 1)[1]  # no modeline: the settings from plan init must be enough
    misspelt = text.replace("  cost_centre:", "  kostnadsstalle:", 1)
    path = repo / "plans" / "2025-websesam.yaml"
    path.write_text(misspelt, encoding="utf-8")
    uri = _open(client, path, misspelt)
    diagnostics = client.diagnostics(uri, accept=lambda d: bool(d))
    messages = [d["message"] for d in diagnostics]
    assert any("kostnadsstalle" in m for m in messages), messages
    line = misspelt.splitlines().index(next(l for l in misspelt.splitlines() if l.startswith("  kostnadsstalle:")))
    assert any(d["range"]["start"]["line"] == line for d in diagnostics)
    # Hover over a key shows its Swedish title and description.
    title_line = next(i for i, l in enumerate(misspelt.splitlines()) if l.startswith("  year:"))
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": title_line, "character": 3}})
    shown = hover["contents"]["value"] if isinstance(hover["contents"], dict) else str(hover["contents"])
    assert "Budgetår" in shown and "Year" not in shown


def test_completion_offers_swedish_values_and_no_nulls(editor) -> None:
    repo, client = editor
    text = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    text = text.replace("  status: Utgåva\n", "  status: \n", 1)
    path = repo / "plans" / "p.yaml"
    path.write_text(text, encoding="utf-8")
    uri = _open(client, path, text)
    client.diagnostics(uri)  # the document is read and its schema resolved
    line = next(i for i, l in enumerate(text.splitlines()) if l == "  status: ")
    items = client.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": line, "character": 10}})
    labels = [item["label"] for item in (items["items"] if isinstance(items, dict) else items)]
    assert {"Utkast", "Utgåva", "Fastställd"} <= set(labels), labels
    assert "null" not in labels


def test_completing_a_key_inserts_no_null(editor) -> None:
    repo, client = editor
    text = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    text = text.replace("document:\n", "document:\n  \n", 1)
    path = repo / "plans" / "k.yaml"
    path.write_text(text, encoding="utf-8")
    uri = _open(client, path, text)
    client.diagnostics(uri)
    line = text.splitlines().index("document:") + 1
    items = client.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": line, "character": 2}})
    items = items["items"] if isinstance(items, dict) else items
    by_label = {item["label"]: item for item in items}
    assert "registry_number" in by_label, sorted(by_label)
    inserted = [item.get("insertText") or item.get("textEdit", {}).get("newText", "") for item in items]
    assert not [text for text in inserted if "null" in text]
