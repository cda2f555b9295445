"""``plan serve``: a local preview of the plans as documents, updated on every save.

* :mod:`.tree` — which files may be shown (the plans under one folder, nothing else);
* :mod:`.pages` — lint and render on demand, cached per file; the index, plan, diff and error pages;
* :mod:`.app` — the Starlette application (Host check, GET only, CSP) and the file watcher that
  pushes a server-sent event naming each changed plan.
"""
