"""The header: governing body, school, number, place and date, school year, and the signer."""

from __future__ import annotations

import re
from collections import Counter

from caitien.importers._document import Note
from caitien.importers._mapping._units import has_digit
from caitien.normalise import (
    ascii_fold,
    parse_document_number,
    parse_place_and_date,
    parse_school_level,
    parse_school_year,
    school_name_case,
)
from caitien.plan import Document, School, SchoolLevel

_SCHOOL_IN_CAPS = re.compile(r"(?:^|\s)((?:TRƯỜNG|TRUNG TÂM)\s.+)$")
_NAMED = re.compile(r"^(?:\d+\s*[.)]\s*)?Tên\s+(?:cơ sở giáo dục|trường|đơn vị)\s*:\s*(.+?)\.?$")
_NATIONAL = ("cong hoa", "doc lap", "chu nghia")
_QUOC_HIEU = "cong hoa xa hoi chu nghia viet nam"
_LEVEL_WORDS = (
    r"(?i:mầm non|tiểu học|trung học cơ sở|trung học phổ thông|THCS|THPT|TH\s*&\s*THCS|"
    r"THCS\s*&\s*THPT|TH|MN|TH-THCS|phổ thông|giáo dục thường xuyên|GDTX|mẫu giáo)"
)
_SCHOOL_IN_TEXT = re.compile(
    rf"\b[Tt]rường\s+({_LEVEL_WORDS}(?:\s+(?:xã|phường|thị trấn))?)((?:\s+[^\s,.;:()/]+)+)"
)

_FRAMEWORK_LEVELS: dict[str, SchoolLevel] = {"19": "mam_non", "17": "tieu_hoc"}
_CIRCULAR = re.compile(r"(\d{2})/2018/TT-BGD")


def read_header(lines: list[str], body: list[str], notes: list[Note]) -> tuple[School, Document]:
    """Read the header lines (before the first section) and, failing them, the body."""
    lines = [part for line in lines for part in _split_at_motto(line)]
    document = Document(
        number=_first(parse_document_number(line) for line in lines if "số" in line.lower()),
        school_year=_first(parse_school_year(line) for line in [*lines, *body[:3]]),
    )
    document.place, document.date = _place_and_date(lines, notes)
    school = _school(lines, body, notes)
    return school, document


# Where the right-hand block starts when a line holds both blocks (a tab stop overrun by a
# long governing body, or text laid out side by side): the Quốc hiệu or the Tiêu ngữ.
_MOTTO_START = re.compile(r"(?:CỘNG\s*HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*[-–])", re.IGNORECASE)


def _split_at_motto(line: str) -> list[str]:
    """The line cut where the national motto starts inside it ("TRƯỜNG …Độc lập - …")."""
    match = _MOTTO_START.search(line)
    if match is None or not line[: match.start()].strip():
        return [line]
    return [line[: match.start()].strip(), line[match.start() :]]


def _first(values: object) -> str | None:
    for value in values:  # type: ignore[attr-defined]
        if value:
            return str(value)
    return None


# "Tân An, ngày 05/10/2026": the date in figures, without "tháng" and "năm".
_NUMERIC_DATE = re.compile(r"ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}", re.IGNORECASE)
_YEAR_START = re.compile(r"^(?:19|20)\d\d\b")


def _is_date_line(line: str, folded: str) -> bool:
    """ "…, ngày 05 tháng 10 năm 2026", or the date in figures "…, ngày 05/10/2026"."""
    words = "ngay" in folded and "thang" in folded and "nam" in folded
    return words or _NUMERIC_DATE.search(line) is not None


def _place_and_date(lines: list[str], notes: list[Note]) -> tuple[str | None, str | None]:
    for index, line in enumerate(lines):
        folded = ascii_fold(line)
        if _is_date_line(line, folded):
            text = re.split(r"[Hh]ạnh\s*phúc\s*[-–]*", line)[-1]
            place, date = parse_place_and_date(text)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if date is None and folded.endswith("nam") and _YEAR_START.match(following):
                # The line wrapped in a narrow header cell: "… tháng 10 năm" / "2026".
                place, date = parse_place_and_date(f"{text} {following}")
            if date is None:
                notes.append(Note("document.date", f"Không đọc được ngày của dòng «{line}»."))
            return place, date
    return None, None


def _school(lines: list[str], body: list[str], notes: list[Note]) -> School:
    school = School()
    for index, line in enumerate(lines):
        match = _SCHOOL_IN_CAPS.search(line)
        if match is None or any(word in ascii_fold(line) for word in _NATIONAL):
            continue
        wrapped = _caps_run(lines[index + 1 :])  # a long name wrapped in its header cell
        written = " ".join([match.group(1).strip(), *wrapped])
        school.name = _body_spelling(written, body) or school_name_case(written)
        before = line[: match.start(1)].strip()
        school.governing_body = before or _governing_body(lines[:index])
        break
    named = next((m.group(1) for m in map(_NAMED.match, body) if m), None)
    if named:
        school.name = named
    if school.name is None:
        school.name = _school_from_text(body)
        if school.name:
            notes.append(Note("school.name", "Tên trường lấy từ nội dung, vì phần đầu không ghi."))
    school.level = _level(school.name, body, notes)
    return school


