"""Ownership and acknowledgment: who did what went wrong, and naming it specifically.

Error markers ("by mistake", "twice", "to the wrong address") make an action a mistake; said
of a first-person actor they are ownership that also names the act.
"""

from __future__ import annotations

import re

from .engine import Cue, Cues, Text, alt, at_word_start, endings, wordset
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
    r"mention|explain|refresh|action|handle|investigate|meet|greet|escort|look|read|open|"
    r"consider|assess|inspect|examine|attend|listen|note|set up|install|connect|reconnect|"
    r"restore|remove|replace|repair|live up|deliver on|stick to|keep to|come through|communicate"
)
# What can be done twice by mistake: "charged twice", "reported your pay to HMRC twice".
_REPEATED_VERBS = (
    r"charged|charging|billed|billing|debited|took|taken|processed|ran|run|sent|sending|shipped|"
    r"booked|applied|collected|reported|submitted|filed|entered|recorded|paid|issued|printed|"
    r"emailed|texted|posted|published|counted|logged|added|credited|deducted|invoiced|mailed|"
    r"called|notified"
)
# Acts that go against the person ("we ticketed your car even though ...").
_ADVERSE_VERBS = (
    r"charged|billed|debited|renewed|invoiced|fined|ticketed|penalised|penalized|closed|"
    r"cancelled|canceled|blocked|suspended|froze|frozen|declined|rejected|refused|turned you away|"
    r"sent you away|flagged|disconnected|cut off|chased|towed|clamped|repossessed|evicted|"
    r"terminated|withheld|kept charging"
)
# The words one of which the message needs for an adverse act ("turned you away": "turned").
_ADVERSE_WORDS = " ".join(w.split()[0] for w in _ADVERSE_VERBS.split("|"))
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
        left=rf"\b(?:{_REPEATED_VERBS})\b[^.;,!?\n]{{0,30}}?",
        span=8,
    ),
    # "our retry logic was sending each reminder up to five times"
    Cue(
        "times",
        needs=_REPEATED_VERBS.replace("|", " "),
        left=rf"\b(?:{_REPEATED_VERBS})\b[^.;!?\n]{{0,60}}?\b(?:each|every|the same|your|the)\s+"
        r"[\w-]+(?:\s+[\w-]+)?\s+(?:up to\s+|about\s+|over\s+|at least\s+)?(?:three|four|five|"
        r"six|seven|eight|nine|ten|several|multiple|\d+)\s+",
        span=14,
    ),
    Cue("double", right=r"double[- ](?:charged|billed|booked)\b"),
    Cue("failed neglected omitted", right=r"[a-z]+\s+to\b"),
    Cue(
        "didn't did_not never",
        right=rf"(?:didn't|did not|never)\s+(?:{_DUTY_VERBS})\b"
        r"|(?:didn't|did not|never)\s+block\s+(?!you\b|your\b)",
    ),
    # "our system had not credited 1,140 deposits"
    Cue(
        "hadn't had_not",
        right=r"(?:hadn't|had not)\s+(?:yet\s+|actually\s+)?(?!(?:received|heard|needed|wanted|"
        r"expected|agreed|asked|requested|seen|been|had|got)\b)(?:[a-z]+ed|sent|paid|made|done|"
        r"given|told|set up|put|run|kept)\b",
    ),
    Cue("left", right=r"left\s+(?:[\w-]+\s+){0,2}?out\b"),
    Cue("broke", right=r"broke\b(?!\s+down)"),
    Cue(
        "deleted lost cancelled canceled blocked banned suspended froze muted disconnected "
        "overwrote erased delayed missed capped locked closed",
        right=r"[a-z]+\s+(?:all\s+|both\s+|some\s+|most\s+)?(?:of\s+)?(?:your|you)\b"
        r"(?<!missed you)",
    ),
    # "we let your cover lapse", "we let a security certificate - the ID our service uses - expire"
    Cue(
        "lapse expire run_out slip fall drop",
        left=r"\blet\s+(?:(?:it|them|this|that)\s+|(?:your|the|an?|our|its|their)\s+(?:[\w-]+\s+){1,3}?"
        r"(?:[—–-]\s+[^—–]{1,80}?[—–]\s+)?)",
        span=20,
    ),
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
    # "we pushed a bad config", "a buggy update"
    Cue(
        "bad buggy",
        ends=("a ", "the ", "an ", "that ", "this "),
        right=r"(?:bad|buggy)\s+(?:[\w-]+\s+)?(?:config|configuration|configs|update|updates|release|"
        r"deploy|deployment|patch|change|changes|setting|settings|file|batch|data|script|rule|"
        r"rules|migration|build|version|link|address|code|entry|entries|reading|readings|"
        r"record|records|price|prices|rate|rates|list|template|firmware|import|export|fix)\b",
    ),
    # "our hotfix introduced a playback failure"
    Cue(
        "introduced",
        right=r"introduced\s+(?:an?\s+|the\s+|this\s+|that\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:bug|bugs|error|errors|failure|failures|fault|faults|problem|problems|issue|issues|"
        r"regression|glitch|flaw|mistake|defect|vulnerability|loop)\b",
    ),
    # "so DNS propagation took much longer than it should have"
    Cue(
        "longer",
        left=r"\b(?:took|take|takes|taken|taking|was|were|lasted|ran|went on)\s+(?:much\s+|far\s+|"
        r"a lot\s+|way\s+|days\s+|weeks\s+|hours\s+)?",
        right=r"longer\s+than\s+(?:it|they|this|that|he|she|we|i)\s+(?:should|ought)\b",
    ),
    # "we ticketed your car even though your badge was on display"
    Cue(
        "though although despite",
        needs=_ADVERSE_WORDS,
        left=rf"\b(?:{_ADVERSE_VERBS})\b[^.;!?\n]{{0,60}}",
        span=14,
        right=r"(?:though|although|despite)\b",
    ),
    # "I marked Ellie's coursework as missing when it was in the wrong folder"
    Cue(
        "when while",
        needs="as",
        left=r"\b(?:showed|shown|listed|marked|recorded|logged|flagged|advertised|described|"
        r"labell?ed|classed|classified|treated|registered|coded)\b[^.;!?\n]{0,60}?\bas\b"
        r"[^.;!?\n]{1,40}?",
        span=16,
        right=r"(?:when|while)\s+(?:in fact\s+|actually\s+|really\s+)?(?:it|they|this|that|he|"
        r"she|the\s+[\w-]+)\s+(?:wasn't|weren't|was not|were not|hadn't|had not|didn't|was|were|"
        r"had)\b",
    ),
    # "we told you it was in stock when it wasn't"
    Cue(
        "when while",
        needs="told said promised confirmed",
        left=r"\b(?:told\s+you|said|promised|confirmed)\b[^.;!?\n]{1,80}?",
        span=16,
        right=r"(?:when|while)\s+(?:in fact\s+|actually\s+|really\s+)?(?:it|they|this|that|he|"
        r"she|the\s+[\w-]+)\s+(?:wasn't|weren't|was not|were not|hadn't|had not|didn't|"
        r"hasn't|hadn't)\b",
    ),
    # "we parked across your drive even though you'd asked us not to"
    Cue(
        "asked told",
        left=r"\b(?:though|although|despite|after|when)\s+you(?:'d|\s+had)?\s+(?:already\s+|"
        r"specifically\s+|clearly\s+|explicitly\s+)?",
        right=r"(?:asked|told)\s+us\s+(?:not\s+to|to\s+stop)\b",
    ),
    # "we charged you for Premium after you'd cancelled"
    Cue(
        "after",
        needs=_ADVERSE_WORDS,
        left=rf"\b(?:{_ADVERSE_VERBS})\b[^.;!?\n]{{0,60}}",
        span=14,
        right=r"after\s+(?:you|your\s+[\w-]+)(?:'d|\s+had)?\s+(?:already\s+)?(?:cancel(?:l)?ed|"
        r"closed|unsubscribed|opted out|switched|moved out|terminated|asked us not|told us not|"
        r"asked us to stop|told us to stop|died|passed away)\b",
    ),
    Cue(
        "after",
        needs="unsubscribed opted asked told",
        left=r"\b(?:emailed|texted|called|rang|phoned|contacted|messaged|mailed|sent)\b"
        r"[^.;!?\n]{0,60}",
        span=14,
        right=r"after\s+you(?:'d|\s+had)?\s+(?:already\s+)?(?:unsubscribed|opted out|asked us not|"
        r"told us not|asked us to stop|told us to stop)\b",
    ),
    # "our hygienist booked you for a 30-minute clean when you needed the 60-minute one"
    Cue(
        "when",
        needs="needed ordered paid entitled booked chose selected",
        left=r"\b(?:booked|sent|gave|charged|billed|issued|shipped|delivered|put|fitted|installed|"
        r"prescribed|assigned|allocated|quoted|registered|enrolled|dispatched|packed|"
        r"printed|made)\b(?:\s+[\w£$€.,'-]+){1,8}?\s+",
        span=12,
        right=r"when\s+(?:you|your\s+[\w-]+)(?:'d|\s+had)?\s+(?:actually\s+|clearly\s+)?"
        r"(?:needed|ordered|paid for|were entitled to|booked|chose|selected)\s+"
        r"(?:the|an?|your|\d)",
    ),
    # "we lost the photos you sent", "our load balancer dropped the session"
    Cue(
        "lost mislaid misplaced garbled truncated scrambled",
        right=r"[a-z]+\s+(?:the|all|both|part|half|two|three|some|several|\d)\b(?!\s+(?:battle|"
        r"argument|bet|war|plot)\b)",
    ),
    Cue(
        "dropped",
        right=r"dropped\s+(?:the|your|all|both|some|several|\d+)\s+(?:[\w-]+\s+)?(?:session|"
        r"sessions|call|calls|connection|connections|request|requests|order|orders|message|"
        r"messages|data|file|files|record|records|line|ball|booking|bookings|transaction|"
        r"transactions|payment|payments|item|items|parcel|parcels|package|packages|ticket|"
        r"tickets|case|cases|application|applications)\b",
    ),
    # "we sent your T-shirts with the old logo"
    Cue(
        "old outdated out-of-date stale",
        left=r"\b(?:with|using|showing|from|at|to)\s+(?:the\s+|your\s+|an?\s+|their\s+)?",
        right=r"[a-z-]+\s+(?!ones?\b)[a-z]",
        unless=r"\b(?:replac\w*|swap\w*|exchang\w*|back|restor\w*|return\w*|revert\w*|compar\w*|"
        r"match\w*|check|checks|checked|checking|kept|keep\w*|instead|rather|now)\b[^.;!?\n]*",
        span=10,
    ),
    # "I keyed your bank details wrong"
    Cue(
        "wrong wrongly",
        needs="keyed typed entered spelled spelt read wrote written filled copied labelled "
        "labeled addressed priced calculated added configured recorded scanned measured fitted "
        "installed coded set put filed",
        left=r"\b(?:keyed|typed|entered|spelled|spelt|read|wrote|written|filled|copied|labell?ed|"
        r"addressed|priced|calculated|added|configured|recorded|scanned|measured|fitted|"
        r"installed|coded|set|put|filed)\b(?:\s+[\w'-]+){1,6}?\s+",
        span=8,
        right=r"wrong(?:ly)?\b(?!\s+(?:with|about|for)\b)",
    ),
    Cue("breached violated", right=r"[a-z]+\s+(?:our|your|the|its|their|data|privacy|gdpr)\b"),
    Cue(
        "too",
        right=r"too\s+(?:early|late|much|many|soon|few|little|long|high|low|quickly|fast|slowly)\b",
    ),
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
    r"carrier|carriers|processor|processors|contractor|contractors|bank|host|agency|broker|"
    r"brokers|subcontractor|subcontractors|insurer|insurers|manufacturer|manufacturers|"
    r"landlord|airline|airlines|installer|installers"
)
# What we change: "a setting we changed", "because of a country list we updated".
_OUR_CHANGE = (
    r"made|pushed|released|deployed|introduced|changed|applied|sent|ran|installed|rolled out|"
    r"shipped|set|updated|edited|modified|enabled|disabled|turned on|turned off|switched|added|"
    r"removed|configured|migrated|wrote|launched|scheduled|set up|moved|upgraded"
)
_NOT_MODIFIER = r"is|was|are|were|has|have|had|the|a|an|been|be|very|so|not|own"
_OWNED_NOUNS = "fault faults mistake mistakes error errors oversight blunder failure failures"
# Who made the mistake: "we", "I", or our staff ("our agent", "one of our engineers").
_WE_OR_OUR_STAFF = (
    rf"\b(?:i|we|my\s+colleague|one\s+of\s+(?:our|my)\s+[\w-]+|our\s+(?!(?:[\w-]+\s+)?"
    rf"(?:{_THIRD_PARTY}|customers?|users?|clients?|members?|patients?|guests?|passengers?)\b)"
    r"[\w-]+(?:\s+[\w-]+)?)"
)
# The reader's view, not our admission: "I regret that you feel our service let you down".
_YOUR_VIEW = (
    r"\byou(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:feel|felt|think|thought|say|said|believe|found|find|"
    r"claim|claimed|perceived?|consider|considered)\b[^.;!?\n]*"
)
# "we're", "I was", "Im", with an adverb or "the ones": what comes before "at fault", "to blame".
_WE_ARE = (
    r"\b(?:we(?:'re|\s+are|\s+were)|i(?:'m|\s+am|\s+was)|im)\s+(?:(?:fully|entirely|completely|"
    r"solely|wholly|totally|squarely|clearly|simply|plainly|absolutely|100%|the\s+ones?)\s+)?"
)
# What one can be responsible for when it went wrong: "responsible for this delay".
_FAILURE_NOUNS = (
    r"mistakes?|errors?|faults?|failures?|delays?|mix-?ups?|mess|oversights?|confusion|problems?|"
    r"issues?|outages?|bugs?|incidents?|lapses?|overcharges?|damage|loss|leak|breach|blunders?|"
    r"slip-?ups?|screw-?ups?|cock-?ups?|trouble|harm|disruption|situation"
)
_OUR_JUDGEMENT_RE = re.compile(r"\b(?:our|my)\s+[a-z]+\s+(?:[a-z]+\s+)?(?:was|is)\b")
_WE_DECIDED_RE = re.compile(
    r"\b(?:we|i)\s+(?:[a-z]+ed|told|gave|quoted|sent|made|said|turned down|wrote)\b"
)


