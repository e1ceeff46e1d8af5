"""Text preparation shared by every rule: masking, sentences, tokens and negation.

Masking replaces what the agent did not write themselves (quoted lines and phrases, code,
URLs, e-mail addresses, the signature) with spaces, keeping the text's length so that every
offset found in the masked text is an offset into the original.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Each kind of region has its own pattern and the text that must occur for it to match; a
# pattern only runs when that text is present, so most messages cost a few `in` tests.
# Patterns start with a literal so the regex engine can skip ahead; where a region starts
# before that literal (the user in an e-mail address, the host of a link), the match is
# extended to the left over the characters listed third. A straight single quote opens a
# quotation only after a space, bracket or line start (so the apostrophes in "we're" and
# "customers' orders" are left alone).
_URL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-"
_MASKS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("`", re.compile(r"```[\s\S]*?(?:```|\Z)|`[^`\n]+`"), ""),
    (">", re.compile(r"(?m:^[ \t]*>[^\n]*)"), ""),
    ('"', re.compile(r'"[^"\n]{1,400}"'), ""),
    ("“", re.compile(r"“[^”\n]{1,400}”"), ""),
    ("«", re.compile(r"«[^»\n]{1,400}»"), ""),
    ("‘", re.compile(r"‘[^’\n]{1,200}’"), ""),
    ("'", re.compile(r"'(?<![\w']')(?=[A-Za-z])[^'\n]{1,80}?'(?!\w)"), ""),
    # a link: from "://", or from a host ending (".com/"). One pattern for both, as both run
    # to the end of the link: the first match in a link covers any later one (once extended).
    ("/", re.compile(r"://[^\s<>\"]+|\.[A-Za-z]{2,}+/[^\s<>\"]*"), _URL_CHARS),
    ("www.", re.compile(r"www\.[^\s<>\"]+"), ""),
    ("@", re.compile(r"@[\w-]++(?:\.[\w-]++)+"), _URL_CHARS + "_+"),
)
_ASCII_MASKS = tuple(mask for mask in _MASKS if mask[0].isascii())  # all an ASCII text can hold

_SIGN_OFF_RE = re.compile(
    r"(?im)^[ \t]*(?:--[ \t]*|(?:best|kind|warm|warmest|many)?[ \t]*(?:regards|wishes)|best|"
    r"thanks|thank you|many thanks|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|"
    r"all the best|take care|talk soon)[ \t]*[,!.]?[ \t]*$"
)
# A dash and a name ending the text, after a space or tab or starting its last line.
_DASH_SIGNATURE = (
    r"[—–][ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[^\n.!?]{1,60})?[ \t]*\Z"
)
_DASH_SIGNATURE_AT_START_RE = re.compile(_DASH_SIGNATURE)
_SIGNATURE_WINDOW = 6  # a sign-off counts only within the last lines of a message

_APOSTROPHES = ("’", "‘", "ʼ")


def mask(text: str) -> str:
    """Return ``text`` with quoted, code, URL and signature regions blanked out (same length)."""
    spans: list[tuple[int, int]] = []
    for hint, pattern, left in _ASCII_MASKS if text.isascii() else _MASKS:
        if hint in text:
            # What ``finditer`` finds (no pattern matches empty text), by ``search``: most
            # texts holding a hint hold no match, and ``finditer`` costs more to start.
            if hint == "/":
                _link_spans(text, pattern, spans)
                continue
            m = pattern.search(text)
            while m is not None:
                spans.append((_extend_left(text, m.start(), left), m.end()))
                m = pattern.search(text, m.end())
    sig = signature_start(text)
    if sig is not None:
        spans.append((sig, len(text)))
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(_blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _blank(region: str) -> str:
    """``region`` as spaces, line breaks kept."""
    if "\n" not in region:
        return " " * len(region)
    return "\n".join(" " * len(line) for line in region.split("\n"))


def _link_spans(text: str, pattern: re.Pattern[str], spans: list[tuple[int, int]]) -> None:
    """Add the spans of the link pattern's ``finditer`` matches in ``text`` (extended left).

    Each match holds a "/" after its start and no white space, so the pattern is searched
    from the last space before the next "/" only: it starts with a class, which the regex
    engine tests at every position.
    """
    pos = 0
    while (slash := text.find("/", pos)) >= 0:
        m = pattern.search(text, max(pos, text.rfind(" ", pos, slash) + 1))
        if m is None:
            return
        spans.append((_extend_left(text, m.start(), _URL_CHARS), m.end()))
        pos = m.end()


def _extend_left(text: str, start: int, chars: str) -> int:
    """``start`` moved left over any of ``chars`` just before it."""
    if not chars:
        return start
    before = text[:start]
    return len(before.rstrip(chars))


def signature_start(text: str) -> int | None:
    """Offset where the sign-off and signature begin, if the message ends with one."""
    if "\n" in text:
        window_start = _nth_last_line_start(text, _SIGNATURE_WINDOW)
        sign_off = _SIGN_OFF_RE.search(text, window_start)
        if sign_off:
            return sign_off.start()
    # A dash signature holds no line break: search the last line only (dashes aren't ASCII).
    if not text.isascii() and ("—" in text or "–" in text):
        last_line = text.rfind("\n") + 1
        if _DASH_SIGNATURE_AT_START_RE.match(text, last_line):
            return last_line
        # The leftmost dash after a space or tab that starts one (a regex for "[ \t]" and a
        # dash signature would test its leading class at every position).
        dashes = _find_all(text, "—", last_line + 1)
        dashes += _find_all(text, "–", last_line + 1)
        for i in sorted(dashes):
            if text[i - 1] in " \t" and _DASH_SIGNATURE_AT_START_RE.match(text, i):
                return i - 1
    return None


def _find_all(text: str, sub: str, pos: int) -> list[int]:
    """The offsets of ``sub`` in ``text`` from ``pos`` on."""
    found = []
    i = text.find(sub, pos)
    while i >= 0:
        found.append(i)
        i = text.find(sub, i + 1)
    return found


def _nth_last_line_start(text: str, n: int) -> int:
    pos = len(text.rstrip())
    for _ in range(n):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return 0
    return pos + 1


def normalize(text: str) -> str:
    """Fold typographic apostrophes to ``'`` (same length), so rules need one spelling."""
    if text.isascii():
        return text
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text


