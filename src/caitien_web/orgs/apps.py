"""App config of organisations, people and roles."""

from django.apps import AppConfig


class OrgsConfig(AppConfig):
    """Organisations (Sở, UBND xã/phường, Phòng, schools), memberships and access rules."""

    name = "caitien_web.orgs"
    verbose_name = "Đơn vị và người dùng"
