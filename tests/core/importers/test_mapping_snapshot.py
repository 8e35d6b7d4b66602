"""mapping_snapshot.py compare: equal snapshots pass, a changed or missing result is named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "mapping_snapshot.py"


def _compare(before: Path, after: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "compare", str(before), str(after)],
        capture_output=True,
        text=True,
        check=False,
    )


def _snapshot(folder: Path, results: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in results.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_it_passes_two_equal_snapshots(tmp_path: Path) -> None:
    before = _snapshot(tmp_path / "a", {"x.txt": "{}", "y.txt": "error: DocumentError"})
    after = _snapshot(tmp_path / "b", {"x.txt": "{}", "y.txt": "error: DocumentError"})
    result = _compare(before, after)
    assert result.returncode == 0
    assert "2 documents, 0 differ" in result.stdout


def test_it_names_a_changed_and_a_missing_result(tmp_path: Path) -> None:
    before = _snapshot(tmp_path / "a", {"x.txt": "{}", "y.txt": "[]"})
    after = _snapshot(tmp_path / "b", {"x.txt": "{ }"})
    result = _compare(before, after)
    assert result.returncode == 1
    assert "differs: x.txt" in result.stdout
    assert "differs: y.txt" in result.stdout
