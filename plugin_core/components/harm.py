"""Impact: the consequence of the failure for the person.

Three shapes, each a family of predicates rather than phrases:

- the person (you, your team, your customers, 40 of you) as the subject of a loss or burden:
  "you couldn't log in", "your rent payment bounced", "you've been without heating", "you
  were left on the platform", "your managers got no report";
- the person as the object of a harm: "it cost you a night", "left you unable to",
  "forced you to", "worried you", "ruined your weekend", "put your trip at risk";
- a consequence clause about them: "so you flew economy", "which meant you paid twice",
  "which is why your shop isn't receiving orders", "so trains ran every 20 minutes instead of 5".
"""

from __future__ import annotations

import re

from .engine import Cue, Cues, Text

# A verb or auxiliary cannot be part of the noun phrase after "your" ("your claim fell short").
_NOT_IN_NOUN = (
    r"is|was|were|are|has|have|had|did|does|do|can|could|will|would|should|may|might|must|"
    r"been|be|fell|went|got|came|made|took|kept|left|and|or|but|that|which|who|to|for|with|"
    r"in|on|at|by|from|of|as"
)
_GROUP = (
    r"employees|customers|staff|users|members|passengers|patients|people|guests|clients|"
    r"players|students|tenants|residents|team|colleagues|managers|agents|drivers|family|"
    r"children|kids|son|daughter|partner|wife|husband"
)
_NOUN_PHRASE = (
    rf"you|your(?:\s+(?!(?:{_NOT_IN_NOUN})\b)[\w'-]+){{1,4}}?"
    r"(?:\s+(?:to|for|from|at|with|of)\s+(?:(?:the|a|an|your|our|their)\s+)?[\w'-]+)?"
    rf"|(?:(?:those|the|all|many|some|affected|\d+)\s+)(?:of\s+)?(?:affected\s+)?(?:your\s+)?"
    rf"(?:{_GROUP})|(?:many|some|all|most|\d+)\s+of\s+you"
)
_ADVERBS = r"now|also|then|just|already|all|still|effectively|both|actually|even|since|really"
# "your customers who received those invoices can't ..."
_WHO = (
    r"(?:\s+(?:who|that)\s+[\w'-]+"
    r"(?:\s+(?!(?:can|could|couldn't|can't|cannot)\b)[\w'-]+){0,3}?)?"
)
_PERSON = (
    rf"\b(?:{_NOUN_PHRASE}){_WHO}(?:'ve|'re|'d|\s+have|\s+has|\s+had)?"
    rf"(?:\s+(?:{_ADVERBS}))*\s+"
)
# Words a person phrase starts with ("you", "your team", "the affected customers", "many of you").
_PERSON_STARTS = "you your the those all many some most affected"
_BE = r"(?:were|was|are|is|been|got|get|gets|ended up|went|left)\s+(?:(?:now|still|also|then)\s+)?"
# Past events after "so you ...": positive outcomes are not impact.
_NOT_HARM = (
    r"able|right|correct|eligible|refunded|credited|covered|protected|notified|informed|"
    r"received|saved|earned|gained|enjoyed|qualified|benefited|upgraded|reimbursed|aware|"
    r"welcome|happy|pleased|fine|okay|ok|safe|sure|given|offered|sent|moved|rebooked|"
    r"processed|approved|fixed|restored|resolved|sorted|updated|corrected|reversed|delivered|"
    r"shipped|dispatched|reissued|confirmed|accepted|added|applied|activated|renewed|released|"
    r"returned|unblocked|cleared|reset|paid back|compensated|contacted|called|helped"
)
_PAST = (
    r"flew|came|went|drove|rode|lost|paid|spent|missed|sat|took|ran|saw|heard|bought|"
    r"felt|stood|woke|kept|left|made|fell|gave up|wrote|rang|began|had to"
)
_MODALS_NOT = (
    r"can|could|will|would|'ll|'d|should|may|might|must|know|knew|don't|do|does|need|needs|"
    r"have|has|get|receive|see|want|wanted|asked|requested|contacted|called|used|ordered"
)
CONSEQUENCE = (
    rf"(?:{_NOUN_PHRASE})(?:'ve|'re|'d|\s+have|\s+has|\s+had)?(?:\s+(?:{_ADVERBS}))*\s+"
    rf"(?:(?:were|was|(?:have|has|had)\s+been|been)\s+(?!(?:{_NOT_HARM})\b)[a-z]+"
    r"|got\s+(?:no|nothing|stuck|charged|billed|locked|cut|left|lost|an?\s+(?:[\w-]+\s+)?"
    r"(?:bill|fine|penalty|fee|charge|detention|error))\b"
    r"|had\s+(?:to|no|nothing|another|an?|\d+|two|three|four|five|several|extra)\b"
    r"|(?:didn't|did not|couldn't|could not|can't|cannot|weren't|wasn't|haven't|hasn't|"
    r"never|aren't|isn't)\b(?!\s+(?:be|need|have to)\b)"
    r"|(?:are|'re|were)\s+(?:still|now|left)\s+[a-z]+"
    rf"|(?:{_PAST})\b"
    rf"|(?!(?:{_MODALS_NOT}|{_NOT_HARM})\b)[a-z]+ed\b)"
)
_MONEY = r"money|funds|deposit|cash|balance|salary|pay|payment|payments|refund|savings|wages"
_ABILITY_NEG = r"haven't|hasn't|weren't|wasn't|aren't|isn't|won't|have not|has not|were not|was not"

