"""Text preparation: what is masked, how sentences split, what counts as negation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin_core import text as text_module
from plugin_core.text import mask, negated_before, normalize, sentence_spans, tokens


def blanked(text: str, part: str) -> bool:
    start = text.index(part)
    return mask(text)[start : start + len(part)].strip() == ""


def test_mask_keeps_length_and_line_breaks() -> None:
    text = 'You wrote "sorry for any inconvenience".\n> quoted line\nSee `code` at https://x.io/a'
    masked = mask(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ('You said "this is a joke" and I understand why.', '"this is a joke"'),
        ("You said “sorry for any inconvenience” isn't enough.", "“sorry for any inconvenience”"),
        ("Tap 'Missing item' on the order page.", "'Missing item'"),
        (
            "> Calm down, it's not a big deal\nYou're right to be upset.",
            "> Calm down, it's not a big deal",
        ),
        ("Run `rollback --all` to undo it.", "`rollback --all`"),
        ("```\nRCA: race condition\n```\nIt's fixed.", "RCA: race condition"),
        (
            "Details: https://status.example.com/incidents/42 today.",
            "https://status.example.com/incidents/42",
        ),
        ("Your link: track.example.com/TX99812 works.", "track.example.com/TX99812"),
        ("Write to outage@bank.example for the refund.", "outage@bank.example"),
    ],
)
def test_quoted_code_and_links_are_masked(text: str, part: str) -> None:
    assert blanked(text, part)


def test_apostrophes_inside_words_are_not_quotes() -> None:
    text = "We're sorry we didn't call; the customers' orders weren't sent."
    assert mask(text) == text


@pytest.mark.parametrize(
    "ending",
    [
        "\n\nBest,\nTomás",
        "\n\nKind regards,\nSofia Marin\nBilling Team",
        "\n--\nPriya | Support, Example Ltd | rollback@example.com",
        " — Daniel, Customer Relations",
        "\n— Daniel",
    ],
)
def test_signature_is_masked(ending: str) -> None:
    body = "I've refunded the duplicate charge today."
    masked = mask(body + ending)
    assert masked.startswith(body)
    assert masked[len(body) :].strip() == ""


def test_thanks_in_the_middle_of_a_message_is_not_a_signature() -> None:
    text = "Thanks!\nWe've refunded you.\nLine 3\nLine 4\nLine 5\nLine 6\nLine 7\nLine 8"
    assert mask(text) == text


def test_normalize_folds_typographic_apostrophes_keeping_length() -> None:
    assert normalize("We’re sorry") == "We're sorry"


def test_tokens_are_lower_case_alphanumeric_runs() -> None:
    assert tokens("I'm SORRY — p99 latency, 5xx!") == {"i", "m", "sorry", "p99", "latency", "5xx"}
    assert tokens("Café naïve 😊 ok") == {"café", "naïve", "ok"}


@given(st.text(alphabet=st.sampled_from(list("aZ9_ -'.\n—é😊İß٣")), max_size=30))
@settings(max_examples=300, deadline=None)
def test_tokens_of_any_text_are_its_word_runs(text: str) -> None:
    assert tokens(text) == set(re.findall(r"[^\W_]+", text.lower()))


@given(st.text(alphabet=st.sampled_from(list("aA1 .!?\n\t\"')]")), max_size=40))
@settings(max_examples=300, deadline=None)
def test_sentence_breaks_are_what_the_break_pattern_finds(text: str) -> None:
    # _breaks jumps to the break characters with str.find; it must agree with the plain scan
    found = [m.span() for m in text_module._breaks(text)]
    assert found == [m.span() for m in text_module._BREAK_RE.finditer(text)]


def spans_text(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_split_on_end_punctuation_and_line_breaks() -> None:
    text = "Hi Dana,\n\nI'm sorry. We charged you twice! Is it fixed?\n- refund sent\n- check added"
    assert spans_text(text) == [
        "Hi Dana,",
        "I'm sorry.",
        "We charged you twice!",
        "Is it fixed?",
        "- refund sent",
        "- check added",
    ]


def test_sentences_keep_abbreviations_times_and_amounts_together() -> None:
    text = "Dear Mr. Haddad, we refunded $45.50 at 9 a.m. today. Dr. Amadi will call."
    assert spans_text(text) == [
        "Dear Mr. Haddad, we refunded $45.50 at 9 a.m. today.",
        "Dr. Amadi will call.",
    ]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("We will not blame the courier for this.", "blame", True),
        ("We won't call it a small thing.", "small", True),
        ("We never just say sorry.", "sorry", True),
        ("The courier is not at fault, and we blame nobody.", "blame", False),
        ("Nothing was lost. We blame the courier.", "blame", False),
        ("We blame the courier.", "blame", False),
        ("It hasn't arrived because the courier lost it.", "courier", False),
        ("We didn't refund you but we blame the courier.", "blame", False),
    ],
)
def test_negation_looks_back_within_the_clause(text: str, word: str, expected: bool) -> None:
    assert negated_before(text, text.index(word)) is expected
