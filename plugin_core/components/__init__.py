"""Which of the ten components a message has (RULES.md, "Components").

Detection reads grammar cues in the masked, lower-cased text (``message.norm``): who acts
(first person or someone else), tense and voice, negation, hypotheticals ("if", "once") and
questions. Each module declares cue groups labelled with the components they prove (see
``engine``): ``fault`` ownership and acknowledgment, ``harm`` impact, ``action`` repair,
prevention and remediation, ``voice`` regret, contact and feedback-invite. One scan over
the message's anchors checks them all; next-update comes from the commitments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..commitments import has_next_update
from . import action, fault, harm, voice
from .engine import Cues, Text

if TYPE_CHECKING:
    from ..message import Message

__all__ = ["detect_components"]

_CUES = Cues(fault.CUES, harm.CUES, action.CUES, voice.CUES)


def detect_components(message: Message) -> dict[str, bool]:
    """Map every component name to whether the message has it (in RULES.md order)."""
    t = Text(message)
    found = t.scan(_CUES)
    return {
        "acknowledgment": "acknowledgment" in found,
        "regret": voice.regret(t),
        "ownership": "ownership" in found,
        "impact": "impact" in found,
        "repair": "repair" in found,
        "prevention": "prevention" in found,
        "remediation": "remediation" in found,
        "next-update": has_next_update(message),
        "contact": "contact" in found or voice.contact_details(t),
        "feedback-invite": "feedback-invite" in found,
    }
