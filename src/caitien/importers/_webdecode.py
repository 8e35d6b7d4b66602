"""Recognise web pages (HTML, MHT) by their first bytes and decode them to text.

See ``docs/formats/html.md``: a single-file web page (MHT) is a MIME message
whose root ``text/html`` part holds the page; a page's encoding comes from a
BOM, the MIME part's charset, its ``<meta>`` charset, UTF-8, or a guessed code page.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
import unicodedata
from typing import TYPE_CHECKING

from caitien.errors import DocumentError

if TYPE_CHECKING:
    from email.message import Message

_MIME_HEADER_END = re.compile(rb"\r?\n\r?\n")
_HTML_SIGNATURE = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])")
_FRAGMENT_TAG = re.compile(r"<(p|div|table|tr|td|br|span|b|font|h[1-6]|ul|ol|li)[\s/>]")
_LEADING_COMMENTS = re.compile(r"^(?:\s|<!--.*?-->|<\?xml[^>]*\?>)*", re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MHT_SCORE = 0.95
HTML_SCORE = 0.95
FRAGMENT_SCORE = 0.8


# ZIP (Office, OpenDocument), PDF and OLE files: never a web page, whatever their bytes hold.
_PACKAGE_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"%PDF", b"\xd0\xcf\x11\xe0")


def page_kind(head: bytes) -> str | None:
    """``"mht"``, ``"html"`` or ``"fragment"`` for the first bytes of a web page, else None."""
    if head.startswith(_PACKAGE_SIGNATURES):
        return None  # every Word, PDF and spreadsheet import asks: answer before any decoding
    if _is_mime(head):
        return "mht"
    text = _head_text(head)
    if not text.startswith("<"):
        return None
    if _HTML_SIGNATURE.search(text):
        return "html"
    if len({match.group(1) for match in _FRAGMENT_TAG.finditer(text)}) >= 2:
        return "fragment"
    return None


def _head_text(head: bytes) -> str:
    """The head as lower-case text for signatures: BOM-aware, Latin-1 otherwise (ASCII matters)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            cut = head[: len(head) - len(head) % 2] if "16" in encoding else head
            text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(cut)
            break
    else:
        text = head.decode("latin-1")
    return _LEADING_COMMENTS.sub("", text.lstrip("\ufeff").lower(), count=1)


def _is_mime(head: bytes) -> bool:
    """Whether the bytes open with a MIME header block announcing a web page."""
    stripped = head.lstrip()
    end = _MIME_HEADER_END.search(stripped)
    block = (stripped[: end.start()] if end else stripped).lower()
    if not block[:1].isalpha() or b"mime-version:" not in block:
        return False
    return bool(re.search(rb"content-type:\s*(multipart/|text/html)", block))


def page_text(data: bytes, name: str) -> tuple[str, str]:
    """The decoded, NFC-normalised HTML of a page or an MHT, and ``"html"`` or ``"mht"``.

    Raises :class:`DocumentError` when an MHT holds no HTML part, or when no
    candidate encoding decodes the bytes.
    """
    if _is_mime(data[:8192]):
        payload, charset = _mht_root(data, name)
        return _decode(payload, charset, name), "mht"
    return _decode(data, None, name), "html"


def _mht_root(data: bytes, name: str) -> tuple[bytes, str | None]:
    """The root HTML part's bytes (transfer encoding undone) and its declared charset."""
    try:
        # The email package parses nested multiparts by recursion: thousands of them
        # nested (no saved page has more than one) reach Python's recursion limit.
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [part for part in message.walk() if part.get_content_type() == "text/html"]
    except RecursionError as exc:
        raise DocumentError(
            f"Tệp «{name}» không đọc được: các phần MIME lồng nhau quá sâu."
        ) from exc
    if not parts:
        raise DocumentError(
            f"Tệp «{name}» là trang web lưu trọn gói (MHT) nhưng không có phần nội dung HTML."
        )
    start = _root_id(message)
    root = next((part for part in parts if _content_id(part) == start), parts[0])
    payload = root.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = b""
    charset = root.get_content_charset()
    return payload, charset


def _root_id(message: Message) -> str | None:
    """The ``start`` parameter of a multipart/related message (its root part's Content-ID)."""
    start = message.get_param("start")
    return start.strip("<>") if isinstance(start, str) else None


def _content_id(part: Message) -> str | None:
    value = part.get("Content-ID")
    return str(value).strip().strip("<>") if value is not None else None


def _decode(data: bytes, declared: str | None, name: str) -> str:
    """The first candidate encoding that decodes ``data`` strictly (see the module docstring)."""
    for candidate in _candidates(data, declared):
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        return unicodedata.normalize("NFC", text)
    guessed = _guess_code_page(data)
    if guessed is None:
        raise DocumentError(f"Tệp «{name}» không đọc được: không rõ bảng mã của trang web.")
    return unicodedata.normalize("NFC", guessed)


def _guess_code_page(data: bytes) -> str | None:
    """A page with no usable label: charset-normalizer's guess among Windows-1258, 1252 and UTF-8.

    Unlike the text reader's guess, no unrestricted second guess follows.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1258", "cp1252", "utf_8"]).best()
    return None if best is None else str(best)


def _candidates(data: bytes, declared: str | None) -> list[str]:
    """Encodings to try in order: BOM, the MIME charset, the ``<meta>`` charset, UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return [encoding]
    candidates = [declared] if declared else []
    meta = _META_CHARSET.search(data[:16384])
    if meta is not None:
        candidates.append(meta.group(1).decode("ascii").lower())
    candidates.append("utf-8")
    return candidates
