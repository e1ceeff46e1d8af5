"""``amends check`` (a message against the rules) and ``amends rules`` (list, explain).

Exit status of ``amends check``: 0 when no finding reaches ``--fail-on``, 1 when one does,
2 for bad usage or unreadable input.
"""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from zoneinfo import ZoneInfo

import click

from ..checker import all_rules, check
from ..config import Config, load_config
from ..errors import AmendsError
from ..models import (
    REQUIRED,
    Audience,
    Channel,
    Finding,
    Kind,
    Level,
    Report,
    Severity,
    recommended_components,
)
from ..rules import Example, Rule
from .base import InputError, choices, parse_now, read_input

CONTEXT = 30  # characters shown either side of a finding on a long line
MAX_MARK = 100  # longest stretch underlined before the excerpt is cut
LEVEL_COLOURS = {Level.ERROR: "red", Level.WARNING: "yellow", Level.INFO: "cyan"}


@click.command("check")
@click.argument("source", metavar="[FILE|-]", required=False)
@click.option("--kind", type=click.Choice(choices(Kind)), default=Kind.APOLOGY.value,
              show_default=True, help="What the message is for.")
@click.option("--severity", type=click.Choice(choices(Severity)), default=Severity.MEDIUM.value,
              show_default=True, help="How bad the incident was for the customer.")
@click.option("--channel", type=click.Choice(choices(Channel)), default=Channel.EMAIL.value,
              show_default=True, help="Where the message will be sent.")
@click.option("--audience", type=click.Choice(choices(Audience)), default=None,
              help="Who reads it (default from config: customer).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Human-readable text or the JSON report.")
@click.option("--fail-on", type=click.Choice(choices(Level)), default=None,
              help="Exit 1 when a finding is at least this level (default from config: warning).")
@click.option("--now", "now_text", metavar="ISO",
              help="The current time for relative times, e.g. 2026-03-02T10:00:00+00:00.")
@click.option("--tz", metavar="ZONE",
              help="IANA time zone of the message (default from config: UTC).")
@click.option("--monthly-fee", type=float, metavar="AMOUNT",
              help="The customer's monthly fee, to size money remedies against the policy.")
@click.option("--config", "config_path", metavar="FILE",
              help="Team config (default: $AMENDS_CONFIG, else ./amends.toml).")
