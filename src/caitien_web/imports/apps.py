"""App config of imports: upload a document, review the parsed plan, confirm."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    """Pending uploads that become plans only once the user confirms."""

    name = "caitien_web.imports"
    verbose_name = _("Import a plan from a file")
