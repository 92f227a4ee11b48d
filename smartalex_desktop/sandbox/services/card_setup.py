"""Card-setup sessions: a card entered on SmartAlex's hosted page, never in the app.

PCI DSS SAQ A: the card number goes from the browser to Stripe (Stripe.js, the card Element) and
nowhere else; the app and this API only ever see Stripe's ids, the brand, the last 4 digits, the
expiry and the fingerprint. The flow (docs/cards.md):

1. The app creates a session (`POST /v1/payment-methods/setup-sessions`): its id, a link to the
   hosted page (services/hosted_links.py) and 30 minutes to use it. At most
   `MAX_OPEN_SESSIONS` are open per account.
2. The page asks for the session's SetupIntent (`attempt`) and confirms it with Stripe.js;
   3-D Secure happens in the page. A SetupIntent a failed attempt left unusable (declined,
   cancelled by a failed authentication, or succeeded with a card we refused) is replaced by a
   new one, so the user can try another card in the same session.
3. On success the page says so (`complete`); we check the SetupIntent ourselves (succeeded,
   this customer, this session's), apply the card rules (brand, not a card already saved),
   attach the card to the customer (localstripe does not attach it by itself; real Stripe has
   already), and mark the session complete with the new card. The first card is the default.
4. The app polls `GET …/{id}`: `complete` with the card, or `error` after a refused attempt (the
   session stays open for another card), `expired`, `canceled`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import ApiError, NotFound, RuleRefused
from smartalex_desktop.sandbox.periods import from_db, to_db
from smartalex_desktop.sandbox.schemas import SessionError, SetupSession
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import accounts, hosted_links, payment_methods
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway

LIFETIME = timedelta(minutes=30)
MAX_OPEN_SESSIONS = 5

# What the page may say went wrong in the browser (Stripe's answer to its confirm), and what we
# tell the user then. The page picks a code; the words are ours, so a page cannot put text of its
# own into the app.
BROWSER_FAILURES = {
    "card_declined": "The bank declined this card. Try another card, or ask your bank why.",
    "authentication_failed": (
        "Your bank did not confirm the card (the 3-D Secure check failed), so it was not "
        "saved. Try again and complete your bank's check, or use another card."
    ),
    "incomplete": "The card details were incomplete or mistyped; check them and try again.",
    "failed": "Stripe could not save this card. Try again, or use another card.",
}


def _expired(row: sqlite3.Row, now: datetime) -> bool:
    return now >= from_db(row["expires_at"]) or datetime.now(UTC) >= from_db(row["real_expires_at"])


def get(conn: sqlite3.Connection, account_id: str, session_id: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM card_setup_sessions WHERE id = ? AND account_id = ?",
        (session_id, account_id),
    ).fetchone()
    if row is None:
        raise NotFound(
            f"There is no card page {session_id} on this account; start adding the card again.",
            code="setup_session_not_found",
            param="id",
        )
    return row


def to_schema(conn: sqlite3.Connection, row: sqlite3.Row, url: str | None = None) -> SetupSession:
    card = None
    if row["payment_method_id"] is not None:
        account = accounts.account_row(conn, row["account_id"])
        saved = conn.execute(
            "SELECT * FROM payment_methods WHERE id = ?", (row["payment_method_id"],)
        ).fetchone()
        if saved is not None:
            card = payment_methods.to_schema(saved, account["default_payment_method_id"])
    error = None
    if row["error_code"] is not None:
        error = SessionError(code=row["error_code"], message=row["error_message"] or "")
    return SetupSession(
        id=row["id"],
        url=url,
        status=row["status"],
        expires_at=from_db(row["expires_at"]),
        created_at=from_db(row["created_at"]),
        payment_method=card,
        error=error,
    )


# --- the app's side -------------------------------------------------------------------------


def expire_overdue(conn: sqlite3.Connection, gateway: StripeGateway, account_id: str) -> None:
    """Mark this account's open sessions past their 30 minutes expired (and cancel their
    SetupIntents at Stripe, so no one confirms them later)."""
    now = clock.now(conn)
    overdue = [
        row
        for row in conn.execute(
            "SELECT * FROM card_setup_sessions WHERE account_id = ? AND status = 'open'",
            (account_id,),
        ).fetchall()
        if _expired(row, now)
    ]
    for row in overdue:
        with write_transaction(conn):
            conn.execute(
                "UPDATE card_setup_sessions SET status = 'expired'"
                " WHERE id = ? AND status = 'open'",
                (row["id"],),
            )
        if row["setup_intent_id"]:
            gateway.cancel_setup_intent(row["setup_intent_id"])


def create(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account_id: str,
    *,
    idempotency_key: str | None,
) -> tuple[sqlite3.Row, str]:
    """A new session and a link token for it. The same key again (a retry whose answer never
    arrived) gives the same session with a new link: the first link was never seen."""
    expire_overdue(conn, gateway, account_id)
    now = clock.now(conn)
    with write_transaction(conn):
        if idempotency_key is not None:
            earlier = conn.execute(
                "SELECT * FROM card_setup_sessions WHERE account_id = ? AND idempotency_key = ?",
                (account_id, idempotency_key),
            ).fetchone()
            if earlier is not None:
                return earlier, hosted_links.mint(conn, "card_setup", earlier["id"], now)
        open_count = conn.execute(
            "SELECT count(*) FROM card_setup_sessions WHERE account_id = ? AND status = 'open'",
            (account_id,),
        ).fetchone()[0]
        if open_count >= MAX_OPEN_SESSIONS:
            raise RuleRefused(
                f"{MAX_OPEN_SESSIONS} card pages are already open for this account; finish or "
                "cancel one of them (each closes by itself 30 minutes after it was opened).",
                code="too_many_setup_sessions",
            )
        session_id = new_id("cs")
        conn.execute(
            "INSERT INTO card_setup_sessions (id, account_id, status, idempotency_key,"
            " created_at, expires_at, real_expires_at) VALUES (?, ?, 'open', ?, ?, ?, ?)",
            (
                session_id,
                account_id,
                idempotency_key,
                to_db(now),
                to_db(now + LIFETIME),
                to_db(datetime.now(UTC) + LIFETIME),
            ),
        )
        token = hosted_links.mint(conn, "card_setup", session_id, now)
        row = conn.execute(
            "SELECT * FROM card_setup_sessions WHERE id = ?", (session_id,)
        ).fetchone()
    return row, token


def refreshed(
    conn: sqlite3.Connection, gateway: StripeGateway, account_id: str, session_id: str
) -> sqlite3.Row:
    """The session as it is now (expired if its time is up)."""
    get(conn, account_id, session_id)
    expire_overdue(conn, gateway, account_id)
    return get(conn, account_id, session_id)


def cancel(
    conn: sqlite3.Connection, gateway: StripeGateway, account_id: str, session_id: str
) -> sqlite3.Row:
    """The user gave up (Cancel in the app): the page stops accepting a card. A finished
    session is answered as it is."""
    row = refreshed(conn, gateway, account_id, session_id)
    if row["status"] != "open":
        return row
    with write_transaction(conn):
        conn.execute(
            "UPDATE card_setup_sessions SET status = 'canceled' WHERE id = ? AND status = 'open'",
            (session_id,),
        )
    if row["setup_intent_id"]:
        gateway.cancel_setup_intent(row["setup_intent_id"])
    return get(conn, account_id, session_id)


# --- the page's side ------------------------------------------------------------------------


@dataclass(frozen=True)
class PageSession:
    """What the page needs to show and confirm: the session, and whose account it is."""

    row: sqlite3.Row
    account_name: str


def for_token(conn: sqlite3.Connection, gateway: StripeGateway, token: str | None) -> PageSession:
    """The session a link opens (expired if its time is up), or 404 for a link we don't know."""
    session_id = hosted_links.resolve(conn, "card_setup", token)
    if session_id is None:
        raise NotFound(
            "This link is not a SmartAlex card page (it may be mistyped). Start adding the card "
            "again from SmartAlex Desktop.",
            code="link_not_found",
        )
    row = conn.execute("SELECT * FROM card_setup_sessions WHERE id = ?", (session_id,)).fetchone()
    expire_overdue(conn, gateway, row["account_id"])
    row = conn.execute("SELECT * FROM card_setup_sessions WHERE id = ?", (session_id,)).fetchone()
    account = accounts.account_row(conn, row["account_id"])
    return PageSession(row, account["company_name"] or account["email"])


