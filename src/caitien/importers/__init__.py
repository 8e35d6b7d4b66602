"""Import existing plans (DOCX, DOC, PDF, web pages, text) into :class:`caitien.plan.Plan`.

Readers are plug-ins behind the :class:`Reader` protocol. Each one looks at the
first bytes of a file and says how sure it is that it can read it
(:meth:`Reader.score`); the best one extracts a :class:`RawDocument`, and one
shared mapping turns that into a plan. Readers receive an explicit, frozen
:class:`ImportContext` and never read global settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from caitien.errors import DocumentError

if TYPE_CHECKING:
    from caitien.importers._document import Note, RawDocument
    from caitien.plan import Plan

MAX_FILE_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 8192
# What every "not a file we read" message ends with: the formats Caitien imports.
SUPPORTED_FORMATS = (
    "Caitien nhập tệp Word (.docx, .doc), OpenDocument (.odt), PDF có lớp chữ, "
    "trang web (.html, .htm, .mht), bảng tính (.xlsx, .xls, .ods) hoặc văn bản (.txt)."
)


@dataclass(frozen=True)
class ImportContext:
    """What a reader may rely on besides the file itself.

    ``max_bytes`` caps the file size and, for archives, the declared unpacked
    size; ``timeout_seconds`` bounds external converters (LibreOffice for .doc);
    ``soffice`` names the LibreOffice binary, ``None`` to look it up on PATH.
    """

    max_bytes: int = MAX_FILE_BYTES
    timeout_seconds: float = 60.0
    soffice: str | None = None


class Reader(Protocol):
    """A source-format reader: scores a file by its content and extracts its raw structure."""

    name: str

    def score(self, head: bytes, path: Path) -> float:
        """How sure (0.0–1.0) the reader is that it reads this file, judged from ``head``.

        ``head`` is the first :data:`HEAD_BYTES` bytes; the file name must not
        decide on its own (a renamed file is still what its bytes say).
        """
        ...

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """Extract paragraphs and tables; raise :class:`DocumentError` if unreadable."""
        ...


@dataclass
class ImportResult:
    """The imported plan and what the importer was unsure of, field by field."""

    plan: Plan
    notes: list[Note] = field(default_factory=list)
    reader: str = ""


def readers() -> list[Reader]:
    """The registered readers, in a fixed order (ties in score go to the earlier one)."""
    from caitien.importers import registry

    return registry.all_readers()


def import_plan(path: str | Path, context: ImportContext | None = None) -> ImportResult:
    """Read the document at ``path`` and return its plan with the uncertainty notes.

    Raises :class:`DocumentError` with a Vietnamese message when the file is
    missing, empty, over the size limit, of an unknown kind, unreadable, or
    not an improvement plan.
    """
    from caitien.importers._mapping import map_document

    context = context or ImportContext()
    path = Path(path)
    head = _read_head(path, context)
    reader = _pick_reader(head, path)
    raw = reader.extract(path, context)
    plan, notes = (raw.plan, []) if raw.plan is not None else map_document(raw, path.name)
    return ImportResult(plan=plan, notes=[*raw.notes, *notes], reader=reader.name)


def import_bytes(data: bytes, filename: str, context: ImportContext | None = None) -> ImportResult:
    """Import a document held in memory (an upload), named ``filename`` in messages.

    The bytes go to a private temporary file (readers work on paths) that is
    removed afterwards; errors are those of :func:`import_plan`.
    """
    import tempfile

    context = context or ImportContext()
    if len(data) > context.max_bytes:
        raise too_large(filename, context.max_bytes)
    name = Path(filename).name or "tai-lieu"
    with tempfile.TemporaryDirectory(prefix="caitien-import-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return import_plan(path, context)


def too_large(name: str, max_bytes: int) -> DocumentError:
    """The error for a file ``name`` over ``max_bytes``, in every reader's wording."""
    return DocumentError(f"Tệp «{name}» quá lớn (giới hạn {max_bytes // (1024 * 1024)} MB).")


def _read_head(path: Path, context: ImportContext) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise DocumentError(f"«{path.name}» không phải là một tệp.")
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError as exc:
        raise DocumentError(f"Không tìm thấy tệp «{path.name}».") from exc
    except OSError as exc:
        raise DocumentError(f"Không đọc được tệp «{path.name}»: {exc.strerror}.") from exc
    if size == 0 or not head.strip():
        raise DocumentError(f"Tệp «{path.name}» trống, không có nội dung để nhập.")
    if size > context.max_bytes:
        raise too_large(path.name, context.max_bytes)
    return head


def _pick_reader(head: bytes, path: Path) -> Reader:
    scored = [(reader.score(head, path), index, reader) for index, reader in enumerate(readers())]
    best_score, _, best = max(
        scored, key=lambda entry: (entry[0], -entry[1]), default=(0.0, 0, None)
    )
    if best is None or best_score <= 0.0:
        raise DocumentError(f"Không nhận ra định dạng của «{path.name}»: {SUPPORTED_FORMATS}")
    return best
