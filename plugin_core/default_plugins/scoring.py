"""The built-in score: components present, weighted by what rebuilds trust, less penalties.

Each relevant component carries a weight (responsibility highest, then repair; a request for
forgiveness has no component and earns nothing). Required components count fully,
recommended ones half. The base is the share of that weight the message earns, 0-100.
Each language finding then costs points by its level; ``missing-*`` findings cost nothing
more, since the base already reflects them.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..message import Message
from ..models import REQUIRED, Level, Report, recommended_components

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
    weights = {c: WEIGHTS[c] for c in REQUIRED[message.kind]}
    for c in recommended_components(message.kind, message.severity):
        weights.setdefault(c, WEIGHTS[c] * RECOMMENDED_SHARE)
    earned = sum(w for c, w in weights.items() if report.components.get(c))
    return 100 * earned / sum(weights.values())


@hookimpl(trylast=True)
def score_report(report: Report, message: Message) -> int:
    penalty = sum(
        PENALTIES[f.severity] for f in report.findings if not f.rule.startswith("missing-")
    )
    return max(0, min(100, round(base_score(report, message) - penalty)))
