"""The DOC reader: Word 97–2003 (and RTF saved as .doc) converted by LibreOffice, then read as DOCX.

It also owns every OLE compound file, so that a password-protected .docx (which
is an OLE file, not a ZIP) gets a message about its password whatever its name.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from caitien.errors import DocumentError
from caitien.importers._ole import SIGNATURE, CompoundFile, OleError
from caitien.importers.word import describe_bytes, read_docx

if TYPE_CHECKING:
    from caitien.importers import ImportContext
    from caitien.importers._document import RawDocument

RTF_SIGNATURE = b"{\\rtf"
DOC_SUFFIXES = frozenset({".doc", ".dot"})
NO_LIBREOFFICE = (
    "Tệp .doc cần LibreOffice để đọc: hãy cài LibreOffice hoặc lưu tệp thành .docx "
    "trong Word rồi nhập lại."
)
_KNOWN_PLACES = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:/Program Files/LibreOffice/program/soffice.exe",
)


class DocReader:
    """Reads Word 97–2003 binaries and RTF through LibreOffice; refuses encrypted Office files."""

    name = "doc"

    def score(self, head: bytes, path: Path) -> float:
        """0.9 for an OLE compound file, 0.6 for RTF, 0.01 for unrecognised bytes named .doc."""
        if head.startswith(SIGNATURE):
            return 0.9
        if head.startswith(RTF_SIGNATURE):
            return 0.6
        if path.suffix.lower() in DOC_SUFFIXES and not head.startswith(b"PK"):
            return 0.01
        return 0.0

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """Convert the file to DOCX with LibreOffice and read that.

        Raises :class:`DocumentError` when the file is encrypted, is an OLE file
        other than a Word document, LibreOffice is missing, or the conversion
        fails or runs past ``context.timeout_seconds``.
        """
        _check_container(path, context.max_bytes)
        soffice = find_soffice(context.soffice)
        with tempfile.TemporaryDirectory(prefix="caitien-doc-") as folder:
            converted = convert_with_libreoffice(
                path, Path(folder), soffice, context.timeout_seconds, "docx"
            )
            return read_docx(converted, context.max_bytes, source_format="doc")


def _check_container(path: Path, max_bytes: int) -> None:
    """Read the file and refuse what LibreOffice should not be asked to open."""
    data = path.read_bytes()[: max_bytes + 1]
    if data.startswith(RTF_SIGNATURE):
        return
    if not data.startswith(SIGNATURE):
        raise DocumentError(
            f"Tệp «{path.name}» không phải tệp Word: nội dung của nó là {describe_bytes(data)}."
        )
    try:
        ole = CompoundFile(data)
        encrypted_package = ole.is_encrypted_package()
        encrypted_word = ole.is_word_document() and ole.is_encrypted_word_document()
    except OleError as exc:
        raise DocumentError(
            f"Tệp «{path.name}» bị hỏng: cấu trúc tệp Word 97–2003 không đọc được."
        ) from exc
    if encrypted_package:
        # An encrypted .docx and an encrypted .xlsx are the same kind of box: nothing
        # outside the encrypted stream says which application made it.
        raise DocumentError(
            f"Tệp «{path.name}» được bảo vệ bằng mật khẩu: hãy mở trong Word hoặc Excel, gỡ "
            "mật khẩu (Tệp → Thông tin → Bảo vệ) rồi lưu và nhập lại."
        )
    if encrypted_word:
        raise DocumentError(
            f"Tệp «{path.name}» được bảo vệ bằng mật khẩu: hãy mở trong Word, gỡ mật khẩu "
            "(Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu và nhập lại."
        )
    if not ole.is_word_document():
        raise DocumentError(
            f"Tệp «{path.name}» là tệp Office đời cũ nhưng không phải văn bản Word "
            "(có thể là Excel hoặc PowerPoint)."
        )


def find_soffice(configured: str | None) -> str:
    """The LibreOffice binary to run: ``configured`` if given, else one found on this machine.

    Raises :class:`DocumentError` (:data:`NO_LIBREOFFICE`) when there is none.
    """
    if configured is not None:
        found = shutil.which(configured)
        if found is None:
            raise DocumentError(NO_LIBREOFFICE)
        return found
    for candidate in ("soffice", "libreoffice"):
        found = shutil.which(candidate)
        if found is not None:
            return found
    for place in _KNOWN_PLACES:
        if Path(place).is_file():
            return place
    raise DocumentError(NO_LIBREOFFICE)


def convert_with_libreoffice(
    source: Path, folder: Path, soffice: str, timeout: float, target: str
) -> Path:
    """Convert ``source`` to ``target`` ("docx", "xlsx") inside ``folder``; return its path.

    LibreOffice runs headless with a private profile (so a running LibreOffice
    or a locked profile cannot block it) under a fixed input name (so odd
    characters in the user's file name cannot reach the command line). Raises
    :class:`DocumentError` on failure or time-out; on time-out the whole process
    group is killed, since soffice starts a child that outlives its parent.
    """
    staged = folder / ("input" + (source.suffix.lower() if source.suffix else ".doc"))
    shutil.copyfile(source, staged)
    command = [
        soffice,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(folder / "out"),
        str(staged),
    ]
    _run(command, timeout, source.name)
    converted = folder / "out" / f"input.{target}"
    if not converted.is_file():
        raise DocumentError(
            f"LibreOffice không chuyển được tệp «{source.name}» sang .{target}: tệp có thể bị hỏng."
        )
    return converted


def _run(command: list[str], timeout: float, name: str) -> None:
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        raise DocumentError(NO_LIBREOFFICE) from exc
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill_group(process)
        raise DocumentError(
            f"LibreOffice chuyển tệp «{name}» quá {timeout:g} giây nên đã bị dừng: "
            "hãy lưu tệp thành .docx trong Word rồi nhập lại."
        ) from exc


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        process.kill()
    process.wait()
