"""Export a plan as the official document (DOCX, PDF), a spreadsheet (XLSX) or JSON.

One entry point, :func:`export_plan`, returns the bytes of the chosen format;
:func:`write_plan` writes them to a path chosen by suffix, through a temporary
file renamed into place so a failure never leaves a half-written output.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from caitien._files import write_atomically
from caitien.errors import ExportError
from caitien.plan import dumps_plan

if TYPE_CHECKING:
    from caitien.exporters.word import Template
    from caitien.plan import Plan

FORMATS = ("docx", "pdf", "xlsx", "json")


def export_plan(plan: Plan, fmt: str, template: Template | None = None) -> bytes:
    """Return ``plan`` as ``fmt`` ("docx", "pdf", "xlsx" or "json").

    ``template`` (a .docx path or its bytes) replaces the default DOCX template
    for "docx" and "pdf". Raises :class:`ExportError` for an unknown format, a
    broken template or a missing LibreOffice (PDF).
    """
    fmt = fmt.lower().lstrip(".")
    if fmt == "json":
        return dumps_plan(plan).encode("utf-8")
    if fmt == "xlsx":
        from caitien.exporters.xlsx import render_xlsx

        return render_xlsx(plan)
    if fmt in ("docx", "pdf"):
        from caitien.exporters.word import render_docx

        document = render_docx(plan, template)
        if fmt == "docx":
            return document
        from caitien.exporters.pdf import docx_to_pdf

        return docx_to_pdf(document)
    raise ExportError(f"Không xuất được định dạng «{fmt}»: chỉ hỗ trợ {', '.join(FORMATS)}.")


def write_plan(plan: Plan, path: str | Path, template: Template | None = None) -> None:
    """Export ``plan`` to ``path`` in the format its suffix names (.docx, .pdf, .xlsx, .json).

    The bytes are produced first and written to a temporary file in the same
    folder, then renamed over ``path``; on any failure ``path`` is untouched.
    """
    path = Path(path)
    data = export_plan(plan, _format_of(path), template)
    if not path.parent.is_dir():
        raise ExportError(f"Không có thư mục «{path.parent}» để ghi tệp «{path.name}».")
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ExportError(f"Không ghi được tệp «{path.name}»: {exc.strerror or exc}.") from exc


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(
            f"Không biết xuất «{path.name}» theo định dạng nào: đuôi tệp phải là "
            f"{', '.join('.' + f for f in FORMATS)}."
        )
    return suffix
