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
    "many huge massive profuse"
)
_OPENERS = wordset("oh hi hey hello ah and but again also okay ok well")
_REGRET_SUBJECT = wordset("i'm we're am")
_MY_BAD_RE = re.compile(r"\b(?:my|our) bad\b")
_SORRY_SUBJECTS = ("i'm ", "we're ", "i am ", "we are ", "i'm so ", "we're so ", "i'm very ",
                   "we're very ", "i'm really ", "we're really ", "i'm truly ", "we're truly ")
_NO_REGRET = wordset("no don't not never need")


def regret(t: Text) -> bool:
    """First-person regret: "I'm sorry", "we apologise", "sorry to hear", "my apologies"."""
    if _REGRET_WORDS.isdisjoint(t.tokens):
        return "bad" in t.tokens and _MY_BAD_RE.search(t.low) is not None
    for word in _REGRET_WORDS & t.tokens:
        for pos in t.positions(word):
            if word == "sorry" and t.low.endswith(_SORRY_SUBJECTS, 0, pos):
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
# Contact: one named person or a direct path back.

_NAMED_RE = re.compile(
    r"\b(?!(?:We|I|Our|The|Your|They|He|She|It|This|That|Someone|Somebody|Team|Support|"
    r"Customer|Customers|Service|Services|Billing|Dear|Hi|Hello)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r",?\s*(?:who\s+)?\Z"
)


def _named_before(t: Text, start: int, end: int) -> bool:
    """True when a person's name ends just before ``start``: "Paul Mercer, will call you"."""
    return _NAMED_RE.search(t.norm, t.clause_start(start), start) is not None


_CONTACT_CUES = Cues(
    Cue(
        "me",
        left=r"\b(?:call|phone|ring|text|e-?mail|message|reach|contact|write to|reply to|dm|"
        r"reach out to|in touch with|get hold of|directly to|straight to|right to)\s+"
        r"|\b(?:comes?|goes|go|lands?|gets?|reach(?:es)?)\s+(?:straight\s+|directly\s+|"
        r"right\s+)?(?:to|with)\s+"
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
        "my",
        right=r"my\s+(?:direct|personal|own)\s+(?:line|number|phone|email|e-mail|extension|inbox|"
        r"contact|dial)\b|my\s+(?:extension|ext\.?|phone number|mobile|number|email address|"
        r"email)\s+(?:is\b|:)",
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
        right=r"reply\s+(?:directly\s+)?to\s+this\s+(?:email|e-mail|message|thread|chat|letter|"
        r"text|conversation)\b",
    ),
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
_ASK_FOR_RE = re.compile(r"[Aa]sk for (?:[A-Z][a-z]+|me\b)")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_VERB_RE = re.compile(
    r"\b(?:send|sending|email|e-mail|write|contact|reach|forward|mail|reply|drop)\b"
)


# A phone number: nine digits or more, spaces, brackets and dashes allowed.
_PHONE_RE = re.compile(r"\d[\d ().-]{7,18}\d(?![\w.,:/%])")
_NOT_A_NAME = (
    r"We|I|Our|The|Your|Team|Support|Customer|Customers|Service|Services|Desk|Billing|Helpline|"
    r"Office|Reference|Ref|Order|Case|Ticket|Account|Invoice|Policy|Claim|Booking|Tracking|"
    r"Number|Phone|Tel|Call|Ring|Mobile|Fax|Line|Freephone|Reception|Dear|Hi|Hello|Thanks|"
    r"Regards|Best|Kind|Warm|Many|Sincerely|Yours|Cheers"
)
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
        ends=("to ", "your ", "love ", "like ", "welcome ", "appreciate "),
        left=r"\b(?:i'd|we'd|i would|we would)\s+(?:love|like|welcome|appreciate)\s+"
        r"(?:to\s+|your\s+)?",
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
    Cues(_CONTACT_CUES, proves="contact"),
    Cues(_FEEDBACK_CUES, _IF_THEN_ASK, proves="feedback-invite"),
)
