"""``python -m caitien_web <command>``: Django's manage.py for Caitien."""

import os
import sys

from django.core.management import execute_from_command_line

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caitien_web.settings")
execute_from_command_line([*sys.argv[:1], *sys.argv[1:]])
