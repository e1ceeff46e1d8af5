"""``draft()`` and ``draft_all()``: render an incident for a channel and check the result.

Text from the incident is only ever a value printed by a template, never template source, so
"{{ 7*7 }}" in a customer's name prints as typed. A draft too long for its channel is rendered
again with ``compact`` raised, so the templates can drop what matters least first.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from ..config import Config
from ..errors import UsageError
from ..models import Channel, Kind, Report
from .environment import environment, render_template, tidy
from .errors import IncidentError
from .facts import aware, context
from .incident import Incident, Status, Tone, parse_incident, require
from .loader import Source, search_path
from .payload import payload

COMPACT_LEVELS = 3  # how many times a draft may be shortened to fit a channel's limit


class Draft(BaseModel):
    """A rendered draft: ``text`` to send, ``payload`` for the channel's API, and ``report``,
    the checker's report of ``text``.

    ``payload`` by channel: email ``{subject, text, html}``; slack ``{text, blocks}`` (Block
    Kit); status ``{status, title, text}``; chat, sms, social ``{text}``.
    """

    model_config = ConfigDict(frozen=True)

    kind: Kind
    channel: Channel
    tone: Tone
    text: str
    payload: dict[str, Any]
    report: Report


def _template_name(kind: Kind, channel: Channel) -> str:
    return f"{channel.value}/{kind.value}.j2"


def _render(
    incident: Incident,
    *,
    kind: Kind,
    channel: Channel,
    tone: Tone,
    zone: ZoneInfo,
    config: Config,
    sources: list[Source],
) -> tuple[str, dict[str, Any]]:
    """The draft's text and payload (no check). Shortened, when the channel has a limit,
    until it fits or there is nothing left to drop."""
    mode = "slack" if channel == Channel.SLACK else "text"
    env = environment(mode, sources)
    limit = config.channel_limit(channel)
    name = _template_name(kind, channel)
    for compact in range(COMPACT_LEVELS):
        facts = context(incident, kind=kind, channel=channel, tone=tone, zone=zone,
                        compact=compact)
        text = tidy(render_template(env, name, facts))
        if limit is None or len(text) <= limit:
            break
    return text, payload(channel, text, facts, env, sources)


def _default_config() -> Config:
    from ..checker import default_config

    return default_config()


def _choice(enum: Any, value: Any, what: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise UsageError(f"unknown {what} {value!r} (choose one of: {allowed})") from None


def _anchor_now(now: datetime | None, incident: Incident, zone: ZoneInfo) -> datetime:
    """The moment the draft is written, for reading its times ("by 15:00 UTC on Monday 2
    March"). Given: as is (naive means in the incident's zone). Otherwise the current time,
    unless the next update is already past (an old incident, a fixture): then the latest
    incident time before it, so the draft's promise is read as it was meant."""
    if now is not None:
        if not isinstance(now, datetime):
            raise UsageError(f"now must be a datetime, got {type(now).__name__}")
        return aware(now, zone)
    current = datetime.now(UTC)
    if incident.next_update_at is None:
        return current
    due = aware(incident.next_update_at, zone)
    if due > current:
        return current
    earlier = [
        aware(t, zone)
        for t in (incident.resolved_at, incident.detected_at, incident.started_at)
        if t is not None and aware(t, zone) < due
    ]
    return max(earlier) if earlier else due - timedelta(hours=1)


class _Job:
    """What ``draft`` and ``draft_all`` share: the checked incident and its settings."""

    def __init__(
        self,
        incident: Incident | dict[str, Any],
        kind: Kind | str,
        channels: list[Channel],
        tone: Tone | str | None,
        now: datetime | None,
        config: Config | None,
    ) -> None:
        self.incident = parse_incident(incident)
        self.kind = _choice(Kind, kind, "kind")
        self.tone = _choice(Tone, tone or self.incident.tone or Tone.WARM, "tone")
        self.config = config or _default_config()
        zone_name = self.incident.timezone or self.config.timezone
        self.zone_name = zone_name
        self.zone = ZoneInfo(zone_name)
        require(self.incident, self.kind, channels)
        _check_order(self.incident, self.zone)
        if self.kind == Kind.RESOLUTION and self.incident.status not in (None, Status.RESOLVED):
            raise IncidentError(
                f"a resolution draft needs status resolved, not {self.incident.status.value}",
                ["status"],
            )
        self.now = _anchor_now(now, self.incident, self.zone)
        self.sources = search_path(self.config)

    def render(self, channel: Channel) -> tuple[str, dict[str, Any]]:
        return _render(
            self.incident, kind=self.kind, channel=channel, tone=self.tone, zone=self.zone,
            config=self.config, sources=self.sources,
        )

    def draft(self, channel: Channel) -> Draft:
        text, payload = self.render(channel)
        from ..checker import check  # loads plugins: not at import time (see __init__)

        report = check(
            text,
            kind=self.kind.value,
            severity=self.incident.severity.value,
            channel=channel.value,
            now=self.now,
            tz=self.zone_name,
            config=self.config,
            monthly_fee=self.incident.monthly_fee,
        )
        return Draft(
            kind=self.kind, channel=channel, tone=self.tone, text=text, payload=payload,
            report=report,
        )


def _check_order(incident: Incident, zone: ZoneInfo) -> None:
    names = ("started_at", "detected_at", "resolved_at")
    given = [(n, aware(getattr(incident, n), zone)) for n in names if getattr(incident, n)]
    for (a, ta), (b, tb) in itertools.pairwise(given):
        if tb < ta:
            raise IncidentError(f"invalid incident: {b} is before {a}", [b])


def draft(
    incident: Incident | dict[str, Any],
    *,
    kind: Kind | str,
    channel: Channel | str | None = None,
    tone: Tone | str | None = None,
    now: datetime | None = None,
    config: Config | None = None,
) -> Draft:
    """Draft a message of ``kind`` for ``channel`` from ``incident`` (an Incident or a dict).

    ``channel`` and ``tone`` default to the incident's (tone: ``warm``). ``now`` is when the
    draft is written (see ``_anchor_now``); ``config`` gives the team's template folders,
    time zone and check settings. Raises IncidentError naming every missing or invalid
    field, UsageError for an unknown kind, channel or tone, TemplateError for a broken
    template.
    """
    parsed = parse_incident(incident)
    chosen = channel or parsed.channel
    if chosen is None:
        raise UsageError("no channel given (pass channel=, or set channel in the incident)")
    channel_ = _choice(Channel, chosen, "channel")
    return _Job(parsed, kind, [channel_], tone, now, config).draft(channel_)


def render_draft(
    incident: Incident | dict[str, Any],
    *,
    kind: Kind | str,
    channel: Channel | str,
    tone: Tone | str | None = None,
    config: Config | None = None,
) -> tuple[str, dict[str, Any]]:
    """A draft's text and payload without the check (previews, benchmarks)."""
    channel_ = _choice(Channel, channel, "channel")
    return _Job(incident, kind, [channel_], tone, None, config).render(channel_)


def draft_all(
    incident: Incident | dict[str, Any],
    *,
    kind: Kind | str,
    tone: Tone | str | None = None,
    now: datetime | None = None,
    config: Config | None = None,
) -> dict[Channel, Draft]:
    """Draft ``kind`` for every channel from one incident, so the facts match everywhere."""
    channels = list(Channel)
    job = _Job(incident, kind, channels, tone, now, config)
    return {channel: job.draft(channel) for channel in channels}
