"""The built-in score: components present, weighted by what rebuilds trust, less penalties.

Each relevant component carries a weight (responsibility highest, then repair; a request for
forgiveness has no component and earns nothing). Required components count fully,
recommended ones half. The base is the share of that weight the message earns, 0-100.
Each language finding then costs points by its level; ``missing-*`` findings cost nothing
more, since the base already reflects them.
"""

from __future__ import annotations

from functools import cache
from itertools import compress

from ..hookspecs import hookimpl
from ..message import Message
from ..models import COMPONENTS, REQUIRED, Kind, Level, Report, Severity, recommended_components

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
    names, weights, total = _weights(message.kind, message.severity)
    # The weights of the components present, added in order (as a loop would, without one)
    return 100 * sum(compress(weights, map(report.components.get, names))) / total


@cache
def _weights(
    kind: Kind, severity: Severity
) -> tuple[tuple[str, ...], tuple[float, ...], float]:
    """The components that count for a kind and severity, their weights, and the total."""
    weights = {c: WEIGHTS[c] for c in REQUIRED[kind]}
    for c in recommended_components(kind, severity):
        weights.setdefault(c, WEIGHTS[c] * RECOMMENDED_SHARE)
    return tuple(weights), tuple(weights.values()), sum(weights.values())


# The built-in ``missing-*`` rules: a set lookup spares ``startswith`` for most findings.
_MISSING_RULES = frozenset(f"missing-{c}" for c in COMPONENTS)


@hookimpl(trylast=True)
def score_report(report: Report, message: Message) -> int:
    penalty = 0
    for f in report.findings:  # mostly ``missing-*`` findings, which cost nothing more
        rule = f.rule
        if rule not in _MISSING_RULES and not rule.startswith("missing-"):
            penalty += PENALTIES[f.severity]
    return max(0, min(100, round(base_score(report, message) - penalty)))
