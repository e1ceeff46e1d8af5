"""Remediation offers and the `remediation-disproportionate` rule, table-driven."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugin_core import ConfigError, check, hookimpl, pm
from plugin_core.remediation import load_policy

RULE = "remediation-disproportionate"


def flagged(text: str, severity: str, fee: float | None = None) -> list[str]:
    report = check(text, kind="resolution", severity=severity, monthly_fee=fee)
    return [f.text for f in report.findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "severity", "fee", "expected"),
    [
        # far above: a grand gesture for a small problem
        (
            "To make up for the late reply, we've added 6 months free to your plan.",
            "low",
            None,
            ["6 months free"],
        ),
        ("We've credited $120 to your account for the missing fries.", "low", 20.0, ["$120"]),
        (
            "As a gesture, we've applied a 50% discount to your next bill.",
            "low",
            None,
            ["50% discount"],
        ),
        # far below: a token for a serious outage
        (
            "For the two-day outage, here's a 5% discount on your next bill.",
            "critical",
            None,
            ["5% discount"],
        ),
        ("We've added a $5 credit for the data loss.", "critical", 300.0, ["$5"]),
        # proportionate
        ("We've credited one month of your subscription ($240).", "high", 240.0, []),
        ("We've applied a $40 credit to your account.", "medium", 200.0, []),
        ("We've added one free month to your account.", "critical", None, []),
        # an amount that is the customer's loss, not an offer
        ("You paid £30 more than the advertised price yesterday.", "low", 10.0, []),
        # money remedy with no fee known: can't be sized, so no verdict
        ("We've added a £25 credit to your account.", "low", None, []),
    ],
)
def test_proportionality(text: str, severity: str, fee: float | None, expected: list[str]) -> None:
    assert flagged(text, severity, fee) == expected


@pytest.mark.parametrize(
    ("text", "severity", "fee", "expected"),
    [
        # far above the stated loss, with no fee to size it against the band
        ("We charged you $20 twice by mistake, so we've added a $200 credit.", "high", None,
         ["$200"]),
        # inside the critical band (50% of 300) but ten times the $15 overcharge
        ("We overcharged you $15 on your invoice, so we've added a $150 credit to your account.",
         "critical", 300.0, ["$150"]),
        # a percent offer is worth money once the fee is known: 50% of 100 = 50 > 1.5 x 10
        ("You were billed $10 twice; here's a 50% discount on your next bill.", "critical", 100.0,
         ["50% discount"]),
        ("You were billed $10 twice; here's a 50% discount on your next bill.", "critical", None,
         []),
        # within 150% of the loss and inside the band
        ("We charged you $40 twice by mistake, so I've added a $50 credit to your account.",
         "high", 200.0, []),
        ("The duplicate $45 charge is on us: I've refunded $45 to your card.", "medium", 100.0,
         []),
        # a loss in another currency can't bound the offer
        ("You paid £10 too much, so we've added a $100 credit to your account.", "critical",
         None, []),
        # the customer's loss alone, no offer
        ("We charged you $45 twice on 3 March.", "critical", 100.0, []),
    ],
)  # fmt: skip
def test_cap_relative_to_the_stated_loss(
    text: str, severity: str, fee: float | None, expected: list[str]
) -> None:
    assert flagged(text, severity, fee) == expected


def test_cap_finding_names_the_loss_and_the_ceiling() -> None:
    report = check(
        "We overcharged you $15 on your invoice, so we've added a $150 credit to your account.",
        kind="resolution",
        severity="critical",
        monthly_fee=300.0,
    )
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert "150%" in finding.message and "15.00" in finding.message and "22.50" in finding.message


@pytest.mark.parametrize("severity", ["low", "critical"])
def test_priority_support_months_are_not_free_months(severity: str) -> None:
    # "3 months of priority support" is not 300% of the fee in free service
    assert flagged("We've added 3 months of priority support to your account.", severity) == []
    assert flagged("We've added 2 months of free service to your account.", severity) == (
        ["2 months of free service"] if severity == "low" else []
    )


def test_one_offer_described_twice_is_flagged_once() -> None:
    text = "We've credited $240, a full month of your subscription, for the delayed reply."
    assert flagged(text, "low", 240.0) == ["$240"]


def test_finding_explains_the_band() -> None:
    report = check("We've added 6 months free to your plan.", kind="resolution", severity="low")
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert "600%" in finding.message and "25%" in finding.message


def test_a_plugin_policy_replaces_the_default() -> None:
    class Generous:
        @hookimpl
        def remediation_policy(self) -> dict[str, object]:
            band = {"min_percent": 0, "max_percent": 1000}
            return {"severity": {s: band for s in ("low", "medium", "high", "critical")}}

    plugin = Generous()
    pm.register(plugin)
    try:
        assert flagged("We've added 6 months free to your plan.", "low") == []
    finally:
        pm.unregister(plugin)
    assert flagged("We've added 6 months free to your plan.", "low") == ["6 months free"]


def test_shipped_policy_covers_every_severity() -> None:
    policy = load_policy()
    assert set(policy.severity) == {"low", "medium", "high", "critical"}
    assert policy.cap_percent_of_loss == 150


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            "cap_percent_of_loss = 150\n[severity.low]\nmin_percent = 0\nmax_percent = 5\n",
            "no band for severity",
        ),
        ("[severity.low]\nmin_percent = 50\nmax_percent = 5\n", "max_percent"),
        ("not toml at all [", "cannot read"),
    ],
)
def test_bad_policy_files_are_reported(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=problem):
        load_policy(path)


def test_monthly_fee_must_be_positive() -> None:
    from plugin_core import UsageError

    with pytest.raises(UsageError, match="monthly_fee"):
        check("We've added a credit.", monthly_fee=-5)


@pytest.mark.parametrize(
    "text",
    [
        "I've refunded the duplicate $120 charge to your card.",
        "We charged you $120 twice by mistake; I've refunded $120 to your card today.",
        "The $120 we overcharged you has been reversed.",
        "I've reimbursed the $120 late fee we should never have applied.",
    ],
)
def test_giving_back_what_was_wrongly_charged_is_not_a_remedy_to_size(text: str) -> None:
    # at low severity a $120 gesture on a $50/month plan is far above the band; a refund of
    # the customer's own money is not a gesture at all
    assert flagged(text, "low", 50.0) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refund larger than the loss the message states is a gesture on top
        ("We charged you $20 twice by mistake; I've refunded $120 to your card.", ["$120"]),
        # a credit is added on top, even beside a refund of the charge
        ("I've refunded the duplicate $20 charge and added a $120 credit.", ["$120"]),
    ],
)
def test_more_than_was_taken_is_still_sized(text: str, expected: list[str]) -> None:
    assert flagged(text, "low", 50.0) == expected
