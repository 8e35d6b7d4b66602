"""Write the second round of unseen-layout samples (plans in ``generate_round2_plans.py``).

Run from the repository root (the .docx and the text built from descriptions are
deterministic; what LibreOffice writes is refreshed only when missing)::

    .venv/bin/python tests/samples/generate_round2.py

What they cover that the earlier samples do not: a 2018 table with its columns in
another order (time before responsible, budget last), a "Nội dung cải tiến"
column beside "Biện pháp thực hiện", "Điều kiện/Nguồn lực hỗ trợ" and
"Người/bộ phận thực hiện" headings, codes "TC2.2:" / "TC 1.10", a criterion
named by its title alone, levels in words ("Đạt Mức hai", "giữ vững mức ba");
a nhiều cấp học plan with Mức 4 rows, a column-number row and standard rows
written "1 | Tiêu chuẩn 1: …" in the first two cells (seed 003); a 2018 plan
without "MỨC" rows whose standard rows are in capitals; a 2026 plan whose
problems and monitoring tables have their columns in another order and the
monitoring table four rows; a 2026 GDTX plan as text with "| a | b |" rows;
that 2018 plan as text with one cell per line closed by " |" (seed 000);
a Word 97 .doc and a LibreOffice-saved .docx; LibreOffice PDFs of two of the
DOCX. (The text a PDF viewer copies from the reordered 2018 PDF is not kept:
its table, cells interleaved in a column order the PDF-text rebuild does not
know, imports at 0.19; see docs/formats/mapping.md.)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generate_docx import HEAD_2026_IV, HEAD_2026_VI, MOTTO, SLOGAN, save_deterministic, truth
from generate_round2_plans import GDTX_2026_PIPES, ROUND2
from generate_variants import (
    DEFAULT_V,
    MONITORING_FIELDS,
    PROBLEM_FIELDS,
    item_cells,
    table_rows,
    write_2018,
    write_2026,
)

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
PDFS = ("thcs-2018-reordered-columns", "thcs-2026-reordered-tables")
DOC = "thcs-2018-reordered-columns"
RESAVED = "thcs-2026-reordered-tables"
CELL_LINES = {"tieu-hoc-2018-cell-lines": "tieu-hoc-2018-no-parts"}


# Text layouts ------------------------------------------------------------------------------


def _header_lines(description: dict[str, Any]) -> list[str]:
    layout = description["_layout"]
    return [
        description["school"]["governing_body"],
        layout["school_caps"],
        layout["number_line"],
        MOTTO,
        SLOGAN,
        layout["date_line"],
        "",
        *layout["title"],
        "",
    ]


def _closing_lines(description: dict[str, Any]) -> list[str]:
    signer = description["signer"]
    lines = ["Nơi nhận:", *(f"- {line}" for line in description["recipients"])]
    return [*lines, signer["title"], "", signer["name"], ""]


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _pipe_table(heads: list[str], rows: list[list[str]]) -> list[str]:
    """A table as a Markdown editor or pandoc writes it: a rule row under the headings."""
    rule = "|" + "|".join("---" for _ in heads) + "|"
    return ["", _pipe_row(heads), rule, *(_pipe_row(row) for row in rows), ""]


def pipe_text_2026(description: dict[str, Any]) -> str:
    """A 2026 plan as text whose tables are "| a | b |" rows (one row per line)."""
    headings = description["_layout"]["headings"]
    lines = _header_lines(description)
    lines += [headings[0], *description["general_info"], headings[1], *description["bases"]]
    lines += [headings[2], *(f"{n}. {t}" for n, t in enumerate(description["purposes"], 1))]
    problems = [
        [str(n), *(p[name] for name in PROBLEM_FIELDS)]
        for n, p in enumerate(description["problems"], 1)
    ]
    lines += [headings[3], *_pipe_table(HEAD_2026_IV, problems), headings[4]]
    items = [
        [item["_tt"] if field == "tt" else item[field] for _, field in DEFAULT_V]
        for _, item in table_rows(description)
    ]
    lines += _pipe_table([text for text, _ in DEFAULT_V], items)
    monitoring = [[m[name] for name in MONITORING_FIELDS] for m in description["monitoring"]]
    lines += [headings[5], *_pipe_table(HEAD_2026_VI, monitoring), headings[6]]
    for index, role in enumerate(description["organization"], start=1):
        lines += [f"{index}. {role['role']}", *(f"- {duty}" for duty in role["duties"])]
    lines.append(headings[7])
    lines += [f"{n}. {text}" for n, text in enumerate(description["reporting"], start=1)]
    return "\n".join([*lines, *_closing_lines(description)])


def cell_lines_2018(description: dict[str, Any]) -> str:
    """A 2018 plan as seed 000 writes it: each cell's lines closed by " |", rows by pipes."""
    layout = description["_layout"]
    heads = layout["heads_2018"]
    lines = _header_lines(description)
    lines += ["I. MỤC ĐÍCH, YÊU CẦU"]
    lines += [f"{n}. {text}" for n, text in enumerate(description["purposes"], start=1)]
    lines += ["II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", *description["bases"], layout["section_iii"]]
    lines += [*(f"{text} |" for text, _ in heads), "|" * 5]
    for kind, value in table_rows(description):
        if kind == "standard":
            lines += [f"TIÊU CHUẨN {value[0]}. {value[1]} |", "|" * 13]
            continue
        for texts in item_cells(value, heads, False, False):
            lines += [f"{' '.join(texts)} |"]
        lines.append("|" * 5)
    lines.append(layout["section_org"])
    for index, role in enumerate(description["organization"], start=1):
        lines += [f"{index}. {role['role']}", *role["duties"]]
    return "\n".join([*lines, *_closing_lines(description)])


