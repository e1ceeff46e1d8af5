"""Specific errors with messages a user can act on."""


class AmendsError(Exception):
    """Base class for errors Amends reports to users."""


class UsageError(AmendsError, ValueError):
    """A caller passed a value Amends does not accept (unknown kind, bad time zone, ...)."""


class RuleError(AmendsError):
    """A rule file or phrase is malformed."""


class ConfigError(AmendsError):
    """The team configuration file is missing, unreadable or invalid."""
