"""WSGI entry point of the Caitien web application."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caitien_web.settings")
application = get_wsgi_application()
