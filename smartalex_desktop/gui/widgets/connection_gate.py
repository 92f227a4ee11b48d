"""Actions that need SmartAlex (pay, add a card, change the plan…) are disabled while the app
shows the saved copy, and say why in their own tooltip (the offline banner says it too).

Each tab keeps deciding when an action makes sense (an open invoice can be paid, a dirty
threshold saved); `needs_connection` only adds "and SmartAlex answers" on top, and gives the
action its usual tooltip back when the connection returns. Refusing in advance is kinder than
letting the office manager fill in a form that can only fail.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

OFFLINE_REASON = (
    "Needs a connection to SmartAlex, which can't be reached right now. "
    "This comes back by itself once SmartAlex answers."
)

_USUAL_TIP = "usualToolTip"  # dynamic property: the tooltip the action has when online


def needs_connection(target: QWidget | QAction, enabled: bool, *, online: bool) -> None:
    """Enable `target` when `enabled` and online; offline, disable it with the reason."""
    if online:
        usual = target.property(_USUAL_TIP)
        if usual is not None:
            target.setToolTip(usual)
            target.setProperty(_USUAL_TIP, None)
        target.setEnabled(enabled)
        return
    if target.toolTip() != OFFLINE_REASON:
        # What the tab last set is the tooltip to give back, even if set while offline.
        target.setProperty(_USUAL_TIP, target.toolTip())
    target.setToolTip(OFFLINE_REASON)
    target.setEnabled(False)
