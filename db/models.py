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
    # Indexed by (user, at) below.
    user = pw.ForeignKeyField(User, null=True, backref="audit_records", on_delete="RESTRICT", index=False)
    action = pw.CharField(max_length=60)
    entity = pw.CharField(max_length=40)
    entity_id = pw.IntegerField(null=True)
    summary = pw.TextField(default="")
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)
    # SHA-256 over the record and the hash of the one before it: a record changed or removed
    # outside the program breaks the chain at that point (see desktop/audit.py).
    hash = pw.CharField(max_length=64, default="")

    class Meta:
        # The audit viewer pages newest first by user or by kind, and finds a record's history.
        indexes = ((("entity", "entity_id"), False), (("user", "at"), False), (("action", "at"), False))


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


class CapitalSource(BaseModel):
    """Where capital for lending comes from: a village program grant, PNPM, the city budget, a
    company's CSR, the office's own funds."""

    name = pw.CharField(max_length=120)
    kind = pw.CharField(max_length=12)  # village | pnpm | city | csr | own | other
    notes = pw.CharField(max_length=200, default="")


class CapitalPool(BaseModel):
    """Money a source put aside for rotating loans. ``available`` is the cash not lent out,
    stored and moved in the same transaction as each pool entry; a check recomputes it."""

    source = pw.ForeignKeyField(CapitalSource, backref="pools", on_delete="RESTRICT")
    name = pw.CharField(max_length=120, unique=True)
    opened_on = pw.DateField()
    available = pw.IntegerField(default=0)
    notes = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)


class LoanProduct(BaseModel):
    """The terms the office lends on. Rates are percent per month, kept as decimal text so
    that no float ever touches them."""

    code = pw.CharField(max_length=20, unique=True)
    name = pw.CharField(max_length=100)
    method = pw.CharField(max_length=10)  # flat | declining | annuity
    rate = pw.CharField(max_length=12)  # percent a month, e.g. "1.5"
    frequency = pw.CharField(max_length=10)  # weekly | biweekly | monthly
    term = pw.IntegerField()  # installments, the usual choice
    max_term = pw.IntegerField()
    grace = pw.IntegerField(default=0)  # periods of jasa only before the first principal
    admin_fee = pw.CharField(max_length=12, default="0")  # percent of the principal
    first_loan_max = pw.IntegerField(default=0)  # rupiah per borrower on a first loan; 0 = none
    max_amount = pw.IntegerField(default=0)  # rupiah per borrower; 0 = none
    active = pw.BooleanField(default=True)
    version = pw.IntegerField(default=1)


class Loan(BaseModel):
    """One application to one group (split among named members under joint liability) or to
    one member, from application to the last installment. Terms are copied from the product
    when applied for, so a later change of the product does not change a loan."""

    number = pw.CharField(max_length=20, unique=True)
    product = pw.ForeignKeyField(LoanProduct, backref="loans", on_delete="RESTRICT")
    group = pw.ForeignKeyField(Group, null=True, backref="loans", on_delete="RESTRICT")
    member = pw.ForeignKeyField(Member, null=True, backref="own_loans", on_delete="RESTRICT")
    pool = pw.ForeignKeyField(CapitalPool, null=True, backref="loans", on_delete="RESTRICT")
    purpose = pw.CharField(max_length=200, default="")
    principal = pw.IntegerField()
    method = pw.CharField(max_length=10)
    rate = pw.CharField(max_length=12)
    frequency = pw.CharField(max_length=10)
    term = pw.IntegerField()
    grace = pw.IntegerField(default=0)
    admin_fee = pw.IntegerField(default=0)  # rupiah, collected at disbursement
    status = pw.CharField(max_length=12, index=True)
    # applied | approved | rejected | cancelled | active | closed
    applied_on = pw.DateField()
    applied_by = pw.ForeignKeyField(User, backref="loans_applied", on_delete="RESTRICT")
    decided_on = pw.DateField(null=True)
    decided_by = pw.ForeignKeyField(User, null=True, backref="loans_decided", on_delete="RESTRICT")
    decision_note = pw.CharField(max_length=200, default="")
    disbursed_on = pw.DateField(null=True)
    disbursed_by = pw.ForeignKeyField(User, null=True, backref="loans_disbursed",
                                      on_delete="RESTRICT")
    version = pw.IntegerField(default=1)


