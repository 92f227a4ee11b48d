"""localstripe's aiohttp routes as a fresh app behind this server's own keys.

localstripe takes any `sk_...` string as a valid secret key and leaves its `/_config/` routes
open; each LocalStripeServer start makes its own pair (`new_keys`) and this app refuses every
request without them (Stripe.js's own file excepted, as at js.stripe.com).
"""

from __future__ import annotations

import base64
import hmac
import re
import secrets
import warnings
from typing import Any

from aiohttp import web

with warnings.catch_warnings():
    # localstripe registers ~60 plain (non-async) handlers at import, and aiohttp warns about
    # each. They work; the noise would only bury our own warnings.
    warnings.filterwarnings(
        "ignore", message="Bare functions are deprecated", category=DeprecationWarning
    )
    from localstripe import server as ls_server

__all__ = ["build_app", "new_keys"]


# Where Stripe.js authenticates with the publishable key in the form (as localstripe lists them).
_PUBLISHABLE_KEY_ROUTES = tuple(
    re.compile(pattern)
    for pattern in (
        r"^/v1/tokens$",
        r"^/v1/sources$",
        r"^/v1/payment_intents/\w+/_authenticate\b",
        r"^/v1/setup_intents/\w+/confirm$",
        r"^/v1/setup_intents/\w+/cancel$",
    )
)


def new_keys() -> tuple[str, str]:
    """A (secret, publishable) pair of test-mode keys no other run of localstripe has."""
    return f"sk_test_{secrets.token_urlsafe(24)}", f"pk_test_{secrets.token_urlsafe(24)}"


def _bearer_or_basic_key(request: web.Request) -> str | None:
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme == "Bearer":
        return credentials.strip()
    if scheme == "Basic":
        try:
            return base64.b64decode(credentials).decode("utf-8").split(":", 1)[0]
        except (ValueError, UnicodeDecodeError):
            return None
    return None


def _same(given: object, expected: str) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())


def _key_check(secret_key: str, publishable_key: str) -> Any:
    """An aiohttp middleware that lets through only requests made with this server's keys."""

    @web.middleware
    async def require_our_keys(request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith("/js.stripe.com/"):
            return await handler(request)  # Stripe.js itself: public, as at js.stripe.com
        if _same(_bearer_or_basic_key(request), secret_key):
            return await handler(request)
        if request.method == "POST" and any(p.match(request.path) for p in _PUBLISHABLE_KEY_ROUTES):
            data = await ls_server.get_post_data(request, remove_auth=False)
            if isinstance(data, dict) and _same(data.get("key"), publishable_key):
                return await handler(request)
        return web.json_response(
            {
                "error": {
                    "type": "invalid_request_error",
                    "message": "Invalid API key: this localstripe accepts only the keys it was "
                    "started with.",
                }
            },
            status=401,
        )

    return require_our_keys


def build_app(secret_key: str, publishable_key: str) -> web.Application:
    """Build a fresh aiohttp app with localstripe's routes, middlewares and CORS hook, behind
    our key check.

    Why not `localstripe.server.app` itself: an aiohttp Application binds to the first event loop
    that runs it, and every start of a LocalStripeServer has its own loop, so a second start in
    the same process would fail. The handlers are plain functions and can be shared.
    """
    source = ls_server.app
    app = web.Application(
        middlewares=[_key_check(secret_key, publishable_key), *source.middlewares]
    )
    for callback in source.on_response_prepare:
        app.on_response_prepare.append(callback)
    for resource in source.router.resources():
        for route in resource:
            app.router.add_route(route.method, resource.canonical, route.handler)
    return app
