"""The remediation policy: recommended remedies, the cap, the approval bound, overrides."""

from __future__ import annotations

import itertools
import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from plugin_core import (
    Config,
    ConfigError,
    Policy,
    UsageError,
    check,
    check_currency,
    current_policy,
    hookimpl,
    load_config,
    load_policy,
    needs_approval,
    recommend_remedy,
)
from plugin_core.plugins import pm
from plugin_core.remediation import DEFAULT_POLICY_FILE

SEVERITIES = ("low", "medium", "high", "critical")
DURATIONS = (0.5, 2, 10, 48)  # one in each shipped band
TIERS = ("free", "standard", "premium")


# ---- proportionality -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severity", "hours", "tier", "expected"),
    [
        # (type, percent_of_fee, months) in the shipped policy
        ("low", 0.5, "free", ("none", None, None)),
        ("low", 0.5, "standard", ("apology", None, None)),
        ("low", 10, "standard", ("credit", 5, None)),
        ("low", 48, "premium", ("credit", 20, None)),
        ("medium", 2, "standard", ("credit", 5, None)),
        ("medium", 48, "free", ("priority-support", None, 1)),
        ("medium", 48, "premium", ("credit", 35, None)),
        ("high", 0.5, "standard", ("credit", 10, None)),
        ("high", 10, "premium", ("credit", 50, None)),
        ("high", 48, "standard", ("credit", 50, None)),
        ("critical", 2, "free", ("priority-support", None, 1)),
        ("critical", 10, "premium", ("credit", 100, None)),
        ("critical", 48, "free", ("priority-support", None, 3)),
        ("critical", 48, "standard", ("refund", None, None)),
    ],
)
def test_recommended_remedy_by_severity_duration_and_tier(
    severity: str, hours: float, tier: str, expected: tuple[str, float | None, int | None]
) -> None:
    rec = recommend_remedy(severity, duration_hours=hours, tier=tier)
    assert (rec.type, rec.percent_of_fee, rec.months) == expected
    assert severity in rec.reason and tier in rec.reason and "\n" not in rec.reason


def _worth(severity: str, hours: float, tier: str) -> tuple[float, int, int]:
    """Orders remedies: money first (in % of the fee), then months of support, then kind."""
    rec = recommend_remedy(severity, duration_hours=hours, tier=tier, monthly_fee=100)
    money = rec.amount or 0.0
    rank = {"none": 0, "apology": 1}.get(rec.type, 2)
    return (money, rec.months or 0, rank)


@pytest.mark.parametrize("tier", TIERS)
@pytest.mark.parametrize("hours", DURATIONS)
def test_worse_incidents_never_get_less(tier: str, hours: float) -> None:
    worths = [_worth(s, hours, tier) for s in SEVERITIES]
    assert worths == sorted(worths)


@pytest.mark.parametrize("tier", TIERS)
@pytest.mark.parametrize("severity", SEVERITIES)
def test_longer_impact_never_gets_less(tier: str, severity: str) -> None:
    worths = [_worth(severity, h, tier) for h in DURATIONS]
    assert worths == sorted(worths)


@pytest.mark.parametrize(
    ("severity", "hours"), list(itertools.product(SEVERITIES, DURATIONS))
)
def test_higher_tiers_never_get_less(severity: str, hours: float) -> None:
    worths = [_worth(severity, hours, t) for t in TIERS]
    assert worths == sorted(worths)


@pytest.mark.parametrize(
    ("hours", "band"),
    [(0, "under-1h"), (0.99, "under-1h"), (1, "1-4h"), (3.5, "1-4h"), (4, "4-24h"),
     (23.9, "4-24h"), (24, "over-24h"), (24 * 365, "over-24h")],
)  # fmt: skip
def test_duration_bands_hold_durations_below_their_bound(hours: float, band: str) -> None:
    assert recommend_remedy("low", duration_hours=hours).duration_band == band


