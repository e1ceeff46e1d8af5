"""Errors from the store and the offer ledger, each a message a user can act on."""

from __future__ import annotations

from ..errors import AmendsError, UsageError


class StoreError(AmendsError):
    """The database can't be opened, reached or migrated."""


class OfferNotFound(UsageError):
    """No offer has the given id."""


class TransitionError(UsageError):
    """An offer can't move from its current state to the one asked for."""


class ApprovalRequired(TransitionError):
    """The offer is above the policy's approval bound and has no approver yet."""


class PromiseNotFound(UsageError):
    """No promise has the given id."""
