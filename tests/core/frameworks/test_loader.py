"""Loading framework data: broken copies in tmp_path give clear errors; new files are picked up."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from caitien.errors import FrameworkDataError
from caitien.frameworks import (
    DATA_DIR,
    framework_for,
    get_framework,
    list_frameworks,
    load_catalogue,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private copy of the shipped data, free to break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, change: Callable[[Any], Any]) -> None:
    # libyaml keeps the many edits of this file fast.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    data = change(data) or data
    text = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")


def _set(path: list[Any], value: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


def _delete(path: list[Any]) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return change


def test_a_copy_of_the_shipped_data_loads_like_the_package(data_dir: Path) -> None:
    codes = [f.code for f in list_frameworks(data_dir)]
    assert codes == [f.code for f in list_frameworks()]


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        (
            "tt17-2018.yaml",
            _set(["standards", 1, "criteria", 2, "code"], "2.x"),
            "tt17-2018.yaml không hợp lệ ở standards/1/criteria/2/code: giá trị '2.x' không đúng",
        ),
        (
            "tt19-2018.yaml",
            _delete(["standards", 0, "criteria", 3, "title"]),
            "tt19-2018.yaml không hợp lệ ở standards/0/criteria/3: thiếu trường 'title'",
        ),
        (
            "tt18-2018.yaml",
            _set(["standards", 4, "criteria", 0, "confidence"], "chắc chắn"),
            "standards/4/criteria/0/confidence: giá trị 'chắc chắn' không nằm trong",
        ),
        (
            "tt18-2018.yaml",
            _set(["standards", 0, "criteria", 0, "levels", "4"], ["Mức bốn"]),
            "standards/0/criteria/0/levels/4: giá trị '4' không nằm trong",
        ),
        (
            "tt57-2026-ii.yaml",
            _set(["standards", 0, "criteria", 0, "levels", "1"], []),
            "tt57-2026-ii.yaml không hợp lệ ở standards/0/criteria/0/levels/1: giá trị rỗng",
        ),
        (
            "tt57-2026-i.yaml",
            _set(["standards", 1, "criteria", 0, "mandatory"], "có"),
            "standards/1/criteria/0/mandatory: giá trị 'có' sai kiểu \\(cần true hoặc false\\)",
        ),
        (
            "tt17-2018.yaml",
            _set(["standards", 2, "extra"], 1),
            "tt17-2018.yaml không hợp lệ ở standards/2: có trường không được phép: 'extra'",
        ),
        ("tt17-2018.yaml", _set(["format"], "caitien.framework/2"), "ở format: giá trị"),
        ("tt17-2018.yaml", lambda data: [data], "ở gốc tệp: giá trị .* sai kiểu .cần bảng khóa"),
    ],
    ids=[
        "code-pattern",
        "missing-title",
        "unknown-confidence",
        "level-4-key",
        "empty-level",
        "mandatory-type",
        "extra-field",
        "format",
        "not-a-mapping",
    ],
)
def test_it_names_the_file_and_entry_that_break_the_schema(
    data_dir: Path, file: str, change: Callable[[Any], Any], message: str
) -> None:
    _edit(data_dir / file, change)
    with pytest.raises(FrameworkDataError, match=message):
        load_catalogue(data_dir)


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        (
            "tt17-2018.yaml",
            _set(["standards", 1, "criteria", 2, "code"], "2.9"),
            "standards/1/criteria/2/code: mã '2.9' phải là '2.3'",
        ),
        ("tt19-2018.yaml", _set(["standards", 2, "number"], 7), "standards/2/number: cần số 3"),
        (
            "tt19-2018.yaml",
            _set(["standards", 0, "criteria", 0, "mandatory"], True),
            "chỉ khung mẫu 2026 có tiêu chí bắt buộc",
        ),
        (
            "tt57-2026-ii.yaml",
            _set(["standards", 0, "criteria", 0, "levels", "3"], ["Mức ba"]),
            "standards/0/criteria/0/levels: có mức vượt quá Mức 2",
        ),
        ("tt57-2026-ii.yaml", _set(["appendix"], "IV"), "mã 'TT57-2026/II' phải là 'TT57-2026/IV'"),
        (
            "tt57-2026-ii.yaml",
            _set(["level_4"], [{"text": "Mức bốn", "confidence": "inferred"}]),
            "khung mẫu 2026 không có danh sách Mức 4",
        ),
        (
            "tt57-2026-i.yaml",
            _set(["school_result", "others_required"], 8),
            "school_result/others_required: cần 8 tiêu chí không bắt buộc nhưng chỉ có 7",
        ),
        (
            "applicability.yaml",
            _set(["rules", 1, "framework"], "TT99-2030"),
            "applicability.yaml không hợp lệ ở rules/1/framework: không có khung 'TT99-2030'",
        ),
        (
            "applicability.yaml",
            _set(["rules", 0, "until"], "2025-2027"),
            "applicability.yaml không hợp lệ ở rules/0: năm học phải liền nhau",
        ),
        (
            "applicability.yaml",
            _set(["rules", 0, "from"], "2030-2031"),
            "rules/0: năm bắt đầu sau năm kết thúc",
        ),
        (
            "applicability.yaml",
            _set(["default_appendix", "TT57-2026"], "TT19-2018"),
            "applicability.yaml không hợp lệ ở default_appendix",
        ),
        ("applicability.yaml", _delete(["rules"]), "applicability.yaml .*thiếu trường 'rules'"),
        (
            "applicability.yaml",
            _set(["rules", 0, "school_levels"], ["mam_non", "thcs"]),
            "rules/0/school_levels: khung TT19-2018 không dành cho thcs",
        ),
        (
            "applicability.yaml",
            _set(["rules", 3, "from"], "2025-2026"),
            "rules/3: trùng phạm vi với quy tắc của TT19-2018",
        ),
        (
            "applicability.yaml",
            _delete(["rules", 2, "until"]),
            "rules/4: trùng phạm vi với quy tắc của TT18-2018",
        ),
    ],
    ids=[
        "code-order",
        "standard-number",
        "mandatory-in-2018",
        "level-above-max",
        "appendix-code",
        "level-4-in-2026",
        "others-required",
        "rule-framework",
        "rule-year-format",
        "rule-years-order",
        "default-appendix",
        "no-rules",
        "rule-foreign-kind",
        "rules-overlap",
        "rule-open-end-overlap",
    ],
)
def test_it_names_the_entry_of_an_inconsistent_file(
    data_dir: Path, file: str, change: Callable[[Any], Any], message: str
) -> None:
    _edit(data_dir / file, change)
    with pytest.raises(FrameworkDataError, match=message):
        load_catalogue(data_dir)


def test_it_refuses_two_files_with_one_code(data_dir: Path) -> None:
    shutil.copy(data_dir / "tt17-2018.yaml", data_dir / "tt17-2018-copy.yaml")
    with pytest.raises(FrameworkDataError, match="mã 'TT17-2018' trùng với tệp tt17-2018"):
        load_catalogue(data_dir)


def test_it_refuses_a_file_that_is_not_yaml(data_dir: Path) -> None:
    (data_dir / "tt19-2018.yaml").write_text("code: [TT19-2018\nform: 2018\n", encoding="utf-8")
    with pytest.raises(
        FrameworkDataError, match=r"tt19-2018.yaml không phải YAML hợp lệ ở dòng \d"
    ):
        load_catalogue(data_dir)


def test_it_refuses_a_file_that_is_not_utf8(data_dir: Path) -> None:
    (data_dir / "tt19-2018.yaml").write_bytes("tiêu chí".encode("cp1258"))
    with pytest.raises(FrameworkDataError, match=r"tt19-2018\.yaml không phải văn bản UTF-8"):
        load_catalogue(data_dir)


def test_it_refuses_a_directory_without_frameworks(tmp_path: Path) -> None:
    with pytest.raises(FrameworkDataError, match="Không tìm thấy tệp khung tiêu chí nào"):
        load_catalogue(tmp_path)


def test_it_refuses_a_directory_without_applicability_rules(data_dir: Path) -> None:
    (data_dir / "applicability.yaml").unlink()
    with pytest.raises(FrameworkDataError, match="Không tìm thấy tệp khung tiêu chí applicability"):
        load_catalogue(data_dir)


def test_a_new_circular_is_a_data_change(data_dir: Path) -> None:
    # A later circular: one new file and one rule; no code changes.
    def renumber(data: dict[str, Any]) -> None:
        data["code"] = data["plan_framework"] = "TT99-2030"
        data["circular_number"] = "99/2030/TT-BGDĐT"
        del data["appendix"]

    source = data_dir / "tt57-2026-ii.yaml"
    target = data_dir / "tt99-2030.yaml"
    shutil.copy(source, target)
    _edit(target, renumber)

    def add_rule(data: dict[str, Any]) -> None:
        data["rules"][4]["until"] = "2029-2030"
        data["rules"].insert(
            0, {"framework": "TT99-2030", "school_levels": ["thpt"], "from": "2030-2031"}
        )

    _edit(data_dir / "applicability.yaml", add_rule)
    assert framework_for("thpt", "2030-2031", data_dir=data_dir).code == "TT99-2030"
    assert framework_for("thpt", "2029-2030", data_dir=data_dir).code == "TT57-2026/II"
    assert get_framework("TT99-2030", data_dir=data_dir).plan_framework == "TT99-2030"