@pytest.mark.parametrize(
    ("severity", "hours", "tier", "fee", "loss", "amount", "percent"),
    [
        ("high", 10, "premium", 200.0, None, 100.0, 50),  # 50% of 200
        ("low", 10, "standard", 49.99, None, 2.5, 5),  # rounded to cents
        ("high", 10, "premium", None, None, None, 50),  # no fee: size only
        ("critical", 48, "standard", None, 80.0, 80.0, None),  # refund = the loss
        ("critical", 48, "standard", 30.0, None, 30.0, None),  # refund = a month's fee
        ("critical", 48, "premium", None, None, None, None),  # refund of an unknown charge
        ("medium", 48, "free", 0.0, 10.0, None, None),  # priority support: months, no money
    ],
)
def test_amount_follows_fee_and_loss(
    severity: str,
    hours: float,
    tier: str,
    fee: float | None,
    loss: float | None,
    amount: float | None,
    percent: float | None,
) -> None:
    rec = recommend_remedy(severity, duration_hours=hours, tier=tier, monthly_fee=fee, loss=loss)
    assert (rec.amount, rec.percent_of_fee, rec.capped) == (amount, percent, False)


# ---- the cap -------------------------------------------------------------------------------


def test_cap_lowers_a_credit_to_150_percent_of_the_loss() -> None:
    # critical, 10h, premium: 100% of a 400 fee = 400, but the customer lost 100
    rec = recommend_remedy("critical", duration_hours=10, tier="premium", monthly_fee=400, loss=100)
    assert (rec.type, rec.amount, rec.percent_of_fee, rec.capped) == ("credit", 150.0, 37.5, True)
    assert "150%" in rec.reason and "capped" in rec.reason


@pytest.mark.parametrize("loss", [0.0, 1.0, 9.99, 60.0, 250.0, 10_000.0])
def test_no_recommendation_exceeds_the_cap(loss: float) -> None:
    for severity, hours, tier in itertools.product(SEVERITIES, DURATIONS, TIERS):
        rec = recommend_remedy(
            severity, duration_hours=hours, tier=tier, monthly_fee=300, loss=loss
        )
        assert rec.amount is None or rec.amount <= loss * 1.5 + 0.005, (severity, hours, tier)


def test_nothing_lost_means_an_apology_not_money() -> None:
    rec = recommend_remedy("critical", duration_hours=48, tier="standard", monthly_fee=50, loss=0)
    assert (rec.type, rec.amount, rec.needs_approval) == ("apology", None, False)


def test_the_cap_comes_from_the_policy() -> None:
    policy = load_policy().model_copy(update={"cap_percent_of_loss": 100})
    rec = recommend_remedy(
        "critical", duration_hours=10, tier="premium", monthly_fee=400, loss=100, policy=policy
    )
    assert rec.amount == 100.0


# ---- the approval bound --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offer_type", "amount", "fee", "tier", "expected"),
    [
        ("credit", 100, None, "standard", False),  # at the bound
        ("credit", 100.01, None, "standard", True),  # above max_amount
        ("credit", 60, 100.0, "standard", True),  # above 50% of the fee
        ("credit", 50, 100.0, "standard", False),
        ("refund", 80, None, "standard", False),
        ("refund", 900, 1000.0, "premium", False),
        ("refund", 1200, 5000.0, "premium", True),  # above max_amount though 24% of fee
        ("credit", 300, 200.0, "premium", True),  # 150% of the fee
        ("other", 150, None, "standard", True),
        ("other", 0, None, "free", False),
        ("credit", 1, None, "free", True),  # free customers: any money needs a lead
        ("priority-support", 1, None, "standard", False),
        ("priority-support", 2, None, "standard", True),
        ("priority-support", 3, None, "premium", False),
        ("priority-support", 4, None, "premium", True),
    ],
)
def test_approval_bound(
    offer_type: str, amount: float, fee: float | None, tier: str, expected: bool
) -> None:
    assert needs_approval(offer_type, amount, monthly_fee=fee, tier=tier) is expected


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("voucher", 10), "unknown offer type"),
        (("credit", -5), "amount"),
        (("credit", math.nan), "amount"),
        (("credit", "10"), "amount"),
    ],
)
def test_approval_bad_input(args: tuple[Any, ...], problem: str) -> None:
    with pytest.raises(UsageError, match=problem):
        needs_approval(*args)


