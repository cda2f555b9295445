"""The plan model: a förvaltningsplan as Pydantic v2 models.

Keys are English snake_case; descriptions are Swedish because they are shown to plan authors in
their editor (through the exported JSON Schema). Money is whole kronor as ``int``; percentages
are exact ``Decimal``. Every model forbids unknown keys so that a misspelt key is reported.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PrivateAttr,
    Strict,
    Tag,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

SCHEMA_VERSION = 1

# Money: whole kronor, never float; bool is not accepted either (strict int).
Kronor = Annotated[
    int,
    Strict(),
    Field(ge=0, le=10**12, description="Belopp i hela kronor, t.ex. 594000.", examples=[594000]),
]
# An amount in a budget table's own unit (kr, tkr or mnkr): a whole number, signed because a
# result can be negative and a result statement may write costs as negative numbers; whether a
# sign is allowed on a row is the budget-sign check's business (it knows the row's kind).
Amount = Annotated[
    int,
    Strict(),
    Field(
        ge=-(10**12), le=10**12,
        description="Belopp som ett heltal i tabellens enhet (unit: kr, tkr eller mnkr), t.ex. 594000.",
        examples=[594000],
    ),
]
# A population or a count of users: a whole number.
Count = Annotated[int, Strict(), Field(ge=0, le=10**10, description="Antal, ett heltal.")]
# A price per inhabitant or per member may have öre ("27,50 kr"): exact Decimal kronor.
_PRICE_TEXT = re.compile(r"^\d{1,9}(\.\d{1,2})?$")


def _exact_price(raw: Any) -> Any:
    """A fee in kronor with at most two decimals (öre), exact: a YAML float is read from its
    text as written, so 27.5 is 27.50 kr and never 27.4999…"""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, float):
        raw = getattr(raw, "text", None) or repr(raw)
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, str):
        text = raw.strip()
        if _PRICE_TEXT.match(text):
            return Decimal(text)
        raise PydanticCustomError(
            "price_format",
            "ett belopp i kronor med högst två decimaler väntas, t.ex. 27 eller 27.50 (punkt, inte komma)",
        )
    return raw


Price = Annotated[
    Decimal,
    Field(ge=0, le=10**9, description="Belopp i kronor, högst två decimaler (öre), t.ex. 27 eller 27.50.",
          examples=[27]),
    BeforeValidator(_exact_price),
]
# A percentage is exact, so its size is bounded before any exact arithmetic: "1E-999999999" is a
# Decimal, but the Fraction or the digits it stands for would take hours to build.
MAX_PERCENT_DIGITS = 40
MAX_PERCENT_EXPONENT = 40


def _percent_error(kind: str, shown: str, digits: int = 0) -> PydanticCustomError:
    if kind == "percent_digits":
        return PydanticCustomError(
            kind, "talet {value} har {count} siffror; ett procenttal får ha högst {limit}",
            {"value": shown, "count": digits, "limit": MAX_PERCENT_DIGITS},
        )
    return PydanticCustomError(
        kind, "talet {value} har en orimlig exponent; skriv procenttalet utan exponent, t.ex. 33.5",
        {"value": shown},
    )


def _exact_percent(raw: Any) -> Any:
    """A percentage as an exact, bounded ``Decimal``: a YAML float is read from its text as
    written (``30.0000000000000000000000000001`` is not the float 30.0), text is parsed, and a
    number with more than MAX_PERCENT_DIGITS digits or an exponent beyond ±MAX_PERCENT_EXPONENT
    is refused. Anything else is left to Pydantic's own Decimal validation and its messages."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, float):
        written = getattr(raw, "text", None) or repr(raw)  # the loader's floats carry their text
    elif isinstance(raw, str):
        written = raw.strip()
    elif isinstance(raw, (int, Decimal)):
        written = str(Decimal(raw))  # str() of a huge int is refused; of a Decimal it is not
    else:
        return raw
    shown = written if len(written) <= 40 else written[:39] + "…"
    try:
        value = Decimal(written)
    except (ArithmeticError, ValueError):
        if isinstance(raw, float) and math.isfinite(raw):
            raise _percent_error("percent_exponent", shown) from None  # beyond Decimal's exponents
        return raw  # YAML's .inf and .nan, or text that Pydantic reports with its own hint
    if not value.is_finite():
        return raw  # Pydantic tells "a finite number" about the value as written
    _sign, digits, exponent = value.as_tuple()
    if len(digits) > MAX_PERCENT_DIGITS:
        raise _percent_error("percent_digits", shown, len(digits))
    if not -MAX_PERCENT_EXPONENT <= exponent <= MAX_PERCENT_EXPONENT:
        raise _percent_error("percent_exponent", shown)
    return value


Percent = Annotated[
    Decimal,
    Field(ge=0, le=100_000, description="Procent, exakt (t.ex. 70 eller 33.5).", examples=[70]),
    BeforeValidator(_exact_percent),  # after the constraints, so that they stay in the JSON Schema
]
Identifier = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö_.-]*$",
        description="Stabil identifierare (bokstäver, siffror, -, _ och .), används för referenser och diff.",
        examples=["lonekostnader"],
    ),
]


_ITEM_ID = "Stabil identifierare (valfri); används i referenser och för att diff ska känna igen posten."


# Default factories are plain functions: Pydantic inspects a factory's signature, which for the
# builtins list and dict means tokenizing their text signatures (~20 ms of every start-up).
def _empty_list() -> list:
    return []


def _empty_dict() -> dict:
    return {}


