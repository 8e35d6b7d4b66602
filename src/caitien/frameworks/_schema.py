"""Validation of framework data files against their JSON schemas, with Vietnamese messages."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import jsonschema
import jsonschema.exceptions

from caitien.errors import FrameworkDataError

if TYPE_CHECKING:
    from collections.abc import Iterable

SCHEMA_DIR = Path(__file__).resolve().parent / "data"


@cache
def _validator(schema_name: str) -> jsonschema.protocols.Validator:
    """The validator of a schema shipped beside the data (parsed once per process)."""
    schema = json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def entry_path(parts: Iterable[object]) -> str:
    """A location inside a data file as "standards/1/criteria/2/code" (indexes from 0)."""
    return "/".join(str(p) for p in parts) or "gốc tệp"


_TYPE_NAMES = {
    "object": "bảng khóa - giá trị",
    "array": "danh sách",
    "string": "chuỗi",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true hoặc false",
}


def _quote(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "…'"


def _describe(error: jsonschema.exceptions.ValidationError) -> str:
    """One Vietnamese phrase saying what is wrong in a schema error."""
    kind: Any = error.validator
    value: Any = error.instance
    expected: Any = error.validator_value
    if kind == "required":
        missing = [k for k in expected if isinstance(value, dict) and k not in value]
        return f"thiếu trường {', '.join(repr(k) for k in missing)}"
    if kind == "additionalProperties":
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = [k for k in value if k not in known] if isinstance(value, dict) else []
        return f"có trường không được phép: {', '.join(repr(k) for k in extra)}"
    if kind in ("enum", "const"):
        allowed = expected if kind == "enum" else [expected]
        shown = ", ".join(str(a) for a in allowed)
        return f"giá trị {_quote(value)} không nằm trong các giá trị cho phép: {shown}"
    if kind == "pattern":
        return f"giá trị {_quote(value)} không đúng dạng"
    if kind == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        shown = " hoặc ".join(_TYPE_NAMES.get(t, str(t)) for t in wanted)
        return f"giá trị {_quote(value)} sai kiểu (cần {shown})"
    if kind in ("minItems", "minLength"):
        return "giá trị rỗng"
    if kind == "uniqueItems":
        return "danh sách có phần tử trùng nhau"
    if kind in ("minimum", "maximum"):
        return f"giá trị {_quote(value)} nằm ngoài khoảng cho phép"
    return f"không khớp lược đồ (quy tắc {kind})"


def _error_path(error: jsonschema.exceptions.ValidationError) -> list[object]:
    # A bad key of a mapping (propertyNames) is reported at the mapping; name the key too.
    path: list[object] = list(error.absolute_path)
    if "propertyNames" in error.absolute_schema_path:
        path.append(cast("object", error.instance))
    return path


def validate(data: Any, schema_name: str, file_name: str) -> None:
    """Check ``data`` (parsed from ``file_name``) against ``schema_name``.

    Raises :class:`FrameworkDataError` naming the file and the entry of the first
    problem, e.g. "… tt17-2018.yaml không hợp lệ ở standards/1/criteria/2/code: …".
    """
    validator = _validator(schema_name)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return
    where = entry_path(_error_path(error))
    raise FrameworkDataError(
        f"Tệp khung tiêu chí {file_name} không hợp lệ ở {where}: {_describe(error)}."
    )


def invalid(file_name: str, parts: Iterable[object], problem: str) -> FrameworkDataError:
    """The error for a problem the schema cannot see (duplicates, numbering, references)."""
    where = entry_path(parts)
    return FrameworkDataError(f"Tệp khung tiêu chí {file_name} không hợp lệ ở {where}: {problem}.")
