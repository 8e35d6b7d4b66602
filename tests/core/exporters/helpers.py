"""Shared helpers of the exporter tests: fixture plans and reading a DOCX's XML parts."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from caitien.exporters.word import default_template
from caitien.plan import Plan, load_plan
from tests.conftest import FIXTURES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
SEED_000 = FIXTURES / "seeds" / "000_6b6f76a0e3ebec30.json"
SAMPLE_V1 = FIXTURES / "samples" / "v1.json"
SAMPLE_V3 = FIXTURES / "samples" / "v3.json"


def plan_2018() -> Plan:
    """Seed 000, a 2018-form plan (TT19, mầm non)."""
    return load_plan(SEED_000)


def plan_2026() -> Plan:
    """Sample v3, a 2026-form plan (TT57, tiểu học)."""
    return load_plan(SAMPLE_V3)


def part_xml(document: bytes, name: str = "word/document.xml") -> etree._Element:
    """The parsed XML of one part of a DOCX package."""
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        return etree.fromstring(package.read(name))


def paragraph_texts(element: etree._Element) -> list[str]:
    """The text of every paragraph under ``element``, in order."""
    return ["".join(p.itertext()) for p in element.iter(f"{{{W}}}p")]


def edited_template(form: str, old: str, new: str) -> bytes:
    """The shipped template of ``form`` with ``old`` replaced by ``new`` in its body."""
    source = zipfile.ZipFile(io.BytesIO(default_template(form)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            package.writestr(info, data)
    return out.getvalue()
