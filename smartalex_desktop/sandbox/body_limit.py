"""Request bodies are refused over 1 MiB (413), before they are read.

The API's bodies are small JSON objects: the largest a client sends is an account update (an
address of at most 1,000 characters) or a sign-in (a password of at most 1,024), a few KB. 1 MiB
is hundreds of times that, and still bounds what one request can make the sandbox hold in memory
and parse (a 60 MB body used to be read and parsed whole; uvicorn sets no limit of its own).

A declared `Content-Length` over the limit is answered at once, without reading a byte of the
body; a chunked body is counted as it streams and refused as soon as it passes the limit. A
body under the limit is handed to the app as it came. A pure ASGI middleware: it sits in front
of everything else, the idempotency middleware (which reads bodies too) included.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1024 * 1024
TOO_LARGE_MESSAGE = (
    "The request body is larger than 1 MiB, far more than any SmartAlex request needs; send "
    "only the fields the request takes."
)


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = next(
            (value for name, value in scope["headers"] if name == b"content-length"), None
        )
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_bytes:
            await _too_large(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _too_large(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read above, then the client's own messages (a disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _too_large(send: Send) -> None:
    body = json.dumps(
        {
            "error": {
                "type": "invalid_request_error",
                "code": "request_too_large",
                "message": TOO_LARGE_MESSAGE,
                "param": None,
            }
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                # The unread rest of the body would be taken for the next request.
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
