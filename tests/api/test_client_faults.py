"""The API client through a loopback fault proxy in front of the live sandbox: dropped
connections, 5xx, stalls past the read timeout and 429s. GETs recover, a top-up retried with its
key charges once, a POST that may have reached the server is not repeated, and every failure
that persists surfaces as the right error. No real network and no real backoff waits: the
client's `sleep` only records; the real waiting is the read timeout on a stall, and SETTLE_S
before retrying a top-up whose answer was lost."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from smartalex_desktop.api import SmartAlexClient, errors, models, new_idempotency_key
from tests.helpers.cards import VISA, add_card
from tests.helpers.fault_proxy import (
    PASS_THROUGH,
    Fault,
    FaultProxy,
    drop_after_forward,
    drop_before_forward,
    stall,
    status,
)
from tests.helpers.sandbox import Customer, SandboxProcess

READ_TIMEOUT_S = 0.5
TIMEOUT = httpx.Timeout(connect=1.0, read=READ_TIMEOUT_S, write=1.0, pool=1.0)
STALL_S = 1.0  # the proxy holds the answer this long: past the client's read timeout
BACKOFF_S = 0.01
MAX_RETRIES = 3
TOP_UPS = "/v1/wallet/top-ups"
CANCEL = "/v1/subscription/cancel"


class Sleeps(list[float]):
    """The client's `sleep`: records each backoff instead of waiting; `then` runs after one."""

    def __init__(self) -> None:
        super().__init__()
        self.then: Callable[[], None] | None = None

    def __call__(self, seconds: float) -> None:
        self.append(seconds)
        if self.then is not None:
            self.then()


@dataclass
class Session:
    customer: Customer
    client: SmartAlexClient
    proxy: FaultProxy
    sleeps: Sleeps


@pytest.fixture
def proxy(sandbox: SandboxProcess) -> Iterator[FaultProxy]:
    with FaultProxy(sandbox.url) as running:
        yield running


@dataclass
class Account:
    customer: Customer
    tokens: models.TokenPair
    card_id: str


@pytest.fixture(scope="module")
def account(sandbox: SandboxProcess) -> Iterator[Account]:
    """One account with a card for the whole file (creating one costs more than most tests do):
    money is checked as before/after differences, and a cancellation is undone after each test."""
    customer = sandbox.create_account(plan="professional")
    with SmartAlexClient(sandbox.url) as direct:
        tokens = direct.sign_in(customer.email, customer.password)
    card = add_card(customer.http, VISA)
    yield Account(customer, tokens, str(card["id"]))
    customer.http.close()


@pytest.fixture
def session(account: Account, proxy: FaultProxy) -> Iterator[Session]:
    """The account's session through the proxy, with a client whose sleeps only record."""
    sleeps = Sleeps()
    client = SmartAlexClient(
        proxy.url,
        tokens=account.tokens,
        timeout=TIMEOUT,
        max_retries=MAX_RETRIES,
        backoff_s=BACKOFF_S,
        sleep=sleeps,
    )
    yield Session(account.customer, client, proxy, sleeps)
    client.close()
    direct = account.customer.http
    touched = proxy.requests("POST", CANCEL)
    if touched and direct.get("/v1/subscription").json()["cancel_at_period_end"]:
        assert direct.post("/v1/subscription/resume").status_code == 200


@dataclass
class Money:
    """What the account holds, read straight from the sandbox (not through the proxy)."""

    balance_cents: int
    top_up_ids: set[str]

    @classmethod
    def of(cls, session: Session) -> Money:
        direct = session.customer.http
        balance = direct.get("/v1/wallet").json()["balance_cents"]
        ids = {t["id"] for t in direct.get(TOP_UPS, params={"limit": 100}).json()["data"]}
        return cls(balance, ids)


def assert_backoff(sleeps: list[float]) -> None:
    """Exponential backoff with jitter: attempt n waits between b·2ⁿ⁻¹ and twice that."""
    for attempt, slept in enumerate(sleeps, start=1):
        base = BACKOFF_S * 2 ** (attempt - 1)
        assert base <= slept <= 2 * base, (attempt, sleeps)


