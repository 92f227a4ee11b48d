"""The API client against the live sandbox over loopback: every endpoint, the error mapping,
silent refresh, the card page and payments that wait for the bank. Cards are saved here as an
API client may (tests/helpers/cards.py): the app's client has no way to take a card number."""

from __future__ import annotations

import threading
from datetime import date

import httpx
import pytest

from smartalex_desktop.api import SmartAlexClient, errors, models, new_idempotency_key
from tests.helpers.cards import AUTHENTICATE, DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.helpers.periods import whole_days_until


@pytest.fixture
def customer(sandbox):
    created = sandbox.create_account(plan="professional", tax_rate_bps=825)
    client = SmartAlexClient(sandbox.url)
    client.sign_in(created.email, created.password)
    yield created, client
    client.close()


def save_card(created, number: str, **card) -> models.PaymentMethod:
    return models.PaymentMethod.model_validate(add_card(created.http, number, **card))


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

    card = save_card(created, VISA, exp_year=date.today().year + 2)
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
    created, client = customer
    visa = save_card(created, VISA)
    amex = save_card(created, "378282246310005", exp_month=11, cvc="1234")
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
    created, client = customer
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
    bad = save_card(created, DECLINED_WHEN_CHARGED)
    with pytest.raises(errors.CardDeclined) as declined:
        client.top_up(10_00, bad.id)
    assert "declined" in declined.value.user_message and declined.value.status == 402

    with SmartAlexClient(sandbox.url) as anonymous, pytest.raises(errors.NotSignedIn):
        anonymous.account()
    with SmartAlexClient(sandbox.url) as wrong, pytest.raises(errors.SessionExpired) as signin:
        wrong.sign_in("nobody@clinic.test", "nope")
    assert "email or password" in signin.value.user_message


def test_a_card_page_session_is_made_read_and_cancelled(customer):
    _created, client = customer
    page = client.create_card_setup_session()
    assert page.status == "open" and page.url and "#" in page.url
    assert page.url.startswith("http://127.0.0.1:") and client.sandbox
    assert "cs_" in repr(page) and page.url not in repr(page)  # the link is a secret
    again = client.card_setup_session(page.id)
    assert again.url is None and again.status == "open"
    assert client.cancel_card_setup_session(page.id).status == "canceled"
    with pytest.raises(errors.NotFound):
        client.card_setup_session("cs_doesnotexist")


def test_a_payment_the_bank_wants_confirmed_is_authentication_required(customer):
    created, client = customer
    card = save_card(created, AUTHENTICATE)
    key = new_idempotency_key()
    with pytest.raises(errors.AuthenticationRequired) as asked:
        client.top_up(20_00, card.id, idempotency_key=key)
    assert asked.value.status == 402 and asked.value.code == "authentication_required"
    assert asked.value.authentication_url.startswith("http://127.0.0.1:")
    waiting = client.payment_authentication(asked.value.authentication_id)
    assert (waiting.status, waiting.kind, waiting.amount_cents) == (
        "requires_action",
        "top_up",
        2165,
    )
    cancelled = client.cancel_payment_authentication(waiting.id)
    assert cancelled.status == "canceled" and cancelled.error is not None
    with pytest.raises(errors.CardDeclined) as declined:  # the same action retried: its outcome
        client.top_up(20_00, card.id, idempotency_key=key)
    assert "nothing was charged" in declined.value.user_message
    assert client.wallet().balance_cents == 0


def test_the_clients_methods_take_no_card_number():
    """PCI SAQ A: nothing in the app's API client accepts card details."""
    import inspect

    for name, method in inspect.getmembers(SmartAlexClient, inspect.isfunction):
        names = set(inspect.signature(method).parameters)
        assert not names & {"number", "cvc", "card_number", "pan"}, name
    assert not hasattr(SmartAlexClient, "add_card")


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


def test_a_hostile_server_cannot_make_the_app_open_another_page():
    """The app opens a card page's or a payment confirmation's address in the browser: only
    https://, or this computer's sandbox when the API is that sandbox."""
    page = {
        "id": "cs_1",
        "status": "open",
        "expires_at": "2030-01-01T00:00:00Z",
    }
    asked = {
        "error": {
            "type": "card_error",
            "code": "authentication_required",
            "message": "Confirm it.",
            "payment_authentication_id": "pa_1",
        }
    }

    def api(url: str):
        def answer(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/setup-sessions"):
                return httpx.Response(201, json={**page, "url": url})
            return httpx.Response(
                402, json={"error": {**asked["error"], "authentication_url": url}}
            )

        return answer

    tokens = models.TokenPair(access_token="sat_x", refresh_token="srt_x", expires_in=900)
    for base, url in [
        ("https://api.smartalex.ai", "http://127.0.0.1:4242/card-setup#t"),  # not a sandbox
        ("https://api.smartalex.ai", "file:///etc/passwd"),
        ("https://api.smartalex.ai", "javascript:alert(1)"),
        ("https://api.smartalex.ai", "https://user:pw@evil.example/card-setup#t"),
        ("http://127.0.0.1:1", "http://evil.example/card-setup#t"),
    ]:
        client = SmartAlexClient(base, tokens=tokens, transport=httpx.MockTransport(api(url)))
        with pytest.raises(errors.UnsafePageAddress):
            client.create_card_setup_session()
        with pytest.raises(errors.UnsafePageAddress):
            client.top_up(10_00, "pm_1")
    fine = SmartAlexClient(
        "https://api.smartalex.ai",
        tokens=tokens,
        transport=httpx.MockTransport(api("https://smartalex.ai/card-setup#t")),
    )
    assert fine.create_card_setup_session().url == "https://smartalex.ai/card-setup#t"
    with pytest.raises(errors.AuthenticationRequired):
        fine.top_up(10_00, "pm_1")


def test_same_idempotency_key_on_a_retried_top_up_charges_once(customer):
    created, client = customer
    card = save_card(created, VISA)
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
        bad = save_card(created, DECLINED_WHEN_CHARGED)
        good = save_card(created, MASTERCARD)
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