def _our_judgement(t: Text, start: int, end: int) -> bool:
    """"Our decision was wrong", or "that decision was wrong" after "we declined your claim"."""
    if _OUR_JUDGEMENT_RE.match(t.low, start):
        return _admitted(t, start, end)
    s, _ = t.sentence(start)
    return _admitted(t, start, end) and bool(_WE_DECIDED_RE.search(t.low, max(0, s - 200), start))


def _admitted(t: Text, start: int, end: int) -> bool:
    """Said as a fact: not negated ("it wasn't our mistake"), hypothetical or asked."""
    return not (t.negated(start) or t.hypothetical(start) or t.question(start))


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
        f"{_OWNED_NOUNS} mess typo flaw hash muddle hames",
        hint=("made ", "make ", "had ", "has ", "contain", "include"),
        left=rf"{_WE_OR_OUR_STAFF}(?:'ve|ve|\s+have|\s+has|\s+had)?\s+(?:made|make)\s+"
        r"(?:an?\s+|this\s+|that\s+|the\s+|one\s+|some\s+|two\s+|several\s+)?(?:[\w-]+\s+)?"
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
        r"|[a-z-]+\s+(?:was\s+|is\s+)?(?:entirely\s+)?(?:on|from)\s+(?:our|my)\s+(?:end|side|part)\b",
    ),
    # "an earlier delay on our side", "the hold-up was on our end"
    Cue(
        "delay delays outage outages failure failures hold-up mix-up oversight slip slowdown "
        "failing failings lapse lapses misstep miss misjudgement misjudgment delayed",
        needs="our my",
        right=r"[a-z-]+\s+(?:was\s+|is\s+)?(?:entirely\s+|squarely\s+|firmly\s+)?(?:on|from)\s+"
        r"(?:our|my)\s+"
        r"(?:end|side|part)\b",
    ),
    # "our decision was wrong", "we declined your claim. That decision was wrong"
    Cue(
        "wrong incorrect unfair mistaken unjustified flawed",
        left=r"\b(?:our|my|that|this)\s+(?:original\s+|earlier\s+|initial\s+|first\s+)?"
        r"(?:decision|assessment|advice|answer|reply|quote|calculation|judgement|judgment|call|"
        r"ruling|refusal|rejection|diagnosis|estimate|valuation)\s+(?:was|is)\s+(?:simply\s+|"
        r"plainly\s+|clearly\s+|just\s+)?",
        span=7,
        test=_our_judgement,
    ),
    # "our handling of your complaint was poor", "our records were wrong"
    Cue(
        "poor inadequate unacceptable substandard careless slow confusing misleading wrong "
        "incorrect inaccurate unclear sloppy",
        left=r"\b(?:our|my)\s+(?:own\s+)?(?:handling|service|communication|communications|response|"
        r"responses|process|processes|conduct|record-keeping|records|performance|work|explanation|"
        r"information|paperwork|instructions|support|customer\s+service|follow-up)"
        r"(?:\s+(?:of|on|with|to|about)\s+(?:your|the|this)\s+[\w-]+)?\s+(?:was|were|is|are|"
        r"has\s+been|have\s+been)\s+(?:simply\s+|plainly\s+|clearly\s+|just\s+|really\s+|very\s+|"
        r"frankly\s+)?",
        span=12,
    ),
    # "that's not good enough", "our response wasn't good enough"
    Cue(
        "enough",
        left=r"\b(?:that|this|it|(?:our|my)\s+[\w-]+(?:\s+[\w-]+)?|we|i)(?:(?:'s|'re|\s+is|\s+was|"
        r"\s+were|\s+are|\s+has\s+been|\s+have\s+been|'ve\s+been)\s+(?:just\s+|simply\s+|"
        r"frankly\s+|really\s+|still\s+)?not|\s+(?:isn't|wasn't|weren't|aren't|hasn't\s+been|"
        r"haven't\s+been))\s+(?:good|quick|fast|clear|careful)\s+",
        span=8,
    ),
    # "an error by our billing team", "a mistake made by us"
    Cue(
        "by_our by_my by_us by_me",
        left=r"\b(?:mistakes?|errors?|oversight|failure|fault|slip|blunder|mix-up|omission)\s+"
        r"(?:was\s+|were\s+)?(?:made\s+|committed\s+)?",
        right=rf"by\s+(?:our|my)\s+(?:own\s+)?(?!(?:[\w-]+\s+){{0,2}}(?:{_THIRD_PARTY})\b)[\w-]+\b"
        r"(?!')|by\s+(?:us|me)\b",
    ),
    # "we didn't do what we said we would"
    Cue(
        "didn't did_not",
        left=r"\b(?:i|we)\s+",
        right=r"(?:didn't|did not)\s+do\s+what\s+(?:we|i)\s+(?:said|promised|told\s+you)\b",
    ),
    # "we were negligent", "I was remiss", "we were in error"
    Cue("negligent remiss careless sloppy", left=_WE_ARE, span=6),
    Cue("error", ends=("in ",), left=rf"{_WE_ARE}in\s+", span=6),
    # "we weren't clear about the fees", "I didn't make it clear"
    Cue(
        "clear",
        left=r"\b(?:i|we)\s+(?:wasn't|weren't|was\s+not|were\s+not|haven't\s+been|have\s+not\s+been|"
        r"didn't\s+make\s+(?:it|this|that|things))\s+(?:very\s+|as\s+|particularly\s+|entirely\s+|"
        r"completely\s+)?",
        span=7,
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
        "on_us on_me down_to_us down_to_me",
        left=r"\b(?:that|this|it|which|the\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+one)?"
        r"(?:'s|s| is| was| falls| fell| lies| rests| sits)\s+"
        r"(?:all\s+|entirely\s+|completely\s+|squarely\s+|totally\s+|purely\s+|solely\s+|"
        r"100%\s+)?",
        span=6,
        right=r"(?:on|down to) (?:us|me)\b(?!\s+to\b)",
    ),
    # "that was our doing", "mea culpa", "I hold my hands up"
    Cue("doing", ends=("our ", "my ", "own "), left=r"\b(?:our|my)\s+(?:own\s+)?"),
    Cue("culpa", left=("mea ",)),
    Cue(
        "hands_up",
        left=r"\b(?:i|we)(?:'ll|\s+will|\s+have\s+to|\s+must)?\s+(?:hold|put|holding|putting)\s+"
        r"(?:my|our)\s+",
    ),
    # "we were at fault", "I'm to blame", "we were in the wrong", "I was wrong to close it"
    Cue("fault", ends=("at ",), left=rf"{_WE_ARE}at\s+", span=6),
    Cue("blame", ends=("to ",), left=rf"{_WE_ARE}to\s+", span=6),
    Cue(
        "wrong",
        left=rf"{_WE_ARE}(?:in\s+the\s+)?",
        span=6,
        right=r"wrong(?:\s+(?:to|about|when|here|there|again|on\s+(?:this|that))\b|\s*(?:[.,;:!—–]|$)"
        r"|\s+-\s)",
    ),
    # "we're responsible for this delay", "I am accountable", "we hold ourselves responsible"
    Cue(
        "responsible accountable",
        left=rf"{_WE_ARE}|\b(?:we|i)\s+(?:hold|held)\s+(?:ourselves|myself)\s+(?:fully\s+|entirely\s+)?",
        span=6,
        right=r"(?:responsible|accountable)(?:\s*(?:[.,;!—–-]|$)|\s+here\b|\s+for\s+(?:this|that|it|"
        r"what\s+(?:happened|went\s+wrong)|all\s+of\s+(?:this|that|it)|everything\s+that|"
        rf"(?:the|this|that|these|those|our|my)\s+(?:[\w-]+\s+){{0,2}}?(?:{_FAILURE_NOUNS})|"
        r"(?:losing|missing|sending|charging|delaying|deleting|breaking|closing|cancell?ing|"
        r"overcharging|mixing|forgetting|failing)\b)\b)",
    ),
    # "I own this one", "we own the mistake" (not "we own 40 stores")
    Cue(
        "own owned",
        left=r"\b(?:we|i)\s+(?:fully\s+|completely\s+|totally\s+|100%\s+)?",
        right=r"own\s+(?:this|that|it)(?:\s+(?:one|fully|completely|entirely|100%))?\s*"
        r"(?:[.!,;:—–-]|$)|own\s+(?:this|that|the|our|my)\s+(?:[\w-]+\s+)?(?:mistake|error|"
        r"failure|oversight|mess|mix-up|screw-up|slip-up|blunder|delay|problem|outage)\b|owned\s+up\b",
    ),
    Cue(
        "wrong",
        left=r"\b(?:i|we)(?:'ve|ve|\s+have)?\s+(?:really\s+|completely\s+|clearly\s+|totally\s+)?"
        r"(?:got|had)\s+(?:this|that|it|things|(?:your|the|our|my|both|some|all|a\s+few)\s+[\w-]+"
        r"(?:\s+[\w-]+)?)\s+(?:(?:all|completely|totally|badly|very|so|horribly|really)\s+)?",
        span=9,
    ),
    # "we messed up", "I dropped the ball", "we blew it", "we stuffed up your booking"
    Cue(
        "messed screwed slipped mixed fouled dropped let_you_down fell fallen failed blew goofed "
        "botched bungled fumbled flubbed fluffed cocked stuffed mucked ballsed overlooked erred "
        "misjudged misunderstood mishandled neglected",
        left=rf"{_WE_OR_OUR_STAFF}(?:'ve|ve|\s+have|\s+has|'d|\s+had)?\s+(?:really\s+|completely\s+|"
        r"totally\s+|properly\s+|badly\s+|clearly\s+|simply\s+|just\s+|somehow\s+|honestly\s+)?",
        unless=_YOUR_VIEW,
        span=8,
        right=r"(?:messed|screwed|slipped|mixed|fouled|cocked|stuffed|mucked|ballsed|goofed)\s+"
        r"(?:\w+\s+)?up\b|dropped the ball\b|let you down\b|fell short\b|fallen short\b|"
        r"failed you\b|blew it\b|(?:goofed|erred|botched|bungled|fumbled|flubbed|fluffed)\b|"
        r"(?:overlooked|misjudged|misunderstood|mishandled|neglected)\b(?!\s+to\b)",
    ),
    Cue(
        "responsibility ownership blame",
        left=r"\b(?:i|we)\s+(?:take|accept)\s+(?:full\s+|complete\s+|total\s+|the\s+)?",
    ),
    Cue(
        "ours mine",
        left=r"\b(?:mistake|error|fault|blame|responsibility|oversight|failure|failing|delay|mix-up)\s+"
        r"(?:here\s+)?(?:was|is|'s|"
        r"lies|rests|sits)\s+(?:entirely\s+|all\s+|completely\s+|squarely\s+|fully\s+|wholly\s+)?",
        span=6,
    ),
    Cue(
        "responsibility blame fault",
        right=r"[a-z]+\s+(?:for\s+(?:this|that|it)\s+)?(?:is|was|lies|lay|rests|sits|falls)\s+"
        r"(?:entirely\s+|squarely\s+|fully\s+|solely\s+|wholly\s+)?(?:with|on)\s+(?:us|me\b|"
        rf"our\s+(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+)\b",
    ),
    Cue(
        "should shouldn ought",
        left=rf"\b(?:i|we|our\s+(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:really\s+|definitely\s+|clearly\s+|absolutely\s+|never\s+)?",
        right=r"(?:should|shouldn't|shouldnt|should not|ought to)(?:\s+never)?(?:\s+have|'ve|ve)\s+"
        r"(?!it\b|this\b|that\b|them\b|your\b|an?\b|the\b|more\b|some\b|any\b|news\b)[a-z]+",
    ),
    # "we could have handled this better" (not "... sooner if you had sent the form")
    Cue(
        "could",
        needs="better sooner earlier faster quicker more",
        left=rf"\b(?:i|we|our\s+(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:really\s+|definitely\s+|clearly\s+|certainly\s+)?",
        right=r"could(?:\s+have|'ve)\s+(?!your\b|the\b|it\b|them\b|an?\b|this\b|that\b)"
        r"(?:[\w-]+\s+){1,4}?(?:(?:much|a\s+lot|far)\s+)?(?:better|"
        r"sooner|earlier|faster|quicker|more\s+(?:quickly|clearly|carefully|promptly))\b"
        r"(?![^.;!?\n]*\bif\b)",
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
        r"overlooked|removed|wiped|erased|overwritten|corrupted|split|switched off|turned off|"
        r"shut off|cut off|disabled|cancelled|canceled|blocked|suspended|frozen|locked|"
        r"misdirected|misrouted|misfiled|misread|left\s+(?:that way|like that|open|closed|"
        r"unlocked|unattended|behind|on|off))\s+(?:[\w-]+\s+){0,3}?",
        span=7,
        right=rf"by\s+(?:our|my)\s+(?:own\s+)?(?!(?:[\w-]+\s+){{0,2}}(?:{_THIRD_PARTY})\b)"
        r"[\w-]+\b(?!')",
    ),
    # "since our update on Tuesday", "after our migration"
    Cue(
        "since after following because due caused",
        needs="our",
        right=r"(?:since|after|following|because of|due to|caused by)\s+our\s+(?:[\w.-]+\s+){0,2}?"
        r"(?:update|release|change|changes|deploy|deployment|migration|upgrade|maintenance|"
        r"mistake|error|bug|switchover|move|rollout|swap|switch|changeover|cutover|rebuild|"
        r"reset|import|sync|outage|failure|glitch|fault|oversight)\b",
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
        needs="we i",
        right=r"(?:because of|due to|caused by|after|following)\s+(?:an?|the|this|that)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:we|i)(?:'d|\s+had)?\s+(?:{_OUR_CHANGE})\b",
    ),
    # "the cause was a retry setting we changed that morning", "the cause was in our code"
    Cue(
        "cause culprit",
        right=r"(?:cause|culprit)\s+(?:was|is|turned out to be)\s+(?:an?|the|this|that)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:we|i)(?:'d|\s+had)?\s+(?:{_OUR_CHANGE})\b"
        r"|cause\s+(?:was\s+|is\s+|lay\s+|lies\s+)?in\s+(?:our|my)\s+(?:own\s+)?"
        rf"(?!(?:[\w-]+\s+)?(?:{_THIRD_PARTY})\b)[\w-]+",
    ),
    # "a configuration change we made at 02:00 cut broadband for 4% of customers"
    Cue(
        "change changes update updates release setting settings config configuration deploy "
        "deployment migration upgrade patch script rule",
        needs="made pushed released deployed applied rolled shipped installed ran introduced "
        "changed updated",
        right=r"[a-z]+\s+(?:that\s+)?(?:we|i)(?:'d|\s+had)?\s+(?:made|pushed|released|deployed|"
        r"applied|rolled out|shipped|installed|ran|introduced|changed|updated)\s+"
        r"(?:[\w:.-]+\s+){0,4}?(?:cut|broke|knocked|took\s+(?:down|out)|deleted|wiped|erased|removed|"
        r"disabled|corrupted|overwrote|reset|locked|logged\s+(?:you|users|everyone)|blocked|"
        r"caused|triggered|introduced|duplicated)\b",
    ),
    # "the overcharge came from us reading your meter's digits in the wrong order"
    Cue(
        "us",
        needs="came comes resulted stemmed arose happened caused",
        ends=("from ", "of ", "by "),
        left=r"\b(?:came|comes|resulted|stemmed|arose|happened|was caused|were caused)\s+"
        r"(?:from|because of|by)\s+",
        right=r"us\s+(?:not\s+)?[a-z]+ing\b",
    ),
    Cue(
        "because",
        right=r"because\s+(?:we|i|our\s+(?!(?:[\w-]+\s+){0,2}(?:"
        + _THIRD_PARTY
        + r")\b)[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?!were\b|was\b|had\s+(?:an?|the|no|some|many|lots|"
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
    # "we sent you an XL tagged as L, which is why it doesn't fit"
    Cue(
        "why",
        needs="which that",
        left=r"\b(?:which|that)(?:'s|\s+is|\s+was)\s+",
        right=r"why\s+(?:it|they|you|your\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:still\s+)?(?:doesn't|don't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|won't|"
        r"never|hasn't|haven't|had to|lost|missed|got stuck|ended up)\b",
    ),
    test=_after_our_act,
)
# "I told you there was no fee, and there was": what we said, then the opposite.
_TOLD_RE = re.compile(
    r"told\s+you\b([^.;!?\n]{3,100}?),?\s+(?:and|but)\s+(?:in fact\s+|actually\s+)?"
    r"((?:there|it|they|that|this|he|she|we|i)\s+(?:was|were|did|had|is|are|does|do|"
    r"wasn't|weren't|didn't|hadn't|isn't|aren't|doesn't|don't|never|still)\b[^.;!?\n,]{0,40})"
)
_NEG_RE = re.compile(
    r"\b(?:no|not|never|nothing|none|free|wrong|mistaken|incorrect|untrue)\b|n't\b"
)


