"""What a screen reader hears, where Qt's defaults say too little, in one place.

Measured over AT-SPI (tests/integration/test_atspi.py); each rule fixes what a user of Orca met:

- **A value is heard with its caption.** Qt speaks a label by its accessible name when it has one,
  *instead of* its text: a label named "Subtotal" showing "$303.00" is heard as "Subtotal", never
  the amount. So a label keeps no fixed accessible name: a sentence is heard as it is shown, and a
  value whose text needs a caption gets its caption from the dynamic property `accessibleCaption`
  (set in the .ui file, or with `caption()`), spoken with it: `show_value()` sets the text and the
  name "Subtotal: $303.00" together. The Wallet balance did this by hand first.
- **Decoration is not exposed.** An icon beside a sentence that already says it (the message
  bar's warning sign, a feature's tick, a card brand beside "Visa •••• 4242") is announced as an
  unnamed "image" by Qt. Qt 6 widgets have no "ignored" flag; `decorative()` marks the label, and
  the factory below exposes it as invisible, which screen readers skip. A picture that carries
  meaning gets an accessible name instead.
- **Some widgets need the right role.** A focusable card row is a "panel" to Qt, a link button a
  "push button", a splitter handle "unknown". `set_role()` names the role a screen reader should
  announce (list item, link, separator, chart, document).

The factory is a plain Python callable Qt asks once per object (when a screen reader first looks
at it); it answers only for widgets marked here, before they are first shown, and leaves every
other widget to Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QTextDocument,
)
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QLabel,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

CAPTION = "accessibleCaption"
DECORATIVE = "accessibleDecorative"
ROLE = "accessibleRole"

_installed = False


class _Marked(QAccessibleWidget):
    """A widget with the role `set_role()` gave it, or a decorative picture (invisible)."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._widget = widget

    def state(self) -> QAccessible.State:
        state = super().state()
        if self._widget.property(DECORATIVE):
            state.invisible = True
        return state

    def text(self, kind: QAccessible.Text) -> str:
        text = super().text(kind)
        if kind == QAccessible.Text.Name and not text and isinstance(self._widget, QAbstractButton):
            text = self._widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return text

    def actionNames(self) -> list[str]:  # noqa: N802 (Qt's name)
        names = list(super().actionNames())
        if isinstance(self._widget, QAbstractButton) and self._widget.isEnabled():
            names.insert(0, QAccessibleActionInterface.pressAction())
        return names

    def doAction(self, name: str) -> None:  # noqa: N802 (Qt's name)
        if name == QAccessibleActionInterface.pressAction() and isinstance(
            self._widget, QAbstractButton
        ):
            self._widget.click()
            return
        super().doAction(name)


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if not isinstance(target, QWidget):
        return None
    if target.property(DECORATIVE):
        return _Marked(target, QAccessible.Role.Graphic)
    role = target.property(ROLE)
    if role:
        return _Marked(target, QAccessible.Role[role])
    return None


def install() -> None:
    """Let Qt ask `_factory` first (once per process; the main window calls it)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Announce `widget` as `role` (in a .ui file: the dynamic property `accessibleRole`, the
    role's name, written before its accessibleName). Call before the widget is first shown or
    named: Qt asks once, at the first event a screen reader could hear, and keeps the answer."""
    widget.setProperty(ROLE, role.name)


def decorative(*labels: QLabel) -> None:
    """Hide pictures that only repeat what the text beside them says (before they are shown)."""
    for label in labels:
        label.setProperty(DECORATIVE, True)


def caption(label: QLabel, words: str) -> None:
    """The words a screen reader says before the label's value (as `accessibleCaption` in a .ui
    file does)."""
    label.setProperty(CAPTION, words)


def spoken_text(label: QLabel) -> str:
    """What `label` shows, as a screen reader should get it: markup rendered to plain text, line
    breaks and runs of spaces made one space."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.split())


def show_value(label: QLabel, text: str) -> None:
    """Show `text` in `label` and name it "caption: text" for a screen reader (a label without a
    caption keeps no name: its text is heard)."""
    label.setText(text)
    words, spoken = label.property(CAPTION), spoken_text(label)
    label.setAccessibleName(f"{words}: {spoken}" if words and spoken else words or "")


class _DisabledItemsReachable(QProxyStyle):
    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, returned)


def disabled_items_reachable(menu: QMenu) -> None:
    """Let the keyboard land on `menu`'s disabled items (as Windows does): a screen reader then
    says "Remove…, unavailable" and its tooltip's reason, where Fusion skips the item and a menu
    whose items are all disabled says nothing at all. Triggering one still does nothing."""
    style = _DisabledItemsReachable()
    style.setParent(menu)  # lives as long as the menu
    menu.setStyle(style)
