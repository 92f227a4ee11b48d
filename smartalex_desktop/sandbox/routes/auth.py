"""Sign in, refresh, sign out."""

from __future__ import annotations

from fastapi import APIRouter, Request

from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.deps import Ctx, Db, Me
from smartalex_desktop.sandbox.schemas import LoggedOut, Refresh, SignIn, TokenPair
from smartalex_desktop.sandbox.services import auth

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/token", response_model=TokenPair)
def sign_in(body: SignIn, request: Request, ctx: Ctx, conn: Db) -> TokenPair:
    """Failed sign-ins are throttled per account and per client (429 with `Retry-After`)."""
    client = request.client.host if request.client else "unknown"
    with ctx.sign_in_throttle.attempt(body.email, client), write_transaction(conn):
        return auth.sign_in(conn, ctx.config, body.email, body.password)


@router.post("/refresh", response_model=TokenPair)
def refresh(body: Refresh, ctx: Ctx, conn: Db) -> TokenPair:
    """A new token pair for a refresh token, which works once. A refresh token presented a
    second time ends its session (it leaked)."""
    try:
        with write_transaction(conn):
            return auth.refresh(conn, ctx.config, body.refresh_token)
    except auth.RefreshTokenReplayed as replay:
        with write_transaction(conn):
            auth.sign_out(conn, replay.session_id)
        raise


@router.post("/logout", response_model=LoggedOut)
def sign_out(me: Me, conn: Db) -> LoggedOut:
    """End this session: its access and refresh tokens stop working."""
    with write_transaction(conn):
        auth.sign_out(conn, me.session_id)
    return LoggedOut(revoked=True)
