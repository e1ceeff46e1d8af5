"""Which of the ten components a message has (RULES.md, "Components").

Detection reads grammar cues in the masked, lower-cased text (``message.norm``): who acts
(first person or someone else), tense and voice, negation, hypotheticals ("if", "once") and
questions. Each cue is anchored on a word: a cue is only tried where one of its anchor words
occurs (``message.tokens`` says which occur at all), then a short pattern is checked just
before the anchor (``left``) and from it (``right``). Word lists are families, not sentences.

Refunds: giving back the wrong charge itself ("I've refunded the duplicate charge") is
*repair*; paying back a fee or cost the mistake caused ("refunded the $45 seat fee", "your
travel costs"), "a full refund", credits, vouchers, free time and make-good coins are
*remediation*.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from .models import COMPONENTS

if TYPE_CHECKING:
    from .message import Message


def _wordset(words: str) -> frozenset[str]:
    """The space-separated ``words`` as a set."""
    return frozenset(words.split())


class _Cue:
    """Anchor words, and what must hold just before them (``left``) and from them (``right``).

    ``left`` is a regex that must match at the end of the text before the anchor (within its
    last ``span`` words) or a tuple of endings; ``unless`` is a regex that must
    not; ``hint``, when given, lists strings one of which that text must contain (a cheap
    test before the regexes). ``right`` is a regex matched at the anchor; ``later`` one that
    must occur in the rest of the clause (tested last).
    """

    __slots__ = ("hint", "later", "left", "right", "span", "unless", "words")

    def __init__(
        self,
        words: str,
        *,
        left: str | tuple[str, ...] | None = None,
        right: str | None = None,
        unless: str | None = None,
        span: int = 4,
        hint: tuple[str, ...] = (),
        later: str | None = None,
    ) -> None:
        self.words = _wordset(words)
        self.left: re.Pattern[str] | tuple[str, ...] | None = (
            re.compile(f"(?:{left})\\Z") if isinstance(left, str) else left
        )
        self.right = re.compile(right) if right else None
        self.unless = re.compile(f"(?:{unless})\\Z") if unless else None
        self.span = span
        self.hint = hint
        self.later = re.compile(later) if later else None


class _Text:
    """The lower-cased message and the lookups every detector shares."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.low = _lower(message.norm)
        self.tokens = message.tokens
        self.present = _ANCHORS & self.tokens  # every cue's anchor words this message has
        self._positions: dict[str, list[int]] = {}
        self._clause_starts: dict[int, int] = {}
        # whole-message gates for the per-hit filters below
        self._may_hypothesize = not _HYPOTHETICAL_WORDS.isdisjoint(self.tokens) or (
            "should you" in self.low
        )
        self._may_negate = not _NEGATION_WORDS.isdisjoint(self.tokens)
        self.may_mark = not _MARKER_WORDS.isdisjoint(self.tokens)

    def clause_start(self, pos: int) -> int:
        """Where the clause containing ``pos`` starts (looking back at most 160 characters)."""
        start = self._clause_starts.get(pos)
        if start is None:
            low, lo = self.low, max(0, pos - 160)
            start = 1 + max(
                low.rfind(".", lo, pos), low.rfind("\n", lo, pos), low.rfind("!", lo, pos),
                low.rfind("?", lo, pos), low.rfind(";", lo, pos), low.rfind(":", lo, pos),
                low.rfind("(", lo, pos), low.rfind(")", lo, pos), low.rfind("—", lo, pos),
                low.rfind("–", lo, pos), lo - 1,
            )
            self._clause_starts[pos] = start
        return start

    def before(self, pos: int, reach: int = 160) -> str:
        """The part of ``pos``'s clause before it (at most ``reach`` characters)."""
        return self.low[max(self.clause_start(pos), pos - reach) : pos]

    def after(self, pos: int, reach: int = 120) -> str:
        """The part of ``pos``'s clause from it on (at most ``reach`` characters)."""
        stop = _STOP_RE.search(self.low, pos, pos + reach)
        return self.low[pos : stop.start() if stop else pos + reach]

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.message.sentence_at(pos)

    @cached_property
    def _questions(self) -> list[tuple[int, int]]:
        norm = self.message.norm
        return [(s, e) for s, e in self.message.sentences if norm[e - 1 : e] == "?"]

    def question(self, pos: int) -> bool:
        """True when ``pos`` is in a sentence that ends with a question mark."""
        return "?" in self.message.norm and any(s <= pos < e for s, e in self._questions)

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

    def negated(self, pos: int, words: int = 4) -> bool:
        """True when one of the few words before ``pos`` in its clause negates it."""
        if not self._may_negate:
            return False
        for word in reversed(self.low[max(0, pos - 50) : pos].split()[-words:]):
            if word[-1] in _CLAUSE_ENDS:
                return False
            word = word.strip(",\"'(")
            if word in _NEGATORS or word.endswith("n't"):
                return True
        return False

    def positions(self, word: str) -> list[int]:
        """Offsets where ``word`` occurs as a whole word (computed once per word)."""
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

    def hits(self, cues: _Cues, lo: int = 0, hi: int = 1 << 30) -> Iterator[tuple[int, int]]:
        """Spans (start, end) where one of ``cues`` holds, for anchors in ``lo:hi``."""
        present = cues.words & self.present
        words = sorted(present, key=cues.rank.__getitem__) if len(present) > 1 else present
        for word in words:
            n = len(word)
            for i in self.positions(word):
                if not lo <= i < hi:
                    continue
                for cue in cues.by_word[word]:
                    span = self._check(cue, i, i + n)
                    if span:
                        yield span

    def _check(self, cue: _Cue, i: int, end: int) -> tuple[int, int] | None:
        low = self.low
        if cue.right is not None:
            m = cue.right.match(low, i)
            if m is None:
                return None
            end = m.end()
        start = i
        if isinstance(cue.left, tuple):
            if not low.endswith(cue.left, 0, i):
                return None
            start = i - max(len(e) for e in cue.left if low.endswith(e, 0, i))
        elif cue.left is not None or cue.unless is not None:
            lo = max(0, i - 12 * cue.span)
            window = low[lo:i]
            if cue.hint and cue.hint[0] not in window and not any(h in window for h in cue.hint):
                return None
            parts = window.rsplit(" ", cue.span + 1)  # the last part is the "" before the anchor
            k = len(parts[0]) + 1 if len(parts) > cue.span + 1 else 0
            if cue.left is not None:
                left = cue.left.search(window, k)
                if left is None:
                    return None
                start = lo + left.start()
            if cue.unless is not None and cue.unless.search(window, k):
                return None
        if cue.later is not None:
            stop = _STOP_RE.search(low, end, end + 80)
            if not cue.later.search(low, end, stop.start() if stop else end + 80):
                return None
        return start, end


_ANCHORS: set[str] = set()  # filled as cue groups are defined below


class _Cues:
    """A group of cues indexed by anchor word; earlier cues are tried first."""

    __slots__ = ("by_word", "rank", "words")

    def __init__(self, *cues: _Cue) -> None:
        self.by_word: dict[str, list[_Cue]] = {}
        for cue in cues:
            for word in sorted(cue.words):
                self.by_word.setdefault(word, []).append(cue)
        self.words = frozenset(self.by_word)
        self.rank = {word: i for i, word in enumerate(self.by_word)}
        _ANCHORS.update(self.words)


def _lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_STOP_RE = re.compile(r"[.;:!?\n()—–]")
_HYPOTHETICAL_WORDS = _wordset("if unless whether once until till case extent")
_NEGATION_WORDS = _wordset("t not never no nothing unable cannot without nor")
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|unless|whether|once|until|till|in case|to the extent|should you)\b"
)
_REGRET_IF_RE = re.compile(r"(?:\b(?:sorry|apologi[sz]e|regret)\s+(?:\w+\s+)?if|\bto the extent)\Z")
_NEGATORS = _wordset("not never no nothing unable cannot without nor")
_CLAUSE_ENDS = ".;:!?)—–"


def _words(text: str) -> list[str]:
    """Words of ``text`` with surrounding punctuation (not apostrophes) removed."""
    stripped = (w.strip("\"()[]*•,-") for w in text.split())
    return [w for w in stripped if w]


# ---------------------------------------------------------------------------------------------
# Regret: first-person regret, boilerplate included; "no need to apologise" is not regret.

_REGRET_WORDS = _wordset("sorry apologise apologize apologised apologized apologies apology regret")
_SOFTENERS = _wordset(
    "so very really truly deeply terribly incredibly extremely genuinely sincerely awfully most "
    "also just again quite profoundly do must humbly fully unreservedly wholeheartedly greatly "
    "sincere sincerest deepest deep heartfelt humble honest profound genuine full unreserved "
    "many huge massive profuse"
)
_OPENERS = _wordset("oh hi hey hello ah and but again also okay ok well")
_REGRET_SUBJECT = _wordset("i'm we're am")
_NO_REGRET = _wordset("no don't not never need")


