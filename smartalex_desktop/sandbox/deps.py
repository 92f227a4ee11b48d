"""FastAPI dependencies: the sandbox context, a database connection per request, the caller."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from smartalex_desktop.sandbox import idempotency
from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.services import accounts, auth, receipts

_bearer = HTTPBearer(auto_error=False, description="An access token from POST /v1/auth/token.")


# The dependencies are `async def` although they call SQLite: each is a few tenths of a
# millisecond of local work, while a plain `def` dependency costs a hop to the thread pool and
# back (FastAPI runs each one there separately) — most of a small request's latency. The route
# functions stay `def`: they can call Stripe and take longer, so they run in the pool. Except the
# pages of lists and a single invoice: they only read, at most 100 rows by an index (a few ms),
# and a `def` route costs two hops (the route, then FastAPI's check of its answer), each waiting
# for the GIL behind the other requests: under 4 clients on the big account that doubled the
# p99 and halved the requests served (docs/performance.md, "Sandbox: async list routes").


async def context(request: Request) -> SandboxContext:
    sandbox: SandboxContext = request.app.state.sandbox
    return sandbox


async def connection(
    ctx: Annotated[SandboxContext, Depends(context)],
) -> AsyncIterator[sqlite3.Connection]:
    conn = ctx.connect()
    try:
        yield conn
        # Receipts of whatever this request paid are "emailed" once its transactions committed.
        receipts.send_pending(conn, ctx.config.outbox_dir)
    finally:
        ctx.release(conn)


@dataclass(frozen=True)
class Caller:
    """The signed-in account making the request, and the session it signed in with."""

    account_id: str
    session_id: str

    def account(self, conn: sqlite3.Connection) -> sqlite3.Row:
        return accounts.account_row(conn, self.account_id)


async def caller(
    conn: Annotated[sqlite3.Connection, Depends(connection, scope="function")],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    token = credentials.credentials if credentials else None
    account_id, session_id = auth.authenticate(conn, token)
    return Caller(account_id=account_id, session_id=session_id)


async def required_idempotency_key(
    key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=idempotency.KEY_PATTERN,
            description="A new random key per user action, the same on every retry of it.",
        ),
    ],
) -> str:
    """Money-moving requests must carry a key, so a retry can never move money twice (a missing
    header is answered by the validation handler, with the fix)."""
    return key


Ctx = Annotated[SandboxContext, Depends(context)]
IdempotencyKey = Annotated[str, Depends(required_idempotency_key)]
# Where the API lets the key be left out (a refund request), one that is sent is checked alike.
OptionalIdempotencyKey = Annotated[
    str | None, Header(alias="Idempotency-Key", pattern=idempotency.KEY_PATTERN)
]
# "function" scope: the connection closes (and receipts of what the request paid are written)
# before the response is sent, so a client that sees the answer also sees the receipt.
Db = Annotated[sqlite3.Connection, Depends(connection, scope="function")]
Me = Annotated[Caller, Depends(caller)]
