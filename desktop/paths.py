"""Where the program keeps its files, computed once.

The data folder is the user's (platformdirs) unless a portable install or a test names another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Berdaya"
DATA_DIR_ENV = "BERDAYA_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def office_db(self) -> Path:
        return self.data_dir / "kantor.sqlite3"

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "cadangan"

    @property
    def settings_file(self) -> Path:
        """Window geometry, the language and the last books opened: this PC's, not the books'."""
        return self.data_dir / "berdaya.ini"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "berdaya.log"


def app_paths(data_dir: str | Path | None = None) -> AppPaths:
    """The paths for *data_dir*, else $BERDAYA_DATA_DIR, else the user's data folder."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, False)
    path = Path(chosen).expanduser().resolve()
    return AppPaths(path)