def _regret(t: _Text) -> bool:
    """First-person regret: "I'm sorry", "we apologise", "sorry to hear", "my apologies"."""
    if _REGRET_WORDS.isdisjoint(t.tokens):
        return False
    for word in _REGRET_WORDS & t.tokens:
        for pos in t.positions(word):
            before = t.before(pos, 80)
            prev = _words(before[max(before.rfind(","), before.rfind(" - ")) + 1 :])
            while prev and prev[-1] in _SOFTENERS:
                prev.pop()
            if _regret_context(word, prev):
                return True
    return False


def _regret_context(word: str, prev: list[str]) -> bool:
    """True when the words before a regret word make it the writer's own regret."""
    opener = all(w in _OPENERS or w.startswith("@") for w in prev)
    last = prev[-1] if prev else ""
    if word == "sorry":
        subject = len(prev) > 1 and last in ("are", "was", "were") and prev[-2] in ("we", "i")
        return opener or last in _REGRET_SUBJECT or subject
    if word.startswith("apologi") and word != "apologies":
        recent = prev[-8:]
        return _NO_REGRET.isdisjoint(prev[-4:]) and any(
            w in ("i", "we", "i'd", "we'd", "let") for w in recent
        )
    if word in ("apologies", "apology"):
        return (opener and word == "apologies") or last in ("my", "our") or "owe" in prev[-3:]
    return last in ("i", "we")  # regret


# ---------------------------------------------------------------------------------------------
# Error markers: said about an action, they make it a mistake ("we sent it by mistake").

_DUTY_VERBS = (
    r"tell|inform|notify|warn|call|ring|contact|reply|respond|answer|update|book|process|send|"
    r"ship|deliver|apply|refund|pay|record|catch|flag|check|review|honou?r|confirm|renew|"
    r"escalate|pass|add|include|follow|get back|let you know|act|fix|cancel|arrange|schedule|"
    r"return|credit|issue|activate|submit|file|log|pick|collect|show|turn|arrive|load|post|"
    r"transfer|release|switch"
)
_PERSON_NOUNS = r"customer|person|patient|passenger|user|member|client|guest|account"
_MARKERS = _Cues(
    _Cue("mistake accident", left=("by ",)),
    _Cue("error", left=("in ",)),
    _Cue(
        "mistakenly wrongly wrongfully incorrectly accidentally accidently erroneously "
        "inadvertently overcharged wiped corrupted skipped caused forgot"
    ),
    _Cue(
        "misfiled mistyped misread mislabelled mislabeled misrouted misplaced mispriced "
        "misentered misapplied misdirected missent miscalculated misconfigured mishandled "
        "misspelled misspelt miskeyed misaddressed mischarged misquoted misinformed mismatched "
        "missorted miscounted"
    ),
    _Cue(
        "without",
        right=r"without\s+(?:first\s+)?(?:asking|telling|checking|warning|notice|notifying|"
        r"calling|letting|informing|contacting|consulting|your\s+(?:consent|permission|"
        r"approval|go-ahead|agreement))\b",
    ),
    _Cue("wrong", left=("the ", "a ")),
    _Cue("incorrect faulty defective broken", right=r"[a-z]+\s+[a-z]"),
    _Cue(
        "twice",
        left=r"\b(?:charged|billed|debited|took|taken|processed|ran|run|sent|shipped|booked|"
        r"applied|collected)\b[^.;,!?\n]{0,30}?",
        span=8,
    ),
    _Cue("double", right=r"double[- ](?:charged|billed|booked)\b"),
    _Cue("failed neglected omitted", right=r"[a-z]+\s+to\b"),
    _Cue("didn did never", right=rf"(?:didn't|did not|never)\s+(?:{_DUTY_VERBS})\b"),
    _Cue("left", right=r"left\s+(?:[\w-]+\s+){0,2}?out\b"),
    _Cue("broke", right=r"broke\b(?!\s+down)"),
    _Cue(
        "deleted lost cancelled canceled blocked banned suspended froze muted disconnected "
        "overwrote erased delayed missed capped locked closed",
        right=r"[a-z]+\s+(?:all\s+|both\s+|some\s+|most\s+)?(?:of\s+)?(?:your|you)\b"
        r"(?<!missed you)",
    ),
    _Cue("let", right=r"let\s+(?:it|them|your\s+[\w-]+|the\s+[\w-]+)\s+(?:lapse|expire|run out)\b"),
    _Cue("else", left=("someone ", "somebody ")),
    _Cue("another different", right=rf"[a-z]+\s+(?:{_PERSON_NOUNS})(?:'s)?\b"),
    _Cue(
        "address card account number email phone",
        left=r"\b(?:your|an?|the)\s+(?:old|previous|former|expired|closed)\s+",
    ),
    _Cue(
        "without",
        left=r"\b(?:shipped|sent|delivered|packed|dispatched|posted|installed|released|published|"
        r"processed|returned|issued|built)\b(?:\s+[\w'-]+){0,4}\s+",
        span=6,
        right=r"without\s+(?:the|your|its|their|an?|any)\b",
    ),
    _Cue("zero", left=("to ",)),
    _Cue(
        "notice",
        left=r"\b(?:short|little|no|(?:only|just)\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+",
        span=5,
    ),
    _Cue("too", right=r"too\s+(?:early|late|much|many|soon)\b"),
    _Cue("shouldn should", right=r"should(?:n't|\s+not)\s+have\b"),
)
_MARKER_WORDS = _MARKERS.words
# Markers that describe an action's manner; a clause with one is not a repair clause.
_ADVERB_WORDS = _wordset(
    "mistake error mistakenly wrongly incorrectly accidentally erroneously inadvertently "
    "accident without"
)
_ADVERB_MARKER_RE = re.compile(
    r"\b(?:by mistake|in error|mistakenly|wrongly|incorrectly|accidentally|erroneously|"
    r"inadvertently|by accident)\b|\bwithout\s+(?:asking|telling|notice|warning|checking|"
    r"consulting|letting)\b"
)


# ---------------------------------------------------------------------------------------------
# Ownership: first-person responsibility in the active voice.

