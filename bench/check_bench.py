"""How fast is check() on real agent replies, against one regex tokenization pass?

Usage: python bench/check_bench.py [--corpus PATH] [--repeat N]

Runs in one process on one core: warms up, then times check() per message (throughput and
p50/p99 latency) and, in the same run, the baseline: the same texts through one compiled
``\\w+`` findall. Also times a ~2 KB message built by joining replies.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from plugin_core import Config, check

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real-replies.jsonl"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
WORD_RE = re.compile(r"\w+")
LONG_SIZE = 2048
LONG_RUNS = 500


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def time_each(fn: Callable[[str], object], texts: Sequence[str], repeat: int) -> list[float]:
    """Seconds per call, one sample per text per round."""
    samples = []
    clock = time.perf_counter
    for _ in range(repeat):
        for text in texts:
            start = clock()
            fn(text)
            samples.append(clock() - start)
    return samples


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def long_message(texts: Sequence[str]) -> str:
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < LONG_SIZE:
        parts.append(texts[len(parts) % len(texts)])
    return "\n\n".join(parts)[:LONG_SIZE]


def row(name: str, samples: Sequence[float]) -> str:
    rate = len(samples) / sum(samples)
    p50, p99 = percentile(samples, 0.50) * 1e6, percentile(samples, 0.99) * 1e6
    return f"{name:<24}{rate:>12,.0f}{p50:>10.1f}{p99:>10.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5, help="rounds over the corpus")
    args = parser.parse_args()

    texts = load_texts(args.corpus)
    config = Config()

    def run_check(text: str) -> object:
        return check(text, now=NOW, tz="UTC", config=config)

    def run_baseline(text: str) -> object:
        return WORD_RE.findall(text)

    time_each(run_check, texts, 1)  # warm-up: rules, caches, readability data
    time_each(run_baseline, texts, 1)
    checked = time_each(run_check, texts, args.repeat)
    baseline = time_each(run_baseline, texts, args.repeat)
    long_text = long_message(texts)
    time_each(run_check, [long_text], 20)
    long_checked = time_each(run_check, [long_text], LONG_RUNS)

    mean_chars = statistics.fmean(len(t) for t in texts)
    print(f"corpus {args.corpus.name}: {len(texts)} messages, mean {mean_chars:.0f} chars, "
          f"repeat {args.repeat}; Python {platform.python_version()}, one process")
    print(f"{'':<24}{'msg/s':>12}{'p50 µs':>10}{'p99 µs':>10}")
    print(row("check()", checked))
    print(row("regex \\w+ baseline", baseline))
    print(row(f"check() {len(long_text)} chars", long_checked))
    ratio = statistics.fmean(checked) / statistics.fmean(baseline)
    print(f"check/baseline time ratio: {ratio:.1f}x")


if __name__ == "__main__":
    main()
