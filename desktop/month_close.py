"""Closing the month (tutup buku): once the treasurer has posted a month's money and counted
its cash, the month is closed and nothing dated in it can be posted or reversed any more
(desktop/periods.py, and a trigger in the database). The month's cash book figures are kept with
the close, as printed that day, with its counts against the book of their day as it stood then.
Every later balance is summed from the latest close's kept closing: ``verify_closed_figures``
recomputes the kept figures from the entries, to find money changed outside the program.
Only the administrator reopens a month, the latest closed one, saying why; the close stays on
record, marked reopened.

Months close in order. Closing a month closes every month before it that is still open, each
with its own row and figures: an office that starts the program with months of history, or
that forgot a month, closes up to where it stands in one step instead of refusing until the
months are done one by one, and the confirmation names every month it will lock.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from db.models import CollectionSheet, Group, MonthClose, User
from desktop import audit
from desktop.approvals import approvable
from desktop.auth import Actor
from desktop.cashbook import (
    BANK,
    CASH,
    VIEWS,
    PeriodFigures,
    first_day,
    list_cash_counts,
    month_bounds,
    months_between,
    months_figures,
)
from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import operation
from desktop.periods import closed_through
from desktop.text import NOTE_LENGTH, REASON_LENGTH, check_text, whole_between

MOST_NAMED = 5  # draft sheets named in a refusal; the rest are counted


@dataclass(frozen=True)
class LastCount:
    """A month's last count, against the book of its day as it stood when the month was
    closed (as it stands now, for an open month)."""

    on: dt.date
    counted: int
    expected: int
    difference: int
    expected_then: int  # the book's balance of the day when the drawer was counted
    difference_then: int

    @property
    def book_changed(self) -> bool:
        return self.expected != self.expected_then


@dataclass(frozen=True)
class MonthStatus:
    """A month of the books: open or closed, with its figures (as stored when it was closed)."""

    month: str  # "2026-03"
    first: dt.date
    last: dt.date
    closed: bool
    ended: bool
    cash: PeriodFigures
    bank: PeriodFigures
    last_count: LastCount | None
    counts: int
    counts_off: int  # counts with a difference from the book of their day
    closed_by: str = ""
    closed_at: dt.datetime | None = None
    note: str = ""
    reopened_by: str = ""  # the month's latest reopening, if it was ever reopened
    reopened_at: dt.datetime | None = None
    reopen_reason: str = ""


def month_key(on: dt.date) -> str:
    return f"{on.year:04d}-{on.month:02d}"


def month_words(key: str) -> str:
    """03/2026, as months are named in messages."""
    return f"{key[5:7]}/{key[:4]}"


def _first_open_day() -> dt.date | None:
    """The first day of the first month still open: after the last close, or the first month
    with money when nothing was ever closed."""
    through = closed_through()
    return through + dt.timedelta(days=1) if through is not None else first_day()


def _months_closing(year: int, month: int) -> list[tuple[dt.date, dt.date]]:
    """(first, last day) of each month closing *year*/*month* would close, in order."""
    first, last = month_bounds(year, month)
    start = _first_open_day()
    if start is None or start > first:
        start = first
    return months_between(start, last)


def months_to_close(year: int, month: int) -> list[str]:
    """The months closing *year*/*month* would close, in order (the open months before it too)."""
    return [month_key(f) for f, _l in _months_closing(year, month)]


def next_month_to_close(today: dt.date | None = None) -> tuple[int, int] | None:
    """The first month still open, when it has ended; None when there is none to close."""
    today = today or dt.date.today()
    start = _first_open_day()
    if start is None:
        return None
    _first, last = month_bounds(start.year, start.month)
    return (start.year, start.month) if last < today else None


def _plain(f: PeriodFigures) -> dict[str, int]:
    return {"opening": f.opening, "in": f.money_in, "out": f.money_out, "closing": f.closing}


def _kept(cash: PeriodFigures, bank: PeriodFigures, counts: tuple[LastCount | None, int, int]) -> dict:
    """The month's cash and bank figures and its last count, as kept with the close."""
    last, number, off = counts
    count = None if last is None else {"on": last.on.isoformat(), "counted": last.counted,
                                       "expected": last.expected, "difference": last.difference,
                                       "expected_then": last.expected_then,
                                       "difference_then": last.difference_then}
    return {"cash": _plain(cash), "bank": _plain(bank), "count": count, "counts": number, "counts_off": off}


def _check_no_drafts(first: dt.date, last: dt.date) -> None:
    drafts = list(CollectionSheet.select(Group.name, CollectionSheet.on).join(Group)
                  .where((CollectionSheet.status == "draft") & CollectionSheet.on.between(first, last))
                  .order_by(CollectionSheet.on, Group.name).tuples())
    if drafts:
        named = ", ".join(f"{name} {on:%d/%m/%Y}" for name, on in drafts[:MOST_NAMED])
        if len(drafts) > MOST_NAMED:
            named += f" (+{len(drafts) - MOST_NAMED})"
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Collection sheets dated up to {date} are still drafts: {sheets}. Post or delete them first."), None, date=last.strftime("%d/%m/%Y"), sheets=named)


