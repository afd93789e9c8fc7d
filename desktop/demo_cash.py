"""The demo office's cash book: the drawer's and the bank account's opening balances on the first
day with money, the office's running costs and a little other income, cash taken to the bank when the drawer grows
and fetched back before a large disbursement, a count of the drawer at the end of most days
(one day a little short, one counted twice), and the months closed up to the month before last.

Run as the demo's last step, once every other posting is in: the savings, loans and sheets are
read off the books day by day, and the treasurer's own entries are planned around them so that
the drawer never stands below zero, then posted through the real operations in date order, so
that the voucher numbers follow the dates.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from desktop import cashbook
from desktop.auth import Actor
from desktop.cashbook import (
    BANK,
    DENOMINATIONS,
    OPENING_KINDS,
    Moved,
    months_between,
    post_cash_entry,
    record_cash_count,
    reverse_cash_entry,
)
from desktop.errors import DomainError
from desktop.money import format_rupiah
from desktop.month_close import close_month

EXPENSES = (("ATK: kertas, map dan tinta printer", 75_000, 250_000),
            ("Listrik dan air kantor", 150_000, 350_000),
            ("Transport pendamping ke kelompok", 50_000, 150_000),
            ("Konsumsi rapat pengurus", 60_000, 200_000),
            ("Fotokopi buku anggota dan formulir", 20_000, 80_000),
            ("Pulsa dan paket data kantor", 50_000, 100_000))
INCOME = (("Penjualan buku simpanan anggota", 5_000, 25_000), ("Penjualan map dan formulir", 5_000, 20_000))
CEILING = 5_000_000  # more than this in the drawer at closing time goes to the bank
KEEP = 2_000_000  # what the treasurer leaves in the drawer
LARGE_OUT = 3_000_000  # a day paying out this much (a disbursement) is helped from the bank
COUNTED = 0.88  # days with money whose drawer is counted
CLOSE_NOTE = "Sudah dicocokkan dengan hitung kas dan rekening bank"
BANK_KEPT = 5_000_000  # what the account held, beyond what the transfers out of it needed
NOTHING = Moved(0, 0, 0)


@dataclass(frozen=True)
class _Entry:
    on: dt.date
    order: int  # within a day: opening, from the bank, the day's costs, to the bank at closing
    kind: str
    amount: int
    note: str = ""


def add_cash_office(admin: Actor, treasurer: Actor, today: dt.date, rng: random.Random) -> None:
    """Fill the demo's cash book, count its drawer and close its months (see the module)."""
    first = cashbook.first_day()
    if first is None or first > today:
        return
    flows = cashbook.day_sums(first, today)
    entries = _plan(rng, first, today, flows) + [_bank_opening(first, today)]
    # One recent cost is typed with a zero too many: the first whose day the drawer could
    # have paid it (no slip is written for money the drawer does not hold).
    mistyping = today - dt.timedelta(days=rng.randint(60, 120))
    # The drawer is counted at the end of most days with money (not today: it is not over);
    # one recent day came out a little short, one was counted twice.
    moved = sorted(set(flows) | {e.on for e in entries})
    counted = [day for day in moved if day < today and day.weekday() != 6 and rng.random() < COUNTED]
    recent = [day for day in counted if day >= today - dt.timedelta(days=100)] or counted
    short, recounted = rng.sample(recent, 2) if len(recent) >= 2 else (None, None)
    last_closed = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1) - dt.timedelta(days=1)
    # Month by month, as the treasurer keeps the books: the entries, the counts, the close.
    for month, month_last in months_between(first, today):
        end = min(month_last, today)
        for entry in sorted((e for e in entries if month <= e.on <= end), key=lambda e: (e.on, e.order)):
            if mistyping is not None and entry.kind == "expense" and entry.on >= mistyping \
                    and _mistype(treasurer, entry):
                mistyping = None
            who = admin if entry.kind in OPENING_KINDS.values() else treasurer
            post_cash_entry(who, entry.on, entry.kind, entry.amount, entry.note)
        for day in (d for d in counted if month <= d <= end):
            if day == short:
                _count(treasurer, rng, day, -5_000, "Kurang Rp5.000; belum ditemukan")
            elif day == recounted:
                _count(treasurer, rng, day, -10_000, "")
                _count(treasurer, rng, day, 0, "Hitung ulang: selembar Rp10.000 terselip di map setoran")
            else:
                _count(treasurer, rng, day, 0, "")
        if end <= last_closed:
            close_month(treasurer, month.year, month.month, CLOSE_NOTE)


def _office_days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)
            if (first + dt.timedelta(days=n)).weekday() != 6]