class LoanShare(BaseModel):
    """A member's part of a loan, with its own schedule. The amounts paid are stored and moved
    with each repayment, as savings balances are."""

    loan = pw.ForeignKeyField(Loan, backref="shares", on_delete="RESTRICT")
    member = pw.ForeignKeyField(Member, backref="loan_shares", on_delete="RESTRICT")
    principal = pw.IntegerField()
    jasa = pw.IntegerField(default=0)  # scheduled
    paid_principal = pw.IntegerField(default=0)
    paid_jasa = pw.IntegerField(default=0)
    written_off = pw.IntegerField(default=0)
    status = pw.CharField(max_length=12, default="pending")
    # pending (not yet disbursed) | active | paid | written_off
    closed_on = pw.DateField(null=True)

    class Meta:
        indexes = ((("loan", "member"), True), (("member", "status"), False),
                   (("status",), False))


class Installment(BaseModel):
    """One installment of a share's schedule, fixed at disbursement. The running totals of
    principal and jasa up to and including it are stored with it, so that how late every
    share is can be read with a plain sum instead of a window over a million rows."""

    share = pw.ForeignKeyField(LoanShare, backref="installments", on_delete="RESTRICT")
    seq = pw.IntegerField()
    due_on = pw.DateField()
    principal = pw.IntegerField()
    jasa = pw.IntegerField()
    cum_principal = pw.IntegerField()
    cum_jasa = pw.IntegerField()

    class Meta:
        indexes = ((("share", "seq"), True),)


class LoanPayment(BaseModel):
    """Money paid on a share; never edited or deleted. ``principal`` + ``jasa`` = ``amount``;
    a reversal carries the negated split and points at the payment it cancels."""

    share = pw.ForeignKeyField(LoanShare, backref="payments", on_delete="RESTRICT")
    on = pw.DateField()
    kind = pw.CharField(max_length=10)  # repayment | payoff | cover | offset | reversal
    amount = pw.IntegerField()
    principal = pw.IntegerField()
    jasa = pw.IntegerField()
    method = pw.CharField(max_length=10, default="cash")
    note = pw.CharField(max_length=200, default="")
    receipt_number = pw.CharField(max_length=20, unique=True)
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="reversals",
                                  on_delete="RESTRICT")
    user = pw.ForeignKeyField(User, backref="loan_payments", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("share", "on", "id"), False),)


class PoolEntry(BaseModel):
    """One movement in a pool's ledger. ``cash`` is the change in money available to lend,
    ``lent`` the change in principal out with borrowers: a disbursement moves cash to lent, a
    repayment moves its principal back and adds its jasa, a write-off takes principal out of
    lent as lost. Never edited; a reversal points at what it cancels."""

    pool = pw.ForeignKeyField(CapitalPool, backref="entries", on_delete="RESTRICT")
    on = pw.DateField()
    kind = pw.CharField(max_length=12)
    # capital | disbursement | fee | repayment | writeoff | reversal
    cash = pw.IntegerField(default=0)
    lent = pw.IntegerField(default=0)
    loan = pw.ForeignKeyField(Loan, null=True, backref="pool_entries", on_delete="RESTRICT")
    payment = pw.ForeignKeyField(LoanPayment, null=True, backref="pool_entries",
                                 on_delete="RESTRICT")
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="reversals",
                                  on_delete="RESTRICT")
    note = pw.CharField(max_length=200, default="")
    user = pw.ForeignKeyField(User, backref="pool_entries", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("pool", "on", "id"), False),)


class GroupDebtEntry(BaseModel):
    """A member's debt to their group under joint liability: the group covering the member's
    installment adds to it, the member paying the group back takes from it."""

    member = pw.ForeignKeyField(Member, backref="group_debts", on_delete="RESTRICT")
    group = pw.ForeignKeyField(Group, backref="member_debts", on_delete="RESTRICT")
    on = pw.DateField()
    kind = pw.CharField(max_length=10)  # cover | repayment | reversal
    amount = pw.IntegerField()  # + owed to the group, - paid back
    payment = pw.ForeignKeyField(LoanPayment, null=True, unique=True, backref="group_debt",
                                 on_delete="RESTRICT")
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="reversals",
                                  on_delete="RESTRICT")
    note = pw.CharField(max_length=200, default="")
    user = pw.ForeignKeyField(User, backref="group_debt_entries", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("member", "group"), False),)


