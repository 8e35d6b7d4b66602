"""Runs drawn in legacy Vietnamese fonts (TCVN3, VNI) read back as Unicode.

See docs/formats/legacy-fonts.md. The font of a run is its text object's
(``/BaseFont``, "ABCDEE+.VnTime"). The page's style sampling reads the fonts
of a few runs per line anyway (``_pages._read_styles``); only a page where
one of them is a legacy font has the fonts of all its runs read here, so a
document without such fonts pays nothing more.

pdfium reports the soft hyphen (0xAD, TCVN3's ư) as "-": inside a run in a
TCVN3 font, a hyphen that touches a small letter or a TCVN3 code on one side
and a letter on the other ("Tr-êng", "t- vÊn", "H-íng") is read as 0xAD
again, while one between capitals or digits ("TT-BGD", "2025-2026") stays.
"""

from __future__ import annotations

import ctypes
import re
from typing import TYPE_CHECKING

from caitien.importers.pdf import _pdfium as direct
from caitien.normalise._legacy import LegacyFont, decode_legacy, legacy_font

if TYPE_CHECKING:
    from caitien.importers.pdf._runs import Run

_LOWER = "a-z\u00a1-\u00ff"
_SOFT_HYPHEN = re.compile(
    rf"(?<=[{_LOWER}])-(?=[A-Za-z\u00a1-\u00ff]|\s|$)|(?<=[A-Za-z])-(?=[{_LOWER}])"
)


def font_name(font: int) -> str:
    """The base font name of the pdfium font handle ``font`` ("ABCDEE+.VnTime")."""
    handle = ctypes.c_void_p(font)
    size = direct.get_base_font_name(handle, None, ctypes.c_size_t(0))
    name = ctypes.create_string_buffer(size)
    direct.get_base_font_name(handle, name, ctypes.c_size_t(size))
    return name.value.decode("utf-8", errors="replace")


def decode_pdf_run(text: str, font: LegacyFont, before: str, after: str) -> str:
    """A run's text as pdfium gave it, in ``font``'s encoding, read as Unicode.

    ``before`` and ``after`` are the page's characters next to the run: a run
    cut into single characters (across a ruling) judges its hyphen by them.
    """
    if font.encoding == "tcvn3" and "-" in text:
        text = _SOFT_HYPHEN.sub("\u00ad", before + text + after)
        text = text[len(before) : len(text) - len(after)]
    return decode_legacy(text, font)


def convert_runs(
    raw: object, text: str, runs: list[Run], known: dict[int | None, LegacyFont | None]
) -> tuple[list[Run], set[str]]:
    """``runs`` with the text of those in a legacy font converted, and the encodings met.

    ``text`` is the page's text, whose indices the runs hold. ``known`` maps
    the font handles already judged to their legacy font (or ``None``); it
    grows with the fonts met here. Runs without a character (bullets drawn as
    shapes, index -1) have no font and stay.
    """
    met: set[str] = set()
    out: list[Run] = []
    for run in runs:
        font = direct.get_font(direct.get_text_object(raw, run.order)) if run.order >= 0 else None
        if font not in known:
            known[font] = legacy_font(font_name(font)) if font is not None else None
        legacy = known[font]
        if legacy is None:
            out.append(run)
            continue
        before = text[run.order - 1] if run.order > 0 else ""
        after = text[run.last + 1] if run.last + 1 < len(text) else ""
        out.append(run._replace(text=decode_pdf_run(run.text, legacy, before, after)))
        met.add(legacy.encoding)
    return out, met
