"""The Jinja environment: template search path, sandbox, filters, and error locations.

Templates are looked up, in order, in ``--template-dir``, in a ``templates/`` folder beside the
plans (a house style), then in the built-in set. The built-in set is also reachable under the
prefix ``builtin/``, so a user template can extend it and override one block::

    {% extends "builtin/html/document.html.j2" %}
    {% block title_page %}…{% endblock %}

House-style templates arrive in pull requests and are rendered in CI, so they are untrusted code:

* they see only plain data (:mod:`.view`), never the plan's model objects;
* they run in :class:`PlanSandbox`, Jinja's immutable sandbox with an allow-list: attributes only
  of the known plain types, never a name that starts with ``_``, a ``format``/``mro``/
  ``parse_*``/``model_*`` name, a class, module or class method, and no operator that builds a
  huge value;
* :class:`ContainedLoader` reads only regular files that really are inside their template
  folder (a symbolic link out of it is refused), of bounded size.

With ``StrictUndefined`` a misspelt variable is an error. Any error while rendering becomes a
:class:`TemplateProblem` with the template's file and line.
"""

from __future__ import annotations

import functools

import os
import stat
import types
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from markupsafe import Markup  # Jinja's own dependency; this module is loaded only to render

from .markup import visible

MAX_TEMPLATE_BYTES = 2_000_000
MAX_BUILT_LENGTH = 5_000_000  # characters or items one template operator may build
MAX_FILTER_WIDTH = 10_000  # widths and counts given to center/indent/slice/batch/lipsum

# Names never readable from a template, whatever the object: Python internals, str.format's
# field access, Pydantic's parsers/constructors/serialisers, and generator/frame/code internals.
DENIED_NAMES = frozenset({
    "mro", "format", "format_map", "maketrans", "construct", "copy", "dict", "json", "schema",
    "schema_json", "validate", "from_orm", "update_forward_refs", "register", "fromkeys",
})
DENIED_PREFIXES = ("_", "parse_", "model_", "func_", "im_", "gi_", "cr_", "ag_", "f_", "tb_", "co_")

# The str methods a template may call (no format, maketrans, or padding to any width).
STR_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "index", "isalnum", "isalpha",
    "isascii", "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper",
    "join", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind",
    "rindex", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
    "swapcase", "title", "upper", "escape", "striptags", "unescape",
})
CONTAINER_METHODS = frozenset({"items", "keys", "values", "get", "index", "count", "start", "stop", "step"})


@dataclass(frozen=True, slots=True)
class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered, with its file and line when known."""

    message: str
    template: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.template or "mall"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}"


def builtin_templates() -> Path:
    """The built-in templates: inside the installed package, or the repository's ``templates/``."""
    packaged = resources.files("forvaltning_cli") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "templates"


def search_path(template_dir: Path | None, plan_files: list[Path]) -> list[Path]:
    paths: list[Path] = []
    if template_dir is not None:
        paths.append(template_dir)
    for plan_file in plan_files:
        house = plan_file.resolve().parent / "templates"
        if house.is_dir() and house not in paths:
            paths.append(house)
    return paths


RENDER_SECONDS = 60.0  # CPU seconds a template may run (CI must not hang on a loop)
RENDER_MEMORY = 1_000_000_000  # bytes of memory a template may take beyond what the tool has
RENDER_WALL_SECONDS = 3 * RENDER_SECONDS  # wall-clock seconds before a render that waits is stopped


def _huge_format(text) -> bool:
    """A %-format with a width or precision that builds a huge string (``%0999999999d``)."""
    import re

    return isinstance(text, str) and re.search(r"%[-+ #0]*(\*|\d{5,}|\.\*|\.\d{5,})", text) is not None


def _huge_replace(text, old, new) -> bool:
    return (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)
            and (text.count(old) if old else len(text) + 1) * len(new) > MAX_BUILT_LENGTH)


def _huge_join(separator, items: list) -> bool:
    return isinstance(separator, str) and len(separator) * len(items) > MAX_BUILT_LENGTH


def _refuse_huge(message: str = "mallen bygger ett för stort värde"):
    from jinja2.sandbox import SecurityError

    raise SecurityError(message)


def _denied_name(name: str) -> bool:
    return name in DENIED_NAMES or name.startswith(DENIED_PREFIXES)


