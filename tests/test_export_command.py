"""`smartalex-desktop export`, as a scheduled job runs it: a separate process, no window."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.billing.ledger import signed_total_cents
from smartalex_desktop.billing.money import plain_dollars
from smartalex_desktop.sandbox.demo import HISTORY
from smartalex_desktop.store import Store, sync
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import TEST_CLOCK_START, running_sandbox

# The export must not find (or need) the developer's keyring.
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smartalex_desktop.app", "export", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=180,
        check=False,
    )


def _csv_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "invoices.csv").open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_the_demo_years_export_matches_its_invoices(tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    # The demo's year ends at the tests' pinned instant (SMARTALEX_SANDBOX_CLOCK_START, set by
    # tests/conftest.py for every sandbox the app starts inside itself), not today.
    first_day, last_day = (TEST_CLOCK_START - HISTORY).date(), TEST_CLOCK_START.date()
    done = _export(
        "--demo",
        "--data-dir",
        str(tmp_path / "demo"),
        "--cache-dir",
        str(cache),
        "--from",
        first_day.isoformat(),
        "--to",
        last_day.isoformat(),
        "--out",
        str(out),
        "--zip",
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = _csv_rows(out)
    pdfs = sorted(path.name for path in out.glob("*.pdf"))
    assert len(pdfs) == len(rows) > 10
    assert len(list(out.glob("*.zip"))) == 1
    assert not list(out.glob(".*")), "a temporary file was left behind"
    # The CSV holds what the API gave, cent for cent (read back from the synced copy), a
    # credit note's total negative as in the app.
    with Store.open(cache, _only_api_url(cache), "demo@smartalex.test") as store:
        invoices = {invoice.number: invoice for invoice in store.invoices()}
    for row in rows:
        invoice = invoices[row["number"]]
        assert plain_dollars(signed_total_cents(invoice)) == row["total"]
        assert row["file"] in pdfs


def _only_api_url(cache: Path) -> str:
    """The demo sandbox listens on a free port chosen at its start, and the store keys its file
    by that URL: read it back from the one file the export made (the store records it)."""
    (path,) = cache.rglob("*.sqlite3")
    with closing(sqlite3.connect(path)) as conn:
        (url,) = conn.execute("SELECT value FROM meta WHERE key = 'api_url'").fetchone()
    return str(url)


def test_with_smartalex_unreachable_it_exports_the_saved_copy(tmp_path):
    cache = tmp_path / "cache"
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        customer = sandbox.create_account(plan="dental", tax_rate_bps=825)
        card = add_card(customer.http)
        assert post_top_up(customer.http, 50_00, str(card["id"])).is_success
        url = sandbox.url
        with SmartAlexClient(url) as client, Store.open(cache, url, customer.email) as store:
            client.sign_in(customer.email, customer.password)
            sync(client, store)
            numbers = {invoice.number for invoice in store.invoices()}
    # The sandbox is gone: nothing answers at its URL any more.
    out = tmp_path / "out"
    where = ("--api-url", url, "--account", customer.email, "--cache-dir", str(cache))
    # A scheduled job must notice: the saved copy alone is a failure unless asked for.
    refused = _export(*where, "--out", str(out))
    assert refused.returncode == 3, refused.stderr
    assert "--allow-saved-copy" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists() or not any(out.iterdir())
    done = _export(*where, "--out", str(out), "--allow-saved-copy")
    assert done.returncode == 0, done.stderr
    assert "saved copy" in done.stderr + done.stdout
    assert {row["number"] for row in _csv_rows(out)} == numbers
    assert len(list(out.glob("*.pdf"))) == len(numbers)


def test_no_saved_copy_and_no_server_is_one_sentence_and_a_failure(tmp_path):
    done = _export(
        "--api-url",
        "http://127.0.0.1:9",
        "--account",
        "office@clinic.test",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--out",
        str(tmp_path / "out"),
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "no saved copy" in done.stderr.lower()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
