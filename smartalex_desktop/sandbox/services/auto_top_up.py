"""Automatic top-ups: when a deduction leaves the wallet below the threshold, top it up.

Once per crossing: firing disarms it, and only coming back up to the threshold re-arms it
(`wallet.append`). A declined automatic charge is a failed wallet transaction; while the balance
stays below, it is retried at most once a day (on the next deduction at least a day after the
last attempt); after 3 declines in a row it switches itself off and says why. The optional cap
stops automatic top-ups for the rest of the billing period once reached.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from smartalex_desktop.sandbox import periods
from smartalex_desktop.sandbox.config import AUTO_TOP_UP_MAX_DECLINES
from smartalex_desktop.sandbox.errors import RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import WalletUpdate
from smartalex_desktop.sandbox.services import accounts, payment_methods, wallet
from smartalex_desktop.sandbox.services.limits import check_amount

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class Trigger:
    account_id: str
    amount_cents: int
    payment_method_id: str


def spent_this_period(conn: sqlite3.Connection, account_id: str, sub: sqlite3.Row) -> int:
    (spent,) = conn.execute(
        "SELECT COALESCE(SUM(amount_cents), 0) FROM top_ups WHERE account_id = ? AND automatic = 1"
        " AND status IN ('succeeded', 'refunded') AND created_at >= ? AND created_at < ?",
        (account_id, sub["current_period_start"], sub["current_period_end"]),
    ).fetchone()
    return int(spent)


def card_for(conn: sqlite3.Connection, account_id: str) -> sqlite3.Row | None:
    """The card auto top-up charges: its own choice, else (or once that card is gone) the
    default."""
    settings = wallet.row(conn, account_id)
    if settings["auto_top_up_payment_method_id"] is not None:
        return payment_methods.get(conn, account_id, settings["auto_top_up_payment_method_id"])
    return payment_methods.default_card(conn, accounts.account_row(conn, account_id))


def after_deduction(
    conn: sqlite3.Connection, account_id: str, sub: sqlite3.Row, now: datetime
) -> Trigger | None:
    """In the deduction's transaction: decide whether an automatic top-up runs now."""
    settings = wallet.row(conn, account_id)
    if not settings["auto_top_up_enabled"]:
        return None
    if settings["balance_cents"] >= settings["auto_top_up_threshold_cents"]:
        return None
    last_attempt = settings["auto_top_up_last_attempt_at"]
    retry_due = (
        settings["auto_top_up_consecutive_declines"] > 0
        and last_attempt is not None
        and now - periods.from_db(last_attempt) >= RETRY_AFTER
    )
    if not (settings["auto_top_up_armed"] or retry_due):
        return None
    cap = settings["auto_top_up_cap_cents"]
    amount = settings["auto_top_up_amount_cents"]
    if cap is not None and spent_this_period(conn, account_id, sub) + amount > cap:
        return None
    conn.execute(
        "UPDATE wallets SET auto_top_up_armed = 0, auto_top_up_last_attempt_at = ?"
        " WHERE account_id = ?",
        (to_db(now), account_id),
    )
    card = card_for(conn, account_id)
    if card is None:
        wallet.append(
            conn,
            account_id,
            kind="auto_top_up",
            status="failed",
            amount_cents=0,
            description="Automatic top-up could not run",
            now=now,
            failure_message="There is no card on file to charge; add a card.",
        )
        record_decline(conn, account_id, "no card on file")
        return None
    return Trigger(account_id=account_id, amount_cents=amount, payment_method_id=card["id"])


def record_decline(conn: sqlite3.Connection, account_id: str, card_label: str) -> None:
    """Count a declined automatic charge; the third in a row switches auto top-up off."""
    conn.execute(
        "UPDATE wallets SET auto_top_up_consecutive_declines ="
        " auto_top_up_consecutive_declines + 1 WHERE account_id = ?",
        (account_id,),
    )
    declines = wallet.row(conn, account_id)["auto_top_up_consecutive_declines"]
    if declines >= AUTO_TOP_UP_MAX_DECLINES:
        conn.execute(
            "UPDATE wallets SET auto_top_up_enabled = 0, auto_top_up_disabled_reason = ?"
            " WHERE account_id = ?",
            (
                f"Auto top-up switched itself off after {declines} declined charges in a row "
                f"({card_label}). Check the card, or choose another, and switch it on again.",
                account_id,
            ),
        )


def update_settings(conn: sqlite3.Connection, account_id: str, changes: WalletUpdate) -> None:
    """Apply a wallet settings change in the caller's transaction; refuse it whole if any part
    is wrong."""
    if changes.low_balance_threshold_cents is not None:
        conn.execute(
            "UPDATE wallets SET low_balance_threshold_cents = ? WHERE account_id = ?",
            (changes.low_balance_threshold_cents, account_id),
        )
    auto = changes.auto_top_up
    if auto is None:
        return
    sent = auto.model_fields_set
    columns: dict[str, object] = {}
    if auto.amount_cents is not None:
        check_amount(auto.amount_cents, param="auto_top_up.amount_cents")
        columns["auto_top_up_amount_cents"] = auto.amount_cents
    if auto.threshold_cents is not None:
        columns["auto_top_up_threshold_cents"] = auto.threshold_cents
    if "payment_method_id" in sent:
        if auto.payment_method_id is not None:
            payment_methods.get(conn, account_id, auto.payment_method_id)
        columns["auto_top_up_payment_method_id"] = auto.payment_method_id
    if "cap_cents" in sent:
        columns["auto_top_up_cap_cents"] = auto.cap_cents
    for column, value in columns.items():
        # `column` comes from the fixed names above, never from the request.
        conn.execute(f"UPDATE wallets SET {column} = ? WHERE account_id = ?", (value, account_id))
    # A threshold now at or under the balance: the next fall below it is a new crossing.
    conn.execute(
        "UPDATE wallets SET auto_top_up_armed = 1"
        " WHERE account_id = ? AND balance_cents >= auto_top_up_threshold_cents",
        (account_id,),
    )
    if auto.enabled is True:
        if card_for(conn, account_id) is None:
            raise RuleRefused(
                "Auto top-up needs a card to charge; add a card first.",
                code="payment_method_required",
                param="auto_top_up.enabled",
            )
        # Switching it on (again) starts afresh: armed, no declines, no reason to show.
        conn.execute(
            "UPDATE wallets SET auto_top_up_enabled = 1, auto_top_up_armed = 1,"
            " auto_top_up_consecutive_declines = 0, auto_top_up_disabled_reason = NULL"
            " WHERE account_id = ?",
            (account_id,),
        )
    elif auto.enabled is False:
        conn.execute(
            "UPDATE wallets SET auto_top_up_enabled = 0, auto_top_up_disabled_reason = NULL"
            " WHERE account_id = ?",
            (account_id,),
        )
