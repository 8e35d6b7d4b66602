"""Rules on the criteria a plan names: codes, titles, standards, duplicates and target levels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.checks._model import Severity, Where, finding
from caitien.checks._titles import criterion_named, framework_name, judge_title, standard_named
from caitien.normalise import fold_text, parse_target_level

if TYPE_CHECKING:
    from collections.abc import Iterator

    from caitien.checks._context import Check, CheckContext
    from caitien.checks._model import Finding
    from caitien.checks._titles import TitleVerdict
    from caitien.frameworks import Criterion, Framework, Standard
    from caitien.plan import Item

# The highest level a criterion row may aim at when the framework is unknown.
_MAX_LEVEL = {"2018": 3, "2026": 2}


def check_standard_headings(ctx: CheckContext) -> Iterator[Finding]:
    """standard-unknown and the standard-title rules, for the table's standard heading rows."""
    framework = ctx.framework
    if framework is None:
        return
    for index, heading in enumerate(ctx.plan.standards):
        where = Where("standards", index, None, "title")
        official = framework.standard(heading.number)
        if official is None:
            yield finding(
                "standard-unknown",
                f"{framework_name(framework)} không có Tiêu chuẩn {heading.number}; khung này "
                f"có {len(framework.standards)} tiêu chuẩn.",
                where,
            )
        elif heading.title.strip():
            verdict = judge_title(heading.title, official, framework, str(heading.number))
            yield from _title_findings(
                "standard", heading.title, official, framework, verdict, where
            )


def check_criteria(ctx: CheckContext) -> Iterator[Finding]:
    """criterion-missing, criterion-unknown, the criterion-title rules, item-wrong-standard."""
    for index, item in ctx.rows():
        where = Where("items", index, item.criterion, "criterion")
        if item.criterion is None:
            if not ctx.is_2026 and item.part != "level_4":
                yield finding(
                    "criterion-missing",
                    "Dòng này không ghi mã tiêu chí; ghi «Tiêu chí x.y» và tên tiêu chí ở cột "
                    "Tiêu chuẩn, tiêu chí.",
                    where,
                )
            continue
        yield from _wrong_standard(item, where)
        if ctx.framework is not None:
            yield from _against_framework(item, ctx.framework, where)


def _wrong_standard(item: Item, where: Where) -> Iterator[Finding]:
    code = item.criterion or ""
    prefix = code.split(".")[0]
    if item.standard is not None and prefix.isdigit() and int(prefix) != item.standard:
        yield finding(
            "item-wrong-standard",
            f"Tiêu chí {code} thuộc Tiêu chuẩn {int(prefix)} nhưng được xếp dưới Tiêu chuẩn "
            f"{item.standard}; chuyển dòng này về đúng Tiêu chuẩn {int(prefix)}.",
            Where("items", where.item, code, "criterion"),
        )


def _against_framework(item: Item, framework: Framework, where: Where) -> Iterator[Finding]:
    code = item.criterion or ""
    official = framework.criterion(code)
    if official is None:
        yield finding("criterion-unknown", _unknown_message(code, framework), where)
        return
    title = (item.criterion_title or "").strip()
    if title:
        verdict = judge_title(title, official, framework, code)
        yield from _title_findings(
            "criterion",
            title,
            official,
            framework,
            verdict,
            Where("items", where.item, code, "criterion_title"),
        )


def _unknown_message(code: str, framework: Framework) -> str:
    prefix = code.split(".")[0]
    standard = framework.standard(int(prefix)) if prefix.isdigit() else None
    if standard is None:
        return (
            f"Tiêu chí {code} không có trong {framework_name(framework)}: khung này có "
            f"{len(framework.standards)} tiêu chuẩn."
        )
    codes = ", ".join(c.code for c in standard.criteria)
    return (
        f"Tiêu chí {code} không có trong {framework_name(framework)}: Tiêu chuẩn "
        f"{standard.number} chỉ gồm các tiêu chí {codes}."
    )


def _title_findings(
    kind: str,
    written: str,
    official: Standard | Criterion,
    framework: Framework,
    verdict: TitleVerdict,
    where: Where,
) -> Iterator[Finding]:
    """The finding a title verdict gives, if any; ``kind`` is "standard" or "criterion"."""
    noun = "tiêu chuẩn" if kind == "standard" else "tiêu chí"
    key = where.criterion or str(getattr(official, "number", ""))
    label = f"Tên {noun} {key} «{written}»"
    if verdict.kind == "variant":
        yield finding(
            f"{kind}-title-variant",
            f"{label} là một cách ghi có trong nguồn nhưng chưa được xác nhận; tên trong dữ "
            f"liệu khung: «{official.title}».",
            where,
        )
    elif verdict.kind == "other-framework" and verdict.other is not None:
        near = "là tên" if verdict.exact else "gần giống tên"
        # The TT57 appendices are one circular whose titles differ by a word ("học
        # sinh" / "người học"): a warning there, an error across the 2018 circulars.
        same_circular = verdict.other.plan_framework == framework.plan_framework
        yield finding(
            f"{kind}-title-other-framework",
            f"{label} {near} {noun} của {framework_name(verdict.other)}, không phải của "
            f"{framework_name(framework)}; tên chính thức: «{official.title}».",
            where,
            Severity.WARNING if same_circular else None,
        )
    elif verdict.kind == "mismatch":
        yield _mismatch(kind, label, official, framework, where, written)


