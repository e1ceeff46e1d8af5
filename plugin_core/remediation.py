"""The remediation policy (what remedy an incident calls for, when an offer needs a lead's
approval, the cap relative to the customer's loss) and the remedies offered in a message.

The policy is data: ``policy/remediation.toml`` ships the default; a team file
(``Config.remediation_policy``, env ``AMENDS_REMEDIATION_POLICY``) overrides it, and a plugin's
``remediation_policy`` hook overrides both. Each top-level section a team file or hook gives
replaces the default's whole; the sections it leaves out come from the default.
"""

from __future__ import annotations

import itertools
import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .errors import ConfigError, UsageError
from .models import Severity

if TYPE_CHECKING:
    from .config import Config
    from .message import Message

DEFAULT_POLICY_FILE = Path(__file__).parent / "policy" / "remediation.toml"

RemedyType = Literal["none", "apology", "credit", "refund", "priority-support"]
OFFER_TYPES: tuple[str, ...] = ("credit", "refund", "priority-support", "other")
_MONEY_OFFERS = frozenset({"credit", "refund", "other"})


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


_REMEDY_RE = re.compile(
    r"(?P<word>none|apology|refund)"
    r"|credit\s+(?P<pct>\d+(?:\.\d+)?)\s*%"
    r"|priority-support\s+(?P<months>\d+)\s+months?",
    re.IGNORECASE,
)


def _parse_remedy(value: Any) -> Any:
    """``"credit 10%"`` -> ``{"type": "credit", "percent_of_fee": 10}``; dicts pass through."""
    if not isinstance(value, str):
        return value
    m = _REMEDY_RE.fullmatch(value.strip())
    if not m:
        raise ValueError(
            f"unknown remedy {value!r} (use none, apology, refund, 'credit N%' "
            "or 'priority-support N months')"
        )
    if m["word"]:
        return {"type": m["word"].lower()}
    if m["pct"]:
        return {"type": "credit", "percent_of_fee": float(m["pct"])}
    return {"type": "priority-support", "months": int(m["months"])}


class Remedy(BaseModel):
    """One cell of the remedy table."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RemedyType
    percent_of_fee: float | None = Field(default=None, ge=0)
    months: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _sized(self) -> Remedy:
        if self.type == "credit" and self.percent_of_fee is None:
            raise ValueError("a credit needs percent_of_fee")
        if self.type == "priority-support" and self.months is None:
            raise ValueError("priority-support needs months")
        return self

    def describe(self) -> str:
        if self.type == "credit":
            return f"credit {self.percent_of_fee:g}%"
        if self.type == "priority-support":
            return f"priority-support {self.months} month{'s' if self.months != 1 else ''}"
        return self.type


RemedyCell = Annotated[Remedy, BeforeValidator(_parse_remedy)]


class ApprovalBound(BaseModel):
    """Above any of these, an offer to a customer of this tier needs a lead's approval."""

    model_config = ConfigDict(extra="forbid")

    max_amount: float | None = Field(default=None, ge=0)
    max_percent_of_fee: float | None = Field(default=None, ge=0)
    max_priority_support_months: int | None = Field(default=None, ge=0)


class Policy(BaseModel):
    """Remedy bands by severity, the remedy table, the approval bound and the cap."""

    model_config = ConfigDict(extra="forbid")

    cap_percent_of_loss: float = Field(default=150, gt=0)
    severity: dict[Severity, Band]
    tiers: list[str] = Field(min_length=1)
    duration_bands: dict[str, float] = Field(min_length=1)
    remedy: dict[Severity, dict[str, dict[str, RemedyCell]]]
    approval: dict[str, ApprovalBound]

    @field_validator("tiers")
    @classmethod
    def _unique_tiers(cls, tiers: list[str]) -> list[str]:
        if any(not t.strip() for t in tiers):
            raise ValueError("tier names must not be empty")
        if len(set(tiers)) != len(tiers):
            raise ValueError("tier names must be unique")
        return tiers

    @field_validator("duration_bands")
    @classmethod
    def _increasing(cls, bands: dict[str, float]) -> dict[str, float]:
        bounds = list(bands.values())
        if any(b <= 0 for b in bounds) or any(a >= b for a, b in itertools.pairwise(bounds)):
            raise ValueError("bounds (hours) must be above 0 and increase band by band")
        if not math.isinf(bounds[-1]):
            raise ValueError("the last band's bound must be inf (open-ended)")
        return bands

    @model_validator(mode="after")
    def _complete(self) -> Policy:
        missing = [s.value for s in Severity if s not in self.severity]
        if missing:
            raise ValueError(f"no band for severity: {', '.join(missing)}")
        missing = [s.value for s in Severity if s not in self.remedy]
        if missing:
            raise ValueError(f"remedy: no table for severity: {', '.join(missing)}")
        for sev, rows in self.remedy.items():
            _same_keys(f"remedy.{sev.value}", "duration band", rows, self.duration_bands)
            band = self.severity[sev]
            for name, cells in rows.items():
                _same_keys(f"remedy.{sev.value}.{name}", "tier", cells, self.tiers)
                for tier, cell in cells.items():
                    pct = cell.percent_of_fee
                    if pct is not None and not band.min_percent <= pct <= band.max_percent:
                        raise ValueError(
                            f"remedy.{sev.value}.{name}.{tier}: {cell.describe()} is outside "
                            f"severity.{sev.value} [{band.min_percent:g}%, {band.max_percent:g}%]"
                        )
        _same_keys("approval", "tier", self.approval, self.tiers)
        return self

    def tier(self, name: str) -> str:
        """``name`` when it is one of the policy's tiers; UsageError otherwise."""
        if name not in self.tiers:
            raise UsageError(f"unknown tier {name!r} (choose one of: {', '.join(self.tiers)})")
        return name

    def duration_band(self, hours: float) -> str:
        """The name of the duration band ``hours`` falls in."""
        return next(name for name, bound in self.duration_bands.items() if hours < bound)


