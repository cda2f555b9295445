"""SCB's official population per municipality on 31 December: the request, the answer checked,
and the CSV that ``plan split --population`` reads.

**Source.** SCB's Statistikdatabasen through *PxWebApi 2* (``https://statistikdatabasen.scb.se/api/v2``),
table ``TAB638`` — "Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år", the table
PxWebApi 1 called ``BE/BE0101/BE0101A/BefolkningNy`` — contents ``BE0101N1`` (Folkmängd). PxWebApi 2
is SCB's current API (in production since autumn 2025); PxWebApi 1 (``api.scb.se/OV0104/v1``) is
being closed at the turn of 2026/2027, so it is not used. One GET request::

    GET {api}/tables/TAB638/data?lang=sv&outputFormat=json-stat2
        &valueCodes[Region]=14,14??&valueCodes[ContentsCode]=BE0101N1&valueCodes[Tid]=2024

``14`` is the county and ``14??`` every four-character code starting with it — the county's
municipalities (a value expression of PxWebApi 2; several codes or expressions go comma-separated in
*one* parameter). Civilstånd, ålder and kön are left out, so SCB eliminates them (totals). The
answer is JSON-stat 2.0.

**Trust.** The answer is untrusted: it is at most :data:`MAX_RESPONSE_BYTES`, its region codes must
be the county's, every municipality of the county must be there exactly once with a whole,
non-negative figure, and a name with control characters is refused; a name a spreadsheet would
take for a formula is written with a leading ``'``. Only ``http``/``https`` are spoken (HTTPS by
default), a redirect to another host, port or scheme is not followed, and the comment lines of
the CSV hold no text from the answer except numbers and a checked date.

**The county total.** For years up to 2024 the municipalities sum exactly to the county's total,
and a difference is an error. From reference year 2025 SCB adds a small controlled random
uncertainty to every published figure (cell key method), so the sum may differ slightly; both
are written in the CSV's comments.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

from .errors import PlanError, UsageError

DEFAULT_API = "https://statistikdatabasen.scb.se/api/v2"
TABLE_ID = "TAB638"
TABLE_NAME = "Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år"
CONTENTS_CODE = "BE0101N1"  # Folkmängd
FIRST_YEAR = 1968  # the table's first period
NOISE_FROM_YEAR = 2025  # SCB's cell key method: totals need not equal the sum of their parts
MAX_RESPONSE_BYTES = 5 * 1024 * 1024  # the answer for a county is some 10 kB
MAX_ERROR_BYTES = 64 * 1024
TIMEOUT_SECONDS = 30.0  # per connection attempt and per read
TOTAL_SECONDS = 120.0  # the whole answer, however slowly it trickles in
SOURCE_LABEL = "SCB"  # the kalla column


@dataclass(frozen=True, slots=True)
class County:
    """A county (län): SCB's two-digit code, its name, the slug used in file names and the
    number of municipalities it has (the regional division of 2007, unchanged since)."""

    code: str
    name: str
    slug: str
    municipalities: int


COUNTIES: dict[str, County] = {c.code: c for c in (
    County("01", "Stockholms län", "stockholm", 26),
    County("03", "Uppsala län", "uppsala", 8),
    County("04", "Södermanlands län", "sodermanland", 9),
    County("05", "Östergötlands län", "ostergotland", 13),
    County("06", "Jönköpings län", "jonkoping", 13),
    County("07", "Kronobergs län", "kronoberg", 8),
    County("08", "Kalmar län", "kalmar", 12),
    County("09", "Gotlands län", "gotland", 1),
    County("10", "Blekinge län", "blekinge", 5),
    County("12", "Skåne län", "skane", 33),
    County("13", "Hallands län", "halland", 6),
    County("14", "Västra Götalands län", "vastra-gotaland", 49),
    County("17", "Värmlands län", "varmland", 16),
    County("18", "Örebro län", "orebro", 12),
    County("19", "Västmanlands län", "vastmanland", 10),
    County("20", "Dalarnas län", "dalarna", 15),
    County("21", "Gävleborgs län", "gavleborg", 10),
    County("22", "Västernorrlands län", "vasternorrland", 7),
    County("23", "Jämtlands län", "jamtland", 8),
    County("24", "Västerbottens län", "vasterbotten", 15),
    County("25", "Norrbottens län", "norrbotten", 14),
)}


class ServiceProblem(PlanError):
    """SCB could not be asked, or its answer cannot be used (exit 1); the message says why and
    what to do."""


@dataclass(frozen=True, slots=True)
class Municipality:
    code: str
    name: str
    population: int


@dataclass(frozen=True, slots=True)
class CountyPopulation:
    """What SCB answered, checked: the county's municipalities and its own total."""

    county: County
    year: int
    municipalities: list[Municipality]
    county_total: int
    updated: dt.date | None  # when SCB last updated the table, if it said so in a form we trust

    @property
    def municipality_sum(self) -> int:
        return sum(m.population for m in self.municipalities)