class PlanModel(BaseModel):
    """Common configuration: unknown keys are errors, values are checked on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=False, defer_build=True)


# --------------------------------------------------------------------------------------------
# Scalar value types written as plain YAML strings
# --------------------------------------------------------------------------------------------

class _TextScalar:
    """A value written as one YAML string and kept as written (``str()`` gives it back), with a
    ``parse`` classmethod that validates it and a ``JSON_SCHEMA`` for editors."""

    __slots__ = ()
    JSON_SCHEMA: dict[str, Any] = {}

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return dict(cls.JSON_SCHEMA)


_DATE_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(\?)?$")


class PlanDate(_TextScalar):
    """A calendar date that may be marked tentative with a trailing ``?`` (``2025-12-10?``).

    Sources sometimes give a date with a question mark; the mark is kept so that it is never
    silently made certain, and the validator reports it.
    """

    __slots__ = ("value", "tentative")

    def __init__(self, value: dt.date, tentative: bool = False) -> None:
        self.value = value
        self.tentative = tentative

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, PlanDate)
            and (self.value, self.tentative) == (other.value, other.tentative)
        )

    def __hash__(self) -> int:
        return hash((self.value, self.tentative))

    def __repr__(self) -> str:
        return f"PlanDate({self.value.isoformat()!r}, tentative={self.tentative})"

    def __str__(self) -> str:
        return self.value.isoformat() + ("?" if self.tentative else "")

    @classmethod
    def parse(cls, raw: Any) -> PlanDate:
        if isinstance(raw, PlanDate):
            return raw
        if isinstance(raw, dt.datetime):
            raise PydanticCustomError(
                "date_with_time", "ett datum utan klockslag väntas (ÅÅÅÅ-MM-DD)"
            )
        if isinstance(raw, dt.date):
            return cls(raw)
        if isinstance(raw, str):
            match = _DATE_TEXT.match(raw.strip())
            if match:
                year, month, day, mark = match.groups()
                try:
                    return cls(dt.date(int(year), int(month), int(day)), bool(mark))
                except ValueError as exc:
                    raise PydanticCustomError(
                        "date_impossible", "datumet {value} finns inte ({reason})",
                        {"value": raw, "reason": str(exc)},
                    ) from None
        raise PydanticCustomError(
            "date_format",
            "ett datum ÅÅÅÅ-MM-DD väntas, med ett avslutande ? om det är preliminärt "
            "(t.ex. 2025-12-10?)",
        )

    JSON_SCHEMA: dict[str, Any] = {
        "type": "string",
        "pattern": r"^\d{4}-\d{2}-\d{2}\??$",
        "description": "Datum ÅÅÅÅ-MM-DD; ett avslutande ? markerar ett preliminärt datum.",
        "examples": ["2025-02-04", "2025-12-10?"],
    }


_MONTHS_SV = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
_WHEN_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(\?)?$")
_WHEN_PART = re.compile(
    r"^(?:(?P<q>Q|kvartal\s*|K)(?P<qn>[1-4])|(?P<t>T|tertial\s*)(?P<tn>[1-3])|(?P<m>[a-zåäö]+))"
    r"(?:\s+(?P<year>\d{4}))?(?P<mark>\?)?$",
    re.IGNORECASE,
)
# The same grammar for editors (JSON Schema patterns have no flags or named groups).
_WHEN_JSON_PATTERN = (
    r"^\d{4}-\d{2}(-\d{2})?\??$"
    r"|^([Qq]|[Kk]|[Kk]vartal ?)[1-4]( \d{4})?\??$"
    r"|^([Tt]|[Tt]ertial ?)[1-3]( \d{4})?\??$"
    r"|^[A-Za-zåäö]+( \d{4})?\??$"
)


class PlanTime(_TextScalar):
    """When something happens in the year: a date (``2026-03-15``), a month (``2026-03`` or
    ``mars 2026``), a quarter (``Q1 2026``, ``kvartal 1``) or a tertial (``T2 2026``). Without a
    year it recurs every year of the plan (an årshjul). A trailing ``?`` marks it tentative.
    The text is kept as written; ``first_day``/``last_day`` give the span it stands for."""

    __slots__ = ("text", "year", "first_month", "last_month", "day", "tentative")

    def __init__(self, text: str, year: int | None, first_month: int, last_month: int,
                 day: int | None = None, tentative: bool = False) -> None:
        self.text = text
        self.year = year
        self.first_month = first_month
        self.last_month = last_month
        self.day = day
        self.tentative = tentative

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlanTime) and self.text == other.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"PlanTime({self.text!r})"

    def __str__(self) -> str:
        return self.text

    def first_day(self, year: int | None = None) -> dt.date:
        """The first day it stands for, in its own year or else in ``year``."""
        return dt.date(self.year or year or 1, self.first_month, self.day or 1)

    def last_day(self, year: int | None = None) -> dt.date:
        at = self.year or year or 1
        if self.day:
            return dt.date(at, self.last_month, self.day)
        following = dt.date(at + (self.last_month == 12), self.last_month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @classmethod
    def parse(cls, raw: Any) -> PlanTime:
        if isinstance(raw, PlanTime):
            return raw
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return cls(raw.isoformat(), raw.year, raw.month, raw.month, raw.day)
        if isinstance(raw, str):
            text = raw.strip()
            match = _WHEN_DATE.match(text)
            if match:
                year, month, day, mark = match.groups()
                try:
                    when = dt.date(int(year), int(month), int(day or 1))
                except ValueError as exc:
                    raise PydanticCustomError(
                        "date_impossible", "datumet {value} finns inte ({reason})",
                        {"value": text, "reason": str(exc)},
                    ) from None
                return cls(text, when.year, when.month, when.month,
                           when.day if day else None, bool(mark))
            match = _WHEN_PART.match(text)
            if match:
                year = int(match["year"]) if match["year"] else None
                if year is not None and not 1900 <= year <= 2200:
                    year = None
                if match["qn"]:
                    first = 3 * int(match["qn"]) - 2
                    return cls(text, year, first, first + 2, None, bool(match["mark"]))
                if match["tn"]:
                    first = 4 * int(match["tn"]) - 3
                    return cls(text, year, first, first + 3, None, bool(match["mark"]))
                name = match["m"].lower()
                if name in _MONTHS_SV:
                    month = _MONTHS_SV.index(name) + 1
                    return cls(text, year, month, month, None, bool(match["mark"]))
        raise PydanticCustomError(
            "when_format",
            "en tidpunkt väntas: ett datum (2026-03-15), en månad (2026-03 eller mars 2026), "
            "ett kvartal (Q1 2026) eller ett tertial (T2 2026); utan år gäller den varje år",
        )

    JSON_SCHEMA: dict[str, Any] = {
        "type": "string",
        "pattern": _WHEN_JSON_PATTERN,
        "description": "Tidpunkt: datum, månad, kvartal (Q1 2026) eller tertial (T2 2026); utan år varje år.",
        "examples": ["2026-03-15", "Q4 2026", "mars", "Q2"],
    }


_FREQUENCY_TEXT = re.compile(
    r"^(?P<at_least>minst\s+)?(?P<low>\d+)(?:\s*[-–]\s*(?P<high>\d+))?\s*(?:ggr|gång|gånger)\s*/\s*"
    r"(?P<per>år|halvår|kvartal|månad|vecka)$",
    re.IGNORECASE,
)
# The same grammar for editors (JSON Schema patterns have no flags or named groups).
_FREQUENCY_JSON_PATTERN = (
    r"^([Mm]inst\s+)?\d+(\s*[-–]\s*\d+)?\s*(ggr|gång|gånger)\s*/\s*(år|halvår|kvartal|månad|vecka)$"
    r"|^[Vv]id behov$"
)
_AS_NEEDED = re.compile(r"^vid behov$", re.IGNORECASE)


class Frequency(_TextScalar):
    """How often a forum meets, written as in the plan ("Minst 6 ggr/år", "6-8 ggr/år",
    "vid behov") and kept machine-readable as ``low``/``high``/``per``."""

    __slots__ = ("text", "low", "high", "per")

    def __init__(self, text: str, low: int | None, high: int | None, per: str | None) -> None:
        self.text = text
        self.low = low
        self.high = high  # None: no upper bound ("minst") or as needed
        self.per = per

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Frequency) and self.text == other.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Frequency({self.text!r})"

    def __str__(self) -> str:
        return self.text

    @classmethod
    def parse(cls, raw: Any) -> Frequency:
        if isinstance(raw, Frequency):
            return raw
        if isinstance(raw, str):
            text = raw.strip()
            if _AS_NEEDED.match(text):
                return cls(text, None, None, None)
            match = _FREQUENCY_TEXT.match(text)
            if match:
                low = int(match["low"])
                high = int(match["high"]) if match["high"] else (None if match["at_least"] else low)
                if high is not None and high < low:
                    raise PydanticCustomError(
                        "frequency_range", "intervallet {text} går baklänges", {"text": text}
                    )
                return cls(text, low, high, match["per"].lower())
        raise PydanticCustomError(
            "frequency_format",
            "en mötesfrekvens som 'Minst 6 ggr/år', '6-8 ggr/år', '4 ggr/kvartal' eller "
            "'vid behov' väntas",
        )

    JSON_SCHEMA: dict[str, Any] = {
        "type": "string",
        "pattern": _FREQUENCY_JSON_PATTERN,
        "description": "Mötesfrekvens, t.ex. 'Minst 6 ggr/år', '6-8 ggr/år' eller 'vid behov'.",
        "examples": ["Minst 6 ggr/år", "6-8 ggr/år"],
    }


# --------------------------------------------------------------------------------------------
# Document metadata
# --------------------------------------------------------------------------------------------


class Status(str, Enum):
    """Dokumentets status. Arbetsmaterial, Utkast och Remiss är utkast."""

    ARBETSMATERIAL = "Arbetsmaterial"
    UTKAST = "Utkast"
    REMISS = "Remiss"
    UTGAVA = "Utgåva"
    FASTSTALLD = "Fastställd"

    @property
    def is_draft(self) -> bool:
        return self in (Status.ARBETSMATERIAL, Status.UTKAST, Status.REMISS)


class Signature(PlanModel):
    """Vem som utfärdat eller godkänt dokumentet, och när."""

    by: str = Field(description="Person eller forum, t.ex. 'Ledningsråd för hjälpmedel'.")
    date: PlanDate | None = Field(default=None, description="Datum (ÅÅÅÅ-MM-DD, ? om preliminärt).")


class Decision(PlanModel):
    """Beslut eller ställningstagande om planen i ett beslutsforum."""

    label: str | None = Field(
        default=None, description="Rubriken som dokumentet använder, t.ex. 'Ställningstagande i VVG'."
    )
    forum: str = Field(description="Forum som beslutar eller tar ställning, t.ex. 'VVG'.")
    date: PlanDate | None = Field(default=None, description="Datum; avsluta med ? om preliminärt.")


class Period(PlanModel):
    """Perioden planen gäller för. Ange start och slut, eller bara år för ett helt kalenderår."""

    start: PlanDate | None = Field(default=None, description="Första dag (ÅÅÅÅ-MM-DD).")
    end: PlanDate | None = Field(default=None, description="Sista dag (ÅÅÅÅ-MM-DD).")
    year: Annotated[int, Strict()] | None = Field(
        default=None, ge=1900, le=2200, description="Kalenderår, när källan bara anger året."
    )

    @model_validator(mode="after")
    def _start_and_end_or_year(self) -> Period:
        if self.year is None and (self.start is None or self.end is None):
            raise PydanticCustomError(
                "period_incomplete", "ange både start och end, eller year för ett helt kalenderår"
            )
        if self.year is not None and (self.start is not None or self.end is not None):
            raise PydanticCustomError(
                "period_ambiguous", "ange antingen year eller start och end, inte båda"
            )
        return self

    @property
    def first_day(self) -> dt.date:
        return self.start.value if self.start else dt.date(self.year, 1, 1)  # type: ignore[arg-type]

    @property
    def last_day(self) -> dt.date:
        return self.end.value if self.end else dt.date(self.year, 12, 31)  # type: ignore[arg-type]

    @property
    def years(self) -> range:
        return range(self.first_day.year, self.last_day.year + 1)


class Person(PlanModel):
    """En person eller funktion med kontaktuppgifter."""

    name: str = Field(description="Namn, eller funktion när ingen person anges.")
    title: str | None = Field(default=None, description="Befattning eller roll, t.ex. 'Arkivarie'.")
    organisation: str | None = Field(default=None, description="Organisation eller enhet.")
    email: str | None = Field(default=None, description="E-postadress.")
    phone: str | None = Field(default=None, description="Telefonnummer som det står, t.ex. '031-123 45 67'.")
    postal_address: str | None = Field(
        default=None, description="Postadress som den står, t.ex. 'Box 123, 411 04 Göteborg'."
    )


class Revision(PlanModel):
    """En rad i dokumentets revisionshistorik."""

    version: str | None = Field(default=None, description="Version, t.ex. '1.1'.")
    date: PlanDate | None = Field(default=None, description="Datum (ÅÅÅÅ-MM-DD, ? om preliminärt).")
    by: str | None = Field(default=None, description="Vem som gjorde ändringen.")
    change: str = Field(description="Vad som ändrades.")


class Document(PlanModel):
    """Dokumentuppgifter från försättssida, sidhuvud och diarium."""

    object_id: Identifier | None = Field(
        default=None,
        description="Förvaltningsobjektets id, detsamma år efter år, t.ex. 'websesam': plan portfolio jämför "
        "objektets planer mellan åren med det. Utan id används filnamnet utan årtal (2025-websesam.yaml → websesam).",
    )
    type: str | None = Field(default=None, description="Dokumenttyp, t.ex. 'Förvaltningsplan webSesam'.")
    title: str = Field(description="Dokumentets titel.")
    subtitle: str | None = Field(default=None, description="Undertitel.")
    collaboration: str | None = Field(
        default=None,
        description="Samverkan eller uppdragsgivare som planen tillhör, t.ex. 'Vårdsamverkan Västra Götaland'.",
    )
    version: str | None = Field(default=None, description="Dokumentversion, t.ex. '1.0'.")
    edition: str | None = Field(
        default=None, description="Utgåva som dokumentet anger den, t.ex. 'Reviderad 2019-03-14'."
    )
    status: Status | None = Field(
        default=None,
        description="Status: Arbetsmaterial, Utkast, Remiss, Utgåva eller Fastställd; utelämnas om dokumentet inte anger någon.",
    )
    registry_number: str | None = Field(
        default=None, description="Diarienummer som det står, t.ex. 'KF 2018/0123'."
    )
    case: str | None = Field(default=None, description="Ärendet som dokumentet hör till.")
    handler: Person | None = Field(default=None, description="Handläggare.")
    document_owner: Person | None = Field(default=None, description="Dokumentansvarig.")
    address: Person | None = Field(
        default=None, description="Utgivarens kontaktuppgifter: organisation, postadress, telefon."
    )
    issued: Signature | None = Field(default=None, description="Utfärdat av och datum.")
    approved: Signature | None = Field(default=None, description="Godkänt av och datum.")
    decision: Decision | None = Field(default=None, description="Beslut/ställningstagande om planen.")
    revisions: list[Revision] = Field(default_factory=_empty_list, description="Revisionshistorik, äldst först.")
    organisations: list[str] = Field(
        default_factory=_empty_list, description="Organisationer på försättssidan (logotyper), i ordning."
    )
    language: Literal["sv"] = Field(default="sv", description="Dokumentets språk.")

    @property
    def is_draft(self) -> bool:
        """Whether the document says it is a draft (no status stated is not a draft)."""
        return self.status is not None and self.status.is_draft


# --------------------------------------------------------------------------------------------
# Sections and their content
# --------------------------------------------------------------------------------------------


class ListEntry(PlanModel):
    """En punkt med underpunkter."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    text: str = Field(description="Punktens text (Markdown).")
    items: list[ListItem] = Field(default_factory=_empty_list, description="Underpunkter.")


