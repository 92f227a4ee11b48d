"""`smartalex-desktop export`: the accountant bundle without the window, for scheduled jobs.

    smartalex-desktop export [--demo | --api-url URL --account EMAIL]
                             [--year YYYY | --from DATE --to DATE] --out DIR [--zip]
                             [--allow-saved-copy]
    smartalex-desktop export --all-accounts [--demo [--agency N] | --api-url URL]
                             --year YYYY --out DIR [--zip] [--allow-saved-copy]

`--all-accounts` exports every account at once (documents/agency_export.py: a folder per
practice, a combined invoices.csv with a practice column, summary.csv): with `--api-url`, every
sign-in the app remembered for that URL (the keyring lists them: `CredentialStore.
remembered_emails`), each refreshed under the same shared lock as a single export; in demo mode,
the demo's accounts (the agency practices when the folder holds them). Every account is synced
first; if any can only come from its saved copy, nothing is written and the exit status is 3
(naming them) unless `--allow-saved-copy`.

It syncs the account's offline copy first when SmartAlex answers. The sign-in for `--api-url` is
the one remembered in the system keyring by the app ("Remember me"), shared with the app: its
refresh token is rotated under the lock the app takes too (`credentials.SessionLock`) and the new
one saved back to the keyring, so neither ends the other's session and the next export signs in
again. When SmartAlex can't be reached, or nothing is remembered, only the saved copy is left:
that export runs only with `--allow-saved-copy` (saying from when); without it nothing is
written and the exit status is 3, so a scheduled job notices instead of handing over a stale
bundle. On failure it prints one sentence and exits non-zero (1: nothing usable, 2: wrong
arguments, 3: only the saved copy and no --allow-saved-copy, 130: cancelled with Ctrl+C — the
files finished before stay, no half file is left). No Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.credentials import CredentialStore, KeyringSession
from smartalex_desktop.documents import (
    ExportFailed,
    export_invoices,
    select_by_dates,
    select_by_year,
)
from smartalex_desktop.store import AccountMismatch, Store, StoreUnavailable, sync

if TYPE_CHECKING:
    from smartalex_desktop.documents import AgencyExportResult, PracticeInvoices

CANCELLED_EXIT = 130
SAVED_COPY_ONLY_EXIT = 3


class ExportError(Exception):
    """A sentence for the terminal; the export did not run (or nothing usable came of it)."""

    exit_status = 1


class SavedCopyOnly(ExportError):
    """SmartAlex did not answer (or nothing is remembered) and --allow-saved-copy was not given."""

    exit_status = SAVED_COPY_ONLY_EXIT


@dataclass
class Source:
    api_url: str
    email: str
    client: SmartAlexClient | None  # None: no remembered sign-in, the saved copy only
    why_no_client: str = ""  # the sentence that says why, when there is none


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smartalex-desktop export",
        description="Export invoices as PDFs plus a CSV summary (the accountant bundle).",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--demo", action="store_true", help="the demo account (the default)")
    where.add_argument("--api-url", help="the SmartAlex API the account belongs to")
    parser.add_argument("--account", help="the account's sign-in email (with --api-url)")
    parser.add_argument(
        "--all-accounts",
        action="store_true",
        help="every remembered account of --api-url (demo mode: the demo's accounts), each in "
        "a folder of its own, with a combined invoices.csv and summary.csv",
    )
    parser.add_argument(
        "--agency",
        type=int,
        default=0,
        metavar="N",
        help="demo mode: the agency demo's folder of N practices (as `smartalex-desktop --demo "
        "--agency N` seeds it)",
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--year", type=int, help="invoices issued in this year")
    when.add_argument("--from", dest="start", type=date.fromisoformat, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=date.fromisoformat, help="last day, YYYY-MM-DD")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write into")
    parser.add_argument("--zip", action="store_true", help="also write a zip of the files")
    parser.add_argument("--data-dir", type=Path, help="demo mode's sandbox data folder")
    parser.add_argument("--cache-dir", type=Path, help="the offline copies' folder")
    parser.add_argument(
        "--allow-saved-copy",
        action="store_true",
        help="when SmartAlex can't be reached (or no sign-in is remembered), export the copy "
        "saved before instead of failing with exit status 3",
    )
    args = parser.parse_args(argv)
    if args.all_accounts and args.account:
        parser.error("--all-accounts exports every remembered account: leave out --account")
    if args.api_url and not args.account and not args.all_accounts:
        parser.error("--api-url needs --account EMAIL (the account's sign-in email)")
    if args.agency and args.api_url:
        parser.error("--agency is the demo's: it goes with --demo, not --api-url")
    if args.end is not None and args.year is not None:
        parser.error("--to goes with --from, not with --year")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set())
    try:
        return _run_all(args, stop) if args.all_accounts else _run(args, stop)
    except ExportError as error:
        print(f"smartalex-desktop export: {error}", file=sys.stderr)
        return error.exit_status
    finally:
        signal.signal(signal.SIGINT, previous)


def _run(args: argparse.Namespace, stop: threading.Event) -> int:
    with _source(args) as source:
        try:
            store = Store.open(args.cache_dir, source.api_url, source.email)
        except StoreUnavailable as error:
            raise ExportError(error.user_message) from None
        with store:
            _refresh(source, store, allow_saved_copy=args.allow_saved_copy)
            account = store.account()
            if account is None:
                raise ExportError(
                    f"There is no saved copy of {source.email}'s invoices yet and SmartAlex "
                    "can't be reached; run the export again when it can."
                )
            chosen = _chosen(store.invoices(), args, account.timezone)
            if not chosen:
                print("No invoices in that period; nothing to export.")
                return 0
            return _export(chosen, account, args, stop)


@contextlib.contextmanager
def _source(args: argparse.Namespace) -> Iterator[Source]:
    if args.api_url:
        source = _remembered(args.api_url, args.account)
        try:
            yield source
        finally:
            if source.client is not None:
                source.client.close()
        return
    from smartalex_desktop.identity import default_demo_data_dir
    from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD
    from smartalex_desktop.sandbox.embedded import EmbeddedSandbox

    data_dir = args.data_dir or default_demo_data_dir(args.agency)
    with EmbeddedSandbox(data_dir, demo=True, agency=args.agency) as sandbox:
        client = SmartAlexClient(sandbox.url)
        try:
            client.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
            yield Source(sandbox.url, DEMO_EMAIL, client)
        finally:
            client.close()


def _remembered(api_url: str, email: str) -> Source:
    credentials = CredentialStore()
    try:
        token = credentials.load(api_url, email)
    except errors.CredentialsUnavailable as error:
        return Source(api_url, email, None, error.user_message)
    except errors.SmartAlexError as error:  # an insecure or refused URL
        raise ExportError(error.user_message) from None
    if token is None:
        return Source(
            api_url,
            email,
            None,
            f"No remembered sign-in for {email} at {api_url} (sign in once in the app with "
            "Remember me).",
        )

    def save_back(pair: models.TokenPair | None) -> None:
        """Called under the session lock: the rotated token is in the keyring before any
        other process (the app, the next export) can look."""
        try:
            if pair is None:
                credentials.forget(api_url, email)
            else:
                credentials.save(api_url, email, pair.refresh_token)
        except errors.CredentialsUnavailable as error:
            print(
                f"{error.user_message} The next export will need a new sign-in in the app.",
                file=sys.stderr,
            )

    try:
        client = SmartAlexClient(
            api_url,
            refresh_token=token,
            on_tokens=save_back,
            shared_session=KeyringSession(credentials, api_url, lambda: email),
        )
    except errors.SmartAlexError as error:
        raise ExportError(error.user_message) from None
    return Source(api_url, email, client)


def _refresh(source: Source, store: Store, *, allow_saved_copy: bool) -> None:
    """Bring the saved copy up to date when SmartAlex answers; when it doesn't, go on from the
    saved copy only if asked to (`--allow-saved-copy`), saying from when."""
    why = source.why_no_client
    if source.client is not None:
        try:
            report = sync(source.client, store)
            print(f"Synced with SmartAlex ({report.requests} requests).")
            return
        except (errors.Offline, errors.TimedOut, errors.ServerError) as error:
            why = error.user_message
        except errors.SmartAlexError as error:
            raise ExportError(error.user_message) from None
        except AccountMismatch:
            raise ExportError(
                f"The saved copy for {source.email} belongs to another account; move the "
                "cache folder aside (or pass another --cache-dir) and run the export again."
            ) from None
    if store.account() is None:
        raise ExportError(
            f"There is no saved copy of {source.email}'s invoices yet and SmartAlex can't be "
            f"reached ({why.rstrip('.')}); run the export again when it can."
        )
    saved = store.last_synced_at()
    if not allow_saved_copy:
        when = f" (saved on {saved.astimezone():%Y-%m-%d at %H:%M})" if saved else ""
        raise SavedCopyOnly(
            f"{why} Nothing was exported: only the saved copy{when} is available. Run the "
            "export again when SmartAlex answers, or add --allow-saved-copy to export that copy."
        )
    print(f"{why} Exporting from the saved copy only.", file=sys.stderr)
    if saved is not None:
        print(f"Exporting from the copy saved on {saved.astimezone():%Y-%m-%d at %H:%M}.")


def _chosen(
    invoices: list[models.Invoice], args: argparse.Namespace, timezone: str
) -> list[models.Invoice]:
    if args.year is not None:
        return select_by_year(invoices, args.year, timezone)
    if args.start is not None or args.end is not None:
        return select_by_dates(invoices, args.start, args.end, timezone)
    return invoices


def _export(
    invoices: list[models.Invoice],
    account: models.Account,
    args: argparse.Namespace,
    stop: threading.Event,
) -> int:
    on_terminal = sys.stdout.isatty()

    def progress(done: int, total: int) -> None:
        if on_terminal:  # one line that counts up; a log file gets only the summary
            print(f"\rExporting {done} of {total} invoices…", end="", flush=True)

    label = str(args.year) if args.year else datetime.now().strftime("%Y-%m-%d")
    try:
        result = export_invoices(
            invoices,
            account,
            args.out,
            zip_name=f"SmartAlex invoices {label}.zip" if args.zip else None,
            progress=progress,
            cancelled=stop.is_set,
        )
    except ExportFailed as error:
        if on_terminal:
            print()
        raise ExportError(error.user_message) from None
    if on_terminal:
        print()
    if result.cancelled:
        print(
            f"Export cancelled: {len(result.pdfs)} finished PDFs stay in {result.folder}; "
            "no half-written file was left.",
            file=sys.stderr,
        )
        return CANCELLED_EXIT
    print(f"Wrote {len(result.files)} files to {result.folder}.")
    return 0


# --- every account at once ----------------------------------------------------------------------


def _run_all(args: argparse.Namespace, stop: threading.Event) -> int:
    """`--all-accounts`: every account synced first (all or nothing about the saved copies),
    then one bundle for them all."""
    with contextlib.ExitStack() as stack:
        sources = stack.enter_context(_all_sources(args))
        practices: list[PracticeInvoices] = []
        saved_only: list[str] = []
        for source in sources:
            try:
                store = stack.enter_context(
                    Store.open(args.cache_dir, source.api_url, source.email)
                )
            except StoreUnavailable as error:
                raise ExportError(error.user_message) from None
            try:
                _refresh(source, store, allow_saved_copy=args.allow_saved_copy)
            except SavedCopyOnly:
                saved_only.append(source.email)
                continue
            practices.append(_practice(source.email, store, args))
        if saved_only:
            raise SavedCopyOnly(
                f"Nothing was exported: SmartAlex could not be reached for {', '.join(saved_only)}"
                " (or no sign-in is remembered), so only their saved copies are available. Run "
                "the export again when it answers, or add --allow-saved-copy to export those."
            )
        if not any(practice.invoices for practice in practices):
            print("No invoices in that period for any account; nothing to export.")
            return 0
        result = _export_all(practices, args, stop)
    if result.cancelled:
        print(
            f"Export cancelled: the files finished stay in {result.folder}; no half-written "
            "file was left.",
            file=sys.stderr,
        )
        return CANCELLED_EXIT
    invoices = sum(len(part.practice.invoices) for part in result.practices)
    print(
        f"Wrote {invoices} invoices of {len(result.practices)} accounts to {result.folder} "
        "(a folder per practice, invoices.csv and summary.csv)."
    )
    return 0


@contextlib.contextmanager
def _all_sources(args: argparse.Namespace) -> Iterator[list[Source]]:
    """The accounts to export: the remembered sign-ins of `--api-url`, or the demo's."""
    if args.api_url:
        emails = _remembered_emails(args.api_url)
        sources = [_remembered(args.api_url, email) for email in emails]
        try:
            yield sources
        finally:
            for source in sources:
                if source.client is not None:
                    source.client.close()
        return
    from smartalex_desktop.identity import default_demo_data_dir
    from smartalex_desktop.sandbox.demo_accounts import (
        DEMO_EMAIL,
        DEMO_PASSWORD,
        OTHER_EMAIL,
        OTHER_PASSWORD,
        agency_sign_ins,
    )
    from smartalex_desktop.sandbox.embedded import EmbeddedSandbox

    data_dir = args.data_dir or default_demo_data_dir(args.agency)
    with EmbeddedSandbox(data_dir, demo=True, agency=args.agency) as sandbox:
        held = sandbox.agency_practices
        sign_ins = (
            agency_sign_ins(args.agency or held)
            if held
            else [(DEMO_EMAIL, DEMO_PASSWORD), (OTHER_EMAIL, OTHER_PASSWORD)]
        )
        sources: list[Source] = []
        try:
            for email, password in sign_ins:
                client = SmartAlexClient(sandbox.url)
                sources.append(Source(sandbox.url, email, client))
                client.sign_in(email, password)
            yield sources
        except errors.SmartAlexError as error:
            raise ExportError(error.user_message) from None
        finally:
            for source in sources:
                if source.client is not None:
                    source.client.close()