# --- GETs recover ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        drop_before_forward(),
        drop_after_forward(),
        stall(STALL_S),
        status(502),
        status(503),
        status(504),
        status(429),
    ],
    ids=lambda fault: f"{fault.kind}{fault.status or ''}",
)
def test_a_get_recovers_after_transient_faults(session: Session, fault: Fault):
    session.proxy.inject(fault, "GET", "/v1/account", times=2)
    started = time.monotonic()
    assert session.client.account().email == session.customer.email
    elapsed = time.monotonic() - started

    seen = session.proxy.requests("GET", "/v1/account")
    assert [s.fault for s in seen] == [fault.kind, fault.kind, "pass"]
    assert seen[-1].forwarded and seen[-1].upstream_status == 200
    assert len(session.sleeps) == 2
    assert_backoff(session.sleeps)
    if fault.kind == "stall":  # each stalled attempt costs one read timeout, no more
        assert 2 * READ_TIMEOUT_S <= elapsed < 2 * READ_TIMEOUT_S + 1.5
    else:  # the backoff was only recorded: no waiting at all
        assert elapsed < 1.5


def test_a_get_recovers_through_a_mixed_run_of_faults(session: Session):
    """Drop, stall, 503: three different failures in a row, then the data."""
    for fault in (drop_after_forward(), stall(STALL_S), status(503)):
        session.proxy.inject(fault, "GET", "/v1/subscription")
    subscription = session.client.subscription()
    assert (subscription.plan, subscription.status) == ("professional", "active")
    assert [s.fault for s in session.proxy.requests("GET", "/v1/subscription")] == [
        "drop_after_forward",
        "stall",
        "status",
        "pass",
    ]
    assert_backoff(session.sleeps)


@pytest.mark.parametrize("code", [503, 429])
@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [
        ("2", 2.0),
        ("0.75", 0.75),
        ("120", 30.0),  # capped: MAX_RETRY_AFTER_S
    ],
)
def test_retry_after_is_honoured_on_a_get(
    session: Session, code: int, retry_after: str, expected: float
):
    session.proxy.inject(status(code, retry_after=retry_after), "GET", "/v1/wallet")
    assert session.client.wallet().balance_cents == Money.of(session).balance_cents
    assert session.sleeps == [expected]
    assert len(session.proxy.requests("GET", "/v1/wallet")) == 2


def test_a_retry_after_date_falls_back_to_the_backoff(session: Session):
    """An HTTP-date Retry-After is not parsed (documented in the client): the backoff stands."""
    date_header = "Wed, 21 Oct 2015 07:28:00 GMT"
    session.proxy.inject(status(503, retry_after=date_header), "GET", "/v1/wallet")
    assert session.client.wallet().balance_cents == Money.of(session).balance_cents
    assert len(session.sleeps) == 1
    assert_backoff(session.sleeps)


def test_a_500_on_a_get_is_retried_and_recovers(session: Session):
    """A 500 may be a passing fault on the server's side; a GET can safely ask again."""
    session.proxy.inject(status(500), "GET", "/v1/account")
    assert session.client.account().email == session.customer.email
    assert len(session.proxy.requests("GET", "/v1/account")) == 2
    assert len(session.sleeps) == 1


# --- failures that persist surface as the right error ---------------------------------------


@pytest.mark.parametrize(
    ("fault", "error", "attempts"),
    [
        (drop_before_forward(), errors.Offline, MAX_RETRIES + 1),
        (drop_after_forward(), errors.Offline, MAX_RETRIES + 1),
        (stall(STALL_S), errors.TimedOut, MAX_RETRIES + 1),
        (status(429, retry_after=1), errors.RateLimited, MAX_RETRIES + 1),
        (status(503), errors.ServerError, MAX_RETRIES + 1),
        (status(502), errors.ServerError, MAX_RETRIES + 1),
        (status(500), errors.ServerError, MAX_RETRIES + 1),
    ],
    ids=[
        "dropped-before-Offline",
        "dropped-after-Offline",
        "stalled-TimedOut",
        "429-RateLimited",
        "503-ServerError",
        "502-ServerError",
        "500-ServerError",
    ],
)
def test_a_persistent_fault_surfaces_as_the_right_error(
    session: Session, fault: Fault, error: type[errors.SmartAlexError], attempts: int
):
    session.proxy.inject(fault, "GET", "/v1/subscription", times=None)
    with pytest.raises(error) as raised:
        session.client.subscription()
    assert type(raised.value) is error
    assert raised.value.user_message  # a sentence for the user, nothing from httpx
    assert "127.0.0.1" not in raised.value.user_message
    if fault.kind == "status":
        assert raised.value.status == fault.status
    assert len(session.proxy.requests("GET", "/v1/subscription")) == attempts
    assert len(session.sleeps) == attempts - 1
    if fault.status == 429:
        assert session.sleeps == [1.0] * MAX_RETRIES
    else:
        assert_backoff(session.sleeps)


