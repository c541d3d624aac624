"""Timing helpers shared by the benchmarks: medians in milliseconds and result lines."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], runs: int = 9, warmup: int = 2) -> float:
    """Median wall time of `fn` in ms, after `warmup` calls that are not counted."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report_line(results: list[str], name: str, ms: float, target: float | None = None,
                width: int = 62) -> None:
    """Print one figure (with its target) and keep it for the summary at the end."""
    line = f"{name:<{width}} {ms:8.1f} ms" + (f"   (target {target:.0f} ms)" if target else "")
    results.append(line)
    print(line)
