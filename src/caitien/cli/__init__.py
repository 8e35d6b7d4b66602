"""The ``caitien`` command line: ``main(argv)`` over one argparse parser, testable in-process."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from caitien import __version__
from caitien.cli import _argparse_vi, commands
from caitien.errors import CaitienError

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one Vietnamese line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"caitien: lỗi tham số: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand registered in :mod:`caitien.cli.commands`."""
    _argparse_vi.install()
    parser = _Parser(
        prog="caitien",
        description="Caitien: kế hoạch cải tiến chất lượng giáo dục dưới dạng dữ liệu.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"caitien {__version__}",
        help="in phiên bản của caitien rồi thoát",
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)
    for module in commands.MODULES:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default ``sys.argv[1:]``) and return the exit status.

    A :class:`CaitienError` becomes one line on stderr and status 2; no traceback
    ever reaches the user.
    """
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    module: ModuleType | None = getattr(args, "module", None)
    if module is None:
        parser.print_help()
        return EXIT_OK
    try:
        status: int = module.run(args)
    except CaitienError as exc:
        print(f"caitien: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("caitien: đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    return status
