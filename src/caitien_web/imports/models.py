"""A pending import: the uploaded file and its parsed plan, kept until the user confirms.

It is not a plan: nothing appears among the school's plans before
:meth:`PendingImport.confirm`, which creates the plan and keeps the file with it.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any, ClassVar

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from caitien import plan as core
from caitien.errors import PlanFormatError
from caitien.importers import ImportContext, ImportResult, import_bytes
from caitien_web.orgs.models import Organisation
from caitien_web.plans.models import Plan

# "items[3]" or "items[3].budget": the row a note is about, and the field when it names one.
ROW_PLACE = re.compile(r"^items\[(\d+)\](?:\.(\w+))?$")
# A parsed value goes with the text it is read from: a refusal of one is about the other.
# A level or amount may have been read with the table's unit, so it stays while its text does.
_READ_WITH_UNIT = {"target": "target_level", "budget": "budget_vnd"}
_DERIVED = {"criterion": "standard", **_READ_WITH_UNIT}
_PARSED = set(_DERIVED.values())


class RowCorrectionError(PlanFormatError):
    """A row correction the plan format refuses; ``field`` names the input at fault."""

    def __init__(self, message: str, field: str | None) -> None:
        super().__init__(message)
        self.field = field


def read_document(data: bytes, filename: str) -> ImportResult:
    """Run the core importer over uploaded bytes; DocumentError (Vietnamese) when unreadable."""
    context = ImportContext(max_bytes=settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    return import_bytes(data, filename, context)


class PendingImport(models.Model):
    """An upload waiting for review; deleted when confirmed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    school = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(max_length=200)
    content = models.BinaryField()
    plan_data = models.JSONField()
    notes = models.JSONField(default=list)
    reader = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pending upload")
        verbose_name_plural = _("pending uploads")
        ordering: ClassVar[list[str]] = ["-created_at"]

    def __str__(self) -> str:
        return self.filename

    @classmethod
    def from_upload(cls, user: Any, school: Organisation, name: str, data: bytes) -> PendingImport:
        """Parse the upload and keep it pending; raises DocumentError on unreadable files."""
        result = read_document(data, name)
        return cls.objects.create(
            user=user,
            school=school,
            filename=Path(name).name[:200],
            content=data,
            plan_data=result.plan.to_dict(),
            notes=[asdict(n) for n in result.notes],
            reader=result.reader,
        )

    def core_plan(self) -> core.Plan:
        """The parsed plan."""
        return core.Plan.from_dict(self.plan_data)

    def names_another_school(self, plan: core.Plan) -> bool:
        """True when ``plan``, this upload's parsed plan, names another school better than ours.

        The caller passes the plan it has already parsed, so the page parses it once.
        """
        if not plan.school.name:
            return False
        found = Organisation.matching_school(plan.school.name, None)
        return found is None or found != self.school

    def row(self, index: int) -> dict[str, Any]:
        """The parsed values of row ``index`` (0-based); IndexError when there is none."""
        if index < 0:
            raise IndexError(index)
        return dict(self.plan_data["items"][index])

    def correct_row(self, index: int, changes: dict[str, Any]) -> None:
        """Apply the user's corrections to row ``index`` of the parsed plan and save them.

        Nothing becomes a plan here: only ``plan_data`` changes. The row is checked by the
        core first (RowCorrectionError, in Vietnamese, and nothing saved when a value
        breaks the format). A parsed level or amount is kept when its text did not change
        (the importer may have read it with the table's unit). The importer's notes about
        a changed field, or about the whole row, go: the user has looked at it.
        """
        before = self.row(index)
        changes = _keep_parsed(before, changes)
        changed = {key for key, value in changes.items() if before.get(key) != value}
        if not changed:
            return
        items = list(self.plan_data["items"])
        items[index] = {**before, **changes}
        data = {**self.plan_data, "items": items}
        _validate_row(data, index, before, changes)
        self.plan_data = data
        self.notes = [note for note in self.notes if not _is_about(note, index, changed)]
        self.save(update_fields=["plan_data", "notes"])

    def delete_row(self, index: int) -> None:
        """Drop row ``index`` (a heading read as a row) with its notes; later notes move up."""
        self.row(index)
        items = list(self.plan_data["items"])
        del items[index]
        self.plan_data = {**self.plan_data, "items": items}
        self.notes = [moved for note in self.notes if (moved := _moved_up(note, index))]
        self.save(update_fields=["plan_data", "notes"])

    @transaction.atomic
    def confirm(self, school_year: str, corrections: dict[str, Any] | None = None) -> Plan:
        """Create the plan (draft) with the uploaded file, then forget the pending upload.

        ``corrections`` maps "school.name", "document.number", "document.place",
        "document.date" to the values the user checked on the review page.
        """
        plan = self.core_plan()
        plan.document.school_year = school_year
        for key, value in (corrections or {}).items():
            section, name = key.split(".")
            setattr(getattr(plan, section), name, value)
        stored = Plan.from_core(self.school, plan, self.user, school_year=school_year)
        stored.source_file.save(self.filename, ContentFile(bytes(self.content)), save=True)
        self.delete()
        return stored


def _keep_parsed(before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` without the parsed values of texts the user left as they were."""
    kept = dict(changes)
    for text, parsed in _READ_WITH_UNIT.items():
        if kept.get(text) == before.get(text):
            kept.pop(parsed, None)
    return kept


def _validate_row(
    data: dict[str, Any], index: int, before: dict[str, Any], changes: dict[str, Any]
) -> None:
    """Raise RowCorrectionError, naming the field at fault, unless ``data`` is a valid plan."""
    try:
        core.Plan.from_dict(data)
    except PlanFormatError as error:
        raise RowCorrectionError(
            str(error), _field_at_fault(data, index, before, changes)
        ) from None


def _field_at_fault(
    data: dict[str, Any], index: int, before: dict[str, Any], changes: dict[str, Any]
) -> str | None:
    """The first input whose change alone (with its parsed value) the format refuses."""
    for name in changes:
        if name in _PARSED:
            continue
        alone = {key: changes[key] for key in (name, _DERIVED.get(name, name)) if key in changes}
        items = list(data["items"])
        items[index] = {**before, **alone}
        try:
            core.validate_plan_dict({**data, "items": items})
        except PlanFormatError:
            return name
    return None


def _is_about(note: dict[str, Any], index: int, changed: set[str]) -> bool:
    """Whether an importer note is about row ``index`` as a whole or one of ``changed``."""
    match = ROW_PLACE.match(str(note.get("field") or ""))
    if match is None or int(match[1]) != index:
        return False
    return match[2] is None or match[2] in changed


def _moved_up(note: dict[str, Any], index: int) -> dict[str, Any] | None:
    """The note once row ``index`` is gone: None when about it, renumbered when below it."""
    field = str(note.get("field") or "")
    match = ROW_PLACE.match(field)
    if not match or int(match[1]) < index:
        return note
    if int(match[1]) == index:
        return None
    return {**note, "field": f"items[{int(match[1]) - 1}]" + field[match.end(1) + 1 :]}
