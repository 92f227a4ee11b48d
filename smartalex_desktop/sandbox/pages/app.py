"""The hosted card and payment pages, served by the sandbox on a loopback port of their own.

Why a port of their own (not the API's): the pages are for a browser, the API for programs. On
its own origin the page's script (and Stripe.js, a third party's script in real mode) shares
nothing with the API's origin, the pages' strict browser headers (CSP, framing, referrer) go on
every answer without touching the API's, and none of the API's machinery (bearer sessions,
Idempotency-Keys, the request recorder) applies to them. It is also what production looks like:
SmartAlex serves these pages on its website, not on the API's host. Same process, same
database and Stripe as the API (one `SandboxContext`); `server.create_asgi` sends each
connection to the app of the port it arrived on.

Two pages, each a static HTML file with its script in a file of its own (the CSP allows no
inline script) and the Stripe.js of the Stripe the sandbox uses (localstripe's stand-in at
`<localstripe>/js.stripe.com/v3/`, or https://js.stripe.com/v3/):

- `/card-setup#<token>`: the card Element and `confirmCardSetup` (3-D Secure in the page);
- `/payment-confirmation#<token>`: `confirmCardPayment` for a payment the bank wants confirmed.

The token is in the fragment, which no browser sends to a server; the script reads it and sends
it as a bearer token to the pages' JSON endpoints under `/api/`. Nothing here logs a token.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from smartalex_desktop.sandbox import money
from smartalex_desktop.sandbox.body_limit import BodySizeLimit
from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.errors import ApiError, InvalidRequest
from smartalex_desktop.sandbox.host_check import LoopbackHostCheck
from smartalex_desktop.sandbox.periods import from_db
from smartalex_desktop.sandbox.services import (
    card_setup,
    payment_authentications,
    payment_methods,
    receipts,
)
from smartalex_desktop.sandbox.stripe_gateway import REAL_STRIPE_API_BASE, StripeGateway

MAX_BODY_BYTES = 4096  # the largest real body is a SetupIntent id
STATIC_FILES = {
    "page.css": "text/css; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
    "card-setup.js": "text/javascript; charset=utf-8",
    "payment.js": "text/javascript; charset=utf-8",
    "logo.svg": "image/svg+xml",
}


def _static(name: str) -> bytes:
    return resources.files("smartalex_desktop.sandbox.pages").joinpath("static", name).read_bytes()


def stripe_js_url(gateway: StripeGateway) -> str:
    """Stripe.js from the Stripe the sandbox uses: real Stripe's, or localstripe's stand-in."""
    if gateway.real_stripe:
        return "https://js.stripe.com/v3/"
    return f"{gateway.api_base}/js.stripe.com/v3/"


def content_security_policy(gateway: StripeGateway) -> str:
    """Only our own files and Stripe's: no inline script or style, no other origin, no framing.

    Real Stripe.js loads from js.stripe.com, draws the card fields and the 3-D Secure step in
    frames of js.stripe.com and hooks.stripe.com, and talks to api.stripe.com (Stripe's list for
    a CSP). localstripe's stand-in is one origin for all three."""
    if gateway.real_stripe:
        script, frames, connect = (
            "https://js.stripe.com",
            "https://js.stripe.com https://hooks.stripe.com",
            REAL_STRIPE_API_BASE,
        )
    else:
        parts = urlsplit(gateway.api_base)
        origin = f"{parts.scheme}://{parts.netloc}"
        script, frames, connect = origin, origin, origin
    return (
        "default-src 'none'; "
        f"script-src 'self' {script}; "
        "style-src 'self'; "
        "img-src 'self' data:; "
        f"connect-src 'self' {connect}; "
        f"frame-src {frames}; "
        "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
    )


class BrowserHeaders:
    """What every answer of the pages carries: the CSP, no referrer (a page's address never
    leaves it), no framing (clickjacking), no sniffing, no caching (a card page is never served
    from a cache), its own browsing context (no opener can reach into it)."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"x-content-type-options", b"nosniff"),
            (b"cache-control", b"no-store"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, sending)


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


async def _body(request: Request) -> dict[str, Any]:
    """The JSON object sent, read no further than MAX_BODY_BYTES."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise InvalidRequest("The request is too large.", code="request_too_large")
        chunks.append(chunk)
    if not size:
        return {}
    try:
        body = json.loads(b"".join(chunks))
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise InvalidRequest("Send a JSON object.", code="invalid_json")
    return body