def _body_spelling(name: str, body: list[str]) -> str | None:
    """The plan's own spelling of a name its header writes in capitals, else None.

    "TRƯỜNG MẦM NON XÃ NOONG HẸT" in the header and "… trường mầm non xã Noong Hẹt
    xây dựng …" in the text give "Trường mầm non xã Noong Hẹt": the same words, in
    the case the school itself writes them (its commonest spelling), first letter
    capitalised. Mentions in capitals say nothing about the case and are ignored.
    """
    if name != name.upper():
        return None
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE
    )
    found: Counter[str] = Counter()
    for line in body:
        for match in pattern.finditer(line):
            spelling = " ".join(match.group(0).split())
            if spelling != spelling.upper():
                found[spelling[:1].upper() + spelling[1:]] += 1
    return found.most_common(1)[0][0] if found else None


def _is_motto(line: str) -> bool:
    folded = ascii_fold(line)
    # A narrow header cell wraps the Quốc hiệu: its tail ("VIỆT NAM", "NGHĨA VIỆT NAM")
    # comes alone on the next line.
    tail = " ".join(folded.split())
    wrapped_end = len(tail) >= 8 and _QUOC_HIEU.endswith(tail)
    return wrapped_end or any(word in folded for word in (*_NATIONAL, "hanh phuc", "tu do"))


def _caps_run(lines: list[str]) -> list[str]:
    """The capitals lines that follow, up to the first other line (the number, the motto)."""
    run: list[str] = []
    for line in lines:
        if _is_motto(line):
            continue
        title = ascii_fold(line).startswith("ke hoach")
        if title or not _is_caps(line) or has_digit(line):
            break
        run.append(line)
    return run


def _governing_body(lines: list[str]) -> str | None:
    """The capitals lines above the school's (wrapped lines joined), skipping the motto."""
    run = _caps_run(list(reversed(lines)))
    return " ".join(reversed(run)) or None


def _is_caps(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and not _is_motto(line)


def _school_from_text(body: list[str]) -> str | None:
    found: Counter[str] = Counter()
    for line in body:
        for match in _SCHOOL_IN_TEXT.finditer(line):
            name = _capitalised_words(match.group(2))
            if name:
                found[f"Trường {match.group(1).strip()} {name}"] += 1
    if not found:
        return None
    return found.most_common(1)[0][0]


def _capitalised_words(text: str) -> str:
    """The leading run of capitalised words (or numbers): the proper name after the kind."""
    words: list[str] = []
    for word in text.split():
        if not (word[0].isupper() or word[0].isdigit()):
            break
        words.append(word)
    return " ".join(words)


def _level(name: str | None, body: list[str], notes: list[Note]) -> SchoolLevel | None:
    level = parse_school_level(name) if name else None
    if level is not None:
        return level
    for line in body:
        match = _CIRCULAR.search(line)
        if match and match.group(1) in _FRAMEWORK_LEVELS:
            notes.append(Note("school.level", "Cấp học đoán từ thông tư được căn cứ."))
            return _FRAMEWORK_LEVELS[match.group(1)]
    return None


# The signer's title, with the authority prefixes of Nghị định 30 (TM., KT., TL., TUQ.,
# Q.); "CHỦ TỊCH" signs for the council ("TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ" / "CHỦ TỊCH").
_SIGNER_TITLE = re.compile(
    r"^(KT\.|TM\.|TL\.|TUQ\.|Q\.|PHÓ HIỆU TRƯỞNG|HIỆU TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC"
    r"|(?:PHÓ )?CHỦ TỊCH)"
)


# "KT.", "TM.", "TL.", "TUQ." are always followed by the post; "Q." (acting) is not.
_AUTHORITY = re.compile(r"^(KT|TM|TL|TUQ)\.")


def is_signer_title(line: str) -> bool:
    """Whether a line is the signer's title ("HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG" …)."""
    return bool(_SIGNER_TITLE.match(line)) and line.upper() == line


def read_signer(lines: list[str]) -> tuple[str | None, str | None]:
    """The title lines (joined by a line break) and the name after them."""
    titles: list[str] = []
    name: str | None = None
    for line in lines:
        # "TL. HIỆU TRƯỞNG" / "TỔ TRƯỞNG VĂN PHÒNG": after a prefix, the signer's own
        # post in capitals, whatever it is, is part of the title.
        after_prefix = bool(titles) and _AUTHORITY.match(titles[-1]) is not None
        if (is_signer_title(line) or (after_prefix and line.upper() == line)) and name is None:
            titles.append(line)
        elif titles and not line.startswith(("(", "[")) and name is None:
            name = line  # "(Ký, ghi rõ họ tên)" and "[đã ký]" are not the name
    return ("\n".join(titles) or None), name
