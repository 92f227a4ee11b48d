"""The one place notices leave the app: as a desktop notification from the tray icon where there
is a tray, else in the window's message bar — the same sentence either way.

Kinds switched off in the settings are dropped here. A click on the notification (or the
message bar's button) opens the window on the notice's account and tab. `shown` is emitted for
every notice that went out, whichever way (the tests and the tray menu listen to it).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from smartalex_desktop.billing.notifications import Notice
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.widgets import plain_text

SHOWN_FOR_MS = 15_000


class Notifier(QObject):
    shown = Signal(object)  # Notice
    in_window = Signal(object, object)  # Notice, AccountSession: no tray, the window says it
    open_requested = Signal(object, str)  # AccountSession, tab (an AccountTab's icon_name)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tray: QSystemTrayIcon | None = None
        self._last: tuple[Notice, AccountSession] | None = None

    def use_tray(self, tray: QSystemTrayIcon | None) -> None:
        """Notify through `tray` (None: in the window)."""
        if self.tray is not None:
            self.tray.messageClicked.disconnect(self._clicked)
        self.tray = tray
        if tray is not None:
            tray.messageClicked.connect(self._clicked)

    def notify(self, notice: Notice, session: AccountSession) -> None:
        if not self.settings.notifies(notice.kind.value):
            return
        if self.tray is not None and self.tray.isVisible():
            self._last = (notice, session)
            self.tray.showMessage(
                _shown(notice.title),
                _shown(notice.text),
                QSystemTrayIcon.MessageIcon.Warning,
                SHOWN_FOR_MS,
            )
        else:
            self.in_window.emit(notice, session)
        self.shown.emit(notice)

    def say(self, title: str, text: str) -> None:
        """A plain message from the tray (no account, nothing to open)."""
        if self.tray is not None and self.tray.isVisible():
            self._last = None
            self.tray.showMessage(
                _shown(title), _shown(text), QSystemTrayIcon.MessageIcon.Information, 8000
            )

    def _clicked(self) -> None:
        if self._last is not None:
            notice, session = self._last
            self.open_requested.emit(session, notice.tab)


def _shown(text: str) -> str:
    """A notice as the desktop shows it: on Linux the freedesktop notification server reads
    markup (`<a>`, `<img>`), and a notice carries the practice name and SmartAlex's sentences."""
    return plain_text.notice(text) if sys.platform.startswith("linux") else text
