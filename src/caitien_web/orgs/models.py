"""Organisations form a tree (Sở → UBND xã/phường or Phòng → schools); people hold roles in them."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgKind(models.TextChoices):
    """What an organisation is."""

    SO = "so", _("Department of Education and Training")
    XA = "xa", _("Commune or ward People's Committee")
    PHONG = "phong", _("District education office")
    SCHOOL = "school", _("School")


class SchoolLevel(models.TextChoices):
    """The school's kind, as the plan format's ``school.level``."""

    MAM_NON = "mam_non", _("Preschool")
    TIEU_HOC = "tieu_hoc", _("Primary school")
    THCS = "thcs", _("Lower secondary school")
    THPT = "thpt", _("Upper secondary school")
    NHIEU_CAP = "nhieu_cap", _("Several school levels")
    GDTX = "gdtx", _("Continuing education")


class Role(models.TextChoices):
    """A person's role in an organisation; ``SUPERVISOR`` belongs to overseeing bodies."""

    PRINCIPAL = "principal", _("Principal")
    COUNCIL = "council", _("Council member")
    MONITOR = "monitor", _("Monitoring team")
    VIEWER = "viewer", _("Viewer")
    SUPERVISOR = "supervisor", _("Supervisor")


SCHOOL_ROLES = (Role.PRINCIPAL, Role.COUNCIL, Role.MONITOR, Role.VIEWER)
EDITOR_ROLES = (Role.PRINCIPAL, Role.COUNCIL)


class Organisation(models.Model):
    """A node of the tree; ``path`` ("/1/4/9/") makes subtree queries one ``startswith``."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=OrgKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    school_level = models.CharField(
        _("school level"), max_length=10, choices=SchoolLevel.choices, blank=True
    )
    governing_body = models.CharField(_("governing body line"), max_length=200, blank=True)
    abbreviation = models.CharField(
        _("abbreviation in document numbers"), max_length=20, blank=True
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering: ClassVar[list[str]] = ["path"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.CheckConstraint(
                condition=~models.Q(kind="school") | ~models.Q(school_level=""),
                name="school_has_level",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        """Save, then compute ``path`` from the parent's (the id is needed first)."""
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        path = f"{self.parent.path if self.parent else '/'}{self.pk}/"
        if path != self.path:
            self.path = path
            Organisation.objects.filter(pk=self.pk).update(path=path)

    def clean(self) -> None:
        """A school has a kind and a parent; only schools have a kind."""
        if self.kind == OrgKind.SCHOOL and not self.school_level:
            raise ValidationError({"school_level": _("A school must have a school level.")})
        if self.kind != OrgKind.SCHOOL and self.school_level:
            raise ValidationError({"school_level": _("Only schools have a school level.")})

    @classmethod
    def matching_school(cls, name: str | None, level: str | None) -> Organisation | None:
        """The school whose name is closest to ``name`` (same kind when known), if close enough.

        Names are compared case-folded with the usual abbreviations spelled out
        ("THCS" = "Trung học cơ sở"), so a document's header finds its school.
        """
        if not name:
            return None
        schools = cls.objects.filter(kind=OrgKind.SCHOOL)
        if level:
            schools = schools.filter(school_level=level)
        wanted = _comparable(name)
        scored = [(SequenceMatcher(None, wanted, _comparable(s.name)).ratio(), s) for s in schools]
        best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        return best[1] if best[0] >= 0.85 else None

    @property
    def is_school(self) -> bool:
        """True for a school (plans belong to schools only)."""
        return self.kind == OrgKind.SCHOOL


class Membership(models.Model):
    """A person's role in one organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)

    class Meta:
        verbose_name = _("user role")
        verbose_name_plural = _("user roles")
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_role_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.organisation}"

    def clean(self) -> None:
        """Supervisors sit in overseeing bodies; the four school roles in schools."""
        is_school = self.organisation.kind == OrgKind.SCHOOL
        if is_school == (self.role == Role.SUPERVISOR):
            raise ValidationError({"role": _("The role does not fit the kind of organisation.")})


_ABBREVIATIONS = {
    "thcs": "trung học cơ sở",
    "thpt": "trung học phổ thông",
    "th": "tiểu học",
    "mn": "mầm non",
    "gdtx": "giáo dục thường xuyên",
}


def _comparable(name: str) -> str:
    words = unicodedata.normalize("NFC", name).casefold().replace(",", " ").split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)
