"""How fast is drafting, against formatting a similar text with ``str.format``?

Usage: python bench/draft_bench.py [--repeat N]

Runs in one process on one core: warms up, then times, for every channel, a draft rendered
from a realistic incident (validation, template search path, sandboxed Jinja2 render,
escaping and payload: ``render_draft``) and the same plus the checker's report (``draft``).
In the same run, the baseline: ``str.format`` of an e-mail of similar length from the same
facts. Prints drafts per second, p50/p99 per draft and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from plugin_core import Channel, Config, draft
from plugin_core.drafting.render import render_draft

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
INCIDENT = {
    "customer_name": "Dana Reyes",
    "agent_name": "Priya Shah",
    "agent_title": "Support lead",
    "company": "Ledgerly",
    "failure_type": "outage",
    "severity": "high",
    "headline": "Report exports failing",
    "what_happened": "report exports in Ledgerly are failing",
    "impact": "you couldn't download your monthly reports",
    "scope": "about 3% of accounts, including yours",
    "cause": "a storage change we deployed at 09:05 UTC",
    "started_at": "2026-03-02T09:10:00Z",
    "detected_at": "2026-03-02T09:22:00Z",
    "actions": ["we've rolled back the change that caused it",
                "we're re-running every failed export"],
    "prevention": ["we've added an alert that calls an engineer the moment exports start "
                   "failing"],
    "remediation": {"type": "credit", "amount": 40, "currency": "USD"},
    "next_update_at": "2026-03-02T11:00:00Z",
    "update_every_minutes": 30,
}
BASELINE = (
    "Hi {first},\n\n{what}. It started at {started}, and we spotted it at {detected}. It's "
    "affecting {scope}. I'm so sorry. It's our service, so this is on us.\n\nBecause of this, "
    "{impact}. The cause: {cause}.\n\nTo put it right, {actions}.\n\nSo this doesn't happen "
    "again, {prevention}.\n\nTo make up for it, I've added a {credit} credit to your account."
    "\n\nI'll send you the next update by {next}, then every {every} until it's fixed. If you "
    "need me before then, reply to this email and it comes straight to me.\n\nWarm regards,\n"
    "{agent}\n{title}, {company}"
)
FACTS = {
    "first": "Dana", "what": "Report exports in Ledgerly are failing",
    "started": "09:10 UTC on Monday 2 March", "detected": "09:22 UTC",
    "scope": "about 3% of accounts, including yours",
    "impact": "you couldn't download your monthly reports",
    "cause": "a storage change we deployed at 09:05 UTC",
    "actions": "we've rolled back the change that caused it and we're re-running every "
    "failed export",
    "prevention": "we've added an alert that calls an engineer the moment exports start "
    "failing",
    "credit": "$40.00", "next": "11:00 UTC on Monday 2 March", "every": "30 minutes",
    "agent": "Priya Shah", "title": "Support lead", "company": "Ledgerly",
}


def time_each(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds per call, one sample per run."""
    clock = time.perf_counter
    samples = []
    for _ in range(runs):
        start = clock()
        fn()
        samples.append(clock() - start)
    return samples


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def row(name: str, samples: Sequence[float], baseline: float) -> str:
    mean = statistics.fmean(samples)
    p50, p99 = percentile(samples, 0.50) * 1e6, percentile(samples, 0.99) * 1e6
    return (f"{name:<28}{1 / mean:>10,.0f}{p50:>10.0f}{p99:>10.0f}"
            f"{mean / baseline:>10.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000, help="drafts timed per channel")
    args = parser.parse_args()
    config = Config()
    runs = args.repeat

    def baseline() -> object:
        return BASELINE.format(**FACTS)

    def render(channel: Channel) -> Callable[[], object]:
        return lambda: render_draft(INCIDENT, kind="apology", channel=channel, config=config)

    def checked(channel: Channel) -> Callable[[], object]:
        return lambda: draft(INCIDENT, kind="apology", channel=channel, now=NOW, config=config)

    for channel in Channel:  # warm up: templates compiled, dictionaries loaded
        checked(channel)()
        render(channel)()
    time_each(baseline, runs)

    base = statistics.fmean(time_each(baseline, runs * 5))
    print(f"Python {platform.python_version()} on {platform.machine()}, {runs} drafts a channel,"
          " kind apology, tone warm")
    print(f"{'measure':<28}{'drafts/s':>10}{'p50 µs':>10}{'p99 µs':>10}{'vs base':>11}")
    print(row("baseline str.format", [base], base))
    render_all: list[float] = []
    checked_all: list[float] = []
    for channel in Channel:
        samples = time_each(render(channel), runs)
        render_all += samples
        print(row(f"render  {channel.value}", samples, base))
    for channel in Channel:
        samples = time_each(checked(channel), runs // 2)
        checked_all += samples
        print(row(f"render+check  {channel.value}", samples, base))
    print(row("render, all channels", render_all, base))
    print(row("render+check, all channels", checked_all, base))
    mean = statistics.fmean(render_all) * 1e3
    verdict = "met" if mean < 1 else "NOT met"
    print(f"target < 1 ms per draft (render): {mean:.3f} ms mean — {verdict}")


if __name__ == "__main__":
    main()