_THIRD_PARTY = (
    r"provider|providers|partner|partners|supplier|suppliers|vendor|vendors|courier|couriers|"
    r"carrier|carriers|processor|processors|contractor|contractors|bank|host|agency"
)
_NOT_MODIFIER = r"is|was|are|were|has|have|had|the|a|an|been|be|very|so|not|own"
_OWNED_NOUNS = "fault faults mistake mistakes error errors oversight blunder failure failures"
_OWN_CUES = _Cues(
    # "our mistake", "our scheduling mistake", "my fault", "our equipment failure"
    _Cue(
        f"{_OWNED_NOUNS} negligence outage outages bug bugs",
        left=rf"\b(?:my|our)\s+(?:own\s+)?(?:(?!(?:{_THIRD_PARTY}|{_NOT_MODIFIER})\b)"
        r"[a-z][\w-]*\s+){0,2}",
        span=5,
    ),
    _Cue("bad", left=("my ", "our ")),
    _Cue("mess slip mix screw", left=("my ", "our "), right=r"[a-z]+-up"),
    # "we made a mistake", "the settings we sent had a mistake"
    _Cue(
        f"{_OWNED_NOUNS} mess typo flaw",
        left=r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:made|make)\s+(?:an?\s+|this\s+|that\s+|the\s+|"
        r"one\s+|some\s+|two\s+|several\s+)?(?:[\w-]+\s+)?"
        r"|\b(?:we|i)\s+(?:sent|made|pushed|released|deployed|shipped|wrote|gave|set|applied)\b"
        r"[^.;!?\n]{0,50}?\b(?:had|has|contained|contains|included)\s+(?:an?\s+)?(?:[\w-]+\s+)?",
        span=14,
    ),
    # "a bug we introduced", "an error on our side"
    _Cue(
        "bug bugs error errors mistake mistakes fault glitch problem issue defect",
        right=r"[a-z]+\s+(?:that\s+)?(?:we|i)(?:'d|\s+had)?\s+(?:introduced|caused|made|"
        r"created|shipped|released|pushed|deployed)\b"
        r"|[a-z-]+\s+(?:was\s+|is\s+)?(?:entirely\s+)?on\s+our\s+(?:end|side|part)\b",
    ),
    _Cue(
        "us me",
        left=r"\b(?:that|this|it)(?:\s+one)?(?:'s| is| was)\s+(?:all\s+|entirely\s+|completely\s+|"
        r"squarely\s+|totally\s+|100%\s+)?on\s+",
    ),
    _Cue(
        "wrong",
        left=r"\b(?:i|we)\s+(?:really\s+|completely\s+|clearly\s+)?(?:got|had)\s+"
        r"(?:this|that|it|things|your\s+[\w-]+(?:\s+[\w-]+)?)\s+",
        span=7,
    ),
    _Cue(
        "messed screwed slipped mixed fouled dropped let fell fallen failed",
        left=r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:really\s+)?",
        right=r"(?:messed|screwed|slipped|mixed|fouled)\s+(?:\w+\s+)?up\b|dropped the ball\b|"
        r"let you down\b|fell short\b|fallen short\b|failed you\b",
    ),
    _Cue(
        "responsibility ownership blame",
        left=r"\b(?:i|we)\s+(?:take|accept)\s+(?:full\s+|complete\s+|total\s+|the\s+)?",
    ),
    _Cue(
        "responsibility blame fault",
        right=r"[a-z]+\s+(?:is|lies|rests)\s+(?:entirely\s+|squarely\s+|fully\s+)?(?:with|on)\s+"
        r"(?:us|me)\b",
    ),
    _Cue(
        "should shouldn ought",
        left=r"\b(?:i|we)\s+(?:really\s+|definitely\s+|clearly\s+|absolutely\s+)?",
        right=r"(?:should|shouldn't|should not|ought to)\s+have\s+(?!it\b|this\b|that\b|them\b|"
        r"your\b|an?\b|the\b|more\b|some\b|any\b|news\b)[a-z]+",
    ),
)
# Ownership that also names the act: "I'm sorry we wiped your progress", "because we
# submitted the file after the cut-off".
_OWN_NAMED = _Cues(
    # cause: "because of a change we pushed", "because we submitted the file late"
    _Cue(
        "because due caused after following from",
        right=r"(?:because of|due to|caused by|after|following|from)\s+(?:an?|the|this|that)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:we|i)(?:'d|\s+had)?\s+(?:made|pushed|released|deployed|"
        r"introduced|changed|applied|sent|ran|installed|rolled out|shipped|set)\b",
    ),
    _Cue(
        "because",
        right=r"because\s+(?:we|i|our\s+(?!(?:[\w-]+\s+)?(?:"
        + _THIRD_PARTY
        + r")\b)[\w-]+(?:\s+[\w-]+)?)\s+(?!were\b|was\b|had\s+(?:an?|the|no|some|many|lots|"
        r"more|high|\d)|received|got|saw|needed|wanted|experienced|noticed|heard)"
        r"(?:had\s+|then\s+|also\s+)?(?:[a-z]+ed|sent|made|gave|took|left|put|let|forgot|lost|"
        r"broke|ran|set|told|kept|sold|held|shipped)\b",
    ),
    _Cue(
        "happened occurred started began came",
        right=r"(?:happened|occurred|started|began|came about)\s+(?:because|when|after|as)\s+"
        r"(?:we|i)\s+[a-z]+ed\b",
    ),
    # regret for our own act: "I'm sorry we wiped your progress"
    _Cue(
        "sorry apologise apologize",
        right=r"(?:sorry|apologi[sz]e)\s+(?:that\s+|for\s+how\s+)?(?:we|i)(?:'ve|\s+have|\s+had)?"
        r"\s+(?!were\b|was\b|had to\b|have to\b|needed\b|wanted\b|missed you\b)"
        r"(?:[a-z]+ed|sent|lost|left|made|gave|took|kept|let|put|broke|forgot|shipped|told|sold|"
        r"held|didn't\s+[a-z]+|never\s+[a-z]+)\b",
    ),
)
# "You're right: the quote we sent ..." - conceding the customer's point about our act.
_CONCESSION = _Cues(
    _Cue(
        "right",
        left=r"\byou(?:'re|\s+are)\s+(?:absolutely\s+|completely\s+|quite\s+|totally\s+|"
        r"entirely\s+)?",
    )
)
_FIRST_PERSON_PAST_RE = re.compile(
    r"\b(?:we|i)\s+(?:[a-z]+ed|sent|made|gave|told|quoted|took|left|put|set|sold|got)\b"
)
_FIRST_PERSON = _wordset("we i our my us me")
_LAST_ACTOR_RE = re.compile(r".*\b(we|i|our)\b", re.DOTALL)
_BY_US_RE = re.compile(
    rf"\bby\s+(?:us|me|our\s+(?!(?:[\w-]+\s+){{0,2}}?(?:{_THIRD_PARTY})\b))\b"
)
_OUR_BLOCK_RE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{_THIRD_PARTY}|apolog\w*|records|logs)\b|[\w-]+'s\b)"
)
_ACTOR_BLOCK_RE = re.compile(
    r"(?:'re|'m|'ll|'d)\b"
    r"|\s+(?:(?:can|could|may|might|must|will|would)\s+)?(?:are|am|is|will|would|can|could|may|"
    r"might|must|need|needs|want|wants|hope|understand|know|knew|see|saw|noticed?|appreciate|"
    r"reali[sz]ed?|believe|think|feel|hear|heard|apologi[sz]e|regret|recogni[sz]e|"
    r"acknowledge|checked|confirmed|found|looked|reviewed|investigated|discovered|learned|"
    r"(?:'ve|have)\s+(?:checked|confirmed|found|looked|seen|noticed|reviewed|investigated|"
    r"been))\b"
    r"|'ve\s+(?:checked|confirmed|found|looked|seen|noticed|reviewed|investigated|been)\b"
)
_REPAIR_HEAD_RE = re.compile(
    r"(?:'ve|\s+have|\s+has)(?:\s+(?:just|now|also|since|already|then))*\s+(?:fixed|refunded|"
    r"reversed|restored|corrected|cancel(?:l)?ed|removed|replaced|re-?sent|credited|rebooked|"
    r"deleted|unblocked|lifted|released|reverted|rolled back|recovered|reinstated|waived|"
    r"sent|added|booked|reset)\b"
)
_BETWEEN_BLOCK_RE = re.compile(
    r"\b(?:was|were|been|being)\b"
    r"|\b(?:you|they|he|she|it|that|which)\s+(?:are|is|'re|'s|have|has|'ve|had|got|may|might)\b"
    r"|\bas (?:you )?(?:asked|requested)\b|\bat your request\b"
)


def _owned_act(t: _Text, start: int) -> bool:
    """True when the error marker at ``start`` is said of a first-person actor's action."""
    low = t.low
    before = t.before(start, 130)
    actor = _LAST_ACTOR_RE.match(before)
    if actor is None:
        return bool(_BY_US_RE.search(before) or _BY_US_RE.search(t.after(start)))
    between = before[actor.end() :]
    if actor.group(1) == "our":
        if _OUR_BLOCK_RE.match(between):
            return False
    elif _ACTOR_BLOCK_RE.match(between) or _REPAIR_HEAD_RE.match(between):
        return False
    if _BETWEEN_BLOCK_RE.search(between) or t.negated(start):
        return low.startswith(("didn't", "did not", "never", "shouldn", "should"), start)
    return True


def _owns_act(t: _Text) -> bool:
    """True when the message owns a specific act, which also names what went wrong."""
    if next(t.hits(_OWN_NAMED), None):
        return True
    return any(_owned_act(t, start) for start, _ in t.hits(_MARKERS))


def _ownership(t: _Text) -> bool:
    """First-person responsibility: "our mistake", "we should have", "we sent it twice"."""
    if _FIRST_PERSON.isdisjoint(t.tokens):
        return False
    if next(t.hits(_OWN_CUES), None) or _owns_act(t):
        return True
    for start, _ in t.hits(_CONCESSION):
        _, end = t.sentence(start)
        if _FIRST_PERSON_PAST_RE.search(t.low, start, end):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Acknowledgment: names specifically what went wrong.

