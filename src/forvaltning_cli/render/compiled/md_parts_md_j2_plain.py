"""md/parts.md.j2 compiled by Jinja 3.1.6 (autoescape off), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'md/parts.md.j2'
AUTOESCAPE = False
JINJA = '3.1.6'
SOURCE_SHA256 = '458980f56f79c62da4c0621f1853a4ae9f989e06263d2fc60d6eb25f7675beba'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'md/parts.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_list_items = l_0_row = l_0_header = l_0_stated_md = l_0_amount_cell = l_0_amount_cells = l_0_party_cells = l_0_budget = l_0_revisions = l_0_unit_of = l_0_computed_label = l_0_part = l_0_source_amounts = missing
    try:
        t_1 = environment.filters['amount']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'amount' found.")
    try:
        t_2 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['kronor']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'kronor' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_8 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_9 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_10 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_11 = environment.filters['md_plain']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'md_plain' found.")
    try:
        t_12 = environment.filters['md_text']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'md_text' found.")
    try:
        t_13 = environment.filters['percent']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'percent' found.")
    try:
        t_14 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_15 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_16 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_17 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_18 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    def macro(l_1_items, l_1_indent):
        t_19 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_indent is missing:
            l_1_indent = ''
        pass
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            if t_18(l_2_item):
                pass
                t_19.extend((
                    str(environment.finalize(l_1_indent)),
                    '- ',
                    str(environment.finalize(t_12(l_2_item))),
                    '\n',
                ))
            else:
                pass
                t_19.extend((
                    str(environment.finalize(l_1_indent)),
                    '- ',
                    str(environment.finalize(t_12(environment.getattr(l_2_item, 'text')))),
                    '\n',
                ))
                if environment.getitem(l_2_item, 'items'):
                    pass
                    t_19.append(
                        str(environment.finalize(environment.call(context, (undefined(name='list_items') if l_0_list_items is missing else l_0_list_items), environment.getitem(l_2_item, 'items'), str_join((l_1_indent, '  ', )), _loop_vars=_loop_vars))),
                    )
        l_2_item = missing
        return concat(t_19)
    context.exported_vars.add('list_items')
    context.vars['list_items'] = l_0_list_items = Macro(environment, macro, 'list_items', ('items', 'indent'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_cells):
        t_20 = []
        if l_1_cells is missing:
            l_1_cells = undefined("parameter 'cells' was not provided", name='cells')
        pass
        t_20.extend((
            '| ',
            str(environment.finalize(t_3(context.eval_ctx, l_1_cells, ' | '))),
            ' |',
        ))
        return concat(t_20)
    context.exported_vars.add('row')
    context.vars['row'] = l_0_row = Macro(environment, macro, 'row', ('cells',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_headings, l_1_numeric):
        t_21 = []
        if l_1_headings is missing:
            l_1_headings = undefined("parameter 'headings' was not provided", name='headings')
        if l_1_numeric is missing:
            l_1_numeric = []
        pass
        t_21.extend((
            str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), l_1_headings))),
            '\n| ',
        ))
        l_2_loop = missing
        for l_2_heading, l_2_loop in LoopContext(l_1_headings, undefined):
            _loop_vars = {}
            pass
            t_21.extend((
                str(environment.finalize(('---:' if (environment.getattr(l_2_loop, 'index0') in l_1_numeric) else '---'))),
                str(environment.finalize((' | ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 19 in 'md/parts.md.j2' evaluated to false and no else section was defined.")))),
            ))
        l_2_loop = l_2_heading = missing
        t_21.append(
            ' |',
        )
        return concat(t_21)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('headings', 'numeric'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_kind, l_1_stated, l_1_computed, l_1_has_computed):
        t_22 = []
        l_1_shown = missing
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        if l_1_stated is missing:
            l_1_stated = undefined("parameter 'stated' was not provided", name='stated')
        if l_1_computed is missing:
            l_1_computed = undefined("parameter 'computed' was not provided", name='computed')
        if l_1_has_computed is missing:
            l_1_has_computed = undefined("parameter 'has_computed' was not provided", name='has_computed')
        pass
        l_1_shown = (t_1(l_1_stated) if ((not t_17(l_1_stated)) or (not l_1_has_computed)) else '')
        l_1_shown = ((str_join(('*', (undefined(name='shown') if l_1_shown is missing else l_1_shown), '*', )) if (l_1_kind == 'subtotal') else (str_join(('**', (undefined(name='shown') if l_1_shown is missing else l_1_shown), '**', )) if (l_1_kind in ('total', 'result')) else (undefined(name='shown') if l_1_shown is missing else l_1_shown))) if (undefined(name='shown') if l_1_shown is missing else l_1_shown) else '')
        t_22.append(
            str(environment.finalize((undefined(name='shown') if l_1_shown is missing else l_1_shown))),
        )
        if l_1_has_computed:
            pass
            t_22.extend((
                str(environment.finalize((' ' if (undefined(name='shown') if l_1_shown is missing else l_1_shown) else cond_expr_undefined("the inline if-expression on line 27 in 'md/parts.md.j2' evaluated to false and no else section was defined.")))),
                '(beräknat: ',
                str(environment.finalize(t_1(l_1_computed))),
                ')',
            ))
        return concat(t_22)
    context.exported_vars.add('stated_md')
    context.vars['stated_md'] = l_0_stated_md = Macro(environment, macro, 'stated_md', ('kind', 'stated', 'computed', 'has_computed'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row_, l_1_id):
        t_23 = []
        if l_1_row_ is missing:
            l_1_row_ = undefined("parameter 'row_' was not provided", name='row_')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        t_23.append(
            str(environment.finalize(environment.call(context, (undefined(name='stated_md') if l_0_stated_md is missing else l_0_stated_md), environment.getattr(l_1_row_, 'kind'), environment.getitem(environment.getattr(l_1_row_, 'cells'), l_1_id), (environment.getitem(environment.getattr(l_1_row_, 'computed'), l_1_id) if (l_1_id in environment.getattr(l_1_row_, 'computed')) else None), (l_1_id in environment.getattr(l_1_row_, 'computed'))))),
        )
        return concat(t_23)
    context.exported_vars.add('amount_cell')
    context.vars['amount_cell'] = l_0_amount_cell = Macro(environment, macro, 'amount_cell', ('row_', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row_, l_1_ids):
        t_24 = []
        if l_1_row_ is missing:
            l_1_row_ = undefined("parameter 'row_' was not provided", name='row_')
        if l_1_ids is missing:
            l_1_ids = undefined("parameter 'ids' was not provided", name='ids')
        pass
        l_2_loop = missing
        for l_2_id, l_2_loop in LoopContext(l_1_ids, undefined):
            _loop_vars = {}
            pass
            t_24.extend((
                str(environment.finalize(environment.call(context, (undefined(name='amount_cell') if l_0_amount_cell is missing else l_0_amount_cell), l_1_row_, l_2_id, _loop_vars=_loop_vars))),
                str(environment.finalize((' | ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 35 in 'md/parts.md.j2' evaluated to false and no else section was defined.")))),
            ))
        l_2_loop = l_2_id = missing
        return concat(t_24)
    context.exported_vars.add('amount_cells')
    context.vars['amount_cells'] = l_0_amount_cells = Macro(environment, macro, 'amount_cells', ('row_', 'ids'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_row_):
        t_25 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_row_ is missing:
            l_1_row_ = undefined("parameter 'row_' was not provided", name='row_')
        pass
        l_2_loop = missing
        for (l_2_party, l_2_label), l_2_loop in LoopContext(environment.getattr(l_1_view, 'party_columns'), undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_row_, 'kind') == 'result'):
                pass
            else:
                pass
                t_25.append(
                    str(environment.finalize(environment.call(context, (undefined(name='stated_md') if l_0_stated_md is missing else l_0_stated_md), environment.getattr(l_1_row_, 'kind'), environment.getitem(environment.getattr(l_1_row_, 'parties'), l_2_party), (environment.getitem(environment.getattr(l_1_row_, 'computed_parties'), l_2_party) if (l_2_party in environment.getattr(l_1_row_, 'computed_parties')) else None), (l_2_party in environment.getattr(l_1_row_, 'computed_parties')), _loop_vars=_loop_vars))),
                )
            t_25.append(
                str(environment.finalize((' | ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 39 in 'md/parts.md.j2' evaluated to false and no else section was defined.")))),
            )
        l_2_loop = l_2_party = l_2_label = missing
        return concat(t_25)
    context.exported_vars.add('party_cells')
    context.vars['party_cells'] = l_0_party_cells = Macro(environment, macro, 'party_cells', ('view', 'row_'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view):
        t_26 = []
        l_1_range = resolve('range')
        l_1_b = l_1_ids = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        l_1_b = environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget')
        l_1_ids = t_6(context.eval_ctx, t_9(context, environment.getattr(l_1_view, 'amount_columns'), attribute=0))
        t_26.extend((
            '**',
            str(environment.finalize(t_10(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'title')))),
            '**',
            str(environment.finalize((str_join((' (', t_8(environment.getattr(l_1_view, 'unit_text')), ')', )) if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'unit') != 'kr') else ''))),
            '\n\n',
            str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), (([t_10(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'name_heading'))] + t_6(context.eval_ctx, t_9(context, t_9(context, environment.getattr(l_1_view, 'amount_columns'), attribute=1), 'md_cell'))) + t_6(context.eval_ctx, t_9(context, t_9(context, environment.getattr(l_1_view, 'party_columns'), attribute=1), 'md_cell'))), t_6(context.eval_ctx, environment.call(context, (undefined(name='range') if l_1_range is missing else l_1_range), 1, ((1 + t_5((undefined(name='ids') if l_1_ids is missing else l_1_ids))) + t_5(environment.getattr(l_1_view, 'party_columns')))))))),
            '\n',
        ))
        for l_2_row_ in environment.getattr(l_1_view, 'budget_rows'):
            l_2_name = resolve('name')
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_row_, 'kind') == 'group'):
                pass
                t_26.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([str_join(('**', t_10(environment.getattr(l_2_row_, 'name')), '**', ))] + environment.call_binop(context, '*', [''], t_5((undefined(name='ids') if l_1_ids is missing else l_1_ids)))) + environment.call_binop(context, '*', [''], t_5(environment.getattr(l_1_view, 'party_columns')))), _loop_vars=_loop_vars))),
                    '\n',
                ))
            else:
                pass
                l_2_name = t_10(environment.getattr(l_2_row_, 'name'))
                _loop_vars['name'] = l_2_name
                l_2_name = ((undefined(name='name') if l_2_name is missing else l_2_name) if (environment.getattr(l_2_row_, 'kind') == 'line') else (str_join(('*', (undefined(name='name') if l_2_name is missing else l_2_name), '*', )) if (environment.getattr(l_2_row_, 'kind') == 'subtotal') else str_join(('**', (undefined(name='name') if l_2_name is missing else l_2_name), '**', ))))
                _loop_vars['name'] = l_2_name
                t_26.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([(undefined(name='name') if l_2_name is missing else l_2_name)] + [environment.call(context, (undefined(name='amount_cells') if l_0_amount_cells is missing else l_0_amount_cells), l_2_row_, (undefined(name='ids') if l_1_ids is missing else l_1_ids), _loop_vars=_loop_vars)]) + ([environment.call(context, (undefined(name='party_cells') if l_0_party_cells is missing else l_0_party_cells), l_1_view, l_2_row_, _loop_vars=_loop_vars)] if environment.getattr(l_1_view, 'party_columns') else [])), _loop_vars=_loop_vars))),
                    '\n',
                ))
        l_2_row_ = l_2_name = missing
        t_26.extend((
            '\n',
            str(environment.finalize(environment.getattr(l_1_view, 'unit_text'))),
            '. Tabellen visar planens angivna belopp.',
        ))
        if (t_6(context.eval_ctx, t_15(context, environment.getattr(l_1_view, 'budget_rows'), 'computed')) or t_6(context.eval_ctx, t_15(context, environment.getattr(l_1_view, 'budget_rows'), 'computed_parties'))):
            pass
            t_26.append(
                ' Där en summa eller ett resultat som räknas fram ur raderna skiljer sig från det angivna, eller planen inte anger något, står det beräknade beloppet inom parentes, märkt beräknat.',
            )
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'cost_centre'):
            pass
            t_26.extend((
                ' Ansvar ',
                str(environment.finalize(t_11(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'cost_centre')))),
                '.',
            ))
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'activity'):
            pass
            t_26.extend((
                ' Aktivitet ',
                str(environment.finalize(t_11(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'activity')))),
                '.',
            ))
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_by'):
            pass
            t_26.extend((
                ' Beslutas av ',
                str(environment.finalize(t_11(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_by')))),
            ))
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_when'):
                pass
                t_26.extend((
                    ' ',
                    str(environment.finalize(t_11(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_when')))),
                ))
            t_26.append(
                '.',
            )
        if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'status') == 'preliminary'):
            pass
            t_26.append(
                ' Status: förhandsbeslutad (preliminär).',
            )
        elif (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'status') == 'decided'):
            pass
            t_26.append(
                ' Status: beslutad.',
            )
        return concat(t_26)
    context.exported_vars.add('budget')
    context.vars['budget'] = l_0_budget = Macro(environment, macro, 'budget', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_caption):
        t_27 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_caption is missing:
            l_1_caption = False
        pass
        if l_1_caption:
            pass
            t_27.append(
                '**Revisionshistorik**\n\n',
            )
        t_27.extend((
            str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Version', 'Datum', 'Ändring', 'Av']))),
            '\n',
        ))
        for l_2_revision in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'document'), 'revisions'):
            _loop_vars = {}
            pass
            t_27.extend((
                str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_revision, 'version')), t_2(environment.getattr(l_2_revision, 'date')), t_11(environment.getattr(l_2_revision, 'change')), t_11(environment.getattr(l_2_revision, 'by'))], _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_revision = missing
        return concat(t_27)
    context.exported_vars.add('revisions')
    context.vars['revisions'] = l_0_revisions = Macro(environment, macro, 'revisions', ('view', 'caption'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view):
        t_28 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_28.append(
            str(environment.finalize((environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget'), 'unit') if environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget') else 'kr'))),
        )
        return concat(t_28)
    context.exported_vars.add('unit_of')
    context.vars['unit_of'] = l_0_unit_of = Macro(environment, macro, 'unit_of', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_label, l_1_missing, l_1_noun):
        t_29 = []
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_missing is missing:
            l_1_missing = undefined("parameter 'missing' was not provided", name='missing')
        if l_1_noun is missing:
            l_1_noun = undefined("parameter 'noun' was not provided", name='noun')
        pass
        t_29.extend((
            '**',
            str(environment.finalize(l_1_label)),
            ' (beräknat',
        ))
        if l_1_missing:
            pass
            t_29.extend((
                '; ',
                str(environment.finalize(l_1_missing)),
                ' utan ',
                str(environment.finalize(l_1_noun)),
            ))
        t_29.append(
            ')**',
        )
        return concat(t_29)
    context.exported_vars.add('computed_label')
    context.vars['computed_label'] = l_0_computed_label = Macro(environment, macro, 'computed_label', ('label', 'missing', 'noun'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_name, l_1_block):
        t_30 = []
        l_1_owners = resolve('owners')
        l_1_kind = resolve('kind')
        l_1_described = resolve('described')
        l_1_responsibilities = resolve('responsibilities')
        l_1_owned = resolve('owned')
        l_1_timed = resolve('timed')
        l_1_blanks = resolve('blanks')
        l_1_p = resolve('p')
        l_1_rule = resolve('rule')
        l_1_with_basis = resolve('with_basis')
        l_1_first = resolve('first')
        l_1_range = resolve('range')
        l_1_s = resolve('s')
        l_1_namespace = resolve('namespace')
        l_1_totals = resolve('totals')
        l_1_whole = resolve('whole')
        l_1_headings = resolve('headings')
        l_1_plan = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_block is missing:
            l_1_block = None
        pass
        l_1_plan = environment.getattr(l_1_view, 'plan')
        if (l_1_name == 'goals.measurable'):
            pass
            if environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'goals'), 'measurable'):
                pass
                l_1_owners = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'goals'), 'measurable'), 'owner'))) > 0)
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), (['Mål', 'Indikator', 'Utgångsläge', 'Målvärde', 'Utfall', 'Klart'] + (['Ansvarig'] if (undefined(name='owners') if l_1_owners is missing else l_1_owners) else []))))),
                    '\n',
                ))
                for l_2_goal in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'goals'), 'measurable'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), ([t_10(environment.getattr(l_2_goal, 'goal')), t_11(environment.getattr(l_2_goal, 'indicator')), t_11(environment.getattr(l_2_goal, 'baseline')), t_11(environment.getattr(l_2_goal, 'target')), t_11(environment.getattr(l_2_goal, 'outcome')), t_11((t_16(environment.getattr(l_2_goal, 'due')) if environment.getattr(l_2_goal, 'due') else ''))] + ([t_11(environment.getattr(l_2_goal, 'owner'))] if (undefined(name='owners') if l_1_owners is missing else l_1_owners) else [])), _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_goal = missing
        elif (l_1_name == 'document.revisions'):
            pass
            if environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'document'), 'revisions'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='revisions') if l_0_revisions is missing else l_0_revisions), l_1_view))),
                    '\n',
                ))
        elif (l_1_name in ('scope.processes', 'scope.components')):
            pass
            l_1_kind = l_1_name[6:]
            if ((environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope') and ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'processes')) and environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), 'description')):
                pass
                t_30.extend((
                    str(environment.finalize(t_12(environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), 'description')))),
                    '\n\n',
                ))
            if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope') and environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), (undefined(name='kind') if l_1_kind is missing else l_1_kind))):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), [('Process' if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'processes') else 'IT-komponent'), 'Beskrivning']))),
                    '\n',
                ))
                for l_2_entry in environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), (undefined(name='kind') if l_1_kind is missing else l_1_kind)):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_entry, 'name')), t_10(environment.getattr(l_2_entry, 'description'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_entry = missing
        elif (l_1_name == 'scope.user_groups'):
            pass
            if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope') and environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), 'user_groups')):
                pass
                l_1_described = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), 'user_groups'), 'description'))) > 0)
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ((['Användargrupp'] + (['Beskrivning'] if (undefined(name='described') if l_1_described is missing else l_1_described) else [])) + ['Antal', 'Volym']), [(2 if (undefined(name='described') if l_1_described is missing else l_1_described) else 1)]))),
                    '\n',
                ))
                for l_2_group in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'scope'), 'user_groups'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([t_11(environment.getattr(l_2_group, 'name'))] + ([t_10(environment.getattr(l_2_group, 'description'))] if (undefined(name='described') if l_1_described is missing else l_1_described) else [])) + [(t_1(environment.getattr(l_2_group, 'count')) if (not t_17(environment.getattr(l_2_group, 'count'))) else ''), t_11(environment.getattr(l_2_group, 'volume'))]), _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_group = missing
        elif (l_1_name == 'stakeholders'):
            pass
            if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'stakeholders'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Intressent', 'Intresse', 'Involvering']))),
                    '\n',
                ))
                for l_2_stakeholder in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'stakeholders'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_stakeholder, 'name')), t_10(environment.getattr(l_2_stakeholder, 'interest')), t_11(environment.getattr(l_2_stakeholder, 'involvement'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_stakeholder = missing
        elif (l_1_name == 'roles'):
            pass
            if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'roles'):
                pass
                l_1_responsibilities = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'roles'), 'responsibility'))) > 0)
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), (['Roll', 'Namn', 'Organisation', 'Kontakt'] + (['Ansvar'] if (undefined(name='responsibilities') if l_1_responsibilities is missing else l_1_responsibilities) else []))))),
                    '\n',
                ))
                for l_2_role in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'roles'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), ([t_11(environment.getattr(l_2_role, 'role')), t_11((environment.getattr(l_2_role, 'name') or 'vakant')), t_11(environment.getattr(l_2_role, 'organisation')), t_3(context.eval_ctx, t_9(context, t_14(context, [environment.getattr(l_2_role, 'email'), environment.getattr(l_2_role, 'phone')]), 'md_plain'), ', ')] + ([t_10(environment.getattr(l_2_role, 'responsibility'))] if (undefined(name='responsibilities') if l_1_responsibilities is missing else l_1_responsibilities) else [])), _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_role = missing
        elif (l_1_name == 'activities'):
            pass
            if environment.getattr(l_1_view, 'activity_groups'):
                pass
                l_1_described = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'activities'), 'description'))) > 0)
                l_1_owned = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'activities'), 'owner'))) > 0)
                l_1_timed = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'activities'), 'when'))) > 0)
                l_1_blanks = environment.call_binop(context, '*', [''], (((1 if (undefined(name='described') if l_1_described is missing else l_1_described) else 0) + (1 if (undefined(name='owned') if l_1_owned is missing else l_1_owned) else 0)) + (1 if (undefined(name='timed') if l_1_timed is missing else l_1_timed) else 0)))
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ((((['Aktivitet'] + (['Beskrivning'] if (undefined(name='described') if l_1_described is missing else l_1_described) else [])) + (['Ansvarig'] if (undefined(name='owned') if l_1_owned is missing else l_1_owned) else [])) + (['När'] if (undefined(name='timed') if l_1_timed is missing else l_1_timed) else [])) + [str_join(('Belopp (', environment.call(context, (undefined(name='unit_of') if l_0_unit_of is missing else l_0_unit_of), l_1_view), ')', ))]), [(1 + t_5((undefined(name='blanks') if l_1_blanks is missing else l_1_blanks)))]))),
                    '\n',
                ))
                for l_2_group in environment.getattr(l_1_view, 'activity_groups'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([str_join(('**', environment.getattr(l_2_group, 'label'), '**', ))] + (undefined(name='blanks') if l_1_blanks is missing else l_1_blanks)) + ['']), _loop_vars=_loop_vars))),
                        '\n',
                    ))
                    for l_3_activity in environment.getattr(l_2_group, 'activities'):
                        _loop_vars = {}
                        pass
                        t_30.extend((
                            str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (((([t_11(environment.getattr(l_3_activity, 'name'))] + ([t_10(environment.getattr(l_3_activity, 'description'))] if (undefined(name='described') if l_1_described is missing else l_1_described) else [])) + ([t_11(environment.getattr(l_3_activity, 'owner'))] if (undefined(name='owned') if l_1_owned is missing else l_1_owned) else [])) + ([t_11((t_16(environment.getattr(l_3_activity, 'when')) if environment.getattr(l_3_activity, 'when') else ''))] if (undefined(name='timed') if l_1_timed is missing else l_1_timed) else [])) + [t_1(environment.getattr(l_3_activity, 'amount'))]), _loop_vars=_loop_vars))),
                            '\n',
                        ))
                    l_3_activity = missing
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([str_join(('*Summa ', t_8(environment.getattr(l_2_group, 'label')), ' (beräknat', (str_join(('; ', environment.getattr(l_2_group, 'missing'), ' utan belopp', )) if environment.getattr(l_2_group, 'missing') else ''), ')*', ))] + (undefined(name='blanks') if l_1_blanks is missing else l_1_blanks)) + [str_join(('*', t_1(environment.getattr(l_2_group, 'sum')), '*', ))]), _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_group = missing
                if environment.getattr(l_1_view, 'activity_total'):
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([environment.call(context, (undefined(name='computed_label') if l_0_computed_label is missing else l_0_computed_label), 'Totalt', environment.getattr(environment.getattr(l_1_view, 'activity_total'), 'missing'), 'belopp')] + (undefined(name='blanks') if l_1_blanks is missing else l_1_blanks)) + [str_join(('**', t_1(environment.getattr(environment.getattr(l_1_view, 'activity_total'), 'sum')), '**', ))])))),
                        '\n',
                    ))
        elif (l_1_name == 'resources'):
            pass
            if environment.getattr(l_1_view, 'resource_rows'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Roll', 'Namn', 'Andel', str_join(('Kostnad (', environment.call(context, (undefined(name='unit_of') if l_0_unit_of is missing else l_0_unit_of), l_1_view), ')', ))], [2, 3]))),
                    '\n',
                ))
                for l_2_row_ in environment.getattr(l_1_view, 'resource_rows'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_row_, 'role')), t_11(environment.getattr(l_2_row_, 'name')), t_13(environment.getattr(l_2_row_, 'share')), t_1(environment.getattr(l_2_row_, 'amount'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_row_ = missing
                if environment.getattr(l_1_view, 'resource_total'):
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [environment.call(context, (undefined(name='computed_label') if l_0_computed_label is missing else l_0_computed_label), 'Summa', environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'missing'), 'kostnad'), '', str_join(('**', t_13(environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'share')), '**', )), str_join(('**', t_1(environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'amount')), '**', ))]))),
                        '\n',
                    ))
        elif (l_1_name == 'risks'):
            pass
            if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'risks'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Risk', 'Sannolikhet', 'Konsekvens', 'Åtgärd', 'Ägare']))),
                    '\n',
                ))
                for l_2_risk in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'risks'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_risk, 'risk')), t_11((t_16(environment.getattr(l_2_risk, 'probability')) if (not t_17(environment.getattr(l_2_risk, 'probability'))) else '')), t_11((t_16(environment.getattr(l_2_risk, 'consequence')) if (not t_17(environment.getattr(l_2_risk, 'consequence'))) else '')), t_10(environment.getattr(l_2_risk, 'measure')), t_11(environment.getattr(l_2_risk, 'owner'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_risk = missing
        elif (l_1_name == 'agreements'):
            pass
            if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'agreements'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Avtal', 'Leverantör', 'Avtalsnummer', 'Giltigt', 'Uppsägning', 'Förlängning']))),
                    '\n',
                ))
                for l_2_a in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'agreements'):
                    l_2_valid = l_2_notice = l_2_renewal = missing
                    _loop_vars = {}
                    pass
                    l_2_valid = (str_join((t_2(environment.getattr(l_2_a, 'start')), ' – ', t_2(environment.getattr(l_2_a, 'end')), )) if (environment.getattr(l_2_a, 'start') and environment.getattr(l_2_a, 'end')) else (str_join(('från ', t_2(environment.getattr(l_2_a, 'start')), )) if environment.getattr(l_2_a, 'start') else (str_join(('till ', t_2(environment.getattr(l_2_a, 'end')), )) if environment.getattr(l_2_a, 'end') else '')))
                    _loop_vars['valid'] = l_2_valid
                    l_2_notice = str_join((t_11(environment.getattr(l_2_a, 'notice')), (str_join(((', ' if environment.getattr(l_2_a, 'notice') else ''), 'senast ', t_2(environment.getattr(l_2_a, 'notice_date')), )) if environment.getattr(l_2_a, 'notice_date') else ''), ))
                    _loop_vars['notice'] = l_2_notice
                    l_2_renewal = str_join((t_11(environment.getattr(l_2_a, 'renewal')), (str_join(((', ' if environment.getattr(l_2_a, 'renewal') else ''), 'beslut senast ', t_2(environment.getattr(l_2_a, 'renewal_date')), )) if environment.getattr(l_2_a, 'renewal_date') else ''), ))
                    _loop_vars['renewal'] = l_2_renewal
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_a, 'name')), t_11(environment.getattr(l_2_a, 'supplier')), t_11(environment.getattr(l_2_a, 'reference')), (undefined(name='valid') if l_2_valid is missing else l_2_valid), (undefined(name='notice') if l_2_notice is missing else l_2_notice), (undefined(name='renewal') if l_2_renewal is missing else l_2_renewal)], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_a = l_2_valid = l_2_notice = l_2_renewal = missing
        elif (l_1_name == 'milestones'):
            pass
            if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'milestones'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['När', 'Milstolpe/Release', 'Beskrivning']))),
                    '\n',
                ))
                for l_2_milestone in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'milestones'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(t_16(environment.getattr(l_2_milestone, 'when'))), str_join((t_11(environment.getattr(l_2_milestone, 'name')), (' (release)' if (environment.getattr(l_2_milestone, 'kind') == 'release') else ''), )), t_10(environment.getattr(l_2_milestone, 'description'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_milestone = missing
        elif (l_1_name == 'annual_cycle'):
            pass
            if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'annual_cycle'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['När', 'Forum', 'Beslut/aktivitet']))),
                    '\n',
                ))
                for l_2_entry in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'annual_cycle'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(t_16(environment.getattr(l_2_entry, 'when'))), t_11(environment.getattr(l_2_entry, 'forum')), t_10(environment.getattr(l_2_entry, 'decision'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_entry = missing
        elif (l_1_name == 'financing.fees'):
            pass
            if environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'fees'):
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Avgift', 'Belopp', 'Betalas av', 'Beskrivning']))),
                    '\n',
                ))
                for l_2_fee in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'fees'):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(environment.getattr(l_2_fee, 'name')), environment.call(context, environment.getattr(l_1_view, 'fee_text'), l_2_fee, _loop_vars=_loop_vars), t_11((environment.call(context, environment.getattr(l_1_view, 'names_text'), environment.getattr(l_2_fee, 'members'), _loop_vars=_loop_vars) if environment.getattr(l_2_fee, 'members') else 'alla medlemmar')), t_10(environment.getattr(l_2_fee, 'text'))], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_fee = missing
        elif (l_1_name == 'financing.population'):
            pass
            l_1_p = environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'population')
            if (undefined(name='p') if l_1_p is missing else l_1_p):
                pass
                t_30.append(
                    '**Folkmängd',
                )
                if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'date'):
                    pass
                    t_30.extend((
                        ' ',
                        str(environment.finalize(t_7(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'date')))),
                    ))
                if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'source'):
                    pass
                    t_30.extend((
                        ' enligt ',
                        str(environment.finalize(t_11(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'source')))),
                    ))
                t_30.extend((
                    '**\n\n',
                    str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Kommun', 'Invånare'], [1]))),
                    '\n',
                ))
                for (l_2_member, l_2_count) in environment.call(context, environment.getattr(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'counts'), 'items')):
                    _loop_vars = {}
                    pass
                    t_30.extend((
                        str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_11(l_2_member), t_1(l_2_count)], _loop_vars=_loop_vars))),
                        '\n',
                    ))
                l_2_member = l_2_count = missing
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), ['**Summa (beräknat)**', str_join(('**', t_1(environment.getattr(l_1_view, 'population_total')), '**', ))]))),
                    '\n',
                ))
        elif (l_1_name == 'financing.surplus'):
            pass
            l_1_rule = environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'surplus')
            if (undefined(name='rule') if l_1_rule is missing else l_1_rule):
                pass
                t_30.extend((
                    str(environment.finalize(t_12(environment.getattr((undefined(name='rule') if l_1_rule is missing else l_1_rule), 'text')))),
                    '\n',
                ))
                if environment.getattr((undefined(name='rule') if l_1_rule is missing else l_1_rule), 'basis'):
                    pass
                    t_30.extend((
                        '\nÅterbetalas ',
                        str(environment.finalize(t_11(environment.call(context, environment.getattr(l_1_view, 'surplus_basis_text'), (undefined(name='rule') if l_1_rule is missing else l_1_rule))))),
                        '.\n',
                    ))
        elif (l_1_name == 'abbreviations'):
            pass
            for (l_2_term, l_2_definition) in environment.call(context, environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'abbreviations'), 'items')):
                _loop_vars = {}
                pass
                t_30.extend((
                    '- **',
                    str(environment.finalize(t_12(l_2_term))),
                    '** – ',
                    str(environment.finalize(t_12(l_2_definition))),
                    '\n',
                ))
            l_2_term = l_2_definition = missing
        elif environment.call(context, environment.getattr(l_1_name, 'startswith'), 'goals.'):
            pass
            t_30.append(
                str(environment.finalize(environment.call(context, (undefined(name='list_items') if l_0_list_items is missing else l_0_list_items), environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'goals'), l_1_name[6:])))),
            )
        elif environment.call(context, environment.getattr(l_1_name, 'startswith'), 'assignments.'):
            pass
            t_30.append(
                str(environment.finalize(environment.call(context, (undefined(name='list_items') if l_0_list_items is missing else l_0_list_items), environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'assignments'), l_1_name[12:])))),
            )
        elif (l_1_name == 'budget'):
            pass
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='budget') if l_0_budget is missing else l_0_budget), l_1_view))),
                '\n',
            ))
        elif (l_1_name == 'financing.parties'):
            pass
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Part', 'Namn', 'Kolumn i budgeten']))),
                '\n',
            ))
            for l_2_party in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'parties'):
                _loop_vars = {}
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_10(environment.getattr(l_2_party, 'id')), t_10(environment.getattr(l_2_party, 'name')), t_10(environment.getattr(l_2_party, 'column'))], _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_party = missing
        elif (l_1_name == 'financing.split_keys'):
            pass
            l_1_with_basis = (t_5(t_6(context.eval_ctx, t_15(context, environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'split_keys'), 'basis'))) > 0)
            l_1_first = (2 if (undefined(name='with_basis') if l_1_with_basis is missing else l_1_with_basis) else 1)
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ((['Fördelningsnyckel'] + (['Fördelning'] if (undefined(name='with_basis') if l_1_with_basis is missing else l_1_with_basis) else [])) + t_6(context.eval_ctx, t_9(context, environment.getattr(l_1_view, 'split_key_parties'), 'md_cell'))), t_6(context.eval_ctx, environment.call(context, (undefined(name='range') if l_1_range is missing else l_1_range), (undefined(name='first') if l_1_first is missing else l_1_first), ((undefined(name='first') if l_1_first is missing else l_1_first) + t_5(environment.getattr(l_1_view, 'split_key_parties')))))))),
                '\n',
            ))
            for l_2_key in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'split_keys'):
                _loop_vars = {}
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (([t_10(environment.getattr(l_2_key, 'text'))] + ([(t_11(str_join((environment.call(context, environment.getattr(l_1_view, 'basis_text'), environment.getattr(l_2_key, 'basis'), _loop_vars=_loop_vars), (str_join((' (', environment.call(context, environment.getattr(l_1_view, 'names_text'), environment.getattr(environment.getattr(l_2_key, 'basis'), 'members'), _loop_vars=_loop_vars), ')', )) if environment.getattr(environment.getattr(l_2_key, 'basis'), 'members') else ''), ))) if environment.getattr(l_2_key, 'basis') else '')] if (undefined(name='with_basis') if l_1_with_basis is missing else l_1_with_basis) else [])) + t_6(context.eval_ctx, t_9(context, t_9(context, environment.getattr(l_1_view, 'split_key_parties'), 'extract', (environment.getattr(l_2_key, 'shares') or {})), 'percent'))), _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_key = missing
        elif (l_1_name == 'financing.sources'):
            pass
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Finansieringskälla', 'Andel'], [1]))),
                '\n',
            ))
            for l_2_source in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'sources'):
                _loop_vars = {}
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_10(str_join((environment.getattr(l_2_source, 'name'), (str_join((' (', environment.getattr(l_2_source, 'short_name'), ')', )) if environment.getattr(l_2_source, 'short_name') else ''), ))), t_13(environment.getattr(l_2_source, 'share'))], _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_source = missing
        elif (l_1_name == 'financing.invoicing'):
            pass
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Fakturerar', 'Faktureras', 'Avser', 'Hur ofta', 'Fördelning', 'Avstämning']))),
                '\n',
            ))
            for l_2_rule in environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'financing'), 'invoicing'):
                _loop_vars = {}
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_10(environment.getattr(l_2_rule, 'invoicer')), t_10(t_3(context.eval_ctx, environment.getattr(l_2_rule, 'recipients'), ', ')), t_10(environment.getattr(l_2_rule, 'subject')), environment.call(context, environment.getattr(l_1_view, 'frequency_text'), environment.getattr(l_2_rule, 'frequency'), _loop_vars=_loop_vars), t_10(str_join((('efter folkmängd' if (environment.getattr(l_2_rule, 'allocation') == 'population') else ''), (': ' if (environment.getattr(l_2_rule, 'allocation') and environment.getattr(l_2_rule, 'basis')) else ''), (environment.getattr(l_2_rule, 'basis') or ''), ))), environment.call(context, environment.getattr(l_1_view, 'months_text'), environment.getattr(l_2_rule, 'reconciliation_months'), _loop_vars=_loop_vars)], _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_rule = missing
        elif (l_1_name == 'financing.split'):
            pass
            l_1_s = environment.getattr(l_1_view, 'split')
            t_30.extend((
                '**Budgeten fördelad per part enligt fördelningsnycklarna (beräknad)**\n\n',
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), (['Rad', 'Fördelningsnyckel', 'Belopp'] + t_6(context.eval_ctx, t_9(context, t_9(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties'), 'extract', environment.getattr(l_1_view, 'party_labels')), 'md_cell'))), t_6(context.eval_ctx, environment.call(context, (undefined(name='range') if l_1_range is missing else l_1_range), 2, (3 + t_5(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties')))))))),
                '\n',
            ))
            for l_2_line in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'lines'):
                l_2_cells = missing
                _loop_vars = {}
                pass
                l_2_cells = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), list=[], _loop_vars=_loop_vars)
                _loop_vars['cells'] = l_2_cells
                for l_3_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties'):
                    l_3_differs = missing
                    _loop_vars = {}
                    pass
                    l_3_differs = ((((not t_17(environment.getattr(l_2_line, 'stated'))) and (l_3_party in environment.getattr(l_2_line, 'stated'))) and (l_3_party in environment.getattr(l_2_line, 'computed'))) and (environment.getitem(environment.getattr(l_2_line, 'computed'), l_3_party) != environment.getitem(environment.getattr(l_2_line, 'stated'), l_3_party)))
                    _loop_vars['differs'] = l_3_differs
                    if not isinstance(l_2_cells, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_2_cells['list'] = (environment.getattr((undefined(name='cells') if l_2_cells is missing else l_2_cells), 'list') + [str_join((t_1(environment.getitem(environment.getattr(l_2_line, 'shown'), l_3_party)), (str_join((' (beräknat: ', t_1(environment.getitem(environment.getattr(l_2_line, 'computed'), l_3_party)), ')', )) if (undefined(name='differs') if l_3_differs is missing else l_3_differs) else ''), ))])
                l_3_party = l_3_differs = missing
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), ([t_10(environment.getattr(l_2_line, 'name')), t_10(environment.getattr(l_2_line, 'key_text')), t_1(environment.getattr(l_2_line, 'amount'))] + environment.getattr((undefined(name='cells') if l_2_cells is missing else l_2_cells), 'list')), _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_line = l_2_cells = missing
            l_1_totals = environment.call(context, (undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), list=[])
            for l_2_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties'):
                l_2_stated = l_2_text = missing
                _loop_vars = {}
                pass
                l_2_stated = (environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_totals'), l_2_party) if ((not t_17(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_totals'))) and (l_2_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_totals'))) else None)
                _loop_vars['stated'] = l_2_stated
                l_2_text = (str_join(('**', t_1((undefined(name='stated') if l_2_stated is missing else l_2_stated)), '**', )) if (not t_17((undefined(name='stated') if l_2_stated is missing else l_2_stated))) else '')
                _loop_vars['text'] = l_2_text
                if (t_17((undefined(name='stated') if l_2_stated is missing else l_2_stated)) or (environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'shown_totals'), l_2_party) != (undefined(name='stated') if l_2_stated is missing else l_2_stated))):
                    pass
                    l_2_text = str_join(((undefined(name='text') if l_2_text is missing else l_2_text), (' ' if (undefined(name='text') if l_2_text is missing else l_2_text) else cond_expr_undefined("the inline if-expression on line 270 in 'md/parts.md.j2' evaluated to false and no else section was defined.")), '(beräknat: ', t_1(environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'shown_totals'), l_2_party)), ')', ))
                    _loop_vars['text'] = l_2_text
                if (environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'totals'), l_2_party) != environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'shown_totals'), l_2_party)):
                    pass
                    l_2_text = str_join(((undefined(name='text') if l_2_text is missing else l_2_text), ' (enligt nycklarna: ', t_1(environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'totals'), l_2_party)), ')', ))
                    _loop_vars['text'] = l_2_text
                if not isinstance(l_1_totals, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_totals['list'] = (environment.getattr((undefined(name='totals') if l_1_totals is missing else l_1_totals), 'list') + [(undefined(name='text') if l_2_text is missing else l_2_text)])
            l_2_party = l_2_stated = l_2_text = missing
            l_1_whole = (str_join(('**', t_1(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount')), '**', (str_join((' (beräknat: ', t_1(environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'total'))), ')', )) if (environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount') != environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'total'))) else ''), )) if (not t_17(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount'))) else str_join(('(beräknat: ', t_1(environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'total'))), ')', )))
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), (['**Totalt**', '', (undefined(name='whole') if l_1_whole is missing else l_1_whole)] + environment.getattr((undefined(name='totals') if l_1_totals is missing else l_1_totals), 'list'))))),
                '\n\nBelopp i kronor. Där planen anger beloppen per part visas de som de står; där fördelningsnyckeln ger ett annat belopp står det inom parentes, märkt beräknat. Övriga belopp är beräknade med fördelningsnycklarna och avrundade till hela kronor (största rest).\n',
            ))
        elif environment.call(context, environment.getattr(l_1_name, 'startswith'), 'organisation.'):
            pass
            l_1_kind = l_1_name[13:]
            l_1_headings = (environment.getattr(l_1_block, 'headings') if (l_1_block and environment.getattr(l_1_block, 'headings')) else (['Beslutsforum', 'Arbetsuppgifter/beslut', 'Deltagare', 'Frekvens', 'Kallar'] if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'decision_forums') else ['Arbetsforum', 'Arbetsuppgifter', 'Deltagare', 'Frekvens', 'Kallar']))
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), t_6(context.eval_ctx, t_9(context, (undefined(name='headings') if l_1_headings is missing else l_1_headings), 'md_cell'))))),
                '\n',
            ))
            for l_2_forum in environment.getitem(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'organisation'), (undefined(name='kind') if l_1_kind is missing else l_1_kind)):
                _loop_vars = {}
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_10(environment.getattr(l_2_forum, 'name')), t_10(environment.getattr(l_2_forum, 'tasks')), t_10(environment.getattr(l_2_forum, 'participants')), t_10((t_16(environment.getattr(l_2_forum, 'frequency')) if environment.getattr(l_2_forum, 'frequency') else '')), t_10(environment.getattr(l_2_forum, 'convener'))], _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_forum = missing
        elif (l_1_name == 'related_systems'):
            pass
            l_1_headings = (environment.getattr(l_1_block, 'headings') if (l_1_block and environment.getattr(l_1_block, 'headings')) else ['System', 'Beskrivning av beroende'])
            t_30.extend((
                str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), t_6(context.eval_ctx, t_9(context, (undefined(name='headings') if l_1_headings is missing else l_1_headings), 'md_cell'))))),
                '\n',
            ))
            for l_2_system in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'related_systems'):
                _loop_vars = {}
                pass
                t_30.extend((
                    str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_10(environment.getattr(l_2_system, 'name')), t_10(environment.getattr(l_2_system, 'dependency'))], _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_2_system = missing
        elif (l_1_name == 'references'):
            pass
            for l_2_reference in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'references'):
                _loop_vars = {}
                pass
                t_30.append(
                    '- ',
                )
                if (not t_17(environment.getattr(l_2_reference, 'url'))):
                    pass
                    t_30.append(
                        str(environment.finalize(t_12(str_join(('[', environment.getattr(l_2_reference, 'title'), '](', environment.getattr(l_2_reference, 'url'), ')', ))))),
                    )
                else:
                    pass
                    t_30.append(
                        str(environment.finalize(t_12(environment.getattr(l_2_reference, 'title')))),
                    )
                t_30.append(
                    '\n',
                )
            l_2_reference = missing
        elif (l_1_name == 'contacts'):
            pass
            for l_2_contact in environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'contacts'):
                _loop_vars = {}
                pass
                t_30.append(
                    '- ',
                )
                if environment.getattr(l_2_contact, 'name'):
                    pass
                    t_30.extend((
                        str(environment.finalize(t_12(environment.getattr(l_2_contact, 'name')))),
                        ': ',
                    ))
                t_30.append(
                    str(environment.finalize(t_11(environment.getattr(l_2_contact, 'email')))),
                )
                if environment.getattr(l_2_contact, 'purpose'):
                    pass
                    t_30.extend((
                        ' – ',
                        str(environment.finalize(t_12(environment.getattr(l_2_contact, 'purpose')))),
                    ))
                t_30.append(
                    '\n',
                )
            l_2_contact = missing
        return concat(t_30)
    context.exported_vars.add('part')
    context.vars['part'] = l_0_part = Macro(environment, macro, 'part', ('view', 'name', 'block'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view):
        t_31 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_31.extend((
            '**Budgetens kostnader fördelade efter finansieringskällornas andelar (beräknat)**\n\n',
            str(environment.finalize(environment.call(context, (undefined(name='header') if l_0_header is missing else l_0_header), ['Finansieringskälla', 'Andel', 'Belopp, beräknat'], [1, 2]))),
            '\n',
        ))
        for l_2_source in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'sources'):
            _loop_vars = {}
            pass
            t_31.extend((
                str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), [t_10(str_join((environment.getattr(l_2_source, 'name'), (str_join((' (', environment.getattr(l_2_source, 'short_name'), ')', )) if environment.getattr(l_2_source, 'short_name') else ''), ))), t_13(environment.getattr(l_2_source, 'share')), t_4(environment.getitem(environment.getattr(l_1_view, 'source_amounts'), environment.getattr(l_2_source, 'id')))], _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_source = missing
        t_31.extend((
            str(environment.finalize(environment.call(context, (undefined(name='row') if l_0_row is missing else l_0_row), ['**Totalt**', '', str_join(('**', t_4(environment.call(context, environment.getattr(environment.getattr(l_1_view, 'split'), 'total'))), '**', ))]))),
            '\n\nBelopp i kronor, avrundade till hela kronor (största rest).',
        ))
        return concat(t_31)
    context.exported_vars.add('source_amounts')
    context.vars['source_amounts'] = l_0_source_amounts = Macro(environment, macro, 'source_amounts', ('view',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=120&3=127&4=130&5=133&7=141&8=146&13=156&14=163&17=170&18=178&19=182&24=196&25=208&26=209&27=211&30=225&31=233&34=239&35=247&38=259&39=267&42=285&43=292&44=293&45=296&47=300&48=303&49=307&50=310&52=315&53=317&54=320&58=326&59=329&60=334&61=341&62=348&63=363&67=377&68=384&72=390&73=393&74=397&78=405&79=411&82=417&83=428&86=446&87=473&88=474&89=476&90=478&91=480&92=483&93=487&96=491&97=493&98=496&100=499&101=501&102=502&103=505&106=508&107=511&108=514&109=518&112=522&113=524&114=526&115=528&116=531&117=535&120=539&121=541&122=544&123=547&124=551&127=555&128=557&129=559&130=561&131=564&132=568&135=572&136=574&137=576&138=577&139=578&140=579&141=581&142=584&143=588&144=591&145=595&147=600&149=604&150=607&153=610&154=612&155=615&156=618&157=622&159=626&160=629&163=632&164=634&165=637&166=640&167=644&170=648&171=650&172=653&173=656&174=660&175=662&176=664&177=667&180=671&181=673&182=676&183=679&184=683&187=687&188=689&189=692&190=695&191=699&194=703&195=705&196=708&197=711&198=715&201=719&202=721&203=722&204=727&206=741&207=744&208=748&210=753&212=756&213=758&214=759&215=762&216=765&218=769&221=772&222=774&223=779&225=785&226=788&227=790&228=793&229=795&230=798&231=801&232=804&233=807&234=811&236=815&237=817&238=818&239=820&240=823&241=827&243=831&244=834&245=837&246=841&248=845&249=848&250=851&251=855&253=859&254=861&257=864&258=867&259=871&260=873&261=877&262=881&264=884&266=888&267=889&268=893&269=895&270=897&271=901&272=907&274=909&275=911&278=914&279=916&280=917&281=919&282=922&283=926&285=930&286=932&287=934&288=937&289=941&291=945&292=947&293=953&296=967&297=969&298=975&305=997&308=1004&309=1007&310=1011&312=1016'
