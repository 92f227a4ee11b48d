"""The API client against the live sandbox over loopback: every endpoint, the error mapping,
silent refresh, and the card flow."""

from __future__ import annotations

import re
import threading
from datetime import date

import httpx
import pytest

from smartalex_desktop.api import SmartAlexClient, errors, models, new_idempotency_key
from tests.helpers.cards import DECLINED_AT_SETUP, DECLINED_WHEN_CHARGED
from tests.helpers.periods import whole_days_until
from tests.helpers.sandbox import running_sandbox


@pytest.fixture
def customer(sandbox):
    created = sandbox.create_account(plan="professional", tax_rate_bps=825)
    client = SmartAlexClient(sandbox.url)
    client.sign_in(created.email, created.password)
    yield created, client
    client.close()


class CountingTransport(httpx.HTTPTransport):
    """The real transport, counting the requests per path."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.paths.append(request.url.path)
        return super().handle_request(request)


def test_account_plans_and_subscription_endpoints(customer):
    created, client = customer
    account = client.account()
    assert isinstance(account, models.Account) and account.email == created.email
    assert client.update_account(company_name="Lakeside Dental").company_name == "Lakeside Dental"
    config = client.billing_config()
    assert config.publishable_key.startswith("pk_test_") and config.top_up_min_cents == 1000
    assert [plan.id for plan in client.plans()] == ["professional", "dental", "real_estate"]
    sub = client.subscription()
    assert sub.plan == "professional" and sub.current_period_end.tzinfo is not None

    card = client.add_card("4242 4242 4242 4242", 12, date.today().year + 2, "123")
    assert (card.brand, card.last4, card.is_default) == ("visa", "4242", True)
    preview = client.preview_plan_change("dental")
    assert preview.change == "upgrade" and preview.amount_due_now_cents > 0
    changed = client.change_plan("dental")
    assert changed.subscription.plan == "dental"
    invoice = client.invoice(changed.invoice_id)
    assert invoice.total_cents == preview.amount_due_now_cents and invoice.status == "paid"
    assert client.cancel_subscription("unused", "closing the clinic").cancel_at_period_end
    assert not client.resume_subscription().cancel_at_period_end


def test_cards_wallet_invoices_and_usage_endpoints(customer):
    _created, client = customer
    visa = client.add_card("4242424242424242", 12, date.today().year + 1, "123")
    amex = client.add_card("3782 822463 10005", 11, date.today().year + 3, "1234")
    assert amex.brand == "amex" and not amex.is_default
    assert client.make_default_card(amex.id).is_default
    removed = client.remove_card(amex.id)
    assert removed.deleted and removed.default_payment_method_id == visa.id

    wallet = client.update_wallet(
        low_balance_threshold_cents=1500,
        auto_top_up={"enabled": True, "threshold_cents": 1000, "amount_cents": 2000},
    )
    assert wallet.low_balance_threshold_cents == 1500 and wallet.auto_top_up.enabled
    top_up = client.top_up(40_00, visa.id)
    assert (top_up.amount_cents, top_up.tax_cents, top_up.status) == (4000, 330, "succeeded")
    assert client.wallet().balance_cents == 4000
    assert [t.id for t in client.iter_top_ups()] == [top_up.id]
    refund = client.request_refund(top_up.id)
    assert refund.refunded_cents == 4330 and refund.top_up.status == "refunded"
    kinds = [transaction.kind for transaction in client.iter_wallet_transactions()]
    assert kinds == ["refund", "top_up"]

    call = client.sandbox_record_call("inbound", 61)
    assert call.billable_minutes == 2
    usage = client.usage()
    assert usage.used_minutes == 2 and usage.by_call_type["inbound"].minutes == 2
    assert sum(day.total_minutes for day in client.daily_usage().data) == 2
    assert [c.id for c in client.iter_calls()] == [call.id]

    invoices = list(client.iter_invoices())
    assert {i.kind for i in invoices} == {"top_up", "credit_note"}
    page, has_more = client.invoices_page(limit=1)
    assert len(page) == 1 and has_more
    assert [i.kind for i in client.iter_invoices(kind="credit_note")] == ["credit_note"]
    top_up_invoice = next(i for i in invoices if i.kind == "top_up")
    assert b"Content-Type" in client.receipt_eml(top_up_invoice.id)


def test_pagination_walks_every_page(customer):
    _created, client = customer
    for seconds in range(1, 26):
        client.sandbox_record_call("web", seconds * 60)
    calls = list(client._pages(models.Call, "/v1/usage/calls", page_size=7))
    assert len(calls) == 25 and len({c.id for c in calls}) == 25
    assert [c.seconds for c in calls] == [s * 60 for s in range(25, 0, -1)]


def test_errors_map_to_their_classes_with_the_fields_and_a_sentence(customer, sandbox):
    _created, client = customer
    with pytest.raises(errors.ValidationFailed) as invalid:
        client.cancel_subscription("because")
    assert invalid.value.param == "reason" and invalid.value.status == 422
    with pytest.raises(errors.NotFound):
        client.invoice("in_doesnotexist")
    with pytest.raises(errors.PaymentRequired) as no_card:
        client.change_plan("dental")
    assert "add a card" in no_card.value.user_message.lower()
    with pytest.raises(errors.RuleRefused) as refused:
        client.resume_subscription()
    assert refused.value.code == "not_cancelling"
    with pytest.raises(errors.Forbidden):
        client.change_email("new@clinic.test", "wrong password")
    bad = client.add_card(str(DECLINED_WHEN_CHARGED), 12, date.today().year + 1, "123")
    with pytest.raises(errors.CardDeclined) as declined:
        client.top_up(10_00, bad.id)
    assert "declined" in declined.value.user_message and declined.value.status == 402

    with SmartAlexClient(sandbox.url) as anonymous, pytest.raises(errors.NotSignedIn):
        anonymous.account()
    with SmartAlexClient(sandbox.url) as wrong, pytest.raises(errors.SessionExpired) as signin:
        wrong.sign_in("nobody@clinic.test", "nope")
    assert "email or password" in signin.value.user_message


def test_card_details_are_refused_before_anything_is_sent(customer):
    _created, client = customer
    cases = [
        ("4242424242424241", 12, 2031, "123", "number"),  # Luhn
        ("3566002020360505", 12, 2031, "123", "number"),  # JCB
        ("4242424242424242", 1, 2020, "123", "expiry"),
        ("4242424242424242", 13, 2031, "123", "expiry"),
        ("378282246310005", 12, 2031, "123", "cvc"),  # Amex wants 4
        ("4242424242424242", 12, 2031, "12a", "cvc"),
    ]
    for number, month, year, cvc, field in cases:
        with pytest.raises(errors.CardRejected) as rejected:
            client.add_card(number, month, year, cvc, today=date(2026, 11, 26))
        assert rejected.value.param == field, (number, rejected.value.user_message)
    with pytest.raises(errors.CardRejected) as jcb:
        client.add_card("3566002020360505", 12, 2031, "123")
    assert "JCB cards are not accepted" in jcb.value.user_message
    assert client.payment_methods() == []


def test_a_card_declined_by_stripe_carries_stripes_reason(customer):
    _created, client = customer
    with pytest.raises(errors.CardDeclined) as declined:
        client.add_card(DECLINED_AT_SETUP, 12, date.today().year + 1, "123")
    assert "Your card was declined." in declined.value.user_message
    assert "Nothing was saved" in declined.value.user_message
    assert client.payment_methods() == []


def test_an_expired_session_is_refreshed_once_for_many_threads(sandbox):
    created = sandbox.create_account()
    transport = CountingTransport()
    seen: list[models.TokenPair | None] = []
    client = SmartAlexClient(sandbox.url, transport=transport, on_tokens=seen.append)
    client.sign_in(created.email, created.password)
    with sandbox.client() as anonymous:
        anonymous.post("/v1/sandbox/sessions/expire", json={"email": created.email})
    results: list[object] = []
    barrier = threading.Barrier(6)

    def work() -> None:
        barrier.wait()
        results.append(client.subscription().plan)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["professional"] * 6
    assert transport.paths.count("/v1/auth/refresh") == 1
    assert len(seen) == 2 and seen[-1] is not None  # sign-in, then the one refresh


def test_a_remembered_refresh_token_resumes_and_sign_out_revokes(sandbox):
    created = sandbox.create_account()
    first = SmartAlexClient(sandbox.url)
    pair = first.sign_in(created.email, created.password)
    first.close()
    resumed = SmartAlexClient(sandbox.url, refresh_token=pair.refresh_token)
    assert resumed.account().email == created.email
    resumed.sign_out()
    assert not resumed.signed_in
    with pytest.raises(errors.NotSignedIn):
        resumed.account()
    again = SmartAlexClient(sandbox.url, refresh_token=pair.refresh_token)
    with pytest.raises(errors.SessionExpired):
        again.account()  # the rotated token is dead, and the session was revoked


def test_plain_http_is_refused_except_to_this_machine():
    with pytest.raises(errors.InsecureConnection):
        SmartAlexClient("http://api.smartalex.ai")
    with pytest.raises(errors.InsecureConnection):
        SmartAlexClient("ftp://127.0.0.1")
    SmartAlexClient("http://127.0.0.1:9").close()
    SmartAlexClient("https://api.smartalex.ai").close()


def test_a_down_server_is_offline_after_retries(tmp_path):
    sleeps: list[float] = []
    with (
        SmartAlexClient(
            "http://127.0.0.1:9", refresh_token="srt_x", sleep=sleeps.append, max_retries=2
        ) as client,
        pytest.raises(errors.Offline) as offline,
    ):
        client.account()
    assert len(sleeps) == 2 and sleeps[1] > 0
    assert "can't be reached" in offline.value.user_message


def test_the_card_number_never_reaches_the_smartalex_api(tmp_path):
    pan = "5555555555554444"
    with running_sandbox(tmp_path / "s", env={"SMARTALEX_SANDBOX_RECORD_REQUESTS": "1"}) as box:
        created = box.create_account()
        with SmartAlexClient(box.url) as client:
            client.sign_in(created.email, created.password)
            card = client.add_card(pan, 12, date.today().year + 1, "737")
            assert card.last4 == "4444"
        recorded = (box.data_dir / "recorded-requests.jsonl").read_text()
        assert "/v1/payment-methods/setup" in recorded and '"/v1/payment-methods"' in recorded
        output = "".join(box.output)
    runs = {pan[i:j] for i in range(len(pan)) for j in range(i + 7, len(pan) + 1)}
    for text in (recorded, output):
        digits = re.findall(r"\d{7,}", text)
        assert not any(run in digit_run for digit_run in digits for run in runs)
        assert "737" not in re.findall(r"\b\d{3}\b", recorded)


def test_a_stripe_base_that_is_neither_stripe_nor_loopback_gets_no_card_data():
    seen: list[httpx.Request] = []

    def hostile_api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/payment-methods/setup":
            return httpx.Response(
                200,
                json={
                    "setup_intent_id": "seti_1",
                    "client_secret": "seti_1_secret_x",
                    "publishable_key": "pk_test_x",
                    "stripe_api_base": "https://stripe.evil.example",
                },
            )
        return httpx.Response(500)

    client = SmartAlexClient(
        "http://127.0.0.1:1",
        tokens=models.TokenPair(access_token="sat_x", refresh_token="srt_x", expires_in=900),
        transport=httpx.MockTransport(hostile_api),
    )
    with pytest.raises(errors.UnsafeCardDestination):
        client.add_card("4242424242424242", 12, date.today().year + 1, "123")
    assert [request.url.host for request in seen] == ["127.0.0.1"]
    assert all(b"4242424242424242" not in request.content for request in seen)

    # Not in sandbox mode (an https API), even a loopback Stripe base is refused.
    remote = SmartAlexClient(
        "https://api.smartalex.ai",
        tokens=models.TokenPair(access_token="sat_x", refresh_token="srt_x", expires_in=900),
        transport=httpx.MockTransport(
            lambda request: httpx.Response(
                200,
                json={
                    "setup_intent_id": "seti_1",
                    "client_secret": "s",
                    "publishable_key": "pk_test_x",
                    "stripe_api_base": "http://127.0.0.1:4242",
                },
            )
        ),
    )
    with pytest.raises(errors.UnsafeCardDestination):
        remote.add_card("4242424242424242", 12, date.today().year + 1, "123")


def test_same_idempotency_key_on_a_retried_top_up_charges_once(customer):
    _created, client = customer
    card = client.add_card("4242424242424242", 12, date.today().year + 1, "123")
    key = new_idempotency_key()
    first = client.top_up(20_00, card.id, idempotency_key=key)
    second = client.top_up(20_00, card.id, idempotency_key=key)
    assert first == second and client.wallet().balance_cents == 2000


def test_nothing_secret_in_reprs():
    pair = models.TokenPair(access_token="sat_secret", refresh_token="srt_secret", expires_in=1)
    assert "secret" not in repr(pair) and "secret" not in str(pair)
    client = SmartAlexClient("https://api.smartalex.ai", tokens=pair)
    assert "secret" not in repr(client)


def test_paying_an_open_invoice_and_moving_the_clock(own_sandbox):
    created = own_sandbox.create_account(plan="professional", phone_numbers=0)
    with SmartAlexClient(own_sandbox.url) as client:
        client.sign_in(created.email, created.password)
        bad = client.add_card(DECLINED_WHEN_CHARGED, 12, date.today().year + 1, "123")
        good = client.add_card("5555555555554444", 12, date.today().year + 1, "123")
        assert bad.is_default
        before = client.sandbox_clock().now
        # Past the renewal (as the API dates the period's end), before its first retry.
        days = whole_days_until(own_sandbox, client.subscription().current_period_end)
        after = client.sandbox_advance_clock(days).now
        assert (after - before).days == days
        [renewal] = list(client.iter_invoices(kind="renewal", status="open"))
        assert client.subscription().status == "past_due"
        assert renewal.next_payment_attempt is not None
        with pytest.raises(errors.CardDeclined):
            client.pay_invoice(renewal.id, bad.id)
        paid = client.pay_invoice(renewal.id, good.id)
        assert paid.status == "paid" and paid.receipt is not None
        assert client.subscription().status == "active"
        earlier = client.daily_usage(before.date())
        assert earlier.period_end <= after and len(earlier.data) >= 28


def test_changing_the_sign_in_email_and_password(customer, sandbox):
    created, client = customer
    new_email = created.email.replace("@", "+office@")
    assert client.change_email(new_email, created.password).email == new_email
    client.change_password(created.password, "a much better password")
    with SmartAlexClient(sandbox.url) as fresh:
        fresh.sign_in(new_email, "a much better password")
        assert fresh.account().email == new_email
    with pytest.raises(errors.ValidationFailed) as short:
        client.change_password("a much better password", "short")
    assert short.value.param == "new_password"
