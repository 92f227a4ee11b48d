"""The accountant bundle: invoices as PDFs, a CSV summary, optionally a zip — with no Qt, so the
Invoices tab (in a worker, with a progress bar and Cancel) and the headless `export` command
share it.

Guarantees, whatever happens half-way:
- every file is written atomically (`files.write_atomic`): a name in the folder is a complete
  file or is absent;
- a cancelled export stops before the next file: the PDFs finished so far stay (each complete),
  the one being made is never written, and neither the CSV nor the zip is written — they
  describe the whole selection, so a short one would mislead;
- a failure raises `ExportFailed` with a sentence for the user and what was written before it;
- the zip is made last, from the finished files, and is atomic too.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from smartalex_desktop.api import models
from smartalex_desktop.billing.ledger import signed_cents
from smartalex_desktop.documents import files, names, text

CSV_NAME = "invoices.csv"
CSV_COLUMNS = (
    "date",
    "number",
    "kind",
    "status",
    "subtotal",
    "tax",
    "total",
    "amount_paid",
    "currency",
    "corrects_invoice",
    "file",
)
CURRENCY = "USD"
# A cell starting with one of these is a formula to a spreadsheet (`=HYPERLINK(…)`, `@SUM(…)`,
# and tab or CR, which some read past): text from the server that starts so gets a leading `'`.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class InvoiceRenderer(Protocol):
    """`render_invoice`'s signature: the export renders with it, or with a `RenderProcess`."""

    def __call__(
        self,
        invoice: models.Invoice,
        account: models.Account,
        *,
        credit_notes: Sequence[models.Invoice] = (),
        related: models.Invoice | None = None,
    ) -> bytes: ...


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote (every path complete), and whether it was cancelled."""

    folder: Path
    pdfs: tuple[Path, ...] = ()
    csv: Path | None = None
    zip: Path | None = None
    cancelled: bool = False
    # invoices.csv's rows as written (oldest first), for bundles that combine several exports
    csv_rows: tuple[dict[str, str], ...] = ()

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file written, PDFs first."""
        return self.pdfs + tuple(path for path in (self.csv, self.zip) if path is not None)


class ExportFailed(Exception):
    """The export stopped on an error. `user_message` says what and what to do; `partial` holds
    the files completed before it (complete, and left in place)."""

    def __init__(self, user_message: str, partial: ExportResult) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.partial = partial


def select_by_year(
    invoices: Iterable[models.Invoice], year: int, timezone: str
) -> list[models.Invoice]:
    """The invoices issued in `year`, by the calendar of the account's timezone (the year their
    number carries)."""
    return [
        invoice for invoice in invoices if text.local_day(invoice.created_at, timezone).year == year
    ]


def select_by_dates(
    invoices: Iterable[models.Invoice], start: date | None, end: date | None, timezone: str
) -> list[models.Invoice]:
    """The invoices issued from `start` to `end`, both days included (either may be open)."""
    chosen = []
    for invoice in invoices:
        day = text.local_day(invoice.created_at, timezone)
        if (start is None or day >= start) and (end is None or day <= end):
            chosen.append(invoice)
    return chosen


@dataclass
class _Run:
    folder: Path
    account: models.Account
    fetch_full: Callable[[str], models.Invoice] | None
    selected: list[models.Invoice]
    render: InvoiceRenderer
    full: dict[str, models.Invoice] = field(default_factory=dict)
    pdfs: list[Path] = field(default_factory=list)
    rows: list[tuple[date, str, dict[str, str]]] = field(default_factory=list)

    def result(
        self, *, cancelled: bool = False, csv_path: Path | None = None, zip_path: Path | None = None
    ) -> ExportResult:
        rows = tuple(row for _day, _number, row in _in_ledger_order(self.rows)) if csv_path else ()
        return ExportResult(self.folder, tuple(self.pdfs), csv_path, zip_path, cancelled, rows)

    def complete(self, invoice: models.Invoice) -> models.Invoice:
        """The invoice with its lines and payments (fetched once when a fetcher is given)."""
        if self.fetch_full is None:
            return invoice
        if invoice.id not in self.full:
            self.full[invoice.id] = self.fetch_full(invoice.id)
        return self.full[invoice.id]

    def related(self, credit_note: models.Invoice) -> models.Invoice | None:
        """The invoice a credit note corrects: from the selection, else fetched, else unknown
        (the PDF then prints its id)."""
        related_id = credit_note.related_invoice_id
        if related_id is None:
            return None
        known = next((invoice for invoice in self.selected if invoice.id == related_id), None)
        if known is not None:
            return self.complete(known)
        if self.fetch_full is not None:
            if related_id not in self.full:
                self.full[related_id] = self.fetch_full(related_id)
            return self.full[related_id]
        return None


