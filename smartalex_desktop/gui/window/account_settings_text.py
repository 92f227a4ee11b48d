"""The Account Settings dialog's words: what it says when a value is refused, the password rule,
the tax rate as a sentence, and the timezones it offers. Apart from the dialog so that the
sentences can be read (and tested) in one place."""

from __future__ import annotations

import functools
import re
from zoneinfo import available_timezones

from PySide6.QtCore import QLocale

from smartalex_desktop.api.errors import SmartAlexError

# The API's rule for a new password (POST /v1/account/password: new_password min_length).
MIN_PASSWORD_LENGTH = 8
# The shape the API accepts (its EmailAddress pattern): something@something.something, no spaces.
EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

PASSWORD_CHANGED = (
    "Your password was changed. You stay signed in here; other computers and apps signed in "
    "to this account were signed out and need the new password to sign in again."
)
PASSWORDS_DIFFER = "The two new passwords are different. Type the same new password in both fields."
PASSWORD_UNCHANGED = "The new password is the same as the current one. Choose a different one."
EMAIL_INVALID = "Type the whole email address, such as office@yourpractice.com."
LOAD_FAILED = "Your practice details could not be loaded."

# What to say when the API refuses a field's value as malformed (its own sentence names the
# field the way a programmer would: "'tax_id' is invalid: ...").
_MALFORMED: dict[str, str] = {
    "company_name": "This practice name is too long. Shorten it to 200 characters or fewer.",
    "address": "This address is too long. Shorten it to 1,000 characters or fewer.",
    "tax_id": "This tax ID is too long. Shorten it to 64 characters or fewer.",
    "email": EMAIL_INVALID,
    "current_password": "Type your current password.",
    "new_password": f"Choose a new password of at least {MIN_PASSWORD_LENGTH} characters.",
}


@functools.cache
def known_timezones() -> tuple[str, ...]:
    """Every IANA timezone this computer knows, sorted. It reads the tz database from disk, so it
    is called on a worker (once per run: cached)."""
    return tuple(sorted(available_timezones() | {"UTC"}))


def tax_rate_text(rate_bps: int, locale: QLocale | None = None) -> str:
    """`8.25 %, set by SmartAlex` from 825 basis points; integers only (no float rounding)."""
    locale = locale or QLocale()
    whole, hundredths = divmod(rate_bps, 100)
    fraction = f"{hundredths:02d}".rstrip("0")
    number = locale.toString(whole) + (f"{locale.decimalPoint()}{fraction}" if fraction else "")
    return f"{number} %, set by SmartAlex. Contact SmartAlex support if it looks wrong."


def clean_address(text: str) -> str:
    """The address as the API keeps it (it strips the whole value, not each line)."""
    return text.strip()


def field_message(error: SmartAlexError, value: str = "") -> str:
    """The sentence to show under the field the API named."""
    param = error.param or ""
    if param == "timezone":
        if not value:
            return "Choose your practice's timezone from the list, such as America/New_York."
        return (
            f"SmartAlex does not know the timezone “{value}”. Pick one from the list, such as "
            "America/New_York."
        )
    if error.code == "invalid_parameter" and param in _MALFORMED:
        return _MALFORMED[param]
    return error.user_message
