"""Reading the lists offices keep in Excel (.xlsx) and CSV files, whatever state they are in.

Every way a file can be unreadable ends in a DomainError that says what is wrong with it and
what to do in Excel to fix it; nothing here crashes on a bad file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.errors import Cancelled, DomainError
from desktop.i18n import QT_TRANSLATE_NOOP

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # old .xls files and password-protected workbooks
_ZIP_SIGNATURE = b"PK\x03\x04"

Row = list[Any]
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("Errors", "{name} is not an Excel workbook, or it is damaged. Open it in Excel and save it again as Excel Workbook (.xlsx).")
IN_USE = QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened. If it is open in Excel, close it there and try again.")
NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "{name} is not a text CSV file. Open the list in Excel and save it as CSV UTF-8 (.csv).")


def _fail(text: str, path: Path) -> DomainError:
    return DomainError(text, "file", name=path.name)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(8)
    except FileNotFoundError:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be found."), path) from None
    except OSError:
        raise _fail(IN_USE, path) from None


def _check_kind(path: Path) -> str:
    """'xlsx' or 'csv', judged by the content as well as the name: a renamed file is common."""
    head = _head(path)
    if not head:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), path)
    if head.startswith(_OLE_SIGNATURE):
        raise _fail(QT_TRANSLATE_NOOP("Errors", "{name} is an old Excel 97-2003 file (.xls) or is protected with a password. Open it in Excel, remove any password, and save it as Excel Workbook (.xlsx)."), path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if not head.startswith(_ZIP_SIGNATURE):
            raise _fail(NOT_A_WORKBOOK, path)
        return "xlsx"
    if suffix in (".csv", ".txt"):
        return "csv"
    raise _fail(QT_TRANSLATE_NOOP("Errors", "Berdaya reads Excel workbooks (.xlsx) and CSV files (.csv); {name} is neither. Save the list from Excel in one of these forms."), path)


def _open_workbook(path: Path):
    import openpyxl  # only when a workbook is read: it is slow to import

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except PermissionError:
        raise _fail(IN_USE, path) from None
    except Exception:  # zipfile, XML and openpyxl's own errors all mean a damaged workbook
        raise _fail(NOT_A_WORKBOOK, path) from None


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook, or the one table of a CSV file (named after the file)."""
    path = Path(path)
    if _check_kind(path) == "csv":
        return [path.stem]
    book = _open_workbook(path)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_table(path: str | Path, sheet: str | None = None,
               progress: Callable[[int, int], None] = lambda done, total: None,
               cancelled: Callable[[], bool] = lambda: False) -> list[Row]:
    """The rows of the sheet (or CSV file) as cell values, trailing empty rows dropped."""
    path = Path(path)
    rows = _read_csv(path) if _check_kind(path) == "csv" else _read_xlsx(path, sheet, progress, cancelled)
    while rows and not any(_filled(v) for v in rows[-1]):
        rows.pop()
    if not rows:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), path)
    return rows


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def _read_xlsx(path: Path, sheet: str | None, progress: Callable[[int, int], None],
               cancelled: Callable[[], bool]) -> list[Row]:
    book = _open_workbook(path)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The workbook has no sheet named {sheet}."), "sheet", sheet=sheet)
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        try:
            rows, uncalculated, merged = _parse_sheet(book, ws, progress, cancelled)
        except Cancelled:
            raise
        except Exception:  # a damaged sheet part: say so instead of failing half-read
            raise _fail(NOT_A_WORKBOOK, path) from None
    finally:
        book.close()
    if uncalculated:
        raise DomainError(UNCALCULATED, "file", name=path.name, cell=uncalculated)
    _fill_merged_down(rows, merged)
    return rows


class CellError(str):
    """An error Excel shows in a cell (#N/A, #DIV/0!...) instead of a value."""


UNCALCULATED = QT_TRANSLATE_NOOP("Errors", "{name} holds formulas whose results were never calculated (cell {cell} and others). Open it in Excel, save it, and choose it again.")


def _parse_sheet(book: Any, ws: Any, progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> tuple[list[Row], str | None, list[str]]:
    """The rows of a worksheet, the first cell holding a formula without a calculated result,
    and the ranges of merged cells. openpyxl's own reader gives neither of the last two in
    read-only mode (needed for large files), so its parser is run here directly."""
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        uncalculated: str | None = None

        def parse_cell(self, element: Any) -> dict:
            cell = super().parse_cell(element)
            if cell["data_type"] == "e" and cell["value"] is not None:
                cell["value"] = CellError(cell["value"])
            elif cell["value"] is None and self.uncalculated is None and element.find(FORMULA_TAG) is not None:
                self.uncalculated = element.get("r") or "?"
            return cell

    total = ws.max_row or 0
    rows: list[Row] = []
    with ws._get_source() as source:
        parser = Parser(source, ws._shared_strings, data_only=True, epoch=book.epoch,
                        date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for read, (number, cells) in enumerate(parser.parse()):
            if read % 500 == 0:
                if cancelled():
                    raise Cancelled()
                progress(number, total)
            rows.extend([] for _ in range(len(rows), number - 1))
            values = {cell["column"]: cell["value"] for cell in cells if cell["value"] is not None}
            row: Row = [None] * max(values, default=0)
            for column, value in values.items():
                row[column - 1] = value
            rows.append(row)
        merged = getattr(parser, "merged_cells", None)
    return rows, parser.uncalculated, [m.coord for m in getattr(merged, "mergeCell", None) or []]


def _fill_merged_down(rows: list[Row], merged: list[str]) -> None:
    """A cell merged down one column (a group's name beside all its members, say) counts for
    each row of the merge that holds anything else."""
    from openpyxl.utils import range_boundaries

    for ref in merged:
        first_col, first_row, last_col, last_row = range_boundaries(ref)
        if first_col != last_col or first_row >= len(rows):
            continue
        col = first_col - 1
        top = rows[first_row - 1]
        value = top[col] if col < len(top) else None
        for row in rows[first_row:min(last_row, len(rows))]:
            if value is None or not any(_filled(v) for v in row):
                continue
            row.extend([None] * (col + 1 - len(row)))
            row[col] = value


def decode_text(data: bytes, path: Path) -> str:
    """The text of a CSV file. Excel writes UTF-8 (with a BOM) when asked for "CSV UTF-8",
    UTF-16 for "Unicode Text", and the Windows code page (1252 on Indonesian Windows) for plain
    "CSV", so these are tried in that order."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise _fail(NOT_TEXT, path)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _fail(QT_TRANSLATE_NOOP("Errors", "The letters in {name} cannot be read. Open it in Excel and save it again as CSV UTF-8 (.csv)."), path)


def _read_csv(path: Path) -> list[Row]:
    try:
        text = decode_text(path.read_bytes(), path)
    except PermissionError:
        raise _fail(IN_USE, path) from None
    if text.startswith("sep="):  # Excel's hint line naming the separator
        separator, text = text[4:5], text.split("\n", 1)[1] if "\n" in text else ""
    else:
        separator = _separator(text)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)]
    except csv.Error:
        raise _fail(NOT_TEXT, path) from None


def _separator(text: str) -> str:
    """Excel on Indonesian Windows separates with semicolons (the comma is the decimal mark);
    elsewhere with commas; "Unicode Text" with tabs. The first line, the column names, tells
    which: later lines hold addresses full of commas."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: header.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","