# -------------------------------------------------------------------------------------------
# Arguments
# -------------------------------------------------------------------------------------------


def county(code: str) -> County:
    """The county with SCB code ``code`` (``14``, or ``1`` for ``01``); any other is a usage error."""
    text = code.strip()
    if text.isascii() and text.isdigit() and len(text) <= 2 and text.zfill(2) in COUNTIES:
        return COUNTIES[text.zfill(2)]
    known = "; ".join(f"{c.code} {c.name}" for c in COUNTIES.values())
    raise UsageError(f"okänd länskod {code!r} för --lan; ange en av SCB:s länskoder: {known}")


def check_year(year: int, today: dt.date) -> None:
    """A year whose 31 December has passed and that the table covers; otherwise a usage error."""
    if year < FIRST_YEAR:
        raise UsageError(f"SCB:s tabell {TABLE_ID} börjar med år {FIRST_YEAR}; välj ett senare år med --year")
    if dt.date(year, 12, 31) >= today:
        raise UsageError(f"31 december {year} har inte passerat än, så det finns ingen folkmängd för {year}; "
                         "välj ett tidigare år med --year")


_API_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/%\[\]]+")


def api_base(api: str | None) -> str:
    """The PxWebApi 2 root to ask, without a trailing ``/``: SCB's by default; another must be an
    ``http``/``https`` URL with a host and without user name, password, query or fragment."""
    if api is None:
        return DEFAULT_API
    text = api.strip()
    if not _API_CHARACTERS.fullmatch(text):
        raise UsageError(f"--api {api!r} är ingen användbar adress: bara bokstäver a–z, siffror och "
                         "- . _ ~ : / % är tillåtna (t.ex. https://statistikdatabasen.scb.se/api/v2)")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"--api {api!r} måste börja med https:// (eller http://)")
    try:
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        raise UsageError(f"--api {api!r} har ett ogiltigt portnummer") from None
    if not parts.hostname:
        raise UsageError(f"--api {api!r} saknar värdnamn (t.ex. https://statistikdatabasen.scb.se/api/v2)")
    return text.rstrip("/")


def data_url(base: str, county_: County, year: int) -> str:
    """The documented GET request for the county's municipalities and the county itself."""
    return (f"{base}/tables/{TABLE_ID}/data?lang=sv&outputFormat=json-stat2"
            f"&valueCodes[Region]={county_.code},{county_.code}??"
            f"&valueCodes[ContentsCode]={CONTENTS_CODE}&valueCodes[Tid]={year}")


def default_output(county_: County, year: int) -> Path:
    """``data/folkmangd-vastra-gotaland-2024.csv``: the name of the file shipped with the tool."""
    return Path("data") / f"folkmangd-{county_.slug}-{year}.csv"


# -------------------------------------------------------------------------------------------
# HTTP
# -------------------------------------------------------------------------------------------


def _user_agent() -> str:
    from . import __version__

    return f"forvaltning-cli/{__version__} (plan population)"


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


