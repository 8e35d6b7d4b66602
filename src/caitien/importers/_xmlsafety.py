"""The one lxml parser every reader parses document XML with: no entities, DTDs or network."""

from __future__ import annotations

from lxml import etree

# Entities and DTDs off: a crafted part must not expand ("billion laughs") or read files;
# huge_tree off keeps lxml's depth and size limits. collect_ids=False: nothing looks
# elements up by xml:id, and the parser's id table costs.
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    collect_ids=False,
)