def _remembered_emails(api_url: str) -> list[str]:
    try:
        emails = CredentialStore().remembered_emails(api_url)
    except errors.SmartAlexError as error:  # no keyring, or a URL refused
        raise ExportError(error.user_message) from None
    if not emails:
        raise ExportError(
            f"No sign-in is remembered for {api_url}: sign in to each account once in the app "
            "with Remember me, then export again."
        )
    return emails


def _practice(email: str, store: Store, args: argparse.Namespace) -> PracticeInvoices:
    from smartalex_desktop.documents import PracticeInvoices

    account = store.account()
    if account is None:  # _refresh made sure there is a copy
        raise ExportError(f"There is no saved copy of {email}'s invoices yet.")
    return PracticeInvoices(email, account, _chosen(store.invoices(), args, account.timezone))


def _export_all(
    practices: list[PracticeInvoices], args: argparse.Namespace, stop: threading.Event
) -> AgencyExportResult:
    from smartalex_desktop.documents import export_all_accounts

    on_terminal = sys.stdout.isatty()

    def progress(done: int, total: int) -> None:
        if on_terminal:
            print(f"\rExporting {done} of {total} invoices…", end="", flush=True)

    label = str(args.year) if args.year else datetime.now().strftime("%Y-%m-%d")
    try:
        result = export_all_accounts(
            practices,
            args.out,
            zip_name=f"SmartAlex invoices {label}" if args.zip else None,
            progress=progress,
            cancelled=stop.is_set,
        )
    except ExportFailed as error:
        raise ExportError(error.user_message) from None
    finally:
        if on_terminal:
            print()
    return result
