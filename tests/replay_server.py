"""A local HTTP server that replays recorded responses and remembers every request it got.

A recording (``tests/scb/*.recording``) is a text file: ``#`` comment lines first (where it comes
from, what in it is invented), then an HTTP status line, headers, an empty line and the body —
what the service would send, byte for byte after the comment. The server listens on 127.0.0.1
on a free port in a thread of the test process; nothing leaves the machine.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

RECORDINGS = Path(__file__).resolve().parent / "scb"


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering
    content_length: bool = True  # False: no Content-Length; the body ends when the connection closes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def load_recording(name: str) -> Response:
    """The response recorded in ``tests/scb/NAME``."""
    text = (RECORDINGS / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    status_line = lines.pop(0)
    status = int(status_line.split()[1])
    headers = []
    while lines and lines[0] != "":
        name_, value = lines.pop(0).split(":", 1)
        headers.append((name_.strip(), value.strip()))
    body = "\n".join(lines[1:]).rstrip("\n").encode("utf-8")
    return Response(status, headers, body)


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    query: list[tuple[str, str]]
    raw_query: str
    headers: dict[str, str]
    body: bytes


class ReplayServer:
    """``with ReplayServer() as server:`` — ``server.answer(response)`` sets what every request
    gets (or ``server.routes[path] = response`` per path); ``server.requests`` lists what came."""

    def __init__(self) -> None:
        self.requests: list[SeenRequest] = []
        self.routes: dict[str, Response] = {}
        self.default = Response(404, [("Content-Type", "application/problem+json")],
                                b'{"title":"Not Found","status":404}')
        replay = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # keep the test output clean
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                replay.requests.append(SeenRequest(
                    self.command, parts.path, parse_qsl(parts.query, keep_blank_values=True), parts.query,
                    {k.lower(): v for k, v in self.headers.items()}, body))
                response = replay.routes.get(parts.path, replay.default)
                if response.delay:
                    threading.Event().wait(response.delay)
                self.send_response(response.status)
                for name, value in response.headers:
                    self.send_header(name, value)
                if response.content_length:
                    self.send_header("Content-Length", str(len(response.body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                try:
                    self.wfile.write(response.body)
                except (BrokenPipeError, ConnectionResetError):  # the client stopped reading: fine
                    pass

            do_GET = do_POST = _answer

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, response: Response) -> None:
        self.default = response

    def __enter__(self) -> "ReplayServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
