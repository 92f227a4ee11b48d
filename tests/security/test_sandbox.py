"""Issue 18, the sandbox's findings: each test tries the attack over HTTP against a real sandbox
and fails on the code before the fix.

An attacker here is another program on the same machine (or a web page that DNS rebinding lets
talk to loopback): it can send the sandbox any request, but cannot read the user's files.
"""

from __future__ import annotations

import sqlite3
import stat
import uuid
from contextlib import closing

import httpx

from tests.helpers.cards import add_card
from tests.helpers.external_stripe import running_external_sandbox, running_external_stripe
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess


def _new_email() -> str:
    return f"office-{uuid.uuid4().hex[:12]}@clinic.test"


def _sign_up(anonymous: httpx.Client, **fields: object) -> httpx.Response:
    body = {"email": _new_email(), "password": "correct horse battery", "plan": "dental"}
    return anonymous.post("/v1/sandbox/accounts", json={**body, **fields})


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_finding_01_receipts_cannot_escape_the_outbox(own_sandbox: SandboxProcess):
    outbox = own_sandbox.data_dir / "outbox"
    # An email is never a path: `/`, `\` and control characters are refused, naming the field,
    # at sign-up and at an email change (no sign-in is needed to sign up).
    hostile = ["a@b.c/../../escaped", "/tmp/x@y.z", "a\\b@c.de", "bell\x07@clinic.test"]
    with own_sandbox.client() as anonymous:
        for email in hostile:
            refused = _sign_up(anonymous, email=email)
            assert refused.status_code == 422, (email, refused.text)
            error = refused.json()["error"]
            assert error["param"] == "email"
            assert error["message"].startswith("'email' is invalid: use an email address")
    customer = own_sandbox.create_account(plan="dental")
    for email in hostile:
        refused = customer.http.post(
            "/v1/account/email", json={"email": email, "current_password": customer.password}
        )
        assert refused.status_code == 422 and refused.json()["error"]["param"] == "email"

    # A receipt lands in the account's own folder, by id: 0600 in 0700 folders.
    card = add_card(customer.http)
    assert post_top_up(customer.http, 20_00, str(card["id"])).status_code == 200
    [receipt] = (outbox / customer.account_id).glob("*.eml")
    assert [path.parent for path in outbox.rglob("*.eml")] == [outbox / customer.account_id]
    assert (_mode(outbox), _mode(receipt.parent), _mode(receipt)) == (0o700, 0o700, 0o600)

    # A receipt that cannot be written (something in the way of its folder) fails no request:
    # the top-up answers what happened to the money, other requests go on, a restart works...
    blocked = own_sandbox.create_account(plan="dental")
    (outbox / blocked.account_id).write_text("in the way\n")
    blocked_card = add_card(blocked.http)
    top_up = post_top_up(blocked.http, 30_00, str(blocked_card["id"]))
    assert top_up.status_code == 200, top_up.text
    assert blocked.http.get("/v1/wallet").json()["balance_cents"] == 30_00
    assert customer.http.get("/v1/invoices").status_code == 200
    invoice = blocked.http.get(f"/v1/invoices/{top_up.json()['invoice_id']}").json()
    assert invoice["status"] == "paid" and invoice["receipt"]["sent_at"] is None
    own_sandbox.port = int(own_sandbox.url.rsplit(":", 1)[1])
    own_sandbox.stop()
    own_sandbox.start()
    assert customer.http.get("/v1/account").status_code == 200
    # ... and once the way is clear, the next request sends it.
    (outbox / blocked.account_id).unlink()
    assert blocked.http.get("/v1/account").status_code == 200
    assert len(list((outbox / blocked.account_id).glob("*.eml"))) == 1
    invoice = blocked.http.get(f"/v1/invoices/{top_up.json()['invoice_id']}").json()
    assert invoice["receipt"]["sent_at"] is not None


def test_finding_12_a_refused_sign_up_leaves_nothing_behind_in_stripe(tmp_path):
    with (
        running_external_stripe(tmp_path / "stripe" / "state.pickle") as stripe,
        running_external_sandbox(tmp_path / "data", stripe) as sandbox,
        sandbox.client() as anonymous,
    ):
        for signup_at in (
            "0001-01-01T00:00:00+23:59",  # cannot even be turned into UTC
            "9999-12-31T23:59:59-23:59",
            "1999-12-31T23:59:59Z",  # before the sandbox's history
        ):
            refused = _sign_up(anonymous, signup_at=signup_at)
            assert refused.status_code == 422, (signup_at, refused.text)
            error = refused.json()["error"]
            assert (error["param"], error["code"]) == ("signup_at", "signup_out_of_range")
        kept = _sign_up(anonymous)
        assert kept.status_code == 201
        kept_email = kept.json()["account"]["email"]
        # Refusals that come after the schema, from the database: still nothing in Stripe.
        taken = _sign_up(anonymous, email=kept_email.upper())
        assert taken.status_code == 409
        unknown_zone = _sign_up(anonymous, timezone="Mars/Olympus_Mons")
        assert unknown_zone.status_code == 422
        customers = stripe.list_all("/v1/customers")
    assert [customer["email"] for customer in customers] == [kept_email]


def _sqlite_rows(sandbox: SandboxProcess, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(sandbox.data_dir / "sandbox.sqlite3")) as conn:
        return conn.execute(sql).fetchall()


def test_finding_13_auth_answers_are_never_kept_with_an_idempotency_key(sandbox: SandboxProcess):
    customer = sandbox.create_account()
    signed_in = customer.http  # a live session: its token makes the POSTs below "authenticated"
    key = str(uuid.uuid4())
    fresh = signed_in.post(
        "/v1/auth/token",
        json={"email": customer.email, "password": customer.password},
        headers={"Idempotency-Key": key},
    )
    assert fresh.status_code == 200 and "idempotent-replayed" not in fresh.headers
    pair = fresh.json()
    rotated = signed_in.post(
        "/v1/auth/refresh",
        json={"refresh_token": pair["refresh_token"]},
        headers={"Idempotency-Key": key},
    )
    assert rotated.status_code == 200 and "idempotent-replayed" not in rotated.headers
    # The same key again is a new sign-in (a new pair), not the stored answer replayed.
    again = signed_in.post(
        "/v1/auth/token",
        json={"email": customer.email, "password": customer.password},
        headers={"Idempotency-Key": key},
    )
    assert again.status_code == 200 and again.json()["access_token"] != pair["access_token"]
    tokens = {pair["access_token"], pair["refresh_token"], *rotated.json().values()}
    stored = _sqlite_rows(sandbox, "SELECT path, response_body FROM idempotency_keys")
    assert not [path for path, _body in stored if str(path).startswith("/v1/auth/")]
    leaked = [
        token
        for token in tokens
        if isinstance(token, str)
        for _, body in stored
        if body and token.encode() in body
    ]
    assert leaked == []