@operation("month.close")
def close_month(actor: Actor, year: int, month: int, note: str = "") -> list[int]:
    """Close the books of a month that has ended, and of the open months before it; returns
    the closes, one per month, in order."""
    if not whole_between(month, 1, 12) or not whole_between(year, dt.MINYEAR, dt.MAXYEAR - 1):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the month to close."), "month")
    first, last = month_bounds(year, month)
    key = month_key(first)
    if last >= dt.date.today():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{month} has not ended yet; it can be closed from {date} on."), "month", month=month_words(key), date=(last + dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    through = closed_through()
    if through is not None and last <= through:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{month} is already closed."), "month", month=month_words(key))
    note = check_text(note, "note", NOTE_LENGTH)
    months = _months_closing(year, month)
    _check_no_drafts(months[0][0], last)
    # All the months' figures are summed at once: an office starting with years of history
    # closes them in one step, and a sum per month took seconds for each year.
    figures = _month_figures(months[0][0], last)
    counts = _counts_by_month(months[0][0], last)
    ids = []
    for month_first, month_last in months:
        key = month_key(month_first)
        row = MonthClose.create(month=key, last_day=month_last, closed_by=actor.id,
                                figures=json.dumps(_kept(*figures[key], counts.get(key, (None, 0, 0)))),
                                note=note)
        audit.record(actor, "month.close", "month_close", row.id, row.month, None, audit.snapshot(row))
        ids.append(row.id)
    return ids


def _standing_close(arguments: dict) -> dict:
    """The close a request to reopen is about, pinned when the request is made, so that an
    approval lifts the close the approver was shown and no later one."""
    if arguments.get("close_id") is not None:
        return {}
    year, month = arguments.get("year"), arguments.get("month")
    if not (whole_between(month, 1, 12) and whole_between(year, dt.MINYEAR, dt.MAXYEAR)):
        return {}
    found = (MonthClose.select(MonthClose.id)
             .where((MonthClose.month == f"{year:04d}-{month:02d}") & MonthClose.reopened_at.is_null())
             .scalar())
    return {"close_id": found} if found else {}