def _same_keys(where: str, what: str, table: dict[str, Any], expected: Any) -> None:
    missing = [k for k in expected if k not in table]
    unknown = [k for k in table if k not in expected]
    if missing:
        raise ValueError(f"{where}: no entry for {what}: {', '.join(missing)}")
    if unknown:
        raise ValueError(f"{where}: unknown {what}: {', '.join(unknown)}")


# ---- loading -------------------------------------------------------------------------------


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"remediation policy not found: {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read remediation policy {path}: {exc}") from None


@cache
def _default_data() -> dict[str, Any]:
    return _read(DEFAULT_POLICY_FILE)


def _validate(data: dict[str, Any], source: str) -> Policy:
    """The default with ``data``'s top-level sections put in its place, validated."""
    if not isinstance(data, dict):
        raise ConfigError(f"invalid remediation policy {source}: expected a table")
    try:
        return Policy.model_validate({**_default_data(), **data})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(
            f"invalid remediation policy {source}: {where + ': ' if where else ''}{msg}"
        ) from None


def load_policy(path: Path | str | None = None) -> Policy:
    """Read a policy file (None: the shipped default); ConfigError names the file and problem.

    Top-level sections the file leaves out come from the shipped default.
    """
    if path is None:
        return default_policy()
    path = Path(path)
    return _validate(_read(path), str(path))


@cache
def default_policy() -> Policy:
    """The shipped policy, read once."""
    return _validate(_default_data(), str(DEFAULT_POLICY_FILE))


@lru_cache(maxsize=8)
def _team_policy(path: str, _mtime_ns: int, _size: int) -> Policy:
    return load_policy(path)


def policy_from(value: Policy | dict[str, Any]) -> Policy:
    """Accept a Policy or the plain dict a plugin's ``remediation_policy`` hook returns."""
    if isinstance(value, Policy):
        return value
    return _validate(value, "from a plugin's remediation_policy hook")


def current_policy(config: Config | None = None) -> Policy:
    """The policy in force: a plugin's ``remediation_policy`` hook, else the team file
    (``config.remediation_policy``; without ``config``, ``AMENDS_REMEDIATION_POLICY``), else
    the shipped default. The team file is re-read only when it changes."""
    from . import plugins

    answer = plugins.pm.hook.remediation_policy()
    if answer is not None:
        return policy_from(answer)
    if config is None:
        from .checker import default_config

        config = default_config()
    path = config.remediation_policy
    if path is None:
        return default_policy()
    try:
        st = path.stat()
    except OSError:
        return load_policy(path)  # raises the ConfigError that names the file
    return _team_policy(str(path), st.st_mtime_ns, st.st_size)


# ---- recommending and approving ------------------------------------------------------------


class Recommendation(BaseModel):
    """The remedy the policy recommends for one incident and customer."""

    type: RemedyType
    percent_of_fee: float | None = None
    amount: float | None = None  # currency units of the customer's fee and loss
    months: int | None = None
    needs_approval: bool = False
    reason: str
    severity: Severity
    duration_band: str
    tier: str
    capped: bool = False  # True when cap_percent_of_loss lowered the amount


