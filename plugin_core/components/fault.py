"""Ownership and acknowledgment: who did what went wrong, and naming it specifically.

Error markers ("by mistake", "twice", "to the wrong address") make an action a mistake; said
of a first-person actor they are ownership that also names the act.
"""

from __future__ import annotations

import re

from .engine import Cue, Cues, Text, alt, endings, wordset
from .harm import CONSEQUENCE

# ---------------------------------------------------------------------------------------------
# Error markers: said about an action, they make it a mistake ("we sent it by mistake").

_DUTY_VERBS = (
    r"tell|inform|notify|warn|call|ring|contact|reply|respond|answer|update|book|process|send|"
    r"ship|deliver|apply|refund|pay|record|catch|flag|check|review|honou?r|confirm|renew|"
    r"escalate|pass|add|include|follow|get back|let you know|act|fix|cancel|arrange|schedule|"
    r"return|credit|issue|activate|submit|file|log|pick|collect|show|turn|arrive|load|post|"
    r"transfer|release|switch|assign|allocate|reserve|save|print|publish|pack|sync|carry|copy|"
    r"migrate|remind|spot|notice|reali[sz]e|detect|match|transmit|forward|finish|complete|"
    r"order|approve|chase|hand over|register|prepare|test|verify|validate|secure|back up|keep|"
    r"mention|explain|refresh|action|handle|investigate"
)
_PERSON_NOUNS = r"customer|person|patient|passenger|user|member|client|guest|account"
MARKERS = Cues(
    Cue("mistake accident", left=("by ",)),
    Cue("error", left=("in ",)),
    Cue(
        "mistakenly wrongly wrongfully incorrectly accidentally accidently erroneously "
        "inadvertently overcharged wiped corrupted skipped caused forgot"
    ),
    Cue(
        "misfiled mistyped misread mislabelled mislabeled misrouted misplaced mispriced "
        "misentered misapplied misdirected missent miscalculated misconfigured mishandled "
        "misspelled misspelt miskeyed misaddressed mischarged misquoted misinformed mismatched "
        "missorted miscounted"
    ),
    Cue(
        "without",
        right=r"without\s+(?:first\s+)?(?:asking|telling|checking|warning|notice|notifying|"
        r"calling|letting|informing|contacting|consulting|your\s+(?:consent|permission|"
        r"approval|go-ahead|agreement))\b",
    ),
    Cue("wrong", left=("the ", "a ")),
    Cue("instead", right=r"instead\s+of\b"),
    # "we scheduled both exams in the same slot"
    Cue(
        "same",
        hint=("both ", " and ", "two ", "another ", "second "),
        left=r"\b(?:in|into|on|at|for)\s+the\s+",
        span=12,
        right=r"same\s+(?:slot|time|time slot|timeslot|room|seat|day|date|allocation|address|"
        r"booking|table|shift)\b",
    ),
    Cue("neighbour neighbor neighbours neighbors", right=r"[a-z]+(?:'s|s')\s+[a-z]"),
    Cue(
        "mixed muddled confused",
        right=r"(?:mixed|muddled)\s+up\b|(?:mixed|muddled|confused)\s+(?:[\w-]+\s+){1,3}?"
        r"(?:up\s+)?with\b",
    ),
    Cue(
        "left",
        right=r"left\s+(?:it|them|this|that|(?:your|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:un[a-z]+(?:ed|ing)|sitting|waiting|open|on|off)\b",
    ),
    Cue("incorrect faulty defective broken", right=r"[a-z]+\s+[a-z]"),
    Cue(
        "twice",
        left=r"\b(?:charged|billed|debited|took|taken|processed|ran|run|sent|shipped|booked|"
        r"applied|collected)\b[^.;,!?\n]{0,30}?",
        span=8,
    ),
    Cue("double", right=r"double[- ](?:charged|billed|booked)\b"),
    Cue("failed neglected omitted", right=r"[a-z]+\s+to\b"),
    Cue(
        "didn't did_not never",
        right=rf"(?:didn't|did not|never)\s+(?:{_DUTY_VERBS})\b"
        r"|(?:didn't|did not|never)\s+block\s+(?!you\b|your\b)",
    ),
    Cue("left", right=r"left\s+(?:[\w-]+\s+){0,2}?out\b"),
    Cue("broke", right=r"broke\b(?!\s+down)"),
    Cue(
        "deleted lost cancelled canceled blocked banned suspended froze muted disconnected "
        "overwrote erased delayed missed capped locked closed",
        right=r"[a-z]+\s+(?:all\s+|both\s+|some\s+|most\s+)?(?:of\s+)?(?:your|you)\b"
        r"(?<!missed you)",
    ),
    Cue("lapse expire run_out", left=r"\blet\s+(?:it|them|your\s+[\w-]+|the\s+[\w-]+)\s+"),
    Cue("else", left=("someone ", "somebody ")),
    Cue("another different", right=rf"[a-z]+\s+(?:{_PERSON_NOUNS})(?:'s)?\b"),
    Cue(
        "old previous former expired closed",
        ends=("your ", "an ", "a ", "the "),
        right=r"[a-z]+\s+(?:address|card|account|number|email|phone)\b",
    ),
    Cue(
        "without",
        left=r"\b(?:[a-z]+ed|went(?:\s+out)?|gone(?:\s+out)?|sent(?:\s+out)?|came|built|left|"
        r"put|set|made|ran|run|shipped|gave|took|sold)\b(?:\s+[\w'-]+){0,6}\s+",
        span=8,
        right=r"without\s+(?:the|your|its|their|an?|any|[a-z]+ing)\b",
    ),
    # "our technician arrived four hours late"
    Cue(
        "late",
        left=r"\b(?:arrived|came|turned up|delivered|sent|paid|processed|responded|replied|"
        r"dispatched|shipped|posted)\s+(?:[\w-]+\s+){0,3}?",
        span=6,
    ),
    # "our system created a duplicate mandate"
    Cue(
        "duplicate extra second",
        left=r"\b(?:created|took|charged|opened|set up|generated|made|booked)\s+(?:an?\s+|the\s+)?",
    ),
    Cue("zero", left=("to ",)),
    Cue(
        "notice",
        left=r"\b(?:short|little|no|(?:only|just)\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+",
        span=5,
    ),
    Cue("too", right=r"too\s+(?:early|late|much|many|soon)\b"),
    Cue("shouldn should", right=r"should(?:n't|\s+not)\s+have\b"),
)
# Markers that describe an action's manner; a clause with one is not a repair clause.
ADVERB_WORDS = wordset(
    "mistake error mistakenly wrongly incorrectly accidentally erroneously inadvertently "
    "accident without"
)
ADVERB_MARKER_RE = re.compile(
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
_OWN_CUES = Cues(
    # "our mistake", "our scheduling mistake", "my fault", "our equipment failure"
    Cue(
        f"{_OWNED_NOUNS} negligence outage outages bug bugs",
        hint=("my ", "our "),
        left=rf"\b(?:my|our)\s+(?:own\s+)?(?:(?!(?:{_THIRD_PARTY}|{_NOT_MODIFIER})\b)"
        r"[a-z][\w'-]*\s+){0,2}",
        span=5,
    ),
    Cue("bad", left=("my ", "our ")),
    Cue("mess slip mix screw", left=("my ", "our "), right=r"[a-z]+-up"),
    # "we made a mistake", "the settings we sent had a mistake"
    Cue(
        f"{_OWNED_NOUNS} mess typo flaw",
        hint=("made ", "make ", "had ", "has ", "contain", "include"),
        left=r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:made|make)\s+(?:an?\s+|this\s+|that\s+|the\s+|"
        r"one\s+|some\s+|two\s+|several\s+)?(?:[\w-]+\s+)?"
        r"|\b(?:we|i)\s+(?:sent|made|pushed|released|deployed|shipped|wrote|gave|set|applied)\b"
        r"[^.;!?\n]{0,50}?\b(?:had|has|contained|contains|included)\s+(?:an?\s+)?(?:[\w-]+\s+)?",
        span=14,
    ),
    # "a bug we introduced", "a bug in the connector we released", "an error on our side"
    Cue(
        "bug bugs error errors mistake mistakes fault glitch problem issue defect flaw typo",
        right=r"[a-z]+\s+(?:(?:in|with|on)\s+(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?)?"
        r"(?:that\s+)?(?:we|i)(?:'d|\s+had)?\s+(?:introduced|caused|made|created|shipped|released|"
        r"pushed|deployed|built|wrote|set up|configured|launched|changed|installed)\b"
        r"|[a-z-]+\s+(?:was\s+|is\s+)?(?:entirely\s+)?on\s+our\s+(?:end|side|part)\b",
    ),
    # "a mistake in our Tuesday update"
    Cue(
        "bug bugs error errors mistake mistakes fault faults flaw defect glitch typo",
        right=r"[a-z]+\s+(?:in|with)\s+(?:our|my)\s+(?:own\s+)?"
        rf"(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+",
    ),
    Cue(
        "misleading careless unacceptable inexcusable",
        left=r"\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:really\s+|simply\s+|plainly\s+)?",
    ),
    Cue(
        "on_us on_me",
        left=r"\b(?:that|this|it)(?:\s+one)?(?:'s| is| was)\s+(?:all\s+|entirely\s+|completely\s+|"
        r"squarely\s+|totally\s+|100%\s+)?",
    ),
    Cue(
        "wrong",
        left=r"\b(?:i|we)\s+(?:really\s+|completely\s+|clearly\s+)?(?:got|had)\s+"
        r"(?:this|that|it|things|your\s+[\w-]+(?:\s+[\w-]+)?)\s+",
        span=7,
    ),
    Cue(
        "messed screwed slipped mixed fouled dropped let_you_down fell fallen failed",
        left=r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:really\s+)?",
        right=r"(?:messed|screwed|slipped|mixed|fouled)\s+(?:\w+\s+)?up\b|dropped the ball\b|"
        r"let you down\b|fell short\b|fallen short\b|failed you\b",
    ),
    Cue(
        "responsibility ownership blame",
        left=r"\b(?:i|we)\s+(?:take|accept)\s+(?:full\s+|complete\s+|total\s+|the\s+)?",
    ),
    Cue(
        "ours mine",
        left=r"\b(?:mistake|error|fault|blame|responsibility|oversight)\s+(?:here\s+)?(?:was|is|'s|"
        r"lies|rests)\s+(?:entirely\s+|all\s+|completely\s+|squarely\s+|fully\s+|wholly\s+)?",
        span=6,
    ),
    Cue(
        "responsibility blame fault",
        right=r"[a-z]+\s+(?:is|lies|rests)\s+(?:entirely\s+|squarely\s+|fully\s+)?(?:with|on)\s+"
        r"(?:us|me)\b",
    ),
    Cue(
        "should shouldn ought",
        left=rf"\b(?:i|we|our\s+(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:really\s+|definitely\s+|clearly\s+|absolutely\s+)?",
        right=r"(?:should|shouldn't|should not|ought to)\s+have\s+(?!it\b|this\b|that\b|them\b|"
        r"your\b|an?\b|the\b|more\b|some\b|any\b|news\b)[a-z]+",
    ),
)
_FAILURE_WORDS = (
    "didn't wasn't weren't hasn't haven't couldn't failed stopped broke lost disappeared missing "
    "wrong deleted vanished"
)
_FAILURE_HINT = ("n't", "failed", "stopped", "broke", "lost", "disappeared", "missing", "wrong",
                 "deleted", "vanished")
