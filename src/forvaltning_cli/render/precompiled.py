"""The shipped document templates, compiled ahead of time.

Compiling ``html/document.html.j2`` and the templates it imports and includes takes Jinja about
a fifth of a second, on every ``plan render``. The shipped ones are compiled once, by
``python tools/update_templates.py``, into modules of :mod:`forvaltning_cli.render.compiled`
(Python keeps their bytecode as for any module). A module is used only for the shipped template
it was made from: the same name, the same autoescape setting, the same Jinja version and the
same text (its SHA-256); anything else, a template of the user's own above all, is compiled as
before. ``tests/test_render_precompiled.py`` fails when a module is not what the sandboxed
environment would compile from the template today.
"""

from __future__ import annotations

import hashlib
import importlib
import types
from typing import Any

PACKAGE = "forvaltning_cli.render.compiled"

# The shipped templates that plan render loads, by autoescape setting (HTML and PDF: on; the
# Markdown behind .docx: off).
SHIPPED: dict[bool, tuple[str, ...]] = {
    True: ("html/document.html.j2", "html/parts.html.j2", "html/followup.html.j2", "html/style.css",
           "html/followup.css"),
    False: ("md/document.md.j2", "md/parts.md.j2", "md/followup.md.j2"),
}


def module_name(name: str, autoescape: bool) -> str:
    stem = "".join(c if c.isalnum() else "_" for c in name)
    return f"{stem}_{'escaped' if autoescape else 'plain'}"


def digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _refiled(code: types.CodeType, filename: str) -> types.CodeType:
    """``code`` and the code of the functions inside it, as if compiled from ``filename`` (the
    template's path: error messages name the template's file and line, as for a compiled one)."""
    consts = tuple(_refiled(c, filename) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def load(environment: Any, name: str, source: str, filename: str, uptodate: Any, globals: Any) -> Any:
    """The template from its precompiled module, or None when there is no module for exactly
    this template text, name, setting and Jinja version."""
    import jinja2

    autoescape = environment.autoescape
    if not isinstance(autoescape, bool) or name not in SHIPPED[autoescape]:
        return None
    try:
        module = importlib.import_module(f"{PACKAGE}.{module_name(name, autoescape)}")
    except ImportError:
        return None
    if (getattr(module, "NAME", None) != name or getattr(module, "AUTOESCAPE", None) is not autoescape
            or getattr(module, "JINJA", None) != jinja2.__version__
            or getattr(module, "SOURCE_SHA256", None) != digest(source)):
        return None
    # A namespace of its own for each template object: the functions look up ``environment`` in
    # their globals, and two environments (two renders in one ``plan serve``) must not share one.
    namespace = dict(vars(module))
    for key, value in vars(module).items():
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            rebound = types.FunctionType(_refiled(value.__code__, filename), namespace, value.__name__,
                                         value.__defaults__, value.__closure__)
            rebound.__kwdefaults__ = value.__kwdefaults__
            namespace[key] = rebound
    namespace["blocks"] = {block: namespace[function.__name__] for block, function in module.blocks.items()}
    namespace["__file__"] = filename
    template = environment.template_class.from_module_dict(environment, namespace, globals)
    template._uptodate = uptodate
    return template


def generate(environment: Any, name: str, source: str) -> str:
    """The module text for one shipped template (``tools/update_templates.py``)."""
    import jinja2

    autoescape = environment.autoescape
    code = environment.compile(source, name, None, raw=True, defer_init=True)
    return (
        f'"""{name} compiled by Jinja {jinja2.__version__} (autoescape {"on" if autoescape else "off"}), '
        "written by tools/update_templates.py.\n\nDo not edit: run the tool after changing the "
        'template (see forvaltning_cli.render.precompiled)."""\n'
        "# flake8: noqa\n"
        f"NAME = {name!r}\nAUTOESCAPE = {autoescape!r}\nJINJA = {jinja2.__version__!r}\n"
        f"SOURCE_SHA256 = {digest(source)!r}\n\n{code}\n"
    )
