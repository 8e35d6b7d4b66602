"""Write the samples of issue 3: plans typed, wholly or in part, in legacy 8-bit fonts.

The plans are those of ``generate_docx_plans.py``, laid out by the Word writer
of ``generate_docx.py``; their text is then re-typed as a TCVN3 (ABC) or VNI
keyboard driver wrote it, with the font that draws it, so the truth stays the
Unicode plan. The encoders here are written from the published code charts
(docs/formats/legacy-fonts.md) independently of the reader's decoder.

- ``docx/legacy-fonts/<a>-vntime-whole.docx``: every run in ``.VnTime`` (the
  Normal style's font), capitals in ``.VnTimeH`` runs (an all-capitals run
  typed in lowercase codes, as the H font draws every letter as a capital);
- ``docx/legacy-fonts/<b>-pasted-legacy.docx``: Unicode, but the purposes in a
  paragraph style set in ``.VnTime``, the closing lines in a character style set
  in ``.VnTime``, and the actions of every other table row in ``VNI-Times``;
- the same document converted by LibreOffice to ODT and to HTML (``<font face>``),
  and the whole-plan document to Word 97 (``doc/legacy-fonts/``), beside their
  truth. Not to PDF: without the fonts installed LibreOffice draws
  the text in substitutes (LiberationSerif, DejaVuSans) and the PDF keeps only
  their names, so no reader can tell the text was TCVN3 or VNI; the PDF path is
  tested with PDFs drawn in ``tests/core/importers/test_legacy_fonts.py``;
- ``text/legacy-fonts/<c>-tcvn3-mojibake.txt``: a text golden's text as copied
  out of a ``.VnTime`` document into Notepad (UTF-8), capitals as the H font
  typed them.

Run from the repository root::

    .venv/bin/python tests/samples/generate_legacy_fonts.py
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from generate_docx import save_deterministic, truth, write_2018
from generate_docx_plans import PLANS
from lxml import etree

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
WHOLE = "thcs-2018-code-title-apart"
PASTED = "tieu-hoc-2018-tab-header"
TEXT_SOURCE = SAMPLES / "text" / "thcs-2018-tab-rows-utf16.txt"

# TCVN3 chart: each Unicode letter followed by its code, space separated.
_TCVN3_CHART = (
    "à\u00b5 ả\u00b6 ã\u00b7 á\u00b8 ạ\u00b9 ă\u00a8 ằ\u00bb ẳ\u00bc ẵ\u00bd ắ\u00be ặ\u00c6 "
    "â\u00a9 ầ\u00c7 ẩ\u00c8 ẫ\u00c9 ấ\u00ca ậ\u00cb è\u00cc ẻ\u00ce ẽ\u00cf é\u00d0 ẹ\u00d1 "
    "ê\u00aa ề\u00d2 ể\u00d3 ễ\u00d4 ế\u00d5 ệ\u00d6 ì\u00d7 ỉ\u00d8 ĩ\u00dc í\u00dd ị\u00de "
    "ò\u00df ỏ\u00e1 õ\u00e2 ó\u00e3 ọ\u00e4 ô\u00ab ồ\u00e5 ổ\u00e6 ỗ\u00e7 ố\u00e8 ộ\u00e9 "
    "ơ\u00ac ờ\u00ea ở\u00eb ỡ\u00ec ớ\u00ed ợ\u00ee ù\u00ef ủ\u00f1 ũ\u00f2 ú\u00f3 ụ\u00f4 "
    "ư\u00ad ừ\u00f5 ử\u00f6 ữ\u00f7 ứ\u00f8 ự\u00f9 ỳ\u00fa ỷ\u00fb ỹ\u00fc ý\u00fd ỵ\u00fe "
    "đ\u00ae Ă\u00a1 Â\u00a2 Ê\u00a3 Ô\u00a4 Ơ\u00a5 Ư\u00a6 Đ\u00a7"
)
TCVN3 = {pair[0]: pair[1] for pair in _TCVN3_CHART.split()}
# VNI: the mark typed after the base letter, per Unicode combining mark.
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {
    "": "â",
    "\u0301": "á",
    "\u0300": "à",
    "\u0309": "å",
    "\u0303": "ã",
    "\u0323": "ä",
}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni_letter(char: str) -> str:
    """One Unicode letter as VNI bytes (one or two characters)."""
    upper = char.isupper()
    parts = unicodedata.normalize("NFD", char.lower())
    base, marks = parts[0], parts[1:]
    tone = next((mark for mark in marks if mark in _VNI_TONE), "")
    if char.lower() == "đ":
        out = "ñ"
    elif "\u0302" in marks:
        out = base + _VNI_CIRCUMFLEX[tone]
    elif "\u0306" in marks:
        out = base + _VNI_BREVE[tone]
    elif "\u031b" in marks:
        out = {"o": "ô", "u": "ö"}[base] + _VNI_TONE.get(tone, "")
    elif base == "i" and tone:
        out = _VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        out = "î"
    else:
        out = base + _VNI_TONE.get(tone, "")
    return out.upper() if upper else out


def to_vni(text: str) -> str:
    """``text`` as a VNI keyboard driver typed it."""
    return "".join(_vni_letter(char) if ord(char) > 0x7F else char for char in text)


def tcvn3_segments(text: str, keep_ascii: bool = False) -> list[tuple[str, str]]:
    """``text`` typed in TCVN3 as (codes, font) pieces: ``.VnTime``, capitals in ``.VnTimeH``.

    A run wholly in capitals goes to the H font typed in lowercase codes (its
    ASCII letters too, unless ``keep_ascii``: typed with Caps Lock on); a toned
    capital inside other text (which ``.VnTime`` cannot draw) gets an H run of its own.
    """
    letters = [char for char in text if char.isalpha()]
    if len(letters) > 1 and text == text.upper():
        typed = (
            TCVN3.get(char.lower(), char) if keep_ascii else TCVN3.get(char, char)
            for char in (text if keep_ascii else text.lower())
        )
        return [("".join(typed), ".VnTimeH")]
    pieces: list[tuple[str, str]] = []
    for char in text:
        if char in TCVN3 or char.isascii() or char.lower() not in TCVN3:
            piece = (TCVN3.get(char, char), ".VnTime")
        else:
            piece = (TCVN3[char.lower()], ".VnTimeH")
        if pieces and pieces[-1][1] == piece[1]:
            pieces[-1] = (pieces[-1][0] + piece[0], piece[1])
        else:
            pieces.append(piece)
    return pieces


# Rewriting the runs of a python-docx document ----------------------------------------------


def _set_font(run: Any, font: str) -> None:
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(run, qn("w:rPr"))
        run.remove(rpr)
        run.insert(0, rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = etree.Element(qn("w:rFonts"))
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), font)


def retype_run(run: Any, encoding: str, own_font: bool) -> None:
    """Re-type one ``w:r``'s text in ``encoding``; split it where the TCVN3 font changes.

    ``own_font`` writes the font on the run; otherwise a style supplies it, and
    only the H pieces get a font of their own.
    """
    texts = run.findall(qn("w:t"))
    if len(texts) != 1 or not texts[0].text:
        for text in texts:
            if text.text:
                text.text = "".join(code for code, _ in tcvn3_segments(text.text))
        return
    if encoding == "vni":
        texts[0].text = to_vni(texts[0].text)
        if own_font:
            _set_font(run, "VNI-Times")
        return
    pieces = tcvn3_segments(texts[0].text)
    runs = [run] + [copy.deepcopy(run) for _ in pieces[1:]]
    for index, (piece, (codes, font)) in enumerate(zip(runs, pieces, strict=True)):
        piece.find(qn("w:t")).text = codes
        piece.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if own_font or font != ".VnTime":
            _set_font(piece, font)
        if index:
            runs[index - 1].addnext(piece)


def _runs(element: Any) -> list[Any]:
    return [run for run in element.iter(qn("w:r")) if run.find(qn("w:t")) is not None]


def _add_style(document: Any, style_id: str, kind: str, font: str) -> None:
    based_on = '<w:basedOn w:val="Normal"/>' if kind == "paragraph" else ""
    xml = (
        f'<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:type="{kind}" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
        f'{based_on}<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr></w:style>'
    )
    document.styles.element.append(etree.fromstring(xml))


def whole_plan(name: str) -> Any:
    """The plan wholly in ``.VnTime``: the Normal style's font, H runs where capitals are."""
    document = write_2018(PLANS[name])
    normal = document.styles["Normal"].element.rPr.rFonts
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        normal.set(qn(attribute), ".VnTime")
    for run in _runs(document.element.body):
        retype_run(run, "tcvn3", own_font=False)
    return document