def _contradicts(t: Text, start: int, end: int) -> bool:
    """What we told the person and what happened: one side negated, the other not."""
    m = _TOLD_RE.match(t.low, t.low.find("told", start))  # the span starts at "we"/"i"
    if m is None or t.hypothetical(start) or t.question(start):
        return False
    return bool(_NEG_RE.search(m.group(1))) != bool(_NEG_RE.search(m.group(2)))


_TOLD_WRONG = Cues(
    Cue("told", left=r"\b(?:i|we)(?:'d|\s+had|\s+also)?\s+", test=_contradicts)
)
# "You're right: the quote we sent ..." - conceding the customer's point about our act.
_CONCESSION = Cues(
    Cue(
        "right",
        ends=("you're ", "you are ", "you were ", "absolutely ", "completely ", "quite ",
              "totally ", "entirely "),
        left=r"\byou(?:'re|\s+are|\s+were)\s+(?:absolutely\s+|completely\s+|quite\s+|totally\s+|"
        r"entirely\s+)?",
    )
)
_FIRST_PERSON_PAST_RE = re.compile(
    r"\b(?:we|i)\s+(?:[a-z]+ed|sent|made|gave|told|quoted|took|left|put|set|sold|got)\b"
)
_FIRST_PERSON = "we i our ours my mine us me weve ive im"  # and the no-apostrophe typos
_LAST_ACTOR_RE = re.compile(r".*\b(we|i|our)\b", re.DOTALL)
_BY_US_RE = re.compile(
    rf"\bby\s+(?:us|me|our\s+(?!(?:[\w-]+\s+){{0,2}}?(?:{_THIRD_PARTY})\b))\b"
)
_OUR_BLOCK_RE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{_THIRD_PARTY}|apolog\w*|records|logs)\b|[\w-]+'s\b)"
)
_ACTOR_BLOCK_RE = re.compile(
    r"(?:'re|'m|'ll)\b|'d\b(?!\s+(?:already\s+|just\s+|then\s+|also\s+)?(?:[a-z]+ed|given|sent|"
    r"made|put|left|taken|told|sold|kept|lost|shown|set|run|written|forgotten|broken|paid|"
    r"got|gotten|built|brought)\b)"
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
    r"\b(?:was|were)\b(?!\s+(?:still\s+|also\s+)?[a-z]+ing\b)|\b(?:been|being)\b"
    r"|\b(?:you|they|he|she|it|that|which)\s+(?:are|is|'re|'s|have|has|'ve|had|got|may|might)\b"
    r"|\bas (?:you )?(?:asked|requested)\b|\bat your request\b"
)
# What we report rather than did: "our team is aware that posts didn't publish".
_REPORTED_RE = re.compile(
    r"\b(?:aware|know|knew|noticed|found|confirmed|see|saw|understand|checked|reali[sz]ed|"
    r"heard|told)\s+(?:that\s+)?"
)


