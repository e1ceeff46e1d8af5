"""The phrase language used by data rules, compiled to regular expressions.

A phrase is written the way a support lead would say it:

    "{regret} for (any|the) {trouble} [this may have caused]"

- words match themselves in any case; ``'`` also matches ``’`` and ``-`` also matches a
  dash (— –); a hyphen also matches a space or nothing (``follow-up`` matches "follow up"
  and "followup");
- a word starting with ``'`` is a contraction joined to the word before it without a
  separator: ``(we|I) ('ve|have)`` matches "we've", "I have" and "I’ve";
- ``{family}`` matches any entry of a word family from ``vocab.toml`` (or the rule's own);
- ``(a|b c)`` matches one of the alternatives, ``[x y]`` is optional;
- ``*`` matches any one word, ``...`` up to four words;
- between words: spaces, or a comma, semicolon, colon or dash.

Each phrase also yields its *trigger words* (the words a match can start with) and its
*needed words*: for each word or group it cannot do without, the words one of which a
matching message holds ("{regret} for (any|the) {trouble}" needs a {regret} word, "for",
"any" or "the", and a {trouble} word). A phrase is only tried in messages holding all its
needed words (it is looked up by the rarest), and only where one of its trigger words
starts (see ``PhrasePattern``), so most messages cost a set lookup per rule. A phrase
starting with ``*`` can start anywhere, which disables the filter for its whole rule.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .errors import RuleError
from .lazy import cached_property
from .text import lower as lower_text
from .text import tokens

# Phrases are matched against a folded copy of the text (see _Words): lower case, ’ and ‘
# as ', and — and – as -, so the patterns stay ASCII, which is much faster to compile.
SEP = r"(?:[ \t]*[,;:-][ \t]*|\s+)"
_FOLDS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("—", "-"), ("–", "-"))
_ANY_WORD = r"[^\s,;:.!?()]+"
_TOKEN_RE = re.compile(r"\{[\w-]+\}|\.\.\.|[()\[\]|*]|[^\s()\[\]|{}*]+")
_HYPHENATED_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_WORD_RE = re.compile(r"[^\W_]+")  # the words of text.tokens
# A fold that turns a letter into a non-letter (ʼ is a letter) changes a text's words.
_WORD_FOLDS = tuple(typographic for typographic, _ in _FOLDS if typographic.isalnum())

# How often words occur in support messages, in three bands, as a cost roughly proportional
# to it (a number costs 90, another word 1). A phrase is looked up by its rarest needed word
# set: "{regret} for the {trouble}" is tried in messages holding "sorry" or another {regret}
# word, not in all holding "for".
# fmt: off
_IN_MOST = (  # in a sixth of messages or more
    "a", "account", "and", "are", "be", "can", "for", "have", "help", "here", "hi", "if", "in",
    "is", "it", "know", "let", "more", "of", "on", "our", "out", "please", "re", "s", "thanks",
    "that", "the", "there", "this", "to", "us", "we", "with", "you", "your",
)
_IN_MANY = (  # in one message in ten or so
    "about", "also", "an", "any", "as", "at", "by", "check", "contact", "d", "details", "do",
    "email", "error", "find", "follow", "following", "from", "get", "hear", "hey", "hope",
    "how", "i", "info", "information", "issue", "like", "link", "ll", "look", "make", "may",
    "need", "not", "or", "right", "see", "send", "so", "sorry", "support", "t", "team",
    "these", "try", "use", "using", "what", "will",
)
_IN_SOME = (  # in one message in thirty or so
    "able", "access", "after", "again", "all", "already", "always", "anything", "app",
    "appreciate", "available", "back", "been", "being", "below", "best", "better", "but",
    "call", "case", "change", "click", "confirm", "could", "customers", "days", "did",
    "different", "directly", "does", "doing", "don", "due", "during", "else", "experience",
    "feedback", "feel", "few", "fix", "found", "further", "getting", "give", "glad", "go",
    "going", "had", "happy", "has", "having", "hello", "hours", "into", "issues", "items",
    "just", "keep", "live", "looking", "m", "me", "message", "might", "mind", "much", "my",
    "next", "no", "now", "number", "one", "only", "open", "order", "other", "over", "page",
    "phone", "point", "possible", "process", "product", "provide", "questions", "reach",
    "read", "recommend", "reply", "report", "request", "resolve", "service", "share", "should",
    "some", "something", "soon", "specific", "start", "step", "still", "submit", "sure",
    "system", "take", "than", "thank", "their", "them", "then", "they", "things", "those",
    "through", "time", "touch", "tried", "trouble", "up", "update", "users", "ve", "via",
    "wait", "want", "was", "way", "well", "were", "when", "where", "which", "while", "without",
    "work", "working", "would",
)
# fmt: on
_COST = {
    **dict.fromkeys(_IN_SOME, 30),
    **dict.fromkeys(_IN_MANY, 90),
    **dict.fromkeys(_IN_MOST, 300),
}


@dataclass(frozen=True)
class Compiled:
    """A phrase's regex source, its trigger words (None: no filter) and if it can be empty.

    ``needs`` holds word sets a match must contain one word of each of (see the module doc).
    """

    regex: str
    triggers: frozenset[str] | None
    nullable: bool = False
    gap: bool = False
    lead: str = ""
    needs: tuple[frozenset[str], ...] = ()

    @property
    def joined(self) -> str:
        """The regex for this item after a preceding word, separator included.

        It is ``lead`` when set (contractions need no separator), else SEP + regex.
        """
        return self.lead or SEP + self.regex


def compile_phrases(
    phrases: Sequence[str], families: Mapping[str, Sequence[str]]
) -> tuple[PhrasePattern, frozenset[str] | None]:
    """Compile phrases into one pattern and the words one of which a message must hold for
    any of them to match (None: no filter): the phrases' keys, see ``PhrasePattern``."""
    if not phrases:
        raise RuleError("a phrase rule needs at least one phrase")
    pattern = PhrasePattern([compile_phrase(p, families) for p in phrases])
    return pattern, pattern.keys if pattern.triggers is not None else None