def _is_model(value) -> bool:
    """A Pydantic model or model class (its class methods parse pickles and build objects)."""
    return _is_model_class(value if isinstance(value, type) else type(value))


@functools.lru_cache(maxsize=1024)
def _is_model_class(cls: type) -> bool:
    # Asked for every attribute a template reads: once per class is enough.
    return any((getattr(c, "__module__", None) or "").startswith("pydantic") for c in cls.__mro__)


def _dangerous_value(value) -> bool:
    """Values that lead out of plain data: classes, modules, class methods, code and frames."""
    if isinstance(value, (type, types.ModuleType, types.CodeType, types.FrameType,
                          types.TracebackType, types.GeneratorType, types.CoroutineType)):
        return True
    owner = getattr(value, "__self__", None)
    if isinstance(owner, (type, types.ModuleType)):  # a class method, or a module's function
        return True
    return _is_model(value)


def _receiver_kind(obj) -> str | None:
    """Which allow-list governs attribute access on ``obj`` (``None``: no access at all)."""
    return _receiver_kind_of(type(obj))


@functools.lru_cache(maxsize=1024)
def _receiver_kind_of(cls: type) -> str | None:
    """:func:`_receiver_kind` by class (a template cannot make classes, so the answer for a
    class holds for all its instances); asked for every attribute a template reads."""
    import datetime as dt
    from decimal import Decimal
    from enum import Enum
    from fractions import Fraction

    from jinja2.environment import TemplateModule
    from jinja2.runtime import BlockReference, LoopContext, Macro, TemplateReference
    from jinja2.utils import Cycler, Joiner, Namespace

    from .view import BudgetRow, DateView, DocumentView, Record, SplitView, TimeView, TocEntry

    if issubclass(cls, (Record, DocumentView, SplitView, DateView, TimeView, BudgetRow, TocEntry)):
        return "view"
    if issubclass(cls, (LoopContext, Macro, TemplateModule, TemplateReference, BlockReference,
                        Cycler, Joiner, Namespace)):
        return "jinja"
    if issubclass(cls, Enum):
        return "enum"
    if issubclass(cls, str):
        return "str"
    if issubclass(cls, (dict, list, tuple, range)):
        return "container"
    if issubclass(cls, (bool, int, float, Decimal, Fraction, dt.date)):
        return "scalar"
    return None


_SAFE_ATTRIBUTES: dict[tuple[type, str, type], bool] = {}


@functools.lru_cache(maxsize=256)
def _plain_value_type(cls: type) -> bool:
    """Whether ``cls`` is exactly a class of plain data a template reads (not a subclass, which
    could differ), or an enumeration (its members are data)."""
    import datetime as dt
    from decimal import Decimal
    from enum import Enum
    from fractions import Fraction

    from .view import BudgetRow, DateView, DocumentView, Record, SplitView, TimeView, TocEntry

    return cls in {str, Markup, int, float, bool, type(None), Decimal, Fraction, dt.date, list, dict, tuple,
                   Record, DocumentView, SplitView, DateView, TimeView, BudgetRow, TocEntry} or issubclass(cls, Enum)


@functools.cache
def _macro_type() -> type:
    from jinja2.runtime import Macro

    return Macro


@functools.cache
def _undefined() -> type:
    from jinja2 import Undefined

    return Undefined


