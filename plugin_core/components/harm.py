"""Impact: the consequence of the failure for the person.

Three shapes, each a family of predicates rather than phrases:

- the person (you, your team, your customers, 40 of you) as the subject of a loss or burden:
  "you couldn't log in", "your rent payment bounced", "you've been without heating", "you
  were left on the platform", "your managers got no report"; their things in a lasting
  failure state ("your card machine has been offline since 8", "your number still isn't
  working"); short of what they were owed ("38 of your staff were paid a day late", "your
  sister received less"); acting on our error ("you paid into the wrong account", "you had
  already taken the afternoon off work");
- the person as the object of a harm: "it cost you a night", "left you unable to",
  "forced you to", "worried you", "ruined your weekend", "put your trip at risk", "hit your
  month-end close hard", "led to you being denied boarding", "including the report you
  needed today", and a remedy for a loss ("£10 for the missed messages");
- a consequence clause about them: "so you flew economy", "which meant you paid twice",
  "which is why your shop isn't receiving orders", "so trains ran every 20 minutes instead of 5",
  "the sale has been delayed as a result", "38 employees were paid on Monday instead of Friday".

Not impact: the failure itself ("your card didn't work", "your appointment was missed"), a
state put right, instructions, hypotheticals, questions, "may have", good outcomes.
"""

from __future__ import annotations

import re

from .engine import Cue, Cues, Text

# A verb or auxiliary cannot be part of the noun phrase after "your" ("your claim fell short").
_NOT_IN_NOUN = (
    r"is|was|were|are|has|have|had|did|does|do|can|could|will|would|should|may|might|must|"
    r"been|be|fell|went|got|came|made|took|kept|left|and|or|but|that|which|who|to|for|with|"
    r"in|on|at|by|from|of|as|because|since|so|when|while|after|before|until|unless|if|then|"
    r"we|i|they|it|he|she|our|us|not|no"
)
_GROUP = (
    r"employees|customers|staff|users|members|passengers|patients|people|guests|clients|"
    r"players|students|tenants|residents|team|colleagues|managers|agents|drivers|family|"
    r"children|kids|son|daughter|partner|wife|husband|sellers|vendors|merchants|subscribers|"
    r"contractors|workers|shoppers|buyers|visitors|callers|pupils|parents|applicants|diners|"
    r"mother|father|mum|mom|dad|brother|sister|baby|grandmother|grandfather|grandparents|nan|"
    r"gran|grandma|grandpa|friend|friends|neighbours?|neighbors?|boss|carer|caregiver|relatives"
)
# A word of a noun phrase: "your €64", "your £1,140 deposit", "your team's calendars".
_NOUN_WORD = rf"(?!(?:{_NOT_IN_NOUN})\b)[£$€₹]?[\w'-]+(?:[.,]\d+)*"
_NUMBER = r"(?:(?:about|around|roughly|nearly|almost|over|more than|at least)\s+)?[\d,]*\d"
_NOUN_PHRASE = (
    rf"you|your(?:\s+{_NOUN_WORD}){{1,4}}?"
    # "your card machine and booking system"
    rf"(?:\s+and\s+(?:your\s+)?(?!(?:we|i|you|they|it|he|she|our|then|so|sent|made|took|got|put|"
    rf"set|paid|[a-z]+ed)\b)"
    rf"{_NOUN_WORD}(?:\s+{_NOUN_WORD})?)?"
    r"(?:\s+(?:to|for|from|at|with|of|on|in|into)\s+(?:(?:the|a|an|your|our|their)\s+)?"
    r"[\w'-]+(?:\s+[\w'-]+)??)?"
    rf"|(?:(?:those|the|all|many|some|affected|two|three|several|{_NUMBER})\s+)(?:of\s+)?"
    rf"(?:affected\s+)?(?:your\s+)?(?:{_GROUP})(?:\s+out\s+of\s+[\d,]+)?"
    rf"|(?:many|some|all|most|{_NUMBER})\s+of\s+you"
    # "the blender you ordered", "the present you'd bought for her"
    r"|(?:the|that|this)\s+(?:[\w'-]+\s+){0,3}?(?:that\s+)?you(?:'d|\s+had)?\s+(?:ordered|"
    r"booked|bought|paid for|reserved|requested)(?:\s+(?:for|from)\s+(?:[\w'-]+\s+){0,2}?"
    r"[\w'-]+)?"
)
# People (not their things): "you", "your staff", "38 of your sellers", "many of you".
_PEOPLE = (
    rf"you|(?:your\s+(?:[\w'-]+\s+)?|(?:(?:those|the|all|many|some|affected|two|three|several|"
    rf"{_NUMBER})\s+)(?:of\s+)?(?:affected\s+)?(?:your\s+)?)(?:{_GROUP})"
    rf"|(?:many|some|all|most|{_NUMBER})\s+of\s+you"
)
# How long a failure state has lasted: "since 8", "for 30 hours", "all weekend".
_LASTING = (
    r"\b(?:since|for\s+(?:(?:the\s+)?(?:past|last)\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"about\s+)?(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|several|many|days|"
    r"hours|weeks)|all\s+(?:day|morning|afternoon|night|week|weekend)|over\s+the\s+weekend"
    r"|for\s+(?:most|much|all)\s+of\b)"
)
_ADVERBS = (
    r"now|also|then|just|already|all|still|effectively|both|actually|even|since|really|only|"
    r"likely|probably|most\s+likely|almost\s+certainly|may\s+already|might\s+already"
)
# "your customers who received those invoices can't ..."
_WHO = (
    r"(?:\s+(?:who|that)\s+[\w'-]+"
    r"(?:\s+(?!(?:can|could|couldn't|can't|cannot)\b)[\w'-]+){0,3}?"
    # "your customers clicking your link have seen ..."
    r"|\s+(?:clicking|calling|using|trying|visiting|ordering|booking|paying|buying|logging|"
    r"signing|checking|travell?ing|flying|shopping|opening)\b(?:\s+[\w'-]+){1,3}?)?"
)
_PERSON = (
    rf"\b(?:{_NOUN_PHRASE}){_WHO}(?:'ve|'re|'d|\s+have|\s+has|\s+had)?"
    rf"(?:\s+(?:{_ADVERBS}))*(?:\s+(?:have|has|had)\b)?\s+"
)
# Words a person phrase starts with ("you", "your team", "the affected customers", "many of you").
_PERSON_STARTS = "you your the those all many some most affected"
_BE = (
    r"(?:were|was|are|is|been|got|get|gets|ended up|went|left|sat|stayed|remained)\s+"
    r"(?:(?:now|still|also|then)\s+)?"
)
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
# "got a no-show strike", "got a detention slip", "got a £60 fine"
_GOT_BAD = (
    r"got\s+(?:(?:almost|hardly|barely|virtually)\s+(?:no|any|nothing)|no|nothing|stuck|charged|"
    r"billed|locked|cut|left|lost|an?\s+(?:[\w£$€-]+\s+){0,2}?"
    r"(?:bill|fine|penalty|fee|charge|detention|error|strike|warning|ban|suspension|demerit|"
    r"default|ticket))"
)
CONSEQUENCE = (
    rf"(?:{_NOUN_PHRASE})(?:'ve|'re|'d|\s+have|\s+has|\s+had)?(?:\s+(?:{_ADVERBS}))*\s+"
    rf"(?:(?:were|was|(?:have|has|had)\s+been|been)\s+(?!(?:{_NOT_HARM})\b)[a-z]+"
    rf"|{_GOT_BAD}\b"
    r"|had\s+(?:to|no|nothing|another|an?|\d+|two|three|four|five|several|extra)\b"
    r"|(?:have|has)\s+only\b|only\s+(?:have|has)\b"
    r"|(?:didn't|did not|couldn't|could not|can't|cannot|weren't|wasn't|haven't|hasn't|"
    r"never|aren't|isn't)\b(?!\s+(?:be|need|have to)\b)"
    r"|(?:are|'re|were)\s+(?:still|now|left)\s+[a-z]+"
    rf"|(?:{_PAST})\b"
    rf"|(?!(?:{_MODALS_NOT}|{_NOT_HARM})\b)[a-z]+ed\b)"
)
# What befell the person or their plans ("delayed", "double-booked", "a week late").
_HARMED = (
    r"delayed|late|lost|missed|cancell?ed|canceled|double-booked|overbooked|rejected|declined|"
    r"refused|denied|suspended|blocked|closed|stuck|stranded|penali[sz]ed|fined|overdrawn|"
    r"postponed|disrupted|damaged|short|behind|wasted|ruined|unpaid|without|unable|couldn't|"
    r"bounced|overcharged|turned\s+away|evicted|disconnected|cut\s+off|offline|down"
)
# Affected people named without "your" ("customers in Leeds"), in status updates.
_BARE = (
    r"customers|users|passengers|patients|residents|tenants|guests|members|subscribers|shoppers|"
    r"callers|households|homes|properties|premises"
)
# "you wouldn't have been without": the counterfactual says it happened
# What the person owes or is owed: a failure of one is a consequence ("your rent bounced").
_DUES = (
    r"rent|mortgage|salary|salaries|wages|pay|paycheck|payroll|pension|benefits|premium|bill|"
    r"loan|tuition|direct\s+debit|standing\s+order|transfer"
)
_WOULDNT = r"(?:wouldn't|would\s+not)\s+have\s+"
_MONEY = r"money|funds|deposit|cash|balance|salary|pay|payment|payments|refund|savings|wages"
_ABILITY_NEG = r"haven't|hasn't|weren't|wasn't|aren't|isn't|won't|have not|has not|were not|was not"