class PhrasePattern:
    """Compiled phrases that search like one ``re.Pattern`` (``finditer``, ``search``), fast.

    A regular expression with hundreds of alternatives is slow to run at every position of
    a text. Instead each phrase is indexed by its rarest needed word (its *key*): a message
    is tokenized once (shared by all rules), the phrases whose key and other needed words
    it holds are picked, and each is tried only where one of its trigger words starts.
    Results are the same as the single regex in ``regex``.
    """

    def __init__(self, parts: Sequence[Compiled]) -> None:
        self._parts = tuple(parts)
        self.triggers = _union(part.triggers for part in self._parts)
        self._compiled: dict[int, re.Pattern[str]] = {}
        # key -> (phrase, its other needed word sets, the words it can start with)
        by_key: dict[str, list[tuple[int, tuple[frozenset[str], ...], frozenset[str]]]] = {}
        for index, part in enumerate(self._parts):
            needs = sorted(part.needs, key=_rarity)
            for word in needs[0] if needs else ():
                entry = (index, tuple(needs[1:]), part.triggers or frozenset())
                by_key.setdefault(word, []).append(entry)
        self._by_key = {word: tuple(entries) for word, entries in by_key.items()}
        self.keys = frozenset(by_key)
        _register_keys(self.keys)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """All the phrases as one regular expression (over folded text)."""
        return _pattern(self._parts)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Non-overlapping matches in ``text[pos:endpos]``, leftmost first.

        The matches are over the folded text (see ``_Words``): use their offsets, not their
        ``group()``, to quote the original.
        """
        end = len(text) if endpos is None else endpos
        words = _Words.of(text)
        if self.triggers is None:
            return self.regex.finditer(words.lower, pos, end)
        keys = words.found & self.keys
        tries = self._tries(words, keys, pos) if keys else None
        return self._matches(words, tries, end) if tries else iter(())

    def may_match(self, text: str) -> bool:
        """False when ``text`` holds none of the key words, so no phrase can match (cheap)."""
        return self.triggers is None or not self.keys.isdisjoint(_Words.of(text).found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, or None."""
        return next(self.finditer(text, pos, endpos), None)

    def _matches(
        self, words: _Words, tries: list[tuple[int, int]], end: int
    ) -> Iterator[re.Match[str]]:
        """At each offset to try, the first phrase (in order) that matches, as the regex."""
        last = 0
        for start, index in tries:
            if start >= end:
                return
            if start < last:
                continue
            m = self._phrase(index).match(words.lower, start, end)
            if m:
                yield m
                last = m.end()

    def _tries(self, words: _Words, keys: Collection[str], pos: int) -> list[tuple[int, int]]:
        """(offset, phrase) pairs from ``pos`` on, in order: phrases under the ``keys`` found
        whose other needed words all occur, where one of their trigger words starts."""
        present = words.present
        tries: list[tuple[int, int]] = []
        seen: set[int] = set()
        several = len(keys) > 1  # a phrase is under one key: only then can it come up twice
        for key in keys:
            for index, others, first_words in self._by_key[key]:
                if several:
                    if index in seen:
                        continue
                    seen.add(index)
                for need in others:
                    if need.isdisjoint(present):
                        break
                else:
                    for word in first_words & present:
                        tries.extend((s, index) for s in words.starts(word) if s >= pos)
        tries.sort()
        return tries

    def _phrase(self, index: int) -> re.Pattern[str]:
        """The pattern of one phrase (compiled once, when first needed)."""
        pattern = self._compiled.get(index)
        if pattern is None:
            pattern = self._compiled[index] = _pattern(self._parts[index : index + 1])
        return pattern


