"""Storage: SQLAlchemy 2 models, Alembic migrations, and the ledgers built on them.

- ``engine.py``: which database (``AMENDS_DATABASE_URL``, default a SQLite file in the user
  data directory), the ``Store`` with read and write sessions, ``open_store``.
- ``models.py``: the tables, on one ``Base``.
- ``migrate.py`` and ``migrations/versions/``: one migration per schema change.
- ``offers.py``: the offer ledger.

A new table: its model (on ``Base``, in ``models.py`` or a module it imports), a new
migration in ``migrations/versions/`` revising the latest one, and access functions that take
a ``Store`` in a module named for the job.
"""

from .engine import Store, default_database_url, open_store, resolve_url
from .errors import ApprovalRequired, OfferNotFound, StoreError, TransitionError
from .migrate import current_revision, head_revision, upgrade
from .models import Base
from .offers import (
    TRANSITIONS,
    AuditEntry,
    LedgerOffer,
    Logged,
    OfferState,
    OfferType,
    approve,
    count_offers,
    get_offer,
    iter_offers,
    list_offers,
    log_offer,
    offer_history,
    set_state,
)

__all__ = [
    "TRANSITIONS",
    "ApprovalRequired",
    "AuditEntry",
    "Base",
    "LedgerOffer",
    "Logged",
    "OfferNotFound",
    "OfferState",
    "OfferType",
    "Store",
    "StoreError",
    "TransitionError",
    "approve",
    "count_offers",
    "current_revision",
    "default_database_url",
    "get_offer",
    "head_revision",
    "iter_offers",
    "list_offers",
    "log_offer",
    "offer_history",
    "open_store",
    "resolve_url",
    "set_state",
    "upgrade",
]
