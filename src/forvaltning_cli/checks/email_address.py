"""An e-mail address is malformed.

Checked: contacts' ``email``, ``mailto:`` links and addresses written in the text. An address
has a local part, one ``@`` and a domain with a dot and a top-level domain of letters.

Example::

    contacts:
      - email: info.samsa@vgregion     # no top-level domain
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
