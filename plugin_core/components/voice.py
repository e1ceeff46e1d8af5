"""How the writer speaks to the person: regret, a way to reach them, an invitation to reply."""

from __future__ import annotations

import re

from .engine import Cue, Cues, Text, endings, words, wordset

# ---------------------------------------------------------------------------------------------
# Regret: first-person regret, boilerplate included; "no need to apologise" is not regret.

_REGRET_WORDS = wordset("sorry apologise apologize apologised apologized apologies apology regret")
_SOFTENERS = wordset(
    "so very really truly deeply terribly incredibly extremely genuinely sincerely awfully most "
    "also just again quite profoundly do must humbly fully unreservedly wholeheartedly greatly "
    "sincere sincerest deepest deep heartfelt humble honest profound genuine full unreserved "
    "many huge massive profuse thousand million a an"
)
_OPENERS = wordset("oh hi hey hello ah and but again also okay ok well")
_REGRET_SUBJECT = wordset("i'm we're am im")
_MY_BAD_RE = re.compile(r"\b(?:my|our) bad\b")
_SORRY_SUBJECTS = ("i'm ", "we're ", "i am ", "we are ", "i'm so ", "we're so ", "i'm very ",
                   "we're very ", "i'm really ", "we're really ", "i'm truly ", "we're truly ")
_NO_REGRET = wordset("no don't not never need")
_FIRST_PERSON = ("i", "we", "i'd", "we'd", "let", "i'm", "we're", "im")
# "... how sorry I am", "sorry we are": the subject after the word
_SORRY_AFTER = (" i am", " we are", " i was", " we were", " i really am", " we really are")


def regret(t: Text) -> bool:
    """First-person regret: "I'm sorry", "we apologise", "sorry to hear", "my apologies"."""
    if _REGRET_WORDS.isdisjoint(t.tokens):
        return "bad" in t.tokens and _MY_BAD_RE.search(t.low) is not None
    for word in _REGRET_WORDS & t.tokens:
        for pos in t.positions(word):
            if word == "sorry" and (
                t.low.endswith(_SORRY_SUBJECTS, 0, pos) or t.low.startswith(_SORRY_AFTER, pos + 5)
            ):
                return True
            before = t.before(pos, 80)
            prev = words(before[max(before.rfind(","), before.rfind(" - ")) + 1 :])
            while prev and prev[-1] in _SOFTENERS:
                prev.pop()
            if _regret_context(word, prev):
                return True
    return False


def _regret_context(word: str, prev: list[str]) -> bool:
    """True when the words before a regret word make it the writer's own regret."""
    # "Hi Sam! 👋 Sorry ...": an emoji or symbol opens like a greeting
    opener = all(
        w in _OPENERS or w.startswith("@") or not any(c.isalnum() for c in w) for w in prev
    )
    last = prev[-1] if prev else ""
    ours = _NO_REGRET.isdisjoint(prev[-4:]) and any(w in _FIRST_PERSON for w in prev[-8:])
    if word == "sorry":
        subject = len(prev) > 1 and last in ("are", "r", "was", "were") and prev[-2] in ("we", "i")
        # "I just wanted to say sorry"
        return opener or last in _REGRET_SUBJECT or subject or (last in ("say", "said") and ours)
    if word.startswith("apologi") and word != "apologies":
        return ours
    if word in ("apologies", "apology"):
        # "please accept our apologies", "we owe you one", "I'd like to offer my apology"
        offered = last in ("offer", "extend", "send", "give", "make") and ours
        return (
            (opener and word == "apologies") or last in ("my", "our") or "owe" in prev[-3:]
            or offered
        )
    return last in ("i", "we")  # regret

# ---------------------------------------------------------------------------------------------
# Contact: one named person or a direct path back.

_NAMED_RE = re.compile(
    r"\b(?!(?:We|I|Our|The|Your|They|He|She|It|This|That|Someone|Somebody|Team|Support|"
    r"Customer|Customers|Service|Services|Billing|Dear|Hi|Hello)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    # "Paul from our events team will call you"
    r"(?:\s+(?:from|in|at|on)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:team|desk|department|office|"
    r"branch|store|shop|unit))?"
    r",?\s*(?:who\s+)?\Z"
)


