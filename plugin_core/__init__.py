"""Amends: drafts and checks the messages support agents send after something went wrong."""

from typing import TYPE_CHECKING, Any

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

# Storage pulls in SQLAlchemy, so its names load on first use (see ``__getattr__`` below);
# ``plugin_core.store`` has the rest of the ledger API.
if TYPE_CHECKING:
    from .store import LedgerOffer, OfferState, OfferType, Store, StoreError, log_offer, open_store

# Last: importing the checker loads third-party plugins (entry-point group ``amends``),
# and those may import the names above from this package.
from .checker import all_rules, check
from .plugins import pm

_STORE_NAMES = frozenset(
    {"LedgerOffer", "OfferState", "OfferType", "Store", "StoreError", "log_offer", "open_store"}
)


def __getattr__(name: str) -> Any:
    """Load the storage names on first use."""
    if name in _STORE_NAMES:
        from . import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "LedgerOffer",
    "Level",
    "OfferState",
    "OfferType",
    "PhraseRule",
    "Policy",
    "Recommendation",
    "Report",
    "RuleError",
    "Severity",
    "Store",
    "StoreError",
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
    "log_offer",
    "needs_approval",
    "open_store",
    "pm",
    "recommend_remedy",
]
