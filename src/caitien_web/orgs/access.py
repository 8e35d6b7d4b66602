"""Who may see and change what: every page, download and API call asks these functions.

Scopes: a school member sees the plans of their school; a supervisor sees the
plans of every school in the subtree of their organisation; a superuser sees
everything. Editing needs the principal or council role and a draft plan;
approving and publishing need the principal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from caitien_web.orgs.models import EDITOR_ROLES, Membership, Organisation, OrgKind, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    AnyUser = AbstractBaseUser | AnonymousUser


def visible_schools(user: AnyUser) -> QuerySet[Organisation]:
    """The schools whose plans ``user`` may read."""
    schools = Organisation.objects.filter(kind=OrgKind.SCHOOL)
    if not user.is_authenticated:
        return schools.none()
    if getattr(user, "is_superuser", False):
        return schools
    memberships = _memberships(user)
    scope = Q(pk__in=[m.organisation_id for m in memberships if m.role != Role.SUPERVISOR])
    for m in memberships:
        if m.role == Role.SUPERVISOR:
            scope |= Q(path__startswith=m.organisation.path)
    return schools.filter(scope) if memberships else schools.none()


def role_in(user: AnyUser, school: Organisation) -> str | None:
    """The user's own role in ``school`` (None for supervisors and strangers)."""
    if not user.is_authenticated:
        return None
    roles = [m.role for m in _memberships(user) if m.organisation_id == school.pk]
    return roles[0] if roles else None


def _memberships(user: AnyUser) -> list[Membership]:
    """The user's memberships with their organisations, read once per user object.

    ``request.user`` is loaded afresh for every request, so the list lives as long as
    one request: a page asking several questions (may read? may edit? may approve?)
    costs one query instead of one per question.
    """
    if not user.is_authenticated:
        return []
    cached: list[Membership] | None = getattr(user, "_caitien_memberships", None)
    if cached is None:
        cached = list(
            Membership.objects.filter(user_id=user.pk).select_related("organisation").order_by("pk")
        )
        setattr(user, "_caitien_memberships", cached)  # noqa: B010 (an attribute of our own)
    return cached


def can_read(user: AnyUser, school: Organisation) -> bool:
    """True when ``user`` may read the plans of ``school``: the rule of :func:`visible_schools`.

    Answered from the memberships the request has already read (no query of its own),
    so a page that loads one plan asks the database for the plan only.
    """
    if not user.is_authenticated or school.kind != OrgKind.SCHOOL:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return any(
        school.path.startswith(m.organisation.path)
        if m.role == Role.SUPERVISOR
        else m.organisation_id == school.pk
        for m in _memberships(user)
    )


def can_edit(user: AnyUser, school: Organisation) -> bool:
    """True when ``user`` may create and edit plans of ``school`` (principal or council)."""
    return getattr(user, "is_superuser", False) or role_in(user, school) in EDITOR_ROLES


def can_monitor(user: AnyUser, school: Organisation) -> bool:
    """True for the principal and the monitoring team (they record monitoring results)."""
    return getattr(user, "is_superuser", False) or role_in(user, school) in {
        Role.PRINCIPAL,
        Role.MONITOR,
    }


def can_approve(user: AnyUser, school: Organisation) -> bool:
    """True when ``user`` is the principal of ``school`` (approves and publishes)."""
    return getattr(user, "is_superuser", False) or role_in(user, school) == Role.PRINCIPAL


def may_create_plans(user: AnyUser) -> bool:
    """True when ``user`` is principal or council somewhere (may import or create plans).

    Answered from the request's memberships, so the navigation asks no query of its own.
    """
    if getattr(user, "is_superuser", False):
        return True
    return any(m.role in EDITOR_ROLES for m in _memberships(user))


def editable_schools(user: AnyUser) -> QuerySet[Organisation]:
    """The schools where ``user`` may create plans."""
    if getattr(user, "is_superuser", False):
        return Organisation.objects.filter(kind=OrgKind.SCHOOL)
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        kind=OrgKind.SCHOOL,
        memberships__user_id=user.pk,
        memberships__role__in=EDITOR_ROLES,
    )
