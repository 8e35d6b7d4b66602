"""The registry of CLI subcommands: each module has ``add_parser(subparsers)`` and ``run(args)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.cli import check, export, frameworks, import_cmd

if TYPE_CHECKING:
    from types import ModuleType

MODULES: list[ModuleType] = []
MODULES.append(frameworks)
MODULES.append(check)
MODULES.append(export)
MODULES.append(import_cmd)
