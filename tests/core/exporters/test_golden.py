"""Golden texts of each form's exported DOCX, in body order (UPDATE_GOLDEN=1 rewrites them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caitien.exporters import export_plan
from tests.core.exporters.helpers import W, paragraph_texts, part_xml, plan_2018, plan_2026

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {"seed-000-2018": plan_2018, "sample-v3-2026": plan_2026}


def _lines(document: bytes) -> str:
    """The body in order: a paragraph a line, a table row a line with its cells joined by " | "."""
    body = part_xml(document).find(f"{{{W}}}body")
    assert body is not None
    lines = []
    for block in body:
        if block.tag == f"{{{W}}}p":
            lines.append("".join(block.itertext()))
        elif block.tag == f"{{{W}}}tbl":
            lines.extend(_row(row) for row in block.findall(f"{{{W}}}tr"))
    return "\n".join(lines) + "\n"


def _row(row: object) -> str:
    cells = row.findall(f"{{{W}}}tc")  # type: ignore[attr-defined]
    texts = [" / ".join(paragraph_texts(cell)) for cell in cells]
    return "| " + " | ".join(texts) + " |"


@pytest.mark.parametrize("name", sorted(CASES))
def test_it_writes_the_same_text_as_the_golden_file(name: str) -> None:
    text = _lines(export_plan(CASES[name](), "docx"))
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
