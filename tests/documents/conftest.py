"""One live sandbox account with real billing history, read back as typed API models.

Built once per session: a practice with a Unicode name and an 8.25% tax rate, a card, a $50.00
top-up, an upgrade to Dental (a prorated plan_change invoice), a $25.00 top-up refunded at once
(a credit note and a refunded invoice), and calls, one of them past the allowance (overage paid
from the Wallet).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from smartalex_desktop.api import models
from smartalex_desktop.api.client import SmartAlexClient
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import SandboxProcess

PRACTICE = "Zoë's Dental — Montréal"
ADDRESS = "4521 Rue Saint-Denis, bureau 200\nMontréal, QC H2J 2L4"
TAX_ID = "GST/TPS 123456789 RT0001"


@dataclass(frozen=True)
class LiveAccount:
    account: models.Account
    invoices: list[models.Invoice]  # full (lines, payments), newest first
    transactions: list[models.WalletTransaction]  # newest first, as the API lists them
    usage: models.Usage
    daily: models.DailyUsageSeries
    calls: list[models.Call]

    def invoice(self, kind: str, status: str | None = None) -> models.Invoice:
        return next(
            invoice
            for invoice in self.invoices
            if invoice.kind == kind and (status is None or invoice.status == status)
        )


@pytest.fixture(scope="session")
def live(sandbox: SandboxProcess) -> Iterator[LiveAccount]:
    customer = sandbox.create_account(
        plan="professional", tax_rate_bps=825, timezone="America/Toronto"
    )
    http = customer.http
    response = http.patch(
        "/v1/account", json={"company_name": PRACTICE, "address": ADDRESS, "tax_id": TAX_ID}
    )
    assert response.status_code == 200, response.text
    card = add_card(http)
    assert post_top_up(http, 50_00, str(card["id"])).status_code == 200
    response = http.post("/v1/subscription/change", json={"plan": "dental"})
    assert response.status_code == 200, response.text
    second = post_top_up(http, 25_00, str(card["id"]))
    assert second.status_code == 200, second.text
    response = http.post(f"/v1/wallet/top-ups/{second.json()['id']}/refund-request")
    assert response.status_code == 200, response.text
    for call_type, seconds in (("inbound", 125), ("outbound", 61), ("web", 30)):
        response = http.post("/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds})
        assert response.status_code in (200, 201), response.text
    # Past Dental's 300 included minutes: 301 − (300 − 6) = 7 overage minutes at $0.11.
    response = http.post("/v1/sandbox/calls", json={"call_type": "inbound", "seconds": 301 * 60})
    assert response.status_code in (200, 201), response.text

    with SmartAlexClient(sandbox.url) as client:
        client.sign_in(customer.email, customer.password)
        yield LiveAccount(
            account=client.account(),
            invoices=[client.invoice(item.id) for item in client.iter_invoices()],
            transactions=list(client.iter_wallet_transactions()),
            usage=client.usage(),
            daily=client.daily_usage(),
            calls=list(client.iter_calls()),
        )
    http.close()
