"""Rows standing under a criterion cell merged down over several action rows."""

from __future__ import annotations

from caitien.plan import Item

# Short cells a page break seldom cuts: whole on the first page, so a row cut by a
# break leaves them blank, while a further action row fills them afresh.
_SHORT_ROLES = ("responsible", "timeline")


def _starts_fresh(text: str) -> bool:
    """True when ``text`` opens a cell (a capital, a digit or a bullet), not a cut sentence."""
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in "-–+•*"


def is_sibling_row(above: Item, fields: dict[str, str]) -> bool:
    """True when a row without a criterion is a further action of the criterion above.

    A table pasted as text writes a criterion cell merged down over several action
    rows once, on its first row; the rows below it have a blank criterion cell, as
    has the rest of a row cut by a page break. The two differ in the short cells:
    a further action row opens its actions afresh and fills afresh a short cell
    (chủ trì, thời gian) that the item above filled too, whereas a cut row only
    carries on the long cells. ``fields`` are the row's texts by role.
    """
    if above.criterion is None and above.criterion_title is None:
        return False
    actions = fields.get("actions", "")
    if not actions or not _starts_fresh(actions):
        return False
    shared = [role for role in _SHORT_ROLES if fields.get(role) and getattr(above, role)]
    return bool(shared) and all(_starts_fresh(fields[role]) for role in shared)


def sibling_item(above: Item, fields: dict[str, str], roles: tuple[str, ...]) -> Item:
    """The row as an item of the criterion above: its code, title, part and standard, and
    the target above when its own target cell is blank (merged with the criterion)."""
    item = Item(
        part=above.part,
        standard=above.standard,
        criterion=above.criterion,
        criterion_title=above.criterion_title,
    )
    for role in roles:
        setattr(item, role, fields.get(role, ""))
    if not item.target:
        item.target = above.target
    return item
