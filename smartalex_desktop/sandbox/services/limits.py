"""The top-up amount limits, shared by manual and automatic top-ups."""

from __future__ import annotations

from smartalex_desktop.sandbox import money
from smartalex_desktop.sandbox.config import TOP_UP_MAX_CENTS, TOP_UP_MIN_CENTS
from smartalex_desktop.sandbox.errors import InvalidRequest


def check_amount(amount_cents: int, param: str = "amount_cents") -> None:
    if not TOP_UP_MIN_CENTS <= amount_cents <= TOP_UP_MAX_CENTS:
        raise InvalidRequest(
            f"A top-up is {money.format_usd(TOP_UP_MIN_CENTS)} to "
            f"{money.format_usd(TOP_UP_MAX_CENTS)}; "
            f"{money.format_usd(amount_cents)} is outside that range.",
            code="amount_out_of_range",
            param=param,
        )
