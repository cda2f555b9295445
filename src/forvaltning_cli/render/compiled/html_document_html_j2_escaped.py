"""html/document.html.j2 compiled by Jinja 3.1.6 (autoescape on), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'html/document.html.j2'
AUTOESCAPE = True
JINJA = '3.1.6'
SOURCE_SHA256 = '5bbbaf61d709807af3c71b52590aed206f354fd596d799b00632a54adcbd1743'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'html/document.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_generator = resolve('generator')
    l_0_output_format = resolve('output_format')
    l_0_author = resolve('author')
    l_0_produced = resolve('produced')
    l_0_parts = l_0_plan = l_0_doc = l_0_section_html = l_0_toc_items = missing
    try:
        t_1 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_4 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_parts = context.vars['parts'] = environment.get_template('html/parts.html.j2', 'html/document.html.j2').make_module(context.get_all(), True, {'author': l_0_author, 'doc': l_0_doc, 'parts': l_0_parts, 'plan': l_0_plan, 'section_html': l_0_section_html, 'toc_items': l_0_toc_items})
    context.exported_vars.discard('parts')
    l_0_plan = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'plan')
    context.vars['plan'] = l_0_plan
    context.exported_vars.add('plan')
    l_0_doc = environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'document')
    context.vars['doc'] = l_0_doc
    context.exported_vars.add('doc')
    def macro(l_1_section, l_1_level):
        t_6 = []
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        t_6.extend((
            '<section id="',
            escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'anchor'), l_1_section))),
            '" aria-labelledby="',
            escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'anchor'), l_1_section))),
            '-h">\n<h',
            escape(environment.finalize(t_4(environment, [l_1_level, 6]))),
            ' id="',
            escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'anchor'), l_1_section))),
            '-h">',
        ))
        if environment.getattr(l_1_section, 'number'):
            pass
            t_6.extend((
                '<span class="number">',
                escape(environment.finalize(environment.getattr(l_1_section, 'number'))),
                '</span> ',
            ))
        t_6.extend((
            escape(environment.finalize(environment.getattr(l_1_section, 'title'))),
            '</h',
            escape(environment.finalize(t_4(environment, [l_1_level, 6]))),
            '>\n',
        ))
        if ((not environment.getattr(l_1_section, 'content')) and (not environment.getattr(l_1_section, 'sections'))):
            pass
            t_6.append(
                '<p class="empty-section">Avsnittet har inget innehåll i planen.</p>\n',
            )
        for l_2_block in environment.getattr(l_1_section, 'content'):
            l_2_embed = resolve('embed')
            l_2_src = resolve('src')
            _loop_vars = {}
            pass
            if t_5(environment.getattr(l_2_block, 'text')):
                pass
                t_6.extend((
                    escape(environment.finalize(t_3(environment.getattr(l_2_block, 'text')))),
                    '\n',
                ))
            elif t_5(environment.getattr(l_2_block, 'bullets')):
                pass
                t_6.extend((
                    escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'list_items'), environment.getattr(l_2_block, 'bullets'), _loop_vars=_loop_vars))),
                    '\n',
                ))
            elif t_5(environment.getattr(l_2_block, 'figure')):
                pass
                l_2_src = (environment.call(context, (undefined(name='embed') if l_2_embed is missing else l_2_embed), environment.getattr(l_2_block, 'image'), _loop_vars=_loop_vars) if environment.getattr(l_2_block, 'image') else '')
                _loop_vars['src'] = l_2_src
                t_6.extend((
                    '<figure class="',
                    escape(environment.finalize(('image' if (undefined(name='src') if l_2_src is missing else l_2_src) else 'no-image'))),
                    '">\n',
                ))
                if (undefined(name='src') if l_2_src is missing else l_2_src):
                    pass
                    t_6.extend((
                        '<img src="',
                        escape(environment.finalize((undefined(name='src') if l_2_src is missing else l_2_src))),
                        '" alt="',
                        escape(environment.finalize((environment.getattr(l_2_block, 'alt') if (('alt' in l_2_block) and environment.getattr(l_2_block, 'alt')) else ''))),
                        '">\n',
                    ))
                else:
                    pass
                    t_6.append(
                        '<p class="missing-image">Bild saknas</p>\n',
                    )
                t_6.extend((
                    '<figcaption>',
                    escape(environment.finalize(environment.getattr(l_2_block, 'figure'))),
                    '</figcaption>\n</figure>\n',
                ))
            elif t_5(environment.getattr(l_2_block, 'part')):
                pass
                t_6.extend((
                    escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'part'), (undefined(name='view') if l_0_view is missing else l_0_view), environment.getattr(l_2_block, 'part'), l_2_block, _loop_vars=_loop_vars))),
                    '\n',
                ))
        l_2_block = l_2_embed = l_2_src = missing
        for l_2_child in environment.getattr(l_1_section, 'sections'):
            _loop_vars = {}
            pass
            t_6.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='section_html') if l_0_section_html is missing else l_0_section_html), l_2_child, (l_1_level + 1), _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_child = missing
        t_6.append(
            '</section>',
        )
        return concat(t_6)
    context.exported_vars.add('section_html')
    context.vars['section_html'] = l_0_section_html = Macro(environment, macro, 'section_html', ('section', 'level'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_sections):
        t_7 = []
        if l_1_sections is missing:
            l_1_sections = undefined("parameter 'sections' was not provided", name='sections')
        pass
        for l_2_section in l_1_sections:
            _loop_vars = {}
            pass
            t_7.extend((
                '<li><a href="#',
                escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'anchor'), l_2_section, _loop_vars=_loop_vars))),
                '">',
            ))
            if environment.getattr(l_2_section, 'number'):
                pass
                t_7.extend((
                    '<span class="number">',
                    escape(environment.finalize(environment.getattr(l_2_section, 'number'))),
                    '</span> ',
                ))
            t_7.extend((
                escape(environment.finalize(environment.getattr(l_2_section, 'title'))),
                '</a>',
            ))
            if environment.getattr(l_2_section, 'sections'):
                pass
                t_7.extend((
                    '<ol>',
                    escape(environment.finalize(environment.call(context, (undefined(name='toc_items') if l_0_toc_items is missing else l_0_toc_items), environment.getattr(l_2_section, 'sections'), _loop_vars=_loop_vars))),
                    '</ol>',
                ))
            t_7.append(
                '</li>\n',
            )
        l_2_section = missing
        return concat(t_7)
    context.exported_vars.add('toc_items')
    context.vars['toc_items'] = l_0_toc_items = Macro(environment, macro, 'toc_items', ('sections',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="'
    yield escape(environment.finalize((undefined(name='generator') if l_0_generator is missing else l_0_generator)))
    yield '">\n'
    if ((undefined(name='output_format') if l_0_output_format is missing else l_0_output_format) == 'pdf'):
        pass
        l_0_author = (((environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'by') if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued') and environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'by')) else None) or (environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'document_owner'), 'name') if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'document_owner') and environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'document_owner'), 'name')) else None)) or t_2(context.eval_ctx, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'organisations'), ', '))
        context.vars['author'] = l_0_author
        context.exported_vars.add('author')
        if (undefined(name='author') if l_0_author is missing else l_0_author):
            pass
            yield '<meta name="author" content="'
            yield escape(environment.finalize((undefined(name='author') if l_0_author is missing else l_0_author)))
            yield '">\n'
        yield '<meta name="description" content="'
        yield escape(environment.finalize(((environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'type') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle')) or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title'))))
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'):
            pass
            yield ', diarienummer '
            yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number')))
        yield '">\n'
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'):
            pass
            yield '<meta name="keywords" content="'
            yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number')))
            yield '">\n'
        yield '<meta name="dcterms.created" content="'
        yield escape(environment.finalize(t_1((undefined(name='produced') if l_0_produced is missing else l_0_produced))))
        yield '">\n'
    yield '<title>'
    yield from context.blocks['html_title'][0](context)
    yield '</title>\n<style>\n'
    yield from context.blocks['style'][0](context)
    yield from context.blocks['watermark'][0](context)
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'):
        pass
        template = environment.get_template('html/followup.css', 'html/document.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'author': l_0_author, 'doc': l_0_doc, 'parts': l_0_parts, 'plan': l_0_plan, 'section_html': l_0_section_html, 'toc_items': l_0_toc_items}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield from context.blocks['extra_style'][0](context)
    yield '</style>\n</head>\n<body class="'
    yield escape(environment.finalize(('draft' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_draft') else 'issued')))
    yield '">\n'
    yield from context.blocks['running_header'][0](context)
    yield from context.blocks['running_footer'][0](context)
    yield '<header class="title-page">\n'
    yield from context.blocks['draft_banner'][0](context)
    yield from context.blocks['title_page'][0](context)
    yield '</header>\n'
    yield from context.blocks['notice'][0](context)
    yield from context.blocks['toc'][0](context)
    yield '<main>\n'
    yield from context.blocks['sections'][0](context)
    yield from context.blocks['followup'][0](context)
    yield from context.blocks['appendix'][0](context)
    yield '</main>\n'
    yield from context.blocks['footer'][0](context)
    yield '</body>\n</html>\n'

def block_html_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_doc = resolve('doc')
    l_0_view = resolve('view')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title')))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle'):
        pass
        yield ' – '
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle')))
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_draft'):
        pass
        yield ' ('
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'), 'value')))
        yield ')'

def block_style(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    template = environment.get_template('html/style.css', 'html/document.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

def block_watermark(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    try:
        t_8 = environment.filters['urlencode']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'urlencode' found.")
    pass
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_draft'):
        pass
        yield '@media screen { body.draft { background: url("data:image/svg+xml,'
        yield escape(environment.finalize(t_8(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'watermark_svg'))))
        yield '") center / 70% no-repeat fixed; } }\n'

def block_extra_style(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_running_header(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_doc = resolve('doc')
    l_0_view = resolve('view')
    l_0_items = missing
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<div class="running-title" aria-hidden="true">'
    yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title')))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle'):
        pass
        yield ' – '
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle')))
    yield '</div>\n<div class="running-data" aria-hidden="true">'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_draft'):
        pass
        yield '<span class="running-draft">Utkast – inte fastställt</span>'
    l_0_items = []
    _block_vars['items'] = l_0_items
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'version'):
        pass
        l_0_items = ((undefined(name='items') if l_0_items is missing else l_0_items) + [markup_join(('Version ', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'version'), ))])
        _block_vars['items'] = l_0_items
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'):
        pass
        l_0_items = ((undefined(name='items') if l_0_items is missing else l_0_items) + [markup_join(('Status ', environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'), 'value'), ))])
        _block_vars['items'] = l_0_items
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'):
        pass
        l_0_items = ((undefined(name='items') if l_0_items is missing else l_0_items) + [markup_join(('Dnr ', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'), ))])
        _block_vars['items'] = l_0_items
    yield escape(environment.finalize(t_2(context.eval_ctx, (undefined(name='items') if l_0_items is missing else l_0_items), ' · ')))
    yield '</div>\n'

def block_running_footer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_produced = resolve('produced')
    try:
        t_9 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    pass
    yield '<div class="running-footer" aria-hidden="true">Framställd '
    yield escape(environment.finalize(t_9((undefined(name='produced') if l_0_produced is missing else l_0_produced))))
    yield '</div>\n'

def block_draft_banner(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    l_0_doc = resolve('doc')
    pass
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_draft'):
        pass
        yield '<p class="draft-banner">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'), 'value')))
        yield ' – utkast, inte fastställt</p>\n'

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
    pass
    yield from context.blocks['logo'][0](context)
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'organisations'):
        pass
        yield '<div class="organisations">'
        for l_1_organisation in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'organisations'):
            _loop_vars = {}
            pass
            yield '<span>'
            yield escape(environment.finalize(l_1_organisation))
            yield '</span>'
        l_1_organisation = missing
        yield '</div>\n'
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title')))
    yield '</h1>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle'):
        pass
        yield '<p class="subtitle">'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'subtitle')))
        yield '</p>'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'collaboration'):
        pass
        yield '<p class="collaboration">'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'collaboration')))
        yield '</p>'
    yield '<table class="document-data">\n  <caption class="visually-hidden">Dokumentuppgifter</caption>\n  <tbody>\n'
    yield from context.blocks['title_rows'][0](context)
    yield from context.blocks['title_rows_extra'][0](context)
    yield '  </tbody>\n</table>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'revisions_after_document_data'):
        pass
        yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'revisions'), (undefined(name='view') if l_0_view is missing else l_0_view), caption=True, _block_vars=_block_vars)))
        yield '\n'

def block_logo(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_title_rows(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_doc = resolve('doc')
    l_0_view = resolve('view')
    try:
        t_1 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    pass
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'type'):
        pass
        yield '    <tr><th scope="row">Dokumenttyp</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'type')))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'version'):
        pass
        yield '    <tr><th scope="row">Version</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'version')))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'edition'):
        pass
        yield '    <tr><th scope="row">Utgåva</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'edition')))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'):
        pass
        yield '    <tr><th scope="row">Status</th><td><span class="status">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'), 'value')))
        yield '</span></td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number'):
        pass
        yield '    <tr><th scope="row">Diarienummer</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'registry_number')))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case'):
        pass
        yield '    <tr><th scope="row">Ärende</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case')))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'):
        pass
        yield '    <tr><th scope="row">Utfärdat av</th><td>'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'by')))
        if environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'date'):
            pass
            yield ', '
            yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'issued'), 'date'))))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'):
        pass
        yield '    <tr><th scope="row">Godkänt av</th><td>'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'), 'by')))
        if environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'), 'date'):
            pass
            yield ', '
            yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approved'), 'date'))))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'):
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize((environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'label') or 'Beslut')))
        yield '</th><td>'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'forum')))
        if environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'date'):
            pass
            yield ', '
            yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'date'))))
            if environment.getattr(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'), 'date'), 'tentative'):
                pass
                yield ' (preliminärt datum)'
        yield '</td></tr>\n'
    def t_10(fiter):
        for (l_1_label, l_1_person) in fiter:
            if l_1_person:
                yield (l_1_label, l_1_person)
    for (l_1_label, l_1_person) in t_10([('Handläggare', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'handler')), ('Dokumentansvarig', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'document_owner')), ('Utgivare', environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'address'))]):
        l_1_parts = resolve('parts')
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(l_1_label))
        yield '</th><td>'
        yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'lines'), environment.call(context, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'person_lines'), l_1_person, _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '</td></tr>\n'
    l_1_label = l_1_person = l_1_parts = missing
    yield '    <tr><th scope="row">Period</th><td>'
    yield escape(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'period_text')))
    yield ' <span class="meta">('
    yield escape(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'period_prose')))
    yield ')</span></td></tr>\n'

def block_title_rows_extra(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_notice(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_view = resolve('view')
    l_0_parts = resolve('parts')
    pass
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'):
        pass
        yield '<section class="notice" aria-labelledby="notice-h">\n<h2 id="notice-h">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'), 'title')))
        yield '</h2>\n'
        yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'notice_items'), (undefined(name='view') if l_0_view is missing else l_0_view), _block_vars=_block_vars)))
        yield '\n</section>\n'

def block_toc(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_toc_items = resolve('toc_items')
    l_0_plan = resolve('plan')
    l_0_view = resolve('view')
    pass
    yield '<nav class="toc" aria-labelledby="toc-h">\n<h2 id="toc-h">Innehåll</h2>\n<ol>\n'
    yield escape(environment.finalize(environment.call(context, (undefined(name='toc_items') if l_0_toc_items is missing else l_0_toc_items), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'sections'), _block_vars=_block_vars)))
    yield '\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'):
        pass
        yield '<li><a href="#'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'), 'id')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'followup'), 'title')))
        yield '</a></li>\n'
    for l_1_appendix in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'appendices'):
        _loop_vars = {}
        pass
        yield '<li><a href="#'
        yield escape(environment.finalize(environment.getattr(l_1_appendix, 'id')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_appendix, 'title')))
        yield '</a></li>'
    l_1_appendix = missing
    yield '</ol>\n</nav>\n'

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
        l_1_section_html = resolve('section_html')
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.call(context, (undefined(name='section_html') if l_1_section_html is missing else l_1_section_html), l_1_section, 2, _loop_vars=_loop_vars)))
        yield '\n'
    l_1_section = l_1_section_html = missing

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
        template = environment.get_template('html/followup.html.j2', 'html/document.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

def block_appendix(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_parts = resolve('parts')
    l_0_view = resolve('view')
    pass
    yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'appendices'), (undefined(name='view') if l_0_view is missing else l_0_view), _block_vars=_block_vars)))
    yield '\n'

def block_footer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_produced = resolve('produced')
    l_0_generator = resolve('generator')
    try:
        t_9 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    pass
    yield '<footer class="meta"><p>Framställd '
    yield escape(environment.finalize(t_9((undefined(name='produced') if l_0_produced is missing else l_0_produced))))
    yield ' med '
    yield escape(environment.finalize((undefined(name='generator') if l_0_generator is missing else l_0_generator)))
    yield '.</p></footer>\n'

blocks = {'html_title': block_html_title, 'style': block_style, 'watermark': block_watermark, 'extra_style': block_extra_style, 'running_header': block_running_header, 'running_footer': block_running_footer, 'draft_banner': block_draft_banner, 'title_page': block_title_page, 'logo': block_logo, 'title_rows': block_title_rows, 'title_rows_extra': block_title_rows_extra, 'notice': block_notice, 'toc': block_toc, 'sections': block_sections, 'followup': block_followup, 'appendix': block_appendix, 'footer': block_footer}
debug_info = '8=47&9=49&10=52&11=55&12=64&13=68&14=86&17=91&18=96&19=99&20=102&21=105&22=108&23=110&24=114&25=117&28=133&30=136&31=139&34=143&35=147&39=157&40=162&41=167&49=196&50=198&52=200&53=203&55=209&56=215&58=221&60=224&62=226&63=227&69=228&70=236&73=238&75=240&85=241&89=243&94=244&137=246&147=247&159=249&164=250&169=251&173=253&60=256&62=277&63=292&64=307&66=310&70=313&75=322&76=340&78=346&79=349&80=351&81=355&82=359&83=363&85=366&86=382&89=385&90=395&91=398&94=401&95=412&96=413&97=416&99=425&100=427&101=432&105=438&129=439&132=441&133=443&95=446&105=455&106=471&108=476&110=481&112=486&114=491&116=496&118=501&120=510&122=519&124=533&125=542&127=548&129=553&137=562&138=572&142=575&143=577&147=580&151=592&152=594&154=601&159=612&160=621&161=625&164=629&165=638&166=640&169=647&170=657&173=660&174=677'
