"""Django admin for plans (administrators look up and correct stored plans)."""

from django.contrib import admin

from caitien_web.plans.models import Plan, PlanChange


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Plans by school and year."""

    list_display = ("school", "school_year", "edition", "framework", "status", "updated_at")
    list_filter = ("status", "framework", "school_year")
    search_fields = ("school__name",)
    readonly_fields = ("slug",)


@admin.register(PlanChange)
class PlanChangeAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """The change history, read-only."""

    list_display = ("at", "plan", "user", "action", "field")
    list_filter = ("action",)

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        """History is never edited."""
        return False
