"""Moving a member to another group, and recording that a member left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loan_queries import exit_offsets
from desktop.loans import debts_on_exit
from desktop.member_queries import MemberDetail
from desktop.members import exit_member, move_member
from desktop.money import format_rupiah
from desktop.savings import savings_to_pay_out
from ui.bus import bus
from ui.loan_dialogs import print_loan_receipts
from ui.savings_dialogs import print_receipts
from ui.widgets import DateField, Form, combo, dialog_buttons, report


class _MemberActionDialog(QDialog):
    def __init__(self, actor: Actor, member: MemberDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.actor, self.member = actor, member
        self.column = QVBoxLayout(self)
        who = QLabel(f"<b>{member.form.name}</b> ({member.number}) — {member.group_name}")
        self.column.addWidget(who)
        self.form = Form(QFormLayout())
        self.column.addLayout(self.form.layout)
        self.setMinimumWidth(460)

    def _run(self, action) -> None:
        self.form.clear_errors()
        try:
            action()
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("members")
        super().accept()


class MoveDialog(_MemberActionDialog):
    """Move an active member to another group; both stays are kept in the history."""

    def __init__(self, actor: Actor, member: MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(actor, member, parent)
        self.setWindowTitle(self.tr("Move to another group"))
        others = [(gid, name) for gid, name in group_choices() if gid != member.group_id]
        self.group = self.form.add(self.tr("New group"), combo(others, blank=""), "group_id")
        self.date = self.form.add(self.tr("Moves on"), DateField(), "date")
        self.date.set_value(dt.date.today())
        self.column.addWidget(dialog_buttons(self, self.tr("Move")))

    def accept(self) -> None:
        def act() -> None:
            if self.group.currentData() is None:
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the new group."), "group_id")
            move_member(self.actor, self.member.id, self.group.currentData(), self.date.required_value("date"),
                        self.member.form.version)
        self._run(act)


class ExitDialog(_MemberActionDialog):
    """Record that a member left; they stay in the books, marked as exited."""

    def __init__(self, actor: Actor, member: MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(actor, member, parent)
        self.setWindowTitle(self.tr("Member leaves the office"))
        self.date = self.form.add(self.tr("Left on"), DateField(), "date")
        self.date.set_value(dt.date.today())
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("for example: moved away, passed away, resigned"))
        self.reason.setMaxLength(200)
        savings = savings_to_pay_out(member.id)
        self.savings = savings
        self.payout = QLabel(self._payout_text(savings, debts_on_exit(member.id, dt.date.today())))
        self.payout.setObjectName("exit_payout")
        self.payout.setWordWrap(True)
        self.column.addWidget(self.payout)
        self.print_receipts = QCheckBox(self.tr("Print the payout receipts afterwards"))
        self.print_receipts.setObjectName("exit_print")
        self.print_receipts.setChecked(bool(savings))
        self.print_receipts.setVisible(bool(savings))
        self.column.addWidget(self.print_receipts)
        self.column.addWidget(dialog_buttons(self, self.tr("Record exit")))
        self.payouts: list[int] = []
        self.date.edit.editingFinished.connect(self._date_changed)
        self.date.edited.connect(self._date_changed)
        self.reason.setFocus()

    def _date_changed(self) -> None:
        """Loans are paid off as they stand on the day of leaving."""
        try:
            on = self.date.value()
        except DomainError:
            return
        if on is not None:
            self.payout.setText(self._payout_text(self.savings, debts_on_exit(self.member.id, on)))

    def _payout_text(self, savings: list[tuple[str, int]], debts: list[tuple[int, str, int]]) -> str:
        if not savings and not debts:
            return self.tr("No savings to pay out.")

        def row(name: str, amount: int, bold: bool = False) -> str:
            cells = (name, format_rupiah(amount))
            if bold:
                cells = tuple(f"<b>{c}</b>" for c in cells)
            return f"<tr><td>{cells[0]}</td><td align='right'>{cells[1]}</td></tr>"

        total = sum(amount for _n, amount in savings)
        rows = "".join(row(name, amount) for name, amount in savings)
        if not debts:
            return (self.tr("Paid out in cash on leaving:") + f"<table>{rows}"
                    + row(self.tr("Total"), total, True) + "</table>")
        owed = sum(amount for _s, _n, amount in debts)
        rows += row(self.tr("Savings in all"), total, True)
        rows += "".join(row(self.tr("Less paying off loan {loan}").format(loan=number), -amount)
                        for _s, number, amount in debts)
        if owed > total:
            rows += row(self.tr("Still owed"), owed - total, True)
            return (self.tr("The savings do not cover the loans; collect the rest first:")
                    + f"<table>{rows}</table>")
        rows += row(self.tr("Paid out in cash"), total - owed, True)
        return self.tr("On leaving, the savings first pay off the loans:") + f"<table>{rows}</table>"

    def accept(self) -> None:
        def act() -> None:
            self.payouts = exit_member(self.actor, self.member.id, self.date.required_value("date"),
                                       self.reason.text(), self.member.form.version)
        self._run(act)
        if self.result() == QDialog.DialogCode.Accepted and self.print_receipts.isChecked():
            if self.payouts:
                print_receipts(self.parent(), self.payouts)
            offsets = exit_offsets(self.member.id)
            if offsets:
                print_loan_receipts(self.parent(), offsets)
