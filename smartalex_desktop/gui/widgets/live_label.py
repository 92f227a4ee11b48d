"""A label whose text changes while a list loads ("Loading… 12,300 transactions so far") repaints
itself, and not the window.

A QLabel's new text calls `updateGeometry()`, and Qt passes that up through every layout to the
window: each level lays out again in a later turn of the event loop, and a QTabWidget on the way
repaints everything it holds. For the Wallet tab's count that was ten layout passes and five
repaints of the window, 25 ms of the GUI thread on the demo and up to 60 ms on the big account,
four times a second while it loaded (issue 22; docs/performance.md, "Counts that repaint only
themselves").

`LiveLabelHolder(label)` puts the label in a holder that takes its place in the layout. The
holder has no layout of its own, so the chain ends there: Qt hands its `LayoutRequest` to a
widget without a layout, and the holder only asks the layouts above it to make room when the new
text no longer fits. A shorter text keeps the room it had until the next layout, which
the label's left alignment makes invisible. Everything else stays the label's: text, palette,
accessible name and description, and what a screen reader reads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class LiveLabelHolder(QWidget):
    """Lays out like the label it holds; its own layout requests stop here."""

    def __init__(self, label: QLabel) -> None:
        parent = label.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is None:
            raise ValueError(f"{label.objectName()} is not in a layout")
        super().__init__(parent)
        self.setObjectName(f"{label.objectName()}Holder")
        self.setSizePolicy(label.sizePolicy())
        if layout.replaceWidget(label, self) is None:  # searches the nested layouts too
            raise ValueError(f"{label.objectName()} is not in its parent's layout")
        self.label = label
        label.setParent(self)
        label.installEventFilter(self)  # its own show() and hide() show and hide the holder
        label.show()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.label.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            if not self._fits():
                self.updateGeometry()  # only now do the layouts above lay out again
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.label and event.type() == QEvent.Type.HideToParent:
            self.hide()
        elif watched is self.label and event.type() == QEvent.Type.ShowToParent:
            self.show()
        return False

    def _fits(self) -> bool:
        hint = self.label.sizeHint()
        if self.label.hasHeightForWidth():
            return self.label.heightForWidth(self.width()) <= self.height()
        return hint.width() <= self.width() and hint.height() <= self.height()
