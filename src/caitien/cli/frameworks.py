"""``caitien frameworks``: list the criteria frameworks, or print one with its criteria."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from caitien.errors import UnknownFrameworkError
from caitien.frameworks import SCHOOL_LEVEL_NAMES, framework_for, get_framework, list_frameworks

if TYPE_CHECKING:
    import argparse

    from caitien.frameworks import Criterion, Framework, Standard

_CONFIDENCE_NAMES = {
    "verified": "đã đối chiếu",
    "single-source": "một nguồn",
    "inferred": "suy luận",
    "conflict": "các nguồn lệch nhau",
}


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``caitien frameworks [MÃ] [--school-level LOẠI [--school-year NĂM]] [--levels]``."""
    parser = subparsers.add_parser(
        "frameworks",
        help="liệt kê các khung tiêu chí, hoặc in tiêu chuẩn, tiêu chí của một khung",
        description=(
            "Không có MÃ: liệt kê các khung tiêu chí (mã, tên, loại trường, số tiêu chuẩn và "
            "tiêu chí), chỉ các khung của một loại trường nếu có --school-level. Có MÃ: in "
            "tiêu chuẩn và tiêu chí của khung đó, đánh dấu tiêu chí bắt buộc và tên tiêu chí "
            "chưa được xác nhận. --school-level cùng --school-year: in khung áp dụng cho loại "
            "trường đó trong năm học đó."
        ),
    )
    parser.add_argument(
        "code",
        nargs="?",
        metavar="MÃ",
        help=(
            "mã khung: TT19-2018, TT17-2018, TT18-2018, TT57-2026/I, TT57-2026/II, "
            "TT57-2026/III; TT57-2026 không kèm phụ lục là Phụ lục II (phổ thông), "
            "hoặc phụ lục của loại trường ghi ở --school-level"
        ),
    )
    parser.add_argument(
        "--school-level",
        choices=list(SCHOOL_LEVEL_NAMES),
        metavar="LOẠI",
        help="loại trường (lọc danh sách, chọn phụ lục TT57-2026): "
        + ", ".join(SCHOOL_LEVEL_NAMES),
    )
    parser.add_argument(
        "--school-year",
        metavar="NĂM",
        help="năm học, ví dụ 2025-2026: in khung áp dụng (cần --school-level)",
    )
    parser.add_argument(
        "--levels",
        action="store_true",
        help="in cả yêu cầu từng mức của mỗi tiêu chí (TT57: cả minh chứng gợi ý, dữ liệu "
        "định lượng)",
    )
    parser.add_argument("--json", action="store_true", help="in dạng JSON")
    parser.set_defaults(module=sys.modules[__name__])


