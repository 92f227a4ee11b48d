"""Widgets that work colours out from the palette (tints, muted text, badges) must work them out
again when the palette changes (a light/dark switch). `FollowsPalette` does that once per change:
setting a palette inside `restyle()` is itself a palette change, which must not start it again.

    class PlanTab(FollowsPalette, AccountTab):   # the mixin first
        def restyle(self) -> None: ...
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class FollowsPalette:
    _restyling = False

    def restyle(self) -> None:
        """Work out again what was drawn from the old palette."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self.restyle()
            finally:
                self._restyling = False
