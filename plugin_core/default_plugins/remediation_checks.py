"""The default remediation policy, and the rule that flags disproportionate remedies."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from .. import plugins
from ..hookspecs import hookimpl
from ..message import Message
from ..models import Finding
from ..remediation import Policy, find_offers, load_policy, policy_from
from ..rules import CodeRule, Rule, code_rule


@cache
def _default_policy() -> Policy:
    return load_policy()


@hookimpl(trylast=True)
def remediation_policy() -> dict[str, Any]:
    return _default_policy().model_dump()


def current_policy() -> Policy:
    """The policy the first plugin to answer ``remediation_policy`` gives (built-in last)."""
    answer = plugins.pm.hook.remediation_policy()
    return _default_policy() if answer is None else policy_from(answer)


@code_rule(
    "remediation-disproportionate",
    "warning",
    "An offered remedy far below or far above the policy for the incident's severity.",
    "This remedy is out of proportion to the harm.",
    "Offer what the policy suggests for this severity (`amends rules "
    "remediation-disproportionate`); ask a lead before going beyond it.",
    examples=[
        {
            "text": "To make up for it, we've added 6 months free to your plan.",
            "severity": "low",
            "flags": "6 months free",
        },
        {
            "text": "As an apology, here's a 5% discount on your next bill.",
            "severity": "critical",
            "flags": "5% discount",
        },
        {"text": "We've added one free month to your account.", "severity": "high"},
    ],
)
def remediation_disproportionate(rule: CodeRule, msg: Message) -> Iterator[Finding]:
    """Sizes each offer (percent, free months, or an amount against ``monthly_fee``) and
    compares it with the severity's band in the remediation policy; one finding a sentence."""
    offers = find_offers(msg)
    if not offers:
        return
    band = current_policy().severity[msg.severity]
    flagged_sentences: set[tuple[int, int]] = set()
    for offer in offers:
        sentence = msg.sentence_at(offer.start)
        if sentence in flagged_sentences:
            continue
        size = offer.percent_of_fee(msg.monthly_fee)
        if size is None:
            continue
        if size > band.max_percent:
            why = (
                f"worth about {size:.0f}% of the monthly fee, above the {band.max_percent:g}% "
                f"the policy allows for a {msg.severity.value}-severity incident; "
                "compensation far beyond the harm reads as buying forgiveness"
            )
        elif size < band.min_percent:
            why = (
                f"worth about {size:.0f}% of the monthly fee, below the {band.min_percent:g}% "
                f"the policy expects for a {msg.severity.value}-severity incident"
            )
        else:
            continue
        flagged_sentences.add(sentence)
        yield msg.finding(
            rule.id,
            rule.level,
            offer.start,
            offer.end,
            f"{rule.message} It is {why}.",
            rule.suggestion,
        )


@hookimpl
def register_rules(register: Callable[[Rule], None]) -> None:
    register(remediation_disproportionate)