_NEGATED_VERB = (
    r"\b(?:didn't|did not|hasn't|has not|haven't|have not|never|wasn't|weren't|won't|"
    r"couldn't|can't|cannot)\s+(?:\w+\s+)?"
)
_ACK_CUES = _Cues(
    _Cue(
        "missing lost broken damaged faulty corrupted defective exposed leaked misplaced "
        "mislaid overcharged undercharged duplicate duplicated stranded stuck frozen wiped "
        "skipped bounced bouncing rejecting elevated wrongly incorrect incorrectly mistakenly "
        "accidentally erroneously fails failed failing declined rejected suspended banned "
        "blocked crashed crashes crashing drops dropped dropping"
    ),
    _Cue("mistake", left=("by ",)),
    _Cue("error", left=("in ",)),
    _Cue(
        "late",
        left=r"\b(?:the|a|your|this|that|our)\s+(?:[a-z]+\s+)?",
        right=r"late\s+(?!fees?\b|payments?\b|charges?\b|night\b|shift\b)[a-z]",
    ),
    _Cue(
        "late",
        left=r"\b(?:is|are|was|were|arrived|been|came|running|ran|be)\s+(?:\w+\s+){0,3}?"
        r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+",
        span=6,
        right=r"late\b(?![- ](?:fees?|payments?|charges?))",
    ),
    _Cue(
        "wrong",
        left=r"(?<!something )(?<!anything )(?<!nothing )(?<!what's )(?<!what )\b(?:the|a)\s+",
        right=r"wrong\s+[a-z]",
    ),
    _Cue(
        "twice",
        left=r"\b(?:charged|billed|debited|shows?|showing|showed|listed|appears?|appeared|taken|took|"
        r"paid|deducted|sent|received|ran|run|processed|applied|booked|posted|collected)\b"
        r"(?:\s+[\w£$€.,'-]+){0,5}?\s+",
        span=7,
    ),
    _Cue(
        "stopped",
        unless=r"\b(?:we|i|we've|i've|have|has|had)\s+(?:\w+\s+)?",
        right=r"stopped\s+(?:on|at|since|yesterday|last|this|earlier|overnight|after|working|"
        r"running|syncing|sending|updating|loading|responding|charging|connecting)\b",
    ),
    _Cue("behind", left=("left ",)),
    _Cue(
        "cut",
        left=r"\b(?:power|water|gas|electricity|service|line|cable|fibre|fiber|network|broadband|"
        r"internet|phone|was|were|been|got)\s+",
    ),
    _Cue(
        "other",
        left=("to ", "with "),
        right=r"other\s+(?:users|customers|people|patients|members|passengers|accounts|clients|"
        r"guests)\b",
    ),
    _Cue("missed", right=r"missed\s+(?!you\b)"),
    _Cue("closed", left=r"\b(?:was|were|been|got)\s+(?:\w+\s+)?"),
    _Cue(
        "spam junk",
        left=r"\b(?:went|going|gone|goes|go|landed|landing|ended up)\s+(?:in|to|into)\s+"
        r"(?:the\s+|your\s+)?",
    ),
    _Cue("double", right=r"double[- ]?charged?\b"),
    _Cue(
        "down offline unavailable inaccessible unreachable",
        left=r"\b(?:is|are|was|were|went|been|goes|go|still)\s+(?:still\s+)?",
    ),
    _Cue("keeps keep", right=r"keeps?\s+(?:crashing|failing|dropping|freezing)\b"),
    _Cue("cancelled canceled", left=r"\b(?:the|your|a|was|were|been|got)\s+"),
    _Cue("cancellation", right=r"cancellation\s+of\b"),
    _Cue("confused misled", right=r"(?:confused|misled)\s+you\b"),
    _Cue("else", left=("someone ", "somebody "), right=r"else's"),
    _Cue("another different", right=rf"[a-z]+\s+(?:{_PERSON_NOUNS})(?:'s)?\b"),
    # "issue" and "problem" name nothing alone ("the issue with your account"), but do with
    # what they affect: "a problem affecting card payments".
    _Cue(
        "issue issues problem problems",
        right=r"[a-z]+\s+affecting\s+(?:the\s+|your\s+|our\s+|some\s+)?"
        r"(?!(?:account|accounts|order|orders|request|case|ticket|query|it|this|that|them|you|"
        r"us|me|any|an?|some|many|a few|users|customers|people)\b)[a-z]{4,}",
    ),
)
# The same, said with a negation: "hasn't arrived", "stopped working", "nobody answered".
_ACK_NEGATED = _Cues(
    _Cue("working", left=r"\b(?:stopped|stops|not|isn't|wasn't|aren't|weren't)\s+"),
    _Cue(
        "arrive arrived arrives activate activated work worked ship shipped appear appeared "
        "load loaded connect connected sync synced reach reached delivered book booked process "
        "processed apply applied record recorded receive received receives",
        left=_NEGATED_VERB,
    ),
    _Cue(
        "come go gone turn turned show shown showed log been",
        left=_NEGATED_VERB,
        right=r"(?:come|go|gone) through\b|turn(?:ed)? up\b|show(?:n|ed)? up\b|log in\b|"
        r"been (?:paid|sent|delivered|processed|refunded|applied|fixed)\b",
    ),
    _Cue(
        "answered replied responded called back up",
        left=r"\b(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:got\s+|picked\s+|followed\s+)?",
    ),
    _Cue("should shouldn", right=r"should(?:n't|\s+not)\s+have\s+(?:been\s+)?[a-z]+ed\b"),
)
# Words for a failure that need specifics (what, when, how much) to name the problem.
_ACK_WEAK = _Cues(
    _Cue(
        "outage outages downtime delay delays delayed error errors mistake mistakes bug bugs "
        "glitch glitches hiccup hiccups failure failures mixup mixups disruption disruptions "
        "interruption interruptions breach breaches fault faults slowdown slowdowns expired "
        "loss leak leaks slow"
    )
)
_GENERIC_BEFORE_RE = re.compile(r"\b(?:any|some)\s+(?:[\w-]+\s+)?\Z")
_SPECIFIC_RE = re.compile(
    r"(?<![\w@])\d|\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|overnight|weekend|"
    r"since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|june|july|august|september|october|november|december|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|twenty)\b|\w-\w"
    r"|\b(?:your|our)\s+(?!patience\b|understanding\b|inconvenience\b|experience\b|"
    r"frustration\b|feedback\b|message\b|question\b|query\b|concern\b|tweet\b|request\b|"
    r"time\b|business\b|issue\b|problem\b|trouble\b|end\b|side\b|part\b|apolog\w*\b|team\b|"
    r"account\b|order\b|details\b|information\b|info\b|ticket\b|"
    r"best\b|support\b|response\b|reply\b|case\b|dm\b|email\b)[a-z]"
    r"|\b(?:affecting|affected|with|to|in|on|of|during|from)\s+(?:the\s+|your\s+)?"
    r"(?!getting\b|responding\b|replying\b|response\b|reply\b|answering\b|our\b|your\b|the\b|"
    r"any\b|this\b|that\b|it\b|us\b|you\b|a\b|an\b|service\b|support\b|account\b|order\b|"
    r"request\b|case\b|ticket\b|query\b)[a-z]{4,}"
)
# Words before a problem word that don't name it ("the delay", "a minor glitch").
_NOT_MODIFIERS = _wordset(
    "the a an any this that these those our your their its my some same minor small slight "
    "little big major technical recent unexpected brief temporary short long unfortunate "
    "similar other billing account general possible potential reported known ongoing such "
    "of for to in on with by from about and or but is was are were be been had has have "
    "there no one another further"
)
_NUMBER_RE = re.compile(r"(?<![\w@])\d")  # a figure, not part of an @handle or a code


def _specific(t: _Text, start: int, end: int) -> bool:
    """True when a generic problem word comes with specifics (what, when, how much)."""
    low = t.low
    before = low[max(0, start - 30) : start]
    if _GENERIC_BEFORE_RE.search(before):
        return False
    prev = before.split()[-1:]
    if prev and prev[0] not in _NOT_MODIFIERS and prev[0][-1:].isalnum() and before[-1:] == " ":
        return True
    s, e = t.sentence(start)
    if _SPECIFIC_RE.search(low[s:start] + " " + low[end:e]):
        return True
    # a name in the same stretch of the clause: "Tuesday's outage", "the Rotterdam area"
    lo = start - len(t.before(start, 60).rsplit(",", 1)[-1])
    hi = end + len(t.after(end, 60).split(",", 1)[0])
    return any(w[:1].isupper() and w != "I" for w in t.message.norm[lo:hi].split()[1:])


_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:may|might|could|will|would|can|won't|'ll)\s+(?:have\s+)?(?:been\s+|be\s+|get\s+)?\Z"
)


def _acknowledgment(t: _Text) -> bool:
    """Names what went wrong: a problem said as something that happened, with specifics."""
    low = t.low
    for start, _ in t.hits(_ACK_CUES):
        if _stated(t, start) and not _HEDGE_BEFORE_RE.search(low, max(0, start - 30), start):
            return True
    for start, _ in t.hits(_ACK_NEGATED):
        if not (t.hypothetical(start, True) or t.question(start)):
            return True
    for start, end in t.hits(_ACK_WEAK):
        if _stated(t, start) and _specific(t, start, end):
            return True
    for start, _ in t.hits(_CONCESSION):
        s, e = t.sentence(start)
        if _NUMBER_RE.search(low, s, e):
            return True
    return False


def _stated(t: _Text, start: int) -> bool:
    """Not asked, not hypothetical (a conditional apology still states it), not negated."""
    return not (t.hypothetical(start, True) or t.question(start) or t.negated(start))


# ---------------------------------------------------------------------------------------------
# Impact: the consequence for the person.

