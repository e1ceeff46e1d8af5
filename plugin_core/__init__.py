"""Amends: drafts and checks the messages support agents send after something went wrong."""

from .config import Config, load_config
from .errors import AmendsError, ConfigError, RuleError, UsageError
from .hookspecs import hookimpl
from .models import (
    COMPONENTS,
    Audience,
    Channel,
    Commitment,
    FailureType,
    Finding,
    Kind,
    Level,
    Report,
    Severity,
)
from .remediation import (
    Policy,
    Recommendation,
    check_currency,
    current_policy,
    load_policy,
    needs_approval,
    recommend_remedy,
)
from .rules import CodeRule, Example, PhraseRule, code_rule, load_rule_pack

__version__ = "0.1.0"

# Last: importing the checker loads third-party plugins (entry-point group ``amends``),
# and those may import the names above from this package.
from .checker import all_rules, check
from .plugins import pm

__all__ = [
    "COMPONENTS",
    "AmendsError",
    "Audience",
    "Channel",
    "CodeRule",
    "Commitment",
    "Config",
    "ConfigError",
    "Example",
    "FailureType",
    "Finding",
    "Kind",
    "Level",
    "PhraseRule",
    "Policy",
    "Recommendation",
    "Report",
    "RuleError",
    "Severity",
    "UsageError",
    "__version__",
    "all_rules",
    "check",
    "check_currency",
    "code_rule",
    "current_policy",
    "hookimpl",
    "load_config",
    "load_policy",
    "load_rule_pack",
    "needs_approval",
    "pm",
    "recommend_remedy",
]