def run(args: argparse.Namespace) -> int:
    """List the frameworks, or print one; an unknown code or year raises UnknownFrameworkError."""
    framework = _chosen(args)
    if framework is None:
        frameworks = [
            f
            for f in list_frameworks()
            if args.school_level is None or args.school_level in f.school_levels
        ]
        print(_list_json(frameworks) if args.json else _list_text(frameworks))
    elif args.json:
        # {code, title, standards: [{number, title, criteria: [{code, title, mandatory, levels}]}]}
        print(json.dumps(framework.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_framework_text(framework, args.code or framework.code, with_levels=args.levels))
    return 0


def _chosen(args: argparse.Namespace) -> Framework | None:
    """The framework named by the code or by kind and year; ``None`` to list them."""
    if args.code is not None:
        return get_framework(args.code, args.school_level)
    if args.school_year is None:
        return None
    if args.school_level is None:
        raise UnknownFrameworkError("Cần ghi loại trường (--school-level) cùng với năm học.")
    return framework_for(args.school_level, args.school_year)


def _kinds(framework: Framework) -> str:
    return ", ".join(SCHOOL_LEVEL_NAMES.get(k, k) for k in framework.school_levels)


def _counts(framework: Framework) -> str:
    counts = f"{len(framework.standards)} tiêu chuẩn, {len(framework.criteria())} tiêu chí"
    mandatory = len(framework.mandatory_codes())
    if mandatory:
        counts += f" ({mandatory} bắt buộc)"
    return counts


def _list_text(frameworks: list[Framework]) -> str:
    lines = []
    for framework in frameworks:
        lines.append(f"{framework.code:<14} {framework.name}: {_counts(framework)}")
        lines.append(f"{'':<14} {framework.title}")
        lines.append(f"{'':<14} Áp dụng cho: {_kinds(framework)}.")
    return "\n".join(lines)


def _list_json(frameworks: list[Framework]) -> str:
    rows = [
        {
            "code": f.code,
            "title": f.title,
            "circular_number": f.circular_number,
            "appendix": f.appendix,
            "plan_framework": f.plan_framework,
            "form": f.form,
            "school_levels": list(f.school_levels),
            "standards": len(f.standards),
            "criteria": len(f.criteria()),
            "mandatory": f.mandatory_codes(),
        }
        for f in frameworks
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _marks(item: Criterion | Standard) -> str:
    """The marks after a title: mandatory, unconfirmed title, other titles the sources give."""
    marks = []
    if getattr(item, "mandatory", False):
        marks.append("[bắt buộc]")
    if not item.title_confirmed:
        marks.append(f"[tên chưa xác nhận: {_CONFIDENCE_NAMES[item.title_confidence]}]")
    if item.title_alternatives:
        marks.append("(tên khác: " + "; ".join(item.title_alternatives) + ")")
    return "  " + " ".join(marks) if marks else ""


def _criterion_lines(criterion: Criterion, with_levels: bool) -> list[str]:
    lines = [f"  {criterion.code:<5} {criterion.title}{_marks(criterion)}"]
    if with_levels:
        for level, requirements in sorted(criterion.levels.items()):
            lines.append(f"        Mức {level}:")
            lines.extend(f"          {text}" for text in requirements)
        if criterion.suggested_evidence:
            lines.append(f"        Minh chứng gợi ý: {criterion.suggested_evidence}")
        if criterion.indicators:
            lines.append(f"        Dữ liệu định lượng: {'; '.join(criterion.indicators)}")
    return lines


def _header(framework: Framework, asked: str) -> list[str]:
    lines = [f"{framework.code}: {framework.name}", framework.title]
    if framework.appendix_title:
        lines.append(f"Phụ lục {framework.appendix}: {framework.appendix_title}")
    asked = "".join(asked.split())
    if asked.upper() != framework.code:
        others = [f.code for f in list_frameworks() if f.plan_framework == framework.plan_framework]
        lines.append(f"(Mã {asked} gồm {', '.join(others)}; đang in {framework.code}.)")
    lines.append(f"Áp dụng cho: {_kinds(framework)}.")
    levels = f"Mức 1–{framework.max_level}"
    lines.append(f"Mẫu kế hoạch {framework.form}; {levels}; {_counts(framework)}.")
    return lines


def _level_4_lines(framework: Framework) -> list[str]:
    if not framework.level_4:
        return []
    lines = ["", "Mức 4 (yêu cầu riêng, ngoài các tiêu chí):"]
    for number, (text, confidence) in enumerate(
        zip(framework.level_4, framework.level_4_confidence, strict=True), start=1
    ):
        mark = "[suy luận] " if confidence == "inferred" else ""
        lines.append(f"  {number}. {mark}{text}")
    return lines


def _framework_text(framework: Framework, asked: str, *, with_levels: bool) -> str:
    lines = _header(framework, asked)
    for standard in framework.standards:
        lines.append("")
        lines.append(f"Tiêu chuẩn {standard.number}: {standard.title}{_marks(standard)}")
        for criterion in standard.criteria:
            lines.extend(_criterion_lines(criterion, with_levels))
    lines.extend(_level_4_lines(framework))
    return "\n".join(lines)
