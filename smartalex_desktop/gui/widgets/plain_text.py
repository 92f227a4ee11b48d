"""Text from outside is shown as text: no label, tooltip or notice renders it as markup.

Qt guesses. A QLabel's default `textFormat` is `AutoText`: a practice name such as
`<h1 style="color:red">ACCOUNT SUSPENDED</h1>` becomes a red heading, an error message with
`<img src="/etc/passwd">` loads a local file (on Windows, a UNC path would send the user's
credentials to another machine). Tooltips are guessed alike (`Qt::mightBeRichText`), and a
desktop notification server reads a notice's body as markup too.

One mechanism, so that it cannot be forgotten: `install()` puts a proxy style in front of the
application's style whose `polish` — which Qt calls for every widget before it is first shown,
from a .ui form or from code, a QMessageBox's label included — turns `AutoText` into
`PlainText`. A label that shows markup says so itself (`setTextFormat(RichText)`) and escapes
what it puts in (`html.escape`): the account name in the window's header, the plan cards' prices
and features, a plan change's lines. Tooltips with outside text go through `tooltip()`, tray
notices through `notice()`. tests/security/test_untrusted_text.py walks every label, button and
tooltip of the window and its dialogs with hostile values from a hostile server.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyleFactory, QWidget


class PlainTextLabels(QProxyStyle):
    """The application's own style, with every `AutoText` label made `PlainText`."""

    def polish(self, target: QWidget | QApplication | QPalette) -> object:  # type: ignore[override]
        if isinstance(target, QLabel) and target.textFormat() == Qt.TextFormat.AutoText:
            target.setTextFormat(Qt.TextFormat.PlainText)
        return super().polish(target)


def install(app: QObject | None = None) -> None:
    """Put `PlainTextLabels` in front of the application's style (once; the look is the same:
    the platform's style does the drawing)."""
    app = app or QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), PlainTextLabels):
        return
    base = QStyleFactory.create(app.style().name())
    app.setStyle(PlainTextLabels(base) if base is not None else PlainTextLabels())


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows exactly that text.

    Qt renders a tooltip as rich text when it looks like markup; escaping alone would then show
    `&lt;` to a tooltip Qt takes as plain. So: plain text stays as it is; text Qt would take for
    markup is escaped and wrapped in `<qt>`, which Qt always renders, entities decoded (and line
    breaks kept)."""
    if not QtGui.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def notice(text: str) -> str:
    """`text` for a desktop notification's title or body (the freedesktop servers read the body
    as a small markup language: `<a>`, `<img>`)."""
    return html.escape(text, quote=False)
