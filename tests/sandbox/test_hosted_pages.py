"""The card-setup sessions and payment authentications over HTTP, without a browser: the rules
of the sessions, what the pages' endpoints accept, the headers they are served with, and money
that moves once whatever the retries (the browser flows: tests/gui/test_card_page.py and
test_bank_confirmation.py)."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from tests.helpers.cards import (
    AUTHENTICATE,
    AUTHENTICATE_ALWAYS,
    VISA,
    add_card,
    confirm_setup_intent,
)
from tests.helpers.sandbox import SandboxProcess, running_sandbox


def page_api(url: str) -> tuple[str, dict[str, str]]:
    """The pages' base and the bearer header a page sends, from a page's link."""
    address, token = url.split("#", 1)
    return address.rsplit("/", 1)[0], {"Authorization": f"Bearer {token}"}


def stripe_js_confirms(api: httpx.Client, client_secret: str, number: str) -> dict:
    """What Stripe.js does in the page: the card to Stripe, with the publishable key."""
    setup = api.post("/v1/payment-methods/setup").json()  # for the Stripe base and key only
    intent_id = client_secret.split("_secret_")[0]
    response = confirm_setup_intent(
        {**setup, "setup_intent_id": intent_id, "client_secret": client_secret}, number
    )
    return response.json()


def authenticate(api: httpx.Client, client_secret: str, success: bool) -> None:
    """The bank's answer to a payment's 3-D Secure step, as localstripe's stand-in sends it."""
    setup = api.post("/v1/payment-methods/setup").json()
    intent_id = client_secret.split("_secret_")[0]
    response = httpx.post(
        f"{setup['stripe_api_base']}/v1/payment_intents/{intent_id}/_authenticate",
        params={"success": "true" if success else "false"},
        json={"key": setup["publishable_key"], "client_secret": client_secret},
    )
    assert response.status_code == 200, response.text


def test_a_session_saves_one_card_and_its_link_then_only_says_so(sandbox: SandboxProcess):
    customer = sandbox.create_account()
    created = customer.http.post("/v1/payment-methods/setup-sessions")
    assert created.status_code == 201
    session = created.json()
    assert session["status"] == "open" and session["url"].startswith("http://127.0.0.1:")
    base, bearer = page_api(session["url"])

    page = httpx.post(f"{base}/api/card-setup/session", headers=bearer).json()
    assert page["status"] == "open" and page["publishable_key"].startswith("pk_test_")
    secret = httpx.post(f"{base}/api/card-setup/attempt", headers=bearer).json()["client_secret"]
    assert stripe_js_confirms(customer.http, secret, VISA)["status"] == "succeeded"
    intent_id = secret.split("_secret_")[0]
    done = httpx.post(
        f"{base}/api/card-setup/complete", headers=bearer, json={"setup_intent_id": intent_id}
    ).json()
    assert done["status"] == "complete" and done["card"] == "Visa •••• 4242"

    again = customer.http.get(f"/v1/payment-methods/setup-sessions/{session['id']}").json()
    assert again["status"] == "complete" and again["url"] is None
    assert again["payment_method"]["last4"] == "4242" and again["payment_method"]["is_default"]
    # The link again (a second tab, a reload): it says what was saved, and saves nothing more.
    assert httpx.post(f"{base}/api/card-setup/session", headers=bearer).json()["card"] == (
        "Visa •••• 4242"
    )
    refused = httpx.post(f"{base}/api/card-setup/attempt", headers=bearer)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "setup_session_complete"
    # Cancelling a finished session changes nothing.
    cancel = customer.http.post(f"/v1/payment-methods/setup-sessions/{session['id']}/cancel")
    assert cancel.json()["status"] == "complete"


def test_another_accounts_session_and_an_unknown_link_are_not_found(sandbox: SandboxProcess):
    owner, other = sandbox.create_account(), sandbox.create_account()
    session = owner.http.post("/v1/payment-methods/setup-sessions").json()
    for method, path in [
        ("GET", f"/v1/payment-methods/setup-sessions/{session['id']}"),
        ("POST", f"/v1/payment-methods/setup-sessions/{session['id']}/cancel"),
    ]:
        response = other.http.request(method, path)
        assert response.status_code == 404, (method, path)
    base, _bearer = page_api(session["url"])
    for token in ["x" * 43, session["id"], "a" * 500]:
        unknown = httpx.post(
            f"{base}/api/card-setup/session", headers={"Authorization": f"Bearer {token}"}
        )
        assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "link_not_found"
    # A payment page's link opens no card page, and the other way round.
    assert owner.http.get(f"/v1/payment-methods/setup-sessions/{session['id']}").status_code == 200


