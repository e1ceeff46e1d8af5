"""Remediation offers in a message, and the policy they are measured against."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import ConfigError
from .models import Severity

if TYPE_CHECKING:
    from .message import Message

DEFAULT_POLICY_FILE = Path(__file__).parent / "policy" / "remediation.toml"


class Band(BaseModel):
    """Acceptable remedy size for one severity, in percent of the monthly fee."""

    model_config = ConfigDict(extra="forbid")

    min_percent: float = Field(ge=0)
    max_percent: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.max_percent < self.min_percent:
            raise ValueError("max_percent must not be below min_percent")
        return self


class Policy(BaseModel):
    """Remedy bands by severity, and the cap relative to the customer's loss."""

    model_config = ConfigDict(extra="forbid")

    cap_percent_of_loss: float = Field(default=150, gt=0)
    severity: dict[Severity, Band]

    @model_validator(mode="after")
    def _complete(self) -> Policy:
        missing = [s.value for s in Severity if s not in self.severity]
        if missing:
            raise ValueError(f"no band for severity: {', '.join(missing)}")
        return self


def load_policy(path: Path | str = DEFAULT_POLICY_FILE) -> Policy:
    """Read a policy file; ConfigError names the file and the problem."""
    path = Path(path)
    try:
        return Policy.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ConfigError(f"remediation policy not found: {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read remediation policy {path}: {exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"invalid remediation policy {path}: {where}: {err['msg']}") from None


def policy_from(value: Policy | dict[str, Any]) -> Policy:
    """Accept a Policy or the plain dict a plugin's ``remediation_policy`` hook returns."""
    return value if isinstance(value, Policy) else Policy.model_validate(value)


@dataclass(frozen=True)
class Offer:
    """A quantified remedy offered in a message."""

    start: int
    end: int
    kind: str  # "amount", "percent" or "months"
    value: float
    currency: str | None = None

    def percent_of_fee(self, monthly_fee: float | None) -> float | None:
        """Size in percent of the monthly fee; None when it can't be known."""
        if self.kind == "percent":
            return self.value
        if self.kind == "months":
            return self.value * 100
        if monthly_fee:
            return self.value / monthly_fee * 100
        return None


_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "twelve": 12,
    "half": 0.5,
}
_CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_CODES = "USD|EUR|GBP|CAD|AUD|JPY|INR|CHF"
_AMOUNT_RE = re.compile(
    rf"(?P<sym>[$£€¥₹])\s?(?P<num>{_NUMBER})|(?P<num2>{_NUMBER})\s?(?P<code>{_CODES})\b"
)
# A money amount is an offer when a remedy word stands close to it in the same clause:
# "a $40 credit", "credited £18", "£25 voucher", "refunded the $45 seat fee".
_REMEDY_NEAR_RE = re.compile(
    r"\b(?:credit(?:ed|s)?|vouchers?|compensat\w*|goodwill|gift card|discount|refund(?:ed)?"
    r"|reimburs\w*|waive[ds]?|make up)\b",
    re.IGNORECASE,
)
_WINDOW_BEFORE, _WINDOW_AFTER = 40, 25
_PERCENT_OFFER_RE = re.compile(
    r"(?P<pct>\d{1,3})\s?%\s+(?:off|discount|credit|refund)\b"
    r"|(?:discount|credit|refund)\s+of\s+(?P<pct2>\d{1,3})\s?%",
    re.IGNORECASE,
)
_MONTHS_OFFER_RE = re.compile(
    r"(?P<n>\d{1,2}|one|a|an|two|three|four|five|six|twelve)\s+(?:free\s+)?months?\b"
    r"(?:\s+(?:free|of\s+(?:free\s+)?(?:your\s+)?(?:\w+\s+)?(?:subscription|service|line rental"
    r"|membership|premium|priority support)))"
    r"|(?:a\s+)?free\s+month\b",
    re.IGNORECASE,
)
_TRIGGERS = frozenset(
    [
        "credit",
        "credited",
        "credits",
        "voucher",
        "compensation",
        "compensate",
        "goodwill",
        "gift",
        "discount",
        "refund",
        "refunded",
        "reimburse",
        "reimbursed",
        "free",
        "off",
        "waive",
        "waived",
        "waives",
        "months",
        "month",
        "gesture",
    ]
)


def find_offers(message: Message) -> list[Offer]:
    """Quantified remedies (money, percent, free months) the agent offers in the message."""
    if _TRIGGERS.isdisjoint(message.tokens):
        return []
    text = message.norm
    offers: list[Offer] = []
    for m in _AMOUNT_RE.finditer(text):
        if not _remedy_near(text, m.start(), m.end()):
            continue
        num = m.group("num") or m.group("num2")
        currency = _CURRENCY_SYMBOLS.get(m.group("sym") or "") or (m.group("code") or "").upper()
        offers.append(Offer(m.start(), m.end(), "amount", float(num.replace(",", "")), currency))
    for m in _PERCENT_OFFER_RE.finditer(text):
        offers.append(
            Offer(m.start(), m.end(), "percent", float(m.group("pct") or m.group("pct2")))
        )
    for m in _MONTHS_OFFER_RE.finditer(text):
        n = (m.group("n") or "one").lower()
        offers.append(Offer(m.start(), m.end(), "months", float(_NUMBER_WORDS.get(n) or n)))
    return sorted(offers, key=lambda o: o.start)


def _remedy_near(text: str, start: int, end: int) -> bool:
    """True when a remedy word is within a few words of ``text[start:end]``, same clause."""
    before = re.split(r"[.;!?\n]", text[max(0, start - _WINDOW_BEFORE) : start])[-1]
    after = re.split(r"[.,;!?\n]", text[end : end + _WINDOW_AFTER])[0]
    return bool(_REMEDY_NEAR_RE.search(before) or _REMEDY_NEAR_RE.search(after))
