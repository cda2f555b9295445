"""md/followup.md.j2 compiled by Jinja 3.1.6 (autoescape off), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'md/followup.md.j2'
AUTOESCAPE = False
JINJA = '3.1.6'
SOURCE_SHA256 = 'db9f4115b552b7daa74ce85c379cbeb1e65b740aec20f56d9ab7aa1b26dff806'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'md/followup.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_f = missing
    try:
        t_1 = environment.filters['bold']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bold' found.")
    try:
        t_2 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    pass
    l_0_f = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup')
    context.vars['f'] = l_0_f
    context.exported_vars.add('f')
    yield '<a id="'
    yield str(environment.finalize(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'id')))
    yield '"></a>\n\n## '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'title'))))
    yield '\n\n**'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'label'))))
    yield '**\n\n'
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'warnings'):
        pass
        yield '> **Varningar**\n>\n'
        for l_1_warning in environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'warnings'):
            _loop_vars = {}
            pass
            yield '> - '
            yield str(environment.finalize(t_2(l_1_warning)))
            yield '\n'
        l_1_warning = missing
        yield '\n'
    l_1_loop = missing
    for l_1_table, l_1_loop in LoopContext(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tables'), undefined):
        _loop_vars = {}
        pass
        yield '**'
        yield str(environment.finalize(t_2(environment.getattr(l_1_table, 'title'))))
        yield '**\n\n|'
        for l_2_heading in environment.getattr(l_1_table, 'header'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(t_2(l_2_heading)))
            yield ' |'
        l_2_heading = missing
        yield '\n|'
        l_2_loop = missing
        for l_2_heading, l_2_loop in LoopContext(environment.getattr(l_1_table, 'header'), undefined):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(('---:' if environment.getitem(environment.getattr(l_1_table, 'numeric'), environment.getattr(l_2_loop, 'index0')) else '---')))
            yield ' |'
        l_2_loop = l_2_heading = missing
        yield '\n'
        for l_2_row in environment.getattr(l_1_table, 'rows'):
            _loop_vars = {}
            pass
            yield '|'
            for l_3_cell in environment.getattr(l_2_row, 'cells'):
                _loop_vars = {}
                pass
                yield ' '
                if (environment.getattr(l_2_row, 'total') or environment.getattr(l_2_row, 'status')):
                    pass
                    yield str(environment.finalize((t_1(t_2(l_3_cell)) if l_3_cell else '')))
                else:
                    pass
                    yield str(environment.finalize(t_2(l_3_cell)))
                yield ' |'
            l_3_cell = missing
            yield '\n'
        l_2_row = missing
        yield '\n'
    l_1_loop = l_1_table = missing
    for l_1_note in environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'notes'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.finalize(t_2(l_1_note)))
        yield '\n'
    l_1_note = missing

blocks = {}
debug_info = '3=25&4=29&6=31&8=33&10=35&13=38&14=42&18=47&19=51&21=53&23=62&25=70&26=74&31=90&32=94'
