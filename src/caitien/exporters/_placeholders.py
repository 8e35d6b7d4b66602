"""What a DOCX template asks for, checked against the plan before anything is rendered.

A custom template that leaves out a part of the plan would silently drop the
school's words, one meant for the other form would put a 2018 plan in the 2026
table, and a misspelt placeholder would print nothing. Each is an ExportError
naming what is wrong, in Vietnamese, instead of a document that looks fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2 import meta, nodes

from caitien.errors import ExportError

if TYPE_CHECKING:
    from collections.abc import Callable

    from docxtpl import DocxTemplate  # type: ignore[import-untyped]

    from caitien.plan import Plan

_HEADER_URIS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
)


def _of_2026(present: Callable[[Plan], object]) -> Callable[[Plan], object]:
    """A part only Biểu 2 has a place for: a 2018 template is not asked to place it."""
    return lambda plan: plan.form == "2026" and present(plan)


# (what the reader calls it, placeholders that place it, whether the plan has it)
_PARTS: tuple[tuple[str, frozenset[str], Callable[[Plan], object]], ...] = (
    ("tên trường", frozenset({"school_name", "school_name_as_written"}), lambda p: p.school.name),
    ("cơ quan chủ quản", frozenset({"governing_body"}), lambda p: p.school.governing_body),
    ("số, ký hiệu", frozenset({"number_line"}), lambda p: p.document.number),
    (
        "địa danh, ngày tháng",
        frozenset({"date_line"}),
        lambda p: p.document.date or p.document.place,
    ),
    ("trích yếu (năm học)", frozenset({"subject"}), lambda p: p.document.school_year),
    ("thông tin chung", frozenset({"general_info"}), _of_2026(lambda p: p.general_info)),
    ("mục đích, yêu cầu", frozenset({"purposes"}), lambda p: p.purposes),
    ("căn cứ xây dựng kế hoạch", frozenset({"bases"}), lambda p: p.bases),
    ("vấn đề trọng tâm", frozenset({"problems"}), _of_2026(lambda p: p.problems)),
    ("bảng kế hoạch", frozenset({"rows"}), lambda p: p.items or p.standards),
    ("theo dõi, đánh giá", frozenset({"monitoring"}), _of_2026(lambda p: p.monitoring)),
    ("tổ chức thực hiện", frozenset({"roles"}), lambda p: p.organization),
    ("cơ chế đánh giá và báo cáo", frozenset({"reporting"}), _of_2026(lambda p: p.reporting)),
    ("nơi nhận", frozenset({"recipients"}), lambda p: p.recipients),
    ("chức vụ người ký", frozenset({"signer_title"}), lambda p: p.signer.title),
    ("người ký", frozenset({"signer_name"}), lambda p: p.signer.name),
)

# The columns of each form's table: item field -> (column, attributes that place it)
_COLUMNS: dict[str, dict[str, tuple[str, set[str]]]] = {
    "2018": {
        "criterion": ("tiêu chí", {"criterion_cell", "criterion"}),
        "criterion_title": ("tên tiêu chí", {"criterion_cell", "criterion_title"}),
        "target": ("kết quả cần đạt", {"target"}),
        "actions": ("công việc/giải pháp", {"actions"}),
        "responsible": ("chủ trì và phối hợp", {"responsible"}),
        "timeline": ("thời gian", {"timeline", "time_start"}),
        "budget": ("dự kiến kinh phí", {"budget"}),
        "support": ("điều kiện hỗ trợ khác", {"support"}),
        "notes": ("ghi chú", {"notes"}),
    },
    "2026": {
        "content": ("nội dung cải tiến", {"content"}),
        "target": ("mục tiêu cải tiến", {"target"}),
        "actions": ("hoạt động/giải pháp", {"actions"}),
        "indicator": ("chỉ số đánh giá kết quả", {"indicator"}),
        "timeline": ("thời gian thực hiện", {"timeline", "time_start"}),
        "responsible": ("đơn vị/cá nhân phụ trách", {"responsible"}),
        "budget": ("nguồn lực bảo đảm", {"budget"}),
        "evidence": ("minh chứng dự kiến", {"evidence"}),
        "status": ("mức độ thực hiện", {"status"}),
    },
}
# Placeholders only one form's template has (item columns, sections of Biểu 2)
_MARKS = {
    "2018": {"criterion_cell", "support", "notes", "split_time", "time_start"},
    "2026": {"problems", "monitoring", "general_info", "reporting", "indicator", "evidence"},
}
_XML_TAG = re.compile(r"<[^>]*>")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}")
_FORM_NAMES = {"2018": "mẫu 2018 (Thông tư 17/18/19)", "2026": "mẫu 2026 (Thông tư 57)"}


@dataclass(frozen=True)
class Placeholders:
    """The names a template uses: top-level variables and attributes read anywhere."""

    names: frozenset[str]
    attributes: frozenset[str]


def read_placeholders(document: DocxTemplate) -> Placeholders:
    """Parse the template's Jinja (body, headers, footers) as docxtpl will render it.

    Raises :class:`ExportError` on a Jinja syntax error or an unknown filter, with its line.
    """
    xml = document.patch_xml(document.xml_to_string(document.docx._element.body))
    for relation in document.docx._part.rels.values():
        if relation.reltype in _HEADER_URIS and not relation.is_external:
            part = relation.target_part
            xml += document.patch_xml(document.xml_to_string(part._element))
    environment = jinja2.Environment(autoescape=True)
    try:
        tree = environment.parse(xml)
    except jinja2.TemplateSyntaxError as exc:
        raise ExportError(
            f"Mẫu văn bản có lỗi cú pháp Jinja{_where(xml, environment)}: "
            f"{(exc.message or '').rstrip('.')}."
        ) from exc
    _check_filters(tree, environment)
    attributes = {node.attr for node in tree.find_all(nodes.Getattr)}
    attributes |= {
        str(node.arg.value)
        for node in tree.find_all(nodes.Getitem)
        if isinstance(node.arg, nodes.Const)
    }
    return Placeholders(frozenset(meta.find_undeclared_variables(tree)), frozenset(attributes))


def _where(xml: str, environment: jinja2.Environment) -> str:
    """ " ở «{{ … }}»" for the first placeholder that does not parse alone, or "".

    Jinja's line number is useless here: a document part is one long line.
    """
    text = _XML_TAG.sub("", xml)
    for tag in _PLACEHOLDER.findall(text):
        try:
            environment.parse(tag)
        except jinja2.TemplateSyntaxError:
            return f" ở «{tag[:60]}»"
    return ""


def _check_filters(tree: nodes.Template, environment: jinja2.Environment) -> None:
    """Unknown filters and tests: Jinja finds those inside an ``if`` only while rendering."""
    unknown = {n.name for n in tree.find_all(nodes.Filter)} - set(environment.filters)
    unknown |= {n.name for n in tree.find_all(nodes.Test)} - set(environment.tests)
    if unknown:
        raise ExportError(
            "Mẫu văn bản có lỗi cú pháp Jinja: không có bộ lọc hay phép thử "
            f"{', '.join('«' + n + '»' for n in sorted(unknown))}."
        )


def check_placeholders(found: Placeholders, plan: Plan, context: dict[str, Any]) -> None:
    """Refuse a template that misnames a placeholder, is of the other form, or drops a part.

    A template that uses ``plan`` itself is trusted with the parts (it can reach
    all of them) but still checked for its table columns.
    """
    unknown = sorted(found.names - context.keys() - set(jinja2.Environment().globals))
    if unknown:
        raise ExportError(
            "Mẫu văn bản dùng chỗ điền không có trong kế hoạch: "
            f"{', '.join('«' + n + '»' for n in unknown)}."
        )
    _check_form(found, plan.form)
    missing = [] if "plan" in found.names else _missing_parts(found, plan)
    missing += _missing_columns(found, plan)
    if missing:
        raise ExportError(
            "Mẫu văn bản thiếu chỗ điền cho phần có trong kế hoạch: "
            f"{'; '.join(missing)}; nội dung này sẽ bị mất nên chưa xuất."
        )


def _check_form(found: Placeholders, form: str) -> None:
    used = found.names | found.attributes
    other = "2026" if form == "2018" else "2018"
    if used & _MARKS[other] and not used & _MARKS[form]:
        raise ExportError(
            f"Mẫu văn bản là {_FORM_NAMES[other]} nhưng kế hoạch theo {_FORM_NAMES[form]}: "
            "hãy dùng mẫu cùng loại."
        )


def _missing_parts(found: Placeholders, plan: Plan) -> list[str]:
    return [
        f"{label} ({' hoặc '.join(sorted(names))})"
        for label, names, present in _PARTS
        if present(plan) and not names & found.names
    ]


def _missing_columns(found: Placeholders, plan: Plan) -> list[str]:
    columns = _COLUMNS.get(plan.form, {})
    return [
        f"cột {label} của bảng ({' hoặc '.join('r.' + n for n in sorted(names))})"
        for field, (label, names) in columns.items()
        if any(getattr(item, field) for item in plan.items) and not names & found.attributes
    ]
