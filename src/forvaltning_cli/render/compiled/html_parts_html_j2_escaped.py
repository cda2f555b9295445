"""html/parts.html.j2 compiled by Jinja 3.1.6 (autoescape on), written by tools/update_templates.py.

Do not edit: run the tool after changing the template (see forvaltning_cli.render.precompiled)."""
# flake8: noqa
NAME = 'html/parts.html.j2'
AUTOESCAPE = True
JINJA = '3.1.6'
SOURCE_SHA256 = '17f616f9d01f8ac6fd28658a395555d77599296ba5d4982ecdf89990a22c79c5'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'html/parts.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_namespace = resolve('namespace')
    l_0_table_ids = l_0_list_items = l_0_abbreviations = l_0_amount_cells = l_0_budget = l_0_parties = l_0_split_keys = l_0_sources = l_0_source_amounts = l_0_invoicing = l_0_split = l_0_forums = l_0_related_systems = l_0_references = l_0_contacts = l_0_lines = l_0_revisions = l_0_measurable_goals = l_0_scope_entries = l_0_user_groups = l_0_stakeholders = l_0_roles = l_0_activities = l_0_resources = l_0_risks = l_0_agreements = l_0_milestones = l_0_annual_cycle = l_0_fees = l_0_population = l_0_surplus = l_0_part = l_0_notice_items = l_0_appendix_body = l_0_appendices = missing
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
        t_9 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_10 = environment.filters['markdown_inline']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'markdown_inline' found.")
    try:
        t_11 = environment.filters['percent']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'percent' found.")
    try:
        t_12 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_13 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_14 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_15 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    l_0_table_ids = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), count=0)
    context.vars['table_ids'] = l_0_table_ids
    context.exported_vars.add('table_ids')
    def macro(l_1_items):
        t_16 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_16.append(
            '<ul>\n',
        )
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            if t_15(l_2_item):
                pass
                t_16.extend((
                    '  <li>',
                    escape(environment.finalize(t_10(l_2_item))),
                    '</li>\n',
                ))
            else:
                pass
                t_16.extend((
                    '  <li>',
                    escape(environment.finalize(t_10(environment.getattr(l_2_item, 'text')))),
                ))
                if environment.getitem(l_2_item, 'items'):
                    pass
                    t_16.append(
                        escape(environment.finalize(environment.call(context, (undefined(name='list_items') if l_0_list_items is missing else l_0_list_items), environment.getitem(l_2_item, 'items'), _loop_vars=_loop_vars))),
                    )
                t_16.append(
                    '</li>\n',
                )
        l_2_item = missing
        t_16.append(
            '</ul>',
        )
        return concat(t_16)
    context.exported_vars.add('list_items')
    context.vars['list_items'] = l_0_list_items = Macro(environment, macro, 'list_items', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '\n\n'
    def macro(l_1_plan, l_1_block):
        t_17 = []
        if l_1_plan is missing:
            l_1_plan = undefined("parameter 'plan' was not provided", name='plan')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_17.append(
            '<ul class="abbreviations">\n',
        )
        for (l_2_term, l_2_definition) in environment.call(context, environment.getattr(environment.getattr(l_1_plan, 'abbreviations'), 'items')):
            _loop_vars = {}
            pass
            t_17.extend((
                '  <li><abbr title="',
                escape(environment.finalize(l_2_definition)),
                '">',
                escape(environment.finalize(l_2_term)),
                '</abbr> – ',
                escape(environment.finalize(l_2_definition)),
                '</li>\n',
            ))
        l_2_term = l_2_definition = missing
        t_17.append(
            '</ul>',
        )
        return concat(t_17)
    context.exported_vars.add('abbreviations')
    context.vars['abbreviations'] = l_0_abbreviations = Macro(environment, macro, 'abbreviations', ('plan', 'block'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view, l_1_row):
        t_18 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        pass
        for (l_2_id, l_2_heading) in environment.getattr(l_1_view, 'amount_columns'):
            l_2_has = l_2_stated = missing
            _loop_vars = {}
            pass
            l_2_has = (l_2_id in environment.getattr(l_1_row, 'computed'))
            _loop_vars['has'] = l_2_has
            l_2_stated = environment.getitem(environment.getattr(l_1_row, 'cells'), l_2_id)
            _loop_vars['stated'] = l_2_stated
            t_18.append(
                '<td class="num">',
            )
            if ((not t_14((undefined(name='stated') if l_2_stated is missing else l_2_stated))) or (not (undefined(name='has') if l_2_has is missing else l_2_has))):
                pass
                t_18.append(
                    escape(environment.finalize(t_1((undefined(name='stated') if l_2_stated is missing else l_2_stated)))),
                )
            if (undefined(name='has') if l_2_has is missing else l_2_has):
                pass
                t_18.extend((
                    ' <span class="computed">beräknat ',
                    escape(environment.finalize(t_1(environment.getitem(environment.getattr(l_1_row, 'computed'), l_2_id)))),
                    '</span>',
                ))
            t_18.append(
                '</td>',
            )
        l_2_id = l_2_heading = l_2_has = l_2_stated = missing
        for (l_2_party, l_2_label) in environment.getattr(l_1_view, 'party_columns'):
            l_2_has = resolve('has')
            l_2_stated = resolve('stated')
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_row, 'kind') == 'result'):
                pass
                t_18.append(
                    '<td class="num"></td>',
                )
            else:
                pass
                l_2_has = (l_2_party in environment.getattr(l_1_row, 'computed_parties'))
                _loop_vars['has'] = l_2_has
                l_2_stated = environment.getitem(environment.getattr(l_1_row, 'parties'), l_2_party)
                _loop_vars['stated'] = l_2_stated
                t_18.append(
                    '<td class="num">',
                )
                if ((not t_14((undefined(name='stated') if l_2_stated is missing else l_2_stated))) or (not (undefined(name='has') if l_2_has is missing else l_2_has))):
                    pass
                    t_18.append(
                        escape(environment.finalize(t_1((undefined(name='stated') if l_2_stated is missing else l_2_stated)))),
                    )
                if (undefined(name='has') if l_2_has is missing else l_2_has):
                    pass
                    t_18.extend((
                        ' <span class="computed">beräknat ',
                        escape(environment.finalize(t_1(environment.getitem(environment.getattr(l_1_row, 'computed_parties'), l_2_party)))),
                        '</span>',
                    ))
                t_18.append(
                    '</td>',
                )
        l_2_party = l_2_label = l_2_has = l_2_stated = missing
        return concat(t_18)
    context.exported_vars.add('amount_cells')
    context.vars['amount_cells'] = l_0_amount_cells = Macro(environment, macro, 'amount_cells', ('view', 'row'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_19 = []
        l_1_b = l_1_cid = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_b = environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget')
        if not isinstance(l_0_table_ids, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_table_ids['count'] = (environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count') + 1)
        l_1_cid = markup_join(('tabell-', environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count'), ))
        t_19.extend((
            '<div class="table-region" role="region" tabindex="0" aria-labelledby="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">\n<table class="budget',
        ))
        if (t_5(environment.getattr(l_1_view, 'budget_rows')) > 15):
            pass
            t_19.append(
                ' long',
            )
        t_19.extend((
            '">\n  <caption id="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">',
            escape(environment.finalize(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'title'))),
        ))
        if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'unit') != 'kr'):
            pass
            t_19.extend((
                ' <span class="unit">(',
                escape(environment.finalize(t_8(environment.getattr(l_1_view, 'unit_text')))),
                ')</span>',
            ))
        t_19.extend((
            '</caption>\n  <thead>\n    <tr><th scope="col">',
            escape(environment.finalize(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'name_heading'))),
            '</th>',
        ))
        for (l_2_id, l_2_heading) in environment.getattr(l_1_view, 'amount_columns'):
            _loop_vars = {}
            pass
            t_19.extend((
                '<th scope="col" class="num">',
                escape(environment.finalize(l_2_heading)),
                '</th>',
            ))
        l_2_id = l_2_heading = missing
        for (l_2_party, l_2_label) in environment.getattr(l_1_view, 'party_columns'):
            _loop_vars = {}
            pass
            t_19.extend((
                '<th scope="col" class="num">',
                escape(environment.finalize(l_2_label)),
                '</th>',
            ))
        l_2_party = l_2_label = missing
        t_19.append(
            '</tr>\n  </thead>\n  <tbody>\n',
        )
        def t_20(fiter):
            for l_2_row in fiter:
                if (environment.getattr(l_2_row, 'kind') != 'total'):
                    yield l_2_row
        for l_2_row in t_20(environment.getattr(l_1_view, 'budget_rows')):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_row, 'kind') == 'group'):
                pass
                t_19.append(
                    '    <tr class="group"',
                )
                if environment.getattr(l_2_row, 'path'):
                    pass
                    t_19.extend((
                        ' data-plan-path="',
                        escape(environment.finalize(environment.getattr(l_2_row, 'path'))),
                        '"',
                    ))
                t_19.extend((
                    '><th scope="rowgroup" colspan="',
                    escape(environment.finalize(((1 + t_5(environment.getattr(l_1_view, 'amount_columns'))) + t_5(environment.getattr(l_1_view, 'party_columns'))))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_row, 'name'))),
                    '</th></tr>\n',
                ))
            else:
                pass
                t_19.extend((
                    '    <tr class="',
                    escape(environment.finalize(environment.getattr(l_2_row, 'kind'))),
                    '"',
                ))
                if environment.getattr(l_2_row, 'path'):
                    pass
                    t_19.extend((
                        ' data-plan-path="',
                        escape(environment.finalize(environment.getattr(l_2_row, 'path'))),
                        '"',
                    ))
                t_19.extend((
                    '><th scope="row">',
                    escape(environment.finalize(environment.getattr(l_2_row, 'name'))),
                    '</th>',
                    escape(environment.finalize(environment.call(context, (undefined(name='amount_cells') if l_0_amount_cells is missing else l_0_amount_cells), l_1_view, l_2_row, _loop_vars=_loop_vars))),
                    '</tr>\n',
                ))
        l_2_row = missing
        t_19.append(
            '  </tbody>\n  <tfoot>\n',
        )
        def t_21(fiter):
            for l_2_row in fiter:
                if (environment.getattr(l_2_row, 'kind') == 'total'):
                    yield l_2_row
        for l_2_row in t_21(environment.getattr(l_1_view, 'budget_rows')):
            _loop_vars = {}
            pass
            t_19.append(
                '    <tr class="total"',
            )
            if environment.getattr(l_2_row, 'path'):
                pass
                t_19.extend((
                    ' data-plan-path="',
                    escape(environment.finalize(environment.getattr(l_2_row, 'path'))),
                    '"',
                ))
            t_19.extend((
                '><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_row, 'name'))),
                '</th>',
                escape(environment.finalize(environment.call(context, (undefined(name='amount_cells') if l_0_amount_cells is missing else l_0_amount_cells), l_1_view, l_2_row, _loop_vars=_loop_vars))),
                '</tr>\n',
            ))
        l_2_row = missing
        t_19.extend((
            '  </tfoot>\n</table>\n</div>\n<p class="meta">',
            escape(environment.finalize(environment.getattr(l_1_view, 'unit_text'))),
            '. Tabellen visar planens angivna belopp.',
        ))
        if (t_6(context.eval_ctx, t_13(context, environment.getattr(l_1_view, 'budget_rows'), 'computed')) or t_6(context.eval_ctx, t_13(context, environment.getattr(l_1_view, 'budget_rows'), 'computed_parties'))):
            pass
            t_19.append(
                ' Där en summa eller ett resultat som räknas fram ur raderna skiljer sig från det angivna, eller planen inte anger något, står det beräknade beloppet i cellen, märkt beräknat.',
            )
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'cost_centre'):
            pass
            t_19.extend((
                ' Ansvar ',
                escape(environment.finalize(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'cost_centre'))),
                '.',
            ))
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'activity'):
            pass
            t_19.extend((
                ' Aktivitet ',
                escape(environment.finalize(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'activity'))),
                '.',
            ))
        if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_by'):
            pass
            t_19.extend((
                ' Beslutas av ',
                escape(environment.finalize(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_by'))),
            ))
            if environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_when'):
                pass
                t_19.extend((
                    ' ',
                    escape(environment.finalize(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'decided_when'))),
                ))
            t_19.append(
                '.',
            )
        if (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'status') == 'preliminary'):
            pass
            t_19.append(
                ' Status: förhandsbeslutad (preliminär).',
            )
        elif (environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'status') == 'decided'):
            pass
            t_19.append(
                ' Status: beslutad.',
            )
        t_19.append(
            '</p>',
        )
        return concat(t_19)
    context.exported_vars.add('budget')
    context.vars['budget'] = l_0_budget = Macro(environment, macro, 'budget', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_22 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_22.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Finansierande parter">\n<table class="parties">\n  <thead><tr><th scope="col">Part</th><th scope="col">Namn</th><th scope="col">Kolumn i budgeten</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_party in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'parties'):
            _loop_vars = {}
            pass
            t_22.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_party, 'id'))),
                '</th><td>',
                escape(environment.finalize(environment.getattr(l_2_party, 'name'))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_party, 'column') or ''))),
                '</td></tr>\n',
            ))
        l_2_party = missing
        t_22.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_22)
    context.exported_vars.add('parties')
    context.vars['parties'] = l_0_parties = Macro(environment, macro, 'parties', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_23 = []
        l_1_keys = l_1_party_ids = l_1_with_basis = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_keys = environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'split_keys')
        l_1_party_ids = environment.getattr(l_1_view, 'split_key_parties')
        l_1_with_basis = (t_5(t_6(context.eval_ctx, t_13(context, (undefined(name='keys') if l_1_keys is missing else l_1_keys), 'basis'))) > 0)
        t_23.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Fördelningsnycklar">\n<table class="split-keys">\n  <thead><tr><th scope="col">Fördelningsnyckel</th>',
        )
        if (undefined(name='with_basis') if l_1_with_basis is missing else l_1_with_basis):
            pass
            t_23.append(
                '<th scope="col">Fördelning</th>',
            )
        for l_2_party in (undefined(name='party_ids') if l_1_party_ids is missing else l_1_party_ids):
            _loop_vars = {}
            pass
            t_23.extend((
                '<th scope="col" class="num">',
                escape(environment.finalize(l_2_party)),
                '</th>',
            ))
        l_2_party = missing
        t_23.append(
            '</tr></thead>\n  <tbody>\n',
        )
        for l_2_key in (undefined(name='keys') if l_1_keys is missing else l_1_keys):
            _loop_vars = {}
            pass
            t_23.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(t_10(environment.getattr(l_2_key, 'text')))),
                '</th>',
            ))
            if (undefined(name='with_basis') if l_1_with_basis is missing else l_1_with_basis):
                pass
                t_23.append(
                    '<td>',
                )
                if environment.getattr(l_2_key, 'basis'):
                    pass
                    t_23.append(
                        escape(environment.finalize(environment.call(context, environment.getattr(l_1_view, 'basis_text'), environment.getattr(l_2_key, 'basis'), _loop_vars=_loop_vars))),
                    )
                    if environment.getattr(environment.getattr(l_2_key, 'basis'), 'members'):
                        pass
                        t_23.extend((
                            ' (',
                            escape(environment.finalize(environment.call(context, environment.getattr(l_1_view, 'names_text'), environment.getattr(environment.getattr(l_2_key, 'basis'), 'members'), _loop_vars=_loop_vars))),
                            ')',
                        ))
                t_23.append(
                    '</td>',
                )
            for l_3_party in (undefined(name='party_ids') if l_1_party_ids is missing else l_1_party_ids):
                _loop_vars = {}
                pass
                t_23.extend((
                    '<td class="num">',
                    escape(environment.finalize((t_11(environment.getitem(environment.getattr(l_2_key, 'shares'), l_3_party)) if (environment.getattr(l_2_key, 'shares') and (l_3_party in environment.getattr(l_2_key, 'shares'))) else '–'))),
                    '</td>',
                ))
            l_3_party = missing
            t_23.append(
                '</tr>\n',
            )
        l_2_key = missing
        t_23.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_23)
    context.exported_vars.add('split_keys')
    context.vars['split_keys'] = l_0_split_keys = Macro(environment, macro, 'split_keys', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_24 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_24.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Finansieringskällor">\n<table class="sources">\n  <thead><tr><th scope="col">Finansieringskälla</th><th scope="col" class="num">Andel</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_source in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'sources'):
            _loop_vars = {}
            pass
            t_24.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_source, 'name'))),
            ))
            if environment.getattr(l_2_source, 'short_name'):
                pass
                t_24.extend((
                    ' (',
                    escape(environment.finalize(environment.getattr(l_2_source, 'short_name'))),
                    ')',
                ))
            t_24.extend((
                '</th><td class="num">',
                escape(environment.finalize(t_11(environment.getattr(l_2_source, 'share')))),
                '</td></tr>\n',
            ))
        l_2_source = missing
        t_24.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_24)
    context.exported_vars.add('sources')
    context.vars['sources'] = l_0_sources = Macro(environment, macro, 'sources', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view):
        t_25 = []
        l_1_cid = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        if not isinstance(l_0_table_ids, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_table_ids['count'] = (environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count') + 1)
        l_1_cid = markup_join(('tabell-', environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count'), ))
        t_25.extend((
            '<div class="table-region" role="region" tabindex="0" aria-labelledby="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">\n<table class="sources computed-table">\n  <caption id="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">Budgetens kostnader fördelade efter finansieringskällornas andelar (beräknat)</caption>\n  <thead><tr><th scope="col">Finansieringskälla</th><th scope="col" class="num">Andel</th><th scope="col" class="num">Belopp, beräknat</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_source in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'sources'):
            _loop_vars = {}
            pass
            t_25.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_source, 'name'))),
            ))
            if environment.getattr(l_2_source, 'short_name'):
                pass
                t_25.extend((
                    ' (',
                    escape(environment.finalize(environment.getattr(l_2_source, 'short_name'))),
                    ')',
                ))
            t_25.extend((
                '</th><td class="num">',
                escape(environment.finalize(t_11(environment.getattr(l_2_source, 'share')))),
                '</td><td class="num">',
                escape(environment.finalize(t_4(environment.getitem(environment.getattr(l_1_view, 'source_amounts'), environment.getattr(l_2_source, 'id'))))),
                '</td></tr>\n',
            ))
        l_2_source = missing
        t_25.extend((
            '  </tbody>\n  <tfoot><tr class="total"><th scope="row">Totalt</th><td></td><td class="num">',
            escape(environment.finalize(t_4(environment.call(context, environment.getattr(environment.getattr(l_1_view, 'split'), 'total'))))),
            '</td></tr></tfoot>\n</table>\n</div>\n<p class="meta">Belopp i kronor, avrundade till hela kronor (största rest).</p>',
        ))
        return concat(t_25)
    context.exported_vars.add('source_amounts')
    context.vars['source_amounts'] = l_0_source_amounts = Macro(environment, macro, 'source_amounts', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_26 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_26.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Fakturering">\n<table class="invoicing">\n  <thead><tr><th scope="col">Fakturerar</th><th scope="col">Faktureras</th><th scope="col">Avser</th><th scope="col">Hur ofta</th><th scope="col">Fördelning</th><th scope="col">Avstämning</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_rule in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'invoicing'):
            _loop_vars = {}
            pass
            t_26.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_rule, 'invoicer'))),
                '</th><td>',
                escape(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_2_rule, 'recipients'), ', '))),
                '</td><td>',
                escape(environment.finalize(environment.getattr(l_2_rule, 'subject'))),
                '</td><td>',
                escape(environment.finalize(environment.call(context, environment.getattr(l_1_view, 'frequency_text'), environment.getattr(l_2_rule, 'frequency'), _loop_vars=_loop_vars))),
                '</td><td>',
            ))
            if (environment.getattr(l_2_rule, 'allocation') == 'population'):
                pass
                t_26.append(
                    'efter folkmängd',
                )
            if environment.getattr(l_2_rule, 'basis'):
                pass
                if environment.getattr(l_2_rule, 'allocation'):
                    pass
                    t_26.append(
                        ': ',
                    )
                t_26.append(
                    escape(environment.finalize(environment.getattr(l_2_rule, 'basis'))),
                )
            t_26.extend((
                '</td><td>',
                escape(environment.finalize(environment.call(context, environment.getattr(l_1_view, 'months_text'), environment.getattr(l_2_rule, 'reconciliation_months'), _loop_vars=_loop_vars))),
                '</td></tr>\n',
            ))
        l_2_rule = missing
        t_26.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_26)
    context.exported_vars.add('invoicing')
    context.vars['invoicing'] = l_0_invoicing = Macro(environment, macro, 'invoicing', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view, l_1_block):
        t_27 = []
        l_1_s = l_1_labels = l_1_cid = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_s = environment.getattr(l_1_view, 'split')
        l_1_labels = environment.getattr(l_1_view, 'party_labels')
        if not isinstance(l_0_table_ids, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_table_ids['count'] = (environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count') + 1)
        l_1_cid = markup_join(('tabell-', environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count'), ))
        t_27.extend((
            '<div class="table-region" role="region" tabindex="0" aria-labelledby="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">\n<table class="split',
        ))
        if (t_5(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties')) > 4):
            pass
            t_27.append(
                ' wide',
            )
        t_27.extend((
            '">\n  <caption id="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">Budgeten fördelad per part enligt fördelningsnycklarna (beräknad)</caption>\n  <thead><tr><th scope="col">Rad</th><th scope="col">Fördelningsnyckel</th><th scope="col" class="num">Belopp</th>',
        ))
        for l_2_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties'):
            _loop_vars = {}
            pass
            t_27.extend((
                '<th scope="col" class="num">',
                escape(environment.finalize(environment.getitem((undefined(name='labels') if l_1_labels is missing else l_1_labels), l_2_party))),
                '</th>',
            ))
        l_2_party = missing
        t_27.append(
            '</tr></thead>\n  <tbody>\n',
        )
        for l_2_line in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'lines'):
            _loop_vars = {}
            pass
            t_27.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_line, 'name'))),
                '</th><td>',
                escape(environment.finalize(environment.getattr(l_2_line, 'key_text'))),
                '</td><td class="num">',
                escape(environment.finalize(t_1(environment.getattr(l_2_line, 'amount')))),
                '</td>',
            ))
            for l_3_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties'):
                l_3_stated = missing
                _loop_vars = {}
                pass
                l_3_stated = ((not t_14(environment.getattr(l_2_line, 'stated'))) and (l_3_party in environment.getattr(l_2_line, 'stated')))
                _loop_vars['stated'] = l_3_stated
                t_27.extend((
                    '<td class="num">',
                    escape(environment.finalize(t_1(environment.getitem(environment.getattr(l_2_line, 'shown'), l_3_party)))),
                ))
                if (((undefined(name='stated') if l_3_stated is missing else l_3_stated) and (l_3_party in environment.getattr(l_2_line, 'computed'))) and (environment.getitem(environment.getattr(l_2_line, 'computed'), l_3_party) != environment.getitem(environment.getattr(l_2_line, 'stated'), l_3_party))):
                    pass
                    t_27.extend((
                        ' <span class="computed">beräknat ',
                        escape(environment.finalize(t_1(environment.getitem(environment.getattr(l_2_line, 'computed'), l_3_party)))),
                        '</span>',
                    ))
                t_27.append(
                    '</td>',
                )
            l_3_party = l_3_stated = missing
            t_27.append(
                '</tr>\n',
            )
        l_2_line = missing
        t_27.append(
            '  </tbody>\n  <tfoot><tr class="total"><th scope="row">Totalt</th><td></td><td class="num">',
        )
        if (not t_14(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount'))):
            pass
            t_27.append(
                escape(environment.finalize(t_1(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount')))),
            )
        if (t_14(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount')) or (environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_amount') != environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'total')))):
            pass
            t_27.extend((
                ' <span class="computed">beräknat ',
                escape(environment.finalize(t_1(environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'total'))))),
                '</span>',
            ))
        t_27.append(
            '</td>',
        )
        for l_2_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'parties'):
            l_2_stated = missing
            _loop_vars = {}
            pass
            l_2_stated = (environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_totals'), l_2_party) if ((not t_14(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_totals'))) and (l_2_party in environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'stated_totals'))) else None)
            _loop_vars['stated'] = l_2_stated
            t_27.append(
                '<td class="num">',
            )
            if (not t_14((undefined(name='stated') if l_2_stated is missing else l_2_stated))):
                pass
                t_27.append(
                    escape(environment.finalize(t_1((undefined(name='stated') if l_2_stated is missing else l_2_stated)))),
                )
            if (t_14((undefined(name='stated') if l_2_stated is missing else l_2_stated)) or (environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'shown_totals'), l_2_party) != (undefined(name='stated') if l_2_stated is missing else l_2_stated))):
                pass
                t_27.extend((
                    ' <span class="computed">beräknat ',
                    escape(environment.finalize(t_1(environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'shown_totals'), l_2_party)))),
                    '</span>',
                ))
            if (environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'totals'), l_2_party) != environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'shown_totals'), l_2_party)):
                pass
                t_27.extend((
                    ' <span class="computed">enligt nycklarna ',
                    escape(environment.finalize(t_1(environment.getitem(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'totals'), l_2_party)))),
                    '</span>',
                ))
            t_27.append(
                '</td>',
            )
        l_2_party = l_2_stated = missing
        t_27.append(
            '</tr></tfoot>\n</table>\n</div>\n<p class="meta">Belopp i kronor. Där planen anger beloppen per part visas de som de står; där fördelningsnyckeln ger ett annat belopp står det under, märkt beräknat. Övriga belopp är beräknade med fördelningsnycklarna och avrundade till hela kronor (största rest).</p>',
        )
        return concat(t_27)
    context.exported_vars.add('split')
    context.vars['split'] = l_0_split = Macro(environment, macro, 'split', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block, l_1_kind):
        t_28 = []
        l_1_headings = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        l_1_headings = (environment.getattr(l_1_block, 'headings') if (l_1_block and environment.getattr(l_1_block, 'headings')) else (['Beslutsforum', 'Arbetsuppgifter/beslut', 'Deltagare', 'Frekvens', 'Kallar'] if (l_1_kind == 'decision_forums') else ['Arbetsforum', 'Arbetsuppgifter', 'Deltagare', 'Frekvens', 'Kallar']))
        t_28.extend((
            '<div class="table-region" role="region" tabindex="0" aria-label="',
            escape(environment.finalize(('Beslutsforum' if (l_1_kind == 'decision_forums') else 'Arbetsforum'))),
            '">\n<table class="forums">\n  <thead><tr>',
        ))
        for l_2_heading in (undefined(name='headings') if l_1_headings is missing else l_1_headings):
            _loop_vars = {}
            pass
            t_28.extend((
                '<th scope="col">',
                escape(environment.finalize(l_2_heading)),
                '</th>',
            ))
        l_2_heading = missing
        t_28.append(
            '</tr></thead>\n  <tbody>\n',
        )
        for l_2_forum in environment.getitem(environment.getattr(environment.getattr(l_1_view, 'plan'), 'organisation'), l_1_kind):
            _loop_vars = {}
            pass
            t_28.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_forum, 'name'))),
                '</th><td>',
                escape(environment.finalize(t_10((environment.getattr(l_2_forum, 'tasks') or '')))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_forum, 'participants') or ''))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_forum, 'frequency') or ''))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_forum, 'convener') or ''))),
                '</td></tr>\n',
            ))
        l_2_forum = missing
        t_28.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_28)
    context.exported_vars.add('forums')
    context.vars['forums'] = l_0_forums = Macro(environment, macro, 'forums', ('view', 'block', 'kind'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_29 = []
        l_1_headings = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_headings = (environment.getattr(l_1_block, 'headings') if (l_1_block and environment.getattr(l_1_block, 'headings')) else ['System', 'Beskrivning av beroende'])
        t_29.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Närliggande system">\n<table class="related-systems">\n  <thead><tr>',
        )
        for l_2_heading in (undefined(name='headings') if l_1_headings is missing else l_1_headings):
            _loop_vars = {}
            pass
            t_29.extend((
                '<th scope="col">',
                escape(environment.finalize(l_2_heading)),
                '</th>',
            ))
        l_2_heading = missing
        t_29.append(
            '</tr></thead>\n  <tbody>\n',
        )
        for l_2_system in environment.getattr(environment.getattr(l_1_view, 'plan'), 'related_systems'):
            _loop_vars = {}
            pass
            t_29.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_system, 'name'))),
                '</th><td>',
                escape(environment.finalize(t_10(environment.getattr(l_2_system, 'dependency')))),
                '</td></tr>\n',
            ))
        l_2_system = missing
        t_29.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_29)
    context.exported_vars.add('related_systems')
    context.vars['related_systems'] = l_0_related_systems = Macro(environment, macro, 'related_systems', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_30 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_30.append(
            '<ul class="references">\n',
        )
        for l_2_reference in environment.getattr(environment.getattr(l_1_view, 'plan'), 'references'):
            _loop_vars = {}
            pass
            t_30.append(
                '  <li>',
            )
            if (not t_14(environment.getattr(l_2_reference, 'url'))):
                pass
                t_30.append(
                    escape(environment.finalize(t_10(markup_join(('[', environment.getattr(l_2_reference, 'title'), '](', environment.getattr(l_2_reference, 'url'), ')', ))))),
                )
            else:
                pass
                t_30.append(
                    escape(environment.finalize(environment.getattr(l_2_reference, 'title'))),
                )
            t_30.append(
                '</li>\n',
            )
        l_2_reference = missing
        t_30.append(
            '</ul>',
        )
        return concat(t_30)
    context.exported_vars.add('references')
    context.vars['references'] = l_0_references = Macro(environment, macro, 'references', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_31 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_31.append(
            '<ul class="contacts">\n',
        )
        for l_2_contact in environment.getattr(environment.getattr(l_1_view, 'plan'), 'contacts'):
            _loop_vars = {}
            pass
            t_31.append(
                '  <li>',
            )
            if environment.getattr(l_2_contact, 'name'):
                pass
                t_31.extend((
                    escape(environment.finalize(environment.getattr(l_2_contact, 'name'))),
                    ': ',
                ))
            t_31.extend((
                '<a href="mailto:',
                escape(environment.finalize(environment.getattr(l_2_contact, 'email'))),
                '">',
                escape(environment.finalize(environment.getattr(l_2_contact, 'email'))),
                '</a>',
            ))
            if environment.getattr(l_2_contact, 'purpose'):
                pass
                t_31.extend((
                    ' – ',
                    escape(environment.finalize(environment.getattr(l_2_contact, 'purpose'))),
                ))
            t_31.append(
                '</li>\n',
            )
        l_2_contact = missing
        t_31.append(
            '</ul>',
        )
        return concat(t_31)
    context.exported_vars.add('contacts')
    context.vars['contacts'] = l_0_contacts = Macro(environment, macro, 'contacts', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_texts):
        t_32 = []
        if l_1_texts is missing:
            l_1_texts = undefined("parameter 'texts' was not provided", name='texts')
        pass
        l_2_loop = missing
        for l_2_text, l_2_loop in LoopContext(l_1_texts, undefined):
            _loop_vars = {}
            pass
            t_32.append(
                escape(environment.finalize(l_2_text)),
            )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_32.append(
                    '<br>',
                )
        l_2_loop = l_2_text = missing
        return concat(t_32)
    context.exported_vars.add('lines')
    context.vars['lines'] = l_0_lines = Macro(environment, macro, 'lines', ('texts',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block, l_1_caption):
        t_33 = []
        l_1_cid = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = None
        if l_1_caption is missing:
            l_1_caption = False
        pass
        if not isinstance(l_0_table_ids, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_table_ids['count'] = (environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count') + 1)
        l_1_cid = markup_join(('tabell-', environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count'), ))
        t_33.append(
            '<div class="table-region" role="region" tabindex="0"',
        )
        if l_1_caption:
            pass
            t_33.extend((
                ' aria-labelledby="',
                escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
                '"',
            ))
        else:
            pass
            t_33.append(
                ' aria-label="Revisionshistorik"',
            )
        t_33.append(
            '>\n<table class="revisions part"',
        )
        if (not l_1_caption):
            pass
            t_33.append(
                ' aria-label="Revisionshistorik"',
            )
        t_33.append(
            '>\n',
        )
        if l_1_caption:
            pass
            t_33.extend((
                '  <caption id="',
                escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
                '">Revisionshistorik</caption>\n',
            ))
        t_33.append(
            '  <thead><tr><th scope="col">Version</th><th scope="col">Datum</th><th scope="col">Ändring</th><th scope="col">Av</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_revision in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'document'), 'revisions'):
            _loop_vars = {}
            pass
            t_33.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize((environment.getattr(l_2_revision, 'version') or ''))),
                '</th><td>',
                escape(environment.finalize(t_2(environment.getattr(l_2_revision, 'date')))),
                '</td><td>',
                escape(environment.finalize(environment.getattr(l_2_revision, 'change'))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_revision, 'by') or ''))),
                '</td></tr>\n',
            ))
        l_2_revision = missing
        t_33.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_33)
    context.exported_vars.add('revisions')
    context.vars['revisions'] = l_0_revisions = Macro(environment, macro, 'revisions', ('view', 'block', 'caption'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_34 = []
        l_1_goals = l_1_owners = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_goals = environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'goals'), 'measurable')
        l_1_owners = (t_5(t_6(context.eval_ctx, t_13(context, (undefined(name='goals') if l_1_goals is missing else l_1_goals), 'owner'))) > 0)
        t_34.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Mätbara mål">\n<table class="measurable-goals part" aria-label="Mätbara mål">\n  <thead><tr><th scope="col">Mål</th><th scope="col">Indikator</th><th scope="col">Utgångsläge</th><th scope="col">Målvärde</th><th scope="col">Utfall</th><th scope="col">Klart</th>',
        )
        if (undefined(name='owners') if l_1_owners is missing else l_1_owners):
            pass
            t_34.append(
                '<th scope="col">Ansvarig</th>',
            )
        t_34.append(
            '</tr></thead>\n  <tbody>\n',
        )
        for l_2_goal in (undefined(name='goals') if l_1_goals is missing else l_1_goals):
            _loop_vars = {}
            pass
            t_34.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(t_10(environment.getattr(l_2_goal, 'goal')))),
                '</th><td>',
                escape(environment.finalize(environment.getattr(l_2_goal, 'indicator'))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_goal, 'baseline') or ''))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_goal, 'target') or ''))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_goal, 'outcome') or ''))),
                '</td><td class="when">',
                escape(environment.finalize((environment.getattr(l_2_goal, 'due') or ''))),
                '</td>',
            ))
            if (undefined(name='owners') if l_1_owners is missing else l_1_owners):
                pass
                t_34.extend((
                    '<td>',
                    escape(environment.finalize((environment.getattr(l_2_goal, 'owner') or ''))),
                    '</td>',
                ))
            t_34.append(
                '</tr>\n',
            )
        l_2_goal = missing
        t_34.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_34)
    context.exported_vars.add('measurable_goals')
    context.vars['measurable_goals'] = l_0_measurable_goals = Macro(environment, macro, 'measurable_goals', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_kind, l_1_heading, l_1_caption):
        t_35 = []
        l_1_scope = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        pass
        l_1_scope = environment.getattr(environment.getattr(l_1_view, 'plan'), 'scope')
        if ((l_1_kind == 'processes') and environment.getattr((undefined(name='scope') if l_1_scope is missing else l_1_scope), 'description')):
            pass
            t_35.extend((
                escape(environment.finalize(t_9(environment.getattr((undefined(name='scope') if l_1_scope is missing else l_1_scope), 'description')))),
                '\n',
            ))
        if environment.getitem((undefined(name='scope') if l_1_scope is missing else l_1_scope), l_1_kind):
            pass
            t_35.extend((
                '<div class="table-region" role="region" tabindex="0" aria-label="',
                escape(environment.finalize(l_1_caption)),
                '">\n<table class="scope-',
                escape(environment.finalize(l_1_kind)),
                ' part" aria-label="',
                escape(environment.finalize(l_1_caption)),
                '">\n  <thead><tr><th scope="col">',
                escape(environment.finalize(l_1_heading)),
                '</th><th scope="col">Beskrivning</th></tr></thead>\n  <tbody>\n',
            ))
            for l_2_entry in environment.getitem((undefined(name='scope') if l_1_scope is missing else l_1_scope), l_1_kind):
                _loop_vars = {}
                pass
                t_35.extend((
                    '    <tr><th scope="row">',
                    escape(environment.finalize(environment.getattr(l_2_entry, 'name'))),
                    '</th><td>',
                    escape(environment.finalize(t_10((environment.getattr(l_2_entry, 'description') or '')))),
                    '</td></tr>\n',
                ))
            l_2_entry = missing
            t_35.append(
                '  </tbody>\n</table>\n</div>\n',
            )
        return concat(t_35)
    context.exported_vars.add('scope_entries')
    context.vars['scope_entries'] = l_0_scope_entries = Macro(environment, macro, 'scope_entries', ('view', 'kind', 'heading', 'caption'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_36 = []
        l_1_groups = l_1_described = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_groups = environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'scope'), 'user_groups')
        l_1_described = (t_5(t_6(context.eval_ctx, t_13(context, (undefined(name='groups') if l_1_groups is missing else l_1_groups), 'description'))) > 0)
        t_36.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Användargrupper">\n<table class="user-groups part" aria-label="Användargrupper">\n  <thead><tr><th scope="col">Användargrupp</th>',
        )
        if (undefined(name='described') if l_1_described is missing else l_1_described):
            pass
            t_36.append(
                '<th scope="col">Beskrivning</th>',
            )
        t_36.append(
            '<th scope="col" class="num">Antal</th><th scope="col">Volym</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_group in (undefined(name='groups') if l_1_groups is missing else l_1_groups):
            _loop_vars = {}
            pass
            t_36.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_group, 'name'))),
                '</th>',
            ))
            if (undefined(name='described') if l_1_described is missing else l_1_described):
                pass
                t_36.extend((
                    '<td>',
                    escape(environment.finalize(t_10((environment.getattr(l_2_group, 'description') or '')))),
                    '</td>',
                ))
            t_36.append(
                '<td class="num">',
            )
            if (not t_14(environment.getattr(l_2_group, 'count'))):
                pass
                t_36.append(
                    escape(environment.finalize(t_1(environment.getattr(l_2_group, 'count')))),
                )
            t_36.extend((
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_group, 'volume') or ''))),
                '</td></tr>\n',
            ))
        l_2_group = missing
        t_36.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_36)
    context.exported_vars.add('user_groups')
    context.vars['user_groups'] = l_0_user_groups = Macro(environment, macro, 'user_groups', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_37 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_37.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Intressenter">\n<table class="stakeholders part" aria-label="Intressenter">\n  <thead><tr><th scope="col">Intressent</th><th scope="col">Intresse</th><th scope="col">Involvering</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_stakeholder in environment.getattr(environment.getattr(l_1_view, 'plan'), 'stakeholders'):
            _loop_vars = {}
            pass
            t_37.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_stakeholder, 'name'))),
                '</th><td>',
                escape(environment.finalize(t_10((environment.getattr(l_2_stakeholder, 'interest') or '')))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_stakeholder, 'involvement') or ''))),
                '</td></tr>\n',
            ))
        l_2_stakeholder = missing
        t_37.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_37)
    context.exported_vars.add('stakeholders')
    context.vars['stakeholders'] = l_0_stakeholders = Macro(environment, macro, 'stakeholders', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_38 = []
        l_1_responsibilities = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_responsibilities = (t_5(t_6(context.eval_ctx, t_13(context, environment.getattr(environment.getattr(l_1_view, 'plan'), 'roles'), 'responsibility'))) > 0)
        t_38.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Roller">\n<table class="roles part" aria-label="Roller">\n  <thead><tr><th scope="col">Roll</th><th scope="col">Namn</th><th scope="col">Organisation</th><th scope="col">Kontakt</th>',
        )
        if (undefined(name='responsibilities') if l_1_responsibilities is missing else l_1_responsibilities):
            pass
            t_38.append(
                '<th scope="col">Ansvar</th>',
            )
        t_38.append(
            '</tr></thead>\n  <tbody>\n',
        )
        for l_2_role in environment.getattr(environment.getattr(l_1_view, 'plan'), 'roles'):
            _loop_vars = {}
            pass
            t_38.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_role, 'role'))),
                '</th><td>',
                escape(environment.finalize((environment.getattr(l_2_role, 'name') or 'vakant'))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_role, 'organisation') or ''))),
                '</td><td class="contact">',
                escape(environment.finalize(environment.call(context, (undefined(name='lines') if l_0_lines is missing else l_0_lines), t_6(context.eval_ctx, t_12(context, [environment.getattr(l_2_role, 'email'), environment.getattr(l_2_role, 'phone')])), _loop_vars=_loop_vars))),
                '</td>',
            ))
            if (undefined(name='responsibilities') if l_1_responsibilities is missing else l_1_responsibilities):
                pass
                t_38.extend((
                    '<td>',
                    escape(environment.finalize(t_10((environment.getattr(l_2_role, 'responsibility') or '')))),
                    '</td>',
                ))
            t_38.append(
                '</tr>\n',
            )
        l_2_role = missing
        t_38.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_38)
    context.exported_vars.add('roles')
    context.vars['roles'] = l_0_roles = Macro(environment, macro, 'roles', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_39 = []
        l_1_unit = l_1_described = l_1_owned = l_1_timed = l_1_width = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_unit = (environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget'), 'unit') if environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget') else 'kr')
        l_1_described = (t_5(t_6(context.eval_ctx, t_13(context, environment.getattr(environment.getattr(l_1_view, 'plan'), 'activities'), 'description'))) > 0)
        l_1_owned = (t_5(t_6(context.eval_ctx, t_13(context, environment.getattr(environment.getattr(l_1_view, 'plan'), 'activities'), 'owner'))) > 0)
        l_1_timed = (t_5(t_6(context.eval_ctx, t_13(context, environment.getattr(environment.getattr(l_1_view, 'plan'), 'activities'), 'when'))) > 0)
        l_1_width = (((1 + (1 if (undefined(name='described') if l_1_described is missing else l_1_described) else 0)) + (1 if (undefined(name='owned') if l_1_owned is missing else l_1_owned) else 0)) + (1 if (undefined(name='timed') if l_1_timed is missing else l_1_timed) else 0))
        t_39.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Förvaltningsaktiviteter per aktivitetstyp">\n<table class="activities part',
        )
        if (t_5(environment.getattr(environment.getattr(l_1_view, 'plan'), 'activities')) > 12):
            pass
            t_39.append(
                ' long',
            )
        t_39.append(
            '" aria-label="Förvaltningsaktiviteter per aktivitetstyp">\n  <thead><tr><th scope="col">Aktivitet</th>',
        )
        if (undefined(name='described') if l_1_described is missing else l_1_described):
            pass
            t_39.append(
                '<th scope="col">Beskrivning</th>',
            )
        if (undefined(name='owned') if l_1_owned is missing else l_1_owned):
            pass
            t_39.append(
                '<th scope="col">Ansvarig</th>',
            )
        if (undefined(name='timed') if l_1_timed is missing else l_1_timed):
            pass
            t_39.append(
                '<th scope="col">När</th>',
            )
        t_39.extend((
            '<th scope="col" class="num">Belopp (',
            escape(environment.finalize((undefined(name='unit') if l_1_unit is missing else l_1_unit))),
            ')</th></tr></thead>\n',
        ))
        for l_2_group in environment.getattr(l_1_view, 'activity_groups'):
            _loop_vars = {}
            pass
            t_39.extend((
                '  <tbody>\n    <tr class="group"><th scope="rowgroup" colspan="',
                escape(environment.finalize(((undefined(name='width') if l_1_width is missing else l_1_width) + 1))),
                '">',
                escape(environment.finalize(environment.getattr(l_2_group, 'label'))),
                '</th></tr>\n',
            ))
            for l_3_activity in environment.getattr(l_2_group, 'activities'):
                _loop_vars = {}
                pass
                t_39.extend((
                    '    <tr><th scope="row">',
                    escape(environment.finalize(environment.getattr(l_3_activity, 'name'))),
                    '</th>',
                ))
                if (undefined(name='described') if l_1_described is missing else l_1_described):
                    pass
                    t_39.extend((
                        '<td>',
                        escape(environment.finalize(t_10((environment.getattr(l_3_activity, 'description') or '')))),
                        '</td>',
                    ))
                if (undefined(name='owned') if l_1_owned is missing else l_1_owned):
                    pass
                    t_39.extend((
                        '<td>',
                        escape(environment.finalize((environment.getattr(l_3_activity, 'owner') or ''))),
                        '</td>',
                    ))
                if (undefined(name='timed') if l_1_timed is missing else l_1_timed):
                    pass
                    t_39.extend((
                        '<td>',
                        escape(environment.finalize((environment.getattr(l_3_activity, 'when') or ''))),
                        '</td>',
                    ))
                t_39.extend((
                    '<td class="num">',
                    escape(environment.finalize(t_1(environment.getattr(l_3_activity, 'amount')))),
                    '</td></tr>\n',
                ))
            l_3_activity = missing
            t_39.append(
                '    <tr class="subtotal"><th scope="row"',
            )
            if ((undefined(name='width') if l_1_width is missing else l_1_width) > 1):
                pass
                t_39.extend((
                    ' colspan="',
                    escape(environment.finalize((undefined(name='width') if l_1_width is missing else l_1_width))),
                    '"',
                ))
            t_39.extend((
                '>Summa ',
                escape(environment.finalize(t_8(environment.getattr(l_2_group, 'label')))),
                ' (beräknat',
            ))
            if environment.getattr(l_2_group, 'missing'):
                pass
                t_39.extend((
                    '; ',
                    escape(environment.finalize(environment.getattr(l_2_group, 'missing'))),
                    ' utan belopp',
                ))
            t_39.extend((
                ')</th><td class="num">',
                escape(environment.finalize(t_1(environment.getattr(l_2_group, 'sum')))),
                '</td></tr>\n  </tbody>\n',
            ))
        l_2_group = missing
        if environment.getattr(l_1_view, 'activity_total'):
            pass
            t_39.append(
                '  <tfoot><tr class="total"><th scope="row"',
            )
            if ((undefined(name='width') if l_1_width is missing else l_1_width) > 1):
                pass
                t_39.extend((
                    ' colspan="',
                    escape(environment.finalize((undefined(name='width') if l_1_width is missing else l_1_width))),
                    '"',
                ))
            t_39.append(
                '>Totalt (beräknat',
            )
            if environment.getattr(environment.getattr(l_1_view, 'activity_total'), 'missing'):
                pass
                t_39.extend((
                    '; ',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_1_view, 'activity_total'), 'missing'))),
                    ' utan belopp',
                ))
            t_39.extend((
                ')</th><td class="num">',
                escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_view, 'activity_total'), 'sum')))),
                '</td></tr></tfoot>\n',
            ))
        t_39.append(
            '</table>\n</div>',
        )
        return concat(t_39)
    context.exported_vars.add('activities')
    context.vars['activities'] = l_0_activities = Macro(environment, macro, 'activities', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_40 = []
        l_1_unit = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_unit = (environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget'), 'unit') if environment.getattr(environment.getattr(l_1_view, 'plan'), 'budget') else 'kr')
        t_40.extend((
            '<div class="table-region" role="region" tabindex="0" aria-label="Resursplan">\n<table class="resources part" aria-label="Resursplan">\n  <thead><tr><th scope="col">Roll</th><th scope="col">Namn</th><th scope="col" class="num">Andel</th><th scope="col" class="num">Kostnad (',
            escape(environment.finalize((undefined(name='unit') if l_1_unit is missing else l_1_unit))),
            ')</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_row in environment.getattr(l_1_view, 'resource_rows'):
            _loop_vars = {}
            pass
            t_40.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_row, 'role'))),
                '</th><td>',
                escape(environment.finalize((environment.getattr(l_2_row, 'name') or ''))),
                '</td><td class="num">',
                escape(environment.finalize(t_11(environment.getattr(l_2_row, 'share')))),
                '</td><td class="num">',
                escape(environment.finalize(t_1(environment.getattr(l_2_row, 'amount')))),
                '</td></tr>\n',
            ))
        l_2_row = missing
        t_40.append(
            '  </tbody>\n',
        )
        if environment.getattr(l_1_view, 'resource_total'):
            pass
            t_40.append(
                '  <tfoot><tr class="total"><th scope="row" colspan="2">Summa (beräknat',
            )
            if environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'missing'):
                pass
                t_40.extend((
                    '; ',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'missing'))),
                    ' utan kostnad',
                ))
            t_40.extend((
                ')</th><td class="num">',
                escape(environment.finalize(t_11(environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'share')))),
                '</td><td class="num">',
                escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_view, 'resource_total'), 'amount')))),
                '</td></tr></tfoot>\n',
            ))
        t_40.append(
            '</table>\n</div>',
        )
        return concat(t_40)
    context.exported_vars.add('resources')
    context.vars['resources'] = l_0_resources = Macro(environment, macro, 'resources', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_41 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_41.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Risker">\n<table class="risks part" aria-label="Risker">\n  <thead><tr><th scope="col">Risk</th><th scope="col">Sannolikhet</th><th scope="col">Konsekvens</th><th scope="col">Åtgärd</th><th scope="col">Ägare</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_risk in environment.getattr(environment.getattr(l_1_view, 'plan'), 'risks'):
            _loop_vars = {}
            pass
            t_41.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_risk, 'risk'))),
                '</th><td>',
                escape(environment.finalize((environment.getattr(l_2_risk, 'probability') if (not t_14(environment.getattr(l_2_risk, 'probability'))) else ''))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_risk, 'consequence') if (not t_14(environment.getattr(l_2_risk, 'consequence'))) else ''))),
                '</td><td>',
                escape(environment.finalize(t_10((environment.getattr(l_2_risk, 'measure') or '')))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_risk, 'owner') or ''))),
                '</td></tr>\n',
            ))
        l_2_risk = missing
        t_41.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_41)
    context.exported_vars.add('risks')
    context.vars['risks'] = l_0_risks = Macro(environment, macro, 'risks', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_42 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_42.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Avtal">\n<table class="agreements part" aria-label="Avtal">\n  <thead><tr><th scope="col">Avtal</th><th scope="col">Leverantör</th><th scope="col">Avtalsnummer</th><th scope="col">Giltigt</th><th scope="col">Uppsägning</th><th scope="col">Förlängning</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_agreement in environment.getattr(environment.getattr(l_1_view, 'plan'), 'agreements'):
            _loop_vars = {}
            pass
            t_42.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_agreement, 'name'))),
                '</th><td>',
                escape(environment.finalize((environment.getattr(l_2_agreement, 'supplier') or ''))),
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_agreement, 'reference') or ''))),
                '</td><td>',
            ))
            if (environment.getattr(l_2_agreement, 'start') and environment.getattr(l_2_agreement, 'end')):
                pass
                t_42.extend((
                    escape(environment.finalize(t_2(environment.getattr(l_2_agreement, 'start')))),
                    '&nbsp;– ',
                    escape(environment.finalize(t_2(environment.getattr(l_2_agreement, 'end')))),
                ))
            elif environment.getattr(l_2_agreement, 'start'):
                pass
                t_42.extend((
                    'från ',
                    escape(environment.finalize(t_2(environment.getattr(l_2_agreement, 'start')))),
                ))
            elif environment.getattr(l_2_agreement, 'end'):
                pass
                t_42.extend((
                    'till ',
                    escape(environment.finalize(t_2(environment.getattr(l_2_agreement, 'end')))),
                ))
            t_42.extend((
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_agreement, 'notice') or ''))),
            ))
            if environment.getattr(l_2_agreement, 'notice_date'):
                pass
                if environment.getattr(l_2_agreement, 'notice'):
                    pass
                    t_42.append(
                        ', ',
                    )
                t_42.extend((
                    'senast ',
                    escape(environment.finalize(t_2(environment.getattr(l_2_agreement, 'notice_date')))),
                ))
            t_42.extend((
                '</td><td>',
                escape(environment.finalize((environment.getattr(l_2_agreement, 'renewal') or ''))),
            ))
            if environment.getattr(l_2_agreement, 'renewal_date'):
                pass
                if environment.getattr(l_2_agreement, 'renewal'):
                    pass
                    t_42.append(
                        ', ',
                    )
                t_42.extend((
                    'beslut senast ',
                    escape(environment.finalize(t_2(environment.getattr(l_2_agreement, 'renewal_date')))),
                ))
            t_42.append(
                '</td></tr>\n',
            )
        l_2_agreement = missing
        t_42.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_42)
    context.exported_vars.add('agreements')
    context.vars['agreements'] = l_0_agreements = Macro(environment, macro, 'agreements', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_43 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_43.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Milstolpar och releaser">\n<table class="milestones part" aria-label="Milstolpar och releaser">\n  <thead><tr><th scope="col">När</th><th scope="col">Milstolpe/Release</th><th scope="col">Beskrivning</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_milestone in environment.getattr(environment.getattr(l_1_view, 'plan'), 'milestones'):
            _loop_vars = {}
            pass
            t_43.extend((
                '    <tr><td class="when">',
                escape(environment.finalize(environment.getattr(l_2_milestone, 'when'))),
                '</td><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_milestone, 'name'))),
            ))
            if (environment.getattr(l_2_milestone, 'kind') == 'release'):
                pass
                t_43.append(
                    ' <span class="kind">(release)</span>',
                )
            t_43.extend((
                '</th><td>',
                escape(environment.finalize(t_10((environment.getattr(l_2_milestone, 'description') or '')))),
                '</td></tr>\n',
            ))
        l_2_milestone = missing
        t_43.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_43)
    context.exported_vars.add('milestones')
    context.vars['milestones'] = l_0_milestones = Macro(environment, macro, 'milestones', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_44 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_44.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Årshjul">\n<table class="annual-cycle part" aria-label="Årshjul">\n  <thead><tr><th scope="col">När</th><th scope="col">Forum</th><th scope="col">Beslut/aktivitet</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_entry in environment.getattr(environment.getattr(l_1_view, 'plan'), 'annual_cycle'):
            _loop_vars = {}
            pass
            t_44.extend((
                '    <tr><td class="when">',
                escape(environment.finalize(environment.getattr(l_2_entry, 'when'))),
                '</td><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_entry, 'forum'))),
                '</th><td>',
                escape(environment.finalize(t_10(environment.getattr(l_2_entry, 'decision')))),
                '</td></tr>\n',
            ))
        l_2_entry = missing
        t_44.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_44)
    context.exported_vars.add('annual_cycle')
    context.vars['annual_cycle'] = l_0_annual_cycle = Macro(environment, macro, 'annual_cycle', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_45 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        t_45.append(
            '<div class="table-region" role="region" tabindex="0" aria-label="Avgifter">\n<table class="fees part" aria-label="Avgifter">\n  <thead><tr><th scope="col">Avgift</th><th scope="col">Belopp</th><th scope="col">Betalas av</th><th scope="col">Beskrivning</th></tr></thead>\n  <tbody>\n',
        )
        for l_2_fee in environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'fees'):
            _loop_vars = {}
            pass
            t_45.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(environment.getattr(l_2_fee, 'name'))),
                '</th><td>',
                escape(environment.finalize(environment.call(context, environment.getattr(l_1_view, 'fee_text'), l_2_fee, _loop_vars=_loop_vars))),
                '</td><td>',
                escape(environment.finalize((environment.call(context, environment.getattr(l_1_view, 'names_text'), environment.getattr(l_2_fee, 'members'), _loop_vars=_loop_vars) if environment.getattr(l_2_fee, 'members') else 'alla medlemmar'))),
                '</td><td>',
                escape(environment.finalize(t_10((environment.getattr(l_2_fee, 'text') or '')))),
                '</td></tr>\n',
            ))
        l_2_fee = missing
        t_45.append(
            '  </tbody>\n</table>\n</div>',
        )
        return concat(t_45)
    context.exported_vars.add('fees')
    context.vars['fees'] = l_0_fees = Macro(environment, macro, 'fees', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_46 = []
        l_1_p = l_1_cid = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_p = environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'population')
        t_46.append(
            '<div class="keep-together">\n',
        )
        if not isinstance(l_0_table_ids, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_table_ids['count'] = (environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count') + 1)
        l_1_cid = markup_join(('tabell-', environment.getattr((undefined(name='table_ids') if l_0_table_ids is missing else l_0_table_ids), 'count'), ))
        t_46.extend((
            '<div class="table-region" role="region" tabindex="0" aria-labelledby="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">\n<table class="population part">\n  <caption id="',
            escape(environment.finalize((undefined(name='cid') if l_1_cid is missing else l_1_cid))),
            '">Folkmängd',
        ))
        if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'date'):
            pass
            t_46.extend((
                ' ',
                escape(environment.finalize(t_7(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'date')))),
            ))
        if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'source'):
            pass
            t_46.extend((
                ' enligt ',
                escape(environment.finalize(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'source'))),
            ))
        t_46.append(
            '</caption>\n  <thead><tr><th scope="col">Kommun</th><th scope="col" class="num">Invånare</th></tr></thead>\n  <tbody>\n',
        )
        for (l_2_member, l_2_count) in environment.call(context, environment.getattr(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'counts'), 'items')):
            _loop_vars = {}
            pass
            t_46.extend((
                '    <tr><th scope="row">',
                escape(environment.finalize(l_2_member)),
                '</th><td class="num">',
                escape(environment.finalize(t_1(l_2_count))),
                '</td></tr>\n',
            ))
        l_2_member = l_2_count = missing
        t_46.extend((
            '  </tbody>\n  <tfoot><tr class="total"><th scope="row">Summa (beräknat)</th><td class="num">',
            escape(environment.finalize(t_1(environment.getattr(l_1_view, 'population_total')))),
            '</td></tr></tfoot>\n</table>\n</div>\n</div>',
        ))
        return concat(t_46)
    context.exported_vars.add('population')
    context.vars['population'] = l_0_population = Macro(environment, macro, 'population', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_block):
        t_47 = []
        l_1_rule = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_block is missing:
            l_1_block = undefined("parameter 'block' was not provided", name='block')
        pass
        l_1_rule = environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'surplus')
        t_47.extend((
            '<div class="surplus">\n',
            escape(environment.finalize(t_9(environment.getattr((undefined(name='rule') if l_1_rule is missing else l_1_rule), 'text')))),
            '\n',
        ))
        if environment.getattr((undefined(name='rule') if l_1_rule is missing else l_1_rule), 'basis'):
            pass
            t_47.extend((
                '<p class="meta">Återbetalas ',
                escape(environment.finalize(environment.call(context, environment.getattr(l_1_view, 'surplus_basis_text'), (undefined(name='rule') if l_1_rule is missing else l_1_rule)))),
                '.</p>',
            ))
        t_47.append(
            '</div>',
        )
        return concat(t_47)
    context.exported_vars.add('surplus')
    context.vars['surplus'] = l_0_surplus = Macro(environment, macro, 'surplus', ('view', 'block'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_name, l_1_block):
        t_48 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_block is missing:
            l_1_block = None
        pass
        if (l_1_name == 'abbreviations'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='abbreviations') if l_0_abbreviations is missing else l_0_abbreviations), environment.getattr(l_1_view, 'plan'), l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'goals.measurable'):
            pass
            if environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'goals'), 'measurable'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='measurable_goals') if l_0_measurable_goals is missing else l_0_measurable_goals), l_1_view, l_1_block))),
                )
        elif environment.call(context, environment.getattr(l_1_name, 'startswith'), 'goals.'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='list_items') if l_0_list_items is missing else l_0_list_items), environment.getitem(environment.getattr(environment.getattr(l_1_view, 'plan'), 'goals'), l_1_name[6:])))),
                '\n',
            ))
        elif environment.call(context, environment.getattr(l_1_name, 'startswith'), 'assignments.'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='list_items') if l_0_list_items is missing else l_0_list_items), environment.getitem(environment.getattr(environment.getattr(l_1_view, 'plan'), 'assignments'), l_1_name[12:])))),
                '\n',
            ))
        elif (l_1_name == 'budget'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='budget') if l_0_budget is missing else l_0_budget), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'financing.parties'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='parties') if l_0_parties is missing else l_0_parties), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'financing.split_keys'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='split_keys') if l_0_split_keys is missing else l_0_split_keys), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'financing.sources'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='sources') if l_0_sources is missing else l_0_sources), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'financing.invoicing'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='invoicing') if l_0_invoicing is missing else l_0_invoicing), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'financing.split'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='split') if l_0_split is missing else l_0_split), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'organisation.decision_forums'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='forums') if l_0_forums is missing else l_0_forums), l_1_view, l_1_block, 'decision_forums'))),
                '\n',
            ))
        elif (l_1_name == 'organisation.working_forums'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='forums') if l_0_forums is missing else l_0_forums), l_1_view, l_1_block, 'working_forums'))),
                '\n',
            ))
        elif (l_1_name == 'related_systems'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='related_systems') if l_0_related_systems is missing else l_0_related_systems), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'references'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='references') if l_0_references is missing else l_0_references), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'contacts'):
            pass
            t_48.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), l_1_view, l_1_block))),
                '\n',
            ))
        elif (l_1_name == 'document.revisions'):
            pass
            if environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'document'), 'revisions'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='revisions') if l_0_revisions is missing else l_0_revisions), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'financing.fees'):
            pass
            if environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'fees'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='fees') if l_0_fees is missing else l_0_fees), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'financing.population'):
            pass
            if environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'population'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='population') if l_0_population is missing else l_0_population), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'financing.surplus'):
            pass
            if environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'financing'), 'surplus'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='surplus') if l_0_surplus is missing else l_0_surplus), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'scope.processes'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'scope'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='scope_entries') if l_0_scope_entries is missing else l_0_scope_entries), l_1_view, 'processes', 'Process', 'Verksamhetsprocesser'))),
                )
        elif (l_1_name == 'scope.components'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'scope'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='scope_entries') if l_0_scope_entries is missing else l_0_scope_entries), l_1_view, 'components', 'IT-komponent', 'IT-komponenter'))),
                )
        elif (l_1_name == 'scope.user_groups'):
            pass
            if (environment.getattr(environment.getattr(l_1_view, 'plan'), 'scope') and environment.getattr(environment.getattr(environment.getattr(l_1_view, 'plan'), 'scope'), 'user_groups')):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='user_groups') if l_0_user_groups is missing else l_0_user_groups), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'stakeholders'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'stakeholders'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='stakeholders') if l_0_stakeholders is missing else l_0_stakeholders), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'roles'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'roles'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'activities'):
            pass
            if environment.getattr(l_1_view, 'activity_groups'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='activities') if l_0_activities is missing else l_0_activities), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'resources'):
            pass
            if environment.getattr(l_1_view, 'resource_rows'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='resources') if l_0_resources is missing else l_0_resources), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'risks'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'risks'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='risks') if l_0_risks is missing else l_0_risks), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'agreements'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'agreements'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='agreements') if l_0_agreements is missing else l_0_agreements), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'milestones'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'milestones'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='milestones') if l_0_milestones is missing else l_0_milestones), l_1_view, l_1_block))),
                )
        elif (l_1_name == 'annual_cycle'):
            pass
            if environment.getattr(environment.getattr(l_1_view, 'plan'), 'annual_cycle'):
                pass
                t_48.append(
                    escape(environment.finalize(environment.call(context, (undefined(name='annual_cycle') if l_0_annual_cycle is missing else l_0_annual_cycle), l_1_view, l_1_block))),
                )
        return concat(t_48)
    context.exported_vars.add('part')
    context.vars['part'] = l_0_part = Macro(environment, macro, 'part', ('view', 'name', 'block'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view):
        t_49 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_49.extend((
            '<p>',
            escape(environment.finalize(environment.getattr(environment.getattr(l_1_view, 'notice'), 'lead'))),
            '</p>\n<ul>\n',
        ))
        for l_2_item in environment.getitem(environment.getattr(l_1_view, 'notice'), 'items'):
            _loop_vars = {}
            pass
            t_49.extend((
                '  <li>',
                escape(environment.finalize(environment.getattr(l_2_item, 'text'))),
            ))
            if environment.getattr(l_2_item, 'anchor'):
                pass
                t_49.extend((
                    ' <a href="#',
                    escape(environment.finalize(environment.getattr(l_2_item, 'anchor'))),
                    '">Gå till ',
                    escape(environment.finalize(environment.getattr(l_2_item, 'where'))),
                    '</a>',
                ))
            t_49.append(
                '</li>\n',
            )
        l_2_item = missing
        t_49.append(
            '</ul>',
        )
        return concat(t_49)
    context.exported_vars.add('notice_items')
    context.vars['notice_items'] = l_0_notice_items = Macro(environment, macro, 'notice_items', ('view',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view, l_1_appendix):
        t_50 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_appendix is missing:
            l_1_appendix = undefined("parameter 'appendix' was not provided", name='appendix')
        pass
        if environment.getattr(l_1_appendix, 'note'):
            pass
            t_50.extend((
                '<p class="computed-note"><strong>',
                escape(environment.finalize(environment.getattr(l_1_appendix, 'note'))),
                '</strong></p>\n',
            ))
        if (environment.getattr(l_1_appendix, 'part') == 'financing.source_amounts'):
            pass
            t_50.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='source_amounts') if l_0_source_amounts is missing else l_0_source_amounts), l_1_view))),
                '\n',
            ))
        else:
            pass
            t_50.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='part') if l_0_part is missing else l_0_part), l_1_view, environment.getattr(l_1_appendix, 'part')))),
                '\n',
            ))
        return concat(t_50)
    context.exported_vars.add('appendix_body')
    context.vars['appendix_body'] = l_0_appendix_body = Macro(environment, macro, 'appendix_body', ('view', 'appendix'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_level):
        t_51 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_level is missing:
            l_1_level = 2
        pass
        for l_2_appendix in environment.getattr(l_1_view, 'appendices'):
            _loop_vars = {}
            pass
            t_51.extend((
                '<section id="',
                escape(environment.finalize(environment.getattr(l_2_appendix, 'id'))),
                '" class="appendix',
            ))
            if environment.getattr(l_2_appendix, 'computed'):
                pass
                t_51.append(
                    ' computed',
                )
            t_51.extend((
                '" aria-labelledby="',
                escape(environment.finalize(environment.getattr(l_2_appendix, 'id'))),
                '-h">\n<h',
                escape(environment.finalize(l_1_level)),
                ' id="',
                escape(environment.finalize(environment.getattr(l_2_appendix, 'id'))),
                '-h">',
                escape(environment.finalize(environment.getattr(l_2_appendix, 'title'))),
                '</h',
                escape(environment.finalize(l_1_level)),
                '>\n',
                escape(environment.finalize(environment.call(context, (undefined(name='appendix_body') if l_0_appendix_body is missing else l_0_appendix_body), l_1_view, l_2_appendix, _loop_vars=_loop_vars))),
                '\n</section>\n',
            ))
        l_2_appendix = missing
        return concat(t_51)
    context.exported_vars.add('appendices')
    context.vars['appendices'] = l_0_appendices = Macro(environment, macro, 'appendices', ('view', 'level'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=103&6=106&8=114&9=117&10=121&12=128&19=146&21=156&22=161&30=175&31=182&32=209&35=248&36=256&37=259&38=263&39=266&40=273&42=286&46=310&47=317&48=322&50=340&55=361&56=371&61=388&62=391&63=396&64=403&65=410&66=425&69=442&74=452&75=457&82=472&83=480&84=481&85=482&88=486&90=503&91=508&98=551&103=561&104=566&112=587&113=595&114=599&116=601&119=604&120=609&123=628&129=635&134=645&135=650&144=686&145=694&146=695&147=698&148=702&149=705&150=712&151=715&153=727&154=732&157=767&163=821&164=831&165=834&167=837&169=849&170=854&177=873&178=881&181=885&183=897&184=902&191=915&193=925&194=931&199=952&201=962&202=968&207=998&208=1004&211=1020&212=1032&213=1037&214=1052&215=1060&219=1070&220=1075&227=1092&228=1100&229=1101&232=1105&234=1113&235=1118&242=1149&243=1161&244=1162&245=1165&247=1168&248=1172&249=1174&250=1178&252=1181&253=1186&261=1199&262=1207&263=1208&266=1212&268=1220&269=1225&276=1256&281=1266&282=1271&289=1286&290=1294&293=1298&295=1306&296=1311&303=1338&304=1346&305=1347&306=1348&307=1349&308=1350&310=1354&311=1362&312=1382&314=1387&315=1392&316=1397&318=1430&321=1455&322=1460&328=1489&329=1497&332=1500&334=1503&335=1508&338=1521&339=1526&345=1547&350=1557&351=1562&358=1581&363=1591&364=1596&371=1663&376=1673&377=1678&384=1700&389=1710&390=1715&397=1730&402=1740&403=1745&410=1762&411=1770&413=1776&414=1780&416=1782&419=1800&420=1805&423=1813&429=1820&430=1828&432=1831&433=1834&437=1848&438=1857&439=1863&440=1870&441=1876&442=1882&443=1888&444=1894&445=1900&446=1906&447=1912&448=1918&449=1924&450=1930&451=1936&452=1942&453=1948&454=1955&455=1962&456=1969&457=1976&458=1983&459=1990&460=1997&461=2004&462=2011&463=2018&464=2025&465=2032&466=2039&467=2046&474=2056&475=2063&477=2066&478=2071&485=2092&486=2099&488=2106&489=2115&493=2122&494=2129&495=2134&496=2146&497=2154'
