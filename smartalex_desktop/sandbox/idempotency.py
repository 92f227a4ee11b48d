"""Idempotency keys: a retried POST answers the first response again and moves nothing.

An ASGI middleware in front of the API. For an authenticated POST carrying `Idempotency-Key`,
keyed by (account, method and path, key) and kept at least 24 hours:

- first time: the key is recorded as running (its own committed transaction), the request runs,
  and its response is stored with the key;
- the same key and body again: the stored response is answered (`Idempotent-Replayed: true`);
- the same key with another body: 422; while the first is still running: 409.

A 5xx (something failed on our side) forgets the key so the client's retry runs again, and so
does an answer the route marks not replayable (`errors.NOT_REPLAYABLE_HEADER`, taken off before
it is sent): a card page's link (a secret, which this table would keep in clear), and a payment
waiting for the bank's confirmation (its retry must find what the bank said since: paid, or
failed, or still waiting with a new link — services/payment_authentications.py). Keys
left `running` by a crash are cleared at start-up; the money-moving services then find the work
the first attempt started (a top-up is unique per key), so a retry never charges twice.
Unauthenticated POSTs (sign-in, sandbox set-up) are not keyed: they belong to no account. Nor is
anything under `/v1/auth/`, even sent with a token: its answers are fresh tokens, which would
then lie in the table in clear (the sessions table keeps only their hashes), and a replayed
sign-in or refresh would hand out a pair that may already be rotated or revoked.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from smartalex_desktop.sandbox.config import IDEMPOTENCY_KEY_TTL_HOURS
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import NOT_REPLAYABLE_HEADER, ApiError
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.services import auth

HEADER = b"idempotency-key"
# Never keyed: their answers are secrets (see the module's docstring).
UNKEYED_PREFIX = "/v1/auth/"
MAX_KEY_LENGTH = 255
# Visible ASCII, no spaces: a UUID fits, and a key survives every proxy and log unchanged. The
# routes' documented header carries the same pattern, so the document and the check agree.
KEY_PATTERN = rf"^[!-~]{{1,{MAX_KEY_LENGTH}}}$"


def _request_hash(method: str, path: str, body: bytes) -> str:
    try:  # the same JSON however it is spaced or ordered
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = body
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + canonical).hexdigest()


def _bearer(headers: dict[bytes, bytes]) -> str | None:
    value = headers.get(b"authorization", b"").decode("latin-1")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class _Begin:
    """What to do with a keyed request: run it, replay a stored answer, or refuse it."""

    def __init__(
        self, run: bool, status: int = 0, body: bytes = b"", *, replayed: bool = False
    ) -> None:
        self.run, self.status, self.body, self.replayed = run, status, body, replayed


def clear_running(conn: sqlite3.Connection) -> None:
    """At start-up: keys whose request died with the previous process can run again."""
    with write_transaction(conn):
        conn.execute("DELETE FROM idempotency_keys WHERE status = 'running'")
        # Stored before auth answers were left out: tokens, in clear.
        conn.execute("DELETE FROM idempotency_keys WHERE path LIKE ?", (UNKEYED_PREFIX + "%",))
        cutoff = datetime.now(UTC) - timedelta(hours=IDEMPOTENCY_KEY_TTL_HOURS)
        conn.execute("DELETE FROM idempotency_keys WHERE created_at < ?", (to_db(cutoff),))


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, connect: Callable[[], sqlite3.Connection]) -> None:
        self.app = app
        self.connect = connect

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or scope["path"].startswith(UNKEYED_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        raw_key = headers.get(HEADER)
        token = _bearer(headers)
        if raw_key is None or token is None:
            await self.app(scope, receive, _without_marker(send))
            return
        key = raw_key.decode("latin-1")
        if not re.fullmatch(KEY_PATTERN, key):
            await _send_error(
                send,
                ApiError(
                    f"The Idempotency-Key header must be 1 to {MAX_KEY_LENGTH} visible ASCII "
                    "characters with no spaces; send a new random key (a UUID) per action.",
                    code="invalid_idempotency_key",
                    param="Idempotency-Key",
                ),
            )
            return
        account_id = await to_thread.run_sync(self._account_of, token)
        if account_id is None:  # the route answers 401 itself
            await self.app(scope, receive, _without_marker(send))
            return
        body_in = await _read_body(receive)
        method, path = scope["method"], scope["path"]
        scope_key = (account_id, method, path, key)
        begin = await to_thread.run_sync(
            self._begin, scope_key, _request_hash(method, path, body_in)
        )
        if not begin.run:
            await _send_raw(send, begin.status, begin.body, replayed=begin.replayed)
            return

        # The answer is held back until it is stored with the key: a retry that arrives the
        # moment the client sees it must find the key done, not still running.
        messages: list[Message] = []

        async def hold(message: Message) -> None:
            messages.append(message)

        status, body, replayable = 500, b"", True
        try:
            await self.app(scope, _replay(body_in, receive), hold)
            for message in messages:
                if message["type"] == "http.response.start":
                    status = message["status"]
                    replayable = not _take_marker(message)
                elif message["type"] == "http.response.body":
                    body += message.get("body", b"")
        finally:
            await to_thread.run_sync(self._finish, scope_key, status, body, replayable)
        for message in messages:
            await send(message)

    # --- database work, off the event loop ------------------------------------------------

    def _account_of(self, token: str) -> str | None:
        conn = self.connect()
        try:
            account_id, _session = auth.authenticate(conn, token)
            return account_id
        except ApiError:
            return None
        finally:
            conn.close()

    def _begin(self, scope_key: tuple[str, str, str, str], request_hash: str) -> _Begin:
        conn = self.connect()
        try:
            with write_transaction(conn):
                row = conn.execute(
                    "SELECT * FROM idempotency_keys WHERE account_id = ? AND method = ?"
                    " AND path = ? AND key = ?",
                    scope_key,
                ).fetchone()
                if row is None:
                    conn.execute(
                        "INSERT INTO idempotency_keys (account_id, method, path, key,"
                        " request_hash, status, created_at) VALUES (?, ?, ?, ?, ?, 'running', ?)",
                        (*scope_key, request_hash, to_db(datetime.now(UTC))),
                    )
                    return _Begin(run=True)
            if row["request_hash"] != request_hash:
                return _Begin(
                    False,
                    422,
                    _error_body(
                        "This Idempotency-Key was already used for a different request; use a new "
                        "key for a new action.",
                        "idempotency_key_reused",
                    ),
                )
            if row["status"] == "running":
                return _Begin(
                    False,
                    409,
                    _error_body(
                        "The first request with this Idempotency-Key is still being processed; "
                        "retry in a moment.",
                        "idempotency_key_in_use",
                    ),
                )
            return _Begin(False, row["response_status"], row["response_body"], replayed=True)
        finally:
            conn.close()

    def _finish(
        self, scope_key: tuple[str, str, str, str], status: int, body: bytes, replayable: bool
    ) -> None:
        conn = self.connect()
        try:
            with write_transaction(conn):
                if status >= 500 or not replayable:
                    conn.execute(
                        "DELETE FROM idempotency_keys WHERE account_id = ? AND method = ?"
                        " AND path = ? AND key = ?",
                        scope_key,
                    )
                else:
                    conn.execute(
                        "UPDATE idempotency_keys SET status = 'done', response_status = ?,"
                        " response_body = ? WHERE account_id = ? AND method = ? AND path = ?"
                        " AND key = ?",
                        (status, body, *scope_key),
                    )
        finally:
            conn.close()


_MARKER = NOT_REPLAYABLE_HEADER.encode()


def _take_marker(message: Message) -> bool:
    """Whether the answer is marked not replayable; the mark is taken off (ours, not the
    client's)."""
    headers = list(message.get("headers", []))
    kept = [(name, value) for name, value in headers if name.lower() != _MARKER]
    message["headers"] = kept
    return len(kept) != len(headers)


def _without_marker(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            _take_marker(message)
        await send(message)

    return sending


def _error_body(message: str, code: str) -> bytes:
    error = ApiError(message, code=code, param="Idempotency-Key")
    error.type = "idempotency_error"
    return json.dumps(error.body()).encode()


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """Hand the app the body we already read, then the client's own messages (disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _send_raw(send: Send, status: int, body: bytes, *, replayed: bool) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_error(send: Send, error: ApiError) -> None:
    await _send_raw(send, error.status, json.dumps(error.body()).encode(), replayed=False)
