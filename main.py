"""Berdaya: start the office program.

    python main.py [--db FILE] [--data-dir DIR] [--lang id|en]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="berdaya", description="Berdaya office program")
    parser.add_argument("--db", type=Path, help="the books (SQLite file) to open or create")
    parser.add_argument("--data-dir", type=Path, help="folder for books, backups, log and settings")
    parser.add_argument("--lang", choices=["id", "en"], help="screen language (default: Indonesian)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from desktop.paths import app_paths
    from ui.errors import setup_logging

    paths = app_paths(args.data_dir)
    setup_logging(paths.log_file)
    from ui.app import run

    db = args.db.expanduser().resolve() if args.db else None
    return run(paths, db, args.lang)


if __name__ == "__main__":
    sys.exit(main())
