"""The SmartAlex API client (httpx, no Qt): `SmartAlexClient`, its models and its errors."""

from smartalex_desktop.api import errors, models
from smartalex_desktop.api.client import SmartAlexClient, new_idempotency_key

__all__ = ["SmartAlexClient", "errors", "models", "new_idempotency_key"]
