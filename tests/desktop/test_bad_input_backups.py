"""Bad input at the backup settings: every odd value of the shared table, typed into the folder,
the number of backups kept and the days before a reminder, is refused with a message marked for
translation beside its field and the books left as they were; None for the folder is the
program's own folder."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop import backups
from tests.desktop.test_bad_input import VALUES, Number, Op, Strict, _attempt, _try, arg

SETTINGS = Op("backup settings", "administrator", {
    "folder": Strict(optional=True), "keep": Number(1, backups.MAX_KEEP),
    "remind_days": Number(1, backups.MAX_REMIND_DAYS)},
    lambda w, v: backups.set_backup_settings(w.actors["administrator"], arg(v, "folder", ""),
                                             arg(v, "keep", 5), arg(v, "remind_days", 7)))


@pytest.fixture
def world(books, actors):
    return SimpleNamespace(actors=actors)


def test_the_backup_settings_refuse_bad_input(world):
    outcome, _same, before, after = _attempt(lambda: SETTINGS.run(world, {}))
    assert outcome is None, f"the plain call is refused: {outcome}"
    reference = {t: after[t] - before[t] for t in after}
    problems = []
    for key, kind in SETTINGS.fields.items():
        for label, value in VALUES.items():
            problems += _try(world, SETTINGS, key, kind, label, value, reference)
    assert problems == []


def test_a_folder_of_none_is_the_program_s_own(world):
    backups.set_backup_settings(world.actors["administrator"], None, 4, 2)
    assert backups.backup_settings() == backups.BackupSettings("", 4, 2)
