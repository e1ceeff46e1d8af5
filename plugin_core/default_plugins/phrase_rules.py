"""Registers the built-in data rules in ``plugin_core/rules/``."""

from collections.abc import Callable
from functools import cache

from ..hookspecs import hookimpl
from ..rules import RULES_DIR, Rule, load_rule_pack


@cache
def _built_in_rules() -> tuple[Rule, ...]:
    return tuple(load_rule_pack(RULES_DIR))


@hookimpl
def register_rules(register: Callable[[Rule], None]) -> None:
    for rule in _built_in_rules():
        register(rule)
