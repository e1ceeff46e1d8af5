"""Third parties extend Amends through the same hooks the built-ins use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from plugin_core import (
    CodeRule,
    Config,
    Finding,
    Level,
    Report,
    check,
    code_rule,
    hookimpl,
    load_rule_pack,
)
from plugin_core.cli import cli
from plugin_core.message import Message
from plugin_core.rules import Rule

LEGAL_RULE = '''
id = "liability-admission"
level = "error"
summary = "Words the legal team asks agents never to put in writing."
message = "This wording admits legal liability; legal must approve it first."
suggestion = "Own the mistake without legal terms: \\"we got this wrong\\"."
phrases = ["{we} (accept|admit) [full] (liability|legal responsibility)", "we are liable"]

[[examples]]
text = "We accept full liability for the lost orders."
flags = "We accept full liability"

[[examples]]
text = "We made a mistake with your orders and I've refunded them."
'''

LIABILITY_TEXT = "Your order was cancelled by mistake; we accept full liability for that."


@code_rule(
    "shouting",
    Level.INFO,
    "Words in capitals read as shouting.",
    "Capitals read as shouting to someone already upset.",
    "Use normal case; put emphasis in the words.",
)
def shouting(rule: CodeRule, message: Message) -> Iterable[Finding]:
    """Flags words of four or more capital letters."""
    start = None
    for i, ch in enumerate(message.norm + " "):
        if ch.isalpha() and ch.isupper():
            start = i if start is None else start
            continue
        if start is not None and i - start >= 4 and not ch.isalpha():
            yield rule.at(message, start, i)
        start = None


class TeamRules:
    """A team's plugin: its own data rules from a folder plus a code rule."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @hookimpl
    def register_rules(self, register: Callable[[Rule], None]) -> None:
        for rule in load_rule_pack(self.folder):
            register(rule)
        register(shouting)


@pytest.fixture
def team_rules(tmp_path: Path, register_plugin: Callable[[object], Any]) -> TeamRules:
    (tmp_path / "liability-admission.toml").write_text(LEGAL_RULE, encoding="utf-8")
    plugin = TeamRules(tmp_path)
    register_plugin(plugin)
    return plugin


def findings_of(report: Report, rule: str) -> list[str]:
    return [f.text for f in report.findings if f.rule == rule]


def test_plugin_phrase_rule_from_toml_reports_findings(
    team_rules: TeamRules, now: datetime
) -> None:
    report = check(LIABILITY_TEXT, now=now, config=Config())
    assert findings_of(report, "liability-admission") == ["we accept full liability"]
    assert report.worst() == Level.ERROR


def test_plugin_code_rule_reports_findings(team_rules: TeamRules, now: datetime) -> None:
    report = check("Your refund is DONE, please CHECK your account.", now=now, config=Config())
    assert findings_of(report, "shouting") == ["DONE", "CHECK"]


def test_plugin_rules_stay_silent_on_ordinary_messages(
    team_rules: TeamRules, now: datetime
) -> None:
    text = "We made a mistake with your order, and I've refunded the UK VAT."
    report = check(text, now=now, config=Config())
    assert findings_of(report, "liability-admission") == []
    assert findings_of(report, "shouting") == []


def test_plugin_rules_are_listed_and_explained_by_the_cli(team_rules: TeamRules) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["rules"]).stdout
    assert any(line.startswith("liability-admission ") for line in listed.splitlines())
    assert any(line.startswith("shouting ") for line in listed.splitlines())
    explained = runner.invoke(cli, ["rules", "liability-admission"])
    assert explained.exit_code == 0
    assert 'flags "We accept full liability"' in explained.stdout


def test_plugin_rule_can_be_disabled_by_team_config(team_rules: TeamRules, now: datetime) -> None:
    report = check(LIABILITY_TEXT, now=now, config=Config(disable={"liability-admission"}))
    assert findings_of(report, "liability-admission") == []


class GreetingCheck:
    """check_message: flags a reply that doesn't greet the customer by name."""

    @hookimpl
    def check_message(self, message: Message) -> list[Finding] | None:
        if message.text.lstrip().lower().startswith(("hi ", "hello ", "dear ")):
            return None
        return [message.finding("no-greeting", Level.INFO, 0, 0, "Greet the customer by name.")]


def test_check_message_hook_adds_findings(
    register_plugin: Callable[[object], Any], now: datetime
) -> None:
    register_plugin(GreetingCheck())
    cold = check("Your refund was sent today.", now=now, config=Config())
    warm = check("Hi Ana, your refund was sent today.", now=now, config=Config())
    assert findings_of(cold, "no-greeting") == [""]
    assert findings_of(warm, "no-greeting") == []


class FixedScore:
    """score_report: a team that scores every message itself."""

    def __init__(self, score: int | None) -> None:
        self.score = score

    @hookimpl
    def score_report(self, report: Report, message: Message) -> int | None:
        return self.score


@pytest.mark.parametrize(("score", "grade"), [(42, "F"), (95, "A"), (73, "C")])
def test_score_report_hook_overrides_the_built_in_score(
    register_plugin: Callable[[object], Any], now: datetime, score: int, grade: str
) -> None:
    register_plugin(FixedScore(score))
    report = check("We apologize for any inconvenience.", now=now, config=Config())
    assert (report.score, report.grade) == (score, grade)


def test_score_report_hook_returning_none_leaves_the_built_in_score(
    register_plugin: Callable[[object], Any], now: datetime
) -> None:
    text = "I'm sorry: our deploy broke your exports. I've re-run them and they're all there."
    built_in = check(text, now=now, config=Config()).score
    register_plugin(FixedScore(None))
    assert check(text, now=now, config=Config()).score == built_in


THIRD_PARTY_MODULE = '''
"""A third-party Amends plugin, installed as a package with an entry point."""
import re

from plugin_core import Level, code_rule, hookimpl

TICKET_RE = re.compile(r"\\bINC-\\d+\\b")


@code_rule("internal-ticket-id", Level.WARNING, "Internal ticket ids leak into the message.",
           "Internal ticket ids mean nothing to customers.")
def ticket_ids(rule, message):
    for m in TICKET_RE.finditer(message.norm):
        yield rule.at(message, m.start(), m.end())


@hookimpl
def register_rules(register):
    register(ticket_ids)
'''

PROBE = '''
import json
import plugin_core
report = plugin_core.check("Your export failed during INC-4821; it's fixed now.")
print(json.dumps({
    "plugins": [name for name, _ in plugin_core.pm.list_name_plugin()],
    "found": [f.text for f in report.findings if f.rule == "internal-ticket-id"],
}))
'''


@pytest.fixture
def installed_plugin(tmp_path: Path) -> dict[str, str]:
    """A site folder holding a plugin module and its dist-info with an ``amends`` entry point."""
    (tmp_path / "amends_tickets.py").write_text(THIRD_PARTY_MODULE, encoding="utf-8")
    info = tmp_path / "amends_tickets-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: amends-tickets\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[amends]\ntickets = amends_tickets\n", encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMENDS_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path), env.get("PYTHONPATH")]))
    return env


def test_entry_point_plugin_is_loaded_on_import(installed_plugin: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROBE)], env=installed_plugin,
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert "tickets" in result["plugins"]
    assert result["found"] == ["INC-4821"]


def test_entry_point_plugin_rules_are_listed_by_the_cli(installed_plugin: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "plugin_core.cli", "rules"], env=installed_plugin,
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("internal-ticket-id ") for line in proc.stdout.splitlines())
