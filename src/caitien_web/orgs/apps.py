"""App config of organisations, people and roles."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    """Organisations (Sở, UBND xã/phường, Phòng, schools), memberships and access rules."""

    name = "caitien_web.orgs"
    verbose_name = _("Organisations and users")