class PlanSandbox:
    """Mixed into Jinja's immutable sandbox (see :func:`make_environment`): the allow-list policy."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        # For a value of a plain data type the verdict depends only on the receiver's class,
        # the name and the value's class (no method, class or module is involved): decide once.
        value_type = type(value)
        if _plain_value_type(value_type):
            key = (type(obj), attr, value_type)
            verdict = _SAFE_ATTRIBUTES.get(key)
            if verdict is None:
                verdict = _SAFE_ATTRIBUTES[key] = self._judge_attribute(obj, attr, value)
            return verdict
        return self._judge_attribute(obj, attr, value)

    def _judge_attribute(self, obj, attr: str, value) -> bool:
        if _denied_name(attr) or _dangerous_value(value):
            return False
        kind = _receiver_kind(obj)
        if kind is None:
            return False
        if kind == "str" or (kind == "enum" and attr not in ("value", "name", "is_draft", "label")):
            if attr not in STR_METHODS:
                return False
        if kind == "container" and attr not in CONTAINER_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)  # type: ignore[misc]

    def is_safe_callable(self, obj) -> bool:
        if type(obj) is _macro_type():  # a template's own macro: called for every row of a table
            return not _denied_name(getattr(obj, "__name__", "") or "")
        from jinja2.utils import Cycler, Joiner, Namespace

        if isinstance(obj, type):
            return obj in (dict, Cycler, Joiner, Namespace)  # Jinja's own globals
        if _dangerous_value(obj) or _denied_name(getattr(obj, "__name__", "") or ""):
            return False
        return super().is_safe_callable(obj)  # type: ignore[misc]

    def getattr(self, obj, attribute: str):
        if isinstance(obj, _undefined()):
            return obj  # the error then names the first step that failed, not a later one
        # Nothing is read from a class: not even dict['x'], which builds a typing alias.
        if isinstance(obj, type):
            return self.unsafe_undefined(obj, attribute)
        return super().getattr(obj, attribute)  # type: ignore[misc]

    def getitem(self, obj, argument):
        if isinstance(obj, _undefined()):
            return obj
        if isinstance(obj, type):
            return self.unsafe_undefined(obj, str(argument))
        return super().getitem(obj, argument)  # type: ignore[misc]

    def unsafe_undefined(self, obj, attribute: str):
        from jinja2.sandbox import SecurityError

        return self.undefined(
            f"'{attribute}' på ett {type(obj).__name__}-objekt är inte åtkomligt från en mall",
            name=attribute, obj=obj, exc=SecurityError,
        )

    def wrap_str_format(self, value):
        # str.format/format_map are refused outright (is_safe_attribute), not sandboxed.
        return None

    def call_binop(self, context, operator: str, left, right):
        from jinja2.sandbox import SecurityError

        if operator == "**" and isinstance(right, (int, float)) and abs(right) > 64:
            raise SecurityError("en så stor exponent är inte tillåten i en mall")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    if len(seq) * times > MAX_BUILT_LENGTH:
                        raise SecurityError("mallen bygger ett för stort värde")
        if operator == "%" and _huge_format(left):
            raise SecurityError("mallen bygger ett för stort värde")
        return super().call_binop(context, operator, left, right)  # type: ignore[misc]

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        # str.replace and str.join are the method calls that multiply a string's length.
        owner, name = getattr(__obj, "__self__", None), getattr(__obj, "__name__", None)
        if isinstance(owner, str) and name == "replace" and len(args) >= 2 and _huge_replace(owner, *args[:2]):
            _refuse_huge()
        if isinstance(owner, str) and name == "join" and args:
            args = (list(args[0]), *args[1:])
            if _huge_join(owner, args[0]):
                _refuse_huge()
        return super().call(__context, __obj, *args, **kwargs)  # type: ignore[misc]


def _capped(function, *positions: int, names: tuple[str, ...] = ()):
    """``function`` refusing a width or count above :data:`MAX_FILTER_WIDTH` (memory, time)."""
    from functools import wraps

    @wraps(function)
    def capped(*args, **kwargs):
        from jinja2.sandbox import SecurityError

        values = [args[i] for i in positions if i < len(args)] + [kwargs[n] for n in names if n in kwargs]
        if any(isinstance(v, int) and abs(v) > MAX_FILTER_WIDTH for v in values):
            raise SecurityError(f"'{function.__name__}' med ett så stort tal är inte tillåtet i en mall")
        return function(*args, **kwargs)

    return capped


def _guarded_filters(filters: dict) -> dict:
    """Jinja's replace, format and join filters, refusing results that would be huge."""
    from jinja2.utils import pass_eval_context

    replace, format_, join = filters["replace"], filters["format"], filters["join"]

    @pass_eval_context
    def guarded_replace(eval_ctx, value, old, new, count=None):
        if _huge_replace(str(value), str(old), str(new)):
            _refuse_huge()
        return replace(eval_ctx, value, old, new, count)

    def guarded_format(value, *args, **kwargs):
        if _huge_format(str(value)):
            _refuse_huge()
        return format_(value, *args, **kwargs)

    @pass_eval_context
    def guarded_join(eval_ctx, value, d="", attribute=None):
        items = list(value)
        if _huge_join(str(d), items):
            _refuse_huge()
        return join(eval_ctx, items, d, attribute)

    return {"replace": guarded_replace, "format": guarded_format, "join": guarded_join}


