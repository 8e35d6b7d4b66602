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
    memberships = list(Membership.objects.filter(user_id=user.pk).select_related("organisation"))
    scope = Q(pk__in=[m.organisation_id for m in memberships if m.role != Role.SUPERVISOR])
    for m in memberships:
        if m.role == Role.SUPERVISOR:
            scope |= Q(path__startswith=m.organisation.path)
    return schools.filter(scope) if memberships else schools.none()


def role_in(user: AnyUser, school: Organisation) -> str | None:
    """The user's own role in ``school`` (None for supervisors and strangers)."""
    if not user.is_authenticated:
        return None
    membership = Membership.objects.filter(user_id=user.pk, organisation=school).first()
    return membership.role if membership else None


def can_read(user: AnyUser, school: Organisation) -> bool:
    """True when ``user`` may read the plans of ``school``."""
    return visible_schools(user).filter(pk=school.pk).exists()


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