def _list_item_kind(value: Any) -> str:
    # One alternative is tried, so a typo inside {text, items} is one finding, not also "text expected".
    return "entry" if isinstance(value, (dict, ListEntry)) else "text"


ListItem = Annotated[
    Union[Annotated[str, Tag("text")], Annotated[ListEntry, Tag("entry")]],
    Discriminator(_list_item_kind),
    Field(description="En punkt: text (Markdown), eller {text, items} med underpunkter."),
]
ListEntry.model_rebuild()


class TextBlock(PlanModel):
    """Ett stycke löptext (Markdown)."""

    text: str = Field(description="Stycket, i Markdown.")


class ListBlock(PlanModel):
    """En punktlista, eventuellt med underpunkter."""

    bullets: list[ListItem] = Field(alias="list", description="Punkterna i listan.")


class FigureBlock(PlanModel):
    """En figur. Bara bildtexten finns när bilden inte finns att tillgå."""

    figure: str = Field(description="Bildtext, t.ex. 'Figur: Förvaltningsmodellen i processform'.")
    image: str | None = Field(
        default=None, description="Bildfilen (PNG, JPEG eller SVG), relativ till planen, t.ex. 'bilder/modell.png'."
    )
    alt: str | None = Field(
        default=None,
        description="Alternativtext: vad bilden visar, för den som inte ser den (krävs när image anges).",
    )


