"""Arrears and loan quality: how late each running share is, its kolektibilitas under the
office's rule set, and the portfolio figures the programs report.

Definitions, on a day D (an installment due on D is not yet late):
- overdue: the principal and jasa of installments due before D that are not paid;
- days overdue: D minus the due date of the oldest installment not fully paid;
- installments overdue (missed): how many installments due before D are not fully paid;
- outstanding: the principal still out with the borrower;
- portfolio at risk PAR n: the outstanding principal of shares n or more days overdue, as a
  share of all outstanding principal (PAR 1, 30 and 90);
- repayment rate: of everything due before D on running shares, the part that was paid.
- aging: the overdue amounts by how late the share is (1-30, 31-60, 61-90, 91-180, over 180).

The whole office is read in two queries, the lateness from the running totals stored on the
installments due before D, so that the report for 20,000 loans stays well under a second.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from db.connection import database
from desktop.loan_settings import LoanSettings, classify, loan_settings

AGING_BUCKETS = ((1, 30), (31, 60), (61, 90), (91, 180), (181, None))
DIMENSIONS = ("office", "pool", "mentor", "group")


@dataclass(frozen=True)
class ShareArrears:
    share_id: int
    loan_id: int
    loan_number: str
    frequency: str
    disbursed_on: dt.date
    member_id: int
    member_number: str
    member_name: str
    phone: str
    address: str
    group_id: int | None
    group_name: str
    mentor_id: int | None
    mentor_name: str
    pool_id: int
    pool_name: str
    principal: int
    outstanding: int
    due_to_date: int  # principal and jasa due before the day
    overdue_principal: int
    overdue_jasa: int
    days_overdue: int
    installments_overdue: int
    kolek: str
    last_due_on: dt.date  # the share's final installment

    @property
    def overdue(self) -> int:
        return self.overdue_principal + self.overdue_jasa


# The running shares and what was paid on them: today from the totals stored on each share,
# on an earlier day from the payments made up to that day, counting the shares that were still
# running then (disbursed by that day, closed after it).
_LIVE_NOW = """SELECT s.id AS share_id, s.paid_principal AS pp, s.paid_jasa AS pj
               FROM loan_share s WHERE s.status = 'active'"""
_LIVE_ON = """SELECT s.id AS share_id, COALESCE(p.pp, 0) AS pp, COALESCE(p.pj, 0) AS pj
              FROM loan_share s JOIN loan l ON l.id = s.loan_id
              LEFT JOIN (SELECT share_id, SUM(principal) AS pp, SUM(jasa) AS pj
                         FROM loan_payment WHERE "on" <= :on GROUP BY share_id) p
                     ON p.share_id = s.id
              WHERE l.disbursed_on <= :on
                AND (s.status = 'active' OR (s.status != 'pending' AND s.closed_on > :on))"""

# An installment is late when it fell due before the day and its own principal or jasa is not
# covered by what was paid (paid amounts fill the installments oldest first); the running
# totals stored on each installment make this a plain sum.
# Only a share that paid less than fell due has a late installment, so the lateness is read for
# those few alone, given as a JSON list of [share, principal paid, jasa paid].
_LATENESS = """
SELECT i.share_id,
       MIN(CASE WHEN (i.principal > 0 AND i.cum_principal > b.pp)
                  OR (i.jasa > 0 AND i.cum_jasa > b.pj) THEN i.due_on END),
       SUM(CASE WHEN (i.principal > 0 AND i.cum_principal > b.pp)
                  OR (i.jasa > 0 AND i.cum_jasa > b.pj) THEN 1 ELSE 0 END)
FROM (SELECT json_extract(value, '$[0]') AS share_id, json_extract(value, '$[1]') AS pp,
             json_extract(value, '$[2]') AS pj
      FROM json_each(:behind)) b
JOIN installment i ON i.share_id = b.share_id
WHERE i.due_on < :on
GROUP BY i.share_id
"""

# What fell due before the day on each share of a JSON list of ids.
_DUE = """
SELECT share_id, MAX(cum_principal), MAX(cum_jasa)
FROM installment
WHERE share_id IN (SELECT value FROM json_each(:shares)) AND due_on < :on
GROUP BY share_id
"""

_SHARES = """
WITH live AS ({live})
SELECT s.id, l.id, l.number, l.frequency, l.disbursed_on, m.id, m.number, m.name, m.phone,
       m.address, COALESCE(l.group_id, m.group_id), COALESCE(g.name, ''), g.mentor_id,
       COALESCE(u.full_name, ''), p.id, p.name, s.principal, s.principal - live.pp,
       live.pp, live.pj,
       (SELECT due_on FROM installment WHERE share_id = s.id ORDER BY seq DESC LIMIT 1)
