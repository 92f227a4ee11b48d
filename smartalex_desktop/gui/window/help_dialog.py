"""The Billing FAQ window: SmartAlex's billing documentation, readable offline, with find."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from smartalex_desktop.gui.forms.ui_help_dialog import Ui_HelpDialog
from smartalex_desktop.gui.widgets.icons import icon

FAQ_RESOURCE = ":/help/billing-faq.md"


def load_faq_markdown() -> str:
    """The FAQ text from the compiled resources (in memory, so fine on the GUI thread)."""
    faq = QFile(FAQ_RESOURCE)
    if not faq.open(QIODevice.OpenModeFlag.ReadOnly):
        # Only a broken build gets here: the file is compiled into resources_rc.
        raise FileNotFoundError(FAQ_RESOURCE)
    try:
        return bytes(faq.readAll().data()).decode("utf-8")
    finally:
        faq.close()


class HelpDialog(QDialog):
    """Non-modal: the user keeps it open beside the tab whose rules it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("help"))
        self.ui.faqView.setMarkdown(load_faq_markdown())
        # Enter in the search field means "find next", never "press the dialog's default button".
        for button in self.ui.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ui.searchField.returnPressed.connect(self.find_next)
        self.ui.searchField.textChanged.connect(self._search_text_changed)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, self.find_previous)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

    def find_next(self) -> bool:
        """Select the next occurrence of the search text after the current one, wrapping."""
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        """Select the occurrence before the current one, wrapping at the top."""
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.ui.searchField.text()
        if not text:
            self._show_status("")
            return False
        view = self.ui.faqView
        found = view.find(text, flags)
        if not found:
            # Wrap around: start again from the other end of the document.
            cursor = view.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            view.setTextCursor(cursor)
            found = view.find(text, flags)
        self._show_status("" if found else f"No match for “{text}”. Try a shorter word.")
        return found

    def _search_text_changed(self, text: str) -> None:
        """Search as the user types, from the start of the current match, so a longer word keeps
        the same place instead of jumping to the next occurrence."""
        cursor = self.ui.faqView.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.ui.faqView.setTextCursor(cursor)
        if text:
            self.find_next()
        else:
            self._show_status("")

    def _show_status(self, message: str) -> None:
        self.ui.findStatus.setText(message)

    def _focus_search(self) -> None:
        self.ui.searchField.setFocus()
        self.ui.searchField.selectAll()