class PhraseIndex:
    """Several filtered patterns searched together (what the checker does for data rules).

    One table maps each key word to the phrases of every pattern filed under it (see
    ``PhrasePattern``), so a message's key words are looked up once for all the patterns and
    its tries collected in one pass; the matches are those of each pattern's ``finditer``.
    """

    def __init__(self, patterns: Sequence[PhrasePattern]) -> None:
        if any(pattern.triggers is None for pattern in patterns):
            raise ValueError("an unfiltered pattern (a phrase starting with '*') can't be indexed")
        self._patterns = tuple(patterns)
        # Phrase ids run in (pattern number, phrase index) order, so tries sorted as (number,
        # offset, id) come in the order of each pattern's own ``_tries``.
        self._phrases = [(p, index) for p in self._patterns for index in range(len(p._parts))]
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._phrases)
        filed: dict[int, int] = {}  # phrase id -> how many keys it is filed under
        table: dict[str, list[tuple[int, int, tuple[frozenset[str], ...], frozenset[str]]]] = {}
        first_id = 0
        for number, pattern in enumerate(self._patterns):
            for key, entries in pattern._by_key.items():
                for index, others, first_words in entries:
                    phrase = first_id + index
                    filed[phrase] = filed.get(phrase, 0) + 1
                    table.setdefault(key, []).append((number, phrase, others, first_words))
            first_id += len(pattern._parts)
        # key -> (number, id, other needed sets, first words, filed under several keys)
        self._table = {
            key: tuple((*entry, filed[entry[1]] > 1) for entry in entries)
            for key, entries in table.items()
        }
        self.keys = frozenset(table)

    def finditer(
        self, text: str, skip: Container[int] = ()
    ) -> list[tuple[int, list[re.Match[str]]]]:
        """(pattern number, its matches as ``PhrasePattern.finditer`` gives them) for each
        pattern not in ``skip`` that matches ``text``, in pattern order."""
        words = _Words.of(text)
        table, present = self._table, words.present
        tries: list[tuple[int, int, int]] = []
        seen: set[int] = set()
        for key in words.found:
            for number, phrase, others, first_words, shared in table.get(key, ()):
                if shared:  # it may come up under another key of the message too
                    if phrase in seen:
                        continue
                    seen.add(phrase)
                for need in others:
                    if need.isdisjoint(present):
                        break
                else:
                    for word in first_words & present:
                        for start in words.starts(word):
                            tries.append((number, start, phrase))
        if not tries:
            return []
        tries.sort()
        # Each pattern's matches: at each offset, the first phrase that matches, none
        # overlapping the one before (as ``PhrasePattern._matches``).
        found: list[tuple[int, list[re.Match[str]]]] = []
        lower, end, compiled = words.lower, len(text), self._compiled
        current, last, skipped = -1, 0, False
        matches: list[re.Match[str]] = []
        for number, start, phrase in tries:
            if number != current:
                current, last, skipped = number, 0, number in skip
                if matches:  # the last pattern's list is in ``found``
                    matches = []
            if skipped or start < last:
                continue
            regex = compiled[phrase]
            if regex is None:
                pattern, index = self._phrases[phrase]
                regex = compiled[phrase] = pattern._phrase(index)
            m = regex.match(lower, start, end)
            if m:
                if not matches:
                    found.append((number, matches))
                matches.append(m)
                last = m.end()
        return found


# Every key of every pattern: a message's words are intersected with it once (``found``),
# so each rule checks its own keys against a handful of words instead of the whole text.
_all_keys: frozenset[str] = frozenset()


def _register_keys(keys: frozenset[str]) -> None:
    """Add a new pattern's keys; cached ``_Words`` were made without them."""
    global _all_keys
    if not keys <= _all_keys:
        _all_keys = _all_keys | keys
        _Words.of.cache_clear()


