"""Loading the framework data files: YAML → schema check → consistency check → frozen model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import yaml

from caitien.errors import FrameworkDataError
from caitien.frameworks._model import (
    Confidence,
    Criterion,
    Framework,
    FrameworkForm,
    SchoolResultRule,
    Standard,
)
from caitien.frameworks._schema import invalid, validate
from caitien.plan import SCHOOL_LEVELS

DATA_DIR = Path(__file__).resolve().parent / "data"
APPLICABILITY_FILE = "applicability.yaml"
FRAMEWORK_SCHEMA = "schema.json"
APPLICABILITY_SCHEMA = "applicability.schema.json"

# libyaml's loader parses the data ten times faster than the pure-Python one.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SCHOOL_YEAR = re.compile(r"^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$")


@dataclass(frozen=True)
class ApplicabilityRule:
    """Framework ``framework`` applies to ``school_levels`` from year ``first`` to ``last``.

    Years are the first calendar year of a school year (2025 for "2025-2026");
    ``None`` leaves that side open.
    """

    framework: str
    school_levels: tuple[str, ...]
    first: int | None
    last: int | None

    def applies(self, school_level: str, year: int) -> bool:
        """Whether the rule covers this school kind in the school year starting in ``year``."""
        if school_level not in self.school_levels:
            return False
        return (self.first is None or year >= self.first) and (
            self.last is None or year <= self.last
        )


@dataclass(frozen=True)
class Catalogue:
    """Every framework of one data directory, in display order, and the applicability rules."""

    frameworks: tuple[Framework, ...]
    rules: tuple[ApplicabilityRule, ...]
    default_appendix: dict[str, str]

    def by_code(self) -> dict[str, Framework]:
        """The frameworks keyed by their code (built once per catalogue)."""
        index: dict[str, Framework] | None = self.__dict__.get("_by_code")
        if index is None:
            index = {f.code: f for f in self.frameworks}
            object.__setattr__(self, "_by_code", index)
        return index


def school_year_start(school_year: str) -> int | None:
    """The first year of a school year "2024-2025" (or "2024 – 2025"); ``None`` if not one."""
    match = _SCHOOL_YEAR.match(school_year)
    if match is None or int(match[2]) != int(match[1]) + 1:
        return None
    return int(match[1])


def _read_yaml(path: Path) -> Any:
    """The parsed content of a data file; unreadable or malformed files raise FrameworkDataError."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except FileNotFoundError as exc:
        raise FrameworkDataError(f"Không tìm thấy tệp khung tiêu chí {path.name}.") from exc
    except OSError as exc:
        raise FrameworkDataError(f"Không đọc được tệp khung tiêu chí {path.name}.") from exc
    except UnicodeDecodeError as exc:
        raise FrameworkDataError(
            f"Tệp khung tiêu chí {path.name} không phải văn bản UTF-8."
        ) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" ở dòng {mark.line + 1}" if mark is not None else ""
        raise FrameworkDataError(
            f"Tệp khung tiêu chí {path.name} không phải YAML hợp lệ{where}."
        ) from exc


def _criterion(raw: dict[str, Any], standard: int) -> Criterion:
    return Criterion(
        code=raw["code"],
        standard=standard,
        title=raw["title"],
        title_confidence=raw["title_confidence"],
        confidence=raw["confidence"],
        levels={int(k): tuple(v) for k, v in sorted(raw["levels"].items())},
        title_alternatives=tuple(raw.get("title_alternatives", ())),
        mandatory=raw.get("mandatory", False),
        suggested_evidence=raw.get("suggested_evidence", ""),
        indicators=tuple(raw.get("indicators", ())),
        notes=raw.get("notes", ""),
    )


def _standard(raw: dict[str, Any]) -> Standard:
    number = raw["number"]
    return Standard(
        number=number,
        title=raw["title"],
        title_confidence=raw["title_confidence"],
        criteria=tuple(_criterion(c, number) for c in raw["criteria"]),
        title_alternatives=tuple(raw.get("title_alternatives", ())),
        notes=raw.get("notes", ""),
    )


