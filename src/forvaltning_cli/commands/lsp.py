"""``plan lsp``: a language server over stdin/stdout that shows a plan's findings in the editor."""

from __future__ import annotations


def run() -> int:
    from ..errors import UsageError

    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        raise UsageError(
            "plan lsp behöver paketet pygls, som inte är installerat; installera det med "
            "pip install 'forvaltning-cli[lsp]' (eller pip install 'pygls>=2,<3')"
        ) from None
    from ..lsp.server import serve

    return serve()