def _rarity(words: frozenset[str]) -> int:
    """How likely a message is to hold one of ``words`` (lower is rarer), roughly."""
    return sum(_COST.get(word) or (90 if word.isdigit() else 1) for word in words)


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """The union of word sets, None when one of them is None (no filter)."""
    result: set[str] = set()
    for words in sets:
        if words is None:
            return None
        result |= words
    return frozenset(result)


def _pattern(parts: Sequence[Compiled]) -> re.Pattern[str]:
    source = "|".join(f"(?:{p.regex})" for p in parts)
    return re.compile(rf"(?<![\w])(?:{source})(?![\w])")


class _Words:
    """A text folded for matching, its words and where each starts; shared by every rule.

    The folded text (lower case, ’ as ', — as -) has the same length, so offsets stay valid.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        if not text.isascii() and any(c in text for c in _WORD_FOLDS):
            self.present = frozenset(_WORD_RE.findall(self.lower))
        else:
            # The words phrases can match: folding swaps non-letters only, and a character
            # whose lower case is longer stays upper case, so no phrase word matches the word
            # holding it. text.tokens is cached, and Message.tokens computed it already.
            self.present = tokens(text)
        self.found = self.present & _all_keys
        self._starts: dict[str, list[int]] = {}

    @cached_property
    def lower(self) -> str:
        """The folded text: lower case, ’ as ', — as -, the same length as the text."""
        return _fold(lower_text(self.text))

    @staticmethod
    @lru_cache(maxsize=16)
    def of(text: str) -> _Words:
        """The (cached) words of ``text``."""
        return _Words(text)

    def starts(self, word: str) -> list[int]:
        """Offsets where ``word`` occurs as a whole alphanumeric run."""
        found = self._starts.get(word)
        if found is None:
            found = self._starts[word] = self._find(word)
        return found

    def _find(self, word: str) -> list[int]:
        lower, size, found = self.lower, len(word), []
        start = lower.find(word)
        while start >= 0:
            after = start + size
            if not (start and lower[start - 1].isalnum()) and not (
                after < len(lower) and lower[after].isalnum()
            ):
                found.append(start)
            start = lower.find(word, after)
        return found


def _fold(text: str) -> str:
    """Typographic apostrophes and dashes as ASCII (same length); fast when there are none."""
    for typographic, ascii_char in _FOLDS:
        if typographic in text:
            text = text.replace(typographic, ascii_char)
    return text


def compile_phrase(phrase: str, families: Mapping[str, Sequence[str]]) -> Compiled:
    """Compile one phrase; raises RuleError naming the phrase when it is malformed."""
    tokens = _TOKEN_RE.findall(phrase)
    if not tokens:
        raise RuleError(f"empty phrase: {phrase!r}")
    parser = _Parser(tokens, families, phrase, stack=())
    result = parser.sequence()
    if parser.pos != len(tokens):
        raise RuleError(f"unbalanced brackets in phrase {phrase!r}")
    if result.nullable:
        raise RuleError(f"phrase {phrase!r} can match nothing")
    return result


class _Parser:
    def __init__(
        self,
        tokens: list[str],
        families: Mapping[str, Sequence[str]],
        phrase: str,
        stack: tuple[str, ...],
    ) -> None:
        self.tokens, self.families, self.phrase, self.stack = tokens, families, phrase, stack
        self.pos = 0

    def sequence(self) -> Compiled:
        items: list[Compiled] = []
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in ("|", ")", "]"):
            items.append(self.item())
        if not items:
            return Compiled("", frozenset(), nullable=True)
        if items[0].gap or items[-1].gap:
            raise RuleError(f"'...' must stand between words in phrase {self.phrase!r}")
        return _join(items)

    def item(self) -> Compiled:
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok == "(":
            return self._group(")", optional=False)
        if tok == "[":
            return self._group("]", optional=True)
        if tok == "*":
            return Compiled(_ANY_WORD, None)
        if tok == "...":
            return Compiled(rf"(?:{SEP}{_ANY_WORD}){{0,4}}", frozenset(), nullable=True, gap=True)
        if tok.startswith("{"):
            return self._family(tok[1:-1])
        if "?" in tok:
            raise RuleError(f"'?' is not phrase syntax (optional words go in [ ]): {self.phrase!r}")
        if not any(c.isalnum() for c in tok):
            raise RuleError(f"{tok!r} is not a word in phrase {self.phrase!r}")
        return _word(tok)

    def _group(self, close: str, optional: bool) -> Compiled:
        """A ``(a|b)`` or ``[a|b]`` group; longer alternatives are tried first, as in families."""
        alternatives = [self._alternative()]
        while self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
            self.pos += 1
            alternatives.append(self._alternative())
        if self.pos >= len(self.tokens) or self.tokens[self.pos] != close:
            raise RuleError(f"missing {close!r} in phrase {self.phrase!r}")
        self.pos += 1
        alternatives.sort(key=lambda pair: pair[0], reverse=True)
        alt = _alternatives([compiled for _, compiled in alternatives])
        if optional:
            return Compiled(alt.regex, alt.triggers, nullable=True, lead=alt.lead)
        return alt

    def _alternative(self) -> tuple[int, Compiled]:
        """One alternative of a group, with the length of its source text."""
        start = self.pos
        compiled = self.sequence()
        return len(" ".join(self.tokens[start : self.pos])), compiled

    def _family(self, name: str) -> Compiled:
        if name not in self.families:
            raise RuleError(f"unknown word family {{{name}}} in phrase {self.phrase!r}")
        if name in self.stack:
            raise RuleError(f"word family {{{name}}} refers to itself")
        entries = sorted(self.families[name], key=len, reverse=True)
        compiled = []
        for entry in entries:
            sub = _Parser(_TOKEN_RE.findall(entry), self.families, entry, (*self.stack, name))
            compiled.append(sub.sequence())
        return _alternatives(compiled)