def _check_framework_identity(raw: dict[str, Any], name: str) -> None:
    """Code, plan framework, appendix and form agree with each other."""
    code, plan_framework, appendix = raw["code"], raw["plan_framework"], raw.get("appendix")
    expected = f"{plan_framework}/{appendix}" if appendix else plan_framework
    if code != expected:
        raise invalid(name, ["code"], f"mã '{code}' phải là '{expected}'")
    if raw["form"] == "2026" and raw.get("level_4"):
        raise invalid(name, ["level_4"], "khung mẫu 2026 không có danh sách Mức 4")
    others = [c for s in raw["standards"] for c in s["criteria"] if not c.get("mandatory")]
    required = raw.get("school_result", {}).get("others_required")
    if required is not None and required > len(others):
        problem = f"cần {required} tiêu chí không bắt buộc nhưng chỉ có {len(others)}"
        raise invalid(name, ["school_result", "others_required"], problem)


def _check_standards(raw: dict[str, Any], name: str) -> None:
    """Standards numbered 1, 2, …; criteria "<standard>.<1, 2, …>"; levels up to max_level."""
    max_level = raw["max_level"]
    for index, standard in enumerate(raw["standards"]):
        if standard["number"] != index + 1:
            raise invalid(name, ["standards", index, "number"], f"cần số {index + 1}")
        for position, criterion in enumerate(standard["criteria"]):
            where = ["standards", index, "criteria", position]
            expected = f"{index + 1}.{position + 1}"
            if criterion["code"] != expected:
                raise invalid(
                    name, [*where, "code"], f"mã '{criterion['code']}' phải là '{expected}'"
                )
            if max(int(k) for k in criterion["levels"]) > max_level:
                raise invalid(name, [*where, "levels"], f"có mức vượt quá Mức {max_level}")
            if criterion.get("mandatory") and raw["form"] != "2026":
                raise invalid(
                    name, [*where, "mandatory"], "chỉ khung mẫu 2026 có tiêu chí bắt buộc"
                )


def _framework(raw: dict[str, Any], name: str) -> Framework:
    """A validated framework file as a frozen :class:`Framework`."""
    level_4 = raw.get("level_4", [])
    return Framework(
        code=raw["code"],
        plan_framework=raw["plan_framework"],
        form=cast("FrameworkForm", raw["form"]),
        title=raw["title"],
        circular_number=raw["circular_number"],
        school_levels=tuple(raw["school_levels"]),
        max_level=raw["max_level"],
        standards=tuple(_standard(s) for s in raw["standards"]),
        level_4=tuple(item["text"] for item in level_4),
        level_4_confidence=tuple(cast("Confidence", item["confidence"]) for item in level_4),
        rules=dict(raw["rules"]),
        school_result_rule=SchoolResultRule(**raw.get("school_result", {})),
        appendix=raw.get("appendix"),
        appendix_title=raw.get("appendix_title"),
        issued=raw.get("issued"),
        effective=raw.get("effective"),
        text_note=raw.get("text_note", ""),
        source_file=name,
    )


def load_framework_file(path: Path) -> Framework:
    """Read, validate and build one framework file; raises FrameworkDataError when it is broken."""
    raw = _read_yaml(path)
    validate(raw, FRAMEWORK_SCHEMA, path.name)
    _check_framework_identity(raw, path.name)
    _check_standards(raw, path.name)
    return _framework(raw, path.name)


def _year(value: str | None) -> int | None:
    return None if value is None else school_year_start(value)