_PERSON = (
    r"\b(?:you|your(?:\s+[a-z'-]+){1,5}?|(?:those|the|all|many|some|affected)\s+"
    r"(?:affected\s+)?(?:employees|customers|staff|users|members|passengers|patients|"
    r"people|of you)|many of you|some of you)"
    r"(?:'ve|'re|\s+have|\s+has|\s+had)?(?:\s+(?:now|also|then|just|already|all|still|"
    r"effectively))*\s+"
)
_PERSON_HINT = (
    "you", "employees", "customers", "staff", "users", "members", "passengers", "patients",
    "people",
)
_IMPACT_CUES = _Cues(
    _Cue(
        "nothing vain",
        left=r"\byou(?:'ve|\s+had|\s+have)?\s+[a-z]+(?:\s+[\w'-]+){0,6}?\s+(?:for|in)\s+",
        span=10,
        hint=("you",),
    ),
    _Cue(
        "lost missed spent waited travelled traveled bounced stuck stranded couldn could can "
        "cannot had ended kept",
        left=rf"{_PERSON}(?:(?:been|were|was|are|is|got)\s+)?",
        span=10,
        hint=_PERSON_HINT,
        right=r"(?:couldn't|could not|can't|cannot)\b|had (?:to|no)\b|ended up\b|kept [a-z]+ing\b|"
        r"(?!could|can|had|ended|kept)[a-z]+",
    ),
    _Cue(
        "unable",
        left=rf"{_PERSON}(?:(?:were|was|are|is|been|have been|has been)\s+)?",
        span=10,
        hint=_PERSON_HINT,
    ),
    _Cue(
        "without",
        left=rf"{_PERSON}(?:(?:were|was|are|is|been)\s+(?:left\s+)?|went\s+|(?:gone|been)\s+"
        r"(?:[\w-]+\s+){0,3}?)",
        span=12,
        hint=_PERSON_HINT,
    ),
    _Cue(
        "short pocket locked",
        left=rf"{_PERSON}(?:(?:are|were|was|is|been|got)\s+)?(?:now\s+)?(?:[£$€]?[\d,.]+\s+)?"
        r"(?:out of\s+)?",
        span=10,
        hint=_PERSON_HINT,
        right=r"short\b|pocket\b|locked out\b",
    ),
    _Cue(
        "offline down unavailable unusable inaccessible blocked frozen locked exposed eaten "
        "wasted",
        left=rf"{_PERSON}(?:(?:was|were|been|is|are)\s+)(?:\w+\s+)?",
        span=12,
        hint=_PERSON_HINT,
    ),
    _Cue(
        "declined refused turned",
        left=rf"{_PERSON}(?:was|were)\s+",
        span=10,
        hint=_PERSON_HINT,
        right=r"(?!turned)|turned away",
    ),
    _Cue(
        "didn did hasn has haven have never",
        left=_PERSON,
        span=10,
        hint=_PERSON_HINT,
        right=r"(?:didn't|did not|hasn't|has not|haven't|have not|never)\s+(?:get|got|receive|"
        r"received|have|had|make|made)\b",
    ),
    _Cue(
        "paid",
        left=_PERSON,
        span=10,
        hint=_PERSON_HINT,
        right=r"paid\s+(?:[\w£$€.,-]+\s+){0,3}?(?:more|extra|twice|too|for nothing|rates|fees?|"
        r"charges?|interest|penalt(?:y|ies)|[£$€]|\d)",
    ),
    _Cue(
        "charged",
        left=rf"{_PERSON}(?:were|was|been|got)\s+",
        span=10,
        hint=_PERSON_HINT,
        right=r"charged\s+(?:an?\s+)?(?:[\w£$€.,-]+\s+){0,2}?(?:fees?|interest|penalt(?:y|ies)|"
        r"overdraft)\b",
    ),
    _Cue(
        "left leaving leaves meant means meaning",
        right=r"(?:left|leaving|leaves)\s+(?:you|your\s+[\w' -]{1,30}?)\s+(?:without|unable|"
        r"stranded|stuck|short|out of pocket|waiting|worried|in the dark|exposed|locked|"
        r"on hold|frozen|tied up|unpaid)\b"
        r"|(?:left|leaving|meant|means|meaning)\s+(?:[£$€]?[\d,.]+|\w+)\s+of\s+your\s+"
        r"(?:money|funds|cash|balance|salary|pay|savings)\b"
        r"|(?:meant|means|meaning)\s+(?:that\s+)?(?:you|your)\b(?!\s+(?:are|is)\b)"
        r"(?!(?:\s+[\w'-]+){0,3}?\s+(?:can|will|'ll|won't|don't|no longer|should|need|may|"
        r"might|could|get)\b)",
    ),
    _Cue("cost", right=r"cost\s+(?:you|your)\b"),
    _Cue(
        "too",
        left=rf"{_PERSON}(?:had|paid|were|was|got|been)\b(?:\s+[\w£$€.,-]+){{0,4}}?\s+",
        span=12,
        hint=_PERSON_HINT,
        right=r"too\s+(?:much|little|many|late)\b",
    ),
    _Cue(
        "because result",
        right=r"because\s+of\s+(?:our|the|this|that)\s+[\w\s'-]{1,40}?,\s+(?:you|your)\b"
        r"|result,\s+(?:you|your)\b",
    ),
    _Cue("caused forced led", right=r"[a-z]+\s+you\s+to\b"),
    _Cue("made", right=r"made\s+you\s+(?:miss|wait|pay|lose|late)\b"),
    _Cue(
        "kept prevented stopped",
        right=r"[a-z]+\s+(?:you|your\s+[\w' -]{1,30}?)\s+from\b",
    ),
    _Cue(
        "stopped blocked",
        unless=r"\b(?:we|i|we've|i've|have)\s+(?:\w+\s+)?",
        right=r"[a-z]+\s+your\s+(?!subscription|order|payments? as|account as)",
    ),
    _Cue(
        "meant intended",
        left=r"\b(?:calls|texts|messages|emails|mail|letters|codes|post|payments)\s+",
        right=r"[a-z]+\s+for\s+you\b",
    ),
    _Cue("breach invasion", right=r"[a-z]+\s+of\s+your\s+privacy\b"),
    _Cue(
        "took",
        left=("it ",),
        right=r"took\s+(?:us\s+)?(?:[\w-]+\s+){1,2}?(?:weeks|days|months|hours)\b",
    ),
    _Cue(
        "so",
        right=r"so\s+(?:that\s+)?(?:it|they|this)\s+(?:didn't|did not|never|wasn't|weren't|"
        r"couldn't)\s+[^.;!?\n]{0,40}\byour?\b"
        r"|so\s+(?:that\s+)?(?:you|your\s+(?:[a-z'-]+\s+){0,3}?)(?:'ve\s+|have\s+|has\s+)?"
        r"(?:travell?ed|went|drove|came|called|phoned|rang)\b[^.;!?\n]{0,40}\b(?:for nothing|"
        r"again|twice|several times|\w+ times)\b",
    ),
)
_IMPACT_TOKENS = _wordset(
    "you your employees customers staff users members passengers patients people"
)
_MAY_HAVE_RE = re.compile(r"\b(?:may|might)\s+have\b")


def _impact(t: _Text) -> bool:
    """The consequence for the person: "you couldn't", "it cost you", "left you without"."""
    if _IMPACT_TOKENS.isdisjoint(t.tokens):
        return False
    for start, _ in t.hits(_IMPACT_CUES):
        if t.question(start) or t.hypothetical(start):
            continue
        if not t.tokens.isdisjoint(("may", "might")) and _MAY_HAVE_RE.search(t.before(start)):
            continue
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Repair: concrete action taken or under way.

