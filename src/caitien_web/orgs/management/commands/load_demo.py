"""``load_demo``: a Sở, two xã, one school of each kind, a user per role, and the seed plans.

Idempotent: running it twice changes nothing. Seed plans are read from
``CAITIEN_SHARED_DIR/seeds/*.txt`` through the core importer; when the importer
cannot read one, the matching truth JSON of ``fixtures/seeds`` is loaded instead
and the command says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from caitien import plan as core
from caitien_web.imports.models import read_document
from caitien_web.orgs.models import Membership, Organisation, OrgKind, Role
from caitien_web.plans.models import Plan

DEMO_PASSWORD = "caitien-demo-2026"

SCHOOLS = [
    # name, level, parent key, governing body, abbreviation
    ("Trường Mầm non An Lộc", "mam_non", "xa1", "UBND THÀNH PHỐ THỦ ĐỨC", "MNAL"),
    ("Trường Tiểu học Nguyễn Việt Hồng", "tieu_hoc", "xa1", "UBND PHƯỜNG AN KHÁNH", "THNVH"),
    ("Trường THCS Bình Trị Đông A", "thcs", "xa2", "UBND PHƯỜNG BÌNH TRỊ ĐÔNG", "THCSBTDA"),
    ("Trường mầm non xã Noong Hẹt", "mam_non", "xa2", "UBND XÃ NOONG HẸT", "MNNH"),
    ("Trường THPT Lê Quý Đôn", "thpt", "so", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THPTLQD"),
    ("Trường TH, THCS và THPT Hoà Bình", "nhieu_cap", "so", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "HB"),
    ("Trung tâm GDNN-GDTX Quận 1", "gdtx", "so", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "GDTXQ1"),
]

USERS = [
    # username, full name, organisation key or school name, role
    ("hieutruong", "Nguyễn Thị Lan", "Trường Mầm non An Lộc", Role.PRINCIPAL),
    ("hoidong", "Trần Văn Minh", "Trường Mầm non An Lộc", Role.COUNCIL),
    ("giamsat", "Lê Thị Hoa", "Trường Mầm non An Lộc", Role.MONITOR),
    ("nguoixem", "Phạm Văn Nam", "Trường Mầm non An Lộc", Role.VIEWER),
    ("hieutruong_th", "Võ Thị Thu", "Trường Tiểu học Nguyễn Việt Hồng", Role.PRINCIPAL),
    ("canbo_xa", "Đỗ Minh Tuấn", "xa1", Role.SUPERVISOR),
    ("canbo_so", "Hoàng Thị Mai", "so", Role.SUPERVISOR),
]


class Command(BaseCommand):
    """Load the demo organisations, users and seed plans."""

    help = _("Load the demo data: a Sở, two UBND xã/phường, the schools, users and sample plans.")

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        """Create what is missing, import the seeds, print the logins."""
        orgs = self._organisations()
        self._users(orgs)
        self._seed_plans()
        self.stdout.write(
            _("Demo accounts (one password for all: %(password)s):") % {"password": DEMO_PASSWORD}
        )
        for username, name, where, role in USERS:
            self.stdout.write(f"  {username:<14} {role.label} – {orgs[where].name} ({name})")
        # Not inside the f-string: xgettext does not look into f-strings.
        administrator = _("System administrator")
        self.stdout.write(f"  {'admin':<14} {administrator}")

    def _organisations(self) -> dict[str, Organisation]:
        def get(name: str, kind: str, parent: Organisation | None, **extra: Any) -> Organisation:
            org, _ = Organisation.objects.get_or_create(
                name=name, defaults={"kind": kind, "parent": parent, **extra}
            )
            return org

        so = get("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", OrgKind.SO, None)
        orgs = {
            "so": so,
            "xa1": get("UBND phường An Khánh", OrgKind.XA, so),
            "xa2": get("UBND phường Bình Trị Đông", OrgKind.XA, so),
        }
        for name, level, parent, body, abbr in SCHOOLS:
            orgs[name] = get(
                name,
                OrgKind.SCHOOL,
                orgs[parent],
                school_level=level,
                governing_body=body,
                abbreviation=abbr,
            )
        return orgs

    def _users(self, orgs: dict[str, Organisation]) -> None:
        users = get_user_model().objects
        if not users.filter(username="admin").exists():
            users.create_superuser("admin", "", DEMO_PASSWORD)
        for username, name, where, role in USERS:
            user = users.filter(username=username).first()
            if user is None:
                last, first = name.rsplit(" ", 1)
                user = users.create_user(
                    username, "", DEMO_PASSWORD, first_name=first, last_name=last
                )
            Membership.objects.get_or_create(
                user=user, organisation=orgs[where], defaults={"role": role}
            )

    def _seed_plans(self) -> None:
        seeds = Path(settings.SHARED_DIR) / "seeds"
        truths = Path(settings.SHARED_DIR) / "fixtures" / "seeds"
        for text in sorted(seeds.glob("*.txt")):
            plan = self._read(text, truths / f"{text.stem}.json")
            school = Organisation.matching_school(plan.school.name, plan.school.level)
            year = plan.document.school_year
            if school is None or year is None:
                self.stdout.write(
                    _("Skipped %(file)s: no matching school or school year.") % {"file": text.name}
                )
                continue
            if not Plan.objects.filter(school=school, school_year=year).exists():
                Plan.from_core(school, plan, None, school_year=year)

    def _read(self, text: Path, truth: Path) -> core.Plan:
        try:
            plan = read_document(text.read_bytes(), text.name).plan
            plan.to_dict()  # a reader's invalid output falls back too
        except Exception as error:
            # Demo data must load even while a reader is broken: any failure, not only ours.
            message = _("%(file)s: the reader failed (%(error)s); the JSON truth is used instead.")
            self.stdout.write(message % {"file": text.name, "error": error})
            return core.load_plan(truth)
        return plan
