"""The drafting matrix: every kind × channel × failure type × tone × severity, from realistic
incidents, passes Amends' own checker with every component its kind requires.

Each incident is drafted once for all channels (``draft_all``) and shared by the tests below.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

import pytest
from draft_support import NOW, incident, parse_html

from plugin_core import Channel, Draft, FailureType, Kind, Severity, draft_all
from plugin_core.drafting import Tone
from plugin_core.models import REQUIRED


@cache
def drafts(kind: str, failure: str, tone: str, severity: str) -> dict[Channel, Draft]:
    return draft_all(incident(failure, kind, severity), kind=kind, tone=tone, now=NOW)


def get(kind: str, channel: str, failure: str, tone: str, severity: str) -> Draft:
    return drafts(kind, failure, tone, severity)[Channel(channel)]


def cases(channels: list[Channel] | None = None) -> list[Any]:
    return [
        pytest.param(k.value, c.value, f.value, t.value, s.value, id=f"{k}-{c}-{f}-{t}-{s}")
        for k in Kind
        for c in channels or list(Channel)
        for f in FailureType
        for t in Tone
        for s in Severity
    ]


ARGS = ("kind", "channel", "failure", "tone", "severity")


@pytest.mark.parametrize(ARGS, cases())
def test_draft_has_no_error_or_warning(
    kind: str, channel: str, failure: str, tone: str, severity: str
) -> None:
    d = get(kind, channel, failure, tone, severity)
    bad = [(f.rule, f.text) for f in d.report.findings if f.severity.value != "info"]
    assert bad == [], d.text


@pytest.mark.parametrize(ARGS, cases())
def test_draft_has_every_required_component(
    kind: str, channel: str, failure: str, tone: str, severity: str
) -> None:
    d = get(kind, channel, failure, tone, severity)
    missing = [c for c in REQUIRED[Kind(kind)] if not d.report.components[c]]
    assert missing == [], d.text


@pytest.mark.parametrize(ARGS, cases([Channel.SMS, Channel.SOCIAL]))
def test_short_channels_fit_280_characters_and_still_say_what_and_when(
    kind: str, channel: str, failure: str, tone: str, severity: str
) -> None:
    d = get(kind, channel, failure, tone, severity)
    data = incident(failure, kind, severity)
    assert len(d.text) <= 280
    assert data["what_happened"][1:] in d.text
    if kind != "resolution":
        assert d.report.components["next-update"]


@pytest.mark.parametrize(ARGS, [c for c in cases() if c.values[0] != "resolution"])
def test_the_promised_update_is_due_exactly_when_the_incident_says(
    kind: str, channel: str, failure: str, tone: str, severity: str
) -> None:
    d = get(kind, channel, failure, tone, severity)
    due = datetime.fromisoformat(incident(failure, kind, severity)["next_update_at"])
    assert [c.due for c in d.report.commitments if c.due is not None] == [due]




@pytest.mark.parametrize(ARGS, cases([Channel.EMAIL]))
def test_email_html_is_valid_and_says_what_the_text_says(
    kind: str, channel: str, failure: str, tone: str, severity: str
) -> None:
    d = get(kind, channel, failure, tone, severity)
    html = d.payload["html"]
    assert html.startswith("<!DOCTYPE html>")
    parsed = parse_html(html)
    assert parsed.errors == [] and parsed.stack == []
    assert set(parsed.tags) <= {"html", "head", "meta", "title", "body", "p", "br", "ul", "li"}
    seen = " ".join("".join(parsed.data).split())
    for line in d.text.splitlines():
        assert " ".join(line.lstrip("- ").split()) in seen
    assert d.payload["subject"] in seen


def test_each_failure_type_changes_what_the_apology_says() -> None:
    texts = {f: get("apology", "email", f.value, "warm", "high").text for f in FailureType}
    assert "We got this wrong" in texts[FailureType.COMPETENCE]
    assert "should have told you" in texts[FailureType.INTEGRITY]
    assert "From now on" in texts[FailureType.INTEGRITY]
    assert "Marcus Lee from our team will call you" in texts[FailureType.CARE]
    outage = texts[FailureType.OUTAGE]
    assert "It started at 09:10 UTC on Monday 2 March" in outage
    assert "about 3% of accounts" in outage
    assert "then every 30 minutes until it's fixed" in outage
    assert len(set(texts.values())) == len(texts)


def test_tones_differ_and_concise_is_shortest() -> None:
    texts = {t: get("apology", "email", "competence", t.value, "medium").text for t in Tone}
    assert texts[Tone.FORMAL].startswith("Dear Dana Reyes,")
    assert "We sincerely apologize." in texts[Tone.FORMAL]
    assert "I'm so sorry." in texts[Tone.WARM]
    assert len(texts[Tone.CONCISE]) < min(len(texts[Tone.WARM]), len(texts[Tone.FORMAL]))


def test_a_serious_incident_gets_its_remedy_and_a_minor_one_none() -> None:
    assert "$40.00 credit" in get("apology", "email", "competence", "warm", "high").text
    low = get("apology", "email", "competence", "warm", "low")
    assert "To make up for it" not in low.text
    assert low.report.components["remediation"] is False


def test_draft_all_tells_every_channel_the_same_facts() -> None:
    data = incident("outage", "acknowledgment", "high")
    for d in drafts("acknowledgment", "outage", "warm", "high").values():
        assert data["what_happened"][1:] in d.text
        assert "10:30 UTC" in d.text
