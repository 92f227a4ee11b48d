"""A deterministic guard against blocking work on the GUI thread.

The API client and the credential store take a `thread_guard`; the app passes
`refuse_gui_thread`, so a network or keyring call made on the GUI thread raises at once (in
tests and in use) instead of freezing the window some of the time. Timing tests can't prove a
window never freezes; this can.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread


class CalledOnGuiThread(RuntimeError):
    """Blocking work was started on the GUI thread: run it through the TaskRunner."""


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def refuse_gui_thread() -> None:
    if on_gui_thread():
        raise CalledOnGuiThread(
            "Network and keyring calls must not run on the GUI thread; use the TaskRunner."
        )