_REPAIR_STRONG = (
    "fixed restored refunded reversed corrected reverted renewed reran rerun rebooked reissued "
    "unblocked unlocked unfroze unfrozen reinstated recovered credited replaced resent lifted "
    "reassigned reactivated reconnected repaired patched reenabled reopened reapplied "
    "reprocessed redelivered reshipped rescheduled rerouted"
)
_REPAIR_WEAK = (
    "removed returned added booked cancelled canceled released applied paid processed approved "
    "arranged scheduled dispatched shipped issued waived extended chased stopped paused "
    "disabled upgraded reset contacted called collected delivered given granted activated "
    "submitted requested filed logged assigned ordered organised organized notified instructed "
    "switched changed updated sorted resolved"
)
_REPAIR_ING = (
    "fixing restoring refunding reversing correcting reverting rerunning rebooking reissuing "
    "replacing recalculating reprocessing resending recovering undoing repairing patching "
    "removing reinstating reconnecting packing rebuilding redeploying rerouting chasing "
    "crediting arranging rechecking raising increasing lifting adjusting"
)
_FIRST_PERSON_DONE = (
    r"(?:'ve|\bhave|\bhas|\bi|\bwe)(?:\s+(?:just|now|also|already|since|then|today|personally|"
    r"manually|successfully|both|all))*\s+"
)
_UNDER_WAY = (
    r"(?:'re|'m|\bam|\bare|\bis|\bstill|\bnow|\bcurrently|^|[.;:!?\n()—–,])\s*(?:(?:now|currently|already|"
    r"still|also|actively)\s+)*"
)
_PASSIVE_DONE = (
    r"\b(?:is|are|was|were|(?:has|have|had|'s|'ve)(?:\s+(?:now|just|already|also))?\s+been|"
    r"got)\s+(?:(?:now|just|already|also|fully|successfully|since)\s+)*"
)
_TIME_LATER = (
    r"\d|\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"this (?:morning|afternoon|evening|week)|next (?:week|month|\w+day))\b"
)
_REPAIR_CUES = _Cues(
    _Cue(
        _REPAIR_STRONG,
        unless=r"\b(?:get|gets|getting|got|have|has|had)\s+(?:it|this|that|them|these|those|"
        r"everything|things|(?:the|your)\s+[\w-]+)\s+|\b(?:to|will|'ll|can|could|would|may|"
        r"might|should|must)\s+(?:be|get)\s+|\bbe\s+",
    ),
    _Cue("located", right=r"located\s+(?:your|the|it|them)\b"),
    _Cue(
        "ran run sent booked issued activated enabled opened applied processed delivered "
        "shipped scheduled routed",
        left=("re-",),
    ),
    _Cue("rolled", right=r"rolled back\b"),
    _Cue(_REPAIR_WEAK, left=_FIRST_PERSON_DONE),
    _Cue(
        "found reported asked put moved sent had set spoken talked",
        left=_FIRST_PERSON_DONE,
        right=r"found\s+(?:your|the)\b|reported\s+(?:it|this|that|the\s+\w+)\s+to\b|"
        r"asked\s+(?!you\b)|put\s+(?:you|it|your\s+\w+)\s+(?:on|in|through|back)\b|"
        r"moved\s+(?:you|it|them|your\s+[\w-]+)\s+(?:to|onto|into)\b|"
        r"sent\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?(?:new|replacement|corrected|correct|right|"
        r"fresh|updated)\b|sent\s+(?:it|them)\s+(?:again|back)\b|"
        r"had\s+(?:the|our|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:delete|remove|return|destroy|fix|"
        r"correct|refund|replace|resend|confirm)\b|set up\b|(?:spoken|talked)\s+(?:to|with)\b",
    ),
    _Cue(_REPAIR_ING, left=_UNDER_WAY),
    _Cue(
        "running sending issuing processing checking calculating building routing deploying",
        left=("re-",),
    ),
    _Cue(
        "rolling shipping sending processing tracking deploying working testing adding "
        "contacting checking reviewing",
        left=_UNDER_WAY,
        right=r"rolling back\b|shipping\s+(?:it|them|your|a|the)\b|sending\s+(?:you\s+)?"
        r"(?:an?\s+|the\s+)?(?:new|replacement|corrected)\b|processing\s+(?:it|them|yours|your|"
        r"the|this|that|now|these)\b|tracking\s+(?:it|them|your|the)\b|deploying\s+(?:an?|the)\s+"
        r"fix\b|working\s+on\s+(?:an?|the)\s+(?:fix|repair|replacement|refund|patch)\b|"
        r"testing\s+(?:an?|the)\s+fix\b|adding\s+support\b|contacting\s+(?:the|your|every|each|"
        r"all)\b|checking\s+every\b|reviewing\s+every\b",
    ),
    _Cue(
        "paid approved delivered sent processed issued booked dispatched shipped credited "
        "arranged completed sorted resolved reset reconnected reactivated "
        "lifted fixed restored refunded reversed corrected replaced recovered reinstated "
        "unblocked rebooked made",
        left=_PASSIVE_DONE,
        right=r"(?!made)[a-z]+|made for you\b",
    ),
    _Cue(
        "back working online running live up",
        left=r"\b(?:is|are|'s|'re)\s+(?:now\s+|all\s+|fully\s+)?",
        right=r"back\s+(?:on|up|online|to (?:normal|full)|working|in (?:service|stock|your))\b|"
        r"working\s+(?:again|normally|properly)\b|online again\b|up and running\b|live again\b|"
        r"running again\b",
    ),
    _Cue(
        "through",
        left=r"\b(?:went|gone|came|come)\s+",
        right=r"through\s+(?:this|today|yesterday|at|on|last|earlier)\b",
    ),
    _Cue(
        "arrived",
        right=r"arrived\s+(?:with you|in your|at your|this|today|yesterday|on|safely)\b",
    ),
    _Cue(
        "arrives lands ships",
        unless=r"\b(?:you|if|once|when|until)\s+(?:\w+\s+)?",
        right=r"[a-z]+\s+(?:on|at|by|this|tonight|today|tomorrow|first thing)\b",
        later=_TIME_LATER,
    ),
    _Cue(
        "here",
        right=r"here(?:'s| is| are)\s+(?:your|the)\s+(?:correct|corrected|new|right|updated|"
        r"replacement|working)\b",
    ),
    _Cue(
        "way post",
        unless=r"\b(?:you|if|once|when|until)\b[^.;!?\n]*",
        left=r"\b(?:is|are|'s|'re)\s+(?:now\s+|already\s+)?(?:on\s+(?:its|the|their)|in\s+the)\s+",
    ),
    _Cue(
        "engineer engineers technician technicians team crew crews someone courier",
        right=r"[a-z]+\s+(?:is|are|'s|'re)\s+(?:now\s+|already\s+)?(?:on site|on (?:the|their|"
        r"its|his|her) way|en route|at your|at the)\b",
    ),
    _Cue(
        "fix fixes rollback rollbacks patch patches repair repairs replacement replacements "
        "refund refunds recovery restore correction corrections",
        right=r"[a-z]+\s+(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?(?:in progress|"
        r"under ?way|in testing|being (?:tested|deployed|rolled out|processed|prepared|shipped|"
        r"sent|applied)|on (?:its|the|their) way|ready|live|rolling out|going out|deploying|"
        r"in the post)\b",
    ),
    _Cue(
        "rebooking rebookings booking bookings refund refunds payment payments correction "
        "corrections transfer transfers reservation reservations replacement replacements credit "
        "credits adjustment adjustments fix fixes patch patches",
        right=r"[a-z]+\s+(?:has|have|was|were|is)\s+(?:now\s+|just\s+|already\s+)?(?:been\s+)?"
        r"(?:made|issued|arranged|processed|approved|sent|applied|completed|booked|confirmed|"
        r"raised|submitted|started|released|shipped|dispatched)\b",
    ),
    _Cue(
        "confirmed approved released processed",
        right=r"[a-z]+\s+(?:the|your)\s+(?:[\w£$€.,-]+\s+){0,2}?(?:refund|replacement|credit|"
        r"rebooking|payment)\b",
    ),
    _Cue(
        "paid included refunded credited delivered fixed restored processed reissued shipped "
        "resolved corrected reversed replaced rebooked released refund credit replace resend "
        "rebook restore fix reverse correct reship deliver collect reconnect repair install "
        "reinstate unblock",
        left=r"\b(?:will|'ll)\s+(?:now\s+|also\s+)?(?:be\s+)?",
        later=_TIME_LATER,
    ),
)
_NEW_SUBJECT_RE = re.compile(r",|\b(?:we|i|they|you|that|which|who)\b")
_YOU_BEFORE_RE = re.compile(r"\byou(?:'ve|\s+have)?\s*\Z")
_PASSIVE_HEADS = ("is ", "are ", "was ", "were ", "has ", "have ", "had ", "'s", "'ve", "got ")
_MISDIRECTED_RE = re.compile(
    r"\bto\s+(?:the\s+wrong|another|a\s+different|someone\s+else|your\s+(?:old|previous))\b"
    r"|\btwice\b"
)


def _segment(t: _Text, start: int, end: int) -> tuple[int, int]:
    """The comma-delimited stretch around ``start:end``, up to the next new subject."""
    before = t.before(start)
    after = t.after(end)
    cut = _NEW_SUBJECT_RE.search(after)
    return start - len(before) + before.rfind(",") + 1, end + (cut.start() if cut else len(after))


_INTENT_WORDS = _wordset("hope hopefully hoping ensure sure want wants like trying try fingers")
_INTENT_RE = re.compile(
    r"\b(?:hope|hopefully|hoping|ensure|make sure|want to|wants to|would like to|'d like to|"
    r"trying to|try to|fingers crossed|crossing our fingers)\b"
)


def _describes_mistake(t: _Text, start: int, end: int) -> bool:
    """True when the action at ``start`` is the mistake itself: "we sent it by mistake",
    "your results were sent to the wrong patient", "we moved your number to another account".
    """
    low = t.low
    passive = low.startswith(_PASSIVE_HEADS, start)
    past = low.startswith(("we ", "i "), start)
    if not (passive or past or not _ADVERB_WORDS.isdisjoint(t.tokens)):
        return False
    lo, hi = _segment(t, start, end)
    if _ADVERB_MARKER_RE.search(low, lo, hi):
        return True
    if passive:
        return next(t.hits(_MARKERS, lo, hi), None) is not None
    return past and _MISDIRECTED_RE.search(low, lo, hi) is not None


