"""What every body shares: the API's literal values, the checked text a person types, and the
`Request` base (unknown fields refused, strict types)."""

from __future__ import annotations

import datetime as dt
import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictStr,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

PlanId = Literal["professional", "dental", "real_estate"]
CancelReason = Literal[
    "too_expensive", "missing_features", "switched_service", "unused", "technical_issues", "other"
]
InvoiceStatus = Literal["paid", "open", "void", "refunded", "partially_refunded"]
InvoiceKind = Literal["renewal", "plan_change", "top_up", "usage", "final", "credit_note"]
LineKind = Literal[
    "subscription",
    "usage",
    "wallet_top_up",
    "phone_number",
    "proration",
    "wallet_credit",
    "refund",
    "tax",
]


# Characters no field a person types may hold: C0 and C1 control characters (a NUL, an escape
# sequence, a carriage return that overwrites a line in a terminal or splits a CSV row) and the
# bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069), which show text in another order
# than it is stored (a name that reads differently on the invoice). Written as explicit ranges
# (not `\s` or `\p{..}`) so that JSON Schema's regex (ECMA-262), pydantic's (Rust) and Python's
# read the documented pattern alike.
_CONTROLS = r"\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROLS_BUT_NEWLINE = r"\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"

# Deliberately loose (one @, a dot in the domain): the sandbox's own demo addresses use the
# reserved `.test` domain, which strict validators refuse. No `/` or `\` either: an address is
# never a path (receipts once went to a folder named after it). `\s` is not the same set in JSON
# Schema's regex (ECMA-262: U+FEFF, not U+0085) and pydantic's (Rust: U+0085, not U+FEFF);
# naming both makes the documented pattern the one the sandbox applies.
_EMAIL_PART = rf"[^@\s\ufeff/\\{_CONTROLS}]+"
EMAIL_PATTERN = rf"^{_EMAIL_PART}@{_EMAIL_PART}\.{_EMAIL_PART}$"
TEXT_PATTERN = rf"^[^{_CONTROLS}]*$"
MULTILINE_TEXT_PATTERN = rf"^[^{_CONTROLS_BUT_NEWLINE}]*$"


def _matching(pattern: str, error_type: str, sentence: str) -> AfterValidator:
    """Check `pattern` with a sentence the person can act on (pydantic's own message would
    quote the regular expression); the pattern itself is documented with `json_schema_extra`."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise PydanticCustomError(error_type, sentence)
        return value

    return AfterValidator(check)


EmailAddress = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=254),
    _matching(
        EMAIL_PATTERN,
        "email_invalid",
        "use an email address such as office@clinic.example, with no spaces, slashes or "
        "control characters",
    ),
    Field(json_schema_extra={"pattern": EMAIL_PATTERN}),
]
# Practice name and tax ID: one line of printable text.
PlainText = Annotated[
    StrictStr,
    _matching(
        TEXT_PATTERN,
        "text_invalid",
        "remove the control or text-direction characters (it may hold letters, digits, spaces "
        "and punctuation)",
    ),
    Field(json_schema_extra={"pattern": TEXT_PATTERN}),
]


def _one_newline_kind(value: Any) -> Any:
    """An address typed on Windows comes with CRLF line ends: kept as the newlines they mean."""
    return value.replace("\r\n", "\n") if isinstance(value, str) else value


# The address prints on several lines: newlines stay, every other control character is refused.
MultilineText = Annotated[
    StrictStr,
    BeforeValidator(_one_newline_kind),
    _matching(
        MULTILINE_TEXT_PATTERN,
        "text_invalid",
        "remove the control or text-direction characters (line breaks are fine)",
    ),
    Field(json_schema_extra={"pattern": MULTILINE_TEXT_PATTERN}),
]

_ISO_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_text_only(error_type: str, expected: str) -> BeforeValidator:
    """Refuse what pydantic would otherwise read as a Unix timestamp: a number, or digits."""

    def check(value: Any) -> Any:
        if isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DATE_START.match(value)):
            return value
        raise PydanticCustomError(
            error_type, "Input should be an ISO 8601 {expected}", {"expected": expected}
        )

    return BeforeValidator(check)


# Times and days in a request (body or query): ISO 8601 text, as the OpenAPI `date-time` and
# `date` formats say. Plain `AwareDatetime` and `date` also take `0` or `"1700000000"` as
# seconds since 1970.
RequestTime = Annotated[
    AwareDatetime, _iso_text_only("datetime_type", "date-time such as 2025-01-31T09:00:00Z")
]
RequestDate = Annotated[dt.date, _iso_text_only("date_type", "date such as 2025-01-31")]


# The sandbox's history starts here: a signup before it is a typo (or a probe). Years near 1 or
# 9999 with a large UTC offset cannot even be turned into UTC (Python raises OverflowError).
EARLIEST_SIGNUP = datetime(2000, 1, 1, tzinfo=dt.UTC)


def _signup_in_range(value: datetime) -> datetime:
    try:
        in_utc = value.astimezone(dt.UTC)
    except OverflowError:
        in_utc = None
    if in_utc is None or in_utc < EARLIEST_SIGNUP:
        raise PydanticCustomError(
            "signup_out_of_range",
            "give a time from 2000-01-01T00:00:00Z up to the sandbox clock's now",
        )
    return value


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")
