"""What every dialog that sends one request shares: while the request is on its way the dialog
stays open (Escape and the close button wait for the answer, which decides what the user sees
next), and when the window switches to another account it closes and no late answer speaks for
the account now shown.

`answer_was_final` is the rule every such dialog uses to decide whether a retry is a new action
or the same request again (same Idempotency-Key): see docs/conventions.md, "Idempotency keys".
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from smartalex_desktop.api import errors


class RequestDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sending = False  # a money-moving or changing request is on its way
        self.orphaned = False  # the window shows another account now

    def about_to_close(self) -> None:
        """Drop what the dialog still waits for (a preview, say); its request is not one."""

    def reject(self) -> None:
        if self.sending and not self.orphaned:
            return
        self.about_to_close()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.sending and not self.orphaned:
            event.ignore()
            return
        super().closeEvent(event)

    def close_for_other_account(self) -> None:
        self.orphaned = True
        self.reject()


def answer_was_final(error: errors.SmartAlexError) -> bool:
    """True when SmartAlex answered (a decline, a refusal): a retry is a new action. False when
    no answer came or the server failed, so the request may have worked and a retry must carry
    the same Idempotency-Key."""
    return not isinstance(
        error, errors.Offline | errors.TimedOut | errors.ServerError | errors.RateLimited
    )
