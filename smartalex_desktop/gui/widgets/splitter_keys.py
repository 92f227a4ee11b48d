"""A splitter whose handle the keyboard can reach and move.

Qt's splitter handle takes no focus and ignores keys: the divider between the invoice list and its
details could only be dragged with a mouse, and a screen reader met it as an unnamed "unknown".
Here each handle is a Tab stop, announced as a separator with a name, drawn in the highlight
colour while it has focus, and moved by the arrow keys (Home and End: as far as it goes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QSplitter

from smartalex_desktop.gui.widgets import accessibility

STEP_PX = 32


class _Keys(QObject):
    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.splitter = splitter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self._index_of(watched)
            delta = self._delta(event.key())
            if index and delta is not None:
                self.move(index, delta)
                return True
        return False

    def _index_of(self, handle: QObject) -> int:
        for index in range(1, self.splitter.count()):
            if self.splitter.handle(index) is handle:
                return index
        return 0

    def _delta(self, key: int) -> int | None:
        horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
        back, forward = (
            (Qt.Key.Key_Left, Qt.Key.Key_Right) if horizontal else (Qt.Key.Key_Up, Qt.Key.Key_Down)
        )
        far = sum(self.splitter.sizes())
        return {back: -STEP_PX, forward: STEP_PX, Qt.Key.Key_Home: -far, Qt.Key.Key_End: far}.get(
            Qt.Key(key)
        )

    def move(self, index: int, delta: int) -> None:
        """Move handle `index` by `delta` pixels; the splitter keeps each side's minimum size."""
        sizes = self.splitter.sizes()
        before, after = sizes[index - 1], sizes[index]
        delta = max(-before, min(delta, after))
        sizes[index - 1], sizes[index] = before + delta, after - delta
        self.splitter.setSizes(sizes)


def let_keys_move(splitter: QSplitter, name: str) -> None:
    """Make every handle of `splitter` a named, focusable separator the arrow keys move."""
    keys = _Keys(splitter)
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    arrows = "Left and Right" if horizontal else "Up and Down"
    for index in range(1, splitter.count()):
        handle = splitter.handle(index)
        accessibility.set_role(handle, QAccessible.Role.Separator)
        handle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        handle.setAccessibleName(name)
        handle.setAccessibleDescription(f"{arrows} arrow keys move it.")
        handle.setToolTip(f"Drag, or Tab to it and use the {arrows.lower()} arrow keys.")
        handle.setStyleSheet("QSplitterHandle:focus { background: palette(highlight); }")
        handle.installEventFilter(keys)
