"""The OpenAPI document the sandbox serves at `/openapi.json`, built without running a sandbox.

    python -m smartalex_desktop.sandbox.openapi > docs/openapi.json   (scripts/update-openapi)

`create_app` only stores its `SandboxContext` in `app.state` for the request handlers, and the
document is made from the routes and models alone, so the context given here is never used: it
points at no data folder and at a Stripe gateway that is never called (building the Stripe client
opens no connection). No database is created, no localstripe started, nothing is listened on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.server import create_app
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway


def _unused_context() -> SandboxContext:
    """A context for an app that never serves a request: no data folder, an idle Stripe client."""
    return SandboxContext(
        config=SandboxConfig(data_dir=Path("/nonexistent/smartalex-sandbox")),
        gateway=StripeGateway("sk_test_unused", "pk_test_unused", "http://127.0.0.1:9"),
    )


def document() -> dict[str, Any]:
    """The sandbox's OpenAPI document, exactly as a running sandbox serves it."""
    return create_app(_unused_context()).openapi()


def render(doc: dict[str, Any]) -> str:
    """The committed form of `docs/openapi.json`: 2-space indent, sorted keys, final newline."""
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    sys.stdout.write(render(document()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
