"""The registry of CLI subcommands: each module has ``add_parser(subparsers)`` and ``run(args)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.cli import frameworks

if TYPE_CHECKING:
    from types import ModuleType

MODULES: list[ModuleType] = []
MODULES.append(frameworks)
