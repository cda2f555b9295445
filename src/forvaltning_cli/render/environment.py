"""The Jinja environment: template search path, sandbox, filters, and error locations.

Templates are looked up, in order, in ``--template-dir``, in a ``templates/`` folder beside the
plans (a house style), then in the built-in set. The built-in set is also reachable under the
prefix ``builtin/``, so a user template can extend it and override one block::

    {% extends "builtin/html/document.html.j2" %}
    {% block title_page %}…{% endblock %}

Templates run in Jinja's immutable sandbox with ``StrictUndefined``: a misspelt variable is an
error, and neither templates nor plan text can reach Python internals or the file system.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered, with its file and line when known."""

    message: str
    template: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.template or "mall"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}"


def builtin_templates() -> Path:
    """The built-in templates: inside the installed package, or the repository's ``templates/``."""
    packaged = resources.files("forvaltning_cli") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "templates"


def search_path(template_dir: Path | None, plan_files: list[Path]) -> list[Path]:
    paths: list[Path] = []
    if template_dir is not None:
        paths.append(template_dir)
    for plan_file in plan_files:
        house = plan_file.resolve().parent / "templates"
        if house.is_dir() and house not in paths:
            paths.append(house)
    return paths


def make_environment(user_paths: list[Path], autoescape: bool):
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from .. import swedish
    from . import markup

    builtin = FileSystemLoader(str(builtin_templates()))
    loader = ChoiceLoader(
        [FileSystemLoader([str(p) for p in user_paths]), PrefixLoader({"builtin": builtin}), builtin]
    )
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        amount=swedish.amount,
        kronor=swedish.kronor,
        percent=swedish.percent,
        iso_date=swedish.iso_date,
        long_date=swedish.long_date,
        markdown=markup.html_block,
        markdown_inline=markup.html_inline,
        md_text=markup.markdown_text,
        md_cell=markup.markdown_cell,
    )
    return env


def render_template(env, name: str, **context) -> str:
    """Render ``name``; any template error becomes a :class:`TemplateProblem` with file and line."""
    import sys

    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
    from jinja2.sandbox import SecurityError

    try:
        return env.get_template(name).render(**context)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or str(exc), exc.filename or exc.name, exc.lineno) from None
    except TemplateNotFound as exc:
        raise TemplateProblem(f"mallen '{exc.name}' finns inte") from None
    except SecurityError as exc:
        raise TemplateProblem(f"otillåten åtgärd i mallen: {exc}", *_template_frame(sys.exc_info()[2])) from None
    except TemplateError as exc:
        raise TemplateProblem(str(exc), *_template_frame(sys.exc_info()[2])) from None


def _template_frame(tb) -> tuple[str | None, int | None]:
    """The innermost template file and line in a traceback (Jinja rewrites frames to them)."""
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or "/templates/" in filename:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