FROM live
JOIN loan_share s ON s.id = live.share_id
JOIN loan l ON l.id = s.loan_id
JOIN member m ON m.id = s.member_id
JOIN capital_pool p ON p.id = l.pool_id
LEFT JOIN community_group g ON g.id = COALESCE(l.group_id, m.group_id)
LEFT JOIN user u ON u.id = g.mentor_id
"""


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def share_arrears(on: dt.date | None = None, settings: LoanSettings | None = None) -> list[ShareArrears]:
    """Every share running on *on* (at the end of that day), with its lateness and class.
    For today and later the stored totals are read; for an earlier day the payments up to it,
    so that a month-end report printed later shows that month's end."""
    on = on or dt.date.today()
    settings = settings or loan_settings()
    live = _LIVE_NOW if on >= dt.date.today() else _LIVE_ON
    day = on.isoformat()
    shares = database.execute_sql(_SHARES.format(live=live), {"on": day}).fetchall()
    due = {row[0]: row[1:] for row in database.execute_sql(
        _DUE, {"shares": json.dumps([share[0] for share in shares]), "on": day})}
    behind = [(share[0], share[18], share[19]) for share in shares if share[0] in due
              and (due[share[0]][0] > share[18] or due[share[0]][1] > share[19])]
    late = {row[0]: row[1:] for row in database.execute_sql(
        _LATENESS, {"behind": json.dumps(behind), "on": day})}
    rows = []
    for (share_id, loan_id, number, frequency, disbursed, member_id, member_number, name, phone,
         address, group_id, group_name, mentor_id, mentor, pool_id, pool, principal,
         outstanding, paid_principal, paid_jasa, last_due) in shares:
        due_p, due_j = due.get(share_id, (0, 0))
        first_late, missed = late.get(share_id, (None, 0))
        days = (on - _as_date(first_late)).days if first_late else 0
        rows.append(ShareArrears(
            share_id, loan_id, number, frequency, _as_date(disbursed), member_id, member_number,
            name, phone, address, group_id, group_name, mentor_id, mentor, pool_id, pool,
            principal, outstanding, due_p + due_j, max(due_p - paid_principal, 0),
            max(due_j - paid_jasa, 0), days, missed or 0,
            classify(settings, days, missed or 0, frequency), _as_date(last_due)))
    return rows


@dataclass
class Portfolio:
    """The figures of one part of the portfolio (the office, a pool, a mentor, a group)."""

    key: int | None
    label: str
    shares: int = 0
    outstanding: int = 0
    due_to_date: int = 0
    overdue: int = 0
    at_risk: dict[int, int] = field(default_factory=lambda: {1: 0, 30: 0, 90: 0})
    shares_at_risk: dict[int, int] = field(default_factory=lambda: {1: 0, 30: 0, 90: 0})
    aging: dict[tuple[int, int | None], int] = field(
        default_factory=lambda: {bucket: 0 for bucket in AGING_BUCKETS})
    by_class: dict[str, tuple[int, int]] = field(default_factory=dict)  # class -> (shares, outstanding)

    def par(self, days: int) -> float:
        return self.at_risk[days] / self.outstanding if self.outstanding else 0.0

    @property
    def repayment_rate(self) -> float:
        """Of what fell due, the part paid; 1.0 when nothing has fallen due yet."""
        return (self.due_to_date - self.overdue) / self.due_to_date if self.due_to_date else 1.0

    def add(self, line: ShareArrears) -> None:
        self.shares += 1
        self.outstanding += line.outstanding
        self.due_to_date += line.due_to_date
        late = line.days_overdue
        if late:  # a share not late (nothing overdue) is in no at-risk or aging figure
            self.overdue += line.overdue
            for days in self.at_risk:
                if late >= days:
                    self.at_risk[days] += line.outstanding
                    self.shares_at_risk[days] += 1
            for low, high in AGING_BUCKETS:
                if late >= low and (high is None or late <= high):
                    self.aging[(low, high)] += line.overdue
        count, amount = self.by_class.get(line.kolek, (0, 0))
        self.by_class[line.kolek] = (count + 1, amount + line.outstanding)


def _key(line: ShareArrears, dimension: str) -> tuple[int | None, str]:
    if dimension == "pool":
        return line.pool_id, line.pool_name
    if dimension == "mentor":
        return line.mentor_id, line.mentor_name
    if dimension == "group":
        return line.group_id, line.group_name
    return None, ""


def portfolio(lines: list[ShareArrears], dimension: str = "office") -> tuple[Portfolio, list[Portfolio]]:
    """The office total and one row per pool, mentor or group (largest outstanding first)."""
    total = Portfolio(None, "")
    parts: dict[int | None, Portfolio] = {}
    for line in lines:
        total.add(line)
        if dimension != "office":
            key, label = _key(line, dimension)
            part = parts.get(key)
            if part is None:  # not setdefault, which would build a Portfolio for every line
                part = parts[key] = Portfolio(key, label)
            part.add(line)
    return total, sorted(parts.values(), key=lambda p: (-p.outstanding, p.label))


def arrears_list(lines: list[ShareArrears], group_id: int | None = None,
                 mentor_id: int | None = None, pool_id: int | None = None) -> list[ShareArrears]:
    """The shares behind, for the mentor's visits: by group, then the latest first."""
    out = [line for line in lines if line.overdue > 0
           and (group_id is None or line.group_id == group_id)
           and (mentor_id is None or line.mentor_id == mentor_id)
           and (pool_id is None or line.pool_id == pool_id)]
    return sorted(out, key=lambda x: (x.group_name, -x.days_overdue, x.member_name))