def _mismatch(
    kind: str,
    label: str,
    official: Standard | Criterion,
    framework: Framework,
    where: Where,
    written: str,
) -> Finding:
    if kind == "criterion":
        other = criterion_named(framework, written, where.criterion or "")
        hint = f" (đây là tên của tiêu chí {other})" if other else ""
    else:
        number = standard_named(framework, written)
        hint = f" (đây là tên của Tiêu chuẩn {number})" if number else ""
    # A title the sources themselves disagree on is not worth more than advice.
    severity = None if official.title_confirmed else Severity.INFO
    return finding(
        f"{kind}-title-mismatch",
        f"{label} khác tên trong {framework_name(framework)}{hint}; tên chính thức: "
        f"«{official.title}».",
        where,
        severity,
    )


def check_duplicates(ctx: CheckContext) -> Iterator[Finding]:
    """criterion-duplicate: two rows for one criterion (2018), or one row written twice (2026)."""
    seen: dict[tuple[str | None, str, str], int] = {}
    for index, item in ctx.rows():
        if item.criterion is None:
            continue
        # The 2026 form allows several activities per criterion; only a repeated row is a slip.
        content = fold_text(item.content + " " + item.target) if ctx.is_2026 else ""
        key = (item.part, item.criterion, content)
        if key in seen:
            yield finding(
                "criterion-duplicate",
                _duplicate_message(ctx, item.criterion, seen[key], index),
                Where("items", index, item.criterion, "criterion"),
            )
        else:
            seen[key] = index


def _duplicate_message(ctx: CheckContext, code: str, first: int, again: int) -> str:
    if ctx.is_2026:
        return (
            f"Dòng {again + 1} lặp lại đúng nội dung và mục tiêu của dòng {first + 1} (tiêu chí "
            f"{code}); xóa dòng lặp."
        )
    return (
        f"Tiêu chí {code} có hai dòng (dòng {first + 1} và dòng {again + 1}); gộp nội dung vào "
        "một dòng để kết quả và minh chứng không bị tách đôi."
    )


def check_level_4_rows(ctx: CheckContext) -> Iterator[Finding]:
    """level-4-criterion: a MỨC 4 row naming a criterion code (Mức 4 has its own items)."""
    for index, item in ctx.rows():
        if item.part == "level_4" and item.criterion is not None:
            yield finding(
                "level-4-criterion",
                f"Phần MỨC 4 gồm các yêu cầu riêng của Mức 4, không theo mã tiêu chí; dòng ghi "
                f"tiêu chí {item.criterion} có lẽ thuộc phần MỨC 1, 2, 3.",
                Where("items", index, item.criterion, "criterion"),
            )


def check_target_levels(ctx: CheckContext) -> Iterator[Finding]:
    """target-level-impossible: a level above the highest one, or one the criterion lacks."""
    highest = ctx.framework.max_level if ctx.framework else _MAX_LEVEL.get(ctx.plan.form, 3)
    for index, item in ctx.rows():
        level = (
            item.target_level if item.target_level is not None else parse_target_level(item.target)
        )
        if level is None or item.part == "level_4":
            continue
        where = Where("items", index, item.criterion, "target")
        if level > highest:
            yield finding("target-level-impossible", _above_message(ctx, level, highest), where)
        elif ctx.framework is not None:
            yield from _level_of_criterion(ctx.framework, item, level, where)


def _above_message(ctx: CheckContext, level: int, highest: int) -> str:
    if ctx.is_2026:
        return (
            f"Mục tiêu ghi Mức {level} nhưng Thông tư 57/2026 chỉ có Mức 1 và Mức 2; ghi "
            "«Phấn đấu đạt Mức 2» hoặc «Giữ vững Mức 1»."
        )
    return (
        f"Kết quả cần đạt ghi Mức {level} nhưng mỗi tiêu chí chỉ có đến Mức {highest}; "
        "yêu cầu Mức 4 thuộc phần MỨC 4 riêng của bảng."
    )


def _level_of_criterion(
    framework: Framework, item: Item, level: int, where: Where
) -> Iterator[Finding]:
    official = framework.criterion(item.criterion)
    if official is None or not official.levels or level in official.levels:
        return
    # Which criteria define Mức 3 comes from one source only: a warning, not an error.
    yield finding(
        "target-level-impossible",
        f"Tiêu chí {official.code} không có Mức {level} trong {framework_name(framework)}; "
        f"mức cao nhất của tiêu chí này là Mức {official.max_level}.",
        where,
        Severity.WARNING,
    )


CHECKS: tuple[Check, ...] = (
    check_standard_headings,
    check_criteria,
    check_duplicates,
    check_level_4_rows,
    check_target_levels,
)