def _opener():
    """An opener that speaks only HTTP(S), honours the proxy settings of the environment
    (``HTTPS_PROXY``, as a municipality's network may require) and follows a redirect only within
    the same scheme, host and port."""
    import urllib.request

    class SameOriginRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if _origin(newurl) != _origin(req.full_url):
                fp.close()
                raise ServiceProblem(
                    f"SCB:s API svarade med en omdirigering (HTTP {code}) till en annan adress, "
                    f"{newurl[:200]}; den följs inte. Kontrollera adressen i --api.")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    SameOriginRedirects(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def _read_limited(response, limit: int, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        chunk = response.read(min(64 * 1024, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise ServiceProblem(f"svaret från SCB är större än {limit // (1024 * 1024)} MB och läses inte; "
                                 "kontrollera adressen i --api")
        if time.monotonic() > deadline:
            raise ServiceProblem(f"SCB:s svar kom inte fram inom {TOTAL_SECONDS:.0f} sekunder; försök igen senare")


def fetch(url: str, year: int) -> bytes:
    """The body of SCB's answer to ``url``; every failure is a :class:`ServiceProblem` in Swedish."""
    import http.client
    import socket
    import ssl
    import urllib.error
    import urllib.request

    host = urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={
        "User-Agent": _user_agent(), "Accept": "application/json", "Accept-Encoding": "identity"})
    deadline = time.monotonic() + TOTAL_SECONDS
    try:
        with _opener().open(request, timeout=TIMEOUT_SECONDS) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > MAX_RESPONSE_BYTES:
                raise ServiceProblem(f"svaret från SCB är större än {MAX_RESPONSE_BYTES // (1024 * 1024)} MB "
                                     "och läses inte; kontrollera adressen i --api")
            return _read_limited(response, MAX_RESPONSE_BYTES, deadline)
    except urllib.error.HTTPError as exc:
        try:
            raise _http_problem(exc, year) from None
        finally:
            exc.close()
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise _timeout(host) from None
        if isinstance(reason, ssl.SSLError):
            raise ServiceProblem(f"den säkra anslutningen (HTTPS) till {host} misslyckades: {reason}. "
                                 "Kontrollera datorns tid och nätverkets proxy, och försök igen.") from None
        raise _unreachable(host, reason) from None
    except (TimeoutError, socket.timeout):
        raise _timeout(host) from None
    except http.client.HTTPException as exc:
        raise ServiceProblem(f"SCB:s svar avbröts ({type(exc).__name__}); försök igen om en stund") from None
    except OSError as exc:
        raise _unreachable(host, exc) from None


def _unreachable(host: str, reason) -> ServiceProblem:
    text = getattr(reason, "strerror", None) or str(reason)
    return ServiceProblem(f"kunde inte nå SCB på {host} ({text}). Kontrollera nätverksanslutningen "
                          "(och proxyinställningen HTTPS_PROXY om nätverket kräver en) och försök igen.")


def _timeout(host: str) -> ServiceProblem:
    return ServiceProblem(f"SCB ({host}) svarade inte inom {TIMEOUT_SECONDS:.0f} sekunder; försök igen senare")


def _problem_text(exc) -> str:
    """SCB's own explanation from a problem+json body (``title``, ``detail``), shortened."""
    try:
        body = exc.read(MAX_ERROR_BYTES)
        data = json.loads(body.decode("utf-8"))
    except (OSError, ValueError, RecursionError, AttributeError):
        return ""
    if not isinstance(data, dict):
        return ""
    parts = [str(data[key]) for key in ("title", "detail") if isinstance(data.get(key), (str, int))]
    text = " – ".join(dict.fromkeys(p.strip() for p in parts if p.strip()))
    return text[:300] + ("…" if len(text) > 300 else "")


def _http_problem(exc, year: int) -> ServiceProblem:
    code = exc.code
    said = _problem_text(exc)
    quoted = f": {said}" if said else ""
    if code == 429:
        retry = (exc.headers.get("Retry-After") or "").strip() if exc.headers else ""
        wait = f"vänta {retry} sekunder (som SCB ber om)" if retry.isdigit() else "vänta en minut"
        return ServiceProblem(f"SCB tar inte emot fler anrop just nu (HTTP 429, för många anrop{quoted}). "
                              f"SCB:s API tillåter bara ett begränsat antal anrop per tidsfönster; {wait} "
                              "och kör sedan kommandot igen.")
    if code in (400, 404) and (str(year) in said or "Tid" in said):
        return ServiceProblem(f"SCB har ännu inte publicerat folkmängden för {year} (HTTP {code}{quoted}). "
                              f"Folkmängden den 31 december publiceras i februari året efter; välj ett "
                              "tidigare år med --year eller försök igen när siffrorna har kommit.")
    if code >= 500:
        return ServiceProblem(f"SCB:s API har ett fel just nu (HTTP {code}{quoted}); försök igen senare")
    return ServiceProblem(f"SCB:s API svarade HTTP {code}{quoted}. Kontrollera --lan, --year och --api.")


# -------------------------------------------------------------------------------------------
# The answer: JSON-stat 2.0
# -------------------------------------------------------------------------------------------

_UPDATED = re.compile(r"(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?")
MAX_NAME_LENGTH = 60


def _bad(what: str) -> ServiceProblem:
    return ServiceProblem(f"SCB:s svar kan inte användas: {what}. Försök igen senare; om felet kvarstår, "
                          "kontrollera adressen i --api.")


def _refuse_constant(name: str):
    raise ValueError(f"{name} är inget tal")


def _category(dimension, name: str) -> tuple[list[str], dict]:
    """The codes of a dimension in their order, and their labels."""
    if not isinstance(dimension, dict) or not isinstance(dimension.get("category"), dict):
        raise _bad(f"dimensionen {name} saknar kategorier")
    category = dimension["category"]
    index, labels = category.get("index"), category.get("label", {})
    if not isinstance(labels, dict):
        raise _bad(f"dimensionen {name} har ogiltiga namn")
    if index is None and len(labels) == 1:  # JSON-stat allows a lone category without index
        index = list(labels)
    if isinstance(index, list):
        codes = index
    elif isinstance(index, dict):
        positions = sorted(index.items(), key=lambda item: item[1] if isinstance(item[1], int) else -1)
        codes = [code for code, _ in positions]
        if [p for _, p in positions] != list(range(len(positions))):
            raise _bad(f"dimensionen {name} har ett ogiltigt index")
    else:
        raise _bad(f"dimensionen {name} saknar index")
    if not all(isinstance(code, str) for code in codes) or len(set(codes)) != len(codes):
        raise _bad(f"dimensionen {name} har ogiltiga eller dubbla koder")
    return codes, labels


def _figure(value, name: str, code: str, year: int) -> int:
    if value is None:
        raise ServiceProblem(f"SCB redovisar ingen folkmängd för {name} ({code}) {year}; "
                             "kommunen kan inte fördelas efter folkmängd utan den")
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)) or value != int(value):
        raise _bad(f"folkmängden för {name} ({code}) är inte ett heltal ({str(value)[:40]!r})")
    if value < 0:
        raise _bad(f"folkmängden för {name} ({code}) är negativ ({value})")
    return int(value)


def _name(label, code: str) -> str:
    if not isinstance(label, str) or not label.strip():
        raise _bad(f"kommunen med kod {code} saknar namn")
    from .escape import terminal_text

    name = label.strip()
    if terminal_text(name) != name:  # a control character, a bidi override or a line separator
        raise _bad(f"namnet på kommunen med kod {code} innehåller styrtecken")
    if len(name) > MAX_NAME_LENGTH:
        raise _bad(f"namnet på kommunen med kod {code} är längre än {MAX_NAME_LENGTH} tecken")
    if name.startswith("#"):  # the row would be read as a comment line
        raise _bad(f"namnet på kommunen med kod {code} börjar med #")
    return name


def parse(body: bytes, county_: County, year: int) -> CountyPopulation:
    """SCB's JSON-stat 2.0 answer, checked: every problem is a :class:`ServiceProblem` naming it."""
    try:
        data = json.loads(body.decode("utf-8"), parse_float=Decimal, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad(f"svaret är inte giltig JSON ({str(exc)[:120]})") from None
    if not isinstance(data, dict):
        raise _bad("svaret är inte ett JSON-stat-dataset")
    ids, sizes, dimensions, values = data.get("id"), data.get("size"), data.get("dimension"), data.get("value")
    if not (isinstance(ids, list) and isinstance(sizes, list) and isinstance(dimensions, dict)
            and isinstance(values, list) and len(ids) == len(sizes) == len(set(map(repr, ids)))
            and all(isinstance(i, str) for i in ids)
            and all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in sizes)):
        raise _bad("svaret är inte ett JSON-stat-dataset (id, size, dimension och value)")
    if "Region" not in ids:
        raise _bad("svaret saknar dimensionen Region")
    cells = 1
    for size in sizes:
        cells *= size
    if cells != len(values):
        raise _bad(f"svaret har {len(values)} värden men dimensionerna ger {cells}")
    wanted = {"ContentsCode": CONTENTS_CODE, "Tid": str(year)}
    positions: dict[str, int] = {}
    regions: list[str] = []
    region_labels: dict = {}
    for name, size in zip(ids, sizes):
        codes, labels = _category(dimensions.get(name), name)
        if len(codes) != size:
            raise _bad(f"dimensionen {name} har {len(codes)} koder men storleken {size}")
        if name == "Region":
            regions, region_labels = codes, labels
        elif name in wanted:
            if wanted[name] not in codes:
                missing = f"år {year}" if name == "Tid" else f"tabellinnehållet {CONTENTS_CODE} (Folkmängd)"
                raise _bad(f"svaret saknar {missing}")
            positions[name] = codes.index(wanted[name])
        elif size == 1:
            positions[name] = 0
        else:
            raise _bad(f"svaret är uppdelat på {name}, som inte efterfrågades")
    strides, stride = {}, 1
    for name, size in reversed(list(zip(ids, sizes))):
        strides[name] = stride
        stride *= size
    base = sum(positions[name] * strides[name] for name in positions)

    county_total = None
    municipalities: list[Municipality] = []
    for position, code in enumerate(regions):
        value = values[base + position * strides["Region"]]
        if code == county_.code:
            county_total = _figure(value, county_.name, code, year)
            continue
        if not (len(code) == 4 and code.isascii() and code.isdigit() and code.startswith(county_.code)):
            raise _bad(f"svaret innehåller regionkoden {code[:20]!r}, som inte är en kommun i {county_.name}")
        name = _name(region_labels.get(code), code)
        municipalities.append(Municipality(code, name, _figure(value, name, code, year)))
    if county_total is None:
        raise _bad(f"svaret saknar länet {county_.name} ({county_.code})")
    if len(municipalities) != county_.municipalities:
        raise _bad(f"svaret har {len(municipalities)} kommuner, men {county_.name} har {county_.municipalities}")
    from .escape import spreadsheet_text

    names = [spreadsheet_text(m.name) for m in municipalities]  # as written in the CSV
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise _bad("flera kommuner har samma namn: " + ", ".join(twice))
    result = CountyPopulation(county_, year, municipalities, county_total, _updated(data.get("updated")))
    if year < NOISE_FROM_YEAR and result.municipality_sum != county_total:
        raise _bad(f"kommunernas folkmängd summerar till {result.municipality_sum}, men länets total är {county_total}")
    return result


def _updated(value) -> dt.date | None:
    if not isinstance(value, str) or not _UPDATED.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# -------------------------------------------------------------------------------------------
# The CSV
# -------------------------------------------------------------------------------------------

# Swedish alphabetical order (… x y z å ä ö), as in the shipped file; ties broken by the name itself.
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "é": "e", "è": "e"})