def _loader_class():
    from jinja2 import FileSystemLoader, TemplateError, TemplateNotFound
    from jinja2.loaders import split_template_path

    class TemplateRefused(TemplateError):
        """A template file that may not be read (outside its folder, not a file, too large)."""

        def __init__(self, message: str, where: Path) -> None:
            super().__init__(message)
            self.where = str(where)

    class ContainedLoader(FileSystemLoader):
        """Reads a template only if it is a regular file really inside its search folder."""

        def get_source(self, environment, template):
            pieces = split_template_path(template)  # refuses '..' segments
            for searchpath in self.searchpath:
                candidate = Path(searchpath, *pieces)
                if not os.path.lexists(candidate):
                    continue
                root = Path(searchpath).resolve()
                real = candidate.resolve()
                if not real.is_relative_to(root):
                    raise TemplateRefused(
                        f"mallen '{template}' ({candidate}) pekar utanför mallkatalogen {root}"
                        " (till exempel en symbolisk länk); den används inte", candidate
                    )
                try:
                    info = os.stat(real)
                except OSError:
                    continue  # a dangling link inside the folder: as if absent
                if not stat.S_ISREG(info.st_mode):
                    if stat.S_ISDIR(info.st_mode):
                        continue
                    raise TemplateRefused(f"mallen '{template}' ({candidate}) är ingen vanlig fil", candidate)
                if info.st_size > MAX_TEMPLATE_BYTES:
                    raise TemplateRefused(
                        f"mallen '{template}' ({candidate}) är större än {MAX_TEMPLATE_BYTES // 1_000_000} MB",
                        candidate,
                    )
                try:
                    with open(real, "rb") as handle:
                        contents = handle.read(MAX_TEMPLATE_BYTES + 1).decode(self.encoding)
                except UnicodeDecodeError as exc:
                    raise TemplateRefused(
                        f"mallen '{template}' ({candidate}) är inte UTF-8 (byte {exc.start})", candidate
                    ) from None
                except OSError as exc:
                    raise TemplateRefused(
                        f"mallen '{template}' ({candidate}) kan inte läsas: {exc.strerror}", candidate
                    ) from None
                mtime = info.st_mtime

                def uptodate(real=real, mtime=mtime) -> bool:
                    try:
                        return os.path.getmtime(real) == mtime
                    except OSError:
                        return False

                return contents, str(candidate), uptodate
            raise TemplateNotFound(template)

    class BuiltinLoader(ContainedLoader):
        """The shipped templates: precompiled where a module matches (``render.precompiled``)."""

        def load(self, environment, name, globals=None):
            from . import precompiled

            source, filename, uptodate = self.get_source(environment, name)
            template = precompiled.load(environment, name, source, filename, uptodate,
                                        globals if globals is not None else {})
            return template if template is not None else super().load(environment, name, globals)

    ContainedLoader.Builtin = BuiltinLoader

    return ContainedLoader


def _shown(value):
    """Every value a template prints (``finalize``): plan text with its control characters spelt
    out (``\\x1b``), tabs and newlines kept, so that a document printed to a terminal cannot
    drive it; already safe HTML (``Markup``) stays safe HTML."""
    if isinstance(value, Markup):
        return Markup(visible(str(value)))
    if isinstance(value, str):
        return visible(value)
    return value


_COMPILED: dict[bool, object] = {}
MAX_COMPILED = 256  # compiled template versions kept in memory (a long ``plan serve`` session edits many)


def _compiled_templates(autoescape: bool):
    """This process's compiled templates, by name and source checksum (Jinja's bytecode cache, in
    memory), one store per autoescape setting since it is compiled in: a process that renders
    again and again (``plan serve``) compiles each template version once. A forked render child
    reads what its parent compiled before the fork."""
    from jinja2 import BytecodeCache

    class CompiledTemplates(BytecodeCache):
        def __init__(self) -> None:
            self.codes: dict[tuple[str, str], object] = {}

        def load_bytecode(self, bucket) -> None:
            code = self.codes.get((bucket.key, bucket.checksum))
            if code is not None:
                bucket.code = code

        def dump_bytecode(self, bucket) -> None:
            if len(self.codes) >= MAX_COMPILED:
                self.codes.clear()
            self.codes[(bucket.key, bucket.checksum)] = bucket.code

    if autoescape not in _COMPILED:
        _COMPILED[autoescape] = CompiledTemplates()
    return _COMPILED[autoescape]


