"""plan init prepares a repository that is not this one for the editor."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
from ruamel.yaml import YAML

from conftest import PLANS, plan


def test_init_writes_the_schema_and_the_editor_settings(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "plans" / "plan.yaml")
    result = plan("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    schema = json.loads((tmp_path / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings == {"yaml.schemas": {"./schema/plan.schema.json": ["plans/**/*.yaml", "plans/**/*.yml"]},
                        "yaml.format.enable": False}
    # The schema the editor gets is the tool's: the plan validates against it.
    data = YAML(typ="safe").load((tmp_path / "plans" / "plan.yaml").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(data, default=str))
    jsonschema.validate(data, schema)
    assert plan("init", cwd=tmp_path).returncode == 0  # again: nothing to change, nothing lost


def test_init_keeps_the_users_own_settings(tmp_path: Path) -> None:
    (tmp_path / ".vscode").mkdir()
    own = {"editor.tabSize": 2, "yaml.schemas": {"https://json.schemastore.org/github-workflow.json": ".github/workflows/*.yml"}}
    (tmp_path / ".vscode" / "settings.json").write_text(json.dumps(own), encoding="utf-8")
    assert plan("init", cwd=tmp_path).returncode == 0
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["editor.tabSize"] == 2
    assert settings["yaml.schemas"]["https://json.schemastore.org/github-workflow.json"] == ".github/workflows/*.yml"
    assert settings["yaml.schemas"]["./schema/plan.schema.json"] == ["plans/**/*.yaml", "plans/**/*.yml"]


def test_init_never_rewrites_settings_with_comments_or_a_foreign_schema(tmp_path: Path) -> None:
    (tmp_path / ".vscode").mkdir()
    jsonc = '{\n  // min egen kommentar\n  "editor.tabSize": 2\n}\n'
    (tmp_path / ".vscode" / "settings.json").write_text(jsonc, encoding="utf-8")
    result = plan("init", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8") == jsonc
    assert '"yaml.format.enable": false' in result.stderr
    (tmp_path / "schema" / "plan.schema.json").write_text('{"$id": "någon annans"}', encoding="utf-8")
    refused = plan("init", cwd=tmp_path)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert (tmp_path / "schema" / "plan.schema.json").read_text(encoding="utf-8") == '{"$id": "någon annans"}'
