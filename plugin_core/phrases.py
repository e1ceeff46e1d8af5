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

Each phrase also yields its *trigger words*: the words one of which must occur in a message
for the phrase to possibly match. Rules skip messages without them, and a match is only
tried where one of them starts (see ``PhrasePattern``), which keeps checks fast. A phrase
whose first word is specific ("apologize", "guarantee") is cheaper than one that starts
with "the", "we" or ``*`` (which disables the filter for its whole rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .errors import RuleError
from .text import tokens

# Phrases are matched against a folded copy of the text (see _Words): lower case, ’ and ‘
# as ', and — and – as -, so the patterns stay ASCII, which is much faster to compile.
SEP = r"(?:[ \t]*[,;:-][ \t]*|\s+)"
_FOLDS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("—", "-"), ("–", "-"))
_ANY_WORD = r"[^\s,;:.!?()]+"
_TOKEN_RE = re.compile(r"\{[\w-]+\}|\.\.\.|[()\[\]|*]|[^\s()\[\]|{}*]+")
_HYPHENATED_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass(frozen=True)
class Compiled:
    """A phrase's regex source, its trigger words (None: no filter) and if it can be empty."""

    regex: str
    triggers: frozenset[str] | None
    nullable: bool = False
    gap: bool = False
    lead: str = ""

    @property
    def joined(self) -> str:
        """The regex for this item after a preceding word, separator included.

        It is ``lead`` when set (contractions need no separator), else SEP + regex.
        """
        return self.lead or SEP + self.regex


def compile_phrases(
    phrases: Sequence[str], families: Mapping[str, Sequence[str]]
) -> tuple[PhrasePattern, frozenset[str] | None]:
    """Compile phrases into one pattern and the union of their triggers (None: no filter)."""
    if not phrases:
        raise RuleError("a phrase rule needs at least one phrase")
    pattern = PhrasePattern([compile_phrase(p, families) for p in phrases])
    return pattern, pattern.triggers


class PhrasePattern:
    """Compiled phrases that search like one ``re.Pattern`` (``finditer``, ``search``), fast.

    A regular expression with hundreds of alternatives is slow to run at every position of
    a text. A match can only start at one of the phrases' trigger words, so the text's words
    are indexed once (shared by all rules) and only the phrases that can start with a word
    are tried where it occurs. Results are the same as the single regex in ``regex``.
    """

    def __init__(self, parts: Sequence[Compiled]) -> None:
        self._parts = tuple(parts)
        triggers: set[str] | None = set()
        for part in self._parts:
            if part.triggers is None or triggers is None:
                triggers = None
            else:
                triggers |= part.triggers
        self.triggers = frozenset(triggers) if triggers is not None else None
        self._by_word: dict[str, re.Pattern[str]] = {}

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
        lower = words.lower
        if self.triggers is None:
            yield from self.regex.finditer(lower, pos, end)
            return
        starts = sorted(
            (start, word)
            for word in words.present & self.triggers
            for start in words.starts(word)
            if pos <= start < end
        )
        last = pos
        for start, word in starts:
            if start < last:
                continue
            m = self._starting_with(word).match(lower, start, end)
            if m:
                yield m
                last = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, or None."""
        return next(self.finditer(text, pos, endpos), None)

    def _starting_with(self, word: str) -> re.Pattern[str]:
        """The pattern of only the phrases that can start with ``word`` (compiled once)."""
        pattern = self._by_word.get(word)
        if pattern is None:
            parts = tuple(p for p in self._parts if p.triggers is not None and word in p.triggers)
            pattern = self._by_word[word] = _pattern(parts)
        return pattern


def _pattern(parts: Sequence[Compiled]) -> re.Pattern[str]:
    source = "|".join(f"(?:{p.regex})" for p in parts)
    return re.compile(rf"(?<![\w])(?:{source})(?![\w])")


class _Words:
    """A text folded for matching, its words and where each starts; shared by every rule.

    The folded text (lower case, ’ as ', — as -) has the same length, so offsets stay valid.
    """

    def __init__(self, text: str) -> None:
        lower = text.lower()
        if len(lower) != len(text):
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.lower = _fold(lower)
        # The same words Message.tokens holds (text.tokens), so a cache there serves both.
        self.present = tokens(text)
        self._starts: dict[str, list[int]] = {}

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
    return Compiled(regex, _first_tokens(tok), lead=lead)


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


def _alternatives(items: list[Compiled]) -> Compiled:
    nullable = any(i.nullable for i in items)
    triggers: set[str] | None = set()
    for i in items:
        if i.triggers is None or triggers is None:
            triggers = None
        else:
            triggers |= i.triggers
    regex = "|".join(i.regex for i in items if i.regex)
    lead = ""
    if any(i.lead for i in items):
        lead = "(?:" + "|".join(i.joined for i in items if i.regex) + ")"
    return Compiled(
        f"(?:{regex})", frozenset(triggers) if triggers is not None else None, nullable, lead=lead
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
    triggers: set[str] | None = set()
    for item in items[: first_required + 1]:
        if item.triggers is None or triggers is None:
            triggers = None
        else:
            triggers |= item.triggers
    nullable = first_required == len(items)
    return Compiled(
        regex, frozenset(triggers) if triggers is not None else None, nullable, lead=lead
    )
