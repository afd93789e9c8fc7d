"""The PDF preview: page count, printing each page on paper of its own size, saving a copy."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import ImageChops
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from tests.ui.conftest import when_modal
from ui import pdf_preview
from ui.pdf_preview import PdfPreviewDialog, print_pdf

CARD = (85.6 * mm, 54 * mm)


def make_pdf(path: Path, page_sizes: list[tuple[float, float]]) -> Path:
    """A PDF with one page of each size, each saying which page it is."""
    pdf = canvas.Canvas(str(path), pagesize=page_sizes[0])
    for number, size in enumerate(page_sizes, start=1):
        pdf.setPageSize(size)
        pdf.drawString(20, size[1] - 30, f"Page {number} of {len(page_sizes)}")
        pdf.rect(5, 5, size[0] - 10, size[1] - 10)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def two_pages(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "report.pdf", [A4, A4])


@pytest.fixture
def card_and_landscape(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "card.pdf", [CARD, landscape(A4)])


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    # Keeps the page images small; the sizes on paper do not depend on it.
    printer.setResolution(150)
    return printer


def page_sizes(path: Path) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [tuple(document[index].get_size()) for index in range(len(document))]
    finally:
        document.close()


def open_dialog(qtbot, path: Path) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, "Report")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_shows_the_pages_and_their_count(qtbot, english, two_pages):
    dialog = open_dialog(qtbot, two_pages)
    assert dialog.windowTitle() == "Report"
    assert dialog.findChild(QLabel, "page_count").text() == "2 page(s)"
    assert dialog.document.pageCount() == 2
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    for name in ("print", "save_copy", "open_external", "close"):
        assert dialog.findChild(QPushButton, name).isEnabled()


def test_zoom_buttons_change_the_zoom_and_fit_width_restores_it(qtbot, english, two_pages):
    dialog = open_dialog(qtbot, two_pages)
    fitted = dialog._current_zoom()
    qtbot.mouseClick(dialog.findChild(QPushButton, "zoom_in"), Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.mouseClick(dialog.findChild(QPushButton, "zoom_out"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "zoom_out"), Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(dialog.findChild(QPushButton, "fit_width"), Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_dialog_is_no_larger_than_the_screen(qtbot, english, two_pages):
    dialog = open_dialog(qtbot, two_pages)
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= 900 and dialog.height() <= 800
    assert dialog.width() <= available.width() and dialog.height() <= available.height()


def test_print_pdf_prints_every_page(qtbot, two_pages, tmp_path):
    printed = tmp_path / "printed.pdf"
    assert print_pdf(two_pages, pdf_printer(printed)) == 2
    assert len(page_sizes(printed)) == 2


def test_each_page_is_printed_on_paper_of_its_own_size(qtbot, card_and_landscape, tmp_path):
    printed = tmp_path / "printed.pdf"
    assert print_pdf(card_and_landscape, pdf_printer(printed)) == 2
    card, book = page_sizes(printed)
    assert card == pytest.approx((242.6, 153.1), abs=2)
    assert book == pytest.approx((842, 595), abs=2)


def grey_pages(path: Path) -> list:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[index].render(scale=1).to_pil().convert("L") for index in range(len(document))]
    finally:
        document.close()


def test_the_printed_pages_look_like_the_pdf(qtbot, card_and_landscape, tmp_path):
    printed = tmp_path / "printed.pdf"
    print_pdf(card_and_landscape, pdf_printer(printed))
    for source, copy in zip(grey_pages(card_and_landscape), grey_pages(printed), strict=True):
        assert source.getextrema()[0] < 128, "the source page has ink on it"
        difference = ImageChops.difference(source, copy.resize(source.size))
        differing = difference.point(lambda value: 255 if value > 100 else 0).histogram()[255]
        assert differing < source.width * source.height / 100


@pytest.mark.parametrize("content", [None, b"this is not a PDF at all"])
def test_print_pdf_refuses_a_missing_or_broken_file(qtbot, tmp_path, content):
    source = tmp_path / "broken.pdf"
    if content is not None:
        source.write_bytes(content)
    with pytest.raises(RuntimeError):
        print_pdf(source, pdf_printer(tmp_path / "printed.pdf"))
    assert not (tmp_path / "printed.pdf").exists()


def test_print_pdf_says_when_the_printer_cannot_start(qtbot, two_pages, tmp_path):
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    with pytest.raises(RuntimeError, match="could not start printing"):
        print_pdf(two_pages, printer)


def print_dialog_choosing_a_file(target: Path) -> type:
    """A stand-in for the printer dialog in which the user prints to a PDF file and presses OK."""

    class ChoosingAFile:
        def __init__(self, printer: QPrinter, parent=None) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(150)

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    return ChoosingAFile


def test_the_print_button_prints_on_the_chosen_printer(qtbot, english, card_and_landscape,
                                                        tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(pdf_preview, "QPrintDialog", print_dialog_choosing_a_file(printed))
    dialog = open_dialog(qtbot, card_and_landscape)
    qtbot.mouseClick(dialog.findChild(QPushButton, "print"), Qt.MouseButton.LeftButton)
    assert len(page_sizes(printed)) == 2


def test_save_a_copy_copies_the_file(qtbot, english, two_pages, tmp_path, monkeypatch):
    target = tmp_path / "kept" / "copy.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    dialog = open_dialog(qtbot, two_pages)
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_copy"), Qt.MouseButton.LeftButton)
    assert target.read_bytes() == two_pages.read_bytes()


def test_save_a_copy_explains_a_failed_copy(qtbot, english, two_pages, tmp_path, monkeypatch):
    target = tmp_path / "no such folder" / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    dialog = open_dialog(qtbot, two_pages)
    seen: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(read_and_close, QMessageBox)
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_copy"), Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and str(target) in seen[0] and "another program" in seen[0]
    assert not target.exists()


def test_open_in_pdf_reader_hands_over_the_file(qtbot, english, two_pages, monkeypatch):
    opened = []
    monkeypatch.setattr(pdf_preview.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog = open_dialog(qtbot, two_pages)
    qtbot.mouseClick(dialog.findChild(QPushButton, "open_external"), Qt.MouseButton.LeftButton)
    assert opened == [str(two_pages)]