def test_at_most_five_open_and_a_cancelled_one_makes_room(sandbox: SandboxProcess):
    customer = sandbox.create_account()
    sessions = [customer.http.post("/v1/payment-methods/setup-sessions").json() for _ in range(5)]
    sixth = customer.http.post("/v1/payment-methods/setup-sessions")
    assert sixth.status_code == 409 and sixth.json()["error"]["code"] == "too_many_setup_sessions"
    cancelled = customer.http.post(
        f"/v1/payment-methods/setup-sessions/{sessions[0]['id']}/cancel"
    ).json()
    assert cancelled["status"] == "canceled"
    base, bearer = page_api(sessions[0]["url"])
    closed = httpx.post(f"{base}/api/card-setup/attempt", headers=bearer)
    assert closed.status_code == 409 and closed.json()["error"]["code"] == "setup_session_canceled"
    assert customer.http.post("/v1/payment-methods/setup-sessions").status_code == 201


def test_a_retried_creation_is_the_same_session_and_no_link_is_kept_in_clear(
    sandbox: SandboxProcess,
):
    customer = sandbox.create_account()
    headers = {"Idempotency-Key": "card-page-1"}
    first = customer.http.post("/v1/payment-methods/setup-sessions", headers=headers).json()
    second = customer.http.post("/v1/payment-methods/setup-sessions", headers=headers).json()
    assert first["id"] == second["id"] and first["url"] != second["url"]
    for link in (first["url"], second["url"]):  # both links open the session
        base, bearer = page_api(link)
        assert httpx.post(f"{base}/api/card-setup/session", headers=bearer).status_code == 200
    database = sqlite3.connect(f"file:{sandbox.data_dir / 'sandbox.sqlite3'}?mode=ro", uri=True)
    try:
        dump = "\n".join(database.iterdump())
    finally:
        database.close()
    for link in (first["url"], second["url"]):
        assert link.split("#")[1] not in dump
    assert "".join(sandbox.output).count("#") == 0  # nor in the sandbox's output


def test_the_pages_are_served_with_strict_browser_headers(sandbox: SandboxProcess):
    customer = sandbox.create_account()
    session = customer.http.post("/v1/payment-methods/setup-sessions").json()
    address = session["url"].split("#")[0]
    response = httpx.get(address)
    assert response.status_code == 200 and "#" not in str(response.request.url)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self' http://127.0.0.1:" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "<script>" not in response.text  # every script is a file of its own
    assert '/js.stripe.com/v3/"' in response.text
    for name in ("page.js", "card-setup.js", "payment.js", "page.css"):
        static = httpx.get(address.rsplit("/", 1)[0] + f"/static/{name}")
        assert static.status_code == 200 and static.headers["x-content-type-options"] == "nosniff"
    assert httpx.get(address.rsplit("/", 1)[0] + "/static/../app.py").status_code == 404
    # The API's port serves no page, and the pages' port no API.
    assert httpx.get(f"{sandbox.url}/card-setup").status_code == 404
    assert httpx.get(address.rsplit("/", 1)[0] + "/v1/plans").status_code == 404


def test_a_3d_secure_card_is_saved_once_the_bank_confirms(sandbox: SandboxProcess):
    customer = sandbox.create_account()
    session = customer.http.post("/v1/payment-methods/setup-sessions").json()
    base, bearer = page_api(session["url"])
    secret = httpx.post(f"{base}/api/card-setup/attempt", headers=bearer).json()["client_secret"]
    intent_id = secret.split("_secret_")[0]
    assert stripe_js_confirms(customer.http, secret, AUTHENTICATE)["status"] == "requires_action"
    waiting = httpx.post(
        f"{base}/api/card-setup/complete", headers=bearer, json={"setup_intent_id": intent_id}
    )
    assert waiting.status_code == 409  # not confirmed by the bank yet: nothing saved
    assert customer.http.get("/v1/payment-methods").json()["data"] == []