def test_nothing_listening_is_offline_after_retrying_the_connect(session: Session):
    """A refused connection is retried for any method (the request never left), then Offline."""
    session.proxy.stop_listening()
    with pytest.raises(errors.Offline):
        session.client.wallet()
    assert len(session.sleeps) == MAX_RETRIES
    assert_backoff(session.sleeps)

    session.sleeps.clear()
    with pytest.raises(errors.Offline):
        session.client.cancel_subscription("unused")
    assert len(session.sleeps) == MAX_RETRIES
    assert session.proxy.requests("POST", CANCEL) == []
    session.proxy.listen()
    assert not session.client.subscription().cancel_at_period_end


# --- POSTs: retried only when doing them twice is impossible ---------------------------------


@pytest.mark.parametrize("fault", [drop_after_forward(), stall(STALL_S)], ids=lambda f: f.kind)
@pytest.mark.parametrize("explicit_key", [True, False], ids=["given-key", "client-key"])
def test_a_top_up_whose_answer_was_lost_is_retried_with_its_key_and_charges_once(
    session: Session, account: Account, fault: Fault, explicit_key: bool
):
    client, proxy = session.client, session.proxy
    before = Money.of(session)
    key = new_idempotency_key() if explicit_key else None
    proxy.inject(fault, "POST", TOP_UPS)
    top_up = client.top_up(25_00, account.card_id, idempotency_key=key)
    assert (top_up.amount_cents, top_up.status) == (2500, "succeeded")

    first, retry = proxy.requests("POST", TOP_UPS)
    # The sandbox did the first one; its answer never reached the client.
    assert first.forwarded and first.upstream_status == 200 and first.fault == fault.kind
    # The retry carried the same key, and the sandbox answered the stored response again.
    assert first.idempotency_key is not None
    assert retry.idempotency_key == first.idempotency_key
    if explicit_key:
        assert first.idempotency_key == key
    assert retry.body == first.body
    assert retry.upstream_status == 200
    assert retry.upstream_headers.get("idempotent-replayed") == "true"
    assert "idempotent-replayed" not in first.upstream_headers
    assert len(session.sleeps) == 1

    # Charged once: one more top-up, succeeded, and the balance up by its amount only.
    assert client.wallet().balance_cents == before.balance_cents + 2500
    new = [t for t in client.iter_top_ups() if t.id not in before.top_up_ids]
    assert [(t.id, t.status) for t in new] == [(top_up.id, "succeeded")]

    # A second user action is a new key: it charges again.
    again = client.top_up(25_00, account.card_id)
    third = proxy.requests("POST", TOP_UPS)[-1]
    assert third.idempotency_key not in (None, first.idempotency_key)
    assert "idempotent-replayed" not in third.upstream_headers
    assert again.id != top_up.id
    after = Money.of(session)
    assert after.balance_cents == before.balance_cents + 5000
    assert after.top_up_ids - before.top_up_ids == {top_up.id, again.id}


def test_a_top_up_dropped_before_the_server_saw_it_charges_once(session: Session, account: Account):
    before = Money.of(session)
    session.proxy.inject(drop_before_forward(), "POST", TOP_UPS, times=2)
    top_up = session.client.top_up(10_00, account.card_id)
    seen = session.proxy.requests("POST", TOP_UPS)
    assert [s.forwarded for s in seen] == [False, False, True]
    assert len({s.idempotency_key for s in seen}) == 1
    assert "idempotent-replayed" not in seen[-1].upstream_headers  # the first to arrive ran
    after = Money.of(session)
    assert after.balance_cents == before.balance_cents + 1000
    assert after.top_up_ids - before.top_up_ids == {top_up.id}