@approvable("month.reopen", QT_TRANSLATE_NOOP("Labels", "Reopening a closed month"), pinned=_standing_close)
@operation("month.reopen")
def reopen_month(actor: Actor, year: int, month: int, reason: str, close_id: int | None = None) -> int:
    """Reopen the latest closed month so that it can be corrected, saying why; returns the
    close that was lifted. With *close_id*, only while that close still stands."""
    if not whole_between(month, 1, 12) or not whole_between(year, dt.MINYEAR, dt.MAXYEAR):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the month to reopen."), "month")
    key = f"{year:04d}-{month:02d}"
    latest = (MonthClose.select().where(MonthClose.reopened_at.is_null())
              .order_by(MonthClose.last_day.desc()).first())
    if latest is None or key > latest.month:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{month} is not closed."), "month", month=month_words(key))
    if latest.month != key:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Only the latest closed month, {latest}, can be reopened; reopen the months from the latest back."), "month", latest=month_words(latest.month))
    if close_id is not None and latest.id != close_id:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{month} was reopened and closed again since this was asked; look at the month again and ask again."), "month", month=month_words(key))
    reason = check_text(reason, "reason", REASON_LENGTH,
                        required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for reopening the month."))
    before = audit.snapshot(latest)
    latest.reopened_by, latest.reopened_at = actor.id, dt.datetime.now().replace(microsecond=0)
    latest.reopen_reason = reason
    latest.save()
    audit.record(actor, "month.reopen", "month_close", latest.id, f"{key}: {latest.reopen_reason}",
                 before, audit.snapshot(latest))
    return latest.id


def standing_close(last_day: dt.date) -> tuple[dt.datetime, str] | None:
    """(when, by whom) the month ending on *last_day* was closed, while the close stands."""
    return (MonthClose.select(MonthClose.closed_at, User.full_name)
            .join(User, on=(MonthClose.closed_by == User.id))
            .where((MonthClose.last_day == last_day) & MonthClose.reopened_at.is_null()).tuples().first())


# --- the months for the screen -------------------------------------------------------------

def _stored(row: dict, view: str, first: dt.date, last: dt.date) -> PeriodFigures:
    f = row.get(view) or {}
    return PeriodFigures(first, last, f.get("opening", 0), f.get("in", 0), f.get("out", 0))


def _month_figures(start: dt.date, end: dt.date) -> dict[str, tuple[PeriodFigures, PeriodFigures]]:
    """Cash and bank figures of each month from *start*'s to *end*'s, summed by day at once."""
    cash, bank = (months_figures(start, end, view) for view in (CASH, BANK))
    return {month_key(c.first): (c, b) for c, b in zip(cash, bank, strict=True)}


def _counts_by_month(start: dt.date, end: dt.date) -> dict[str, tuple[LastCount, int, int]]:
    """Each month's last count, its number of counts and of those off the book of their day,
    as the book stands now."""
    out: dict[str, tuple[LastCount, int, int]] = {}
    for c in reversed(list_cash_counts(start, end)):  # oldest first
        _last, count, off = out.get(month_key(c.on), (None, 0, 0))
        now = LastCount(c.on, c.counted, c.expected, c.difference, c.expected_then, c.difference_then)
        out[month_key(c.on)] = (now, count + 1, off + bool(now.difference))
    return out


def _stored_count(stored: dict) -> LastCount | None:
    c = stored.get("count")
    if not c:
        return None
    return LastCount(dt.date.fromisoformat(c["on"]), c["counted"], c["expected"], c["difference"],
                     c.get("expected_then", c["expected"]), c.get("difference_then", c["difference"]))


def month_statuses(today: dt.date | None = None) -> list[MonthStatus]:
    """Every month from the first with money (or the first closed) to this one, the newest
    first: closed months with the figures kept when they were closed, open ones as they stand."""
    today = today or dt.date.today()
    names = dict(User.select(User.id, User.full_name).tuples())
    closes = list(MonthClose.select().order_by(MonthClose.id))
    standing = {c.month: c for c in closes if c.reopened_at is None}
    reopened = {c.month: c for c in closes if c.reopened_at is not None}
    starts = [d for d in (first_day(), min((c.last_day for c in closes), default=None)) if d]
    if not starts:
        return []
    start, end = min(starts).replace(day=1), month_bounds(today.year, today.month)[1]
    through = max((c.last_day for c in standing.values()), default=None)
    live_from = max(start, through + dt.timedelta(days=1)) if through else start
    live = _month_figures(live_from, end) if live_from <= end else {}
    counts = _counts_by_month(live_from, end)
    statuses = []
    for first, last in reversed(months_between(start, end)):
        key, close, again = month_key(first), standing.get(month_key(first)), reopened.get(month_key(first))
        extra = {}
        if again is not None:
            extra = {"reopened_by": names.get(again.reopened_by_id, ""), "reopened_at": again.reopened_at,
                     "reopen_reason": again.reopen_reason}
        if close is not None:
            stored = json.loads(close.figures or "{}")
            statuses.append(MonthStatus(key, first, last, True, True, _stored(stored, CASH, first, last),
                                        _stored(stored, BANK, first, last), _stored_count(stored),
                                        stored.get("counts", 0),
                                        stored.get("counts_off", 0), names.get(close.closed_by_id, ""),
                                        close.closed_at, close.note, **extra))
            continue
        cash, bank = live.get(key) or (PeriodFigures(first, last, 0, 0, 0),) * 2
        count, number, off = counts.get(key, (None, 0, 0))
        statuses.append(MonthStatus(key, first, last, False, last < today, cash, bank, count, number, off,
                                    **extra))
    return statuses


# --- the figures kept, against the entries ---------------------------------------------------

@dataclass(frozen=True)
class ClosedFiguresOff:
    """A standing close whose kept figures of a view differ from what the month's entries add
    up to now: money dated in the closed month was changed, added or removed outside the
    program, or the figures themselves were. The cash book starts from the latest close's
    closing balance, so it would not show the change."""

    month: str  # "2026-03"
    view: str  # cash | bank
    kept: dict  # opening, in, out and closing as kept with the close
    entries: dict  # the same, as the entries add up to now


def _kept_figures(figures: str) -> dict:
    try:
        kept = json.loads(figures or "{}")
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


def verify_closed_figures() -> list[ClosedFiguresOff]:
    """Recompute every standing close's cash and bank figures from the entries, from the first
    money on (relying on no close), and list those that differ from the figures kept, oldest
    first. One sum by day for each view, however many months."""
    kept = {month: _kept_figures(figures) for month, figures in
            MonthClose.select(MonthClose.month, MonthClose.figures)
            .where(MonthClose.reopened_at.is_null()).tuples()}
    if not kept:
        return []
    earliest = dt.date.fromisoformat(f"{min(kept)}-01")
    start = min(earliest, first_day() or earliest)
    through = closed_through() or start
    off = []
    for view in VIEWS:
        for figures in months_figures(start, through, view, balance=0):
            key = month_key(figures.first)
            stored = kept[key].get(view) if key in kept else None
            if key in kept and stored != _plain(figures):
                off.append(ClosedFiguresOff(key, view, stored if isinstance(stored, dict) else {}, _plain(figures)))
    return sorted(off, key=lambda o: (o.month, VIEWS.index(o.view)))
