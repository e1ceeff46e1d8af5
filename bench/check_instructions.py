"""Instructions per check() under valgrind: a speed figure that machine load doesn't move.

Usage: python bench/check_instructions.py [--corpus PATH]   (needs valgrind; takes minutes)

Wall-clock figures on a shared machine swing by ±20% from run to run, too much to judge a
change worth a few percent. Cachegrind counts the instructions the interpreter executes,
which is the same on every run (with a fixed PYTHONHASHSEED). Each figure is the count of a
run that checks every message once after the warm-up, less the count of a run that stops
after the warm-up, divided by the number of messages; the same for one compiled ``\\w+``
tokenization pass, the baseline of ``check_bench.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real-replies.jsonl"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
_REFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(corpus: Path, what: str, rounds: int) -> None:
    """Warm up, then run ``what`` over the corpus ``rounds`` times (run under valgrind)."""
    from plugin_core import check

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    word_re = re.compile(r"\w+")
    run = (lambda t: check(t, now=NOW)) if what == "check" else word_re.findall
    for text in texts:
        run(text)
    for _ in range(rounds):
        for text in texts:
            run(text)


def instructions(corpus: Path, what: str, rounds: int) -> int:
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--child", what, str(rounds), "--corpus", str(corpus),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = _REFS_RE.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_message(corpus: Path, what: str, count: int) -> float:
    return (instructions(corpus, what, 1) - instructions(corpus, what, 0)) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--child", nargs=2, metavar=("WHAT", "ROUNDS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.corpus, args.child[0], int(args.child[1]))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    if not args.corpus.is_file():
        raise SystemExit(f"corpus not found: {args.corpus}")
    count = sum(1 for line in args.corpus.open(encoding="utf-8") if line.strip())
    check_ir = per_message(args.corpus, "check", count)
    base_ir = per_message(args.corpus, "baseline", count)
    print(f"corpus {args.corpus.name}: {count} messages; instructions per message")
    print(f"check()              {check_ir:12,.0f}")
    print(f"regex \\w+ baseline   {base_ir:12,.0f}")
    print(f"check/baseline ratio: {check_ir / base_ir:.1f}x")


if __name__ == "__main__":
    main()