def export_invoices(
    invoices: Sequence[models.Invoice],
    account: models.Account,
    out_dir: Path,
    *,
    fetch_full: Callable[[str], models.Invoice] | None = None,
    zip_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    render: InvoiceRenderer | None = None,
) -> ExportResult:
    """Write one PDF per invoice (credit notes too, each naming the invoice it corrects, and
    each invoice listing its credit notes from the selection), then `invoices.csv`, then — if
    `zip_name` — a zip of them all, into `out_dir` (created if missing).

    `fetch_full(id)` fetches an invoice with its lines and payments when `invoices` are list
    summaries (from the cache they are complete already). `progress(done, total)` is called
    after each PDF, from the thread that writes the files (see `_Writer`); `cancelled()` is
    checked before and after each one. `render` makes each PDF (by default `render_invoice`, in
    this thread; the window passes a `RenderProcess`). Runs in a worker thread; raises
    `ExportFailed`.
    """
    if render is None:
        from smartalex_desktop.documents.invoice import render_invoice as render
    folder = Path(out_dir)
    selected = list(invoices)
    run = _Run(folder, account, fetch_full, selected, render)
    is_cancelled = cancelled or (lambda: False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportFailed(_write_failure(folder, error), run.result()) from error
    files.remove_stale_temp_files(folder)
    credit_notes: dict[str, list[models.Invoice]] = {}
    for invoice in selected:
        if invoice.kind == "credit_note" and invoice.related_invoice_id:
            credit_notes.setdefault(invoice.related_invoice_id, []).append(invoice)
    used_names: set[str] = set()
    total = len(selected)
    if progress:
        progress(0, total)
    with _Writer(run, progress, total) as writer:
        for summary in selected:
            if is_cancelled():
                writer.wait()
                return run.result(cancelled=True)
            notes = credit_notes.get(summary.id, [])
            made = _render_one(run, summary, notes, writer)
            writer.wait()
            if is_cancelled():  # cancelled while it was being made: it is not written
                return run.result(cancelled=True)
            writer.write(*made, used_names)
        writer.wait()
    if is_cancelled():
        return run.result(cancelled=True)
    csv_path = _write(run, folder / CSV_NAME, _csv_bytes(run.rows))
    zip_path = None
    if zip_name:
        zip_path = folder / names.zip_file_name(zip_name)
        try:
            _write_zip(zip_path, run.pdfs, csv_path, run.rows)
        except OSError as error:
            raise ExportFailed(
                _write_failure(zip_path, error), run.result(csv_path=csv_path)
            ) from error
    return run.result(csv_path=csv_path, zip_path=zip_path)


def _render_one(
    run: _Run, summary: models.Invoice, notes: list[models.Invoice], writer: _Writer
) -> tuple[models.Invoice, models.Invoice | None, bytes]:
    """One invoice's PDF made (not written yet), with what its CSV row needs."""
    try:
        invoice = run.complete(summary)
        related = run.related(invoice) if invoice.kind == "credit_note" else None
        pdf = run.render(
            invoice,
            run.account,
            credit_notes=sorted(notes, key=lambda note: (note.created_at, note.number)),
            related=related,
        )
    except Exception as error:
        writer.wait()  # the one before it is written and counted before the export stops
        reason = getattr(error, "user_message", None) or "the document could not be made"
        raise ExportFailed(
            f"Invoice {summary.number} could not be exported: {reason.rstrip('.')}. "
            "The files finished before it are complete; export again to finish.",
            run.result(),
        ) from error
    return invoice, related, pdf


class _Writer:
    """Writes each PDF on a thread of its own while the next one is fetched and made. A write
    mostly waits for the disk (the fsync that makes it atomic costs about a third of what an
    invoice does: docs/performance.md, "Export: each PDF written on a thread") and releases the
    GIL meanwhile, so it overlaps the next render almost for free.

    One write at a time, in order. A PDF counts as exported — in `run.pdfs`, in the CSV, in
    `progress` — once it is on disk; so `progress` is called on the writer's thread, as soon as
    the file is there (the next invoice's fetch may be waiting on the network meanwhile). The
    export's thread reads `run` only after `wait`, which orders it after the write.
    """

    def __init__(self, run: _Run, progress: Callable[[int, int], None] | None, total: int) -> None:
        self._run = run
        self._progress = progress
        self._total = total
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-writer")
        self._pending: tuple[Future[None], Path] | None = None

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *_exc: object) -> None:
        # Whatever happened, no write goes on after the export has returned or raised.
        self._executor.shutdown(wait=True)

    def write(
        self,
        invoice: models.Invoice,
        related: models.Invoice | None,
        pdf: bytes,
        used_names: set[str],
    ) -> None:
        """Start writing `invoice`'s PDF; the previous write must be over (`wait`)."""
        assert self._pending is None, "one write at a time"
        run = self._run
        try:
            name = _unique(names.invoice_file_name(invoice, run.account.timezone), used_names)
        except names.UnsafeFileName:
            raise ExportFailed(
                f"Invoice {invoice.number or invoice.id} could not be exported: SmartAlex sent a "
                "number no file can be named after. The files finished before it are complete; "
                "tell SmartAlex support which invoice it is.",
                run.result(),
            ) from None
        path = run.folder / name
        day = text.local_day(invoice.created_at, run.account.timezone)
        row = (day, invoice.number, _csv_row(invoice, day, related, name))
        self._pending = (self._executor.submit(self._write, path, pdf, row), path)

    def wait(self) -> None:
        """The write under way, if any, finished; `ExportFailed` if it failed."""
        if self._pending is None:
            return
        written, path = self._pending
        self._pending = None
        try:
            written.result()
        except OSError as error:
            raise ExportFailed(_write_failure(path, error), self._run.result()) from error

    def _write(self, path: Path, pdf: bytes, row: tuple[date, str, dict[str, str]]) -> None:
        files.write_atomic(path, pdf)
        self._run.pdfs.append(path)
        self._run.rows.append(row)
        if self._progress:
            self._progress(len(self._run.pdfs), self._total)


