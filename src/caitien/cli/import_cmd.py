"""``caitien import``: read a Word, PDF or text plan and write it as ``caitien.plan/1`` JSON."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caitien._files import write_atomically
from caitien.errors import DocumentError
from caitien.importers import import_plan
from caitien.plan import dumps_plan

if TYPE_CHECKING:
    import argparse


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``caitien import TỆP [-o RA.json] [--report]``."""
    parser = subparsers.add_parser(
        "import",
        help=(
            "nhập kế hoạch từ tệp Word, OpenDocument, PDF, trang web, bảng tính Excel hoặc "
            "văn bản thành JSON"
        ),
        description=(
            "Đọc kế hoạch cải tiến chất lượng từ tệp .docx, .doc, OpenDocument (.odt, .fodt), "
            ".pdf, trang web (.html, .htm, .mht), bảng tính Excel (.xlsx; .xls và .ods qua "
            "LibreOffice) hoặc .txt và ghi ra JSON caitien.plan/1 (mặc định ra màn hình). Mã "
            "thoát 2 khi không nhập được."
        ),
    )
    parser.add_argument(
        "file",
        metavar="TỆP",
        help="tệp kế hoạch: .docx, .doc, .odt, .fodt, .pdf, .html, .htm, .mht, .xlsx, .xls, "
        ".ods, .txt",
    )
    parser.add_argument("-o", "--output", metavar="RA", help="tệp JSON ghi ra (mặc định: màn hình)")
    parser.add_argument(
        "--report",
        action="store_true",
        help="liệt kê trên stderr các trường nhập chưa chắc chắn",
    )
    parser.set_defaults(module=sys.modules[__name__])


def run(args: argparse.Namespace) -> int:
    """Import ``args.file``; write the JSON to ``args.output`` or stdout; 0 on success.

    Errors raise :class:`~caitien.errors.CaitienError` before any output exists:
    the file is written to a temporary file beside it and renamed into place.
    """
    result = import_plan(args.file)
    text = dumps_plan(result.plan)
    if args.output:
        _write_output(Path(args.output), text)
    else:
        sys.stdout.write(text)
    if args.report:
        for note in result.notes:
            print(f"{note.field} — {note.message}", file=sys.stderr)
    return 0


def _write_output(path: Path, text: str) -> None:
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise DocumentError(f"Không ghi được «{path}»: {exc.strerror or exc}.") from exc
