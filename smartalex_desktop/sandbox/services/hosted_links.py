"""Links to the hosted pages: a card-setup session or a payment authentication, opened in the
user's browser by a URL that carries a single-purpose, unguessable token.

The token is 256 random bits and lives only in the URL's fragment (`…/card-setup#<token>`):
browsers never send a fragment to a server, so it is in no request line, no access log and no
`Referer`. The page's script reads it and sends it as a bearer token to the page's own JSON
endpoints. SmartAlex keeps only its SHA-256 (a copy of the data folder opens no page), so the
link can be shown once, like a password: `GET` answers without it.

A session can have more than one link: a retried request (the same Idempotency-Key, whose first
answer never arrived, or a payment retried while it waits for the bank) gets a new link, and the
one a browser may already show keeps working. Every link dies with its session: once a card is
saved, a payment confirmed, or the session expired or was cancelled, a link of it only says so
(which card was saved, that it expired): links are kept for that, and open nothing else.
"""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime
from typing import Literal

from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.security import token_hash

Kind = Literal["card_setup", "payment_authentication"]
PAGE_PATHS: dict[Kind, str] = {
    "card_setup": "/card-setup",
    "payment_authentication": "/payment-confirmation",
}


def mint(conn: sqlite3.Connection, kind: Kind, session_id: str, now: datetime) -> str:
    """A new link token for the session (in the caller's transaction); only its hash is kept."""
    token = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO hosted_page_links (token_hash, kind, session_id, created_at)"
        " VALUES (?, ?, ?, ?)",
        (token_hash(token), kind, session_id, to_db(now)),
    )
    return token


def url(pages_url: str, kind: Kind, token: str) -> str:
    """The page's address with the token in its fragment."""
    return f"{pages_url.rstrip('/')}{PAGE_PATHS[kind]}#{token}"


def resolve(conn: sqlite3.Connection, kind: Kind, token: str | None) -> str | None:
    """The session a token opens, or None (unknown, malformed, or of the other kind)."""
    if not token or len(token) > 200:
        return None
    row = conn.execute(
        "SELECT session_id FROM hosted_page_links WHERE token_hash = ? AND kind = ?",
        (token_hash(token), kind),
    ).fetchone()
    return str(row["session_id"]) if row is not None else None
