"""Errors from drafting: a bad incident, or a template that cannot be rendered."""

from __future__ import annotations

from ..errors import AmendsError, UsageError


class IncidentError(UsageError):
    """The incident is invalid or lacks fields the draft needs; ``fields`` names each one."""

    def __init__(self, message: str, fields: list[str] | None = None) -> None:
        super().__init__(message)
        self.fields: list[str] = list(fields or [])


class TemplateError(AmendsError):
    """A draft template is missing, malformed, or tried something the sandbox forbids."""
