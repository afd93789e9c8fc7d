"""Reading the audit trail: who changed what and when, newest first, filtered by user, dates,
kind of work, member and text, a page at a time; one record's values before and after; and the
check of its hash chain. Only roles holding ``audit.view`` may read it.

The trail of a busy office grows to millions of records, so every page is read by walking one
index newest first (``at``; ``user_id, at``; ``action, at``) and stopping when the page is full.
A filter no index holds (the text, or a kind while a user is chosen) is checked on at most
SCAN_WINDOW records of that walk: when they hold fewer matches than a page, the page ends
there and says how far back it looked, and "load more" goes on from there.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import peewee as pw

from db.models import (
    AuditRecord,
    CapitalPool,
    CapitalSource,
    CashCount,
    CashEntry,
    CollectionSheet,
    FollowUp,
    Group,
    GroupDebtEntry,
    GroupKind,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    PoolEntry,
    Program,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    SheetLine,
    TrainingSession,
    User,
    Visit,
    WelfareSurvey,
)
from desktop import audit
from desktop.approval_queries import REQUEST_STATUSES, approvable_actions
from desktop.audit_summaries import Said, Shown, readable_summaries
from desktop.auth import ROLE_LABELS, Actor, require
from desktop.cashbook import CASH_ENTRY_KINDS
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import (
    ATTENDANCE,
    BUSINESS_STATUSES,
    HOUSING,
    LOAN_FREQUENCIES,
    LOAN_METHODS,
    LOAN_PAYMENT_KINDS,
    LOAN_STATUSES,
    MEMBER_STATUSES,
    OFFICES,
    PAYMENT_METHODS,
    POOL_ENTRY_KINDS,
    SAVINGS_ENTRY_KINDS,
    SAVINGS_KINDS,
    SESSION_KINDS,
    SEXES,
    SHARE_STATUSES,
    SHEET_STATUSES,
    SOURCE_KINDS,
    STAGES,
    WELFARE_LEVELS,
)
from desktop.money import format_rupiah

PAGE_SIZE = 200
SCAN_WINDOW = 50_000

# Kinds of work, by the start of the action's name; "other" is every action none of them names.
AREAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "members": (QT_TRANSLATE_NOOP("Labels", "Members and groups"), ("member.", "group.", "group_kind.")),
    "savings": (QT_TRANSLATE_NOOP("Labels", "Savings"), ("savings.",)),
    "loans": (QT_TRANSLATE_NOOP("Labels", "Loans"), ("loan.",)),
    "capital": (QT_TRANSLATE_NOOP("Labels", "Rotating capital"), ("capital.",)),
    "meetings": (QT_TRANSLATE_NOOP("Labels", "Meeting days"), ("sheet.",)),
    "cash": (QT_TRANSLATE_NOOP("Labels", "Cash book and month close"), ("cash.", "month.")),
    "training": (QT_TRANSLATE_NOOP("Labels", "Training and mentoring"),
                 ("program.", "session.", "attendance.", "visit.", "followup.")),
    "assessments": (QT_TRANSLATE_NOOP("Labels", "Assessments and welfare"), ("assessment.", "welfare.")),
    "users": (QT_TRANSLATE_NOOP("Labels", "Users and settings"), ("user.", "settings.", "backup.")),
    "approvals": (QT_TRANSLATE_NOOP("Labels", "Approvals"), ("approval.",)),
    "other": (QT_TRANSLATE_NOOP("Labels", "Other"), ()),
}
OTHER = "other"


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    area: str | None = None  # a key of AREAS
    member_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the next one holds the records older than this one."""

    at: dt.datetime
    id: int


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str  # the user's full name; "" when the program itself wrote it
    action: str
    area: str
    entity: str
    entity_id: int | None
    what: str  # the record it is about, by name where known
    summary: str  # as written
    said: Said = ()  # the summary as read (see desktop/audit_summaries.py)


@dataclass(frozen=True)
class TrailPage:
    rows: list[AuditRow]
    next: Cursor | None  # None when nothing older matches
    searched_to: dt.datetime | None = None  # the page stopped looking here, not full


def area_of(action: str) -> str:
    return next((key for key, (_label, prefixes) in AREAS.items() if action.startswith(prefixes)), OTHER)


def area_choices() -> list[tuple[str, str]]:
    """(key, Labels text) of each kind of work, for a filter."""
    return [(key, text) for key, (text, _prefixes) in AREAS.items()]


