"""``plan serve``: show the plans as documents in the browser while they are edited.

A local web server (Starlette on uvicorn) bound to 127.0.0.1 unless ``--host`` says otherwise.
Every save of a plan, a house-style template or the configuration updates the open page within
a second (watchfiles, server-sent events). Nothing is ever written.

Exit codes: 0 after Ctrl-C; 2 for a usage problem (the path does not exist, the port is in use,
the ``serve`` extra is not installed).
"""

from __future__ import annotations

import errno
import socket
import sys
from pathlib import Path

from ..errors import UsageError
from . import say


class ServeUnavailable(UsageError):
    """The optional ``serve`` extra (Starlette, uvicorn, watchfiles) is not installed."""


def _require_extra() -> None:
    from .. import swedish

    missing = []
    for module in ("starlette", "uvicorn", "watchfiles"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise ServeUnavailable(
            f"plan serve behöver {swedish.join(missing)}, som inte är "
            f"{'installerat' if len(missing) == 1 else 'installerade'}; installera dem med  "
            "pip install 'forvaltning-cli[serve]'"
        )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: a free port); a clear usage error when taken."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise UsageError(f"adressen '{host}' är okänd; ange till exempel --host 127.0.0.1") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"porten {port} på {host} används redan; välj en annan med --port "
                             "(--port 0 väljer en ledig)") from None
        raise UsageError(f"kan inte lyssna på {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def run(path: Path, port: int, host: str, open_browser: bool) -> int:
    from ..paths import PlanPathError

    if not path.exists():
        raise PlanPathError(f"sökvägen '{path}' finns inte")
    _require_extra()
    import uvicorn

    from ..serve.app import create_app
    from ..serve.pages import Previews
    from ..serve.tree import PlanTree

    tree = PlanTree.at(path)
    previews = Previews(tree)  # a broken configuration is a usage error now, not on the first page
    sock = bind(host, port)
    port = sock.getsockname()[1]
    app, hub = create_app(tree, host, port, previews)
    url = url_of(host, port)
    shown = str(path) if path.is_file() else (str(path).rstrip("/\\") + "/" if str(path) != "." else "./")
    say(f"Visar planerna i {shown} på {url} — avsluta med Ctrl-C")
    sys.stderr.flush()

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            hub.close_soon()  # end the event streams, so that shutting down does not wait for them
            super().handle_exit(sig, frame)
            self._captured_signals.clear()  # stopping is what Ctrl-C asks for: exit 0, not 130

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", http="h11",
                            ws="none", timeout_graceful_shutdown=2, server_header=False)
    server = Server(config)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    say("plan serve avslutad")
    return 0
