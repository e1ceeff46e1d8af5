"""Every hook a plugin can implement. Built-in behaviour uses these same hooks.

A plugin is any module or object with functions decorated by ``plugin_core.hookimpl``;
third parties are found through the ``amends`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .message import Message
    from .models import Finding, Report
    from .rules import Rule

hookspec = pluggy.HookspecMarker("amends")
hookimpl = pluggy.HookimplMarker("amends")


@hookspec
def register_rules(register: Callable[[Rule], None]) -> None:
    """Register checker rules: call ``register(rule)`` once per rule.

    A rule is a data rule (``load_rule_pack(folder)`` reads a folder of TOML files) or any
    object with ``id``, ``level``, ``summary``, ``examples`` and ``find(message)``.
    """


@hookspec
def check_message(message: Message) -> list[Finding] | None:
    """Return extra findings for one message (after every registered rule has run)."""


@hookspec(firstresult=True)
def score_report(report: Report, message: Message) -> int | None:
    """Return the 0-100 score for a report; the first plugin to answer wins.

    The built-in scorer answers last, so a plugin can override it.
    """


@hookspec
def template_dirs() -> list[Path] | None:
    """Return folders of Jinja2 templates; they take precedence over the built-ins."""


@hookspec(firstresult=True)
def remediation_policy() -> dict[str, Any] | None:
    """Return the remediation policy (a ``Policy`` or a dict shaped like the shipped TOML).

    The first answer wins, over the team's file and the shipped default.
    """


@hookspec
def offer_logged(offer: Any) -> None:
    """Fires after a remediation offer is stored or changes state."""


@hookspec
def commitment_due(commitment: Any) -> None:
    """Fires once per tracked promise, ahead of its due time (``amends worker``).

    ``commitment`` is a ``plugin_core.store.promises.TrackedPromise``. Called inside the
    worker's transaction: keep it quick, and raise to have the reminder retried.
    """


@hookspec
def commitment_missed(commitment: Any) -> None:
    """Fires once when a tracked promise passed its due time unkept (it is now ``missed``)."""
