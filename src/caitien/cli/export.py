"""``caitien export``: write a plan (JSON or an importable document) as DOCX, PDF, XLSX or JSON."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caitien.cli.check import PLAN_FILE_HELP, read_plan
from caitien.errors import ExportError
from caitien.exporters import write_plan

if TYPE_CHECKING:
    import argparse


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``caitien export TỆP -o RA.{docx,pdf,xlsx,json} [--template MẪU.docx]``."""
    parser = subparsers.add_parser(
        "export",
        help="xuất kế hoạch thành văn bản Word, PDF, bảng tính Excel hoặc JSON",
        description=(
            "Xuất kế hoạch (tệp JSON caitien.plan/1, hoặc tệp Word, PDF, văn bản mà lệnh import "
            "đọc được) thành văn bản theo thể thức Nghị định 30/2020 (.docx, .pdf), bảng tính "
            "(.xlsx) hoặc JSON; định dạng theo đuôi tệp của -o. Mã thoát 2 khi không xuất được."
        ),
    )
    parser.add_argument("file", metavar="TỆP", help=PLAN_FILE_HELP)
    parser.add_argument(
        "-o", "--output", metavar="RA", required=True, help="tệp ra: .docx, .pdf, .xlsx hoặc .json"
    )
    parser.add_argument(
        "--template", metavar="MẪU", help="mẫu Word (.docx, docxtpl) thay cho mẫu mặc định"
    )
    parser.set_defaults(module=sys.modules[__name__])


def run(args: argparse.Namespace) -> int:
    """Export the plan in ``args.file`` to ``args.output``; print the path written.

    Any failure raises a :class:`~caitien.errors.CaitienError` (one line, status 2
    from the CLI) before the output exists: it is written to a temporary file and
    renamed into place.
    """
    output = Path(args.output)
    source = Path(args.file)
    if output.resolve() == source.resolve():
        raise ExportError(f"Tệp ra «{output.name}» trùng với tệp kế hoạch: hãy chọn tên khác.")
    plan = read_plan(source)
    write_plan(plan, output, template=args.template)
    print(f"Đã xuất kế hoạch ra «{output}».")
    return 0
