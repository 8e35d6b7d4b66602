"""Just enough of the OLE compound file format to tell a .doc, an encrypted .docx and others apart.

Word 97–2003 files and password-protected Office 2007+ files are both OLE
compound files (signature ``D0 CF 11 E0 A1 B1 1A E1``). Which one a file is
shows in its directory: a ``WordDocument`` stream (a .doc, whose FIB says
whether it is encrypted) or an ``EncryptedPackage`` stream (an encrypted OOXML
package). The reader never inflates anything and bounds every chain it follows.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_HEADER_DIFAT_ENTRIES = 109
_DIRECTORY_ENTRY = 128
_FIB_FLAGS_OFFSET = 0x0A
_F_ENCRYPTED = 0x0100


class OleError(ValueError):
    """The bytes claim to be a compound file but its structure is broken."""


@dataclass(frozen=True)
class Stream:
    """A directory entry of type stream: its name, first sector and size."""

    name: str
    start: int
    size: int


class CompoundFile:
    """A compound file held in memory (callers cap its size before reading it)."""

    def __init__(self, data: bytes) -> None:
        """Parse the header, the allocation table and the directory; raise :class:`OleError`."""
        if not data.startswith(SIGNATURE) or len(data) < 512:
            raise OleError("not a compound file")
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise OleError("bad sector size")
        self.sector_size = 1 << shift
        try:
            self.fat = self._read_fat()
            self.streams = self._read_directory(struct.unpack_from("<I", data, 0x30)[0])
        except struct.error as exc:  # a truncated sector
            raise OleError("truncated compound file") from exc

    def _sector(self, index: int) -> bytes:
        offset = (index + 1) * self.sector_size
        if index < 0 or offset >= len(self.data):
            raise OleError("sector out of range")
        return self.data[offset : offset + self.sector_size]

    def _read_fat(self) -> list[int]:
        fat_sectors = list(struct.unpack_from(f"<{_HEADER_DIFAT_ENTRIES}I", self.data, 0x4C))
        difat = struct.unpack_from("<I", self.data, 0x44)[0]
        per_sector = self.sector_size // 4
        for _ in range(len(self.data) // self.sector_size + 1):  # bounded DIFAT walk
            if difat in (_END_OF_CHAIN, _FREE):
                break
            entries = struct.unpack(f"<{per_sector}I", self._sector(difat))
            fat_sectors.extend(entries[:-1])
            difat = entries[-1]
        fat: list[int] = []
        for sector in fat_sectors:
            if sector in (_END_OF_CHAIN, _FREE):
                continue
            fat.extend(struct.unpack(f"<{per_sector}I", self._sector(sector)))
        return fat

    def chain(self, start: int) -> list[int]:
        """The sectors of the chain starting at ``start``, cycles and overruns refused."""
        sectors: list[int] = []
        current = start
        while current not in (_END_OF_CHAIN, _FREE):
            if current >= len(self.fat) or len(sectors) > len(self.fat):
                raise OleError("broken sector chain")
            sectors.append(current)
            current = self.fat[current]
        return sectors

    def _read_directory(self, start: int) -> dict[str, Stream]:
        raw = b"".join(self._sector(index) for index in self.chain(start))
        streams: dict[str, Stream] = {}
        for offset in range(0, len(raw) - _DIRECTORY_ENTRY + 1, _DIRECTORY_ENTRY):
            entry = raw[offset : offset + _DIRECTORY_ENTRY]
            name_length = struct.unpack_from("<H", entry, 0x40)[0]
            kind = entry[0x42]
            if kind != 2 or not 2 <= name_length <= 64:  # 2 = stream
                continue
            name = entry[: name_length - 2].decode("utf-16-le", "replace")
            start_sector, size = struct.unpack_from("<IQ", entry, 0x74)
            streams[name] = Stream(name=name, start=start_sector, size=size)
        return streams

    def head(self, name: str, length: int) -> bytes:
        """The first ``length`` bytes of a regular (not mini) stream; ``b""`` when absent."""
        stream = self.streams.get(name)
        if stream is None:
            return b""
        out = bytearray()
        for sector in self.chain(stream.start):
            out += self._sector(sector)
            if len(out) >= length:
                break
        return bytes(out[:length])

    def is_encrypted_package(self) -> bool:
        """True for a password-protected Office 2007+ file (an ``EncryptedPackage`` stream)."""
        return "EncryptedPackage" in self.streams

    def is_word_document(self) -> bool:
        """True when the file holds a Word 97–2003 ``WordDocument`` stream."""
        return "WordDocument" in self.streams

    def is_encrypted_word_document(self) -> bool:
        """True when the Word FIB flags the document as encrypted (a password to open)."""
        fib = self.head("WordDocument", _FIB_FLAGS_OFFSET + 2)
        if len(fib) < _FIB_FLAGS_OFFSET + 2:
            return False
        flags = struct.unpack_from("<H", fib, _FIB_FLAGS_OFFSET)[0]
        return bool(flags & _F_ENCRYPTED)
