"""Every rule's own examples are test cases: it flags exactly ``flags``, or stays silent."""

from __future__ import annotations

from datetime import datetime

import pytest

from plugin_core import Config, Example, all_rules, check

CASES = [
    pytest.param(rule.id, example, id=f"{rule.id}[{n}]")
    for rule in all_rules()
    for n, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule_id", "example"), CASES)
def test_rule_example(
    rule_id: str, example: Example, now: datetime, default_config: Config
) -> None:
    report = check(
        example.text,
        kind=example.kind,
        severity=example.severity,
        channel=example.channel,
        audience=example.audience,
        now=now,
        config=default_config,
    )
    flagged = [f.text for f in report.findings if f.rule == rule_id]
    if example.flags is None:
        assert flagged == [], f"{rule_id} must stay silent on {example.text!r}"
    else:
        assert example.flags in flagged, f"{rule_id} must flag {example.flags!r}; got {flagged}"