# Words that may open a request to the reader: "just reply here", "you can reply to this
# email", "feel free to share your thoughts" (not "they'll reply here", "we'll share your ...").
_BIDDING = wordset(
    "please just simply kindly and so then or also you can may feel free to do could"
)


def _bidden(t: Text, start: int, end: int) -> bool:
    """True when the clause (from its last comma) asks the reader to do it."""
    before = t.before(start)
    return all(w in _BIDDING for w in words(before[before.rfind(",") + 1 :]))


def _offered(t: Text, start: int, end: int) -> bool:
    """Not refused: "please don't reply to this email" (but "don't hesitate to call me")."""
    return not t.negated(start) or "hesitate" in t.before(start, 40)


_NOT_A_NAME = (
    r"We|I|Our|The|Your|Team|Support|Customer|Customers|Service|Services|Desk|Billing|Helpline|"
    r"Office|Reference|Ref|Order|Case|Ticket|Account|Accounts|Invoice|Policy|Claim|Claims|Booking|"
    r"Tracking|Number|Phone|Tel|Call|Ring|Mobile|Fax|Line|Freephone|Reception|Dear|Hi|Hello|"
    r"Thanks|Regards|Best|Kind|Warm|Many|Sincerely|Yours|Cheers|Tier|Level|Finance|Sales|Legal|"
    r"Operations|Compliance|Fraud|Complaints|Returns|Engineering|Security|Payroll|Technical|Tech|"
    r"Management|Dispatch|Logistics|Maintenance|Head|Senior|Specialist|Escalations?"
)
# A person named after "assigned to": "Marco in our escalations team", "Laura Kim, who".
_ASSIGNEE_RE = re.compile(
    rf"(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?(?:,?\s+(?:who|in|from|of)\b"
    r"|,\s+(?:our|your|the|a|an)\b|\s*\()"
)


def _assignee_named(t: Text, start: int, end: int) -> bool:
    """True when the word ending at ``end`` starts a person's name: "assigned to Marco in ..."."""
    at = t.low.rfind(" ", start, end) + 1
    return _ASSIGNEE_RE.match(t.norm, at) is not None


def _named_before(t: Text, start: int, end: int) -> bool:
    """True when a person's name ends just before ``start``: "Paul Mercer, will call you"."""
    return _NAMED_RE.search(t.norm, t.clause_start(start), start) is not None


