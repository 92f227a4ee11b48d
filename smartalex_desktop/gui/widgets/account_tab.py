"""What every tab shares: it shows the current account, reloads when that account changes or
when an action changed what it shows, and loads through the one TaskRunner.

A tab subclasses `AccountTab`, sets `shows` (the `Change`s it displays), and implements
`load(session)` (start its background calls) and `clear()` (no account). Actions that need
SmartAlex go through `allow()`, and the tab re-decides them in `update_actions()`, which also runs
when the connection drops or comes back. A reload that starts
while the previous one is still running cancels the older result, so a slow answer never
overwrites a newer one. Tabs that are not visible reload when they are next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.api.errors import SessionExpired, SmartAlexError
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.destinations import Destination
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import Task, TaskRunner
from smartalex_desktop.gui.widgets.connection_gate import needs_connection
from smartalex_desktop.gui.widgets.message_bar import Level
from smartalex_desktop.gui.widgets.saved_documents import default_folder, make_folder

T = TypeVar("T")


class AccountTab(QWidget):
    shows: Change = Change(0)
    title: str = ""  # with its mnemonic, e.g. "&Plan"
    icon_name: str = ""

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.runner: TaskRunner = accounts.runner
        self._stale = True
        self._tasks: dict[str, Task[Any]] = {}
        self.document_folder: Path | None = None  # where the user last saved a document
        accounts.current_changed.connect(self._on_current_changed)
        accounts.changed.connect(self._on_changed)
        accounts.connection_changed.connect(lambda *_: self.update_actions())

    @property
    def session(self) -> AccountSession | None:
        return self.accounts.current

    @property
    def account_timezone(self) -> str:
        """The shown account's timezone, in which every date of its views is shown (UTC with
        no account): dates are timezone-aware and shown as the account sees them."""
        return self.session.timezone if self.session is not None else "UTC"

    @property
    def online(self) -> bool:
        """False while the shown account's views come from the saved copy."""
        session = self.session
        return session is not None and session.offline_since is None

    # --- for subclasses -----------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def update_actions(self) -> None:
        """Enable or disable the actions that need SmartAlex (through `allow`). Tabs with such
        actions override it; it runs again whenever the connection drops or comes back."""

    def go_to(self, destination: Destination) -> None:
        """The window has just shown this tab for a reason (the All Accounts view opened the
        account where its problem is): select the record or start the action `destination`
        names, now or once the tab's data has arrived. Tabs with something to select or
        start override it; the others only show themselves."""

    def allow(self, target: QWidget | QAction, enabled: bool) -> None:
        """Enable an action that needs SmartAlex when `enabled` holds and SmartAlex answers;
        offline it is disabled and its tooltip says why."""
        needs_connection(target, enabled, online=self.online)

    def fetch(
        self,
        name: str,
        call: Callable[[SmartAlexClient], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[SmartAlexError], None] | None = None,
    ) -> Task[T]:
        """Run `call(client)` for the current account on a worker; only the newest fetch of
        `name` delivers, and only if the account is still the one shown. The client is the
        session's reader: SmartAlex, or the offline copy when SmartAlex can't be reached."""
        session = self.session
        if session is None:
            raise RuntimeError("no account is shown")
        previous = self._tasks.get(name)
        if previous is not None:
            previous.cancel()

        def delivered(result: T) -> None:
            if self.session is session:
                on_success(result)

        def failed(error: SmartAlexError) -> None:
            if self.session is not session or isinstance(error, SessionExpired):
                return  # an ended session is the window's to handle: it offers "Sign In…"
            if on_failure is not None:
                on_failure(error)
            else:
                self.runner.failed.emit(error)

        task = self.runner.run(
            lambda: call(session.reader),
            on_success=delivered,
            on_failure=failed,
            description=f"{type(self).__name__}: {name}",
        )
        self._tasks[name] = task
        return task

    def say_if_offline(self, action: str) -> bool:
        """For paths a disabled button doesn't cover (a double click, a shortcut): True when
        SmartAlex answers; otherwise the message bar says why `action` ("Paying an invoice")
        can't start, and nothing starts."""
        if not self.online:
            self.show_error(
                f"{action} needs a connection to SmartAlex, which can't be reached right now. "
                "Try again once the status bar says Connected."
            )
        return self.online

    def save_document(
        self,
        title: str,
        suggested_name: str,
        write: Callable[[SmartAlexClient, Path], Path],
        saved: Callable[[Path], str],
        busy: Callable[[bool], None] = lambda _busy: None,
    ) -> None:
        """Save a PDF where the user chooses: the folder is made on a worker (the default one
        may not exist yet), the platform's dialog asks, then `write(reader, path)` makes and
        writes the file on a worker. `saved(path)` is the sentence the window shows after, with
        "Open Folder"; `busy` follows the whole of it (for the button and its progress)."""
        session = self.session
        if session is None:
            return
        folder = self.document_folder or default_folder()
        busy(True)

        def ask(_result: object = None) -> None:
            if self.session is not session:
                busy(False)
                return
            chosen, _filter = QFileDialog.getSaveFileName(
                self, title, str(folder / suggested_name), "PDF documents (*.pdf);;All files (*)"
            )
            if not chosen:
                busy(False)
                return
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".pdf")
            self.document_folder = path.parent

            def done(written: Path) -> None:
                busy(False)
                if self.session is session:
                    self.say_saved(saved(written), written.parent)

            def failed(error: SmartAlexError) -> None:
                busy(False)
                if self.session is session and not isinstance(error, SessionExpired):
                    self.show_error(error.user_message)

            self.runner.run(
                lambda: write(session.reader, path),
                on_success=done,
                on_failure=failed,
                description=f"{type(self).__name__}: save {suggested_name}",
            )

        self.runner.run(
            lambda: make_folder(folder),
            on_success=ask,
            on_failure=ask,
            description=f"{type(self).__name__}: document folder",
        )

    def say_saved(self, text: str, folder: Path | None, level: Level = Level.SUCCESS) -> None:
        """Say in the message bar that files were saved, with "Open Folder" when there is one."""
        bar = getattr(self.window(), "message_bar", None)
        if bar is None:
            return
        if folder is None:
            bar.show_message(level, text)
            return
        bar.show_message(
            level,
            text,
            "Open Folder",
            lambda: self.open_on_desktop(
                folder,
                f"Nothing on this computer could open the folder {folder}. Copy its path and "
                "open it from your file manager.",
            ),
        )

    def open_on_desktop(self, path: Path, failure: str) -> bool:
        """Hand a file or folder to the desktop (its file manager, its PDF app). Qt only says
        whether something took it; when nothing did, the message bar says `failure` with "Copy
        Path", so the user still gets to the file (issue 20: it failed silently)."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        bar = getattr(self.window(), "message_bar", None)
        if bar is not None:
            bar.error(failure, "&Copy Path", lambda: self.copy_path(path))
        return False

    def copy_path(self, path: Path) -> None:
        """The path on the clipboard, said in the message bar."""
        QGuiApplication.clipboard().setText(str(path))
        self.show_success(f"Copied {path} to the clipboard: paste it into your file manager.")

    def show_success(self, text: str) -> None:
        """Say in the window's message bar that an action worked ("Your plan is now Dental.")."""
        bar = getattr(self.window(), "message_bar", None)
        if bar is not None:
            bar.success(text)

    def show_error(self, text: str) -> None:
        bar = getattr(self.window(), "message_bar", None)
        if bar is not None:
            bar.error(text)

    def reload(self) -> None:
        """Reload now if visible, else when next shown."""
        if self.session is None:
            self.clear()
            return
        if self.isVisible():
            self._stale = False
            self.load(self.session)
        else:
            self._stale = True

    # --- plumbing -----------------------------------------------------------------------------

    def _on_current_changed(self, session: AccountSession | None) -> None:
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()
        self.clear()  # never another account's data under this account's name
        if session is not None:
            self.reload()

    def _on_changed(self, change: Change) -> None:
        if change & self.shows:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale and self.session is not None:
            self._stale = False
            self.load(self.session)
