"""Issue 18, the sandbox's findings: each test tries the attack over HTTP against a real sandbox
and fails on the code before the fix.

An attacker here is another program on the same machine (or a web page that DNS rebinding lets
talk to loopback): it can send the sandbox any request, but cannot read the user's files.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import stat
import statistics
import time
import uuid
from contextlib import closing

import httpx
import pytest

from smartalex_desktop.api import SmartAlexClient, errors
from tests.helpers.cards import add_card
from tests.helpers.external_stripe import running_external_sandbox, running_external_stripe
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess, running_sandbox


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


def test_finding_14_hardening_control_characters_email_change_and_recorder(tmp_path):
    with running_sandbox(tmp_path / "data", env={"SMARTALEX_SANDBOX_RECORD_REQUESTS": "1"}) as box:
        customer = box.create_account()
        api = customer.http
        # Practice name, address and tax ID: no control characters, no bidi overrides or
        # isolates; each refusal names its field. The address keeps its line breaks.
        for field, value in (
            ("company_name", "Bright Smile\u202eDental"),
            ("company_name", "Bright\x1b[31mSmile"),
            ("address", "1 Main St\u2066\nSpringfield"),
            ("address", "1 Main St\rSpringfield"),
            ("tax_id", "US-12\x00-34"),
            ("tax_id", "US\u2069-1234"),
        ):
            refused = api.patch("/v1/account", json={field: value})
            assert refused.status_code == 422, (field, value, refused.text)
            assert refused.json()["error"]["param"] == field
        accepted = api.patch("/v1/account", json={"address": "1 Main St\r\nSpringfield, IL"})
        assert accepted.status_code == 200
        assert accepted.json()["address"] == "1 Main St\nSpringfield, IL"
        with box.client() as anonymous:
            refused = _sign_up(anonymous, company_name="Evil\u202eCorp")
        assert refused.status_code == 422 and refused.json()["error"]["param"] == "company_name"

        # An email change ends every other session (a password change already did).
        other_session = box.sign_in(customer.email, customer.password)
        with box.client() as anonymous:
            other_pair = anonymous.post(
                "/v1/auth/token", json={"email": customer.email, "password": customer.password}
            ).json()
        assert other_session.get("/v1/account").status_code == 200
        new_email = _new_email()
        changed = api.post(
            "/v1/account/email", json={"email": new_email, "current_password": customer.password}
        )
        assert changed.status_code == 200
        assert api.get("/v1/account").json()["email"] == new_email  # this session goes on
        assert other_session.get("/v1/account").status_code == 401
        with box.client() as anonymous:
            refreshed = anonymous.post(
                "/v1/auth/refresh", json={"refresh_token": other_pair["refresh_token"]}
            )
        assert refreshed.status_code == 401

        # The test-only request recorder: no Authorization header, password or token, 0600.
        password_change = api.post(
            "/v1/account/password",
            json={"current_password": customer.password, "new_password": "another long one"},
        )
        assert password_change.status_code == 200
        recorded_path = box.data_dir / "recorded-requests.jsonl"
        recorded = recorded_path.read_text(encoding="utf-8")
        assert '"/v1/account/password"' in recorded and "[redacted]" in recorded
        secrets = [customer.password, "another long one", *other_pair.values()]
        secrets += [other_session.headers["Authorization"], api.headers["Authorization"]]
        found = [s for s in secrets if isinstance(s, str) and len(s) > 8 and s in recorded]
        assert found == []
        assert "Bearer" not in recorded
        assert _mode(recorded_path) == 0o600


def _timed_sign_in(anonymous: httpx.Client, email: str, password: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = anonymous.post("/v1/auth/token", json={"email": email, "password": password})
    return time.perf_counter() - started, response.status_code


def test_finding_05_sign_in_is_throttled_and_unknown_emails_take_as_long(
    own_sandbox: SandboxProcess,
):
    customer = own_sandbox.create_account()
    unknown = _new_email()
    with own_sandbox.client() as anonymous:
        # Same work for an email that is no account: the answer's time tells nothing.
        known_s, unknown_s = [], []
        for _ in range(5):  # interleaved, so a busy moment of the machine hits both alike
            elapsed, status = _timed_sign_in(anonymous, customer.email, "not the password")
            known_s.append(elapsed)
            assert status == 401
            elapsed, status = _timed_sign_in(anonymous, unknown, "not the password")
            unknown_s.append(elapsed)
            assert status == 401
        ratio = statistics.median(unknown_s) / statistics.median(known_s)
        assert 0.5 < ratio < 2.0, (known_s, unknown_s)

        # The account's 10th failure in 15 minutes is the last: the 11th attempt answers 429
        # with Retry-After, the right password included (or the 429 would tell when it hit).
        for _ in range(5):
            assert _timed_sign_in(anonymous, customer.email, "still not it")[1] == 401
        refused = anonymous.post(
            "/v1/auth/token", json={"email": customer.email, "password": "guess eleven"}
        )
        assert refused.status_code == 429
        assert 14 * 60 < int(refused.headers["Retry-After"]) <= 15 * 60
        assert refused.json()["error"]["code"] == "too_many_sign_in_attempts"
        right = anonymous.post(
            "/v1/auth/token", json={"email": customer.email, "password": customer.password}
        )
        assert right.status_code == 429
        # The app shows the sentence at once instead of sleeping through the advised wait.
        sleeps: list[float] = []
        with (
            SmartAlexClient(own_sandbox.url, sleep=sleeps.append) as client,
            pytest.raises(errors.RateLimited) as limited,
        ):
            client.sign_in(customer.email, customer.password)
        assert sleeps == []
        assert limited.value.user_message.startswith("Too many sign-ins with this email failed")
        # Another account is not held up by this one...
        other = own_sandbox.create_account()
        assert _timed_sign_in(anonymous, other.email, other.password)[1] == 200
        # ... until this client has failed 50 times in 15 minutes, over any emails.
        for n in range(35):
            assert _timed_sign_in(anonymous, f"guess{n}-{unknown}", "password")[1] == 401
        spread = anonymous.post(
            "/v1/auth/token", json={"email": other.email, "password": other.password}
        )
        assert spread.status_code == 429
        assert "from this computer" in spread.json()["error"]["message"]
    # Signing in successfully never counts: the session-wide sandbox signs in hundreds of times.


def test_finding_06_only_requests_for_this_sandbox_and_this_localstripe_are_served(
    own_sandbox: SandboxProcess,
):
    port = int(own_sandbox.url.rsplit(":", 1)[1])
    customer = own_sandbox.create_account()
    with own_sandbox.client() as anonymous:
        # DNS rebinding: the browser sends the attacker's host name; so does a wrong port.
        for host in (
            "attacker.example",
            f"attacker.example:{port}",
            f"127.0.0.1:{port + 1}",
            f"localhost.:{port}",
            f"127.0.0.2:{port}",
            f"127.0.0.1.attacker.example:{port}",
            "",
        ):
            refused = anonymous.post(
                "/v1/sandbox/accounts",
                json={"email": _new_email(), "password": "long enough", "plan": "dental"},
                headers={"Host": host},
            )
            assert refused.status_code == 400, (host, refused.text)
            assert refused.json()["error"]["code"] == "invalid_host"
            assert anonymous.get("/v1/sandbox/clock", headers={"Host": host}).status_code == 400
        for host in (
            f"127.0.0.1:{port}",
            f"localhost:{port}",
            f"LocalHost:{port}",
            f"[::1]:{port}",
        ):
            assert anonymous.get("/v1/sandbox/clock", headers={"Host": host}).status_code == 200

    # localstripe takes only the keys made for this start: not any `sk_test_…`, and its
    # /_config/ routes (which wipe everything) no longer open without one.
    stripe_base = customer.http.get("/v1/billing/config").json()["stripe_api_base"]
    with httpx.Client(base_url=stripe_base, timeout=10.0, trust_env=False) as stripe:
        for key in ("sk_test_anything", "sk_test_smartalex_sandbox"):
            listed = stripe.get("/v1/customers", headers={"Authorization": f"Bearer {key}"})
            assert listed.status_code == 401, listed.text
        assert stripe.get("/v1/customers").status_code == 401
        assert stripe.delete("/_config/data").status_code == 401
    # The sandbox's own key still works: cards are saved and charged as before.
    card = add_card(customer.http)
    assert post_top_up(customer.http, 10_00, str(card["id"])).status_code == 200


def _raw_request(url: str, head: str, timeout_s: float) -> bytes:
    """Send only `head` (request line and headers) and read what comes back in `timeout_s`."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=timeout_s) as connection:
        connection.sendall(head.encode("latin-1"))
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except TimeoutError:
            pass
    return answer


