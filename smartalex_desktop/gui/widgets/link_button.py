"""A link that is one control: one Tab stop, opened with Enter or Space (or a click), and a
"link" to a screen reader.

A link inside a rich-text QLabel is none of these: Qt makes the label a Tab stop and then its link
another (two stops for one control), and over AT-SPI it is a "label" with no link in it. This is a
flat push button drawn as a link (the palette's link colour, underlined); its address is the
dynamic property `url` (set in the .ui file), shown as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from smartalex_desktop.gui.widgets import accessibility


class LinkButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        accessibility.set_role(self, QAccessible.Role.Link)
        self.clicked.connect(self.open)
        self._style()

    def url(self) -> str:
        return str(self.property("url") or "")

    def open(self) -> None:
        if self.url():
            QDesktopServices.openUrl(QUrl(self.url()))

    def _style(self) -> None:
        # The link colour is read now: set again on a palette change (a light/dark switch).
        # A dotted outline shows keyboard focus (a flat button draws none under a style sheet).
        link = self.palette().color(self.palette().ColorRole.Link).name()
        sheet = (
            f"QPushButton {{ color: {link}; text-decoration: underline; border: 1px solid"
            " transparent; padding: 0px; background: transparent; }"
            f"QPushButton:focus {{ border: 1px dotted {link}; }}"
        )
        if sheet != self.styleSheet():  # setting it is itself a change: once is enough
            self.setStyleSheet(sheet)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DynamicPropertyChange and self.url():
            self.setToolTip(self.url())
        elif event.type() == QEvent.Type.PaletteChange:
            self._style()
        return super().event(event)