PartName = Literal[
    "abbreviations",
    "goals.overall",
    "goals.long_term",
    "goals.short_term",
    "goals.measurable",
    "assignments.maintenance",
    "assignments.further_development",
    "assignments.new_development",
    "budget",
    "financing.parties",
    "financing.split_keys",
    "financing.sources",
    "financing.invoicing",
    "financing.split",
    "financing.fees",
    "financing.population",
    "financing.surplus",
    "organisation.decision_forums",
    "organisation.working_forums",
    "related_systems",
    "references",
    "contacts",
    "document.revisions",
    "scope.processes",
    "scope.components",
    "scope.user_groups",
    "stakeholders",
    "roles",
    "activities",
    "resources",
    "risks",
    "agreements",
    "milestones",
    "annual_cycle",
]
PART_NAMES: tuple[str, ...] = PartName.__args__  # type: ignore[attr-defined]


class PartBlock(PlanModel):
    """Placerar en strukturerad del av planen (budget, mål, forum …) i avsnittet."""

    part: PartName = Field(description="Vilken del som visas här, t.ex. 'budget' eller 'goals.long_term'.")
    headings: list[str] | None = Field(
        default=None,
        description="Tabellens kolumnrubriker som de står i dokumentet, t.ex. ['Beslutsforum', 'Deltagare', …].",
    )


BLOCK_KINDS: dict[str, type[PlanModel]] = {
    "text": TextBlock,
    "list": ListBlock,
    "figure": FigureBlock,
    "part": PartBlock,
}


def _block_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in value:
            if key in BLOCK_KINDS:
                return key
        return None
    if isinstance(value, BaseModel):
        for kind, model in BLOCK_KINDS.items():
            if isinstance(value, model):
                return kind
    return None


Block = Annotated[
    Union[
        Annotated[TextBlock, Tag("text")],
        Annotated[ListBlock, Tag("list")],
        Annotated[FigureBlock, Tag("figure")],
        Annotated[PartBlock, Tag("part")],
    ],
    Discriminator(
        _block_kind,
        custom_error_type="block_kind",
        custom_error_message="ett innehållsblock ska ha en av nycklarna text, list, figure eller part",
    ),
]


class Section(PlanModel):
    """Ett avsnitt med rubrik, i planens egen ordning och numrering."""

    id: Identifier | None = Field(default=None, description="Stabil identifierare för avsnittet.")
    number: str | None = Field(
        default=None, description="Numret som det står i dokumentet, t.ex. '4.2'; utelämnas om onumrerat."
    )
    title: str = Field(description="Rubriken som den står i dokumentet.")
    content: list[Block] = Field(default_factory=_empty_list, description="Innehållet, i ordning.")
    sections: list[Section] = Field(default_factory=_empty_list, description="Underavsnitt.")


# --------------------------------------------------------------------------------------------
# Goals and assignments
# --------------------------------------------------------------------------------------------


