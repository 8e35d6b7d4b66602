"""pdfium's C functions that the reader calls thousands of times, without ctypes' argument checks.

pypdfium2's raw bindings declare every function's ``argtypes``, so each call
converts and checks each argument in Python: two thirds of a call's cost
(about 1 µs a call, 0.35 µs without). The reader calls the functions below
for every run of text, path and sampled font, always with arguments of the
C type already: pdfium handles as pypdfium2 returns them, Python ints for
``int`` parameters, ``ctypes.byref`` of ctypes numbers or structures for
out-parameters, and a ``ctypes.c_ulong`` for the one ``unsigned long``. So
these are the same C functions behind a prototype without ``argtypes``,
returning what pypdfium2's binding returns (``int`` or a handle).
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

FS_RECTF = pdfium_c.FS_RECTF


def _direct(function: Any, restype: Any = None) -> Any:
    """``function`` of pypdfium2's raw API behind a prototype that takes arguments as given.

    It returns ``restype`` when given, else what pypdfium2's binding returns.
    """
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:  # pragma: no cover - pypdfium2 binds every function it declares
        raise ImportError(f"pdfium lacks {function.__name__}")
    return ctypes.CFUNCTYPE(restype or function.restype)(address)


count_rects = _direct(pdfium_c.FPDFText_CountRects)
get_rect = _direct(pdfium_c.FPDFText_GetRect)
get_loose_char_box = _direct(pdfium_c.FPDFText_GetLooseCharBox)
get_text_object = _direct(pdfium_c.FPDFText_GetTextObject)
# The font handle as an int: a key for fonts already read (``ctypes.c_void_p`` it to pass it).
get_font = _direct(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p)
get_base_font_name = _direct(pdfium_c.FPDFFont_GetBaseFontName)
count_page_objects = _direct(pdfium_c.FPDFPage_CountObjects)
get_page_object = _direct(pdfium_c.FPDFPage_GetObject)
count_form_objects = _direct(pdfium_c.FPDFFormObj_CountObjects)
get_form_object = _direct(pdfium_c.FPDFFormObj_GetObject)
get_object_type = _direct(pdfium_c.FPDFPageObj_GetType)
get_bounds = _direct(pdfium_c.FPDFPageObj_GetBounds)
get_draw_mode = _direct(pdfium_c.FPDFPath_GetDrawMode)
# The text object of a character as an int: a key to compare with the objects read from the page.
get_text_object_address = _direct(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
get_clip_path = _direct(pdfium_c.FPDFPageObj_GetClipPath)
count_clip_paths = _direct(pdfium_c.FPDFClipPath_CountPaths)
count_clip_segments = _direct(pdfium_c.FPDFClipPath_CountPathSegments)
get_clip_segment = _direct(pdfium_c.FPDFClipPath_GetPathSegment)
get_segment_point = _direct(pdfium_c.FPDFPathSegment_GetPoint)
