"""The accountant bundle from the demo account's year of invoices, and what a cancel, a failure
or a kill leaves behind: complete files or none."""

from __future__ import annotations

import csv
import multiprocessing
import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from smartalex_desktop.api import errors, models
from smartalex_desktop.api.client import SmartAlexClient
from smartalex_desktop.documents import (
    ExportFailed,
    RenderProcess,
    export_invoices,
    invoice_file_name,
    select_by_year,
)
from smartalex_desktop.documents.files import remove_stale_temp_files
from smartalex_desktop.documents.names import safe_part
from smartalex_desktop.documents.text import local_day
from tests.helpers import pdf
from tests.helpers.sandbox import running_sandbox


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory,
) -> Iterator[tuple[SmartAlexClient, models.Account, list[models.Invoice]]]:
    with (
        running_sandbox(tmp_path_factory.mktemp("demo"), demo=True) as sandbox,
        SmartAlexClient(sandbox.url) as client,
    ):
        client.sign_in("demo@smartalex.test", "demo-password")
        yield client, client.account(), list(client.iter_invoices())


def _cents(dollars: str) -> int:
    value = Decimal(dollars) * 100
    assert value == value.to_integral_value(), dollars
    return int(value)


def test_exporting_the_demo_year_writes_every_invoice_the_csv_and_the_zip(demo, tmp_path):
    client, account, invoices = demo
    assert any(invoice.kind == "credit_note" for invoice in invoices)
    seen: list[tuple[int, int]] = []
    result = export_invoices(
        invoices,
        account,
        tmp_path / "bundle",
        fetch_full=client.invoice,
        zip_name="SmartAlex invoices",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert not result.cancelled
    assert seen[-1] == (len(invoices), len(invoices))
    expected = {invoice_file_name(invoice, account.timezone) for invoice in invoices}
    assert {path.name for path in result.pdfs} == expected
    on_disk = {path.name for path in (tmp_path / "bundle").iterdir()}
    assert on_disk == expected | {"invoices.csv", "SmartAlex-invoices.zip"}
    for path in result.pdfs:
        pdf.qpdf_check(path)

    with result.csv.open(newline="", encoding="utf-8") as handle:
        rows = {row["number"]: row for row in csv.DictReader(handle)}
    assert set(rows) == {invoice.number for invoice in invoices}
    for invoice in invoices:
        row = rows[invoice.number]
        # Signed as the Invoices tab shows them: a credit note gives money back.
        sign = -1 if invoice.kind == "credit_note" else 1
        assert _cents(row["total"]) == sign * invoice.total_cents
        assert _cents(row["subtotal"]) == sign * invoice.subtotal_cents
        assert _cents(row["tax"]) == sign * invoice.tax_cents
        assert _cents(row["amount_paid"]) == invoice.amount_paid_cents
        assert (row["kind"], row["status"], row["currency"]) == (
            invoice.kind,
            invoice.status,
            "USD",
        )
        assert row["file"] == invoice_file_name(invoice, account.timezone)
    dates = [row["date"] for row in rows.values()]
    assert dates == sorted(dates)

    with zipfile.ZipFile(result.zip) as bundle:
        assert bundle.testzip() is None
        assert set(bundle.namelist()) == expected | {"invoices.csv"}
        assert bundle.read("invoices.csv") == result.csv.read_bytes()

    # The credit note names the invoice it corrects; that invoice lists the credit note.
    note = next(invoice for invoice in invoices if invoice.kind == "credit_note")
    corrected = next(invoice for invoice in invoices if invoice.id == note.related_invoice_id)
    note_text = pdf.text(tmp_path / "bundle" / invoice_file_name(note, account.timezone))
    assert f"Corrects invoice {corrected.number}" in note_text
    corrected_text = pdf.text(tmp_path / "bundle" / invoice_file_name(corrected, account.timezone))
    assert note.number in corrected_text
    assert rows[note.number]["corrects_invoice"] == corrected.number
    # A refunded invoice and its credit note add up to nothing spent, as in the app; the
    # negative amounts are plain numbers a spreadsheet sums (no quote, no formula escape).
    assert rows[note.number]["total"] == f"-{rows[corrected.number]['total']}"
    assert _cents(rows[note.number]["total"]) + _cents(rows[corrected.number]["total"]) == 0
    assert not rows[note.number]["total"].startswith("'")

    # A year's selection, by the account's calendar.
    year = local_day(invoices[0].created_at, account.timezone).year
    chosen = select_by_year(invoices, year, account.timezone)
    assert chosen and all(invoice.number.startswith(f"SA-{year}-") for invoice in chosen)


def _listing(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}  # hidden temp files included


def test_a_cancelled_export_leaves_only_complete_pdfs(demo, tmp_path):
    client, account, invoices = demo
    half = len(invoices) // 2
    done = [0]

    def progress(finished: int, _total: int) -> None:
        done[0] = finished

    result = export_invoices(
        invoices,
        account,
        tmp_path,
        fetch_full=client.invoice,
        zip_name="bundle",
        progress=progress,
        cancelled=lambda: done[0] >= half,
    )
    assert result.cancelled
    assert len(result.pdfs) == half
    assert _listing(tmp_path) == {path.name for path in result.pdfs}  # no CSV, zip or temp file
    for path in result.pdfs:
        pdf.qpdf_check(path)


def test_a_failed_export_says_which_invoice_and_keeps_what_was_finished(demo, tmp_path):
    client, account, invoices = demo
    calls = [0]

    def flaky_fetch(invoice_id: str) -> models.Invoice:
        calls[0] += 1
        if calls[0] == 4:
            raise errors.Offline()
        return client.invoice(invoice_id)

    ordinary = [invoice for invoice in invoices if invoice.kind != "credit_note"]
    with pytest.raises(ExportFailed) as failure:
        export_invoices(ordinary, account, tmp_path, fetch_full=flaky_fetch, zip_name="x")
    assert ordinary[3].number in failure.value.user_message
    assert "can't be reached" in failure.value.user_message
    assert len(failure.value.partial.pdfs) == 3
    assert _listing(tmp_path) == {path.name for path in failure.value.partial.pdfs}


def test_pdfs_made_in_the_render_process_are_the_same_and_a_dead_one_fails_cleanly(demo, tmp_path):
    """The window's exports render in a process of their own: the same bytes as here, the
    process gone after the export, and a process that dies half-way stops the export as any
    failure does (named invoice, the finished files complete, no CSV or zip)."""
    client, account, invoices = demo
    here = export_invoices(invoices, account, tmp_path / "here", fetch_full=client.invoice)
    with RenderProcess() as render:
        (child,) = multiprocessing.active_children()
        assert child.pid != os.getpid()
        there = export_invoices(
            invoices, account, tmp_path / "there", fetch_full=client.invoice, render=render
        )
    assert not child.is_alive() and multiprocessing.active_children() == []
    assert [path.name for path in there.pdfs] == [path.name for path in here.pdfs]
    for mine, theirs in zip(here.pdfs, there.pdfs, strict=True):
        assert theirs.read_bytes() == mine.read_bytes(), theirs.name
    assert there.csv.read_bytes() == here.csv.read_bytes()

    fetched = [0]

    def fetch_then_kill_at_the_third(invoice_id: str) -> models.Invoice:
        fetched[0] += 1
        if fetched[0] == 3:  # the third invoice is fetched, and its renderer dies
            os.kill(child.pid, signal.SIGKILL)
            child.join(10)
        return client.invoice(invoice_id)

    ordinary = [invoice for invoice in invoices if invoice.kind != "credit_note"]
    with RenderProcess() as render, pytest.raises(ExportFailed) as failure:
        (child,) = multiprocessing.active_children()
        export_invoices(
            ordinary,
            account,
            tmp_path / "killed",
            fetch_full=fetch_then_kill_at_the_third,
            zip_name="x",
            render=render,
        )
    assert ordinary[2].number in failure.value.user_message
    assert "could not be made" in failure.value.user_message
    assert len(failure.value.partial.pdfs) == 2
    assert _listing(tmp_path / "killed") == {path.name for path in failure.value.partial.pdfs}
    for path in failure.value.partial.pdfs:
        pdf.qpdf_check(path)


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from smartalex_desktop.documents.files import atomic_path
with atomic_path(Path(sys.argv[1])) as temp:
    with open(temp, "wb") as handle:
        handle.write(b"%PDF-1.4 half a document")
        handle.flush()
        os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_write_killed_half_way_leaves_no_file_by_that_name(tmp_path):
    target = tmp_path / "2026-03-14_SA-2026-000123.pdf"
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert not target.exists()
    leftovers = sorted(_listing(tmp_path))
    assert len(leftovers) == 1 and leftovers[0].startswith(".") and leftovers[0].endswith(".part")
    assert remove_stale_temp_files(tmp_path, older_than_s=0) == [tmp_path / leftovers[0]]
    assert _listing(tmp_path) == set()


def test_a_failed_replace_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    from smartalex_desktop.documents import files

    target = tmp_path / "invoices.csv"
    target.write_bytes(b"old, complete")

    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old, complete"
    assert _listing(tmp_path) == {"invoices.csv"}


def test_file_names_sort_by_the_account_day_and_are_safe_everywhere():
    invoice = models.Invoice(
        id="in_1",
        number="SA-2026-000123",
        status="paid",
        kind="renewal",
        created_at=datetime(2026, 3, 15, 2, 0, tzinfo=UTC),  # still March 14 in New York
        subtotal_cents=0,
        tax_cents=0,
        total_cents=0,
        amount_paid_cents=0,
    )
    assert invoice_file_name(invoice, "America/New_York") == "2026-03-14_SA-2026-000123.pdf"
    assert invoice_file_name(invoice, "UTC") == "2026-03-15_SA-2026-000123.pdf"
    for hostile in ("../../etc/passwd", 'a<b>c:"d|e?f*', "CON", "nul.txt", " . ", "lpt1"):
        name = safe_part(hostile)
        assert name and "/" not in name and "\\" not in name and ".." not in name
        assert not set(name) & set('<>:"|?* ')
        assert name.split(".")[0].upper() not in {"CON", "NUL", "LPT1"}
        assert not name.endswith((".", " "))
    assert os.sep not in invoice_file_name(
        invoice.model_copy(update={"number": "../SA/2026"}), "UTC"
    )
