"""Every request the API received, written down (method, path, query, body) — for tests only.

With `SMARTALEX_SANDBOX_RECORD_REQUESTS=1` the sandbox appends each request to
`<data dir>/recorded-requests.jsonl`, so a test can prove what never reached the SmartAlex API
(a card number, for one). Off by default: a real server keeps no such record.

What would let someone who reads the file act as the user is left out: the `Authorization` and
`Cookie` headers, and every JSON field whose name says password, token or secret (their values
become "[redacted]"). Everything else stays as sent, so a card number that reached the API would
still show. The file is created 0600.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_SECRET_FIELD = re.compile(r"password|token|secret", re.IGNORECASE)


def _redacted(value: Any) -> Any:
    """`value` (parsed JSON) with every password, token or secret replaced, at any depth."""
    if isinstance(value, dict):
        return {
            key: REDACTED if _SECRET_FIELD.search(str(key)) else _redacted(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redacted(item) for item in value]
    return value


def _body_text(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        return text  # not JSON: the API refuses it anyway; kept, as a card number would be
    return json.dumps(_redacted(parsed))


class RequestRecorder:
    def __init__(self, app: ASGIApp, path: Path) -> None:
        self.app = app
        self.path = path
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        written = False

        def write() -> None:
            nonlocal written
            if written:
                return
            written = True
            headers = {}
            for raw_name, raw_value in scope["headers"]:
                name = raw_name.decode("latin-1")
                secret = name.lower() in _SECRET_HEADERS
                headers[name] = REDACTED if secret else raw_value.decode("latin-1")
            record = {
                "method": scope["method"],
                "path": scope["path"],
                "query": scope.get("query_string", b"").decode("latin-1"),
                "headers": headers,
                "body": _body_text(b"".join(chunks)),
            }
            line = (json.dumps(record) + "\n").encode("utf-8")
            with self._lock:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(fd, line)
                finally:
                    os.close(fd)

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    write()  # before the app answers, so the record exists when the client sees it
            return message

        try:
            await self.app(scope, recording_receive, send)
        finally:
            write()  # requests whose body the app never read
