"""Money arithmetic of the billing rules: integer cents, half-up rounding once per amount."""

from __future__ import annotations

BASIS_POINTS = 10_000


def divide_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in integers only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return sign * quotient


def tax_cents(taxable_cents: int, tax_rate_bps: int) -> int:
    """Tax on an invoice's taxable amount, rounded once per invoice."""
    return divide_half_up(taxable_cents * tax_rate_bps, BASIS_POINTS)


def prorate_cents(difference_cents: int, remaining_us: int, period_us: int) -> int:
    """(new price − old price) × remaining time ÷ the period's length, rounded half-up."""
    remaining_us = max(0, min(remaining_us, period_us))
    return divide_half_up(difference_cents * remaining_us, period_us)


def format_usd(cents: int) -> str:
    """ "$1,234.50" — for messages the API writes (the app formats for the user's locale)."""
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"
