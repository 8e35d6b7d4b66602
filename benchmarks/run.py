"""Run every benchmark module ``benchmarks/bench_*.py`` and print its figures.

Each module exposes ``run() -> None`` and prints its own table. Benchmarks are
measurements, not pass/fail tests: they print figures beside their targets.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Run the benchmark modules whose names contain any of ``argv`` (all when empty)."""
    sys.path.insert(0, str(HERE.parent))
    modules = sorted(HERE.glob("bench_*.py"))
    selected = [m for m in modules if not argv or any(word in m.stem for word in argv)]
    for path in selected:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"\n=== {path.stem} ===", flush=True)
        started = time.perf_counter()
        module.run()
        print(f"({path.stem}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
