"""Write the OpenDocument samples of ``tests/samples/odt/``: Word samples saved by LibreOffice.

Run from the repository root (LibreOffice required; a document already there is
kept, since LibreOffice's output is not byte-stable)::

    .venv/bin/python tests/samples/generate_odt.py

Each Word sample below is converted with ``soffice --headless --convert-to odt``
(or ``fodt``, flat XML) in a private profile, and its truth copied beside it
under the new name. They are chosen for what LibreOffice writes of them:
Word lists as ``text:list`` with continued numbering, a header on tab stops,
vertically merged cells as ``table:covered-table-cell``, tracked changes as
``text:tracked-changes``, footnotes as ``text:note``, a floating stamp in a cell
as a ``draw:frame``, nested tables, content controls, page headers and footers
in ``styles.xml``; and both forms (2018, 2026) and the shared v1/v3 plans.
Three more (``<name>-native-lists.odt``) are written as a LibreOffice user
writes a plan: section headings numbered by the outline style, "- " and "+ "
points as bullet lists, then saved again by LibreOffice; the text a reader
sees is the Word sample's, so its truth holds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "odt"
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", HERE.parents[2] / "shared"))
SHARED_SAMPLES = SHARED / "fixtures" / "samples"

# (Word document, its truth, the target format)
SOURCES: list[tuple[Path, Path, str]] = [
    *(
        (HERE / "docx" / f"{name}.docx", HERE / "docx" / f"{name}.plan.json", "odt")
        for name in (
            "thcs-2018-code-title-apart",
            "mam-non-2026-word-lists",
            "tieu-hoc-2018-tab-header",
            "gdtx-2026-content-controls",
            "mam-non-2026-nested-time",
            "nhieu-cap-2018-tracked-changes",
            "tieu-hoc-2018-split-per-standard",
            "thpt-2018-no-table",
            "thcs-2026-reordered-tables",
        )
    ),
    *(
        (
            HERE / "docx" / folder / f"{name}.docx",
            HERE / "docx" / folder / f"{name}.plan.json",
            "odt",
        )
        for folder, name in (
            ("round4", "gdtx-2026-split-by-standard"),
            ("round4", "tieu-hoc-2026-prose-lists"),
            ("siblings", "mam-non-2018-roman-no-level-4"),
            ("siblings", "thpt-2018-code-apart"),
        )
    ),
    (SHARED_SAMPLES / "v1.docx", SHARED_SAMPLES / "v1.json", "odt"),
    (SHARED_SAMPLES / "v3.docx", SHARED_SAMPLES / "v3.json", "odt"),
    (
        HERE / "docx" / "nhieu-cap-2018-no-tt.docx",
        HERE / "docx" / "nhieu-cap-2018-no-tt.plan.json",
        "fodt",
    ),
    (
        HERE / "docx" / "thpt-2026-split-pasted.docx",
        HERE / "docx" / "thpt-2026-split-pasted.plan.json",
        "fodt",
    ),
]


# Samples rewritten as a LibreOffice user writes them (see write_native): the Word
# sample's .odt, its section headings and bullets turned into outline headings and lists.
NATIVE = ["tieu-hoc-2018-tab-header", "thcs-2026-reordered-tables", "thcs-2018-code-title-apart"]
ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}
_HEADING = re.compile(r"^([IVX]+)\. (?=\S)")
_BULLETS = {"- ": "Dash", "+ ": "Plus"}
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_LIST_STYLES = (
    '<text:list-style xmlns:text="{text}" xmlns:style="{style}" style:name="Dash">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>'
    '<text:list-style xmlns:text="{text}" xmlns:style="{style}" style:name="Plus">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="+"/></text:list-style>'
).format(**ODF)


def _odf(prefix: str, local: str) -> str:
    return f"{{{ODF[prefix]}}}{local}"


def _text_of(element: Any) -> str:
    return "".join(element.itertext())


def _text_slots(node: Any, tail: bool) -> list[tuple[Any, str]]:
    """(element, "text"/"tail") of every text node under ``node``, in reading order."""
    slots = [(node, "text")]
    for child in node:
        slots.extend(_text_slots(child, tail=True))
    return [*slots, (node, "tail")] if tail else slots


def _strip_prefix(paragraph: Any, prefix: str) -> None:
    """Remove ``prefix`` from the start of a paragraph's text, across its text nodes."""
    left = len(prefix)
    for node, slot in _text_slots(paragraph, tail=False):
        value = getattr(node, slot) or ""
        cut = min(left, len(value))
        setattr(node, slot, value[cut:])
        left -= cut
        if not left:
            return