def _repair(t: _Text) -> bool:
    """A concrete action taken or under way: "I've refunded", "engineers are on site"."""
    intent = not _INTENT_WORDS.isdisjoint(t.tokens)
    for start, end in t.hits(_REPAIR_CUES):
        if t.hypothetical(start) or t.question(start) or t.negated(end - 1, 5):
            continue
        if intent and _INTENT_RE.search(t.before(start)):
            continue
        if _YOU_BEFORE_RE.search(t.low, max(0, start - 12), start):
            continue
        if t.may_mark and _describes_mistake(t, start, end):
            continue
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Prevention: what changes so it won't recur.

_NOW_NOT = (
    r"shows?|has|have|is|are|works?|appears?|reflects?|displays?|reads?|looks?|contains?|"
    r"includes?|been|being|be|available|live|fixed|resolved|back|working|up|on|in|at|the|your|"
    r"an?|that|this|it|you|we've|i've|i|we|sits?|says?|lets?|gives?|allows?|costs?|takes?|"
    r"seems?|matches|knows?|owes?|stands?|remains?|arrives?"
)
_NOW_BEFORE_NOT = (
    r"right|for|by|until|just|you|is|are|can|will|'ll|should|must|may|it's|that's|you're|"
    r"you've|this|that"
)
_SAFEGUARDS = (
    r"checks?|alerts?|alarms?|safeguards?|steps?|rules?|limits?|tests?|monitor(?:ing|s)?|"
    r"validations?|confirmations?|guards?|locks?|warnings?|process(?:es)?|procedures?|"
    r"polic(?:y|ies)|controls?|backups?|fallbacks?|flags?|verifications?|approvals?|sign-offs?|"
    r"second \w+|redundancy|failovers?|reminders?|training|reviews?|checklists?|"
    r"reconciliations?|audits?|thresholds?|double-checks?|caps?"
)
_PREVENT_CUES = _Cues(
    # "the script now skips ...", "we now require ..."
    _Cue(
        "now",
        unless=rf"\b(?:{_NOW_BEFORE_NOT})\s+",
        right=rf"now\s+(?:also\s+)?(?!(?:{_NOW_NOT})\b)[a-z]+s\b",
    ),
    _Cue(
        "now",
        left=r"[a-z][\w'-]*\s+",  # a subject, not an imperative "Now check ..."
        unless=rf"\b(?:{_NOW_BEFORE_NOT})\s+",
        right=r"now\s+(?:also\s+)?(?:need|require|run|send|check|test|go|use|ask|call|review|"
        r"scan|verify|get|flag|block|stop|confirm|route|include|pause|hold|alert|page)\b"
        rf"|now\s+(?:also\s+)?(?!(?:{_NOW_NOT}|know|see|want|like|think|hope)\b)[a-z]+\s+"
        r"(?:every|each|all|any)\b",
    ),
    _Cue(
        "now",
        left=r"\b(?:we|they|[a-z]{3,}s)\s+",
        unless=rf"\b(?:{_NOW_BEFORE_NOT})\s+",
        right=rf"now\s+(?:also\s+)?(?!(?:{_NOW_NOT}|know|see|want|like|think|hope)\b)[a-z]+\s+"
        r"(?:an?|the|every|each|all|any|your|our|their|two|a\s+second)\b",
    ),
    _Cue(
        "added set introduced put built installed created implemented launched enabled turned "
        "rolled deployed changed updated tightened fixed adding introducing setting building "
        "putting",
        right=r"(?:set up|put in place|put in|turned on|rolled out|setting up|putting in place|"
        r"(?!set|put|turned|rolled|setting|putting)[a-z]+)\s+(?:(?:an?|the|our|new|two|extra|"
        r"another|automatic|automated|daily|weekly|nightly|hourly|final|mandatory|manual|second)"
        rf"\s+)*(?:[\w-]+\s+){{0,2}}?(?:{_SAFEGUARDS})\b",
    ),
    _Cue(
        "now",
        left=r"\b(?:is|are)\s+",
        unless=r"\byour?\b[^.;!?\n]*",
        right=r"now\s+[a-z]+ed\s+(?:by|before|automatically|twice|against|within|every|each)\b",
    ),
    _Cue("changed", right=r"changed\s+(?:the way|how)\s+(?:we|our)\b"),
    _Cue(
        "switched",
        left=r"\b(?:we|we've|we have)\s+(?:now\s+|also\s+|since\s+)?",
        right=r"switched\s+(?:over\s+)?to\s+(?!you\b|your\b)",
    ),
    _Cue(
        "retrained trained briefed coached",
        right=r"[a-z-]+\s+(?:the|our|all|every|each)\s+(?:[\w-]+\s+)?(?:team|staff|drivers?|"
        r"agents?|riders?|crew|employees|packers)\b",
    ),
)
# "From now on ...", "going forward", "on future bookings": only with a concrete change.
_PREVENT_FROM = _Cues(
    _Cue("forward", left=r"\b(?:going|moving)\s+"),
    _Cue(
        "from starting",
        right=r"(?:from|starting(?: from)?)\s+(?:now on|(?:this|next) (?:month|week|year|quarter|"
        r"cycle|run)|today|tomorrow|january|february|march|april|may|june|july|august|september|"
        r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    ),
    _Cue(
        "future",
        left=r"\b(?:in|in the|for all|on|on all)\s+",
        right=r"future\b(?!\s+near)(?:\s+(?:bookings|orders|payments|invoices|runs|changes|"
        r"releases|flights|deliveries|renewals|bills|statements|visits|appointments)\b)?",
    ),
)
# "... so it no longer skips the 31st": only after a change verb in the same sentence.
_PREVENT_SO = _Cues(
    _Cue(
        "so",
        right=r"so\s+(?:that\s+)?[^.;!?\n]{0,50}?(?:no longer|can't|cannot|won't|will not|never|"
        r"always|is protected|are protected)\b"
        r"|so\s+(?:that\s+)?(?:[\w-]+\s+){1,3}(?:is|are)\s+[a-z]+ed\s+before\b"
        r"|so\s+(?:that\s+)?(?:it|they|this|the\s+[\w-]+|[\w-]+s)\s+(?:now\s+|always\s+|also\s+)?"
        r"(?!(?:is|was|has|does|works|shows|looks|appears|reflects|arrives|goes|gets|needs|"
        r"matches|reads|seems|takes|stays)\b)[a-z]+s\b",
    ),
)
_PREVENT_SO_NEEDS_RE = re.compile(
    r"\b(?:fixed|changed|updated|added|set|configured|adjusted|modified|patched|reconfigured|"
    r"rewrote|rebuilt|switched|moved|made)\b"
)
_VAGUE_INTENT_RE = re.compile(
    r"\b(?:review|reviewing|look at|looking at|look into|consider|considering|explore|try|"
    r"trying|aim|strive|hope|make sure|ensure|improve|be more careful|do (?:our|my) best|"
    r"learn|working to|work to|won't happen|never happen|plan to|plans to|planning to|"
    r"address|encourage|recommend|suggest|option)\b"
)
_MODAL_RE = re.compile(r"\b(?:can|could|may|might)\b")
_INTENT_BEFORE_RE = re.compile(r"\b(?:will|'ll|would|could|might|plan to|going to)\s+\Z")


def _prevention(t: _Text) -> bool:
    """A change so it won't recur: "we've added a check", "renewals now run a day early"."""
    low = t.low
    for start, _ in t.hits(_PREVENT_CUES):
        if not _prevention_blocked(t, start):
            return True
    for start, _ in t.hits(_PREVENT_FROM):
        s, e = t.sentence(start)
        if _VAGUE_INTENT_RE.search(low, s, e) or _MODAL_RE.search(low, s, e):
            continue
        if not _prevention_blocked(t, start):
            return True
    for start, _ in t.hits(_PREVENT_SO):
        s, _e = t.sentence(start)
        if _PREVENT_SO_NEEDS_RE.search(low, s, start) and not _prevention_blocked(t, start):
            return True
    return False


def _prevention_blocked(t: _Text, start: int) -> bool:
    """True when the change at ``start`` is hypothetical, asked, negated or only intended."""
    if t.hypothetical(start) or t.question(start) or t.negated(start):
        return True
    return _INTENT_BEFORE_RE.search(t.before(start, 30)) is not None


# ---------------------------------------------------------------------------------------------
# Remediation: a remedy offered or confirmed.

