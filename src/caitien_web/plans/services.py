"""Plan helpers that need the core frameworks: blank plans and the criterion picker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from caitien import plan as core
from caitien.errors import CaitienError
from caitien.frameworks import framework_for
from caitien.normalise import parse_criterion_code

if TYPE_CHECKING:
    from caitien_web.orgs.models import Organisation


def blank_plan(school: Organisation, year: str) -> core.Plan:
    """An empty plan in the form and framework that apply to the school's kind and year."""
    framework = framework_for(school.school_level, year)
    return core.Plan(
        form=framework.form,
        framework=framework.plan_framework,
        school=core.School(
            name=school.name,
            level=school.school_level,  # type: ignore[arg-type]
            governing_body=school.governing_body or None,
        ),
        document=core.Document(
            number=f"/KH-{school.abbreviation}" if school.abbreviation else None,
            school_year=year,
        ),
        signer=core.Signer(title="HIỆU TRƯỞNG"),
    )


def criterion_help(plan: Any, text: str) -> dict[str, Any]:
    """Context of the picker's help box for the code in ``text`` (empty dict parts when unknown)."""
    code = parse_criterion_code(text) or text.strip()
    try:
        framework = plan.core_framework()
    except CaitienError:
        framework = None
    found = framework.criterion(code) if framework and code else None
    levels = []
    if found is not None:
        levels = [(level, found.requirements(level)) for level in range(1, framework.max_level + 1)]
    return {"code": code, "criterion": found, "framework": framework, "levels": levels}


def criteria_choices(plan: Any) -> list[tuple[str, str]]:
    """(code, "code – title") for every criterion of the plan's framework."""
    try:
        framework = plan.core_framework()
    except CaitienError:
        return []
    if framework is None:
        return []
    return [(c.code, f"{c.code} – {c.title}") for c in framework.criteria()]