def _headings(container: Any) -> None:
    """Bold "I. MỤC ĐÍCH…" paragraphs become level-1 headings numbered by the outline."""
    for paragraph in list(container.iterchildren(_odf("text", "p"))):
        match = _HEADING.match(_text_of(paragraph))
        if match:
            _strip_prefix(paragraph, match.group(0))
            paragraph.tag = _odf("text", "h")
            paragraph.set(_odf("text", "outline-level"), "1")


def _bullets(container: Any) -> None:
    """Runs of "- " / "+ " paragraphs become a bulleted list (in the body and in cells)."""
    run: list[Any] = []
    for child in [*list(container), None]:
        prefix = _text_of(child)[:2] if child is not None and child.tag == _odf("text", "p") else ""
        if run and (prefix != _text_of(run[0])[:2]):
            _make_list(run, _BULLETS[_text_of(run[0])[:2]])
            run = []
        if prefix in _BULLETS:
            run.append(child)


def _pin_continuations(body: Any) -> None:
    """Name the list each ``continue-numbering`` list goes on with (``continue-list``).

    ``continue-numbering`` continues the list just before, and the bullet lists
    put between would restart the numbering the Word sample shows.
    """
    last: dict[str | None, Any] = {}
    for listing in body.iterchildren(_odf("text", "list")):
        style = listing.get(_odf("text", "style-name"))
        previous = last.get(style)
        if listing.get(_odf("text", "continue-numbering")) == "true" and previous is not None:
            del listing.attrib[_odf("text", "continue-numbering")]
            if previous.get(_XML_ID) is None:
                previous.set(_XML_ID, f"pinned{len(last)}{id(previous)}")
            listing.set(_odf("text", "continue-list"), previous.get(_XML_ID))
        last[style] = listing


def _make_list(paragraphs: list[Any], style: str) -> None:
    from lxml import etree

    first = paragraphs[0]
    listing = etree.Element(_odf("text", "list"))
    listing.set(_odf("text", "style-name"), style)
    first.addprevious(listing)
    for paragraph in paragraphs:
        _strip_prefix(paragraph, _text_of(paragraph)[:2])
        item = etree.SubElement(listing, _odf("text", "list-item"))
        item.append(paragraph)


def write_native(name: str, folder: Path) -> Path:
    """The sample's .odt with outline headings and bullet lists, saved again by LibreOffice."""
    import zipfile

    from lxml import etree

    source = OUT / f"{name}.odt"
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    content = etree.fromstring(parts["content.xml"])
    body = content.find(f"{_odf('office', 'body')}/{_odf('office', 'text')}")
    _pin_continuations(body)
    _headings(body)
    _bullets(body)
    for cell in body.iter(_odf("table", "table-cell")):
        _bullets(cell)
    automatic = content.find(_odf("office", "automatic-styles"))
    automatic.extend(etree.fromstring(f"<x>{_LIST_STYLES}</x>"))
    styles = etree.fromstring(parts["styles.xml"])
    for level in styles.iter(_odf("text", "outline-level-style")):
        if level.get(_odf("text", "level")) == "1":
            level.set(_odf("style", "num-format"), "I")
            level.set(_odf("style", "num-suffix"), ".")
    parts["content.xml"] = etree.tostring(content, xml_declaration=True, encoding="UTF-8")
    parts["styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8")
    draft = folder / f"{name}-native-lists.odt"
    with zipfile.ZipFile(draft, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", parts.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for member, data in parts.items():
            archive.writestr(member, data)
    return draft


def convert(source: Path, target_format: str, folder: Path) -> bool:
    """Convert ``source`` into ``folder`` with LibreOffice; False (and a message) without it."""
    with tempfile.TemporaryDirectory() as temporary:
        profile = (Path(temporary) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", target_format, "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=180)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, {source.name} not converted: {exc}\n")
            return False
    return True


def main() -> None:
    """Convert what is missing and copy every truth."""
    OUT.mkdir(exist_ok=True)
    for source, truth, target_format in SOURCES:
        document = OUT / f"{source.stem}.{target_format}"
        if not document.exists() and not convert(source, target_format, OUT):
            continue
        shutil.copyfile(truth, OUT / f"{source.stem}.plan.json")
        sys.stdout.write(f"wrote odt/{document.name} and its truth\n")
    for name in NATIVE:
        document = OUT / f"{name}-native-lists.odt"
        if not document.exists():
            with tempfile.TemporaryDirectory() as folder:
                # LibreOffice opens the rewritten package and saves it in its own way.
                draft = write_native(name, Path(folder))
                saved = Path(folder) / "saved"
                if not convert(draft, "odt", saved):
                    continue
                shutil.copyfile(saved / draft.name, document)
        shutil.copyfile(OUT / f"{name}.plan.json", OUT / f"{name}-native-lists.plan.json")
        sys.stdout.write(f"wrote odt/{document.name} and its truth\n")


if __name__ == "__main__":
    main()
