"""The JSON report's shape is a contract (RULES.md): keys, components, offsets, due times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import ValidationError

from plugin_core import COMPONENTS, Commitment, Config, Finding, Kind, Level, Report, check
from plugin_core.cli import fails
from plugin_core.models import trusted

REPORT_KEYS = {"kind", "score", "grade", "components", "findings", "commitments"}
FINDING_KEYS = {"rule", "severity", "start", "end", "text", "message", "suggestion", "replacement"}
COMMITMENT_KEYS = {"text", "start", "end", "due", "vague"}
MESSAGE = (
    "Hi Omar,\n\nI'm sorry: we apologize for any inconvenience. Our deploy at 09:10 UTC broke "
    "your exports, so this morning's reports were empty. We've rolled it back and re-run them. "
    "I'll update you by 15:00 UTC today, and we'll get back to you soon about the credit.\n\n"
    "Thanks,\nLena"
)


def dump(text: str, now: datetime, **options: Any) -> dict[str, Any]:
    report = check(text, now=now, config=Config(), **options)
    dumped: dict[str, Any] = report.model_dump(mode="json")
    return dumped


def finding(level: Level, rule: str = "excuse") -> Finding:
    return Finding(rule=rule, severity=level, start=0, end=5, text="Sorry", message="m")


def report_with(*levels: Level) -> Report:
    return Report(
        kind=Kind.APOLOGY, score=50, grade="F", components=dict.fromkeys(COMPONENTS, False),
        findings=[finding(level) for level in levels], commitments=[],
    )


def test_report_has_exactly_the_contract_keys(now: datetime) -> None:
    report = dump(MESSAGE, now)
    assert set(report) == REPORT_KEYS
    assert report["kind"] == "apology"
    assert isinstance(report["score"], int) and report["grade"] in set("ABCDF")


def test_findings_have_exactly_the_contract_keys_and_point_into_the_text(now: datetime) -> None:
    findings = dump(MESSAGE, now)["findings"]
    assert findings
    for f in findings:
        assert set(f) == FINDING_KEYS
        assert f["severity"] in {"error", "warning", "info"}
        assert MESSAGE[f["start"] : f["end"]] == f["text"]


@pytest.mark.parametrize("kind", [k.value for k in Kind])
def test_all_ten_components_are_always_present_as_booleans(kind: str, now: datetime) -> None:
    components = dump("Thanks for your patience.", now, kind=kind)["components"]
    assert list(components) == list(COMPONENTS)
    assert all(isinstance(v, bool) for v in components.values())


def test_commitment_with_a_time_serializes_due_with_utc_offset(now: datetime) -> None:
    commitments = dump(MESSAGE, now, tz="UTC")["commitments"]
    assert commitments and all(set(c) == COMMITMENT_KEYS for c in commitments)
    timed = [c for c in commitments if "15:00" in c["text"]]
    assert [c["due"] for c in timed] == ["2026-03-02T15:00:00+00:00"]
    assert timed[0]["vague"] is False


def test_due_serializes_as_iso_with_offset() -> None:
    berlin = timezone(timedelta(hours=1))
    utc = Commitment(text="by 15:00", start=0, end=8, due=datetime(2026, 11, 22, 15, tzinfo=UTC))
    cet = Commitment(text="by 16:00", start=0, end=8, due=datetime(2026, 11, 22, 16, tzinfo=berlin))
    vague = Commitment(text="soon", start=0, end=4, vague=True)
    assert utc.model_dump(mode="json")["due"] == "2026-11-22T15:00:00+00:00"
    assert cet.model_dump(mode="json")["due"] == "2026-11-22T16:00:00+01:00"
    assert vague.model_dump(mode="json") == {
        "text": "soon", "start": 0, "end": 4, "due": None, "vague": True,
    }


@pytest.mark.parametrize(
    ("levels", "worst"),
    [
        ((), None),
        ((Level.INFO,), Level.INFO),
        ((Level.INFO, Level.WARNING, Level.INFO), Level.WARNING),
        ((Level.WARNING, Level.ERROR, Level.INFO), Level.ERROR),
    ],
)
def test_worst_is_the_most_severe_level(levels: tuple[Level, ...], worst: Level | None) -> None:
    assert report_with(*levels).worst() == worst


@pytest.mark.parametrize(
    ("levels", "fail_on", "expected"),
    [
        ((), Level.INFO, False),
        ((Level.INFO,), Level.INFO, True),
        ((Level.INFO,), Level.WARNING, False),
        ((Level.WARNING,), Level.WARNING, True),
        ((Level.WARNING, Level.INFO), Level.ERROR, False),
        ((Level.ERROR,), Level.WARNING, True),
    ],
)
def test_fail_on_fails_when_the_worst_finding_reaches_the_level(
    levels: tuple[Level, ...], fail_on: Level, expected: bool
) -> None:
    assert fails(report_with(*levels), fail_on) is expected


def _state(model: Any) -> tuple[Any, ...]:
    return (
        type(model), model.__dict__, model.__pydantic_fields_set__,
        model.__pydantic_extra__, model.__pydantic_private__, model.model_dump(mode="json"),
    )


def test_trusted_builds_what_model_construct_builds() -> None:
    """``trusted`` skips model_construct's per-field loop; a pydantic upgrade that changes
    how models hold their state must fail here, not corrupt reports."""
    values: dict[str, Any] = {
        "rule": "excuse", "severity": Level.WARNING, "start": 0, "end": 5, "text": "Sorry",
        "message": "m", "suggestion": "s", "replacement": None,
    }
    found = trusted(Finding, **values)
    assert _state(found) == _state(Finding.model_construct(**values))
    assert found.model_copy(update={"severity": Level.INFO}).severity is Level.INFO
    with pytest.raises(ValidationError):
        found.start = 3  # still frozen
    report_values: dict[str, Any] = {
        "kind": Kind.APOLOGY, "score": 0, "grade": "F",
        "components": dict.fromkeys(COMPONENTS, False), "findings": [found], "commitments": [],
    }
    report = trusted(Report, **report_values)
    assert _state(report) == _state(Report.model_construct(**report_values))
    assert Report.model_validate_json(report.model_dump_json()) == report
