"""The preview's web application (Starlette, served by uvicorn) and its file watcher.

Routes (GET and HEAD only; anything else is 405):

* ``/`` — the index of plans;
* ``/plan/PATH`` — a plan's document with its findings (or its error page);
* ``/diff/PATH`` — the ``plan diff`` report of the plan against git HEAD;
* ``/events`` — server-sent events: ``change`` with ``{"path": PATH}`` (``"*"``: everything);
* ``/_static/live.js``, ``/_static/serve.css`` — the preview's own script and style sheet.

:class:`Guard` answers every request first: a ``Host`` header other than this server's own
address (``127.0.0.1:PORT``, ``localhost:PORT``, ``[::1]:PORT`` or the ``--host`` given) is
refused (421), which stops DNS rebinding; every answer carries a strict Content-Security-Policy
(scripts only from the server itself), ``nosniff``, ``no-referrer`` and no framing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from pathlib import Path

from .pages import Previews, log
from .tree import PlanTree

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
KEEPALIVE_SECONDS = 15
FAILED_PAGE = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Fel i plan serve</title></head>'
               '<body><h1>Sidan kunde inte byggas</h1><p>Ett oväntat fel i plan serve; se terminalen. '
               '<a href="/">Alla planer</a></p></body></html>')
WATCH_DEBOUNCE_MS = 50  # how long a burst of writes (an editor's save) is gathered into one change


def allowed_hosts(host: str, port: int) -> set[str]:
    """The Host header values that name this server."""
    names = {"127.0.0.1", "localhost", "[::1]"}
    names.add(f"[{host}]" if ":" in host and not host.startswith("[") else host)
    return {f"{name}:{port}".lower() for name in names}


class Guard:
    """ASGI middleware: the Host check, GET/HEAD only, and the security headers on every answer."""

    def __init__(self, app, hosts: set[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in SECURITY_HEADERS}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        host = next((v for k, v in scope["headers"] if k == b"host"), b"").decode("latin-1").strip().lower()
        if host not in self.hosts:
            await _plain(secured, 421, "Fel värdnamn i förfrågan (Host); plan serve svarar bara på sin egen adress.\n")
            return
        if scope["method"] not in ("GET", "HEAD"):
            await _plain(secured, 405, "plan serve visar bara planerna; den ändrar ingenting.\n",
                         [(b"allow", b"GET, HEAD")])
            return
        await self.app(scope, receive, secured)


async def _plain(send, status: int, text: str, extra: list | None = None) -> None:
    body = text.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode("ascii"))] + (extra or [])})
    await send({"type": "http.response.body", "body": body})


class Hub:
    """The open event streams; :meth:`publish` names a changed plan to each of them."""

    def __init__(self) -> None:
        self.queues: set[asyncio.Queue] = set()
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None

    def publish(self, name: str) -> None:
        for queue in list(self.queues):
            queue.put_nowait(name)

    def close(self) -> None:
        self.closed = True
        for queue in list(self.queues):
            queue.put_nowait(None)

    def close_soon(self) -> None:
        """From a signal handler: end every stream, so that the server can stop at once."""
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.close)


def _parts(tree: PlanTree, path: Path) -> tuple[str, ...] | None:
    """The steps from the tree's folder to ``path``, or ``None`` when it is outside."""
    try:
        return path.relative_to(tree.root).parts
    except ValueError:
        return None


def _is_setting(parts: tuple[str, ...]) -> bool:
    """The configuration or a house-style template: every page may change."""
    return parts[-1] == ".plan.toml" or "templates" in parts[:-1]


def _relevant(tree: PlanTree):
    """The watcher's filter: plans, the configuration and house-style templates (no hidden folder)."""

    def relevant(change, raw: str) -> bool:
        parts = _parts(tree, Path(raw))
        if not parts or any(part.startswith(".") for part in parts[:-1]):
            return False
        return parts[-1].endswith((".yaml", ".yml")) or _is_setting(parts)

    return relevant


def _changed_names(tree: PlanTree, previews: Previews, changes) -> set[str]:
    """Forget what changed; the names to announce (``*``: a template or the configuration)."""
    names: set[str] = set()
    for _change, raw in changes:
        parts = _parts(tree, Path(raw))
        if not parts:
            continue
        if _is_setting(parts):
            previews.invalidate()
            return {"*"}
        name = "/".join(parts)
        previews.invalidate(name)
        names.add(name)
    return names


async def watch(tree: PlanTree, previews: Previews, hub: Hub, stop: asyncio.Event) -> None:
    from watchfiles import awatch

    while not stop.is_set():
        try:
            async for changes in awatch(tree.root, watch_filter=_relevant(tree), stop_event=stop,
                                        debounce=WATCH_DEBOUNCE_MS, step=20, recursive=True):
                for name in sorted(_changed_names(tree, previews, changes)):
                    hub.publish(name)
        except Exception as exc:  # noqa: BLE001 - the preview goes on without a watcher rather than dying
            log(f"filbevakningen avbröts ({type(exc).__name__}: {exc}); startar om den")
            await asyncio.sleep(1)


def create_app(tree: PlanTree, host: str, port: int, previews: Previews | None = None, hub: Hub | None = None):
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import HTMLResponse, Response, StreamingResponse
    from starlette.routing import Route

    previews = previews or Previews(tree)
    hub = hub or Hub()

    def html(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status)

    async def page(work, *args, status: int = 200) -> HTMLResponse:
        """A page built in a worker thread; a failure is a short page and one line on stderr."""
        try:
            return html(await run_in_threadpool(previews.built, work, *args), status)
        except Exception as exc:  # noqa: BLE001 - the server lives on
            log(f"sidan kunde inte byggas: {type(exc).__name__}: {exc}")
            return html(FAILED_PAGE, 500)

    async def not_found() -> HTMLResponse:
        return await page(previews.not_found_page, status=404)

    async def index(request):
        return await page(previews.index_page)

    async def plan(request):
        name = request.path_params["name"]
        path = tree.resolve(name)
        if path is None:
            return await not_found()
        return await page(previews.plan_page, name, path)

    async def diff(request):
        name = request.path_params["name"]
        path = tree.resolve(name)
        if path is None:
            return await not_found()
        return await page(previews.diff_page, name, path)

    async def static(request):
        found = previews.static(request.path_params["name"])
        if found is None:
            return await not_found()
        body, media_type = found
        return Response(body, media_type=media_type)

    async def events(request):
        queue: asyncio.Queue = asyncio.Queue()
        hub.queues.add(queue)

        async def stream():
            try:
                yield "retry: 1000\n\n"
                while not hub.closed:
                    try:
                        name = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
                    except asyncio.TimeoutError:
                        yield ": ping\n\n"
                        continue
                    if name is None:
                        return
                    yield f"event: change\ndata: {json.dumps({'path': name})}\n\n"
            finally:
                hub.queues.discard(queue)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"x-accel-buffering": "no"})

    async def fallback(request):
        return await not_found()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        hub.loop = asyncio.get_running_loop()
        threading.Thread(target=previews.warm, name="plan-serve-warm", daemon=True).start()
        stop = asyncio.Event()
        task = asyncio.create_task(watch(tree, previews, hub, stop))
        try:
            yield
        finally:
            stop.set()
            hub.close()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    routes = [
        Route("/", index),
        Route("/plan/{name:path}", plan),
        Route("/diff/{name:path}", diff),
        Route("/events", events),
        Route("/_static/{name}", static),
        Route("/{rest:path}", fallback),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    return Guard(app, allowed_hosts(host, port)), hub
