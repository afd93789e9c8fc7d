"""A finished PDF shown before it leaves the office: printed, saved elsewhere or opened outside."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QStandardPaths,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import push

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)
PREFERRED_SIZE = QSize(900, 800)
# A page image at a 1200-dpi printer's resolution takes over half a gigabyte; 600 dpi is as
# sharp as office and card printers print anyway.
MAX_PRINT_DPI = 600


def load_document(path: Path, parent: QObject | None = None) -> QPdfDocument:
    """The PDF at *path*, loaded; RuntimeError when it cannot be read."""
    document = QPdfDocument(parent)
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise RuntimeError(f"Cannot open the PDF {path}: {error.name}")
    return document


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of the PDF at *path*, each on paper of its own size; return the count."""
    document = load_document(path)
    try:
        count = document.pageCount()
        if count == 0:
            return 0
        printer.setPageLayout(_page_layout(document, 0))
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(f"The printer {printer.printerName() or printer.outputFileName()} "
                               "could not start printing")
        try:
            for page in range(count):
                if page:
                    # The new layout applies from the next page on, so it goes before newPage().
                    printer.setPageLayout(_page_layout(document, page))
                    printer.newPage()
                _draw_page(document, page, printer, painter)
        finally:
            painter.end()
        return count
    finally:
        document.close()


def _page_layout(document: QPdfDocument, page: int) -> QPageLayout:
    """The paper of one page, as laid out in the PDF: a card stays a card, landscape stays landscape."""
    size = QPageSize(document.pagePointSize(page), QPageSize.Unit.Point)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout.Unit.Point)
    # The PDF brings its own margins; a printer's minimum margins would shift and shrink it.
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _draw_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    points = document.pagePointSize(page)
    image = document.render(page, QSize(round(points.width() * dpi / 72),
                                        round(points.height() * dpi / 72)))
    target = printer.paperRect(QPrinter.Unit.DevicePixel)
    painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)


def show_pdf(parent: QWidget | None, path: Path, title: str) -> None:
    """Show the PDF at *path* until the user closes it."""
    PdfPreviewDialog(path, title, parent).exec()


class PdfPreviewDialog(QDialog):
    """A PDF's pages with their count, zoom, and ways to print, keep or open it."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(title)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_count = QLabel(self)
        self.page_count.setObjectName("page_count")
        self.document = self._load()
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_row())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._action_row())
        self._fit_to_screen()

    def _load(self) -> QPdfDocument | None:
        try:
            document = load_document(self.path, self)
        except RuntimeError:
            self.page_count.setText(self.tr("This PDF cannot be opened."))
            return None
        self.view.setDocument(document)
        self.page_count.setText(self.tr("%n page(s)", "", document.pageCount()))
        return document

    def _zoom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(push(self.tr("Zoom out"), lambda: self._zoom_by(1 / ZOOM_STEP), "zoom_out"))
        row.addWidget(push(self.tr("Zoom in"), lambda: self._zoom_by(ZOOM_STEP), "zoom_in"))
        row.addWidget(push(self.tr("Fit width"), self.fit_width, "fit_width"))
        row.addStretch(1)
        row.addWidget(self.page_count)
        return row

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        print_button = push(self.tr("Print…"), self.print_document, "print")
        print_button.setEnabled(self.document is not None)
        row.addWidget(print_button)
        row.addWidget(push(self.tr("Save a copy…"), self.save_copy, "save_copy"))
        row.addWidget(push(self.tr("Open in PDF reader"), self.open_external, "open_external"))
        row.addStretch(1)
        close = push(self.tr("Close"), self.reject, "close")
        close.setDefault(True)
        row.addWidget(close)
        return row

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen else PREFERRED_SIZE
        self.resize(PREFERRED_SIZE.boundedTo(available * 0.95))

    def _zoom_by(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        zoom = min(max(self._current_zoom() * factor, low), high)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _current_zoom(self) -> float:
        """The zoom on screen; fitting to width leaves zoomFactor() at 1, so work it out."""
        document = self.document
        custom = self.view.zoomMode() == QPdfView.ZoomMode.Custom
        if custom or document is None or document.pageCount() == 0:
            return self.view.zoomFactor()
        widest = max(document.pagePointSize(page).width() for page in range(document.pageCount()))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(room, 1) / (max(widest, 1) * self.view.logicalDpiX() / 72)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def print_document(self) -> None:
        """Ask for a printer, then print every page on paper of the page's own size."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not QPrintDialog(printer, self).exec():
            return
        try:
            print_pdf(self.path, printer)
        except RuntimeError as exc:
            self._warn(self.tr("Not printed"),
                       self.tr("The PDF could not be printed.\n\n{reason}").format(reason=str(exc)))

    def save_copy(self) -> None:
        """Copy the PDF to a file the user chooses."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                                str(Path(folder) / self.path.name),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self._warn(self.tr("Not saved"), self.tr(
                "The copy could not be saved as {path}. If that file is open in another program, "
                "close it and try again.\n\n{reason}").format(path=str(target),
                                                             reason=exc.strerror or str(exc)))

    def open_external(self) -> None:
        """Hand the PDF to the computer's own PDF reader."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self._warn(self.tr("Not opened"), self.tr(
                "No PDF reader could be started. The file is {path}.").format(path=str(self.path)))

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
