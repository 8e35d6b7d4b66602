"""Rules on the document's identity: số và ký hiệu, date, year, signer (Nghị định 30/2020)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from caitien.checks._model import Where, finding
from caitien.normalise import fold_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from caitien.checks._context import Check, CheckContext
    from caitien.checks._model import Finding

_NUMBER = re.compile(r"^(\d+)\s*/\s*(\S.*)$")
_NUMBER_LABEL = re.compile(r"^\s*số\s*:?\s*", re.IGNORECASE)
_BLANK_NUMBER = re.compile(r"^[\s.…_]*/\s*(\S.*)$")
_PLACEHOLDER = re.compile(r"^[\s.…;,_-]*$")
_ARCHIVE = re.compile(r"^lưu\s*:")
# Two-tier local government from 1 July 2025: district offices of education are gone.
_REFORM = date(2025, 7, 1)
_DISTRICT_OFFICE = re.compile(r"\bphòng\s*(?:gd|giáo\s*dục)|\bpgd")
_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{4})$")
# A plan is drawn up for the school year it names: from January of its first year
# (drafts prepared before the summer) to the end of June of its second (the year
# closes on 31 May; June leaves room for the final review).
_LATEST_MONTH = 6


def check_number(ctx: CheckContext) -> Iterator[Finding]:
    """document-number-missing and document-number-format (Nghị định 30/2020, Phụ lục I)."""
    # The field holds the number without "Số:"; a plan edited by hand may still have it.
    number = _NUMBER_LABEL.sub("", ctx.plan.document.number or "").strip()
    where = Where("document", field="number")
    if not number:
        yield finding(
            "document-number-missing",
            "Thiếu số và ký hiệu văn bản; ghi theo dạng «Số: 05/KH-…» với số lấy từ sổ "
            "đăng ký văn bản của trường.",
            where,
        )
        return
    blank = _BLANK_NUMBER.match(number)
    if blank:
        # "…/KH-MNAL": the template's ký hiệu is there, the number was never filled in.
        yield finding(
            "document-number-missing",
            f"Số văn bản còn để trống («{number}»); điền số lấy từ sổ đăng ký văn bản khi ban "
            "hành, ví dụ «05/KH-…».",
            where,
        )
    problems = _symbol_problems(blank.group(1)) if blank else _number_problems(number)
    for problem in problems:
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
            f"tên viết tắt của trường, ví dụ «KH-{symbol.upper()}»."
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
            "Thiếu ngày ban hành; dòng địa danh, ngày tháng ghi ví dụ «Thủ Đức, ngày 25 tháng 8 "
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


def check_recipients(ctx: CheckContext) -> Iterator[Finding]:
    """recipients-format: the "Lưu: VT" line and template placeholders left in Nơi nhận."""
    lines = ctx.plan.recipients
    for index, line in enumerate(lines):
        if _PLACEHOLDER.match(line):
            yield finding(
                "recipients-format",
                f"Nơi nhận còn dòng «{line}» của mẫu; xóa dòng này hoặc ghi tên nơi nhận.",
                Where("recipients", index),
            )
    archive = [i for i, line in enumerate(lines) if fold_text(line).startswith("lưu")]
    if lines and not archive:
        yield finding(
            "recipients-format",
            "Nơi nhận thiếu dòng lưu ở cuối; ghi «Lưu: VT, …» (Nghị định 30/2020).",
            Where("recipients"),
        )
    for index in archive:
        if not _ARCHIVE.match(fold_text(lines[index])):
            yield finding(
                "recipients-format",
                f"Dòng lưu ghi «Lưu: VT, …» (có dấu hai chấm) thay cho «{lines[index]}».",
                Where("recipients", index),
            )


def check_abolished_office(ctx: CheckContext) -> Iterator[Finding]:
    """office-abolished: a Phòng GD&ĐT named in a plan dated after 1 July 2025."""
    if not _after_reform(ctx):
        return
    school = ctx.plan.school
    places = [(school.governing_body or "", Where("school", field="governing_body"))]
    places += [(line, Where("recipients", i)) for i, line in enumerate(ctx.plan.recipients)]
    for text, where in places:
        if _DISTRICT_OFFICE.search(fold_text(text)):
            yield finding(
                "office-abolished",
                f"«{text}»: từ 01/7/2025 Phòng Giáo dục và Đào tạo không còn; trường mầm non, "
                "tiểu học, THCS thuộc UBND xã, phường (trường THPT thuộc Sở GD&ĐT), hãy ghi "
                "cơ quan đó.",
                where,
            )


def _after_reform(ctx: CheckContext) -> bool:
    try:
        return date.fromisoformat(ctx.plan.document.date or "") >= _REFORM
    except ValueError:
        return ctx.first_year is not None and ctx.first_year >= _REFORM.year


CHECKS: tuple[Check, ...] = (
    check_number,
    check_date,
    check_signer,
    check_recipients,
    check_abolished_office,
)
