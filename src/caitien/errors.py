"""The exceptions of the caitien core: one base, messages in Vietnamese for the user."""

from __future__ import annotations


class CaitienError(Exception):
    """Base of every error the core raises on purpose.

    The message (``str(error)``) is one Vietnamese sentence that can be shown to a
    principal or printed by the CLI as it is.
    """


class FrameworkDataError(CaitienError):
    """A framework data file is missing, unreadable or breaks the framework schema."""


class UnknownFrameworkError(CaitienError):
    """No framework has the code asked for, or none applies to a school kind and year."""


class PlanFormatError(CaitienError):
    """A plan document is not valid ``caitien.plan/1`` JSON."""


class DocumentError(CaitienError):
    """An input document cannot be imported.

    Empty, corrupt, encrypted, scanned, too large, of an unknown kind, or not a plan.
    """


class ExportError(CaitienError):
    """A plan cannot be exported: a broken template, a missing converter, an unwritable target."""
