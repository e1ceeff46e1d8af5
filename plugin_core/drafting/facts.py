"""The facts a template sees: the incident as plain strings, lists and dicts.

Templates get data, never objects with methods: times already written out with their zone
("15:00 UTC on Monday 2 March"), money with its symbol, names split. The filters that put
the incident's clauses into sentences live here too.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from ..commitments import ZONE_NAMES
from ..models import REQUIRED, Channel, Kind, Severity, recommended_components
from .incident import DEFAULT_STATUS, Incident, RemediationType, Status, Tone

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_STATUS_LABELS = {
    Status.INVESTIGATING: "Investigating",
    Status.IDENTIFIED: "Identified",
    Status.MONITORING: "Monitoring",
    Status.RESOLVED: "Resolved",
}
# How much room a channel gives: the templates write less on smaller ones.
SIZES: dict[Channel, str] = {
    Channel.EMAIL: "full",
    Channel.SLACK: "full",
    Channel.STATUS: "full",
    Channel.CHAT: "short",
    Channel.SMS: "tiny",
    Channel.SOCIAL: "tiny",
}
_BULLETS = {Channel.SLACK: "•"}
# Words that start a clause but not a name: lower-cased when the clause goes mid-sentence.
_LOWER_STARTS = frozenset(
    str.split(
        "our your the a an this that these those it its it's we we've we're we'll my some all "
        "most many every each there their they they've they're since from on in at after "
        "during about roughly around nearly almost"
    )
)
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve")


def zone_label(moment: datetime) -> str:
    """The zone as a reader and the checker both read it: "UTC", "CET", "UTC+5:30".

    A local abbreviation is printed only when the checker reads it as the same offset ("IST"
    in Dublin is not India's, "CST" in Shanghai is not Chicago's); else an offset from UTC.
    """
    name = moment.tzname() or ""
    offset = moment.utcoffset() or timedelta(0)
    known = ZONE_NAMES.get(name.lower())  # how the checker reads the abbreviation
    if known and ZoneInfo(known).utcoffset(moment.replace(tzinfo=None)) == offset:
        return name
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    hours, rest = divmod(abs(int(offset.total_seconds())) // 60, 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def aware(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` with a zone: a naive time is read in ``zone``."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def when(moment: datetime, zone: ZoneInfo) -> dict[str, str]:
    """A time written out: ``full`` "15:00 UTC on Monday 2 March", ``short`` "15:00 UTC Mon
    2 Mar", ``clock`` "15:00 UTC", ``day`` "Monday 2 March", ``iso``."""
    local = aware(moment, zone).astimezone(zone)
    clock = f"{local:%H:%M} {zone_label(local)}"
    day = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
    short_day = f"{_DAYS[local.weekday()][:3]} {local.day} {_MONTHS[local.month - 1][:3]}"
    return {
        "full": f"{clock} on {day}",
        "short": f"{clock} {short_day}",
        "clock": clock,
        "day": day,
        "iso": local.isoformat(),
    }


def money(amount: Decimal, currency: str) -> str:
    """``$40.00``, ``€12.50``, ``40.00 CHF``; whole amounts of yen without decimals."""
    digits = f"{amount:,.0f}" if currency == "JPY" else f"{amount:,.2f}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{digits}" if symbol else f"{digits} {currency}"


def count(n: int, unit: str) -> str:
    """``3 months``, ``one month``: small numbers in words, as people write them."""
    word = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)
    return f"{word} {unit}{'' if n == 1 else 's'}"


def every(minutes: int) -> str:
    """A cadence: "30 minutes", "hour", "2 hours"."""
    if minutes % 60:
        return f"{minutes} minutes"
    hours = minutes // 60
    return "hour" if hours == 1 else f"{hours} hours"


def remedy(incident: Incident) -> dict[str, Any] | None:
    r = incident.remediation
    if r is None:
        return None
    out: dict[str, Any] = {
        "type": r.type.value,
        "money": money(r.amount, r.currency) if r.amount and r.currency else None,
        "months": None,
        "description": r.description,
    }
    if r.type == RemediationType.PRIORITY_SUPPORT and r.amount is not None:
        out["months"] = count(int(r.amount), "month")
        out["money"] = None
    return out


