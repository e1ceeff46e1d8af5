"""Which of the ten components a message has (RULES.md, "Components").

Detection reads grammar cues in the masked, lower-cased text (``message.norm``): who acts
(first person or someone else), tense and voice, negation, hypotheticals ("if", "once") and
questions. Cues are anchored on words from word families (see ``engine``); each module holds
the detectors for related components.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..commitments import has_next_update
from .action import prevention, remediation, repair
from .engine import Text
from .fault import acknowledgment, ownership
from .harm import impact
from .voice import contact, feedback_invite, regret

if TYPE_CHECKING:
    from ..message import Message

__all__ = ["detect_components"]


def detect_components(message: Message) -> dict[str, bool]:
    """Map every component name to whether the message has it (in RULES.md order)."""
    t = Text(message)
    harm = impact(t)
    return {
        "acknowledgment": harm or acknowledgment(t),
        "regret": regret(t),
        "ownership": ownership(t),
        "impact": harm,
        "repair": repair(t),
        "prevention": prevention(t),
        "remediation": remediation(t),
        "next-update": has_next_update(message),
        "contact": contact(t),
        "feedback-invite": feedback_invite(t),
    }
