"""What a running sandbox is configured with (command line and environment)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from smartalex_desktop.sandbox.db import DATABASE_FILE_NAME

TOP_UP_MIN_CENTS = 10_00
TOP_UP_MAX_CENTS = 1_000_00
PHONE_NUMBER_MONTHLY_CENTS = 2_00
# Overage per minute by call type.
RATE_CENTS_PER_MINUTE = {"inbound": 11, "outbound": 11, "web": 8}
USAGE_INVOICE_AT_CENTS = 10_00
REFUND_WINDOW_DAYS = 30
AUTO_TOP_UP_MAX_DECLINES = 3
IDEMPOTENCY_KEY_TTL_HOURS = 48
ACCEPTED_BRANDS = ("visa", "mastercard", "amex", "discover")
SALES_CONTACT_URL = "https://smartalex.ai/contact-sales"


@dataclass(frozen=True)
class SandboxConfig:
    """Settings of one sandbox instance; everything it writes lives under `data_dir`."""

    data_dir: Path
    access_token_ttl: timedelta = timedelta(minutes=15)
    refresh_token_ttl: timedelta = timedelta(days=30)
    # Tests that prove what never reaches the API (card numbers) have every request recorded.
    record_requests: bool = False

    @property
    def recorded_requests_path(self) -> Path:
        return self.data_dir / "recorded-requests.jsonl"

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def localstripe_state_path(self) -> Path:
        return self.data_dir / "localstripe-state.pickle"

    @property
    def outbox_dir(self) -> Path:
        """Where receipts are "emailed" (written as .eml files)."""
        return self.data_dir / "outbox"
