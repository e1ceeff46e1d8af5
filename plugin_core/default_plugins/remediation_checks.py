"""The rule that flags remedies out of proportion to the harm (policy: ``remediation.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..hookspecs import hookimpl
from ..message import Message
from ..models import Finding
from ..remediation import OFFER_WORDS, current_policy, find_losses, find_offers
from ..rules import CodeRule, Rule, code_rule


@code_rule(
    "remediation-disproportionate",
    "warning",
    "An offered remedy far below or far above the policy for the incident's severity.",
    "This remedy is out of proportion to the harm.",
    "Offer what the policy suggests for this severity (`amends rules "
    "remediation-disproportionate`); ask a lead before going beyond it.",
    gate=OFFER_WORDS,
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
        {
            "text": "We charged you $20 twice by mistake, so we've added a $200 credit.",
            "severity": "high",
            "flags": "$200",
        },
    ],
)
def remediation_disproportionate(rule: CodeRule, msg: Message) -> Iterator[Finding]:
    """Sizes each offer (percent, free months, or an amount against ``monthly_fee``) and
    compares it with the severity's band in the remediation policy; when the message states
    the customer's loss in money, an offer worth more than ``cap_percent_of_loss`` of it is
    flagged too. One finding a sentence."""
    offers = find_offers(msg)
    if not offers:
        return
    policy = current_policy(msg.config)
    band = policy.severity[msg.severity]
    losses = find_losses(msg)
    loss = max(losses, key=lambda o: o.value) if losses else None
    flagged_sentences: set[tuple[int, int]] = set()
    for offer in offers:
        sentence = msg.sentence_at(offer.start)
        if sentence in flagged_sentences:
            continue
        size = offer.percent_of_fee(msg.monthly_fee)
        worth = offer.money(msg.monthly_fee)
        if size is not None and size > band.max_percent:
            why = (
                f"worth about {size:.0f}% of the monthly fee, above the {band.max_percent:g}% "
                f"the policy allows for a {msg.severity.value}-severity incident; "
                "compensation far beyond the harm reads as buying forgiveness"
            )
        elif size is not None and size < band.min_percent:
            why = (
                f"worth about {size:.0f}% of the monthly fee, below the {band.min_percent:g}% "
                f"the policy expects for a {msg.severity.value}-severity incident"
            )
        elif (
            loss is not None
            and worth is not None
            and (not offer.currency or not loss.currency or offer.currency == loss.currency)
            and worth > loss.value * policy.cap_percent_of_loss / 100
        ):
            why = (
                f"worth about {worth:,.2f}, more than {policy.cap_percent_of_loss:g}% of the "
                f"{loss.value:,.2f} the message says the customer lost (at most "
                f"{loss.value * policy.cap_percent_of_loss / 100:,.2f}); compensation far "
                "beyond the harm reads as buying forgiveness"
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
