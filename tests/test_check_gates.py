"""The checker's shortcuts (rule gates, phrase rules searched together) change no finding."""

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
from plugin_core.rules import CodeRule, PhraseRule, Rule, code_rule

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
def test_phrase_rules_report_what_each_rule_finds_alone(now: datetime, audience: str) -> None:
    config = Config(phrases={"dismissive": ["as previously stated"]})
    phrase_rules = [r for r in active_rules(config) if isinstance(r, PhraseRule)]
    ids = {r.id for r in phrase_rules}
    texts = [*_texts(), "As previously stated, we apologize for any inconvenience."]
    flagged = 0
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
        alone = [f for rule in phrase_rules for f in rule.find(message)]
        assert _spans(report.findings, ids) == _spans(alone, ids), text
        flagged += bool(alone)
    assert flagged > 10  # the corpus does exercise the phrase rules


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