class CollectionSheet(BaseModel):
    """A group's meeting day: what each member paid and whether they came. A draft can be
    saved and finished later; posting writes every line's money in one transaction; a posted
    sheet is reversed as a whole. Only one sheet that is not reversed exists per group and day
    (a partial unique index)."""

    group = pw.ForeignKeyField(Group, backref="collection_sheets", on_delete="RESTRICT")
    on = pw.DateField()
    status = pw.CharField(max_length=10, default="draft")  # draft | posted | reversed
    cash_counted = pw.IntegerField(null=True)
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(User, backref="sheets_created", on_delete="RESTRICT")
    saved_at = pw.DateTimeField(default=_now)
    posted_by = pw.ForeignKeyField(User, null=True, backref="sheets_posted", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(null=True)
    reversed_by = pw.ForeignKeyField(User, null=True, backref="sheets_reversed", on_delete="RESTRICT")
    reversed_on = pw.DateField(null=True)
    reversal_reason = pw.CharField(max_length=200, default="")
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("group", "on"), False),)


# Two people cannot post the same group and day twice: one sheet that is not reversed per
# group and day, kept by a partial unique index.
CollectionSheet.add_index(CollectionSheet.index(
    CollectionSheet.group, CollectionSheet.on, unique=True, name="collection_sheet_open",
    where=(CollectionSheet.status != "reversed")))


class SheetLine(BaseModel):
    """One member's row of a sheet, as typed: attendance and the amounts paid."""

    sheet = pw.ForeignKeyField(CollectionSheet, backref="lines", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="sheet_lines", on_delete="RESTRICT")
    attendance = pw.CharField(max_length=10, default="")  # present | late | excused | absent
    wajib = pw.IntegerField(default=0)
    sukarela = pw.IntegerField(default=0)
    withdrawal = pw.IntegerField(default=0)
    installment = pw.IntegerField(default=0)
    share = pw.ForeignKeyField(LoanShare, null=True, backref="sheet_lines", on_delete="RESTRICT")

    class Meta:
        indexes = ((("sheet", "member"), True),)


class SheetPosting(BaseModel):
    """What posting a sheet wrote: each savings entry or loan payment, so that the sheet can
    be reversed as a whole and its receipts printed together."""

    sheet = pw.ForeignKeyField(CollectionSheet, backref="postings", on_delete="RESTRICT")
    savings_entry = pw.ForeignKeyField(SavingsEntry, null=True, unique=True, on_delete="RESTRICT")
    loan_payment = pw.ForeignKeyField(LoanPayment, null=True, unique=True, on_delete="RESTRICT")


class Program(BaseModel):
    """A series of numbered sessions (for example eight meetings), so that one can see which
    of them each member attended."""

    name = pw.CharField(max_length=120, unique=True)
    planned_sessions = pw.IntegerField(default=0)
    description = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)


class TrainingSession(BaseModel):
    """A socialisation meeting, training, mentoring meeting or group meeting, with the groups
    invited to it. A session of a program carries its number in the series."""

    kind = pw.CharField(max_length=20)  # socialisation | training | mentoring | meeting
    topic = pw.CharField(max_length=200)
    on = pw.DateField(index=True)
    starts_at = pw.CharField(max_length=5, default="")  # HH:MM, or "" when not known
    ends_at = pw.CharField(max_length=5, default="")
    place = pw.CharField(max_length=200, default="")
    facilitator = pw.CharField(max_length=120, default="")
    program = pw.ForeignKeyField(Program, null=True, backref="sessions", on_delete="RESTRICT")
    program_seq = pw.IntegerField(null=True)
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, backref="sessions_created", on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("program", "program_seq"), True),)


class SessionGroup(BaseModel):
    """A group invited to a session: its active members are the session's list."""

    session = pw.ForeignKeyField(TrainingSession, backref="invited", on_delete="CASCADE")
    group = pw.ForeignKeyField(Group, backref="session_invitations", on_delete="RESTRICT")

    class Meta:
        indexes = ((("session", "group"), True), (("group",), False))


class Attendance(BaseModel):
    """Whether a member came to a session. ``group`` is the member's group at the session, so
    that a member who moves on later still counts for the group they were in."""

    session = pw.ForeignKeyField(TrainingSession, backref="attendance", on_delete="CASCADE")
    member = pw.ForeignKeyField(Member, backref="attendance", on_delete="RESTRICT")
    group = pw.ForeignKeyField(Group, null=True, backref="attendance", on_delete="RESTRICT")
    status = pw.CharField(max_length=10)  # present | late | excused | absent
    note = pw.CharField(max_length=200, default="")
    via = pw.CharField(max_length=10, default="grid")  # grid | scan
    recorded_by = pw.ForeignKeyField(User, backref="attendance_recorded", on_delete="RESTRICT")
    recorded_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("session", "member"), True), (("member",), False),
                   (("group", "session"), False))


