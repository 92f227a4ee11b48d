"""LocalStripeServer: localstripe in a thread, on 127.0.0.1, with batched, atomic persistence.

These tests drive it with the real `stripe` SDK, as the SmartAlex sandbox does, and pin the
localstripe behaviours the sandbox relies on (decline cards, publishable-key confirms, card
brands).
"""

import asyncio
import logging
import pathlib
import pickle
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest
import requests
import stripe
from aiohttp import web
from localstripe import resources as ls_resources

from smartalex_desktop.sandbox import localstripe_patches, stripe_server
from smartalex_desktop.sandbox.stripe_server import LocalStripeServer


def make_client(server: LocalStripeServer) -> stripe.StripeClient:
    """A StripeClient aimed at the local server, as the sandbox should build it."""
    session = requests.Session()
    # Never send 127.0.0.1 traffic through an HTTP(S)_PROXY found in the environment.
    session.trust_env = False
    return stripe.StripeClient(
        server.secret_key,  # made for this server: it takes no other
        base_addresses={"api": server.base_url},
        http_client=stripe.RequestsClient(session=session),
        # localstripe ignores Idempotency-Key: a retried POST would create a second object.
        max_network_retries=0,
    )


def confirm_with_card(
    server: LocalStripeServer, setup_intent: stripe.SetupIntent, number: str, **extra: str
) -> httpx.Response:
    """Confirm a SetupIntent the way a browser/desktop client does: publishable key, no SDK."""
    return httpx.post(
        f"{server.base_url}/v1/setup_intents/{setup_intent.id}/confirm",
        data={
            "client_secret": setup_intent.client_secret,
            "payment_method_data[type]": "card",
            "payment_method_data[card][number]": number,
            "payment_method_data[card][exp_month]": "12",
            "payment_method_data[card][exp_year]": "2034",
            "payment_method_data[card][cvc]": "123",
            **extra,
        },
        trust_env=False,
    )