_CONTACT_CUES = Cues(
    Cue(
        "me",
        left=r"\b(?:call|phone|ring|text|e-?mail|message|reach|contact|write to|reply to|dm|"
        r"reach out to|in touch with|get hold of|directly to|straight to|right to|whatsapp|sms|"
        r"ping|tag|assigned to|allocated to|(?:stays?|sits?|remains?) with|deal(?:ing)? with|"
        r"speak (?:to|with)|talk to|(?:directly|personally|straight) from|"
        r"(?:call|email|e-mail|text|message|visit|ring) from)\s+"
        r"|\b(?:comes?|goes|go|lands?|gets?|reach(?:es)?|(?:come|get)s?\s+back)\s+(?:straight\s+|"
        r"directly\s+|right\s+)?(?:to|with)\s+"
        # "forward the letter to me and I will reply to them"
        r"|\b(?:forward|send|pass|refer)\s+(?:it|them|this|that|him|her|(?:the|any|your|their)\s+"
        r"[\w-]+(?:\s+[\w-]+)?)\s+(?:on\s+)?(?:straight\s+|directly\s+)?to\s+",
        span=7,
    ),
    # "I'm your contact until this is settled", "I'll be your case manager"
    Cue(
        "contact manager handler",
        needs="m am ll will",
        left=r"\b(?:i'm|i am|i'll be|i will be)\s+(?:now\s+)?(?:your\s+)?(?:main\s+|named\s+|"
        r"single\s+|direct\s+|personal\s+|dedicated\s+|own\s+)?(?:case\s+|account\s+|"
        r"complaint\s+|claims?\s+)?",
        span=6,
    ),
    # "I'm on +91 98200 11234", "I can be reached on 020 7946 0314"
    Cue(
        "i'm_on i'm_at i_am_on reached",
        right=r"(?:i'm|i am|reached)\s+(?:directly\s+|personally\s+)?(?:on|at|via)\s*"
        r"\+?\(?\d[\d\s().-]{6,}\d",
    ),
    Cue("me", right=r"me\s+directly\b"),
    Cue(
        "me",
        needs="drop give shoot flick",
        left=r"\b(?:drop|give|shoot|flick)\s+",
        right=r"me\s+(?:a|an)\s+(?:line|note|message|email|e-mail|call|ring|text|shout|buzz|bell|dm)\b",
    ),
    Cue("my_name", left=r"\b(?:mention|quote|give|use|ask\s+for)\s+"),
    # the writer owns the case: "I'll be looking after your claim", "I'm handling your refund"
    Cue(
        "handling managing looking dealing owning overseeing taking look handle manage own oversee "
        "deal take",
        needs="case complaint claim ticket request query enquiry inquiry account booking refund "
        "appeal application file issue repair installation return escalation investigation "
        "dispute matter",
        left=r"\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|i've\s+been|i\s+have\s+been|i'll|i\s+will)\s+"
        r"(?:now\s+|personally\s+|also\s+)?",
        right=r"(?:handling|managing|looking\s+after|dealing\s+with|owning|overseeing|taking\s+care\s+of|"
        r"taking\s+over|look\s+after|handle|manage|own|oversee|deal\s+with|take\s+over|"
        r"take\s+care\s+of)\s+(?:your|this)\s+(?:[\w-]+\s+)?(?:case|complaint|claim|ticket|request|"
        r"query|enquiry|inquiry|account|booking|refund|appeal|application|file|issue|repair|"
        r"installation|return|escalation|investigation|dispute|matter)\b",
    ),
    Cue(
        "ownership",
        needs="i",
        left=r"\b(?:i've|i\s+have|i'll|i\s+will|i'm|i\s+am)\s+(?:now\s+|personally\s+)?(?:taken|take|"
        r"taking)\s+(?:full\s+|personal\s+)?",
        right=r"ownership\s+of\s+(?:your|this)\s+(?:[\w-]+\s+)?(?:case|complaint|claim|ticket|request|"
        r"query|enquiry|inquiry|issue|refund|dispute|matter)\b",
    ),
    # "I'll personally call you", "I'll ring you myself", "I'll handle it myself"
    Cue(
        "personally",
        needs="i",
        left=r"\b(?:i'll|i\s+will|i'm\s+going\s+to|i've|i\s+have|i\s+am|i'm)\s+",
        right=r"personally\s+(?:call|ring|phone|email|e-mail|text|contact|follow|look\s+after|handle|"
        r"keep\s+you|update|oversee|manage|take\s+care|be\s+your|deal\s+with|handling|looking\s+after|"
        r"managing|dealing|overseeing|following)\b",
    ),
    Cue(
        "myself",
        needs="i",
        left=r"\b(?:call|ring|phone|email|e-mail|text|contact|update|visit)\s+you\s+"
        r"|\b(?:handle|handling|deal\s+with|dealing\s+with|look\s+after|looking\s+after|"
        r"follow\s+(?:it|this)\s+up|take\s+care\s+of)\s+(?:it|this|that|your\s+[\w-]+)\s+",
        span=6,
    ),
    # "your case has been assigned to Marco in our escalations team"
    Cue(
        "assigned allocated passed handed transferred escalated referred",
        right=r"[a-z]+\s+(?:(?:it|this|your\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:over\s+|on\s+)?to\s+"
        r"(?!(?:the|our|a|an|my|your|their|us|me|them|him|her|one|another|someone|somebody)\b)"
        r"[a-z]+",
        test=_assignee_named,
    ),
    # "your dedicated contact", "your account manager"
    Cue(
        "contact",
        needs="dedicated named personal direct single main",
        ends=endings("dedicated named personal direct single main of"),
        left=r"\byour\s+(?:own\s+)?(?:dedicated|named|personal|direct|single|main)\s+(?:point\s+of\s+)?",
        right=r"contact\b(?!\s+(?:details|form|page|centre|center|number|us|options))",
    ),
    Cue("manager", left=("account ", "relationship ")),
    # "Sam will be your contact until this is closed"
    Cue(
        "contact",
        needs="will ll is remains",
        left=r"\b(?:will\s+be|'ll\s+be|is|remains)\s+your\s+(?:(?:main|named|dedicated|single|direct|"
        r"personal)\s+)?(?:point\s+of\s+)?",
        span=8,
        test=_named_before,
    ),
    Cue("caseworker case_worker liaison key_worker"),
    # "Sarah is your go-to person", "I'm your first port of call"
    Cue(
        "go-to port_of_call",
        left=r"\byour\s+(?:first\s+)?",
        right=r"port\s+of\s+call|go-to\s+(?:person|contact|man|woman|guy)\b",
    ),
    Cue(
        "my",
        right=r"my\s+(?:direct|personal|own)\s+(?:line|number|phone|email|e-mail|extension|inbox|"
        r"contact|dial)\b|my\s+(?:extension|ext\.?|phone number|mobile|number|email address|"
        r"email)\s+(?:is\b|:|below\b|above\b|at\s+the\s+bottom\b)",
    ),
    Cue("point_of_contact named_contact"),
    Cue("case", right=r"case\s+(?:manager|owner|handler)\b"),
    Cue("extension ext", right=r"ext(?:ension)?\.?\s*\d{2,}"),
    Cue(
        "call phone ring text reach contact",
        right=r"[a-z]+\s+(?:me|us)\s+(?:directly\s+)?(?:on|at)\s*\+?\(?\d[\d\s().-]{5,}\d",
    ),
    Cue(
        "reply",
        right=r"reply\s+(?:directly\s+)?(?:to\s+this\s+(?:email|e-mail|message|thread|chat|letter|"
        r"text|conversation)\b|here\b|(?:on|in)\s+this\s+(?:thread|chat|conversation)\b)",
        test=_bidden,
    ),
    Cue("hit", needs="reply", right=r"hit\s+reply\b", test=_bidden),
    # "Message Ms Obi", "ask for Dr Patel"
    Cue(
        "mr mrs ms miss dr",
        ends=endings("message call ring phone email e-mail text contact for to with ask reach"),
        left=r"\b(?:message|call|ring|phone|e-?mail|text|contact|ask for|speak to|speak with|"
        r"talk to|ask|reach|write to)\s+",
        right=r"(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]",
    ),
    # "Our events manager, Paul Mercer, will call you"
    Cue(
        "call ring phone email contact text message visit",
        needs="will ll",
        ends=("will ", "'ll ", "personally ", "also ", "then "),
        left=r"\b(?:will|'ll)\s+(?:personally\s+|also\s+|then\s+)?",
        right=r"[a-z]+\s+you\b",
        test=_named_before,
    ),
)
_ASK_FOR_RE = re.compile(r"[Aa]sk (?:for|to speak (?:to|with)) (?:[A-Z][a-z]+|me\b)")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_VERB_RE = re.compile(
    r"\b(?:send|sending|email|e-mail|write|contact|reach|forward|mail|reply|drop)\b"
)


