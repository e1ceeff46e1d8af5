"""Checks on the message as a whole: missing components, length, reading grade, vague promises."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import compress
from operator import not_

from ..hookspecs import hookimpl
from ..message import Message
from ..models import (
    COMPONENTS,
    REQUIRED,
    Finding,
    Kind,
    Level,
    Severity,
    recommended_components,
)
from ..readability import reading_grade
from ..rules import CodeRule, Rule, code_rule

_COMPONENT_ADVICE: dict[str, tuple[str, str]] = {
    "acknowledgment": (
        "The message never names what went wrong, so it reads as a form reply.",
        'Say exactly what happened: "your March invoice charged you twice".',
    ),
    "regret": (
        "There is no first-person regret.",
        'Say it plainly and once: "I\'m sorry".',
    ),
    "ownership": (
        "Nobody takes responsibility; acknowledging responsibility matters most to trust.",
        'Own it in the active voice: "we made a mistake", "our deploy caused this".',
    ),
    "impact": (
        "The message doesn't say what this did to the customer.",
        'Name the consequence: "you couldn\'t send invoices for two days".',
    ),
    "repair": (
        "The message doesn't say what is being done about it.",
        'State a concrete action: "I\'ve refunded the duplicate charge".',
    ),
    "prevention": (
        "Nothing says what changes so this doesn't happen again.",
        'Name the change: "we\'ve added a check that blocks duplicate charges".',
    ),
    "remediation": (
        "For an incident this serious, no remedy is offered.",
        "Offer something proportional: a credit, a refund of the affected charge.",
    ),
    "next-update": (
        "The customer doesn't know when they'll hear from you next.",
        'Give a time: "I\'ll update you by 15:00 UTC".',
    ),
    "contact": (
        "There is no named person or direct way back to you.",
        'Give one path: "reply to this email and it comes straight to me, Priya".',
    ),
    "feedback-invite": (
        "The customer isn't invited to say whether it's really fixed.",
        'Ask: "tell me if anything still looks wrong".',
    ),
}


@cache
def _expected(kind: Kind, severity: Severity) -> dict[str, Level]:
    """Component -> the level of its finding when missing: warning if required, info if
    recommended (components neither are absent)."""
    levels = dict.fromkeys(recommended_components(kind, severity), Level.INFO)
    levels.update(dict.fromkeys(REQUIRED[kind], Level.WARNING))
    return levels


class MissingComponents:
    """The ``missing-*`` rules found together (their ``batch``): what the kind and severity
    expect is looked up once for all of them.

    This and the other rules here run on every message, so they return lists: a generator
    costs more to start and step through than they cost to run."""

    gate = None

    def __init__(self, rules: Sequence[CodeRule]) -> None:
        self._rules = {rule.id.removeprefix("missing-"): rule for rule in rules}
        # A missing component has no span and its finding is always the same: the findings a
        # kind and severity can give are built once, in ``_expected`` order, with their
        # components.
        self._findings: dict[
            tuple[Kind, Severity], tuple[tuple[str, ...], tuple[Finding, ...]]
        ] = {}

    def find(self, msg: Message) -> list[Finding]:
        expected = self._findings.get((msg.kind, msg.severity))
        if expected is None:
            pairs = [
                (c, msg.finding(rule.id, level, 0, 0, rule.message, rule.suggestion))
                for c, level in _expected(msg.kind, msg.severity).items()
                if (rule := self._rules.get(c)) is not None
            ]
            expected = tuple(c for c, _ in pairs), tuple(f for _, f in pairs)
            self._findings[msg.kind, msg.severity] = expected
        components, findings = expected
        # The findings of the components the message lacks (``compress`` keeps those whose
        # "lacks" is true), in order, without a Python loop.
        return list(compress(findings, map(not_, map(msg.components.get, components))))


def _missing_rule(component: str) -> CodeRule:
    message, suggestion = _COMPONENT_ADVICE[component]
    return CodeRule(
        id=f"missing-{component}",
        level=Level.WARNING,
        summary=f"The message lacks the {component} component "
        "(warning when the kind requires it, info when recommended).",
        message=message,
        suggestion=suggestion,
        finder=lambda rule, msg: MissingComponents([rule]).find(msg),
        batch=MissingComponents,
    )


@code_rule(
    "channel-limit",
    Level.ERROR,
    "Longer than the channel allows (280 for sms/social, 3000 for a Slack text block).",
    "This message is longer than the channel allows and will be cut off or rejected.",
    "Shorten it, or send the details by e-mail and keep this to what happened and when "
    "you'll update next.",
    examples=[
        {"text": "x " * 150, "channel": "sms", "flags": ("x " * 150)[280:].rstrip()},
        {"text": "x " * 150, "channel": "email"},
    ],
)
def channel_limit(rule: CodeRule, msg: Message) -> list[Finding]:
    """Flags the characters past the channel's limit (the team can set limits per channel)."""
    limit = msg.config.channel_limit(msg.channel)
    if limit is not None and len(msg.text) > limit:  # rstrip() only shortens: most skip it
        text = msg.text.rstrip()
        if len(text) > limit:
            return [rule.at(msg, limit, len(text))]
    return []


@code_rule(
    "readability",
    Level.INFO,
    "Reading grade above the configured maximum (default 10).",
    "This is hard to read for someone who is already upset.",
    "Use shorter sentences and everyday words.",
)
def readability(rule: CodeRule, msg: Message) -> list[Finding]:
    """Flesch-Kincaid grade of the agent's own words (quotes, code, signature left out)."""
    # an ASCII ``low`` is ``norm.lower()`` (see text.lower): no need to lower it again
    if msg.low.isascii():
        grade = reading_grade(msg.low, msg.sentences, msg.config.max_grade, lowered=True)
    else:
        grade = reading_grade(msg.norm, msg.sentences, msg.config.max_grade)
    if grade is not None and grade > msg.config.max_grade:
        text = msg.text.rstrip()
        return [
            msg.finding(
                rule.id,
                rule.level,
                0,
                len(text),
                f"Reading grade {grade:.1f} is above {msg.config.max_grade:g}. {rule.message}",
                rule.suggestion,
            )
        ]
    return []


@code_rule(
    "vague-commitment",
    Level.WARNING,
    "A promise with no time: soon, shortly, ASAP, we'll get back to you.",
    "A promise without a time leaves the customer waiting and checking; it is easy to miss.",
    'Give a concrete time and zone: "I\'ll update you by 15:00 UTC".',
    examples=[
        {"text": "We'll have it fixed shortly.", "flags": "We'll have it fixed shortly"},
        {"text": "I'll update you by 15:00 UTC today."},
    ],
)
def vague_commitment(rule: CodeRule, msg: Message) -> list[Finding]:
    """Flags each promise that gives no time ("soon", "shortly", "as soon as possible", "we'll
    get back to you"): the customer can't plan around it and nobody can tell if it was kept."""
    found = []
    for c in msg.commitments:
        if c.vague:
            found.append(rule.at(msg, c.start, c.end))
    return found


@hookimpl
def register_rules(register: Callable[[Rule], None]) -> None:
    for component in COMPONENTS:
        register(_missing_rule(component))
    register(channel_limit)
    register(readability)
    register(vague_commitment)