def user_choices(actor: Actor) -> list[tuple[int, str]]:
    """(id, name) of every user, also those deactivated, for the filter."""
    require(actor, "audit.view")
    return [(i, f"{name} ({username})") for i, name, username in
            User.select(User.id, User.full_name, User.username).order_by(User.full_name).tuples()]


def member_label(actor: Actor, member_id: int) -> str:
    require(actor, "audit.view")
    return _names("member", {member_id}).get(member_id, f"#{member_id}")


# --- the page --------------------------------------------------------------------------------

def find_records(actor: Actor, flt: AuditFilter, after: Cursor | None = None,
                 limit: int = PAGE_SIZE) -> TrailPage:
    """The newest records the filter lets through, older than *after* when given."""
    require(actor, "audit.view")
    walk, checked = _conditions(flt)
    if after is not None:
        walk.append(_older(after, plain=flt.member_id is not None))
    bound = _window_end(walk) if checked else None
    if bound is not None:
        walk.append(_not_older(bound))
    query = (AuditRecord.select(AuditRecord.id, AuditRecord.at, AuditRecord.user, AuditRecord.action,
                                AuditRecord.entity, AuditRecord.entity_id, AuditRecord.summary)
             .order_by(AuditRecord.at.desc(), AuditRecord.id.desc()).limit(limit + 1))
    query = _where(query, walk + checked)
    found = list(query.tuples())
    rows = _rows(found[:limit])
    if len(found) > limit:
        return TrailPage(rows, Cursor(rows[-1].at, rows[-1].id))
    if bound is not None:
        return TrailPage(rows, bound, bound.at)
    return TrailPage(rows, None)


def records_from(actor: Actor, record_id: int, limit: int = PAGE_SIZE) -> TrailPage:
    """A page of the whole trail whose first row is the record *record_id*."""
    require(actor, "audit.view")
    at = AuditRecord.select(AuditRecord.at).where(AuditRecord.id == record_id).scalar()
    if at is None:
        return TrailPage([], None)
    return find_records(actor, AuditFilter(), Cursor(_as_datetime(at), record_id + 1), limit)


# Where a page starts and where a window ends. The first half of each is a range the index
# walked stops at; the second only sorts out the records of the same second.
def _older(cursor: Cursor, plain: bool = False) -> pw.Expression:
    at = _unindexed(AuditRecord.at) if plain else AuditRecord.at
    return (at <= cursor.at) & ((at < cursor.at) | (AuditRecord.id < cursor.id))


def _not_older(cursor: Cursor) -> pw.Expression:
    return (AuditRecord.at >= cursor.at) & ((AuditRecord.at > cursor.at) | (AuditRecord.id >= cursor.id))


def _unindexed(column: pw.Field) -> pw.Node:
    """The column as SQLite's "+column": the same values, but no index is walked for it."""
    return pw.NodeList((pw.SQL("+"), column), glue="")


def _conditions(flt: AuditFilter) -> tuple[list, list]:
    """(conditions the index walked answers, conditions checked on each record walked). A
    member's records are few and found through the ids of what is theirs: every other filter
    is then checked on them, and none may lead SQLite to walk another index instead."""
    member = flt.member_id is not None
    at, user, action = ((_unindexed(c) if member else c) for c in (AuditRecord.at, AuditRecord.user,
                                                                   AuditRecord.action))
    walk: list = [_about_member(flt.member_id)] if member else []
    checked: list = []
    if flt.first is not None:
        walk.append(at >= dt.datetime.combine(flt.first, dt.time()))
    if flt.last is not None:
        walk.append(at < dt.datetime.combine(flt.last + dt.timedelta(days=1), dt.time()))
    if flt.user_id is not None:
        walk.append(user == flt.user_id)
    if flt.area is not None:
        indexed = member or (flt.user_id is None and flt.area != OTHER)
        (walk if indexed else checked).append(_area_condition(flt.area, action))
    text = flt.text.strip()
    if text:
        (walk if member else checked).append(AuditRecord.summary.contains(text))
    return walk, checked


def _actions() -> list[str]:
    """Every action the trail holds, each found by one step along the action index."""
    sql = ("WITH RECURSIVE found(action) AS (SELECT MIN(action) FROM audit_record UNION ALL "
           "SELECT (SELECT MIN(action) FROM audit_record WHERE action > found.action) FROM found "
           "WHERE found.action IS NOT NULL) SELECT action FROM found WHERE action IS NOT NULL")
    return [action for (action,) in AuditRecord._meta.database.execute_sql(sql).fetchall()]


