"""Regenerate the generated parts of README.md (the rule table) from the source.

Run ``python tools/update_readme.py`` after changing a rule; ``tests/test_readme.py`` fails
while the README is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def updated(text: str) -> str:
    from forvaltning_cli.checks import rule_table_markdown

    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    return pattern.sub(lambda _: f"{START}\n{rule_table_markdown()}{END}", text)


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md updated")
    sys.exit(0)
