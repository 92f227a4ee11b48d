"""Only requests addressed to this sandbox itself: a loopback host name and the sandbox's port.

Listening on 127.0.0.1 keeps the network out, but not a web page: DNS rebinding points a name
the page controls (`attacker.example`) at 127.0.0.1, and the browser then sends the page's
requests to the sandbox with `Host: attacker.example:<port>`. Refusing every Host that is not
`127.0.0.1`, `localhost` or `[::1]` with the sandbox's own port (400 `invalid_host`, before any
route runs) leaves such a page nothing but errors. A pure ASGI middleware, so that every app the
sandbox serves (the API, and the hosted pages a browser opens) puts the same check in front.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
INVALID_HOST_MESSAGE = (
    "This SmartAlex sandbox answers only requests addressed to 127.0.0.1, localhost or [::1] "
    "on its own port; use the address it printed when it started."
)


def is_own_host(host_header: str | None, port: int | None) -> bool:
    """Whether `Host` names this sandbox: a loopback name and, when known, its own `port`."""
    if not host_header:
        return False
    host = host_header.strip()
    name, colon, port_text = host.rpartition(":")
    if not colon or host.endswith("]"):  # no port given: "localhost", "[::1]"
        name, port_text = host, "80"
    if name.lower() not in LOOPBACK_NAMES or not port_text.isdigit():
        return False
    return port is None or int(port_text) == port


class LoopbackHostCheck:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = next((value for name, value in scope["headers"] if name == b"host"), None)
        server = scope.get("server")
        port = server[1] if server and server[1] is not None else None
        if is_own_host(host.decode("latin-1") if host is not None else None, port):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        body = json.dumps(
            {
                "error": {
                    "type": "invalid_request_error",
                    "code": "invalid_host",
                    "message": INVALID_HOST_MESSAGE,
                    "param": "Host",
                }
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 400,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
