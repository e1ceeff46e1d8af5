"""Shared fixtures: a clean AMENDS_* environment, a fixed clock, the CLI runner, plugins, and
databases (SQLite always; PostgreSQL too when AMENDS_TEST_DATABASE_URL is set)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from db_support import DATABASES, empty_database

from plugin_core import CodeRule, Config, Finding, Level, code_rule, hookimpl, pm
from plugin_core.message import Message
from plugin_core.rules import Rule
from plugin_core.store import Store, open_store

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday morning, as eval_corpus.py uses
TICKET_RE = re.compile(r"\b(?:INC|OPS|JIRA)-\d+\b")


def _clear_amends_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["config", *Config.model_fields]:
        monkeypatch.delenv(f"AMENDS_{name.upper()}", raising=False)


@pytest.fixture(autouse=True)
def _clean_amends_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings in the developer's shell must not change what tests see."""
    _clear_amends_env(monkeypatch)


@pytest.fixture(scope="session")
def default_config() -> Config:
    """Default settings, shared so rules compile once. Not for tests that register plugins."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _clear_amends_env(monkeypatch)
        return Config()


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def register_plugin() -> Iterator[Callable[[object], object]]:
    """Register plugin objects on ``plugin_core.pm``; each is unregistered after the test."""
    registered: list[object] = []

    def register(plugin: object) -> object:
        pm.register(plugin)
        registered.append(plugin)
        return plugin

    yield register
    for plugin in registered:
        pm.unregister(plugin)


def ticket_rule(level: Level | str = Level.WARNING) -> CodeRule:
    """A team's rule: internal ticket ids such as INC-4821 must not reach customers."""

    @code_rule(
        "internal-ticket-id",
        level,
        "Internal ticket ids (INC-123, OPS-9) leak into the message.",
        "Internal ticket ids mean nothing to customers.",
        "Describe the incident in plain words instead.",
        examples=[
            {"text": "This was tracked as INC-4821.", "flags": "INC-4821"},
            {"text": "Your order number is 4821."},
        ],
    )
    def find(rule: CodeRule, message: Message) -> Iterable[Finding]:
        for m in TICKET_RE.finditer(message.norm):
            yield rule.at(message, m.start(), m.end(), replacement="the incident")

    return find


class RulesPlugin:
    """A plugin object that registers the given rules."""

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules

    @hookimpl
    def register_rules(self, register: Callable[[Rule], None]) -> None:
        for rule in self.rules:
            register(rule)


@pytest.fixture
def ticket_plugin(register_plugin: Callable[[object], Any]) -> Callable[..., CodeRule]:
    """Install the internal-ticket-id rule at a given level for the test's duration."""

    def install(level: Level | str = Level.WARNING) -> CodeRule:
        rule = ticket_rule(level)
        register_plugin(RulesPlugin(rule))
        return rule

    return install


# --- databases ---------------------------------------------------------------------------


@pytest.fixture(params=DATABASES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database's URL, on each database."""
    yield from empty_database(request.param, tmp_path)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, migrated store on each database."""
    with open_store(store_url) as opened:
        yield opened
