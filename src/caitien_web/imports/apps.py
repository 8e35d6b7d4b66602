"""App config of imports: upload a document, review the parsed plan, confirm."""

from django.apps import AppConfig


class ImportsConfig(AppConfig):
    """Pending uploads that become plans only once the user confirms."""

    name = "caitien_web.imports"
    verbose_name = "Nhập kế hoạch từ tệp"
