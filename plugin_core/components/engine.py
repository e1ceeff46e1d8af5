"""The cue engine shared by the component detectors.

A cue is anchored on words or short phrases ("on_us" is the phrase "on us"): it is only tried
where an anchor occurs (the message's token set says which can occur at all), then a short
pattern is checked just before the anchor (``left``) and from it (``right``), cheapest tests
first. Phrases keep common words ("us", "can", "let") from being searched alone.

Cue groups (``Cues``) are labelled with the components they prove; ``Text.scan`` checks every
group in one pass over the message's anchors and stops trying a cue once what it proves is
found. ``Text`` is the per-message view every detector shares: the lower-cased masked text
and the clause, negation, hypothesis and question tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..lazy import cached_property

if TYPE_CHECKING:
    from ..message import Message

Span = tuple[int, int]
Test = Callable[["Text", int, int], bool]


def _anchors(words: str) -> frozenset[str]:
    """The anchors in ``words``: space-separated words, "_" joining the words of a phrase."""
    return frozenset(w.replace("_", " ") for w in words.split())


def _tokens(anchor: str) -> list[str]:
    """The tokens (``Message.tokens``) that ``anchor`` is made of."""
    return re.findall(r"[^\W_]+", anchor)


def _gate(anchor: str) -> str:
    """The token whose presence lets ``anchor`` occur: its longest word that is not common."""
    tokens = _tokens(anchor)
    rare = [t for t in tokens if t not in _COMMON]
    return max(rare or tokens[::-1], key=len)


def wordset(words: str) -> frozenset[str]:
    """The space-separated ``words`` as a set."""
    return frozenset(words.split())


# Words too common to gate a phrase on ("on us" is gated on "us", "by our" on "by").
_COMMON = wordset("a an the to of in on and is are it you your we our i me my t s not have")


def endings(words: str) -> tuple[str, ...]:
    """The space-separated ``words``, each followed by a space (literal endings for a cue)."""
    return tuple(f"{w} " for w in words.split())


def alt(words: str) -> str:
    """The space-separated ``words`` as a regex alternation (no group)."""
    return "|".join(words.split())


def at_word_start(words: str, tail: str = "") -> str:
    r"""``\b(?:w1|w2|...)`` then ``tail`` for the space-separated plain ``words``, written
    letter first, one branch per first letter: ``t(?<!\wt)(?:oday|onight)TAIL|y(?<!\wy)...``.

    The same matches, found much faster by ``search``: the regex engine skips ahead to the
    possible first characters when every branch starts with a literal, never past a ``\b``.
    """
    rests: dict[str, list[str]] = {}
    for w in words.split():
        rests.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(r)}){tail}" for c, r in rests.items())


class Cue:
    """Anchor words, and what must hold just before them (``left``) and from them (``right``).

    ``left`` is a regex that must match at the end of the text before the anchor (within its
    last ``span`` words) or a tuple of literal endings; ``unless``, the same, must not. With
    ``starts`` the ``left`` match must begin at one of those words, tried where they occur
    (much cheaper than searching the text). ``right`` is a regex matched at the anchor;
    ``later`` one that must occur in the rest of the clause. ``tail`` (with ``starts``), a
    regex the text before the anchor must end with, is the end of ``left`` (which implies it):
    tested first, it spares matching a long ``left`` from every start word in most messages.

    Cheap tests run first: the message must have one of the words in ``needs`` (of ``starts``
    when there is no ``needs``), the text before the anchor must end with one of ``ends`` (of
    a literal ``left``) and contain one of ``hint``.
    ``test(text, start, end)``, run last, says whether the hit counts (not negated, not
    hypothetical, ...).
    """

    __slots__ = (
        "ends", "hint", "later", "left", "needs", "right", "span", "starts", "tail", "test",
        "unless", "words",
    )

    def __init__(
        self,
        words: str,
        *,
        left: str | tuple[str, ...] | None = None,
        right: str | None = None,
        unless: str | tuple[str, ...] | None = None,
        span: int = 4,
        hint: tuple[str, ...] = (),
        ends: tuple[str, ...] = (),
        needs: str = "",
        starts: str = "",
        later: str | None = None,
        tail: str | None = None,
        test: Test | None = None,
    ) -> None:
        self.words = _anchors(words)
        self.left: re.Pattern[str] | tuple[str, ...] | None = (
            re.compile(f"(?:{left})\\Z") if isinstance(left, str) else left
        )
        self.right = re.compile(right) if right else None
        self.unless: re.Pattern[str] | tuple[str, ...] | None = (
            re.compile(f"(?:{unless})\\Z") if isinstance(unless, str) else unless
        )
        self.span = span
        self.hint = re.compile("|".join(map(re.escape, hint))) if hint else None
        self.starts = tuple(starts.split())
        if not needs and isinstance(left, str):
            needs = starts  # what ``left`` must start at is a word the message must have
        self.needs = wordset(needs) if needs else None
        self.ends = ends or (left if isinstance(left, tuple) else ())
        self.later = re.compile(later) if later else None
        self.tail = re.compile(f"(?:{tail})\\Z") if tail else None
        self.test = test


class _Entry(NamedTuple):
    """One cue as a group uses it: with its test, the words the message needs, what it proves."""

    cue: Cue
    test: Test | None
    needs: frozenset[str] | None
    proves: frozenset[str]


# ``_Entry`` and an anchor as ``scan`` reads them: plain tuples, which unpack about twice as
# fast as named ones. An anchor row is the anchor word or phrase, ``all_of``, ``one_of``, what
# its cues can prove and its entries; it is only looked for when the message has all of
# ``all_of`` (its tokens; None when that is just the gate) and one of ``one_of`` (``_one_of``).
_EntryRow = tuple[Cue, Test | None, frozenset[str] | None, frozenset[str]]
_AnchorRow = tuple[
    str, frozenset[str] | None, frozenset[str] | None, frozenset[str], tuple[_EntryRow, ...]
]


def _one_of(entries: tuple[_Entry, ...]) -> frozenset[str] | None:
    """Words one of which the message must have for any of ``entries`` to hold: for each, the
    fewer of the words it or its cue needs (None when one of them needs none)."""
    needed = []
    for e in entries:
        options = [n for n in (e.needs, e.cue.needs) if n is not None]
        if not options:
            return None
        needed.append(min(options, key=len))
    return frozenset().union(*needed)


class Cues:
    """Cues (or groups of them) indexed by anchor, and anchors by the token that gates them.

    ``test``, ``needs`` (words one of which the message must have) and ``proves`` (the
    components a hit shows) apply to the members that have none of their own, so a group can
    be reused with other tests and a detector is one group labelled with its component.
    """

    __slots__ = ("by_gate", "by_word", "gates")

    def __init__(
        self,
        *members: Cue | Cues,
        test: Test | None = None,
        needs: str = "",
        proves: str = "",
    ) -> None:
        self.by_word: dict[str, tuple[_Entry, ...]] = {}
        group_needs = wordset(needs) if needs else None
        group_proves = wordset(proves)
        for member in members:
            if isinstance(member, Cues):
                for word, entries in member.by_word.items():
                    for e in entries:
                        self._add(
                            word,
                            _Entry(
                                e.cue,
                                e.test or test,
                                e.needs or group_needs,
                                e.proves or group_proves,
                            ),
                        )
            else:
                entry = _Entry(member, member.test or test, group_needs, group_proves)
                for word in member.words:
                    self._add(word, entry)
        # Per gate token, its anchors with what any of their cues can prove (an anchor is
        # skipped once that is all found) and their entries: ``scan`` needs one lookup a gate.
        by_gate: dict[str, list[_AnchorRow]] = {}
        for anchor, entries in self.by_word.items():
            proves_any = frozenset().union(*(e.proves for e in entries))
            all_of = frozenset(_tokens(anchor))
            by_gate.setdefault(_gate(anchor), []).append(
                (
                    anchor, all_of if len(all_of) > 1 else None, _one_of(entries), proves_any,
                    tuple((e.cue, e.test, e.needs, e.proves) for e in entries),
                )
            )
        self.by_gate = {gate: tuple(anchors) for gate, anchors in by_gate.items()}
        self.gates = frozenset(by_gate)

    def _add(self, word: str, entry: _Entry) -> None:
        self.by_word[word] = (*self.by_word.get(word, ()), entry)


def words(text: str) -> list[str]:
    """Words of ``text`` with surrounding punctuation (not apostrophes) removed."""
    stripped = (w.strip("\"()[]*•,-") for w in text.split())
    return [w for w in stripped if w]


_CLAUSE_RE = re.compile(r"[.;:!?\n()—–]")  # what ends a clause
_LAST_CLAUSE_END_RE = re.compile(r"(?s:.*)[.;:!?\n()—–]")  # ``match`` finds the last one
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HYPOTHETICAL_WORDS = wordset("if unless whether once until till case extent")
_NEGATION_WORDS = wordset("t not never no nothing unable cannot without nor")
_HYPOTHETICAL_RE = re.compile(  # each branch starts with its letter, then \b as a look-behind:
    # the scan skips to those letters (the same matches as \b(?:if|unless|...|should you)\b)
    r"(?:i(?<!\wi)(?:f|n case)|u(?<!\wu)n(?:less|til)|w(?<!\ww)hether|o(?<!\wo)nce"
    r"|t(?<!\wt)(?:ill|o the extent)|s(?<!\ws)hould you)\b"
)
_REGRET_IF_RE = re.compile(  # letter first like _HYPOTHETICAL_RE: \b(?:sorry|...)\s+(?:\w+\s+)?if
    r"(?:s(?<!\ws)orry\s+(?:\w+\s+)?if|a(?<!\wa)pologi(?:[sz]e|es)\s+(?:\w+\s+)?if"
    r"|r(?<!\wr)egret\s+(?:\w+\s+)?if|t(?<!\wt)o the extent)\Z"
)
_NEGATORS = wordset("not never no nothing unable cannot without nor")
_CLAUSE_ENDS = ".,;:!?)—–"


class Text:
    """The lower-cased message and the lookups every detector shares."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.norm = message.norm
        self.low = message.low
        self.tokens = message.tokens
        self._positions: dict[str, list[int]] = {}

    # Worked out on first use: most messages never need them.
    @cached_property
    def _may_hypothesize(self) -> bool:
        return not _HYPOTHETICAL_WORDS.isdisjoint(self.tokens) or "should you" in self.low

    @cached_property
    def _may_negate(self) -> bool:
        return not _NEGATION_WORDS.isdisjoint(self.tokens)

    # ---- where things are ------------------------------------------------------------------

    def clause_start(self, pos: int, reach: int = 160) -> int:
        """Where the clause containing ``pos`` starts (at most ``reach`` characters back)."""
        lo = max(0, pos - reach)
        last_end = _LAST_CLAUSE_END_RE.match(self.low, lo, pos)
        return last_end.end() if last_end else lo

    def before(self, pos: int, reach: int = 160) -> str:
        """The part of ``pos``'s clause before it (at most ``reach`` characters)."""
        return self.low[self.clause_start(pos, reach) : pos]

    def after(self, pos: int, reach: int = 120) -> str:
        """The part of ``pos``'s clause from it on (at most ``reach`` characters)."""
        stop = _CLAUSE_RE.search(self.low, pos, pos + reach)
        return self.low[pos : stop.start() if stop else pos + reach]

    def sentence(self, pos: int) -> Span:
        """The sentence containing ``pos``."""
        return self.message.sentence_at(pos)

    def positions(self, word: str) -> list[int]:
        """Offsets where ``word`` (or phrase) occurs as a whole word (computed once per word)."""
        found = self._positions.get(word)
        if found is None:
            low, n = self.low, len(word)
            found = []
            i = low.find(word)
            while i >= 0:
                if (i == 0 or not low[i - 1].isalnum()) and not low[i + n : i + n + 1].isalnum():
                    found.append(i)
                i = low.find(word, i + n)
            self._positions[word] = found
        return found

    # ---- what kind of statement ------------------------------------------------------------

    @cached_property
    def _questions(self) -> list[Span]:
        norm = self.norm
        return [(s, e) for s, e in self.message.sentences if norm[e - 1 : e] == "?"]

    def question(self, pos: int) -> bool:
        """True when ``pos`` is in a sentence that ends with a question mark."""
        return "?" in self.norm and any(s <= pos < e for s, e in self._questions)

    def hypothetical(self, pos: int, regret_ok: bool = False) -> bool:
        """True when ``pos`` sits in an if/once/until clause (not something that happened).

        With ``regret_ok`` a conditional apology ("sorry if the parcel arrived broken") still
        counts as saying what happened.
        """
        if not self._may_hypothesize:
            return False
        before = self.before(pos)
        before = before[before.rfind(",") + 1 :]
        for m in _HYPOTHETICAL_RE.finditer(before):
            if not (regret_ok and _REGRET_IF_RE.search(before, 0, m.end())):
                return True
        return False

    def negated(self, pos: int, reach: int = 4) -> bool:
        """True when one of the ``reach`` words before ``pos`` in its clause negates it."""
        if not self._may_negate:
            return False
        for word in reversed(self.low[max(0, pos - 50) : pos].split()[-reach:]):
            if word[-1] in _CLAUSE_ENDS:
                return False
            word = word.strip(",\"'(")
            if word in _NEGATORS or word.endswith("n't"):
                return True
        return False

    # ---- cues --------------------------------------------------------------------------------

    def has(self, cues: Cues) -> bool:
        """True when the message may have one of the anchors of ``cues``."""
        return not cues.gates.isdisjoint(self.tokens)

    def scan(self, cues: Cues) -> set[str]:
        """The components proved by the cues that hold (and pass their tests) in the message.

        One pass over the message's anchors; a cue is skipped once all it proves is found.
        """
        found: set[str] = set()
        low, tokens, check_left = self.low, self.tokens, self._check_left
        for gate in cues.gates & tokens:
            for word, all_of, one_of, can_prove, entries in cues.by_gate[gate]:
                if (
                    (found and can_prove <= found)  # ``found`` is mostly empty: test that first
                    or (all_of is not None and not all_of <= tokens)
                    or (one_of is not None and one_of.isdisjoint(tokens))
                ):
                    continue
                n = len(word)
                i = low.find(word)
                while i >= 0:  # each whole-word occurrence (as in ``positions``, inlined)
                    end = i + n
                    if (i == 0 or not low[i - 1].isalnum()) and not low[end : end + 1].isalnum():
                        for cue, test, needs, proves in entries:
                            # the cheap tests inline, the regexes in _check
                            if (
                                (found and proves <= found)
                                or (needs is not None and needs.isdisjoint(tokens))
                                or (cue.needs is not None and cue.needs.isdisjoint(tokens))
                                or (cue.ends and not low.endswith(cue.ends, 0, i))
                            ):
                                continue
                            # ``_check`` inlined as far as ``right``, which fails most cues
                            if cue.right is None:
                                span = check_left(cue, i, end)
                            else:
                                m = cue.right.match(low, i)
                                if m is None:
                                    continue
                                span = check_left(cue, i, m.end())
                            if span is not None and (test is None or test(self, *span)):
                                found |= proves
                    i = low.find(word, end)
        return found

    def find(self, cues: Cues, lo: int, hi: int) -> bool:
        """True when one of ``cues`` holds at a one-word anchor in the short stretch ``lo:hi``.

        The stretch's words are looked up (tests not applied), which is cheaper there than
        finding every anchor in the whole message.
        """
        by_word = cues.by_word
        for m in _WORD_RE.finditer(self.low, lo, hi):
            entries = by_word.get(m.group())
            if entries is not None:
                i, end = m.span()
                if any(self._check(e.cue, i, end) is not None for e in entries):
                    return True
        return False

    def _left_from(self, cue: Cue, left: re.Pattern[str], i: int) -> int:
        """Where ``left`` matches from an occurrence of one of ``cue.starts`` up to ``i`` (-1).

        Occurrences are looked for in the window before ``i`` only, nearest first.
        """
        lo, low, tokens = max(0, i - 12 * cue.span), self.low, self.tokens
        for word in cue.starts:
            if word in tokens:
                n = len(word)
                p = low.rfind(word, lo, i)
                while p >= 0:
                    if (
                        (p == 0 or not low[p - 1].isalnum())
                        and not low[p + n : p + n + 1].isalnum()
                        and left.match(low, p, i)
                    ):
                        return p
                    p = low.rfind(word, lo, p)
        return -1

    def _check(self, cue: Cue, i: int, end: int) -> Span | None:
        """The span of ``cue`` at the anchor ``i:end``, if its patterns hold there."""
        if cue.right is not None:
            m = cue.right.match(self.low, i)
            if m is None:
                return None
            end = m.end()
        return self._check_left(cue, i, end)

    def _check_left(self, cue: Cue, i: int, end: int) -> Span | None:
        """``_check`` past ``right``: ``end`` is where the anchor or ``right``'s match ends."""
        low = self.low
        start = i
        left, unless = cue.left, cue.unless
        if isinstance(unless, tuple):
            if low.endswith(unless, 0, i):
                return None
            unless = None
        if isinstance(left, tuple):
            if not low.endswith(left, 0, i):
                return None
            start = i - max(len(e) for e in left if low.endswith(e, 0, i))
            left = None
        if left is not None and cue.starts:
            tail = cue.tail
            if tail is not None and tail.search(low, max(0, i - 12 * cue.span), i) is None:
                return None
            start = self._left_from(cue, left, i)
            if start < 0:
                return None
            left = None
        if left is not None or unless is not None:
            lo = max(0, i - 12 * cue.span)
            if cue.hint is not None and cue.hint.search(low, lo, i) is None:
                return None
            window = low[lo:i]
            parts = window.rsplit(" ", cue.span + 1)  # the last part is the "" before the anchor
            k = len(parts[0]) + 1 if len(parts) > cue.span + 1 else 0
            if left is not None:
                m = left.search(window, k)
                if m is None:
                    return None
                start = lo + m.start()
            if unless is not None and unless.search(window, k):
                return None
        if cue.later is not None:
            stop = _CLAUSE_RE.search(low, end, end + 80)
            if not cue.later.search(low, end, stop.start() if stop else end + 80):
                return None
        return start, end