def _token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def create_pages_app(context: SandboxContext) -> ASGIApp:
    gateway = context.gateway
    js_url = stripe_js_url(gateway)

    def page(name: str) -> Callable[[Request], Awaitable[Response]]:
        html = _static(name).decode("utf-8").replace("{{STRIPE_JS_URL}}", js_url)

        async def serve(_request: Request) -> Response:
            return Response(html, media_type="text/html; charset=utf-8")

        return serve

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            return _error(404, "not_found", "There is no such file.")
        return Response(_static(name), media_type=STATIC_FILES[name])

    def api(
        work: Callable[[sqlite3.Connection, str | None, dict[str, Any]], dict[str, Any]],
    ) -> Callable[[Request], Awaitable[Response]]:
        """A JSON endpoint of the pages: the link's token as the bearer, the work on a worker
        thread with a connection of the pool, every refusal a sentence."""

        async def endpoint(request: Request) -> Response:
            try:
                body = await _body(request)
                token = _token(request)

                def run() -> dict[str, Any]:
                    conn = context.connect()
                    try:
                        return work(conn, token, body)
                    finally:
                        # A payment confirmed here is "emailed" as any other is.
                        receipts.send_pending(conn, context.config.outbox_dir)
                        context.release(conn)

                return JSONResponse(await run_in_threadpool(run))
            except ApiError as error:
                return _error(error.status, error.code, error.message)

        return endpoint

    # --- the card page ----------------------------------------------------------------------

    def card_state(conn: sqlite3.Connection, page: card_setup.PageSession) -> dict[str, Any]:
        row = page.row
        state: dict[str, Any] = {
            "status": row["status"],
            "account": page.account_name,
            "expires_at": from_db(row["expires_at"]).isoformat(),
            "publishable_key": gateway.publishable_key,
        }
        if row["payment_method_id"]:
            saved = conn.execute(
                "SELECT * FROM payment_methods WHERE id = ?", (row["payment_method_id"],)
            ).fetchone()
            if saved is not None:
                state["card"] = payment_methods.label(saved)
        return state

    def card_session(conn: sqlite3.Connection, token: str | None, _body: dict[str, Any]) -> Any:
        return card_state(conn, card_setup.for_token(conn, gateway, token))

    def card_attempt(conn: sqlite3.Connection, token: str | None, _body: dict[str, Any]) -> Any:
        page = card_setup.for_token(conn, gateway, token)
        return {"client_secret": card_setup.attempt(conn, gateway, page)}

    def card_failed(conn: sqlite3.Connection, token: str | None, body: dict[str, Any]) -> Any:
        page = card_setup.for_token(conn, gateway, token)
        code = body.get("code") if isinstance(body.get("code"), str) else "failed"
        return {"message": card_setup.record_browser_failure(conn, page, code)}

    def card_complete(conn: sqlite3.Connection, token: str | None, body: dict[str, Any]) -> Any:
        page = card_setup.for_token(conn, gateway, token)
        intent_id = body.get("setup_intent_id")
        if not isinstance(intent_id, str):
            raise InvalidRequest("Send the SetupIntent's id.", code="invalid_parameter")
        row = card_setup.complete(conn, gateway, page, intent_id)
        return card_state(conn, card_setup.PageSession(row, page.account_name))

    # --- the payment page -------------------------------------------------------------------

    def payment_state(row: sqlite3.Row) -> dict[str, Any]:
        return {
            "status": row["status"],
            "description": row["description"],
            "amount": money.format_usd(row["amount_cents"]),
            "card": f"{payment_methods.BRAND_NAMES.get(row['brand'], row['brand'])} •••• "
            f"{row['last4']}",
            "expires_at": from_db(row["expires_at"]).isoformat(),
            "publishable_key": gateway.publishable_key,
            "message": row["error_message"],
        }

    def payment_session(conn: sqlite3.Connection, token: str | None, _body: dict[str, Any]) -> Any:
        return payment_state(payment_authentications.for_token(conn, gateway, token))

    def payment_attempt(conn: sqlite3.Connection, token: str | None, _body: dict[str, Any]) -> Any:
        row = payment_authentications.for_token(conn, gateway, token)
        if row["status"] != "requires_action":
            return {"state": payment_state(row)}
        return {"client_secret": payment_authentications.client_secret(gateway, row)}

    def payment_complete(conn: sqlite3.Connection, token: str | None, _body: dict[str, Any]) -> Any:
        # Whatever the page says, the answer is Stripe's: for_token asks it and settles.
        return payment_state(payment_authentications.for_token(conn, gateway, token))

    routes = [
        Route("/card-setup", page("card-setup.html"), methods=["GET"]),
        Route("/payment-confirmation", page("payment.html"), methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/api/card-setup/session", api(card_session), methods=["POST"]),
        Route("/api/card-setup/attempt", api(card_attempt), methods=["POST"]),
        Route("/api/card-setup/failed", api(card_failed), methods=["POST"]),
        Route("/api/card-setup/complete", api(card_complete), methods=["POST"]),
        Route("/api/payment/session", api(payment_session), methods=["POST"]),
        Route("/api/payment/attempt", api(payment_attempt), methods=["POST"]),
        Route("/api/payment/complete", api(payment_complete), methods=["POST"]),
    ]

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return _error(404, "not_found", "There is no such page.")

    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})
    # The security work's checks, as in front of the API: a Host that is not a loopback name
    # with *this* port (the one the connection arrived on: the pages', not the API's) is
    # refused before anything runs — a DNS-rebinding page gets nothing — and so is a body far
    # too big. The browser headers go on every answer, refusals included.
    return BrowserHeaders(LoopbackHostCheck(BodySizeLimit(app)), content_security_policy(gateway))