_REMEDY_CUES = _Cues(
    _Cue(
        "credit credited credits",
        right=r"credit(?:ed|s)?\b(?!\s+(?:card|score|check|limit|report|history|union|rating)s?\b)"
        r"(?!/debit)(?!\s+(?:it\s+)?back\b)(?!\s+(?:the|your)\s+(?:refund|money|amount|payment|"
        r"difference|charge)\b)",
    ),
    _Cue(
        "voucher vouchers coupon coupons discount discounted compensate compensated "
        "compensation compensating goodwill gesture complimentary reimburse reimbursed "
        "reimbursement reimbursing waive waived waives waiving"
    ),
    _Cue("code card", left=("promo ", "gift ")),
    _Cue("charge", left=("free of ",)),
    _Cue("house", left=("on the ",)),
    _Cue("refund", left=("full ", "partial ")),
    _Cue(
        "refund refunded refunding",
        right=r"refund(?:ed|ing)?\s+(?:you\s+)?(?:for\s+)?(?:[\w£$€,()-]+(?:\.\d+)?\s+){0,8}?(?:fees?|"
        r"costs?|expenses?|fares?|tickets?|delivery|shipping|postage|subscription|month|bill|"
        r"booking|charges? (?:you|that) (?:paid|incurred)|(?:delivery|booking|service|seat|admin|"
        r"cancellation|late|change|baggage|postage|shipping|call-out|callout) charges?)\b",
    ),
    _Cue(
        "months month weeks week",
        left=r"\b(?:\d+|a|one|two|three|six|twelve)\s+(?:free\s+)?",
        right=r"[a-z]+\s+(?:free|of free|on us|credit)\b",
    ),
    _Cue(
        "free",
        right=r"free\s+(?:months?|upgrade|delivery|shipping|night|meal|month's|year|subscription|"
        r"access|premium|ride|order|drink|dessert|repair|replacement)\b",
    ),
    _Cue(
        "extended",
        right=r"extended\s+(?:your|the|it|them)\s+(?:[\w-]+\s+){0,2}?(?:subscription|pass|plan|"
        r"trial|membership|warranty|contract|access|licen[cs]e)\b|extended\s+(?:it|them)\b",
    ),
    _Cue(
        "upgraded priority",
        right=r"upgraded\s+you\b|priority\s+(?:support|boarding|handling|service)\b",
    ),
    _Cue(
        "coins gems points credits tokens miles stars crystals vbucks gold diamonds rewards "
        "reward",
        left=r"\b(?:added|credited|given|gifted|sent|put|dropped|granted)\s+(?:you\s+)?(?:an?\s+)?"
        r"(?:extra\s+|bonus\s+|additional\s+)?(?:[\d,]+\s+|extra\s+|bonus\s+)(?:[\w-]+\s+)?",
        span=7,
    ),
    _Cue(
        "paid covered cover pay",
        right=r"[a-z]+\s+(?:the|your|any|for)\s+(?:[\w£$€.,-]+\s+){0,3}?(?:fees?|costs?|"
        r"expenses?|charges? you (?:paid|incurred)|bill)\b",
    ),
    _Cue("us", left=r"\b(?!that\b|this\b|it\b|all\b)[a-z]+(?:'s| is| are)\s+on\s+"),
    _Cue(
        "off",
        left=r"\b(?:taken|took|take|knocked|knock|deducted|deduct|given|give)\b(?:\s+[\w£$€%.,'-]+)"
        r"{1,4}?\s+|\d+%\s+",
        span=6,
        right=r"off\s+(?:your|the)\s+(?:next\s+|first\s+)?(?:[\w-]+\s+)?(?:bill|invoice|order|"
        r"subscription|renewal|fare|price|booking|stay|payment)s?\b",
    ),
)
_REMEDY_NEG_RE = re.compile(
    r"\b(?:not|never|no|unable|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|"
    r"ineligible|not eligible)\b"
)


def _remediation(t: _Text) -> bool:
    """A remedy offered or confirmed: a credit, a refunded fee, a voucher, a free month."""
    for start, _ in t.hits(_REMEDY_CUES):
        if t.question(start) or _REMEDY_NEG_RE.search(t.before(start, 70)):
            continue
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Contact: one named person or a direct path back.

_CONTACT_CUES = _Cues(
    _Cue(
        "me",
        left=r"\b(?:call|phone|ring|text|e-?mail|message|reach|contact|write to|reply to|dm|"
        r"reach out to|get in touch with|get hold of|directly to|straight to|right to)\s+"
        r"|\b(?:comes?|goes|go|lands?|gets?|reach(?:es)?)\s+(?:straight\s+|directly\s+|"
        r"right\s+)?(?:to|with)\s+",
    ),
    _Cue("me", right=r"me\s+directly\b"),
    _Cue(
        "my",
        right=r"my\s+(?:direct|personal|own)\s+(?:line|number|phone|email|e-mail|extension|inbox|"
        r"contact|dial)\b|my\s+(?:extension|ext\.?|phone number|mobile|number|email address|"
        r"email)\s+(?:is\b|:)",
    ),
    _Cue("contact", left=("point of ", "named ")),
    _Cue("case", right=r"case\s+(?:manager|owner|handler)\b"),
    _Cue("extension ext", right=r"ext(?:ension)?\.?\s*\d{2,}"),
    _Cue(
        "call phone ring text reach contact",
        right=r"[a-z]+\s+(?:me|us)\s+(?:directly\s+)?(?:on|at)\s*\+?\(?\d[\d\s().-]{5,}\d",
    ),
)
_ASK_FOR_RE = re.compile(r"[Aa]sk for ([A-Z][a-z]+)\b")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_VERB_RE = re.compile(
    r"\b(?:send|sending|email|e-mail|write|contact|reach|forward|mail|reply|drop)\b"
)


def _contact(t: _Text) -> bool:
    """One named person or direct path: "call me on ...", "it comes straight to me"."""
    if next(t.hits(_CONTACT_CUES), None):
        return True
    if "ask" in t.tokens and _ASK_FOR_RE.search(t.message.norm):
        return True
    text = t.message.text
    at = text.find("@", 1)
    while at > 0:
        if text[at - 1].isalnum() or text[at - 1] in "._+-":
            m = _EMAIL_RE.search(text, max(0, at - 64), at + 256)
            if m:
                s, e = t.sentence(m.start())
                if _EMAIL_VERB_RE.search(t.low, s, e):
                    return True
        at = text.find("@", at + 1)
    return False


# ---------------------------------------------------------------------------------------------
# Feedback invite: asks for the person's input.

_ASK = (
    r"let (?:me|us) know|tell (?:me|us)|reply|write back|get back to (?:me|us)|get in touch|"
    r"drop (?:me|us) an? (?:line|note|message)|message (?:me|us)|ping (?:me|us)|"
    r"send (?:me|us)|give (?:me|us) a (?:shout|call)|contact (?:me|us)|email (?:me|us)"
)
_FEEDBACK_CUES = _Cues(
    _Cue(
        "let tell reply write get drop message ping send give contact email",
        unless=r"\b(?:not|don't|no need to|never)\s+",
        right=rf"(?:{_ASK})\b[^.!?\n]{{0,20}}?\b(?:if|whether|how|what|which|as soon as|once)\b",
    ),
    _Cue("think", left=("how do you ", "what do you ")),
    _Cue("posted", left=("keep me ", "keep us ")),
    _Cue(
        "does",
        right=r"does\s+(?:that|this|the\s+(?:new\s+)?[\w-]+)\s+(?:work|suit|look (?:right|ok|"
        r"okay|good))\b[^.!?\n]{0,12}\?",
    ),
    _Cue(
        "love like welcome appreciate",
        left=r"\b(?:i'd|we'd|i would|we would)\s+",
        right=r"[a-z]+\s+(?:to hear|hearing|your (?:feedback|thoughts|views|input))\b",
    ),
)


# "If anything still looks wrong, reply here": a condition, then the ask in the same sentence.
_IF = _Cues(_Cue("if", right=r"if\s+(?!you(?:'d|\s+would)\s+(?:like|prefer|rather)\b)"))
_ASK_RE = re.compile(rf"[,—–-]\s*(?:please\s+)?(?:just\s+)?(?:{_ASK})\b")


def _feedback_invite(t: _Text) -> bool:
    """Asks for the person's input: "tell me if", "let me know whether", "if ..., reply"."""
    if next(t.hits(_FEEDBACK_CUES), None) is not None:
        return True
    for start, end in t.hits(_IF):
        _, stop = t.sentence(start)
        if _ASK_RE.search(t.low, end, min(stop, end + 100)):
            return True
    return False


# ---------------------------------------------------------------------------------------------


def detect_components(message: Message) -> dict[str, bool]:
    """Map every component name to whether the message has it."""
    from .commitments import has_next_update

    t = _Text(message)
    ownership = _ownership(t)
    found = {
        "acknowledgment": _acknowledgment(t) or (ownership and _owns_act(t)),
        "regret": _regret(t),
        "ownership": ownership,
        "impact": _impact(t),
        "repair": _repair(t),
        "prevention": _prevention(t),
        "remediation": _remediation(t),
        "next-update": has_next_update(message),
        "contact": _contact(t),
        "feedback-invite": _feedback_invite(t),
    }
    return {name: found[name] for name in COMPONENTS}