class Visit(BaseModel):
    """A mentor's visit to a group: who was met, what was seen, and what was agreed."""

    group = pw.ForeignKeyField(Group, backref="visits", on_delete="RESTRICT")
    on = pw.DateField()
    mentor = pw.ForeignKeyField(User, backref="visits", on_delete="RESTRICT")
    met = pw.CharField(max_length=300, default="")
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, backref="visits_recorded", on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("group", "on"), False), (("mentor", "on"), False))


class FollowUp(BaseModel):
    """Something agreed at a visit, to be done by a date; marked done when it is."""

    visit = pw.ForeignKeyField(Visit, backref="follow_ups", on_delete="CASCADE")
    text = pw.CharField(max_length=300)
    due_on = pw.DateField()
    done_on = pw.DateField(null=True)
    done_by = pw.ForeignKeyField(User, null=True, backref="follow_ups_done", on_delete="RESTRICT")
    done_note = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("done_on", "due_on"), False),)


class AssessmentArea(BaseModel):
    """An area of the office's assessment instrument, scored within a range."""

    code = pw.CharField(max_length=20, unique=True)
    name = pw.CharField(max_length=100)
    min_score = pw.IntegerField(default=0)
    max_score = pw.IntegerField()
    guidance = pw.TextField(default="")
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class AssessmentClass(BaseModel):
    """A class of the instrument (A best ... D worst by default): a total at or above
    ``min_total`` earns it, unless a better class's minimum is reached too."""

    code = pw.CharField(max_length=10, unique=True)
    name = pw.CharField(max_length=60, default="")
    min_total = pw.IntegerField()


class Assessment(BaseModel):
    """One assessment of a group: the scores of each area (kept in AssessmentScore with the
    area's name and range as they were), the total, and the class and stage that resulted."""

    group = pw.ForeignKeyField(Group, backref="assessments", on_delete="RESTRICT")
    on = pw.DateField()
    assessor = pw.ForeignKeyField(User, backref="assessments", on_delete="RESTRICT")
    total = pw.IntegerField()
    max_total = pw.IntegerField()
    grade = pw.CharField(max_length=10)
    stage = pw.CharField(max_length=20)
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, backref="assessments_recorded", on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=_now)
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("group", "on"), False),)


class AssessmentScore(BaseModel):
    assessment = pw.ForeignKeyField(Assessment, backref="scores", on_delete="CASCADE")
    area = pw.ForeignKeyField(AssessmentArea, null=True, backref="scores", on_delete="RESTRICT")
    area_name = pw.CharField(max_length=100)
    min_score = pw.IntegerField()
    max_score = pw.IntegerField()
    score = pw.IntegerField()

    class Meta:
        indexes = ((("assessment", "area"), True),)


class StageChange(BaseModel):
    """A group moving to another stage of mentoring, so that its stages show over time."""

    group = pw.ForeignKeyField(Group, backref="stage_changes", on_delete="RESTRICT")
    on = pw.DateField()
    stage = pw.CharField(max_length=20)
    assessment = pw.ForeignKeyField(Assessment, null=True, backref="stage_changes",
                                    on_delete="CASCADE")
    note = pw.CharField(max_length=200, default="")
    user = pw.ForeignKeyField(User, null=True, backref="stage_changes", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("group", "on"), False),)


class WelfareSurvey(BaseModel):
    """A household's welfare on a day, asked of a member: the level (BKKBN stage or register
    decile) and a few indicators, so that households can be compared before and after."""

    member = pw.ForeignKeyField(Member, backref="welfare_surveys", on_delete="RESTRICT")
    household = pw.ForeignKeyField(Household, null=True, backref="welfare_surveys",
                                   on_delete="RESTRICT")
    on = pw.DateField()
    level = pw.CharField(max_length=10)
    income = pw.IntegerField(null=True)  # rupiah a month, the household's
    business = pw.CharField(max_length=12, default="")  # none | starting | running | growing | stopped
    housing = pw.CharField(max_length=12, default="")  # poor | fair | good
    school_age_children = pw.IntegerField(null=True)
    children_in_school = pw.IntegerField(null=True)
    notes = pw.CharField(max_length=300, default="")
    surveyor = pw.ForeignKeyField(User, backref="welfare_surveys", on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("member", "on"), False),)