def _area_condition(area: str, action: pw.Node) -> pw.Expression:
    if area == OTHER:
        named = [a for a in _actions() if area_of(a) != OTHER]
        return action.not_in(named) if named else pw.SQL("1 = 1")
    actions = [a for a in _actions() if area_of(a) == area]
    # Equal actions, each a range of the (action, at) index walked newest first.
    return action.in_(actions) if actions else pw.SQL("0 = 1")


def _about_member(member_id: int) -> pw.Expression:
    """Records about the member and about the money and loans that are theirs, by the ids of
    those records, each a lookup in the (entity, entity_id) index."""
    shares = LoanShare.select(LoanShare.id).where(LoanShare.member == member_id)
    owned = {
        "savings_entry": SavingsEntry.select(SavingsEntry.id).join(SavingsAccount)
        .where(SavingsAccount.member == member_id),
        "loan_payment": LoanPayment.select(LoanPayment.id).where(LoanPayment.share.in_(shares)),
        "loan_share": shares,
        "loan": LoanShare.select(LoanShare.loan).where(LoanShare.member == member_id)
        | Loan.select(Loan.id).where(Loan.member == member_id),
        "group_debt_entry": GroupDebtEntry.select(GroupDebtEntry.id).where(GroupDebtEntry.member == member_id),
        "welfare_survey": WelfareSurvey.select(WelfareSurvey.id).where(WelfareSurvey.member == member_id),
        "collection_sheet": SheetLine.select(SheetLine.sheet).where(SheetLine.member == member_id),
    }
    condition = (AuditRecord.entity == "member") & (AuditRecord.entity_id == member_id)
    for entity, ids in owned.items():
        condition |= (AuditRecord.entity == entity) & AuditRecord.entity_id.in_(ids)
    return condition


def _window_end(walk: list) -> Cursor | None:
    """The last record of the next SCAN_WINDOW the walk reaches; None when it reaches fewer."""
    query = (AuditRecord.select(AuditRecord.at, AuditRecord.id)
             .order_by(AuditRecord.at.desc(), AuditRecord.id.desc()).offset(SCAN_WINDOW - 1).limit(1))
    row = _where(query, walk).tuples().first()
    return Cursor(_as_datetime(row[0]), row[1]) if row else None


def _where(query: pw.Select, conditions: list) -> pw.Select:
    return query.where(*conditions) if conditions else query


def _as_datetime(value: Any) -> dt.datetime:
    """A stored time; one made unreadable outside the program reads as the earliest time, so
    that the rest of the trail can still be read (the chain check names the record)."""
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.min


def _rows(found: list[tuple]) -> list[AuditRow]:
    users = _user_names()
    by_entity: dict[str, set[int]] = {}
    for _id, _at, _user, _action, entity, entity_id, _summary in found:
        if entity_id is not None:
            by_entity.setdefault(entity, set()).add(entity_id)
    names = {entity: _names(entity, ids) for entity, ids in by_entity.items()}
    said = readable_summaries([(action, summary, bool(names.get(entity, {}).get(entity_id)))
                               for _i, _at, _user, action, entity, entity_id, summary in found])
    return [AuditRow(i, _as_datetime(at), users.get(user, "") if user else "", action, area_of(action),
                     entity, entity_id, names.get(entity, {}).get(entity_id, ""), summary, read)
            for (i, at, user, action, entity, entity_id, summary), read in zip(found, said, strict=True)]


def _user_names() -> dict[int, str]:
    return dict(User.select(User.id, User.full_name).tuples())


# --- names of the records the trail points at ------------------------------------------------

def _member_text(number: str, name: str) -> str:
    return f"{number} {name}"


