"""Rules on the document's identity: số và ký hiệu, date, year, signer (Nghị định 30/2020)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from caitien.checks._model import Where, finding

if TYPE_CHECKING:
    from collections.abc import Iterator

    from caitien.checks._context import Check, CheckContext
    from caitien.checks._model import Finding

_NUMBER = re.compile(r"^(\d+)\s*/\s*(\S.*)$")
_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{4})$")
# A plan is drawn up for the school year it names: from January of its first year
# (drafts prepared before the summer) to the end of June of its second (the year
# closes on 31 May; June leaves room for the final review).
_LATEST_MONTH = 6


def check_number(ctx: CheckContext) -> Iterator[Finding]:
    """document-number-missing and document-number-format (Nghị định 30/2020, Phụ lục I)."""
    number = (ctx.plan.document.number or "").strip()
    where = Where("document", field="number")
    if not number:
        yield finding(
            "document-number-missing",
            "Thiếu số và ký hiệu văn bản; ghi theo dạng «Số: 05/KH-…» với số lấy từ sổ "
            "đăng ký văn bản của trường.",
            where,
        )
        return
    for problem in _number_problems(number):
        yield finding("document-number-format", problem, where)


def _number_problems(number: str) -> list[str]:
    """What is wrong with a số và ký hiệu such as "05/KH-MNAL" (empty list when nothing)."""
    match = _NUMBER.match(number)
    if match is None:
        return [
            f"Số «{number}» không đúng dạng «số/ký hiệu»; ghi ví dụ «05/KH-MNAL»: số, dấu "
            "gạch chéo, rồi ký hiệu."
        ]
    digits, symbol = match.group(1), match.group(2).strip()
    problems = []
    if re.search(r"\s/|/\s", number):
        problems.append(f"Số «{number}» có khoảng trắng quanh dấu «/»; viết liền, ví dụ «05/KH-…».")
    if len(digits) == 1 and digits != "0":
        problems.append(
            f"Số nhỏ hơn 10 phải có số 0 phía trước: ghi «0{digits}/{symbol}» thay cho «{number}»."
        )
    problems.extend(_symbol_problems(symbol))
    return problems


def _symbol_problems(symbol: str) -> list[str]:
    problems = []
    if not symbol.upper().startswith("KH-"):
        problems.append(
            f"Ký hiệu «{symbol}» phải bắt đầu bằng «KH-» (viết tắt của Kế hoạch) rồi đến "
            "tên viết tắt của trường, ví dụ «KH-MNAL»."
        )
    elif symbol != symbol.upper():
        problems.append(f"Ký hiệu viết chữ in hoa: «{symbol.upper()}» thay cho «{symbol}».")
    if re.search(r"\s", symbol):
        joined = re.sub(r"\s+", "", symbol)
        problems.append(
            f"Ký hiệu «{symbol}» có khoảng trắng; các nhóm chữ viết liền hoặc nối bằng "
            f"dấu gạch nối, ví dụ «{joined}»."
        )
    return problems


def check_date(ctx: CheckContext) -> Iterator[Finding]:
    """document-date-missing, document-date-format, document-date-implausible, place and year."""
    document = ctx.plan.document
    if not document.school_year:
        yield finding(
            "school-year-missing",
            "Kế hoạch không ghi năm học; ghi rõ trong tên văn bản, ví dụ «năm học 2024 - 2025».",
            Where("document", field="school_year"),
        )
    if not document.date:
        yield finding(
            "document-date-missing",
            "Thiếu ngày ban hành; dòng địa danh, ngày tháng ghi ví dụ «An Lộc, ngày 25 tháng 8 "
            "năm 2024» dưới tiêu ngữ.",
            Where("document", field="date"),
        )
        return
    if not document.place:
        yield finding(
            "document-place-missing",
            "Dòng ngày tháng thiếu địa danh; ghi tên đơn vị hành chính nơi trường đóng, ví dụ "
            "«Thủ Đức, ngày …».",
            Where("document", field="place"),
        )
    yield from _date_against_year(document.date, document.school_year)


def _date_against_year(text: str, school_year: str | None) -> Iterator[Finding]:
    where = Where("document", field="date")
    try:
        issued = date.fromisoformat(text)
    except ValueError:
        yield finding(
            "document-date-format",
            f"Ngày ban hành «{text}» không phải một ngày có thật (dạng năm-tháng-ngày).",
            where,
        )
        return
    match = _SCHOOL_YEAR.match(school_year or "")
    if match is None:
        return
    first, second = int(match.group(1)), int(match.group(2))
    if issued < date(first, 1, 1) or issued > date(second, _LATEST_MONTH, 30):
        shown = f"{issued.day:02d}/{issued.month:02d}/{issued.year}"
        yield finding(
            "document-date-implausible",
            f"Kế hoạch năm học {school_year} nhưng ghi ngày {shown}; kế hoạch thường ban hành "
            f"đầu năm học (tháng 8 – 10/{first}), hãy kiểm tra lại ngày hoặc năm học.",
            where,
        )


def check_signer(ctx: CheckContext) -> Iterator[Finding]:
    """signer-missing: no title line or no name under the signature."""
    signer = ctx.plan.signer
    missing = [
        words
        for value, words in (
            (signer.title, "chức vụ (ví dụ «HIỆU TRƯỞNG»)"),
            (signer.name, "họ tên"),
        )
        if not (value or "").strip()
    ]
    if missing:
        yield finding(
            "signer-missing",
            f"Phần ký thiếu {' và '.join(missing)} của người ký; kế hoạch do hiệu trưởng ký "
            "ban hành.",
            Where("signer", field="title" if signer.title is None else "name"),
        )


CHECKS: tuple[Check, ...] = (check_number, check_date, check_signer)
