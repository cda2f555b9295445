"""A link has no real target: it is empty or the placeholder ``#``, or it uses a scheme other
than http, https or mailto (such links are not rendered as links).

Checked in all Markdown text (``[text](target)``) and in references' ``url``.

Example::

    tasks: "[Se beskrivning av ledningsrådet på Vårdsamverkan](#)"
"""

from ..texts import iter_links

ID = "link-target"
SEVERITY = "warning"

_PLACEHOLDERS = {"", "#", "url", "länk", "link", "todo", "tbd", "http://", "https://"}


def _problem(target):
    bare = target.strip()
    if bare.lower() in _PLACEHOLDERS:
        return "är en platshållare" if bare else "saknar mål"
    scheme = bare.split(":", 1)[0].lower() if ":" in bare else ""
    if scheme and scheme not in ("http", "https", "mailto"):
        return f"använder '{scheme}:', som inte visas som länk (tillåtet: http, https, mailto)"
    return None


def check(ctx):
    for text in ctx.texts:
        for label, target in iter_links(text.text):
            problem = _problem(target)
            if problem:
                yield ctx.problem(
                    text.path,
                    f"länken '{label}' → '{target}' {problem}",
                    hint="ange en riktig adress (https://…) eller ta bort länken",
                )
    for i, reference in enumerate(ctx.plan.references):
        if reference.url is not None:
            problem = _problem(reference.url)
            if problem:
                yield ctx.problem(
                    ("references", i, "url"),
                    f"referensen '{reference.title}' → '{reference.url}' {problem}",
                    hint="ange en riktig adress (https://…) eller ta bort url",
                )