class MonthClose(BaseModel):
    """A month closed (tutup buku): no money may be posted or reversed with a date up to its
    last day while the close stands. Reopening keeps the row, marked with who and why."""

    month = pw.CharField(max_length=7, index=True)  # "2026-10"
    last_day = pw.DateField()
    closed_by = pw.ForeignKeyField(User, backref="months_closed", on_delete="RESTRICT")
    closed_at = pw.DateTimeField(default=_now)
    figures = pw.TextField(default="")  # JSON: the month's cash book totals when closed
    note = pw.CharField(max_length=200, default="")
    reopened_by = pw.ForeignKeyField(User, null=True, backref="months_reopened",
                                     on_delete="RESTRICT")
    reopened_at = pw.DateTimeField(null=True)
    reopen_reason = pw.CharField(max_length=200, default="")


class CashEntry(BaseModel):
    """Money into or out of the office's cash that is neither savings nor a loan: the opening
    balance, office income and costs, cash taken to or fetched from the bank."""

    on = pw.DateField()  # indexed by cash_entry_on_day (db/migrations.py create_guards)
    kind = pw.CharField(max_length=12)  # opening | bank_opening | income | expense | to_bank | from_bank | reversal
    amount = pw.IntegerField()  # rupiah, + into the cash, - out of it
    note = pw.CharField(max_length=200, default="")
    receipt_number = pw.CharField(max_length=20, unique=True)
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="reversals",
                                  on_delete="RESTRICT")
    user = pw.ForeignKeyField(User, backref="cash_entries", on_delete="RESTRICT")
    posted_at = pw.DateTimeField(default=_now)


class CashCount(BaseModel):
    """The cash counted in the drawer at the end of a day, against what the cash book says."""

    on = pw.DateField(index=True)
    counted = pw.IntegerField()
    expected = pw.IntegerField()  # the cash book's closing balance of the day when counted
    difference = pw.IntegerField()  # counted - expected
    denominations = pw.TextField(default="")  # JSON {"100000": 3, ...}, when counted by notes
    note = pw.CharField(max_length=200, default="")
    user = pw.ForeignKeyField(User, backref="cash_counts", on_delete="RESTRICT")
    counted_at = pw.DateTimeField(default=_now)


class ApprovalRequest(BaseModel):
    """An action the office marked as needing a second person: what was asked (the operation
    and its arguments), by whom, and how it was decided."""

    action = pw.CharField(max_length=40, index=True)
    params = pw.TextField()  # JSON: the operation's arguments
    summary = pw.TextField(default="")  # JSON: what the approver is shown
    requested_by = pw.ForeignKeyField(User, backref="approval_requests", on_delete="RESTRICT")
    requested_at = pw.DateTimeField(default=_now)
    status = pw.CharField(max_length=10, default="pending", index=True)  # pending | approved | rejected | withdrawn
    decided_by = pw.ForeignKeyField(User, null=True, backref="approvals_decided",
                                    on_delete="RESTRICT")
    decided_at = pw.DateTimeField(null=True)
    decision_note = pw.CharField(max_length=200, default="")
    result_id = pw.IntegerField(null=True)
    version = pw.IntegerField(default=1)


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
    CapitalSource,
    CapitalPool,
    LoanProduct,
    Loan,
    LoanShare,
    Installment,
    LoanPayment,
    PoolEntry,
    GroupDebtEntry,
    CollectionSheet,
    SheetLine,
    SheetPosting,
    Program,
    TrainingSession,
    SessionGroup,
    Attendance,
    Visit,
    FollowUp,
    AssessmentArea,
    AssessmentClass,
    Assessment,
    AssessmentScore,
    StageChange,
    WelfareSurvey,
    MonthClose,
    CashEntry,
    CashCount,
    ApprovalRequest,
]
SAVINGS_MODELS = [SavingsProduct, SavingsAccount, SavingsEntry]
CAPITAL_MODELS = [CapitalSource, CapitalPool, LoanProduct, Loan, LoanShare, Installment,
                  LoanPayment, PoolEntry, GroupDebtEntry]
SHEET_MODELS = [CollectionSheet, SheetLine, SheetPosting]
DEVELOPMENT_MODELS = [Program, TrainingSession, SessionGroup, Attendance, Visit, FollowUp,
                      AssessmentArea, AssessmentClass, Assessment, AssessmentScore, StageChange,
                      WelfareSurvey]
SAFETY_MODELS = [MonthClose, CashEntry, CashCount, ApprovalRequest]

# Tables of posted money, guarded in the database itself against a date in a closed month.
MONEY_MODELS = [SavingsEntry, LoanPayment, PoolEntry, GroupDebtEntry, CashEntry]