def refuse_unless_open(row: sqlite3.Row) -> None:
    """Only an open session takes a card; the others say what happened and what to do."""
    if row["status"] == "open":
        return
    if row["status"] == "complete":
        raise RuleRefused(
            "A card was already saved with this link, so it can't save another. To add one "
            "more card, start again from SmartAlex Desktop (Payment Methods, Add Card).",
            code="setup_session_complete",
        )
    if row["status"] == "expired":
        raise RuleRefused(
            "This card page has expired (each link works for 30 minutes). Start again from "
            "SmartAlex Desktop (Payment Methods, Add Card).",
            code="setup_session_expired",
        )
    raise RuleRefused(
        "This card page was cancelled in SmartAlex Desktop. To add a card, start again there "
        "(Payment Methods, Add Card).",
        code="setup_session_canceled",
    )


def attempt(conn: sqlite3.Connection, gateway: StripeGateway, page: PageSession) -> str:
    """The client secret of the SetupIntent the page should confirm now: the session's, or a
    new one when a failed attempt left it unusable (a SetupIntent that succeeded with a card we
    refused cannot be confirmed again; a cancelled one neither)."""
    row = page.row
    refuse_unless_open(row)
    if row["setup_intent_id"]:
        intent = gateway.setup_intent(row["setup_intent_id"])
        # `requires_action` too: another tab of this session may be in the bank's check.
        if intent is not None and intent.status in (
            "requires_payment_method",
            "requires_confirmation",
            "requires_action",
        ):
            return intent.client_secret
    account = accounts.account_row(conn, row["account_id"])
    intent_id, client_secret = gateway.create_setup_intent(account["stripe_customer_id"])
    with write_transaction(conn):
        current = conn.execute(
            "SELECT status FROM card_setup_sessions WHERE id = ?", (row["id"],)
        ).fetchone()
        if current["status"] != "open":
            raise RuleRefused("This card page is closed.", code="setup_session_closed")
        conn.execute(
            "UPDATE card_setup_sessions SET setup_intent_id = ? WHERE id = ?",
            (intent_id, row["id"]),
        )
    return client_secret


