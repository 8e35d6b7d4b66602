"""App config of plans: plans, rows, history and the editor."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    """Plans by school year, their rows, status and change history."""

    name = "caitien_web.plans"
    verbose_name = _("Quality improvement plans")
