"""The prepaid wallet: balance and settings, top-ups (money moves), transactions, refunds."""

from __future__ import annotations

import sqlite3

from fastapi import APIRouter

from smartalex_desktop.sandbox import clock, pagination, periods
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.deps import Ctx, Db, IdempotencyKey, Me, OptionalIdempotencyKey
from smartalex_desktop.sandbox.errors import CardDeclined
from smartalex_desktop.sandbox.pagination import Cursor, Limit
from smartalex_desktop.sandbox.schemas import (
    AutoTopUp,
    RefundResult,
    TopUp,
    TopUpCreate,
    TopUpList,
    Wallet,
    WalletTransaction,
    WalletTransactionList,
    WalletUpdate,
)
from smartalex_desktop.sandbox.services import (
    accounts,
    auto_top_up,
    charging,
    payment_authentications,
    payment_methods,
    refunds,
    subscriptions,
    top_ups,
    wallet,
)

router = APIRouter(prefix="/v1/wallet", tags=["wallet"])


def wallet_schema(conn: sqlite3.Connection, account_id: str) -> Wallet:
    row = wallet.row(conn, account_id)
    sub = subscriptions.row(conn, account_id)
    return Wallet(
        balance_cents=row["balance_cents"],
        low_balance_threshold_cents=row["low_balance_threshold_cents"],
        below_low_balance_threshold=row["balance_cents"] < row["low_balance_threshold_cents"],
        accrued_usage_cents=row["accrued_usage_cents"],
        auto_top_up=AutoTopUp(
            enabled=bool(row["auto_top_up_enabled"]),
            threshold_cents=row["auto_top_up_threshold_cents"],
            amount_cents=row["auto_top_up_amount_cents"],
            payment_method_id=row["auto_top_up_payment_method_id"],
            cap_cents=row["auto_top_up_cap_cents"],
            spent_this_period_cents=auto_top_up.spent_this_period(conn, account_id, sub),
            consecutive_declines=row["auto_top_up_consecutive_declines"],
            disabled_reason=row["auto_top_up_disabled_reason"],
        ),
    )


def transaction_schema(row: sqlite3.Row) -> WalletTransaction:
    return WalletTransaction(
        id=row["id"],
        kind=row["kind"],
        status=row["status"],
        amount_cents=row["amount_cents"],
        balance_after_cents=row["balance_after_cents"],
        description=row["description"],
        invoice_id=row["invoice_id"],
        top_up_id=row["top_up_id"],
        call_id=row["call_id"],
        failure_message=row["failure_message"],
        created_at=periods.from_db(row["created_at"]),
    )


def _top_up_schema(conn: sqlite3.Connection, account_id: str, row: sqlite3.Row) -> TopUp:
    account = accounts.account_row(conn, account_id)
    return top_ups.to_schema(row, account["timezone"], clock.now(conn))


@router.get("", response_model=Wallet)
def get_wallet(me: Me, conn: Db) -> Wallet:
    return wallet_schema(conn, me.account_id)


@router.patch("", response_model=Wallet)
def update_wallet(body: WalletUpdate, me: Me, conn: Db) -> Wallet:
    """The low-balance alert threshold and the auto top-up settings (all or nothing)."""
    with write_transaction(conn):
        auto_top_up.update_settings(conn, me.account_id, body)
        return wallet_schema(conn, me.account_id)


@router.post("/top-ups", response_model=TopUp)
def create_top_up(
    body: TopUpCreate, me: Me, ctx: Ctx, conn: Db, idempotency_key: IdempotencyKey
) -> TopUp:
    """Add credits: the card is charged the amount plus tax; the wallet is credited the amount,
    only once the charge succeeded. A declined card answers 402 and credits nothing. A card whose
    bank asks to confirm the payment answers 402 `authentication_required` with the page that
    does it (`authentication_url`); the top-up is credited once the bank confirms, and a retry
    with the same key answers what became of it."""
    try:
        row = top_ups.top_up(
            conn,
            ctx.gateway,
            me.account_id,
            amount_cents=body.amount_cents,
            payment_method_id=body.payment_method_id,
            automatic=False,
            idempotency_key=idempotency_key,
        )
    except charging.AwaitingAuthentication as waiting:
        # 402 authentication_required with the page's link, unless its time ran out just now.
        payment_authentications.require_for_charge(conn, ctx.gateway, ctx.pages_url, waiting)
        row = top_ups.get(conn, me.account_id, waiting.row_id)
    if row["status"] == "failed":
        raise CardDeclined(
            payment_methods.failure_sentence(row, "No credit was added"),
            code="card_declined",
            param="payment_method_id",
            extra={"decline_code": row["failure_code"], "top_up_id": row["id"]},
        )
    return _top_up_schema(conn, me.account_id, row)


@router.get("/top-ups", response_model=TopUpList)
async def list_top_ups(
    me: Me, conn: Db, limit: Limit = 20, starting_after: Cursor = None
) -> TopUpList:
    """Top-ups, newest first, each with whether it can be refunded now and why not."""
    rows, has_more = pagination.page(
        conn, "top_ups", me.account_id, limit=limit, starting_after=starting_after
    )
    return TopUpList(
        data=[_top_up_schema(conn, me.account_id, row) for row in rows], has_more=has_more
    )


@router.post("/top-ups/{id}/refund-request", response_model=RefundResult)
def request_refund(
    id: str,
    me: Me,
    ctx: Ctx,
    conn: Db,
    idempotency_key: OptionalIdempotencyKey = None,
) -> RefundResult:
    """Refund an unused top-up within 30 days: the charge (tax included) goes back to the card,
    the credit leaves the wallet, and a credit note records it. 409 with the reason if not."""
    top_up_id, credit_note_id = refunds.request_refund(
        conn, ctx.gateway, me.account_id, id, idempotency_key=idempotency_key
    )
    row = top_ups.get(conn, me.account_id, top_up_id)
    return RefundResult(
        top_up=_top_up_schema(conn, me.account_id, row),
        credit_note_id=credit_note_id,
        refunded_cents=row["amount_cents"] + row["tax_cents"],
    )


@router.get("/transactions", response_model=WalletTransactionList)
async def list_transactions(
    me: Me, conn: Db, limit: Limit = 20, starting_after: Cursor = None
) -> WalletTransactionList:
    """The ledger, newest first: every change of the balance, and the failed attempts."""
    rows, has_more = pagination.page(
        conn, "wallet_transactions", me.account_id, limit=limit, starting_after=starting_after
    )
    return WalletTransactionList(data=[transaction_schema(row) for row in rows], has_more=has_more)
