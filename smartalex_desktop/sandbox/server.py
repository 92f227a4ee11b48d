"""The sandbox's ASGI application: the SmartAlex API (docs/openapi.json) over one data folder."""

from __future__ import annotations

from fastapi import FastAPI

from smartalex_desktop import __version__
from smartalex_desktop.sandbox.body_limit import BodySizeLimit
from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.errors import ERROR_RESPONSES, install_error_handlers
from smartalex_desktop.sandbox.host_check import LoopbackHostCheck
from smartalex_desktop.sandbox.idempotency import IdempotencyMiddleware
from smartalex_desktop.sandbox.recorder import RequestRecorder
from smartalex_desktop.sandbox.routes import (
    account,
    auth,
    catalog,
    invoices,
    payment_methods,
    subscription,
    usage,
    wallet,
)
from smartalex_desktop.sandbox.routes import sandbox as sandbox_only

DESCRIPTION = """\
The SmartAlex billing API as the SmartAlex sandbox serves it. Money is integer cents (USD);
times are ISO 8601 with an offset; lists are `{"data": [...], "has_more": bool}`, newest first,
paged with `limit` and `starting_after`; errors are
`{"error": {"type", "code", "message", "param"}}`.
"""


def create_app(sandbox: SandboxContext) -> FastAPI:
    app = FastAPI(
        title="SmartAlex API (sandbox)",
        version=__version__,
        description=DESCRIPTION,
        responses=ERROR_RESPONSES,
        docs_url=None,
        redoc_url=None,
    )
    app.state.sandbox = sandbox
    install_error_handlers(app)
    app.add_middleware(IdempotencyMiddleware, connect=sandbox.connect)
    if sandbox.config.record_requests:
        app.add_middleware(RequestRecorder, path=sandbox.config.recorded_requests_path)
    # Added last, so they run first: a request for another host, or with a body far too big,
    # is refused before anything reads it.
    app.add_middleware(BodySizeLimit)
    app.add_middleware(LoopbackHostCheck)
    for module in (
        auth,
        account,
        catalog,
        subscription,
        payment_methods,
        invoices,
        wallet,
        usage,
        sandbox_only,
    ):
        app.include_router(module.router)
    return app