def test_a_top_up_waiting_for_the_bank_is_credited_once_whatever_the_retries(
    sandbox: SandboxProcess,
):
    customer = sandbox.create_account()
    card = add_card(customer.http, AUTHENTICATE_ALWAYS)
    body = {"amount_cents": 30_00, "payment_method_id": card["id"]}
    headers = {"Idempotency-Key": "top-up-3ds"}
    asked = customer.http.post("/v1/wallet/top-ups", json=body, headers=headers)
    assert asked.status_code == 402
    error = asked.json()["error"]
    assert error["code"] == "authentication_required" and error["authentication_url"]
    retried = customer.http.post("/v1/wallet/top-ups", json=body, headers=headers).json()["error"]
    assert retried["payment_authentication_id"] == error["payment_authentication_id"]

    base, bearer = page_api(retried["authentication_url"])
    secret = httpx.post(f"{base}/api/payment/attempt", headers=bearer).json()["client_secret"]
    authenticate(customer.http, secret, success=True)
    # The original request again, after the bank confirmed: the top-up, credited once.
    paid = customer.http.post("/v1/wallet/top-ups", json=body, headers=headers)
    assert paid.status_code == 200 and paid.json()["status"] == "succeeded"
    assert httpx.post(f"{base}/api/payment/complete", headers=bearer).json()["status"] == (
        "succeeded"
    )
    again = customer.http.post("/v1/wallet/top-ups", json=body, headers=headers)
    assert again.json()["id"] == paid.json()["id"]
    assert customer.http.get("/v1/wallet").json()["balance_cents"] == 30_00
    authentication = customer.http.get(
        f"/v1/payment-authentications/{error['payment_authentication_id']}"
    ).json()
    assert authentication["status"] == "succeeded" and authentication["top_up_id"]


def test_an_upgrade_waiting_for_the_bank_changes_the_plan_once(sandbox: SandboxProcess):
    customer = sandbox.create_account(plan="professional")
    add_card(customer.http, AUTHENTICATE_ALWAYS)
    headers = {"Idempotency-Key": "upgrade-3ds"}
    asked = customer.http.post("/v1/subscription/change", json={"plan": "dental"}, headers=headers)
    assert asked.status_code == 402
    assert customer.http.get("/v1/subscription").json()["plan"] == "professional"
    assert customer.http.get("/v1/invoices").json()["data"] == []
    url = asked.json()["error"]["authentication_url"]
    base, bearer = page_api(url)
    secret = httpx.post(f"{base}/api/payment/attempt", headers=bearer).json()["client_secret"]
    authenticate(customer.http, secret, success=True)
    state = httpx.post(f"{base}/api/payment/complete", headers=bearer).json()
    assert state["status"] == "succeeded"
    changed = customer.http.post(
        "/v1/subscription/change", json={"plan": "dental"}, headers=headers
    )
    assert changed.status_code == 200 and changed.json()["subscription"]["plan"] == "dental"
    [invoice] = customer.http.get("/v1/invoices").json()["data"]
    assert invoice["kind"] == "plan_change" and invoice["status"] == "paid"
    assert changed.json()["invoice_id"] == invoice["id"]


def test_a_failed_authentication_charges_nothing(sandbox: SandboxProcess):
    customer = sandbox.create_account()
    card = add_card(customer.http, AUTHENTICATE)
    asked = customer.http.post(
        "/v1/wallet/top-ups",
        json={"amount_cents": 20_00, "payment_method_id": card["id"]},
        headers={"Idempotency-Key": "fails"},
    ).json()["error"]
    base, bearer = page_api(asked["authentication_url"])
    secret = httpx.post(f"{base}/api/payment/attempt", headers=bearer).json()["client_secret"]
    authenticate(customer.http, secret, success=False)
    state = httpx.post(f"{base}/api/payment/complete", headers=bearer).json()
    assert state["status"] == "failed" and "nothing was charged" in state["message"]
    [transaction] = customer.http.get("/v1/wallet/transactions").json()["data"]
    assert (transaction["status"], transaction["amount_cents"]) == ("failed", 0)
    assert customer.http.get("/v1/wallet").json()["balance_cents"] == 0


