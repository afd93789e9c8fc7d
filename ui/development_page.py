"""The group-development page, the mentor's: sessions and attendance, mentoring visits,
assessments, household welfare, a group's whole history, and the groups that need attention."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.auth import Actor
from ui.assessments_tab import AssessmentsTab
from ui.attention_tab import AttentionTab
from ui.history_tab import HistoryTab
from ui.sessions_tab import SessionsTab
from ui.visits_tab import VisitsTab
from ui.welfare_tab import WelfareTab


class DevelopmentPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("development_tabs")
        self.history = HistoryTab(actor)
        self.attention = AttentionTab(actor)
        self.sessions = SessionsTab(actor)
        self.visits = VisitsTab(actor)
        self.assessments = AssessmentsTab(actor)
        self.welfare = WelfareTab(actor)
        self.tabs.addTab(self.history, self.tr("Group history"))
        self.tabs.addTab(self.attention, self.tr("Needs attention"))
        self.tabs.addTab(self.sessions, self.tr("Sessions and attendance"))
        self.tabs.addTab(self.visits, self.tr("Mentoring visits"))
        self.tabs.addTab(self.assessments, self.tr("Assessments"))
        self.tabs.addTab(self.welfare, self.tr("Household welfare"))
        self.attention.group_requested.connect(self.show_group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def may_leave(self) -> bool:
        """Whether the attendance typed and not saved may be left (the user is asked)."""
        if self.sessions.panel.may_leave():
            return True
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.tabs.setCurrentIndex(0)  # the sessions, beside the rates
        return False

    def show_group(self, group_id: int) -> None:
        """Open a group's history page."""
        self.tabs.setCurrentWidget(self.history)
        self.history.show_group(group_id)
