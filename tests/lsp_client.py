"""A minimal Language Server Protocol client for the tests: speaks JSON-RPC over a server's
stdin/stdout with Content-Length framing, as an editor does."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any, Callable


class LspClient:
    def __init__(self, command: list[str], cwd: Path | None = None, env: dict | None = None) -> None:
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self._next_id = 0
        self._pending: dict[int, dict] = {}
        threading.Thread(target=self._read, daemon=True).start()

    # -- framing -----------------------------------------------------------------------------
    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.process.stdin.flush()

    # -- messages ----------------------------------------------------------------------------
    def _pump(self, timeout: float) -> None:
        message = self.messages.get(timeout=timeout)
        if "id" in message and "method" in message:  # a request from the server: answer it
            result: Any = None
            if message["method"] == "workspace/configuration":
                result = [self.configuration.get(item.get("section", ""), None)
                          for item in message["params"]["items"]]
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
        elif "id" in message:
            self._pending[message["id"]] = message
        else:
            self.notifications.append(message)

    configuration: dict = {}

    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        self._next_id += 1
        ident = self._next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while ident not in self._pending:
            self._pump(max(0.01, deadline - time.monotonic()))
        answer = self._pending.pop(ident)
        assert "error" not in answer, answer
        return answer.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, accept: Callable[[dict], bool], timeout: float = 30) -> dict:
        """The first notification (already received or arriving) that ``accept`` takes; it is
        consumed, so a later wait sees only later ones."""
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.notifications):
                if accept(message):
                    return self.notifications.pop(index)
            self._pump(max(0.01, deadline - time.monotonic()))

    def diagnostics(self, uri: str, timeout: float = 30, accept: Callable[[list], bool] = lambda d: True) -> list[dict]:
        message = self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"]["uri"] == uri and accept(m["params"]["diagnostics"]), timeout)
        return message["params"]["diagnostics"]

    def close(self) -> int:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            return self.process.wait(timeout=10)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
