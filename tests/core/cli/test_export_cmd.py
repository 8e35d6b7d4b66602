"""``caitien export``: each output format, a custom template, bad input as one line and exit 2."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from caitien.cli import main
from caitien.exporters.word import default_template
from caitien.plan import load_plan
from tests.conftest import FIXTURES
from tests.core.exporters.helpers import edited_template

if TYPE_CHECKING:
    from pathlib import Path

SEED_000 = FIXTURES / "seeds" / "000_6b6f76a0e3ebec30.json"
SAMPLE_V1 = FIXTURES / "samples" / "v1.docx"


@pytest.mark.parametrize(("suffix", "magic"), [(".docx", b"PK"), (".xlsx", b"PK"), (".json", b"{")])
def test_it_writes_the_format_the_output_suffix_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, magic: bytes
) -> None:
    out = tmp_path / f"ke-hoach{suffix}"
    assert main(["export", str(SEED_000), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(magic)
    assert f"«{out}»" in capsys.readouterr().out


def test_it_writes_json_equal_to_the_plan(tmp_path: Path) -> None:
    out = tmp_path / "ke-hoach.json"
    assert main(["export", str(SEED_000), "-o", str(out)]) == 0
    assert load_plan(out) == load_plan(SEED_000)


def test_it_uses_a_custom_template(tmp_path: Path) -> None:
    import docx

    template = tmp_path / "mau.docx"
    template.write_bytes(edited_template("2018", "KẾ HOẠCH<", "KẾ HOẠCH (mẫu của Sở)<"))
    out = tmp_path / "ke-hoach.docx"
    assert main(["export", str(SEED_000), "-o", str(out), "--template", str(template)]) == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "KẾ HOẠCH (mẫu của Sở)" in texts
    assert "Cải tiến chất lượng giáo dục năm học 2024 - 2025" in texts


# (the template's change, words of the one-line message)
_BROKEN_TEMPLATES = {
    "not a zip": (None, "không phải tệp Word"),
    "jinja syntax": (("{{ school_name }}", "{{ school_name }"), "lỗi cú pháp Jinja"),
    "unknown placeholder": (("{{ school_name }}", "{{ ten_truong }}"), "«ten_truong»"),
    "missing placeholder": (("{{ signer_name }}", ""), "thiếu chỗ điền"),
    "other form": ("2026", "là mẫu 2026"),
}


@pytest.mark.parametrize("case", sorted(_BROKEN_TEMPLATES))
def test_it_refuses_a_broken_template_in_one_vietnamese_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    change, words = _BROKEN_TEMPLATES[case]
    template = tmp_path / "mau.docx"
    if change is None:
        template.write_bytes(b"PK\x03\x04 truncated")
    elif isinstance(change, str):
        template.write_bytes(default_template(change))
    else:
        template.write_bytes(edited_template("2018", *change))
    out = tmp_path / "ke-hoach.docx"
    assert main(["export", str(SEED_000), "-o", str(out), "--template", str(template)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("caitien: Mẫu văn bản") and words in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_it_reissues_an_imported_word_plan(tmp_path: Path) -> None:
    out = tmp_path / "ke-hoach.json"
    status = main(["export", str(SAMPLE_V1), "-o", str(out)])
    assert status == 0
    assert load_plan(out).document.number == "38/KH-MNSC"


def _bad(tmp_path: Path) -> dict[str, list[str]]:
    broken = tmp_path / "hong.json"
    broken.write_text("{không phải json", encoding="utf-8")
    template = tmp_path / "mau.docx"
    template.write_text("{{", encoding="utf-8")
    out = str(tmp_path / "ra.docx")
    return {
        "missing plan": ["export", str(tmp_path / "khong-co.json"), "-o", out],
        "broken plan": ["export", str(broken), "-o", out],
        "unknown suffix": ["export", str(SEED_000), "-o", str(tmp_path / "ra.odt")],
        "broken template": ["export", str(SEED_000), "-o", out, "--template", str(template)],
        "missing template": ["export", str(SEED_000), "-o", out, "--template", "khong-co.docx"],
        "missing folder": ["export", str(SEED_000), "-o", str(tmp_path / "khong-co" / "ra.docx")],
        "output is input": ["export", str(broken), "-o", str(broken)],
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing plan",
        "broken plan",
        "unknown suffix",
        "broken template",
        "missing template",
        "missing folder",
        "output is input",
    ],
)
def test_it_reports_bad_input_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    argv = _bad(tmp_path)[case]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({*before, "hong.json", "mau.docx"})


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="cần LibreOffice")
def test_it_writes_a_pdf(tmp_path: Path) -> None:
    out = tmp_path / "ke-hoach.pdf"
    assert main(["export", str(SEED_000), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