def _day(value: Any) -> str:
    return _as_date(value).strftime("%d/%m/%Y") if value else ""


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# entity -> (query of (id, *parts) for ids, how the parts read)
_NAMERS: dict[str, tuple] = {
    "member": (lambda: Member.select(Member.id, Member.number, Member.name), _member_text),
    "group": (lambda: Group.select(Group.id, Group.name), str),
    "user": (lambda: User.select(User.id, User.full_name), str),
    "group_kind": (lambda: GroupKind.select(GroupKind.id, GroupKind.name), str),
    "savings_product": (lambda: SavingsProduct.select(SavingsProduct.id, SavingsProduct.name), str),
    "loan_product": (lambda: LoanProduct.select(LoanProduct.id, LoanProduct.name), str),
    "capital_source": (lambda: CapitalSource.select(CapitalSource.id, CapitalSource.name), str),
    "capital_pool": (lambda: CapitalPool.select(CapitalPool.id, CapitalPool.name), str),
    "program": (lambda: Program.select(Program.id, Program.name), str),
    "loan": (lambda: Loan.select(Loan.id, Loan.number), str),
    "follow_up": (lambda: FollowUp.select(FollowUp.id, FollowUp.text), str),
    "savings_account": (lambda: SavingsAccount.select(SavingsAccount.id, SavingsProduct.name, Member.number,
                                                      Member.name).join(SavingsProduct).switch(SavingsAccount)
                        .join(Member), lambda p, n, m: f"{p} · {n} {m}"),
    "savings_entry": (lambda: SavingsEntry.select(SavingsEntry.id, SavingsEntry.receipt_number, Member.number,
                                                  Member.name).join(SavingsAccount).join(Member),
                      lambda r, n, m: f"{r} · {n} {m}"),
    "loan_payment": (lambda: LoanPayment.select(LoanPayment.id, LoanPayment.receipt_number, Loan.number,
                                                Member.number, Member.name).join(LoanShare).join(Loan)
                     .switch(LoanShare).join(Member), lambda r, loan, n, m: f"{r} · {loan} · {n} {m}"),
    "loan_share": (lambda: LoanShare.select(LoanShare.id, Loan.number, Member.number, Member.name)
                   .join(Loan).switch(LoanShare).join(Member), lambda loan, n, m: f"{loan} · {n} {m}"),
    "group_debt_entry": (lambda: GroupDebtEntry.select(GroupDebtEntry.id, Member.number, Member.name)
                         .join(Member), _member_text),
    "welfare_survey": (lambda: WelfareSurvey.select(WelfareSurvey.id, Member.number, Member.name)
                       .join(Member), _member_text),
    "collection_sheet": (lambda: CollectionSheet.select(CollectionSheet.id, Group.name, CollectionSheet.on)
                         .join(Group), lambda g, on: f"{g} · {_day(on)}"),
    "training_session": (lambda: TrainingSession.select(TrainingSession.id, TrainingSession.topic,
                                                        TrainingSession.on), lambda t, on: f"{t} · {_day(on)}"),
    "visit": (lambda: Visit.select(Visit.id, Group.name, Visit.on).join(Group), lambda g, on: f"{g} · {_day(on)}"),
    "pool_entry": (lambda: PoolEntry.select(PoolEntry.id, CapitalPool.name).join(CapitalPool), str),
    "cash_entry": (lambda: CashEntry.select(CashEntry.id, CashEntry.receipt_number, CashEntry.note),
                   lambda r, note: f"{r} · {note}" if note else r),
    "cash_count": (lambda: CashCount.select(CashCount.id, CashCount.on), _day),
}


def _names(entity: str, ids: set[int]) -> dict[int, str]:
    """The name of each record of *entity* among *ids* that still exists (one query)."""
    namer = _NAMERS.get(entity)
    if namer is None or not ids:
        return {}
    query, text = namer
    model = query().model
    return {row[0]: text(*row[1:]) for row in query().where(model.id.in_(list(ids))).tuples()}


# --- one record ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldChange:
    name: str  # as stored; a nested value is "outer.inner" (a member's "household.size")
    before: Shown | None  # None: the record had no values before (it was created)
    after: Shown | None  # None: no values after (it was removed)


@dataclass(frozen=True)
class RecordDetail:
    row: AuditRow
    change: str  # created | changed | removed | noted (no values kept)
    fields: list[FieldChange]


HIDDEN_FIELDS = frozenset({"id", "version", "name_key", "password_hash", "hash",
                           "params"})  # a request's arguments, by number: its summary names them
USER_FIELDS = frozenset({"user", "created_by", "posted_by", "reversed_by", "decided_by", "requested_by",
                         "applied_by", "disbursed_by", "done_by", "surveyor", "assessor", "recorded_by",
                         "closed_by", "reopened_by", "mentor"})
MONEY_FIELDS = frozenset({"amount", "principal", "jasa", "balance", "paid_principal", "paid_jasa", "written_off",
                          "admin_fee", "cash", "lent", "available", "counted", "expected", "difference",
                          "income", "first_loan_max", "max_amount", "cash_counted", "wajib", "sukarela",
                          "withdrawal", "installment"})
