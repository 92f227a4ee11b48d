"""Sandbox-only endpoints: create customers, record calls, move the test clock, expire sessions.

They exist only in the sandbox, which listens on loopback only. `accounts`, `clock` and
`sessions/expire` take no token (the clock is global); `calls` is authenticated as the account
whose call it is. Nothing here exists on the real API.
"""

from __future__ import annotations

from fastapi import APIRouter

from smartalex_desktop.sandbox import clock as sandbox_clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.deps import Ctx, Db, Me
from smartalex_desktop.sandbox.schemas import (
    Call,
    CallCreate,
    Clock,
    ClockAdvance,
    SandboxAccountCreate,
    SandboxAccountCreated,
    SessionsExpire,
    SessionsExpired,
)
from smartalex_desktop.sandbox.services import (
    accounts,
    auth,
    collection,
    cycle,
    onboarding,
    payment_authentications,
    subscriptions,
    top_ups,
    usage,
)

router = APIRouter(prefix="/v1/sandbox", tags=["sandbox"])


@router.post("/accounts", response_model=SandboxAccountCreated, status_code=201)
def create_account(body: SandboxAccountCreate, ctx: Ctx, conn: Db) -> SandboxAccountCreated:
    """Create a customer on a plan. A past `signup_at` starts it in the period that contains
    the clock's now, with no back history."""
    with write_transaction(conn):
        account_id = onboarding.create_customer(conn, ctx.gateway, body)
        return SandboxAccountCreated(
            account=accounts.to_schema(accounts.account_row(conn, account_id)),
            subscription=subscriptions.to_schema(conn, subscriptions.row(conn, account_id)),
        )


@router.get("/clock", response_model=Clock)
def get_clock(conn: Db) -> Clock:
    return Clock(now=sandbox_clock.now(conn))


@router.post("/clock/advance", response_model=Clock)
def advance_clock(body: ClockAdvance, ctx: Ctx, conn: Db) -> Clock:
    """Move the clock forward, running everything that falls due on the way, in order."""
    now = cycle.advance_clock(conn, ctx.gateway, body.days)
    payment_authentications.sweep(conn, ctx.gateway)  # those whose 30 minutes passed on the way
    return Clock(now=now)


@router.post("/sessions/expire", response_model=SessionsExpired)
def expire_sessions(body: SessionsExpire, conn: Db) -> SessionsExpired:
    """Make the account's access tokens expire now, to exercise a client's silent refresh."""
    with write_transaction(conn):
        return SessionsExpired(expired_access_tokens=auth.expire_access_tokens(conn, body.email))


@router.post("/calls", response_model=Call, status_code=201)
def record_call(body: CallCreate, me: Me, ctx: Ctx, conn: Db) -> Call:
    """Record a call of the signed-in account that just ended, and bill it: included minutes
    first, overage from the wallet, the rest to the card; an automatic top-up, if it falls due,
    runs before this answers. 409 once the subscription has ended."""
    call_id, trigger = usage.record_call(conn, me.account_id, body.call_type, body.seconds)
    top_ups.run_automatic(conn, ctx.gateway, trigger)
    collection.run_due(conn, ctx.gateway)
    row = conn.execute("SELECT * FROM calls WHERE id = ?", (call_id,)).fetchone()
    return usage.call_schema(row)