# a group without "your": "users on Android 14", "guests"
_BARE_GROUP = (
    rf"\b(?:{_GROUP})\b(?:\s+(?:on|in|at|with|from|using)\s+[\w.-]+(?:\s+[\w.-]+){{0,2}})?\s+"
)
# What ends ``left`` in a cue below (its ``tail``): "isn't", "stopped" before "working".
_NOT_GOING = (
    r"(?:isn't|aren't|wasn't|weren't|is\s+not|are\s+not|was\s+not|were\s+not|"
    r"(?:hasn't|haven't|has\s+not|have\s+not)\s+been|stopped|kept)\s+"
)
# The person's life and livelihood, which a failure can hit ("disrupted your business",
# "damage to your credit score"); their orders and bookings are the failure itself.
_LIFE = (
    r"business|businesses|company|firm|shop|store|restaurant|cafe|salon|practice|clinic|office|"
    r"team|staff|customers|clients|guests|patients|students|sales|revenue|income|earnings|"
    r"takings|trade|trading|cash\s+flow|finances|budget|credit\s+(?:score|rating|file|record)|"
    r"reputation|day|week|weekend|evening|morning|afternoon|night|holiday|holidays|vacation|trip|"
    r"journey|travel|plans|schedule|routine|life|family|studies|exams?|sleep|work|job|career|"
    r"health|recovery|treatment|wedding|party|event|move|launch|opening|deadline|month-end|"
    r"year-end|payroll|operations|completion|purchase|sale|visa|mortgage|closing|start\s+date|"
    r"move-in|moving\s+day|surgery|operation|procedure|commute|school\s+run"
)
# Trouble the person ran into ("experienced errors at checkout", "faced a late-payment fee").
_TROUBLE = (
    r"errors?|delays?|failures?|timeouts?|time-outs?|disruption|outages?|interruptions?|"
    r"slowness|lag|crashes|downtime|disconnections|long\s+waits?|double\s+charges?|"
    r"(?:failed|declined|dropped|missed|duplicate|intermittent|degraded|blank|slow)\s+[\w-]+|"
    r"(?:problems?|issues?|difficult(?:y|ies)|trouble)\s+(?:when|while|[a-z]+ing)\b|"
    r"penalt(?:y|ies)|fines?|surcharges?|(?:late|overdraft|cancell?ation|rebooking|reconnection|"
    r"missed|returned|unpaid|admin|interest|bank)[- ](?:payment[- ])?(?:fees?|charges?|interest)"
)
# Words one of which ``_TROUBLE`` needs (a cue's cheap test).
_TROUBLE_WORDS = (
    "error errors delay delays failure failures timeout timeouts time disruption outage outages "
    "interruption interruptions slowness lag crashes downtime disconnections waits wait double "
    "failed declined dropped missed duplicate intermittent degraded blank slow problem problems "
    "issue issues difficulty difficulties trouble penalty penalties fine fines surcharge "
    "surcharges fee fees charge charges interest"
)
# What our failure caused the person, and how much: "caused you a great deal of stress".
_DISTRESS = (
    r"stress|worry|distress|anxiety|embarrassment|hardship|expense|extra\s+work|extra\s+costs?|"
    r"upset|frustration|disruption|difficult(?:y|ies)|losses|harm"
)
_SO_MUCH = (
    r"a\s+lot\s+of|so\s+much|real|considerable|a\s+great\s+deal\s+of|unnecessary|significant|"
    r"serious|great|huge|such|genuine"
)
# A hard feeling named ("frustrating having to ...", "must have been stressful").
_HARD = (
    r"frustrating|annoying|stressful|exhausting|infuriating|maddening|tiring|awful|horrible|"
    r"upsetting|embarrassing|worrying|tedious|painful|unacceptable|distressing|humiliating"
)
# The burden itself as a noun: "the hassle this has caused you" (not "trouble" or
# "inconvenience": "any trouble this caused" is boilerplate).
_BURDEN = (
    r"stress|worry|hassle|anxiety|distress|upset|frustration|embarrassment|disruption|expense|"
    r"costs?|grief|headaches?|ordeal|runaround|aggravation|palaver|faff|upheaval|heartache|"
    r"harm|damage|losses|hardship|sleepless\s+nights|extra\s+work"
)
_NEGATED = (
    r"\b(?:not|never|no|won't|don't|didn't|hasn't|haven't|isn't|wasn't|doesn't)\s+(?:\w+\s+)?"
)
_IMPACT_CUES = Cues(
    # ---- the person bears it ----------------------------------------------------------------
    Cue(
        "nothing vain",
        left=r"\byou(?:'ve|\s+had|\s+have)?\s+[a-z]+(?:\s+[\w'-]+){0,10}?\s+(?:for|in)\s+",
        span=14,
        starts="you",
    ),
    Cue(
        "lost missed spent waited travelled traveled drove bounced stuck stranded couldn't "
        "could_not can't cannot had ended kept overdrawn overdue unpaid uninsured late",
        # "you were left stranded", "you found out on arrival and had to ..."
        left=rf"{_PERSON}(?:(?:{_BE})?(?:[a-z]+ed\s+)?|[a-z]+(?:\s+[\w'-]+){{0,5}}\s+and\s+"
        r"(?:(?:then|still|also|only|even)\s+)?)",
        span=12,
        starts=_PERSON_STARTS,
        # (a product limit is not: "your team can't change this on the free plan")
        right=r"(?:couldn't|could not|can't|cannot)\b(?!\s+be\b)(?![^.;!?\n]{0,60}\b(?:on|with|"
        r"under|in)\s+(?:the|your|a|this|our)\s+(?:[\w-]+\s+)?(?:plan|tier|package|licen[cs]e|"
        r"version|policy|rules|terms)\b)|had (?:to|no|nowhere|no\s+one|nobody)\b|ended up\b|"
        r"kept [a-z]+ing\b|late\s+(?:for|to|on|with|paying)\b"
        r"|(?!could|can|had|ended|kept|late)(?!(?:lost|missed)\b(?:(?<=was lost)|(?<=ere lost)|"
        r"(?<=een lost)|(?<=was missed)|(?<=ere missed)|(?<=een missed)))"
        # (a reaction is not: "you've lost trust in us")
        r"(?!lost\s+(?:(?:all|your|any|some)\s+)?(?:trust|faith|confidence|patience|interest)\b)"
        r"[a-z]+",
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
        left=rf"{_PERSON}(?:{_WOULDNT}|(?:may|might|will|'ll)\s+)?"
        r"(?:(?:were|was|are|is|be|been|left|gone|went|had|spent|lived|managed)\s+)"
        r"(?:[\w'-]+\s+){0,4}?|\b(?:he|she|they)(?:'s|'ve|\s+has|\s+have|\s+had)?\s+"
        r"(?:(?:now|still|also)\s+)?(?:went|was|were|been|gone)\s+",
        tail=r"(?:were|was|are|is|be|been|left|gone|went|had|spent|lived|managed)\s+"
        r"(?:[\w'-]+\s+){0,4}?",
        span=12,
        starts=f"{_PERSON_STARTS} he she they",
        # not "you wouldn't have been without power if the backup had failed"
        right=r"without\b(?![^.;:!?\n()—–]{0,80}\b(?:if|unless)\b)",
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
        left=rf"{_PERSON}(?:(?:are|were|was|is|been|got|left)\s+)?(?:now\s+)?(?:[£$€]?[\d,.]+\s+)?"
        r"(?:out of\s+)?|\b(?:you|your\s+[\w'-]+)\s+(?:[£$€][\d,.]+\s+)(?:out of\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"short\b|pocket\b|locked out\b",
    ),
    Cue(
        "offline down unavailable unusable inaccessible blocked frozen locked exposed eaten "
        "wasted declined refused stranded stuck idle unreachable disconnected fined penalised "
        "penalized ticketed evicted",
        left=rf"{_PERSON}(?:was|were|been|is|are|got|left|sat|stood|stayed|remained)\s+(?:\w+\s+)?",
        tail=r"(?:was|were|been|is|are|got|left|sat|stood|stayed|remained)\s+(?:\w+\s+)?",
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
        left=rf"{_PERSON}(?:(?:been|are|'re|were|was|left|kept|sat|stood|stayed)\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        unless=r"\b(?:for|thank|thanks|keep|keeping|kept)\s+you\s+",
        right=r"waiting\s+(?:on|for|since|at|in|over|all|\d|two|three|four|five|several|weeks|"
        r"days|hours|months|outside|around|about|by|there)\b",
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
        r"hear|heard|(?:make|made)(?=\s+(?:it|the|your|a|an|any)\b))\b",
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
    # acting on what we said: "you booked because of it", "you travelled based on our advice"
    Cue(
        "because based strength relying",
        needs="chose booked bought paid picked ordered planned arranged travelled traveled came "
        "drove flew switched upgraded signed made",
        left=rf"{_PERSON}(?:chose|booked|bought|paid|picked|ordered|planned|arranged|travell?ed|came|"
        r"drove|flew|switched|upgraded|signed\s+up|made\s+(?:plans|arrangements))\b"
        r"[^.;!?\n]{0,60}?\s+",
        span=16,
        starts=_PERSON_STARTS,
        right=r"(?:because\s+of|based\s+on|relying\s+on)\s+(?:it|that|this|our|what\s+(?:we|i))\b"
        r"|strength\s+of\s+(?:it|that|this|our|what\s+(?:we|i))\b",
    ),
    # "you arrived only to find it closed", "you travelled there to find the branch shut"
    Cue(
        "only",
        needs="find told turned discover learn hear see get have",
        right=r"only\s+to\s+(?:find|be\s+told|be\s+turned|discover|learn|hear|see|get|have)\b"
        r"(?!\s+out\s+more)",
        left=rf"{_PERSON}(?!(?:can|could|will|would|should|may|might|must|need|needs|want|just)\b)"
        r"[^.;!?\n]{0,80}?[,\s]\s*",
        span=20,
        starts=_PERSON_STARTS,
    ),
    Cue(
        "find",
        needs="arrived came turned showed got went travelled traveled drove called rang logged "
        "woke",
        left=rf"{_PERSON}(?:arrived|came|turned\s+up|showed\s+up|got\s+(?:there|home|back)|went|"
        r"travell?ed|drove|called|rang|logged\s+in|woke\s+up)\b[^.;!?\n]{0,50}?\bto\s+",
        span=16,
        starts=_PERSON_STARTS,
        right=r"find\s+[^.;!?\n]{0,40}?\b(?:closed|shut|gone|cancell?ed|locked|empty|missing|broken|"
        r"no|nobody|nothing|not|wasn't|weren't|hadn't|didn't|isn't|aren't|already|wrong|damaged|"
        r"flooded|off)\b",
    ),
    # paid for nothing: "we charged you for a delivery you never received", "you've been
    # paying for a service you couldn't use"
    Cue(
        "never didn't haven't can't couldn't cannot weren't",
        left=r"\b(?:charged|billed|paid|paying|debited|invoiced|charging|billing)\b[^.;!?\n]{0,60}?"
        r"\bfor\s+(?:[\w'-]+\s+){1,4}?(?:that\s+|which\s+)?you(?:'ve)?\s+",
        span=16,
        starts="charged billed paid paying debited invoiced charging billing",
        right=r"(?:never|didn't|haven't|can't|couldn't|cannot|weren't\s+able\s+to)\s+(?:been\s+able\s+to\s+)?"
        r"(?:receive|received|get|got|use|used|order|ordered|ask|asked|want|wanted|had|have|"
        r"watch|access|make|made)\b",
    ),
    # "you were made to wait", "you've been asked to pay again", "you were told to come back"
    Cue(
        "asked told made forced required obliged expected",
        left=rf"{_PERSON}(?:were|was|been|got|being)\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"[a-z]+\s+to\s+(?:pay|leave|wait|come\s+back|rebook|resubmit|re-?apply|start\s+again|"
        r"start\s+over|queue|travel|chase|call|ring|repeat|explain|cancel|find|move|drive|walk|buy|"
        r"borrow|sleep|stand|sit|miss|give\s+up"
        # "required to visit the branch twice"
        r"|[a-z]+\b[^.;!?\n]{0,40}?\b(?:again|twice|times|back)\b)\b",
    ),
    # "you've been trying to log in since Monday"
    Cue(
        "trying",
        left=rf"{_PERSON}(?:been\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"trying\s+to\s+[^.;!?\n]{0,50}?\b(?:since|for\s+(?:over\s+|nearly\s+|almost\s+|"
        r"more\s+than\s+)?(?:\d+|an?|two|three|four|five|six|several|many|days|hours|weeks|ages)|"
        r"all\s+(?:day|morning|afternoon|evening|week|weekend)|again\s+and\s+again|repeatedly)\b",
    ),
    # "your patients were sent to the wrong clinic" (people: "your parcel was sent to the wrong
    # depot" is the failure itself)
    Cue(
        "wrong",
        needs="sent directed booked put taken routed transferred",
        left=rf"\b(?:{_PEOPLE}|(?:{_GROUP})(?:\s+who\s+[\w'-]+(?:\s+[\w'-]+){{0,3}}?)?)\s+"
        r"(?:were|was|been|got)\s+(?:sent|directed|booked|put|taken|routed|transferred)\s+"
        r"(?:(?:to|into|onto|on|in)\s+)?(?:the|a|an)\s+",
        span=14,
    ),
    # "three weeks of broken sleep", "the sleepless nights"
    Cue(
        "sleep nights",
        needs="broken disturbed interrupted lost sleepless",
        left=r"\b(?:broken|disturbed|interrupted|lost|sleepless)\s+",
        unless=r"\b(?:no|any|without)\s+(?:more\s+)?(?:[a-z]+\s+)?",
        span=3,
    ),
    # "your father ran out of his medication", "you've run short of feed" (people: "your site
    # ran out of disk" is the failure itself)
    Cue(
        "ran run running",
        left=rf"\b(?:{_PEOPLE})(?:'ve|\s+(?:had|have|has|were|was))?\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"r[au]n(?:ning)?\s+(?:out|short|low)\s+(?:of|on)\b",
    ),
    # "you arrived a day late for your sister's wedding"
    Cue(
        "late",
        needs="arrived got turned showed made",
        left=rf"{_PERSON}(?:[\w'-]+\s+){{0,8}}?(?:arrived|got\s+(?:there|home|back|in)|turned\s+up|"
        r"showed\s+up|made\s+it)\s+(?:(?:an?|one|two|three|\d+|half\s+an?|several)\s+"
        r"(?:minutes?|hours?|days?|weeks?)\s+|too\s+)",
        span=18,
        starts=_PERSON_STARTS,
        right=r"late\s+(?:for|to)\s+(?:your|her|his|their|the|a|an|work|school|class)\b",
    ),
    # "your power was off for 14 hours", "your water has been cut off since Monday"
    Cue(
        "off out",
        needs="power electricity gas water heating internet broadband wifi fi phone line landline "
        "service supply signal lights connection tv fridge boiler",
        starts="your",
        left=r"\byour\s+(?:[\w-]+\s+)?(?:power|electricity|gas|water|heating|internet|broadband|"
        r"wi-?fi|phone|line|landline|service|supply|signal|lights|connection|tv|fridge|boiler)\s+"
        r"(?:was|were|has\s+been|had\s+been|have\s+been|went|got)\s+(?:cut\s+)?",
        span=8,
        later=_LASTING,
    ),
    # "everything in your freezer spoiled"
    Cue(
        "spoiled spoilt defrosted thawed perished rotted wilted",
        starts="your",
        left=r"\byour\s+(?:[\w-]+\s+){0,3}?(?:(?:has|have|had)\s+)?(?:all\s+)?",
        span=6,
    ),
    # "your photos are gone and can't be replaced"
    Cue("irreplaceable"),
    Cue(
        "replaced",
        left=r"\b(?:photos|pictures|videos|memories|recordings|letters|heirlooms?|keepsakes?|"
        r"belongings|possessions|files|documents|notes|work)\b[^.;!?\n]{0,60}?\b(?:can't|cannot|"
        r"can\s+never|won't|never)\s+be\s+",
        span=16,
    ),
    # "you were embarrassed at the till", "your team worked late three nights in a row"
    Cue(
        "embarrassed humiliated mortified",
        left=rf"{_PERSON}(?:were|was|felt|been|got|left)\s+(?:(?:so|really|very|deeply|quite)\s+)?",
        span=10,
        starts=_PERSON_STARTS,
    ),
    Cue(
        "worked working",
        left=rf"{_PERSON}(?:(?:had\s+to|have\s+had\s+to|been)\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"work(?:ed|ing)\s+(?:late|overtime|through\s+the\s+(?:night|weekend)|extra\s+"
        r"(?:hours|shifts)|(?:all|over\s+the)\s+weekend|weekends|double\s+shifts|round\s+the\s+"
        r"clock)\b",
    ),
    # "you had a wasted trip", "your staff had a miserable morning"
    Cue(
        "had",
        needs="wasted ruined miserable stressful sleepless horrible awful terrible rough "
        "frustrating worrying difficult",
        left=_PERSON,
        span=10,
        starts=_PERSON_STARTS,
        right=r"had\s+(?:an?|another)\s+(?:(?:really|very|pretty|incredibly|completely)\s+)?(?:wasted|"
        r"ruined|miserable|stressful|sleepless|horrible|awful|terrible|rough|frustrating|worrying|"
        r"difficult|wasted)\s+(?:[\w-]+\s+)?(?:day|night|week|trip|journey|morning|afternoon|"
        r"evening|weekend|start|wait|time|visit|drive|hours?)\b",
    ),
    # "you wasted a journey", "you've been chasing this for weeks", "your team has struggled"
    Cue(
        "wasted chased chasing queued queuing queueing struggled struggling suffered scrambled "
        "scrambling",
        left=rf"{_PERSON}(?:{_BE})?",
        span=12,
        starts=_PERSON_STARTS,
        right=r"[a-z]+\b(?!\s+(?:no|little|none|nothing)\b)",
    ),
    # "you shouldn't have had to chase us", "it shouldn't have taken you three calls"
    Cue(
        "had needed",
        needs="shouldn should never",
        left=rf"{_PERSON}(?:shouldn't|should\s+not|should\s+never|never\s+should)\s+have\s+",
        span=12,
        starts=_PERSON_STARTS,
        right=r"(?:had|needed)\s+to\b",
    ),
    Cue(
        "taken",
        needs="shouldn should never",
        left=r"\b(?:shouldn't|should\s+not|should\s+never)\s+have\s+",
        right=r"taken\s+(?:you\s+|your\s+[\w'-]+\s+)?(?:[\w-]+\s+){0,2}?(?:calls|emails|attempts|"
        r"visits|trips|weeks|days|months|hours|goes|tries|messages|chasers)\b",
    ),
    # "you've called us four times", "your team has emailed twice" (not "you were told twice":
    # a reproach)
    Cue(
        "called rang rung phoned emailed e-mailed written wrote messaged contacted asked explained "
        "told visited chased tried reported complained sent raised logged followed",
        needs="twice times repeatedly again over after calls emails",
        left=r"\b(?:you(?:'ve|\s+have|\s+had)?(?:\s+(?:now|already|also|since|then|even|still))*"
        r"\s+|your\s+[\w'-]+\s+(?:(?:have|had)\s+)?)",
        span=8,
        starts="you your",
        right=r"[a-z-]+(?:\s+up)?\b(?:\s+[\w'-]+){0,4}?\s+(?:twice|(?:two|three|four|five|six|seven|"
        r"eight|nine|ten|several|multiple|many|so\s+many|\d+|a\s+(?:few|dozen))\s+(?:times|calls|"
        r"emails)|repeatedly|again\s+and\s+again|over\s+and\s+over|time\s+after\s+time)\b",
    ),
    # sent round in circles: "you've been passed from one department to another", "we gave you
    # the runaround", "you've been going back and forth with us for weeks"
    Cue(
        "passed bounced transferred shunted shuffled pushed messed mucked fobbed",
        right=r"[a-z]+\s+you\s+(?:around|about|between|back\s+and\s+forth|from\s+(?:one|pillar|"
        r"team|department|agent|person)|off)\b",
    ),
    Cue(
        "passed bounced transferred shunted shuffled pushed messed mucked fobbed",
        left=rf"{_PERSON}(?:were|was|been|got|kept\s+(?:being|getting))\s+(?:\w+\s+)?",
        span=10,
        starts=_PERSON_STARTS,
        right=r"[a-z]+\s+(?:around|about|between|back\s+and\s+forth|from\s+(?:one|pillar|team|"
        r"department|agent|person)|off)\b",
    ),
    Cue("runaround run-around", unless=_NEGATED),
    Cue(
        "back_and_forth circles",
        left=r"\b(?:you|your\s+[\w'-]+)(?:'ve|\s+have|\s+had)?(?:\s+(?:been|had\s+to|were|kept))?\s+"
        r"(?:going|gone|went|sent|bounc(?:ed|ing)|pass(?:ed|ing)|emailing|calling|messaging|"
        r"writing|chasing|ringing)\s+(?:[\w'-]+\s+){0,3}?(?:(?:round|around)\s+in\s+)?",
        span=12,
        starts="you your",
    ),
    # the person ran into trouble: "your customers experienced errors at checkout", "some
    # users encountered failed logins", "you faced a late-payment penalty"
    Cue(
        "experienced experiencing encountered encountering faced facing suffered suffering ran "
        "running run incurred copped",
        needs=_TROUBLE_WORDS,
        left=rf"(?:{_PERSON}|{_BARE_GROUP})(?:(?:have|has|had)\s+)?(?:been\s+)?",
        span=12,
        right=r"(?:experienc(?:ed|ing)|encounter(?:ed|ing)|fac(?:ed|ing)|suffer(?:ed|ing)|"
        r"r[au]n(?:ning)?\s+into|incurred|copped)\s+(?!(?:no|zero|little|minimal|any)\b)"
        r"(?:(?:an?|the|some|repeated|intermittent|significant|long|several|multiple|frequent|"
        r"occasional|further|serious|major|\d+)\s+)?(?:[\w£$€.,'-]+\s+)?"
        rf"(?:{_TROUBLE})",
    ),
    Cue(
        "hit slapped",
        needs="with",
        left=rf"{_PERSON}(?:were|was|been|got|get|gets)\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"(?:hit|slapped)\s+with\s+(?:an?\s+|the\s+)?(?:[\w£$€.,'-]+\s+){0,3}?(?:bill|fees?|"
        r"charges?|penalt(?:y|ies)|fines?|interest|surcharges?)\b",
    ),
    # "you were charged two times", "we billed you three times"
    Cue(
        "times",
        needs="charged billed debited",
        left=rf"(?:{_PERSON}(?:were\s+|was\s+|got\s+|been\s+)?|\b)(?:charged|billed|debited)\s+"
        r"(?:you\s+)?(?:for\s+(?:it|this|that)\s+)?(?:two|three|four|five|several|multiple|\d+)\s+",
        span=12,
        starts=f"{_PERSON_STARTS} charged billed debited",
    ),
    # their business took the hit: "your bookings took a real hit", "your sales dropped off"
    Cue(
        "hit knock battering beating",
        needs="took taken suffered felt",
        left=r"\b(?:you|your\s+(?:[\w'-]+\s+){1,3}?)(?:(?:has|have|had|'ve)\s+)?(?:took|taken|"
        r"suffered|felt)\s+(?:an?\s+)?(?:(?:real|big|huge|serious|massive|significant|heavy|major|"
        r"nasty|proper)\s+)?",
        tail=r"(?:took|taken|suffered|felt)\s+(?:an?\s+)?(?:[a-z]+\s+)?",
        span=10,
        starts="you your",
    ),
    Cue(
        "dropped fell plummeted plunged dipped collapsed slumped tanked crashed halved suffered",
        left=r"\byour\s+(?:[\w'-]+\s+){0,2}?(?:sales|bookings|orders|revenue|income|traffic|takings|"
        r"footfall|sign-?ups|conversions|reservations|ratings?|reviews|credit\s+score|turnover|"
        r"earnings|trade|business|custom|visitors|ranking|score)\s+(?:(?:have|has|had|then|also|"
        r"really|all)\s+)*",
        span=8,
        starts="your",
    ),
    # "your business was badly affected", "the outage disrupted your whole week"
    Cue(
        "affected impacted disrupted hurt hampered harmed damaged delayed derailed jeopardised "
        "jeopardized threatened complicated interrupted upended held set knocked pushed put",
        # not hedged: "we apologise insofar as the delay affected your reporting"
        unless=rf"{_NEGATED}|\b(?:insofar|inasmuch)\s+as\s+(?:[\w'-]+\s+){{0,5}}?",
        span=8,
        right=r"(?:affected|impacted|disrupted|hurt|hampered|harmed|damaged|delayed|derailed|"
        r"jeopardi[sz]ed|threatened|complicated|interrupted|upended|held\s+up|set\s+back|knocked|"
        r"pushed\s+back)\s+(?:(?:both\s+)?you\s+and\s+)?your\s+(?:[\w'-]+\s+){0,2}?"
        rf"(?:{_LIFE})\b"
        # "pushed your closing date back two weeks"
        rf"|(?:pushed|set|put)\s+your\s+(?:[\w'-]+\s+){{0,2}}?(?:{_LIFE})(?:\s+(?:date|day))?\s+"
        r"back\b",
    ),
    Cue(
        "affected impacted disrupted hurt hampered harmed damaged delayed derailed jeopardised "
        "jeopardized threatened interrupted held set hit",
        needs="was were been got",
        left=rf"\byour\s+(?:[\w'-]+\s+){{0,2}}?(?:{_LIFE})\s+(?:(?:was|were|has\s+been|have\s+been|"
        r"had\s+been|got)\s+)(?:(?:badly|really|seriously|severely|significantly|directly|also|"
        r"all|both|hard)\s+)?",
        tail=r"(?:was|were|been|got)\s+(?:[a-z]+\s+)?",
        span=10,
        starts="your",
        right=r"(?:held\s+up|set\s+back|(?!held|set)[a-z]+)\b",
    ),
    # "the disruption to your business", "the impact this has had on your sales"
    Cue(
        "disruption damage harm strain impact knock-on toll blow setback",
        unless=r"\b(?:no|any|avoid|avoiding|prevent|preventing|without|minimi[sz]e|minimi[sz]ing|"
        r"reduce|reducing|limit|limiting|lessen|mitigate|protect|expect|(?:will|'ll|may|might|could)"
        r"\s+be)\s+(?:[\w-]+\s+){0,2}?",
        right=r"[a-z-]+\s+(?:(?:(?:that|which)\s+)?(?:this|it|that|we|our\s+[\w-]+(?:\s+[\w-]+)?)\s+"
        r"(?:has\s+|have\s+|had\s+)?(?:caused|done|had|brought|dealt|meant|taken)\s+)?(?:to|on|"
        rf"for)\s+(?:you\s+and\s+)?your\s+(?:[\w'-]+\s+){{0,2}}?(?:{_LIFE})\b",
    ),
    # "the hassle this has caused you", "the stress we put you under"
    Cue(
        "caused put",
        needs="stress worry hassle anxiety distress upset frustration embarrassment disruption "
        "expense cost costs grief headache headaches ordeal runaround aggravation palaver faff "
        "upheaval heartache harm damage losses hardship sleepless extra",
        left=rf"(?<!any\s)\b(?:{_BURDEN})\b(?:\s+and\s+[\w-]+)?\s+(?:(?:that|which)\s+)?"
        r"(?:(?:this|it|that|we|i|our\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
        r"(?:(?:has|have|had|must\s+have)\s+)?(?:(?:really|clearly|obviously|undoubtedly)\s+)?",
        span=14,
        right=r"(?:caused|put)\s+you\b(?!\s+(?:to|a\s+(?:refund|credit)|the)\b)",
    ),
    Cue(
        "you_through",
        needs="what everything all",
        left=r"\b(?:what|everything|all)\s+(?:(?:that|this)\s+)?(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?|"
        r"it(?:'s|\s+has)?|this(?:\s+has)?|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:has|have)\s+)?"
        r"(?:put|putting)\s+",
        span=10,
    ),
    # "it put you in a really difficult position", "put you to a lot of expense"
    Cue(
        "put puts putting placed left leaving",
        needs="position spot situation place bind trouble expense bother effort stress pressure "
        "strain",
        right=r"(?:put|puts|putting|placed|left|leaving)\s+(?:you|your\s+[\w'-]+)\s+in\s+(?:an?\s+|"
        r"such\s+an?\s+)?(?:(?:really|very|incredibly|extremely|genuinely|truly|totally|pretty|"
        r"rather|quite)\s+)?(?:difficult|awkward|tough|terrible|horrible|impossible|bad|"
        r"embarrassing|stressful|unfair|tricky|vulnerable|precarious|uncomfortable|compromising|"
        r"unenviable|dreadful|tight|hard)\s+(?:position|spot|situation|place|bind)\b"
        r"|(?:put|puts|putting)\s+you\s+(?:to\s+(?:(?:a\s+lot\s+of|so\s+much|real|considerable|"
        r"unnecessary|extra)\s+)?(?:trouble|expense|bother|effort)|under\s+(?:(?:a\s+lot\s+of|"
        r"so\s+much|real|considerable|huge|unnecessary|extra)\s+)?(?:stress|pressure|strain))\b"
        r"|(?:put|puts|putting|placed)\s+(?:(?:a\s+lot\s+of|so\s+much|real|considerable|huge|"
        r"unnecessary|extra|a\s+real)\s+)?(?:stress|pressure|strain)\s+on\s+(?:you|your)\b",
    ),
    # "that must have been embarrassing in front of your customers"
    Cue(
        "front",
        left=r"\b(?:embarrass\w*|awkward|humiliat\w*|unprofessional|foolish|silly|bad|red-faced|"
        r"apologi[sz]\w*|explain\w*|stranded|stuck|turned\s+away|let\s+down|exposed|had\s+to\s+\w+)"
        r"\b(?:\s+[\w'-]+){0,8}?\s+in\s+",
        span=14,
        right=r"front\s+of\s+(?:your|their|his|her|an?|the|all\s+(?:your|their))\s+(?:[\w'-]+\s+)?"
        r"(?:customers?|clients?|guests|family|friends|colleagues|boss|manager|team|staff|kids|"
        r"children|students|patients|partner|in-laws|visitors|buyers|class|investors|board)\b",
    ),
    # "it must have been so frustrating having to repeat yourself", "having to explain this
    # to your clients must have been awful", "that must have been stressful"
    Cue(
        "having",
        left=rf"\b(?:{_HARD})\s+(?:(?:about|for)\s+)?(?:(?:you|your\s+[\w'-]+)\s+)?"
        r"|\b(?:sorry|apologi[sz]e|apologies)\s+(?:(?:about|for)\s+)?(?:you|your\s+[\w'-]+)\s+",
        span=8,
        right=r"having\s+to\b",
    ),
    Cue(
        "having",
        right=r"having\s+to\s+[^.;!?\n]{0,60}?\b(?:must\s+have\s+been|must\s+be|was|has\s+been|is)\s+"
        r"(?:(?:so|really|very|incredibly|hugely|deeply|such)\s+)?(?:an?\s+)?(?:"
        rf"{_HARD}|pain|hassle|nightmare|headache)\b",
    ),
    Cue(
        "stressful worrying embarrassing distressing upsetting exhausting frightening scary "
        "humiliating nightmare ordeal shock",
        needs="must",
        left=r"\bmust\s+(?:have\s+been|be)\s+(?:(?:so|really|very|incredibly|hugely|deeply|such|"
        r"quite|a|an|a\s+real|an\s+absolute|a\s+complete|a\s+horrible|a\s+terrible)\s+)*",
        span=8,
        starts="must",
        right=r"[a-z]+\b(?!\s+for\s+(?:us|our|me|my|the\s+team|everyone))",
    ),
    # "we wasted two hours of your time", "it ate into your weekend"; "hours you won't get back"
    Cue(
        "wasted ate eaten took taken",
        needs="wasted ate eaten up",
        unless=_NEGATED,
        right=r"(?:wasted|ate\s+(?:up|into)|eaten\s+(?:up|into)|took\s+up|taken\s+up)\s+(?:(?:[\w-]+\s+)"
        r"{0,3}?of\s+)?(?:so\s+much\s+of\s+)?your\s+(?:(?:whole|entire|precious|valuable|own|"
        r"free|working|spare|lunch)\s+)?(?:time|day|days|morning|afternoon|evening|weekend|week|"
        r"holiday|night|lunch|break|life|money|trip|journey|visit|effort|leave)\b",
    ),
    Cue(
        "won't never can't cannot",
        needs="back",
        left=r"\b(?:time|hours?|days?|afternoon|weekend|evening|morning|minutes|life)\s+(?:that\s+)?"
        r"you(?:'ll)?\s+",
        span=6,
        right=r"(?:won't|never|can't|cannot)\s+get\s+back\b",
    ),
    # "the cake didn't arrive in time for your daughter's party"
    Cue(
        "time",
        needs="didn not never wasn weren won",
        left=r"\b(?:didn't|did\s+not|never|wasn't|weren't|won't|not)\s+(?:[\w'-]+\s+){0,3}?in\s+",
        span=8,
        right=r"time\s+for\s+(?:your|her|his|their)\s+[\w'-]+",
    ),
    # "the outage took your online store down"
    Cue(
        "took knocked",
        needs="down offline off out",
        unless=r"\b(?:we|i|we've|i've|we\s+have|i\s+have)\s+(?:\w+\s+)?",
        right=r"(?:took|knocked)\s+(?:you|your\s+(?:[\w'-]+\s+){1,3}?)(?:down|offline|"
        r"off\s*line|out\s+of\s+action)\b",
    ),
    Cue("landed saddled lumbered stuck", right=r"[a-z]+\s+you\s+with\b"),
    # ---- the person's things in a failure state, or the person short of what they were owed ----
    # "your card machine has been offline since 8", "your number still isn't working",
    # "your calendars stopped updating for 30 hours" (a lasting state, not "it didn't work")
    Cue(
        "working loading connecting syncing updating responding running sending receiving "
        "getting arriving showing",
        left=rf"{_PERSON}{_NOT_GOING}",
        tail=_NOT_GOING,
        span=12,
        starts=_PERSON_STARTS,
        needs="isn aren wasn weren not hasn haven stopped kept",
        later=_LASTING,
    ),
    Cue(
        "still",
        left=rf"\b(?:{_NOUN_PHRASE}){_WHO}\s+",
        span=10,
        starts=_PERSON_STARTS,
        right=r"still\s+(?:isn't|aren't|hasn't|haven't|doesn't|don't|wasn't|is\s+not|has\s+not)\s+"
        r"(?:been\s+|yet\s+)?(?:working|loading|connecting|ready|available|live|back|through|here|"
        r"arrived|shipped|delivered|paid|fixed|sorted|restored|connected|reconnected|reached|"
        r"showing|showing up|come through|gone through|gone out)\b",
    ),
    # "38 of your staff were paid a day late", "your clinic opened its ward a week late"
    Cue(
        "late",
        left=rf"\b(?:{_PEOPLE}|your\s+(?:[\w'-]+\s+){{0,2}}?(?:{_DUES}))(?:'ve|\s+have|\s+has|\s+had)?"
        rf"\s+(?!(?:{_MODALS_NOT})\b)(?:[\w'-]+\s+){{1,5}}?(?:an?|one|two|three|four|"
        r"five|six|seven|several|a\s+few|\d+)\s+(?:more\s+)?(?:minutes?|hours?|days?|weeks?|"
        r"months?)\s+",
        span=14,
        starts=_PERSON_STARTS,
        needs="minute minutes hour hours day days week weeks month months",
    ),
    # "1,240 of your sellers were not paid", "you haven't been paid for 47 orders"
    Cue(
        "paid",
        left=rf"{_PERSON}(?:still\s+)?(?:weren't|wasn't|were\s+not|was\s+not|(?:haven't|hasn't|"
        r"have\s+not|has\s+not)\s+(?:yet\s+)?been|(?:didn't|did\s+not|haven't|hasn't)\s+(?:yet\s+)?"
        r"(?:got|get|been)|never\s+(?:got|been))\s+(?:yet\s+)?",
        span=12,
        starts=_PERSON_STARTS,
        needs="weren wasn not haven hasn didn never",
    ),
    # "84 of your staff won't have their pay today"
    Cue(
        "won't",
        left=_PERSON,
        span=10,
        starts=_PERSON_STARTS,
        right=r"won't\s+(?:have|get|receive|see)\s+(?:their|your|his|her|the|any)\s+"
        rf"(?:[\w-]+\s+)?(?:{_MONEY}|wages|salaries|money|medication|tablets|prescription)\b",
    ),
    # "your sister received less than you'd promised her"
    Cue(
        "less fewer",
        left=rf"{_PERSON}(?:received|got|earned|(?:were|was|been|got)\s+paid|ended\s+up\s+with|"
        r"(?:were|was|been)\s+(?:getting|receiving|given|sent))\s+(?:about\s+|only\s+)?"
        r"(?:[£$€₹]?[\d,.]+\s+)?",
        span=12,
        starts=_PERSON_STARTS,
        needs="received got earned paid ended getting receiving given sent",
    ),
    # "about 180 of your customers have had a card refused"
    Cue(
        "had",
        left=_PERSON,
        span=10,
        starts=_PERSON_STARTS,
        right=r"had\s+(?:an?|their|your|his|her|\d+|two|three|several|some)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:refused|declined|rejected|cancell?ed|canceled|blocked|stolen|returned|bounced|frozen|"
        r"suspended|deleted|lost|damaged|wiped|overcharged|delayed)\b",
    ),
    # "your customers have seen an error page for two days", "you got an error at checkout"
    Cue(
        "error errors",
        left=rf"{_PERSON}(?:been\s+)?(?:seen|saw|seeing|got|getting|gotten|received|receiving|hit|"
        r"hitting|heard|shown|faced|facing)\s+(?:an?\s+|the\s+|repeated\s+|\d+\s+)?"
        r"(?:[\w'-]+\s+)?",
        span=12,
        starts=_PERSON_STARTS,
        needs="seen saw seeing got getting gotten received receiving hit hitting heard shown faced "
        "facing",
    ),
    # "your clients got a flood of texts"
    Cue(
        "flood barrage deluge stream torrent",
        left=rf"{_PERSON}(?:got|received|were\s+sent|was\s+sent|(?:were|was|been)\s+hit\s+with|"
        r"had)\s+(?:an?\s+)?",
        span=12,
        starts=_PERSON_STARTS,
        right=r"[a-z]+\s+of\s+(?:[\w-]+\s+)?(?:texts|emails|e-mails|messages|calls|"
        r"notifications|reminders|alerts|letters|bills|invoices|charges|spam)\b",
    ),
    # "we sent your subscribers the same campaign three times", "you got the same text twice"
    Cue(
        "same",
        left=r"\b(?:(?:sent|emailed|texted|messaged|charged|billed|called|rang)\s+(?:you|your\s+"
        r"(?:[\w£$€,.'-]+\s+){1,4}?)|(?:you|your\s+[\w'-]+)\s+(?:got|received|were\s+sent|"
        r"were\s+charged))\s*(?:the\s+)?",
        span=10,
        starts="sent emailed texted messaged charged billed called rang you your",
        right=r"same\s+(?:[\w-]+\s+){0,2}?(?:twice|(?:three|four|five|six|ten|\d+|several|multiple|"
        r"many)\s+times|repeatedly|over\s+and\s+over)\b",
    ),
    # "some of your customers may already have paid into the wrong account",
    # "your application went out with the wrong grade" (the person acting on our error)
    Cue(
        "wrong",
        left=rf"{_PERSON}(?!(?:{_MODALS_NOT}|{_NOT_HARM}|showed|displayed|listed|contained|"
        r"included|charged|billed|printed|stated|quoted|used|entered|selected|picked|typed|"
        r"clicked|filled|ticked|chose)\b)(?:[a-z]+ed|paid|went|gone|took|drove|flew|came|bought|"
        r"sat|spent|made)\s+(?:(?:out|up|off|back)\s+)?(?:(?:into|to|at|with|from|on|for|in|by)"
        r"\s+)?(?:the|a|an)\s+",
        span=10,
        starts="you your those all many some most",
        ends=("the ", "a ", "an "),
    ),
    # "you've now been in the terminal for nine hours"
    Cue(
        "hours minutes nights hrs mins",
        left=rf"{_PERSON}been\s+(?:(?:stuck|sat|sitting|waiting|left|kept|stranded)\s+)?"
        r"(?:in|at|on)\s+(?:(?:the|a|an|your|our)\s+)?(?:[\w'-]+\s+){1,3}?(?:for\s+)?"
        r"(?:(?:over|more\s+than|nearly|almost|about|around)\s+)?(?:\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten|eleven|twelve|several|many|a\s+few)\s+",
        span=16,
        starts=_PERSON_STARTS,
        needs="been",
    ),
    # "your store opening is at risk" is above; "your mortgage payment failed",
    # "your rent to Castle Lettings didn't go through"
    Cue(
        "failed bounced returned rejected declined didn't never hasn't haven't",
        left=rf"\byour\s+(?:[\w'-]+\s+){{0,2}}?(?:{_DUES})(?:\s+payments?)?(?:\s+(?:to|for|from)\s+"
        r"(?:[\w'-]+\s+){1,3}?|\s+)(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?(?:also\s+)?",
        span=10,
        starts="your",
        right=r"failed|bounced|returned|rejected|declined"
        r"|(?:didn't|never|hasn't|haven't)\s+(?:arrive|arrived|go\s+through|gone\s+through|"
        r"come\s+through|reach|reached)\b",
    ),
    # the person's own preparations, wasted: "you had already taken the afternoon off work",
    # "you arranged ten days off work", "you have fasted since midnight and arranged childcare"
    Cue(
        "off",
        left=r"\byou(?:'d|'ve|\s+had|\s+have)?\s+(?:already\s+|even\s+|also\s+)?(?:took|taken|"
        r"arranged|booked|had\s+to\s+take|taking)\s+(?:[\w'-]+\s+){0,2}?(?:day|days|afternoon|"
        r"morning|evening|time|week|weeks|hours?|shift|leave|holiday)\s+",
        span=10,
        starts="you",
        right=r"off\b(?!\s+(?:your|the)\s+(?:bill|invoice|price))",
    ),
    Cue(
        "arranged organised organized",
        left=r"\byou(?:'d|'ve|\s+had|\s+have)?\s+(?:already\s+|even\s+|also\s+)?"
        r"(?:[a-z]+ed\s+(?:[\w'-]+\s+){0,4}?and\s+)?",
        span=10,
        starts="you",
        right=r"[a-z]+\s+(?:for\s+)?(?:someone|childcare|cover|a\s+(?:sitter|babysitter|lift|carer|"
        r"taxi)|time\s+off|(?:[\w-]+\s+){0,2}off\s+work|travel|transport)\b",
    ),
    # "you only found out at check-in", "you found out when you arrived"
    Cue(
        "found",
        left=r"\byou\s+(?:only\s+)?",
        starts="you",
        right=r"found\s+out\s+(?:only\s+)?(?:at|on|when|from|the\s+hard\s+way|by\s+chance|"
        r"by\s+accident)\b",
    ),
    # "... at check-in, paying £1,140 for a last-minute room"
    Cue(
        "paying having",
        left=r"\byou\b[^.;!?\n]{0,100}?,\s+(?:and\s+)?(?:then\s+)?",
        span=20,
        starts="you",
        right=r"(?:paying\s+(?:an?\s+)?(?:extra\s+)?[£$€₹]?\d|having\s+to\b)",
    ),
    # ---- the person is hit by it ---------------------------------------------------------
    Cue(
        "left leaving leaves meant means meaning",
        right=r"(?:left|leaving|leaves)\s+(?:you|your\s+[\w' -]{1,30}?)\s+(?:without|unable|"
        r"stranded|stuck|short|out of pocket|waiting|worried|in the dark|exposed|locked|"
        r"on hold|frozen|tied up|unpaid|overdrawn|with (?:no|nothing|an? (?:[\w-]+\s+)?bill)|"
        r"to (?:deal|sort|fend|pick|clean|chase|figure|work|explain|handle|cope|fix|find|pay|wait)|"
        r"having to|high and dry|holding|looking (?:bad|foolish|silly|unprofessional))\b"
        r"|(?:left|leaving|meant|means|meaning)\s+(?:[£$€]?[\d,.]+|\w+)\s+of\s+your\s+"
        rf"(?:{_MONEY})\b"
        r"|(?:meant|means|meaning)\s+(?:that\s+)?(?:you|your)\b(?!\s+(?:are|is)\b|'ll|'re)"
        r"(?!(?:\s+[\w'-]+){0,3}?\s+(?:can|will|'ll|won't|don't|no longer|should|need|may|"
        r"might|could|get)\b)"
        r"|(?:meant|means|meaning)\s+(?:that\s+)?(?:none|no|nothing|nobody|no one)\b"
        r"|means\s+for\s+you\b",
    ),
    # "it's meant sleepless nights for you", "which meant missing the deadline"
    Cue(
        "meant meaning",
        right=r"(?:meant|meaning)\s+(?:(?:an?|another|more|two|three|several|many|long|a\s+lot\s+of|"
        r"lots\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:wasted|lost|missed|sleepless|second|third|"
        r"unnecessary|additional|costly|expensive|frustrating|stressful|ruined|cancell?ed|unpaid|late|"
        r"long|longer|delayed|disrupted|extra\s+(?:work|costs?|charges?|fees?|trips?|journeys?|calls?|"
        r"hours|travel|expense))\b[^.;!?\n]{0,50}?\bfor\s+(?:you|your\s+[\w'-]+)\b"
        r"|(?:meant|meaning)\s+(?:missing|losing|paying|waiting|having\s+to|spending|cancell?ing|"
        r"rebooking|going\s+without|queu(?:e)?ing|chasing|travell?ing|driving|borrowing|sleeping|"
        r"being\s+(?:charged|left|stuck|without|late|unable|stranded|turned\s+away|overcharged|"
        r"locked))\b",
    ),
    Cue("cost costing", right=r"cost(?:ing)?\s+(?:you|your)\b"),
    Cue("caused forced led required obliged", right=r"[a-z]+\s+you\s+to\b"),
    # "caused you a lot of stress", "causing you hardship", "caused real stress for your family"
    Cue(
        "caused causing",
        right=rf"(?:caused|causing)\s+(?:you\s+(?:(?:{_SO_MUCH})\s+)?(?:{_DISTRESS})\b"
        rf"|(?:(?:{_SO_MUCH})\s+)?(?:{_DISTRESS})\s+(?:for|to)\s+(?:you|your)\b)",
    ),
    # "users on Android 14 still can't sign in", "guests were unable to check in"
    Cue(
        "can't cannot",
        left=rf"{_BARE_GROUP}still\s+",
        span=10,
        right=r"(?:can't|cannot)\b(?!\s+be\b)",
    ),
    Cue(
        "couldn't could_not unable able",
        needs=_GROUP.replace("|", " "),  # what ``left`` starts with: cheaper than searching it
        left=rf"{_BARE_GROUP}(?:(?:were|have\s+been|are\s+still)\s+|(?:haven't|weren't|aren't)\s+"
        r"(?:been\s+)?)?",
        span=10,
        right=r"couldn't\b|could\s+not\b|unable\b|able\s+to\b(?<!been able to)(?<!were able to)",
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
        r"chase|call|cancel|re-?\w+|look\s+(?:bad|foolish|silly|unprofessional|incompetent|"
        r"unreliable|stupid)|feel\s+(?:unwelcome|unsafe|ignored|dismissed|rushed|small|stupid|"
        r"foolish|embarrassed|humiliated|uncomfortable|unheard|let\s+down))\b",
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
        needs="meant intended",
        right=r"[a-z]+\s+(?:meant|intended)\s+for\s+you\b",
    ),
    Cue("breach invasion", right=r"[a-z]+\s+of\s+your\s+privacy\b"),
    Cue(
        "took",
        left=("it ",),
        right=r"took\s+(?:us\s+|you\s+)?(?:[\w-]+\s+){1,2}?(?:weeks|days|months|hours|calls|emails|"
        r"attempts|visits|trips|messages)\b",
    ),
    Cue(
        "held tied frozen stuck locked kept",
        starts="your that the this",
        left=rf"\b(?:your|that|the|this)\s+(?:[\w£$€,.-]+\s+){{0,2}}?(?:{_MONEY})\s+"
        r"(?:was|were|has been|had been|is|are|got|sat)\s+",
        span=8,
        right=r"[a-z]+(?:\s+up)?\s+(?:for|since|over)\b",
    ),
    # "the outage hit your month-end close hard", "the pothole that damaged your tyre"
    Cue(
        "hit hurt damaged harmed broke",
        right=r"(?:hurt|damaged|harmed|broke)\s+(?:you\b|your\s+[\w'-]+)"
        r"|hit\s+(?:you|your\s+(?:[\w'-]+\s+){1,3}?)(?:hard|badly|especially|right\s+when|"
        r"at\s+the\s+worst|in\s+the\s+middle)\b",
    ),
    # "the cushions are now water-stained", "your sofa was damaged"
    Cue(
        "stained water-stained damaged ruined broken soaked scratched dented",
        left=r"\b(?:is|are|was|were)\s+now\s+(?:badly\s+|completely\s+)?"
        r"|\byour\s+(?:[\w'-]+\s+){1,3}?(?:is|are|was|were|has\s+been|have\s+been|got)\s+"
        r"(?:now\s+|badly\s+|completely\s+)?",
        span=8,
        starts="is are was were your",
    ),
    # "this led to you being denied boarding", "led to the tax bill you received"
    Cue(
        "led resulted resulting",
        right=r"(?:led|resulted|resulting)\s+(?:to|in)\s+(?:you(?:r\s+[\w'-]+(?:\s+[\w'-]+)?)?"
        rf"(?:'s)?\s+(?:being\s+(?!(?:{_NOT_HARM})\b)|having\s+to\b|not\b|missing|losing|paying|"
        r"waiting|getting\s+(?!(?:an?\s+|the\s+|your\s+)?(?:refund|credit|discount|compensation|"
        r"upgrade|voucher))|[a-z]+ing\s+(?:without|twice)\b)"
        r"|(?:the|a|an)\s+(?!(?:refund|credit|discount|compensation|upgrade|voucher|fix|change)\b)"
        r"(?:[\w£$€,.'-]+\s+){0,3}?(?:that\s+)?you\s+(?:received|got|paid|were\s+sent|"
        r"were\s+charged|had\s+to))",
    ),
    # "I've credited £10 for the missed messages": a remedy for a loss names the loss
    Cue(
        "missed wasted ruined spoiled spoilt",
        left=("for the ", "for your ", "for that ", "for those ", "for all the ", "for this "),
        unless=r"\b(?:thanks|thank\s+you)\s+for\s+[a-z]+\s+",
        right=r"[a-z]+\s+[\w'-]+",
    ),
    # "including the board report you needed today", "it tied up money you needed",
    # "we understand you needed it for your deposit"
    Cue(
        "needed",
        starts="hit held tied blocked delayed froze stuck missing lost without blank broken failed "
        "failing down offline",
        left=r"\b(?:(?:hit|held|tied\s+up|blocked|delayed|froze|stuck|missing|lost|without)\b"
        r"|(?:blank|broken|failed|failing|down|offline)\b[^.;!?\n]{0,80}?\bincluding\b)"
        r"[^.;!?\n]{0,60}?\byou(?:\s+really|\s+urgently|\s+badly)?\s+",
        span=30,
    ),
    Cue(
        "needed",
        starts="know understand realise realize appreciate",
        left=r"\b(?:know|understand|realise|realize|appreciate)\s+(?:that\s+|how\s+much\s+)?you"
        r"(?:\s+really|\s+urgently|\s+badly)?\s+",
        span=8,
        right=r"needed\s+(?:it|them|this|that|the\s+(?:money|funds|refund|payment|parcel|delivery))"
        r"\b",
    ),
    Cue(
        "tied",
        right=rf"tied\s+up\s+(?:[£$€₹]?[\d,.]+\s+(?:of\s+)?)?(?:your\s+|the\s+|their\s+)?"
        rf"(?:{_MONEY})\b",
    ),
    # "which we know is too slow for your video calls", "arrived too late for your wedding"
    Cue(
        "too",
        unless=r"\b(?:be|may|might|could|would|will|'ll)\s+(?:\w+\s+)?",
        right=r"too\s+(?:slow|late|small|short|expensive|weak|unreliable)\s+for\s+"
        r"(?:(?:your|her|his|their)\s|you\b(?!\s+to\b))",
    ),
    # "the blender arrived two days after the party", "the cake arrived after the speeches"
    Cue(
        "after",
        left=r"\b(?:arrived|came|delivered|turned\s+up|got\s+there|reached\s+(?:you|her|him|them))"
        r"\s+(?:[\w'-]+\s+){0,3}?",
        span=6,
        starts="arrived came delivered turned got reached",
        right=r"after\s+(?:the|your|his|her|their)\s+(?!(?:weekend|holidays?|break|check|inspection|"
        r"review|payment|approval|update|storm|delay|time)\b)[\w'-]+",
    ),
    # "£94 extra left your account"
    Cue(
        "left",
        left=r"[£$€₹][\d,.]+(?:\s+[\w-]+){0,2}\s+",
        span=4,
        right=r"left\s+your\s+(?:[\w-]+\s+)?(?:account|balance|wallet)\b",
    ),
    # "that pushed your account into overdraft", "you're now in arrears"
    Cue(
        "overdraft arrears red",
        left=r"\b(?:pushed|put|sent|tipped|took|went|gone|fell|dipped|left|are|is|were|was|now)\s+"
        r"(?:(?:you|your\s+(?:[\w'-]+\s+)?account|your\s+balance)\s+)?(?:into|in)\s+"
        r"(?:an?\s+|the\s+|your\s+)?(?:unarranged\s+|unauthori[sz]ed\s+)?",
        span=8,
        unless=r"\b(?:avoid|prevent|stop|without|not|never|won't|don't)\b.*",
        right=r"(?:overdraft|arrears)\b|red\b(?<=the red)",
    ),
    # "your late-submission penalty", "late-payment charges your staff incurred"
    Cue(
        "penalty penalties fines",
        left=r"\byour\s+(?:[\w-]+\s+){0,2}?",
        span=4,
        starts="your",
        right=r"[a-z]+\b(?![^.;!?\n]{0,30}\b(?:not|no\s+longer|won't|isn't|aren't|unaffected)\b)",
    ),
    Cue(
        "incurred",
        left=r"\b(?:late|late-payment|overdraft|penalty|bank|hotel|taxi|travel|cancellation|"
        r"interest|parking|rebooking|storage|roaming|reconnection|returned-payment|missed-payment)"
        r"[- ]?(?:[\w-]+\s+)?(?:charges?|fees?|costs?|bills?)\s+(?:that\s+)?(?:you|your\s+[\w'-]+)"
        r"\s+(?:have\s+|'ve\s+|had\s+)?",
        span=10,
    ),
    # "you now have two suppliers billing you"
    Cue(
        "billing charging debiting",
        left=r"\b(?:two|both|three|\d+|multiple|several)\s+(?:[\w-]+\s+){1,2}?(?:are\s+|were\s+|"
        r"now\s+)?",
        span=5,
        right=r"[a-z]+\s+you\b(?!\s+(?:correctly|properly|the\s+right|normally|as\s+expected)\b)",
    ),
    # "the hospital has asked you to pay upfront"
    Cue(
        "asked told",
        right=r"[a-z]+\s+you\s+to\s+(?:pay\s+(?:again|twice|upfront|up\s+front|in\s+advance|extra|"
        r"more|an?\s+(?:deposit|fee|penalty|fine)|[£$€₹]?\d|for\s+(?:a|an|another))|leave|wait|"
        r"come\s+back|rebook|resubmit|re-?apply|start\s+again|start\s+over)\b",
    ),
    # "the rubbish that built up outside your home", "you've had garden waste piling up"
    Cue(
        "piling piled building built stacking stacked",
        right=r"[a-z]+\s+up\s+(?:outside|in|on|at|around|inside|by|next\s+to)\s+your\b",
    ),
    Cue(
        "piling piled stacking stacked",
        left=r"\byou(?:'ve|\s+have|\s+had)\s+(?:now\s+)?had\s+(?:[\w'-]+\s+){1,3}?",
        span=8,
        starts="you",
        right=r"[a-z]+\s+up\b",
    ),
    # ---- a consequence clause about them ---------------------------------------------------
    # "the sale of the house has been delayed as a result", "two of your meetings were
    # double-booked as a result" (a harm word, then a trailing "as a result": its consequence)
    Cue(
        "result",
        left=rf"\b(?:{_HARMED})\b(?:\s+[\w'-]+){{0,6}}?\s+as\s+a\s+",
        span=12,
        unless=r"\b(?:no|not|nothing|none|never|nobody|weren't|wasn't|hasn't|haven't|didn't|isn't|"
        r"aren't)\b[^.;!?\n]*",
        right=r"result\b(?!\s*,)(?!\s+of\b)",
    ),
    # "38 employees were paid on Monday instead of Friday", "she waited 14 weeks instead of 6"
    Cue(
        "instead",
        left=rf"\b(?:{_PEOPLE}|{_NUMBER}\s+(?:{_GROUP})(?:\s+out\s+of\s+[\d,]+)?|he|she)"
        r"(?:'ve|'d|\s+have|\s+has|\s+had)?\s+(?:(?:only|then|also)\s+)?(?:(?:were|was|got|been)\s+"
        r"(?:paid|charged|billed|sent|given)|paid|waited|spent|had\s+to\s+[a-z]+|"
        r"ended\s+up\s+[a-z]+|arrived)"
        r"\b(?:\s+[\w'£$€,.-]+){0,5}?\s+",
        span=14,
        right=r"instead\s+of\b",
    ),
    # "which left you driving with a cracked windscreen", "leaving your staff working late"
    Cue(
        "left leaving leaves",
        right=rf"(?:left|leaving|leaves)\s+(?:you|your\s+(?:{_GROUP}))\s+"
        r"(?:driving|sitting|standing|sleeping|paying|chasing|scrambling|wondering|struggling|"
        r"juggling|guessing|searching|queu(?:e)?ing|relying|borrowing|commuting|phoning|calling|"
        r"hanging|covering|explaining|working|walking|travell?ing)\b",
    ),
    # "customers on our network in Salford, Stockport and Trafford have had no internet"
    Cue(
        "had without",
        left=rf"(?<!our )(?<!we )\b(?:{_BARE})\b(?:\s+(?:on|in|at|with|from|using|across)\s+"
        r"[\w.,:'-]+(?:\s+[\w.,:'-]+){0,7}?)?\s+(?:(?:have|has|had)\s+)?"
        r"(?:(?:been|gone|were|was)\s+)?",
        span=14,
        starts=_BARE.replace("|", " "),
        right=r"had\s+(?:no|nothing)\b(?!\s+(?:issues?|problems?|trouble|complaints?|changes?|price|"
        r"disruption|impact|effect|interruption|further|other|need|idea|reason)\b)|without\b",
    ),
    Cue(
        "so",
        right=rf"so\s+(?:that\s+)?(?:{CONSEQUENCE})"
        r"|so\s+(?:that\s+)?(?:it|they|this)\s+(?:didn't|did not|never|wasn't|weren't|"
        r"couldn't)\s+[^.;!?\n]{0,40}\byour?\b"
        # "so it wasn't ready on Friday"
        r"|so\s+(?:it|they)\s+(?:wasn't|weren't|was\s+not|were\s+not|didn't|did\s+not|never)\s+"
        r"(?:ready|available|there|arrive|arrived|go\s+through|get\s+there|reach\s+you)\b"
        # "so for a week you were getting a tenth of the speed"
        r"|so\s+(?:for|since|over|during)\s+(?:[\w'-]+\s+){1,4}?"
        rf"(?:{CONSEQUENCE})"
        # "so she waited 35 minutes on her own"
        r"|so\s+(?:that\s+)?(?:he|she)(?:'s|\s+has|\s+had)?\s+(?:waited|missed|lost|had\s+to|"
        r"had\s+no|couldn't|could\s+not|went\s+without|spent|paid|never|didn't\s+(?:get|receive|"
        r"have)|was\s+(?:left|stuck|stranded|without|unable|turned\s+away|refused|denied))\b"
        r"|so\s+(?:that\s+)?(?:it|they|this|the\s+[\w-]+|your\s+[\w-]+)\s+(?:arrived|came|"
        r"got there|turned up|was delivered|were delivered)\s+(?:[\w-]+\s+){0,4}?(?:late|after|"
        r"too late)\b",
    ),
    # "so trains ran every 20 minutes instead of 5": a cue of its own, gated on "instead" (the
    # scan up to "instead of" is the costliest part of "so" and most messages lack the word)
    Cue("so", needs="instead", right=r"so\s+(?:that\s+)?[^.;!?\n,]{0,60}?\binstead of\b"),
    # "the line was so slow that your video interview dropped twice"
    Cue(
        "so",
        right=r"so\s+(?:slow|bad|unstable|patchy|unreliable|poor|weak|noisy|late|long|loud|cold|hot|"
        r"busy|crowded|full|delayed)\s+that\s+(?:you|your)\b",
    ),
    Cue(
        "kept",
        right=r"kept\s+you\s+(?:on\s+hold|waiting|hanging(?:\s+on)?|in\s+the\s+dark)\s+(?:for|over|"
        r"so\s+long|this\s+long|(?:far\s+)?too\s+long|all|since|longer)\b",
    ),
    Cue(
        "because result why",
        right=r"because\s+of\s+(?:our|the|this|that|it)\b[\w\s'-]{0,40}?,\s+(?:you|your)\b"
        rf"|result,?\s+(?:{CONSEQUENCE})"
        r"|why\s+(?:you|your\s+(?:[\w'-]+\s+){0,4}?|(?:he|she)\s+)(?:'ve\s+|have\s+|has\s+)?"
        r"(?:(?:isn't|aren't|wasn't|weren't|didn't|haven't|hasn't|never)\s+(?:been\s+)?"
        r"(?:receiving|getting|get|receive|received|hear|heard|able|arrive|arrived|go\s+through)"
        r"|couldn't|can't|no longer|were left|were unable|got no|had no|had to|lost|missed"
        rf"|{_GOT_BAD}|rejected|failed|bounced|was\s+(?:rejected|declined|returned|refused))\b",
    ),
)
_IMPACT_WORDS = f"you your yourself he she {_GROUP.replace('|', ' ')}"
_MAY_HAVE_RE = re.compile(r"\b(?:may|might)\s+have\b")


def _happened(t: Text, start: int, end: int) -> bool:
    """Not asked, not hypothetical, not a "may have"."""
    if t.question(start) or t.hypothetical(start):
        return False
    if "?" in t.norm and "?" in t.norm[start : t.sentence(start)[1]]:
        return False
    return t.tokens.isdisjoint(("may", "might")) or not _MAY_HAVE_RE.search(t.before(start))


# Disowning a charge names what went wrong (not what it did to the person): "the £412
# transaction that you didn't make".
_DISOWNED = Cues(
    Cue(
        "make made authorise authorize authorised authorized recognise recognize",
        left=r"\b(?:transactions?|payments?|charges?|purchases?|withdrawals?|transfers?|debits?)\b"
        r"[^.;!?\n]{0,60}?\b(?:that\s+|which\s+)?you\s+(?:didn't|did\s+not|never|don't|do\s+not)\s+",
        span=12,
        starts="transaction transactions payment payments charge charges purchase purchases "
        "withdrawal withdrawals transfer transfers debit debits",
        right=r"[a-z]+\b(?!\s+(?:it|the|your|a|an|any)\b)",
    ),
)

# Naming the consequence also names what went wrong.
CUES = Cues(
    Cues(_IMPACT_CUES, proves="impact acknowledgment"),
    Cues(_DISOWNED, proves="acknowledgment"),
    test=_happened,
    needs=_IMPACT_WORDS,
)
