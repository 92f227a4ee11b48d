"""Payments waiting for the bank's confirmation (services/payment_authentications.py).

A top-up, an invoice payment or an upgrade that answered 402 `authentication_required` names one
of these; the app opens its `authentication_url` and polls it here until the bank has answered.
"""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox.deps import Ctx, Db, Me
from smartalex_desktop.sandbox.schemas import PaymentAuthentication
from smartalex_desktop.sandbox.services import payment_authentications

router = APIRouter(prefix="/v1/payment-authentications", tags=["payments"])


@router.get("/{id}", response_model=PaymentAuthentication)
def get(id: str, me: Me, ctx: Ctx, conn: Db) -> PaymentAuthentication:
    """The payment now: `succeeded` (credited, paid or upgraded), `failed` (nothing charged,
    `error` says why), `expired` after 30 minutes unconfirmed, `canceled`, or still
    `requires_action`."""
    row = payment_authentications.get(conn, me.account_id, id)
    return payment_authentications.to_schema(
        payment_authentications.refresh(conn, ctx.gateway, row)
    )


@router.post("/{id}/cancel", response_model=PaymentAuthentication)
def cancel(id: str, me: Me, ctx: Ctx, conn: Db) -> PaymentAuthentication:
    """Stop waiting: the payment is cancelled at Stripe and fails with nothing charged — unless
    the bank confirmed it first, in which case it stands (`succeeded`)."""
    return payment_authentications.to_schema(
        payment_authentications.cancel(conn, ctx.gateway, me.account_id, id)
    )
