"""What the benchmark scripts share: seeded random choices, timing marks and profiling."""

from __future__ import annotations

import cProfile
import datetime as dt
import pstats
import random
import time
from dataclasses import dataclass, field


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
