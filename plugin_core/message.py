"""The message being checked, with everything rules share computed at most once."""

from __future__ import annotations

import bisect
from datetime import datetime
from typing import TYPE_CHECKING

from . import text as textmod
from .commitments import find_commitments
from .components import detect_components
from .lazy import cached_property
from .models import Audience, Channel, Commitment, Finding, Kind, Level, Severity, trusted

if TYPE_CHECKING:
    from .config import Config


class Message:
    """One message plus its check settings; rules read it, never change it.

    ``text`` is what the agent wrote; ``norm`` is the same length with quoted text, code,
    URLs and the signature blanked and apostrophes folded. Rules search ``norm`` and report
    offsets, which are offsets into ``text``. What every check reads is computed up front:
    ``low`` (``norm`` in lower case, the same length: what most patterns search), ``tokens``
    (its lower-case words, for rule gates) and ``sentences`` (sentence spans).
    """

    def __init__(
        self,
        text: str,
        *,
        kind: Kind,
        severity: Severity,
        channel: Channel,
        audience: Audience,
        now: datetime,
        tz: str,
        config: Config,
        monthly_fee: float | None = None,
    ) -> None:
        self.text = text
        self.kind = kind
        self.severity = severity
        self.channel = channel
        self.audience = audience
        self.now = now
        self.tz = tz
        self.config = config
        self.monthly_fee = monthly_fee
        self.norm = textmod.normalize(textmod.mask(text))
        self.low = textmod.lower(self.norm)
        self.tokens = textmod.tokens(self.norm)
        self.sentences = textmod.sentence_spans(self.norm)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The span of the sentence containing offset ``pos`` (the whole text if none)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        start, end = self.sentences[i]
        return (start, end) if pos < end else (start, len(self.text))

    @cached_property
    def _sentence_starts(self) -> list[int]:  # for ``sentence_at``, which most checks never call
        return [s for s, _ in self.sentences]

    def negated_before(self, pos: int) -> bool:
        """True when a negation word precedes ``pos`` in its clause."""
        return textmod.negated_before(self.norm, pos)

    @cached_property
    def commitments(self) -> list[Commitment]:
        """Promises of future action or contact (see commitments.py)."""
        return find_commitments(self)

    @cached_property
    def components(self) -> dict[str, bool]:
        """Which of the ten components the message has (see components.py)."""
        return detect_components(self)

    def finding(
        self,
        rule: str,
        level: Level,
        start: int,
        end: int,
        message: str,
        suggestion: str = "",
        replacement: str | None = None,
    ) -> Finding:
        """A finding whose ``text`` is exactly ``self.text[start:end]``.

        Built without validation: every value here comes from the checker itself.
        """
        return trusted(
            Finding,
            rule=rule,
            severity=level,
            start=start,
            end=end,
            text=self.text[start:end],
            message=message,
            suggestion=suggestion,
            replacement=replacement,
        )