def _round(amount: int, unit: int) -> int:
    return max(unit, amount // unit * unit)


def _costs(rng: random.Random, first: dt.date, today: dt.date) -> list[_Entry]:
    """Three to five costs a month on office days, and now and then a little income."""
    entries = []
    for month, month_last in months_between(first, today):
        days = _office_days(max(month, first), min(month_last, today))
        for note, low, high in rng.sample(EXPENSES, min(len(EXPENSES), rng.randint(3, 5))):
            entries.append(_Entry(rng.choice(days), 2, "expense", _round(rng.randint(low, high), 5_000), note))
        if rng.random() < 0.4:
            note, low, high = rng.choice(INCOME)
            entries.append(_Entry(rng.choice(days), 2, "income", _round(rng.randint(low, high), 5_000), note))
    return entries


def _plan(rng: random.Random, first: dt.date, today: dt.date,
          flows: dict[dt.date, Moved]) -> list[_Entry]:
    """The opening balance, the costs, and the trips to the bank. Each amount taken out leaves
    every later day at zero or more with the money already in the books and the costs, counting
    no income or cash fetched later: so each posting passes the drawer's check in date order."""
    entries = _costs(rng, first, today)
    days = [first + dt.timedelta(days=n) for n in range((today - first).days + 1)]
    net = {day: flows.get(day, NOTHING).net for day in days}
    for entry in entries:
        if entry.kind == "expense":
            net[entry.on] -= entry.amount
    running, ends = 0, []
    for day in days:
        running += net[day]
        ends.append(running)
    opening = _round(max(0, -min(ends)), 100_000) + rng.choice([1_500_000, 2_000_000, 2_500_000])
    entries.append(_Entry(first, 0, "opening", opening, "Uang tunai di laci saat mulai memakai program"))
    lowest_after, low = [0] * len(days), None
    for i in range(len(days) - 1, -1, -1):
        low = ends[i] if low is None else min(low, ends[i])
        lowest_after[i] = low
    shift, bank = opening, 0  # what the entries planned so far add to every later day
    for i, day in enumerate(days):
        money_out = flows.get(day, NOTHING).money_out
        if money_out >= LARGE_OUT and bank >= money_out // 2:
            fetched = _round(money_out // 2, 100_000)
            entries.append(_Entry(day, 1, "from_bank", fetched, f"Cek no. {rng.randint(100000, 999999)}"))
            shift, bank = shift + fetched, bank - fetched
        drawer = ends[i] + shift
        if day.weekday() == 6 or drawer <= CEILING:
            continue
        taken = min(drawer - KEEP, lowest_after[i] + shift) // 100_000 * 100_000
        if taken >= 500_000:
            entries.append(_Entry(day, 3, "to_bank", taken, f"Slip setoran no. {rng.randint(1000, 9999)}"))
            shift, bank = shift - taken, bank + taken
    return entries


def _bank_opening(first: dt.date, today: dt.date) -> _Entry:
    """What the account held when the office began its books: enough that the transfers out
    of it (savings withdrawn by transfer) never take the bank book below zero, and some more."""
    running, lowest = 0, 0
    for moved in cashbook.day_sums(first, today, BANK).values():
        running += moved.net
        lowest = min(lowest, running)
    return _Entry(first, 0, OPENING_KINDS[BANK], _round(-lowest, 100_000) + BANK_KEPT,
                  "Saldo rekening bank saat mulai memakai program")


def _mistype(treasurer: Actor, cost: _Entry) -> bool:
    """A cost typed with a zero too many, found at the day's count and reversed before the
    right amount is posted: the wrong one stays in the book, struck through."""
    try:
        wrong = post_cash_entry(treasurer, cost.on, "expense", cost.amount * 10, cost.note)
    except DomainError:  # more than the drawer held: the program would have refused it
        return False
    reverse_cash_entry(treasurer, wrong, f"Salah ketik nominal, seharusnya {format_rupiah(cost.amount)}", cost.on)
    return True


def _pieces(rng: random.Random, amount: int) -> dict[int, int] | None:
    """Notes and coins adding up to *amount*, some of the large ones in smaller notes, as a
    drawer holds them; None when the amount is not in whole hundreds."""
    if amount < 0 or amount % 100:
        return None
    pieces, rest = {}, amount
    for value in DENOMINATIONS:
        count = rest // value
        if count > 1 and value >= 20_000 and rng.random() < 0.3:
            count -= rng.randint(1, min(count - 1, 3))
        if count:
            pieces[value] = count
            rest -= count * value
    return pieces


def _count(treasurer: Actor, rng: random.Random, day: dt.date, off: int, note: str) -> None:
    """Count the drawer at the end of *day*, *off* from the book; mostly note by note."""
    counted = cashbook.balance_at_end(day) + off
    pieces = _pieces(rng, counted) if rng.random() < 0.7 else None
    record_cash_count(treasurer, day, None if pieces else counted, pieces, note)
