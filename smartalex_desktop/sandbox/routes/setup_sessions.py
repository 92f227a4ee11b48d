"""Card-setup sessions: the hosted card page the app opens in the browser (services/card_setup.py).

The app never takes a card number: it creates a session, opens its `url` in the user's browser
(SmartAlex's page, with Stripe.js), and polls the session until a card is saved, the user
cancels, or it expires.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from smartalex_desktop.sandbox.deps import Ctx, Db, Me, OptionalIdempotencyKey
from smartalex_desktop.sandbox.errors import NOT_REPLAYABLE_HEADER
from smartalex_desktop.sandbox.schemas import SetupSession
from smartalex_desktop.sandbox.services import card_setup, hosted_links

router = APIRouter(prefix="/v1/payment-methods/setup-sessions", tags=["payment methods"])


@router.post("", response_model=SetupSession, status_code=201)
def create(
    me: Me,
    ctx: Ctx,
    conn: Db,
    response: Response,
    idempotency_key: OptionalIdempotencyKey = None,
) -> SetupSession:
    """Open a card page for this account: 30 minutes, one card, at most 5 open at once (409).

    `url` (the page, with a one-time token in its fragment) is in this answer only. The same
    Idempotency-Key again answers the same session with a new link (the first was never seen).
    """
    row, token = card_setup.create(
        conn, ctx.gateway, me.account_id, idempotency_key=idempotency_key
    )
    response.headers[NOT_REPLAYABLE_HEADER] = "1"  # the link is a secret: never kept in clear
    return card_setup.to_schema(conn, row, hosted_links.url(ctx.pages_url, "card_setup", token))


@router.get("/{id}", response_model=SetupSession)
def get(id: str, me: Me, ctx: Ctx, conn: Db) -> SetupSession:
    """The session now: `complete` with the card saved, `error` after a refused card (still
    open for another), `expired` after 30 minutes, `canceled`."""
    return card_setup.to_schema(conn, card_setup.refreshed(conn, ctx.gateway, me.account_id, id))


@router.post("/{id}/cancel", response_model=SetupSession)
def cancel(id: str, me: Me, ctx: Ctx, conn: Db) -> SetupSession:
    """Close the card page: it accepts no card after this. A finished session is answered as
    it is (a card saved a moment before stays saved)."""
    return card_setup.to_schema(conn, card_setup.cancel(conn, ctx.gateway, me.account_id, id))
