"""``caitien check``: check a plan (JSON, or a document ``import`` reads) and print findings."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caitien.checks import Severity, check_plan, describe_where
from caitien.errors import CaitienError, DocumentError, PlanFormatError
from caitien.frameworks import get_framework
from caitien.plan import load_plan

if TYPE_CHECKING:
    import argparse

    from caitien.checks import Finding
    from caitien.plan import Plan

# What read_plan reads, as ``check`` and ``export`` describe their TỆP argument.
PLAN_FILE_HELP = (
    "tệp kế hoạch: .json, .docx, .doc, .odt, .pdf, .html, .mht, .xlsx, .xls, .ods, .txt"
)


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``caitien check TỆP [--framework MÃ] [--json]``."""
    parser = subparsers.add_parser(
        "check",
        help="kiểm tra một kế hoạch theo khung tiêu chí và thể thức văn bản",
        description=(
            "Kiểm tra kế hoạch (tệp JSON caitien.plan/1, hoặc tệp Word, PDF, văn bản mà lệnh "
            "import đọc được) và in các lỗi, cảnh báo, thông tin tìm thấy. Mã thoát: 0 khi "
            "không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp."
        ),
    )
    parser.add_argument("file", metavar="TỆP", help=PLAN_FILE_HELP)
    parser.add_argument(
        "--framework",
        metavar="MÃ",
        help="kiểm tra theo khung này thay cho khung của kế hoạch (ví dụ TT17-2018)",
    )
    parser.add_argument("--json", action="store_true", help="in danh sách phát hiện dạng JSON")
    parser.set_defaults(module=sys.modules[__name__])


def run(args: argparse.Namespace) -> int:
    """Check the plan in ``args.file``; 1 when a finding is an error, else 0.

    An unreadable file raises a :class:`~caitien.errors.CaitienError`, which the CLI
    turns into one line and status 2.
    """
    plan = read_plan(Path(args.file))
    framework = get_framework(args.framework, plan.school.level) if args.framework else None
    findings = check_plan(plan, framework)
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        print(render(findings, plan, Path(args.file).name))
    return 1 if any(f.severity == Severity.ERROR for f in findings) else 0


def read_plan(path: Path) -> Plan:
    """The plan in ``path``: a ``caitien.plan/1`` JSON file, or a document to import."""
    if path.is_dir():
        raise DocumentError(f"«{path.name}» là một thư mục; hãy chỉ một tệp kế hoạch.")
    if not path.is_file():
        raise DocumentError(f"Không tìm thấy tệp «{path.name}».")
    if _is_json(path):
        try:
            return load_plan(path)
        except PlanFormatError as exc:
            if path.name in str(exc):
                raise
            raise PlanFormatError(f"«{path.name}»: {exc}") from exc
    from caitien.importers import import_plan  # the readers load only when a document comes

    try:
        return import_plan(path).plan
    except CaitienError:
        raise
    except Exception as exc:
        # A document no reader foresaw must still end in one line, not a traceback.
        raise DocumentError(
            f"Không nhập được «{path.name}»: lỗi không lường trước khi đọc tệp "
            f"({type(exc).__name__})."
        ) from exc


def _is_json(path: Path) -> bool:
    if path.suffix.lower() == ".json":
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False  # the importer reports the unreadable file in its own words
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def render(findings: list[Finding], plan: Plan, name: str) -> str:
    """The findings as text: a summary line, then one block per severity with its count."""
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    summary = ", ".join(f"{counts[s]} {s.label.lower()}" for s in Severity)
    lines = [f"Kiểm tra «{name}»: {summary}."]
    if not findings:
        lines.append("Không phát hiện vấn đề nào.")
    for severity in Severity:
        group = [f for f in findings if f.severity == severity]
        if group:
            lines += ["", f"{severity.label} ({len(group)}):"]
            lines += [_line(f, plan.form) for f in group]
    return "\n".join(lines)


def _line(found: Finding, form: str) -> str:
    where = describe_where(found.where, form)
    place = f"{where}: " if where else ""
    return f"  - {place}{found.message} [{found.rule}]"
