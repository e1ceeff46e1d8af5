"""Which of the ten components a message has (RULES.md, "Components")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import COMPONENTS

if TYPE_CHECKING:
    from .message import Message


def detect_components(message: Message) -> dict[str, bool]:
    """Map every component name to whether the message has it."""
    return dict.fromkeys(COMPONENTS, False)