def make_environment(user_paths: list[Path], autoescape: bool):
    from jinja2 import ChoiceLoader, PrefixLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from .. import swedish
    from . import markup

    class Environment(PlanSandbox, ImmutableSandboxedEnvironment):
        pass

    loader_class = _loader_class()
    builtin = loader_class.Builtin(str(builtin_templates()))
    loader = ChoiceLoader(
        [loader_class([str(p) for p in user_paths]), PrefixLoader({"builtin": builtin}), builtin]
    )
    env = Environment(
        loader=loader,
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_shown,
        bytecode_cache=_compiled_templates(autoescape),
    )
    env.template_roots = [Path(p).resolve() for p in user_paths] + [builtin_templates().resolve()]
    for name, positions, names in (("center", (1,), ("width",)), ("indent", (1,), ("width",)),
                                   ("slice", (1,), ("slices",)), ("batch", (1,), ("linecount",)),
                                   ("truncate", (1,), ("length",)), ("wordwrap", (2,), ("width",))):
        env.filters[name] = _capped(env.filters[name], *positions, names=names)
    env.globals["lipsum"] = _capped(env.globals["lipsum"], 0, 2, 3, names=("n", "min", "max"))
    env.filters.update(_guarded_filters(env.filters))
    env.filters.update(
        amount=swedish.amount,
        kronor=swedish.kronor,
        percent=swedish.percent,
        iso_date=swedish.iso_date,
        long_date=swedish.long_date,
        markdown=markup.html_block,
        markdown_inline=markup.html_inline,
        md_text=markup.markdown_text,
        md_cell=markup.markdown_cell,
        md_plain=markup.markdown_plain,
        md_comment=markup.markdown_comment,
    )
    return env


def render_template(env, name: str, **context) -> str:
    """Render ``name``; any error in it becomes a :class:`TemplateProblem` with file and line.

    Where the system can fork, the template runs in a child process with a CPU-time and an
    address-space limit (``RENDER_SECONDS``, ``RENDER_MEMORY``): no loop and no value a template
    builds can hang or exhaust the machine, whichever way it is written."""
    if hasattr(os, "fork"):
        return _in_bounded_child(lambda: _render(env, name, context))
    return _render(env, name, context)  # Windows: the sandbox's own limits only


_TOO_LONG = "mallen kördes längre än {seconds:g} sekunder och stoppades (en oändlig eller mycket stor slinga?)"


class _OutOfTime(BaseException):
    """The child's CPU time ran out (SIGXCPU); a BaseException, so that no ``except Exception``
    on the way (in Jinja or a filter) can swallow it."""


def _out_of_time(signum, frame):
    raise _OutOfTime


