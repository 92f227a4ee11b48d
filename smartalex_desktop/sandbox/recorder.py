"""Every request the API received, written down (method, path, query, body) — for tests only.

With `SMARTALEX_SANDBOX_RECORD_REQUESTS=1` the sandbox appends each request to
`<data dir>/recorded-requests.jsonl`, so a test can prove what never reached the SmartAlex API
(a card number, for one). Off by default: a real server keeps no such record.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send


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
            record = {
                "method": scope["method"],
                "path": scope["path"],
                "query": scope.get("query_string", b"").decode("latin-1"),
                "headers": {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]},
                "body": b"".join(chunks).decode("utf-8", "replace"),
            }
            with self._lock, self.path.open("a", encoding="utf-8") as file:
                file.write(json.dumps(record) + "\n")

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