def test_finding_11_a_body_over_1_mib_is_refused_before_it_is_read(sandbox: SandboxProcess):
    host = sandbox.url.removeprefix("http://")
    # Declared too big: answered at once, without waiting for a byte of the body (none is sent).
    started = time.monotonic()
    answer = _raw_request(
        sandbox.url,
        f"POST /v1/auth/token HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {60 * 1024 * 1024}\r\n\r\n",
        timeout_s=5.0,
    )
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b'"request_too_large"' in answer
    assert time.monotonic() - started < 5.0
    # Chunked (no length declared): counted as it streams, refused once past 1 MiB.
    sent = 0

    def chunks():
        nonlocal sent
        for _ in range(64):
            sent += 64 * 1024
            yield b" " * (64 * 1024)

    with sandbox.client() as anonymous:
        streamed = anonymous.post(
            "/v1/auth/token", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert streamed.status_code == 413
        assert streamed.json()["error"]["code"] == "request_too_large"
        # Under the limit, the body reaches the API as before.
        padded = json.dumps({"email": "a@b.cd", "password": "x" * (512 * 1024)})
        under = anonymous.post(
            "/v1/auth/token", content=padded, headers={"Content-Type": "application/json"}
        )
        assert under.status_code == 422 and under.json()["error"]["param"] == "password"
