"""Plan checks: pure functions from a plan (and its framework) to findings with stable rule ids.

    >>> findings = check_plan(load_plan("ke-hoach.json"))
    >>> [f.rule for f in findings if f.severity == "error"]
    ['item-wrong-standard']

Every rule id is in :data:`RULES` and documented in ``docs/checks.md``. The rules
live in one module per group: :mod:`.structure` (framework, sections),
:mod:`.document` (số, ngày, người ký), :mod:`.criteria` (codes, titles, levels),
:mod:`.rows` (the cells of each row) and :mod:`.form2026` (Thông tư 57 form).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.checks import criteria, document, form2026, rows, structure
from caitien.checks._context import CheckContext
from caitien.checks._describe import describe_where
from caitien.checks._model import RULES, Finding, Rule, Severity, Where
from caitien.frameworks import framework_for_plan

if TYPE_CHECKING:
    from caitien.checks._context import Check
    from caitien.frameworks import Framework
    from caitien.plan import Plan

__all__ = [
    "RULES",
    "Finding",
    "Rule",
    "Severity",
    "Where",
    "check_plan",
    "describe_where",
]

_CHECKS: tuple[Check, ...] = (
    *structure.CHECKS,
    *document.CHECKS,
    *criteria.CHECKS,
    *rows.CHECKS,
    *form2026.CHECKS,
)
_SECTION_ORDER = (
    "framework",
    "school",
    "document",
    "general_info",
    "purposes",
    "bases",
    "problems",
    "standards",
    "items",
    "monitoring",
    "organization",
    "reporting",
    "recipients",
    "signer",
)


def check_plan(plan: Plan, framework: Framework | None = None) -> list[Finding]:
    """Check ``plan`` and return its findings, errors first, then in document order.

    ``framework`` is the criteria framework to check against; ``None`` means the
    plan's own (:func:`caitien.frameworks.framework_for_plan`). When no framework
    can be determined, the rules that need one are skipped and an info finding
    ``framework-unknown`` says so. Never raises on a plan's content: what is odd
    in the plan becomes a finding.
    """
    context = CheckContext(plan, framework or framework_for_plan(plan))
    findings = [found for check in _CHECKS for found in check(context)]
    return sorted(findings, key=_sort_key)


def _sort_key(found: Finding) -> tuple[int, int, int, str]:
    where = found.where
    section = (
        _SECTION_ORDER.index(where.section)
        if where.section in _SECTION_ORDER
        else len(_SECTION_ORDER)
    )
    return (found.severity.rank, section, -1 if where.item is None else where.item, found.rule)
