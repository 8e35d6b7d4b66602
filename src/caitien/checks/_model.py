"""The finding model of plan checks: severity, location and the catalogue of rule ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much a finding matters: an error breaks the plan, a warning needs a fix, info advises."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: the order findings are shown in."""
        return _RANKS[self]

    @property
    def label(self) -> str:
        """The Vietnamese name: "Lỗi", "Cảnh báo" or "Thông tin"."""
        return _LABELS[self]


_RANKS = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_LABELS = {Severity.ERROR: "Lỗi", Severity.WARNING: "Cảnh báo", Severity.INFO: "Thông tin"}


@dataclass(frozen=True)
class Where:
    """Where in the plan a finding points; each part is ``None`` when it does not apply.

    ``section`` is the plan key ("document", "items", "problems", "signer"…),
    ``item`` the 0-based index into ``plan.items`` (or into the section's list),
    ``criterion`` the criterion code the finding is about, ``field`` the key inside
    the item or section ("timeline", "number").
    """

    section: str | None = None
    item: int | None = None
    criterion: str | None = None
    field: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The location as a JSON object with all four keys."""
        return {
            "section": self.section,
            "item": self.item,
            "criterion": self.criterion,
            "field": self.field,
        }


@dataclass(frozen=True)
class Finding:
    """One problem found in a plan: a stable ``rule`` id, a severity and a Vietnamese message.

    ``message`` is one or two sentences a principal understands: what is wrong and
    what to write instead.
    """

    rule: str
    severity: Severity
    message: str
    where: Where = field(default_factory=Where)

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON: ``{"rule", "severity", "message", "where": {…four keys…}}``."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "where": self.where.to_dict(),
        }


@dataclass(frozen=True)
class Rule:
    """A rule of the catalogue: its id, default severity and a short Vietnamese name."""

    id: str
    severity: Severity
    title: str


def _rules(*rows: tuple[str, Severity, str]) -> dict[str, Rule]:
    return {rule_id: Rule(rule_id, severity, title) for rule_id, severity, title in rows}


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

# Every rule id a check may emit, with its default severity. docs/checks.md documents
# each one; a test keeps the two in step.
RULES: dict[str, Rule] = _rules(
    ("framework-unknown", _I, "Không xác định được khung tiêu chí"),
    ("framework-form-mismatch", _E, "Khung tiêu chí không hợp với mẫu kế hoạch"),
    ("framework-school-mismatch", _E, "Khung tiêu chí không dành cho loại trường này"),
    ("framework-outdated", _W, "Khung tiêu chí không áp dụng cho năm học này"),
    ("section-missing", _W, "Thiếu một mục của kế hoạch"),
    ("school-year-missing", _W, "Thiếu năm học"),
    ("document-number-missing", _W, "Thiếu số văn bản"),
    ("document-number-format", _W, "Số, ký hiệu chưa đúng Nghị định 30/2020"),
    ("document-date-missing", _W, "Thiếu ngày ban hành"),
    ("document-date-format", _E, "Ngày ban hành không hợp lệ"),
    ("document-date-implausible", _W, "Ngày ban hành không khớp năm học"),
    ("document-place-missing", _I, "Thiếu địa danh ở dòng ngày tháng"),
    ("signer-missing", _W, "Thiếu chức vụ hoặc họ tên người ký"),
    ("recipients-format", _I, "Nơi nhận chưa đúng thể thức"),
    ("office-abolished", _W, "Ghi Phòng GD&ĐT sau ngày 01/7/2025"),
    ("standard-unknown", _E, "Tiêu chuẩn không có trong khung"),
    ("standard-title-mismatch", _W, "Tên tiêu chuẩn khác Thông tư"),
    ("standard-title-other-framework", _E, "Tên tiêu chuẩn của loại trường khác"),
    ("standard-title-variant", _I, "Tên tiêu chuẩn theo một cách ghi chưa xác nhận"),
    ("criterion-missing", _W, "Dòng không ghi tiêu chí"),
    ("criterion-unknown", _E, "Tiêu chí không có trong khung"),
    ("criterion-title-mismatch", _W, "Tên tiêu chí khác Thông tư"),
    ("criterion-title-other-framework", _E, "Tên tiêu chí của loại trường khác"),
    ("criterion-title-variant", _I, "Tên tiêu chí theo một cách ghi chưa xác nhận"),
    ("item-wrong-standard", _E, "Tiêu chí xếp sai tiêu chuẩn"),
    ("criterion-duplicate", _W, "Một tiêu chí có hai dòng"),
    ("level-4-criterion", _I, "Dòng MỨC 4 ghi mã tiêu chí"),
    ("target-level-impossible", _E, "Mức phấn đấu không có trong khung"),
    ("target-empty", _W, "Thiếu kết quả cần đạt"),
    ("target-restates-weakness", _W, "Kết quả cần đạt chỉ nêu hạn chế"),
    ("actions-empty", _W, "Thiếu công việc, giải pháp"),
    ("row-incomplete", _W, "Dòng chỉ mới có một phần"),
    ("responsible-empty", _W, "Thiếu người chủ trì, phối hợp"),
    ("timeline-empty", _W, "Thiếu thời gian thực hiện"),
    ("timeline-stale", _W, "Thời gian thực hiện đã qua"),
    ("budget-unreadable", _W, "Không đọc được kinh phí"),
    ("budget-mismatch", _W, "Số tiền không khớp với chữ"),
    ("problems-not-covered", _W, "Kế hoạch không giải quyết vấn đề ưu tiên nào"),
    ("problem-without-item", _I, "Vấn đề ưu tiên chưa có nội dung cải tiến"),
    ("indicator-missing", _W, "Thiếu chỉ số đánh giá kết quả"),
    ("evidence-missing", _I, "Thiếu minh chứng dự kiến"),
    ("status-unknown", _I, "Mức độ thực hiện ghi khác mẫu"),
    ("monitoring-missing", _W, "Thiếu bảng theo dõi, đánh giá"),
    ("monitoring-incomplete", _W, "Bảng theo dõi thiếu thời điểm bắt buộc"),
    ("monitoring-content-empty", _I, "Thời điểm theo dõi chưa có nội dung"),
    ("all-criteria-listed", _W, "Kế hoạch dàn trải mọi tiêu chí"),
)


def finding(
    rule: str, message: str, where: Where | None = None, severity: Severity | None = None
) -> Finding:
    """A finding of ``rule`` at its catalogue severity unless ``severity`` overrides it.

    Raises ``KeyError`` for a rule id missing from :data:`RULES` (a programming error).
    """
    default = RULES[rule].severity
    return Finding(rule, severity or default, message, where or Where())