def test_a_confirmation_the_sandbox_missed_is_settled_at_start_up(tmp_path):
    """The bank confirmed while nobody asked (the page closed, the sandbox stopped): the next
    start settles it from Stripe's record, once."""
    with running_sandbox(tmp_path / "s") as box:
        customer = box.create_account()
        card = add_card(customer.http, AUTHENTICATE_ALWAYS)
        asked = customer.http.post(
            "/v1/wallet/top-ups",
            json={"amount_cents": 40_00, "payment_method_id": card["id"]},
            headers={"Idempotency-Key": "missed"},
        ).json()["error"]
        base, bearer = page_api(asked["authentication_url"])
        secret = httpx.post(f"{base}/api/payment/attempt", headers=bearer).json()["client_secret"]
        authenticate(customer.http, secret, success=True)  # straight to Stripe, sandbox unaware
        port, email, password = int(box.url.rsplit(":", 1)[1]), customer.email, customer.password
    restarted = SandboxProcess(data_dir=tmp_path / "s", port=port).start()
    try:
        api = restarted.sign_in(email, password)
        assert api.get("/v1/wallet").json()["balance_cents"] == 40_00
        assert (
            api.get(f"/v1/payment-authentications/{asked['payment_authentication_id']}").json()[
                "status"
            ]
            == "succeeded"
        )
    finally:
        restarted.stop()


@pytest.mark.parametrize("advance_days", [1])
def test_sessions_and_authentications_expire_after_30_minutes(own_sandbox, advance_days):
    customer = own_sandbox.create_account()
    card = add_card(customer.http, AUTHENTICATE_ALWAYS)
    session = customer.http.post("/v1/payment-methods/setup-sessions").json()
    asked = customer.http.post(
        "/v1/wallet/top-ups",
        json={"amount_cents": 10_00, "payment_method_id": card["id"]},
        headers={"Idempotency-Key": "late"},
    ).json()["error"]
    own_sandbox.advance_clock(advance_days)
    expired = customer.http.get(f"/v1/payment-methods/setup-sessions/{session['id']}").json()
    assert expired["status"] == "expired"
    base, bearer = page_api(session["url"])
    late = httpx.post(f"{base}/api/card-setup/attempt", headers=bearer)
    assert late.json()["error"]["code"] == "setup_session_expired"
    authentication = customer.http.get(
        f"/v1/payment-authentications/{asked['payment_authentication_id']}"
    ).json()
    assert (
        authentication["status"] == "expired"
        and "nothing was charged" in (authentication["error"]["message"])
    )
    assert customer.http.get("/v1/wallet").json()["balance_cents"] == 0


def test_the_pages_answer_only_to_their_own_loopback_host(sandbox: SandboxProcess):
    """DNS rebinding: a page of another site whose name points at 127.0.0.1 gets nothing from
    the pages' port either; nor does a Host naming the API's port on the pages' (or the other
    way round)."""
    customer = sandbox.create_account()
    url = customer.http.post("/v1/payment-methods/setup-sessions").json()["url"]
    base, bearer = page_api(url)
    pages_port = base.rsplit(":", 1)[1]
    api_port = sandbox.url.rsplit(":", 1)[1]
    assert httpx.get(f"{base}/card-setup").status_code == 200
    for host in (f"attacker.example:{pages_port}", f"127.0.0.1:{api_port}", "localhost"):
        refused = httpx.post(f"{base}/api/card-setup/session", headers={**bearer, "Host": host})
        assert refused.status_code == 400, host
        assert refused.json()["error"]["code"] == "invalid_host"
        assert refused.headers["x-frame-options"] == "DENY"
    assert (
        httpx.get(
            f"{sandbox.url}/v1/plans", headers={"Host": f"127.0.0.1:{pages_port}"}
        ).status_code
        == 400
    )
    large = httpx.post(
        f"{base}/api/card-setup/complete", headers=bearer, content=b"{" + b" " * 2_000_000 + b"}"
    )
    assert large.status_code == 413
