"""PDF export: the DOCX converted by LibreOffice headless, so the PDF is the DOCX page for page."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from caitien.errors import ExportError

TIMEOUT_SECONDS = 120.0


def find_soffice() -> str | None:
    """The LibreOffice binary on PATH (``soffice`` or ``libreoffice``), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(
    document: bytes, soffice: str | None = None, timeout: float = TIMEOUT_SECONDS
) -> bytes:
    """Convert DOCX bytes to PDF bytes with ``soffice --headless --convert-to pdf``.

    LibreOffice runs in a private profile in a temporary folder (so it never
    meets a user's running instance) and is killed with its children after
    ``timeout`` seconds. Raises :class:`ExportError` when LibreOffice is missing,
    fails, or times out.
    """
    binary = soffice or find_soffice()
    if binary is None:
        raise ExportError("Xuất PDF cần LibreOffice: không tìm thấy lệnh soffice trên máy này.")
    with tempfile.TemporaryDirectory(prefix="caitien-pdf-") as folder:
        work = Path(folder)
        source = work / "ke-hoach.docx"
        source.write_bytes(document)
        _run(_command(binary, work, source), timeout)
        target = work / "ke-hoach.pdf"
        if not target.is_file():
            raise ExportError("Xuất PDF cần LibreOffice: LibreOffice không tạo được tệp PDF.")
        return target.read_bytes()


def _command(binary: str, work: Path, source: Path) -> list[str]:
    profile = (work / "profile").as_uri()
    return [
        binary,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work),
        str(source),
    ]


def _run(command: list[str], timeout: float) -> None:
    """Run LibreOffice in its own process group, killed as a group at the time limit."""
    try:
        process = subprocess.Popen(  # fixed arguments, no shell
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
            env={**os.environ, "HOME": str(Path(command[-1]).parent)},
        )
    except OSError as exc:
        raise ExportError(f"Xuất PDF cần LibreOffice: không chạy được «{command[0]}».") from exc
    try:
        _, errors = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ExportError(
            f"Xuất PDF cần LibreOffice: chuyển đổi quá {timeout:.0f} giây và đã bị dừng."
        ) from exc
    if process.returncode != 0:
        detail = errors.decode("utf-8", "replace").strip().splitlines()[-1:] or ["không rõ lỗi"]
        raise ExportError(f"Xuất PDF cần LibreOffice: chuyển đổi thất bại ({detail[0]}).")
