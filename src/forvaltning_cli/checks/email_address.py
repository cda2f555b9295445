"""En e-postadress är felaktig.

## Vad regeln kontrollerar

Kontakternas, rollernas och dokumentets personers (`handler`, `document_owner`, `address`)
`email`, `mailto:`-länkar och adresser som står i texten. En adress har en lokal
del, ett `@` och en domän med punkt och en toppdomän av bokstäver.

## Varför det spelar roll

Den som skriver till en felaktig adress når ingen, och felet märks först när någon försöker.

## Exempel

    contacts:
      - email: info.samsa@vgregion     # toppdomän saknas

## Skriv i stället

    contacts:
      - email: info.samsa@vgregion.se
"""

import re

from ..texts import iter_links

ID = "email-address"
SEVERITY = "error"

VALID = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
# A candidate is a whole run between separators that holds an "@" (a run is found once; "[^…]*@"
# tried from every character of a long run without "@" would be quadratic).
_RUN = re.compile(r"[^\s<>()\[\]\"',;]+")
_WEB_ADDRESS = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)


def is_valid(address: str) -> bool:
    return bool(VALID.match(address)) and ".." not in address


def _addresses(plan):
    """``(path, address)`` for every e-mail field of the plan."""
    for key in ("handler", "document_owner", "address"):
        person = getattr(plan.document, key)
        if person and person.email is not None:
            yield ("document", key, "email"), person.email
    for i, contact in enumerate(plan.contacts):
        yield ("contacts", i, "email"), contact.email
    for i, role in enumerate(plan.roles):
        if role.email is not None:
            yield ("roles", i, "email"), role.email


def check(ctx):
    for path, address in _addresses(ctx.plan):
        if not is_valid(address):
            yield ctx.problem(path, f"e-postadressen '{address}' är felaktig")
    for text in ctx.texts:
        if "@" not in text.text:
            continue
        for label, target in iter_links(text.text):
            if target.lower().startswith("mailto:"):
                address = target[len("mailto:"):].split("?", 1)[0]
                if not is_valid(address):
                    yield ctx.problem(text.path, f"e-postadressen '{address}' i länken '{label}' är felaktig")
        for match in _RUN.finditer(text.text):
            if "@" not in match.group(0):
                continue
            candidate = match.group(0).rstrip(".:!?")
            if candidate.lower().startswith("mailto:"):
                continue  # checked as a link above
            if _WEB_ADDRESS.match(candidate):
                continue  # an '@' inside a web address (https://mastodon.social/@x) is part of a path
            if not is_valid(candidate):
                shown = candidate if len(candidate) <= 80 else candidate[:79] + "…"  # a pasted blob stays readable
                yield ctx.problem(text.path, f"e-postadressen '{shown}' i texten är felaktig")
