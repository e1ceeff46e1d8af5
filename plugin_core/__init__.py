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

# Drafting pulls in Jinja2 and storage SQLAlchemy, so their names load on first use (see
# ``__getattr__`` below); ``plugin_core.drafting`` and ``plugin_core.store`` have the rest.
if TYPE_CHECKING:
    from .drafting import Draft, Incident, draft, draft_all
    from .store import LedgerOffer, OfferState, OfferType, Store, StoreError, log_offer, open_store

# Last: importing the checker loads third-party plugins (entry-point group ``amends``),
# and those may import the names above from this package.
from .checker import all_rules, check
from .plugins import pm

_LAZY = {
    **dict.fromkeys(("Draft", "Incident", "draft", "draft_all"), "drafting"),
    **dict.fromkeys(
        ("LedgerOffer", "OfferState", "OfferType", "Store", "StoreError", "log_offer",
         "open_store"),
        "store",
    ),
}


def __getattr__(name: str) -> Any:
    """Load the drafting and storage names on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
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
    "Draft",
    "Example",
    "FailureType",
    "Finding",
    "Incident",
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
    "draft",
    "draft_all",
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
