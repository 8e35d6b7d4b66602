"""Bad PDF input through the PDF reader, ``import_plan`` and the ``caitien import`` CLI.

Covers: a scan (pages with an image and no text layer), an empty-page PDF with
no text at all, a password-protected PDF (the standard RC4 security handler,
written here byte for byte; and one exported by LibreOffice with a password),
a truncated real PDF, a corrupt one (a PDF header followed by noise), and a
PDF over the page limit. Each must give a :class:`DocumentError` with one
Vietnamese sentence (CLI: exit 2, one line on stderr, no traceback), quickly.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import shutil
import subprocess
import time
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from caitien.errors import DocumentError
from caitien.importers import ImportContext, import_plan
from caitien.importers.pdf import PdfReader
from tests.conftest import FIXTURES

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

V2 = FIXTURES / "samples" / "v2.pdf"
PASSWORD_PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
MAPPING_LANDED = importlib.util.find_spec("caitien.importers._mapping") is not None


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _serialise(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF file with a correct cross-reference table for ``objects`` (numbered from 1)."""
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(body)


def write_encrypted(path: Path, password: bytes) -> None:
    """A one-page PDF under the standard security handler, revision 2 (RC4 40-bit)."""
    file_id = hashlib.md5(path.name.encode()).digest()
    permissions = -4
    owner_key = hashlib.md5((b"owner" + PASSWORD_PADDING)[:32]).digest()[:5]
    owner = _rc4(owner_key, (password + PASSWORD_PADDING)[:32])
    key = hashlib.md5(
        (password + PASSWORD_PADDING)[:32]
        + owner
        + permissions.to_bytes(4, "little", signed=True)
        + file_id
    ).digest()[:5]
    user = _rc4(key, PASSWORD_PADDING)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner.hex().encode(), user.hex().encode(), permissions),
    ]
    trailer = b"/Root 1 0 R /Encrypt 4 0 R /ID [<%s> <%s>]" % (
        file_id.hex().encode(),
        file_id.hex().encode(),
    )
    path.write_bytes(_serialise(objects, trailer))


def write_scan(path: Path) -> None:
    """A two-page PDF whose pages are only images, like a scanner's output."""
    document = pdfium.PdfDocument.new()
    for _ in range(2):
        page = document.new_page(595, 842)
        bitmap = pdfium.PdfBitmap.new_native(60, 80, pdfium_c.FPDFBitmap_BGR)
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, 60, 80)
        bitmap.fill_rect((20, 20, 20, 255), 10, 10, 40, 4)
        image = pdfium.PdfImage.new(document)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
        page.insert_obj(image)
        page.gen_content()
    document.save(path)


def write_blank(path: Path, pages: int = 2) -> None:
    """A PDF of empty pages: no text, no image."""
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    document.save(path)


def write_truncated(path: Path) -> None:
    """The first 40 % of a real PDF, as an interrupted download leaves it."""
    data = V2.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 5])


def write_corrupt(path: Path) -> None:
    """A PDF header followed by noise."""
    noise = random.Random(7).randbytes(4000)
    path.write_bytes(b"%PDF-1.7\n" + noise)


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "scan": (write_scan, "là bản quét (không có lớp chữ): cần nhận dạng chữ (OCR)"),
    "blank": (write_blank, "không có chữ nào"),
    "encrypted": (lambda path: write_encrypted(path, b"x"), "mật khẩu"),
    "truncated": (write_truncated, "bị hỏng hoặc không đầy đủ"),
    "corrupt": (write_corrupt, "bị hỏng hoặc không đầy đủ"),
}


@pytest.fixture(params=sorted(BAD_FILES))
def bad_pdf(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    writer, expected = BAD_FILES[request.param]
    path = tmp_path / f"{request.param}.pdf"
    writer(path)
    return path, expected


def test_it_refuses_each_bad_pdf_with_a_clear_message(bad_pdf: tuple[Path, str]) -> None:
    path, expected = bad_pdf
    started = time.perf_counter()
    with pytest.raises(DocumentError) as caught:
        PdfReader().extract(path, ImportContext())
    assert expected in str(caught.value)
    assert f"«{path.name}»" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert time.perf_counter() - started < 5


def test_it_writes_a_genuine_encrypted_pdf_that_opens_with_its_password(tmp_path: Path) -> None:
    # The hand-made file must be a real encrypted PDF, not merely a broken one.
    path = tmp_path / "locked.pdf"
    write_encrypted(path, b"x")
    document = pdfium.PdfDocument(path, password="x")
    assert len(document) == 1
    document.close()
    with pytest.raises(pdfium.PdfiumError) as caught:
        pdfium.PdfDocument(path)
    assert caught.value.err_code == pdfium_c.FPDF_ERR_PASSWORD


def test_it_refuses_a_pdf_over_the_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "many.pdf"
    write_blank(path, pages=301)
    with pytest.raises(DocumentError, match="quá giới hạn 300 trang"):
        PdfReader().extract(path, ImportContext())


def test_it_lowers_the_page_limit_with_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    write_blank(path, pages=30)
    with pytest.raises(DocumentError, match="có 30 trang, quá giới hạn 25 trang"):
        PdfReader().extract(path, ImportContext(max_bytes=500_000))


@pytest.mark.skipif(not MAPPING_LANDED, reason="import_plan needs caitien.importers._mapping")
def test_it_refuses_each_bad_pdf_through_import_plan(bad_pdf: tuple[Path, str]) -> None:
    path, expected = bad_pdf
    with pytest.raises(DocumentError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        import_plan(path)


def _cli_has_import() -> bool:
    from caitien.cli import build_parser

    return "import" in build_parser().format_help()


@pytest.mark.skipif(
    not (MAPPING_LANDED and _cli_has_import()), reason="needs the caitien import command"
)
def test_it_prints_one_vietnamese_line_from_the_cli(
    bad_pdf: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from caitien.cli import main

    path, expected = bad_pdf
    assert main(["import", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert "Traceback" not in captured.err and not captured.out


@pytest.mark.libreoffice
def test_it_refuses_a_pdf_exported_by_libreoffice_with_a_password(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is required for this test"
    source = tmp_path / "plan.txt"
    source.write_text("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC\n", encoding="utf-8")
    options = {
        "EncryptFile": {"type": "boolean", "value": "true"},
        "DocumentOpenPassword": {"type": "string", "value": "x"},
    }
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            f"pdf:writer_pdf_Export:{json.dumps(options)}",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with pytest.raises(DocumentError, match="mật khẩu"):
        PdfReader().extract(tmp_path / "plan.pdf", ImportContext())