def _word(tok: str) -> Compiled:
    tok = _fold(tok.lower())
    regex = re.escape(tok).replace(r"\-", r"[-\s]?")
    lead = regex if tok.startswith("'") else ""
    return Compiled(regex, _first_tokens(tok), lead=lead, needs=_word_needs(tok))


def _first_tokens(word: str) -> frozenset[str] | None:
    """The tokens a match of ``word`` can start with; a hyphen may also be nothing.

    ``follow-up`` can start with "follow" ("follow up", "follow-up") or be "followup". A word
    that does not start with a letter or digit ("£5") has none: it could start anywhere.
    """
    first = _HYPHENATED_RE.match(word)
    if not first:
        return None
    parts = first.group().split("-")
    return frozenset("".join(parts[: i + 1]) for i in range(len(parts)))


def _word_needs(word: str) -> tuple[frozenset[str], ...]:
    """The word sets a match of ``word`` holds one of: one per alphanumeric run, or for
    ``a-b-c`` (written with hyphens, spaces or nothing) one of "a", "ab", "abc" and one of
    "c", "bc", "abc"."""
    needs: set[frozenset[str]] = set()
    for chain in _HYPHENATED_RE.findall(word):
        parts = chain.split("-")
        needs.add(frozenset("".join(parts[: i + 1]) for i in range(len(parts))))
        needs.add(frozenset("".join(parts[i:]) for i in range(len(parts))))
    return tuple(needs)


def _alternatives(items: list[Compiled]) -> Compiled:
    """One of ``items``; a match needs the words of the rarest need of each alternative."""
    nullable = any(i.nullable for i in items)
    regex = "|".join(i.regex for i in items if i.regex)
    lead = ""
    if any(i.lead for i in items):
        lead = "(?:" + "|".join(i.joined for i in items if i.regex) + ")"
    needs: tuple[frozenset[str], ...] = ()
    if len(items) == 1:
        needs = items[0].needs
    elif not nullable and all(i.needs for i in items):
        needs = (frozenset().union(*(min(i.needs, key=_rarity) for i in items)),)
    return Compiled(
        f"(?:{regex})", _union(i.triggers for i in items), nullable, lead=lead, needs=needs
    )


def _join(items: list[Compiled]) -> Compiled:
    """Join items with separators; an optional item carries the separator on its inner side.

    Optional items before the first required one are ``(?:x SEP)?``; after it ``(?:SEP x)?``.
    """
    first_required = next((i for i, item in enumerate(items) if not item.nullable), len(items))
    regex = ""
    for index, item in enumerate(items):
        if index < first_required:
            regex += f"(?:{item.regex}{SEP})?"
        elif index == first_required or item.gap:
            regex += item.regex
        elif item.nullable:
            regex += f"(?:{item.joined})?"
        else:
            regex += item.joined
    rest = regex[len(items[0].regex) :] if first_required == 0 else ""
    lead = items[0].lead + rest if first_required == 0 and items[0].lead else ""
    triggers = _union(item.triggers for item in items[: first_required + 1])
    needs = tuple(need for item in items if not item.nullable for need in item.needs)
    nullable = first_required == len(items)
    return Compiled(regex, triggers, nullable, lead=lead, needs=needs)
