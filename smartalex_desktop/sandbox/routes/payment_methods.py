"""Cards on file, saved through Stripe SetupIntents."""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.deps import Ctx, Db, Me
from smartalex_desktop.sandbox.schemas import (
    PaymentMethod,
    PaymentMethodAdd,
    PaymentMethodDeleted,
    PaymentMethodList,
    SetupIntentCreated,
)
from smartalex_desktop.sandbox.services import accounts, payment_methods

router = APIRouter(prefix="/v1/payment-methods", tags=["payment methods"])


def _card(conn: Db, account_id: str, card_id: str) -> PaymentMethod:
    account = accounts.account_row(conn, account_id)
    row = payment_methods.get(conn, account_id, card_id)
    return payment_methods.to_schema(row, account["default_payment_method_id"])


@router.get("", response_model=PaymentMethodList)
def list_cards(me: Me, conn: Db) -> PaymentMethodList:
    """Every card of the account, newest first (an account holds a handful: one page)."""
    account = me.account(conn)
    return PaymentMethodList(
        data=[
            payment_methods.to_schema(row, account["default_payment_method_id"])
            for row in payment_methods.rows(conn, me.account_id)
        ],
        has_more=False,
    )


@router.post("/setup", response_model=SetupIntentCreated)
def setup(me: Me, ctx: Ctx, conn: Db) -> SetupIntentCreated:
    """Start adding a card: the client confirms this SetupIntent with Stripe directly."""
    account = me.account(conn)
    intent_id, client_secret = ctx.gateway.create_setup_intent(account["stripe_customer_id"])
    return SetupIntentCreated(
        setup_intent_id=intent_id,
        client_secret=client_secret,
        publishable_key=ctx.gateway.publishable_key,
        stripe_api_base=ctx.gateway.api_base,
    )


@router.post("", response_model=PaymentMethod)
def add(body: PaymentMethodAdd, me: Me, ctx: Ctx, conn: Db) -> PaymentMethod:
    """Save the card of a SetupIntent the client confirmed; the first card becomes the default."""
    with write_transaction(conn):
        card_id = payment_methods.register(
            conn, ctx.gateway, me.account(conn), body.setup_intent_id, clock.now(conn)
        )
        return _card(conn, me.account_id, card_id)


@router.post("/{id}/make-default", response_model=PaymentMethod)
def make_default(id: str, me: Me, conn: Db) -> PaymentMethod:
    with write_transaction(conn):
        payment_methods.make_default(conn, me.account_id, id)
        return _card(conn, me.account_id, id)


@router.delete("/{id}", response_model=PaymentMethodDeleted)
def remove(id: str, me: Me, ctx: Ctx, conn: Db) -> PaymentMethodDeleted:
    """Remove a card. The only card stays while a subscription runs; removing the default
    makes the most recently added remaining card the default."""
    with write_transaction(conn):
        return payment_methods.remove(conn, ctx.gateway, me.account(conn), id)
