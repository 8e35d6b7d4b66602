"""App config of plans: plans, rows, history and the editor."""

from django.apps import AppConfig


class PlansConfig(AppConfig):
    """Plans by school year, their rows, status and change history."""

    name = "caitien_web.plans"
    verbose_name = "Kế hoạch cải tiến chất lượng"
