"""The in-app PDF viewer: an invoice read inside SmartAlex Desktop, offline too.

A window of its own beside the main one (not modal: the office manager compares the PDF with the
table), reused for each invoice. It shows a downloaded file (`show_file`, loaded from the local
disk, which QPdfDocument does quickly) or bytes rendered on a worker (`show_pdf`, read from a
QBuffer, nothing saved). Pages scroll continuously, fit to the window's width until the user
zooms; Page Up/Down and the arrow keys scroll, Ctrl+Plus/Minus zoom, Ctrl+0 fits the width,
Escape closes. "Open in System Viewer" asks the tab (`system_viewer_requested`), which knows
whether the invoice was downloaded or needs a temporary copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from smartalex_desktop.gui.forms.ui_pdf_viewer import Ui_PdfViewerDialog
from smartalex_desktop.gui.widgets.accessibility import show_value

ZOOM_STEPS = (0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PdfViewerDialog(QDialog):
    system_viewer_requested = Signal(str)  # the invoice id shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfViewerDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.invoice_id: str | None = None
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # the bytes shown must outlive their loading
        view = self.ui.pdfView
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui = self.ui
        ui.previousPageButton.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        ui.nextPageButton.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        ui.pageSpin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        ui.zoomInButton.clicked.connect(lambda: self.zoom_by(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(-1))
        ui.fitWidthButton.clicked.connect(lambda _checked: self.fit_width())
        ui.systemViewerButton.clicked.connect(self._system_viewer_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName("Close the PDF viewer")
            close.setAutoDefault(False)
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        # Bound methods, not lambdas: Qt drops them before the dialog's children (the
        # document, which signals as it closes) are destroyed.
        view.zoomFactorChanged.connect(self._view_changed)
        view.zoomModeChanged.connect(self._view_changed)
        self.document.statusChanged.connect(self._status_changed)
        self.document.pageCountChanged.connect(self._view_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(-1)),
            (QKeySequence("Ctrl+0"), self.fit_width),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        ui.noteLabel.hide()
        self.resize(760, 860)
        self._update_controls()

    # --- what the tab (and tests) use ---------------------------------------------------------

    @property
    def view(self) -> QPdfView:
        return self.ui.pdfView

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_waiting(self, invoice_id: str, title: str) -> None:
        """The viewer opens at once; the PDF follows when the worker has made it."""
        self._unload()
        self.invoice_id = invoice_id
        self._set_title(title)
        self._note("Making the PDF…")
        self._present()

    def show_file(self, invoice_id: str, title: str, path: Path) -> None:
        """A downloaded invoice, read from disk (quick: no rendering, no network)."""
        self._unload()
        self.invoice_id, self.path = invoice_id, path
        self._set_title(title)
        self._note(f"Saved as {path}.")
        self.document.load(str(path))
        self._present()

    def show_pdf(self, invoice_id: str, title: str, data: bytes) -> None:
        """An invoice made just now and not saved: shown from memory."""
        self._unload()
        self.invoice_id = invoice_id
        self._set_title(title)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._note("")
        self.document.load(buffer)
        self._present()

    def show_failure(self, sentence: str) -> None:
        self._unload()
        self._note(sentence)
        self._update_controls()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(page, count - 1))
        if page != self.current_page:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def zoom_by(self, steps: int) -> None:
        factor = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._fitted_factor()
        if steps > 0:
            wanted = next((step for step in ZOOM_STEPS if step > factor + 0.01), ZOOM_STEPS[-1])
        else:
            wanted = next(
                (step for step in reversed(ZOOM_STEPS) if step < factor - 0.01), ZOOM_STEPS[0]
            )
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(wanted)
        self._update_controls()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def done(self, result: int) -> None:
        """Closed (Close, Escape, the window's button): the PDF is let go of, and one still
        being made when the viewer closed is not shown when it arrives — it would bring back a
        window the user had just closed."""
        super().done(result)
        self._unload()
        self.invoice_id = None
        self._update_controls()

    def close_for_other_account(self) -> None:
        """Another account is shown: nothing of this one stays open."""
        self._unload()
        self.invoice_id = None
        self.hide()

    # --- inside -------------------------------------------------------------------------------

    def _present(self) -> None:
        self._update_controls()
        self.show()
        self.raise_()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unload(self) -> None:
        self.document.close()
        self.path = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _set_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — SmartAlex Desktop")
        self.view.setAccessibleName(f"{title} (PDF)")

    def _note(self, text: str) -> None:
        self.ui.noteLabel.setText(text)
        self.ui.noteLabel.setVisible(bool(text))

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Error:
            where = (
                "Download it again, or open it in your system's viewer."
                if self.path is not None
                else "Close the viewer and try again."
            )
            self._note(f"This PDF could not be opened. {where}")
        elif status == QPdfDocument.Status.Ready:
            self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._update_controls()

    def _page_changed(self, _page: int) -> None:
        self._update_controls()

    def _view_changed(self, *_args: object) -> None:
        self._update_controls()

    def _fitted_factor(self) -> float:
        """The zoom that "Fit Width" amounts to now, so a step zooms from what is seen."""
        size = self.document.pagePointSize(max(self.current_page, 0))
        width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        if size.width() <= 0 or width <= 0:
            return 1.0
        points_per_pixel = self.logicalDpiX() / 72.0
        return width / (size.width() * points_per_pixel)

    def _update_controls(self) -> None:
        ui = self.ui
        ready = self.document.status() == QPdfDocument.Status.Ready
        count = self.document.pageCount() if ready else 0
        page = self.current_page
        ui.pageSpin.blockSignals(True)
        ui.pageSpin.setMaximum(max(count, 1))
        ui.pageSpin.setValue(page + 1)
        ui.pageSpin.blockSignals(False)
        ui.pageCountLabel.setText(f"of {max(count, 1)}")
        ui.pageSpin.setEnabled(count > 1)
        ui.previousPageButton.setEnabled(ready and page > 0)
        ui.nextPageButton.setEnabled(ready and page < count - 1)
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        factor = self._fitted_factor() if fitting and ready else self.view.zoomFactor()
        show_value(ui.zoomLabel, f"{round(factor * 100)}%")
        ui.zoomInButton.setEnabled(ready and factor < ZOOM_STEPS[-1] - 0.01)
        ui.zoomOutButton.setEnabled(ready and factor > ZOOM_STEPS[0] + 0.01)
        ui.fitWidthButton.setEnabled(ready)
        ui.fitWidthButton.setChecked(fitting)
        ui.systemViewerButton.setEnabled(self.invoice_id is not None)

    def _system_viewer_clicked(self) -> None:
        if self.invoice_id is not None:
            self.system_viewer_requested.emit(self.invoice_id)
