"""En e-postadress är felaktig.

## Vad regeln kontrollerar

Kontakternas `email`, `mailto:`-länkar och adresser som står i texten. En adress har en lokal
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
_IN_TEXT = re.compile(r"[^\s<>()\[\]\"',;]*@[^\s<>()\[\]\"',;]*")
_WEB_ADDRESS = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)


def is_valid(address: str) -> bool:
    return bool(VALID.match(address)) and ".." not in address


def check(ctx):
    for i, contact in enumerate(ctx.plan.contacts):
        if not is_valid(contact.email):
            yield ctx.problem(("contacts", i, "email"), f"e-postadressen '{contact.email}' är felaktig")
    for text in ctx.texts:
        if "@" not in text.text:
            continue
        for label, target in iter_links(text.text):
            if target.lower().startswith("mailto:"):
                address = target[len("mailto:"):].split("?", 1)[0]
                if not is_valid(address):
                    yield ctx.problem(text.path, f"e-postadressen '{address}' i länken '{label}' är felaktig")
        for match in _IN_TEXT.finditer(text.text):
            candidate = match.group(0).rstrip(".:!?")
            if candidate.lower().startswith("mailto:"):
                continue  # checked as a link above
            if _WEB_ADDRESS.match(candidate):
                continue  # an '@' inside a web address (https://mastodon.social/@x) is part of a path
            if not is_valid(candidate):
                yield ctx.problem(text.path, f"e-postadressen '{candidate}' i texten är felaktig")