def _rule(
    raw: dict[str, Any], index: int, name: str, frameworks: dict[str, Framework]
) -> ApplicabilityRule:
    """One checked rule: its framework exists and serves its kinds, its years are in order."""
    where: list[object] = ["rules", index]
    framework = frameworks.get(raw["framework"])
    if framework is None:
        raise invalid(name, [*where, "framework"], f"không có khung '{raw['framework']}'")
    foreign = [k for k in raw["school_levels"] if k not in framework.school_levels]
    if foreign:
        problem = f"khung {framework.code} không dành cho {', '.join(foreign)}"
        raise invalid(name, [*where, "school_levels"], problem)
    first, last = _year(raw.get("from")), _year(raw.get("until"))
    if (first is None and "from" in raw) or (last is None and "until" in raw):
        raise invalid(name, where, "năm học phải liền nhau, ví dụ 2024-2025")
    if first is not None and last is not None and first > last:
        raise invalid(name, where, "năm bắt đầu sau năm kết thúc")
    return ApplicabilityRule(framework.code, tuple(raw["school_levels"]), first, last)


def _overlap(a: ApplicabilityRule, b: ApplicabilityRule) -> bool:
    """Whether two rules cover a common school kind in a common school year."""
    if not set(a.school_levels) & set(b.school_levels):
        return False
    a_first, b_first = a.first or 0, b.first or 0
    a_last, b_last = a.last or 9999, b.last or 9999
    return a_first <= b_last and b_first <= a_last


def _check_overlaps(rules: list[ApplicabilityRule], name: str) -> None:
    # Two frameworks for one school in one year would make the answer depend on order.
    for index, rule in enumerate(rules):
        for other in rules[:index]:
            if _overlap(rule, other):
                problem = f"trùng phạm vi với quy tắc của {other.framework}"
                raise invalid(name, ["rules", index], problem)


def _applicability(
    path: Path, frameworks: dict[str, Framework]
) -> tuple[tuple[ApplicabilityRule, ...], dict[str, str]]:
    """The applicability rules, checked against the frameworks that exist and each other."""
    raw = _read_yaml(path)
    validate(raw, APPLICABILITY_SCHEMA, path.name)
    rules = [_rule(r, i, path.name, frameworks) for i, r in enumerate(raw["rules"])]
    _check_overlaps(rules, path.name)
    defaults = dict(raw.get("default_appendix", {}))
    for plan_framework, code in defaults.items():
        if code not in frameworks or not code.startswith(plan_framework + "/"):
            problem = f"không có khung '{code}'"
            raise invalid(path.name, ["default_appendix", plan_framework], problem)
    return tuple(rules), defaults


def _display_order(framework: Framework) -> tuple[int, int, str]:
    # By circular year, then by the youngest school kind served: mầm non, tiểu học, …
    year = int(framework.plan_framework.rsplit("-", 1)[-1])
    kind = min(SCHOOL_LEVELS.index(cast("Any", k)) for k in framework.school_levels)
    return year, kind, framework.code


def _load(data_dir: Path) -> Catalogue:
    paths = sorted(p for p in data_dir.glob("*.yaml") if p.name != APPLICABILITY_FILE)
    if not paths:
        raise FrameworkDataError(f"Không tìm thấy tệp khung tiêu chí nào trong thư mục {data_dir}.")
    frameworks: dict[str, Framework] = {}
    for path in paths:
        framework = load_framework_file(path)
        if framework.code in frameworks:
            other = frameworks[framework.code].source_file
            raise invalid(path.name, ["code"], f"mã '{framework.code}' trùng với tệp {other}")
        frameworks[framework.code] = framework
    rules, defaults = _applicability(data_dir / APPLICABILITY_FILE, frameworks)
    ordered = tuple(sorted(frameworks.values(), key=_display_order))
    return Catalogue(ordered, rules, defaults)


@cache
def _load_cached(data_dir: str) -> Catalogue:
    return _load(Path(data_dir))


@cache
def _load_default() -> Catalogue:
    # The package data: skip resolving the path on every lookup.
    return _load_cached(str(DATA_DIR))


def load_catalogue(data_dir: Path | None = None) -> Catalogue:
    """Every framework of ``data_dir`` (default: the data shipped in the package).

    Each directory is read once per process; a broken file raises
    :class:`FrameworkDataError` naming the file and the entry, and is read again on
    the next call.
    """
    if data_dir is None:
        return _load_default()
    return _load_cached(str(data_dir.resolve()))
