"""SpreadsheetML parts read with lxml: sheet order, shared strings, styles and cell values.

What each cell holds and how it reads is documented in ``docs/formats/xlsx.md``.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from caitien.errors import DocumentError
from caitien.importers._xmlsafety import SAFE_PARSER
from caitien.importers._zipsafety import read_member
from caitien.importers.sheet._dates import BUILTIN_PATTERNS, DEFAULT_PATTERN, show_date

if TYPE_CHECKING:
    import zipfile

# What the messages call a workbook package and how to repair a damaged one.
KIND = "bảng tính Excel (.xlsx)"
ADVICE = "hãy mở lại trong Excel và lưu thành .xlsx."
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# ISO 29500 "strict" packages name the same vocabulary differently.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/spreadsheetml/main", S_NS.encode()),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
)
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# Built-in number formats that group thousands (ECMA-376 18.8.30); the dates are in _dates.
_GROUPED_FORMAT_IDS = {3: "#,##0", 4: "#,##0.00", 37: "#,##0", 38: "#,##0", 39: "#,##0.00"}
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Quoted text, [colour]/[$-locale] brackets and backslash escapes carry no date letters.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_QUOTED = re.compile(r'"([^"]*)"|\\(.)|\[\$([^-\]]*)[^\]]*\]|( )')
_SPACERS = re.compile(r"[_*].")
_GROUPED_FROM = 10_000


def s(local: str) -> str:
    """The Clark name of a SpreadsheetML element."""
    return f"{{{S_NS}}}{local}"


def parse_part(archive: zipfile.ZipFile, part: str, name: str) -> etree._Element | None:
    """The parsed part, ``None`` when the package lacks it; :class:`DocumentError` if not XML."""
    data = read_member(archive, part, name, ADVICE)
    if data is None:
        return None
    for strict, transitional in _STRICT:
        if strict in data:
            data = data.replace(strict, transitional)
    try:
        return etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(
            f"Tệp «{name}» bị hỏng (phần «{part}» không phải XML hợp lệ): {ADVICE}"
        ) from exc


@dataclass(frozen=True)
class SheetRef:
    """A worksheet of the workbook: its tab name and package part, in tab order."""

    name: str
    part: str


@dataclass(frozen=True)
class WorkbookParts:
    """What ``xl/workbook.xml`` and its relationships say: the visible worksheets in tab
    order, the 1904 date system, and where the shared strings and the styles are."""

    sheets: list[SheetRef]
    date1904: bool = False
    strings: str = "xl/sharedStrings.xml"
    styles: str = "xl/styles.xml"


def workbook_parts(archive: zipfile.ZipFile, name: str) -> WorkbookParts:
    """The workbook's parts, found through its relationships (writers name them differently).

    Hidden and very hidden sheets are left out; chart and dialog sheets too.
    Raises :class:`DocumentError` without a workbook part.
    """
    workbook = parse_part(archive, "xl/workbook.xml", name)
    if workbook is None and "xl/workbook.bin" in archive.NameToInfo:
        raise DocumentError(
            f"Tệp «{name}» là bảng tính Excel nhị phân (.xlsb), Caitien chưa đọc được: "
            "hãy mở trong Excel và lưu thành .xlsx rồi nhập lại."
        )
    if workbook is None:
        raise DocumentError(f"Tệp «{name}» bị hỏng: thiếu phần «xl/workbook.xml» của bảng tính.")
    rels = _relationships(archive, "xl/_rels/workbook.xml.rels", name)
    pr = workbook.find(s("workbookPr"))
    sheets: list[SheetRef] = []
    for sheet in workbook.iter(s("sheet")):
        kind, part = rels.get(sheet.get(f"{{{R_NS}}}id", ""), ("", ""))
        if sheet.get("state", "visible") == "visible" and kind == "worksheet":
            sheets.append(SheetRef(sheet.get("name", ""), part))
    found = {kind: part for kind, part in reversed(list(rels.values()))}
    return WorkbookParts(
        sheets,
        date1904=pr is not None and pr.get("date1904", "0").lower() in ("1", "true"),
        strings=found.get("sharedStrings", "xl/sharedStrings.xml"),
        styles=found.get("styles", "xl/styles.xml"),
    )


def _relationships(archive: zipfile.ZipFile, rels: str, name: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type's last word, target part resolved against ``xl/``)."""
    root = parse_part(archive, rels, name)
    if root is None:
        return {}
    targets: dict[str, tuple[str, str]] = {}
    for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        targets[rel.get("Id", "")] = (kind, posixpath.normpath(resolved))
    return targets


def unescape(text: str) -> str:
    """Undo OOXML's ``_xHHHH_`` escapes and drop carriage returns (Alt+Enter is ``\\n``)."""
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def string_item_text(item: etree._Element) -> str:
    """The text of a shared string or inline string: its ``<t>``, or its runs' ``<t>`` joined.

    Phonetic runs (``<rPh>``) are a reading aid, not the cell's text.
    """
    if len(item) == 1 and item[0].tag == _T:
        return unescape(item[0].text or "")  # plain text, by far the most common
    parts = [t.text or "" for t in item.iterchildren(_T)]
    for run in item.iterchildren(_RUN):
        parts.extend(t.text or "" for t in run.iterchildren(_T))
    return unescape("".join(parts))


_T, _RUN = s("t"), s("r")


def shared_strings(archive: zipfile.ZipFile, part: str, name: str) -> list[str]:
    """The shared strings of ``part`` in index order (empty when there is none)."""
    root = parse_part(archive, part, name)
    if root is None:
        return []
    return [string_item_text(item) for item in root.iterchildren(s("si"))]