def check_command(
    source: str | None,
    kind: str,
    severity: str,
    channel: str,
    audience: str | None,
    fmt: str,
    fail_on: str | None,
    now_text: str | None,
    tz: str | None,
    monthly_fee: float | None,
    config_path: str | None,
) -> None:
    """Check the message in FILE, or on standard input when FILE is '-' or omitted."""
    now = parse_now(now_text)
    try:
        config = load_config(config_path, audience=audience, timezone=tz, fail_on=fail_on)
        text = read_input(source)
        report = check(
            text, kind=kind, severity=severity, channel=channel, audience=config.audience,
            now=now, tz=config.timezone, config=config, monthly_fee=monthly_fee,
        )
    except AmendsError as exc:
        raise InputError(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        colour = not click.utils.should_strip_ansi(sys.stdout)
        for line in render_report(report, text, config, severity=Severity(severity), colour=colour):
            click.echo(line, color=colour)
    if fails(report, config.fail_on):
        click.get_current_context().exit(1)


@click.command("rules")
@click.argument("rule_id", metavar="[RULE]", required=False)
def rules_command(rule_id: str | None) -> None:
    """List every rule, or explain one RULE with its examples."""
    try:
        rules = all_rules()
    except AmendsError as exc:
        raise InputError(str(exc)) from None
    if rule_id is None:
        for line in render_rule_list(rules):
            click.echo(line)
        return
    by_id = {rule.id: rule for rule in rules}
    if rule_id not in by_id:
        close = difflib.get_close_matches(rule_id, list(by_id), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; 'amends rules' lists them"
        raise InputError(f"unknown rule {rule_id!r}{hint}")
    for line in render_rule(by_id[rule_id]):
        click.echo(line)


def fails(report: Report, fail_on: Level) -> bool:
    """True when some finding is at least as severe as ``fail_on`` (exit status 1)."""
    worst = report.worst()
    return worst is not None and worst.rank >= fail_on.rank


# --- input ---------------------------------------------------------------------------


# --- human output --------------------------------------------------------------------


def render_report(
    report: Report, text: str, config: Config, *, severity: Severity, colour: bool
) -> Iterator[str]:
    """The report as lines for a person: findings, components, commitments, score.

    Findings about the words come first, in text order; missing components (no span) last.
    """
    for finding in sorted(report.findings, key=lambda f: f.rule.startswith("missing-")):
        yield from _render_finding(finding, text, colour)
    yield _findings_summary(report.findings)
    yield from _render_components(report, severity)
    yield from _render_commitments(report, text, config.timezone)
    yield f"score {report.score} (grade {report.grade})"


def _render_finding(finding: Finding, text: str, colour: bool) -> Iterator[str]:
    line, col = line_col(text, finding.start)
    level = finding.severity.value.ljust(7)
    if colour:
        level = click.style(level, fg=LEVEL_COLOURS[finding.severity], bold=True)
    yield f"{line}:{col}  {level}  {finding.rule}  {finding.message}"
    if finding.end > finding.start:
        yield from ("    " + row for row in excerpt(text, finding, colour))
    if finding.suggestion:
        yield f"    suggestion: {finding.suggestion}"
    if finding.replacement is not None:
        yield f"    replacement: {finding.replacement}"


def line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of offset ``pos``."""
    return text.count("\n", 0, pos) + 1, pos - (text.rfind("\n", 0, pos) + 1) + 1


def excerpt(text: str, finding: Finding, colour: bool) -> list[str]:
    """The finding's line, cut around the span, with the span highlighted or underlined."""
    start = finding.start
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].endswith("\r"):
        line_end -= 1
    stop = min(finding.end, line_end, start + MAX_MARK)
    lo, hi = _context_bounds(text, line_start, line_end, start, stop)
    before, marked, after = (
        _printable(text[a:b]) for a, b in ((lo, start), (start, stop), (stop, hi))
    )
    lead = "…" if lo > line_start else ""
    tail = "…" if hi < line_end else ""
    if colour:
        marked = click.style(marked, fg=LEVEL_COLOURS[finding.severity], bold=True, underline=True)
        return [f"{lead}{before}{marked}{after}{tail}"]
    caret = " " * _width(lead + before) + "^" * max(1, _width(marked))
    return [f"{lead}{before}{marked}{after}{tail}", caret]


def _context_bounds(
    text: str, line_start: int, line_end: int, start: int, stop: int
) -> tuple[int, int]:
    """Up to CONTEXT characters either side of the span, cut at word boundaries."""
    lo, hi = line_start, line_end
    if start - line_start > CONTEXT + 10:
        space = text.find(" ", start - CONTEXT, start)
        lo = space + 1 if space >= 0 else start - CONTEXT
    if line_end - stop > CONTEXT + 10:
        space = text.rfind(" ", stop, stop + CONTEXT)
        hi = space if space >= 0 else stop + CONTEXT
    return lo, hi


def _printable(segment: str) -> str:
    """Control and format characters (tabs, escapes) shown as spaces, keeping columns."""
    return "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in segment)


def _width(segment: str) -> int:
    """Terminal columns: wide East Asian characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in segment
    )


def _findings_summary(findings: Sequence[Finding]) -> str:
    if not findings:
        return "no findings"
    counts = [(lv, sum(f.severity == lv for f in findings)) for lv in Level]
    parts = [f"{n} {lv.value}{'s' if n > 1 and lv != Level.INFO else ''}" for lv, n in counts if n]
    return "findings: " + ", ".join(parts)


def _render_components(report: Report, severity: Severity) -> Iterator[str]:
    required = REQUIRED[report.kind]
    recommended = recommended_components(report.kind, severity)
    present = [c for c, has in report.components.items() if has]
    missing = [
        f"{c} (required)" if c in required else f"{c} (recommended)" if c in recommended else c
        for c, has in report.components.items()
        if not has
    ]
    yield "components"
    yield f"  present: {', '.join(present) or 'none'}"
    yield f"  missing: {', '.join(missing) or 'none'}"


def _render_commitments(report: Report, text: str, zone: str) -> Iterator[str]:
    if not report.commitments:
        yield "commitments: none"
        return
    yield "commitments"
    for c in report.commitments:
        if c.due is not None:
            when = "due " + c.due.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M %Z")
        else:
            when = "no time given"
        vague = " (vague)" if c.vague else ""
        line, col = line_col(text, c.start)
        yield f"  {line}:{col}  \"{_shorten(c.text, 80)}\"  {when}{vague}"


# --- rules ---------------------------------------------------------------------------


def render_rule_list(rules: Sequence[Rule]) -> Iterator[str]:
    """One aligned line per rule: id, level, summary."""
    width = max((len(r.id) for r in rules), default=0)
    for rule in rules:
        yield f"{rule.id.ljust(width)}  {rule.level.value.ljust(7)}  {rule.summary}"


def render_rule(rule: Rule) -> Iterator[str]:
    """A rule's level, summary, explanation, advice and examples."""
    yield f"{rule.id}  ({rule.level.value})"
    yield rule.summary
    for label, value in (
        ("explanation", rule.explanation),
        ("why", getattr(rule, "message", "")),
        ("instead", getattr(rule, "suggestion", "")),
        ("defined in", str(getattr(rule, "source", None) or "")),
    ):
        if value:
            yield f"{label}: {value}"
    if not rule.examples:
        return
    yield "examples"
    for example in rule.examples:
        yield from _render_example(example)


def _render_example(example: Example) -> Iterator[str]:
    context = [
        f"{name}={getattr(example, name)}"
        for name, default in (("kind", "apology"), ("severity", "medium"),
                              ("channel", "email"), ("audience", "customer"))
        if getattr(example, name) != default
    ]
    where = f" ({', '.join(context)})" if context else ""
    verdict = (
        f"flags \"{_shorten(example.flags, 80)}\"" if example.flags is not None else "does not flag"
    )
    yield f"  {verdict}{where}"
    yield f"    in: {_shorten(example.text, 160)}"


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


