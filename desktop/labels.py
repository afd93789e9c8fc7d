"""The office's fixed lists, as stored codes with English labels marked for translation."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP

SEXES = {
    "L": QT_TRANSLATE_NOOP("Labels", "Male"),
    "P": QT_TRANSLATE_NOOP("Labels", "Female"),
}

MEMBER_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "exited": QT_TRANSLATE_NOOP("Labels", "Exited"),
}

# Stages of mentoring seen in the field, in order.
STAGES = {
    "growing": QT_TRANSLATE_NOOP("Labels", "Growing the group"),
    "strengthening": QT_TRANSLATE_NOOP("Labels", "Strengthening"),
    "linked": QT_TRANSLATE_NOOP("Labels", "Linked to a financial institution"),
    "independent": QT_TRANSLATE_NOOP("Labels", "Independent"),
}

OFFICES = {
    "ketua": QT_TRANSLATE_NOOP("Labels", "Chair (ketua)"),
    "sekretaris": QT_TRANSLATE_NOOP("Labels", "Secretary (sekretaris)"),
    "bendahara": QT_TRANSLATE_NOOP("Labels", "Treasurer (bendahara)"),
}

PARTNER_KINDS = {
    "government": QT_TRANSLATE_NOOP("Labels", "Government office"),
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "bank": QT_TRANSLATE_NOOP("Labels", "Bank or microfinance institution"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# Welfare levels: the BKKBN family stages, or the decile of the national socio-economic register.
WELFARE_LEVELS = {
    "PS": QT_TRANSLATE_NOOP("Labels", "Pra-Sejahtera (BKKBN)"),
    "KS1": QT_TRANSLATE_NOOP("Labels", "Keluarga Sejahtera I (BKKBN)"),
    "KS2": QT_TRANSLATE_NOOP("Labels", "Keluarga Sejahtera II (BKKBN)"),
    "KS3": QT_TRANSLATE_NOOP("Labels", "Keluarga Sejahtera III (BKKBN)"),
    "KS3+": QT_TRANSLATE_NOOP("Labels", "Keluarga Sejahtera III Plus (BKKBN)"),
    "D1": QT_TRANSLATE_NOOP("Labels", "Decile 1 (socio-economic register)"),
    "D2": QT_TRANSLATE_NOOP("Labels", "Decile 2 (socio-economic register)"),
    "D3": QT_TRANSLATE_NOOP("Labels", "Decile 3 (socio-economic register)"),
    "D4": QT_TRANSLATE_NOOP("Labels", "Decile 4 (socio-economic register)"),
    "D5": QT_TRANSLATE_NOOP("Labels", "Decile 5 (socio-economic register)"),
    "D6": QT_TRANSLATE_NOOP("Labels", "Decile 6 (socio-economic register)"),
    "D7": QT_TRANSLATE_NOOP("Labels", "Decile 7 (socio-economic register)"),
    "D8": QT_TRANSLATE_NOOP("Labels", "Decile 8 (socio-economic register)"),
    "D9": QT_TRANSLATE_NOOP("Labels", "Decile 9 (socio-economic register)"),
    "D10": QT_TRANSLATE_NOOP("Labels", "Decile 10 (socio-economic register)"),
}

# Savings: the rule kinds of products, how money moves, and the kinds of posted entries.
SAVINGS_KINDS = {
    "pokok": QT_TRANSLATE_NOOP("Labels", "Simpanan pokok (once, on joining)"),
    "wajib": QT_TRANSLATE_NOOP("Labels", "Simpanan wajib (each period)"),
    "sukarela": QT_TRANSLATE_NOOP("Labels", "Simpanan sukarela (any time)"),
}
WAJIB_PERIODS = {
    "month": QT_TRANSLATE_NOOP("Labels", "each month"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "each group meeting"),
}
PAYMENT_METHODS = {
    "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "Transfer"),
}
SAVINGS_ENTRY_KINDS = {
    "deposit": QT_TRANSLATE_NOOP("Labels", "Deposit"),
    "withdrawal": QT_TRANSLATE_NOOP("Labels", "Withdrawal"),
    "payout": QT_TRANSLATE_NOOP("Labels", "Paid out on leaving"),
    "reversal": QT_TRANSLATE_NOOP("Labels", "Reversal"),
}

# How member cards are laid out on paper.
CARD_LAYOUTS = {
    "sheet": QT_TRANSLATE_NOOP("Labels", "A4 sheet, 10 cards with cut marks"),
    "single": QT_TRANSLATE_NOOP("Labels", "One card per page (card printer)"),
}

# Rotating capital: where the money comes from, the loan terms, and what happens to loans.
SOURCE_KINDS = {
    "village": QT_TRANSLATE_NOOP("Labels", "Village program grant"),
    "pnpm": QT_TRANSLATE_NOOP("Labels", "PNPM"),
    "city": QT_TRANSLATE_NOOP("Labels", "City budget (APBD)"),
    "csr": QT_TRANSLATE_NOOP("Labels", "Company CSR"),
    "own": QT_TRANSLATE_NOOP("Labels", "The office's own funds"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
LOAN_METHODS = {
    "flat": QT_TRANSLATE_NOOP("Labels", "Flat (jasa on the original principal)"),
    "declining": QT_TRANSLATE_NOOP("Labels", "Declining balance (jasa on what is outstanding)"),
    "annuity": QT_TRANSLATE_NOOP("Labels", "Annuity (equal installments)"),
}
LOAN_FREQUENCIES = {
    "weekly": QT_TRANSLATE_NOOP("Labels", "Weekly"),
    "biweekly": QT_TRANSLATE_NOOP("Labels", "Every two weeks"),
    "monthly": QT_TRANSLATE_NOOP("Labels", "Monthly"),
}
LOAN_STATUSES = {
    "applied": QT_TRANSLATE_NOOP("Labels", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved, not disbursed"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "active": QT_TRANSLATE_NOOP("Labels", "Running"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
SHARE_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Not disbursed"),
    "active": QT_TRANSLATE_NOOP("Labels", "Running"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid off"),
    "written_off": QT_TRANSLATE_NOOP("Labels", "Written off"),
}
LOAN_PAYMENT_KINDS = {
    "repayment": QT_TRANSLATE_NOOP("Labels", "Installment"),
    "payoff": QT_TRANSLATE_NOOP("Labels", "Early payoff"),
    "cover": QT_TRANSLATE_NOOP("Labels", "Covered by the group"),
    "offset": QT_TRANSLATE_NOOP("Labels", "Set against savings"),
    "reversal": QT_TRANSLATE_NOOP("Labels", "Reversal"),
}
POOL_ENTRY_KINDS = {
    "capital": QT_TRANSLATE_NOOP("Labels", "Capital received"),
    "disbursement": QT_TRANSLATE_NOOP("Labels", "Lent out"),
    "fee": QT_TRANSLATE_NOOP("Labels", "Admin fee"),
    "repayment": QT_TRANSLATE_NOOP("Labels", "Repaid"),
    "writeoff": QT_TRANSLATE_NOOP("Labels", "Written off"),
    "reversal": QT_TRANSLATE_NOOP("Labels", "Reversal"),
}
OVERPAYMENT_RULES = {
    "refuse": QT_TRANSLATE_NOOP("Labels", "Refuse more than is due"),
    "credit": QT_TRANSLATE_NOOP("Labels", "Keep it as credit for the next installments"),
}

# Attendance at a meeting or session.
ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("Labels", "Present"),
    "late": QT_TRANSLATE_NOOP("Labels", "Late"),
    "excused": QT_TRANSLATE_NOOP("Labels", "Excused"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Absent"),
}
SHEET_STATUSES = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "posted": QT_TRANSLATE_NOOP("Labels", "Posted"),
    "reversed": QT_TRANSLATE_NOOP("Labels", "Reversed"),
}

# Group development: the kinds of sessions, a household's business and housing in a welfare
# survey, and the three bands outcome studies report welfare in.
SESSION_KINDS = {
    "socialisation": QT_TRANSLATE_NOOP("Labels", "Socialisation"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "mentoring": QT_TRANSLATE_NOOP("Labels", "Mentoring meeting"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Group meeting"),
}
BUSINESS_STATUSES = {
    "none": QT_TRANSLATE_NOOP("Labels", "No business"),
    "starting": QT_TRANSLATE_NOOP("Labels", "Starting"),
    "running": QT_TRANSLATE_NOOP("Labels", "Running"),
    "growing": QT_TRANSLATE_NOOP("Labels", "Growing"),
    "stopped": QT_TRANSLATE_NOOP("Labels", "Stopped"),
}
HOUSING = {
    "poor": QT_TRANSLATE_NOOP("Labels", "Poor (not livable)"),
    "fair": QT_TRANSLATE_NOOP("Labels", "Fair"),
    "good": QT_TRANSLATE_NOOP("Labels", "Good"),
}
WELFARE_BANDS = {
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
}
# Pra-Sejahtera and KS I, and the poorest three deciles of the register, are low welfare; KS II
# and deciles 4-6 medium; KS III, KS III Plus and deciles 7-10 high.
WELFARE_BAND_OF = {
    "PS": "low", "KS1": "low", "KS2": "medium", "KS3": "high", "KS3+": "high",
    "D1": "low", "D2": "low", "D3": "low", "D4": "medium", "D5": "medium", "D6": "medium",
    "D7": "high", "D8": "high", "D9": "high", "D10": "high",
}