# "the broker we use filed the wrong code": "we" in a clause about someone else.
_THEIR_CLAUSE_RE = re.compile(rf"\b(?:{_THIRD_PARTY})\s+(?:that\s+|who\s+)?\Z")
# "...which is why your documents didn't arrive": the failure has its own subject.
_OWN_SUBJECT_RE = re.compile(r"\b(?:your|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}\Z")
_INVERTED_IF = ("had ", "were ", "should ")
_NOT_DONE_MARKERS = ("didn't", "did not", "never", "hadn't", "had not", "shouldn", "should")


def _owned_act(t: Text, start: int, end: int) -> bool:
    """True when the error marker at ``start`` is said of a first-person actor's action."""
    low = t.low
    before = t.before(start, 130)
    actor = _LAST_ACTOR_RE.match(before)
    if actor is None:
        return bool(_BY_US_RE.search(before) or _BY_US_RE.search(t.after(start)))
    between = before[actor.end() :]
    if before.endswith(_INVERTED_IF, 0, actor.start(1)):
        return False  # "had we pushed a bad config, ..."
    if actor.group(1) == "our":
        if _OUR_BLOCK_RE.match(between):
            return False
    elif (
        _ACTOR_BLOCK_RE.match(between)
        or _REPAIR_HEAD_RE.match(between)
        or _THEIR_CLAUSE_RE.search(before, 0, actor.start(1))
    ):
        return False
    if _REPORTED_RE.search(between):
        return False
    # "our retry logic was sending ... five times": the marker's verb may follow "was"
    if _BETWEEN_BLOCK_RE.search(between + low[start : min(end, start + 20)]) or t.negated(start):
        return low.startswith(_NOT_DONE_MARKERS, start) and not (
            between.strip() and _OWN_SUBJECT_RE.search(between)
        )
    return True


def _concedes_our_act(t: Text, start: int, end: int) -> bool:
    _, stop = t.sentence(start)
    return _FIRST_PERSON_PAST_RE.search(t.low, start, stop) is not None


# An owned act also names what went wrong: "I'm sorry we wiped your progress".
# "it took us three weeks to reply"
_OUR_SLOWNESS = Cues(
    Cue(
        "took",
        unless=r"\b(?:only|just)\s+",
        right=r"took\s+(?:us|me|our\s+[\w-]+(?:\s+team)?)\s+(?:over\s+|more\s+than\s+|nearly\s+|"
        r"almost\s+|about\s+|around\s+)?(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|"
        r"several|a\s+few)\s+(?:(?:more|full|whole|extra)\s+)?(?:days?|weeks?|months?|hours?)\s+to\b",
    ),
    test=_admitted,
)
# "we've been slow to respond", "I was unclear about the fees"
_OUR_SHORTCOMING = Cues(
    Cue(
        "slow late careless sloppy unclear unhelpful",
        left=r"\b(?:we|i)(?:'ve|\s+have|\s+were|'re|\s+are|\s+was|'m|\s+am)\s+(?:been\s+)?(?:far\s+|"
        r"too\s+|very\s+|really\s+|so\s+|incredibly\s+)?",
        right=r"(?:slow|late|careless|sloppy|unclear|unhelpful)\s+(?:to|in|with|about)\b",
        span=6,
    ),
    test=_admitted,
)
_SORRY = "sorry apology apologies apologise apologize"
_SORRY_FOR = "sorry_for apology_for apologies_for apologise_for apologize_for"
# "we owe you an apology for losing your documents", "sorry for sending the wrong invoice":
# the act is ours though no "we" is said (the group needs only its own anchor words).
_SORRY_FOR_OUR_ACT = Cues(
    Cue(
        _SORRY_FOR,
        right=r"(?:apology|apologies|apologi[sz]e|sorry)\s+for\s+(?:(?:not|never)\s+)?(?:losing|"
        r"sending|charging|overcharging|billing|missing|deleting|cancell?ing|canceling|forgetting|"
        r"ignoring|closing|blocking|suspending|misleading|misinforming|double-charging|"
        r"double-booking|mixing|breaking|misplacing|mislaying|giving\s+you|telling\s+you)\b",
    ),
    test=_admitted,
    needs=_SORRY,
)
# "sorry for not getting back to you sooner": ours, but it names no particular failure.
_SORRY_FOR_NOT = Cues(
    Cue(
        _SORRY_FOR,
        right=r"(?:apology|apologies|apologi[sz]e|sorry)\s+for\s+(?:not|never)\s+(?:getting\s+back|"
        r"responding|replying|answering|calling|coming\s+back|following\s+up|updating\s+you|"
        r"being\s+clearer|letting\s+you\s+know)\b",
    ),
    test=_admitted,
    needs=_SORRY,
)
_OWNED_ACT = Cues(
    _OWN_NAMED,
    _OUR_SHORTCOMING,
    _SORRY_FOR_OUR_ACT,
    _OUR_SLOWNESS,
    _OUR_ACT_COST,
    _TOLD_WRONG,
    Cues(MARKERS, test=_owned_act),
    needs=_FIRST_PERSON,
    proves="ownership acknowledgment",
)
# First-person responsibility: "our mistake", "we should have", "that's on us".
_OWNERSHIP = Cues(
    Cues(_OWN_CUES, test=_admitted),
    Cues(_CONCESSION, test=_concedes_our_act),
    _SORRY_FOR_NOT,
    needs=_FIRST_PERSON,
    proves="ownership",
)


