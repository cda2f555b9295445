"""md/document.md.j2 compiled by Jinja 3.1.6 (autoescape off), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'md/document.md.j2'
AUTOESCAPE = False
JINJA = '3.1.6'
SOURCE_SHA256 = 'c718cbbc63098a6c7daa8f6b82dc72b67a9063e50c40b15b88a77a31a9088b05'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'md/document.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_parts = l_0_plan = l_0_doc = l_0_section_md = l_0_toc_md = missing
    try:
        t_1 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    try:
        t_2 = environment.filters['md_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_text' found.")
    try:
        t_3 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('md/parts.md.j2', 'md/document.md.j2').make_module(context.get_all(), True, {'doc': l_0_doc, 'parts': l_0_parts, 'plan': l_0_plan, 'section_md': l_0_section_md, 'toc_md': l_0_toc_md})
    context.exported_vars.discard('parts')
    l_0_plan = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'plan')
    context.vars['plan'] = l_0_plan
    context.exported_vars.add('plan')
    l_0_doc = environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'document')
    context.vars['doc'] = l_0_doc
    context.exported_vars.add('doc')
    def macro(l_1_section, l_1_level):
        t_5 = []
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        t_5.extend((
            '<a id="',
            str(environment.finalize(environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'anchor'), l_1_section))),
            '"></a>\n\n',
            str(environment.finalize(environment.call_binop(context, '*', '#', t_3(environment, [l_1_level, 6])))),
            ' ',
        ))
        if environment.getattr(l_1_section, 'number'):
            pass
            t_5.extend((
                str(environment.finalize(t_1(environment.getattr(l_1_section, 'number')))),
                ' ',
            ))
        t_5.extend((
            str(environment.finalize(t_1(environment.getattr(l_1_section, 'title')))),
            '\n\n',
        ))
        if ((not environment.getattr(l_1_section, 'content')) and (not environment.getattr(l_1_section, 'sections'))):
            pass
            t_5.append(
                '*Avsnittet har inget innehåll i planen.*\n\n',
            )
        for l_2_block in environment.getattr(l_1_section, 'content'):
            l_2_image = resolve('image')
            _loop_vars = {}
            pass
            if t_4(environment.getattr(l_2_block, 'text')):
                pass
                t_5.extend((
                    str(environment.finalize(t_2(environment.getattr(l_2_block, 'text')))),
                    '\n\n',
                ))
            elif t_4(environment.getattr(l_2_block, 'bullets')):
                pass
                t_5.extend((
                    str(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'list_items'), environment.getattr(l_2_block, 'bullets'), _loop_vars=_loop_vars))),
                    '\n',
                ))
            elif t_4(environment.getattr(l_2_block, 'figure')):
                pass
                l_2_image = environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'md_image'), environment.getattr(l_2_block, 'image'), environment.getattr(l_2_block, 'alt'), _loop_vars=_loop_vars)
                _loop_vars['image'] = l_2_image
                if (undefined(name='image') if l_2_image is missing else l_2_image):
                    pass
                    t_5.extend((
                        str(environment.finalize((undefined(name='image') if l_2_image is missing else l_2_image))),
                        '\n\n*',
                        str(environment.finalize(t_1(environment.getattr(l_2_block, 'figure')))),
                        '*\n\n',
                    ))
                else:
                    pass
                    t_5.extend((
                        '*',
                        str(environment.finalize(t_1(environment.getattr(l_2_block, 'figure')))),
                        '*\n\nBild saknas.\n\n',
                    ))
            elif t_4(environment.getattr(l_2_block, 'part')):
                pass
                t_5.extend((
                    str(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'part'), (undefined(name='view') if l_0_view is missing else l_0_view), environment.getattr(l_2_block, 'part'), l_2_block, _loop_vars=_loop_vars))),
                    '\n',
                ))
        l_2_block = l_2_image = missing
        for l_2_child in environment.getattr(l_1_section, 'sections'):
            _loop_vars = {}
            pass
            t_5.extend((
                str(environment.finalize(environment.call(context, (undefined(name='section_md') if l_0_section_md is missing else l_0_section_md), l_2_child, (l_1_level + 1), _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_child = missing
        return concat(t_5)
    context.exported_vars.add('section_md')
    context.vars['section_md'] = l_0_section_md = Macro(environment, macro, 'section_md', ('section', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_sections, l_1_indent):
        t_6 = []
        if l_1_sections is missing:
            l_1_sections = undefined("parameter 'sections' was not provided", name='sections')
        if l_1_indent is missing:
            l_1_indent = ''
        pass
        for l_2_section in l_1_sections:
            _loop_vars = {}
            pass
            t_6.extend((
                str(environment.finalize(l_1_indent)),
                '- [',
            ))
            if environment.getattr(l_2_section, 'number'):
                pass
                t_6.extend((
                    str(environment.finalize(t_1(environment.getattr(l_2_section, 'number')))),
                    ' ',
                ))
            t_6.extend((
                str(environment.finalize(t_1(environment.getattr(l_2_section, 'title')))),
                '](#',
                str(environment.finalize(environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'anchor'), l_2_section, _loop_vars=_loop_vars))),
                ')\n',
            ))
            if environment.getattr(l_2_section, 'sections'):
                pass
                t_6.append(
                    str(environment.finalize(environment.call(context, (undefined(name='toc_md') if l_0_toc_md is missing else l_0_toc_md), environment.getattr(l_2_section, 'sections'), str_join((l_1_indent, '  ', )), _loop_vars=_loop_vars))),
                )
        l_2_section = missing
        return concat(t_6)
    context.exported_vars.add('toc_md')
    context.vars['toc_md'] = l_0_toc_md = Macro(environment, macro, 'toc_md', ('sections', 'indent'), False, False, False, context.eval_ctx.autoescape)
    yield from context.blocks['header'][0](context)
    yield from context.blocks['draft_banner'][0](context)
    yield from context.blocks['notice'][0](context)
    yield from context.blocks['title_page'][0](context)
    yield from context.blocks['toc'][0](context)
    yield from context.blocks['sections'][0](context)
    yield from context.blocks['followup'][0](context)
    yield from context.blocks['appendix'][0](context)

def block_header(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_generator = resolve('generator')
    l_0_view = resolve('view')
    try:
        t_7 = environment.filters['md_comment']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'md_comment' found.")
    pass
    yield '<!-- '
    yield str(environment.finalize((undefined(name='generator') if l_0_generator is missing else l_0_generator)))
    yield ': framställt ur '
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'file'))))
    yield '. Ändra i planen, inte i den här filen. -->\n\n'

def block_draft_banner(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    l_0_doc = resolve('doc')
    try:
        t_1 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    try:
        t_8 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_draft'):
        pass
        yield '> **'
        yield str(environment.finalize(t_1(t_8(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'), 'value')))))
        yield '** – utkast, inte fastställt.\n\n'

def block_notice(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    pass
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'):
        pass
        yield '> **'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'), 'title')))
        yield '.** '
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'), 'lead'))))
        yield '\n>\n'
        for l_1_item in environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'), 'items'):
            _loop_vars = {}
            pass
            yield '> - '
            yield str(environment.finalize(t_1(environment.getattr(l_1_item, 'text'))))
            yield '\n'
        l_1_item = missing
        yield '\n'

def block_title_page(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_doc = resolve('doc')
    l_0_view = resolve('view')
    l_0_parts = resolve('parts')
    try:
        t_9 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_10 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_11 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_12 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_1 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    pass
    yield from context.blocks['logo'][0](context)
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'organisations'):
        pass
        yield str(environment.finalize(t_10(context.eval_ctx, t_11(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'organisations'), 'md_plain'), ' · ')))
        yield '\n\n'
    yield '# '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title'))))
    yield '\n\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle'):
        pass
        yield '**'
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle'))))
        yield '**\n\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'collaboration'):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'collaboration'))))
        yield '\n\n'
    yield '| Uppgift | Värde |\n| --- | --- |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'type'):
        pass
        yield '| Dokumenttyp | '
        yield str(environment.finalize(t_12(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'type'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'version'):
        pass
        yield '| Version | '
        yield str(environment.finalize(t_12(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'version'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'edition'):
        pass
        yield '| Utgåva | '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'edition'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'):
        pass
        yield '| Status | '
        yield str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'), 'value'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'):
        pass
        yield '| Diarienummer | '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case'):
        pass
        yield '| Ärende | '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'):
        pass
        yield '| Utfärdat av | '
        yield str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'by'))))
        if environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'date'):
            pass
            yield ', '
            yield str(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'date'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'):
        pass
        yield '| Godkänt av | '
        yield str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'), 'by'))))
        if environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'), 'date'):
            pass
            yield ', '
            yield str(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'), 'date'))))
        yield ' |\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'):
        pass
        yield '| '
        yield str(environment.finalize(t_12((environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'label') or 'Beslut'))))
        yield ' | '
        yield str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'forum'))))
        if environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'date'):
            pass
            yield ', '
            yield str(environment.finalize(t_9(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'date'))))
            if environment.getattr(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'date'), 'tentative'):
                pass
                yield ' (preliminärt datum)'
        yield ' |\n'
    def t_13(fiter):
        for (l_1_label, l_1_person) in fiter:
            if l_1_person:
                yield (l_1_label, l_1_person)
    for (l_1_label, l_1_person) in t_13([('Handläggare', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'handler')), ('Dokumentansvarig', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'document_owner')), ('Utgivare', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'address'))]):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_label))
        yield ' | '
        yield str(environment.finalize(t_10(context.eval_ctx, t_11(context, environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'person_lines'), l_1_person, _loop_vars=_loop_vars), 'md_plain'), '; ')))
        yield ' |\n'
    l_1_label = l_1_person = missing
    yield '| Period | '
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'period_text')))
    yield ' ('
    yield str(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'period_prose')))
    yield ') |\n'
    yield from context.blocks['title_rows_extra'][0](context)
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'revisions_after_document_data'):
        pass
        yield str(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'revisions'), (undefined(name='view') if l_0_view is missing else l_0_view), caption=True, _block_vars=_block_vars)))
        yield '\n\n'

def block_logo(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_title_rows_extra(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_toc(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_toc_md = resolve('toc_md')
    l_0_plan = resolve('plan')
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    pass
    yield '## Innehåll\n\n'
    yield str(environment.finalize(environment.call(context, (undefined(name='toc_md') if l_0_toc_md is missing else l_0_toc_md), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'sections'), _block_vars=_block_vars)))
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'):
        pass
        yield '- ['
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'), 'title'))))
        yield '](#'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'), 'id')))
        yield ')\n'
    for l_1_appendix in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'appendices'):
        _loop_vars = {}
        pass
        yield '- ['
        yield str(environment.finalize(t_1(environment.getattr(l_1_appendix, 'title'))))
        yield '](#'
        yield str(environment.finalize(environment.getattr(l_1_appendix, 'id')))
        yield ')\n'
    l_1_appendix = missing
    yield '\n'

def block_sections(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_plan = resolve('plan')
    pass
    for l_1_section in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'sections'):
        l_1_section_md = resolve('section_md')
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='section_md') if l_1_section_md is missing else l_1_section_md), l_1_section, 2, _loop_vars=_loop_vars)))
        yield '\n'
    l_1_section = l_1_section_md = missing

def block_followup(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    pass
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'):
        pass
        template = environment.get_template('md/followup.md.j2', 'md/document.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'

def block_appendix(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    pass
    for l_1_appendix in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'appendices'):
        l_1_parts = resolve('parts')
        _loop_vars = {}
        pass
        yield '<a id="'
        yield str(environment.finalize(environment.getattr(l_1_appendix, 'id')))
        yield '"></a>\n\n## '
        yield str(environment.finalize(t_1(environment.getattr(l_1_appendix, 'title'))))
        yield '\n\n'
        if environment.getattr(l_1_appendix, 'note'):
            pass
            yield '**'
            yield str(environment.finalize(t_1(environment.getattr(l_1_appendix, 'note'))))
            yield '**\n\n'
        if (environment.getattr(l_1_appendix, 'part') == 'financing.source_amounts'):
            pass
            yield str(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'source_amounts'), (undefined(name='view') if l_0_view is missing else l_0_view), _loop_vars=_loop_vars)))
            yield '\n'
        else:
            pass
            yield str(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'part'), (undefined(name='view') if l_0_view is missing else l_0_view), environment.getattr(l_1_appendix, 'part'), _loop_vars=_loop_vars)))
            yield '\n'
        yield '\n'
    l_1_appendix = l_1_parts = missing

blocks = {'header': block_header, 'draft_banner': block_draft_banner, 'notice': block_notice, 'title_page': block_title_page, 'logo': block_logo, 'title_rows_extra': block_title_rows_extra, 'toc': block_toc, 'sections': block_sections, 'followup': block_followup, 'appendix': block_appendix}
debug_info = '4=37&5=39&6=42&7=45&8=54&10=56&12=69&16=74&17=78&18=81&20=84&21=87&22=90&23=92&24=94&25=97&27=99&30=106&35=109&36=112&39=116&40=120&43=127&44=134&45=138&46=153&49=162&53=163&59=164&69=165&125=166&137=167&142=168&148=169&49=171&50=188&53=193&54=215&55=218&59=221&60=236&61=239&63=243&64=247&69=252&70=293&71=294&72=296&75=299&77=301&78=304&81=306&82=308&87=311&88=314&90=316&91=319&93=321&94=324&96=326&97=329&99=331&100=334&102=336&103=339&105=341&106=344&108=350&109=353&111=359&112=362&114=373&115=381&117=387&118=391&120=393&121=395&70=398&118=407&125=416&128=434&129=436&130=439&132=443&133=447&137=454&138=463&139=467&142=471&143=480&144=482&148=490&149=505&150=510&152=512&154=514&155=517&158=519&159=521&161=525'