def pasted_plan(name: str) -> Any:
    """A Unicode plan with boilerplate and some cells pasted from TCVN3 and VNI documents."""
    description = PLANS[name]
    document = write_2018(description)
    _add_style(document, "VanBanCu", "paragraph", ".VnTime")
    _add_style(document, "ChuCu", "character", ".VnTime")
    body = document.element.body
    purposes = set(description["purposes"])
    closing = {document.paragraphs[-1].text, document.paragraphs[-2].text}
    for para in document.paragraphs:
        if para.text.strip() in purposes:
            para.style = document.styles["VanBanCu"]
            for run in _runs(para._p):
                retype_run(run, "tcvn3", own_font=False)
        elif para.text in closing and para.text.strip():
            for run in _runs(para._p):
                run.get_or_add_rPr().insert(
                    0,
                    etree.fromstring(
                        '<w:rStyle xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                        'main" w:val="ChuCu"/>'
                    ),
                )
                retype_run(run, "tcvn3", own_font=False)
    table = max(body.findall(qn("w:tbl")), key=lambda tbl: len(tbl.findall(qn("w:tr"))))
    for index, row in enumerate(table.findall(qn("w:tr"))):
        cells = row.findall(qn("w:tc"))
        if index >= 2 and index % 2 == 0 and len(cells) > 3:
            for run in _runs(cells[3]):
                retype_run(run, "vni", own_font=True)
    return document