# A phone number: nine digits or more, spaces, brackets and dashes allowed.
_PHONE_RE = re.compile(r"\d[\d ().-]{7,18}\d(?![\w.,:/%])")
# A signature line that is a person's name: "Jonas Petersen", "Sister Joan Akers".
_NAME_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'-]+){{1,3}}[ \t]*$"
)


def _signed_with_phone(t: Text) -> bool:
    """A closing block that names a person and gives a phone number ("Jonas Petersen /
    Enterprise Service Desk, +49 40 555 0192"): the message's last paragraph, if short."""
    text = t.message.text
    block = text.rfind("\n\n")
    if block < 0 or len(text) - block > 250:
        return False
    return _NAME_LINE_RE.search(text, block) is not None and any(
        sum(c.isdigit() for c in m.group()) >= 9 for m in _PHONE_RE.finditer(text, block)
    )


def contact_details(t: Text) -> bool:
    """A named person or address the cues don't anchor: "ask for Jonas", "email me at ..."."""
    if "ask" in t.tokens and _ASK_FOR_RE.search(t.norm):
        return True
    if _signed_with_phone(t):
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


def _asked(t: Text, start: int, end: int) -> bool:
    return t.question(start)


def _asked_first(t: Text, start: int, end: int) -> bool:
    """A question that opens with it: "Any thoughts?" (not "Did you get any feedback?")."""
    return t.question(start) and _bidden(t, start, end)


