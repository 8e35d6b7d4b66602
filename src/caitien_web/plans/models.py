"""Plans stored as header JSON plus one row per table item, with status and field-level history.

A :class:`Plan` keeps every part of ``caitien.plan/1`` except ``items`` in
``header``; each item is a :class:`PlanItem` with a ``position`` and a
``version`` (optimistic locking). :meth:`Plan.to_core` rebuilds the core
dataclass used by checks and exporters.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, fields
from typing import Any, ClassVar

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from caitien import plan as core
from caitien.checks import Finding, check_plan
from caitien.errors import CaitienError, PlanFormatError
from caitien.frameworks import Framework, framework_for_plan, get_framework
from caitien_web.orgs.models import Organisation

# Findings are cached under the plan's content version, which changes with every edit,
# so an entry is never stale; the timeout only bounds the memory of plans nobody opens.
FINDINGS_CACHE_SECONDS = 24 * 3600
ITEM_FIELDS = tuple(f.name for f in fields(core.Item))
TEXT_FIELDS = tuple(
    name for name in ITEM_FIELDS if name not in {"part", "standard", "target_level", "budget_vnd"}
)


class Status(models.TextChoices):
    """Where the plan is in its life: edited, approved (locked), published (public page)."""

    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")


class StaleVersionError(Exception):
    """Raised when a row changed since the editor loaded it; carries the current row."""

    def __init__(self, current: PlanItem) -> None:
        super().__init__(gettext("Someone else has changed this row."))
        self.current = current


class LockedPlanError(Exception):
    """Raised when a change is attempted on an approved or published plan."""


def _public_slug() -> str:
    return secrets.token_urlsafe(18)


class PlanQuerySet(models.QuerySet["Plan"]):
    """Plans, optionally with the id of their latest change read in the same query."""

    def with_latest_change(self) -> PlanQuerySet:
        """Each plan carries its latest change's id: :meth:`Plan.content_version` asks nothing.

        For pages that only read: a plan changed after it was loaded keeps the id read
        here, so a page that changes the plan loads it without this.
        """
        latest = PlanChange.objects.filter(plan=models.OuterRef("pk")).order_by("-id")
        return self.annotate(known_latest_change_id=models.Subquery(latest.values("id")[:1]))


class Plan(models.Model):
    """One school's improvement plan for one school year."""

    school = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="plans", verbose_name=_("school")
    )
    school_year = models.CharField(_("school year"), max_length=9)
    form = models.CharField(_("form"), max_length=4, default="2018")
    framework = models.CharField(_("framework"), max_length=20, blank=True)
    header = models.JSONField(_("content outside the table"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    edition = models.PositiveIntegerField(_("edition"), default=1)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    slug = models.CharField(max_length=32, unique=True, default=_public_slug, editable=False)
    source_file = models.FileField(_("original file"), upload_to="imports/%Y/", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering: ClassVar[list[str]] = ["-school_year", "school__name", "-edition"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["school", "school_year", "edition"], name="one_edition_per_year"
            ),
            models.CheckConstraint(
                condition=models.Q(school_year__regex=r"^\d{4}-\d{4}$"), name="school_year_format"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.school.name} – {self.school_year}"

    @property
    def locked(self) -> bool:
        """Approved and published plans cannot be edited (open a new edition instead)."""
        return self.status != Status.DRAFT

    def to_core(self) -> core.Plan:
        """The plan as the core dataclass (header + ordered rows)."""
        data = {**self.header, "format": core.FORMAT, "form": self.form}
        data["framework"] = self.framework or None
        data["items"] = [item.data for item in self.items.all()]
        return core.Plan.from_dict(data)

    def latest_change_id(self) -> int:
        """The id of the plan's latest recorded change (0 when none): a version of its content.

        Read with the plan when it was loaded through :meth:`PlanQuerySet.with_latest_change`.
        """
        if "known_latest_change_id" in self.__dict__:
            return self.__dict__["known_latest_change_id"] or 0
        return self.changes.order_by("-id").values_list("id", flat=True).first() or 0

    def content_version(self) -> str:
        """A key that changes whenever the plan's content may have changed (one query).

        Every change made through the model methods records a :class:`PlanChange`; a
        plan saved any other way (the admin) gets a new ``updated_at``. The random slug
        keeps keys of different plans apart, even when database ids are reused.
        """
        saved = self.updated_at.timestamp() if self.updated_at else 0
        return f"{self.slug}:{self.latest_change_id()}:{saved}"

    def core_framework(self) -> Framework | None:
        """The criteria framework the plan follows, or None when unknown.

        A known ``framework`` code is looked up directly (microseconds); otherwise the
        core decides from the whole plan.
        """
        if self.framework:
            try:
                return get_framework(self.framework, self.school.school_level or None)
            except CaitienError:
                pass
        return framework_for_plan(self.to_core())

    def findings(self) -> list[Finding]:
        """The core checks of the current content, run once per content version."""
        key = f"plan-findings:{self.content_version()}"
        found: list[Finding] | None = cache.get(key)
        if found is None:
            found = check_plan(self.to_core())
            cache.set(key, found, FINDINGS_CACHE_SECONDS)
        return found

    @classmethod
    @transaction.atomic
    def from_core(cls, school: Organisation, plan: core.Plan, user: Any, **extra: Any) -> Plan:
        """Create a stored plan from a core plan (the school year falls back to ``extra``).

        Without an ``edition`` in ``extra``, the plan takes the next edition free for
        the school and year (1 for the year's first plan), so a second import or a
        new plan for a year that has one never collides with it.
        """
        data = plan.to_dict()
        items = data.pop("items")
        year = data["document"].get("school_year") or extra.pop("school_year")
        extra.pop("school_year", None)
        extra.setdefault("edition", cls.next_edition(school, year))
        stored = cls.objects.create(
            school=school,
            school_year=year,
            form=data.pop("form"),
            framework=data.pop("framework") or "",
            header=_header_only(data),
            created_by=user,
            **extra,
        )
        PlanItem.objects.bulk_create(
            PlanItem(plan=stored, position=i, data=item) for i, item in enumerate(items)
        )
        rows = ngettext("%(count)d row", "%(count)d rows", len(items)) % {"count": len(items)}
        PlanChange.record(stored, user, "create", after=rows)
        return stored

    @classmethod
    def next_edition(cls, school: Organisation, school_year: str) -> int:
        """The edition a new plan of ``school`` for ``school_year`` takes (1 for the first)."""
        last = cls.objects.filter(school=school, school_year=school_year).aggregate(
            models.Max("edition")
        )["edition__max"]
        return (last or 0) + 1

    def assert_editable(self) -> None:
        """Raise :class:`LockedPlanError` unless the plan is a draft."""
        if self.locked:
            raise LockedPlanError(
                gettext("An approved plan cannot be changed; open a new edition.")
            )

    @transaction.atomic
    def update_header(self, user: Any, changes: dict[str, Any]) -> None:
        """Apply header changes (dotted keys like ``document.number``), recording each one.

        Raises PlanFormatError (Vietnamese) when the result is not a valid plan header;
        nothing is saved when no value differs from the stored one.
        """
        self.assert_editable()
        diffs = [
            (key, before, value)
            for key, value in changes.items()
            if (before := _get_dotted(self.header, key)) != value
        ]
        if not diffs:
            return  # saved unchanged: the plan keeps its "updated" time
        for key, _before, value in diffs:
            _set_dotted(self.header, key, value)
        core.Plan.from_dict(
            {
                **self.header,
                "format": core.FORMAT,
                "form": self.form,
                "framework": self.framework or None,
                "items": [],
            }
        )
        self.save(update_fields=["header"])
        PlanChange.record_all(  # recorded last: they date the plan
            self,
            user,
            "header",
            [{"field": key, "before": before, "after": value} for key, before, value in diffs],
        )

    @transaction.atomic
    def record_monitoring(self, user: Any, row: dict[str, str]) -> None:
        """Append a monitoring result (section VI); allowed on approved plans too.

        Monitoring happens while the plan is carried out, after approval, so the
        lock does not apply; the row is validated and recorded in the history.
        """
        entry = asdict(core.MonitoringRow(**row))
        monitoring = [*self.header.get("monitoring", []), entry]
        core.Plan(monitoring=[core.MonitoringRow(**m) for m in monitoring]).to_dict()
        self.header["monitoring"] = monitoring
        self.save(update_fields=["header"])
        PlanChange.record(self, user, "monitor", field="monitoring", after=entry)

    @transaction.atomic
    def add_item(self, user: Any, data: dict[str, Any] | None = None) -> PlanItem:
        """Append a row (blank or with ``data``) and record it."""
        self.assert_editable()
        last = self.items.aggregate(models.Max("position"))["position__max"]
        base = asdict(core.Item(part="levels_1_3" if self.form == "2018" else None))
        item = PlanItem.objects.create(
            plan=self, position=(last or 0) + 1, data={**base, **(data or {})}
        )
        PlanChange.record(self, user, "add", item=item)
        return item

    @transaction.atomic
    def set_status(self, user: Any, status: Status) -> None:
        """Move draft → approved → published (or back to approved when unpublishing)."""
        allowed = {
            Status.DRAFT: {Status.APPROVED},
            Status.APPROVED: {Status.PUBLISHED},
            Status.PUBLISHED: {Status.APPROVED},
        }
        if status not in allowed[Status(self.status)]:
            raise LockedPlanError(gettext("The plan cannot move to this status."))
        before, self.status = self.status, status
        self.save(update_fields=["status"])
        PlanChange.record(self, user, "status", field="status", before=before, after=status)

    @transaction.atomic
    def new_edition(self, user: Any, school_year: str | None = None) -> Plan:
        """A draft copy of this plan (next edition, or a fresh plan for ``school_year``)."""
        core_plan = self.to_core()
        year = school_year or self.school_year
        core_plan.document.school_year = year
        if school_year and school_year != self.school_year:
            core_plan.document.number = None
            core_plan.document.date = None
        return Plan.from_core(self.school, core_plan, user, previous=self)


def _header_only(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in {"format", "items"}}


def _get_dotted(data: dict[str, Any], key: str) -> Any:
    for part in key.split("."):
        data = data.get(part) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data


def _set_dotted(data: dict[str, Any], key: str, value: Any) -> None:
    *parents, last = key.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


class PlanItem(models.Model):
    """One row of the plan table; ``data`` holds the core Item fields, ``version`` counts edits."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="items")
    position = models.IntegerField(_("position"))
    version = models.PositiveIntegerField(default=1)
    data = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("plan row")
        verbose_name_plural = _("plan rows")
        ordering: ClassVar[list[str]] = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.data.get('criterion') or ''} {self.data.get('content', '')[:40]}"

    def __getattr__(self, name: str) -> Any:
        # Templates read row fields directly ({{ item.content }}).
        if name in ITEM_FIELDS:
            return self.__dict__.get("data", {}).get(name)
        raise AttributeError(name)

    @transaction.atomic
    def apply(self, user: Any, changes: dict[str, Any], version: int) -> None:
        """Apply field changes made on ``version``; raise StaleVersionError if the row moved on."""
        current = PlanItem.objects.select_for_update().get(pk=self.pk)
        current.plan.assert_editable()
        if current.version != version:
            raise StaleVersionError(current)
        merged = {**current.data, **changes}
        _validate_item(merged)
        edits = [
            {"item": current, "field": key, "before": current.data.get(key), "after": value}
            for key, value in changes.items()
            if current.data.get(key) != value
        ]
        if edits:
            PlanChange.record_all(current.plan, user, "edit", edits)
        self.data, self.version = merged, current.version + 1
        self.save(update_fields=["data", "version"])

    @transaction.atomic
    def delete_by(self, user: Any) -> None:
        """Delete the row, recording its content."""
        self.plan.assert_editable()
        PlanChange.record(self.plan, user, "delete", before=str(self))
        self.delete()

    @transaction.atomic
    def move(self, user: Any, step: int) -> None:
        """Swap with the neighbour above (step -1) or below (step 1)."""
        self.plan.assert_editable()
        rows = list(self.plan.items.all())
        index = next(i for i, row in enumerate(rows) if row.pk == self.pk)
        other = index + step
        if not 0 <= other < len(rows):
            return
        rows[index], rows[other] = rows[other], rows[index]
        for position, row in enumerate(rows):
            PlanItem.objects.filter(pk=row.pk).update(position=position)
        PlanChange.record(self.plan, user, "move", item=self, after=str(other + 1))


def _validate_item(data: dict[str, Any]) -> None:
    """Raise PlanFormatError (Vietnamese) unless ``data`` is a valid row of caitien.plan/1."""
    try:
        item = core.Item(**data)
    except TypeError:
        raise PlanFormatError(gettext("A field does not belong to a plan row.")) from None
    core.Plan(items=[item]).to_dict()


class Action(models.TextChoices):
    """What a recorded change did."""

    CREATE = "create", _("Plan created")
    HEADER = "header", _("General information edited")
    ADD = "add", _("Row added")
    EDIT = "edit", _("Row edited")
    DELETE = "delete", _("Row deleted")
    MOVE = "move", _("Rows reordered")
    STATUS = "status", _("Status changed")
    MONITOR = "monitor", _("Monitoring result recorded")


FIELD_LABELS = {
    "criterion": _("Criterion"),
    "criterion_title": _("Criterion title"),
    "content": _("Improvement"),
    "target": _("Target"),
    "actions": _("Measures"),
    "indicator": _("Indicator"),
    "responsible": _("Responsible"),
    "timeline": _("Timeline"),
    "budget": _("Budget"),
    "evidence": _("Evidence"),
    "notes": _("Notes"),
    "status": _("Status"),
    "target_level": _("Target level"),
    "budget_vnd": _("Budget (đồng)"),
    "standard": _("Standard"),
    "monitoring": _("Monitoring"),
    "support": _("Support"),
    "part": _("Part"),
}


class PlanChange(models.Model):
    """One recorded change: who, when, what (field-level before/after)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    item = models.ForeignKey(PlanItem, null=True, on_delete=models.SET_NULL, related_name="+")
    field = models.CharField(max_length=60, blank=True)
    before = models.JSONField(null=True)
    after = models.JSONField(null=True)

    class Meta:
        verbose_name = _("change")
        verbose_name_plural = _("change history")
        ordering: ClassVar[list[str]] = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.action} {self.field}"

    @property
    def field_label(self) -> str:
        """The changed field's translated label ("budget" → "Kinh phí"; header keys as stored)."""
        return str(FIELD_LABELS.get(self.field, self.field))

    @classmethod
    def record(cls, plan: Plan, user: Any, action: str, **details: Any) -> PlanChange:
        """Store one change (anonymous users are recorded as nobody) and date the plan by it.

        Every change to a plan or its rows goes through here, so the plan's
        ``updated_at`` becomes the change's ``at``: the plan list and the plan page
        show when the plan last changed, rows included, and the history says who.
        """
        return cls.record_all(plan, user, action, [details])[-1]

    @classmethod
    def record_all(
        cls, plan: Plan, user: Any, action: str, details: list[dict[str, Any]]
    ) -> list[PlanChange]:
        """Store one change per entry of ``details`` and date the plan once, by the last."""
        who = user if getattr(user, "is_authenticated", False) else None
        changes: list[PlanChange] = [
            cls.objects.create(plan=plan, user=who, action=action, **d) for d in details
        ]
        # An UPDATE, not plan.save(): the caller may hold a stale copy of the plan
        # (a row's plan), whose other fields must not be written back.
        Plan.objects.filter(pk=plan.pk).update(updated_at=changes[-1].at)
        plan.updated_at = changes[-1].at
        return changes
