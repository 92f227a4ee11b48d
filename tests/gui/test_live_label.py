"""A label whose count changes while a list loads repaints itself, and does not lay out the tab
widget (and so the window) above it again, until its text outgrows the room it has."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QWidget

from smartalex_desktop.gui.widgets.live_label import LiveLabelHolder


class LayoutRequests(QObject):
    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_held_labels_new_text_lays_out_nothing_above_it_until_it_needs_room(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = QWidget()
    row = QHBoxLayout(page)
    live = QLabel("Loading… 12,300 transactions so far", page)
    plain = QLabel("Loading… 12,300 invoices so far", page)
    row.addWidget(live)
    row.addWidget(plain)
    row.addStretch()
    tabs.addTab(page, "Wallet")
    holder = LiveLabelHolder(live)
    tabs.resize(900, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    qtbot.wait(50)
    requests = LayoutRequests(tabs)

    for number in (100, 200, 1_200, 9_900):  # shorter than the text it had room for
        live.setText(f"Loading… {number:,} so far")
        qtbot.wait(20)
    assert requests.count == 0
    assert live.width() >= live.sizeHint().width()  # all of it shows

    plain.setText("Loading… 100 invoices so far")  # a label not held: up to the tab widget
    qtbot.waitUntil(lambda: requests.count > 0)

    requests.count = 0
    live.setText("Stopped after the newest 198,182 transactions. Press F5 to load them all.")
    qtbot.waitUntil(lambda: live.width() >= live.sizeHint().width())  # it got the room
    assert requests.count > 0
    assert holder.layout() is None and live.parent() is holder

    live.hide()
    assert holder.isHidden()
    live.show()
    assert not holder.isHidden() and live.isVisible()
