"""argparse's own words (headings, usage errors) in Vietnamese.

argparse looks its messages up through ``gettext`` at the moment it uses them, and
Python ships no Vietnamese catalogue for them; :func:`install` points argparse's
lookup at this table so that ``caitien --help`` and every usage error read in
Vietnamese. Messages missing from the table stay as argparse writes them.
"""

from __future__ import annotations

import argparse

MESSAGES: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "subcommands": "lệnh",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không dùng chung được với tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn mơ hồ: %(option)s có thể là %(matches)s"
    ),
    "ignored explicit argument %r": "tham số %r không dùng được ở đây",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}

_PLURALS: dict[str, str] = {"expected %s argument": "cần %s giá trị"}


def translate(message: str) -> str:
    """The Vietnamese of one argparse message, or the message itself when unknown."""
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    """The Vietnamese of a counted argparse message (Vietnamese has one form)."""
    return _PLURALS.get(singular, singular if count == 1 else plural)


def install() -> None:
    """Make argparse speak Vietnamese in this process (idempotent)."""
    # argparse binds ``_`` and ``ngettext`` as module globals and calls them when it
    # formats, so replacing them reaches every parser, including subparsers.
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
