"""What can go wrong talking to SmartAlex, as exceptions that carry a sentence for the user.

Every error has `user_message` (what happened and what to do, ready to show), the API's `code`
when it sent one, and `param` naming the field at fault. The classes say what the app should do:
`Offline`/`TimedOut` → retry later or work from the cache; `SessionExpired` → sign in again;
`CardDeclined` → another card; `RuleRefused` → explain the rule; `ValidationFailed` → fix
`param`. Nothing secret (tokens, card numbers, request bodies) is ever put into one.
"""

from __future__ import annotations

from typing import Any


class SmartAlexError(Exception):
    """Base of every error this client raises."""

    default_message = "Something went wrong talking to SmartAlex. Try again in a moment."

    def __init__(
        self,
        user_message: str | None = None,
        *,
        code: str | None = None,
        param: str | None = None,
        status: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.user_message = user_message or self.default_message
        self.code = code
        self.param = param
        self.status = status
        self.details = details or {}
        super().__init__(self.user_message)


class Offline(SmartAlexError):
    default_message = (
        "SmartAlex can't be reached. Check the internet connection; the app will keep trying."
    )


class TimedOut(SmartAlexError):
    default_message = "SmartAlex did not answer in time. Try again in a moment."


class OutcomeUnknown(Offline):
    """The connection failed after the request was sent (and it could not safely be repeated):
    SmartAlex may have done it."""

    default_message = (
        "The connection dropped before SmartAlex answered, so the change may or may not have "
        "been made. Refresh to check before trying again."
    )


class InsecureConnection(SmartAlexError):
    default_message = (
        "The SmartAlex address must start with https:// (plain http:// is only allowed for this "
        "computer's own test server)."
    )


class SessionExpired(SmartAlexError):
    default_message = "Your session has ended. Sign in again."


class NotSignedIn(SessionExpired):
    default_message = "Sign in to SmartAlex first."


class Forbidden(SmartAlexError):
    default_message = "SmartAlex refused this request."


class NotFound(SmartAlexError):
    default_message = "That item no longer exists on SmartAlex. Refresh to see the current list."


class ValidationFailed(SmartAlexError):
    """A field was wrong; `param` names it."""


class RuleRefused(SmartAlexError):
    """A billing rule forbids this now (the API's 409); the message says which and why."""


class PaymentRequired(SmartAlexError):
    """402 without a decline: e.g. no card on file for a charge."""


class CardDeclined(PaymentRequired):
    """The bank declined the card; `decline_code` is Stripe's reason code."""

    default_message = "The card was declined. Use another card or contact your bank."

    @property
    def decline_code(self) -> str | None:
        value = self.details.get("decline_code")
        return str(value) if value else None


class RateLimited(SmartAlexError):
    default_message = "SmartAlex is busy. Try again in a minute."


class ServerError(SmartAlexError):
    default_message = "SmartAlex had a problem on its side. Try again in a few minutes."


class AuthenticationRequired(PaymentRequired):
    """The bank asks the cardholder to confirm this payment (3-D Secure): open
    `authentication_url` in the browser, then follow `authentication_id` with
    `SmartAlexClient.payment_authentication` until the bank has answered. Nothing is charged
    before it does."""

    default_message = (
        "Your bank asks you to confirm this payment. Open the confirmation page in your browser "
        "to finish it; nothing is charged until your bank confirms."
    )

    @property
    def authentication_url(self) -> str:
        return str(self.details.get("authentication_url") or "")

    @property
    def authentication_id(self) -> str:
        return str(self.details.get("payment_authentication_id") or "")


class UnsafePageAddress(SmartAlexError):
    default_message = (
        "SmartAlex named a page address that is not safe to open (not https://), so it was not "
        "opened. Contact SmartAlex support."
    )


class CredentialsUnavailable(SmartAlexError):
    default_message = (
        "No secure password store (system keyring) is available, so you will have to sign in "
        "again next time. Your session is kept in memory only until you quit."
    )


_BY_STATUS: dict[int, type[SmartAlexError]] = {
    400: ValidationFailed,
    401: SessionExpired,
    402: PaymentRequired,
    403: Forbidden,
    404: NotFound,
    409: RuleRefused,
    422: ValidationFailed,
    429: RateLimited,
}


def from_response(status: int, body: Any) -> SmartAlexError:
    """The error for an API error answer (the `{"error": {...}}` envelope, or anything else)."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {}
    code = error.get("code") if isinstance(error.get("code"), str) else None
    message = error.get("message") if isinstance(error.get("message"), str) else None
    param = error.get("param") if isinstance(error.get("param"), str) else None
    details = {
        key: value
        for key, value in error.items()
        if key not in ("message", "code", "param", "type")
    }
    if status == 402 and code == "authentication_required":
        cls: type[SmartAlexError] = AuthenticationRequired
    elif status == 402 and (code == "card_declined" or error.get("type") == "card_error"):
        cls = CardDeclined
    elif status >= 500:
        cls = ServerError
    else:
        cls = _BY_STATUS.get(status, SmartAlexError)
    return cls(message, code=code, param=param, status=status, details=details)
