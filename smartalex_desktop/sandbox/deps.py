"""FastAPI dependencies: the sandbox context, a database connection per request, the caller."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from smartalex_desktop.sandbox.context import SandboxContext
from smartalex_desktop.sandbox.services import accounts, auth

_bearer = HTTPBearer(auto_error=False, description="An access token from POST /v1/auth/token.")


def context(request: Request) -> SandboxContext:
    sandbox: SandboxContext = request.app.state.sandbox
    return sandbox


def connection(ctx: Annotated[SandboxContext, Depends(context)]) -> Iterator[sqlite3.Connection]:
    conn = ctx.connect()
    try:
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True)
class Caller:
    """The signed-in account making the request, and the session it signed in with."""

    account_id: str
    session_id: str

    def account(self, conn: sqlite3.Connection) -> sqlite3.Row:
        return accounts.account_row(conn, self.account_id)


def caller(
    conn: Annotated[sqlite3.Connection, Depends(connection)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    token = credentials.credentials if credentials else None
    account_id, session_id = auth.authenticate(conn, token)
    return Caller(account_id=account_id, session_id=session_id)


Ctx = Annotated[SandboxContext, Depends(context)]
Db = Annotated[sqlite3.Connection, Depends(connection)]
Me = Annotated[Caller, Depends(caller)]