def test_approval_unknown_tier() -> None:
    with pytest.raises(UsageError, match=r"unknown tier 'gold'.*free, standard, premium"):
        needs_approval("credit", 5, tier="gold")


@pytest.mark.parametrize(
    ("severity", "hours", "tier", "fee", "expected"),
    [
        ("high", 48, "premium", 2000.0, True),  # 75% of 2000 = 1500 > 1000
        ("high", 48, "premium", 1000.0, False),  # 750
        ("high", 48, "standard", 250.0, True),  # 50% of 250 = 125 > 100
        ("high", 48, "standard", 150.0, False),  # 75, and 50% of the fee is not above 50%
        ("low", 48, "standard", 100.0, False),
        ("critical", 48, "free", None, True),  # 3 months of priority support > 1
        ("critical", 48, "standard", None, True),  # a refund of an unknown charge
    ],
)
def test_recommendation_says_when_a_lead_must_approve(
    severity: str, hours: float, tier: str, fee: float | None, expected: bool
) -> None:
    rec = recommend_remedy(severity, duration_hours=hours, tier=tier, monthly_fee=fee)
    assert rec.needs_approval is expected
    assert ("approval" in rec.reason) is expected


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"severity": "catastrophic"}, "unknown severity 'catastrophic'"),
        ({"severity": "low", "tier": "gold"}, "unknown tier 'gold'"),
        ({"severity": "low", "duration_hours": -1}, "duration_hours"),
        ({"severity": "low", "monthly_fee": -10}, "monthly_fee"),
        ({"severity": "low", "loss": math.inf}, "loss"),
    ],
)
def test_recommend_bad_input(kwargs: dict[str, Any], problem: str) -> None:
    with pytest.raises(UsageError, match=problem):
        recommend_remedy(**kwargs)


# ---- team override and the hook -----------------------------------------------------------

TEAM_POLICY = """
cap_percent_of_loss = 120
tiers = ["basic", "enterprise"]

[duration_bands]
short = 8
long = inf

[remedy.low]
short = { basic = "none", enterprise = "apology" }
long = { basic = "apology", enterprise = "credit 10%" }
[remedy.medium]
short = { basic = "apology", enterprise = "credit 10%" }
long = { basic = "apology", enterprise = "credit 20%" }
[remedy.high]
short = { basic = "apology", enterprise = "credit 20%" }
long = { basic = "priority-support 2 months", enterprise = "credit 50%" }
[remedy.critical]
short = { basic = "priority-support 1 month", enterprise = "credit 50%" }
long = { basic = "priority-support 2 months", enterprise = "refund" }

[approval.basic]
max_amount = 10
[approval.enterprise]
max_amount = 5000
"""


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "team-policy.toml"
    path.write_text(TEAM_POLICY)
    return path


def test_team_file_replaces_the_sections_it_gives(team_file: Path) -> None:
    policy = current_policy(Config(remediation_policy=team_file))
    assert policy.tiers == ["basic", "enterprise"]
    assert policy.cap_percent_of_loss == 120
    assert policy.severity == load_policy().severity  # left out: the shipped bands
    rec = recommend_remedy("high", duration_hours=30, tier="enterprise", monthly_fee=100,
                           loss=20, policy=policy)  # fmt: skip
    assert (rec.type, rec.amount, rec.capped) == ("credit", 24.0, True)
    with pytest.raises(UsageError, match="unknown tier 'standard'"):
        recommend_remedy("high", policy=policy)


