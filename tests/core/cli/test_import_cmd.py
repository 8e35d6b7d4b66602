"""``caitien import``: JSON on stdout or in a file, the --report notes, and bad input refused."""

from __future__ import annotations

import json
import os
import stat
import threading
from typing import TYPE_CHECKING

import pytest

from caitien.cli import main
from tests.conftest import SAMPLES, SEED_TEXTS

if TYPE_CHECKING:
    from pathlib import Path

SEED = sorted(SEED_TEXTS.glob("*.txt"))[0]


def test_it_prints_the_plan_json_with_vietnamese_unescaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["format"] == "caitien.plan/1"
    assert "Trường" in out


def test_it_writes_the_output_file_and_reports_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "plan.json"
    assert main(["import", str(SEED), "-o", str(output), "--report"]) == 0
    assert json.loads(output.read_text(encoding="utf-8"))["items"]
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".caitien")] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "trống"),
        (b"\x00\x01\x02\xff" * 100, "Không nhận ra định dạng"),
        ("Biên bản họp tổ chuyên môn.\nNội dung: dự giờ.\n".encode(), "không phải kế hoạch"),
        (
            "<html><body><nav>Trang chủ</nav><p>Lễ khai giảng.</p></body></html>".encode(),
            "không phải kế hoạch",
        ),
    ],
)
def test_it_refuses_bad_input_with_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "x.txt"
    source.write_bytes(content)
    output = tmp_path / "out.json"
    assert main(["import", str(source), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not output.exists()


def test_it_imports_a_web_page_saved_by_word(capsys: pytest.CaptureFixture[str]) -> None:
    page = SAMPLES / "html" / "tieu-hoc-2018-word-web-page-cp1258.htm"
    assert main(["import", str(page), "--report"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["school"]["name"] == "Trường Tiểu học Bảo Hà"
    assert len(plan["items"]) == 6


def test_it_refuses_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["import", str(tmp_path / "khong-co.txt")]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err


def test_it_refuses_a_file_over_the_size_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lon.txt"
    with source.open("wb") as handle:
        handle.write("KẾ HOẠCH\n".encode())
        handle.truncate(21 * 1024 * 1024)  # sparse: no disk is spent on the size
    assert main(["import", str(source)]) == 2
    assert "quá lớn" in capsys.readouterr().err


def test_it_reports_the_guessed_fields_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ke-hoach.txt"
    source.write_text(
        "KẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG GIÁO DỤC\nNăm học 2024 - 2025\n"
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Báo cáo tự đánh giá của trường Tiểu học Kim Đồng.\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--report"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["school"]["name"] == "Trường Tiểu học Kim Đồng"
    assert any(line.startswith("school.name — ") for line in captured.err.splitlines())


def test_it_writes_into_a_pipe_such_as_dev_null_without_replacing_it(tmp_path: Path) -> None:
    # `-o /dev/null` is how a user checks that a file imports: a device or a pipe must stay
    # one (a named pipe stands in for the device, which a failing test must not destroy).
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    assert main(["import", str(SEED), "-o", str(pipe)]) == 0
    reader.join(timeout=10)
    assert json.loads(received[0])["format"] == "caitien.plan/1"
    assert stat.S_ISFIFO(pipe.stat().st_mode)