def declare_fonts(path: Path, names: list[str]) -> None:
    """List ``names`` in the package's font table, as Word lists every font a document uses."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    entries = "".join(
        f'<w:font w:name="{name}"><w:charset w:val="00"/><w:family w:val="roman"/>'
        '<w:pitch w:val="variable"/></w:font>'
        for name in names
    )
    with zipfile.ZipFile(path, "w") as target:
        for info, data in members:
            if info.filename == "word/fontTable.xml":
                data = data.replace(b"</w:fonts>", entries.encode() + b"</w:fonts>")
            target.writestr(info, data)


def libreoffice(source: Path, target: str, folder: Path) -> Path | None:
    """``source`` converted by LibreOffice to ``target`` ("odt", "html", "doc") in ``folder``."""
    with tempfile.TemporaryDirectory() as work:
        profile = (Path(work) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", target, "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=180)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, no {target} of {source.name}: {exc}\n")
            return None
    return folder / f"{source.stem}.{target}"


def mojibake_text(source: Path) -> str:
    """A UTF-16 text golden's text as copied from a ``.VnTime`` document (H capitals)."""
    text = source.read_bytes().decode("utf-16")
    return "".join(codes for codes, _ in tcvn3_segments_lines(text))


def tcvn3_segments_lines(text: str) -> list[tuple[str, str]]:
    """:func:`tcvn3_segments` word by word, so a capitals word goes to the H font alone."""
    pieces: list[tuple[str, str]] = []
    word = ""
    for char in text:
        if char.isalpha():
            word += char
            continue
        pieces += tcvn3_segments(word, keep_ascii=True) if word else []
        pieces.append((char, ".VnTime"))
        word = ""
    return pieces + (tcvn3_segments(word, keep_ascii=True) if word else [])


def _write(folder: Path, stem: str, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.plan.json").write_text(dumps_plan(truth(PLANS[name])), encoding="utf-8")


def main() -> None:
    """Write the DOCX samples, their LibreOffice conversions and the text sample, with truth."""
    docx_folder = SAMPLES / "docx" / "legacy-fonts"
    whole = f"{WHOLE}-vntime-whole"
    pasted = f"{PASTED}-pasted-legacy"
    _write(docx_folder, whole, WHOLE)
    save_deterministic(whole_plan(WHOLE), docx_folder / f"{whole}.docx")
    declare_fonts(docx_folder / f"{whole}.docx", [".VnTime", ".VnTimeH"])
    _write(docx_folder, pasted, PASTED)
    save_deterministic(pasted_plan(PASTED), docx_folder / f"{pasted}.docx")
    declare_fonts(docx_folder / f"{pasted}.docx", [".VnTime", ".VnTimeH", "VNI-Times"])
    for target in ("odt", "html"):
        folder = SAMPLES / target / "legacy-fonts"
        if libreoffice(docx_folder / f"{pasted}.docx", target, folder) is not None:
            shutil.copy(docx_folder / f"{pasted}.plan.json", folder / f"{pasted}.plan.json")
    folder = SAMPLES / "doc" / "legacy-fonts"
    if libreoffice(docx_folder / f"{whole}.docx", "doc", folder) is not None:
        shutil.copy(docx_folder / f"{whole}.plan.json", folder / f"{whole}.plan.json")
    text_folder = SAMPLES / "text" / "legacy-fonts"
    text_folder.mkdir(parents=True, exist_ok=True)
    stem = f"{TEXT_SOURCE.stem.removesuffix('-utf16')}-tcvn3-mojibake"
    (text_folder / f"{stem}.txt").write_text(mojibake_text(TEXT_SOURCE), encoding="utf-8")
    shutil.copy(TEXT_SOURCE.with_suffix(".plan.json"), text_folder / f"{stem}.plan.json")
    sys.stdout.write("wrote the legacy-font samples\n")


if __name__ == "__main__":
    main()
