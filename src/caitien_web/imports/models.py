"""A pending import: the uploaded file and its parsed plan, kept until the user confirms.

It is not a plan: nothing appears among the school's plans before
:meth:`PendingImport.confirm`, which creates the plan and keeps the file with it.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any, ClassVar

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from caitien import plan as core
from caitien.importers import ImportContext, ImportResult, import_bytes
from caitien_web.orgs.models import Organisation
from caitien_web.plans.models import Plan


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

    def names_another_school(self) -> bool:
        """True when the document's school name fits another school better than the chosen one."""
        plan = self.core_plan()
        if not plan.school.name:
            return False
        found = Organisation.matching_school(plan.school.name, None)
        return found is None or found != self.school

    def flagged_rows(self) -> set[int]:
        """Indexes of the rows an importer note points at ("items[3].budget" → 3)."""
        rows = set()
        for note in self.notes:
            field = note.get("field", "")
            if field.startswith("items[") and "]" in field:
                rows.add(int(field[6 : field.index("]")]))
        return rows

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
