"""Issue 18, finding 10: whatever comes back, the client raises its own errors, with a sentence,
and nothing in them (their causes and contexts included) holds the request — whose headers
carry the token, and a sign-in's body the password.

The server is the real sandbox behind the loopback fault proxy, which garbles its answers.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.credentials import CredentialStore
from tests.helpers.cards import add_card
from tests.helpers.fault_proxy import FaultProxy, drop_after_forward, raw, rewrite
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess
from tests.helpers.secret_service import private_secret_service
from tests.security.export_cli import run_export

BAD_GZIP = {"Content-Type": "application/json", "Content-Encoding": "gzip"}


def _chain(error: BaseException) -> list[BaseException]:
    """The error and everything it leads to through `__cause__` and `__context__`."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        pending += [current.__cause__, current.__context__]
    return found


def _assert_clean(error: BaseException, *secrets: str) -> None:
    assert isinstance(error, errors.SmartAlexError), repr(error)
    assert error.user_message.endswith(".") and len(error.user_message.split()) > 5
    for link in _chain(error):
        assert not isinstance(link, pydantic.ValidationError), repr(link)  # holds the input
        if isinstance(link, httpx.HTTPError):
            assert getattr(link, "_request", None) is None, repr(link)
        text = f"{link!r} {link} {link.args!r}"
        assert not [secret for secret in secrets if secret in text]


def _drop(field: str) -> Any:
    def transform(body: Any) -> Any:
        items = body["data"] if isinstance(body, dict) and "data" in body else [body]
        for item in items:
            item.pop(field, None)
        return body

    return rewrite(transform)


def test_finding_10_garbled_answers_are_the_clients_own_errors_without_the_request(
    sandbox: SandboxProcess, tmp_path: Path
):
    customer = sandbox.create_account()
    card = add_card(customer.http)
    assert post_top_up(customer.http, 10_00, str(card["id"])).status_code == 200  # an invoice
    password = customer.password
    with (
        FaultProxy(sandbox.url) as proxy,
        SmartAlexClient(proxy.url, sleep=lambda _s: None) as client,
    ):
        # A body that says gzip and is not: httpx.DecodingError, whose request holds the password.
        proxy.inject(raw(200, b"not gzip at all", BAD_GZIP), "POST", "/v1/auth/token")
        with pytest.raises(Exception) as caught:
            client.sign_in(customer.email, password)
        _assert_clean(caught.value, password)
        assert caught.value.code == "unreadable_response"
        # A token pair missing a field: pydantic's error would carry the access token.
        proxy.inject(_drop("refresh_token"), "POST", "/v1/auth/token")
        with pytest.raises(Exception) as caught:
            client.sign_in(customer.email, password)
        _assert_clean(caught.value, password)
        assert caught.value.code == "unexpected_response"
        # The answer lost on the way back: the sign-in may have happened.
        proxy.inject(drop_after_forward(), "POST", "/v1/auth/token")
        with pytest.raises(errors.OutcomeUnknown) as lost:
            client.sign_in(customer.email, password)
        _assert_clean(lost.value, password)

        pair = client.sign_in(customer.email, password)
        tokens = (pair.access_token, pair.refresh_token)
        # Lists, single objects and plain garbage, on a signed-in session.
        for fault, method, path, call in (
            (_drop("total_cents"), "GET", "/v1/invoices", lambda: list(client.iter_invoices())),
            (
                rewrite(lambda _body: {"has_more": False}),
                "GET",
                "/v1/invoices",
                client.invoices_page,
            ),
            (_drop("price_cents"), "GET", "/v1/plans", client.plans),
            (_drop("balance_cents"), "GET", "/v1/wallet", client.wallet),
            (raw(200, b"<html>maintenance</html>"), "GET", "/v1/account", client.account),
            (raw(200, gzip.compress(b"[1, 2")[:9], BAD_GZIP), "GET", "/v1/plans", client.plans),
        ):
            proxy.inject(fault, method, path)
            with pytest.raises(Exception) as caught:
                call()
            _assert_clean(caught.value, *tokens)

        # The headless export: one sentence and a failure, never a traceback.
        with private_secret_service(tmp_path / "keyring") as service, service.activated():
            CredentialStore().save(proxy.url, customer.email, pair.refresh_token)
            client.close()  # the export takes over the remembered session
            proxy.inject(_drop("total_cents"), "GET", "/v1/invoices", times=None)
            done = run_export(
                *("--api-url", proxy.url, "--account", customer.email),
                *("--cache-dir", str(tmp_path / "cache"), "--out", str(tmp_path / "out")),
            )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    assert "does not understand" in done.stderr
    assert not [secret for secret in (password, *tokens) if secret in done.stdout + done.stderr]