class MeasurableGoal(PlanModel):
    """Ett mätbart mål: vad som mäts, var det står, vart det ska och vad det blev."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    goal: str = Field(description="Målet som det står (Markdown).")
    indicator: str = Field(description="Indikatorn eller måttet, t.ex. 'Andel e-arkiverade system'.")
    baseline: str | None = Field(default=None, description="Utgångsläge som det står, t.ex. '12 av 30 system (2018)'.")
    target: str | None = Field(default=None, description="Målvärde som det står, t.ex. '20 av 30 system'.")
    outcome: str | None = Field(default=None, description="Utfall, när det är känt.")
    due: PlanTime | None = Field(default=None, description="När målet ska vara nått, t.ex. '2019-12-31' eller 'Q4 2019'.")
    owner: str | None = Field(default=None, description="Vem som ansvarar för målet.")


class Goals(PlanModel):
    """Mål för förvaltningen."""

    overall: list[ListItem] = Field(default_factory=_empty_list, description="Övergripande mål.")
    long_term: list[ListItem] = Field(default_factory=_empty_list, description="Långsiktiga mål.")
    short_term: list[ListItem] = Field(default_factory=_empty_list, description="Kortsiktiga mål.")
    measurable: list[MeasurableGoal] = Field(
        default_factory=_empty_list, description="Mätbara mål med indikator, utgångsläge, målvärde och utfall."
    )


class Assignments(PlanModel):
    """Förvaltningsuppdraget indelat i vidmakthållande, vidareutveckling och nyutveckling."""

    maintenance: list[ListItem] = Field(default_factory=_empty_list, description="Vidmakthållande.")
    further_development: list[ListItem] = Field(
        default_factory=_empty_list, description="Vidareutveckling nödvändig för vidmakthållande."
    )
    new_development: list[ListItem] = Field(
        default_factory=_empty_list, description="Nyutveckling: ny funktionalitet och utveckling."
    )


# --------------------------------------------------------------------------------------------
# Budget
# --------------------------------------------------------------------------------------------


ActivityType = Literal[
    "forvaltningsstyrning", "vidmakthallande", "vidareutveckling", "nyutveckling", "drift_support"
]
ACTIVITY_TYPES: tuple[str, ...] = ActivityType.__args__  # type: ignore[attr-defined]
LineKind = Literal["cost", "income", "depreciation", "investment"]
Unit = Literal["kr", "tkr", "mnkr"]
UNIT_KRONOR: dict[str, int] = {"kr": 1, "tkr": 1_000, "mnkr": 1_000_000}


class BudgetColumn(PlanModel):
    """En årskolumn i en flerårig budgettabell: utfall, budget, prognos eller plan för ett år."""

    id: Identifier = Field(description="Kolumnens id, används som nyckel i radernas values, t.ex. 'budget-2019'.")
    heading: str = Field(description="Kolumnrubriken som den står, t.ex. 'Budget 2019' eller 'Utfall 2017'.")
    kind: Literal["budget", "plan", "outcome", "forecast"] = Field(
        description="budget (beslutad budget), plan (planår), outcome (utfall) eller forecast (prognos)."
    )
    year: Annotated[int, Strict()] = Field(ge=1900, le=2200, description="Året kolumnen gäller.")


class _Amounts(PlanModel):
    """Common to a line, a stated sum and a result: an amount for the budget year, and in a
    table with year columns one amount per column (``values``). In such a table the budget-year
    column's value is also ``amount`` (filled in by :class:`Budget`); ``amount_from`` then names
    the column it was read from, so that a finding points at what the author wrote."""

    _amount_from: str | None = PrivateAttr(default=None)

    @property
    def amount_from(self) -> str | None:
        return self._amount_from

    def column_value(self, column: str | None) -> int | None:
        """The stated amount in a year column, or the budget-year ``amount`` for ``None``."""
        if column is None:
            return self.amount  # type: ignore[attr-defined]
        return (self.values or {}).get(column)  # type: ignore[attr-defined]


def _values_field() -> Any:
    # Declared last in each kind of row, so that fmt and textconv put it after the row's name.
    return Field(
        default=None,
        description="Belopp per årskolumn (kolumnens id ur budget.columns → belopp i tabellens enhet), som det står.",
    )


class BudgetLine(_Amounts):
    """En rad i budgeten: en kostnad, en intäkt, avskrivningar eller en investering."""

    id: Identifier | None = Field(default=None, description="Stabil identifierare för raden.")
    name: str = Field(description="Benämning som i dokumentet.")
    kind: LineKind = Field(
        default="cost",
        description="cost (kostnad, standard), income (intäkt), depreciation (avskrivningar) eller investment (investering).",
    )
    amount: Amount | None = Field(
        default=None,
        description="Budgetårets belopp i tabellens enhet (hela kronor om unit saknas); utelämnas om källan saknar belopp.",
    )
    staffing_percent: Percent | None = Field(
        default=None, description="Bemanning i procent av heltid, t.ex. 100 eller 580."
    )
    parties: dict[str, Kronor] | None = Field(
        default=None, description="Belopp per finansierande part (partens id → belopp i tabellens enhet), som det står."
    )
    split_key: str | None = Field(default=None, description="Id för fördelningsnyckeln som gäller raden.")
    activity_type: ActivityType | None = Field(
        default=None,
        description="Aktivitetstyp enligt pm3: forvaltningsstyrning, vidmakthallande, vidareutveckling, nyutveckling eller drift_support.",
    )
    values: dict[str, Amount] | None = _values_field()


class StatedSum(_Amounts):
    """En summa som dokumentet anger (delsumma eller totalt), exakt som den står."""

    label: str | None = Field(default=None, description="Radens text, t.ex. 'Totalt' eller 'delsumma VGR IT debiterar'.")
    amount: Amount | None = Field(default=None, description="Angivet belopp i tabellens enhet.")
    parties: dict[str, Kronor] | None = Field(default=None, description="Angivna belopp per part.")
    values: dict[str, Amount] | None = _values_field()


class BudgetResult(_Amounts):
    """En resultatrad som dokumentet anger: intäkter minus kostnader för alla rader ovanför
    (avskrivningar räknas med när de står ovanför; investeringar räknas aldrig)."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    result: str = Field(description="Radens text, t.ex. 'Resultat före avskrivningar'.")
    amount: Amount | None = Field(default=None, description="Angivet resultat för budgetåret i tabellens enhet.")
    values: dict[str, Amount] | None = _values_field()


