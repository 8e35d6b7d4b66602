"""DOCX export: a plan rendered through a docxtpl template (its form's default or the caller's)."""

from __future__ import annotations

import io
import zipfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from lxml import etree

from caitien.errors import ExportError
from caitien.exporters._context import build_context
from caitien.exporters._format import subject_line
from caitien.exporters._placeholders import check_placeholders, read_placeholders

if TYPE_CHECKING:
    from caitien.plan import Plan

Template = str | Path | bytes

_TEMPLATE_FAILURES = (OSError, zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError)
_RENDER_FAILURES = (
    jinja2.TemplateError,
    etree.XMLSyntaxError,
    TypeError,
    ValueError,
    AttributeError,
    LookupError,
    ArithmeticError,
)


def default_template(form: str) -> bytes:
    """The bytes of the shipped template of ``form`` ("2018" or "2026")."""
    name = f"templates/plan-{form}.docx"
    return resources.files("caitien.exporters").joinpath(name).read_bytes()


def render_docx(plan: Plan, template: Template | None = None) -> bytes:
    """Render ``plan`` into a DOCX and return its bytes.

    ``template`` is a path to a .docx holding docxtpl placeholders, its bytes, or
    ``None`` for the shipped template of the plan's form. Raises
    :class:`ExportError` when the template is missing, not a Word document, has
    a Jinja error, names a placeholder the context lacks, is meant for the other
    form, or has no place for a part the plan has; nothing half-rendered is returned.
    """
    document = _load(template if template is not None else default_template(plan.form))
    context = build_context(plan)
    check_placeholders(read_placeholders(document), plan, context)
    try:
        document.render(context, autoescape=True)
    except jinja2.TemplateSyntaxError as exc:
        raise ExportError(
            f"Mẫu văn bản có lỗi cú pháp Jinja ở dòng {exc.lineno}: {exc.message}."
        ) from exc
    except _RENDER_FAILURES as exc:
        # a filter on the wrong kind of value, or tags that break the document's XML
        raise ExportError(f"Không điền được mẫu văn bản: {str(exc).rstrip('.')}.") from exc
    _describe(document, plan)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _describe(document: DocxTemplate, plan: Plan) -> None:
    """File properties Word shows (title, author): the plan's, not the template builder's."""
    properties = document.docx.core_properties
    properties.title = f"Kế hoạch {_subject(plan)}"
    properties.subject = "Kế hoạch cải tiến chất lượng giáo dục"
    properties.author = properties.last_modified_by = plan.school.name or ""
    properties.language = "vi-VN"
    properties.keywords = plan.document.number or ""


def _subject(plan: Plan) -> str:
    return subject_line(plan.document.school_year).lower()


def _load(template: Template) -> DocxTemplate:
    """Open a template, turning every way it can be unusable into one ExportError."""
    name = "" if isinstance(template, bytes) else f" «{Path(template).name}»"
    if not isinstance(template, bytes) and not Path(template).is_file():
        raise ExportError(f"Không tìm thấy mẫu văn bản{name}.")
    source = io.BytesIO(template) if isinstance(template, bytes) else str(template)
    try:
        document = DocxTemplate(source)
        document.init_docx()
    except _TEMPLATE_FAILURES as exc:
        raise ExportError(f"Mẫu văn bản{name} không phải tệp Word (.docx) đọc được.") from exc
    return document
