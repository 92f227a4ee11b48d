"""`KeptDialog[D]`: at most one open dialog of a kind, held until it closes.

A tab opens its dialogs window-modal with `open()`, which returns at once, so something must
hold the dialog while it is up; and when it closes, Qt must delete it (a dialog parented to a
tab would otherwise live as long as the tab: the soak in benchmarks/soak.py finds such leaks).
"""

from __future__ import annotations

from smartalex_desktop.gui.widgets.request_dialog import RequestDialog


class KeptDialog[D: RequestDialog]:
    def __init__(self) -> None:
        self.dialog: D | None = None

    @property
    def is_open(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def keep(self, dialog: D) -> None:
        """Hold `dialog` (deleting the one held before) until it closes; then Qt deletes it."""
        previous = self.dialog
        if previous is not None:
            previous.deleteLater()
        self.dialog = dialog

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)

    def close_for_other_account(self) -> None:
        """The window shows another account now: the dialog closes and goes."""
        if self.dialog is not None:
            self.dialog.close_for_other_account()
            self.dialog.deleteLater()
        self.dialog = None
