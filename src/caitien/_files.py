"""Writing an output file so that a failure never leaves it half-written, nor clobbers a device."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

# The mode of a new output file, as an editor would make it (mkstemp's files are 0600).
FILE_MODE = 0o644


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: a regular file through a temporary file renamed over it.

    The temporary file sits beside ``path`` (same file system, so the rename is
    atomic) and takes the mode of the file it replaces, or :data:`FILE_MODE`.
    Anything that exists and is not a regular file (``/dev/null``, ``/dev/stdout``,
    a named pipe) is written in place: renaming over it would replace the device
    with a plain file. A symbolic link is followed, and its target replaced.
    Raises :class:`OSError`; the caller words the message.
    """
    path = path.resolve()  # a symbolic link stays a link: its target is what gets replaced
    existing = _mode_of(path)
    if existing is not None and not stat.S_ISREG(existing):
        with path.open("wb") as out:
            out.write(data)
        return
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        temporary.chmod(stat.S_IMODE(existing) if existing is not None else FILE_MODE)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_of(path: Path) -> int | None:
    """The ``st_mode`` of what ``path`` names (links followed), ``None`` when nothing is there."""
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        return None