def _severity(value: Severity | str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        allowed = ", ".join(s.value for s in Severity)
        raise UsageError(f"unknown severity {value!r} (choose one of: {allowed})") from None


def _non_negative(value: Any, name: str) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise UsageError(f"{name} must be a number of 0 or more, got {value!r}")
    return float(value)


def recommend_remedy(
    severity: Severity | str,
    *,
    duration_hours: float = 0,
    tier: str = "standard",
    monthly_fee: float | None = None,
    loss: float | None = None,
    policy: Policy | None = None,
) -> Recommendation:
    """The remedy the policy recommends for an incident of ``severity`` that affected a
    ``tier`` customer for ``duration_hours``.

    ``amount`` is known when the monthly fee (credits; refunds without a loss) or the loss
    (refunds) is; with ``loss`` it never exceeds ``cap_percent_of_loss`` percent of it.
    Raises UsageError for an unknown severity or tier, or a negative number.
    """
    pol = policy or current_policy()
    sev = _severity(severity)
    hours = _non_negative(duration_hours, "duration_hours")
    tier = pol.tier(tier)
    fee = None if monthly_fee is None else _non_negative(monthly_fee, "monthly_fee")
    lost = None if loss is None else _non_negative(loss, "loss")
    band = pol.duration_band(hours)
    cell = pol.remedy[sev][band][tier]

    kind: RemedyType = cell.type
    percent, months, amount = cell.percent_of_fee, cell.months, None
    what = {
        "none": "no remedy needed",
        "apology": "an apology only",
        "credit": f"a service credit of {percent or 0:g}% of the monthly fee",
        "refund": "a refund of the affected charge",
        "priority-support": f"priority support for {months} month{'s' if months != 1 else ''}",
    }[kind]
    if kind == "credit" and fee is not None:
        amount = fee * (percent or 0) / 100
    elif kind == "refund":
        amount = lost if lost is not None else fee
        if lost is None and fee is not None:
            what += " (taken as one month's fee)"
    capped = False
    if amount is not None and lost is not None:
        cap = lost * pol.cap_percent_of_loss / 100
        if amount > cap:
            what += (
                f" ({amount:.2f}, capped to {cap:.2f}: {pol.cap_percent_of_loss:g}% "
                f"of the {lost:.2f} loss)"
            )
            amount, capped = cap, True
            if kind == "credit" and fee:
                percent = round(amount / fee * 100, 2)
    if amount is not None:
        amount = round(amount, 2)
        if not capped:
            what += f" ({amount:.2f})"
    if kind in ("credit", "refund") and amount == 0 and lost == 0:
        kind, percent, amount = "apology", None, None
        what = "an apology only (no loss to compensate)"

    if kind == "priority-support":
        approval = needs_approval(kind, months or 0, tier=tier, policy=pol)
    elif kind == "credit" and amount is None:
        bound = pol.approval[tier].max_percent_of_fee
        approval = bound is not None and (percent or 0) > bound
    elif kind in ("credit", "refund"):
        # a refund whose amount is unknown can't be shown to be within the bound
        approval = amount is None or needs_approval(
            kind, amount, monthly_fee=fee, tier=tier, policy=pol
        )
    else:
        approval = False
    hours_text = f"{hours:g}h"
    reason = (
        f"{sev.value} severity, {hours_text} of impact ({band}), {tier} tier: {what}"
        + ("; needs a lead's approval" if approval else "")
    )
    return Recommendation(
        type=kind,
        percent_of_fee=percent if kind == "credit" else None,
        amount=amount,
        months=months if kind == "priority-support" else None,
        needs_approval=approval,
        reason=reason,
        severity=sev,
        duration_band=band,
        tier=tier,
        capped=capped,
    )


def needs_approval(
    offer_type: str,
    amount: float,
    *,
    monthly_fee: float | None = None,
    tier: str = "standard",
    policy: Policy | None = None,
) -> bool:
    """True when an offer is above the policy's approval bound for ``tier``.

    ``amount`` is in currency units, or months for ``priority-support``. Money offers
    (credit, refund, other) are above the bound past ``max_amount`` or, with ``monthly_fee``,
    past ``max_percent_of_fee`` of it. UsageError for an unknown type or tier, or a negative
    amount.
    """
    if offer_type not in OFFER_TYPES:
        raise UsageError(
            f"unknown offer type {offer_type!r} (choose one of: {', '.join(OFFER_TYPES)})"
        )
    value = _non_negative(amount, "amount")
    pol = policy or current_policy()
    bound = pol.approval[pol.tier(tier)]
    if offer_type == "priority-support":
        limit = bound.max_priority_support_months
        return limit is not None and value > limit
    if bound.max_amount is not None and value > bound.max_amount:
        return True
    if monthly_fee is not None and bound.max_percent_of_fee is not None:
        fee = _non_negative(monthly_fee, "monthly_fee")
        if fee == 0:
            return value > 0
        return value / fee * 100 > bound.max_percent_of_fee
    return False


def check_currency(code: str) -> str:
    """The upper-case ISO 4217 code for ``code`` (``"eur"`` -> ``"EUR"``); UsageError if none."""
    import pycountry

    found = None
    if isinstance(code, str) and re.fullmatch(r"[A-Za-z]{3}", code.strip()):
        try:
            found = pycountry.currencies.get(alpha_3=code.strip().upper())
        except KeyError:  # older pycountry raised instead of returning None
            found = None
    if found is None:
        raise UsageError(
            f"unknown currency {code!r} (use an ISO 4217 code such as USD, EUR or GBP)"
        )
    return str(found.alpha_3)


# ---- offers and losses in a message ----------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    """A quantified remedy offered in a message (or, from ``find_losses``, a loss it states)."""

    start: int
    end: int
    kind: str  # "amount", "percent", "months" (free service) or "support-months"
    value: float
    currency: str | None = None

    def percent_of_fee(self, monthly_fee: float | None) -> float | None:
        """Size in percent of the monthly fee; None when it can't be known.

        Months of priority support are not free service and have no size in fee terms."""
        if self.kind == "percent":
            return self.value
        if self.kind == "months":
            return self.value * 100
        if self.kind == "amount" and monthly_fee:
            return self.value / monthly_fee * 100
        return None

    def money(self, monthly_fee: float | None) -> float | None:
        """Worth in currency units; None when it can't be known."""
        if self.kind == "amount":
            return self.value
        size = self.percent_of_fee(monthly_fee)
        return None if size is None or not monthly_fee else size * monthly_fee / 100


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
_NUMBER_REST = r"\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?|\d*(?:\.\d{1,2})?"  # after its first digit
_CODES = "USD|EUR|GBP|CAD|AUD|JPY|INR|CHF"
# A symbol then a number, or a number then a code. It starts with the character class both
# start with, so a scan skips to those characters instead of trying the pattern everywhere;
# the look-behinds then tell the two apart (the first digit of "number then code" is consumed
# by the class: ``_money`` reads that number from the match).
_AMOUNT_RE = re.compile(
    rf"[$£€¥₹\d](?:(?<=(?P<sym>[$£€¥₹]))\s?(?P<num>{_NUMBER})"
    rf"|(?<=\d)(?:{_NUMBER_REST})\s?(?P<code>{_CODES})\b)"
)
# A money amount is an offer when a remedy word stands close to it in the same clause:
# "a $40 credit", "credited £18", "£25 voucher", "refunded the $45 seat fee".
_REMEDY_NEAR_RE = re.compile(
    r"\b(?:credit(?:ed|s)?|vouchers?|compensat\w*|goodwill|gift card|discount|refund(?:ed)?"
    r"|reimburs\w*|waive[ds]?|make up)\b",
    re.IGNORECASE,
)
_WINDOW_BEFORE, _WINDOW_AFTER = 40, 25
# Remedies that give the customer's money back rather than add something on top.
_GIVE_BACK_RE = re.compile(
    r"\b(?:refund(?:ed|ing)?|reimburs\w*|revers(?:ed|ing|e)|credited\s+back|paid\s+back)\b",
    re.IGNORECASE,
)
# Case-blind patterns scan slowly: no branch can be skipped on its first letter, so each one
# opens with a look-ahead for the first characters its branches can start with (as case-blind).
_PERCENT_OFFER_RE = re.compile(
    r"(?=[\ddcr])(?:(?P<pct>\d{1,3})\s?%\s+(?:off|discount|credit|refund)\b"
    r"|(?:discount|credit|refund)\s+of\s+(?P<pct2>\d{1,3})\s?%)",
    re.IGNORECASE,
)
_MONTHS_OFFER_RE = re.compile(
    r"(?=[\doatfs])(?:"
    r"(?P<n>\d{1,2}|one|a|an|two|three|four|five|six|twelve)\s+(?:free\s+)?months?\b"
    r"(?:\s+(?:free|of\s+(?:free\s+)?(?:your\s+)?(?:\w+\s+)?(?:subscription|service|line rental"
    r"|membership|premium|priority support)))"
    r"|(?:a\s+)?free\s+month\b)",
    re.IGNORECASE,
)
# A money amount holds a currency symbol or code (_AMOUNT_RE is case-sensitive): a text with
# neither is not scanned (a scan stops at every digit).
_AMOUNT_MARKS = ("$", "£", "€", "¥", "₹", *_CODES.split("|"))
# Words one of which a message must hold to offer a remedy (the rule's gate).
OFFER_WORDS = frozenset(
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
    if OFFER_WORDS.isdisjoint(message.tokens):
        return []
    text = message.norm
    offers: list[Offer] = []
    losses: list[Offer] | None = None
    amounts = _AMOUNT_RE.finditer(text) if _has_amount_mark(text) else ()
    for m in amounts:
        if not _remedy_near(text, m.start(), m.end()):
            continue
        amount = _money(m)
        if _gives_back(text, m.start(), m.end()):
            # Giving back what was wrongly taken is repair, not a gesture to size: "refunded the
            # duplicate $120 charge", or a refund no larger than the loss the message states.
            if _loss_near(text, m.start(), m.end()):
                continue
            losses = find_losses(message) if losses is None else losses
            if any(x.currency == amount.currency and amount.value <= x.value for x in losses):
                continue
        offers.append(amount)
    # Each pattern needs a word or symbol most messages lack: a plain substring test skips
    # scanning the whole text (neither starts with a literal, so a scan tries every position).
    if "%" in text:
        for m in _PERCENT_OFFER_RE.finditer(text):
            offers.append(
                Offer(m.start(), m.end(), "percent", float(m.group("pct") or m.group("pct2")))
            )
    if "month" in message.low:  # what "month" matches ignoring case is "month" in ``low``
        for m in _MONTHS_OFFER_RE.finditer(text):
            n = (m.group("n") or "one").lower()
            kind = "support-months" if "priority support" in m.group().lower() else "months"
            offers.append(Offer(m.start(), m.end(), kind, float(_NUMBER_WORDS.get(n) or n)))
    return sorted(offers, key=lambda o: o.start)


# A money amount is the customer's loss when a charge word stands close to it and no remedy
# word does: "we charged you $45 twice", "you paid £30 more", "the duplicate $45 charge".
_LOSS_BEFORE_RE = re.compile(
    r"\b(?:(?:over|double[- ]?)?charged|(?:over)?billed|debited|paid|cost(?:s|ing)?\s+you"
    r"|lost|los(?:e|ing)|overpaid)\b",
    re.IGNORECASE,
)
_LOSS_AFTER_RE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:(?:over)?charges?|overpayment|penalty|late fee)\b", re.IGNORECASE
)


