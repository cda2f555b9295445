"""``plan lsp``: the findings of the one lint entry point as diagnostics in an editor.

A language server over stdin/stdout (pygls, the optional extra ``lsp``). ``positions`` turns a
finding's 1-based line and character column into an LSP range, ``fixes`` works out the quick
fixes whose result is certain (a stated budget sum set to the computed one) and ``server`` wires
them to the protocol: lint on open, change (debounced), save; clear on close.

Which documents are plans: a ``.yaml``/``.yml`` document whose text has a top-level
``schema_version:`` key, or that lies under one of the configuration's plan ``paths``
(``plans/`` by default). A document once linted stays linted until it is closed, so deleting
``schema_version`` while typing does not make the diagnostics vanish.
"""
