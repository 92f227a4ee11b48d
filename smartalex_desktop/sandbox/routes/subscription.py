"""The subscription: view, preview and make a plan change, cancel with the survey, resume."""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.deps import Ctx, Db, Me, OptionalIdempotencyKey
from smartalex_desktop.sandbox.schemas import (
    Cancellation,
    PlanChange,
    PlanChangePreview,
    PlanChangeResult,
    Subscription,
)
from smartalex_desktop.sandbox.services import payment_authentications, subscriptions

router = APIRouter(prefix="/v1/subscription", tags=["subscription"])


@router.get("", response_model=Subscription)
def get_subscription(me: Me, conn: Db) -> Subscription:
    return subscriptions.to_schema(conn, subscriptions.row(conn, me.account_id))


@router.post("/preview-change", response_model=PlanChangePreview)
def preview_change(body: PlanChange, me: Me, conn: Db) -> PlanChangePreview:
    """What changing to `plan` would charge now, from when, and the allowance it brings."""
    account = me.account(conn)
    change = subscriptions.plan_change(conn, account, body.plan, clock.now(conn))
    return change.preview(account["tax_rate_bps"])


@router.post("/change", response_model=PlanChangeResult)
def change(
    body: PlanChange,
    me: Me,
    ctx: Ctx,
    conn: Db,
    idempotency_key: OptionalIdempotencyKey = None,
) -> PlanChangeResult:
    """Upgrade now (prorated charge), downgrade at the next renewal, same price now for free.

    Changing back to the current plan undoes a scheduled downgrade. A declined upgrade charge
    answers 402 and changes nothing. One whose bank asks to confirm it answers 402
    `authentication_required` with the page that does it: the plan changes once the bank
    confirms, and a retry with the same Idempotency-Key answers what became of it."""
    earlier = payment_authentications.for_plan_change_key(conn, me.account_id, idempotency_key)
    if earlier is not None:
        invoice_id = payment_authentications.answer_plan_change_retry(
            conn, ctx.gateway, ctx.pages_url, earlier
        )
        sub = subscriptions.to_schema(conn, subscriptions.row(conn, me.account_id))
        return PlanChangeResult(subscription=sub, invoice_id=invoice_id)
    try:
        with write_transaction(conn):
            account = me.account(conn)
            invoice_id = subscriptions.apply_plan_change(
                conn, ctx.gateway, account, body.plan, clock.now(conn)
            )
            sub = subscriptions.to_schema(conn, subscriptions.row(conn, me.account_id))
    except subscriptions.UpgradeNeedsAuthentication as waiting:
        payment_authentications.require_for_plan_change(
            conn,
            ctx.gateway,
            ctx.pages_url,
            waiting,
            account_id=me.account_id,
            idempotency_key=idempotency_key,
        )
        raise  # not reached: require_for_plan_change raises the 402
    return PlanChangeResult(subscription=sub, invoice_id=invoice_id)


@router.post("/cancel", response_model=Subscription)
def cancel(body: Cancellation, me: Me, conn: Db) -> Subscription:
    """Cancel at the end of the period (subscriptions are non-refundable; service goes on)."""
    with write_transaction(conn):
        subscriptions.cancel(conn, me.account_id, body.reason, body.comment)
        return subscriptions.to_schema(conn, subscriptions.row(conn, me.account_id))


@router.post("/resume", response_model=Subscription)
def resume(me: Me, conn: Db) -> Subscription:
    with write_transaction(conn):
        subscriptions.resume(conn, me.account_id)
        return subscriptions.to_schema(conn, subscriptions.row(conn, me.account_id))