# a group without "your": "users on Android 14", "guests"
_BARE_GROUP = (
    rf"\b(?:{_GROUP})\b(?:\s+(?:on|in|at|with|from|using)\s+[\w.-]+(?:\s+[\w.-]+){{0,2}})?\s+"
)
_IMPACT_CUES = Cues(
    # ---- the person bears it ----------------------------------------------------------------
    Cue(
        "nothing vain",
        left=r"\byou(?:'ve|\s+had|\s+have)?\s+[a-z]+(?:\s+[\w'-]+){0,6}?\s+(?:for|in)\s+",
        span=10,
        starts="you",
    ),
    Cue(
        "lost missed spent waited travelled traveled drove bounced stuck stranded couldn't "
        "could_not can't cannot had ended kept overdrawn overdue unpaid uninsured late",
        # "you were left stranded", "you found out on arrival and had to ..."
        left=rf"{_PERSON}(?:(?:{_BE})?(?:[a-z]+ed\s+)?|[a-z]+(?:\s+[\w'-]+){{0,5}}\s+and\s+"
        r"(?:then\s+)?)",
        span=12,
        starts=_PERSON_STARTS,
        right=r"(?:couldn't|could not|can't|cannot)\b(?!\s+be\b)|had (?:to|no)\b|ended up\b|"
        r"kept [a-z]+ing\b|late\s+(?:for|to|on|with|paying)\b"
        r"|(?!could|can|had|ended|kept|late)[a-z]+",
    ),
    Cue(
        "unable",
        left=rf"{_PERSON}(?:(?:were|was|are|is|been|have been|has been|left|now)\s+){{0,2}}",
        span=10,
        starts=_PERSON_STARTS,
    ),
    Cue(
        "able",
        ends=("been ", "n't ", "not "),
        left=rf"{_PERSON}(?:{_ABILITY_NEG})\s+(?:been\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"able\s+to\b",
    ),
    Cue(
        "without",
        left=rf"{_PERSON}(?:(?:were|was|are|is|been|left|gone|went|had|spent|lived|managed)\s+)"
        r"(?:[\w'-]+\s+){0,4}?|\b(?:he|she|they)\s+(?:went|was|were|had been)\s+",
        span=12,
        starts=f"{_PERSON_STARTS} he she they",
    ),
    Cue(
        "got received had heard saw",
        left=_PERSON,
        span=10,
        starts=_PERSON_STARTS,
        right=r"[a-z]+\s+(?:no|nothing|none)\b",
    ),
    Cue(
        "short pocket locked",
        left=rf"{_PERSON}(?:(?:are|were|was|is|been|got|left)\s+)(?:now\s+)?(?:[£$€]?[\d,.]+\s+)?"
        r"(?:out of\s+)?|\b(?:you|your\s+[\w'-]+)\s+(?:[£$€][\d,.]+\s+)(?:out of\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"short\b|pocket\b|locked out\b",
    ),
    Cue(
        "offline down unavailable unusable inaccessible blocked frozen locked exposed eaten "
        "wasted declined refused stranded stuck",
        left=rf"{_PERSON}(?:was|were|been|is|are|got|left)\s+(?:\w+\s+)?",
        span=12,
        starts=_PERSON_STARTS,
    ),
    Cue(
        "turned",
        left=rf"{_PERSON}(?:was|were|got)\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"turned away\b",
    ),
    Cue(
        "left",
        left=rf"{_PERSON}(?:were|was|been|got)\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"left\s+(?:on|at|in|with|without|unable|stranded|waiting|behind|short|out|"
        r"exposed|stuck|standing|sitting|hanging|alone)\b",
    ),
    Cue(
        "waiting",
        left=rf"{_PERSON}(?:(?:been|are|'re|were|was|left|kept)\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        unless=r"\b(?:for|thank|thanks|keep|keeping|kept)\s+you\s+",
        right=r"waiting\s+(?:on|for|since|at|in|over|all|\d|two|three|four|five|several|weeks|"
        r"days|hours|months)\b",
    ),
    Cue(
        "been",
        left=rf"\b(?:{_NOUN_PHRASE})(?:'ve|\s+have|\s+had)\s+(?:(?:{_ADVERBS})\s+)*",
        span=10,
        starts=_PERSON_STARTS,
        right=r"been\s+(?!able\b)[a-z]+ing\s+(?:with|without|around|through)\b",
    ),
    Cue(
        "didn't hasn't haven't never isn't aren't wasn't weren't not",
        left=rf"{_PERSON}(?:(?:did|has|have|is|are|was|were)\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"(?:didn't|did not|hasn't|has not|haven't|have not|never|isn't|aren't|wasn't|"
        r"weren't)\s+(?:been\s+)?(?:get|got|gotten|receive|received|receiving|getting|have|had|"
        r"make|made|hear|heard)\b",
    ),
    Cue(
        "paid",
        left=_PERSON,
        span=10,
        starts=_PERSON_STARTS,
        right=r"paid\s+(?:[\w£$€.,-]+\s+){0,3}?(?:more|extra|twice|too|for nothing|rates|fees?|"
        r"charges?|interest|penalt(?:y|ies)|[£$€]|\d)",
    ),
    Cue(
        "charged",
        left=rf"{_PERSON}(?:were|was|been|got)\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"charged\s+(?:an?\s+)?(?:[\w£$€.,-]+\s+){0,2}?(?:fees?|interest|penalt(?:y|ies)|"
        r"overdraft)\b",
    ),
    Cue(
        "dropped fell rose jumped doubled tripled increased shrank",
        left=r"\byour\s+(?:[\w'-]+\s+){1,3}?",
        starts="your",
        span=5,
        right=r"[a-z]+\s+(?:from|to|by)\s+(?:[£$€]|\d|zero|nothing)",
    ),
    Cue(
        "too",
        left=rf"{_PERSON}(?:had|paid|were|was|got|been)\b(?:\s+[\w£$€.,-]+){{0,4}}?\s+",
        span=12,
        starts=_PERSON_STARTS,
        right=r"too\s+(?:much|little|many|late|high|low|early)\b",
    ),
    Cue(
        "rely relied relies depend depended depends count counted",
        left=r"\b(?:you|your\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:all\s+|really\s+|also\s+)?",
        starts="you your",
        right=r"[a-z]+\s+on\b",
    ),
    Cue(
        "risk",
        left=rf"{_PERSON}(?:is|are|was|were|been)\s+(?:now\s+)?at\s+",
        span=8,
        starts=_PERSON_STARTS,
    ),
    # ---- the person is hit by it ---------------------------------------------------------
    Cue(
        "left leaving leaves meant means meaning",
        right=r"(?:left|leaving|leaves)\s+(?:you|your\s+[\w' -]{1,30}?)\s+(?:without|unable|"
        r"stranded|stuck|short|out of pocket|waiting|worried|in the dark|exposed|locked|"
        r"on hold|frozen|tied up|unpaid|overdrawn|with (?:no|nothing|an? (?:[\w-]+\s+)?bill))\b"
        r"|(?:left|leaving|meant|means|meaning)\s+(?:[£$€]?[\d,.]+|\w+)\s+of\s+your\s+"
        rf"(?:{_MONEY})\b"
        r"|(?:meant|means|meaning)\s+(?:that\s+)?(?:you|your)\b(?!\s+(?:are|is)\b)"
        r"(?!(?:\s+[\w'-]+){0,3}?\s+(?:can|will|'ll|won't|don't|no longer|should|need|may|"
        r"might|could|get)\b)"
        r"|(?:meant|means|meaning)\s+(?:that\s+)?(?:none|no|nothing|nobody|no one)\b"
        r"|means\s+for\s+you\b",
    ),
    Cue("cost costing", right=r"cost(?:ing)?\s+(?:you|your)\b"),
    Cue("caused forced led required obliged", right=r"[a-z]+\s+you\s+to\b"),
    Cue(
        "caused",
        right=r"caused\s+you\s+(?:(?:a lot of|so much|real|considerable|a great deal of|"
        r"unnecessary)\s+)?(?:stress|worry|distress|anxiety|embarrassment|hardship|expense|"
        r"extra work|extra costs?)\b",
    ),
    # "users on Android 14 still can't sign in", "guests were unable to check in"
    Cue(
        "can't cannot",
        left=rf"{_BARE_GROUP}still\s+",
        span=10,
        right=r"(?:can't|cannot)\b(?!\s+be\b)",
    ),
    Cue(
        "couldn't unable able",
        left=rf"{_BARE_GROUP}(?:(?:were|have\s+been|are\s+still)\s+|(?:haven't|weren't|aren't)\s+"
        r"(?:been\s+)?)?",
        span=10,
        right=r"couldn't\b|unable\b|able\s+to\b(?<!been able to)(?<!were able to)",
    ),
    # "your customers were double-billed", "you were charged twice"
    Cue(
        "overcharged double-charged double-billed twice",
        left=rf"{_PERSON}(?:were|was|got|been)\s+(?:(?:charged|billed|debited)\s+)?",
        span=10,
        starts=_PERSON_STARTS,
    ),
    Cue(
        "made",
        right=r"made\s+you\s+(?:miss|wait|pay|lose|late|travel|come|drive|redo|repeat|start|"
        r"chase|call|cancel|re-?\w+)\b",
    ),
    Cue(
        "kept prevented stopped",
        right=r"[a-z]+\s+(?:you|your\s+[\w' -]{1,30}?)\s+from\b",
    ),
    Cue(
        "stopped blocked",
        unless=r"\b(?:we|i|we've|i've|have)\s+(?:\w+\s+)?",
        right=r"[a-z]+\s+your\s+(?!subscription|order|payments? as|account as)",
    ),
    Cue(
        "put puts putting placed",
        right=r"[a-z]+\s+(?:you|your\s+(?:[\w'-]+\s+){1,3}?)at\s+risk\b",
    ),
    Cue(
        "worried frightened scared upset distressed embarrassed stressed alarmed humiliated "
        "inconvenienced",
        unless=r"\b(?:i|we|i'm|we're|am|are|was|were|be|been|get|got)\s+(?:so\s+|really\s+|very\s+)?",
        right=r"[a-z]+\s+(?:you|your\s+[\w'-]+)\b",
    ),
    Cue(
        "frightening distressing stressful worrying upsetting embarrassing disruptive costly "
        "exhausting scary humiliating",
        right=r"[a-z]+(?:\s+(?:that|this|it)\s+(?:was|is|must have been|has been|must be))?\s+"
        r"(?:for|to)\s+(?:you|your|her|him|them)\b",
    ),
    Cue("spoiled spoilt ruined wrecked", right=r"[a-z]+\s+(?:your|the|their|his|her|a)\s+[\w'-]+"),
    Cue("disrupted derailed", right=r"[a-z]+\s+(?:your|their|his|her)\s+[\w'-]+"),
    Cue(
        "charged",
        right=r"charged\s+you\s+(?:an?\s+|the\s+)?(?:[£$€][\d.,]+\s+)?(?:(?:late|overdraft|"
        r"penalty|cancellation|admin|missed[- ][a-z]+|returned[- ][a-z]+|unpaid|extra|maximum)\s+"
        r"(?:fees?|charges?|fares?)|fines?|penalt(?:y|ies)|interest|the maximum fare)\b",
    ),
    Cue(
        "overcharged undercharged underpaid shortchanged short-changed",
        right=r"[a-z-]+\b[^.;!?\n]{0,60}?\bby\s+(?:about\s+|around\s+)?[£$€]?\d",
    ),
    Cue(
        "lower higher",
        right=r"[a-z]+\s+than\s+(?:what\s+)?(?:you(?:'re|\s+are|\s+were|\s+was)?\s+"
        r"(?:actually\s+|really\s+)?(?:paid|owe|owed|expected|quoted|agreed|earn|used|ordered)|"
        r"your\s+(?:usual|normal|agreed|quoted|actual|previous|last|regular))\b",
    ),
    Cue(
        "calls texts messages emails mail letters codes post payments",
        right=r"[a-z]+\s+(?:meant|intended)\s+for\s+you\b",
    ),
    Cue("breach invasion", right=r"[a-z]+\s+of\s+your\s+privacy\b"),
    Cue(
        "took",
        left=("it ",),
        right=r"took\s+(?:us\s+)?(?:[\w-]+\s+){1,2}?(?:weeks|days|months|hours)\b",
    ),
    Cue(
        "held tied frozen stuck locked kept",
        starts="your that the this",
        left=rf"\b(?:your|that|the|this)\s+(?:[\w£$€,.-]+\s+){{0,2}}?(?:{_MONEY})\s+"
        r"(?:was|were|has been|had been|is|are|got|sat)\s+",
        span=8,
        right=r"[a-z]+(?:\s+up)?\s+(?:for|since|over)\b",
    ),
    # ---- a consequence clause about them ---------------------------------------------------
    Cue(
        "so",
        right=rf"so\s+(?:that\s+)?(?:{CONSEQUENCE})"
        r"|so\s+(?:that\s+)?(?:it|they|this)\s+(?:didn't|did not|never|wasn't|weren't|"
        r"couldn't)\s+[^.;!?\n]{0,40}\byour?\b"
        r"|so\s+(?:that\s+)?[^.;!?\n,]{0,60}?\binstead of\b"
        r"|so\s+(?:that\s+)?(?:it|they|this|the\s+[\w-]+|your\s+[\w-]+)\s+(?:arrived|came|"
        r"got there|turned up|was delivered|were delivered)\s+(?:[\w-]+\s+){0,4}?(?:late|after|"
        r"too late)\b",
    ),
    Cue(
        "kept",
        right=r"kept\s+you\s+(?:on hold|waiting|hanging on)\s+(?:for|over)\b",
    ),
    Cue(
        "because result why",
        right=r"because\s+of\s+(?:our|the|this|that|it)\b[\w\s'-]{0,40}?,\s+(?:you|your)\b"
        rf"|result,?\s+(?:{CONSEQUENCE})"
        r"|why\s+(?:you|your\s+(?:[\w'-]+\s+){0,3}?)(?:'ve\s+|have\s+|has\s+)?(?:(?:isn't|"
        r"aren't|wasn't|weren't|didn't|haven't|hasn't|never)\s+(?:been\s+)?(?:receiving|getting|"
        r"get|receive|received|hear|heard|able)|couldn't|can't|no longer|were left|were unable|"
        r"got no|had no|had to|lost|missed)\b",
    ),
)
_IMPACT_WORDS = f"you your {_GROUP.replace('|', ' ')}"
_MAY_HAVE_RE = re.compile(r"\b(?:may|might)\s+have\b")


def _happened(t: Text, start: int, end: int) -> bool:
    """Not asked, not hypothetical, not a "may have"."""
    if t.question(start) or t.hypothetical(start):
        return False
    return t.tokens.isdisjoint(("may", "might")) or not _MAY_HAVE_RE.search(t.before(start))


# Naming the consequence also names what went wrong.
CUES = Cues(_IMPACT_CUES, test=_happened, needs=_IMPACT_WORDS, proves="impact acknowledgment")
