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


# Default factories are plain functions: Pydantic inspects a factory's signature, which for the
# builtins list and dict means tokenizing their text signatures (~20 ms of every start-up).
def _empty_list() -> list:
    return []


def _empty_dict() -> dict:
    return {}


class PlanModel(BaseModel):
    """Common configuration: unknown keys are errors, values are checked on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=False)


# --------------------------------------------------------------------------------------------
# Scalar value types written as plain YAML strings
# --------------------------------------------------------------------------------------------

_DATE_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(\?)?$")


class PlanDate:
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
        return {
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}\??$",
            "description": "Datum ÅÅÅÅ-MM-DD; ett avslutande ? markerar ett preliminärt datum.",
            "examples": ["2025-02-04", "2025-12-10?"],
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


class Frequency:
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
        return {
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


class Document(PlanModel):
    """Dokumentuppgifter från försättssida och sidhuvud."""

    type: str | None = Field(default=None, description="Dokumenttyp, t.ex. 'Förvaltningsplan webSesam'.")
    title: str = Field(description="Dokumentets titel.")
    subtitle: str | None = Field(default=None, description="Undertitel.")
    collaboration: str | None = Field(
        default=None,
        description="Samverkan eller uppdragsgivare som planen tillhör, t.ex. 'Vårdsamverkan Västra Götaland'.",
    )
    version: str | None = Field(default=None, description="Dokumentversion, t.ex. '1.0'.")
    status: Status = Field(description="Status: Arbetsmaterial, Utkast, Remiss, Utgåva eller Fastställd.")
    issued: Signature | None = Field(default=None, description="Utfärdat av och datum.")
    approved: Signature | None = Field(default=None, description="Godkänt av och datum.")
    decision: Decision | None = Field(default=None, description="Beslut/ställningstagande om planen.")
    organisations: list[str] = Field(
        default_factory=_empty_list, description="Organisationer på försättssidan (logotyper), i ordning."
    )
    language: Literal["sv"] = Field(default="sv", description="Dokumentets språk.")


# --------------------------------------------------------------------------------------------
# Sections and their content
# --------------------------------------------------------------------------------------------


class ListEntry(PlanModel):
    """En punkt med underpunkter."""

    id: Identifier | None = None
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
    image: str | None = Field(default=None, description="Sökväg till bildfilen, relativ till planen.")


PartName = Literal[
    "abbreviations",
    "goals.overall",
    "goals.long_term",
    "goals.short_term",
    "assignments.maintenance",
    "assignments.further_development",
    "assignments.new_development",
    "budget",
    "financing.parties",
    "financing.split_keys",
    "financing.sources",
    "financing.invoicing",
    "financing.split",
    "organisation.decision_forums",
    "organisation.working_forums",
    "related_systems",
    "references",
    "contacts",
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


class Goals(PlanModel):
    """Mål för förvaltningen."""

    overall: list[ListItem] = Field(default_factory=_empty_list, description="Övergripande mål.")
    long_term: list[ListItem] = Field(default_factory=_empty_list, description="Långsiktiga mål.")
    short_term: list[ListItem] = Field(default_factory=_empty_list, description="Kortsiktiga mål.")


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


class BudgetLine(PlanModel):
    """En kostnadsrad i budgeten."""

    id: Identifier | None = Field(default=None, description="Stabil identifierare för raden.")
    name: str = Field(description="Benämning som i dokumentet.")
    amount: Kronor | None = Field(default=None, description="Belopp i hela kronor; utelämnas om källan saknar belopp.")
    staffing_percent: Percent | None = Field(
        default=None, description="Bemanning i procent av heltid, t.ex. 100 eller 580."
    )
    parties: dict[str, Kronor] | None = Field(
        default=None, description="Belopp per finansierande part (partens id → kronor), som det står."
    )
    split_key: str | None = Field(default=None, description="Id för fördelningsnyckeln som gäller raden.")


class StatedSum(PlanModel):
    """En summa som dokumentet anger (delsumma eller totalt), exakt som den står."""

    label: str | None = Field(default=None, description="Radens text, t.ex. 'Totalt' eller 'delsumma VGR IT debiterar'.")
    amount: Kronor | None = Field(default=None, description="Angivet belopp i kronor.")
    parties: dict[str, Kronor] | None = Field(default=None, description="Angivna belopp per part.")


class BudgetGroup(PlanModel):
    """En grupp kostnadsrader med angiven delsumma."""

    id: Identifier | None = None
    group: str | None = Field(default=None, description="Gruppens rubrik, om dokumentet har en.")
    lines: list[BudgetLine] = Field(description="Raderna i gruppen.")
    subtotal: StatedSum | None = Field(default=None, description="Angiven delsumma.")


def _budget_item_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "group" if "lines" in value or "group" in value else "line"
    return "group" if isinstance(value, BudgetGroup) else "line"


BudgetItem = Annotated[
    Union[Annotated[BudgetLine, Tag("line")], Annotated[BudgetGroup, Tag("group")]],
    Discriminator(_budget_item_kind),
]


class Budget(PlanModel):
    """Budgeten som den står i dokumentet; summor räknas om av validatorn."""

    title: str = Field(description="Budgettabellens rubrik som den står.")
    year: Annotated[int, Strict()] = Field(ge=1900, le=2200, description="Budgetår.")
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
    items: list[BudgetItem] = Field(description="Rader och grupper i dokumentets ordning.")
    total: StatedSum | None = Field(default=None, description="Angiven totalsumma, totalt och per part.")


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


class SplitKey(PlanModel):
    """En fördelningsnyckel: hur en kostnad delas mellan parterna."""

    id: Identifier = Field(description="Nyckelns id, t.ex. 'lonekostnader'.")
    text: str = Field(description="Nyckeln som den står i dokumentet.")
    shares: dict[str, Percent] = Field(description="Andel per part i procent (partens id → procent); summa 100.")


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

    id: Identifier | None = None
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

    id: Identifier | None = None
    name: str = Field(description="Systemets namn.")
    dependency: str = Field(description="Beskrivning av beroendet.")


class Reference(PlanModel):
    """En referens eller länk."""

    id: Identifier | None = None
    title: str = Field(description="Referensens titel.")
    url: str | None = Field(default=None, description="Länk (http, https eller mailto).")


class Contact(PlanModel):
    """En kontaktväg."""

    name: str | None = Field(default=None, description="Namn, roll eller funktion.")
    email: str = Field(description="E-postadress.")
    purpose: str | None = Field(default=None, description="Vad adressen används till.")


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
    budget: Budget | None = None
    financing: Financing = Field(default_factory=lambda: Financing())
    organisation: Organisation = Field(default_factory=lambda: Organisation())
    related_systems: list[RelatedSystem] = Field(default_factory=_empty_list, description="Närliggande system.")
    references: list[Reference] = Field(default_factory=_empty_list, description="Referenser och länkar.")
    contacts: list[Contact] = Field(default_factory=_empty_list, description="Kontaktadresser.")


def iter_sections(sections: list[Section], path: tuple = ("sections",)):
    """Yield ``(path, section)`` depth-first in document order."""
    for index, section in enumerate(sections):
        here = path + (index,)
        yield here, section
        yield from iter_sections(section.sections, here + ("sections",))