@lru_cache(maxsize=16)  # the message's text is lowered again by the phrase rules
def lower(text: str) -> str:
    """``text`` in lower case with the same length, so offsets stay valid (the few characters
    whose lower case is longer are kept as they are). When the result is ASCII it is exactly
    ``text.lower()``: a character kept as it is is not ASCII."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


TOKEN_RE = re.compile(r"[^\W_]+")
# Bytes other than ASCII letters and digits, as spaces: splitting a text translated with it
# gives TOKEN_RE's runs in a third of the time of ``findall``, when no letter or digit in the
# text is outside ASCII (``_NON_ASCII_WORD_RE``). ``_LOWER_SEPARATORS`` also lowers letters.
_SEPARATORS = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_LOWER_SEPARATORS = _SEPARATORS.lower()
_NON_ASCII_WORD_RE = re.compile(r"[^\W\x00-\x7f]")


@lru_cache(maxsize=64)
def tokens(text: str) -> frozenset[str]:
    """The set of lower-case alphanumeric runs in ``text`` (what rule triggers look for)."""
    if text.isascii():  # most texts: lower case and separators in one translation
        return frozenset(text.encode("ascii").translate(_LOWER_SEPARATORS).decode("ascii").split())
    low = text.lower()
    if low.isascii() or _NON_ASCII_WORD_RE.search(low) is None:
        # "replace" turns each other character into "?", a separator
        folded = low.encode("ascii", "replace").translate(_SEPARATORS).decode("ascii")
        return frozenset(folded.split())
    return frozenset(TOKEN_RE.findall(low))


# fmt: off
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "eg", "ie", "no", "approx", "inc",
    "ltd", "jr", "sr", "mt", "ft", "dept", "est", "ext", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun",
))
# fmt: on
# The last word before a full stop, read backwards: matched at the start of the reversed
# text, this finds what searching ``([A-Za-z]+)\W*$`` finds (reversed) without trying every
# position; the abbreviations are reversed to match.
_LAST_WORD_REVERSED_RE = re.compile(r"\W*([A-Za-z]+)")
_ABBREVIATIONS_REVERSED = frozenset(a[::-1] for a in _ABBREVIATIONS)
# End punctuation (then closing quotes or brackets and a space), or a line break and the
# blank lines after it; ``_breaks`` finds it.
_BREAK_RE = re.compile(r"[.!?\n](?:(?<=\n)\s*|(?<=[.!?])[.!?]*[\"')\]]*[ \t]+)")
_BREAK_CHARS = ".!?\n"


def _breaks(text: str) -> list[re.Match[str]]:
    """What ``_BREAK_RE.finditer`` finds in ``text``, matched only where one of its first
    characters is: ``str.find`` gets to those a few times faster than the regex engine."""
    at: list[int] = []
    for c in _BREAK_CHARS:
        if c in text:
            i = text.find(c)
            while i >= 0:
                at.append(i)
                i = text.find(c, i + 1)
    at.sort()
    found: list[re.Match[str]] = []
    end = 0
    for i in at:
        if i >= end:  # not inside the last match
            m = _BREAK_RE.match(text, i)
            if m:
                found.append(m)
                end = m.end()
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans (start, end) on end punctuation and line breaks.

    A line break always ends a sentence (bullets, sign-offs); a full stop does not when it
    follows a known abbreviation or when the next word starts in lower case.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _breaks(text):
        end = m.end()
        if text[m.start()] != "\n":
            nxt = text[end : end + 1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(-•*>"):
                continue
            if text[m.start()] == ".":
                before = text[max(start, m.start() - 12) : m.start()]
                word = _LAST_WORD_REVERSED_RE.match(before[::-1])
                if word and word.group(1).lower() in _ABBREVIATIONS_REVERSED:
                    continue
        _add_span(text, start, m.start() + len(m.group().rstrip()), spans)
        start = end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add ``text[start:end]`` less surrounding white space, unless nothing is left."""
    part = text[start:end]
    stripped = part.strip()
    if stripped:
        start += part.find(stripped[0])  # only white space comes before it
        spans.append((start, start + len(stripped)))


# fmt: off
NEGATORS = frozenset((
    "not", "never", "no", "don't", "won't", "didn't", "doesn't", "can't", "cannot", "isn't",
    "wasn't", "aren't", "weren't", "shouldn't", "wouldn't", "nor", "without", "neither",
    "hardly", "dont", "wont", "didnt", "cant", "isnt",
))
# fmt: on
_CONNECTIVES = frozenset(
    ("because", "since", "so", "but", "although", "though", "while", "whereas")
)
_CLAUSE_STOP_RE = re.compile(r"[.,;:!?\n()—–]")
_WORD_RE = re.compile(r"[\w']+")


def negated_before(text: str, pos: int, window: int = 4) -> bool:
    """True when one of the ``window`` words before ``pos`` in the same clause is a negator."""
    lo = max(0, pos - 60)
    chunk = text[lo:pos]
    stops = list(_CLAUSE_STOP_RE.finditer(chunk))
    if stops:
        chunk = chunk[stops[-1].end() :]
    words = _WORD_RE.findall(chunk.lower())
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _CONNECTIVES:  # a new clause starts after the connective
            words = words[i + 1 :]
            break
    return any(w in NEGATORS or w.endswith("n't") for w in words[-window:])
