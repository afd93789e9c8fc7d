"""How the audit trail's summaries read on screen.

A summary is written once, with its record, in the short form of its action ("KW0000012
AG000003 SS 200000", "savings.reverse #3", "12 2026-11-23"), and the trail is never rewritten.
So each summary is read here, by the action that wrote it, into the parts the office reads:
dates as 23/11/2026, money as Rp200.000, a request by its number and the label of what was
asked, a meeting sheet by its group and date, codes by their labels. Old records read as well
as new ones. A summary of a form not known here is shown as written, its dates made readable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from db.models import Group
from desktop import approval_queries
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import ATTENDANCE, OFFICES, WELFARE_LEVELS
from desktop.money import format_rupiah


@dataclass(frozen=True)
class Shown:
    """A value as the user reads it: *text* as written, or, with *label*, a Labels text
    translated and then filled with *params*; *pairs*, when given, are (Labels caption, value)
    read as "Caption: value; …"."""

    text: str
    label: bool = False
    params: tuple[tuple[str, str], ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


Said = tuple[Shown, ...]  # a summary as read: its parts, one after the other

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4})$")
_WHOLE = re.compile(r"^-?\d+$")
_REQUEST = re.compile(r"^([\w.]+) #(\d+)$")

# The settings records name what they changed in a fixed word or two.
SETTINGS = {
    "actions needing approval": QT_TRANSLATE_NOOP("Labels", "Actions needing approval"),
    "office profile": QT_TRANSLATE_NOOP("Labels", "Office profile"),
    "office logo": QT_TRANSLATE_NOOP("Labels", "Office logo"),
    "lending rules": QT_TRANSLATE_NOOP("Labels", "Lending rules"),
    "backups": QT_TRANSLATE_NOOP("Labels", "Backups"),
}

# The summary's words, from the left, for the actions written as words separated by spaces;
# only the first may hold spaces of its own (a name). Each kind of word reads as _WORDS says; a
# kind marked "?" is what the list names the record by (a receipt, a member), left out of the
# summary while the record is there to be named.
SPECS: dict[str, tuple[str, ...]] = {
    **{f"savings.{kind}": ("code?", "code?", "code", "money") for kind in ("deposit", "withdrawal", "payout",
                                                                          "reversal")},
    **{f"loan.{kind}": ("code?", "code?", "code?", "money") for kind in ("repayment", "payoff", "cover", "offset",
                                                                        "reversal")},
    "loan.writeoff": ("code?", "code?", "money"),
    "loan.apply": ("code?", "money"),
    "loan.group_repayment": ("code?", "money"),
    "loan.group_repayment_reversal": ("skip", "money"),  # the number of the repayment, which the list names
    "capital.receive": ("name?", "money"),
    **{f"cash.{kind}": ("code?", "day", "money") for kind in ("opening", "bank_opening", "income", "expense",
                                                             "to_bank", "from_bank", "reversal")},
    "cash.count": ("day?", "counted", "difference"),
    "sheet.draft": ("group?", "day?"),
    "sheet.discard": ("group?", "day?"),
    "sheet.post": ("name?", "day?", "money"),
    "attendance.save": ("name?", "day?"),
    "welfare.record": ("name?", "day", "welfare"),
    "month.close": ("month",),
}
_NUMERIC = {"money", "counted", "difference"}


def readable_summaries(rows: list[tuple[str, str, bool]]) -> list[Said]:
    """Each (action, summary, whether the list names the record) as read (the groups of sheets
    by name: one query)."""
    groups = _group_names(rows)
    return [_said(action, summary or "", named, groups) for action, summary, named in rows]


def _group_names(rows: list[tuple[str, str, bool]]) -> dict[int, str]:
    ids = {int(summary.split(" ", 1)[0]) for action, summary, _named in rows
           if SPECS.get(action, ("",))[0].startswith("group") and summary and summary.split(" ", 1)[0].isdigit()}
    if not ids:
        return {}
    return dict(Group.select(Group.id, Group.name).where(Group.id.in_(list(ids))).tuples())


def _said(action: str, summary: str, named: bool, groups: dict[int, str]) -> Said:
    spec = [kind.rstrip("?") for kind in SPECS.get(action, ())]
    if spec:
        words = summary.rsplit(" ", len(spec) - 1) if len(spec) > 1 else [summary]
        if len(words) == len(spec) and all(_fits(kind, word) for kind, word in zip(spec, words, strict=True)):
            kept = [(kind, word) for kind, marked, word in zip(spec, SPECS[action], words, strict=True)
                    if not (named and marked.endswith("?"))]
            return tuple(shown for kind, word in kept if (shown := _WORDS[kind](word, groups)) is not None)
    special = _SPECIAL.get(action) or _SPECIAL.get(action.split(".", 1)[0] + ".")
    said = special(action, summary) if special is not None else None
    return said if said is not None else (Shown(readable_dates(summary)),) if summary else ()


def _fits(kind: str, word: str) -> bool:
    if kind in _NUMERIC:
        return bool(_WHOLE.match(word))
    if kind == "day":
        return bool(_DAY.match(word))
    if kind == "month":
        return bool(re.match(r"^\d{4}-\d{2}$", word))
    return bool(word)


def readable_dates(text: str) -> str:
    """Dates written 2026-11-23 as 23/11/2026."""
    return _ISO_DAY.sub(lambda m: f"{m[3]}/{m[2]}/{m[1]}", text)


def _rupiah(word: str) -> str:
    return format_rupiah(abs(int(word)))


def _counted(word: str, _groups: dict[int, str]) -> Shown:
    return Shown(QT_TRANSLATE_NOOP("Labels", "counted {amount}"), True, (("amount", _rupiah(word)),))


def _difference(word: str, _groups: dict[int, str]) -> Shown:
    value = int(word)
    if value == 0:
        return Shown(QT_TRANSLATE_NOOP("Labels", "matches the cash book"), True)
    text = QT_TRANSLATE_NOOP("Labels", "{amount} short") if value < 0 else QT_TRANSLATE_NOOP("Labels", "{amount} over")
    return Shown(text, True, (("amount", _rupiah(word)),))


def _group(word: str, groups: dict[int, str]) -> Shown:
    """A sheet's group: written by its number in older records, by its name since."""
    return Shown(groups.get(int(word), f"#{word}") if word.isdigit() else word)


