"""The checker's shortcuts (rule gates, rules found in batches) change no finding."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from plugin_core import Config, check
from plugin_core.checker import active_rules
from plugin_core.hookspecs import hookimpl
from plugin_core.message import Message
from plugin_core.models import Audience, Channel, Finding, Kind, Level, Severity
from plugin_core.rules import CodeRule, Rule, code_rule

CORPUS = Path(__file__).parent / "corpus"


def _texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _spans(findings: list[Finding], rule_ids: set[str]) -> list[tuple[str, int, int]]:
    return sorted((f.rule, f.start, f.end) for f in findings if f.rule in rule_ids)


@pytest.mark.parametrize("audience", ["customer", "technical"])
def test_check_reports_what_each_rule_finds_alone(now: datetime, audience: str) -> None:
    config = Config(phrases={"dismissive": ["as previously stated"]})
    rules = active_rules(config)
    ids = {r.id for r in rules}
    texts = [*_texts(), "As previously stated, we apologize for any inconvenience."]
    flagged: set[str] = set()
    for text in texts:
        report = check(text, now=now, tz="UTC", audience=audience, config=config)
        message = Message(
            text,
            kind=Kind.APOLOGY,
            severity=Severity.MEDIUM,
            channel=Channel.EMAIL,
            audience=Audience(audience),
            now=now,
            tz="UTC",
            config=config,
        )
        alone = [f for rule in rules for f in rule.find(message)]
        assert _spans(report.findings, ids) == _spans(alone, ids), text
        flagged.update(f.rule for f in alone)
    # the corpus does exercise the batched and the gated rules
    batched = {r.id for r in rules if getattr(r, "batch", None) is not None}
    gated = {r.id for r in rules if isinstance(r, CodeRule) and r.gate is not None}
    assert len(flagged & batched) > 10
    assert {"excuse", "passive-evasion", "remediation-disproportionate"} <= gated <= flagged


def _gated_rule(calls: list[str]) -> Rule:
    @code_rule(
        "sla-mention", Level.INFO, "Mentions an SLA.", "Say what the SLA means.", gate=["sla"]
    )
    def sla(rule: CodeRule, msg: Message) -> Iterator[Finding]:
        calls.append(msg.text)
        start = msg.low.find("sla")
        if start >= 0:
            yield rule.at(msg, start, start + 3)

    return sla


def test_a_rule_is_called_only_for_messages_holding_a_gate_word(
    register_plugin: Callable[[object], Any], now: datetime
) -> None:
    calls: list[str] = []
    rule = _gated_rule(calls)

    class Plugin:
        @hookimpl
        def register_rules(self, register: Callable[[Rule], None]) -> None:
            register(rule)

    register_plugin(Plugin())
    config = Config()
    hit = check("Our SLA covers this outage.", now=now, config=config)
    miss = check("Our agreement covers this outage.", now=now, config=config)
    assert [(f.rule, f.text) for f in hit.findings if f.rule == "sla-mention"] == [
        ("sla-mention", "SLA")
    ]
    assert not [f for f in miss.findings if f.rule == "sla-mention"]
    assert calls == ["Our SLA covers this outage."]