# Stored codes shown by their labels: (entity, field), or ("", field) for a field of any record.
CODE_LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("", "sex"): SEXES, ("", "stage"): STAGES, ("", "role"): ROLE_LABELS, ("", "office"): OFFICES,
    ("", "frequency"): LOAN_FREQUENCIES, ("", "attendance"): ATTENDANCE, ("", "housing"): HOUSING,
    ("", "business"): BUSINESS_STATUSES, ("", "level"): WELFARE_LEVELS, ("", "welfare_level"): WELFARE_LEVELS,
    ("member", "status"): MEMBER_STATUSES, ("savings_entry", "kind"): SAVINGS_ENTRY_KINDS,
    ("savings_entry", "method"): PAYMENT_METHODS, ("loan_payment", "kind"): LOAN_PAYMENT_KINDS,
    ("loan_payment", "method"): PAYMENT_METHODS, ("loan", "status"): LOAN_STATUSES,
    ("loan", "method"): LOAN_METHODS, ("loan_product", "method"): LOAN_METHODS,
    ("loan_share", "status"): SHARE_STATUSES, ("collection_sheet", "status"): SHEET_STATUSES,
    ("training_session", "kind"): SESSION_KINDS, ("pool_entry", "kind"): POOL_ENTRY_KINDS,
    ("capital_source", "kind"): SOURCE_KINDS, ("savings_product", "kind"): SAVINGS_KINDS,
    ("cash_entry", "kind"): CASH_ENTRY_KINDS, ("approval_request", "status"): REQUEST_STATUSES,
}
REFERENCES = {"member": "member", "group": "group", "account": "savings_account", "share": "loan_share",
              "loan": "loan", "pool": "capital_pool", "source": "capital_source", "program": "program",
              "visit": "visit", "session": "training_session", "payment": "loan_payment"}


def record_detail(actor: Actor, record_id: int) -> RecordDetail | None:
    """The record with the fields that changed, before and after, as the user reads them."""
    require(actor, "audit.view")
    found = (AuditRecord.select(AuditRecord.id, AuditRecord.at, AuditRecord.user, AuditRecord.action,
                                AuditRecord.entity, AuditRecord.entity_id, AuditRecord.summary,
                                AuditRecord.before, AuditRecord.after)
             .where(AuditRecord.id == record_id).tuples().first())
    if found is None:
        return None
    row = _rows([found[:7]])[0]
    before, after = (_loads(text) for text in found[7:])
    change = ("noted" if before is None and after is None else "created" if before is None
              else "removed" if after is None else "changed")
    return RecordDetail(row, change, _changes(row.entity, before, after))


def _loads(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"value": text}
    return value if isinstance(value, dict) else {"value": value}


def _flat(values: dict | None) -> dict[str, Any] | None:
    """One level of nested values (a member's household) as fields of their own."""
    if values is None:
        return None
    flat: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, dict) and value and name not in ("scores", "required"):
            flat.update({f"{name}.{inner}": v for inner, v in value.items()})
        else:
            flat[name] = value
    return flat


def _changes(entity: str, before: dict | None, after: dict | None) -> list[FieldChange]:
    old, new = _flat(before), _flat(after)
    names = [n for n in dict.fromkeys([*(old or {}), *(new or {})]) if n.rsplit(".", 1)[-1] not in HIDDEN_FIELDS]
    if old is not None and new is not None:
        names = [n for n in names if old.get(n) != new.get(n)]
    names = [n for n in names if old is not None or new.get(n) not in (None, "", [])]
    refs = _referenced(entity, names, old, new)
    return [FieldChange(n,
                        None if old is None else _shown(entity, n, old.get(n), refs),
                        None if new is None else _shown(entity, n, new.get(n), refs)) for n in names]


def _reference(entity: str, name: str) -> str | None:
    field = name.rsplit(".", 1)[-1]
    if field in USER_FIELDS:
        return "user"
    if field == "reverses":
        return entity
    if (entity, field) == ("group", "kind"):
        return "group_kind"
    if field == "product":
        return {"loan": "loan_product"}.get(entity)
    return REFERENCES.get(field)


def _referenced(entity: str, names: list[str], *sides: dict | None) -> dict[str, dict[int, str]]:
    wanted: dict[str, set[int]] = {}
    for name in names:
        kind = _reference(entity, name)
        for side in sides:
            value = (side or {}).get(name)
            if kind and isinstance(value, int) and not isinstance(value, bool):
                wanted.setdefault(kind, set()).add(value)
    return {kind: _names(kind, ids) for kind, ids in wanted.items()}