@pytest.fixture
def state_path(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path / "sandbox-data" / "localstripe.pickle"


@pytest.fixture
def server(state_path: pathlib.Path):
    with LocalStripeServer(state_path) as running:
        yield running


@pytest.fixture
def client(server: LocalStripeServer) -> stripe.StripeClient:
    return make_client(server)


def save_card(
    client: stripe.StripeClient, server: LocalStripeServer, number: str, cvc: str = "123"
):
    """Customer + SetupIntent confirmed with `number`; returns (customer, payment method id)."""
    customer = client.v1.customers.create(params={"email": "ada@example.com"})
    setup_intent = client.v1.setup_intents.create(params={"customer": customer.id})
    response = confirm_with_card(
        server,
        setup_intent,
        number,
        key=server.publishable_key,
        **{"payment_method_data[card][cvc]": cvc},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "succeeded"
    return customer, response.json()["payment_method"]


def test_listens_on_loopback_ipv4_only(server: LocalStripeServer) -> None:
    host, port = server.address
    assert host == "127.0.0.1"
    assert server.base_url == f"http://127.0.0.1:{port}"

    # Reachable on 127.0.0.1 ...
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    # ... and not on another loopback address or on IPv6 (localstripe's own start() binds `::`).
    for family, address in (
        (socket.AF_INET, ("127.0.0.2", port)),
        (socket.AF_INET6, ("::1", port)),
    ):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(5)
            with pytest.raises(OSError):
                probe.connect(address)

    if sys.platform.startswith("linux"):
        # The kernel's own view: one listening socket on that port, bound to 127.0.0.1.
        listening = []
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in pathlib.Path(table).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                    listening.append((table, local.rsplit(":", 1)[0]))
        assert listening == [("/proc/net/tcp", "0100007F")]


def test_setup_intent_confirmed_with_publishable_key(
    server: LocalStripeServer, client: stripe.StripeClient
) -> None:
    customer = client.v1.customers.create(params={"email": "ada@example.com", "name": "Ada"})
    setup_intent = client.v1.setup_intents.create(
        params={"customer": customer.id, "usage": "off_session"}
    )
    assert setup_intent.status == "requires_payment_method"

    # Without any key the confirm is refused: the publishable key is what authenticates it.
    refused = confirm_with_card(server, setup_intent, "4242424242424242")
    assert refused.status_code == 401
    # A publishable key is only accepted as the `key` form field, not as a bearer token.
    bearer = httpx.post(
        f"{server.base_url}/v1/setup_intents/{setup_intent.id}/confirm",
        headers={"Authorization": f"Bearer {server.publishable_key}"},
        trust_env=False,
    )
    assert bearer.status_code == 401
    # Nor does a publishable key open the rest of the API.
    customers = httpx.post(
        f"{server.base_url}/v1/customers", data={"key": server.publishable_key}, trust_env=False
    )
    assert customers.status_code == 401

    response = confirm_with_card(
        server,
        setup_intent,
        "4242424242424242",
        key=server.publishable_key,
        **{"payment_method_data[billing_details][name]": "Ada Lovelace"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "succeeded"
    assert body["customer"] == customer.id
    assert body["payment_method"].startswith("pm_")

    stored = client.v1.setup_intents.retrieve(setup_intent.id)
    assert stored.status == "succeeded"
    assert stored.payment_method == body["payment_method"]
    payment_method = client.v1.payment_methods.retrieve(body["payment_method"])
    assert payment_method.card is not None
    assert payment_method.card.last4 == "4242"
    assert payment_method.card.exp_year == 2034
    assert payment_method.billing_details.name == "Ada Lovelace"
    # localstripe quirk: a confirmed SetupIntent does not attach its PaymentMethod to the customer.
    assert payment_method.customer is None


def test_card_0002_declined_at_setup_intent_confirm(
    server: LocalStripeServer, client: stripe.StripeClient
) -> None:
    customer = client.v1.customers.create(params={"email": "ada@example.com"})
    setup_intent = client.v1.setup_intents.create(params={"customer": customer.id})

    response = confirm_with_card(
        server, setup_intent, "4000000000000002", key=server.publishable_key
    )

    # An HTTP 402 error, not a 200 SetupIntent carrying `last_setup_error`.
    assert response.status_code == 402
    assert response.json() == {
        "error": {
            "code": "card_declined",
            "message": "Your card was declined.",
            "type": "invalid_request_error",  # real Stripe says "card_error"
        }
    }
    stored = client.v1.setup_intents.retrieve(setup_intent.id)
    assert stored.status == "canceled"
    assert stored.payment_method is not None  # the declined card's PaymentMethod is kept
    # Still declined with the card-brand patch in place, and reported as the Visa it is.
    declined = client.v1.payment_methods.retrieve(stored.payment_method)
    assert declined.card is not None
    assert (declined.card.brand, declined.card.last4) == ("visa", "0002")


def test_saved_card_0341_declined_when_charged_off_session(
    server: LocalStripeServer, client: stripe.StripeClient
) -> None:
    # 4242 charges fine off-session: proves the flow itself works ...
    customer, good_card = save_card(client, server, "4242424242424242")
    paid = client.v1.payment_intents.create(
        params={
            "amount": 1200,
            "currency": "eur",
            "customer": customer.id,
            "payment_method": good_card,
            "confirm": True,
            "off_session": True,
        }
    )
    assert paid.status == "succeeded"

    # ... and 4000000000000341 saves fine but is declined when charged (the card-brand patch
    # keeps localstripe's test numbers working).
    customer, bad_card = save_card(client, server, "4000000000000341")
    saved = client.v1.payment_methods.retrieve(bad_card)
    assert saved.card is not None
    assert saved.card.brand == "visa"
    with pytest.raises(stripe.CardError) as caught:
        client.v1.payment_intents.create(
            params={
                "amount": 1200,
                "currency": "eur",
                "customer": customer.id,
                "payment_method": bad_card,
                "confirm": True,
                "off_session": True,
            }
        )
    error = caught.value
    assert error.http_status == 402
    assert error.code == "card_declined"
    assert error.user_message == "Your card was declined."
    assert error.error is not None
    assert error.error.decline_code is None  # localstripe sets no decline_code
    assert error.error.payment_intent is None  # ... nor the PaymentIntent, only the charge
    charge = client.v1.charges.retrieve(error.error.charge)
    assert (charge.status, charge.failure_code) == ("failed", "card_declined")
    failed = client.v1.payment_intents.retrieve(charge.payment_intent)
    assert failed.status == "requires_payment_method"
    assert failed.last_payment_error is not None
    assert failed.last_payment_error.code == "card_declined"


@pytest.mark.parametrize(
    ("number", "cvc", "brand"),
    [
        ("4242424242424242", "123", "visa"),
        ("5555555555554444", "123", "mastercard"),
        ("2223003122003222", "123", "mastercard"),  # the 2-series Mastercard range
        ("378282246310005", "1234", "amex"),  # 15 digits, 4-digit CVC: localstripe refuses it
        ("6011111111111117", "123", "discover"),
        ("3566002020360505", "123", "jcb"),
    ],
)
def test_card_brand_reported_from_number(
    server: LocalStripeServer, client: stripe.StripeClient, number: str, cvc: str, brand: str
) -> None:
    _, payment_method_id = save_card(client, server, number, cvc=cvc)

    payment_method = client.v1.payment_methods.retrieve(payment_method_id)
    assert payment_method.card is not None
    assert payment_method.card.brand == brand
    assert payment_method.card.last4 == number[-4:]
    assert payment_method.card.fingerprint == ls_resources.fingerprint(number)
    assert (payment_method.card.exp_month, payment_method.card.exp_year) == (12, 2034)


def test_amex_card_saved_and_charged(
    server: LocalStripeServer, client: stripe.StripeClient
) -> None:
    customer, amex = save_card(client, server, "378282246310005", cvc="1234")
    payment_method = client.v1.payment_methods.retrieve(amex)
    assert payment_method.card is not None
    assert (payment_method.card.brand, payment_method.card.last4) == ("amex", "0005")
    # No trace of the 16-digit stand-in localstripe's checks ran on.
    stored = ls_resources.store[f"payment_method:{amex}"]
    assert stored._card_number == "378282246310005"

    paid = client.v1.payment_intents.create(
        params={
            "amount": 1200,
            "currency": "eur",
            "customer": customer.id,
            "payment_method": amex,
            "confirm": True,
            "off_session": True,
        }
    )
    assert paid.status == "succeeded"


@pytest.mark.parametrize(
    ("number", "cvc"),
    [
        ("4242424242424242", "1234"),  # a 4-digit CVC is for Amex only
        ("378282246310005", "123"),  # ... and an Amex needs one
        ("37828224631000", "1234"),  # 14 digits
        ("424242424242424", "1234"),  # 15 digits, not an Amex
        ("38520000023237", "123"),  # 14-digit Diners: still refused, as localstripe does
    ],
)
def test_other_card_shapes_still_refused(
    server: LocalStripeServer, client: stripe.StripeClient, number: str, cvc: str
) -> None:
    customer = client.v1.customers.create(params={"email": "ada@example.com"})
    setup_intent = client.v1.setup_intents.create(params={"customer": customer.id})

    response = confirm_with_card(
        server,
        setup_intent,
        number,
        key=server.publishable_key,
        **{"payment_method_data[card][cvc]": cvc},
    )

    assert response.status_code == 400, response.text
    assert client.v1.setup_intents.retrieve(setup_intent.id).payment_method is None
    # Refused before localstripe stored anything (read between requests: the loop is idle).
    assert not any(key.startswith("payment_method:") for key in list(ls_resources.store))


def test_card_brand_survives_restart(state_path: pathlib.Path) -> None:
    with LocalStripeServer(state_path) as first:
        client = make_client(first)
        _, mastercard = save_card(client, first, "5555555555554444")
        _, amex = save_card(client, first, "378282246310005", cvc="1234")

    with LocalStripeServer(state_path) as second:
        client = make_client(second)
        cards = [client.v1.payment_methods.retrieve(pm_id).card for pm_id in (mastercard, amex)]
    assert [(card.brand, card.last4) for card in cards if card] == [
        ("mastercard", "4444"),
        ("amex", "0005"),
    ]


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4000056655665556", "visa"),
        ("5105105105105100", "mastercard"),
        ("2720990000000000", "mastercard"),
        ("2721000000000000", "unknown"),  # just past the 2-series Mastercard range
        ("2220990000000000", "unknown"),  # just before it
        ("341111111111111", "amex"),
        ("6445644564456445", "discover"),
        ("6500000000000002", "discover"),
        ("6011000000000004", "discover"),
        ("3528000000000000", "jcb"),
        ("3589000000000000", "jcb"),
        ("3590000000000000", "unknown"),
        ("3056930009020004", "diners"),
        ("3600000000000008", "diners"),
        ("3800000000000000", "diners"),
        ("6200000000000005", "unionpay"),
        ("1234567890123456", "unknown"),
        ("4242-4242-4242-42", "unknown"),
        ("", "unknown"),
    ],
)
def test_card_brand_prefixes(number: str, brand: str) -> None:
    assert localstripe_patches._card_brand(number) == brand


def test_card_patch_applied_once(server: LocalStripeServer) -> None:
    init = ls_resources.PaymentMethod.__init__
    assert init is localstripe_patches._payment_method_init

    # Applying again (directly, past the once-per-process flag) never wraps the wrapper.
    localstripe_patches.patch_localstripe()
    localstripe_patches._patch_localstripe_payment_methods()
    assert ls_resources.PaymentMethod.__init__ is init
    assert localstripe_patches._original_payment_method_init is not init


def test_state_survives_restart(state_path: pathlib.Path) -> None:
    with LocalStripeServer(state_path) as first:
        customer = make_client(first).v1.customers.create(
            params={"email": "ada@example.com", "metadata": {"account": "acct-1"}}
        )

    with LocalStripeServer(state_path) as second:
        again = make_client(second).v1.customers.retrieve(customer.id)
    assert again.email == "ada@example.com"
    assert again.metadata["account"] == "acct-1"


def test_requests_do_not_write_the_state_file(state_path: pathlib.Path) -> None:
    tmp_pickle = pathlib.Path("/tmp/localstripe.pickle")
    tmp_before = tmp_pickle.stat().st_mtime_ns if tmp_pickle.exists() else None

    # An interval no test run reaches: only stop() may write.
    server = LocalStripeServer(state_path, flush_interval=3600)
    with server:
        client = make_client(server)
        ids = [client.v1.customers.create(params={"name": f"c{i}"}).id for i in range(25)]
        client.v1.customers.delete(ids[0])
        assert server.flush_count == 0
        assert not state_path.exists()
    assert server.flush_count == 1
    assert state_path.exists()
    assert list(state_path.parent.iterdir()) == [state_path]  # no temp file left behind

    # localstripe's own /tmp file was not touched.
    tmp_after = tmp_pickle.stat().st_mtime_ns if tmp_pickle.exists() else None
    assert tmp_after == tmp_before

    with LocalStripeServer(state_path) as restarted:
        listed = make_client(restarted).v1.customers.list(params={"limit": 100})
    assert sorted(customer.id for customer in listed.data) == sorted(ids[1:])


def test_changes_are_flushed_periodically(state_path: pathlib.Path) -> None:
    with LocalStripeServer(state_path, flush_interval=0.1) as server:
        customer = make_client(server).v1.customers.create(params={"email": "ada@example.com"})
        deadline = time.monotonic() + 10
        while server.flush_count == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.flush_count >= 1
        with state_path.open("rb") as file:
            saved = pickle.load(file)
        assert f"customer:{customer.id}" in saved

        # Nothing changed since: later ticks do not rewrite the file.
        count = server.flush_count
        time.sleep(0.5)
        assert server.flush_count == count


def test_corrupt_state_is_moved_aside(
    state_path: pathlib.Path, caplog: pytest.LogCaptureFixture
) -> None:
    state_path.parent.mkdir(parents=True)
    state_path.write_bytes(b"not a pickle")

    with caplog.at_level(logging.WARNING), LocalStripeServer(state_path) as server:
        customers = make_client(server).v1.customers.list()
    assert customers.data == []
    assert state_path.with_suffix(".corrupt").read_bytes() == b"not a pickle"
    assert any("unreadable" in record.message for record in caplog.records)
    with state_path.open("rb") as file:
        assert pickle.load(file) == {}


def test_one_server_per_process(tmp_path: pathlib.Path) -> None:
    first = LocalStripeServer(tmp_path / "a.pickle")
    second = LocalStripeServer(tmp_path / "b.pickle")
    first.start()
    try:
        make_client(first).v1.customers.create(params={"email": "ada@example.com"})
        with pytest.raises(RuntimeError, match="already running"):
            second.start()
        with pytest.raises(RuntimeError, match="already running"):
            first.start()
    finally:
        first.stop()
    first.stop()  # idempotent

    with second:
        assert make_client(second).v1.customers.list().data == []  # a's data did not leak
    with pytest.raises(RuntimeError, match="not running"):
        _ = second.base_url


def test_failed_start_raises_and_leaves_nothing_running(
    state_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def refuse(self) -> None:
        raise OSError("no listening today")

    with monkeypatch.context() as patch:
        patch.setattr(web.SockSite, "start", refuse)
        server = LocalStripeServer(state_path)
        with pytest.raises(RuntimeError, match="failed to start: no listening today"):
            server.start()
        assert not server.running

    with LocalStripeServer(state_path) as working:  # the process-wide slot was released
        assert make_client(working).v1.customers.list().data == []


def test_hung_start_times_out(state_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async def hang(self) -> None:
        await asyncio.sleep(3600)

    with monkeypatch.context() as patch:
        patch.setattr(stripe_server, "_START_TIMEOUT", 0.5)
        patch.setattr(web.AppRunner, "setup", hang)
        server = LocalStripeServer(state_path)
        began = time.monotonic()
        with pytest.raises(RuntimeError, match="did not start accepting connections"):
            server.start()
        assert time.monotonic() - began < 5  # the hung loop was cancelled, not waited for
        assert not any(thread.name == "localstripe-server" for thread in threading.enumerate())

    with LocalStripeServer(state_path) as working:
        assert make_client(working).v1.customers.list().data == []


def test_state_saved_at_exit_when_stop_is_forgotten(state_path: pathlib.Path) -> None:
    # The server thread is a daemon; an atexit hook must still save what was never flushed.
    script = f"""
import pathlib, stripe
from smartalex_desktop.sandbox.stripe_server import LocalStripeServer
server = LocalStripeServer(pathlib.Path({str(state_path)!r}), flush_interval=3600)
server.start()
client = stripe.StripeClient(server.secret_key, base_addresses={{"api": server.base_url}})
print(client.v1.customers.create(params={{"email": "ada@example.com"}}).id)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    with state_path.open("rb") as file:
        saved = pickle.load(file)
    assert f"customer:{done.stdout.strip()}" in saved
