"""Registers the built-in data rules in ``plugin_core/rules/``."""

from collections.abc import Callable

from ..hookspecs import hookimpl
from ..rules import RULES_DIR, Rule, load_rule_pack


@hookimpl
def register_rules(register: Callable[[Rule], None]) -> None:
    for rule in load_rule_pack(RULES_DIR):
        register(rule)
