"""The phrase language (plugin_core/phrases.py): what a phrase matches, its trigger words,
and the errors a rule author sees for a malformed phrase."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin_core import RuleError
from plugin_core.phrases import PhrasePattern, compile_phrase, compile_phrases
from plugin_core.rules import RULES_DIR, load_rule_pack, vocabulary

FAMILIES = {
    "regret": ["sorry", "apologize", "apologise", "apologies"],
    "trouble": ["inconvenience", "trouble", "hassle"],
    "we": ["we", "i", "our team"],
    "sorry-we": ["{regret} [that] {we}"],
    "loop": ["{loop} again"],
}


def spans(phrases: str | list[str], text: str) -> list[str]:
    """The pieces of ``text`` the phrases match, quoted from the original text."""
    pattern, _ = compile_phrases([phrases] if isinstance(phrases, str) else phrases, FAMILIES)
    return [text[m.start() : m.end()] for m in pattern.finditer(text)]


def triggers(phrase: str) -> frozenset[str] | None:
    return compile_phrase(phrase, FAMILIES).triggers


def needs(phrase: str) -> set[frozenset[str]]:
    return set(compile_phrase(phrase, FAMILIES).needs)


# --- words ---------------------------------------------------------------------------------


def test_words_match_in_any_case() -> None:
    assert spans("per my last email", "PER MY LAST EMAIL, the seats are gone.") == [
        "PER MY LAST EMAIL"
    ]


def test_words_match_only_whole_words() -> None:
    assert spans("if", "We sent a gift card.") == []
    assert spans("sorry", "Sorryness is not a word.") == []


def test_apostrophe_matches_typographic_apostrophe() -> None:
    assert spans("we're sorry", "We’re sorry.") == ["We’re sorry"]


def test_apostrophe_matches_modifier_letter_apostrophe() -> None:
    assert spans("we're sorry", "Weʼre sorry.") == ["Weʼre sorry"]


def test_hyphen_matches_hyphen_space_or_nothing() -> None:
    text = "a follow-up, a follow up and a followup"
    assert spans("follow-up", text) == ["follow-up", "follow up", "followup"]


def test_hyphenated_word_triggers_on_each_way_of_writing_it() -> None:
    assert triggers("follow-up call") == {"follow", "followup"}
    assert spans("follow-up call", "I'll make a followup call.") == ["followup call"]


def test_dash_between_words_is_a_separator_in_either_typography() -> None:
    assert spans("sorry if", "Sorry — if you were affected") == ["Sorry — if"]
    assert spans("sorry if", "Sorry – if you were affected") == ["Sorry – if"]
    assert spans("sorry if", "Sorry, if you were affected") == ["Sorry, if"]


def test_full_stop_between_words_is_not_a_separator() -> None:
    assert spans("sorry if", "We're sorry. If you still see it, reply here.") == []


def test_contraction_joins_the_word_before_it() -> None:
    phrase = "(we|I) ('ve|have) checked"
    text = "We've checked. I have checked. I’ve checked. We 've checked."
    assert spans(phrase, text) == ["We've checked", "I have checked", "I’ve checked"]


def test_optional_contraction_joins_the_word_before_it() -> None:
    assert spans("you [('d|would)] know", "you'd know, you know") == ["you'd know", "you know"]


# --- groups --------------------------------------------------------------------------------


def test_alternatives_match_any_of_them() -> None:
    text = "Sorry for any hassle. Sorry for the delay."
    assert spans("sorry for (any|the) (hassle|delay)", text) == [
        "Sorry for any hassle",
        "Sorry for the delay",
    ]


def test_longer_alternative_wins_when_both_fit() -> None:
    assert spans("(cron|cron job)", "a cron job failed") == ["cron job"]


def test_optional_words_may_be_missing() -> None:
    text = "Apologies for any inconvenience caused. Apologies for any inconvenience."
    assert spans("apologies for any inconvenience [caused]", text) == [
        "Apologies for any inconvenience caused",
        "Apologies for any inconvenience",
    ]


def test_leading_optional_word_is_part_of_the_match_when_present() -> None:
    assert spans("[so] sorry", "I'm so sorry. Sorry!") == ["so sorry", "Sorry"]


def test_nested_optional_groups() -> None:
    phrase = "sorry [to hear [that]] you feel"
    text = "sorry you feel; sorry to hear you feel; sorry to hear that you feel"
    assert spans(phrase, text) == [
        "sorry you feel",
        "sorry to hear you feel",
        "sorry to hear that you feel",
    ]


# --- families ------------------------------------------------------------------------------


def test_family_matches_any_of_its_entries() -> None:
    text = "We apologise for the hassle and apologies for the trouble."
    assert spans("{regret} for the {trouble}", text) == [
        "apologise for the hassle",
        "apologies for the trouble",
    ]


def test_family_entries_are_phrases_that_may_use_other_families() -> None:
    assert spans("{sorry-we} missed it", "Sorry that our team missed it.") == [
        "Sorry that our team missed it"
    ]


def test_longest_family_entry_wins() -> None:
    assert spans("{we} forgot", "Our team forgot your call.") == ["Our team forgot"]


def test_rule_families_add_to_shared_ones() -> None:
    pattern, _ = compile_phrases(["{regret} for the {gap}"], {**FAMILIES, "gap": ["wait"]})
    assert [m.group() for m in pattern.finditer("sorry for the wait")] == ["sorry for the wait"]


# --- wildcards -----------------------------------------------------------------------------


def test_star_matches_exactly_one_word() -> None:
    assert spans("only * minutes late", "only 20 minutes late") == ["only 20 minutes late"]
    assert spans("only * minutes late", "only minutes late") == []


def test_gap_matches_up_to_four_words() -> None:
    phrase = "if ... affected"
    assert spans(phrase, "if you were affected") == ["if you were affected"]
    assert spans(phrase, "if your order was one of those affected") == []
    assert spans(phrase, "if affected") == ["if affected"]


def test_gap_does_not_cross_a_sentence() -> None:
    assert spans("sorry ... if", "Sorry about that. If you need us, call.") == []


def test_two_gaps_allow_eight_words() -> None:
    text = "If you were affected by the outage on Tuesday, we apologise."
    assert spans("if ... affected ... ... apologise", text) == [text[:-1]]


# --- triggers ------------------------------------------------------------------------------


def test_triggers_are_the_words_a_match_can_start_with() -> None:
    assert triggers("{regret} for any {trouble}") == set(FAMILIES["regret"])
    assert triggers("[so] sorry") == {"so", "sorry"}
    assert triggers("per my last email") == {"per"}


def test_phrase_starting_with_a_wildcard_has_no_triggers() -> None:
    assert triggers("* deal") is None
    _, rule_triggers = compile_phrases(["* deal", "calm down"], FAMILIES)
    assert rule_triggers is None


def test_word_starting_with_a_symbol_has_no_triggers() -> None:
    assert triggers("£5 credit") is None
    assert spans("£5 credit", "A £5 credit is on its way.") == ["£5 credit"]


def test_rule_triggers_are_the_union_of_its_phrases() -> None:
    pattern, _ = compile_phrases(["calm down", "obviously"], FAMILIES)
    assert pattern.triggers == {"calm", "obviously"}


# --- needed words and keys -------------------------------------------------------------------


def test_a_phrase_needs_one_word_of_each_required_word_or_group() -> None:
    assert needs("{regret} for (any|the) {trouble} [caused]") == {
        frozenset(FAMILIES["regret"]),
        frozenset({"for"}),
        frozenset({"any", "the"}),
        frozenset(FAMILIES["trouble"]),
    }


def test_a_contraction_needs_both_of_its_words() -> None:
    assert needs("you'd know") == {frozenset({"you"}), frozenset({"d"}), frozenset({"know"})}


def test_a_hyphenated_word_needs_its_first_and_last_part_or_the_joined_word() -> None:
    assert needs("re-occur") == {frozenset({"re", "reoccur"}), frozenset({"occur", "reoccur"})}


def test_a_group_needs_the_rarest_word_set_of_each_alternative() -> None:
    assert needs("(the courier|our carrier) lost") == {
        frozenset({"courier", "carrier"}),
        frozenset({"lost"}),
    }


def test_rule_filter_holds_the_rarest_needed_words_of_each_phrase() -> None:
    _, rule_filter = compile_phrases(["{regret} for the {trouble}", "the courier lost"], FAMILIES)
    assert rule_filter == {*FAMILIES["trouble"], "courier"}


# --- the pattern object ----------------------------------------------------------------------


def test_search_respects_start_and_end_offsets() -> None:
    pattern, _ = compile_phrases(["calm down"], FAMILIES)
    text = "Calm down. Please calm down."
    first = pattern.search(text)
    assert first is not None and first.span() == (0, 9)
    second = pattern.search(text, 1)
    assert second is not None and second.span() == (18, 27)
    assert pattern.search(text, 1, 20) is None


def test_offsets_stay_right_when_lower_case_is_longer() -> None:
    text = "İstanbul office: sorry for the hassle."
    assert spans("sorry for the {trouble}", text) == ["sorry for the hassle"]


def test_overlapping_matches_are_not_reported_twice() -> None:
    assert spans(["sorry for the hassle", "the hassle"], "sorry for the hassle") == [
        "sorry for the hassle"
    ]


PHRASES = [
    "{regret} for (any|the) {trouble} [caused]",
    "{regret} if",
    "if ... (affected|upset) ... ... {regret}",
    "[so] sorry",
    "{we} ('ve|have) [already] told you",
    "the (system|courier) [just] (lost|applied)",
    "follow-up",
]
WORDS = [
    "sorry",
    "Sorry",
    "so",
    "if",
    "for",
    "any",
    "the",
    "hassle",
    "trouble",
    "caused",
    "affected",
    "upset",
    "we",
    "We've",
    "have",
    "already",
    "told",
    "you",
    "I",
    "our",
    "team",
    "system",
    "courier",
    "just",
    "lost",
    "applied",
    "follow-up",
    "followup",
    "apologise",
    "APOLOGIES",
    "gift",
    "theory",
]
GLUE = [" ", ", ", " - ", " — ", ". ", "! ", "\n", "'"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=14),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
def test_fast_search_finds_what_the_single_regex_finds(
    parts: list[tuple[str, str]], skip: int, cut: int
) -> None:
    text = "".join(word + glue for word, glue in parts)
    pattern, _ = compile_phrases(PHRASES, FAMILIES)
    folded = text.lower().replace("—", "-")
    pos, endpos = min(skip, len(text)), max(0, len(text) - cut)
    assert [m.span() for m in pattern.finditer(text, pos, endpos)] == [
        m.span() for m in pattern.regex.finditer(folded, pos, endpos)
    ]


RULES = load_rule_pack(RULES_DIR)
RULE_PATTERNS = [
    compile_phrases(phrases, {**vocabulary(), **rule.families})[0]
    for rule in RULES
    for phrases in (rule.phrases, rule.unless)
    if phrases
]
RULE_WORDS = sorted(
    {word for rule in RULES for phrase in rule.phrases for word in re.findall(r"[a-z']+", phrase)}
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(RULE_WORDS), st.sampled_from(GLUE)), max_size=14),
    st.integers(min_value=0, max_value=40),
    st.sampled_from(RULE_PATTERNS),
)
def test_fast_search_of_built_in_rules_finds_what_the_single_regex_finds(
    parts: list[tuple[str, str]], pos: int, pattern: PhrasePattern
) -> None:
    text = "".join(word + glue for word, glue in parts)
    folded = text.lower().replace("—", "-")
    pos = min(pos, len(text))
    assert [m.span() for m in pattern.finditer(text, pos)] == [
        m.span() for m in pattern.regex.finditer(folded, pos)
    ]


# --- errors for rule authors ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrases", "message"),
    [
        ([], "needs at least one phrase"),
        (["   "], "empty phrase"),
        (["sorry (for|about"], "missing ')'"),
        (["sorry [for the"], "missing ']'"),
        (["sorry for) the"], "unbalanced brackets"),
        (["[sorry]"], "can match nothing"),
        (["(a|)"], "can match nothing"),
        (["... sorry"], "'...' must stand between words"),
        (["sorry ..."], "'...' must stand between words"),
        (["{regrets} for"], "unknown word family {regrets}"),
        (["{loop}"], "word family {loop} refers to itself"),
        (["sorry (for )?the delay"], "'?' is not phrase syntax"),
        (["sorry , for the delay"], "',' is not a word"),
    ],
)
def test_malformed_phrase_is_reported_with_the_phrase(phrases: list[str], message: str) -> None:
    with pytest.raises(RuleError, match=re.escape(message)):
        compile_phrases(phrases, FAMILIES)


def test_error_names_the_phrase_at_fault() -> None:
    with pytest.raises(RuleError, match=re.escape("'sorry (for|about'")):
        compile_phrases(["calm down", "sorry (for|about"], FAMILIES)
