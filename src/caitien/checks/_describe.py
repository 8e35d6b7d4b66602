"""A finding's location in a principal's words: "Mục III, dòng 7 (tiêu chí 1.7), cột Thời gian"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caitien.checks._model import Where

_SECTIONS_2018 = {
    "purposes": "Mục I (Mục đích, yêu cầu)",
    "bases": "Mục II (Căn cứ)",
    "standards": "Mục III",
    "items": "Mục III",
    "organization": "Mục VI (Tổ chức thực hiện)",
}
_SECTIONS_2026 = {
    "general_info": "Mục I (Thông tin chung)",
    "bases": "Mục II (Căn cứ)",
    "purposes": "Mục III (Mục đích, yêu cầu)",
    "problems": "Mục IV (Vấn đề trọng tâm)",
    "standards": "Mục V",
    "items": "Mục V",
    "monitoring": "Mục VI (Theo dõi, đánh giá)",
    "organization": "Mục VII (Tổ chức thực hiện)",
    "reporting": "Mục VIII (Cơ chế đánh giá và báo cáo)",
}
_SECTIONS_BOTH = {
    "document": "Phần đầu văn bản",
    "school": "Phần đầu văn bản",
    "framework": "Khung tiêu chí",
    "recipients": "Nơi nhận",
    "signer": "Phần ký",
}
_FIELDS_2018 = {
    "criterion": "Tiêu chuẩn, tiêu chí",
    "criterion_title": "Tiêu chuẩn, tiêu chí",
    "target": "Kết quả cần đạt",
    "target_level": "Kết quả cần đạt",
    "actions": "Công việc, giải pháp",
    "responsible": "Chủ trì, phối hợp",
    "timeline": "Thời gian",
    "budget": "Dự kiến kinh phí",
    "budget_vnd": "Dự kiến kinh phí",
    "support": "Điều kiện hỗ trợ khác",
    "notes": "Ghi chú",
}
_FIELDS_2026 = {
    "criterion": "Nội dung cải tiến",
    "criterion_title": "Nội dung cải tiến",
    "content": "Nội dung cải tiến",
    "target": "Mục tiêu",
    "target_level": "Mục tiêu",
    "actions": "Hoạt động, giải pháp",
    "indicator": "Chỉ số đánh giá kết quả",
    "timeline": "Thời gian",
    "responsible": "Phụ trách",
    "budget": "Nguồn lực",
    "budget_vnd": "Nguồn lực",
    "evidence": "Minh chứng dự kiến",
    "status": "Mức độ thực hiện",
}
_HEADER_FIELDS = {
    "number": "Số, ký hiệu",
    "date": "ngày ban hành",
    "place": "địa danh",
    "school_year": "năm học",
    "title": "chức vụ",
    "name": "họ tên",
    "level": "loại trường",
    "governing_body": "cơ quan chủ quản",
}


def describe_where(where: Where, form: str = "2018") -> str:
    """``where`` in Vietnamese words for the plan's ``form`` ("2018" or "2026").

    Example: "Mục III, dòng 7 (tiêu chí 1.7), cột Thời gian"; rows are counted from 1
    in table order. Returns ``""`` when ``where`` points nowhere in particular.
    """
    sections = {**_SECTIONS_BOTH, **(_SECTIONS_2026 if form == "2026" else _SECTIONS_2018)}
    parts: list[str] = []
    if where.section:
        parts.append(sections.get(where.section, where.section))
    if where.section == "standards" and where.item is not None:
        parts.append(f"dòng tiêu chuẩn thứ {where.item + 1}")
        return ", ".join(parts)
    if where.item is not None:
        row = f"dòng {where.item + 1}"
        parts.append(f"{row} (tiêu chí {where.criterion})" if where.criterion else row)
    elif where.criterion:
        parts.append(f"tiêu chí {where.criterion}")
    if where.field:
        parts.append(_field_words(where, form))
    return ", ".join(parts)


def _field_words(where: Where, form: str) -> str:
    field = where.field or ""
    if where.section == "problems":
        return "cột Tiêu chí liên quan" if field == "criteria" else f"cột {field}"
    if where.section == "items":
        columns = _FIELDS_2026 if form == "2026" else _FIELDS_2018
        return f"cột {columns.get(field, field)}"
    return _HEADER_FIELDS.get(field, field)
