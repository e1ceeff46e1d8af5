"""The phrase language used by data rules, compiled to regular expressions.

A phrase is written the way a support lead would say it:

    "{regret} for (any|the) {trouble} [this may have caused]"

- words match themselves in any case; ``'`` also matches ``’``; a hyphen also matches a
  space or nothing (``follow-up`` matches "follow up" and "followup");
- ``{family}`` matches any entry of a word family from ``vocab.toml`` (or the rule's own);
- ``(a|b c)`` matches one of the alternatives, ``[x y]`` is optional;
- ``*`` matches any one word, ``...`` up to four words;
- between words: spaces, or a comma, semicolon, colon or dash.

Each phrase also yields its *trigger words*: the words one of which must occur in a message
for the phrase to possibly match. Rules skip messages without them, which keeps checks fast.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import RuleError

SEP = r"(?:[ \t]*[,;:—–-][ \t]*|\s+)"
_ANY_WORD = r"[^\s,;:.!?()]+"
_TOKEN_RE = re.compile(r"\{[\w-]+\}|\.\.\.|[()\[\]|*]|[^\s()\[\]|{}*]+")
_ALNUM_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Compiled:
    """A phrase's regex source, its trigger words (None: no filter) and if it can be empty."""

    regex: str
    triggers: frozenset[str] | None
    nullable: bool = False
    gap: bool = False


def compile_phrases(
    phrases: Sequence[str], families: Mapping[str, Sequence[str]]
) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """Compile phrases into one case-insensitive pattern and the union of their triggers."""
    if not phrases:
        raise RuleError("a phrase rule needs at least one phrase")
    parts = [compile_phrase(p, families) for p in phrases]
    triggers: set[str] | None = set()
    for part in parts:
        if part.triggers is None or triggers is None:
            triggers = None
        else:
            triggers |= part.triggers
    source = "|".join(f"(?:{p.regex})" for p in parts)
    pattern = re.compile(rf"(?<![\w])(?:{source})(?![\w])", re.IGNORECASE)
    return pattern, (frozenset(triggers) if triggers is not None else None)


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
        alternatives = [self.sequence()]
        while self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
            self.pos += 1
            alternatives.append(self.sequence())
        if self.pos >= len(self.tokens) or self.tokens[self.pos] != close:
            raise RuleError(f"missing {close!r} in phrase {self.phrase!r}")
        self.pos += 1
        alt = _alternatives(alternatives)
        if optional:
            return Compiled(alt.regex, alt.triggers, nullable=True)
        return alt

    def _family(self, name: str) -> Compiled:
        if name not in self.families:
            raise RuleError(f"unknown word family {{{name}}} in phrase {self.phrase!r}")
        if name in self.stack:
            raise RuleError(f"word family {{{name}}} refers to itself")
        entries = sorted(self.families[name], key=len, reverse=True)
        compiled = []
        for entry in entries:
            sub = _Parser(_TOKEN_RE.findall(entry), self.families, entry, self.stack + (name,))
            compiled.append(sub.sequence())
        return _alternatives(compiled)


def _word(tok: str) -> Compiled:
    regex = re.escape(tok).replace(r"\-", r"[-\s]?").replace("'", "['’]")
    first = _ALNUM_RE.search(tok.lower())
    return Compiled(regex, frozenset([first.group()]) if first else None)


def _alternatives(items: list[Compiled]) -> Compiled:
    nullable = any(i.nullable for i in items)
    triggers: set[str] | None = set()
    for i in items:
        if i.triggers is None or triggers is None:
            triggers = None
        else:
            triggers |= i.triggers
    regex = "|".join(i.regex for i in items if i.regex)
    return Compiled(
        f"(?:{regex})", frozenset(triggers) if triggers is not None else None, nullable
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
        elif index == first_required:
            regex += item.regex
        elif item.gap:
            regex += item.regex
        elif item.nullable:
            regex += f"(?:{SEP}{item.regex})?"
        else:
            regex += SEP + item.regex
    triggers: set[str] | None = set()
    for item in items[: first_required + 1]:
        if item.triggers is None or triggers is None:
            triggers = None
        else:
            triggers |= item.triggers
    nullable = first_required == len(items)
    return Compiled(regex, frozenset(triggers) if triggers is not None else None, nullable)
