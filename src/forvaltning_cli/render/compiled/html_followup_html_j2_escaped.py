"""html/followup.html.j2 compiled by Jinja 3.1.6 (autoescape on), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'html/followup.html.j2'
AUTOESCAPE = True
JINJA = '3.1.6'
SOURCE_SHA256 = '3fefa6b14e59885a3b5e40727bf780692fdd036853ab050ecd59c16bb6d2ed14'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'html/followup.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_f = missing
    pass
    l_0_f = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup')
    context.vars['f'] = l_0_f
    context.exported_vars.add('f')
    yield '<section id="'
    yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'id')))
    yield '" class="followup" aria-labelledby="'
    yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'id')))
    yield '-h">\n<h2 id="'
    yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'id')))
    yield '-h">'
    yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'title')))
    yield '</h2>\n<p class="computed-note"><strong>'
    yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'label')))
    yield '</strong></p>\n'
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'warnings'):
        pass
        yield '<div class="followup-warnings" role="note" aria-label="Varningar">\n<p><strong>Varningar</strong></p>\n<ul>\n'
        for l_1_warning in environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'warnings'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_1_warning))
            yield '</li>\n'
        l_1_warning = missing
        yield '</ul>\n</div>\n'
    l_1_loop = missing
    for l_1_table, l_1_loop in LoopContext(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tables'), undefined):
        l_1_cid = missing
        _loop_vars = {}
        pass
        l_1_cid = markup_join((environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'id'), '-tabell-', environment.getattr(l_1_loop, 'index'), ))
        _loop_vars['cid'] = l_1_cid
        yield '<div class="table-region" role="region" tabindex="0" aria-labelledby="'
        yield escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid)))
        yield '">\n<table class="followup-table">\n  <caption id="'
        yield escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid)))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_table, 'title')))
        yield '</caption>\n  <thead><tr>'
        l_2_loop = missing
        for l_2_heading, l_2_loop in LoopContext(environment.getattr(l_1_table, 'header'), undefined):
            _loop_vars = {}
            pass
            yield '<th scope="col"'
            if environment.getitem(environment.getattr(l_1_table, 'numeric'), environment.getattr(l_2_loop, 'index0')):
                pass
                yield ' class="num"'
            yield '>'
            yield escape(environment.finalize(l_2_heading))
            yield '</th>'
        l_2_loop = l_2_heading = missing
        yield '</tr></thead>\n  <tbody>\n'
        def t_1(fiter):
            for l_2_row in fiter:
                if (not environment.getattr(l_2_row, 'total')):
                    yield l_2_row
        l_2_loop = missing
        for l_2_row, l_2_loop in LoopContext(t_1(environment.getattr(l_1_table, 'rows')), undefined):
            _loop_vars = {}
            pass
            yield '    <tr'
            if environment.getattr(l_2_row, 'status'):
                pass
                yield ' class="over"'
            yield '>'
            l_3_loop = missing
            for l_3_cell, l_3_loop in LoopContext(environment.getattr(l_2_row, 'cells'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_3_loop, 'first'):
                    pass
                    yield '<th scope="row">'
                    yield escape(environment.finalize(l_3_cell))
                    yield '</th>'
                else:
                    pass
                    yield '<td'
                    if environment.getitem(environment.getattr(l_1_table, 'numeric'), environment.getattr(l_3_loop, 'index0')):
                        pass
                        yield ' class="num"'
                    yield '>'
                    yield escape(environment.finalize(l_3_cell))
                    yield '</td>'
            l_3_loop = l_3_cell = missing
            yield '</tr>\n'
        l_2_loop = l_2_row = missing
        yield '  </tbody>\n  <tfoot>\n'
        def t_2(fiter):
            for l_2_row in fiter:
                if environment.getattr(l_2_row, 'total'):
                    yield l_2_row
        l_2_loop = missing
        for l_2_row, l_2_loop in LoopContext(t_2(environment.getattr(l_1_table, 'rows')), undefined):
            _loop_vars = {}
            pass
            yield '    <tr class="total">'
            l_3_loop = missing
            for l_3_cell, l_3_loop in LoopContext(environment.getattr(l_2_row, 'cells'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_3_loop, 'first'):
                    pass
                    yield '<th scope="row">'
                    yield escape(environment.finalize(l_3_cell))
                    yield '</th>'
                else:
                    pass
                    yield '<td'
                    if environment.getitem(environment.getattr(l_1_table, 'numeric'), environment.getattr(l_3_loop, 'index0')):
                        pass
                        yield ' class="num"'
                    yield '>'
                    yield escape(environment.finalize(l_3_cell))
                    yield '</td>'
            l_3_loop = l_3_cell = missing
            yield '</tr>\n'
        l_2_loop = l_2_row = missing
        yield '  </tfoot>\n</table>\n</div>\n'
    l_1_loop = l_1_table = l_1_cid = missing
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'notes'):
        pass
        yield '<ul class="meta followup-notes">\n'
        for l_1_note in environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'notes'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_1_note))
            yield '</li>\n'
        l_1_note = missing
        yield '</ul>\n'
    yield '</section>\n'

blocks = {}
debug_info = '4=13&5=17&6=21&7=25&8=27&12=30&13=34&18=39&19=43&20=46&22=48&23=53&25=65&26=74&30=100&31=110&37=132&39=135&40=139'