@dataclass(frozen=True)
class NumberFormat:
    """How a number shows: as a date, grouped by thousands (with decimals), or plain.

    ``prefix``/``suffix`` are the format's literal text ("#,##0 \\"đồng\\"" → " đồng").
    """

    date: bool = False
    pattern: str = DEFAULT_PATTERN
    grouped: bool = False
    percent: bool = False
    decimals: int = 0
    prefix: str = ""
    suffix: str = ""


@dataclass
class Styles:
    """The cell formats of ``xl/styles.xml``: each ``s`` index's number format and rule."""

    formats: list[NumberFormat] = field(default_factory=list)
    ruled: list[bool] = field(default_factory=list)

    def number_format(self, index: int) -> NumberFormat:
        """The number format of cell format ``index`` (plain when out of range)."""
        return self.formats[index] if 0 <= index < len(self.formats) else _PLAIN

    def is_ruled(self, index: int) -> bool:
        """Whether cell format ``index`` draws a vertical border (a table's column lines)."""
        return self.ruled[index] if 0 <= index < len(self.ruled) else False


_PLAIN = NumberFormat()


def read_styles(archive: zipfile.ZipFile, part: str, name: str) -> Styles:
    """The cell formats of the styles ``part`` (plain and unruled when it is missing)."""
    root = parse_part(archive, part, name)
    if root is None:
        return Styles()
    codes = {
        int(fmt.get("numFmtId", "-1")): fmt.get("formatCode", "")
        for fmt in root.iter(s("numFmt"))
        if fmt.get("numFmtId", "").isdigit()
    }
    borders = [_draws_vertical(border) for border in root.iterfind(f"{s('borders')}/{s('border')}")]
    styles = Styles()
    xfs = root.find(s("cellXfs"))
    for xf in xfs.iterchildren(s("xf")) if xfs is not None else ():
        styles.formats.append(_number_format(_int(xf.get("numFmtId")), codes))
        border = _int(xf.get("borderId"))
        styles.ruled.append(0 <= border < len(borders) and borders[border])
    return styles


def _int(value: str | None) -> int:
    try:
        return int(value or "0")
    except ValueError:
        return 0


def _draws_vertical(border: etree._Element) -> bool:
    """Whether a border draws a left or right line: a title underlined is not a table."""
    for side in ("left", "right", "start", "end"):
        element = border.find(s(side))
        if element is not None and element.get("style", "none") != "none":
            return True
    return False


def _number_format(format_id: int, codes: dict[int, str]) -> NumberFormat:
    if format_id in BUILTIN_PATTERNS and format_id not in codes:
        return NumberFormat(date=True, pattern=BUILTIN_PATTERNS[format_id])
    code = codes.get(format_id, _GROUPED_FORMAT_IDS.get(format_id, ""))
    return format_from_code(code)


def format_from_code(code: str) -> NumberFormat:
    """Read a number format code: a date when d or y shows outside literals, grouped on "#,##"."""
    section = code.split(";")[0]
    bare = _FORMAT_LITERALS.sub("", section).lower()
    if "d" in bare or "y" in bare:
        return NumberFormat(date=True, pattern=section)
    decimals = len(bare.partition(".")[2].rstrip("_-)% ")) if "." in bare else 0
    if "%" in bare:
        return NumberFormat(percent=True, decimals=decimals)
    if "#,##" not in bare and "#,0" not in bare:
        return _PLAIN
    placeholders = [i for i, char in enumerate(section) if char in "#0"]
    prefix = "".join(_literals(section[: placeholders[0]])).lstrip()
    suffix = "".join(_literals(section[placeholders[-1] + 1 :])).rstrip()
    return NumberFormat(grouped=True, decimals=decimals, prefix=prefix, suffix=suffix)


def _literals(text: str) -> list[str]:
    """The text a piece of a format code shows: quoted, escaped, a currency ("[$₫-42A]" →
    "₫") and plain spaces. An accounting format's "_x" (room for x) and "*x" (fill) show
    nothing."""
    parts: list[str] = []
    for match in _QUOTED.finditer(_SPACERS.sub("", text)):
        parts.append(next(group for group in match.groups() if group is not None))
    return parts or ([" "] if " " in text else [])


def number_text(value: str, fmt: NumberFormat, date1904: bool) -> str:
    """The text a Vietnamese Excel shows for the stored number ``value`` in format ``fmt``.

    Dates read as their format shows them (dd/mm/yyyy, mm/yyyy); grouped numbers
    take "." between thousands and "," before decimals; other whole numbers lose
    their ".0", and from five digits up are grouped too (an amount typed without
    a format). Text that is not a number comes back as is.
    """
    try:
        number = float(value)
    except ValueError:
        return value
    if fmt.date and 0 <= number < 2958466:
        return show_date(number, date1904, fmt.pattern)
    if fmt.grouped:
        return f"{fmt.prefix}{_grouped(number, fmt.decimals)}{fmt.suffix}"
    if fmt.percent:
        return f"{_grouped(number * 100, fmt.decimals)}%"
    if number.is_integer() and abs(number) < 1e15:
        # A whole number of five digits or more in a plan is an amount in đồng typed
        # without a format: grouped, it reads as the plan writes amounts ("3.000.000"),
        # while a row number, a level or a year (four digits) stays as typed.
        whole = int(number)
        return _grouped(number, 0) if abs(whole) >= _GROUPED_FROM else str(whole)
    return value


def _grouped(number: float, decimals: int) -> str:
    text = f"{number:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
