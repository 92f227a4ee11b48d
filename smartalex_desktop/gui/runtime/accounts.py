"""The signed-in accounts, which one the window shows, and what changed in it.

An agency manager can keep several clinics signed in and switch between them. Each account is
an `AccountSession`: its own API client (own tokens), its email and API URL, and whether its
refresh token is remembered in the keyring. Signing in, restoring remembered sessions and
signing out run through the one TaskRunner (network and keyring never on the GUI thread); the
views learn about it through signals:

- `current_changed(session | None)`: the window now shows another account (or none);
- `changed(Change)`: something in the current account changed (only those views reload);
- `sessions_changed()`: the list of signed-in accounts changed (the Account menu);
- `notice(str)`: something the user should read (no secure keyring: kept in memory only).

Bringing accounts' offline copies up to date goes through `refresher` (an `AccountRefresher`:
account by account, a few at a time, with a backoff per account), whoever asks — a sign-in,
SmartAlex answering again, the background refresh, the All Accounts view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.credentials import CredentialStore, KeyringSession
from smartalex_desktop.gui.runtime.account_refresh import AccountRefresher
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.saved_copy_reader import SavedCopyReader
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
from smartalex_desktop.store import Store, StoreUnavailable

log = logging.getLogger(__name__)

ClientFactory = Callable[..., SmartAlexClient]
RECONNECT_MS = 10_000  # how often an offline app asks whether SmartAlex answers again
SIGN_IN_CONCURRENCY = 4  # sign-ins at once when many are asked for together (the agency demo)


@dataclass(frozen=True)
class _SignedIn:
    session: AccountSession
    account: models.Account


class Accounts(QObject):
    current_changed = Signal(object)
    changed = Signal(object)
    sessions_changed = Signal()
    notice = Signal(str)
    # The shown account's connection: (offline, the time its saved copy is from or None).
    connection_changed = Signal(bool, object)
    _keyring_failed = Signal(str)  # from worker threads; delivered on the GUI thread
    _offline_seen = Signal(object)  # from worker threads: a read was answered from the copy

    def __init__(
        self,
        runner: TaskRunner,
        credentials: CredentialStore,
        settings: AppSettings,
        client_factory: ClientFactory = SmartAlexClient,
        cache_root: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache_root = cache_root
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self.check_connection)
        self.runner = runner
        self._credentials = credentials
        self._settings = settings
        self._client_factory = client_factory
        self._sessions: list[AccountSession] = []
        self._current: AccountSession | None = None
        self._keyring_failed.connect(self.notice)
        self._offline_seen.connect(self.went_offline)
        self.refresher = AccountRefresher(runner, self._open_store, self)

    # --- what the views read ------------------------------------------------------------------

    @property
    def current(self) -> AccountSession | None:
        return self._current

    @property
    def cache_root(self) -> Path | None:
        """Where offline copies live (None: the platform's user data folder)."""
        return self._cache_root

    @property
    def sessions(self) -> list[AccountSession]:
        return list(self._sessions)

    def announce(self, change: Change) -> None:
        """Say what an action changed in the current account; the views showing it reload."""
        self.changed.emit(change)

    def switch_to(self, session: AccountSession) -> None:
        if session is self._current or session not in self._sessions:
            return
        self._current = session
        self.current_changed.emit(session)
        self._say_connection(session)

    # --- the offline copy -----------------------------------------------------------------------

    def sync(self, session: AccountSession) -> None:
        """Bring the account's offline copy up to date, in the background (through the
        refresher: a few accounts at a time). A sync that can't reach SmartAlex changes
        nothing (the copy keeps what it had)."""
        self.refresher.refresh([session], force=True)

    def went_offline(self, session: AccountSession) -> None:
        """A view could not reach SmartAlex and showed the saved copy instead."""
        if session.offline_since is not None:
            return
        session.offline_since = datetime.now(UTC)
        self._say_connection(session)
        if not self._reconnect.isActive():
            self._reconnect.start()

    def check_connection(self) -> None:
        """While offline, every so often: does SmartAlex answer again?"""
        waiting = [s for s in self._sessions if s.offline_since is not None]
        if not waiting:
            self._reconnect.stop()
        for session in waiting:
            self.runner.run(
                session.client.account,
                on_success=lambda _account, s=session: self._back_online(s),
                on_failure=lambda _error: None,
                description="reconnect",
            )

    def _back_online(self, session: AccountSession) -> None:
        if session.offline_since is None:
            return
        session.offline_since = None
        self._say_connection(session)
        self.sync(session)
        if session is self._current:
            self.announce(Change.ALL)

    def _say_connection(self, session: AccountSession) -> None:
        if session is self._current:
            offline = session.offline_since is not None
            self.connection_changed.emit(offline, session.saved_at if offline else None)

    def open_store(self, session: AccountSession) -> Store | None:
        """On a worker: the account's offline copy (opened once; None if the disk refuses)."""
        return self._open_store(session)

    def _open_store(self, session: AccountSession) -> Store | None:
        """On a worker: the account's offline copy (opened once; None if the disk refuses)."""
        if session.store is None:
            try:
                session.store = Store.open(self._cache_root, session.api_url, session.email)
                session.saved_at = session.store.last_synced_at()
            except StoreUnavailable as error:
                log.warning("no offline copy: %s", error.user_message)
        return session.store

    # --- signing in ---------------------------------------------------------------------------

    def sign_in(
        self,
        api_url: str,
        email: str,
        password: str,
        *,
        remember: bool,
        demo: bool = False,
        on_success: Callable[[AccountSession], None] | None = None,
        on_failure: Callable[[errors.SmartAlexError], None] | None = None,
    ) -> None:
        """Sign in on a worker; the new session becomes the current one."""

        def sign_in() -> _SignedIn:
            session = self._new_session(api_url, email.strip(), remember=remember, demo=demo)
            session.client.sign_in(session.email, password)
            account = session.client.account()
            self._open_store(session)
            return _SignedIn(session, account)

        def done(result: _SignedIn) -> None:
            session = self._adopt(result)
            self.sync(session)
            if remember and session.keyring_note is None:
                self._settings.remember_account(session.api_url, session.email)
            if on_success is not None:
                on_success(session)

        self.runner.run(sign_in, on_success=done, on_failure=on_failure, description="sign in")

    def sign_in_many(
        self,
        api_url: str,
        sign_ins: Sequence[tuple[str, str]],
        *,
        demo: bool = False,
        on_done: Callable[[list[AccountSession]], None] | None = None,
    ) -> None:
        """Sign in to several accounts at once (the agency demo's fifty): a few at a time on
        workers, without remembering them; the first becomes the current one if there is none.
        Their offline copies then come up to date through the refresher, a few at a time,
        rather than fifty first syncs at once. One that fails is said, the others go on."""
        order = {email.strip().casefold(): n for n, (email, _password) in enumerate(sign_ins)}
        chunks = [list(sign_ins[i::SIGN_IN_CONCURRENCY]) for i in range(SIGN_IN_CONCURRENCY)]
        chunks = [chunk for chunk in chunks if chunk]
        adopted: list[AccountSession] = []
        left = [len(chunks)]

        def sign_in_chunk(
            chunk: list[tuple[str, str]],
        ) -> tuple[list[_SignedIn], list[errors.SmartAlexError]]:
            signed_in, failed = [], []
            for email, password in chunk:
                session = self._new_session(api_url, email.strip(), remember=False, demo=demo)
                try:
                    session.client.sign_in(session.email, password)
                    account = session.client.account()
                except errors.SmartAlexError as error:
                    failed.append(error)
                    session.client.close()
                    continue
                self._open_store(session)
                signed_in.append(_SignedIn(session, account))
            return signed_in, failed

        def one_done() -> None:
            left[0] -= 1
            if left[0]:
                return
            # The accounts' menu in the order asked for, not the order the sign-ins finished.
            self._sessions.sort(key=lambda s: order.get(s.email.casefold(), -1))
            self.sessions_changed.emit()
            self.refresher.refresh(adopted)
            if on_done is not None:
                on_done(adopted)

        def chunk_done(result: tuple[list[_SignedIn], list[errors.SmartAlexError]]) -> None:
            signed_in, failed = result
            for item in signed_in:
                adopted.append(
                    self._adopt(item, make_current=self._current is None, announce=False)
                )
            if signed_in:
                self.sessions_changed.emit()
            if failed:
                self.notice.emit(failed[0].user_message)
            one_done()

        def chunk_failed(error: errors.SmartAlexError) -> None:
            self.notice.emit(error.user_message)
            one_done()

        if not chunks and on_done is not None:
            on_done([])
        for chunk in chunks:
            self.runner.run(
                lambda c=chunk: sign_in_chunk(c),
                on_success=chunk_done,
                on_failure=chunk_failed,
                description="sign in",
            )

    def restore(
        self,
        api_url: str,
        on_done: Callable[[list[AccountSession]], None],
    ) -> None:
        """Sign in again, without a password, every account remembered for `api_url` (its
        refresh token from the keyring). One that no longer works is forgotten; a keyring that
        can't be reached is said once, and the sign-in dialog takes over."""
        remembered = self._settings.remembered_accounts(api_url)

        def restore() -> tuple[list[_SignedIn], list[str], str | None]:
            restored: list[_SignedIn] = []
            gone: list[str] = []
            for account in remembered:
                try:
                    token = self._credentials.load(api_url, account.email)
                except errors.CredentialsUnavailable as error:
                    return restored, gone, error.user_message
                if token is None:
                    gone.append(account.email)
                    continue
                session = self._new_session(api_url, account.email, remember=True, token=token)
                try:
                    restored.append(_SignedIn(session, session.client.account()))
                except errors.SessionExpired:
                    gone.append(account.email)
                    continue
                except (errors.Offline, errors.TimedOut):
                    # Unreachable at start: the account opens on its saved copy, if any.
                    saved = self._open_store(session)
                    cached = saved.account() if saved is not None else None
                    if cached is None:
                        raise
                    session.offline_since = datetime.now(UTC)
                    restored.append(_SignedIn(session, cached))
                    continue
                self._open_store(session)
            return restored, gone, None

        def done(result: tuple[list[_SignedIn], list[str], str | None]) -> None:
            restored, gone, problem = result
            for email in gone:
                self._settings.forget_account(api_url, email)
            sessions = [self._adopt(item, make_current=False, announce=False) for item in restored]
            if sessions:
                self.sessions_changed.emit()
            if sessions and self._current is None:
                self.switch_to(sessions[0])
            for session in sessions:
                if session.offline_since is None:
                    self.sync(session)
            if problem:
                self.notice.emit(problem)
            on_done(sessions)

        def failed(error: errors.SmartAlexError) -> None:
            self.notice.emit(error.user_message)
            on_done([])

        self.runner.run(restore, on_success=done, on_failure=failed, description="restore")

    # --- signing out --------------------------------------------------------------------------

    def sign_out(self, session: AccountSession, on_done: Callable[[], None] | None = None) -> None:
        """Revoke the session on the server (best effort), forget its keyring entry, and show
        the next signed-in account (or none)."""
        self._settings.forget_account(session.api_url, session.email)
        self.refresher.forget(session)
        if session in self._sessions:
            index = self._sessions.index(session)
            self._sessions.remove(session)
            self.sessions_changed.emit()
            if session is self._current:
                self._current = None
                if self._sessions:
                    self.switch_to(self._sessions[min(index, len(self._sessions) - 1)])
                else:
                    self.current_changed.emit(None)

        def sign_out() -> None:
            session.client.sign_out()  # forgets the keyring entry through on_tokens(None)
            session.client.close()

        self.runner.run(
            sign_out,
            on_success=lambda _none: on_done() if on_done else None,
            on_failure=lambda _error: on_done() if on_done else None,
            description="sign out",
        )

    def close_all(self) -> None:
        """At quit: close the clients (their sessions stay valid for next time)."""
        for session in self._sessions:
            session.client.close()
            if session.store is not None:
                session.store.close()

    # --- account details that live in the session ---------------------------------------------

    def email_changed(self, session: AccountSession, new_email: str) -> None:
        """The sign-in email changed on the server: move the keyring entry (on a worker) and
        what the settings remember."""
        old_email = session.email
        session.email = new_email
        if session.remembered:
            self._settings.forget_account(session.api_url, old_email)
            self._settings.remember_account(session.api_url, new_email)

            def move() -> None:
                try:
                    self._credentials.move(session.api_url, old_email, new_email)
                except errors.CredentialsUnavailable as error:
                    self._keyring_failed.emit(error.user_message)

            self.runner.run(move, description="move keyring entry")
        self.sessions_changed.emit()
        if session is self._current:
            self.announce(Change.ACCOUNT)

    def account_updated(self, session: AccountSession, account: models.Account) -> None:
        session.practice_name = account.company_name
        session.timezone = account.timezone or "UTC"
        self.sessions_changed.emit()
        if session is self._current:
            self.announce(Change.ACCOUNT)

    # --- internals ----------------------------------------------------------------------------

    def _new_session(
        self,
        api_url: str,
        email: str,
        *,
        remember: bool,
        demo: bool = False,
        token: str | None = None,
    ) -> AccountSession:
        """Runs on a worker. The client's new tokens go to the keyring as they rotate when the
        session is remembered; a keyring that fails keeps the session in memory and says so."""
        holder: list[AccountSession] = []

        def on_tokens(pair: models.TokenPair | None) -> None:  # on a worker thread
            session = holder[0]
            if not session.remembered:
                return
            try:
                if pair is None:
                    self._credentials.forget(session.api_url, session.email)
                else:
                    self._credentials.save(session.api_url, session.email, pair.refresh_token)
            except errors.CredentialsUnavailable as error:
                session.remembered = False
                session.keyring_note = error.user_message
                self._keyring_failed.emit(
                    f"{error.user_message} You stay signed in until you quit SmartAlex Desktop."
                )

        client = self._client_factory(
            api_url,
            refresh_token=token,
            on_tokens=on_tokens,
            thread_guard=refuse_gui_thread,
            # A scheduled export refreshes this session too: one lock, the keyring's token first.
            shared_session=KeyringSession(
                self._credentials,
                api_url,
                lambda: holder[0].email,
                remembered=lambda: holder[0].remembered,
            ),
        )
        session = AccountSession(api_url=api_url, email=email, client=client, remembered=remember)
        session.demo = demo
        # The reader answers every client call (reads from the copy when offline): typed as
        # the client it stands in for, so callers' calls are checked against the client's.
        session.reader = cast(SmartAlexClient, SavedCopyReader(session, self._offline_seen.emit))
        holder.append(session)
        return session

    def _adopt(
        self, result: _SignedIn, *, make_current: bool = True, announce: bool = True
    ) -> AccountSession:
        """On the GUI thread: the session joins the list (replacing one for the same account).
        `announce=False`: the caller adopts several and emits `sessions_changed` once after
        them (each emission rebuilds All Accounts and the Account menu: fifty of them, one by
        one, held the GUI thread for seconds)."""
        session, account = result.session, result.account
        session.practice_name = account.company_name
        session.timezone = account.timezone or "UTC"
        for existing in list(self._sessions):
            same_account = existing.email.lower() == session.email.lower()
            if existing.api_url == session.api_url and same_account:
                self._sessions.remove(existing)
                if existing is self._current:
                    self._current = None
        self._sessions.append(session)
        if announce:
            self.sessions_changed.emit()
        if make_current:
            self._current = session
            self.current_changed.emit(session)
            self._say_connection(session)
        if session.offline_since is not None and not self._reconnect.isActive():
            self._reconnect.start()
        return session