# Ownership that also names the act: "I'm sorry we wiped your progress", "because we
# submitted the file after the cut-off".
_OWN_NAMED = Cues(
    # "left that way by our own crew", "caused by our update"
    Cue(
        "by_our by_my",
        left=r"\b(?:caused|triggered|introduced|damaged|broken|missed|deleted|lost|mishandled|"
        r"overlooked|left\s+(?:that way|like that|open|closed|unlocked|unattended|behind|on|off))"
        r"\s+(?:[\w-]+\s+)?",
        right=rf"by\s+(?:our|my)\s+(?:own\s+)?(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+\b(?!')",
    ),
    # "since our update on Tuesday", "after our migration"
    Cue(
        "since after following because due caused",
        right=r"(?:since|after|following|because of|due to|caused by)\s+our\s+(?:[\w.-]+\s+){0,2}?"
        r"(?:update|release|change|changes|deploy|deployment|migration|upgrade|maintenance|"
        r"mistake|error|bug|switchover|move|rollout)\b",
    ),
    # a promise we broke: "I promised a call back and it never came"
    Cue(
        "promised",
        left=r"\b(?:i|we)(?:'d|\s+had)?\s+",
        right=r"promised\b[^.;!?\n]{0,80}?\b(?:never|didn't|did not|wasn't|hasn't|haven't|"
        r"failed|forgot|nobody|no one|no-one)\b",
    ),
    # cause: "because of a change we pushed", "because we submitted the file late"
    Cue(
        "because due caused after following",
        right=r"(?:because of|due to|caused by|after|following)\s+(?:an?|the|this|that)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:we|i)(?:'d|\s+had)?\s+(?:made|pushed|released|deployed|"
        r"introduced|changed|applied|sent|ran|installed|rolled out|shipped|set)\b",
    ),
    Cue(
        "because",
        right=r"because\s+(?:we|i|our\s+(?!(?:[\w-]+\s+)?(?:"
        + _THIRD_PARTY
        + r")\b)[\w-]+(?:\s+[\w-]+)?)\s+(?!were\b|was\b|had\s+(?:an?|the|no|some|many|lots|"
        r"more|high|\d)|received|got|saw|needed|wanted|experienced|noticed|heard)"
        r"(?:had\s+|then\s+|also\s+)?(?:[a-z]+ed|sent|made|gave|took|left|put|let|forgot|lost|"
        r"broke|ran|set|told|kept|sold|held|shipped)\b"
        r"|because\s+(?:we|i|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:still\s+)?(?:haven't|hasn't|"
        r"hadn't|didn't|did not|have not|has not|had not|never|forgot to|failed to)\s+"
        r"(?!have\b|got\b|get\b)[a-z]+",
    ),
    Cue(
        "happened occurred started began came",
        right=r"(?:happened|occurred|started|began|came about)\s+(?:because|when|after|as)\s+"
        r"(?:we|i)\s+[a-z]+ed\b",
    ),
    # "the points didn't transfer when we merged your profiles"
    Cue(
        "when after while",
        needs="didn wasn weren hasn haven couldn failed stopped broke lost disappeared missing "
        "wrong deleted vanished",
        hint=_FAILURE_HINT,
        span=8,
        left=rf"\b(?:{alt(_FAILURE_WORDS)})\b[^.;!?\n]*?",
        right=r"(?:when|after|while)\s+(?:we|i)\s+(?:[a-z]+ed|sent|made|ran|put|set|took|moved)\b",
    ),
    # regret for our own act: "I'm sorry we wiped your progress"
    Cue(
        "sorry apologise apologize",
        right=r"(?:sorry|apologi[sz]e)\s+(?:that\s+|for\s+how\s+)?(?:we|i)(?:'ve|\s+have|\s+had)?"
        r"\s+(?!were\b|was\b|had to\b|have to\b|needed\b|wanted\b|missed you\b)"
        r"(?:[a-z]+ed|sent|lost|left|made|gave|took|kept|let|put|broke|forgot|shipped|told|sold|"
        r"held|didn't\s+[a-z]+|never\s+[a-z]+)\b",
    ),
)
# "We billed your flat using old readings, so you paid £212 more": our act, then its cost.
_OUR_ACT_RE = re.compile(
    r"\b(?:we|i|we'd|i'd|our\s+(?!(?:[\w-]+\s+)?(?:"
    + _THIRD_PARTY
    + r")\b)[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:had|then|also|just|accidentally|mistakenly)\s+)?"
    r"(?!(?:checked|confirmed|found|looked|noticed|reviewed|investigated|reali[sz]ed|learned|"
    r"refunded|fixed|restored|corrected|reversed|replaced|credited|rebooked|added|booked|reset|"
    r"cancelled|canceled|removed|resolved|updated|upgraded|arranged|waived|released|"
    r"apologi[sz]ed|asked|called|contacted|received|needed|wanted|tried|hoped)\b)"
    r"(?:[a-z]+ed|sent|made|gave|told|took|left|put|set|sold|kept|ran|forgot|lost|broke|"
    r"shipped|didn't|did not|never)\b"
)


