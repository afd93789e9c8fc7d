"""The tables of the books.

Money is never a float here: later tables keep whole rupiah in integer fields.
Columns named ``version`` count the edits of a row, so that an edit made from a stale copy
(two PCs on one file) can be detected and refused instead of overwriting the other.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from db.connection import database


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    description = pw.CharField(max_length=200)
    applied_at = pw.DateTimeField(default=_now)


class Setting(BaseModel):
    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()


class Counter(BaseModel):
    """Named number sequences (member numbers, later receipt numbers), advanced in the
    transaction that uses the number, so that no number is skipped or given twice."""

    name = pw.CharField(max_length=50, primary_key=True)
    last_value = pw.IntegerField(default=0)


class User(BaseModel):
    username = pw.CharField(max_length=50, unique=True)
    full_name = pw.CharField(max_length=100)
    role = pw.CharField(max_length=20)
    password_hash = pw.CharField(max_length=200)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)


class AuditRecord(BaseModel):
    at = pw.DateTimeField(default=_now, index=True)
    user = pw.ForeignKeyField(User, null=True, backref="audit_records", on_delete="RESTRICT")
    action = pw.CharField(max_length=60, index=True)
    entity = pw.CharField(max_length=40)
    entity_id = pw.IntegerField(null=True)
    summary = pw.TextField(default="")
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class GroupKind(BaseModel):
    code = pw.CharField(max_length=20, unique=True)
    name = pw.CharField(max_length=100)
    description = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)


class Group(BaseModel):
    name = pw.CharField(max_length=120)
    kind = pw.ForeignKeyField(GroupKind, backref="groups", on_delete="RESTRICT")
    formed_date = pw.DateField(null=True)
    address = pw.CharField(max_length=200, default="")
    rt = pw.CharField(max_length=3, default="")
    rw = pw.CharField(max_length=3, default="")
    kelurahan = pw.CharField(max_length=80, default="", index=True)
    kecamatan = pw.CharField(max_length=80, default="")
    city = pw.CharField(max_length=80, default="")
    business_activities = pw.TextField(default="")
    mentor = pw.ForeignKeyField(User, null=True, backref="mentored_groups", on_delete="RESTRICT")
    stage = pw.CharField(max_length=20, default="growing")
    notes = pw.TextField(default="")
    name_key = pw.CharField(max_length=120, index=True)
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "community_group"


class GroupPartner(BaseModel):
    group = pw.ForeignKeyField(Group, backref="partners", on_delete="CASCADE")
    name = pw.CharField(max_length=120)
    kind = pw.CharField(max_length=20)
    since = pw.DateField(null=True)


class Household(BaseModel):
    kk_number = pw.CharField(max_length=16, null=True, index=True)
    size = pw.IntegerField(null=True)
    welfare_level = pw.CharField(max_length=10, null=True)
    welfare_source = pw.CharField(max_length=100, default="")
    welfare_date = pw.DateField(null=True)


class Member(BaseModel):
    number = pw.CharField(max_length=20, unique=True)
    nik = pw.CharField(max_length=16, null=True, unique=True)
    name = pw.CharField(max_length=100)
    name_key = pw.CharField(max_length=100)
    sex = pw.CharField(max_length=1)
    birth_place = pw.CharField(max_length=80, default="")
    birth_date = pw.DateField(null=True)
    address = pw.CharField(max_length=200, default="")
    rt = pw.CharField(max_length=3, default="")
    rw = pw.CharField(max_length=3, default="")
    kelurahan = pw.CharField(max_length=80, default="")
    phone = pw.CharField(max_length=20, default="")
    occupation = pw.CharField(max_length=100, default="")
    household = pw.ForeignKeyField(Household, null=True, backref="members", on_delete="RESTRICT")
    group = pw.ForeignKeyField(Group, null=True, backref="members", on_delete="RESTRICT")
    status = pw.CharField(max_length=10, default="active")
    join_date = pw.DateField()
    exit_date = pw.DateField(null=True)
    exit_reason = pw.CharField(max_length=200, default="")
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("group", "status"), False),
            # Search as you type reads only this index: it walks names in order and checks
            # the status, number and NIK without visiting the rows.
            (("name_key", "status", "number", "nik"), False),
        )


class MemberPhoto(BaseModel):
    member = pw.ForeignKeyField(Member, unique=True, backref="photos", on_delete="CASCADE")
    data = pw.BlobField()


class Membership(BaseModel):
    """One stay of a member in a group; moves and exits close it and keep it."""

    member = pw.ForeignKeyField(Member, backref="memberships", on_delete="RESTRICT")
    group = pw.ForeignKeyField(Group, backref="memberships", on_delete="RESTRICT")
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    end_reason = pw.CharField(max_length=20, default="")


class GroupOfficer(BaseModel):
    group = pw.ForeignKeyField(Group, backref="officers", on_delete="RESTRICT")
    member = pw.ForeignKeyField(Member, backref="offices", on_delete="RESTRICT")
    office = pw.CharField(max_length=20)
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)


class SavingsProduct(BaseModel):
    """A kind of savings the office's by-laws define: pokok, wajib, sukarela, or another of
    the same rule kinds (a holiday savings is a sukarela product)."""

    code = pw.CharField(max_length=20, unique=True)
    name = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=10)  # pokok | wajib | sukarela
    amount = pw.IntegerField(default=0)  # rupiah: pokok once, wajib per period
    period = pw.CharField(max_length=10, default="")  # wajib: month
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)
    version = pw.IntegerField(default=1)


class SavingsAccount(BaseModel):
    """A member's savings in one product. The balance is stored and changed in the same
    transaction as each entry (summing two million entries for a list takes seconds); a check
    recomputes it from the entries."""

    member = pw.ForeignKeyField(Member, backref="savings_accounts", on_delete="RESTRICT")
    product = pw.ForeignKeyField(SavingsProduct, backref="accounts", on_delete="RESTRICT")
    balance = pw.IntegerField(default=0)
    opened_on = pw.DateField()

    class Meta:
        indexes = ((("member", "product"), True),)


class SavingsEntry(BaseModel):
    """One posted movement of money; never edited or deleted. A reversal is a new entry of the
    opposite amount that points at the entry it cancels."""

    account = pw.ForeignKeyField(SavingsAccount, backref="entries", on_delete="RESTRICT")
    on = pw.DateField()
    kind = pw.CharField(max_length=12)  # deposit | withdrawal | payout | reversal
    amount = pw.IntegerField()  # rupiah, + into the account, - out of it
    method = pw.CharField(max_length=10, default="cash")
    note = pw.CharField(max_length=200, default="")
    receipt_number = pw.CharField(max_length=20, unique=True)
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="reversals",
                                  on_delete="RESTRICT")
    user = pw.ForeignKeyField(User, backref="savings_entries", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("account", "on", "id"), False),)


ALL_MODELS = [
    SchemaVersion,
    Setting,
    Counter,
    User,
    AuditRecord,
    GroupKind,
    Group,
    GroupPartner,
    Household,
    Member,
    MemberPhoto,
    Membership,
    GroupOfficer,
    SavingsProduct,
    SavingsAccount,
    SavingsEntry,
]
SAVINGS_MODELS = [SavingsProduct, SavingsAccount, SavingsEntry]
