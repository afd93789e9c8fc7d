"""The rotating-capital page: the loans (applications to the last installment), the pools
and where their money went, and the arrears with loan quality."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.auth import Actor
from ui.arrears_tab import ArrearsTab
from ui.loans_tab import LoansTab
from ui.pools_tab import PoolsTab


class LoansPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.loans = LoansTab(actor)
        self.pools = PoolsTab(actor)
        self.arrears = ArrearsTab(actor)
        self.tabs.addTab(self.loans, self.tr("Loans"))
        self.tabs.addTab(self.pools, self.tr("Pools"))
        self.tabs.addTab(self.arrears, self.tr("Arrears and loan quality"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
