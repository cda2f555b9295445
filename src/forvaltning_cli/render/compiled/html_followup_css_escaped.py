"""html/followup.css compiled by Jinja 3.1.6 (autoescape on), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'html/followup.css'
AUTOESCAPE = True
JINJA = '3.1.6'
SOURCE_SHA256 = 'd0cd4bca84e082872aaf71d3d3a788c22ae4e4a172ae99819753839257702d21'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'html/followup.css'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '/* The section "Uppföljning" (plan render --actuals). */\n.followup-warnings { border: 2px solid var(--warn); background: var(--warn-bg); color: var(--warn); padding: 0.4em 1em; margin: 0.8em 0 1.2em; }\n.followup-warnings p { margin: 0.3em 0; }\n.followup-warnings ul { margin: 0 0 0.3em; }\n.followup-table tr.over th, .followup-table tr.over td { color: var(--warn); font-weight: bold; }\n.followup-table { font-size: 0.92em; }\n@media print { .followup-warnings { break-inside: avoid; } }\n'

blocks = {}
debug_info = ''