def first_name(name: str | None) -> str | None:
    if not name:
        return None
    return name.split()[0]


def clause(text: Any) -> str:
    """A clause for the middle of a sentence: "Our billing run" becomes "our billing run"
    (names and "I" keep their capitals)."""
    text = "" if text is None else str(text)
    word = text.split(" ", 1)[0]
    if word.lower() in _LOWER_STARTS and word[:1].isupper() and word[1:] == word[1:].lower():
        return text[:1].lower() + text[1:]
    return text


def sentence(text: Any) -> str:
    """A clause as a sentence: capital first letter, full stop unless it has an ending."""
    text = "" if text is None else str(text).strip()
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def capitalize(text: Any) -> str:
    text = "" if text is None else str(text)
    return text[:1].upper() + text[1:]


def join_clauses(items: Any, conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``; items lower-cased where safe."""
    parts = [clause(i) for i in items or ()]
    if len(parts) <= 2:
        return f" {conjunction} ".join(parts)
    return ", ".join(parts[:-1]) + f" {conjunction} " + parts[-1]


def shorten(text: Any, limit: int = 90) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" if cut."""
    text = "" if text is None else str(text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit - 1].rstrip(" ,;:") + "…"


FILTERS = {
    "clause": clause,
    "sentence": sentence,
    "capitalize_first": capitalize,
    "join_clauses": join_clauses,
    "shorten": shorten,
}


def context(
    incident: Incident,
    *,
    kind: Kind,
    channel: Channel,
    tone: Tone,
    zone: ZoneInfo,
    compact: int = 0,
) -> dict[str, Any]:
    """Everything a template for ``kind`` on ``channel`` in ``tone`` may print."""
    status = incident.status or DEFAULT_STATUS[kind]
    times = {
        name: when(value, zone) if value is not None else None
        for name, value in (
            ("started", incident.started_at),
            ("detected", incident.detected_at),
            ("resolved", incident.resolved_at),
            ("next_update", incident.next_update_at),
        )
    }
    agent = incident.agent_name
    owner = incident.owner if incident.owner and incident.owner != agent else None
    headline = incident.headline or incident.what_happened or ""
    # A public page shows the team's address, never a person's.
    contact = incident.public_contact if channel == Channel.STATUS else incident.contact
    severity = incident.severity
    return {
        "kind": kind.value,
        "channel": channel.value,
        "tone": tone.value,
        "size": SIZES[channel],
        "compact": compact,
        "public": channel == Channel.STATUS,
        "we": tone == Tone.FORMAL or channel == Channel.STATUS,
        "bullet": _BULLETS.get(channel, "-"),
        "failure": incident.failure_type.value if incident.failure_type else "competence",
        "severity": severity.value,
        "serious": severity in (Severity.HIGH, Severity.CRITICAL),
        "status": status.value,
        "status_label": _STATUS_LABELS[status],
        "required": list(REQUIRED[kind]),
        "recommended": list(recommended_components(kind, severity)),
        "customer_name": incident.customer_name,
        "customer_first": first_name(incident.customer_name),
        "agent_name": agent,
        "agent_first": first_name(agent),
        "agent_title": incident.agent_title,
        "signature": incident.signature,
        "company": incident.company,
        "product": incident.product or incident.company,
        "headline": headline,
        "what_happened": incident.what_happened,
        "cause": incident.cause,
        "impact": incident.impact,
        "scope": incident.scope,
        "actions": list(incident.actions),
        "prevention": list(incident.prevention),
        "remedy": remedy(incident),
        "update_every": every(incident.update_every_minutes)
        if incident.update_every_minutes
        else None,
        "contact": contact,
        "contact_type": contact_type(contact),
        "owner": owner,
        **times,
    }


def contact_type(contact: str | None) -> str | None:
    """``email``, ``phone``, ``url`` or ``other``: how the contact path is written."""
    if not contact:
        return None
    if contact.startswith(("http://", "https://", "www.")):
        return "url"
    if "@" in contact and "." in contact.split("@")[-1] and " " not in contact:
        return "email"
    digits = sum(ch.isdigit() for ch in contact)
    if digits >= 6 and all(ch.isdigit() or ch in "+-(). " for ch in contact):
        return "phone"
    return "other"
