"""``caitien check``: text and JSON output, grouping by severity, and exit codes 0, 1 and 2."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from caitien.checks import RULES
from caitien.cli import main
from caitien.plan import dump_plan
from tests.conftest import FIXTURES, SEED_TEXTS
from tests.core.checks.factory import make_item, make_plan

if TYPE_CHECKING:
    from pathlib import Path

SEED_000 = FIXTURES / "seeds" / "000_6b6f76a0e3ebec30.json"
SEED_001 = FIXTURES / "seeds" / "001_60df62f6dc69996d.json"


def _write(tmp_path: Path, **fields: object) -> Path:
    path = tmp_path / "ke-hoach.json"
    dump_plan(make_plan(**fields), path)
    return path


def test_it_exits_0_and_says_so_when_nothing_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(_write(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "0 lỗi, 0 cảnh báo, 0 thông tin" in out
    assert "Không phát hiện vấn đề nào." in out


def test_it_exits_0_when_there_are_only_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED_000)]) == 0
    out = capsys.readouterr().out
    assert "Cảnh báo (2):" in out
    assert "Lỗi (" not in out
    assert "Mục III, dòng 7 (tiêu chí 1.7), cột Thời gian: " in out
    assert "[responsible-empty]" in out


def test_it_exits_1_and_groups_the_findings_by_severity_when_there_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", str(SEED_001)]) == 1
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line.endswith("):")]
    assert headings == ["Lỗi (2):", "Cảnh báo (5):", "Thông tin (1):"]
    assert "«Cán bộ quản lý, giáo viên, nhân viên và học sinh»" in out


def test_it_prints_a_json_list_of_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", str(SEED_000)]) == 0
    findings = json.loads(capsys.readouterr().out)
    findings = [f for f in findings if f["severity"] == "warning"]
    assert [f["rule"] for f in findings] == ["timeline-stale", "responsible-empty"]
    assert findings[0]["where"] == {
        "section": "items",
        "item": 6,
        "criterion": "1.7",
        "field": "timeline",
    }
    assert findings[0]["severity"] == "warning"


def test_it_prints_an_empty_json_list_for_a_clean_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--json", str(_write(tmp_path))]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_it_checks_against_the_framework_given_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "Khối lớp và tổ chức lớp học"  # TT17's title of 1.5
    path = _write(tmp_path, items=[make_item(criterion="1.5", criterion_title=title)])
    assert main(["check", "--framework", "TT19-2018", "--json", str(path)]) == 1
    rules = [f["rule"] for f in json.loads(capsys.readouterr().out)]
    # Against TT19 (mầm non) the primary-school title belongs to another framework.
    assert rules == ["framework-school-mismatch", "criterion-title-other-framework"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("thieu.json", None),
        ("hong.json", "{ khong phai json"),
        ("sai.json", '{"format": "caitien.plan/1"}'),
        ("khong-co-duoi", None),
        ("thu-muc", "<dir>"),
        ("trong.docx", ""),
    ],
)
def test_it_exits_2_with_one_vietnamese_line_when_the_file_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None
) -> None:
    path = tmp_path / name
    if content == "<dir>":
        path.mkdir()
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("caitien: ")
    assert name in lines[0]


def test_it_exits_2_for_an_unknown_framework_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--framework", "TT99", str(_write(tmp_path))]) == 2
    assert "TT99" in capsys.readouterr().err


def test_it_reads_a_json_plan_whatever_its_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", "--json", str(path)]) == 0
    assert "timeline-stale" in [f["rule"] for f in json.loads(capsys.readouterr().out)]


def test_it_checks_a_word_document_through_the_importer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # v1.docx follows TT19 to the letter: whatever the import misses, nothing is an error.
    assert main(["check", "--json", str(FIXTURES / "samples" / "v1.docx")]) == 0
    found = json.loads(capsys.readouterr().out)
    assert all(f["rule"] in RULES and f["severity"] != "error" for f in found)
    assert not [f for f in found if "title" in f["rule"]]


def test_it_finds_the_stale_timeline_in_the_text_of_seed_000(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--json", str(SEED_TEXTS / "000_6b6f76a0e3ebec30.txt")]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {"rule": "timeline-stale", "criterion": "1.7"} in [
        {"rule": f["rule"], "criterion": f["where"]["criterion"]} for f in found
    ]