def find_losses(message: Message) -> list[Offer]:
    """Money the message says the customer lost or was wrongly charged (kind ``"amount"``)."""
    text = message.norm
    losses: list[Offer] = []
    if not _has_amount_mark(text):
        return losses
    for m in _AMOUNT_RE.finditer(text):
        start, end = m.start(), m.end()
        if _loss_near(text, start, end) and (
            not _remedy_near(text, start, end) or _gives_back(text, start, end)
        ):
            losses.append(_money(m))
    return losses


def _has_amount_mark(text: str) -> bool:
    """False when ``text`` holds no currency symbol or code, so no money amount."""
    return any(mark in text for mark in _AMOUNT_MARKS)


def _money(m: re.Match[str]) -> Offer:
    # "120 USD": the number runs to the code, less the space between (it ends in a digit)
    num = m.group("num") or m.string[m.start() : m.start("code")].rstrip()
    currency = _CURRENCY_SYMBOLS.get(m.group("sym") or "") or (m.group("code") or "").upper()
    return Offer(m.start(), m.end(), "amount", float(num.replace(",", "")), currency)


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and just after ``text[start:end]``, within its clause."""
    before = re.split(r"[.;!?\n]", text[max(0, start - _WINDOW_BEFORE) : start])[-1]
    after = re.split(r"[.,;!?\n]", text[end : end + _WINDOW_AFTER])[0]
    return before, after


def _remedy_near(text: str, start: int, end: int) -> bool:
    """True when a remedy word is within a few words of ``text[start:end]``, same clause."""
    before, after = _around(text, start, end)
    return bool(_REMEDY_NEAR_RE.search(before) or _REMEDY_NEAR_RE.search(after))


def _loss_near(text: str, start: int, end: int) -> bool:
    """True when a charge word marks ``text[start:end]`` as money the customer lost."""
    before, after = _around(text, start, end)
    return bool(_LOSS_BEFORE_RE.search(before) or _LOSS_AFTER_RE.search(after))


def _gives_back(text: str, start: int, end: int) -> bool:
    """True when the remedy near ``text[start:end]`` returns money (refund, reversal)."""
    before, after = _around(text, start, end)
    return bool(_GIVE_BACK_RE.search(before) or _GIVE_BACK_RE.search(after))
