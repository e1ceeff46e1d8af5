"""The built-in score: components present, weighted by what rebuilds trust, less penalties.

Each relevant component carries a weight (responsibility highest, then repair; a request for
forgiveness has no component and earns nothing). Required components count fully,
recommended ones half. The base is the share of that weight the message earns, 0-100.
Each language finding then costs points by its level; ``missing-*`` findings cost nothing
more, since the base already reflects them.
"""

from __future__ import annotations

from functools import cache

from ..hookspecs import hookimpl
from ..message import Message
from ..models import REQUIRED, Kind, Level, Report, Severity, recommended_components

WEIGHTS: dict[str, float] = {
    "ownership": 5,
    "acknowledgment": 4,
    "repair": 4,
    "impact": 3,
    "prevention": 3,
    "next-update": 3,
    "remediation": 2,
    "regret": 2,
    "contact": 1,
    "feedback-invite": 1,
}
RECOMMENDED_SHARE = 0.5
PENALTIES: dict[Level, int] = {Level.ERROR: 20, Level.WARNING: 8, Level.INFO: 2}


def base_score(report: Report, message: Message) -> float:
    """0-100: the weighted share of required and recommended components present."""
    weights, total = _weights(message.kind, message.severity)
    components = report.components
    earned: float = 0
    for c, w in weights:  # a plain loop: the same additions as sum() over a generator, cheaper
        if components.get(c):
            earned += w
    return 100 * earned / total


@cache
def _weights(kind: Kind, severity: Severity) -> tuple[tuple[tuple[str, float], ...], float]:
    """The components that count for a kind and severity with their weights, and the total."""
    weights = {c: WEIGHTS[c] for c in REQUIRED[kind]}
    for c in recommended_components(kind, severity):
        weights.setdefault(c, WEIGHTS[c] * RECOMMENDED_SHARE)
    return tuple(weights.items()), sum(weights.values())


@hookimpl(trylast=True)
def score_report(report: Report, message: Message) -> int:
    penalty = 0
    for f in report.findings:  # mostly ``missing-*`` findings, which cost nothing more
        if not f.rule.startswith("missing-"):
            penalty += PENALTIES[f.severity]
    return max(0, min(100, round(base_score(report, message) - penalty)))
