"""What every printed document shares: the embedded font, the letterhead, page numbers."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desktop.dates import format_date_long
from desktop.settings import get_setting, office_logo

FONTS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
# DejaVu Sans Condensed is embedded rather than using the PDF base fonts: those cover only
# Latin-1, and names and addresses arrive with curly quotes, accents and other scripts. The
# condensed cut fits long Indonesian names and addresses on a card and in narrow columns.
FONT = "DejaVuSansCondensed"
FONT_BOLD = "DejaVuSansCondensed-Bold"


_FONTS_LOCK = threading.Lock()


def register_fonts() -> None:
    """Prepare reportlab for our documents; call before rendering one. Two documents made at
    once on background threads (the receipts of a meeting's savings and loans) register the
    fonts once: the lock keeps one from using the regular cut before the bold one exists."""
    # Streams are written as binary. ASCII85 text encoding (reportlab's default) exists for
    # 7-bit mail channels; it makes the files a quarter larger and photo-heavy batches such as
    # a thousand cards markedly slower.
    rl_config.useA85 = 0
    with _FONTS_LOCK:
        if FONT_BOLD not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / f"{FONT}.ttf")))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / f"{FONT_BOLD}.ttf")))


@dataclass(frozen=True)
class Letterhead:
    """The office as it appears at the top of its paper."""

    name: str
    address: str
    phone: str
    logo: bytes | None


def letterhead() -> Letterhead:
    return Letterhead(get_setting("office.name"), get_setting("office.address"),
                      get_setting("office.phone"), office_logo())


def contact_line(head: Letterhead) -> str:
    parts = [head.address]
    if head.phone:
        parts.append(f"Telp. {head.phone}")
    return " · ".join(p for p in parts if p)


def printed_on(today: dt.date | None = None) -> str:
    return f"Dicetak {format_date_long(today or dt.date.today())}"


def fit_size(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """The largest font size from *largest* down to *smallest* at which *text* fits *width*."""
    size = largest
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def clip_text(text: str, font: str, size: float, width: float) -> str:
    """*text* shortened with an ellipsis so that it fits *width*."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def numbered_canvas(footer: Callable[[canvas.Canvas, int, int], None]) -> type[canvas.Canvas]:
    """A canvas class that knows the page count when it writes each page, so that a footer can
    say "Halaman 2 dari 7". Pages are kept until the end and then written with the count."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, count)
                super().showPage()
            super().save()

    return NumberedCanvas
