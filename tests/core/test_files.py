"""write_atomically: a regular file replaced whole, a device or a pipe written in place."""

from __future__ import annotations

import os
import stat
import threading
from typing import TYPE_CHECKING

from caitien._files import write_atomically

if TYPE_CHECKING:
    from pathlib import Path


def test_it_creates_a_new_file_readable_by_others(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.json"
    write_atomically(path, b"{}\n")
    assert path.read_bytes() == b"{}\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_it_replaces_a_file_keeping_its_mode_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.json"
    path.write_bytes(b"old, longer content")
    path.chmod(0o640)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.json"]


def test_it_writes_through_a_symbolic_link_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "that.json"
    target.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


def test_it_writes_into_a_named_pipe_instead_of_replacing_it(tmp_path: Path) -> None:
    # /dev/null, /dev/stdout and pipes are not regular files: a rename over one
    # would put a plain file in its place (root may do that to /dev/null).
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_atomically(pipe, b"plan")
    reader.join(timeout=10)
    assert received == [b"plan"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
