"""The incident a draft is written from, and which of its fields each kind of draft needs.

Clauses (``what_happened``, ``impact``, each action and prevention step) are plain words in
the agent's voice, without a final full stop: "our March billing run charged your card
twice", "you were $120 short for three days", "I've refunded the duplicate charge". The
templates put them into sentences.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ..config import check_timezone
from ..errors import ConfigError
from ..models import Channel, FailureType, Kind, Severity
from .errors import IncidentError

CLAUSE_MAX = 1000  # characters in one clause; longer is a pasted document, not a clause


class Tone(StrEnum):
    """How the draft sounds: warm (personal, "I"), formal ("we", no contractions), concise."""

    WARM = "warm"
    FORMAL = "formal"
    CONCISE = "concise"


class Status(StrEnum):
    """Where the incident stands, as a public status page says it."""

    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MONITORING = "monitoring"
    RESOLVED = "resolved"


class RemediationType(StrEnum):
    """The remedy offered (the same types the offer ledger records)."""

    CREDIT = "credit"
    REFUND = "refund"
    PRIORITY_SUPPORT = "priority-support"
    OTHER = "other"


# The status a draft of each kind reports when the incident gives none.
DEFAULT_STATUS: dict[Kind, Status] = {
    Kind.ACKNOWLEDGMENT: Status.INVESTIGATING,
    Kind.APOLOGY: Status.IDENTIFIED,
    Kind.UPDATE: Status.IDENTIFIED,
    Kind.RESOLUTION: Status.RESOLVED,
}

# Fields each kind of draft needs to say what its required components say (RULES.md).
REQUIRED_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.ACKNOWLEDGMENT: ("what_happened", "impact", "actions", "next_update_at"),
    Kind.APOLOGY: ("what_happened", "impact", "actions"),
    Kind.UPDATE: ("what_happened", "actions", "next_update_at"),
    Kind.RESOLUTION: ("what_happened", "actions", "prevention", "resolved_at"),
}
COMMON_FIELDS: tuple[str, ...] = ("company", "failure_type")
# A person writes these; a public status page speaks for the company.
PERSONAL_CHANNELS = frozenset(
    {Channel.EMAIL, Channel.CHAT, Channel.SLACK, Channel.SMS, Channel.SOCIAL}
)
# An outage draft gives a timeline, so it needs to know when the outage began.
FAILURE_FIELDS: dict[FailureType, tuple[str, ...]] = {FailureType.OUTAGE: ("started_at",)}

_SPACE_RE = re.compile(r"\s+")
_DATE_ONLY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _clause(value: Any) -> Any:
    """One line of plain words: whitespace collapsed, a final full stop dropped."""
    if not isinstance(value, str):
        return value
    text = _SPACE_RE.sub(" ", value).strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text or None


class Remediation(BaseModel):
    """A remedy: ``credit``/``refund`` of ``amount`` ``currency``, ``priority-support`` for
    ``amount`` months, or ``other`` described in ``description`` ("we've upgraded you to Pro
    for three months at no cost"). A refund without an amount is a full refund of
    ``description`` ("your March subscription")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RemediationType
    amount: Decimal | None = Field(default=None, gt=0, max_digits=12, decimal_places=2)
    currency: str | None = None
    description: str | None = Field(default=None, max_length=CLAUSE_MAX)

    @field_validator("description", mode="before")
    @classmethod
    def _plain(cls, value: Any) -> Any:
        return _clause(value)

    @field_validator("currency")
    @classmethod
    def _iso_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise ValueError("use a three-letter ISO 4217 code such as USD, EUR or GBP")
        return code

    @model_validator(mode="after")
    def _complete(self) -> Remediation:
        kind = self.type
        if kind == RemediationType.CREDIT and (self.amount is None or self.currency is None):
            raise ValueError("a credit needs amount and currency")
        if kind == RemediationType.REFUND and self.amount is not None and self.currency is None:
            raise ValueError("a refund with an amount needs a currency")
        if kind == RemediationType.PRIORITY_SUPPORT and (
            self.amount is None or self.amount != self.amount.to_integral_value()
        ):
            raise ValueError("priority-support needs amount: a whole number of months")
        if kind == RemediationType.OTHER and not self.description:
            raise ValueError("an 'other' remedy needs a description of what is offered")
        return self


class Incident(BaseModel):
    """What happened and what is being done: everything a draft says comes from here.

    Naive times are read in ``timezone`` (default: the configuration's, UTC). A field a kind
    needs but the incident lacks is reported by ``require`` (all of them at once).
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    # who
    customer_name: str | None = Field(default=None, max_length=200)
    agent_name: str | None = Field(default=None, max_length=200)
    agent_title: str | None = Field(default=None, max_length=200)
    signature: str | None = Field(default=None, max_length=2000)
    company: str | None = Field(default=None, max_length=200)
    product: str | None = Field(default=None, max_length=200)
    # what
    headline: str | None = Field(default=None, max_length=200)
    what_happened: str | None = Field(default=None, max_length=CLAUSE_MAX)
    cause: str | None = Field(default=None, max_length=CLAUSE_MAX)
    impact: str | None = Field(default=None, max_length=CLAUSE_MAX)
    scope: str | None = Field(default=None, max_length=CLAUSE_MAX)
    failure_type: FailureType | None = None
    severity: Severity = Severity.MEDIUM
    # when
    started_at: datetime | None = None
    detected_at: datetime | None = None
    resolved_at: datetime | None = None
    next_update_at: datetime | None = None
    update_every_minutes: int | None = Field(default=None, ge=5, le=24 * 60)
    timezone: str | None = None
    # what we do
    actions: list[str] = Field(default_factory=list, max_length=10)
    prevention: list[str] = Field(default_factory=list, max_length=10)
    remediation: Remediation | None = None
    monthly_fee: float | None = Field(default=None, gt=0)
    # how to reach us
    contact: str | None = Field(default=None, max_length=200)
    public_contact: str | None = Field(default=None, max_length=200)
    owner: str | None = Field(default=None, max_length=200)
    status: Status | None = None
    tone: Tone | None = None
    channel: Channel | None = None

    @field_validator(
        "customer_name", "agent_name", "agent_title", "company", "product", "headline",
        "what_happened", "cause", "impact", "scope", "contact", "public_contact", "owner",
        mode="before",
    )
    @classmethod
    def _one_line(cls, value: Any) -> Any:
        return _clause(value)

    @field_validator("signature", mode="before")
    @classmethod
    def _signature(cls, value: Any) -> Any:
        if isinstance(value, str):
            lines = [line.strip() for line in value.strip().splitlines()]
            return "\n".join(line for line in lines if line) or None
        return value

    @field_validator("actions", "prevention", mode="before")
    @classmethod
    def _clauses(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list | tuple):
            return [c for c in (_clause(v) for v in value) if c is not None]
        return value

    @field_validator("actions", "prevention")
    @classmethod
    def _clause_length(cls, value: list[str]) -> list[str]:
        if any(len(c) > CLAUSE_MAX for c in value):
            raise ValueError(f"each entry must be at most {CLAUSE_MAX} characters")
        return value

    @field_validator("started_at", "detected_at", "resolved_at", "next_update_at", mode="before")
    @classmethod
    def _date_and_time(cls, value: Any) -> Any:
        # A bare number would be read as a Unix timestamp (YAML reads 15:00 as 900), and a
        # date alone has no time to promise: both are mistakes, not times.
        if isinstance(value, bool | int | float | Decimal):
            raise ValueError("give a date and time, e.g. 2026-03-02T15:00")
        if (isinstance(value, date) and not isinstance(value, datetime)) or (
            isinstance(value, str) and _DATE_ONLY_RE.fullmatch(value.strip())
        ):
            raise ValueError("give a time as well as the date, e.g. 2026-03-02T15:00")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            check_timezone(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value


def parse_incident(data: Incident | dict[str, Any]) -> Incident:
    """``data`` as an Incident; IncidentError naming every invalid field, on one line."""
    if isinstance(data, Incident):
        return data
    if not isinstance(data, dict):
        raise IncidentError(
            f"an incident must be a mapping of fields, got {type(data).__name__}"
        )
    try:
        return Incident.model_validate(data)
    except ValidationError as exc:
        problems, fields = [], []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "incident"
            fields.append(where)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown field (check the spelling)"
            problems.append(f"{where}: {msg}")
        raise IncidentError("invalid incident: " + "; ".join(problems), fields) from None


def required_fields(
    kind: Kind, channels: list[Channel], failure_type: FailureType | None
) -> list[str]:
    """The incident fields a draft of ``kind`` for ``channels`` needs, in a stable order."""
    names = [*COMMON_FIELDS, *REQUIRED_FIELDS[kind]]
    if any(c in PERSONAL_CHANNELS for c in channels):
        names.insert(0, "agent_name")
    if failure_type is not None:
        names.extend(FAILURE_FIELDS.get(failure_type, ()))
    return list(dict.fromkeys(names))


def require(incident: Incident, kind: Kind, channels: list[Channel]) -> None:
    """Raise one IncidentError naming every field ``kind`` needs that ``incident`` lacks."""
    missing = [
        name
        for name in required_fields(kind, channels, incident.failure_type)
        if getattr(incident, name) in (None, [], "")
    ]
    if missing:
        article = "an" if kind.value[0] in "aeiou" else "a"
        where = f" for {channels[0].value}" if len(channels) == 1 else ""
        raise IncidentError(
            f"{article} {kind.value} draft{where} needs these incident fields: "
            + ", ".join(missing),
            missing,
        )
