"""Allow ``python -m caitien``."""

import sys

from caitien.cli import main

sys.exit(main())