class BudgetGroup(PlanModel):
    """En grupp rader med angiven delsumma."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    group: str | None = Field(default=None, description="Gruppens rubrik, om dokumentet har en.")
    lines: list[BudgetLine] = Field(description="Raderna i gruppen.")
    subtotal: StatedSum | None = Field(default=None, description="Angiven delsumma.")


def _budget_item_kind(value: Any) -> str:
    if isinstance(value, dict):
        if "result" in value:
            return "result"
        return "group" if "lines" in value or "group" in value else "line"
    if isinstance(value, BudgetResult):
        return "result"
    return "group" if isinstance(value, BudgetGroup) else "line"


BudgetItem = Annotated[
    Union[
        Annotated[BudgetLine, Tag("line")],
        Annotated[BudgetGroup, Tag("group")],
        Annotated[BudgetResult, Tag("result")],
    ],
    Discriminator(_budget_item_kind),
]


class Budget(PlanModel):
    """Budgeten som den står i dokumentet; summor räknas om av validatorn.

    En enkel budget har ett belopp per rad (amount) för budgetåret. En flerårig tabell anger
    sina årskolumner i columns och beloppen per kolumn i values; budgetårets kolumn (kind budget,
    samma år som year) är då radens amount.
    """

    title: str = Field(description="Budgettabellens rubrik som den står.")
    year: Annotated[int, Strict()] = Field(ge=1900, le=2200, description="Budgetår.")
    unit: Unit = Field(
        default="kr", description="Enheten som tabellens belopp anges i: kr (standard), tkr eller mnkr."
    )
    costs_negative: bool = Field(
        default=False,
        description="true när tabellen är en resultaträkning som skriver kostnader med minustecken.",
    )
    columns: list[BudgetColumn] = Field(
        default_factory=_empty_list,
        description="Årskolumner i ordning (utfall, budget, plan); utelämnas för en budget med bara budgetåret.",
    )
    cost_centre: str | None = Field(default=None, description="Ansvar (kostnadsställe), t.ex. '92910'.")
    activity: str | None = Field(default=None, description="Aktivitet, t.ex. '3060'.")
    decided_by: str | None = Field(default=None, description="Vem som beslutar budgeten, t.ex. 'SITIV'.")
    decided_when: str | None = Field(default=None, description="När budgeten beslutas, t.ex. 'Q4 2025' eller ett datum.")
    status: Literal["preliminary", "decided"] | None = Field(
        default=None, description="preliminary (förhandsbeslutad/preliminär) eller decided (beslutad)."
    )
    name_heading: str = Field(default="Benämning", description="Kolumnrubrik för benämning.")
    amount_heading: str = Field(default="Budget", description="Kolumnrubrik för belopp.")
    parties: list[str] = Field(
        default_factory=_empty_list, description="Parternas kolumner i ordning (partens id ur financing.parties)."
    )
    items: list[BudgetItem] = Field(description="Rader, grupper och resultatrader i dokumentets ordning.")
    total: StatedSum | None = Field(default=None, description="Angiven totalsumma, totalt och per part.")

    @property
    def kronor_per_unit(self) -> int:
        """How many kronor one unit of the table is (1, 1 000 or 1 000 000)."""
        return UNIT_KRONOR[self.unit]

    @property
    def budget_column(self) -> BudgetColumn | None:
        """The year column that is the budget year (kind budget, the budget's year)."""
        for column in self.columns:
            if column.kind == "budget" and column.year == self.year:
                return column
        return None

    @property
    def plan_years(self) -> list[int]:
        """The plan years after the budget year ("plan 2020–2021"), in order."""
        return sorted({c.year for c in self.columns if c.kind == "plan" and c.year > self.year})

    def stated_amounts(self):
        """Every line, stated sum and result that carries amounts, in document order."""
        for item in self.items:
            if isinstance(item, BudgetGroup):
                yield from item.lines
                if item.subtotal:
                    yield item.subtotal
            else:
                yield item
        if self.total:
            yield self.total

    @model_validator(mode="after")
    def _budget_year_amounts(self) -> Budget:
        # In a table with year columns the budget-year amount is the budget column's value.
        column = self.budget_column
        if column is not None:
            for stated in self.stated_amounts():
                if stated.amount is None and stated.values and column.id in stated.values:
                    object.__setattr__(stated, "amount", stated.values[column.id])
                    stated._amount_from = column.id
        return self


# --------------------------------------------------------------------------------------------
# Financing model
# --------------------------------------------------------------------------------------------


class Party(PlanModel):
    """En finansierande part."""

    id: Identifier = Field(description="Kort id som används i budget och nycklar, t.ex. 'VGR'.")
    name: str = Field(description="Partens namn.")
    column: str | None = Field(default=None, description="Kolumnrubrik i budgettabellen, t.ex. 'Kommun'.")
    member_count: Annotated[int, Strict()] | None = Field(
        default=None, ge=1,
        description="Antal kommuner som parten består av (t.ex. 49); partens andel fördelas på dem efter folkmängd.",
    )
    members: list[str] | None = Field(
        default=None, description="Kommunerna som parten består av, om planen räknar upp dem.",
    )


class SplitBasis(PlanModel):
    """En fördelning mellan medlemmarna som inte anges per part: en del lika mellan
    medlemmarna och en del efter folkmängd (t.ex. 30 % lika, 70 % efter invånare)."""

    equal: Percent | None = Field(default=None, description="Procent som delas lika mellan medlemmarna.")
    population: Percent | None = Field(
        default=None, description="Procent som delas efter folkmängd (financing.population)."
    )
    members: list[str] | None = Field(
        default=None, description="Medlemmarna som delar; utelämnas för alla i financing.population."
    )


class SplitKey(PlanModel):
    """En fördelningsnyckel: hur en kostnad delas, per part (shares) eller mellan medlemmarna (basis)."""

    id: Identifier = Field(description="Nyckelns id, t.ex. 'lonekostnader'.")
    text: str = Field(description="Nyckeln som den står i dokumentet.")
    shares: dict[str, Percent] | None = Field(
        default=None, description="Andel per part i procent (partens id → procent); summa 100."
    )
    basis: SplitBasis | None = Field(
        default=None, description="Fördelning mellan medlemmarna: lika och efter folkmängd; summa 100."
    )

    @model_validator(mode="after")
    def _shares_or_basis(self) -> SplitKey:
        if (self.shares is None) == (self.basis is None):
            raise PydanticCustomError(
                "split_key_kind",
                "ange antingen shares (andel per part) eller basis (lika och efter folkmängd), inte båda",
            )
        return self


class Fee(PlanModel):
    """En avgift som finansierar verksamheten: per invånare eller per medlem, årlig eller engångs."""

    id: Identifier = Field(description="Avgiftens id, t.ex. 'medlemsavgift'.")
    name: str = Field(description="Avgiften som den står, t.ex. 'Medlemsavgift'.")
    price: Price = Field(description="Belopp i kronor per invånare eller per medlem, t.ex. 27.")
    per: Literal["inhabitant", "member"] = Field(
        description="inhabitant (per kommuninvånare) eller member (per medlem, ett fast belopp)."
    )
    recurrence: Literal["yearly", "once"] = Field(
        default="yearly", description="yearly (varje år) eller once (en gång, t.ex. en anslutningsavgift)."
    )
    members: list[str] | None = Field(
        default=None, description="Medlemmarna som betalar; utelämnas för alla i financing.population."
    )
    income_line: str | None = Field(
        default=None, description="Id för budgetraden (kind: income) där avgiftens intäkt står."
    )
    text: str | None = Field(default=None, description="Avgiften som dokumentet formulerar den (Markdown).")


class Population(PlanModel):
    """Folkmängden som avgifter och nycklar efter invånare räknas på."""

    date: PlanDate | None = Field(default=None, description="Mättidpunkt, t.ex. 2017-12-31.")
    source: str | None = Field(default=None, description="Källa, t.ex. 'SCB'.")
    counts: dict[str, Count] = Field(description="Invånare per medlem (kommunens namn → antal), som det står.")


class SurplusRule(PlanModel):
    """Hur ett överskott återbetalas (eller ett underskott täcks)."""

    text: str = Field(description="Regeln som den står (Markdown).")
    basis: Literal["population", "fees", "equal", "split_key"] | None = Field(
        default=None, description="Grunden: population, fees (inbetalda avgifter), equal eller split_key."
    )
    split_key: str | None = Field(default=None, description="Nyckelns id när basis är split_key.")


class FinancingSource(PlanModel):
    """En finansieringskälla och dess andel av hela budgeten."""

    id: Identifier
    name: str = Field(description="Källans namn som i dokumentet.")
    short_name: str | None = Field(default=None, description="Kortnamn, t.ex. 'samarbetsavtalet'.")
    share: Percent = Field(description="Andel i procent.")


class InvoicingRule(PlanModel):
    """Vem som fakturerar vem, för vad och hur ofta."""

    invoicer: str = Field(description="Vem som fakturerar, t.ex. 'GITS'.")
    recipients: list[str] = Field(default_factory=_empty_list, description="Vem som faktureras.")
    subject: str = Field(description="Vad som faktureras.")
    frequency: Literal["monthly", "quarterly", "yearly"] | None = Field(
        default=None, description="Hur ofta: monthly, quarterly eller yearly."
    )
    allocation: Literal["population"] | None = Field(
        default=None, description="population: fördelas per kommun efter antal invånare."
    )
    basis: str | None = Field(default=None, description="Underlag för fördelningen, t.ex. 'SCB'.")
    reconciliation_months: list[Annotated[int, Field(ge=1, le=12)]] = Field(
        default_factory=_empty_list, description="Månader (1–12) då avstämning görs."
    )


class Financing(PlanModel):
    """Finansieringsmodellen."""

    parties: list[Party] = Field(default_factory=_empty_list, description="Finansierande parter.")
    split_keys: list[SplitKey] = Field(default_factory=_empty_list, description="Fördelningsnycklar.")
    sources: list[FinancingSource] = Field(default_factory=_empty_list, description="Finansieringskällor med andelar.")
    invoicing: list[InvoicingRule] = Field(default_factory=_empty_list, description="Faktureringsregler.")
    fees: list[Fee] = Field(default_factory=_empty_list, description="Avgifter per invånare eller per medlem.")
    population: Population | None = Field(default=None, description="Folkmängd per medlem.")
    surplus: SurplusRule | None = Field(default=None, description="Återbetalning av överskott.")

    def column_label(self, party: str) -> str:
        """What the budget table calls a party's column ("Kommun" for VGK); the id when unknown."""
        for known in self.parties:
            if known.id == party:
                return known.column or known.id
        return party

    def party_label(self, party: str) -> str:
        """A party in running text: its column label, with the id when they differ ("Kommun (VGK)")."""
        label = self.column_label(party)
        return label if label == party else f"{label} ({party})"


# --------------------------------------------------------------------------------------------
# Organisation, systems, references, contacts
# --------------------------------------------------------------------------------------------


class Forum(PlanModel):
    """Ett besluts- eller arbetsforum."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Forumets namn.")
    tasks: str | None = Field(default=None, description="Arbetsuppgifter/beslut (Markdown).")
    participants: str | None = Field(default=None, description="Deltagare.")
    frequency: Frequency | None = Field(default=None, description="Hur ofta forumet möts.")
    convener: str | None = Field(default=None, description="Vem som kallar.")


class Organisation(PlanModel):
    """Förvaltningsorganisationen."""

    decision_forums: list[Forum] = Field(default_factory=_empty_list, description="Beslutsforum.")
    working_forums: list[Forum] = Field(default_factory=_empty_list, description="Arbetsforum.")


class RelatedSystem(PlanModel):
    """Ett närliggande system, en IT-komponent, IT-tjänst eller ett projekt."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Systemets namn.")
    dependency: str = Field(description="Beskrivning av beroendet.")


