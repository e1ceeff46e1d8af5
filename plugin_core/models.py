"""The core's data shapes: message kinds, levels, findings, commitments and the report."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_serializer

_ModelT = TypeVar("_ModelT", bound=BaseModel)
_set = object.__setattr__

COMPONENTS: tuple[str, ...] = (
    "acknowledgment",
    "regret",
    "ownership",
    "impact",
    "repair",
    "prevention",
    "remediation",
    "next-update",
    "contact",
    "feedback-invite",
)


class Kind(StrEnum):
    """What the message is for (RULES.md, "Message kinds")."""

    ACKNOWLEDGMENT = "acknowledgment"
    APOLOGY = "apology"
    UPDATE = "update"
    RESOLUTION = "resolution"


class Level(StrEnum):
    """How much a finding hurts: error damages trust, warning weakens it, info is polish."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Severity(StrEnum):
    """How bad the incident was for the customer."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Channel(StrEnum):
    """Where the message will be sent."""

    EMAIL = "email"
    CHAT = "chat"
    SLACK = "slack"
    SMS = "sms"
    SOCIAL = "social"
    STATUS = "status"


class Audience(StrEnum):
    """Who reads the message; technical readers may see jargon."""

    CUSTOMER = "customer"
    TECHNICAL = "technical"


class FailureType(StrEnum):
    """What kind of failure the incident was; it shapes drafts."""

    COMPETENCE = "competence"
    INTEGRITY = "integrity"
    CARE = "care"
    OUTAGE = "outage"


# Which components each kind needs (RULES.md). Remediation is recommended for apology and
# resolution only when the incident severity is high or critical.
REQUIRED: dict[Kind, tuple[str, ...]] = {
    Kind.ACKNOWLEDGMENT: ("acknowledgment", "impact", "repair", "next-update"),
    Kind.APOLOGY: ("regret", "ownership", "acknowledgment", "impact", "repair"),
    Kind.UPDATE: ("acknowledgment", "repair", "next-update"),
    Kind.RESOLUTION: ("acknowledgment", "repair", "prevention"),
}
RECOMMENDED: dict[Kind, tuple[str, ...]] = {
    Kind.ACKNOWLEDGMENT: ("regret", "ownership", "contact"),
    Kind.APOLOGY: ("prevention", "contact"),
    Kind.UPDATE: ("contact",),
    Kind.RESOLUTION: ("feedback-invite",),
}
REMEDIATION_KINDS = (Kind.APOLOGY, Kind.RESOLUTION)
SERIOUS = (Severity.HIGH, Severity.CRITICAL)


def recommended_components(kind: Kind, severity: Severity) -> tuple[str, ...]:
    """Recommended components for a kind at an incident severity."""
    extra = ("remediation",) if kind in REMEDIATION_KINDS and severity in SERIOUS else ()
    return RECOMMENDED[kind] + extra


class Finding(BaseModel):
    """One problem in a message, with the exact span it is about."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Level
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    message: str
    suggestion: str = ""
    replacement: str | None = None


class Commitment(BaseModel):
    """A promise of future action or contact found in a message."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    due: datetime | None = None
    vague: bool = False

    @field_serializer("due")
    def _iso(self, due: datetime | None) -> str | None:
        return due.isoformat() if due is not None else None


class Report(BaseModel):
    """The checker's verdict on one message; dumps to the JSON shape in RULES.md."""

    kind: Kind
    score: int = Field(ge=0, le=100)
    grade: str
    components: dict[str, bool]
    findings: list[Finding]
    commitments: list[Commitment]

    def worst(self) -> Level | None:
        """The most severe level among the findings, or None when there are none."""
        return max((f.severity for f in self.findings), key=lambda lv: lv.rank, default=None)


def trusted(cls: type[_ModelT], **values: Any) -> _ModelT:
    """``cls.model_construct(**values)`` when ``values`` gives every field in order, in half
    the time (the checker builds about seven findings a message).

    For values the checker made itself: nothing is validated, as with ``model_construct``,
    whose per-field loop (aliases, defaults) this skips; ``test_models`` pins that both give
    identical instances. Only for models without private attributes or extra fields.
    """
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
