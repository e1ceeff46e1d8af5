"""Promises in a message: what was promised, by when, and whether the time is vague.

A promise starts at a cue: a first-person future ("I'll", "we will", "we're going to", "we aim
to"), any other future ("your refund will be paid on 15 April", "it'll clear within 3 days"),
"next update", "expect an update", "you'll hear from us", "let me get back to you", news still
to come ("RCA to follow") or a present tense for a planned act of ours with a time still to come
("we're fixing it tomorrow morning"). Its span runs to the end of its clause; a time put before
it ("Tomorrow morning I'll...", "As soon as it lands — and no later than 9am — I'll...") is
included. A chat clause with no subject starts after an emoji, "!", "..." or a spaced hyphen.
Decisions (each pinned by tests/test_commitments.py):

- First-person promises count even without a time ("we'll refund every late fee"), and so does
  "and will..." after a clause whose subject is "I" or "we"; other subjects only with a time or
  when they promise contact ("our team will contact you"). A passive pledge about the reader's
  things or one we named ("yours will be couriered to your hotel", "your refund will be
  processed") and news to follow count too, and are vague without a time: they name neither
  who nor when. Bare plural or quantified subjects ("refunds will be issued to the original
  card", "in most cases the fee will be waived for any changes") state policy, and bad news
  ("will be cancelled", "charged") is no pledge.
- Not promises: questions, negated futures ("we won't charge you again" is an assurance, not a
  time promise), hopes ("hopefully we'll", "we hope to", "we'll probably"), offers and states
  ("we'll be happy to help", "we'll be here"). Expectations and plans ("it should be back",
  "we'll be able to", "we'll need to") count only when they carry a vague time word.
- A promise that waits on the customer ("if anything changes, we'll let you know", "send us the
  receipt and we'll refund it", or one right after a question to them) or states standing
  practice ("from now on we'll always call you first") is kept but never vague: there is no
  date to give. One exception: a promise only to look into or improve something.
- Vague: a vague time (soon, shortly, ASAP, later, in due course, at some point, in a few days,
  "at some point this week"), urgency as a manner ("as a priority", "urgently", "without
  delay") or only an event of ours ("when we have more information", "once it ships", "as more
  info becomes available") and no concrete time; a contact promise with no time at all ("we'll
  get back to you"); a first-person promise to look into, consider or improve something with no
  time ("we'll look at improving our process going forward", "we'll use your comments to
  improve"), or to review, investigate, check or chase it once ("we'll review what happened",
  "I'll check with the warehouse again"). "In a few minutes/hours" is concrete (same day,
  now + 3); "in a few days/weeks" is vague (nothing to hold us to). "The day before your
  appointment", "30 minutes before he arrives" and "in your next pay" are concrete but have no
  due time.
- "Next update:" as a label is no promise of its own: the promise after it is.
- Due times use the zone the text names right after the time (CET, ET, IST = India, GMT = UTC
  all year, GMT+2; IANA zones, so "EST" in July is EDT), else the message's zone. A clock time
  with no day is today, or tomorrow once it has passed ("at 5" is 17:00, "at 9" 09:00); a day
  with no clock is 17:00; morning and "first thing" 09:00, midday 12:00, afternoon 15:00,
  evening 19:00, tonight 21:00, end of day/EOD 17:00; a weekday is the next one after today,
  "next Friday" the Friday of next week; "this/next week" ends Friday 17:00; a day and month is
  in the current year unless that is over half a year ago; "within N hours/days" is now + N
  (hours counted in real time, working days skip weekends, a range takes its upper bound);
  "right away" is now.

Times are read with a small grammar of our own rather than parsedatetime: that library reads
"this afternoon" from the wall clock instead of ``sourceTime``, moves "1 March" to next year,
misreads "17.00", costs ~110 us a call, and we need each time expression's position anyway.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from .models import Commitment, trusted

if TYPE_CHECKING:
    from .message import Message


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _last(pattern: str) -> re.Pattern[str]:
    """``pattern`` after as much text as can come first: ``match`` finds its last match (group
    1) in one call, which is the last ``finditer`` match when no two matches can overlap."""
    return re.compile(f"(?s:.*)({pattern})")


# ---- cues and clauses -------------------------------------------------------------------------

# Each trigger token (from ``Message.tokens``) and the text that marks its cue in lower case.
_NEEDLES = {
    "will": "will", "ll": "'ll", "shall": "shall", "going": "going to", "next": "next ",
    "expect": "expect ", "let": "let me", "aim": "aim to", "plan": "plan to",
    "intend": "intend to", "promise": "promise to", "aiming": "aiming to",
    "planning": "planning to", "should": "should", "ill": "ill ", "follow": "to follow",
    "re": "we're ", "m": "i'm ", "are": "we are ", "am": "i am ",
}
# Work under way or on its way ("engineers are working to restore supplies", "a fix is going
# out"): like "should", a promise only with a vague time word.
_UNDER_WAY_TOKENS = frozenset(["working", "going", "coming", "rolling", "way"])
_UNDER_WAY_RE = re.compile(  # plain words first: scanned much faster than a look-behind
    r"(?:working\s+(?:hard\s+)?(?:to|on)|going\s+(?:out|live)|coming(?:\s+out)?|rolling\s+out"
    r"|on\s+(?:its|the|their)\s+way)\b"
)
_UNDER_WAY_BE_RE = re.compile(
    r"(?:\b(?:is|are|am)|'s|'re|'m)\s+(?:(?:actively|currently|still|now|already|busy)\s+)?$"
)
_TRIGGERS = frozenset(_NEEDLES) | _UNDER_WAY_TOKENS
# Chat "ill" for "I'll": at a clause start and before a word that is not a state ("ill msg u").
_CHAT_ILL_RE = re.compile(r"(?:^|[.!?,;:&(—–-]\s*|\b(?:and|so|but|then|ok|okay)\s+)$")
_CHAT_ILL_NOT_RE = re.compile(r"(?:health|patients?|people|effects?|will|feeling|advised)\b")
_FIRST_BEFORE_RE = re.compile(r"\b(?:i|we)\s*$")
_GOING_SUBJECT_RE = re.compile(r"\b(?:i'm|i\s+am|we're|we\s+are)\s+$")
_YOU_BEFORE_RE = re.compile(r"\byou\s*$")
_HEAR_RE = re.compile(r"\s+hear\s+(?:back\s+)?from\s+(?:me|us|our)\b")
_EXPECT_RE = re.compile(
    r"expect\s+(?:to\s+(?:hear|receive|get|see)|an?|the|our|my|your|another|further|more|updates?"
    r"|news|word)\b"
)
_LET_ME_RE = re.compile(r"let\s+me\b(?!\s+know\b)")
# "RCA to follow", "full details to follow by Friday": news or a document still to come.
_FOLLOW_NOUN_RE = re.compile(
    r"\b(?:updates?|details|info|information|rca|report|write-?up|post-?mortem|summary|analysis"
    r"|explanation|more|news|confirmation|answer|response|breakdown|timeline|eta|invoice|letter"
    r"|e-?mail|statement|refund|credit|apology)\s+$"
)
_FOLLOW_END_RE = re.compile(
    r"\s*(?:[.,;:!)\n—–]|-\s|$|(?:soon|shortly|later|by|within|in|on|at|tomorrow|today|tonight"
    r"|this|next|asap|when|once|as|after|early|first|over|via|from|here|separately)\b)"
)
_NEXT_RE = re.compile(r"next\s+(?:status\s+)?update\b")
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|our|my)\s+$")
_CUE_STARTS_SPAN = frozenset(["first", "hear", "next", "letme", "progressive"])
# "We're fixing it tomorrow morning", "I'm calling you at 15:00": a present tense for a planned
# act of ours. A promise only with a concrete time still to come.
_PROGRESSIVE_VERBS = _words(
    "fixing sending replacing refunding calling ringing emailing texting visiting delivering "
    "shipping posting dispatching repairing installing crediting reissuing rebooking restoring "
    "releasing deploying rolling switching upgrading issuing paying collecting reconnecting "
    "updating contacting sorting"
)
_PROGRESSIVE_TOKENS = frozenset(["re", "m", "are", "am"])
_PROGRESSIVE_RE = re.compile(
    r"\s+(?:(?:also|now|then|personally|just)\s+)?(?:"
    + "|".join(sorted(_PROGRESSIVE_VERBS))
    + r")\b(?!\s+(?:about|regarding|re|because|with|to\s+(?:let|say|tell|apologi[sz]e|explain)))"
)
# A time that is past or a reference, not when the act happens: "calling about your order from
# Monday", "refunding the charge since 3 March".
_PAST_MARK_RE = re.compile(
    r"f(?<!\wf)rom\b|s(?<!\ws)ince\b|l(?<!\wl)ast\b|a(?<!\wa)go\b|y(?<!\wy)esterday\b"
)
_FUTURE_KINDS = frozenset(["first", "will", "should"])
_ADVERBS = frozenset([
    "also", "now", "then", "personally", "definitely", "certainly", "still", "immediately",
    "directly", "again", "first", "happily", "gladly", "just", "quickly", "promptly", "both", "all",
])
_NOT_A_PROMISE_AFTER = frozenset([
    "not", "never", "no", "nothing", "probably", "likely", "hopefully", "possibly", "maybe",
    "perhaps",
])
# "we'll <verb ...>" stating a feeling, offer, need, state or outcome rather than a promise.
_NON_PROMISE_VERB_RE = re.compile(
    r"(?:be\s+(?:happy|glad|delighted|pleased|here|there|around|available|standing"
    r"|waiting|right|just|more|honest|frank|sorry|open|closed)|want|wait|hear"
    r"|see\s+(?:what|if|whether|how)|miss"
    r"|fail|lose|go\s+from|take\s+it\s+from|look\s+(?:out|forward)|keep\s+an\s+eye\s+out)\b",
)
# "we'll be able to...", "we'll need to...": a plan, not a promise, unless it names a vague time.
_WEAK_VERB_RE = re.compile(r"(?:be\s+able|need|have\s+to)\b")
# "we should have told you sooner": a past counterfactual (an admission), never a promise.
_SHOULD_HAVE_DONE_RE = re.compile(
    r"have\s+(?:[a-z]+ed|been|told|sent|known|done|given|made|had|seen|taken|heard|caught"
    r"|found|kept|said|paid|brought|thought|got|gotten|written|spoken|run|shown|spotted)\b"
)
# Promises to look into or improve something: with no time, vague even as standing practice.
_EXPLORE_VERB_RE = re.compile(
    r"(?:look\s+(?:at|into)|take\s+(?:a|another)\s+(?:\w+\s+)?look|consider|explore"
    r"|think\s+(?:about|over)|work\s+(?:on|towards?)|improve|learn|do\s+better|see\s+about"
    r"|try\s+(?:to\s+)?(?:improve|do\s+better|learn|make\s+(?:things|it)\s+better)"
    r"|(?:use|take)\s+(?:[\w']+\s+){1,3}?(?:to\s+(?:help\s+(?:us\s+)?)?(?:improve|do\s+better|learn)"
    r"|on\s+board|into\s+(?:account|consideration))"
    r"|pass\s+(?:[\w']+\s+){1,2}?(?:feedback|comments?|concerns?|complaint|thoughts|suggestions?)"
    r"\s+(?:on|to|along))\b"
)
# "We strive to ... and will...": a clause whose subject, before "and", is "I" or "we".
_ELIDED_FIRST_RE = re.compile(r"(?:i|we)(?:\s|'(?:ve|re|m|d)\s)[^,;:]*(?:\band|&)\s*")
# "Yours has been found and will be couriered to your hotel", "your refund will be processed":
# something of the reader's, or one thing we named, will be acted on by nobody named.
# Quantified or bare plural subjects ("all orders will be checked", "refunds will be issued to
# the original card") state policy, and bad news ("will be cancelled", "charged") is no pledge.
_PLEDGE_SUBJECT_RE = re.compile(
    r"(?:(?:and|so|then)\s+)?(?:your|yours|it|this|these|that|those|they|you|the|a|an|our|my)\b"
    r"(?![^,;:]*\b(?:all|every|each|any|no)\b)"
)
_GENERIC_RE = re.compile(  # each \b after its first letter (see _CONDITION_RE)
    r"i(?<!\wi)n\s+(?:most|some|many|all|these|such|certain)\s+cases\b"
    r"|(?:f(?<!\wf)or|o(?<!\wo)n|t(?<!\wt)o)\s+(?:any|all|every|each)\b"
    r"|u(?<!\wu)sually\b|t(?<!\wt)ypically\b|g(?<!\wg)enerally\b|n(?<!\wn)ormally\b"
    r"|a(?<!\wa)(?:s\s+(?:a\s+rule|standard|per)|ccording\s+to|utomatically)\b"
    r"|i(?<!\wi)n\s+(?:line|accordance|keeping)\s+with\b|p(?<!\wp)er\s+(?:our|the)\b"
)
_PASSIVE_PLEDGE_RE = re.compile(
    r"be\s+(?:re-?)?(?:sent|couriered|posted|mailed|e-?mailed|delivered|shipped|dispatched"
    r"|returned|refunded|credited|reimbursed|paid|reversed|waived|fixed|repaired|replaced"
    r"|restored|reinstated|connected|activated|resolved|sorted|corrected|amended|processed"
    r"|handled|actioned|dealt\s+with|looked\s+(?:at|into)|investigated|reviewed|escalated"
    r"|booked|scheduled|arranged|collected|picked\s+up|forwarded|passed\s+on|transferred|issued"
    r"|applied|released|unlocked|installed|compensated|honou?red|covered|taken\s+care\s+of"
    r"|followed\s+up|chased|contacted|notified|informed|called|texted|messaged|updated"
    r"|used\s+to\s+(?:help\s+)?improve)\b"
)
# A one-off review or investigation, or checking or chasing something with someone else ("I'll
# check with the warehouse", "we'll chase the courier"): with no time, vague; as practice, not.
_REVIEW_VERB_RE = re.compile(
    r"(?:review|investigate|assess|evaluate|revisit|reflect|examine|(?:double[- ]?)?check|chase"
    r"|query|escalate|dig\s+(?:into|deeper)|find\s+out|look\s+for|raise\s+(?:it|this|that)\s+with"
    r"|(?:ask|speak\s+(?:to|with)|talk\s+(?:to|with)|follow\s+(?:it\s+|this\s+)?up\s+with)"
    r"\s+(?:the|our|my|their|his|her))\b"
)
_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:hopefully|hope|hoping|crossed|think|believe|guess|suspect|maybe|perhaps|probably"
    r"|possibly|might|may|could|would|should|unsure|not\s+sure)\b[^.!?;]{0,25}$",
)
_NEGATED_SUBJECT_RE = re.compile(  # \bn(?:o|...): the \b after the "n" (see _CONDITION_RE)
    r"n(?<!\wn)(?:o|othing|one|obody|either|ever)\b[^,;]{0,30}$"
)
_AFTER_PREP_RE = re.compile(r"\b(?:in|with|until|before|after|from)\s*$")
# Searched patterns below whose every branch starts with a letter, its \b a look-behind after
# it (\bif -> i(?<!\wi)f): the scan then skips to those letters instead of trying each position.
_CONDITION_RE = re.compile(
    r"(?:i(?<!\wi)(?:(?<!sorry\si)(?<!apologise\si)(?<!apologize\si)f|n\s+case)|u(?<!\wu)nless"
    r"|s(?<!\ws)hould\s+you|w(?<!\ww)hen(?:ever|\s+you)|o(?<!\wo)nce\s+you"
    r"|a(?<!\wa)(?:fter|s\s+soon\s+as)\s+you)\b",
)
# "(please) send us the receipt and we'll...", "can you share details and we'll...".
_CUSTOMER_ACTS_RE = re.compile(
    r"(?:^|[:,;]\s+)(?:@\w+\s+)*(?:(?:hi|hey|hello)\b[^,]{0,30},\s*)?"
    r"(?:(?:can|could|would|will)\s+you\s+)?(?:(?:please|pls|just|simply|kindly)\s+)?"
    r"(?:send|share|dm|message|reply|respond|submit|let\s+us\s+know|tell\s+us|contact|reach"
    r"|give\s+us|try|fill|attach|click|tap|visit|head|go|call|email|e-mail|drop|forward|pop"
    r"|feel\s+free|follow|open|complete|provide|include|restart|sign|upload|post|select)\b.*"
    r"(?:\band|&amp;|&)\s*$"
    r"|\byou\s+can\b.*\band\s*$",
    re.S,
)
_POLICY_RE = re.compile(
    r"(?:a(?<!\wa)lways|f(?<!\wf)(?:rom\s+now\s+on|or\s+(?:any|every|all)\s+future)"
    r"|g(?<!\wg)oing\s+forward|i(?<!\wi)n\s+(?:the\s+)?future|e(?<!\we)(?:very|ach)\s+time"
    r"|w(?<!\ww)henever|b(?<!\wb)efore\s+(?:any|each|every))\b",
)
# Only the last match of these counts: found from the end in one call (see ``_last``).
_LEAD_BREAK_RE = _last(r"(?=[;—–bs])(?:[;—–]|\b(?:but|so|because)\b)")
# Chat runs sentences on without capitals: "!", "?", "...", a spaced hyphen or an emoji before a
# lower-case word ends one too ("...since the outage 😅 will get to it when we can").
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_CLAUSE_START_RE = _last(  # not the colon of a clock time ("17:00")
    rf"(?=[,;:—–(abstwo!?….\-{_EMOJI}])(?:,(?=\s)|[;—–(]|:(?!\d)|[!?…{_EMOJI}]|\.\.|-(?<=\s-)(?=\s)"
    r"|\b(?:and|but|so|then|while|because|which|who|that|where|once)\b)"
)
# A conjunction is tried from a comma or the first space of a run only: from a later space of
# the same run it fails or succeeds just the same, and trying it at every space of a long run
# (masked text is blanked to spaces) costs time quadratic in the run's length. The clause this
# is searched in starts right after a word (a cue's end), so its first space starts a run.
_CLAUSE_BREAK_RE = re.compile(
    r"(?=[;:,\s])(?:;|\s[—–-]\s(?!\d)|:\s"
    r"|(?:(?P<comma>,)|(?<!\s))\s++(?=[abstwop])"
    r"(?P<conj>and|but|so|while|because|although|though|whereas|which|then|or|plus)"
    r"\s+(?P<word>[\w']+)"
    r"|,\s+(?P<subj>i|we|you|it|they|he|she|please|keep\s+us|let\s+us|feel\s+free)\b)",
)
# The rest of a ", which ..., " aside when a time follows it.
_ASIDE_RE = re.compile(
    r"[^,.;:!?]{0,40},\s+(?=(?:by|at|on|before|within|in|no\s+later|tomorrow|today|tonight)\b)"
)
_SUBJECTS = frozenset(["i", "we", "you", "it", "they", "he", "she", "there"])
_SUBJECT_CONTRACTIONS = ("i'", "we'", "you'", "it'", "they'", "there'")
_ALWAYS_CUT = frozenset(["but", "so", "while", "because", "although", "though", "whereas", "which"])
_TIME_CONTINUES = frozenset(
    ["no", "not", "by", "at", "before", "within", "in", "on", "latest", "then", "again"]
)
# "then", "at that point", "by then": the time of the promise just before.
_THEN_RE = re.compile(  # (?<!and\s)\b(?:then|by\s+then|at\s+that...), each \b after its letter
    r"t(?<!\wt)(?<!and\st)hen\b|b(?<!\wb)(?<!and\sb)y\s+then\b"
    r"|a(?<!\wa)(?<!and\sa)t\s+that\s+(?:point|time|stage)\b"
)
_THEN_GAP = 80
_NEXT_PROMISE_RE = re.compile(  # \b(?:i|we)(?:'ll|\s+will)\b|(?:\bwill|'ll)\s+(?!be\s+...)
    r"i(?<!\wi)(?:'ll|\s+will)\b|w(?<!\ww)(?:e(?:'ll|\s+will)\b|ill\s+(?!be\s+(?:able|happy)))"
    r"|'ll\s+(?!be\s+(?:able|happy))"
)
# "...with what we will do about it": a future inside a wh-clause is not a new promise.
_WH_BEFORE_RE = re.compile(r"\b(?:what|whatever|how|whether|why|where)\s+(?:[\w'-]+\s+){0,2}$")
_FRONT_EVENT_RE = re.compile(
    r"(?:once|when|as\s+soon\s+as|the\s+moment|as\s+and\s+when)\s+(?!you\b|u\b)"
)
_FRONT_BOUNDARY_RE = _last(r",\s|[;:—–]|\s-\s|\b(?:and|but|so|then)\b")
_FRONT_PREP_RE = re.compile(
    r"(?:by|before|until|till|no\s+later\s+than|at|on|within|in)\s+(?:the\s+)?"
)
_FRONT_GAP_RE = re.compile(r"[\s,]*(?:[\w:.()+'-]+[\s,]*){0,3}")
# A time limit set off by dashes or brackets before a promise, and the words it may hold.
_LIMIT_HEAD_RE = re.compile(
    r"\s*(?:(?:and|or|but)\s+)?(?:(?P<prep>(?:no|not)\s+later\s+than|by|before|within)\s+)?"
)
_LATEST_RE = re.compile(r"(?:at\s+the\s+(?:very\s+)?latest|latest|at|on|the|of)\b")
_MASKED_LINK_RE = re.compile(r"://|www\.|@")
# (?:\s+X)+\s*$ and \s{3,}, written to start with a plain \s: a scan skips to the spaces.
_TRAILING_SIGNATURE_RE = re.compile(
    r"\s\s*(?:[\^*~/]\s?[A-Za-z]{1,14}|[-–—][A-Z][a-z]+)"
    r"(?:\s+(?:[\^*~/]\s?[A-Za-z]{1,14}|[-–—][A-Z][a-z]+))*\s*$"
)
_GAP_RE = re.compile(r"\s\s\s+")
_SPACES_RE = re.compile(r"\s*")
_DANGLING_RE = re.compile(r"\s+(?:on|at|via|through|to|in|from|with|and|or|here)?\s*$")
_TRAILING_JUNK = " \t\n.,;:!?-—–"

# ---- time expressions -------------------------------------------------------------------------

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri)"
_PART = r"(?:morning|afternoon|evening|night|lunchtime)"
_DAY_RE = re.compile(  # the look-arounds make the scan skip most positions quickly
    r"(?<![a-z0-9])(?=[0-9tmwfsjaondelc])(?:"
    rf"(?:(?P<rel>next|this|coming)\s+)?(?P<wd>{_WD})\b\.?"
    rf"(?:,?\s+(?:the\s+)?(?P<wdd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<wdm>{_MON})\b\.?)?"
    rf"(?:\s+(?P<wdpart>{_PART}))?"
    rf"|(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MON})\b\.?(?:,?\s+(?P<y>20\d\d))?"
    rf"|(?P<m2>{_MON})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?P<y2>20\d\d))?"
    r"|(?P<iso>20\d\d-[01]\d-[0-3]\d)\b"
    r"|the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b"
    r"|(?P<word>today|tonight|tomorrow|tmrw|the\s+day\s+after\s+tomorrow|later\s+(?:today|tonight)"
    r"|this\s+(?:morning|afternoon|evening)|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week"
    r"|(?:later\s+)?this\s+week|next\s+week"
    r"|(?:the\s+)?end\s+of\s+next\s+week|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month)\b"
    rf"(?:\s+(?P<part>{_PART}))?)",
)
_CLOCK_RE = re.compile(
    r"(?=[0-9nmlabutecf])(?:(?<![\w£$€¥.:,/-])(?:"
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?"
    r"|(?P<H>[01]?\d|2[0-3]):(?P<MI>[0-5]\d)(?![\d:])"
    r"|(?P<oc>1[0-2]|0?[1-9])\s*o'clock"
    r"|(?P<named>noon|midday|midnight|lunchtime|after\s+lunch|first\s+thing)\b"
    r"|(?P<eod>(?:the\s+)?end\s+of\s+(?:the\s+|your\s+|my\s+|our\s+)?(?:business\s+|working\s+)?day"
    r"|eod|cob|close\s+of\s+(?:business|play)|end\s+of\s+(?:business|play))\b"
    r")"
    r"|\b(?:by|at|before|until|till|than)\s+(?:(?P<dh>[01]?\d|2[0-3])\.(?P<dm>[0-5]\d)(?![\d.])"
    r"|(?P<bh>1[0-2]|[1-9])(?=\s*(?:[,.;!)]|$)|\s+(?:today|tonight|tomorrow|this|on|to|and|with"
    r"|your|my|our|local|utc|gmt|bst|cet|cest|eet|wet|west|ist|jst|[ecmp][sd]?t)\b)))",
)
_NUM = (
    r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty[- ]?five|twenty[- ]?four|forty[- ]?eight|seventy[- ]?two|half\s+an?"
    r"|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|few|several"
)
_REL_RE = re.compile(
    r"(?=[wiuotenl])(?:\b(?:within|in|inside(?:\s+of)?|under|over\s+the\s+next|takes?|taking"
    r"|up\s+to|every|no\s+more\s+than|less\s+than)\s+"
    r"(?:(?:about|around|roughly|approximately|another|the\s+next)\s+)?"
    rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s*"
    r"(?P<work>working\s+|business\s+)?(?P<unit>minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?)\b"
    r"|\b(?:within|in|inside|every)\s+(?:the\s+)?(?:next\s+)?(?P<unit1>hour|day)\b"
    r"|\b(?:within|in)\s+an?\s+(?P<unit2>hour|day|week)\s+or\s+two\b)",
)
# Times fixed by an event the customer knows of: concrete, though we can't put a date on them.
_ANCHORED_RE = re.compile(
    r"(?=[\dtaohiwf])\b(?:the\s+(?:day|night|morning|evening)\s+(?:before|after|of)"
    r"|(?:\d{1,3}|an?|one|two|three|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"\s+(?:before|ahead\s+of|after)"
    r"|(?:in|on|with|from)\s+(?:your|the|their|his|her)\s+next\s+(?:pay(?:check|cheque|slip|day)?"
    r"|pay\s+(?:run|packet|period|date)|salary|wages?|bill|statement|invoice|renewal"
    r"|billing\s+(?:cycle|date|run|period)|payment|instal+ment|direct\s+debit))\b"
)
_SOME_TIME_BEFORE_RE = re.compile(
    r"\b(?:at\s+some\s+(?:point|stage)|some\s*time)\s+(?:(?:during|in|over)\s+)?$"
)
_NOW_RE = re.compile(
    r"r(?<!\wr)ight\s+(?:away|now)\b|s(?<!\ws)traight\s+away\b|i(?<!\wi)mmediately\b"
)
_FEW = (  # after "in" or "within": "the next few days", "a couple of weeks"
    r"\s+(?:the\s+(?:next|coming)\s+few|(?:the\s+next\s+)?(?:a\s+few|a\s+couple\s+of|several"
    r"|some))\s+(?:days|weeks|months)"
)
# Urgency given as a manner, not a time ("as a priority", "urgently", "without delay"), is vague
# too: it names no time the reader can hold us to. "Priority" naming a service is not.
_NOT_A_SERVICE = (
    r"\b(?!\s+(?:mail|post|postage|delivery|shipping|courier|boarding|support|access|booking|line"
    r"|lane|pass|status|service|seating|customers?|members?|care|plan)\b)"
)
_PRIORITY = rf"(?:priority|urgency){_NOT_A_SERVICE}"
_VAGUE_RE = re.compile(  # branches by first letter, each \b after it (see _CONDITION_RE)
    r"s(?<!\ws)(?:oon(?:est)?|hortly|wiftly|ome\s*time\s+(?:this|next|in\s+the)\b)"
    r"|a(?<!\wa)(?:sap|\.s\.a\.p|t\s+some\s+(?:point|stage)|t\s+a\s+later\s+(?:date|time|stage"
    r"|point)|s\s+(?:soon|quickly|fast)\s+as\s+(?:possible|we\s+can|i\s+can)"
    r"|ny\s+(?:day|time)\s+now|t\s+(?:our|the)\s+earliest\b(?!\s+(?:on|by|at|from|in)\b)"
    rf"|s\s+(?:an?\s+)?(?:matter\s+of\s+)?(?:(?:top|high|urgent)\s+)?{_PRIORITY})"
    r"|i(?<!\wi)n(?:\s+(?:due\s+course|the\s+(?:near|not\s+too\s+distant|foreseeable)\s+future"
    rf"|the\s+coming\s+(?:days|weeks|months)|a\s+(?:bit|while|little\s+while)"
    rf"|an?\s+(?:timely|prompt|speedy)\s+(?:manner|fashion|way))|{_FEW})"
    rf"|w(?<!\ww)ith(?:\s+time|in{_FEW}|\s+(?:the\s+)?(?:(?:utmost|highest|top|high)\s+)?"
    rf"{_PRIORITY}|out\s+(?:any\s+)?(?:further\s+)?delay)"
    # one branch a letter: each branch costs a test at every position the scan stops at
    r"|e(?:(?<!\we)(?:ventually|xpeditiously)|(?<=\burge)ntly\b)"  # "urgently" from its "e"
    r"|b(?<!\wb)efore\s+long"
    r"|p(?:(?<!\wp)(?:romptly|rioriti[sz](?:e|ing)\b)"
    rf"|(?:(?<=\btop\sp)|(?<=\bhigh\sp)|(?<=\bhighest\sp))riority{_NOT_A_SERVICE})"
    r"|l(?<!\wl)(?<!no\sl)(?<!or\sl)(?<!and\sl)ater\b(?!\s+(?:today|tonight|this|than))"
    r"|o(?<!\wo)n(?:e\s+of\s+these\s+days|\s+(?:an?\s+)?(?:priority|urgent)\s+basis\b)",
)
# A time given only as an event of ours: "when we have more information", "once it ships".
_VAGUE_EVENT_RE = re.compile(
    r"a(?<!\wa)s\s+(?:(?:soon|quickly|fast)\s+as(?!\s+you\b)|and\s+when"
    r"|(?:more\s+|new\s+|further\s+)?(?:info|information|details|news|updates?)\s+(?:becomes?"
    r"|comes?|is|are)\s+(?:available|in)|(?:we|i)\s+(?:learn|know|find\s+out|hear)\s+more"
    r"|(?:things|it|the\s+situation|work)\s+(?:progress|develop|evolve)(?:s|es)?)\b"
    r"|w(?<!\ww)hen(?:ever)?\b(?!\s+you\b)"
    r"|o(?<!\wo)nce\s+(?!you\b|more\b|again\b|a\b|an\b)(?=[a-z])"
)
_TZ_AFTER_RE = re.compile(
    r"\s*\(?\s*(?P<tz>utc|gmt|bst|cet|cest|eet|eest|wet|west|ist|jst|kst|sgt|hkt|aest|aedt|awst"
    r"|nzst|nzdt|est|edt|et|cst|cdt|ct|mst|mdt|mt|pst|pdt|pt|pacific|eastern|central|mountain|uk"
    r"|london|your|local)\b(?:\s+time\b)?"
    r"(?:\s*(?P<off>[+-]\s*\d{1,2})(?::?(?P<offm>[0-5]\d))?)?\)?",
)
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|before|until|till|than|on|at)\s+(?:the\s+)?$")
_RANGE_GAP_RE = re.compile(r"\s*(?:-|–|to|and)\s*")
ZONE_NAMES = {  # zone words the checker reads in times, to IANA zones (drafting writes them)
    "utc": "UTC", "gmt": "UTC", "bst": "Europe/London", "uk": "Europe/London",
    "london": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "eet": "Europe/Athens", "eest": "Europe/Athens", "wet": "Europe/Lisbon",
    "west": "Europe/Lisbon", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong", "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney", "awst": "Australia/Perth", "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland", "est": "America/New_York", "edt": "America/New_York",
    "et": "America/New_York", "eastern": "America/New_York", "cst": "America/Chicago",
    "cdt": "America/Chicago", "ct": "America/Chicago", "central": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "mountain": "America/Denver", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
}
_WEEKDAY = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fortyfive": 45, "twentyfour": 24, "fortyeight": 48, "seventytwo": 72,
    "halfan": 0.5, "halfa": 0.5, "afew": 3, "few": 3, "acouple": 2, "acoupleof": 2, "couple": 2,
    "coupleof": 2, "several": 4,
}
_FUZZY = frozenset(["afew", "few", "acouple", "acoupleof", "couple", "coupleof", "several"])
_PART_HOUR = {"morning": 9, "lunchtime": 12, "afternoon": 15, "evening": 19, "night": 21}
_NAMED_HOUR = {
    "noon": 12, "midday": 12, "lunchtime": 12, "midnight": 0, "afterlunch": 14, "firstthing": 9,
}
_END_OF_DAY = time(17)

# Every match of _CONTACT_RE holds one of these as a word: each branch opens with one, and no
# letter or digit comes right before or after it.
_CONTACT_TOKENS = _words(
    "update updates e email mail message msg text phone ring contact notify inform tell brief "
    "write call ping confirm reply respond dm revert check speak talk chat catch whats whatsapp "
    "calling ringing emailing mailing texting messaging phoning contacting get come circle loop "
    "touch be post drop give send follow report let reach keep hear share have expect"
)
# Contact or update promises: what "next-update" needs, and vague when they carry no time.
_CONTACT_RE = re.compile(  # one leading \b, none inside: much faster to scan
    r"\b(?=[a-z])(?:(?<!in\sthe\s)(?<!in\sour\s)(?<!in\san\s)next\s+(?:status\s+)?update\b"
    r"|(?<!release\s)(?<!install\s)(?<!deploy\s)(?<!push\s)an\s+update\b"
    r"|(?:status|progress|another|further|more)\s+updates?\b|updates?\s+to\s+follow\b"
    r"|(?:update|e-?mail|message|msg|text|phone|ring|contact|notify|inform|tell|brief|write\s+to)"
    r"\s+(?:you|u|everyone|all\s+of\s+you|both\s+of\s+you|the\s+team|them)\b"
    r"|(?<!you\s)(?:call|ping|confirm|reply|respond|dm|revert)\b|write\s+back\b"
    r"|(?:check|speak|talk|chat|catch\s+up|whats\s?app"
    r"|(?:call|ring|e-?mail|text|messag|phon|contact)ing)\s+(?:(?:with|to)\s+)?(?:you|u)\b"
    r"|(?:get|come|circle|loop)\s+(?:back\s+to\s+(?:you|u)|in\s+(?:touch|contact))\b"
    r"|(?:check|touch)\s+(?:in|back|base)\b"
    r"|be\s+(?:(?:back\s+)?in\s+(?:touch|contact)|contacted|notified|updated|informed|called"
    r"|e-?mailed|texted|messaged|told)\b"
    r"|(?:e-?mail|text|message|msg)\s+(?:(?:over\s+)?your|again)\b|(?:write|post)\s+again\b"
    r"|(?:update|post)\s+(?:here|(?:(?:in|on|to)\s+)?(?:this|the|your|our)\s+(?:chat|thread"
    r"|ticket|page|post|case|channel|incident|(?:system\s+)?status\s+page))\b"
    r"|(?:drop|give)\s+(?:you|u)\s+an?\s+(?:shout|buzz|bell|heads[- ]?up|line|note|message|text"
    r"|call|ring|e-?mail)\b"
    r"|send\s+(?:you|u)\s+(?:[\w'-]+\s+){0,3}?(?:copy|copies|document|letter|statement|invoice"
    r"|receipt|certificate|pdf|form|note|file|proof|breakdown|photo)s?\b"
    r"|follow\s+up\b|report\s+back\b|let\s+(?:you|u|everyone)\s+know\b|reach\s+out\b"
    r"|keep\s+(?:you|u|everyone)\s+(?:posted|updated|informed|in\s+the\s+loop)\b"
    r"|hear\s+(?:back\s+)?from\s+(?:me|us|our)\b"
    r"|(?:send|post|share|give|have)\b(?:\s+[\w'-]+){0,5}?\s+(?:update|tracking|details|list"
    r"|reference|confirmation|number|link|news|word|answer|info|information|summary|report"
    r"|status|voucher|code|eta|timeline|slot|findings|results?|e-?mail|message|text|decision"
    r"|outcome|quote|response|date)s?\b"
    r"|expect\s+to\s+hear\b)",
)

# The words of a span, split at every character but a-z and 0-9: a gate word that a pattern
# only matches with no letter or digit of a-z, 0-9 on either side is then one of them (a
# split at \W only would keep "étoday" whole, where _DAY_RE finds "today").
_SPAN_WORD_RE = re.compile(r"[a-z0-9]+")
# Words that must occur in a message before a time regex can match anywhere in it.
_DIGIT_RE = re.compile(r"\d")
_DIGIT_H_RE = re.compile(r"\dh\b")
_NUMERIC_DAY_RE = re.compile(r"\d(?:(?:st|nd|rd|th)\b|(?<=2)0\d\d-\d)")  # "5th", "2026-03"
_DAY_TOKENS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec today tonight tomorrow tmrw end week "
    "morning afternoon evening"
)
_CLOCK_TOKENS = _words("noon midday midnight lunchtime lunch eod cob end close first")
_UNIT_TOKENS = _words("minute minutes min mins hour hours hr hrs h day days week weeks wk wks")
_VAGUE_TOKENS = _words(
    "soon soonest shortly asap course point stage future coming eventually long promptly later "
    "sometime quickly fast now earliest bit while days weeks months time few couple several some "
    "swiftly priority urgency urgently delay timely manner fashion expeditiously prioritise "
    "prioritize prioritising prioritizing"
)
_EVENT_TOKENS = frozenset([
    "when", "whenever", "once", "soon", "quickly", "fast", "available", "more", "come", "comes",
    "progress", "progresses", "develop", "develops", "evolve", "evolves",
])
_NOW_TOKENS = frozenset(["away", "immediately", "now"])
# Each branch of _ANCHORED_RE holds one of these as a whole word between spaces.
_ANCHORED_TOKENS = _words(
    "day night morning evening minute minutes min mins hour hours hr hrs days week weeks next"
)
# A digit or a word that can start a time put before a promise ("Tomorrow morning I'll").
_FRONT_HINT_RE = re.compile(
    r"\d|\b(?=[tnmwfsehl])(?:today|tonight|tomorrow|noon|midday|eod|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|within|hour|end|this|next|later)\b"
)


class _Cue(NamedTuple):
    kind: str  # first, will, should, hear, next, expect, letme, follow or progressive
    start: int
    end: int


class _Timing(NamedTuple):
    concrete: bool
    vague: bool  # a vague time word: soon, shortly, ASAP, in due course...
    event: bool  # only an event: "when it ships", "once we hear back"
    due: datetime | None


class _Doc:
    """One message as this module reads it: lower-cased text and which time words occur."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.norm = message.norm
        self.low = message.low
        # Whether a regex can match this message at all, worked out on first use (most
        # messages need few of them). Keyed by id(): hashing a compiled pattern re-hashes its
        # source, which costs more than the lookup saves.
        self._may_match: dict[int, bool] = {}
        self._has_digit: bool | None = None

    def may_match(self, rx: re.Pattern[str]) -> bool:
        """False when the message lacks the words ``rx`` needs to match anywhere in it."""
        may = self._may_match.get(id(rx))
        if may is None:
            tokens, low = self.message.tokens, self.low
            if rx is _CLOCK_RE:
                may = self.digit or not tokens.isdisjoint(_CLOCK_TOKENS)
            elif rx is _DAY_RE:
                may = not tokens.isdisjoint(_DAY_TOKENS) or (
                    self.digit and _NUMERIC_DAY_RE.search(low) is not None
                )
            elif rx is _REL_RE:
                may = not tokens.isdisjoint(_UNIT_TOKENS) or (
                    self.digit and _DIGIT_H_RE.search(low) is not None
                )
            elif rx is _VAGUE_RE:
                may = not tokens.isdisjoint(_VAGUE_TOKENS)
            elif rx is _VAGUE_EVENT_RE:
                may = not tokens.isdisjoint(_EVENT_TOKENS)
            elif rx is _NOW_RE:
                may = not tokens.isdisjoint(_NOW_TOKENS)
            elif rx is _ANCHORED_RE:
                may = not tokens.isdisjoint(_ANCHORED_TOKENS)
            else:
                may = True
            self._may_match[id(rx)] = may
        return may

    @property
    def digit(self) -> bool:
        """Whether the text has a digit (worked out once: a plain attribute, as
        ``functools.cached_property`` takes a lock on every first read)."""
        has = self._has_digit
        if has is None:
            low = self.low
            if low.isascii():  # ten substring searches beat a scan testing each character for \d
                has = any(d in low for d in "0123456789")
            else:
                has = _DIGIT_RE.search(low) is not None
            self._has_digit = has
        return has

    def search(self, rx: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """``rx`` in ``low[start:end]`` unless the message lacks the words it needs."""
        return rx.search(self.low, start, end) if self.may_match(rx) else None

    def finditer(self, rx: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """Every match of ``rx`` in ``low[start:end]`` (none when it cannot match)."""
        return list(rx.finditer(self.low, start, end)) if self.may_match(rx) else []


def find_commitments(message: Message) -> list[Commitment]:
    """Every promise of future action or contact, with its due time resolved."""
    triggers = message.tokens & _TRIGGERS
    if not triggers.isdisjoint(_UNDER_WAY_TOKENS) and message.tokens.isdisjoint(_VAGUE_TOKENS):
        triggers -= _UNDER_WAY_TOKENS  # work under way counts only with a vague time
    if not triggers.isdisjoint(_PROGRESSIVE_TOKENS) and message.tokens.isdisjoint(
        _PROGRESSIVE_VERBS
    ):
        triggers -= _PROGRESSIVE_TOKENS  # "we're" matters only before "fixing", "sending"...
    if not triggers:
        return []
    cues = _cues(message.low, triggers)
    if not cues:
        return []
    doc = _Doc(message)
    found: list[Commitment] = []
    taken = 0
    for cue in sorted(cues, key=lambda c: c.start):
        if cue.start < taken:
            continue
        commitment = _commitment_at(doc, cue)
        if commitment is not None:
            if found and commitment.vague:
                commitment = _then(doc, found[-1], commitment)
            found.append(commitment)
            taken = commitment.end
    return found


def _then(doc: _Doc, before: Commitment, vague: Commitment) -> Commitment:
    """A vague promise timed by "then" after a concrete one ("We'll have it up by 6pm and I'll
    reply here then") shares its time."""
    if before.vague or before.due is None or vague.start - before.end > _THEN_GAP:
        return vague
    if not _THEN_RE.search(doc.low, vague.start, vague.end):
        return vague
    return vague.model_copy(update={"vague": False, "due": before.due})


def has_next_update(message: Message) -> bool:
    """True when a promise gives a concrete time for the next update or contact from us."""
    low = message.low
    for c in message.commitments:  # a plain loop: most messages have none
        if not c.vague and c.due is not None and _CONTACT_RE.search(low, c.start, c.end):
            return True
    return False


# ---- cues -------------------------------------------------------------------------------------


def _cues(low: str, triggers: frozenset[str]) -> list[_Cue]:
    """Every cue in the lower-cased text, found by plain substring search (fast)."""
    cues: list[_Cue] = []
    if not _UNDER_WAY_TOKENS.isdisjoint(triggers):
        cues.extend(_under_way(low))
    for token in triggers:
        needle = _NEEDLES.get(token)  # None for "working", "coming"...: found above
        if needle is None:
            continue
        i = low.find(needle)
        while i != -1:
            cue = _cue_at(low, i, needle)
            if cue is not None:
                cues.append(cue)
            i = low.find(needle, i + 1)
    return cues


def _under_way(low: str) -> list[_Cue]:
    """Cues of work under way after a be-verb: "engineers are working to", "a fix is going out"."""
    cues = []
    for m in _UNDER_WAY_RE.finditer(low):
        if m.start() and low[m.start() - 1].isalnum():
            continue
        be = _UNDER_WAY_BE_RE.search(low, max(0, m.start() - 30), m.start())
        if be:
            cues.append(_Cue("should", be.start(), m.end()))
    return cues


def _cue_at(low: str, i: int, needle: str) -> _Cue | None:
    """The cue whose marking text ``needle`` sits at ``i``, with its subject; None if not one."""
    end = i + len(needle.rstrip())
    if needle[0].isalpha() and i and (low[i - 1].isalnum() or low[i - 1] == "_"):
        return None  # inside a word: "goodwill", "replan to"
    if end < len(low) and (low[end].isalnum() or low[end] == "_"):
        return None  # "willing", "shallow", "let meet"
    window = max(0, i - 8)
    if needle == "should":
        return _Cue("should", i, end)
    if needle == "ill ":  # chat "ill msg u by 11am"
        if _CHAT_ILL_RE.search(low, max(0, i - 6), i) and not _CHAT_ILL_NOT_RE.match(low, i + 4):
            return _Cue("first", i, end)
        return None
    if needle in ("will", "'ll", "shall"):
        first = _FIRST_BEFORE_RE.search(low, window, i)
        if first:
            return _Cue("first", first.start(), end)
        you = _YOU_BEFORE_RE.search(low, window, i)
        hear = _HEAR_RE.match(low, end) if you else None
        if you and hear:
            return _Cue("hear", you.start(), hear.end())
        return _Cue("will", i, end)
    if needle in ("going to", "aiming to", "planning to"):
        going = _GOING_SUBJECT_RE.search(low, max(0, i - 10), i)
        return _Cue("first", going.start(), end) if going else None
    if needle.endswith(" to"):  # "we aim to", "I promise to"
        first = _FIRST_BEFORE_RE.search(low, window, i)
        return _Cue("first", first.start(), end) if first else None
    if needle == "expect ":
        first = _FIRST_BEFORE_RE.search(low, window, i)
        if first and low.startswith("to ", end + 1):  # "we expect to have it fixed by..."
            return _Cue("first", first.start(), end + 3)
        m = _EXPECT_RE.match(low, i)
        return _Cue("expect", i, m.end()) if m else None
    if needle in ("we're ", "i'm ", "we are ", "i am "):
        m = _PROGRESSIVE_RE.match(low, end)
        return _Cue("progressive", i, m.end()) if m else None
    if needle == "to follow":  # "RCA to follow", "more details to follow shortly"
        if _FOLLOW_NOUN_RE.search(low, max(0, i - 30), i) and _FOLLOW_END_RE.match(low, end):
            return _Cue("follow", i, end)
        return None
    if needle == "let me":
        m = _LET_ME_RE.match(low, i)
        return _Cue("letme", i, m.end()) if m else None
    m = _NEXT_RE.match(low, i)
    if not m:
        return None
    det = _DETERMINER_BEFORE_RE.search(low, window, i)
    return _Cue("next", det.start() if det else i, m.end())


# ---- one promise ------------------------------------------------------------------------------


def _commitment_at(doc: _Doc, cue: _Cue) -> Commitment | None:
    """The promise the cue starts, with its span, vagueness and due time; None if not one."""
    low = doc.low
    sent_start, sent_end = _sentence_at(doc, cue.start)
    if low[sent_start:sent_end].rstrip().endswith("?"):
        return None
    clause_start = _after_last(_CLAUSE_START_RE, low, sent_start, cue.start)
    prefix = subject = low[clause_start : cue.start]
    lead_start = -1
    if cue.kind == "will" and not prefix.strip():  # "...and will": the subject before "and"
        lead_start = _after_last(_LEAD_BREAK_RE, low, sent_start, cue.start)
        subject = low[lead_start:clause_start]
        if _ELIDED_FIRST_RE.fullmatch(subject):
            cue = cue._replace(kind="first")  # "We strive to... and will use your comments"
    strength = _strength(low, cue, prefix, subject)
    if strength == "none" or (strength == "weak" and not doc.may_match(_VAGUE_RE)):
        return None  # an expectation or plan needs a vague time word, and the message has none
    end = _clause_end(doc, cue.end, sent_end)
    if cue.kind == "next" and end <= cue.end:
        return None  # a label: "Next update: I'll email you by 14:00" is the promise after it
    if lead_start < 0:
        lead_start = _after_last(_LEAD_BREAK_RE, low, sent_start, cue.start)
    if strength == "pledge" and cue.kind == "will" and _GENERIC_RE.search(low, lead_start, end):
        return None  # "in most cases, the fee will be waived for any changes", "as per our terms"
    waits_on = _waits_on(low, lead_start, cue.start, end)
    if strength in ("explore", "review") and not waits_on and _after_question(doc, sent_start):
        waits_on = "condition"  # "Mind sharing more details? We'll look into it."
    conditional = bool(waits_on)
    if strength == "weak" and conditional:
        return None  # a plan that waits on something has no vague time to count (see below)
    start = cue.start if cue.kind in _CUE_STARTS_SPAN else clause_start
    if not conditional and _FRONT_EVENT_RE.match(low, lead_start, cue.start):
        start = lead_start  # "Once Apple approves it, it'll be live": the event is its time
    elif cue.kind == "first" and not conditional:
        fronted = _fronted_time_start(doc, sent_start, cue.start)
        start = start if fronted is None else fronted
    words = _SPAN_WORD_RE.findall(low, start, end)
    timing = _timing(doc, start, end, words)
    if cue.kind == "progressive" and (
        conditional
        or timing.due is None
        or timing.due <= doc.message.now
        or _PAST_MARK_RE.search(low, start, end)
    ):
        return None  # "we're fixing it now", "we're sending it when it's back in stock"
    if strength == "weak":  # an expectation or plan counts only for its vague time word
        if timing.concrete or not timing.vague or conditional:
            return None
        vague = True
    elif timing.concrete:
        vague = False
    else:  # a contact promise counts untimed; searched only where it decides the outcome
        timed = timing.vague or timing.event or strength == "pledge"
        if timed or cue.kind == "first":
            vague = _untimed_is_vague(strength, waits_on) or (
                not conditional and (timed or _is_contact(low, start, end, words))
            )
        elif not _is_contact(low, start, end, words):
            return None
        else:
            vague = _untimed_is_vague(strength, waits_on) or not conditional
    return trusted(  # every value comes from the checker: no validation
        Commitment, text=doc.message.text[start:end], start=start, end=end,
        due=None if vague else timing.due, vague=vague,
    )


def _is_contact(low: str, start: int, end: int, words: list[str]) -> bool:
    """Whether ``low[start:end]``, whose words are ``words``, promises contact or an update."""
    return not _CONTACT_TOKENS.isdisjoint(words) and _CONTACT_RE.search(low, start, end) is not None


def _sentence_at(doc: _Doc, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``, run on past "11 a.m." when a zone follows ("11 a.m. ET and
    email you"): the sentence splitter takes its full stop for the end."""
    start, end = doc.message.sentence_at(pos)
    low = doc.low
    while end < len(low) and low.endswith(("a.m.", "p.m."), start, end):
        tz = _TZ_AFTER_RE.match(low, end)
        if tz is None or tz.group("tz") in ("your", "local"):
            break
        end = doc.message.sentence_at(tz.end())[1]
    return start, end


def _strength(low: str, cue: _Cue, prefix: str, subject: str) -> str:
    """How firmly the cue promises: "firm"; "explore" and "review" for first-person promises to
    look into, improve or review something, firm but vague without a time; "pledge" for a
    promise with neither owner nor time ("yours will be couriered to your hotel", "RCA to
    follow"), vague without a time; "weak" for an expectation or plan ("it should", "we'll be
    able to", "we'll need to"), which counts only with a vague time word; "none" for hopes
    ("hopefully we'll"), negations, offers, states, "Will" the name and "in the next update".
    """
    if _HEDGE_BEFORE_RE.search(prefix):
        return "none"
    if cue.kind == "next":
        return "none" if _AFTER_PREP_RE.search(prefix) else "firm"
    if cue.kind == "follow":
        return "none" if _NEGATED_SUBJECT_RE.search(prefix) else "pledge"
    if cue.kind not in _FUTURE_KINDS:
        return "firm"
    rest = low[cue.end : cue.end + 60]
    words = rest.split()
    if not rest[:1].isspace() or not words or not words[0][:1].isalpha():
        return "none"
    while words and words[0] in _ADVERBS:
        words.pop(0)
    verb = " ".join(words[:4])
    if not words or words[0] in _NOT_A_PROMISE_AFTER or _NON_PROMISE_VERB_RE.match(verb):
        return "none"
    if cue.kind != "first" and _NEGATED_SUBJECT_RE.search(prefix):
        return "none"
    if cue.kind == "should" and _SHOULD_HAVE_DONE_RE.match(verb):
        return "none"
    if cue.kind == "should" or _WEAK_VERB_RE.match(verb):
        return "weak"
    if cue.kind == "first":
        verb = " ".join(words[:6])  # "use your comments to improve"
        if _EXPLORE_VERB_RE.match(verb):
            return "explore"
        return "review" if _REVIEW_VERB_RE.match(verb) else "firm"
    if cue.kind == "will" and _PASSIVE_PLEDGE_RE.match(verb) and _PLEDGE_SUBJECT_RE.match(subject):
        return "pledge"
    return "firm"


def _waits_on(low: str, lead_start: int, cue_start: int, end: int) -> str:
    """What a promise waits on: "condition" when the customer must act or something uncertain
    must happen first, "policy" for standing practice ("from now on we'll always call you
    before..."), else "". Neither of the first two has a date.
    """
    lead = low[lead_start:cue_start]
    if _CONDITION_RE.search(low, lead_start, end) or (
        lead.rstrip().endswith(("and", "&")) and _CUSTOMER_ACTS_RE.search(lead)
    ):
        return "condition"
    return "policy" if _POLICY_RE.search(low, lead_start, end) else ""


def _after_question(doc: _Doc, sent_start: int) -> bool:
    """True when the sentence before the one starting at ``sent_start`` is a question."""
    return doc.low[max(0, sent_start - 20) : sent_start].rstrip().endswith("?")


def _untimed_is_vague(strength: str, waits_on: str) -> bool:
    """Whether a first-person promise with no time is vague for its verb alone: looking into,
    considering or improving something ("we'll look at improving our process") always is, as is
    a one-off review or investigation; a review as standing practice is not."""
    if waits_on == "condition":
        return False
    return strength == "explore" or (strength == "review" and not waits_on)


def _after_last(rx: re.Pattern[str], low: str, start: int, pos: int) -> int:
    """Where text resumes after the last match of ``rx`` (made by ``_last``) in
    ``low[start:pos]``."""
    last = rx.match(low, start, pos)
    if last:
        start = last.end()
    # \s is str.isspace(); one call, not a loop: masked text leaves long runs of spaces
    spaces = _SPACES_RE.match(low, start, pos)
    return spaces.end() if spaces else start


def _clause_end(doc: _Doc, pos: int, sent_end: int) -> int:
    """End of the promise clause whose cue ends at ``pos``."""
    low = doc.low
    end = sent_end
    aside_end = pos
    for m in _CLAUSE_BREAK_RE.finditer(low, pos, sent_end):
        if m.start() < aside_end:
            continue
        aside = _ASIDE_RE.match(low, m.end()) if m.group("conj") == "which" else None
        if aside and m.group("comma"):  # "I'll text him, which you asked for, by 10:00" goes on
            aside_end = aside.end()
            continue
        if _breaks_clause(doc, pos, m):
            end = m.start()
            break
    nxt = _next_promise(low, pos, end)
    if nxt >= 0:  # "..., and we'll call you": the next promise's clause starts a new span
        last = _CLAUSE_START_RE.match(low, pos, nxt)
        if last:
            end = last.start(1)
    return _trim(doc, pos, end)


def _next_promise(low: str, pos: int, end: int) -> int:
    """Where the next promise in ``low[pos:end]`` starts, or -1; "what we will do" is none."""
    for m in _NEXT_PROMISE_RE.finditer(low, pos, end):
        if not _WH_BEFORE_RE.search(low, max(pos, m.start() - 30), m.start()):
            return m.start()
    return -1


def _breaks_clause(doc: _Doc, pos: int, m: re.Match[str]) -> bool:
    if m.group("subj"):
        return True
    conj = m.group("conj")
    if not conj:
        return bool(doc.low[pos : m.start()].strip())  # "Next update: 15:00 UTC" goes on
    word = m.group("word")
    if word in _SUBJECTS or word.startswith(_SUBJECT_CONTRACTIONS):
        return True
    if conj in _ALWAYS_CUT and (m.group("comma") is not None or conj != "so"):
        return True
    return (
        m.group("comma") is not None
        and word not in _TIME_CONTINUES
        and any(
            doc.search(rx, pos, m.start())
            for rx in (_CLOCK_RE, _DAY_RE, _REL_RE, _VAGUE_RE, _VAGUE_EVENT_RE)
        )
    )


def _trim(doc: _Doc, pos: int, end: int) -> int:
    """Drop masked links, a trailing Twitter-style signature ("^JR") and punctuation."""
    low, text = doc.low, doc.message.text
    for gap in _GAP_RE.finditer(low, pos, end):
        if _MASKED_LINK_RE.search(text, gap.start(), gap.end()):
            dangling = _DANGLING_RE.search(low, pos, gap.start())  # "keep you posted on <link>"
            end = dangling.start() if dangling else gap.start()
            break
    sig = _TRAILING_SIGNATURE_RE.search(doc.norm, pos, end)
    if sig:
        end = sig.start()
    while True:  # punctuation (a run at a time: masked text leaves long runs of spaces)...
        end = pos + len(low[pos:end].rstrip(_TRAILING_JUNK))
        if not (end > pos and low[end - 1] == ")"):
            break
        if low.count("(", pos, end) >= low.count(")", pos, end):
            break
        end -= 1  # ... and a smiley's unmatched ")"
    if low.count("(", pos, end) > low.count(")", pos, end):
        close = low.find(")", end, end + 20)
        if close != -1:
            end = close + 1
    return end


def _fronted_time_start(doc: _Doc, sent_start: int, pos: int) -> int | None:
    """Start of a time put before the promise: "By 15:00 UTC, we'll...", "Tomorrow I'll..."."""
    low = doc.low
    window = max(sent_start, pos - 45)
    if pos - window < 3 or not _FRONT_HINT_RE.search(low, window, pos):
        return None
    for rx in (_REL_RE, _CLOCK_RE, _DAY_RE):
        m = doc.search(rx, window, pos)
        if not m or not _FRONT_GAP_RE.fullmatch(low, m.end(), pos):
            continue
        head_start = _after_last(_FRONT_BOUNDARY_RE, low, sent_start, m.start())
        if not low[head_start : m.start()].strip():
            return m.start()
        if _FRONT_PREP_RE.fullmatch(low, head_start, m.start()):
            return head_start
    return _dashed_limit_start(doc, sent_start, pos)


def _dashed_limit_start(doc: _Doc, sent_start: int, pos: int) -> int | None:
    """Start of a time limit set off by dashes or brackets before the promise ("As soon as your
    box has it — and no later than 9am tomorrow — I'll text you"): the event clause before it if
    there is one, else the limit. The aside must hold a limit ("by", "no later than", "at the
    latest") and nothing but times, so "On Monday we refunded you — I'll..." is none."""
    low = doc.low
    close = sent_start + len(low[sent_start:pos].rstrip()) - 1
    if close <= sent_start or low[close] not in "—–-)":
        return None
    if low[close] == "-" and not low[close - 1].isspace():
        return None  # a hyphen inside a word, not a dash
    openers = "(" if low[close] == ")" else "—–"
    i = close - 1
    floor = max(sent_start, close - 70)
    while i >= floor and not (
        low[i] in openers
        or (openers != "(" and low[i] == "-" and low[i - 1 : i].isspace() and low[i + 1].isspace())
    ):
        i -= 1
    if i < floor:
        if low[close] == ")" or floor > sent_start:
            return None
        i = sent_start - 1  # "By 18:00 today — I'll call you": the sentence opens with it
    head = _LIMIT_HEAD_RE.match(low, i + 1, close)
    if not head or not _only_times(doc, head.end(), close, need_latest=not head.group("prep")):
        return None
    event_start = _after_last(_LEAD_BREAK_RE, low, sent_start, max(sent_start, i))
    if i > sent_start and _FRONT_EVENT_RE.match(low, event_start, i):
        return event_start
    if low[close] == ")":
        return i  # "(by Friday at the latest) we'll...": from the bracket
    return head.start("prep") if head.group("prep") else head.end()


def _only_times(doc: _Doc, pos: int, end: int, *, need_latest: bool) -> bool:
    """True when ``low[pos:end]`` holds times (zones, "at the latest") and nothing else."""
    low = doc.low
    found = latest = False
    while True:
        while pos < end and low[pos] in " \t\n,":
            pos += 1
        if pos >= end:
            return found and (latest or not need_latest)
        for rx in (_CLOCK_RE, _DAY_RE, _REL_RE, _TZ_AFTER_RE, _LATEST_RE):
            m = rx.match(low, pos, end)
            if m and m.end() > pos:
                found = found or rx in (_CLOCK_RE, _DAY_RE, _REL_RE)
                latest = latest or (rx is _LATEST_RE and "latest" in m.group())
                pos = m.end()
                break
        else:
            return False


# ---- when is it due? --------------------------------------------------------------------------


def _timing(doc: _Doc, start: int, end: int, words: list[str]) -> _Timing:
    """When the promise in ``low[start:end]`` is due; ``words`` are the span's (see
    ``_SPAN_WORD_RE``): a pattern whose gate words and digits are all missing from the span is
    not searched there (most spans name no time; the message-wide gates still apply)."""
    digit = doc.digit and _DIGIT_RE.search(doc.low, start, end) is not None
    clock = day = None
    if digit or not _CLOCK_TOKENS.isdisjoint(words):
        clock = _pick(doc, _CLOCK_RE, start, end)
    if digit or not _DAY_TOKENS.isdisjoint(words):
        day = _pick(doc, _DAY_RE, start, end)
    rel = doc.search(_REL_RE, start, end)
    if rel and _is_fuzzy_days(rel):
        rel = None
    message = doc.message
    if day and not (clock or rel) and _is_hedged_span(doc.low, start, day):
        return _Timing(False, True, False, None)
    if clock or day or rel:
        zone = _zone_after(doc.low, (clock, day), end) or ZoneInfo(message.tz)
        try:
            return _Timing(True, False, False, _resolve(message.now, zone, clock, day, rel))
        except (OverflowError, ValueError):  # a date past year 9999, "31 February"
            return _Timing(True, False, False, None)
    if not _NOW_TOKENS.isdisjoint(words) and doc.search(_NOW_RE, start, end):
        return _Timing(True, False, False, message.now.astimezone(ZoneInfo(message.tz)))
    if not _ANCHORED_TOKENS.isdisjoint(words) and doc.search(_ANCHORED_RE, start, end):
        return _Timing(True, False, False, None)
    vague = doc.search(_VAGUE_RE, start, end) is not None
    event = doc.search(_VAGUE_EVENT_RE, start, end) is not None
    return _Timing(False, vague, event, None)


def _is_hedged_span(low: str, start: int, day: re.Match[str]) -> bool:
    """True for a span of days with no day in it: "at some point this week", "sometime next
    week"."""
    word = day.group("word") or ""
    return ("week" in word or "month" in word) and bool(
        _SOME_TIME_BEFORE_RE.search(low, max(start, day.start() - 30), day.start())
    )


def _pick(doc: _Doc, rx: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
    """The match after a deadline word ("by", "on", "at"...), else the first; a range's end."""
    matches = doc.finditer(rx, start, end)
    if not matches:
        return None
    low = doc.low
    i = 0
    for k, m in enumerate(matches):
        if _DEADLINE_BEFORE_RE.search(low, max(start, m.start() - 14), m.start()):
            i = k
            break
    best = matches[i]
    if i + 1 < len(matches) and _RANGE_GAP_RE.fullmatch(low, best.end(), matches[i + 1].start()):
        return matches[i + 1]  # "between 10:00 and 12:00": the window's end
    return best


def _is_fuzzy_days(rel: re.Match[str]) -> bool:
    unit = (rel.group("unit") or "").lower()
    return _key(rel.group("n") or "") in _FUZZY and unit.startswith(("d", "w"))


def _zone_after(low: str, pieces: tuple[re.Match[str] | None, ...], end: int) -> tzinfo | None:
    """The time zone named right after a clock time or day, if any."""
    for piece in pieces:
        m = piece and _TZ_AFTER_RE.match(low, piece.end(), end)
        if m:
            return _zone(m)
    return None


def _zone(m: re.Match[str]) -> tzinfo | None:
    name = m.group("tz")
    if name in ("your", "local"):
        return None
    off = m.group("off")
    if off and name in ("utc", "gmt"):
        hours = int(off.replace(" ", ""))
        minutes = int(m.group("offm") or 0) * (1 if hours >= 0 else -1)
        try:
            return timezone(timedelta(hours=hours, minutes=minutes))
        except ValueError:
            return UTC
    return ZoneInfo(ZONE_NAMES[name])


def _resolve(
    now: datetime,
    zone: tzinfo,
    clock: re.Match[str] | None,
    day: re.Match[str] | None,
    rel: re.Match[str] | None,
) -> datetime | None:
    local_now = now.astimezone(zone)
    if rel and not clock and not day:
        return _after(local_now, rel)
    the_date, part_hour = _date_of(local_now.date(), day) if day else (None, None)
    the_time = _time_of(clock, part_hour) if clock else None
    if the_time is None:
        if the_date is None:
            return None
        the_time = time(part_hour) if part_hour is not None else _END_OF_DAY
    if the_date is not None:
        due = datetime.combine(the_date, the_time, tzinfo=zone)
        if due <= local_now and not clock and the_date == local_now.date():
            due = datetime.combine(the_date, time(23, 59), tzinfo=zone)  # "today", said late
        return due
    due = datetime.combine(local_now.date(), the_time, tzinfo=zone)
    return due if due > local_now else due + timedelta(days=1)


def _after(local_now: datetime, rel: re.Match[str]) -> datetime:
    """now + the duration ("within 2 hours"; "in 3-5 working days" takes the upper bound)."""
    raw = rel.group("n2") or rel.group("n")
    if raw is None:
        unit = (rel.group("unit1") or rel.group("unit2")).lower()
        amount = 2.0 if rel.group("unit2") else 1.0
    else:
        unit = rel.group("unit").lower()
        amount = _number(raw)
    if unit.startswith(("m", "h")):
        delta = timedelta(minutes=amount) if unit.startswith("m") else timedelta(hours=amount)
        return (local_now.astimezone(UTC) + delta).astimezone(local_now.tzinfo)
    days = int(amount * 7) if unit.startswith("w") else int(amount)
    if rel.group("work"):
        return _add_working_days(local_now, days)
    return local_now + timedelta(days=days)


def _add_working_days(start: datetime, days: int) -> datetime:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _number(raw: str) -> float:
    key = _key(raw)
    return float(key) if key.isdigit() else float(_NUMBERS.get(key, 1))


def _key(raw: str) -> str:
    return re.sub(r"[\s-]+", "", raw.lower())


def _time_of(clock: re.Match[str], part_hour: int | None) -> time | None:
    """The clock time; "8:00" with "tonight" or "evening" reads as 20:00."""
    if clock.group("eod"):
        return _END_OF_DAY
    named = clock.group("named")
    if named:
        return time(_NAMED_HOUR[_key(named)])
    if clock.group("bh"):  # "at 5": business hours, so 1-6 is afternoon
        hour = int(clock.group("bh"))
        return time(hour + 12 if hour <= 6 or (part_hour or 0) >= 15 else hour)
    if clock.group("h"):
        hour = int(clock.group("h")) % 12 + (12 if clock.group("ap").lower() == "p" else 0)
        return time(hour, int(clock.group("mi") or 0))
    hour = int(clock.group("H") or clock.group("oc") or clock.group("dh"))
    minute = int(clock.group("MI") or clock.group("dm") or 0)
    if hour < 12 and part_hour is not None and part_hour >= 15:
        hour += 12
    return time(hour, minute) if hour < 24 else None


def _date_of(today: date, day: re.Match[str]) -> tuple[date, int | None]:
    """The day's date and, for "morning", "tonight" and the like, its hour."""
    part = day.group("part") or day.group("wdpart")
    part_hour = _PART_HOUR.get(part.lower()) if part else None
    if day.group("word"):
        the_date, hour = _word_date(today, day.group("word"))
        return the_date, part_hour if part_hour is not None else hour
    return _calendar_date(today, day), part_hour


def _calendar_date(today: date, day: re.Match[str]) -> date:
    g = day.group
    if g("wdd"):
        return _day_month(today, g("wdd"), g("wdm"), None)
    if g("wd"):
        return _weekday(today, g("wd"), g("rel"))
    if g("d"):
        return _day_month(today, g("d"), g("m"), g("y"))
    if g("m2"):
        return _day_month(today, g("d2"), g("m2"), g("y2"))
    if g("iso"):
        return date.fromisoformat(g("iso"))
    n = int(g("nth"))
    return today.replace(day=n) if n >= today.day else _first_of_next_month(today).replace(day=n)


def _word_date(today: date, word: str) -> tuple[date, int | None]:
    w = " ".join(word.lower().split())
    if w.startswith("the day after"):
        return today + timedelta(days=2), None
    if w.startswith(("tomorrow", "tmrw")):
        return today + timedelta(days=1), None
    if "month" in w:
        return _first_of_next_month(today) - timedelta(days=1), None
    if "week" in w:
        friday = today + timedelta(days=4 - today.weekday() + (7 if today.weekday() > 4 else 0))
        return friday + timedelta(days=7 if "next" in w else 0), None
    if "tonight" in w:
        return today, 21
    hour = next((h for part, h in _PART_HOUR.items() if part in w), None)
    return today, hour  # today, end of day, EOD, COB, this morning/afternoon/evening


def _weekday(today: date, name: str, rel: str | None) -> date:
    target = _WEEKDAY[name.lower()]
    ahead = (target - today.weekday()) % 7
    if rel and rel.lower() == "next":
        return today + timedelta(days=7 - today.weekday() + target)
    if rel and rel.lower() == "this":
        return today + timedelta(days=ahead)
    return today + timedelta(days=ahead or 7)


def _day_month(today: date, d: str, m: str, y: str | None) -> date:
    month = _MONTHS.index(m.lower()[:3]) + 1
    if y:
        return date(int(y), month, int(d))
    the_date = date(today.year, month, int(d))
    if (today - the_date).days > 183:
        the_date = date(today.year + 1, month, int(d))
    return the_date


def _first_of_next_month(today: date) -> date:
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)
