"""A small loopback reverse proxy that injects network faults between the client and a sandbox.

    with FaultProxy(sandbox.url) as proxy:
        proxy.inject(drop_after_forward(), "POST", "/v1/wallet/top-ups")
        client = SmartAlexClient(proxy.url, ...)

Faults are rules (method, path prefix, how many times), consumed in the order they were added by
the next matching requests; requests no rule matches pass through. What a fault does:

- `drop_before_forward()`: read the request, close the connection without answering; the
  sandbox never sees it (the client cannot tell this from `drop_after_forward`);
- `drop_after_forward()`: forward it (so the sandbox DID do it), then close without answering;
- `status(code, retry_after=…, json=…)`: answer `code` from the proxy itself, nothing
  forwarded;
- `stall(seconds)`: forward it, then hold the answer `seconds` (past the client's read timeout);
- `PASS_THROUGH`: forward it and relay the answer (to script "fail, succeed, fail");
- `raw(code, body, headers)`: answer exactly these bytes and headers from the proxy (a body
  that says it is gzip and is not, a JSON object missing a field);
- `rewrite(transform)`: forward it, then answer the sandbox's JSON as `transform` changes it (a
  hostile or compromised server: markup in a practice name, a formula as an invoice number).

`stop_listening()` / `listen()` close and reopen the listening socket on the same port, so that
connecting is refused (the one failure where the client knows the request never left).
Every request is recorded (`seen`) with its headers, whether it was forwarded, and the
sandbox's status and headers when it was. Answers are HTTP/1.0 (one request per connection), so
no kept-alive connection hides a fault.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from json import dumps, loads
from typing import Any
from urllib.parse import urlsplit

import httpx

HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
    "accept-encoding",
    "content-encoding",
    "date",
    "server",
}


@dataclass(frozen=True)
class Fault:
    kind: str  # pass | drop_before_forward | drop_after_forward | status | stall | raw | rewrite
    status: int = 0
    retry_after: str | None = None
    seconds: float = 0.0
    body: bytes | None = None  # a `status` answer's JSON body (else a line of text); `raw`'s
    headers: tuple[tuple[str, str], ...] = ()  # `raw`'s
    transform: Callable[[Any], Any] | None = None  # `rewrite`'s


PASS_THROUGH = Fault("pass")


def drop_before_forward() -> Fault:
    return Fault("drop_before_forward")


def drop_after_forward() -> Fault:
    return Fault("drop_after_forward")


def status(code: int, retry_after: float | str | None = None, *, json: Any = None) -> Fault:
    return Fault(
        "status",
        status=code,
        retry_after=None if retry_after is None else str(retry_after),
        body=None if json is None else dumps(json).encode(),
    )


def stall(seconds: float) -> Fault:
    return Fault("stall", seconds=seconds)


def raw(code: int, body: bytes, headers: dict[str, str] | None = None) -> Fault:
    return Fault("raw", status=code, body=body, headers=tuple((headers or {}).items()))


def rewrite(transform: Callable[[Any], Any]) -> Fault:
    return Fault("rewrite", transform=transform)


@dataclass
class _Rule:
    fault: Fault
    method: str
    path: str
    remaining: int | None  # None: every matching request

    def matches(self, method: str, path: str) -> bool:
        return (
            (self.remaining is None or self.remaining > 0)
            and self.method in ("*", method)
            and path.startswith(self.path)
        )


@dataclass
class Seen:
    """One request as the proxy saw it (header names lower-case)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    fault: str
    forwarded: bool = False
    upstream_status: int | None = None
    upstream_headers: dict[str, str] = field(default_factory=dict)

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")


class FaultProxy:
    def __init__(self, upstream: str, *, upstream_timeout: float = 30.0) -> None:
        self.upstream = upstream.rstrip("/")
        self.seen: list[Seen] = []
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()  # ends every stall at shutdown
        self._http = httpx.Client(timeout=upstream_timeout, trust_env=False)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # --- life cycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self.listen()
        return self

    def listen(self) -> None:
        """Accept connections (again, on the same port once it was chosen)."""
        if self._server is not None:
            return
        server = _Server(("127.0.0.1", self.port), _Handler)
        server.proxy = self
        self.port = server.server_address[1]
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        thread.start()
        self._server, self._thread = server, thread

    def stop_listening(self) -> None:
        """Close the listening socket: connecting is refused until `listen()`."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def close(self) -> None:
        self._closing.set()
        self.stop_listening()
        self._http.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the script ----------------------------------------------------------------------

    def inject(
        self, fault: Fault, method: str = "*", path: str = "/", *, times: int | None = 1
    ) -> None:
        """Apply `fault` to the next `times` requests (None: all) of `method` under `path`."""
        with self._lock:
            self._rules.append(_Rule(fault, method.upper(), path, times))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """What was seen, optionally only one method and path (exact, without the query)."""
        with self._lock:
            return [
                seen
                for seen in self.seen
                if (method is None or seen.method == method) and (path is None or seen.path == path)
            ]

    def _take(self, method: str, path: str) -> Fault:
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    if rule.remaining is not None:
                        rule.remaining -= 1
                    return rule.fault
        return PASS_THROUGH

    def _record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    proxy: FaultProxy

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout) is expected here, not a test failure


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        fault = proxy._take(self.command, path)
        seen = Seen(
            method=self.command,
            path=path,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            fault=fault.kind,
        )
        proxy._record(seen)
        if fault.kind == "drop_before_forward":
            self._drop()
            return
        if fault.kind == "status":
            kind = "text/plain" if fault.body is None else "application/json"
            headers = [("Content-Type", kind)]
            if fault.retry_after is not None:
                headers.append(("Retry-After", fault.retry_after))
            body = fault.body or f"fault injected: {fault.status}\n".encode()
            self._answer(fault.status, headers, body)
            return
        if fault.kind == "raw":
            self._answer(fault.status, list(fault.headers), fault.body or b"")
            return
        try:
            upstream = proxy._http.request(
                self.command,
                proxy.upstream + self.path,
                content=body,
                headers={
                    name: value
                    for name, value in self.headers.items()
                    if name.lower() not in HOP_BY_HOP
                },
            )
        except httpx.HTTPError:
            self._answer(502, [("Content-Type", "text/plain")], b"the sandbox did not answer\n")
            return
        seen.upstream_status = upstream.status_code
        seen.upstream_headers = {name.lower(): value for name, value in upstream.headers.items()}
        seen.forwarded = True
        if fault.kind == "drop_after_forward":
            self._drop()
            return
        if fault.kind == "stall" and proxy._closing.wait(fault.seconds):
            self._drop()
            return
        headers = [
            (name, value)
            for name, value in upstream.headers.multi_items()
            if name.lower() not in HOP_BY_HOP
        ]
        content = upstream.content
        if fault.kind == "rewrite" and fault.transform is not None:
            content = dumps(fault.transform(loads(content))).encode()
        self._answer(upstream.status_code, headers, content)

    def _drop(self) -> None:
        """Close without a byte of answer: the client sees the server hang up."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _answer(self, code: int, headers: list[tuple[str, str]], body: bytes) -> None:
        with contextlib.suppress(OSError):  # the client may have given up (stall)
            self.send_response(code)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
