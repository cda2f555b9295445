"""Write src/forvaltning_cli/render/compiled/: the shipped document templates compiled by the
sandboxed environment plan render uses (see forvaltning_cli.render.precompiled). Run after
changing a template under templates/html or templates/md, the environment's settings or Jinja;
tests/test_render_precompiled.py fails until you do.

    python tools/update_templates.py           # write the modules
    python tools/update_templates.py --check   # exit 1 if one is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "forvaltning_cli" / "render" / "compiled"


def expected() -> dict[Path, str]:
    """Every module's path and the text it should have."""
    from forvaltning_cli.render.environment import builtin_templates, make_environment
    from forvaltning_cli.render.precompiled import SHIPPED, generate, module_name

    out = {}
    for autoescape, names in SHIPPED.items():
        environment = make_environment([], autoescape)
        for name in names:
            source = (builtin_templates() / name).read_text(encoding="utf-8")
            out[TARGET / f"{module_name(name, autoescape)}.py"] = generate(environment, name, source)
    return out


def main() -> int:
    check = "--check" in sys.argv[1:]
    modules = expected()
    stale = [path for path, text in modules.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    extra = [path for path in TARGET.glob("*.py") if path.name != "__init__.py" and path not in modules]
    if check:
        for path in stale + extra:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale or extra else 0
    for path in stale:
        path.write_text(modules[path], encoding="utf-8")
    for path in extra:
        path.unlink()
    print(f"{len(stale)} written, {len(extra)} removed, {len(modules) - len(stale)} current", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
