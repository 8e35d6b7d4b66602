"""How the benchmarks time a piece of work: best CPU time over warm rounds, taking turns."""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def best_cpu_ms(works: list[Callable[[], object]], rounds: int) -> list[float]:
    """The best CPU time in ms of each work over ``rounds`` warm rounds, taking turns.

    Taking turns exposes every work to the same machine load; collecting garbage
    before each timed call keeps one work's garbage out of the next one's time.
    """
    for work in works:
        work()
    gc.collect()
    gc.freeze()  # what is alive now stays: the collections below only see the works' garbage
    best = [float("inf")] * len(works)
    for _ in range(rounds):
        for index, work in enumerate(works):
            gc.collect()  # the garbage of the previous work is not this one's to collect
            started = time.process_time()
            work()
            best[index] = min(best[index], (time.process_time() - started) * 1000)
    gc.unfreeze()
    return best