def _after_our_act(t: Text, start: int, end: int) -> bool:
    s, _ = t.sentence(start)
    return _OUR_ACT_RE.search(t.low, s, start) is not None


_OUR_ACT_COST = Cues(
    Cue(
        "so meant meaning leaving",
        right=rf"so\s+(?:that\s+)?(?:{CONSEQUENCE})|(?:which\s+)?(?:meant|meaning)\s+(?:that\s+)?"
        rf"(?:{CONSEQUENCE})|leaving\s+(?:you|your)\b",
    ),
    test=_after_our_act,
)
# "You're right: the quote we sent ..." - conceding the customer's point about our act.
_CONCESSION = Cues(
    Cue(
        "right",
        ends=("you're ", "you are ", "absolutely ", "completely ", "quite ", "totally ",
              "entirely "),
        left=r"\byou(?:'re|\s+are)\s+(?:absolutely\s+|completely\s+|quite\s+|totally\s+|"
        r"entirely\s+)?",
    )
)
_FIRST_PERSON_PAST_RE = re.compile(
    r"\b(?:we|i)\s+(?:[a-z]+ed|sent|made|gave|told|quoted|took|left|put|set|sold|got)\b"
)
_FIRST_PERSON = "we i our ours my mine us me"
_LAST_ACTOR_RE = re.compile(r".*\b(we|i|our)\b", re.DOTALL)
_BY_US_RE = re.compile(
    rf"\bby\s+(?:us|me|our\s+(?!(?:[\w-]+\s+){{0,2}}?(?:{_THIRD_PARTY})\b))\b"
)
_OUR_BLOCK_RE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{_THIRD_PARTY}|apolog\w*|records|logs)\b|[\w-]+'s\b)"
)
_ACTOR_BLOCK_RE = re.compile(
    r"(?:'re|'m|'ll)\b|'d\b(?!\s+(?:already\s+|just\s+)?[a-z]+ed\b)"
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
# What we report rather than did: "our team is aware that posts didn't publish".
_REPORTED_RE = re.compile(
    r"\b(?:aware|know|knew|noticed|found|confirmed|see|saw|understand|checked|reali[sz]ed|"
    r"heard|told)\s+(?:that\s+)?"
)


def _owned_act(t: Text, start: int, end: int) -> bool:
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
    if _REPORTED_RE.search(between):
        return False
    if _BETWEEN_BLOCK_RE.search(between) or t.negated(start):
        return low.startswith(("didn't", "did not", "never", "shouldn", "should"), start)
    return True


def _concedes_our_act(t: Text, start: int, end: int) -> bool:
    _, stop = t.sentence(start)
    return _FIRST_PERSON_PAST_RE.search(t.low, start, stop) is not None


# An owned act also names what went wrong: "I'm sorry we wiped your progress".
_OWNED_ACT = Cues(
    _OWN_NAMED,
    _OUR_ACT_COST,
    Cues(MARKERS, test=_owned_act),
    needs=_FIRST_PERSON,
    proves="ownership acknowledgment",
)
# First-person responsibility: "our mistake", "we should have", "that's on us".
_OWNERSHIP = Cues(
    _OWN_CUES,
    Cues(_CONCESSION, test=_concedes_our_act),
    needs=_FIRST_PERSON,
    proves="ownership",
)


# ---------------------------------------------------------------------------------------------
# Acknowledgment: names specifically what went wrong.

_NEGATION_NEEDS = "t not never cannot"
_NEGATION_ENDS = ("n't ", "not ", "never ")
_NEGATED_VERB = (
    r"\b(?:didn't|did not|hasn't|has not|haven't|have not|never|wasn't|weren't|won't|"
    r"couldn't|can't|cannot|isn't|aren't|is not|are not)\s+"
)
# "hasn't yet arrived"
_ADVERBS = "yet even actually still ever fully quite properly correctly always"
_ADVERB_ENDS = endings(_ADVERBS)
_NEGATED_ADVERB = rf"{_NEGATED_VERB}(?:{alt(_ADVERBS)})\s+"
_NOT_DONE = (
    "arrive arrived arrives activate activated work worked ship shipped appear appeared load "
    "loaded connect connected sync synced reach reached delivered book booked process processed "
    "apply applied record recorded receive received receives publish published post posted "
    "send sent print printed update updated save saved upload uploaded start started run ran "
    "renew renewed register registered transfer transferred land landed arriving activating "
    "loading connecting syncing applying processing updating saving uploading starting running "
    "showing appearing sending printing"
)
_ACK_CUES = Cues(
    Cue(
        "missing lost broken damaged faulty corrupted defective exposed leaked misplaced "
        "mislaid overcharged undercharged duplicate duplicated stranded stuck frozen wiped "
        "skipped bounced bouncing rejecting elevated wrongly incorrect incorrectly mistakenly "
        "accidentally erroneously fails failed failing declined rejected suspended banned "
        "blocked crashed crashes crashing drops dropped dropping collapsed burst flooded cracked "
        "broke jammed leaking snapped"
    ),
    # "your refund still hasn't arrived", "the app is still crashing"
    Cue(
        "still",
        unless=r"\b(?:this|it|that)(?:'s|\s+is)\s+|\b(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+",
        right=r"still\s+(?:hasn't|haven't|isn't|aren't|doesn't|don't|can't|won't|has not|have not|"
        r"is not|are not|not|missing|waiting|broken|down|failing|crashing|stuck|pending|"
        r"outstanding|unpaid|unresolved|showing|shows|charging|happening|offline)\b",
    ),
    # "the website showed the sofa as in stock when it wasn't"
    Cue(
        "when while",
        left=r"\b(?:showed|shown|showing|listed|marked|advertised|said|stated|told\s+you|"
        r"displayed|described|promised)\b[^.;!?\n]{1,80}?",
        span=14,
        right=r"(?:when|while)\s+(?:in fact\s+|actually\s+|really\s+)?(?:it|they|this|that|he|"
        r"she|the\s+[\w-]+)\s+(?:wasn't|weren't|was not|were not|hadn't|had not|didn't|was|"
        r"were|is|are|costs?|had)\b",
    ),
    # "the toggle was resetting every time you closed the app"
    Cue(
        "every_time each_time",
        left=r"\b(?:was|were|is|are|kept|keeps|keep)\s+[a-z]+ing\s+(?:[\w-]+\s+){0,2}?",
    ),
    # "sent six weeks late", "three days after your GP asked"
    Cue(
        "minutes hours days weeks months",
        left=r"(?<![\w@])(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+",
        right=r"[a-z]+\s+(?:late|overdue|behind|after\s+(?:you|your\s+(?:[\w-]+\s+){0,2}?)"
        r"(?:had\s+)?(?:asked|requested|paid|ordered|called|reported|told|booked|applied|sent|"
        r"emailed|contacted|wrote|submitted)|after\s+the\s+(?:deadline|due date|cut-?off))\b",
    ),
    # "your old number was disconnected before the new line was active"
    Cue(
        "before",
        left=r"\b(?:was|were|been|got)\s+(?:disconnected|cancelled|canceled|closed|cut off|"
        r"switched off|turned off|shut off|charged|billed|debited|taken|released|published|"
        r"deleted|removed|suspended|renewed)\s+(?:[\w-]+\s+){0,3}?",
        span=7,
        right=r"before\s+(?:the|your|it|we|you|they|any)\b",
    ),
    # "we found a faulty splice", "a partly closed valve"
    Cue(
        "found",
        right=r"found\s+(?:an?|the|two|some)\s+(?:[\w-]+\s+)?(?:faulty|broken|damaged|closed|"
        r"blocked|burst|loose|failed|failing|leaking|corrupt(?:ed)?|expired|missing|"
        r"misconfigured|cracked|worn|bad|wrong)\b",
    ),
    # "which is why we moved your appointment"
    Cue(
        "moved rescheduled postponed cancelled canceled delayed bumped pushed",
        left=r"\b(?:why|because|so|and|when)\s+(?:we|i)\s+(?:had\s+to\s+)?",
        right=r"[a-z]+\s+(?:back\s+)?your\b",
    ),
    # "the upgrade removed your saved reports"
    Cue(
        "removed deleted wiped erased overwrote cancelled canceled lost corrupted",
        left=r"\b(?:the|this|that|our|an?|its|it|which)\s+(?:[\w-]+\s+){0,2}?",
        right=r"[a-z]+\s+(?:all\s+(?:of\s+)?)?your\b",
    ),
    # "the £312 charge on 9 Jan isn't yours"
    Cue("yours", left=r"\b(?:isn't|wasn't|aren't|weren't|is not|was not|not)\s+"),
    # "your wheelchair was not waiting at the gate"
    Cue(
        "ready waiting included applied met honoured honored kept respected followed",
        left=r"\b(?:wasn't|weren't|was not|were not|isn't|aren't|is not|are not)\s+"
        r"(?:yet\s+|still\s+)?",
    ),
    Cue("mistake", left=("by ",)),
    Cue("error", left=("in ",)),
    Cue(
        "late",
        left=r"\b(?:the|a|your|this|that|our)\s+(?:[a-z]+\s+)?",
        right=r"late\s+(?!fees?\b|payments?\b|charges?\b|night\b|shift\b)[a-z]",
    ),
    Cue(
        "late",
        left=r"\b(?:is|are|was|were|arrived|been|came|running|ran|be)\s+(?:\w+\s+){0,3}?"
        r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+",
        span=6,
        right=r"late\b(?![- ](?:fees?|payments?|charges?))",
    ),
    Cue(
        "wrong",
        left=r"(?<!something )(?<!anything )(?<!nothing )(?<!what's )(?<!what )\b(?:the|a)\s+",
        right=r"wrong\s+[a-z]",
    ),
    Cue(
        "twice",
        left=r"\b(?:charged|billed|debited|shows?|showing|showed|listed|appears?|appeared|taken|took|"
        r"paid|deducted|sent|received|ran|run|processed|applied|booked|posted|collected)\b"
        r"(?:\s+[\w£$€.,'-]+){0,5}?\s+",
        span=7,
    ),
    Cue(
        "stopped",
        unless=r"\b(?:we|i|we've|i've|have|has|had)\s+(?:\w+\s+)?",
        right=r"stopped\s+(?:on|at|since|yesterday|last|this|earlier|overnight|after|working|"
        r"running|syncing|sending|updating|loading|responding|charging|connecting)\b",
    ),
    Cue("behind", left=("left ",)),
    Cue(
        "cut",
        left=r"\b(?:power|water|gas|electricity|service|line|cable|fibre|fiber|network|broadband|"
        r"internet|phone|was|were|been|got)\s+",
    ),
    Cue(
        "other",
        left=("to ", "with "),
        right=r"other\s+(?:users|customers|people|patients|members|passengers|accounts|clients|"
        r"guests)\b",
    ),
    Cue("missed", right=r"missed\s+(?!you\b)"),
    Cue("closed", left=r"\b(?:was|were|been|got)\s+(?:\w+\s+)?"),
    Cue(
        "spam junk",
        left=r"\b(?:went|going|gone|goes|go|landed|landing|ended up)\s+(?:in|to|into)\s+"
        r"(?:the\s+|your\s+)?",
    ),
    Cue("double", right=r"double[- ]?charged?\b"),
    Cue(
        "down offline unavailable inaccessible unreachable",
        left=r"\b(?:is|are|was|were|went|been|goes|go|still)\s+(?:still\s+)?",
    ),
    Cue("keeps keep", right=r"keeps?\s+(?:crashing|failing|dropping|freezing)\b"),
    Cue("cancelled canceled", left=r"\b(?:the|your|a|was|were|been|got)\s+"),
    Cue("cancellation", right=r"cancellation\s+of\b"),
    Cue("confused misled", right=r"(?:confused|misled)\s+you\b"),
    Cue("else", left=("someone ", "somebody "), right=r"else's"),
    Cue("another different", right=rf"[a-z]+\s+(?:{_PERSON_NOUNS})(?:'s)?\b"),
    # "issue" and "problem" name nothing alone ("the issue with your account"), but do with
    # what they affect: "a problem affecting card payments".
    Cue(
        "issue issues problem problems",
        right=r"[a-z]+\s+affecting\s+(?:the\s+|your\s+|our\s+|some\s+)?"
        r"(?!(?:account|accounts|order|orders|request|case|ticket|query|it|this|that|them|you|"
        r"us|me|any|an?|some|many|a few|users|customers|people)\b)[a-z]{4,}",
    ),
)
# The same, said with a negation: "hasn't arrived", "stopped working", "nobody answered".
_ACK_NEGATED = Cues(
    Cue("working", left=r"\b(?:stopped|stops|not|isn't|wasn't|aren't|weren't)\s+"),
    Cue(
        _NOT_DONE,
        needs=_NEGATION_NEEDS,
        ends=_NEGATION_ENDS,
        left=_NEGATED_VERB,
    ),
    Cue(
        _NOT_DONE,
        needs=_NEGATION_NEEDS,
        ends=_ADVERB_ENDS,
        left=_NEGATED_ADVERB,
    ),
    Cue(
        "come go gone turn turned show shown showed log been",
        needs=_NEGATION_NEEDS,
        ends=_NEGATION_ENDS + _ADVERB_ENDS,
        left=rf"{_NEGATED_VERB}|{_NEGATED_ADVERB}",
        right=r"(?:come|go|gone) (?:through|out|to|back)\b|turn(?:ed)? up\b|show(?:n|ed)? up\b|"
        r"log in\b|been (?:paid|sent|delivered|processed|refunded|applied|fixed|posted|"
        r"returned|released|issued|approved|renewed|updated|answered|assessed)\b",
    ),
    Cue(
        "answered replied responded called back up came turned showed arrived visited contacted "
        "told rang",
        left=r"\b(?:nobody|no one|no-one)\s+(?:from\s+[\w-]+\s+)?(?:\w+\s+)?(?:got\s+|"
        r"picked\s+|followed\s+)?",
    ),
    Cue("should shouldn", right=r"should(?:n't|\s+not)\s+have\s+(?:been\s+)?[a-z]+ed\b"),
)
# Words for a failure that need specifics (what, when, how much) to name the problem.
_ACK_WEAK = Cues(
    Cue(
        "outage outages downtime delay delays delayed error errors mistake mistakes bug bugs "
        "glitch glitches hiccup hiccups failure failures mixup mixups disruption disruptions "
        "interruption interruptions breach breaches fault faults slowdown slowdowns expired "
        "loss leak leaks slow noise smell damage breakage overcharge overcharges shortage "
        "closure closures disconnection defect defects"
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
_NOT_MODIFIERS = wordset(
    "the a an any this that these those our your their its my some same minor small slight "
    "little big major technical recent unexpected brief temporary short long unfortunate "
    "similar other billing account general possible potential reported known ongoing such "
    "of for to in on with by from about and or but is was are were be been had has have "
    "there no one another further"
)
_NUMBER_RE = re.compile(r"\d(?<![\w@]\d)")  # a figure, not part of an @handle or a code


def _specific(t: Text, start: int, end: int) -> bool:
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
    return any(w[:1].isupper() and w != "I" for w in t.norm[lo:hi].split()[1:])


_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:may|might|could|will|would|can|won't|'ll)\s+(?:have\s+)?(?:been\s+|be\s+|get\s+)?\Z"
)


def _stated(t: Text, start: int, end: int) -> bool:
    """Not asked, not hypothetical (a conditional apology still states it), not negated."""
    return not (t.hypothetical(start, True) or t.question(start) or t.negated(start))


def _stated_firmly(t: Text, start: int, end: int) -> bool:
    return _stated(t, start, end) and not _HEDGE_BEFORE_RE.search(t.low, max(0, start - 30), start)


def _stated_even_negated(t: Text, start: int, end: int) -> bool:
    return not (t.hypothetical(start, True) or t.question(start))


def _stated_specifically(t: Text, start: int, end: int) -> bool:
    return _stated(t, start, end) and _specific(t, start, end)


def _concedes_figures(t: Text, start: int, end: int) -> bool:
    s, e = t.sentence(start)
    return _NUMBER_RE.search(t.low, s, e) is not None


_ACKNOWLEDGMENT = Cues(
    Cues(_ACK_CUES, test=_stated_firmly),
    Cues(_ACK_NEGATED, test=_stated_even_negated),
    Cues(_ACK_WEAK, test=_stated_specifically),
    Cues(_CONCESSION, test=_concedes_figures),
    proves="acknowledgment",
)
CUES = Cues(_OWNED_ACT, _OWNERSHIP, _ACKNOWLEDGMENT)
