"""Personas and factories of the web tests: two schools under two xã, their people and a plan."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.test import Client

from caitien import plan as core
from caitien_web.orgs.models import Membership, Organisation, OrgKind, Role
from caitien_web.plans.models import Plan
from tests.conftest import FIXTURES

PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture(scope="session", autouse=True)
def _the_database_asked_for(django_db_setup: Any, django_db_blocker: Any) -> None:
    """Fail the run when PostgreSQL was asked for (scripts/test.sh) but is not what Django uses."""
    if os.environ.get("CAITIEN_REQUIRE_POSTGRES") != "1":
        return
    from django.db import connection

    with django_db_blocker.unblock():
        vendor = connection.vendor
    assert vendor == "postgresql", f"PostgreSQL was required, the tests run on {vendor}"


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings: Any, tmp_path: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = str(tmp_path / "media")


def make_org(
    name: str, kind: str, parent: Organisation | None = None, **extra: Any
) -> Organisation:
    """Create one organisation."""
    return Organisation.objects.create(name=name, kind=kind, parent=parent, **extra)


def make_user(username: str, org: Organisation | None = None, role: str | None = None) -> User:
    """Create a user, with a role in ``org`` when given."""
    user = User.objects.create_user(username, "", PASSWORD)
    if org is not None and role is not None:
        Membership.objects.create(user=user, organisation=org, role=role)
    return user


def seed_plan(name: str = "000_6b6f76a0e3ebec30") -> core.Plan:
    """A real plan from the shared truth fixtures."""
    return core.load_plan(FIXTURES / "seeds" / f"{name}.json")


@dataclass
class World:
    """The organisation tree, one person per persona, and a plan of school A."""

    so: Organisation
    xa_a: Organisation
    xa_b: Organisation
    school_a: Organisation
    school_b: Organisation
    users: dict[str, User | None]
    plan: Plan

    def client(self, persona: str) -> Client:
        """A client logged in as ``persona`` (anonymous for "anonymous")."""
        client = Client()
        user = self.users[persona]
        if user is not None:
            client.force_login(user)
        return client


PERSONAS = (
    "principal",
    "council",
    "monitor",
    "viewer",
    "supervisor_xa",
    "supervisor_so",
    "supervisor_other_xa",
    "other_school",
    "anonymous",
)


@pytest.fixture
def world(db: Any) -> World:
    """Sở → xã A → school A (with the plan), xã B → school B; a user per persona."""
    so = make_org("Sở GD&ĐT", OrgKind.SO)
    xa_a = make_org("UBND xã A", OrgKind.XA, so)
    xa_b = make_org("UBND xã B", OrgKind.XA, so)
    school_a = make_org(
        "Trường Mầm non An Lộc", OrgKind.SCHOOL, xa_a, school_level="mam_non", abbreviation="MNAL"
    )
    school_b = make_org("Trường Mầm non B", OrgKind.SCHOOL, xa_b, school_level="mam_non")
    users: dict[str, User | None] = {
        "principal": make_user("principal", school_a, Role.PRINCIPAL),
        "council": make_user("council", school_a, Role.COUNCIL),
        "monitor": make_user("monitor", school_a, Role.MONITOR),
        "viewer": make_user("viewer", school_a, Role.VIEWER),
        "supervisor_xa": make_user("sup_xa", xa_a, Role.SUPERVISOR),
        "supervisor_so": make_user("sup_so", so, Role.SUPERVISOR),
        "supervisor_other_xa": make_user("sup_xb", xa_b, Role.SUPERVISOR),
        "other_school": make_user("other", school_b, Role.PRINCIPAL),
        "anonymous": None,
    }
    plan = Plan.from_core(school_a, seed_plan(), users["principal"])
    plan.source_file.save("ke-hoach.txt", ContentFile(b"noi dung"), save=True)
    return World(so, xa_a, xa_b, school_a, school_b, users, plan)
