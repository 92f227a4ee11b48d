"""The SmartAlex API client (httpx, no Qt): `SmartAlexClient`, its models and its errors."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Loaded on first use (PEP 562): `from smartalex_desktop.api import errors` then costs nothing,
# while httpx and pydantic wait until the client or a model is wanted — the app's window paints
# first (docs/performance.md, "Start-up: heavy imports wait").
_HOMES = {"SmartAlexClient": "client", "new_idempotency_key": "client"}


def __getattr__(name: str) -> Any:
    if name in ("errors", "models", "client"):
        return import_module(f"{__name__}.{name}")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from smartalex_desktop.api import errors, models
    from smartalex_desktop.api.client import SmartAlexClient, new_idempotency_key


__all__ = ["SmartAlexClient", "errors", "models", "new_idempotency_key"]