class Reference(PlanModel):
    """En referens eller länk."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    title: str = Field(description="Referensens titel.")
    url: str | None = Field(default=None, description="Länk (http, https eller mailto).")


class Contact(PlanModel):
    """En kontaktväg."""

    name: str | None = Field(default=None, description="Namn, roll eller funktion.")
    email: str = Field(description="E-postadress.")
    purpose: str | None = Field(default=None, description="Vad adressen används till.")


# --------------------------------------------------------------------------------------------
# pm3 chapters: scope, stakeholders, roles, activities, resources, risks, agreements, milestones,
# the yearly cycle
# --------------------------------------------------------------------------------------------


class ScopeEntry(PlanModel):
    """En verksamhetsprocess eller IT-komponent som ingår i förvaltningsobjektet."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Namnet som det står.")
    description: str | None = Field(default=None, description="Beskrivning (Markdown).")


class UserGroup(PlanModel):
    """En användargrupp och dess storlek."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Gruppen, t.ex. 'Arkivarier i medlemskommunerna'.")
    description: str | None = Field(default=None, description="Beskrivning (Markdown).")
    count: Count | None = Field(default=None, description="Antal användare, när det anges som ett tal.")
    volume: str | None = Field(default=None, description="Volym som den står, t.ex. 'ca 1 200 användare'.")


class Scope(PlanModel):
    """Förvaltningsobjektets omfattning."""

    description: str | None = Field(default=None, description="Objektet i stort (Markdown).")
    processes: list[ScopeEntry] = Field(default_factory=_empty_list, description="Verksamhetsprocesser som ingår.")
    components: list[ScopeEntry] = Field(default_factory=_empty_list, description="IT-komponenter som ingår.")
    user_groups: list[UserGroup] = Field(default_factory=_empty_list, description="Användargrupper och volymer.")


class Stakeholder(PlanModel):
    """En intressent."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Intressenten.")
    interest: str | None = Field(default=None, description="Intresse eller förväntan (Markdown).")
    involvement: str | None = Field(default=None, description="Hur intressenten involveras, t.ex. 'Referensgrupp'.")


