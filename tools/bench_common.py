"""What the benchmark scripts share: seeded random choices, timing marks and profiling."""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import math
import os
import platform
import pstats
import random
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Gen:
    """The generator's random choices, with running serials that keep NIKs and KKs unique."""

    rng: random.Random
    today: dt.date = field(default_factory=dt.date.today)
    created: str = ""
    serials: dict = field(default_factory=dict)

    def serial(self, key: tuple) -> int:
        self.serials[key] = self.serials.get(key, 0) + 1
        return self.serials[key]

    def day(self, first: dt.date, last: dt.date) -> dt.date:
        """A random day from *first* to *last*; *last* when the span is empty."""
        if last <= first:
            return last
        return dt.date.fromordinal(self.rng.randint(first.toordinal(), last.toordinal()))


class Marks:
    """Seconds between successive marks, by the name of the step that just ended."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def mark(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = now - self._last
        self._last = now


def profiled(enabled: bool, caption: str, work, *args):
    """Run *work*; when *enabled*, print where its time went (figures then run slower)."""
    if not enabled:
        return work(*args)
    profile = cProfile.Profile()
    result = profile.runcall(work, *args)
    print(f"\n--- profile: {caption} (cumulative) ---")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return result


def summary(values: list[float]) -> dict[str, float]:
    """Count, median, 95th percentile (nearest rank) and maximum of a list of timings."""
    ordered = sorted(values)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"n": len(ordered), "median": statistics.median(ordered), "p95": p95,
            "max": ordered[-1]}


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform()}


def insert_rows(database, model: type, columns: tuple[str, ...], rows) -> None:
    """One executemany of plain values into *model*'s table: ten times faster than the
    model layer, for generating large books."""
    names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    database.cursor().executemany(sql, rows)


def base_parser(doc: str, data_help: str) -> argparse.ArgumentParser:
    """The options every benchmark has: where its data lives, a JSON copy of the figures, and
    a seed for the generated data."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent / "bench-data",
                        help=data_help)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    return parser