def _write(run: _Run, path: Path, data: bytes) -> Path:
    try:
        return files.write_atomic(path, data)
    except OSError as error:
        raise ExportFailed(_write_failure(path, error), run.result()) from error


def _write_failure(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return (
        f"{path.name} could not be written in {path.parent} ({reason}). Check that the folder "
        "is writable and the disk has free space, then export again."
    )


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = name.rsplit(".", 1)
    candidate, counter = name, 2
    while candidate in used:
        candidate, counter = f"{stem}_{counter}.{suffix}", counter + 1
    used.add(candidate)
    return candidate


def _csv_row(
    invoice: models.Invoice, day: date, related: models.Invoice | None, file_name: str
) -> dict[str, str]:
    corrects = ""
    if invoice.kind == "credit_note":
        corrects = related.number if related is not None else invoice.related_invoice_id or ""
    return {
        "date": day.isoformat(),
        "number": _text_cell(invoice.number),
        "kind": _text_cell(invoice.kind),
        "status": _text_cell(invoice.status),
        # Signed as the Invoices tab shows them: a credit note's amounts are negative, so the
        # column adds up to what was spent. Amount paid is what the customer paid on it (a
        # credit note: nothing), so it is never signed.
        "subtotal": text.plain_dollars(signed_cents(invoice, invoice.subtotal_cents)),
        "tax": text.plain_dollars(signed_cents(invoice, invoice.tax_cents)),
        "total": text.plain_dollars(signed_cents(invoice, invoice.total_cents)),
        "amount_paid": text.plain_dollars(invoice.amount_paid_cents),
        "currency": CURRENCY,
        "corrects_invoice": _text_cell(corrects),
        "file": file_name,
    }


def _text_cell(value: str) -> str:
    """Text from the server as a CSV cell a spreadsheet shows and never runs. Only text: the
    money columns are numbers the app writes itself, and a negative one (a credit) stays a
    number."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _csv_bytes(rows: list[tuple[date, str, dict[str, str]]]) -> bytes:
    """Oldest first, as an accountant reads a ledger; UTF-8, comma-separated, CRLF (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for _day, _number, row in _in_ledger_order(rows):
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def _in_ledger_order(
    rows: list[tuple[date, str, dict[str, str]]],
) -> list[tuple[date, str, dict[str, str]]]:
    return sorted(rows, key=lambda item: (item[0], item[1]))


def _write_zip(
    zip_path: Path, pdfs: list[Path], csv_path: Path, rows: list[tuple[date, str, dict[str, str]]]
) -> None:
    """The bundle, flat, from the finished files. Entries are dated by their invoice's day (the
    CSV by the newest), not by the clock, so the same export gives the same zip."""
    days = {row["file"]: day for day, _number, row in rows}
    newest = max(days.values(), default=date(1980, 1, 1))
    with (
        files.atomic_path(zip_path) as temp,
        zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle,
    ):
        for path in [*pdfs, csv_path]:
            day = days.get(path.name, newest)
            entry = zipfile.ZipInfo(path.name, date_time=(day.year, day.month, day.day, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            bundle.writestr(entry, path.read_bytes())