def _render(env, name: str, context: dict) -> str:
    import sys

    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
    from jinja2.sandbox import SecurityError

    try:
        return env.get_template(name).render(**context)
    except _OutOfTime:
        import signal

        signal.signal(signal.SIGXCPU, signal.SIG_IGN)  # the kernel repeats it every second: report this one
        raise TemplateProblem(_TOO_LONG.format(seconds=RENDER_SECONDS), *_template_frame(env, sys.exc_info()[2])) from None
    except MemoryError:
        raise TemplateProblem(
            f"mallen behövde mer än {RENDER_MEMORY // 1_000_000_000} GB minne och stoppades (ett för stort värde?)",
            *_template_frame(env, sys.exc_info()[2])
        ) from None
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or str(exc), exc.filename or exc.name, exc.lineno) from None
    except TemplateNotFound as exc:
        raise TemplateProblem(f"mallen '{exc.name}' finns inte", *_template_frame(env, sys.exc_info()[2])) from None
    except SecurityError as exc:
        raise TemplateProblem(f"otillåten åtgärd i mallen: {exc}", *_template_frame(env, sys.exc_info()[2])) from None
    except TemplateError as exc:
        where = _template_frame(env, sys.exc_info()[2])
        if where == (None, None) and getattr(exc, "where", None):
            where = (exc.where, None)  # a refused template file: name it
        raise TemplateProblem(_swedish(str(exc)), *where) from None
    except TemplateProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - a template's own runtime error (1/0, a bad filter argument)
        raise TemplateProblem(
            f"fel när mallen kördes: {type(exc).__name__}: {exc}", *_template_frame(env, sys.exc_info()[2])
        ) from None


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc does not tell)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _in_bounded_child(work) -> str:
    """``work()`` run in a forked child under CPU and memory limits; its text, or the
    :class:`TemplateProblem` it raised, comes back through a pipe as JSON."""
    import json
    import resource
    import signal

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: it sets its limits, renders, writes one JSON document and exits
        try:
            os.close(read_fd)
            seconds = max(1, int(RENDER_SECONDS))
            signal.signal(signal.SIGXCPU, _out_of_time)
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
            if (used := _address_space()):
                limit = used + RENDER_MEMORY
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            try:
                outcome = {"text": work()}
            except TemplateProblem as exc:
                outcome = {"problem": [exc.message, exc.template, exc.line]}
            except _OutOfTime:  # the limit struck outside the template itself (compiling it)
                outcome = {"problem": [_TOO_LONG.format(seconds=RENDER_SECONDS), None, None]}
            except BaseException as exc:  # noqa: BLE001 - reported by the parent, as the bug it is
                outcome = {"bug": f"{type(exc).__name__}: {exc}"}
            signal.signal(signal.SIGXCPU, signal.SIG_IGN)  # the answer is written whatever the clock says
            data = memoryview(json.dumps(outcome).encode("utf-8"))
            while data:
                data = data[os.write(write_fd, data):]
        finally:
            os._exit(0)
    os.close(write_fd)
    import select
    import time

    chunks = []
    # The CPU limit stops a child that computes; a child that waits (a lock some other thread of
    # a server held when it forked) is stopped by the wall clock.
    deadline = time.monotonic() + RENDER_WALL_SECONDS
    stuck = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read_fd], [], [], remaining)[0]:
                stuck = True
                os.kill(pid, signal.SIGKILL)
                break
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        os.waitpid(pid, 0)
    if stuck:
        raise TemplateProblem(f"mallen stoppades: dokumentet var inte klart efter {RENDER_WALL_SECONDS:g} sekunder")
    if not chunks:  # killed at the hard limit before it could answer
        raise TemplateProblem(f"mallen stoppades: den kördes längre än {RENDER_SECONDS:g} sekunder eller "
                              "behövde för mycket minne")
    outcome = json.loads(b"".join(chunks))
    if "problem" in outcome:
        raise TemplateProblem(*outcome["problem"])
    if "bug" in outcome:
        raise RuntimeError(outcome["bug"])  # not the template's fault: the one handler says "bugg"
    return outcome["text"]


def _swedish(message: str) -> str:
    """Jinja's messages for undefined names in Swedish (the others are kept as they are)."""
    import re

    if match := re.fullmatch(r"'(.+?)' is undefined", message):
        return f"'{match.group(1)}' är inte definierad"
    if match := re.fullmatch(r"'(.+?)' has no attribute '(.+)'", message):
        owner = match.group(1).removeprefix("forvaltning_cli.render.view.")
        owner = "planens data" if owner == "Record object" else owner
        return f"'{match.group(2)}' finns inte ({owner})"
    return message


def _template_frame(env, tb) -> tuple[str | None, int | None]:
    """The innermost template file and line in a traceback (Jinja rewrites frames to them)."""
    roots = getattr(env, "template_roots", [])
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename and not filename.startswith("<"):
            try:
                real = Path(filename).resolve()
            except (OSError, RuntimeError):
                real = None
            if real is not None and any(real.is_relative_to(root) for root in roots):
                # Frames Jinja did not rewrite (an interrupt by a signal) run compiled code: map its line.
                template = tb.tb_frame.f_globals.get("__jinja_template__")
                line = template.get_corresponding_lineno(tb.tb_lineno) if template is not None else tb.tb_lineno
                found = (filename, line)
        tb = tb.tb_next
    return found
