"""Promises in a message: what was promised, by when, and whether the time is vague."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import Commitment

if TYPE_CHECKING:
    from .message import Message


def find_commitments(message: Message) -> list[Commitment]:
    """Every promise of future action or contact, with its due time resolved."""
    return []
