"""Django admin for organisations and memberships (administrators manage the tree and users)."""

from django.contrib import admin

from caitien_web.orgs.models import Membership, Organisation


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    """People and roles inside an organisation's page."""

    model = Membership
    extra = 1
    autocomplete_fields = ("user",)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Organisations with their place in the tree."""

    list_display = ("name", "kind", "school_level", "parent")
    list_filter = ("kind", "school_level")
    search_fields = ("name", "abbreviation")
    inlines = (MembershipInline,)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Every role of every person."""

    list_display = ("user", "role", "organisation")
    list_filter = ("role",)
    search_fields = ("user__username", "organisation__name")
