"""The CLI's own words (help headings, usage errors) are Vietnamese, with exit status 2."""

from __future__ import annotations

import pytest

from caitien.cli import main


def test_it_prints_the_help_headings_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: caitien")
    assert "tùy chọn:" in out
    assert "in hướng dẫn này rồi thoát" in out
    assert "options" not in out and "show this help" not in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["import"], "caitien: lỗi tham số: thiếu tham số bắt buộc: TỆP"),
        (["bogus"], "lựa chọn không hợp lệ: 'bogus' (chọn một trong: 'frameworks'"),
        (["check", "--framework"], "tham số --framework: cần một giá trị"),
        (["frameworks", "--bad"], "caitien: lỗi tham số: tham số không nhận ra: --bad"),
    ],
)
def test_it_reports_a_usage_error_in_one_vietnamese_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert expected in err
    assert len(err.strip().splitlines()) == 1
