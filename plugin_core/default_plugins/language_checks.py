"""Language rules that need grammar, not just phrases: excuses and agentless passives."""

from __future__ import annotations

from collections.abc import Callable

from ..hookspecs import hookimpl
from ..rules import Rule


@hookimpl
def register_rules(register: Callable[[Rule], None]) -> None:
    pass
