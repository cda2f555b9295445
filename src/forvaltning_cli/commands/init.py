"""``plan init``: prepare a repository of plans for editors — the schema and VS Code's settings.

The schema is written into the repository (``schema/plan.schema.json``), so the editor finds it
offline, and running ``plan init`` again after an upgrade replaces it with the new tool's schema.
``.vscode/settings.json`` maps ``plans/**/*.yaml`` to it for the YAML extension
(yaml-language-server) and switches the extension's own YAML formatter off: it and ``plan fmt``
would undo each other's layout.
"""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_PATH = Path("schema") / "plan.schema.json"
SETTINGS_PATH = Path(".vscode") / "settings.json"
PLAN_GLOBS = ["plans/**/*.yaml", "plans/**/*.yml"]


def schema_modeline(plan_file: Path) -> str | None:
    """The editor modeline for a new plan at ``plan_file``: the relative path to the nearest
    ``schema/plan.schema.json`` above it (as ``plan init`` writes it), or ``None`` when there is
    none (the settings from ``plan init`` map plans to the schema anyway)."""
    import os

    folder = plan_file.resolve().parent
    for candidate in (folder, *folder.parents):
        schema = candidate / SCHEMA_PATH
        if schema.is_file():
            relative = Path(os.path.relpath(schema, folder)).as_posix()
            return f"# yaml-language-server: $schema={relative}"
    return None


def wanted_settings() -> dict:
    return {
        "yaml.schemas": {"./" + SCHEMA_PATH.as_posix(): PLAN_GLOBS},
        "yaml.format.enable": False,
    }


def _merged(existing: dict) -> dict:
    merged = dict(existing)
    schemas = dict(merged.get("yaml.schemas") or {})
    schemas.update(wanted_settings()["yaml.schemas"])
    merged["yaml.schemas"] = schemas
    merged["yaml.format.enable"] = False
    return merged


def run(directory: Path, force: bool) -> int:
    from ..atomic import save
    from ..errors import PlanError, UsageError
    from . import say
    from .schema import plan_schema

    if not directory.is_dir():
        raise UsageError(f"'{directory}' är ingen katalog")
    schema = plan_schema()
    text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    target = directory / SCHEMA_PATH
    if target.exists() and not force:
        try:
            ours = json.loads(target.read_text(encoding="utf-8")).get("$id") == schema["$id"]
        except (OSError, ValueError, AttributeError):
            ours = False
        if not ours:
            raise PlanError(f"'{target}' finns redan och är inte planernas schema; använd --force för att skriva över det")
    target.parent.mkdir(parents=True, exist_ok=True)
    save(target, text)
    say(f"plan init: schemat skrivet till {target}")

    settings = directory / SETTINGS_PATH
    wanted = wanted_settings()
    if settings.exists():
        try:
            existing = json.loads(settings.read_text(encoding="utf-8"))
            if not isinstance(existing, dict):
                raise ValueError("inte ett objekt")
        except (ValueError, UnicodeDecodeError):
            say(f"plan init: {settings} kan inte läsas som ren JSON (kommentarer?) och lämnas orörd; "
                "lägg till detta i den själv:")
            say(json.dumps(wanted, ensure_ascii=False, indent=2))
            return 1
        merged = _merged(existing)
        if merged == existing:
            say(f"plan init: {settings} har redan inställningarna")
            return 0
    else:
        merged = wanted
    settings.parent.mkdir(parents=True, exist_ok=True)
    save(settings, json.dumps(merged, ensure_ascii=False, indent=2) + "\n")
    say(f"plan init: {settings}: plans/**/*.yaml valideras mot schemat, och editorns YAML-formatering "
        "är avstängd (plan fmt formaterar planerna)")
    return 0
