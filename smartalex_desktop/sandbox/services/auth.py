"""Sign-in sessions: opaque bearer tokens that expire, refresh tokens that rotate, sign-out.

A sign-in opens a session with an access token (short-lived) and a refresh token (works once:
refreshing returns a new pair). A refresh token presented twice means it leaked, so the whole
session is revoked. Lifetimes use the real time, not the sandbox's test clock: advancing the
billing clock a month must not sign everybody out.
"""

from __future__ import annotations

import functools
import secrets
import sqlite3
from datetime import UTC, datetime

from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.errors import AuthenticationFailed
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import TokenPair
from smartalex_desktop.sandbox.security import (
    hash_password,
    new_id,
    new_token,
    token_hash,
    verify_password,
)

SIGN_IN_FAILED = "The email or password is not correct; check both and try again."
SESSION_EXPIRED = "Your session has expired; sign in again."


class RefreshTokenReplayed(AuthenticationFailed):
    """A rotated refresh token came back: whoever holds it is not the client we rotated for.

    Raised out of the transaction so the caller can end the session in a transaction of its
    own (a rollback would otherwise undo the revocation)."""

    def __init__(self, session_id: str) -> None:
        super().__init__(SESSION_EXPIRED, code="invalid_refresh_token")
        self.session_id = session_id


def _real_now() -> datetime:
    return datetime.now(UTC)


def _issue_pair(conn: sqlite3.Connection, config: SandboxConfig, session_id: str) -> TokenPair:
    now = _real_now()
    access, refresh = new_token("sat"), new_token("srt")
    conn.executemany(
        "INSERT INTO tokens (token_hash, session_id, kind, expires_at) VALUES (?, ?, ?, ?)",
        [
            (token_hash(access), session_id, "access", to_db(now + config.access_token_ttl)),
            (token_hash(refresh), session_id, "refresh", to_db(now + config.refresh_token_ttl)),
        ],
    )
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(config.access_token_ttl.total_seconds()),
    )


@functools.cache
def _stand_in_hash() -> str:
    """A hash no password matches, made like every real one: an unknown email costs the same
    scrypt work as a known one, so the answer's timing does not tell which emails are accounts."""
    return hash_password(secrets.token_urlsafe(32))


def sign_in(
    conn: sqlite3.Connection, config: SandboxConfig, email: str, password: str
) -> TokenPair:
    row = conn.execute(
        "SELECT id, password_hash FROM accounts WHERE email = ?", (email.strip(),)
    ).fetchone()
    stored_hash = row["password_hash"] if row is not None else _stand_in_hash()
    if not verify_password(password, stored_hash) or row is None:
        raise AuthenticationFailed(SIGN_IN_FAILED, code="invalid_credentials")
    session_id = new_id("sess")
    conn.execute(
        "INSERT INTO sessions (id, account_id, created_at) VALUES (?, ?, ?)",
        (session_id, row["id"], to_db(_real_now())),
    )
    return _issue_pair(conn, config, session_id)


def refresh(conn: sqlite3.Connection, config: SandboxConfig, refresh_token: str) -> TokenPair:
    row = conn.execute(
        "SELECT t.session_id, t.expires_at, t.used_at, s.revoked_at FROM tokens t"
        " JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = ? AND t.kind = 'refresh'",
        (token_hash(refresh_token),),
    ).fetchone()
    now = to_db(_real_now())
    if row is None or row["revoked_at"] is not None or row["expires_at"] <= now:
        raise AuthenticationFailed(SESSION_EXPIRED, code="invalid_refresh_token")
    if row["used_at"] is not None:
        raise RefreshTokenReplayed(row["session_id"])
    conn.execute(
        "UPDATE tokens SET used_at = ? WHERE token_hash = ?", (now, token_hash(refresh_token))
    )
    # The old access token of this session stops working too: one live pair per session.
    conn.execute(
        "UPDATE tokens SET expires_at = ? WHERE session_id = ? AND kind = 'access'"
        " AND expires_at > ?",
        (now, row["session_id"], now),
    )
    return _issue_pair(conn, config, row["session_id"])


def authenticate(conn: sqlite3.Connection, access_token: str | None) -> tuple[str, str]:
    """(account id, session id) of a live access token, or 401."""
    if not access_token:
        raise AuthenticationFailed(
            "Sign in first: this request needs an access token.", code="missing_token"
        )
    row = conn.execute(
        "SELECT s.account_id, s.id, t.expires_at, s.revoked_at FROM tokens t"
        " JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = ? AND t.kind = 'access'",
        (token_hash(access_token),),
    ).fetchone()
    if row is None or row["revoked_at"] is not None:
        raise AuthenticationFailed(SESSION_EXPIRED, code="invalid_token")
    if row["expires_at"] <= to_db(_real_now()):
        raise AuthenticationFailed(
            "Your access token has expired; refresh it or sign in again.", code="token_expired"
        )
    return row["account_id"], row["id"]


def sign_out(conn: sqlite3.Connection, session_id: str) -> None:
    conn.execute(
        "UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        (to_db(_real_now()), session_id),
    )


def revoke_other_sessions(conn: sqlite3.Connection, account_id: str, keep_session: str) -> None:
    """After a password or email change, every other sign-in of the account ends."""
    conn.execute(
        "UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND id != ?"
        " AND revoked_at IS NULL",
        (to_db(_real_now()), account_id, keep_session),
    )


def expire_access_tokens(conn: sqlite3.Connection, email: str) -> int:
    """Sandbox hook: make the account's access tokens expired now (refresh tokens still work)."""
    now = to_db(_real_now())
    cursor = conn.execute(
        "UPDATE tokens SET expires_at = ? WHERE kind = 'access' AND expires_at > ? AND session_id"
        " IN (SELECT s.id FROM sessions s JOIN accounts a ON a.id = s.account_id"
        " WHERE a.email = ?)",
        (now, now, email),
    )
    return cursor.rowcount
