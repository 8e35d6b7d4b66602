"""Write the OpenDocument samples of ``tests/samples/odt/``: Word samples saved by LibreOffice.

Run from the repository root (LibreOffice required; a document already there is
kept, since LibreOffice's output is not byte-stable)::

    .venv/bin/python tests/samples/generate_odt.py

Each Word sample below is converted with ``soffice --headless --convert-to odt``
(or ``fodt``, flat XML) in a private profile, and its truth copied beside it
under the new name. They are chosen for what LibreOffice writes of them:
Word lists as ``text:list`` with continued numbering, a header on tab stops,
vertically merged cells as ``table:covered-table-cell``, tracked changes as
``text:tracked-changes``, footnotes as ``text:note``, a floating stamp in a cell
as a ``draw:frame``, nested tables, content controls, page headers and footers
in ``styles.xml``; and both forms (2018, 2026) and the shared v1/v3 plans.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "odt"
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", HERE.parents[2] / "shared"))
SHARED_SAMPLES = SHARED / "fixtures" / "samples"

# (Word document, its truth, the target format)
SOURCES: list[tuple[Path, Path, str]] = [
    *(
        (HERE / "docx" / f"{name}.docx", HERE / "docx" / f"{name}.plan.json", "odt")
        for name in (
            "thcs-2018-code-title-apart",
            "mam-non-2026-word-lists",
            "tieu-hoc-2018-tab-header",
            "gdtx-2026-content-controls",
            "mam-non-2026-nested-time",
            "nhieu-cap-2018-tracked-changes",
            "tieu-hoc-2018-split-per-standard",
            "thpt-2018-no-table",
            "thcs-2026-reordered-tables",
        )
    ),
    *(
        (
            HERE / "docx" / folder / f"{name}.docx",
            HERE / "docx" / folder / f"{name}.plan.json",
            "odt",
        )
        for folder, name in (
            ("round4", "gdtx-2026-split-by-standard"),
            ("round4", "tieu-hoc-2026-prose-lists"),
            ("siblings", "mam-non-2018-roman-no-level-4"),
            ("siblings", "thpt-2018-code-apart"),
        )
    ),
    (SHARED_SAMPLES / "v1.docx", SHARED_SAMPLES / "v1.json", "odt"),
    (SHARED_SAMPLES / "v3.docx", SHARED_SAMPLES / "v3.json", "odt"),
    (
        HERE / "docx" / "nhieu-cap-2018-no-tt.docx",
        HERE / "docx" / "nhieu-cap-2018-no-tt.plan.json",
        "fodt",
    ),
    (
        HERE / "docx" / "thpt-2026-split-pasted.docx",
        HERE / "docx" / "thpt-2026-split-pasted.plan.json",
        "fodt",
    ),
]


def convert(source: Path, target_format: str, folder: Path) -> bool:
    """Convert ``source`` into ``folder`` with LibreOffice; False (and a message) without it."""
    with tempfile.TemporaryDirectory() as temporary:
        profile = (Path(temporary) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", target_format, "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=180)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, {source.name} not converted: {exc}\n")
            return False
    return True


def main() -> None:
    """Convert what is missing and copy every truth."""
    OUT.mkdir(exist_ok=True)
    for source, truth, target_format in SOURCES:
        document = OUT / f"{source.stem}.{target_format}"
        if not document.exists() and not convert(source, target_format, OUT):
            continue
        shutil.copyfile(truth, OUT / f"{source.stem}.plan.json")
        sys.stdout.write(f"wrote odt/{document.name} and its truth\n")


if __name__ == "__main__":
    main()
