"""En länk saknar ett riktigt mål: målet är tomt eller platshållaren `#`, eller länken använder
ett annat protokoll än http, https eller mailto (sådana länkar visas inte som länkar).

## Vad regeln kontrollerar

Länkar i all Markdown-text (`[text](mål)`) och referensernas `url`. Som platshållare räknas ett
tomt mål och `#`, `url`, `länk`, `link`, `todo`, `tbd`, `http://` och `https://`.

## Varför det spelar roll

Den som klickar på länken kommer ingenstans, eller ser bara texten utan någon länk.

## Exempel

Ett forum under `organisation.decision_forums`:

    tasks: "[Se beskrivning av ledningsrådet på Vårdsamverkan](#)"

## Skriv i stället

    tasks: "[Se beskrivning av ledningsrådet på Vårdsamverkan](https://www.vardsamverkan.se/)"
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