# ---------------------------------------------------------------------------------------------
# Acknowledgment: names specifically what went wrong.

_NEGATION_NEEDS = "t not never cannot didnt couldnt wasnt werent hasnt havent hadnt cant wont isnt"
_NEGATION_ENDS = ("n't ", "not ", "never ", "nt ")
_NEGATED_VERB = (
    r"\b(?:didn't|did not|hasn't|has not|haven't|have not|never|wasn't|weren't|won't|"
    r"couldn't|can't|cannot|isn't|aren't|is not|are not|was not|were not|could not|hadn't|"
    r"had not|didnt|couldnt|wasnt|werent|hasnt|havent|hadnt|cant|wont|isnt)\s+"
)
# "we can't refund an item that hasn't been returned": a rule about any item, not a failure
# What the reader asked for is no failure: "cancelled as you requested", "wasn't dispatched
# because you asked us to hold it" (a lookahead for the rest of the clause).
_NOT_AS_ASKED = (
    r"(?![^.;!?\n]*\b(?:as\s+(?:you\s+)?(?:requested|asked|instructed|wanted|preferred)|"
    r"(?:because|since)\s+you\s+(?:asked|requested|wanted|told\s+us)|(?:at|per)\s+your\s+request)\b)"
)
_GENERIC_ITEM = r"\b(?:an?|any|every)\s+[\w-]+\s+(?:that|which)\s+[^.;!?\n]*"
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
    "showing appearing sending printing issued approved paid refunded credited deliver installed "
    "collected cleared emailed texted mailed dispatched answered actioned fixed repaired resolved "
    "replaced honoured honored reimbursed escalated knock knocked attempt attempted"
)
# "... for a plan you had already": what we charged for, then the reader's earlier act.
_FOR_THING = r"for\s+(?:an?|the|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?"
_YOU_HAD = r"you(?:'d|\s+had|'ve|\s+have)?\s+(?:already\s+|just\s+|previously\s+|clearly\s+)?"
_YOU_HAD_ENDS = ("you ", "you'd ", "had ", "'ve ", "have ", "already ", "just ", "previously ",
                 "clearly ")