@pytest.mark.parametrize(
    ("fault", "error", "reached_the_server"),
    [
        # The request left: the outcome is unknown, and the sentence says to check first.
        (drop_after_forward(), errors.OutcomeUnknown, True),
        (stall(STALL_S), errors.OutcomeUnknown, True),
        # The client cannot tell this drop from the one above: it must not retry either.
        (drop_before_forward(), errors.OutcomeUnknown, False),
        (status(503), errors.ServerError, False),
    ],
    ids=["drop_after_forward", "stall", "drop_before_forward", "status503"],
)
def test_a_post_without_a_key_is_not_retried_once_it_may_have_left(
    session: Session, fault: Fault, error: type[errors.SmartAlexError], reached_the_server: bool
):
    session.proxy.inject(fault, "POST", CANCEL, times=None)
    with pytest.raises(error):
        session.client.cancel_subscription("unused", "moving to paper")
    seen = session.proxy.requests("POST", CANCEL)
    assert len(seen) == 1 and seen[0].forwarded is (fault.kind in ("drop_after_forward", "stall"))
    assert session.sleeps == []
    # Why it must not be repeated: the outcome is unknown to the client, known to the server.
    assert session.client.subscription().cancel_at_period_end is reached_the_server


def test_a_post_without_a_key_is_retried_when_the_connection_was_refused(session: Session):
    """Refused at connect: nothing was sent, so even an unkeyed POST is safe to send again."""
    session.proxy.stop_listening()
    session.sleeps.then = session.proxy.listen  # the server is back after the first backoff
    assert session.client.cancel_subscription("unused").cancel_at_period_end
    assert len(session.sleeps) == 1
    seen = session.proxy.requests("POST", CANCEL)
    assert len(seen) == 1 and seen[0].forwarded


@pytest.mark.parametrize("retry_after", ["1.5", "0"])
def test_a_429_on_a_post_is_retried_after_the_advised_delay(session: Session, retry_after: str):
    """429 means the server refused before doing anything: any method may ask again."""
    session.proxy.inject(status(429, retry_after=retry_after), "POST", CANCEL)
    assert session.client.cancel_subscription("unused").cancel_at_period_end
    seen = session.proxy.requests("POST", CANCEL)
    assert [s.forwarded for s in seen] == [False, True]
    if retry_after == "0":  # nothing advised: the backoff stands
        assert_backoff(session.sleeps)
    else:
        assert session.sleeps == [1.5]


def test_a_429_then_a_lost_answer_on_a_top_up_still_charges_once(
    session: Session, account: Account
):
    before = Money.of(session)
    key = new_idempotency_key()
    for fault in (status(429, retry_after=2), drop_after_forward(), PASS_THROUGH):
        session.proxy.inject(fault, "POST", TOP_UPS)
    top_up = session.client.top_up(30_00, account.card_id, idempotency_key=key)
    seen = session.proxy.requests("POST", TOP_UPS)
    assert [(s.fault, s.forwarded) for s in seen] == [
        ("status", False),
        ("drop_after_forward", True),
        ("pass", True),
    ]
    assert {s.idempotency_key for s in seen} == {key}
    assert seen[-1].upstream_headers.get("idempotent-replayed") == "true"
    assert session.sleeps[0] == 2.0 and len(session.sleeps) == 2
    after = Money.of(session)
    assert after.balance_cents == before.balance_cents + 3000
    assert after.top_up_ids - before.top_up_ids == {top_up.id}


IN_USE = {
    "error": {
        "type": "idempotency_error",
        "code": "idempotency_key_in_use",
        "message": "The first request with this Idempotency-Key is still being processed; "
        "retry in a moment.",
        "param": "Idempotency-Key",
    }
}


def test_a_keyed_post_is_retried_while_its_first_attempt_is_still_running(
    session: Session, account: Account
):
    """What a retry after a read timeout meets when the server is slower than the timeout."""
    before = Money.of(session)
    key = new_idempotency_key()
    session.proxy.inject(status(409, json=IN_USE), "POST", TOP_UPS)
    top_up = session.client.top_up(10_00, account.card_id, idempotency_key=key)
    assert [s.forwarded for s in session.proxy.requests("POST", TOP_UPS)] == [False, True]
    after = Money.of(session)
    assert after.top_up_ids - before.top_up_ids == {top_up.id}
