"""Checks on what callers hand the ledgers: each bad value is a UsageError a person can act on."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from ..errors import UsageError

E = TypeVar("E", bound=StrEnum)


def choice(enum: type[E], value: E | str, what: str) -> E:
    """``value`` as a member of ``enum`` (case and spaces ignored)."""
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        known = ", ".join(m.value for m in enum)
        raise UsageError(f"unknown {what} {value!r} (use one of: {known})") from None


def required_text(name: str, value: str, limit: int = 200) -> str:
    """``value`` stripped; it must not be empty or longer than ``limit`` characters."""
    text = (value or "").strip()
    if not text:
        raise UsageError(f"{name} must not be empty")
    if len(text) > limit:
        raise UsageError(f"{name} is longer than {limit} characters")
    return text


def utc(now: datetime | None) -> datetime:
    """``now`` in UTC (the current time when None); naive times are refused."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise UsageError("times must be timezone-aware (e.g. 2026-03-02T10:00:00+00:00)")
    return now.astimezone(UTC)