_ASK = (
    r"let (?:me|us) know|tell (?:me|us)|reply|write back|get back to (?:me|us)|get in touch|"
    r"drop (?:me|us) an? (?:line|note|message)|message (?:me|us)|ping (?:me|us)|"
    r"send (?:me|us)|give (?:me|us) a (?:shout|call|ring)|contact (?:me|us)|email (?:me|us)|"
    r"(?:call|ring|phone|text|dm) (?:me|us)|shout"
)
# The asks, as anchors: "let me know", "reply", "drop us a line", "shout".
_ASKS = (
    "let tell reply write get drop message ping send give contact email call ring phone text dm "
    "shout"
)
_FEEDBACK_CUES = Cues(
    Cue(
        _ASKS,
        needs="if whether how what which soon once",
        unless=r"\b(?:not|don't|no need to|never)\s+",
        right=rf"(?:{_ASK})\b[^.!?\n]{{0,20}}?\b(?:if|whether|how|what|which|as soon as|once)\b",
    ),
    Cue("think", left=("how do you ", "what do you ")),
    # "Anything still looking off on your payslip? DM me."
    Cue(
        "anything",
        right=r"anything\s+(?:else\s+)?(?:still\s+)?(?:look(?:s|ing)?|seem(?:s|ing)?|not|wrong|off|"
        r"missing|unclear|odd|broken)\b[^.!?\n]{0,60}\?",
    ),
    Cue("posted", left=("keep me ", "keep us ")),
    Cue(
        "does",
        right=r"does\s+(?:that|this|the\s+(?:(?:new|proposed|revised|updated|suggested)\s+)?[\w-]+|"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)(?:\s+(?:at|"
        r"morning|afternoon|evening)(?:\s+[\w:.]+)?)?|\d[\w:.]*(?:\s*[ap]m)?)\s+(?:work|suit|"
        r"look|sound)\b[^.!?\n]{0,20}\?",
    ),
    Cue(
        "hear hearing feedback thoughts views input",
        needs="d would",
        ends=("to ", "your ", "any ", "love ", "like ", "welcome ", "appreciate ", "value "),
        left=r"\b(?:i'd|we'd|i would|we would)\s+(?:(?:really|genuinely|also|so|honestly)\s+)?"
        r"(?:love|like|welcome|appreciate|value|be\s+grateful\s+for)\s+(?:to\s+|your\s+|any\s+)?",
    ),
    # "Any thoughts on the new setup?", "What are your thoughts?"
    Cue(
        "thoughts feedback views comments ideas suggestions",
        ends=endings("any your other more further early initial"),
        left=r"\b(?:any|(?:what\s+are|what're|got\s+any|have\s+any)\s+(?:your|any)|your)\s+"
        r"(?:(?:other|more|further|early|initial)\s+)?",
        test=_asked_first,
    ),
    # "please share your thoughts", "keen to hear how it goes"
    Cue(
        "feedback thoughts views comments",
        ends=("your ", "any ", "honest "),
        left=r"\b(?:share|send|give|leave|let\s+(?:me|us)\s+know|tell)\s+(?:(?:me|us)\s+)?(?:your|any)"
        r"\s+(?:honest\s+)?",
        test=_bidden,
    ),
    Cue(
        "hear",
        needs="keen eager happy glad love want interested curious grateful",
        ends=("to ",),
        left=r"\b(?:keen|eager|happy|glad|love|want|interested|curious|grateful)\s+to\s+",
        right=r"hear\s+(?:how|what|whether|if|your|back|from\s+you|any)\b",
    ),
    # questions for their view: "How did we do?", "Did that fix it?", "Would you prefer ...?"
    Cue(
        "how how's",
        right=r"how(?:'s|\s+(?:is|are|was|were|did|has))\s+(?:(?:things|it|everything|that|this|we|"
        r"the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:do|doing|looking|going|"
        r"working|holding\s+up|gone|go|went|look|seem|seeming|feel|settling|behaving|running|"
        r"been\s+(?:working|going))\b"
        r"|how\s+(?:was|were)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:stay|visit|experience|service|"
        r"appointment|call|chat|delivery|repair|installation|engineer|technician|flight|trip|meal|"
        r"treatment)\s*\?",
        test=_asked,
    ),
    Cue(
        "better differently improve",
        needs="could can should might",
        ends=endings("done do this it things we i that"),
        left=r"\b(?:(?:could|can|should|might)\s+(?:we|i)|(?:we|i)\s+(?:could|can|should|might))\s+"
        r"(?:have\s+)?(?:(?:done|do|handled\s+(?:this|it|that))\s+(?:this\s+|it\s+|things\s+)?)?",
        span=8,
        test=_asked,
    ),
    Cue(
        "prefer rather like",
        needs="would",
        ends=endings("you also still rather"),
        left=r"\bwould\s+you\s+(?:(?:also|still|rather)\s+)?",
        test=_asked,
    ),
    Cue(
        "fix fixed solve solved sort sorted resolve resolved help helped work worked trick",
        needs="did has have",
        ends=endings(
            "that this it the fix change update reset replacement refund workaround step steps "
            "link patch restart reinstall"
        ),
        left=r"\b(?:did|has|have)\s+(?:that|this|it|the\s+(?:[\w-]+\s+)?(?:fix|change|update|reset|"
        r"replacement|refund|workaround|steps?|link|patch|restart|reinstall))\s+(?:(?:do|done)\s+"
        r"the\s+)?",
        span=8,
        test=_asked,
    ),
    Cue(
        "working looking running behaving showing",
        needs="now again end side",
        left=r"\b(?:is|are)\s+(?:everything|it|that|things|all|the\s+[\w-]+|your\s+[\w-]+)\s+"
        r"(?:\w+\s+)?",
        span=6,
        right=r"[a-z]+\s+(?:(?:properly|correctly|ok|okay|fine|right|normally|as\s+expected)\s+)?"
        r"(?:for\s+you\s+)?(?:now|again|on\s+your\s+(?:end|side))\b",
        test=_asked,
    ),
    # "Was this helpful?", "How would you rate your experience today?"
    Cue(
        "helpful useful clear",
        left=r"\b(?:was|is|were)\s+(?:this|that|it|my\s+(?:reply|answer|message|explanation)|"
        r"the\s+(?:reply|answer|explanation|fix))\s+(?:(?:at\s+all|really)\s+)?",
        span=6,
        test=_asked,
    ),
    Cue("rate", left=r"\bhow\s+would\s+you\s+", test=_asked),
    Cue(
        "rate",
        left=r"\b(?:please|could\s+you|would\s+you|can\s+you)\s+",
        right=r"rate\s+(?:us|your\s+experience|our\s+(?:service|support|reply|help))\b",
    ),
    Cue(
        "now",
        needs="good ok okay fine sorted working better",
        ends=("good ", "ok ", "okay ", "fine ", "sorted ", "working ", "better "),
        left=r"\b(?:all|everything|it|things)\s+(?:good|ok|okay|fine|sorted|working|better)\s+",
        test=_asked,
    ),
)
# "If anything still looks wrong, reply here": a condition, then the ask in the same sentence.
_IF_RE = re.compile(r"\bif\s+(?!you(?:'d|\s+would)\s+(?:like|prefer|rather)\b)")


def _after_if(t: Text, start: int, end: int) -> bool:
    s, _ = t.sentence(start)
    return _IF_RE.search(t.low, max(s, start - 100), start) is not None


_IF_THEN_ASK = Cues(
    Cue(
        _ASKS,
        needs="if",
        ends=(", ", "— ", "– ", "- ", "please ", "just "),
        left=r"[,—–-]\s*(?:please\s+)?(?:just\s+)?",
        right=rf"(?:{_ASK})\b",
        test=_after_if,
    )
)
CUES = Cues(
    Cues(_CONTACT_CUES, proves="contact", test=_offered),
    Cues(_FEEDBACK_CUES, _IF_THEN_ASK, proves="feedback-invite"),
)