def test_team_file_from_the_environment(team_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMENDS_REMEDIATION_POLICY", str(team_file))
    config = Config()
    assert config.remediation_policy == team_file
    assert current_policy(config).tiers == ["basic", "enterprise"]


def test_team_file_named_in_amends_toml_is_relative_to_it(
    team_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "amends.toml").write_text(f'remediation_policy = "{team_file.name}"\n')
    monkeypatch.chdir(Path(__file__).parent)  # elsewhere: the path is not the working dir's
    config = load_config(tmp_path / "amends.toml")
    assert current_policy(config).tiers == ["basic", "enterprise"]


def test_cli_check_uses_the_team_file_and_reports_a_bad_one(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from plugin_core.cli import cli

    text = "We've added 6 months free to your plan."
    args = ["check", "--kind", "resolution", "--severity", "low", "--format", "json"]
    bands = "".join(f"[severity.{s}]\nmin_percent = 0\nmax_percent = 1000\n" for s in SEVERITIES)
    (tmp_path / "generous.toml").write_text(bands)
    (tmp_path / "amends.toml").write_text('remediation_policy = "generous.toml"\n')
    runner = CliRunner()
    default = runner.invoke(cli, args, input=text)
    assert "remediation-disproportionate" in default.output
    team = runner.invoke(cli, [*args, "--config", str(tmp_path / "amends.toml")], input=text)
    assert team.exit_code in (0, 1) and "remediation-disproportionate" not in team.output
    (tmp_path / "generous.toml").write_text("[severity.low]\n")
    bad = runner.invoke(cli, [*args, "--config", str(tmp_path / "amends.toml")], input=text)
    assert bad.exit_code == 2 and "generous.toml" in bad.output
    assert "Traceback" not in bad.output


def test_team_file_is_reread_when_it_changes(team_file: Path) -> None:
    config = Config(remediation_policy=team_file)
    assert current_policy(config).cap_percent_of_loss == 120
    team_file.write_text(TEAM_POLICY.replace("= 120", "= 175"))
    assert current_policy(config).cap_percent_of_loss == 175


def test_team_file_changes_what_the_checker_flags(tmp_path: Path) -> None:
    text = "We've added 6 months free to your plan."
    generous = tmp_path / "generous.toml"
    bands = "".join(
        f"[severity.{s}]\nmin_percent = 0\nmax_percent = 1000\n" for s in SEVERITIES
    )
    generous.write_text(bands)

    def flagged(config: Config) -> list[str]:
        report = check(text, kind="resolution", severity="low", config=config)
        return [f.text for f in report.findings if f.rule == "remediation-disproportionate"]

    assert flagged(Config()) == ["6 months free"]
    assert flagged(Config(remediation_policy=generous)) == []


def test_missing_team_file_is_a_config_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"not found.*nope\.toml"):
        current_policy(Config(remediation_policy=missing))
    with pytest.raises(ConfigError, match=r"nope\.toml"):
        check("We've added a $5 credit.", config=Config(remediation_policy=missing))


class _FixedPolicy:
    """A real plugin: answers ``remediation_policy`` with a policy of its own."""

    def __init__(self, answer: Policy | dict[str, Any]) -> None:
        self.answer = answer

    @hookimpl
    def remediation_policy(self) -> Policy | dict[str, Any]:
        return self.answer


def test_hook_beats_team_file_beats_default(team_file: Path) -> None:
    config = Config(remediation_policy=team_file)
    plugin = _FixedPolicy({"cap_percent_of_loss": 101})
    pm.register(plugin)
    try:
        with_hook = current_policy(config)
    finally:
        pm.unregister(plugin)
    assert with_hook.cap_percent_of_loss == 101
    assert with_hook.tiers == ["free", "standard", "premium"]  # the rest: shipped default
    assert current_policy(config).cap_percent_of_loss == 120  # team file
    assert current_policy(Config()).cap_percent_of_loss == 150  # shipped default


def test_hook_may_answer_with_a_policy_object() -> None:
    policy = load_policy().model_copy(update={"cap_percent_of_loss": 110})
    plugin = _FixedPolicy(policy)
    pm.register(plugin)
    try:
        assert current_policy() is policy
        assert recommend_remedy("critical", duration_hours=10, tier="premium", monthly_fee=400,
                                loss=100).amount == 110.0  # fmt: skip
    finally:
        pm.unregister(plugin)


def test_bad_hook_answer_is_a_config_error() -> None:
    plugin = _FixedPolicy({"tiers": []})
    pm.register(plugin)
    try:
        with pytest.raises(ConfigError, match=r"remediation_policy hook.*tiers"):
            current_policy()
    finally:
        pm.unregister(plugin)


# ---- bad policy files ----------------------------------------------------------------------


def _shipped_with(old: str, new: str) -> str:
    text = DEFAULT_POLICY_FILE.read_text()
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (_shipped_with('standard = "credit 5%"', 'standard = "credit five"'),
         "unknown remedy 'credit five'"),
        (_shipped_with('standard = "credit 5%"', 'standard = "hug"'), "unknown remedy 'hug'"),
        (_shipped_with('premium = "credit 20%" }\n\n[remedy.medium]',
                       'premium = "credit 80%" }\n\n[remedy.medium]'),
         r"remedy.low.over-24h.premium: credit 80% is outside severity.low \[0%, 25%\]"),
        (_shipped_with('"under-1h" = { free = "none", standard = "apology", premium = "apology" }',
                       '"under-1h" = { free = "none", standard = "apology" }'),
         "remedy.low.under-1h: no entry for tier: premium"),
        (_shipped_with('"1-4h" = { free = "apology", standard = "apology", premium = "apology" }',
                       '"2-4h" = { free = "apology", standard = "apology", premium = "apology" }'),
         "remedy.low: no entry for duration band: 1-4h"),
        (_shipped_with('"4-24h" = 24', '"4-24h" = 3'), "increase band by band"),
        (_shipped_with('"over-24h" = inf', '"over-24h" = 100'), "must be inf"),
        (_shipped_with("[approval.premium]", "[approval.gold]"), "approval: no entry for tier"),
        (_shipped_with("max_amount = 100", "max_amount = -100"), "max_amount"),
        (_shipped_with("cap_percent_of_loss = 150", "cap_percent_of_loss = 0"),
         "cap_percent_of_loss"),
        ("cap_percent_of_loss = 150\ncurrency = 'EUR'\n", "currency"),
        ('tiers = "free"\n', "tiers"),
        ("[remedy.low]\n", "remedy: no table for severity: medium"),
        ("cap = [", "cannot read"),
    ],
)  # fmt: skip
def test_bad_policy_file_is_a_config_error_naming_it(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "broken-policy.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=r"broken-policy\.toml") as info:
        load_policy(path)
    assert info.match(problem)
    assert "\n" not in str(info.value)  # one line


def test_shipped_policy_is_valid_toml_and_complete() -> None:
    data = tomllib.loads(DEFAULT_POLICY_FILE.read_text())
    assert set(data) == set(Policy.model_fields)
    policy = load_policy()
    assert policy.tiers == ["free", "standard", "premium"]
    assert list(policy.duration_bands) == ["under-1h", "1-4h", "4-24h", "over-24h"]


# ---- currency --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"), [("USD", "USD"), ("eur", "EUR"), ("Jpy", "JPY"), (" gbp ", "GBP"),
                           ("CHF", "CHF"), ("inr", "INR")]
)  # fmt: skip
def test_check_currency_accepts_iso_4217(code: str, expected: str) -> None:
    assert check_currency(code) == expected


@pytest.mark.parametrize("code", ["XYZ", "US", "USDD", "dollars", "", "$", "U5D", 840, None])
def test_check_currency_rejects_the_rest(code: Any) -> None:
    with pytest.raises(UsageError, match=r"unknown currency .*ISO 4217"):
        check_currency(code)
