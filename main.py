"""Berdaya: start the office program, or do one task on the books from a scheduled task.

    python main.py [--db FILE] [--data-dir DIR] [--lang id|en]     start the program
    python main.py backup [--db FILE] [--to DIR]                    back up the books
    python main.py restore FILE [--db FILE] [--yes]                 put a backup in their place
    python main.py check [--db FILE]                                check the books

The books are those named by --db, else the ones opened last, else kantor.sqlite3 in the data
folder. The tasks take the books as they are: books of an older version are backed up and
checked without being brought up to date (which would lock out the PCs still on the older
program); only a restore opens the books it put back as the program does. A task exits with 0
when all is well, 1 when it found problems or refused, and 2 when the books (or the backup)
could not be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FINE, PROBLEMS, CANNOT_OPEN = 0, 1, 2


def _common(parser: argparse.ArgumentParser, default: object) -> None:
    # The options are accepted before and after the task's name; a task's own copies are left
    # out of the result when not given, so they do not hide the ones given before it.
    parser.add_argument("--db", type=Path, default=default, help="the books (SQLite file)")
    parser.add_argument("--data-dir", type=Path, default=default,
                        help="folder for books, backups, log and settings")
    parser.add_argument("--lang", choices=["id", "en"], default=default,
                        help="language of the messages (default: Indonesian)")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="berdaya", description="Berdaya office program")
    _common(parser, None)
    tasks = parser.add_subparsers(dest="command", metavar="TASK")
    backup = tasks.add_parser("backup", help="back up the books into the backup folder")
    backup.add_argument("--to", type=Path, help="folder for the backup (default: the one in the settings)")
    restore = tasks.add_parser("restore", help="put a backup in the place of the books")
    restore.add_argument("file", type=Path, help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    check = tasks.add_parser("check", help="check the books: file, audit trail, balances")
    for task in (backup, restore, check):
        _common(task, argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from desktop.paths import app_paths
    from ui.errors import setup_logging

    paths = app_paths(args.data_dir)
    setup_logging(paths.log_file)
    db = args.db.expanduser().resolve() if args.db else None
    if args.command is None:
        from ui.app import run

        return run(paths, db, args.lang)
    return run_task(args, paths, db)


def run_task(args: argparse.Namespace, paths, db: Path | None) -> int:
    """A task on the books without a window, in the screen language."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from ui.i18n import DEFAULT_LANGUAGE, install_language

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translators need it
    for stream in (sys.stdout, sys.stderr):  # a scheduler's log file may not take every letter
        stream.reconfigure(errors="replace")
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    install_language(args.lang or settings.value("language", DEFAULT_LANGUAGE))
    books = db or Path(settings.value("books/last") or paths.office_db)
    task = {"backup": _backup, "restore": _restore, "check": _check}[args.command]
    return task(args, paths, books)


def _say(text: str, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout, flush=True)


def _open(paths, books: Path) -> bool:
    from desktop.books import open_books_as_they_are
    from desktop.errors import DomainError
    from ui.i18n import message

    try:
        open_books_as_they_are(books, paths.backup_dir)
    except DomainError as exc:
        _say(message(exc), error=True)
        return False
    return True


def _backup(args: argparse.Namespace, paths, books: Path) -> int:
    from desktop import backups
    from desktop.books import size_text
    from desktop.errors import DomainError
    from ui.i18n import label, message

    if not _open(paths, books):
        return CANNOT_OPEN
    try:
        made = backups.make_backup(None, backups.REASON_DAILY, to=args.to)
    except DomainError as exc:
        _say(message(exc), error=True)
        return PROBLEMS
    _say(label(backups.CLI_MADE).format(file=str(made.file.path), size=size_text(made.file.size)))
    if made.removed:
        _say(label(backups.CLI_REMOVED).format(count=len(made.removed), keep=backups.backup_settings().keep))
    if made.clock_looks_wrong:
        text, params = backups.clock_warning(made)
        _say(label(text).format(**params), error=True)
    if made.fell_back:
        _say(label(backups.CLI_FELL_BACK).format(wanted=str(made.wanted), folder=str(made.file.path.parent)),
             error=True)
    return PROBLEMS if made.fell_back or made.clock_looks_wrong else FINE


def _restore(args: argparse.Namespace, paths, books: Path) -> int:
    from desktop import backups
    from desktop.dates import format_date, format_moment
    from desktop.errors import DomainError
    from ui.i18n import label, message

    backup = args.file.expanduser().resolve()
    try:
        facts = backups.check_backup(backup)
    except DomainError as exc:
        _say(message(exc), error=True)
        return PROBLEMS if backup.is_file() else CANNOT_OPEN
    # Books that open give their backup folder from the settings; books that do not (damaged,
    # missing) are replaced all the same: that is what a restore is for.
    _open(paths, books)
    taken = format_moment(facts.file.taken_at)
    if not args.yes:
        question = label(backups.CLI_CONFIRM).format(
            date=taken, members=facts.members, books=str(books),
            last=format_date(facts.last_posting) if facts.last_posting else label(backups.NO_POSTING))
        try:
            answer = input(question)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in {"y", "yes", "ya"}:
            _say(label(backups.CLI_NOT_CONFIRMED), error=True)
            return PROBLEMS
    try:
        done = backups.restore_backup(None, backup, books, paths.backup_dir, checked=facts)
    except DomainError as exc:
        _say(message(exc), error=True)
        return PROBLEMS
    _say(label(backups.CLI_RESTORED).format(date=taken, books=str(done.info.path)))
    if done.saved_as is not None:
        _say(label(backups.CLI_SAVED_AS).format(file=str(done.saved_as)))
    return FINE


def _check(args: argparse.Namespace, paths, books: Path) -> int:
    from desktop.checks import check_books
    from ui.i18n import label

    if not _open(paths, books):
        return CANNOT_OPEN
    report = check_books()
    for finding in report.findings():
        _say(("[ok] " if finding.ok else "[!!] ") + label(finding.text).format(**finding.params))
    return FINE if report.ok else PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