class Role(PlanModel):
    """En roll i förvaltningsorganisationen och vem som har den."""

    id: Identifier | None = Field(default=None, description="Rollens id; resursplanen hänvisar till den.")
    role: str = Field(description="Rollen, t.ex. 'Objektägare' eller 'Förvaltningsledare IT'.")
    name: str | None = Field(default=None, description="Vem som har rollen; utelämnas om den är vakant.")
    organisation: str | None = Field(default=None, description="Organisation eller enhet.")
    email: str | None = Field(default=None, description="E-postadress.")
    phone: str | None = Field(default=None, description="Telefonnummer som det står.")
    responsibility: str | None = Field(default=None, description="Ansvar och mandat (Markdown).")


class Activity(PlanModel):
    """En förvaltningsaktivitet med aktivitetstyp och budget."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Aktiviteten som den står.")
    type: ActivityType = Field(
        description="Aktivitetstyp: forvaltningsstyrning, vidmakthallande, vidareutveckling, nyutveckling eller drift_support."
    )
    description: str | None = Field(default=None, description="Beskrivning (Markdown).")
    amount: Amount | None = Field(default=None, description="Budget i budgettabellens enhet.")
    owner: str | None = Field(default=None, description="Ansvarig.")
    when: PlanTime | None = Field(default=None, description="När aktiviteten genomförs, t.ex. 'Q2 2019'.")


class Resource(PlanModel):
    """En rad i resursplanen: en roll, hur stor del av en heltid och vad det kostar."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    role: str = Field(description="Rollen: en roll ur roles (id), eller rollen som den står.")
    name: str | None = Field(default=None, description="Vem, om det anges.")
    share: Percent = Field(description="Andel av en heltid i procent, t.ex. 50.")
    amount: Amount | None = Field(default=None, description="Kostnad i budgettabellens enhet.")
    budget_line: str | None = Field(
        default=None, description="Id för budgetraden (med staffing_percent) som resursen ingår i."
    )


RiskLevel = Annotated[
    Union[Annotated[int, Strict(), Field(ge=1, le=5)], Literal["Låg", "Medel", "Hög", "Mycket hög"]],
    Field(description="1–5, eller Låg, Medel, Hög, Mycket hög."),
]


class Risk(PlanModel):
    """En risk med sannolikhet, konsekvens, åtgärd och ägare."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    risk: str = Field(description="Risken som den står.")
    probability: RiskLevel | None = Field(default=None, description="Sannolikhet: 1–5 eller Låg/Medel/Hög/Mycket hög.")
    consequence: RiskLevel | None = Field(default=None, description="Konsekvens: 1–5 eller Låg/Medel/Hög/Mycket hög.")
    measure: str | None = Field(default=None, description="Åtgärd (Markdown).")
    owner: str | None = Field(default=None, description="Riskägare.")


class Agreement(PlanModel):
    """Ett avtal som förvaltningen vilar på."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Avtalet, t.ex. 'Drift och support av e-arkivet'.")
    supplier: str | None = Field(default=None, description="Leverantör eller motpart.")
    reference: str | None = Field(default=None, description="Avtalsnummer eller diarienummer.")
    start: PlanDate | None = Field(default=None, description="Avtalet gäller från (ÅÅÅÅ-MM-DD).")
    end: PlanDate | None = Field(default=None, description="Avtalet gäller till (ÅÅÅÅ-MM-DD).")
    notice: str | None = Field(default=None, description="Uppsägningstid som den står, t.ex. '6 månader'.")
    notice_date: PlanDate | None = Field(default=None, description="Sista dag att säga upp avtalet.")
    renewal: str | None = Field(default=None, description="Förlängning som den står, t.ex. '1 + 1 år'.")
    renewal_date: PlanDate | None = Field(default=None, description="Sista dag att besluta om förlängning.")


class Milestone(PlanModel):
    """En milstolpe eller release."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    name: str = Field(description="Milstolpen eller releasen.")
    when: PlanTime = Field(description="När: datum, månad, kvartal eller tertial.")
    kind: Literal["milestone", "release"] = Field(default="milestone", description="milestone eller release.")
    description: str | None = Field(default=None, description="Beskrivning (Markdown).")


class CycleEntry(PlanModel):
    """En punkt i årshjulet: när, i vilket forum, vad som beslutas eller görs."""

    id: Identifier | None = Field(default=None, description=_ITEM_ID)
    when: PlanTime = Field(description="När: ett kvartal (Q1), en månad (mars) eller ett datum.")
    forum: str = Field(description="Forumet, t.ex. 'Förbundsdirektionen'.")
    decision: str = Field(description="Vad som beslutas eller görs (Markdown).")


# --------------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------------


class Plan(PlanModel):
    """En förvaltningsplan."""

    model_config = ConfigDict(title="Förvaltningsplan")

    schema_version: Literal[1] = Field(description="Schemats version; 1.")
    document: Document
    period: Period
    sections: list[Section] = Field(description="Dokumentets avsnitt i ordning.")
    abbreviations: dict[str, str] = Field(
        default_factory=_empty_dict, description="Förkortningar: term → förklaring, i dokumentets ordning."
    )
    goals: Goals = Field(default_factory=lambda: Goals())
    assignments: Assignments = Field(default_factory=lambda: Assignments())
    budget: Budget | None = Field(default=None, description="Budgeten som den står i dokumentet.")
    financing: Financing = Field(default_factory=lambda: Financing())
    organisation: Organisation = Field(default_factory=lambda: Organisation())
    related_systems: list[RelatedSystem] = Field(default_factory=_empty_list, description="Närliggande system.")
    references: list[Reference] = Field(default_factory=_empty_list, description="Referenser och länkar.")
    contacts: list[Contact] = Field(default_factory=_empty_list, description="Kontaktadresser.")
    scope: Scope | None = Field(default=None, description="Förvaltningsobjektets omfattning.")
    stakeholders: list[Stakeholder] = Field(default_factory=_empty_list, description="Intressenter.")
    roles: list[Role] = Field(default_factory=_empty_list, description="Roller i förvaltningsorganisationen.")
    activities: list[Activity] = Field(default_factory=_empty_list, description="Förvaltningsaktiviteter.")
    resources: list[Resource] = Field(default_factory=_empty_list, description="Resursplan: roll, andel, kostnad.")
    risks: list[Risk] = Field(default_factory=_empty_list, description="Risker.")
    agreements: list[Agreement] = Field(default_factory=_empty_list, description="Avtal.")
    milestones: list[Milestone] = Field(default_factory=_empty_list, description="Milstolpar och releaser.")
    annual_cycle: list[CycleEntry] = Field(default_factory=_empty_list, description="Årshjulet.")


def iter_sections(sections: list[Section], path: tuple = ("sections",)):
    """Yield ``(path, section)`` depth-first in document order."""
    for index, section in enumerate(sections):
        here = path + (index,)
        yield here, section
        yield from iter_sections(section.sections, here + ("sections",))