def _labelled(codes: dict[str, str]) -> Callable[[str, dict[int, str]], Shown]:
    return lambda word, _groups: Shown(codes[word], True) if word in codes else Shown(word)


_WORDS: dict[str, Callable[[str, dict[int, str]], Shown | None]] = {
    "code": lambda word, _groups: Shown(word),
    "name": lambda word, _groups: Shown(word),
    "skip": lambda _word, _groups: None,
    "money": lambda word, _groups: Shown(_rupiah(word)),
    "day": lambda word, _groups: Shown(readable_dates(word)),
    "month": lambda word, _groups: Shown(f"{word[5:7]}/{word[:4]}"),
    "counted": _counted,
    "difference": _difference,
    "group": _group,
    "welfare": _labelled(WELFARE_LEVELS),
}


# --- summaries of other forms ----------------------------------------------------------------

def _request(action: str, summary: str) -> Said | None:
    """"savings.reverse #3": what was asked, by its label (the list names the request by its
    number)."""
    if action == "approval.seen":
        numbers = re.findall(r"#(\d+)", summary)
        return (Shown(QT_TRANSLATE_NOOP("Labels", "Told of the decision on request {numbers}"), True,
                      (("numbers", ", ".join(numbers)),)),) if numbers else None
    found = _REQUEST.match(summary)
    if found is None:
        return None
    labels = dict(approval_queries.approvable_actions())
    return (Shown(labels[found[1]], True) if found[1] in labels else Shown(found[1]),)


def _setting(_action: str, summary: str) -> Said | None:
    return (Shown(SETTINGS[summary], True),) if summary in SETTINGS else None


def _reopened(_action: str, summary: str) -> Said | None:
    found = re.match(r"^(\d{4})-(\d{2}): (.*)$", summary, re.DOTALL)
    return (Shown(f"{found[2]}/{found[1]}"), Shown(found[3])) if found else None


def _officer(action: str, summary: str) -> Said | None:
    if action == "group.end_office":
        return (Shown(OFFICES[summary], True),) if summary in OFFICES else None
    found = re.match(r"^(.*): (\w+) (.*)$", summary, re.DOTALL)
    if found is None or found[2] not in OFFICES:
        return None
    return Shown(found[1]), Shown(OFFICES[found[2]], True), Shown(found[3])


def _scanned(_action: str, summary: str) -> Said | None:
    found = re.match(r"^(.*): (\w+)$", summary, re.DOTALL)
    if found is None or found[2] not in ATTENDANCE:
        return None
    return Shown(found[1]), Shown(ATTENDANCE[found[2]], True)


def _moved(_action: str, summary: str) -> Said | None:
    member, arrow, group = summary.rpartition(" -> ")
    return (Shown(member), Shown(QT_TRANSLATE_NOOP("Labels", "to {group}"), True, (("group", group),))) \
        if arrow else None


def _demo(_action: str, summary: str) -> Said | None:
    found = re.match(r"^(\d+) (\S+)-(\S+)$", summary)
    if found is None:
        return None
    return (Shown(QT_TRANSLATE_NOOP("Labels", "{count} written, {first} to {last}"), True,
                  (("count", found[1]), ("first", found[2]), ("last", found[3]))),)


_SPECIAL: dict[str, Callable[[str, str], Said | None]] = {
    "approval.": _request,
    "settings.": _setting,
    "month.reopen": _reopened,
    "group.appoint_officer": _officer,
    "group.end_office": _officer,
    "attendance.scan": _scanned,
    "member.move": _moved,
    "savings.demo_history": _demo,
    "loan.demo_history": _demo,
    "sheet.demo_history": _demo,
}
