"""The plan model: typed classes mirroring the interchange format ``caitien.plan/1``.

A :class:`Plan` holds one improvement plan as the school wrote it (see
``docs/plan-format.md``). It is read from and written to JSON with
:func:`load_plan` / :meth:`Plan.from_dict` and :meth:`Plan.to_dict` /
:func:`dump_plan`; every plan read or written is validated against the schema
shipped in ``caitien/schema/plan.schema.json``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jsonschema

from caitien._files import write_atomically
from caitien.errors import PlanFormatError

FORMAT = "caitien.plan/1"

Form = Literal["2018", "2026"]
Part = Literal["levels_1_3", "level_4"]
SchoolLevel = Literal["mam_non", "tieu_hoc", "thcs", "thpt", "nhieu_cap", "gdtx"]

SCHOOL_LEVELS: tuple[SchoolLevel, ...] = (
    "mam_non",
    "tieu_hoc",
    "thcs",
    "thpt",
    "nhieu_cap",
    "gdtx",
)


@dataclass
class School:
    """The school: its name as written, its kind, and the governing body line of the header."""

    name: str | None = None
    level: SchoolLevel | None = None
    governing_body: str | None = None


@dataclass
class Document:
    """The document's identity: số và ký hiệu, place, date (ISO) and school year ("2024-2025")."""

    number: str | None = None
    place: str | None = None
    date: str | None = None
    school_year: str | None = None


@dataclass
class StandardHeading:
    """A standard heading row of the plan table as written ("Tiêu chuẩn 5: …" → 5, "…")."""

    number: int
    title: str


@dataclass
class Item:
    """One row of the plan table (2018: section III; 2026: section V).

    Text fields keep the document's words; ``target_level`` and ``budget_vnd`` are
    the parsed values of ``target`` and ``budget`` (``None`` when they state none).
    Fields that belong to the other form hold ``""``.
    """

    part: Part | None = None
    standard: int | None = None
    criterion: str | None = None
    criterion_title: str | None = None
    content: str = ""
    target: str = ""
    target_level: int | None = None
    actions: str = ""
    indicator: str = ""
    responsible: str = ""
    timeline: str = ""
    budget: str = ""
    budget_vnd: int | None = None
    evidence: str = ""
    status: str = ""
    support: str = ""
    notes: str = ""


@dataclass
class Problem:
    """A priority problem of the 2026 form, section IV (cells as written)."""

    standard: str = ""
    criteria: str = ""
    current_state: str = ""
    limitation: str = ""
    cause: str = ""


@dataclass
class MonitoringRow:
    """A row of the 2026 monitoring table, section VI ("Cuối học kỳ I", "Cuối năm học")."""

    when: str = ""
    content: str = ""
    result: str = ""
    adjustment: str = ""
    assessor: str = ""


@dataclass
class Role:
    """A role heading of "Tổ chức thực hiện" with its duty points."""

    role: str
    duties: list[str] = field(default_factory=list)


@dataclass
class Signer:
    """Who signs: the title line ("HIỆU TRƯỞNG") and the name."""

    title: str | None = None
    name: str | None = None


@dataclass
class Plan:
    """One education quality improvement plan in either official form.

    ``form`` is "2018" (Thông tư 17/18/19) or "2026" (Thông tư 57, Biểu 2);
    ``framework`` the circular code whose criteria the rows follow, or ``None``
    when the document does not tell. Lists are empty, never ``None``.
    """

    form: Form = "2018"
    school: School = field(default_factory=School)
    framework: str | None = None
    document: Document = field(default_factory=Document)
    general_info: list[str] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    standards: list[StandardHeading] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    monitoring: list[MonitoringRow] = field(default_factory=list)
    organization: list[Role] = field(default_factory=list)
    reporting: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        """Build a plan from a ``caitien.plan/1`` object.

        Raises :class:`PlanFormatError` (Vietnamese message naming the first
        offending field) when ``data`` does not validate against the schema.
        """
        validate_plan_dict(data)
        return cls(
            form=data["form"],
            school=School(**data["school"]),
            framework=data["framework"],
            document=Document(**data["document"]),
            general_info=list(data["general_info"]),
            purposes=list(data["purposes"]),
            bases=list(data["bases"]),
            problems=[Problem(**p) for p in data["problems"]],
            standards=[StandardHeading(**s) for s in data["standards"]],
            items=[Item(**i) for i in data["items"]],
            monitoring=[MonitoringRow(**m) for m in data["monitoring"]],
            organization=[
                Role(role=r["role"], duties=list(r["duties"])) for r in data["organization"]
            ],
            reporting=list(data["reporting"]),
            recipients=list(data["recipients"]),
            signer=Signer(**data["signer"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the plan as a ``caitien.plan/1`` object, keys in the format's order.

        Raises :class:`PlanFormatError` when the plan holds a value the schema
        refuses (a criterion code "1.x", a level 7, a malformed date).
        """
        data: dict[str, Any] = {"format": FORMAT, **asdict(self)}
        ordered = {key: data[key] for key in _TOP_LEVEL_ORDER}
        validate_plan_dict(ordered)
        return ordered


_TOP_LEVEL_ORDER = (
    "format",
    "form",
    "school",
    "framework",
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


@cache
def plan_schema() -> dict[str, Any]:
    """The JSON schema of ``caitien.plan/1`` shipped with the package."""
    text = resources.files("caitien").joinpath("schema/plan.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        plan_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def validate_plan_dict(data: Any) -> None:
    """Check ``data`` against the plan schema; raise :class:`PlanFormatError` on the first error."""
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(gốc)"
        raise PlanFormatError(
            f"Tệp kế hoạch không đúng định dạng {FORMAT}: trường «{where}» không hợp lệ "
            f"({error.message})."
        )


def load_plan(path: str | Path) -> Plan:
    """Read a plan from a ``caitien.plan/1`` JSON file.

    Raises :class:`PlanFormatError` when the file cannot be read, is not JSON, or
    does not validate.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanFormatError(f"Không đọc được tệp kế hoạch «{path.name}»: {exc}.") from exc
    return loads_plan(text, name=path.name)


def loads_plan(text: str, name: str = "kế hoạch") -> Plan:
    """Parse a plan from JSON text; ``name`` is used in error messages."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanFormatError(
            f"Tệp «{name}» không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno})."
        ) from exc
    return Plan.from_dict(data)


def dumps_plan(plan: Plan) -> str:
    """Serialise a plan as indented JSON text, Vietnamese kept readable, newline-terminated."""
    return json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n"


def dump_plan(plan: Plan, path: str | Path) -> None:
    """Write a plan to a JSON file: validated first, then written whole or not at all."""
    write_atomically(Path(path), dumps_plan(plan).encode("utf-8"))