def _shown(entity: str, name: str, value: Any, refs: dict[str, dict[int, str]]) -> Shown:
    field = name.rsplit(".", 1)[-1]
    if value is None or value == "":
        return Shown("–")
    if isinstance(value, bool):
        return Shown(QT_TRANSLATE_NOOP("Labels", "Yes") if value else QT_TRANSLATE_NOOP("Labels", "No"), True)
    codes = CODE_LABELS.get((entity, field)) or CODE_LABELS.get(("", field))
    if codes and isinstance(value, str) and value in codes:
        return Shown(codes[value], True)
    if entity in _READERS and (read := _READERS[entity](field, value)) is not None:
        return read
    kind = _reference(entity, name)
    if kind and isinstance(value, int):
        return Shown(refs.get(kind, {}).get(value) or f"#{value}")
    if field in MONEY_FIELDS and isinstance(value, int):
        return Shown(format_rupiah(value))
    if isinstance(value, str):
        return Shown(_readable_time(value))
    if isinstance(value, dict | list):
        return Shown(json.dumps(value, ensure_ascii=False))
    return Shown(str(value))


def _request_value(field: str, value: Any) -> Shown | None:
    """A request's action by its label, and its summary as the approver read it."""
    actions = dict(approvable_actions())
    if field == "action" and value in actions:
        return Shown(actions[value], True)
    if field == "summary" and isinstance(value, str):
        try:
            pairs = json.loads(value)
        except ValueError:
            return None
        if isinstance(pairs, list) and all(isinstance(pair, list) and len(pair) == 2 for pair in pairs):
            return Shown("", pairs=tuple((str(c), str(v)) for c, v in pairs))
    return None


def _setting_value(field: str, value: Any) -> Shown | None:
    """The actions needing approval, by their labels."""
    if field == "required" and isinstance(value, list):
        actions = dict(approvable_actions())
        return Shown("", pairs=tuple((actions.get(key, str(key)), "") for key in value)) if value else Shown("–")
    return None


def _session_value(_field: str, value: Any) -> Shown | None:
    """Attendance, kept by member number, by its label."""
    return Shown(ATTENDANCE[value], True) if isinstance(value, str) and value in ATTENDANCE else None


# Values of one kind of record read in their own way: (field, value) -> shown, or None.
_READERS = {"approval_request": _request_value, "setting": _setting_value, "training_session": _session_value}


def _readable_time(text: str) -> str:
    """A stored date (2026-11-22) or time (2026-11-22T10:15:00) as the office writes it."""
    if len(text) in (10, 19) and text[4:5] == "-" and text[7:8] == "-":
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        return moment.strftime("%d/%m/%Y") if len(text) == 10 else moment.strftime("%d/%m/%Y %H:%M:%S")
    return text


# --- the hash chain --------------------------------------------------------------------------

@dataclass(frozen=True)
class ChainBreak:
    """Where the chain breaks: record *id* was changed (or slipped in) outside the program, or
    the records *removed_from*..*removed_to* before it were taken out. When the newest records
    were taken out (*at_end*), nothing follows them: *id* is the last of them, and the record
    left before them is *removed_from* - 1."""

    id: int
    removed_from: int | None = None
    removed_to: int | None = None
    at_end: bool = False


def check_chain(actor: Actor) -> audit.ChainCheck:
    """Walk the whole trail (long: run it in the background)."""
    require(actor, "audit.view")
    return audit.check_chain()


def chain_breaks(actor: Actor, broken: list[int]) -> list[ChainBreak]:
    """What each break found by the check means: a record changed, or records removed before it
    (the program never deletes a record, so a gap in the numbers is a removal), or, for a
    number no record has any more, the newest records removed."""
    require(actor, "audit.view")
    result = []
    for record_id in broken:
        previous = AuditRecord.select(pw.fn.MAX(AuditRecord.id)).where(AuditRecord.id < record_id).scalar() or 0
        if not AuditRecord.select().where(AuditRecord.id == record_id).exists():
            result.append(ChainBreak(record_id, previous + 1, record_id, at_end=True))
            continue
        gap = previous + 1 < record_id
        result.append(ChainBreak(record_id, previous + 1 if gap else None, record_id - 1 if gap else None))
    return result
