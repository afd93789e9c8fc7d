"""Building blocks for tests of the register."""

from __future__ import annotations

import datetime as dt

from desktop.auth import Actor
from desktop.groups import GroupForm, create_group, group_kinds
from desktop.members import MemberForm, register_member
from desktop.nik import make_nik

_serial = iter(range(1, 10_000))


def kind_id(name: str = "KUBE") -> int:
    return next(i for i, n in group_kinds() if n == name)


def new_group(actor: Actor, name: str = "KUBE Melati", kelurahan: str = "Cilincing", **extra) -> int:
    form = GroupForm(name=name, kind_id=kind_id(), kelurahan=kelurahan, kecamatan="Cilincing",
                     city="Jakarta Utara", formed_date=dt.date(2020, 1, 5), **extra)
    return create_group(actor, form)


def member_form(group_id: int, name: str = "Siti Aminah", sex: str = "P",
                born: dt.date = dt.date(1985, 3, 12), **extra) -> MemberForm:
    nik = make_nik("317504", born, sex, next(_serial))
    values = dict(name=name, nik=nik, sex=sex, birth_date=born, group_id=group_id,
                  join_date=dt.date(2021, 1, 1))
    values.update(extra)
    return MemberForm(**values)


def new_member(actor: Actor, group_id: int, name: str = "Siti Aminah", **extra) -> int:
    return register_member(actor, member_form(group_id, name, **extra))


def pdf_pages(source) -> list[str]:
    """The text of each page of a PDF (a path or bytes), as a reader would copy it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(source)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def pdf_page_size(source, index: int = 0) -> tuple[float, float]:
    import pypdfium2

    document = pypdfium2.PdfDocument(source)
    try:
        return tuple(document[index].get_size())
    finally:
        document.close()


def pdf_qr_codes(source, index: int = 0) -> list[str]:
    """What the QR codes on a page say, read from the page rendered at 300 dpi as a phone's
    camera or a scanner would see it."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(source)
    try:
        image = document[index].render(scale=300 / 72).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(image)]


def picture(kind: str = "JPEG", size: tuple[int, int] = (120, 150)) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 120, 90)).save(buffer, kind)
    return buffer.getvalue()
