"""The built-in score: weighted components present, less penalties for language findings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from plugin_core import COMPONENTS, Config, Finding, Kind, Level, Report, check
from plugin_core.checker import grade_for
from plugin_core.default_plugins.scoring import base_score, score_report
from plugin_core.message import Message
from plugin_core.models import Audience, Channel, Severity


def message(kind: Kind = Kind.APOLOGY, severity: Severity = Severity.MEDIUM) -> Message:
    return Message(
        "",
        kind=kind,
        severity=severity,
        channel=Channel.EMAIL,
        audience=Audience.CUSTOMER,
        now=datetime(2026, 3, 2, 10, tzinfo=UTC),
        tz="UTC",
        config=Config(),
    )


def report(present: set[str], findings: list[Finding] | None = None) -> Report:
    return Report(
        kind=Kind.APOLOGY,
        score=0,
        grade="F",
        components={c: c in present for c in COMPONENTS},
        findings=findings or [],
        commitments=[],
    )


def finding(rule: str, level: Level) -> Finding:
    return Finding(rule=rule, severity=level, start=0, end=0, text="", message="m")


ALL_APOLOGY = {"regret", "ownership", "acknowledgment", "impact", "repair", "prevention", "contact"}


def test_every_required_and_recommended_component_scores_100() -> None:
    assert base_score(report(ALL_APOLOGY), message()) == 100


def test_ownership_weighs_more_than_regret() -> None:
    without_ownership = base_score(report(ALL_APOLOGY - {"ownership"}), message())
    without_regret = base_score(report(ALL_APOLOGY - {"regret"}), message())
    assert without_ownership < without_regret


def test_repair_weighs_more_than_regret() -> None:
    assert base_score(report(ALL_APOLOGY - {"repair"}), message()) < base_score(
        report(ALL_APOLOGY - {"regret"}), message()
    )


def test_components_outside_the_kind_earn_nothing() -> None:
    assert base_score(report({"next-update", "feedback-invite"}), message()) == 0


def test_remediation_counts_only_for_serious_incidents() -> None:
    full = report(ALL_APOLOGY)
    assert base_score(full, message(severity=Severity.CRITICAL)) < 100
    assert (
        base_score(report(ALL_APOLOGY | {"remediation"}), message(severity=Severity.CRITICAL))
        == 100
    )


@pytest.mark.parametrize(
    ("level", "cost"), [(Level.ERROR, 20), (Level.WARNING, 8), (Level.INFO, 2)]
)
def test_language_findings_cost_points_by_level(level: Level, cost: int) -> None:
    scored = score_report(report(ALL_APOLOGY, [finding("overpromise", level)]), message())
    assert scored == 100 - cost


def test_missing_component_findings_cost_nothing_extra() -> None:
    r = report(ALL_APOLOGY - {"contact"}, [finding("missing-contact", Level.INFO)])
    assert score_report(r, message()) == round(base_score(r, message()))


def test_score_never_drops_below_zero() -> None:
    many = [finding("dismissive", Level.ERROR)] * 10
    assert score_report(report(set(), many), message()) == 0


@pytest.mark.parametrize(
    ("score", "grade"),
    [(100, "A"), (90, "A"), (89, "B"), (80, "B"), (70, "C"), (60, "D"), (59, "F")],
)
def test_grades(score: int, grade: str) -> None:
    assert grade_for(score) == grade


def test_a_complete_apology_outscores_a_form_reply() -> None:
    good = check(
        "Hi Dana, I'm sorry — we charged your card twice for the March invoice because of a "
        "change we made on Tuesday, so $89 of your money was tied up for a week. I've refunded "
        "the duplicate charge today, and we've added a check that stops an invoice being "
        "charged twice. Reply here and it comes straight to me."
    )
    bad = check("We apologize for any inconvenience. Rest assured we take this very seriously.")
    assert good.score >= 80 and good.grade in {"A", "B"}
    assert bad.score < 40 and bad.grade == "F"
