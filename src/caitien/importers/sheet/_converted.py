"""Workbooks the reader does not parse itself, Excel 97–2003 (.xls) and ODS: converted first.

LibreOffice converts them to .xlsx, which the reader then reads as any other
workbook (as the DOC reader does for Word 97–2003). An encrypted file is refused
before LibreOffice is asked to open it: headless, it cannot ask for a password.
"""

from __future__ import annotations

import struct
import zipfile
from typing import TYPE_CHECKING

from caitien.errors import DocumentError
from caitien.importers._ole import SIGNATURE as OLE_SIGNATURE
from caitien.importers._ole import CompoundFile, OleError
from caitien.importers._zipsafety import check_members, read_member
from caitien.importers.doc import convert_with_libreoffice, find_soffice
from caitien.importers.sheet._parts import ADVICE

if TYPE_CHECKING:
    from pathlib import Path

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# The workbook stream of BIFF8 (Excel 97–2003) and of BIFF5 (Excel 5/95).
_WORKBOOK_STREAMS = ("Workbook", "Book")
_BIFF_FILEPASS, _BIFF_EOF = 0x002F, 0x000A
# FILEPASS follows the BOF record; a handful of records is enough to find it.
_BIFF_RECORDS_SCANNED = 32
_KINDS = {"xls": "bảng tính Excel 97–2003 (.xls)", "ods": "bảng tính OpenDocument (.ods)"}
_NO_LIBREOFFICE = (
    "Tệp «{name}» là {kind}, cần LibreOffice để đọc: hãy cài LibreOffice hoặc lưu tệp "
    "thành .xlsx rồi nhập lại."
)
_PASSWORD = (
    "Tệp «{name}» được bảo vệ bằng mật khẩu: hãy mở trong Excel hoặc LibreOffice, gỡ mật "
    "khẩu rồi lưu thành .xlsx và nhập lại."
)


def converted_kind(head: bytes, path: Path, max_bytes: int) -> str | None:
    """ "xls" or "ods" when the file is such a workbook, judged from its content; else ``None``.

    An OLE file counts when it holds a workbook stream (its directory is read);
    an ODS package when its first member is the spreadsheet ``mimetype``.
    """
    if head.startswith(b"PK\x03\x04") and ODS_MIMETYPE in head[:200]:
        return "ods"
    if not head.startswith(OLE_SIGNATURE):
        return None
    ole = _compound_file(path, max_bytes)
    if ole is None or "EncryptedPackage" in ole.streams:
        return None  # a password-protected .docx or .xlsx: the DOC reader explains it
    return "xls" if any(name in ole.streams for name in _WORKBOOK_STREAMS) else None


def _compound_file(path: Path, max_bytes: int) -> CompoundFile | None:
    try:
        with path.open("rb") as handle:
            return CompoundFile(handle.read(max_bytes + 1))
    except (OSError, OleError):
        return None


def convert_to_xlsx(
    path: Path, kind: str, folder: Path, soffice: str | None, timeout: float
) -> Path:
    """Refuse an encrypted ``kind`` file, else convert it to .xlsx in ``folder`` with LibreOffice.

    Raises :class:`DocumentError` when it is encrypted, LibreOffice is missing,
    or the conversion fails or runs past ``timeout`` seconds.
    """
    if _encrypted(path, kind):
        raise DocumentError(_PASSWORD.format(name=path.name))
    try:
        binary = find_soffice(soffice)
    except DocumentError as exc:
        raise DocumentError(_NO_LIBREOFFICE.format(name=path.name, kind=_KINDS[kind])) from exc
    return convert_with_libreoffice(path, folder, binary, timeout, "xlsx")


def _encrypted(path: Path, kind: str) -> bool:
    if kind == "ods":
        return _ods_encrypted(path)
    ole = _compound_file(path, 1 << 30)
    return ole is not None and _biff_encrypted(ole)


def _biff_encrypted(ole: CompoundFile) -> bool:
    """Whether the workbook stream's first records hold FILEPASS (a password to open)."""
    name = next(name for name in _WORKBOOK_STREAMS if name in ole.streams)
    try:
        data = ole.head(name, 4096)
    except OleError:
        return False
    offset = 0
    for _ in range(_BIFF_RECORDS_SCANNED):
        if offset + 4 > len(data):
            return False
        kind, length = struct.unpack_from("<HH", data, offset)
        if kind == _BIFF_FILEPASS:
            return True
        if kind == _BIFF_EOF:
            return False
        offset += 4 + length
    return False


def _ods_encrypted(path: Path) -> bool:
    """Whether the package's manifest describes encrypted members."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_members(archive.infolist(), 1 << 26, path.name, _KINDS["ods"])
            manifest = read_member(archive, "META-INF/manifest.xml", path.name, ADVICE) or b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
    return b"encryption-data" in manifest