# The reader's own input is not our failure: "the address you gave us was incomplete".
_YOUR_INPUT = (
    r"\byou(?:'d|\s+had)?\s+(?:gave|entered|provided|sent|typed|supplied|filled|used|chose|"
    r"selected|put|uploaded)\b[^.;!?\n]*"
)
# What is off when it fails: "the heating has been off since Sunday".
_SUPPLIES = (
    "heating water power electricity gas lights internet wifi broadband signal supply boiler "
    "aircon heater fridge freezer lift elevator alarm phones lines"
)
_ACK_CUES = Cues(
    Cue(
        "missing lost broken damaged faulty corrupted defective exposed leaked misplaced "
        "mislaid overcharged undercharged duplicate duplicated stranded stuck frozen wiped "
        "skipped bounced bouncing rejecting elevated wrongly incorrect incorrectly mistakenly "
        "accidentally erroneously fails failed failing declined rejected suspended banned "
        "blocked crashed crashes crashing drops dropped dropping collapsed burst flooded cracked "
        "broke jammed leaking snapped errored erroring overbooked oversold misdelivered "
        "misdirected misrouted missent misaddressed mislabelled mislabeled mispriced "
        "miscalculated misapplied malfunctioned malfunctioning unanswered glitched "
        "degraded unusable unresponsive illegible unreadable overheating timed_out timing_out "
        "underpaid underbilled overbilled short-changed shortchanged compromised hacked "
        "swallowed discoloured discolored contaminated doa no-showed"
    ),
    # "your emails were ignored" (not "you felt ignored", "you ignored the reminder")
    Cue(
        "ignored",
        unless=r"\b(?:felt|feel|feels|feeling|seemed|seem|seems)\s+(?:so\s+|very\s+|a\s+bit\s+|"
        r"completely\s+|totally\s+)?|\byou\s+(?:\w+\s+)?",
    ),
    # "the new serial number was never added" (not "we haven't added any fees", nor a feature
    # that "has not been added to the iPad app yet")
    Cue(
        "added",
        ends=("never ", "n't ", "not ", "been ", "actually "),
        left=r"\b(?:was|were|been|got)\s+never\s+|\b(?:hadn't|had\s+not)\s+(?:yet\s+)?been\s+"
        r"|\b(?:wasn't|weren't|was\s+not|were\s+not)\s+(?:actually\s+)?",
        span=6,
    ),
    # "the hotel gave away your room", "the agent hung up on you"
    Cue("gave given", right=r"(?:gave|given)\s+away\s+(?:your|the)\b"),
    Cue("hung", right=r"hung\s+up\s+on\s+(?:you|your)\b"),
    # "your claim has been sitting with our team for six weeks"
    Cue(
        "sitting sat",
        right=r"(?:sitting|sat)\s+(?:in|with|on|at|untouched|idle|unread)\b[^.;!?\n]{0,40}?\bfor\s+"
        r"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:\d+|an?|two|three|four|"
        r"five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?)\b",
    ),
    # "you received only 3 of the 5 items" (not "only 2 of the 5 steps are needed")
    Cue(
        "only",
        left=r"\b(?:received|got|arrived|delivered|sent|came|shipped|refunded|credited|paid|"
        r"turned\s+up|showed\s+up|included)\s+(?:\w+\s+)?",
        right=r"only\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|part)\s+"
        r"(?:out\s+)?of\s+(?:the|your)\b",
    ),
    # "the agent closed your chat before answering"
    Cue(
        "before",
        left=r"\b(?:closed|ended|hung\s+up|left|cancell?ed|canceled|cut\s+off|disconnected|charged|"
        r"billed|archived|deleted|removed|marked)\b(?:\s+[\w'-]+){0,4}?\s+",
        span=7,
        right=r"before\s+(?:answering|replying|responding|resolving|finishing|fixing|checking|"
        r"confirming|(?:you|we|anyone)\s+(?:could|had|were|got)\b)",
    ),
    Cue(
        "disconnected",
        right=rf"disconnected\b{_NOT_AS_ASKED}",
    ),
    # "your transfer was held up at the bank"
    Cue("held", left=r"\b(?:was|were|been|got|is|are|being)\s+", right=r"held\s+up\b"),
    # "your complaint fell through the cracks"
    Cue(
        "cracks net",
        ends=("the ",),
        left=r"\b(?:fell|fall|falls|falling|fallen|slipped|slip|slips|slipping|dropped)\s+"
        r"(?:right\s+)?through\s+the\s+",
    ),
    # "the prices shown were wrong" (not "something is wrong", "you were wrong")
    Cue(
        "wrong",
        left=r"\b(?:was|were|is|are|been)\s+(?:completely\s+|totally\s+|simply\s+|just\s+|all\s+|"
        r"also\s+)?",
        unless=r"\b(?:something|anything|nothing|what|you|i|we|it|that|this|which|there)(?:'s)?\s+"
        rf"(?:\w+\s+)?|{_YOUR_INPUT}",
        right=r"wrong\b(?!\s+(?:with|about|of|to)\b)",
    ),
    # "our driver was rude to you" (not "you felt our crew were unhelpful")
    Cue(
        "rude unhelpful unprofessional impolite disrespectful aggressive abrupt curt dismissive "
        "condescending patronising patronizing",
        left=r"\b(?:was|were|been|being)\s+(?:very\s+|really\s+|so\s+|extremely\s+|quite\s+|"
        r"incredibly\s+)?",
        unless=rf"{_YOUR_VIEW}|\byou\s+(?:\w+\s+)?",
        span=10,
    ),
    # "a charge of £50 that should have been £5", "the refund which should have been sent"
    Cue(
        "should",
        left=r"\b(?:that|which|it|when\s+it)\s+",
        right=r"should\s+have\s+been\s+(?:£|\$|€|\d|only\b|just\b|(?:sent|paid|delivered|refunded|"
        r"credited|applied|processed|posted|returned|cancell?ed|canceled|fixed|done|issued|removed)\b)",
    ),
    # "your quote was higher than it should have been", "we paid less than you were owed"
    Cue(
        "higher lower more less longer bigger smaller",
        needs="than",
        right=r"(?:higher|lower|more|less|longer|bigger|smaller)\s+than\s+(?:(?:it|they|this|that|"
        r"you|he|she)\s+(?:should|ought)\b|you\s+(?:were|are)\s+(?:owed|due|entitled|promised|"
        r"quoted)|(?:we|i)\s+(?:promised|quoted|agreed|told\s+you)|(?:the\s+|your\s+)?(?:advertised|"
        r"quoted|agreed|listed|stated|correct|promised)\b)",
    ),
    # "the estimate was far too high" (not "it's too late to change it")
    Cue(
        "too",
        left=r"\b(?:was|were|is|are|been|set|charged|billed|priced|ran|running|took)\s+(?:far\s+|way\s+|"
        r"much\s+|a\s+lot\s+|slightly\s+|a\s+bit\s+|a\s+little\s+)?",
        right=r"too\s+(?:high|low|much|little|early|late|long|short|small|big|slow)\b"
        r"(?!\s+(?:to|for)\b)",
    ),
    # "your complaint is pending since 15 days", "the clinic was running 90 minutes behind"
    Cue("pending", right=r"pending\s+(?:since|for)\s+(?!review\b|approval\b)"),
    Cue(
        "behind",
        left=r"\b(?:ran|running|runs|fell|fallen|falling|got)\s+(?:[\w-]+\s+){0,2}?",
        right=r"behind\b(?!\s+(?:the|your|you|us|it|this|that|them|him|her|our|my|closed|a)\b)",
    ),
    Cue("behind", left=r"\b(?:is|are|was|were|been)\s+", right=r"behind\s+(?:schedule|time)\b"),
    # "the recharge was not done"
    Cue(
        "done",
        ends=("n't ", "nt ", "not ", "been ", "yet ", "properly ", "correctly "),
        left=r"\b(?:wasn't|wasnt|was\s+not|weren't|were\s+not|isn't|isnt|is\s+not|(?:hasn't|has\s+not|"
        r"haven't|have\s+not)\s+been)\s+(?:yet\s+|properly\s+|correctly\s+)?",
    ),
    # "the app logged you out", "the page showed an error"
    Cue(
        "logged signed kicked locked",
        unless=r"\b(?:we|i)(?:'ve|\s+have|'ll|\s+will)?\s+(?:\w+\s+)?",
        right=r"(?:logged|signed|kicked|locked)\s+(?:you|users|everyone|customers|people)\s+out\b",
    ),
    Cue(
        "error errors",
        needs="showed showing gave giving got getting threw throwing returned returning displayed "
        "displaying hit hitting seeing saw",
        left=r"\b(?:showed|showing|gave|giving|got|getting|threw|throwing|returned|returning|"
        r"displayed|displaying|hit|hitting|seeing|saw)\s+(?:you\s+)?"
        r"(?:an?\s+|the\s+|that\s+|this\s+)?(?:[\w-]+\s+)?",
        span=6,
    ),
    # "the charts have shown blank since Monday" (not "leave the field blank")
    Cue(
        "blank",
        left=r"\b(?:shown|showing|shows|showed|is|are|was|were|been|comes?|came|went|go|goes|going|"
        r"printed|loads?|loaded|loading|displays?|displayed|appears?|appeared|turned|stays?|stayed|"
        r"remained)\s+(?:completely\s+|totally\s+|just\s+|all\s+)?",
    ),
    # "the stream keeps buffering" (not "help with the buffering")
    Cue(
        "buffering lagging glitching",
        left=r"\b(?:is|are|was|were|been|keeps|kept|keep|started|starts)\s+(?:constantly\s+|"
        r"still\s+|always\s+)?",
    ),
    # "your points disappeared" (not "the error has disappeared")
    Cue(
        "disappeared vanished",
        unless=r"\b(?:errors?|problems?|issues?|bugs?|messages?|warnings?|symptoms?|pain|rash|"
        r"holds?|pending\s+[\w-]+|duplicates?|spam)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|since\s+)?",
    ),
    # "our phone lines went dead", "the heating has been off since Sunday"
    Cue(
        "dead",
        left=r"\b(?:went|gone|go|goes|going|is|are|was|were|been)\s+(?:completely\s+|totally\s+)?",
        right=r"dead\b(?!\s+(?:set|end|easy|simple|on|right|serious|certain)\b)",
    ),
    Cue(
        "off",
        needs=_SUPPLIES,
        left=rf"\b(?:{alt(_SUPPLIES)})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:has|have|had)\s+been|was|were|"
        r"went|is|are|got|kept)\s+(?:(?:switched|turned|cut|shut|going|cutting)\s+)?",
        span=9,
    ),
    # "your direct debit was taken a week early", "the bus left ten minutes early"
    Cue(
        "early",
        left=r"\b(?:was|were|been|got)\s+(?:taken|charged|debited|billed|collected|cancell?ed|"
        r"canceled|closed|cut\s+off|disconnected|shut\s+off|switched\s+off|terminated|ended|"
        r"renewed|processed|removed|released)\s+(?:[\w-]+\s+){0,3}?"
        r"|\b(?:left|departed|closed|shut|ended|finished|took\s+off)\s+(?:about\s+|around\s+)?"
        r"(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|a\s+few|several)\s+"
        r"(?:minutes?|hours?|days?|weeks?)\s+",
        span=7,
    ),
    # "your request went unanswered", "the claim sat unassigned" (not "remained unchanged")
    Cue(
        "sat went gone remained stayed lay lain left",
        unless=r"\byou(?:'ve|'d|\s+have|\s+had)?\s+(?:\w+\s+)?",
        right=r"(?:sat|went|gone|remained|stayed|lay|lain|left)\s+(?:[\w-]+\s+){0,2}?un(?!changed\b|"
        r"affected\b|damaged\b|touched\b|harmed\b|opened\b|used\b)[a-z]{3,}(?:ed|d)\b",
    ),
    # "the courier left your parcel out in the rain"
    Cue(
        "left",
        right=r"left\s+(?:it|them|(?:your|the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:outside\s+in|"
        r"out\s+in\s+the|in\s+the\s+rain|unattended|unlocked|exposed|in\s+(?:a|the|your)\s+"
        r"(?:bin|recycling|hedge|road|street))\b",
    ),
    # "the technician left without fixing the leak", "it arrived without the charger"
    Cue(
        "without",
        left=r"\b(?:left|went|came|arrived|turned\s+up|showed\s+up|delivered|shipped|sent|"
        r"dispatched|closed|cancell?ed|canceled|charged|billed|renewed|changed|moved|switched|"
        r"rescheduled|raised|disconnected|cut\s+off|suspended|blocked|locked|deleted|removed|"
        r"installed|published|released|shared|transferred|sold)\b(?:\s+[\w'-]+){0,5}?\s+",
        span=8,
        right=r"without\s+(?:fixing|finishing|completing|repairing|telling|informing|notifying|"
        r"warning|asking|checking|calling|contacting|letting|explaining|replying|responding|"
        r"knocking|ringing|trying|leaving|consent|permission|notice|warning|any\s+(?:notice|"
        r"warning|explanation|reply|response)|(?:a|an)\s+(?:reply|response|explanation|"
        r"answer|receipt|card|note|word)|(?:the|its|their|your)\s+[\w-]+)\b",
    ),
    Cue(
        "with_no",
        right=r"with\s+no\s+(?!(?:damage|problems?|issues?|delays?|scratches|marks|trouble|fuss|"
        r"hassle|charge|cost|fee|extra|further)\b)",
        left=r"\b(?:arrived|came|delivered|shipped|sent|turned\s+up|showed\s+up|installed|fitted|"
        r"left)\s+(?:[\w-]+\s+){0,3}?",
        span=6,
    ),
    # "delivered to number 14 instead of 41", "the invoice listed 12 licences instead of 10"
    # (not "I've sent it to your card instead of your bank", "... instead, as you asked")
    Cue(
        "instead rather",
        unless=r"\b(?:we|i)(?:'ve|\s+have|'ll|\s+will|'d|\s+would|\s+can|\s+could)\b[^.;!?\n]*",
        left=r"\b(?:was|were|been|got|went|came|arrived|ended\s+up|you\s+(?:got|received)|listed|"
        r"showed|charged|billed|included|contained|said|quoted|displayed|printed|named|used|"
        r"applied|sent|delivered|shipped|took|debited|booked)\b"
        r"(?!\s+(?:refunded|credited|moved|upgraded|rebooked|reissued|replaced|returned|"
        r"reimbursed|paid\s+back|sent\s+back)\b)[^.;!?\n]{0,60}?",
        span=12,
        right=rf"(?:instead\s+of|rather\s+than)\b{_NOT_AS_ASKED}",
    ),
    # "shipped to your old address", "the refund went to a card you'd closed"
    Cue(
        "old previous former expired closed outdated cancelled canceled",
        ends=("your ", "an ", "a ", "the ", "you ", "you'd ", "had ", "'ve ", "have ", "already "),
        left=r"\b(?:sent|went|gone|shipped|delivered|posted|paid|charged|billed|mailed|emailed|"
        r"texted|dispatched|addressed|routed|redirected|forwarded|issued|made|taken|debited)\b[^.;!?\n]{0,50}?\b(?:to|at|on|onto|into|against|from)\s+"
        r"(?:your|an?|the)\s+(?:[\w-]+\s+(?:that\s+)?you(?:'d|\s+had|'ve|\s+have)?\s+"
        r"(?:already\s+)?)?",
        span=14,
        right=r"(?:old|previous|former|expired|closed|outdated)\s+(?:[\w-]+\s+)?(?:address|card|"
        r"account|number|email|phone|bank|details|postcode|flat|house|home|office)\b|"
        r"(?:previous|former|old)\s+(?:tenants?|owners?|occupants?|occupiers?|residents?)\b|"
        r"(?:closed|cancell?ed|canceled)\b",
    ),
    # "we billed you for a plan you had already cancelled", "renewed even though you'd cancelled"
    Cue(
        "cancelled canceled closed returned unsubscribed",
        needs=_ADVERSE_WORDS,
        ends=_YOU_HAD_ENDS,
        left=rf"\b(?:{_ADVERSE_VERBS}|renewed)\b[^.;!?\n]{{0,60}}?\b(?:(?:even\s+)?(?:though|"
        rf"although|after|when)\s+|despite\s+|{_FOR_THING}){_YOU_HAD}",
        span=16,
    ),
    # "we charged you for a bill you had already paid" (not "closed it after you paid it off")
    Cue(
        "paid",
        needs=_ADVERSE_WORDS,
        ends=_YOU_HAD_ENDS,
        left=rf"\b(?:{_ADVERSE_VERBS}|renewed)\b[^.;!?\n]{{0,60}}?\b(?:(?:even\s+)?(?:though|"
        rf"although)\s+|despite\s+|{_FOR_THING}){_YOU_HAD}",
        span=16,
    ),
    # "charged you for roaming you never used"
    Cue(
        "never didn't didnt did_not hadn't had_not",
        needs=_ADVERSE_WORDS,
        ends=("you ", "you'd "),
        left=rf"\b(?:{_ADVERSE_VERBS})\b[^.;!?\n]{{0,60}}?\bfor\b[^.;!?\n]{{1,40}}?\byou(?:'d)?\s+",
        span=14,
        right=r"(?:never|didn't|did\s+not|hadn't|had\s+not|didnt)\s+(?:actually\s+|even\s+)?(?:use|"
        r"used|order|ordered|make|made|authori[sz]e|authori[sz]ed|request|requested|buy|bought|"
        r"book|booked|agree|agreed|sign|signed|want|wanted|receive|received)\b",
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
        left=r"\b(?:showed|shown|showing|listed|marked|advertised|displayed|described)\b"
        r"[^.;!?\n]{1,80}?",
        span=14,
        right=r"(?:when|while)\s+(?:in fact\s+|actually\s+|really\s+)?(?:it|they|this|that|he|"
        r"she|the\s+[\w-]+)\s+(?:wasn't|weren't|was not|were not|hadn't|had not|didn't|was|"
        r"were|is|are|costs?|had)\b",
    ),
    # "the agent said it was covered when it wasn't" (not "said I'd call when it was ready")
    Cue(
        "when while",
        needs="said stated told promised",
        left=r"\b(?:said|stated|told\s+you|promised)\b[^.;!?\n]{1,80}?",
        span=14,
        right=r"(?:when|while)\s+(?:in fact\s+|actually\s+|really\s+)?(?:it|they|this|that|he|"
        r"she|the\s+[\w-]+)\s+(?:wasn't|weren't|was not|were not|hadn't|had not|didn't|isn't|"
        r"aren't)\b",
    ),
    # "the toggle was resetting every time you closed the app"
    Cue(
        "every_time each_time",
        left=r"\b(?:was|were|is|are|kept|keeps|keep)\s+[a-z]+ing\s+(?:[\w-]+\s+){0,2}?",
    ),
    # "sent six weeks late", "three days after your GP asked"
    Cue(
        "minutes hours days weeks months",
        needs="late overdue behind after",
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
    # "loads of bags have gone astray", "subtitles are out of sync"
    Cue("astray walkabout awol", left=r"\b(?:gone|went|go|going|goes|has gone|have gone)\s+"),
    Cue("sync step date", left=("out of ",)),
    Cue(
        "scratched dented chipped stained smashed shattered ripped torn crushed soaked mouldy "
        "moldy"
    ),
    Cue(
        "mistaken",
        right=r"mistaken\s+(?!impression|belief|idea|assumption|view|identity\b)[a-z]",
    ),
    # "Unfortunately, your seat upgrade was removed"
    Cue(
        "unfortunately",
        right=r"unfortunately,?\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:was|were|has been|have been|"
        r"got)\s+(?:\w+\s+)?(?:removed|cancelled|canceled|deleted|lost|withdrawn|downgraded|reset|"
        r"missed|overbooked|retained|kept|taken|charged|closed|damaged|returned|sent back)\b",
    ),
    # "the information you received was not entirely correct"
    Cue(
        "correct accurate right true",
        needs="wasn weren not",
        left=r"\b(?:the|your|our)\s+[^.;!?\n]{1,80}?\b(?:was|were)(?:n't|\s+not)\s+"
        r"(?:entirely\s+|fully\s+|completely\s+|wholly\s+|quite\s+|totally\s+|100%\s+)?",
        span=16,
    ),
    # "the clock on our kiosk was running 40 minutes fast"
    Cue(
        "fast slow",
        left=r"\b(?:running|ran|runs|run|was|were|is|are|set)\s+(?:about\s+|around\s+)?"
        r"(?:\d+|a few|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty)\s+"
        r"(?:seconds?|minutes?|hours?|days?)\s+",
        span=6,
    ),
    # "the sync issue between your CRM and our app"
    Cue(
        "issue issues problem problems",
        needs="between",
        right=r"[a-z]+\s+between\s+(?:the\s+|your\s+|our\s+)?(?!you\b|us\b|me\b|them\b)[a-z]",
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
        right=r"late\b(?![- ](?:fees?|payments?|charges?))(?!\s+(?:for\s+[\w-]+\s+)?to\b)",
    ),
    Cue(
        "wrong",
        left=r"(?<!something )(?<!anything )(?<!nothing )(?<!what's )(?<!what )\b(?:the|a)\s+",
        right=r"wrong\s+[a-z]",
    ),
    Cue(
        "twice",
        left=r"\b(?:charged|billed|debited|shows?|showing|showed|listed|appears?|appeared|taken|took|"
        r"paid|deducted|sent|received|ran|run|processed|applied|booked|posted|collected|left|"
        r"came\s+out|went\s+out|hit)\b"
        r"(?:\s+[\w£$€.,'-]+){0,5}?\s+",
        span=7,
    ),
    Cue(
        "stopped",
        unless=r"\b(?:we|i|we've|i've|have|has|had)\s+(?:\w+\s+)?",
        right=r"stopped\s+(?:on|at|since|yesterday|last|this|earlier|overnight|after|working|"
        r"running|syncing|sending|updating|loading|responding|charging|connecting)\b",
    ),
    # "notifications stopped arriving" (not "we've stopped charging you", "the errors stopped")
    Cue(
        "stopped",
        unless=r"\b(?:we|i|weve|ive|you|errors?|problems?|issues?|crash(?:es)?|charges|duplicates?|"
        r"spam|calls)(?:'ve|\s+have|\s+has|\s+had)?\s+(?:now\s+|finally\s+|also\s+)?",
        right=r"stopped\s+(?!(?:charging|billing|debiting|taking|happening|occurring|calling|"
        r"emailing|texting|sending\s+you|chasing)\b)[a-z]{3,}ing\b",
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
    Cue("missed", left=r"\b(?:was|were|been|got)\s+(?:completely\s+|totally\s+)?"),
    Cue("closed", left=r"\b(?:was|were|been|got)\s+(?:\w+\s+)?"),
    Cue(
        "spam junk",
        left=r"\b(?:went|going|gone|goes|go|landed|landing|ended up)\s+(?:in|to|into)\s+"
        r"(?:the\s+|your\s+)?",
    ),
    Cue(
        "double",
        right=r"double[- ]?(?:charged?|billed|booked|debited|posted|counted|paid|taken|shipped|"
        r"processed|dipped)\b",
    ),
    # "you were charged three times for one order"
    Cue(
        "times",
        needs="charged billed debited deducted taken processed collected renewed",
        left=r"\b(?:charged|billed|debited|deducted|taken|processed|collected|renewed)\b"
        r"(?:\s+[\w£$€.,'-]+){0,4}?\s+(?:three|four|five|six|several|multiple|\d+)\s+",
        span=8,
    ),
    Cue(
        "down offline unavailable inaccessible unreachable",
        left=r"\b(?:is|are|was|were|went|been|goes|go|still)\s+(?:still\s+)?",
    ),
    # "the app keeps logging you out", "it kept crashing"
    Cue(
        "keeps keep kept",
        right=r"(?:keeps|keep|kept)\s+(?:on\s+)?(?:crashing|failing|dropping|freezing|erroring|"
        r"disconnecting|rejecting|declining|bouncing|resetting|restarting|rebooting|buffering|"
        r"lagging|glitching|hanging|looping|spinning|cancell?ing|canceling|deleting|losing|"
        r"breaking|timing\s+out|cutting\s+out|dropping\s+out|going\s+(?:down|offline|off)|"
        r"(?:logging|signing|kicking|locking|throwing)\s+(?:you|users|people|customers|everyone)\s+"
        r"out|charging\s+you|billing\s+you|showing\s+(?:an?\s+|the\s+)?(?:error|wrong)|"
        r"saying\s+(?:error|invalid|declined|failed))\b",
    ),
    Cue(
        "cancelled canceled",
        left=r"\b(?:the|your|a|was|were|been|got)\s+",
        right=rf"(?:cancelled|canceled)\b{_NOT_AS_ASKED}",
    ),
    Cue("cancellation", right=r"cancellation\s+of\b"),
    Cue("confused misled", right=r"(?:confused|misled)\s+you\b"),
    Cue("else", left=("someone ", "somebody "), right=r"else's"),
    Cue("another different", right=rf"[a-z]+\s+(?:{_PERSON_NOUNS})(?:'s)?\b"),
    # "issue" and "problem" name nothing alone ("the issue with your account"), but do with
    # what they affect: "a problem affecting card payments".
    Cue(
        "issue issues problem problems",
        needs="affecting",
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
        unless=_GENERIC_ITEM,
        right=rf"[a-z]+\b{_NOT_AS_ASKED}",
    ),
    Cue(
        _NOT_DONE,
        needs=_NEGATION_NEEDS,
        ends=_ADVERB_ENDS,
        left=_NEGATED_ADVERB,
        unless=_GENERIC_ITEM,
        right=rf"[a-z]+\b{_NOT_AS_ASKED}",
    ),
    Cue(
        "come came go went gone turn turned show shown showed log sign been make made stop",
        needs=_NEGATION_NEEDS,
        ends=_NEGATION_ENDS + _ADVERB_ENDS,
        left=rf"{_NEGATED_VERB}|{_NEGATED_ADVERB}",
        unless=_GENERIC_ITEM,
        right=r"(?:come|came|go|went|gone) (?:through|out|to|back)\b|turn(?:ed)? up\b|"
        r"(?:make|made) it\b|show(?:n|ed)? up\b|(?:log|sign) in\b|stop (?:for you|at your)\b|"
        r"been (?:paid|sent|delivered|processed|refunded|applied|fixed|posted|returned|released|"
        r"issued|approved|renewed|updated|answered|assessed|emailed|texted|mailed|dispatched|"
        r"shipped|actioned|resolved|repaired|replaced|reimbursed|credited|corrected|reviewed|"
        r"picked up|collected|honou?red|reconnected|restored|activated|installed|connected|"
        r"transferred|cancell?ed|canceled|removed|recorded|received)\b",
    ),
    Cue(
        "answered replied responded called back up came turned showed arrived visited contacted "
        "told rang",
        needs="nobody no nothing",
        left=r"\b(?:nobody|no one|no-one|nothing)\s+(?:from\s+[\w-]+\s+)?(?:\w+\s+)?(?:got\s+|"
        r"picked\s+|followed\s+)?",
    ),
    Cue("should shouldn", right=r"should(?:n't|\s+not)\s+have\s+(?:been\s+)?[a-z]+ed\b"),
    # "the app doesn't load" (a thing's failure; "don't" is mostly advice or policy)
    Cue(
        "doesn doesnt does_not",
        right=r"(?:doesn't|doesnt|does\s+not)\s+(?:(?:still|even|always)\s+)?(?:work|load|open|"
        r"connect|sync|start|save|print|update|arrive|(?:show|appear|turn)\s+up|"
        r"(?:show|appear)\s+(?:on|in)|charge)\b",
    ),
)
# Words for a failure that need specifics (what, when, how much) to name the problem.
_ACK_WEAK = Cues(
    Cue(
        "outage outages downtime delay delays delayed error errors mistake mistakes bug bugs "
        "glitch glitches hiccup hiccups failure failures mixup mixups disruption disruptions "
        "interruption interruptions breach breaches fault faults slowdown slowdowns expired "
        "loss leak leaks slow noise smell damage breakage overcharge overcharges shortage "
        "closure closures disconnection defect defects blip blips slowness dip dips scratch "
        "scratches dent dents stain stains freeze discrepancy discrepancies "
        "malfunction malfunctions miscalculation overbilling misdelivery latency "
        "mix-up cock-up screw-up slip-up lapse"
    ),
    # "streaming was patchy", "the export was incomplete" (not "intermittent unavailability")
    Cue(
        "intermittent patchy unstable unreliable flaky incomplete inaccurate",
        unless=_YOUR_INPUT,
        left=r"\b(?:is|are|was|were|been|being|became|become|remains?|remained|got)\s+(?:very\s+|"
        r"really\s+|quite\s+|so\s+|extremely\s+|still\s+|a\s+bit\s+)?",
    ),
    Cue("breakdown breakdowns", right=r"breakdowns?\b(?!\s+of\b)"),
)
_GENERIC_BEFORE_RE = re.compile(r"\b(?:any|some)\s+(?:[\w-]+\s+)?\Z")
# Specifics: a figure (``_NUMBER_RE``), a hyphenated word, a day, month or count, something
# of the person's or ours, or what it affected. Separate searches rather than one alternation,
# each starting with a literal or class so that the regex engine can skip ahead; the days,
# months and counts only when the message has one of them.
_HYPHENATED_RE = re.compile(r"-(?<=\w-)\w")
_DAY_WORDS = (
    "today tonight yesterday tomorrow morning afternoon evening overnight weekend monday "
    "tuesday wednesday thursday friday saturday sunday january february march april june "
    "july august september october november december"
)
_TIME_WORDS = f"{_DAY_WORDS} one two three four five six seven eight nine ten twelve twenty"
_TIME_TOKENS = wordset(_TIME_WORDS)
_TIME_RE = re.compile(at_word_start(_TIME_WORDS, r"\b"))
# "Issue" and "problem" with what they hit name the failure when a time is given too:
# "problems with card payments since 09:10" (not "the issue with your PlayStation 4").
_ACK_TIMED = Cues(
    Cue(
        "issue issues problem problems difficulties trouble",
        right=r"[a-z]+\s+(?:with|affecting|on|in|for|across)\s+(?:the\s+|our\s+|your\s+|some\s+)?"
        r"(?!(?:account|accounts|order|orders|request|case|ticket|query|it|this|that|them|you|us|"
        r"me|any|an?|some|many|users|customers|people|end|side|part|your|our|the|"
        + alt(_DAY_WORDS)
        + r")\b)[a-z][\w-]{3,}",
    ),
)
_SPECIFIC_RE = re.compile(
    at_word_start(
        "your our",
        r"\s+(?!patience\b|understanding\b|inconvenience\b|experience\b|"
        r"frustration\b|feedback\b|message\b|question\b|query\b|concern\b|tweet\b|request\b|"
        r"time\b|business\b|issue\b|problem\b|trouble\b|end\b|side\b|part\b|apolog\w*\b|team\b|"
        r"account\b|order\b|details\b|information\b|info\b|ticket\b|"
        r"best\b|support\b|response\b|reply\b|case\b|dm\b|email\b)[a-z]",
    )
    + "|"
    + at_word_start(
        "affecting affected with to in on of during from",
        r"\s+(?:the\s+|your\s+)?"
        r"(?!getting\b|responding\b|replying\b|response\b|reply\b|answering\b|our\b|your\b|the\b|"
        r"any\b|this\b|that\b|it\b|us\b|you\b|a\b|an\b|service\b|support\b|accounts?\b|orders?\b|"
        r"requests?\b|cases?\b|tickets?\b|quer(?:y|ies)\b|messages?\b|emails?\b|calls?\b)[a-z]{4,}",
    )
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
    around = low[s:start] + " " + low[end:e]
    if (
        _NUMBER_RE.search(around)
        or _HYPHENATED_RE.search(around)
        or _SPECIFIC_RE.search(around)
        or (not _TIME_TOKENS.isdisjoint(t.tokens) and _TIME_RE.search(around))
    ):
        return True
    # a name in the same stretch of the clause: "Tuesday's outage", "the Rotterdam area"
    lo = start - len(t.before(start, 60).rsplit(",", 1)[-1])
    hi = end + len(t.after(end, 60).split(",", 1)[0])
    return any(w[:1].isupper() and w != "I" for w in t.norm[lo:hi].split()[1:])


_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:may|might|could|will|would|can|won't|'ll)\s+(?:have\s+)?(?:been\s+|be\s+|get\s+)?\Z"
)


def _inverted_condition(t: Text, start: int) -> bool:
    """A clause opened by "should": "Should our agent have been unhelpful, ..."."""
    return "should" in t.tokens and t.before(start).lstrip(" ,\"'").startswith("should ")


def _stated(t: Text, start: int, end: int) -> bool:
    """Not asked, not hypothetical (a conditional apology still states it), not negated."""
    return not (
        t.hypothetical(start, True)
        or t.question(start)
        or t.negated(start)
        or _inverted_condition(t, start)
    )


# A failure word right after a determiner is a given, even in an if/until clause or after a
# negation: "until our road team has fixed the collapsed drain", "we haven't had the damaged
# item back".
_DEFINITE = ("the ", "your ", "our ", "these ", "those ", "their ", "its ")


def _stated_firmly(t: Text, start: int, end: int) -> bool:
    if t.low.endswith(_DEFINITE, 0, start):
        return not t.question(start)
    return _stated(t, start, end) and not _HEDGE_BEFORE_RE.search(t.low, max(0, start - 30), start)


def _stated_even_negated(t: Text, start: int, end: int) -> bool:
    return not (t.hypothetical(start, True) or t.question(start))


def _stated_specifically(t: Text, start: int, end: int) -> bool:
    return _stated(t, start, end) and _specific(t, start, end)


# When it happened: "since 09:10", "between 2pm and 4pm", "yesterday", "on Tuesday".
_WHEN_RE = re.compile(
    r"\b(?:since|between|from|until|till|at|around|about|after|before)\s+(?:about\s+|around\s+)?\d"
    r"|\d(?::\d\d|\s*(?:am|pm|a\.m\.|p\.m\.)\b)"
    r"|\b(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night|week|weekend|month)\b|"
    + at_word_start(_DAY_WORDS, r"\b")
)


def _stated_with_time(t: Text, start: int, end: int) -> bool:
    """Stated, with a time in the sentence besides the match ("your March invoice" is no time)."""
    s, e = t.sentence(start)
    low = t.low
    return _stated(t, start, end) and bool(
        _WHEN_RE.search(low, s, start) or _WHEN_RE.search(low, end, e)
    )


def _concedes_figures(t: Text, start: int, end: int) -> bool:
    s, e = t.sentence(start)
    return _NUMBER_RE.search(t.low, s, e) is not None


_ACKNOWLEDGMENT = Cues(
    Cues(_ACK_CUES, test=_stated_firmly),
    Cues(_ACK_NEGATED, test=_stated_even_negated),
    Cues(_ACK_WEAK, test=_stated_specifically),
    Cues(_ACK_TIMED, test=_stated_with_time),
    Cues(_CONCESSION, test=_concedes_figures),
    proves="acknowledgment",
)
CUES = Cues(_OWNED_ACT, _OWNERSHIP, _ACKNOWLEDGMENT)