def _swedish_order(municipality: Municipality) -> tuple[str, str]:
    return municipality.name.casefold().translate(_SWEDISH_ORDER), municipality.name


def csv_text(result: CountyPopulation, url: str, retrieved: dt.date) -> str:
    """``kommun,folkmangd,kalla`` with ``#`` comment lines first (what ``read_population`` reads):
    the source, the reference date, the retrieval date and the county's total."""
    from . import __version__
    from .escape import spreadsheet_text
    from .swedish import amount, long_date

    county_ = result.county
    total, parts = amount(result.county_total, space=" "), amount(result.municipality_sum, space=" ")
    comments = [
        f"Folkmängd per kommun i {county_.name} den {long_date(dt.date(result.year, 12, 31))} enligt SCB.",
        f"Källa: SCB (Statistiska centralbyrån); Statistikdatabasen; tabell {TABLE_ID} \"{TABLE_NAME}\"; "
        f"tabellinnehåll {CONTENTS_CODE} (Folkmängd); licens CC0.",
        f"Hämtad {retrieved.isoformat()} med plan population (forvaltning-cli {__version__}) från SCB:s API "
        f"(PxWebApi 2): {url}",
    ]
    if result.updated is not None:
        comments.append(f"SCB uppdaterade tabellen {result.updated.isoformat()}.")
    comments.append(f"Länet ({county_.code} {county_.name}) totalt enligt SCB: {total} invånare i "
                    f"{len(result.municipalities)} kommuner; kommunernas summa: {parts}.")
    if result.county_total != result.municipality_sum:
        comments.append(f"Från referensåret {NOISE_FROM_YEAR} lägger SCB in en liten kontrollerad slumpmässig "
                        "osäkerhet i all redovisad statistik (skydd mot röjande); därför kan kommunernas summa "
                        "avvika något från länets total.")
    buffer = io.StringIO()
    for comment in comments:
        buffer.write(f"# {comment}\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["kommun", "folkmangd", "kalla"])
    for municipality in sorted(result.municipalities, key=_swedish_order):
        writer.writerow([spreadsheet_text(municipality.name), municipality.population, SOURCE_LABEL])
    return buffer.getvalue()
