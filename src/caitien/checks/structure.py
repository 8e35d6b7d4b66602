"""Rules on the plan as a whole: which framework it follows and which sections it has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.checks._model import Severity, Where, finding
from caitien.errors import UnknownFrameworkError
from caitien.frameworks import SCHOOL_LEVEL_NAMES, framework_for

if TYPE_CHECKING:
    from collections.abc import Iterator

    from caitien.checks._context import Check, CheckContext
    from caitien.checks._model import Finding
    from caitien.frameworks import Framework

# (plan key, the section's name in the form, its number in 2018 / 2026 or ""); the
# table's section has a different name in each form (_TABLE_NAMES).
_TABLE_NAMES = {
    "2018": "Nội dung kế hoạch cải tiến chất lượng giáo dục",
    "2026": "Kế hoạch cải tiến chất lượng",
}
_SECTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("general_info", "Thông tin chung", "", "I"),
    ("bases", "Căn cứ xây dựng kế hoạch", "II", "II"),
    ("purposes", "Mục đích, yêu cầu", "I", "III"),
    ("problems", "Tóm tắt các vấn đề trọng tâm cần cải tiến", "", "IV"),
    ("items", "", "III", "V"),
    ("organization", "Tổ chức thực hiện", "VI", "VII"),
    ("reporting", "Cơ chế đánh giá và báo cáo", "", "VIII"),
    ("recipients", "Nơi nhận", "", ""),
)


def check_framework(ctx: CheckContext) -> Iterator[Finding]:
    """framework-unknown, framework-form-mismatch, framework-school-mismatch, framework-outdated."""
    framework = ctx.framework
    if framework is None:
        yield _unknown(ctx)
        return
    if framework.form != ctx.plan.form:
        yield _form_mismatch(ctx, framework)
    level = ctx.plan.school.level
    if level and level not in framework.school_levels:
        kinds = ", ".join(SCHOOL_LEVEL_NAMES.get(k, k) for k in framework.school_levels)
        yield finding(
            "framework-school-mismatch",
            f"Kế hoạch của {SCHOOL_LEVEL_NAMES.get(level, level)} nhưng theo khung "
            f"{framework.code}, vốn dành cho {kinds}; hãy dùng tiêu chí của Thông tư "
            "áp dụng cho loại trường mình.",
            Where("framework"),
        )
        return  # the kind is wrong whatever the year: saying the year is wrong too is noise
    yield from _outdated(ctx, framework)


def _unknown(ctx: CheckContext) -> Finding:
    declared = ctx.plan.framework
    if declared:
        reason = f"mã khung «{declared}» không có trong dữ liệu"
        advice = "hãy ghi một mã có trong danh sách của lệnh «caitien frameworks»"
    else:
        reason = "kế hoạch không ghi khung, loại trường hay năm học"
        advice = "hãy ghi rõ loại trường và năm học"
    return finding(
        "framework-unknown",
        f"Không xác định được khung tiêu chí ({reason}), nên chưa kiểm tra mã và tên "
        f"tiêu chí; {advice}.",
        Where("framework"),
    )


def _form_mismatch(ctx: CheckContext, framework: Framework) -> Finding:
    return finding(
        "framework-form-mismatch",
        f"Kế hoạch trình bày theo mẫu năm {ctx.plan.form} nhưng khung tiêu chí là "
        f"{framework.code} (mẫu năm {framework.form}); mẫu và khung phải cùng một Thông tư.",
        Where("framework"),
    )


def _outdated(ctx: CheckContext, framework: Framework) -> Iterator[Finding]:
    level, year = ctx.plan.school.level, ctx.plan.document.school_year
    if not level or not year:
        return
    try:
        expected = framework_for(level, year)
    except UnknownFrameworkError:
        return
    if expected.plan_framework != framework.plan_framework:
        yield finding(
            "framework-outdated",
            f"Năm học {year}, {SCHOOL_LEVEL_NAMES.get(level, level)} áp dụng Thông tư "
            f"{expected.circular_number} ({expected.plan_framework}), không phải "
            f"{framework.plan_framework}; hãy lập kế hoạch theo khung đang có hiệu lực.",
            Where("framework"),
        )


def check_sections(ctx: CheckContext) -> Iterator[Finding]:
    """section-missing: a section of the form with nothing in it."""
    for key, name, number_2018, number_2026 in _SECTIONS:
        number = number_2026 if ctx.is_2026 else number_2018
        if (ctx.is_2026 or number_2018 or key == "recipients") and not getattr(ctx.plan, key):
            name = name or _TABLE_NAMES.get(ctx.plan.form, "")
            label = f"mục «{number}. {name}»" if number else f"phần «{name}»"
            # Without its table a plan has no content at all: that one is an error.
            severity = Severity.ERROR if key == "items" else None
            yield finding(
                "section-missing",
                f"Kế hoạch thiếu {label}; mẫu kế hoạch yêu cầu phần này.",
                Where(key),
                severity,
            )


CHECKS: tuple[Check, ...] = (check_framework, check_sections)
