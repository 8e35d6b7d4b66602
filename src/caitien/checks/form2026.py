"""Rules of the 2026 form (Biểu 2, Thông tư 57/2026): priority problems, indicators, monitoring."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caitien.checks._model import Where, finding
from caitien.checks.rows import is_sketch
from caitien.normalise import fold_text, parse_criterion_codes, parse_standard_number

if TYPE_CHECKING:
    from collections.abc import Iterator

    from caitien.checks._context import Check, CheckContext
    from caitien.checks._model import Finding
    from caitien.plan import Plan, Problem

# The values the form's sources use for "Mức độ thực hiện" (TT57.md §5.2), folded.
_STATUSES = {
    "hoàn thành",
    "đang thực hiện",
    "chưa hoàn thành",
    "chưa thực hiện",
    "chậm tiến độ",
    "không thực hiện",
}
_SEMESTER_END = re.compile(r"(?:học|hoc)\s*k[ỳì]\s*(?:i|1)\b|\bhk\s*(?:i|1)\b")
_YEAR_END = re.compile(r"cuối\s*năm|năm học")


def problem_codes(problem: Problem) -> set[str]:
    """The criterion codes a problem row names in its "Tiêu chí liên quan" cell ("3.2; 3.5")."""
    return set(parse_criterion_codes(problem.criteria))


def _addresses(plan: Plan, problem: Problem) -> bool:
    """Whether a row names one of the problem's criteria, or stands under its standard.

    A row that names no criterion counts for every problem of its standard; when the
    problem names no criterion, any row of its standard counts.
    """
    codes = problem_codes(problem)
    standard = parse_standard_number(problem.standard) or _bare_number(problem.standard)
    for item in plan.items:
        if codes and item.criterion in codes:
            return True
        loose = not codes or item.criterion is None
        if loose and standard is not None and item.standard == standard:
            return True
    return False


def _bare_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def check_problems(ctx: CheckContext) -> Iterator[Finding]:
    """problems-not-covered and problem-without-item."""
    plan = ctx.plan
    if not ctx.is_2026 or not plan.problems or not plan.items:
        return
    open_problems = [i for i, p in enumerate(plan.problems) if not _addresses(plan, p)]
    if len(open_problems) == len(plan.problems):
        yield finding(
            "problems-not-covered",
            "Không nội dung nào ở mục V nhắm vào tiêu chí của các vấn đề trọng tâm ở mục IV; "
            "mỗi vấn đề ưu tiên cần ít nhất một nội dung cải tiến ghi rõ tiêu chí liên quan.",
            Where("problems"),
        )
        return
    for index in open_problems:
        problem = plan.problems[index]
        about = problem.criteria.strip() or problem.standard.strip()
        yield finding(
            "problem-without-item",
            f"Vấn đề trọng tâm thứ {index + 1} ({about}) chưa có nội dung cải tiến nào ở mục V; "
            "thêm một dòng cho vấn đề này hoặc bỏ nó khỏi mục IV.",
            Where("problems", index, None, "criteria"),
        )


def check_rows_2026(ctx: CheckContext) -> Iterator[Finding]:
    """indicator-missing, evidence-missing and status-unknown."""
    if not ctx.is_2026:
        return
    for index, item in ctx.rows():
        if is_sketch(item):
            continue  # row-incomplete already says what the row lacks
        if not item.indicator.strip():
            yield finding(
                "indicator-missing",
                "Dòng này thiếu chỉ số đánh giá kết quả; ghi một chỉ số đo được, ví dụ «Tỷ lệ "
                "giáo viên đạt yêu cầu …».",
                Where("items", index, item.criterion, "indicator"),
            )
        if not item.evidence.strip():
            yield finding(
                "evidence-missing",
                "Dòng này chưa ghi thông tin, dữ liệu hoặc minh chứng dự kiến; ghi tài liệu sẽ "
                "chứng minh kết quả (kế hoạch, biên bản, danh sách…).",
                Where("items", index, item.criterion, "evidence"),
            )
        status = fold_text(item.status).rstrip(".")
        if status and status not in _STATUSES:
            yield finding(
                "status-unknown",
                f"Mức độ thực hiện «{item.status}» khác các giá trị của mẫu; dùng «Hoàn thành», "
                "«Đang thực hiện» hoặc «Chưa hoàn thành».",
                Where("items", index, item.criterion, "status"),
            )


def check_monitoring(ctx: CheckContext) -> Iterator[Finding]:
    """monitoring-missing, monitoring-incomplete (rows "Cuối học kỳ I", "Cuối năm học"),
    monitoring-content-empty (a review point whose content is not written yet)."""
    if not ctx.is_2026:
        return
    rows = [fold_text(row.when) for row in ctx.plan.monitoring]
    if not rows:
        yield finding(
            "monitoring-missing",
            "Kế hoạch thiếu bảng theo dõi và đánh giá thực hiện (mục VI); mẫu yêu cầu rà soát "
            "ít nhất hai lần: cuối học kỳ I và cuối năm học.",
            Where("monitoring"),
        )
        return
    semester = any(_SEMESTER_END.search(row) for row in rows)
    year_end = any(_YEAR_END.search(row) and not _SEMESTER_END.search(row) for row in rows)
    for present, name in ((semester, "Cuối học kỳ I"), (year_end, "Cuối năm học")):
        if not present:
            yield finding(
                "monitoring-incomplete",
                f"Bảng theo dõi (mục VI) thiếu dòng «{name}»; mẫu yêu cầu đánh giá vào cuối học "
                "kỳ I và cuối năm học.",
                Where("monitoring"),
            )
    for index, row in enumerate(ctx.plan.monitoring):
        if not row.content.strip():
            yield finding(
                "monitoring-content-empty",
                f"Dòng «{row.when or index + 1}» của bảng theo dõi (mục VI) chưa ghi nội dung "
                "theo dõi; ghi những nội dung cải tiến, chỉ số sẽ được rà soát vào thời điểm này.",
                Where("monitoring", index, None, "content"),
            )


def check_scope(ctx: CheckContext) -> Iterator[Finding]:
    """all-criteria-listed: a 2026 plan with a row for every criterion of the framework."""
    framework = ctx.framework
    if not ctx.is_2026 or framework is None:
        return
    codes = {item.criterion for item in ctx.plan.items}
    every = {c.code for c in framework.criteria()}
    if every and every <= codes:
        yield finding(
            "all-criteria-listed",
            f"Kế hoạch có nội dung cho cả {len(every)} tiêu chí; Thông tư 57/2026 yêu cầu chỉ "
            "tập trung vào các vấn đề ưu tiên ở mục IV, không dàn trải mọi tiêu chí.",
            Where("items"),
        )


CHECKS: tuple[Check, ...] = (check_problems, check_rows_2026, check_monitoring, check_scope)
