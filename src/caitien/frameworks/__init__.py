"""The Ministry's criteria frameworks as versioned data: TT19/TT17/TT18-2018 and TT57-2026.

Each framework is one YAML file under ``caitien/frameworks/data`` (see
``docs/frameworks.md``), validated against ``data/schema.json`` when first loaded
and cached for the life of the process. Which framework applies to a school kind
in a school year is data too (``data/applicability.yaml``).

    >>> fw = get_framework("TT19-2018")
    >>> fw.criterion("1.1").title
    'Phương hướng, chiến lược xây dựng và phát triển nhà trường'
    >>> framework_for("thpt", "2026-2027").code
    'TT57-2026/II'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.errors import UnknownFrameworkError
from caitien.frameworks._loader import (
    DATA_DIR,
    Catalogue,
    load_catalogue,
    load_framework_file,
    school_year_start,
)
from caitien.frameworks._model import (
    CONFIDENCES,
    Confidence,
    Criterion,
    Framework,
    SchoolResultRule,
    Standard,
    normalise_title,
    titles_match,
)

if TYPE_CHECKING:
    from pathlib import Path

    from caitien.plan import Plan

__all__ = [
    "CONFIDENCES",
    "DATA_DIR",
    "SCHOOL_LEVEL_NAMES",
    "Confidence",
    "Criterion",
    "Framework",
    "SchoolResultRule",
    "Standard",
    "framework_for",
    "framework_for_plan",
    "get_framework",
    "list_frameworks",
    "load_catalogue",
    "load_framework_file",
    "normalise_title",
    "titles_match",
]

SCHOOL_LEVEL_NAMES: dict[str, str] = {
    "mam_non": "trường mầm non",
    "tieu_hoc": "trường tiểu học",
    "thcs": "trường trung học cơ sở",
    "thpt": "trường trung học phổ thông",
    "nhieu_cap": "trường phổ thông có nhiều cấp học",
    "gdtx": "cơ sở giáo dục thường xuyên",
}


def list_frameworks(data_dir: Path | None = None) -> list[Framework]:
    """All frameworks (the six shipped ones by default), 2018 before 2026, mầm non first."""
    return list(load_catalogue(data_dir).frameworks)


def _normalise_code(code: str) -> str:
    return "".join(code.split()).upper()


def _unknown_code(code: str, catalogue: Catalogue) -> UnknownFrameworkError:
    codes = [f.code for f in catalogue.frameworks]
    plan_codes = sorted({f.plan_framework for f in catalogue.frameworks} - set(codes))
    known = ", ".join(codes + plan_codes)
    return UnknownFrameworkError(f"Không có khung tiêu chí mã '{code}'; các mã có: {known}.")


def get_framework(
    code: str, school_level: str | None = None, *, data_dir: Path | None = None
) -> Framework:
    """The framework coded ``code`` ("TT17-2018", "TT57-2026/II"; case and spaces ignored).

    A circular with several appendices ("TT57-2026", as a plan's ``framework`` says)
    resolves to the appendix serving ``school_level`` (mam_non → I, gdtx → III, the
    others → II), or to its default appendix (II) when ``school_level`` is ``None``
    or served by none. Raises :class:`UnknownFrameworkError` for an unknown code.
    """
    catalogue = load_catalogue(data_dir)
    wanted = _normalise_code(code)
    exact = catalogue.by_code().get(wanted)
    if exact is not None:
        return exact
    appendices = [f for f in catalogue.frameworks if f.plan_framework == wanted]
    if not appendices:
        raise _unknown_code(code, catalogue)
    serving = [f for f in appendices if school_level in f.school_levels]
    if serving:
        return serving[0]
    default = catalogue.default_appendix.get(wanted)
    return catalogue.by_code()[default] if default else appendices[0]


def _check_school_level(school_level: str) -> str:
    if school_level not in SCHOOL_LEVEL_NAMES:
        kinds = ", ".join(SCHOOL_LEVEL_NAMES)
        raise UnknownFrameworkError(f"Loại trường '{school_level}' không rõ; các loại: {kinds}.")
    return SCHOOL_LEVEL_NAMES[school_level]


def _nearest_hint(catalogue: Catalogue, school_level: str, year: int) -> str:
    """Where the rules for this kind start or stop, to explain why none applies."""
    rules = [r for r in catalogue.rules if school_level in r.school_levels]
    later = [r for r in rules if r.first is not None and r.first > year]
    if not later:
        return ""
    rule = min(later, key=lambda r: r.first or 0)
    start = rule.first or 0
    return f": khung gần nhất ({rule.framework}) áp dụng từ năm học {start}-{start + 1}"


def framework_for(
    school_level: str, school_year: str, *, data_dir: Path | None = None
) -> Framework:
    """The framework a school of kind ``school_level`` follows in ``school_year`` ("2025-2026").

    The rule is data (``applicability.yaml``): the 2018 circular of the kind up to
    2025-2026, the TT57-2026 appendix of the kind from 2026-2027. Raises
    :class:`UnknownFrameworkError` for an unknown kind, a malformed year, or when no
    framework applies (a GDTX centre before 2026-2027).
    """
    name = _check_school_level(school_level)
    year = school_year_start(school_year)
    if year is None:
        raise UnknownFrameworkError(f"Năm học '{school_year}' không đúng dạng, ví dụ 2024-2025.")
    catalogue = load_catalogue(data_dir)
    for rule in catalogue.rules:
        if rule.applies(school_level, year):
            return catalogue.by_code()[rule.framework]
    hint = _nearest_hint(catalogue, school_level, year)
    raise UnknownFrameworkError(
        f"Không có khung tiêu chí nào áp dụng cho {name} ở năm học {year}-{year + 1}{hint}."
    )


def _framework_for_form(catalogue: Catalogue, school_level: str, form: str) -> Framework | None:
    """The one framework of ``form`` that the rules ever give this kind, if there is exactly one."""
    by_code = catalogue.by_code()
    codes = {r.framework for r in catalogue.rules if school_level in r.school_levels}
    matching = [by_code[c] for c in sorted(codes) if by_code[c].form == form]
    return matching[0] if len(matching) == 1 else None


def framework_for_plan(plan: Plan, *, data_dir: Path | None = None) -> Framework | None:
    """The framework whose criteria a plan follows, or ``None`` when the plan does not tell.

    The plan's ``framework`` field decides when set (its appendix chosen by the school
    kind). Otherwise the kind and school year (:func:`framework_for`), unless the plan
    is written in the other form (a 2018-form plan in 2026-2027 follows the 2018
    criteria): then the only framework of the plan's form for its kind. An unknown
    code or a year no framework covers gives ``None`` or the form's framework, never
    an exception.
    """
    level, year = plan.school.level, plan.document.school_year
    if plan.framework:
        try:
            return get_framework(plan.framework, level, data_dir=data_dir)
        except UnknownFrameworkError:
            return None
    if not level:
        return None
    by_year = _framework_for_year(level, year, data_dir)
    if by_year is not None and by_year.form == plan.form:
        return by_year
    by_form = _framework_for_form(load_catalogue(data_dir), level, plan.form)
    return by_form or by_year


def _framework_for_year(level: str, year: str | None, data_dir: Path | None) -> Framework | None:
    if not year:
        return None
    try:
        return framework_for(level, year, data_dir=data_dir)
    except UnknownFrameworkError:
        return None  # an unusable year: the plan's form may still tell