# LibreOffice and poppler -------------------------------------------------------------------


def convert(source: Path, target_format: str, folder: Path) -> None:
    """Convert ``source`` with LibreOffice into ``folder`` (a message without LibreOffice)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        profile = (Path(temporary) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", target_format, "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=180)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, {source.name} not converted: {exc}\n")


# Files ---------------------------------------------------------------------------------------


def _write_truth(path: Path, description: dict[str, Any]) -> None:
    path.write_text(dumps_plan(truth(description)), encoding="utf-8")


def _missing(path: Path) -> bool:
    return not path.exists()  # LibreOffice and poppler output is not byte-stable


def main() -> None:
    """Write the .docx, the text layouts and their truths; convert what is missing."""
    for name, description in ROUND2.items():
        writer = write_2026 if description["form"] == "2026" else write_2018
        save_deterministic(writer(description), SAMPLES / "docx" / f"{name}.docx")
        _write_truth(SAMPLES / "docx" / f"{name}.plan.json", description)
    (SAMPLES / "text" / "gdtx-2026-pipe-rows.txt").write_text(
        pipe_text_2026(GDTX_2026_PIPES), encoding="utf-8"
    )
    _write_truth(SAMPLES / "text" / "gdtx-2026-pipe-rows.plan.json", GDTX_2026_PIPES)
    for name, source in CELL_LINES.items():
        text = cell_lines_2018(ROUND2[source])
        (SAMPLES / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        _write_truth(SAMPLES / "text" / f"{name}.plan.json", ROUND2[source])
    pdfs = SAMPLES / "pdf" / "libreoffice"
    for name in PDFS:
        if _missing(pdfs / f"{name}.pdf"):
            convert(SAMPLES / "docx" / f"{name}.docx", "pdf", pdfs)
        _write_truth(pdfs / f"{name}.plan.json", ROUND2[name])
    doc = SAMPLES / "doc"
    if _missing(doc / f"{DOC}.doc"):
        convert(SAMPLES / "docx" / f"{DOC}.docx", "doc", doc)
    _write_truth(doc / f"{DOC}.plan.json", ROUND2[DOC])
    resaved = SAMPLES / "docx" / "libreoffice"
    if _missing(resaved / f"{RESAVED}.docx"):
        with tempfile.TemporaryDirectory() as temporary:
            # Through .odt, so the .docx is LibreOffice's own writing, not a copy of ours.
            convert(SAMPLES / "docx" / f"{RESAVED}.docx", "odt", Path(temporary))
            convert(Path(temporary) / f"{RESAVED}.odt", "docx", resaved)
    _write_truth(resaved / f"{RESAVED}.plan.json", ROUND2[RESAVED])
    sys.stdout.write("wrote the round-2 samples\n")


if __name__ == "__main__":
    main()
