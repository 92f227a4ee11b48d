"""The accountant's bundle for every account an agency manages, in one folder.

    <out>/
      Cedar-Park-Dental_practice-004/    one folder per practice: its PDFs and its invoices.csv
      Cedar-Park-Dental_practice-028/    (two practices of one name: told apart by their sign-in)
      Maple-Grove-Dental/
      invoices.csv                       every invoice of every practice, with a practice column
      summary.csv                        per practice and month: what the invoices were for
      SmartAlex invoices 2026.zip        with --zip: all of the above

No Qt: the window's Export All… (on a worker) and `smartalex-desktop export --all-accounts`
share it. Each practice's part is the single-account export (`export_invoices`), so its PDFs,
file names, CSV cells and guarantees are the same: every file whole or absent, a cancelled
export stops before the next file and writes neither the combined CSVs nor the zip (they would
describe what is not there), a failure says which practice and what to do.

`summary.csv` is made from the invoices' lines (docs/billing-rules.md; the line kinds are the
API's): per practice and per month of the invoice's day in the practice's timezone, the
subscription (with prorations), phone numbers, usage billed to the card, Wallet top-ups, refunds,
anything else, tax and the total, in dollars. A credit note counts against its month (its
refund and its tax negative), a void invoice not at all. The columns of a month add up to its
total, and the totals to what the invoices say.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smartalex_desktop.api import models
from smartalex_desktop.documents import files, names, text
from smartalex_desktop.documents.export import (
    CSV_COLUMNS,
    CSV_NAME,
    ExportFailed,
    ExportResult,
    InvoiceRenderer,
    export_invoices,
)

SUMMARY_NAME = "summary.csv"
COMBINED_COLUMNS = ("practice", "account", *CSV_COLUMNS)
# summary.csv's money columns, each month's sum over its invoices (see LINE_COLUMNS).
_AMOUNT_COLUMNS = (
    "subscription",
    "phone_numbers",
    "usage_billed_to_card",
    "wallet_top_ups",
    "refunds",
    "other",
    "tax",
    "total",
)
SUMMARY_COLUMNS = ("practice", "account", "month", *_AMOUNT_COLUMNS, "invoices", "currency")
# Which summary column an invoice line of each kind (the API's) goes to; "tax" lines are the
# invoice's tax_cents, and a kind not listed goes to "other".
LINE_COLUMNS = {
    "subscription": "subscription",
    "proration": "subscription",
    "phone_number": "phone_numbers",
    "usage": "usage_billed_to_card",
    "wallet_top_up": "wallet_top_ups",
    "refund": "refunds",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class PracticeInvoices:
    """One account's part of the bundle: its sign-in, its account (name, timezone, address for
    the PDFs) and the invoices chosen, complete (lines and payments: from the offline copy)."""

    email: str
    account: models.Account
    invoices: Sequence[models.Invoice]

    @property
    def name(self) -> str:
        return self.account.company_name or self.email


@dataclass(frozen=True)
class PracticeExport:
    practice: PracticeInvoices
    folder: Path
    result: ExportResult


@dataclass(frozen=True)
class AgencyExportResult:
    folder: Path
    practices: tuple[PracticeExport, ...] = ()
    invoices_csv: Path | None = None
    summary_csv: Path | None = None
    zip: Path | None = None
    cancelled: bool = False

    @property
    def files(self) -> tuple[Path, ...]:
        every = [path for part in self.practices for path in part.result.files]
        every += [p for p in (self.invoices_csv, self.summary_csv, self.zip) if p is not None]
        return tuple(every)


def signed_cents(invoice: models.Invoice, cents: int) -> int:
    """An amount of `invoice` as the books count it: a credit note's amounts are money given
    back, so negative. The one place the bundle decides a sign (documents/export.py's CSV shows
    the invoices' own figures)."""
    return -cents if invoice.kind == "credit_note" else cents


def practice_folders(practices: Sequence[PracticeInvoices]) -> dict[str, str]:
    """A folder name per practice (by sign-in email): the practice's name made safe
    (`names.safe_part`). Names that collide — two practices of one name, or names that differ
    only in case or in characters a file name can't hold — each get their sign-in added, so
    no folder is shared and none depends on which practice came first."""
    base = {p.email: names.safe_part(p.name, p.email.split("@")[0]) for p in practices}
    counts: dict[str, int] = {}
    for stem in base.values():
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    for practice in sorted(practices, key=lambda p: (p.name.casefold(), p.email.casefold())):
        stem = base[practice.email]
        if counts[stem.casefold()] > 1:
            stem = names.safe_part(f"{stem}_{practice.email.split('@')[0]}", stem)
        candidate, number = stem, 2
        while candidate.casefold() in taken:
            candidate, number = f"{stem}_{number}", number + 1
        taken.add(candidate.casefold())
        chosen[practice.email] = names.checked(candidate)
    return chosen


def summary_rows(practice: PracticeInvoices) -> list[dict[str, str]]:
    """`summary.csv`'s rows for one practice, oldest month first (months with invoices only)."""
    months: dict[str, dict[str, int]] = {}
    counts: dict[str, int] = {}
    for invoice in practice.invoices:
        if invoice.status == "void":
            continue
        day = text.local_day(invoice.created_at, practice.account.timezone)
        month = f"{day.year:04d}-{day.month:02d}"
        sums = months.setdefault(month, dict.fromkeys(_AMOUNT_COLUMNS, 0))
        counts[month] = counts.get(month, 0) + 1
        mapped = 0
        for line in invoice.lines:
            if line.kind == "tax":
                continue
            column = LINE_COLUMNS.get(line.kind, "other")
            sums[column] += signed_cents(invoice, line.amount_cents)
            mapped += signed_cents(invoice, line.amount_cents)
        # Whatever the lines do not account for (a summary without lines): "other", so the
        # columns always add up to the total.
        sums["other"] += signed_cents(invoice, invoice.subtotal_cents) - mapped
        sums["tax"] += signed_cents(invoice, invoice.tax_cents)
        sums["total"] += signed_cents(invoice, invoice.total_cents)
    return [
        {
            "practice": _text_cell(practice.name),
            "account": _text_cell(practice.email),
            "month": month,
            **{column: text.plain_dollars(months[month][column]) for column in _AMOUNT_COLUMNS},
            "invoices": str(counts[month]),
            "currency": "USD",
        }
        for month in sorted(months)
    ]


def export_all_accounts(
    practices: Sequence[PracticeInvoices],
    out_dir: Path,
    *,
    zip_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    render: InvoiceRenderer | None = None,
) -> AgencyExportResult:
    """Write each practice's PDFs and invoices.csv into its folder, then the combined
    `invoices.csv` and `summary.csv`, then — if `zip_name` — a zip of it all. `progress(done,
    total)` counts invoices over every practice. Runs on a worker; raises `ExportFailed` (its
    sentence names the practice)."""
    folder = Path(out_dir)
    is_cancelled = cancelled or (lambda: False)
    folders = practice_folders(practices)
    total = sum(len(p.invoices) for p in practices)
    done = 0
    parts: list[PracticeExport] = []

    def partial(cancelled_now: bool = False) -> AgencyExportResult:
        return AgencyExportResult(folder, tuple(parts), cancelled=cancelled_now)

    if progress:
        progress(0, total)
    for practice in sorted(practices, key=lambda p: folders[p.email].casefold()):
        if is_cancelled():
            return partial(True)
        target = folder / folders[practice.email]
        base = done

        def advanced(finished: int, _count: int, base: int = base) -> None:
            if progress:
                progress(base + finished, total)

        try:
            result = export_invoices(
                list(practice.invoices),
                practice.account,
                target,
                progress=advanced,
                cancelled=is_cancelled,
                render=render,
            )
        except ExportFailed as error:
            raise ExportFailed(f"{practice.name}: {error.user_message}", error.partial) from None
        parts.append(PracticeExport(practice, target, result))
        done = base + len(practice.invoices)
        if result.cancelled:
            return partial(True)
    if is_cancelled():
        return partial(True)
    combined = _write(folder / CSV_NAME, _combined_csv(parts, folders), folder)
    every_month = [row for part in parts for row in summary_rows(part.practice)]
    summary = _write(folder / SUMMARY_NAME, _csv(SUMMARY_COLUMNS, every_month), folder)
    bundle = None
    if zip_name:
        bundle = folder / names.zip_file_name(zip_name)
        try:
            _write_zip(bundle, folder, [*_relative(parts, folder), CSV_NAME, SUMMARY_NAME])
        except OSError as error:
            raise ExportFailed(_write_failure(bundle, error), ExportResult(folder)) from error
    return AgencyExportResult(folder, tuple(parts), combined, summary, bundle)


def _combined_csv(parts: Iterable[PracticeExport], folders: dict[str, str]) -> bytes:
    """Every practice's invoices.csv rows, the practice first, oldest day first."""
    rows: list[tuple[str, str, str, dict[str, str]]] = []
    for part in parts:
        practice = part.practice
        folder = folders[practice.email]
        for row in part.result.csv_rows:
            combined = {
                "practice": _text_cell(practice.name),
                "account": _text_cell(practice.email),
                **row,
                "file": f"{folder}/{row['file']}",  # relative to the bundle, as in the zip
            }
            rows.append((row["date"], practice.name.casefold(), row["number"], combined))
    rows.sort(key=lambda item: item[:3])
    return _csv(COMBINED_COLUMNS, [row for *_key, row in rows])


def _csv(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> bytes:
    """UTF-8, comma-separated, CRLF (RFC 4180), as invoices.csv is."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def _text_cell(value: str) -> str:
    """Text from the server as a cell a spreadsheet shows and never runs (as export.py does)."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _write(path: Path, data: bytes, folder: Path) -> Path:
    try:
        return files.write_atomic(path, data)
    except OSError as error:
        raise ExportFailed(_write_failure(path, error), ExportResult(folder)) from error


def _write_failure(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return (
        f"{path.name} could not be written in {path.parent} ({reason}). Check that the folder "
        "is writable and the disk has free space, then export again."
    )


def _relative(parts: Iterable[PracticeExport], folder: Path) -> list[str]:
    return [
        path.relative_to(folder).as_posix()
        for part in parts
        for path in part.result.files
        if path.suffix.lower() != ".zip"
    ]


def _write_zip(zip_path: Path, folder: Path, entries: list[str]) -> None:
    """The bundle with its folders, from the finished files; dated by their content's day where
    the name says it (the PDFs), else by the newest such day, so the same export gives the same
    zip."""
    days: dict[str, date] = {}
    for entry in entries:
        stem = entry.rsplit("/", 1)[-1][:10]
        try:
            days[entry] = date.fromisoformat(stem)
        except ValueError:
            continue
    newest = max(days.values(), default=date(1980, 1, 1))
    with (
        files.atomic_path(zip_path) as temp,
        zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle,
    ):
        for entry in entries:
            day = days.get(entry, newest)
            info = zipfile.ZipInfo(entry, date_time=(day.year, day.month, day.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, (folder / entry).read_bytes())