def record_browser_failure(conn: sqlite3.Connection, page: PageSession, code: str) -> str:
    """The page says Stripe refused the card in the browser: the app hears it (the session's
    `error`), the session stays open for another card. Our sentence, whatever the page sent."""
    code = code if code in BROWSER_FAILURES else "failed"
    message = BROWSER_FAILURES[code]
    if page.row["status"] == "open":
        _set_error(conn, page.row["id"], code, message)
    return message


def _set_error(conn: sqlite3.Connection, session_id: str, code: str, message: str) -> None:
    with write_transaction(conn):
        conn.execute(
            "UPDATE card_setup_sessions SET error_code = ?, error_message = ? WHERE id = ?"
            " AND status = 'open'",
            (code, message, session_id),
        )


def complete(
    conn: sqlite3.Connection, gateway: StripeGateway, page: PageSession, setup_intent_id: str
) -> sqlite3.Row:
    """The page says the SetupIntent succeeded: check it, apply the rules, save the card.

    A refusal (brand, duplicate) is recorded as the session's `error` and answered 409/422 with
    the sentence; the session stays open for another card. Another tab of the same session
    finishing first is answered with the session as it is."""
    row = page.row
    if row["status"] == "complete":
        return row
    refuse_unless_open(row)
    if setup_intent_id != row["setup_intent_id"]:
        raise RuleRefused(
            "This card was confirmed for an earlier attempt on this page; enter the card again.",
            code="setup_intent_not_current",
            param="setup_intent_id",
        )
    account = accounts.account_row(conn, row["account_id"])
    intent = gateway.setup_intent(setup_intent_id)
    if (
        intent is None
        or intent.customer_id != account["stripe_customer_id"]
        or intent.status != "succeeded"
        or intent.payment_method_id is None
    ):
        raise RuleRefused(
            "Stripe has not confirmed this card (or declined it); enter the card again.",
            code="setup_intent_not_succeeded",
            param="setup_intent_id",
        )
    card = gateway.card(intent.payment_method_id)
    try:
        with write_transaction(conn):
            current = conn.execute(
                "SELECT * FROM card_setup_sessions WHERE id = ?", (row["id"],)
            ).fetchone()
            if current["status"] == "complete":
                return current  # the other tab was first
            refuse_unless_open(current)
            card_id = payment_methods.insert_card(conn, gateway, account, card, clock.now(conn))
            conn.execute(
                "UPDATE card_setup_sessions SET status = 'complete', payment_method_id = ?,"
                " error_code = NULL, error_message = NULL WHERE id = ?",
                (card_id, row["id"]),
            )
    except ApiError as refusal:
        # Not saved: Stripe must not keep it on the customer either (real Stripe attaches a
        # SetupIntent's card by itself).
        gateway.detach(card.payment_method_id)
        _set_error(conn, row["id"], refusal.code, refusal.message)
        raise
    return conn.execute("SELECT * FROM card_setup_sessions WHERE id = ?", (row["id"],)).fetchone()
