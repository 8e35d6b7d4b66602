"""Open ZIP packages (.docx, .xlsx, .odt) safely: refuse damaged archives and zip bombs."""

from __future__ import annotations

import zipfile
import zlib
from typing import TYPE_CHECKING

from caitien.errors import DocumentError

if TYPE_CHECKING:
    from pathlib import Path

# A Word package holds a few dozen parts; thousands mean a crafted archive.
MAX_MEMBERS = 5000
# XML deflates 5–20×; runs of zeros deflate 1000×. Small parts may legitimately
# compress well, so the ratio only counts for members past this size.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024
# What the messages call the package and how to repair it, for the Word reader by default.
WORD_KIND = "tệp Word (.docx)"
WORD_ADVICE = "hãy mở lại trong Word và lưu thành .docx."


def open_package(
    path: Path,
    max_bytes: int,
    kind: str = WORD_KIND,
    advice: str = WORD_ADVICE,
    name: str | None = None,
) -> zipfile.ZipFile:
    """Open ``path`` as a ZIP archive after checking its central directory.

    Nothing is inflated here. Raises :class:`DocumentError` when the file is not
    a readable ZIP, holds too many members, or declares more than ``max_bytes``
    unpacked in total or a member compressed beyond :data:`MAX_RATIO`; the
    messages call the file ``name`` (default: its own name; a converted copy
    gives the user's), name the package ``kind`` ("tệp Word (.docx)") and end
    with ``advice``.
    """
    name = name or path.name
    try:
        archive = zipfile.ZipFile(path)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,  # a damaged directory claiming an unknown ZIP version
    ) as exc:
        raise DocumentError(
            f"Tệp «{name}» bị hỏng hoặc không phải {kind} hợp lệ: {advice}"
        ) from exc
    try:
        check_members(archive.infolist(), max_bytes, name, kind)
    except DocumentError:
        archive.close()
        raise
    return archive


def check_members(
    members: list[zipfile.ZipInfo], max_bytes: int, name: str, kind: str = WORD_KIND
) -> None:
    """Refuse an archive whose declared sizes could exhaust memory; raise :class:`DocumentError`."""
    if len(members) > MAX_MEMBERS:
        raise DocumentError(f"Tệp «{name}» chứa quá nhiều thành phần, không phải {kind}.")
    total = sum(member.file_size for member in members)
    if total > max_bytes or any(_is_bomb(member) for member in members):
        raise DocumentError(
            f"Tệp «{name}» khi giải nén sẽ vượt quá giới hạn cho phép "
            f"({max_bytes // (1024 * 1024)} MB): Caitien từ chối mở tệp này."
        )


def _is_bomb(member: zipfile.ZipInfo) -> bool:
    if member.file_size <= RATIO_FLOOR_BYTES:
        return False
    return member.file_size > MAX_RATIO * max(member.compress_size, 1)


def read_member(
    archive: zipfile.ZipFile, member: str, name: str, advice: str = WORD_ADVICE
) -> bytes | None:
    """The bytes of ``member``, or ``None`` when the archive has no such member.

    The declared size was checked by :func:`open_package`, and ``zipfile`` stops
    at it, so a lying header cannot inflate more. Raises :class:`DocumentError`
    when the member is damaged (bad CRC, truncated data, unknown compression).
    """
    try:
        return archive.read(member)
    except KeyError:
        return None
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,  # a local header whose name is flagged UTF-8 but is not
    ) as exc:
        raise DocumentError(
            f"Tệp «{name}» bị hỏng (phần «{member}» không đọc được): {advice}"
        ) from exc
