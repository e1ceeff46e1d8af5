"""``amends draft`` (a message from an incident) and ``amends templates`` (which file wins).

Exit status of ``amends draft``: 0 when no draft has a finding at ``--fail-on`` or above, 1
when one does (the draft is still printed), 2 for bad usage, an unreadable or invalid
incident, or a broken template.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click
import yaml

from ..config import Config, load_config
from ..drafting import Draft, Status, Tone, draft, draft_all, list_templates
from ..drafting.facts import aware
from ..drafting.incident import parse_incident
from ..errors import AmendsError
from ..models import Channel, FailureType, Kind, Level, Report, Severity
from .base import InputError, _read_file, choices, parse_now
from .check import fails

# Flags for the common incident fields: (option, field, help).
_TEXT_FIELDS = (
    ("--customer-name", "customer_name", "The customer's name."),
    ("--agent-name", "agent_name", "Your name, as you sign."),
    ("--agent-title", "agent_title", "Your role, e.g. 'Support lead'."),
    ("--company", "company", "Your company."),
    ("--product", "product", "The product affected."),
    ("--headline", "headline", "A short name for what went wrong (subject, titles)."),
    ("--what-happened", "what_happened", "What went wrong, in plain words."),
    ("--cause", "cause", "Why it happened, if known."),
    ("--impact", "impact", "What it meant for the customer."),
    ("--scope", "scope", "How many are affected, e.g. 'about 3% of accounts'."),
    ("--contact", "contact", "One direct way to reach you (e-mail, phone, link)."),
    ("--owner", "owner", "The named person who follows up, if not you."),
)
_TIME_FIELDS = (
    ("--started", "started_at", "When it started (ISO 8601)."),
    ("--detected", "detected_at", "When you noticed (ISO 8601)."),
    ("--resolved", "resolved_at", "When it was fixed (ISO 8601)."),
    ("--next-update", "next_update_at", "When you will update next (ISO 8601)."),
)


def _field_options(command: Any) -> Any:
    for flag, field, help_text in reversed(_TEXT_FIELDS + _TIME_FIELDS):
        command = click.option(flag, field, metavar="TEXT", help=help_text)(command)
    return command


@click.command("draft")
@click.option("--kind", type=click.Choice(choices(Kind)), required=True,
              help="What the message is for.")
@click.option("--channel", type=click.Choice(choices(Channel)), default=None,
              help="Where it will be sent (default: the incident's).")
@click.option("--all-channels", is_flag=True, help="Draft for every channel from one incident.")
@click.option("--tone", type=click.Choice(choices(Tone)), default=None,
              help="warm, formal or concise (default: the incident's, else warm).")
@click.option("--incident", "incident_path", metavar="FILE",
              help="The incident as YAML or JSON ('-' for standard input).")
@_field_options
@click.option("--action", "actions", multiple=True, metavar="TEXT",
              help="A step taken or under way (repeat for several).")
@click.option("--prevention", "prevention", multiple=True, metavar="TEXT",
              help="A change so it does not happen again (repeat for several).")
@click.option("--failure-type", type=click.Choice(choices(FailureType)), default=None,
              help="competence, integrity, care or outage.")
@click.option("--severity", type=click.Choice(choices(Severity)), default=None,
              help="How bad it was for the customer (default: medium).")
@click.option("--status", type=click.Choice(choices(Status)), default=None,
              help="For status pages (default: from the kind).")
@click.option("--tz", metavar="ZONE", help="IANA zone for the incident's times.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="The draft's text, or JSON with payload and report.")
@click.option("--fail-on", type=click.Choice(choices(Level)), default=None,
              help="Exit 1 when a draft has a finding at this level (default from config).")
@click.option("--now", "now_text", metavar="ISO",
              help="When the draft is written, e.g. 2026-03-02T10:00:00+00:00.")
@click.option("--config", "config_path", metavar="FILE",
              help="Team config (default: $AMENDS_CONFIG, else ./amends.toml).")
def draft_command(
    kind: str,
    channel: str | None,
    all_channels: bool,
    tone: str | None,
    incident_path: str | None,
    actions: tuple[str, ...],
    prevention: tuple[str, ...],
    failure_type: str | None,
    severity: str | None,
    status: str | None,
    tz: str | None,
    fmt: str,
    fail_on: str | None,
    now_text: str | None,
    config_path: str | None,
    **fields: str | None,
) -> None:
    """Draft a message from an incident (a YAML or JSON file, flags, or both: flags win)."""
    if all_channels and channel:
        raise InputError("give --channel or --all-channels, not both")
    now = parse_now(now_text)
    data = read_incident(incident_path) if incident_path else {}
    flags: dict[str, Any] = {k: v for k, v in fields.items() if v is not None}
    flags.update(failure_type=failure_type, severity=severity, status=status, timezone=tz)
    if actions:
        flags["actions"] = list(actions)
    if prevention:
        flags["prevention"] = list(prevention)
    data.update({k: v for k, v in flags.items() if v is not None})
    if not data:
        raise InputError("no incident given: use --incident FILE or flags such as --what-happened")
    try:
        config = load_config(config_path, fail_on=fail_on)
        if all_channels:
            drafts = list(draft_all(data, kind=kind, tone=tone, now=now, config=config).values())
        else:
            drafts = [draft(data, kind=kind, channel=channel, tone=tone, now=now, config=config)]
    except AmendsError as exc:
        raise InputError(str(exc)) from None
    if now is None:
        _warn_if_past(data, config)
    if fmt == "json":
        dumped = [d.model_dump(mode="json") for d in drafts]
        out: Any = {d["channel"]: d for d in dumped} if all_channels else dumped[0]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for line in render_drafts(drafts, headers=all_channels):
            click.echo(line)
        for d in drafts:
            click.echo(summary(d, prefix=f"{d.channel.value}: " if all_channels else ""),
                       err=True)
    if any(fails(d.report, config.fail_on) for d in drafts):
        click.get_current_context().exit(1)


@click.command("templates")
@click.option("--config", "config_path", metavar="FILE",
              help="Team config (default: $AMENDS_CONFIG, else ./amends.toml).")
def templates_command(config_path: str | None) -> None:
    """List draft templates and the file that wins for each (team, plugin or built-in)."""
    try:
        found = list_templates(load_config(config_path))
    except AmendsError as exc:
        raise InputError(str(exc)) from None
    width = max((len(t.name) for t in found), default=0)
    for t in found:
        hidden = f"  (overrides {', '.join(s.origin for s in t.hidden)})" if t.hidden else ""
        click.echo(f"{t.name.ljust(width)}  {t.winner.origin.ljust(8)}  {t.file}{hidden}")


def _warn_if_past(data: dict[str, Any], config: Config) -> None:
    """A next update already past is a stale incident file: say so (the draft still prints)."""
    incident = parse_incident(data)
    if incident.next_update_at is None:
        return
    due = aware(incident.next_update_at, ZoneInfo(incident.timezone or config.timezone))
    if due < datetime.now(UTC):
        click.echo(
            f"amends: warning: next_update_at {due.isoformat()} is in the past; "
            "the draft promises an update that is already due",
            err=True,
        )


def read_incident(source: str) -> dict[str, Any]:
    """The incident mapping in a YAML or JSON file (or standard input for '-')."""
    if source == "-":
        name, data = "standard input", sys.stdin.buffer.read()
    else:
        name, data = source, _read_file(Path(source))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name} is empty: it holds no incident")
    try:
        # JSON is YAML too; a .json file gets JSON's own error messages
        loaded = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise InputError(f"{name} is not valid YAML: {problem}{where}") from None
    if not isinstance(loaded, dict):
        raise InputError(f"{name} must hold a mapping of incident fields, e.g. 'impact: ...'")
    return {str(k): v for k, v in loaded.items()}


def render_drafts(drafts: list[Draft], *, headers: bool) -> Iterator[str]:
    """Each draft's text (with its subject for e-mail), under a header when there are many."""
    for i, d in enumerate(drafts):
        if headers:
            if i:
                yield ""
            yield f"==> {d.channel.value} <=="
        if d.channel == Channel.EMAIL:
            yield f"Subject: {d.payload['subject']}"
            yield ""
        yield d.text


def summary(d: Draft, prefix: str = "") -> str:
    """One line for standard error: score, grade and any findings by rule."""
    report: Report = d.report
    if not report.findings:
        return f"amends: {prefix}score {report.score} ({report.grade}), no findings"
    found = ", ".join(
        f"{f.rule} ({f.severity.value})" for f in report.findings
    )
    return f"amends: {prefix}score {report.score} ({report.grade}), findings: {found}"
