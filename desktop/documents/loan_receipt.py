"""Receipts for money paid on a loan: an installment, an early payoff, an installment the group
paid for a member (tanggung renteng), and the slip that cancels one of them. Drawn as the
savings receipts are, one to an A5 landscape page, with the split into principal and jasa and
the principal left on the loan after it."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from desktop.documents.ledger_paper import group_words
from desktop.documents.loan_card import PAY_METHOD_WORDS
from desktop.documents.pdf import Letterhead
from desktop.documents.receipt import Slip, about_line, render_slips, reversal_text
from desktop.loan_queries import LoanReceiptData
from desktop.money import format_rupiah


def title(r: LoanReceiptData) -> str:
    return "BUKTI PEMBATALAN" if r.kind == "reversal" else "KUITANSI"


def purpose(r: LoanReceiptData) -> str:
    """What the money was for, in the words a member reads on the slip."""
    if r.kind == "payoff":
        return f"Pelunasan dipercepat pinjaman {r.loan_number}"
    if r.kind == "cover":
        return (f"Angsuran pinjaman {r.loan_number} dibayar kelompok (tanggung renteng) "
                f"untuk {r.member_name}")
    if r.kind == "offset":
        # Set against the savings paid out to a member who leaves: it settles the loan.
        return f"Pelunasan pinjaman {r.loan_number} dari simpanan anggota"
    if r.kind == "reversal":
        return reversal_text(r.reverses, r.note)
    return f"Angsuran pinjaman {r.loan_number}"


def split_text(r: LoanReceiptData) -> str:
    """"Pokok Rp100.000 · Jasa Rp10.000"; a reversal shows what it takes back, unsigned."""
    return f"Pokok {format_rupiah(abs(r.principal))} · Jasa {format_rupiah(abs(r.jasa))}"


def loan_slip(r: LoanReceiptData) -> Slip:
    if r.kind == "cover":
        # The group's money: the group is who paid, the member whose installment it was is
        # named under it and in the purpose.
        party, about = group_words(r.group) or "Kelompok", about_line(r.member_number, "")
        about = f"Untuk {r.member_name} · {about}"
        payer = ("Penyetor (kelompok),", "")
    else:
        party, about = r.member_name, about_line(r.member_number, r.group)
        payer = ("Anggota," if r.kind == "reversal" else "Penyetor,", r.member_name)
    details = [("Rincian", split_text(r)),
               ("Cara pembayaran", PAY_METHOD_WORDS.get(r.method, r.method))]
    if r.note and r.kind != "reversal":  # a reversal's reason is in its purpose already
        details.append(("Catatan", r.note))
    after = "pembatalan" if r.kind == "reversal" else "pembayaran"
    return Slip(r.number, r.on, title(r), "Atas nama" if r.kind == "reversal" else "Telah terima dari",
                party, about, r.amount,
                "Keterangan" if r.kind == "reversal" else "Untuk pembayaran", purpose(r),
                tuple(details),
                f"Sisa pokok pinjaman {r.loan_number} setelah {after}: "
                f"{format_rupiah(r.outstanding_after)}",
                (payer, ("Bendahara," if r.kind == "reversal" else "Penerima,", r.user)))


def render_loan_receipts(receipts: list[LoanReceiptData], head: Letterhead,
                         target: Path | io.BytesIO, *, place: str = "",
                         progress: Callable[[int, int], None] = lambda done, total: None) -> None:
    """Write the loan receipts to a PDF, one per page. *place* is the town written before the
    date above the signatures; without it the date stands alone."""
    render_slips([loan_slip(r) for r in receipts], head, target, place=place, progress=progress)
