"""Elements read from a Word document into plan data (plain dicts in the model's key order),
with a note for every guess: ``(path, text)`` pairs written as ``# importerat: kontrollera …``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from .reader import Cell, Element, WordDocument

_DATE = r"\d{4}-\d{2}-\d{2}\??"
_STATUS = {"arbetsmaterial": "Arbetsmaterial", "utkast": "Utkast", "remiss": "Remiss",
           "utgåva": "Utgåva", "fastställd": "Fastställd"}
_ABBREVIATION = re.compile(r"^([^\s–—-][^–—]{0,30}?)\s+[–—-]\s+(\S.*)$")
_SPLIT_KEY = re.compile(
    r"fördelas\s+(\d+(?:,\d+)?)\s*/\s*(\d+(?:,\d+)?)\s*%\s*mellan\s+([\wÅÄÖåäö]+)\s*/\s*([\wÅÄÖåäö]+)",
    re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:,\d+)?)\s?%(?:\s*\(([^)]{1,40})\))?")
_AMOUNT_SPACES = dict.fromkeys(map(ord, " \u00a0\u202f\u2009\u2007"), None)
_PARTS_BY_TITLE = (
    (re.compile(r"^långsiktiga mål", re.I), "goals", "long_term"),
    (re.compile(r"^kortsiktiga mål", re.I), "goals", "short_term"),
    (re.compile(r"^(övergripande )?mål$", re.I), "goals", "overall"),
    (re.compile(r"^vidmakthållande$", re.I), "assignments", "maintenance"),
    (re.compile(r"^vidareutveckling nödvändig", re.I), "assignments", "further_development"),
    (re.compile(r"ny\w*veckling.* ny funktionalitet|ny funktionalitet", re.I), "assignments", "new_development"),
)


class AmountError(ValueError):
    pass


def parse_amount(text: str) -> tuple[int | None, str | None]:
    """An amount as written ("1 489 000", "1 489 000 kr", "1 489 tkr", NBSP and narrow NBSP as
    thousands separators) as an exact int, and the unit it names (or None); "" is no amount."""
    raw = text.strip().replace("**", "")
    if not raw or raw in ("-", "–"):
        return None, None
    compact = raw.translate(_AMOUNT_SPACES).lower()
    unit = None
    for suffix in ("mnkr", "tkr", "kr", ":-"):
        if compact.endswith(suffix):
            unit = None if suffix == ":-" else suffix
            compact = compact[: -len(suffix)]
            break
    sign = 1
    if compact[:1] in ("-", "−", "–"):
        sign, compact = -1, compact[1:]
    if not re.fullmatch(r"\d{1,13}", compact):
        raise AmountError(raw)
    return sign * int(compact), unit


def slug(text: str, used: set[str], fallback: str = "del") -> str:
    base = unicodedata.normalize("NFKD", text.lower())
    base = "".join(c for c in base if not unicodedata.combining(c))
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:40].strip("-") or fallback
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _percent(text: str):
    value = Decimal(text.replace(",", "."))
    return int(value) if value == int(value) else str(value)


@dataclass
class Imported:
    data: dict
    notes: list[tuple[tuple, str]] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # "5.1 Budget: budget"
    images: list[tuple[str, bytes]] = field(default_factory=list)
    sections: int = 0
    words_numbered: int = 0


class Builder:
    def __init__(self, word: WordDocument, image_dir: str) -> None:
        self.word = word
        self.image_dir = image_dir
        self.ids: set[str] = set()
        self.notes: list[tuple[tuple, str]] = []
        self.tables: list[str] = []
        self.images: list[tuple[str, bytes]] = []
        self.document: dict = {}
        self.plan: dict = {}
        self.abbreviations: dict[str, str] = {}
        self.budget: dict | None = None
        self.split_keys: list[dict] = []
        self.sources: list[dict] = []
        self.forums = {"decision_forums": [], "working_forums": []}
        self.related: list[dict] = []
        self.references: list[dict] = []
        self.goals: dict = {}
        self.assignments: dict = {}
        self.section_count = 0
        self.word_numbered = 0
        self.pending: list[tuple[str, tuple, str]] = []  # notes on parts placed later

    def note(self, path: tuple, text: str) -> None:
        self.notes.append((path, text))

    # ---------------------------------------------------------------- title page and header

    def front(self, elements: list[Element]) -> None:
        doc = self.document
        leftovers = []
        for element in elements:
            if element.kind != "para":
                continue
            text = element.plain
            style = element.style.lower()
            if text.lower() in ("innehåll", "innehållsförteckning") or style.startswith("toc"):
                continue
            if style in ("title", "rubrik") and "title" not in doc:
                doc["title"] = text
            elif style in ("subtitle", "underrubrik") and "subtitle" not in doc:
                doc["subtitle"] = text
            elif text.lower() in _STATUS:
                doc["status"] = _STATUS[text.lower()]
            elif (m := re.match(rf"^(.{{3,60}}?\bi\s+(\S+))\s*:\s*({_DATE})$", text)):
                doc["decision"] = {"label": m[1], "forum": m[2], "date": m[3]}
            else:
                leftovers.append(text)
        if "title" not in doc and leftovers:
            doc["title"] = leftovers.pop(0)
            self.pending.append(("document", ("document", "title"), "titeln (ingen rubrik i formatet Titel)"))
        for text in leftovers:
            if "samverkan" in text.lower() and "collaboration" not in doc:
                doc["collaboration"] = text
                self.pending.append(("document", ("document", "collaboration"), "samverkan gissad från försättssidan"))
            else:
                doc.setdefault("organisations", []).append(text)
        if doc.get("organisations"):
            self.pending.append(("document", ("document", "organisations"),
                                 "organisationer gissade från försättssidans övriga rader"))

    def header(self) -> None:
        doc = self.document
        pairs: list[tuple[str, str]] = []
        for table in self.word.header_tables:
            for row in table.rows:
                cells = [c.plain for c in row]
                i = 0
                while i < len(cells):
                    cell = cells[i]
                    if ":" in cell and not cell.rstrip().endswith(":"):
                        label, value = cell.split(":", 1)
                        pairs.append((label, value))
                        i += 1
                    elif cell.rstrip().endswith(":") and i + 1 < len(cells):
                        pairs.append((cell.rstrip()[:-1], cells[i + 1]))
                        i += 2
                    else:
                        i += 1
        for text in self.word.header_paragraphs:
            if ":" in text:
                pairs.append(tuple(text.split(":", 1)))  # type: ignore[arg-type]
        for label, value in pairs:
            label, value = re.sub(r"\s+", " ", label).strip().lower(), value.strip()
            if not value:
                continue
            if label == "dokumenttyp":
                doc["type"] = value
            elif label == "version":
                doc["version"] = value
            elif label == "status" and value.lower() in _STATUS:
                doc["status"] = _STATUS[value.lower()]
            elif label in ("diarienummer", "dnr", "diarienr"):
                doc["registry_number"] = value
            elif label in ("utfärdat av", "upprättad av"):
                doc.setdefault("issued", {})["by"] = value
            elif label in ("utf datum", "utfärdat datum", "utfärdad datum", "utfärdat"):
                self._date(doc, "issued", value)
            elif label in ("godkänt av", "godkänd av", "fastställd av"):
                doc.setdefault("approved", {})["by"] = value
            elif label in ("godk datum", "godkänt datum", "godkänd datum", "fastställd datum"):
                self._date(doc, "approved", value)
            elif label in ("utfärdat av / datum", "godkänt av / datum"):
                key = "issued" if label.startswith("utf") else "approved"
                m = re.match(rf"^(.*?)[,;/ ]+({_DATE})$", value)
                if m:
                    doc.setdefault(key, {})["by"] = m[1].strip()
                    doc[key]["date"] = m[2]
                else:
                    doc.setdefault(key, {})["by"] = value

    def _date(self, doc: dict, key: str, value: str) -> None:
        if re.fullmatch(_DATE, value):
            doc.setdefault(key, {})["date"] = value
        else:
            self.pending.append(("document", ("document", key), f"datumet '{value}' kunde inte läsas"))

    # ---------------------------------------------------------------- sections

    def body(self, elements: list[Element]) -> list[dict]:
        top: list[dict] = []
        stack: list[tuple[int, dict]] = []
        counters = [0] * 10
        current: dict | None = None
        items: list[Element] = []

        def flush_items() -> None:
            nonlocal items
            if items and current is not None:
                current.setdefault("content", []).append({"list": _tree(items)})
            items = []

        for index, element in enumerate(elements):
            if element.kind != "item":
                flush_items()
            if element.kind == "heading":
                level = max(1, min(element.level, 9))
                while stack and stack[-1][0] >= level:
                    stack.pop()
                section: dict = {"id": slug(element.plain, self.ids, "avsnitt")}
                if element.number:
                    section["number"] = element.number
                    parts = element.number.split(".")
                    for i, part in enumerate(parts[:9]):
                        counters[i] = int(part)
                    for i in range(len(parts), 10):
                        counters[i] = 0
                elif element.word_numbered:
                    counters[level - 1] += 1
                    for i in range(level, 10):
                        counters[i] = 0
                    section["number"] = ".".join(str(max(c, 1)) for c in counters[:level])
                    section["_word_numbered"] = True
                    self.word_numbered += 1
                section["title"] = element.plain
                (stack[-1][1].setdefault("sections", []) if stack else top).append(section)
                stack.append((level, section))
                current = section
                self.section_count += 1
                continue
            if current is None:
                continue
            content = current.setdefault("content", [])
            if element.kind == "item":
                items.append(element)
            elif element.kind == "para":
                content.append({"text": element.text, "_bold": element.bold})
            elif element.kind == "caption":
                last = content[-1] if content else None
                if last and "figure" in last and last["figure"] is None:
                    last["figure"] = element.plain
                else:
                    content.append({"figure": element.plain})
            elif element.kind == "image":
                if element.linked_image:
                    content.append({"text": "(länkad bild som inte lästs in)", "_note": "bilden var länkad till en extern fil och lästes inte in"})
                    continue
                name = f"{self.image_dir}/figur-{len(self.images) + 1}.{element.ext}"
                self.images.append((name, element.blob))
                block = {"figure": None, "image": name}
                if element.alt:
                    block["alt"] = element.alt
                content.append(block)
            elif element.kind == "table":
                content.append({"_table": element})
        flush_items()
        return top

    # ---------------------------------------------------------------- recognising parts

    def recognise(self, sections: list[dict], path: tuple = ("sections",)) -> None:
        for index, section in enumerate(sections):
            here = path + (index,)
            content = section.get("content", [])
            new: list[dict] = []
            for block in content:
                if "_table" in block:
                    new.extend(self.table(block["_table"], section, new, here))
                elif "list" in block and not self.abbreviations and self._abbreviations(block):
                    new.append({"part": "abbreviations", "_note": "listan lästes som förkortningar"})
                elif "list" in block and self._split_keys(block):
                    new.append({"part": "financing.split_keys", "_note": "listan lästes som fördelningsnycklar"})
                else:
                    new.append(block)
            self._goal_part(section, new, here)
            self._references(section, new)
            self._sources(section, new)
            for block in new:
                if "figure" in block and block["figure"] is None:
                    block["figure"] = "Figur"
                    block["_note"] = "bilden har ingen bildtext"
                if "figure" in block and block.get("image") and not block.get("alt"):
                    block["alt"] = block["figure"]
                    block["_note"] = "alternativtexten saknades; bildtexten används"
            section["content"] = new
            if not new:
                section.pop("content")
            self.recognise(section.get("sections", []), here + ("sections",))

    def _goal_part(self, section: dict, content: list[dict], path: tuple) -> None:
        for pattern, group, key in _PARTS_BY_TITLE:
            if not pattern.search(section["title"]):
                continue
            target = self.goals if group == "goals" else self.assignments
            if key in target or not content:
                return
            if all("text" in b and not b.get("_bold") for b in content):
                target[key] = [b["text"] for b in content]
            elif len(content) == 1 and "list" in content[0]:
                target[key] = content[0]["list"]
            else:
                return
            content[:] = [{"part": f"{group}.{key}", "_note": "avsnittets innehåll lästes som " + key}]
            return

    def _references(self, section: dict, content: list[dict]) -> None:
        if not re.match(r"^referenser", section["title"], re.I) or self.references:
            return
        texts = [b for b in content if "text" in b]
        lists = [b for b in content if "list" in b]
        if len(texts) + len(lists) != len(content):
            return
        entries = [b["text"] for b in texts] + [i if isinstance(i, str) else i["text"] for b in lists for i in b["list"]]
        for entry in entries:
            link = re.fullmatch(r"\[([^\]]+)\]\(([^)]*)\)", entry.strip())
            if link:
                self.references.append({"title": link[1], "url": link[2]})
            else:
                self.references.append({"title": entry.replace("**", "")})
        content[:] = [{"part": "references", "_note": "stycken lästa som referenser"}]

    def _sources(self, section: dict, content: list[dict]) -> None:
        if self.sources:
            return
        for block in content:
            text = block.get("text", "")
            if "finansier" not in text.lower():
                continue
            matches = list(_PERCENT.finditer(text))
            if len(matches) < 2 or sum(Decimal(m[1].replace(",", ".")) for m in matches) != 100:
                continue
            start = re.search(r"finansier\w*\s+(?:via\s+|av\s+)?", text, re.I)
            at = start.end() if start else 0
            sources = []
            for match in matches:
                name = text[at:match.start()].strip(" ,")
                name = re.sub(r"^(?:och|samt)\s+(?:via\s+)?", "", name).strip()
                if not name or len(name) > 200:
                    return
                entry = {"id": slug(match[2] or name, self.ids, "kalla"), "name": name}
                if match[2]:
                    entry["short_name"] = match[2]
                entry["share"] = _percent(match[1])
                sources.append(entry)
                at = match.end()
                following = re.match(r"\s*,?\s*(?:och|samt)\s+", text[at:])
                if following is None and match is not matches[-1]:
                    return
            self.sources = sources
            content.append({"part": "financing.sources", "_note": "finansieringskällor lästa ur texten"})
            return

    def _abbreviations(self, block: dict) -> bool:
        entries = block["list"]
        if len(entries) < 2 or not all(isinstance(e, str) for e in entries):
            return False
        found = {}
        for entry in entries:
            match = _ABBREVIATION.match(entry.replace("**", ""))
            if not match or not re.search(r"[A-ZÅÄÖ]", match[1]):
                return False
            found[match[1].strip()] = match[2].strip()
        self.abbreviations = found
        return True

    def _split_keys(self, block: dict) -> bool:
        entries = block["list"]
        if not entries or not all(isinstance(e, str) for e in entries):
            return False
        keys = []
        for entry in entries:
            match = _SPLIT_KEY.search(entry)
            if not match:
                return False
            first, second = _percent(match[1]), _percent(match[2])
            if Decimal(str(first)) + Decimal(str(second)) != 100:
                return False
            words = re.sub(r"\s+fördelas.*$", "", entry, flags=re.I)
            keys.append({"id": slug(words, self.ids, "nyckel"), "text": entry,
                         "shares": {match[3]: first, match[4]: second}})
        self.split_keys = keys
        return True

    # ---------------------------------------------------------------- tables

    def table(self, element: Element, section: dict, before: list[dict], path: tuple) -> list[dict]:
        rows = [r for r in element.rows if any(c.plain for c in r)]
        if not rows:
            return []
        head = [c.plain.strip() for c in rows[0]]
        where = f"{section.get('number', '')} {section['title']}".strip()
        first = head[0].lower() if head else ""
        if len(head) >= 2 and first in ("benämning", "post", "kostnadsslag", "kostnad") and head[1].lower().startswith("budget"):
            if self.budget is None:
                title = None
                if before and "text" in before[-1] and before[-1].get("_bold") and "budget" in before[-1]["text"].lower():
                    title = before.pop()["text"].replace("**", "").strip()
                self.budget_table(rows, title or section["title"], section, before, path)
                self.tables.append(f"{where}: budget")
                return [{"part": "budget"}]
        if len(head) >= 2 and re.match(r"^(beslutsforum|beslutsfora|arbetsforum|arbetsfora|forum)$", first):
            kind = "decision_forums" if first.startswith("besluts") else "working_forums"
            if not self.forums[kind]:
                self.forum_table(rows, kind)
                self.tables.append(f"{where}: {'beslutsforum' if kind == 'decision_forums' else 'arbetsforum'}")
                return [{"part": f"organisation.{kind}", "headings": head}]
        if len(head) == 2 and "system" in first and "beroende" in head[1].lower() and not self.related:
            for row in rows[1:]:
                cells = [c.markdown for c in row] + ["", ""]
                if cells[0] or cells[1]:
                    self.related.append({"name": row[0].plain or "(namn saknas)", "dependency": cells[1] or "(saknas)"})
            self.tables.append(f"{where}: närliggande system")
            return [{"part": "related_systems", "headings": head}]
        self.tables.append(f"{where}: tabell i texten")
        return [{"text": _markdown_table(rows), "_note": "tabellen känns inte igen; behållen som tabell i texten"}]

    def forum_table(self, rows: list[list[Cell]], kind: str) -> None:
        from ..model import Frequency

        head = [c.plain.lower() for c in rows[0]]
        columns = {}
        for i, h in enumerate(head[1:], 1):
            if "uppgift" in h or "beslut" in h:
                columns.setdefault("tasks", i)
            elif "deltag" in h:
                columns["participants"] = i
            elif "frekvens" in h or "möten" in h:
                columns["frequency"] = i
            elif "kallar" in h or "sammankallande" in h:
                columns["convener"] = i
        for row in rows[1:]:
            name = row[0].plain.strip()
            if not name:
                continue
            forum: dict = {"id": slug(name, self.ids, "forum"), "name": name}
            notes = []
            for key in ("tasks", "participants", "frequency", "convener"):
                i = columns.get(key)
                if i is None or i >= len(row) or not row[i].plain:
                    continue
                value = row[i].markdown if key == "tasks" else row[i].plain
                if key == "frequency":
                    try:
                        Frequency.parse(value)
                    except Exception:  # noqa: BLE001 - a frequency that cannot be read stays as a note
                        notes.append(f"frekvensen '{value}' kunde inte läsas")
                        continue
                forum[key] = value
            if notes:
                forum["_note"] = "; ".join(notes)
            self.forums[kind].append(forum)

    def budget_table(self, rows, title: str, section: dict, before: list[dict], path: tuple) -> None:
        head = [c.plain.strip() for c in rows[0]]
        text = title + " " + " ".join(head)
        unit = "tkr" if re.search(r"\btkr\b", text, re.I) else "mnkr" if re.search(r"\bmnkr\b", text, re.I) else "kr"
        budget: dict = {"title": title}
        year = re.search(r"\b(19\d\d|2[01]\d\d)\b", title)
        budget["year"] = int(year[1]) if year else None
        if m := re.search(r"\bansvar\s+(\d+)", title, re.I):
            budget["cost_centre"] = m[1]
        if m := re.search(r"\baktivitet\s+(\d+)", title, re.I):
            budget["activity"] = m[1]
        prose = " ".join(b.get("text", "") for b in before)
        if m := re.search(r"beslutas\s+av\s+([\wÅÄÖåäö]+)\s+(?:i\s+)?(Q[1-4]\s+\d{4}|\d{4}-\d{2}-\d{2})", prose):
            budget["decided_by"], budget["decided_when"] = m[1], m[2]
        if re.search(r"förhandsbeslutad|preliminär", prose, re.I):
            budget["status"] = "preliminary"
        if unit != "kr":
            budget["unit"] = unit
        budget["name_heading"] = head[0]
        budget["amount_heading"] = head[1]
        party_columns = [h for h in head[2:] if h]
        budget["parties"] = party_columns
        items: list[dict] = []
        group_start = 0
        notes: list[tuple[tuple, str]] = []

        def amounts(row, into: dict, where: tuple) -> None:
            cells = [c.plain for c in row] + [""] * len(head)
            asides = []
            for i, cell in enumerate(cells):
                match = re.fullmatch(r"(.*?\d.*?)\s*\(([^)]{1,80})\)", cell.strip())
                if match:  # "16 000 000 (beräknat: 15 900 000)": the stated amount, the rest noted
                    cells[i] = match[1]
                    asides.append(f"'{match[2]}'")
            if asides:
                into["_note"] = "cellen säger också " + ", ".join(asides)
            try:
                value, named = parse_amount(cells[1])
                if value is not None:
                    into["amount"] = value
                if named and named != unit:
                    notes.append((where + ("amount",), f"beloppet anges i {named}, tabellen i {unit}"))
                parties = {}
                for i, column in enumerate(party_columns, 2):
                    value, _ = parse_amount(cells[i])
                    if value is not None:
                        parties[column] = value
                if parties:
                    into["parties"] = parties
            except AmountError as exc:
                into["_note"] = f"beloppet '{exc}' kunde inte läsas som heltal"

        for row in rows[1:]:
            name = row[0].plain.strip()
            lowered = name.lower()
            if not name and all(c.plain.strip().lower() in ("", head[1].lower()) for c in row):
                continue  # a repeated header cell
            if lowered.startswith("delsumma") or lowered.startswith("summa ") and len(rows) and row is not rows[-1]:
                subtotal = {"label": name}
                amounts(row, subtotal, ("budget", "items", len(items) if group_start == len(items) else group_start, "subtotal"))
                lines = items[group_start:]
                del items[group_start:]
                items.append({"lines": lines, "subtotal": subtotal})
                group_start = len(items)
                continue
            if re.match(r"^(totalt|summa|total)\b", lowered):
                total = {"label": name}
                amounts(row, total, ("budget", "total"))
                budget["total"] = total
                continue
            line: dict = {"id": slug(name, self.ids, "rad"), "name": name or "(benämning saknas)"}
            amounts(row, line, ())
            if m := re.search(r"(\d+)\s*%", name):
                line["staffing_percent"] = int(m[1])
                line["_note"] = "bemanning läst ur benämningen"
            if "amount" not in line and "_note" not in line:
                line["_note"] = "raden saknar belopp i dokumentet"
            items.append(line)
        total = budget.pop("total", None)
        budget["items"] = items
        if total is not None:
            budget["total"] = total
        self.budget = budget
        self.budget_notes = notes

    # ---------------------------------------------------------------- assembling the plan

    def assemble(self, elements: list[Element]) -> dict:
        first_heading = next((i for i, e in enumerate(elements) if e.kind == "heading"
                              and e.plain.lower() not in ("innehåll", "innehållsförteckning")), len(elements))
        self.header()
        self.front(elements[:first_heading])
        sections = self.body([e for e in elements[first_heading:]
                              if not (e.kind == "heading" and e.plain.lower() in ("innehåll", "innehållsförteckning"))])
        self.recognise(sections)
        plan: dict = {"schema_version": 1}
        doc = {k: self.document[k] for k in ("type", "title", "subtitle", "collaboration", "version", "status",
                                             "registry_number", "issued", "approved", "decision", "organisations")
               if k in self.document}
        doc["language"] = "sv"
        if "title" not in doc:
            doc = {"title": "(titel saknas)", **doc}
            self.pending.append(("document", ("document", "title"), "dokumentet har ingen titel"))
        plan["document"] = doc
        plan["period"] = self.period(sections)
        plan["sections"] = sections
        if self.abbreviations:
            plan["abbreviations"] = self.abbreviations
        if self.goals:
            plan["goals"] = {k: self.goals[k] for k in ("overall", "long_term", "short_term") if k in self.goals}
        if self.assignments:
            plan["assignments"] = {k: self.assignments[k] for k in ("maintenance", "further_development", "new_development") if k in self.assignments}
        if self.budget:
            if self.budget["year"] is None:
                self.budget["year"] = plan["period"].get("year") or int(str(plan["period"]["start"])[:4])
                self.pending.append(("budget", ("budget", "year"), "budgetåret står inte i tabellens rubrik"))
            plan["budget"] = self.budget
        financing = self.financing()
        if financing:
            plan["financing"] = financing
        if any(self.forums.values()):
            plan["organisation"] = {k: v for k, v in self.forums.items() if v}
        if self.related:
            plan["related_systems"] = self.related
        if self.references:
            plan["references"] = self.references
        self.plan = plan
        self._collect_notes(plan)
        return plan

    def period(self, sections) -> dict:
        texts = []

        def walk(items):
            for s in items:
                texts.extend(b.get("text", "") for b in s.get("content", []))
                walk(s.get("sections", []))

        walk(sections)
        for text in texts:
            if m := re.search(r"perioden\s+(\d{4}-\d{2}-\d{2})\s*[–—-]\s*(\d{4}-\d{2}-\d{2})", text):
                return {"start": m[1], "end": m[2]}
        for source in (self.document.get("title", ""), self.document.get("subtitle", ""),
                       self.budget["title"] if self.budget else ""):
            if m := re.search(r"\b(19\d\d|2[01]\d\d)\b", source or ""):
                self.pending.append(("period", ("period", "year"), f"perioden gissad ur '{source}'"))
                return {"year": int(m[1])}
        self.pending.append(("period", ("period", "year"), "ingen period hittades; året är en gissning"))
        import datetime

        return {"year": datetime.date.today().year}

    def financing(self) -> dict:
        financing: dict = {}
        columns = self.budget["parties"] if self.budget else []
        key_parties = []
        for key in self.split_keys:
            for party in key["shares"]:
                if party not in key_parties:
                    key_parties.append(party)
        if columns:
            ids = {}
            unmatched = [p for p in key_parties if p not in columns]
            for column in columns:
                if column in key_parties or column in self.abbreviations or not unmatched:
                    ids[column] = column
                else:
                    ids[column] = unmatched.pop(0)
            parties = []
            for column in columns:
                party = {"id": ids[column], "name": self.abbreviations.get(ids[column], column), "column": column}
                if ids[column] != column:
                    party["_note"] = f"kolumnen '{column}' gissad som parten {ids[column]}"
                parties.append(party)
            order = {p: i for i, p in enumerate(key_parties)}
            parties.sort(key=lambda p: order.get(p["id"], len(order)))
            financing["parties"] = parties
            self.budget["parties"] = [ids[c] for c in columns]
            for item in self.budget["items"]:
                for entry in [item, item.get("subtotal") or {}] + item.get("lines", []):
                    if entry.get("parties"):
                        entry["parties"] = {ids[c]: v for c, v in entry["parties"].items()}
            if self.budget.get("total", {}).get("parties"):
                self.budget["total"]["parties"] = {ids[c]: v for c, v in self.budget["total"]["parties"].items()}
        elif self.budget is not None:
            self.budget.pop("parties")
        if self.split_keys:
            financing["split_keys"] = self.split_keys
        if self.sources:
            financing["sources"] = self.sources
        return financing

    def _collect_notes(self, plan: dict) -> None:
        """Turn the ``_note``/``_bold``/``_word_numbered`` markers into notes with their paths."""

        def walk(node, path):
            if isinstance(node, dict):
                note = node.pop("_note", None)
                node.pop("_bold", None)
                if node.pop("_word_numbered", False):
                    self.notes.append((path + ("number",), "numret räknat ur Words numrering"))
                if note:
                    first = next(iter(node))
                    self.notes.append((path + (first,), note))
                for key, value in list(node.items()):
                    walk(value, path + (key,))
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, path + (i,))

        walk(plan, ())
        for _kind, path, text in self.pending:
            self.notes.append((path, text))
        for path, text in getattr(self, "budget_notes", []):
            self.notes.append((path, text))


def _tree(items: list[Element]) -> list:
    """List paragraphs with levels as nested list items (str or {text, items})."""
    root: list[dict] = []
    stack: list[tuple[int, list]] = [(-1, root)]
    for element in items:
        while len(stack) > 1 and stack[-1][0] >= element.level:
            stack.pop()
        node = {"text": element.text, "items": []}
        stack[-1][1].append(node)
        stack.append((element.level, node["items"]))

    def plain(nodes):
        return [n["text"] if not n["items"] else {"text": n["text"], "items": plain(n["items"])} for n in nodes]

    return plain(root)


def _markdown_table(rows: list[list[Cell]]) -> str:
    width = max(len(r) for r in rows)

    def line(cells):
        values = [c.markdown.replace("|", "\\|") for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(values) + " |"

    out = [line(rows[0]), "|" + "|".join(["---"] * width) + "|"]
    out.extend(line(r) for r in rows[1:])
    return "\n".join(out)


def build(word: WordDocument, image_dir: str) -> Imported:
    builder = Builder(word, image_dir)
    data = builder.assemble(word.body)
    return Imported(data, builder.notes, builder.tables, builder.images, builder.section_count,
                    builder.word_numbered)
