"""Snapshot every golden document's import, and compare two snapshots: a safety net for
changes to the shared mapping that must not change any plan or note.

``scripts/mapping_snapshot.py take DIR`` imports every golden document (tests/samples/**,
the shared fixture samples and seeds, and the two ~30-page plans of
``benchmarks/large_docx.py``) and writes one file per document into DIR: the plan's
JSON and the notes, or the error message. ``scripts/mapping_snapshot.py compare A B``
prints every document whose file differs or exists in one snapshot only.

Documents LibreOffice converts first (.doc, .xls, .ods) take seconds each and are
skipped unless ``--with-libreoffice`` is given. Exit status: 0 when taken or equal,
1 when the snapshots differ, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from caitien.errors import CaitienError  # noqa: E402
from caitien.importers import import_plan  # noqa: E402
from caitien.plan import dumps_plan  # noqa: E402

SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared"))
_NOT_DOCUMENTS = {".json", ".py", ".md"}
_LIBREOFFICE = {".doc", ".xls", ".ods"}


def main(argv: list[str] | None = None) -> int:
    """Run ``take`` or ``compare`` as the arguments say; the exit status above."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("take", help="import every golden document into DIR")
    take.add_argument("folder", type=Path)
    take.add_argument("--with-libreoffice", action="store_true")
    compare = commands.add_parser("compare", help="list the documents whose results differ")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "take":
        return _take(args.folder, with_libreoffice=args.with_libreoffice)
    return _compare(args.before, args.after)


def _documents(with_libreoffice: bool) -> list[tuple[str, Path]]:
    """Every golden document, named by its path under the repository or the shared folder."""
    found = [
        (f"samples/{path.relative_to(ROOT / 'tests/samples')}", path)
        for path in sorted((ROOT / "tests/samples").rglob("*"))
        if path.is_file() and path.suffix.lower() not in _NOT_DOCUMENTS
    ]
    for folder in ("fixtures/samples", "seeds"):
        found += [
            (f"shared/{folder}/{path.name}", path)
            for path in sorted((SHARED / folder).glob("*"))
            if path.suffix.lower() not in _NOT_DOCUMENTS
        ]
    if with_libreoffice:
        return found
    return [(name, path) for name, path in found if path.suffix.lower() not in _LIBREOFFICE]


def _result(path: Path) -> str:
    """The import of ``path`` as text: the plan's JSON and the notes, or the error."""
    try:
        result = import_plan(path)
    except CaitienError as error:
        return f"error: {type(error).__name__}: {error}\n"
    notes = [{"field": note.field, "message": note.message} for note in result.notes]
    return dumps_plan(result.plan) + json.dumps(notes, ensure_ascii=False, indent=2) + "\n"


def _take(folder: Path, *, with_libreoffice: bool) -> int:
    from large_docx import write_large_plans

    folder.mkdir(parents=True, exist_ok=True)
    documents = _documents(with_libreoffice)
    with tempfile.TemporaryDirectory(prefix="caitien-snapshot-") as scratch:
        documents += [(f"large/{path.name}", path) for path, _ in write_large_plans(Path(scratch))]
        for name, path in documents:
            target = folder / (name.replace("/", "__") + ".txt")
            target.write_text(_result(path), encoding="utf-8")
    print(f"{len(documents)} documents written to {folder}")
    return 0


def _compare(before: Path, after: Path) -> int:
    if not (before.is_dir() and after.is_dir()):
        print("both snapshots must be folders", file=sys.stderr)
        return 2
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = [name for name in names if _read(before / name) != _read(after / name)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names)} documents, {len(differ)} differ")
    return 1 if differ else 0


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


if __name__ == "__main__":
    sys.exit(main())
