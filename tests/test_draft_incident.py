"""The incident model: what it accepts, what each kind needs, and how its times are written."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from draft_support import NOW, incident

from plugin_core import Config, Incident, UsageError, draft
from plugin_core.drafting import IncidentError, required_fields
from plugin_core.drafting.facts import clause, count, join_clauses, money, sentence, shorten, when
from plugin_core.models import Channel, Kind


def outage(**changes: Any) -> dict[str, Any]:
    data = incident("outage", "acknowledgment", "medium")
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


# ---- required fields ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "needed"),
    [
        ("acknowledgment", ["what_happened", "impact", "actions", "next_update_at"]),
        ("apology", ["what_happened", "impact", "actions"]),
        ("update", ["what_happened", "actions", "next_update_at"]),
        ("resolution", ["what_happened", "actions", "prevention", "resolved_at"]),
    ],
)
def test_one_error_names_every_field_a_kind_needs(kind: str, needed: list[str]) -> None:
    with pytest.raises(IncidentError) as err:
        draft({"failure_type": "competence", "company": "Ledgerly"}, kind=kind, channel="email")
    assert err.value.fields == ["agent_name", *needed]
    assert all(name in str(err.value) for name in err.value.fields)
    assert "\n" not in str(err.value)


def test_a_status_page_needs_no_agent_but_an_outage_needs_its_start() -> None:
    fields = required_fields(Kind.UPDATE, [Channel.STATUS], None)
    assert "agent_name" not in fields
    with pytest.raises(IncidentError) as err:
        draft(outage(started_at=None, agent_name=None), kind="update", channel="status", now=NOW)
    assert err.value.fields == ["started_at"]


def test_failure_type_is_required_because_it_decides_what_is_said() -> None:
    with pytest.raises(IncidentError, match="failure_type"):
        draft(outage(failure_type=None), kind="acknowledgment", channel="email", now=NOW)


# ---- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"what_hapened": "typo"}, "what_hapened", "unknown field"),
        ({"next_update_at": 900}, "next_update_at", "date and time"),  # YAML reads 15:00 as 900
        ({"next_update_at": "2026-03-02"}, "next_update_at", "time as well"),
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        ({"severity": "apocalyptic"}, "severity", "severity"),
        ({"remediation": {"type": "credit", "amount": 40}}, "remediation", "currency"),
        ({"remediation": {"type": "other"}}, "remediation", "description"),
        ({"remediation": {"type": "credit", "amount": 5, "currency": "dollars"}},
         "remediation.currency", "ISO 4217"),
        ({"update_every_minutes": 1}, "update_every_minutes", "greater than or equal"),
    ],
)
def test_invalid_fields_are_named_in_one_line(
    change: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(IncidentError) as err:
        draft(outage(**change), kind="acknowledgment", channel="email", now=NOW)
    assert field in err.value.fields
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_every_invalid_field_is_reported_at_once() -> None:
    with pytest.raises(IncidentError) as err:
        draft(outage(started_at=1, severity="x"), kind="acknowledgment", channel="email")
    assert set(err.value.fields) == {"started_at", "severity"}


def test_times_out_of_order_are_refused() -> None:
    with pytest.raises(IncidentError, match="detected_at is before started_at"):
        draft(outage(detected_at="2026-03-02T09:00:00Z"), kind="acknowledgment",
              channel="email", now=NOW)


def test_a_resolution_cannot_report_an_open_status() -> None:
    data = incident("outage", "resolution") | {"status": "investigating"}
    with pytest.raises(IncidentError, match="status resolved"):
        draft(data, kind="resolution", channel="status", now=NOW)


def test_clauses_are_one_line_without_a_final_full_stop() -> None:
    parsed = Incident.model_validate(
        {"what_happened": "  our billing run\n charged you   twice. ", "actions": "we refunded it."}
    )
    assert parsed.what_happened == "our billing run charged you twice"
    assert parsed.actions == ["we refunded it"]


def test_an_incident_object_and_a_dict_give_the_same_draft() -> None:
    data = outage()
    a = draft(data, kind="acknowledgment", channel="chat", now=NOW)
    b = draft(Incident.model_validate(data), kind="acknowledgment", channel="chat", now=NOW)
    assert a.text == b.text


def test_channel_and_tone_default_to_the_incidents() -> None:
    d = draft(outage(channel="sms", tone="formal"), kind="acknowledgment", now=NOW)
    assert (d.channel, d.tone.value) == (Channel.SMS, "formal")
    with pytest.raises(UsageError, match="no channel"):
        draft(outage(), kind="acknowledgment", now=NOW)
    with pytest.raises(UsageError, match="unknown tone"):
        draft(outage(), kind="acknowledgment", channel="sms", tone="chirpy", now=NOW)


# ---- times --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "local", "written"),
    [
        ("UTC", "2026-03-02T15:00", "15:00 UTC on Monday 2 March"),
        ("Europe/Berlin", "2026-03-02T16:00", "16:00 CET on Monday 2 March"),
        ("Europe/Berlin", "2026-07-06T16:00", "16:00 CEST on Monday 6 July"),
        ("America/New_York", "2026-03-02T10:00", "10:00 EST on Monday 2 March"),
        ("Asia/Kolkata", "2026-03-02T20:30", "20:30 IST on Monday 2 March"),
        ("Europe/Dublin", "2026-07-06T16:00", "16:00 UTC+1 on Monday 6 July"),  # not India's IST
        ("Asia/Shanghai", "2026-03-02T23:00", "23:00 UTC+8 on Monday 2 March"),  # not Chicago's
        ("Asia/Kathmandu", "2026-03-02T20:45", "20:45 UTC+5:45 on Monday 2 March"),
    ],
)
def test_the_next_update_is_written_in_the_incidents_zone_and_read_back_exactly(
    zone: str, local: str, written: str
) -> None:
    data = outage(timezone=zone, next_update_at=local, started_at=None, failure_type="care")
    d = draft(data, kind="acknowledgment", channel="email", now=NOW)
    assert written in d.text
    expected = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    assert [c.due for c in d.report.commitments if c.due] == [expected]


def test_the_teams_zone_applies_when_the_incident_names_none() -> None:
    data = outage(next_update_at="2026-03-02T16:00", started_at="2026-03-02T10:10")
    d = draft(data, kind="acknowledgment", channel="email", now=NOW,
              config=Config(timezone="Europe/Paris"))
    assert "16:00 CET on Monday 2 March" in d.text
    assert "It started at 10:10 CET" in d.text


def test_a_past_next_update_is_read_from_the_incidents_own_time() -> None:
    # No ``now``: the next update (2026) is long past by the clock, so the draft is read as
    # written at the incident's latest time before it, and the promise keeps its date.
    d = draft(outage(), kind="acknowledgment", channel="email")
    assert [c.due for c in d.report.commitments if c.due] == [
        datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    ]


def test_when_writes_full_short_and_clock_forms() -> None:
    w = when(datetime(2026, 3, 3, 9, 5, tzinfo=UTC), ZoneInfo("UTC"))
    assert (w["full"], w["short"], w["clock"]) == (
        "09:05 UTC on Tuesday 3 March", "09:05 UTC Tue 3 Mar", "09:05 UTC"
    )


# ---- words --------------------------------------------------------------------------------------


def test_money_is_written_with_its_symbol_or_code() -> None:
    assert money(Decimal("40"), "USD") == "$40.00"
    assert money(Decimal("1250.5"), "EUR") == "€1,250.50"
    assert money(Decimal("3000"), "JPY") == "¥3,000"
    assert money(Decimal("15"), "CHF") == "15.00 CHF"


def test_clauses_join_and_capitalize_without_touching_names() -> None:
    assert clause("Our billing run failed") == "our billing run failed"
    assert clause("Ledgerly exports failed") == "Ledgerly exports failed"
    assert clause("I've refunded it") == "I've refunded it"
    assert sentence("exports failed") == "Exports failed."
    assert sentence("is it fixed?") == "Is it fixed?"
    assert join_clauses(["We fixed it", "we refunded you", "I called"]) == (
        "we fixed it, we refunded you and I called"
    )
    assert count(3, "month") == "three months" and count(1, "month") == "one month"
    assert shorten("a " * 60, 20) == "a a a a a a a a a a…"
