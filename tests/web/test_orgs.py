"""Organisations: tree paths, invariants, and finding a school from a document's header name."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from caitien_web.orgs.models import Membership, Organisation, OrgKind, Role
from tests.web.conftest import make_org, make_user


def test_it_stores_the_path_of_each_node(db: Any) -> None:
    so = make_org("Sở", OrgKind.SO)
    xa = make_org("Xã", OrgKind.XA, so)
    school = make_org("Trường", OrgKind.SCHOOL, xa, school_level="thcs")
    school.refresh_from_db()
    assert school.path == f"/{so.pk}/{xa.pk}/{school.pk}/"


@pytest.mark.parametrize(("kind", "level"), [(OrgKind.SCHOOL, ""), (OrgKind.XA, "thcs")])
def test_it_refuses_a_kind_that_does_not_fit(db: Any, kind: str, level: str) -> None:
    with pytest.raises(ValidationError):
        Organisation(name="X", kind=kind, school_level=level).clean()


def test_it_refuses_supervisors_inside_schools(db: Any) -> None:
    school = make_org("Trường", OrgKind.SCHOOL, school_level="thcs")
    membership = Membership(user=make_user("u"), organisation=school, role=Role.SUPERVISOR)
    with pytest.raises(ValidationError):
        membership.clean()


@pytest.mark.parametrize(
    ("written", "level", "found"),
    [
        ("Trường Trung học cơ sở Bình Trị Đông", "thcs", True),
        ("TRƯỜNG THCS BÌNH TRỊ ĐÔNG A", None, True),
        ("Trường THCS Bình Trị Đông A", "thpt", False),
        ("Trường THCS Lê Lợi", "thcs", False),
        (None, "thcs", False),
    ],
)
def test_it_finds_a_school_by_the_name_a_document_gives(
    db: Any, written: str | None, level: str | None, found: bool
) -> None:
    school = make_org("Trường THCS Bình Trị Đông A", OrgKind.SCHOOL, school_level="thcs")
    make_org("Trường THCS Lê Quý Đôn", OrgKind.SCHOOL, school_level="thcs")
    assert (Organisation.matching_school(written, level) == school) is found
