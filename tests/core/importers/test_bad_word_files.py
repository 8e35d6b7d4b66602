"""Bad Word input: each file goes through ``import_plan`` and the ``caitien import`` CLI.

Covers: a truncated .docx, a .docx with a damaged part, a password-protected
.docx (an OLE compound file with an ``EncryptedPackage`` stream), a .doc whose
FIB says it is encrypted, zip bombs (declared size over the limit, and an absurd
compression ratio), an image and random bytes named .docx, ZIP archives that are
not Word documents (plain, Excel), valid Word documents that are not plans, and
an empty file. Every one must give a :class:`DocumentError` with a Vietnamese
message (CLI: exit 2, one line on stderr, no traceback), quickly.
"""

from __future__ import annotations

import io
import random
import struct
import time
import zipfile
from typing import TYPE_CHECKING

import docx
import pytest

from caitien.cli import main
from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, ImportContext, import_plan, readers
from caitien.importers._ole import CompoundFile
from tests.conftest import SAMPLES

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from caitien.importers import Reader

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512
END_OF_CHAIN, FREE = 0xFFFFFFFE, 0xFFFFFFFF
A_PLAN = SAMPLES / "docx" / "tieu-hoc-2018-tab-header.docx"


def _directory_entry(name: str, kind: int, start: int, size: int, child: int, right: int) -> bytes:
    entry = bytearray(128)
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 0x40, len(encoded), kind, 1)
    struct.pack_into("<III", entry, 0x44, FREE, right, child)
    struct.pack_into("<IQ", entry, 0x74, start, size)
    return bytes(entry)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version-3 OLE compound file holding ``streams`` (each at least 4096 bytes).

    Sector 0 holds the allocation table, sector 1 the directory (root plus up to
    three streams chained as right siblings), the streams follow.
    """
    fat = [0xFFFFFFFD, END_OF_CHAIN]
    entries = []
    body = b""
    for index, (name, content) in enumerate(streams.items()):
        padded = content + bytes(-len(content) % SECTOR)
        start = 2 + len(body) // SECTOR
        count = len(padded) // SECTOR
        fat += [start + offset + 1 for offset in range(count - 1)] + [END_OF_CHAIN]
        right = index + 2 if index + 1 < len(streams) else FREE
        entries.append(_directory_entry(name, 2, start, len(content), FREE, right))
        body += padded
    root = _directory_entry("Root Entry", 5, END_OF_CHAIN, 0, 1, FREE)
    directory = (root + b"".join(entries)).ljust(SECTOR, b"\x00")
    header = bytearray(SECTOR)
    header[:8] = OLE_SIGNATURE
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([FREE] * 108))
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    return bytes(header) + fat_sector + directory + body


def _noise(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def _word_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def truncated(tmp_path: Path) -> Path:
    data = A_PLAN.read_bytes()
    path = tmp_path / "cat-doi.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def damaged_part(tmp_path: Path) -> Path:
    data = bytearray(A_PLAN.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    data[start + 100 : start + 400] = _noise(300)
    path = tmp_path / "hong.docx"
    path.write_bytes(bytes(data))
    return path


def password_protected(tmp_path: Path) -> Path:
    path = tmp_path / "co-mat-khau.docx"
    path.write_bytes(
        compound_file({"EncryptionInfo": _noise(4096, 1), "EncryptedPackage": _noise(8192, 2)})
    )
    return path


def declared_too_big(tmp_path: Path) -> Path:
    return _word_zip(
        tmp_path / "bom.docx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(24 * 1024 * 1024)},
    )


def image_named_docx(tmp_path: Path) -> Path:
    path = tmp_path / "anh.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _noise(2000))
    return path


def jpeg_named_docx(tmp_path: Path) -> Path:
    path = tmp_path / "anh-chup.docx"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _noise(2000))
    return path


def random_named_docx(tmp_path: Path) -> Path:
    path = tmp_path / "ngau-nhien.docx"
    path.write_bytes(b"\x13\x37" + _noise(5000, 3))
    return path


def plain_zip(tmp_path: Path) -> Path:
    return _word_zip(tmp_path / "nen.docx", {"ghi-chu.txt": "Không phải Word".encode()})


def excel_named_docx(tmp_path: Path) -> Path:
    return _word_zip(
        tmp_path / "bang-tinh.docx",
        {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"},
    )


def meeting_minutes(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("BIÊN BẢN HỌP TỔ CHUYÊN MÔN")
    document.add_paragraph("Thời gian: 14 giờ ngày 05/9/2024, tại phòng họp.")
    document.add_paragraph("Thành phần: các giáo viên tổ Toán - Tin.")
    document.add_paragraph("Nội dung: phân công dạy thay, dự giờ tháng 9.")
    path = tmp_path / "bien-ban.docx"
    document.save(str(path))
    return path


def empty_document(tmp_path: Path) -> Path:
    path = tmp_path / "rong.docx"
    docx.Document().save(str(path))
    return path


def zero_bytes(tmp_path: Path) -> Path:
    path = tmp_path / "trong.docx"
    path.write_bytes(b"")
    return path


# (how to make the file, what the message says, whether a reader refuses it already:
# the last three are refused by import_plan itself or by the shared mapping)
BAD_FILES: list[tuple[Callable[[Path], Path], str, bool]] = [
    (truncated, "hỏng", True),
    (damaged_part, "hỏng", True),
    (password_protected, "mật khẩu", True),
    (declared_too_big, "vượt quá giới hạn", True),
    (image_named_docx, "ảnh PNG", True),
    (jpeg_named_docx, "ảnh JPEG", True),
    (random_named_docx, "không phải tệp Word", True),
    (plain_zip, "không phải tài liệu Word", True),
    (excel_named_docx, "Excel", True),
    (meeting_minutes, "không phải kế hoạch", False),
    (empty_document, "không phải kế hoạch", False),
    (zero_bytes, "trống", False),
]
IDS = [make.__name__ for make, _, _ in BAD_FILES]


def _best_reader(path: Path) -> Reader:
    """The reader ``import_plan`` would choose: the highest score, ties to the earlier one."""
    head = path.read_bytes()[:HEAD_BYTES]
    scored = [(reader.score(head, path), -index, reader) for index, reader in enumerate(readers())]
    best_score, _, best = max(scored, key=lambda entry: entry[:2])
    assert best_score > 0.0
    return best


@pytest.mark.parametrize(
    ("make", "expected"),
    [(make, expected) for make, expected, by_reader in BAD_FILES if by_reader],
    ids=[make.__name__ for make, _, by_reader in BAD_FILES if by_reader],
)
def test_it_refuses_bad_word_files_in_the_reader(
    tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)
    started = time.perf_counter()
    with pytest.raises(DocumentError, match=expected) as caught:
        _best_reader(path).extract(path, ImportContext())
    assert time.perf_counter() - started < 5
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message
    assert path.name in message


@pytest.mark.parametrize(("make", "expected", "by_reader"), BAD_FILES, ids=IDS)
def test_it_refuses_bad_word_files_with_a_clear_message(
    tmp_path: Path, make: Callable[[Path], Path], expected: str, by_reader: bool
) -> None:
    path = make(tmp_path)
    started = time.perf_counter()
    with pytest.raises(DocumentError, match=expected) as caught:
        import_plan(path)
    assert time.perf_counter() - started < 5
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message
    assert any(letter in message for letter in "ảệờóđư")  # Vietnamese, with its diacritics


@pytest.mark.parametrize(("make", "expected", "by_reader"), BAD_FILES, ids=IDS)
def test_it_refuses_bad_word_files_on_the_command_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    expected: str,
    by_reader: bool,
) -> None:
    path = make(tmp_path)
    with pytest.raises(DocumentError) as caught:
        import_plan(path)
    status = main(["import", str(path)])
    captured = capsys.readouterr()
    assert status == 2
    # the same one-line message as the library's, and nothing on stdout
    assert captured.err == f"caitien: {caught.value}\n"
    assert expected in captured.err
    assert captured.out == ""


def test_it_refuses_a_member_compressed_beyond_any_word_part(tmp_path: Path) -> None:
    path = _word_zip(
        tmp_path / "bom-ti-le.docx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(8 * 1024 * 1024)},
    )
    with pytest.raises(DocumentError, match="vượt quá giới hạn"):
        _best_reader(path).extract(path, ImportContext(max_bytes=64 * 1024 * 1024))


def test_it_refuses_a_word_97_file_whose_fib_says_encrypted(tmp_path: Path) -> None:
    source = SAMPLES / "docx" / "legacy" / "tieu-hoc-2018-tab-header.doc"
    data = bytearray(source.read_bytes())
    ole = CompoundFile(bytes(data))
    first = ole.streams["WordDocument"].start
    flags_at = (first + 1) * ole.sector_size + 0x0A
    data[flags_at + 1] |= 0x01  # fEncrypted is bit 8 of the little-endian flags word
    path = tmp_path / "doc-mat-khau.doc"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match="mật khẩu"):
        _best_reader(path).extract(path, ImportContext(soffice="/nonexistent"))
