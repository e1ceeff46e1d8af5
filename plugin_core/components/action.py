"""What is done about it: repair (the fix), prevention (the change) and remediation (a remedy).

Refunds: giving back the wrong charge itself ("I've refunded the duplicate charge") is
*repair*; paying back a fee or cost the mistake caused ("refunded the $45 seat fee", "your
travel costs"), "a full refund", credits, vouchers, free time and make-good coins are
*remediation*.
"""

from __future__ import annotations

import re

from .engine import Cue, Cues, Text, alt, endings, wordset
from .fault import ADVERB_MARKER_RE, ADVERB_WORDS, MARKERS

# ---------------------------------------------------------------------------------------------
# Repair: concrete action taken or under way.

# Redoing something is repairing it: "resubmitted", "reprinted", "reloaded", "re-sent".
_REDONE = (
    "reactivated readjusted reallocated reapplied rearranged reassessed reassigned "
    "reauthorised reauthorized rebalanced rebilled rebooked rebooted rebuilt recalculated "
    "recalibrated rechecked reconciled reconfigured reconnected recovered recreated recredited "
    "redelivered redeployed redirected redone redid refiled refitted reformatted refreshed "
    "regenerated reimported reindexed reinstalled reinstated reinvoiced reissued reloaded "
    "relaunched relinked remade reopened reordered repackaged repaired repaid replaced "
    "reposted reprinted reprocessed reprogrammed republished reran rerun rescheduled resent "
    "reshipped restarted restocked restored resubmitted resumed resynced retested "
    "retransmitted retried reuploaded revalidated reverted rewired rewrote rewritten reworked "
    "rerouted reenabled replayed"
)
_REDOING = (
    "reactivating reallocating reapplying reassessing reassigning rebooking rebooting "
    "rebuilding recalculating rechecking reconfiguring reconnecting recovering recreating "
    "redelivering redeploying regenerating reinstalling reinstating reissuing reloading "
    "reopening reprinting reprocessing rerouting rerunning rescheduling resending reshipping "
    "restarting restocking restoring resubmitting resyncing retesting retrying reuploading "
    "reverting rewiring rewriting reworking replacing repairing replaying"
)
# Undoing is repairing it: "unhidden", "unmerged", "unpaused".
_UNDONE = (
    "unhid unhidden unmerged unpaused unblurred unbanned unmuted unarchived undeleted unpinned "
    "unsynced unflagged unbarred uncancelled uncanceled unsuspended unquarantined unrestricted"
)
_REPAIR_STRONG = (
    f"fixed refunded reversed corrected renewed unblocked unlocked unfroze unfrozen credited "
    f"lifted patched reenabled reapplied undone undid rectified remedied mitigated remediated "
    f"{_UNDONE} {_REDONE}"
)
_REPAIR_WEAK = (
    "removed returned added booked cancelled canceled released applied paid processed approved "
    "arranged scheduled dispatched shipped issued waived extended chased stopped paused "
    "disabled upgraded reset contacted called collected delivered given granted activated "
    "submitted requested filed logged lodged raised opened assigned ordered organised "
    "organized notified instructed switched changed updated sorted resolved withdrawn withdrew "
    "reserved hired started finished completed placed printed installed deployed pushed "
    "swapped exchanged transferred allocated prioritised prioritized expedited cleared topped "
    "honoured honored matched unsuspended locked secured frozen merged reduced lowered adjusted "
    "amended voided initiated actioned unlinked delinked unbarred unflagged whitelisted "
    "allowlisted migrated fast-tracked couriered recalled pinged nudged unpublished unsubscribed "
    "unfollowed unassigned unmarked"
)
_REPAIR_ING = (
    f"fixing refunding reversing correcting undoing patching removing packing redeploying "
    f"chasing crediting arranging raising increasing lifting adjusting releasing preparing "
    f"rolling installing swapping exchanging cleaning clearing issuing expediting voiding "
    f"unlocking unblocking unfreezing applying transferring migrating rectifying organising "
    f"organizing booking couriering {_REDOING}"
)
# Progress words that are investigation, not repair ("we're looking into it now").
_NOT_REPAIR_ING = (
    r"looking|investigating|checking|reviewing|monitoring|working|trying|waiting|seeing|"
    r"experiencing|getting|receiving|hoping|aware|assessing|considering|discussing|"
    r"reaching|following|keeping|tracking|handling|dealing|aiming|planning|going|doing|"
    r"asking|speaking|talking|liaising|escalating|collecting|gathering|noticing|closing|"
    r"offering|replying|responding|answering|expecting|requesting"
)
# "I've", "weve", "we have now manually", "I went ahead and": adverbs (-ly) may come between.
_FIRST_PERSON_DONE = (
    r"(?:'ve|\bhave|\bhas|\bi|\bive|\bwe|\bweve)(?:\s+(?:just|now|also|already|since|then|"
    r"today|both|all|[a-z]{2,}ly|(?:gone|went)\s+ahead\s+and))*\s+"
)
_FIRST_PERSON_ENDS = (
    "'ve ", "have ", "has ", "i ", "ive ", "we ", "weve ", "just ", "now ", "also ", "already ",
    "since ", "then ", "today ", "ly ", "both ", "all ", "ahead and ",
)
# A second verb of the same subject: "I've refunded the fee and added a credit".
_AND_ENDS = ("and ", ", ", "also ", "then ", "have ")
_AND_STARTS = "ve have has i we"
_AND_DONE = (
    r"(?:ve|have|has|i|we)\s+(?:[a-z]+ed|sent|put|set|made|kept|got|written|given|done|told|"
    r"taken|brought|built|paid|found|spoken)\b"
    r"[^.;!?\n]{0,80}?(?:,|\band)\s+(?:also\s+|then\s+|have\s+)?"
)
# Our people as the subject: "our repair crew started rejoining the fibre".
_OUR_PEOPLE = (
    "team teams crew crews engineer engineers technician technicians staff driver drivers "
    "courier couriers colleague colleagues department specialist specialists agent agents desk"
)
_OUR_PEOPLE_DONE = (
    rf"\b(?:our|my|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{alt(_OUR_PEOPLE)})\s+"
    r"(?:(?:has|have|just|now|also|already|since|then|today)\s+)*"
)
_OUR_PEOPLE_ENDS = (
    *endings(_OUR_PEOPLE), "has ", "have ", "just ", "now ", "also ", "already ", "since ",
    "then ", "today ",
)
_OUR = ("our ", "my ", "the ")
_OUR_PEOPLE_DID = (
    "cleared released approved processed arranged resolved sorted finished completed "
    "unsuspended reset expedited prioritised prioritized topped honoured honored merged adjusted "
    "amended reduced dispatched issued booked arranged applied waived voided initiated actioned"
)
# "when it's ready", "as soon as it's on the van": not yet so.
_WHEN = r"\b(?:when|whenever|once|if|until|till|as soon as)\b[^.;!?\n]*"
_UNDER_WAY_ENDS = (
    "'re ", "'m ", "im ", "am ", "are ", "is ", "still ", "now ", "currently ", "already ",
    "also ", "actively ", ". ", ", ", "; ", ": ", "! ", "? ", "\n", "(", "— ", "– ", ") ",
    "been ", "process of ", "busy ", "working on ",
)
# "we're now", "we've been", "we're in the process of", "busy": then the -ing verb.
_UNDER_WAY = (
    r"(?:'re|'m|\bim|\bam|\bare|\bis|\bbeen|\bstill|\bnow|\bcurrently|^|[.;:!?\n()—–,])\s*"
    r"(?:(?:now|currently|already|still|also|actively|busy|in\s+the\s+process\s+of|"
    r"working\s+on)\s+)*"
)
_PASSIVE_ENDS = (
    "is ", "are ", "was ", "were ", "been ", "got ", "now ", "just ", "already ", "also ",
    "fully ", "successfully ", "since ", "and ",
)
_PASSIVE_DONE = (
    r"\b(?:is|are|was|were|(?:has|have|had|'s|'ve)(?:\s+(?:now|just|already|also))?\s+been|"
    r"got)\s+(?:(?:now|just|already|also|fully|successfully|since)\s+)*(?:[a-z]+ed\s+and\s+)?"
)
_PRICE = (
    r"price|plan|bill|rate|premium|fee|tariff|subscription|payment|charge|cost|rent|interest|"
    r"debit|instalment|installment"
)
# "... from 52 to 61", "... back to £96", "... to the correct rate"
_FROM_TO = (
    r"[a-z]+\s+(?:from\s+[£$€]?[\w.,%/-]+(?:\s+[\w.,%/-]+)?\s+)?(?:back\s+)?to\s+"
    r"(?:[£$€]?\d|(?:the\s+)?(?:correct|right|original)\b)"
)
_TIME_LATER = (
    r"\d|\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"this (?:morning|afternoon|evening|week)|next (?:week|month|\w+day))\b"
)
# "your card is working again"
_AGAIN = (
    "working running available active live online visible accessible usable enabled open "
    "connected syncing loading reachable bookable searchable operational functional up confirmed "
    "restored reinstated reconnected reactivated unblocked"
)
_NOT_ARRIVED_WELL = (
    r"damaged|broken|late|empty|open|opened|wet|cold|incomplete|without|missing|faulty|"
    r"scratched|crushed|dented|smashed|leaking|wrong|short|twice|again|at the wrong"
)
# Verbs that need their object to be a fix: "found your bag", "put you on the next train".
# What is repaired, and its being done: "a fix was deployed", "refund processed".
_FIX_NOUNS = (
    "rebooking rebookings refund refunds correction corrections replacement replacements fix "
    "fixes patch patches hotfix hotfixes workaround reversal reversals reconnection"
)
_FIX_DONE = (
    r"issued|processed|sent|applied|released|shipped|dispatched|deployed|implemented|installed|"
    r"fitted|initiated|actioned|expedited|pushed|rolled\s+out|credited|reversed|completed"
)
# "... was processed twice", "... sent to the wrong address": the mistake, not the fix
_NOT_MISDIRECTED = r"(?!\s+(?:twice|again|by|in\s+error|to\s+the\s+wrong)\b)"
_DID = (
    "found reported asked put moved sent had set spoken talked picked given started emailed "
    "texted messaged passed escalated referred handed forwarded posted mailed flagged popped "
    "pulled"
)
_DID_WHAT = (
    r"found\s+(?:your|the)\b|reported\s+(?:it|this|that|the\s+\w+)\s+to\b|"
    r"asked\s+(?!you\b|if\b|whether\b|for\b)|asked\s+for\s+(?:[\w£$€.,-]+\s+){1,4}?to\s+be\b|"
    r"put\s+(?:you|it|them|your\s+\w+)\s+(?:back|through|on\s+(?:the|an?)\s+(?!hold\b))|"
    r"moved\s+(?:you|it|them|everyone|everybody|(?:all|both|each)(?:\s+\d+)?\s+of\s+(?:you|them|"
    r"your\s+[\w-]+)|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to|onto|into|over to|back)\b|"
    r"(?:sent|posted|mailed)\s+(?:you\s+)?(?:out\s+|off\s+)?(?:an?\s+|the\s+|your\s+)?"
    r"(?:new|replacement|corrected|correct|right|fresh|updated|revised)\b|"
    r"sent\s+(?:it|them)\s+(?:again|back)\b|"
    r"(?:sent|posted|mailed)\s+(?:[\w-]+\s+){0,4}?(?:an?\s+)?(?:correction|replacement|"
    r"generator|engineer|technician|courier|driver)\b|"
    # "I've put through a refund", "put in a claim", "put a rush on your order"
    r"put\s+(?:through|in)\s+(?:an?|the|your)\s+(?:[\w£$€.,-]+\s+){0,2}?(?:refund|claim|"
    r"request|order|replacement|correction|cancellation|reversal|payment|credit)\b|"
    r"put\s+(?:an?\s+)?(?:rush|priority|urgent\s+flag|stop)\s+on\b|"
    r"popped\s+(?:(?:an?|the|your|it|them|another)\s+)?(?:[\w-]+\s+){0,2}?(?:in\s+the\s+"
    r"(?:post|mail)|on\s+(?:to\s+)?(?:your|the)\s+(?:account|order|booking))\b|"
    r"sent\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:to|over|through|electronically|by\s+"
    r"(?:(?:same-day|next-day|express|special|recorded|first-class|bank|faster|instant)\s+)?"
    r"(?:post|courier|email|recorded|delivery|transfer|payment))\b|"
    # "I've passed this to our rewards team" (not feedback passed on)
    r"(?:passed|escalated|referred|handed|forwarded|flagged)\s+(?:(?:it|this|that|them|(?:the|your)\s+"
    r"(?!(?:[\w-]+\s+)?(?:feedback|comments?|suggestions?|thoughts|views|compliments?|"
    r"concerns?)\b)[\w£$€.,'-]+(?:\s+[\w£$€.,'-]+){0,6}?)\s+)?(?:on\s+|over\s+|up\s+)?(?:to|with)"
    r"\s+(?:our|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:team|department|manager|supervisor|"
    r"specialists?|engineers?|technicians?|desk|unit|colleagues?|lead|officer)\b|"
    r"had\s+a\s+(?:quick\s+)?(?:word|chat)\s+with\b|"
    r"pulled\s+(?:[\w'-]+\s+){1,4}?(?:from|off)\s+(?:sale|shelves|the\s+shelves|(?:the|our)\s+"
    r"(?:store|site|app|website|shop|menu|catalogue|catalog|listings?))\b|"
    r"had\s+(?:the|our|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:delete|remove|return|destroy|fix|"
    r"correct|refund|replace|resend|confirm)\b|set up\b|(?:spoken|talked)\s+(?:to|with)\b|"
    r"picked\s+(?:it|them|your\s+[\w-]+)\s+up\b|picked up\s+(?:your|the)\b|"
    r"given\s+you\s+(?:an?|the|your)\b|"
    r"(?:emailed|texted|messaged)\s+(?:you\s+)?(?:an?|the|your)\s+(?:[\w-]+\s+){0,2}?(?:label|"
    r"replacement|voucher|code|tickets?|invoice|documents?|copy|link|confirmation|receipt|"
    r"statement|password|key|form)\b|"
    r"started\s+(?!(?:investigating|looking|checking|reviewing|an? (?:investigation|review|"
    r"inquiry|enquiry))\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:failover|fix|repairs?|work|"
    r"works|rollback|refund|recovery|restore|replacement|rebuild|[a-z]+ing)\b"
)
# "he", "she", "they" stand for our people when one was named before: "Our engineer came at
# 9. She swapped the router", "the crew ... they've rejoined the cable".
_STAFF_BEFORE_RE = re.compile(
    r"\b(?:our|the|your|an?)\s+(?:[\w-]+\s+){0,2}?(?:engineer|technician|driver|rider|crew|team|"
    r"courier|fitter|plumber|electrician|agent|colleague|manager|specialist|staff|nurse|"
    r"installer|inspector|surveyor|restaurant|store|kitchen)s?\b"
)


def _by_our_people(t: Text, start: int, end: int) -> bool:
    """A repair done by "he/she/they" after one of our people was named."""
    return (
        _STAFF_BEFORE_RE.search(t.low, max(0, start - 300), start) is not None
        and _repaired(t, start, end)
    )


_PRONOUN_DONE = (
    r"\b(?:he|she|they)(?:'s|'ve|'re|\s+(?:has|have|is|are))?(?:\s+(?:just|now|also|already|"
    r"since|then|today|finally|quickly|[a-z]{2,}ly))*\s+"
)
# Investigation or chasing under way, said by us: "we're looking into it", "our team is
# checking your meter", "still working on it", "[Investigating]".
_OUR_WORK = (
    r"(?:\b(?:we|i|team|teams|staff|engineers?|technicians?|crews?|specialists?|agents?|"
    r"colleagues?|department|developers?|devs|people|experts?)(?:'re|'m|\s+(?:are|am|is)|"
    r"(?:'ve|\s+have|\s+has)\s+been)|\bim|^|[.;:!?\n•\[\]—–]\s*)\s*"
    r"(?:(?:still|now|currently|actively|already|also|busy|urgently|all)\s+)*"
)
_STAFF_WORDS = (
    "engineer engineers technician technicians team crew crews driver drivers rider riders "
    "courier fitter fitters staff agent agents restaurant store kitchen"
)
_REPAIR_CUES = Cues(
    # ---- done ------------------------------------------------------------------------------
    Cue(
        _REPAIR_STRONG,
        unless=r"\b(?:get|gets|getting|got|have|has|had)\s+(?:it|this|that|them|these|those|"
        r"everything|things|(?:the|your)\s+[\w-]+)\s+|\b(?:to|will|'ll|can|could|would|may|"
        r"might|should|must)\s+(?:be|get)\s+|\bbe\s+|"
        # the cause, not our fix: "the aircraft needed a part replaced"
        r"\b(?:need|needs|needed|needing|require|requires|required|requiring)\s+(?:[\w-]+\s+){0,2}",
    ),
    Cue("located", right=r"located\s+(?:your|the|it|them)\b"),
    # any act done again: "re-dispatched", "re-linked", "re-run"
    Cue(
        "ran run sent booked issued activated enabled opened applied processed delivered "
        "shipped scheduled routed submitted printed loaded installed started set linked granted "
        f"synced uploaded generated assigned verified connected credited paid {_REPAIR_WEAK}",
        ends=("re-",),
        left=r"\bre-",  # not "pre-paid"
        right=r"[a-z]+\b(?!\s+(?:twice|in\s+error|to\s+the\s+wrong)\b)",
    ),
    # "I've marked the invoice as paid"
    Cue(
        "marked",
        ends=_FIRST_PERSON_ENDS,
        left=_FIRST_PERSON_DONE,
        right=r"marked\s+(?:[\w-]+\s+){0,3}?as\s+(?:paid|settled|received|resolved|"
        r"complete|completed|cancelled|canceled|refunded|returned|valid|genuine|safe|verified|"
        r"not\s+spam)\b",
    ),
    # "the app has been updated to fix the login loop", "this release fixes it"
    Cue(
        "to_fix to_resolve to_correct to_stop",
        left=r"\b(?:updated|changed|patched|adjusted|modified|reconfigured|tweaked|amended|released|"
        r"rolled\s+out|deployed|pushed|rebuilt|rewritten|replaced)\s+(?:[\w'-]+\s+){0,5}?",
        span=9,
    ),
    Cue(
        "fixes resolves corrects",
        left=r"\b(?:update|version|release|patch|build|fix|hotfix|change)\s+(?:[\w.-]+\s+)?"
        r"(?:now\s+|also\s+)?",
    ),
    # "rolled back", "we've rolled your character back"
    Cue(
        "rolled",
        right=r"rolled\s+(?:(?:it|them|this|that|everything|(?:the|your|our)\s+(?:[\w'-]+\s+){0,2}?"
        r"[\w'-]+)\s+)?back\b",
    ),
    Cue(_REPAIR_WEAK, ends=_FIRST_PERSON_ENDS, left=_FIRST_PERSON_DONE),
    Cue(_REPAIR_WEAK, ends=_AND_ENDS, left=_AND_DONE, starts=_AND_STARTS, span=16),
    Cue(_DID, ends=_FIRST_PERSON_ENDS, left=_FIRST_PERSON_DONE, right=_DID_WHAT),
    Cue(_DID, ends=_AND_ENDS, left=_AND_DONE, starts=_AND_STARTS, span=16, right=_DID_WHAT),
    Cue(_OUR_PEOPLE_DID, ends=_OUR_PEOPLE_ENDS, hint=_OUR, left=_OUR_PEOPLE_DONE, span=8),
    Cue(
        _DID,
        ends=_OUR_PEOPLE_ENDS,
        hint=_OUR,
        left=_OUR_PEOPLE_DONE,
        span=8,
        right=_DID_WHAT,
    ),
    # "we've had the fee reversed", "I got your line reconnected"
    Cue(
        f"{_REPAIR_STRONG} booked arranged sorted processed cancelled removed cleared reset "
        "issued approved sent",
        needs="had got gotten",
        hint=("had ", "got ", "gotten "),
        left=r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:(?:now|just|already|also|finally|since)\s+)*"
        r"(?:had|got|gotten)\s+(?!the\s+wrong\b)(?:[\w£$€.,'-]+\s+){1,4}?",
        span=9,
    ),
    # "we were able to recover your photos", "I've managed to get you on the 6pm flight"
    Cue(
        "able_to managed_to agreed_to",
        left=r"\b(?:have|has|'ve|was|were|i|we|is|are|'re|team|store|staff|restaurant|kitchen|"
        r"seller|partner|warehouse|courier)\s+"
        r"(?:(?:now|finally|just|already|since|also|kindly|happily)\s+)*(?:been\s+)?",
        right=r"(?:able|managed|agreed)\s+to\s+(?:[a-z]+ly\s+)?(?:restore|recover|fix|refund|"
        r"reverse|reinstate|unlock|reissue|rebook|replace|retrieve|reconnect|reactivate|remove|"
        r"cancel|correct|amend|release|clear|waive|find|locate|track\s+down|sort|resolve|repair|"
        r"resend|reship|reimburse|cover|credit|honou?r|redo|remake|redeliver|swap|exchange|collect|"
        r"send\s+(?:you\s+)?(?:a\s+new|another|a\s+replacement)|get\s+(?:you|your|it|them|this|that|"
        r"everything)|move\s+you|book\s+you)\b",
    ),
    # "we've taken the necessary steps to correct your account"
    Cue(
        "steps_to action_to",
        left=r"\b(?:taken|took|taking)\s+(?:(?:the|all|some|immediate|urgent|necessary|appropriate|"
        r"corrective)\s+)*",
        right=r"(?:steps|action)\s+to\s+(?:correct|fix|restore|reverse|remove|resolve|repair|"
        r"recover|reinstate|unblock|unlock|rectify|refund|amend|update)\b",
    ),
    Cue(
        "did done",
        right=r"(?:did|done)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:rollback|roll-back|fix|reset|refund|"
        r"repair|restart|reboot|restore|patch|replacement|re-?[a-z]+)\b",
    ),
    # "She swapped the router", "they've rejoined 2 of the 4 sections"
    Cue(
        f"{_REPAIR_STRONG} {_REPAIR_WEAK} rejoined treated",
        needs="he she they",
        left=_PRONOUN_DONE,
        test=_by_our_people,
    ),
    Cue(
        "way",
        needs="he she they",
        left=r"\b(?:he|she|they)(?:'s|'re|\s+(?:is|are))\s+(?:now\s+|already\s+)?on\s+"
        r"(?:his|her|their)\s+",
        test=_by_our_people,
    ),
    # "we've treated the affected area", "I've freed up space", "I've rejoined the cable"
    Cue(
        "treated freed rejoined respliced",
        ends=_FIRST_PERSON_ENDS,
        left=_FIRST_PERSON_DONE,
        right=r"treated\s+(?:the|your|it|them|this|that)\s+(?:[\w-]+\s+){0,2}?(?:for|with|area|"
        r"areas|room|rooms|property|garden|lawn|wall|walls|damp|mould|mold|infestation|leak|pipes?|"
        r"floor|roof|site|water|wood)\b|freed\s+up\b|rejoined\b|respliced\b",
    ),
    Cue(
        f"{_OUR_PEOPLE_DID} treated swapped replaced repaired fixed reconnected rejoined remade "
        "collected delivered redelivered resent refunded restored topped unblocked patched",
        ends=_OUR_PEOPLE_ENDS,
        hint=_OUR,
        left=rf"\b(?:our|my|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{alt(_STAFF_WORDS)})\s+"
        r"(?:(?:has|have|just|now|also|already|since|then|today)\s+)*",
        span=8,
    ),
    # "The photos were removed from the group by me at 8:10", "refunded by our team"
    Cue(
        "by_me by_us by_our",
        left=rf"\b(?:was|were|been|is|are|got)\s+(?:(?:now|just|already|also|fully)\s+)*"
        rf"(?:{alt(_REPAIR_STRONG)}|{alt(_REPAIR_WEAK)})\b(?:\s+[\w£$€.,:'-]+){{0,8}}?\s+",
        span=12,
        right=r"by\s+(?:me|us|our\s+(?:[\w-]+\s+)?(?:team|staff|engineers?|technicians?|crew|"
        r"agents?|colleagues?|department|specialists?|drivers?|riders?))\b",
    ),
    # "we're covering the cost of the repair"
    Cue(
        "cover covering covered",
        left=r"\b(?:we|i)(?:'re|'ll|'ve|\s+(?:are|will|have))\s+(?:(?:now|also|fully|happily)\s+)*",
        right=r"cover(?:ing|ed)?\s+(?:the|your|all|any)\s+(?:[\w-]+\s+){0,2}?(?:cost|costs|bill|"
        r"fee|fees|charge|charges|expense|expenses)\b",
    ),
    # "An engineer will check the line tomorrow between 8 and 12", "I'll chase them again at 9"
    Cue(
        "check chase inspect test swap remake redeliver recollect rejoin",
        needs="will ll",
        ends=("will ", "'ll ", "now ", "also ", "personally "),
        left=r"\b(?:will|'ll)\s+(?:(?:now|also|personally)\s+)?",
        right=r"(?:check|inspect|test)\s+(?:the|your)\s+(?!(?:status|progress|inbox|email)\b)|"
        r"chase\s+(?!you\b)[a-z]+|(?:swap|remake|redeliver|recollect|rejoin)\b",
        later=_TIME_LATER,
    ),
    # ---- under way -------------------------------------------------------------------------
    Cue(
        "investigating looking checking working chasing reviewing",
        left=_OUR_WORK,
        span=7,
        right=r"investigating\b|looking\s+(?:into|at\s+(?:it|this|that|them|your|the)\b)|"
        r"checking\s+(?:it|this|that|them|your|the|with|on|into)\b|checking(?=\s*(?:now\b|[.!,;\n]|\Z))|"
        r"working\s+(?:(?:hard|urgently|flat\s+out|(?:a)?round\s+the\s+clock)\s+)?on\s+(?:it|this|"
        r"that|them|your|the|an?|fixing|restoring|getting|resolving|repairing|sorting)\b|"
        r"chasing\s+(?!you\b)[a-z]+|reviewing\s+(?:it|this|that|your|the)\b",
    ),
    # ---- under way -------------------------------------------------------------------------
    Cue(_REPAIR_ING, ends=_UNDER_WAY_ENDS, left=_UNDER_WAY, span=7),
    Cue(
        "running sending issuing processing checking calculating building routing deploying "
        "dispatching shipping posting delivering crediting booking enabling activating applying "
        "submitting printing installing ordering opening scheduling starting",
        ends=("re-",),
        left=r"\bre-",  # not "pre-paid"
    ),
    Cue(
        "rolling shipping sending processing tracking deploying working testing adding "
        "contacting checking reviewing bringing dispatching delivering failing switching",
        ends=_UNDER_WAY_ENDS,
        left=_UNDER_WAY,
        right=r"rolling back\b|shipping\s+(?:it|them|your|a|the)\b|"
        r"(?:sending|bringing|dispatching|delivering)\s+(?:you\s+)?+(?:(?:an?|the|your|this|"
        r"these|our)\s+)?+"
        r"(?!(?:email|e-mail|message|link|form|survey|details|update|information|info|reminder|"
        r"notification|text|note|letter)s?\b)[\w-]+|"
        r"processing\s+(?:it|them|yours|your|the|this|that|now|these)\b|tracking\s+(?:it|them|"
        r"your|the)\b|deploying\s+(?:an?|the)\s+fix\b|working\s+on\s+(?:an?|the)\s+(?:fix|repair|"
        r"replacement|refund|patch)\b|testing\s+(?:an?|the)\s+fix\b|adding\s+support\b|"
        r"contacting\s+(?:the|your|every|each|all|affected)\b|checking\s+every\b|reviewing\s+every\b|"
        r"(?:failing|switching)\s+over\s+to\b|"
        # "engineers are working to restore supplies" (not "to understand what happened")
        r"working\s+(?:[\w-]+\s+){0,3}?to\s+(?:restore|fix|repair|replace|reconnect|unlock|"
        r"recover|reinstate|rebuild|reroute|rebook|reprint|reissue|resend|reship|refund|locate|"
        r"retrieve|track\s+down|get\s+"
        r"(?:you|your|it|them|the\s+[\w-]+)\s+(?:back|reconnected|running|working|online))\b",
    ),
    Cue(
        "now",
        left=r"\b(?:'re|are|is|'s|'m|am)\s+(?:currently\s+|already\s+|actively\s+)?"
        rf"(?!(?:{_NOT_REPAIR_ING})\b)[a-z]{{3,}}ing\s+(?:(?:it|them|this|that|the\s+[\w-]+|"
        r"your\s+[\w-]+)\s+)?(?:(?:out|over|up|back|through|across|in|down)\s+)?(?:right\s+)?",
        span=7,
    ),
    Cue(
        "paid approved delivered sent processed issued booked dispatched shipped credited "
        "arranged completed sorted resolved reset lifted fixed refunded reversed corrected "
        "unblocked made assigned allocated reconnected reactivated rebooked restored replaced "
        "recovered reinstated reassessed reissued resubmitted reprocessed voided expedited "
        "initiated actioned rectified remedied mitigated fast-tracked",
        ends=_PASSIVE_ENDS,
        left=_PASSIVE_DONE,
        right=r"(?!made)[a-z]+|made for you\b",
    ),
    # "your new SIM was posted", "the replacement has been couriered"
    Cue(
        "posted couriered mailed",
        ends=_PASSIVE_ENDS,
        left=rf"\b(?:new|replacement|corrected|reissued|fresh|spare)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{_PASSIVE_DONE}",
        span=9,
    ),
    # "your address has been updated" (not "your price has been updated")
    Cue(
        "updated amended corrected",
        ends=("been ", "now ", "just "),
        left=r"\byour\s+(?:[\w-]+\s+){1,3}?(?:(?:has|have)\s+(?:now\s+|just\s+|also\s+)?been\s+"
        r"(?:now\s+|just\s+)?|(?:is|are)\s+now\s+)",
        unless=rf"\b(?:{_PRICE})s?\b[^.;!?\n]*",
        span=8,
    ),
    # "the duplicate order has been cancelled": undoing what went wrong
    Cue(
        "cancelled canceled removed deleted voided stopped withdrawn",
        ends=_PASSIVE_ENDS,
        left=r"\b(?:duplicate|double|extra|wrong|incorrect|erroneous|unwanted|mistaken|accidental|"
        rf"unauthori[sz]ed)\s+(?:[\w-]+\s+){{0,2}}?{_PASSIVE_DONE}",
        span=9,
    ),
    # "your case has been escalated to our senior team" (not feedback passed on)
    Cue(
        "escalated passed referred handed forwarded flagged",
        ends=_PASSIVE_ENDS,
        left=_PASSIVE_DONE,
        unless=r"\b(?:feedback|comments?|suggestions?|thoughts|views|compliments?|concerns?)\s+"
        r"(?:[\w-]+\s+){0,3}",
        span=8,
        right=r"[a-z]+\s+(?:on\s+|over\s+|up\s+)?(?:to|with)\s+(?:our|the|an?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:team|department|manager|supervisor|specialists?|engineers?|technicians?|desk|unit|"
        r"colleagues?|lead|officer)\b",
    ),
    # "yours has been found" (not "found to be", "found in a breach")
    Cue(
        "found located traced",
        ends=_PASSIVE_ENDS,
        left=r"\b(?:yours|it|they|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:has|have|was|were|is|are)\s+"
        r"(?:(?:now|just|finally|already|since)\s+)*(?:been\s+)?(?:(?:now|just|finally)\s+)?",
        span=7,
        right=r"[a-z]+\b(?!\s+(?:to\s+be|that|guilty|liable|in\s+(?:an?|the)\s+(?:breach|leak|"
        r"hack)))",
    ),
    # "your mark has been corrected from 52 to 61", "your bill was reduced to £96"
    # (a price "raised from £8 to £11" or a limit "reduced to £500" is no fix)
    Cue(
        "corrected adjusted amended restored",
        ends=_PASSIVE_ENDS,
        left=_PASSIVE_DONE,
        span=8,
        right=_FROM_TO,
    ),
    Cue(
        "reduced lowered",
        ends=_PASSIVE_ENDS,
        left=rf"\b(?:{_PRICE})s?\b[^.;!?\n]{{0,30}}?{_PASSIVE_DONE}",
        span=12,
        right=_FROM_TO,
    ),
    Cue(
        "raised increased",
        ends=_PASSIVE_ENDS,
        left=_PASSIVE_DONE,
        unless=rf"\b(?:{_PRICE})s?\b[^.;!?\n]*",
        span=8,
        right=_FROM_TO,
    ),
    # "the difference has been added to your account" (not "a fee was added to your bill")
    Cue(
        "added transferred returned deposited paid moved",
        ends=_PASSIVE_ENDS,
        left=_PASSIVE_DONE,
        unless=r"\b(?:fee|fees|charge|charges|penalty|penalties|fine|fines|surcharge|surcharges|"
        r"debit|debits|cost|costs)\b[^.;!?\n]*",
        span=8,
        right=r"[a-z]+\s+(?:back\s+)?(?:to|into|onto)\s+your\s+(?:[\w-]+\s+){0,2}?(?:account|"
        r"balance|card|wallet|bill|statement|fund|pension|pot|savings)\b",
    ),
    # "your £75 late-return fee has been removed", "the hold was lifted"
    Cue(
        "removed waived wiped cancelled canceled dropped",
        ends=_PASSIVE_ENDS,
        left=r"\b(?:fee|fees|charge|charges|penalty|penalties|fine|fines|surcharge|flag|flags|"
        r"block|blocks|hold|holds|restriction|restrictions|ban|suspension|strike|marker|debt|"
        r"arrears|bill)\s+(?:(?:has|have)\s+(?:now\s+|just\s+|already\s+|also\s+)?been|was|"
        r"were|is|are)\s+(?:(?:now|just|already|also|fully)\s+)*",
    ),
    Cue(
        "being",
        left=r"\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?",
        right=r"being\s+(?!(?:looked|investigated|reviewed|considered|checked|assessed|"
        r"monitored|discussed|handled|escalated|processed|dealt|followed|passed|held|kept|"
        r"treated|used)\b)[a-z]+(?:ed|en|t)\b",
    ),
    # ---- back to normal -------------------------------------------------------------------
    Cue(
        "back working online running live up",
        ends=("is ", "are ", "'s ", "'re ", "now ", "all ", "fully "),
        left=r"\b(?:is|are|'s|'re)\s+(?:now\s+|all\s+|fully\s+)?",
        right=r"back\s+(?:on|up|online|to (?:normal|full)|working|in (?:service|stock|your)|"
        r"with\s+(?:you|your|our|the))\b|"
        r"working\s+(?:again|normally|properly)\b|online again\b|up and running\b|live again\b|"
        r"running again\b",
    ),
    Cue(
        "again",
        ends=endings(_AGAIN),
        left=rf"\b(?:is|are|'s|'re)\s+(?:now\s+|all\s+|fully\s+)?(?:{alt(_AGAIN)})\s+",
    ),
    Cue(
        "wallet account inbox balance bank mailbox card",
        needs="now back already",
        hint=("in your", "on your", "into your"),
        left=r"\b(?:is|are|'s|'re)\s+(?:(?:now|back|already)\s+)+(?:in|on|into)\s+your\s+"
        r"(?:[\w-]+\s+)?",
        span=7,
    ),
    Cue(
        "through",
        left=r"\b(?:went|gone|came|come)\s+",
        right=r"through\s+(?:this|today|yesterday|at|on|last|earlier)\b",
    ),
    Cue(
        "arrived",
        right=r"arrived\s+(?:with you|in your|at your|this|today|yesterday|on|safely)\b",
    ),
    Cue(
        "arrived landed cleared reached",
        left=r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+|already\s+)?",
        right=rf"[a-z]+\b(?!\s+(?:{_NOT_ARRIVED_WELL})\b)",
    ),
    Cue(
        "landed cleared",
        left=r"\b(?:refund|money|payment|credit|funds|transfer|deposit)\s+(?:of\s+(?:[^.;!?\n]|\.\d){1,40}?"
        r"\s+)?",
        span=10,
    ),
    Cue(
        "arrives lands ships",
        unless=r"\b(?:you|if|once|when|until)\s+(?:\w+\s+)?",
        right=r"[a-z]+\s+(?:on|at|by|this|tonight|today|tomorrow|first thing)\b",
        later=_TIME_LATER,
    ),
    Cue(
        "goes",
        unless=r"\b(?:you|if|once|when|until)\s+(?:\w+\s+)?",
        right=r"goes\s+out\s+(?:on|at|by|in|this|tonight|today|tomorrow|first thing)\b",
        later=_TIME_LATER,
    ),
    # "the payment left us at 10:02", "your parcel left our depot this morning"
    Cue(
        "left",
        left=r"\b(?:payments?|money|funds|transfers?|refunds?|payouts?|parcels?|orders?|packages?|"
        r"replacements?|items?|it|they)\s+(?:(?:has|have|just|now|already|finally)\s+)*",
        right=r"left\s+(?:us|our\s+(?:[\w-]+\s+)?(?:account|bank|warehouse|depot|side|systems?|"
        r"hands|hub|store))\s+(?:at|on|this|today|yesterday|earlier|last|just)\b",
    ),
    # "the refund ... has already gone through" (not "gone through twice")
    Cue(
        "through",
        left=r"\b(?:has|have|'s)\s+(?:(?:now|already|just|finally)\s+)?(?:gone|come)\s+",
        right=r"through\b(?!\s+(?:twice|again|by mistake|in error|without)\b)",
    ),
    # "your GP now has the results", "the school now has your corrected letter"
    Cue(
        "now",
        left=r"[a-z][\w'-]*\s+",
        right=r"now\s+(?:has|have)\s+(?:the|your|a|an)\s+(?:(?:correct|right|corrected|updated|"
        r"signed|new|full|missing)\s+)?(?:results?|documents?|paperwork|letter|form|payment|money|"
        r"funds|refund|parcel|package|details|figures|records?|file|keys?|report|certificate|"
        r"prescription|referral)\b",
    ),
    # "your replacement router is with the courier", "she is now with our ground team"
    Cue(
        "with",
        # the people ``right`` ends with: "with" is too common to look for without one of them
        needs="team teams courier couriers driver drivers carrier carriers engineer engineers "
        "technician technicians reviewer reviewers specialist specialists department departments "
        "manager managers supervisor supervisors member members colleague colleagues officer "
        "officers adviser advisers advisor advisors",
        ends=("is ", "are ", "'s ", "'re ", "now ", "already ", "currently ", "safely ",
              "process ", "review "),
        left=r"\b(?:is|are|'s|'re)\s+(?:(?:now|already|currently|safely)\s+)*"
        r"(?:under\s+(?:process|review)\s+)?",
        unless=rf"{_WHEN}|\b(?:problem|issue|fault|error|trouble|delay|mistake|bug|blame|"
        r"responsibility|question|decision|choice|hold-up|holdup)s?\s+(?:[\w-]+\s+){0,3}",
        right=r"with\s+(?:our|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:team|courier|driver|carrier|"
        r"engineer|technician|reviewer|specialist|department|manager|supervisor|staff member|"
        r"colleague|case officer|officer|adviser|advisor)s?\b",
    ),
    # "it's now on the right van", "they're on today's 2pm run"
    Cue(
        "on",
        # the vehicles and runs ``right`` ends with: "on" alone is in most messages
        needs="van vans run flight train delivery truck lorry round route bus ferry boat shipment "
        "collection sailing",
        ends=("is ", "are ", "'s ", "'re ", "now ", "already ", "safely "),
        left=r"\b(?:is|are|'s|'re)\s+(?:(?:now|already|safely)\s+)*",
        unless=_WHEN,
        right=r"on\s+(?:the\s+)?(?:right|correct|first|next|earliest|new|today's|tonight's|"
        r"tomorrow's|[a-z]+day's|this\s+(?:morning|afternoon|evening)'s)\s+(?:[\w:.-]+\s+){0,2}?"
        r"(?:van|vans|run|flight|train|delivery|truck|lorry|round|route|bus|ferry|boat|shipment|"
        r"collection|sailing)\b",
    ),
    # "it's ready now at our Mill Lane branch", "now in stock and ready for collection"
    Cue(
        "ready",
        ends=("is ", "are ", "'s ", "'re ", "now ", "already ", "all ", "and "),
        left=r"\b(?:is|are|'s|'re)\s+(?:(?:now|already|all)\s+)*(?:(?:back\s+)?(?:in stock|"
        r"packed|repaired|fixed|here|back)\s+and\s+)?",
        span=7,
        unless=_WHEN,
        right=r"ready(?=\s+now\b)|ready\s+(?:for\s+(?:collection|pick-?up|delivery|dispatch|download|use|you\s+"
        r"to\s+(?:collect|pick|use|download))\b|to\s+(?:collect|pick up|download|use|go|ship)\b)",
    ),
    Cue(
        "correct corrected new right updated replacement working",
        ends=("your ", "the "),
        left=r"\bhere(?:'s| is| are)\s+(?:your|the)\s+",
    ),
    Cue(
        "way post delivery",
        ends=("its ", "the ", "their ", "for ", "express ", "next-day ", "same-day "),
        unless=r"\b(?:you|if|once|when|until)\b[^.;!?\n]*",
        left=r"\b(?:is|are|'s|'re)\s+(?:(?:now|already|back)\s+)*(?:on\s+(?:its|the|their)|in\s+the|"
        r"out\s+for(?:\s+(?:express|next-day|same-day))?)\s+",
    ),
    Cue(
        "away",
        left=r"\b(?:is|are|'s|'re)\s+(?:now\s+|only\s+|just\s+|about\s+|around\s+)?(?:\d+|a few|"
        r"five|ten|fifteen|twenty|thirty)\s+(?:min(?:ute)?s?|hours?|miles?|km|stops?)\s+",
        span=7,
    ),
    Cue(
        "engineer engineers technician technicians team crew crews someone courier driver drivers "
        "rider riders fitter fitters plumber electrician",
        needs="site way route at heading headed",
        right=r"[a-z]+\s+(?:is|are|'s|'re|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?"
        r"(?:on site|on (?:the|their|"
        r"its|his|her) way|en route|at your|at the|head(?:ing|ed)\s+(?:to|over|your\s+way)|"
        r"head(?:ing|ed)\s+(?:back\s+)?(?:out|round))\b",
    ),
    Cue(
        "fix fixes rollback rollbacks patch patches repair repairs replacement replacements "
        "refund refunds recovery restore correction corrections reprint reprints reissue "
        "reissues redelivery redeliveries reshipment reshipments rebuild rebuilds reinstall "
        "reinstalls reconnection reconnections restoration works work mitigation mitigations "
        "remediation cleanup clean-up",
        needs="progress way underway testing being ready live rolling going deploying post "
        "ongoing done complete completed finished",
        right=r"[a-z-]+\s+(?:is|are)\s+(?:now\s+|currently\s+|already\s+|still\s+)?(?:in progress|"
        r"under ?way|ongoing|(?:\d+\s?%|nearly|almost|half|mostly|partly)\s+(?:done|complete|"
        r"completed|finished)|in testing|being (?:tested|deployed|rolled out|processed|prepared|"
        r"shipped|sent|applied|arranged|made|built|fitted)|on (?:its|the|their) way|ready|live|"
        r"rolling out|going out|deploying|in the post)\b",
    ),
    Cue(
        "fix patch",
        left=r"\b(?:a|the|our)\s+",
        right=r"[a-z]+\s+(?:in testing|in progress|ready|(?:is|was|has\s+been)\s+(?:written|built|"
        r"ready))\b",
    ),
    Cue(
        f"{_FIX_NOUNS} booking bookings payment payments transfer transfers reservation "
        "reservations credit credits adjustment adjustments claim claims request requests",
        right=r"[a-z]+\s+(?:has|have|was|were|is)\s+(?:now\s+|just\s+|already\s+)?(?:been\s+)?"
        rf"(?:{_FIX_DONE}|made|arranged|approved|completed|booked|confirmed|raised|submitted|"
        rf"started|agreed|authori[sz]ed)\b{_NOT_MISDIRECTED}",
    ),
    # status notes: "Refund processed.", "Fix deployed at 14:20, monitoring."
    Cue(
        _FIX_NOUNS,
        left=r"(?:^|[.;:!?\n•*]\s*|\s[-–—]\s+)(?:(?:your|the|a|an|new|full)\s+)?",
        right=rf"[a-z]+\s+(?:now\s+)?(?:{_FIX_DONE})\b{_NOT_MISDIRECTED}",
    ),
    # "we're continuing to work on a fix", "engineers are deploying a patch"
    Cue(
        "fix fixes patch patches hotfix hotfixes workaround workarounds",
        needs="implementing deploying applying testing rolling pushing releasing building "
        "preparing developing writing working work implemented deployed applied pushed released "
        "built developed written found identified tested",
        left=r"\b(?:implementing|deploying|applying|testing|rolling\s+out|pushing|releasing|"
        r"building|preparing|developing|writing|(?:(?:'re|are|'m|am|is|still|currently|actively)"
        r"\s+)+working\s+on|continu(?:e|es|ing)\s+to\s+work\s+on|implemented|deployed|applied|"
        r"pushed|released|built|developed|written|found|identified|tested)\s+(?:out\s+)?(?:an?|the|"
        r"our)\s+"
        r"(?:[\w-]+\s+){0,2}?",
        span=9,
    ),
    Cue(
        "confirmed approved released processed",
        right=r"[a-z]+\s+(?:the|your)\s+(?:[\w£$€.,-]+\s+){0,2}?(?:refund|replacement|credit|"
        r"rebooking|payment)\b",
    ),
    Cue(
        "new",
        left=("your ",),
        right=r"new\s+(?:[\w-]+\s+){1,2}?(?:is|will be)\s+(?:on\s+|at\s+|for\s+)?(?:\d|today|"
        r"tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|confirmed|booked|"
        r"active|ready|on its way|in the post)",
    ),
    # ---- promised with a time ---------------------------------------------------------------
    Cue(
        "paid included refunded credited delivered fixed restored processed reissued shipped "
        "resolved corrected reversed replaced rebooked released refund credit replace resend "
        "rebook restore fix reverse correct reship deliver collect reconnect repair install "
        "reinstate unblock finish complete visit arrive land clear record recorded remove removed "
        "cancel waive waived amend amended inspect reprint reprinted reinstall fit fitted",
        needs="will ll",
        ends=("will ", "'ll ", "now ", "also ", "be "),
        left=r"\b(?:will|'ll)\s+(?:now\s+|also\s+)?(?:be\s+)?",
        # "your pay will now land on 2 April instead of 31 March" is a delay, not a fix
        right=r"[a-z]+\b(?![^.;!?\n]{0,60}\b(?:instead of|rather than|later than)\b)",
        later=_TIME_LATER,
    ),
    # "a technician will come on Monday at 9:00" (not "come back to you")
    Cue(
        "come",
        needs="will ll",
        ends=("will ", "'ll ", "also "),
        left=r"\b(?:will|'ll)\s+(?:also\s+)?",
        right=r"come\s+(?!back\b|to\s+you\b)",
        later=_TIME_LATER,
    ),
)
_NEW_SUBJECT_RE = re.compile(r",|\b(?:we|i|they|you|that|which|who)\b")
_YOU_BEFORE_RE = re.compile(r"\byou(?:'ve|\s+have)?\s*\Z")
_PASSIVE_RE = re.compile(
    r"\b(?:is|are|was|were|got|been|(?:has|have|had|'s|'ve)(?:\s+\w+)?\s+been)\s"
)
_ING_RE = re.compile(r"[a-z]ing\b")
_MISDIRECTED_RE = re.compile(
    r"\bto\s+(?:the\s+wrong|another|a\s+different|someone\s+else|your\s+(?:old|previous))\b"
    r"|\btwice\b"
)


def _segment(t: Text, start: int, end: int) -> tuple[int, int]:
    """The action's stretch of clause: a few words before ``start`` up to the next subject."""
    before = t.before(start, 40)
    before = before[before.rfind(",") + 1 :]
    words = before.rsplit(" ", 4)
    lo = start - len(before) + (len(words[0]) + 1 if len(words) > 4 else 0)
    after = t.after(end)
    cut = _NEW_SUBJECT_RE.search(after)
    return lo, end + (cut.start() if cut else len(after))


_INTENT_WORDS = wordset("hope hopefully hoping ensure sure want wants like trying try fingers")
_INTENT_RE = re.compile(
    r"\b(?:hope|hopefully|hoping|ensure|make sure|want to|wants to|would like to|'d like to|"
    r"trying to|try to|fingers crossed|crossing our fingers)\b"
)


def _describes_mistake(t: Text, start: int, end: int) -> bool:
    """True when the action at ``start`` is the mistake itself: "we sent it by mistake",
    "your results were sent to the wrong patient", "we moved your number to another account".
    """
    low = t.low
    passive = _PASSIVE_RE.match(low, start) is not None and not _ING_RE.search(low, start, end)
    past = low.startswith(("we ", "i ", "our "), start)
    if not (passive or past or not ADVERB_WORDS.isdisjoint(t.tokens)):
        return False
    lo, hi = _segment(t, start, end)
    if ADVERB_MARKER_RE.search(low, lo, hi):
        return True
    if passive and t.find(MARKERS, lo=lo, hi=hi):
        return True
    return (passive or past) and _MISDIRECTED_RE.search(low, lo, hi) is not None


# "I'll confirm by 10:00 on 2 April that it has been credited": not done yet.
_REPORT_LATER_RE = re.compile(
    r"\b(?:will|'ll|going to|to)\s+(?:\w+\s+)?(?:confirm|check|let you know|tell you|email you|"
    r"text you|call you|update you|verify|make sure)\b[^.;!?\n]*?\b(?:that|when|whether|once|if)\s"
    r"[^.;!?\n]*\Z"
)
_REPORT_WORDS = wordset("confirm check know tell email text call update verify sure")
# "nobody has fixed it": no one acted.
_NOBODY_WORDS = wordset("nobody noone one")
_NOBODY_RE = re.compile(r"\b(?:nobody|no\s+one|no-one|noone)\b")
# "we should have refunded you": what ought to have been done, not what was.
_COUNTERFACTUAL_WORDS = wordset("should could would might must ought")
_COUNTERFACTUAL_RE = re.compile(
    r"\b(?:should|could|would|might|must|ought\s+to)(?:n't|\s+not)?\s+(?:\w+\s+)?have\s+"
    r"(?!(?:the|an?|your|our|their|its|this|that|these|those|my|his|her|some|any|no|it|them|you|"
    r"us|me|service|access|everything|everyone)\b)"
)
# "Service was restored at 10:30 once Authix resolved their incident": fixed by someone else.
_THEIR_FIX_RE = re.compile(
    r"\b(?:once|when|after|as soon as)\s+(?!(?:we|i|our)\b)(?:[\w'-]+\s+){1,3}?(?:had\s+)?"
    r"(?:resolved|fixed|restored|repaired|sorted|cleared)\s+(?:their|its)\b"
)
_OUR_DOING_RE = re.compile(r"\b(?:we|i|we've|i've|our)\b")


def _done_by_others(t: Text, start: int) -> bool:
    """True when the sentence says a third party fixed it and does not name us as the actor."""
    if "their" not in t.tokens and "its" not in t.tokens:
        return False
    s, e = t.sentence(start)
    return (
        _THEIR_FIX_RE.search(t.low, s, e) is not None
        and _OUR_DOING_RE.search(t.low, s, start) is None
    )


def _repaired(t: Text, start: int, end: int) -> bool:
    """Not hypothetical, asked, negated, hoped for, done by the reader, or the mistake itself."""
    if t.hypothetical(start) or t.question(start) or t.negated(end - 1, 5):
        return False
    if not _INTENT_WORDS.isdisjoint(t.tokens) and _INTENT_RE.search(t.before(start)):
        return False
    if _YOU_BEFORE_RE.search(t.low, max(0, start - 12), start):
        return False
    if not _REPORT_WORDS.isdisjoint(t.tokens) and _REPORT_LATER_RE.search(
        t.low, t.sentence(start)[0], start
    ):
        return False
    if _done_by_others(t, start):
        return False
    if not _NOBODY_WORDS.isdisjoint(t.tokens) and _NOBODY_RE.search(t.before(start, 40)):
        return False
    if "have" in t.tokens and not _COUNTERFACTUAL_WORDS.isdisjoint(t.tokens):
        lo = t.clause_start(start, 40)
        if _COUNTERFACTUAL_RE.search(t.low, max(lo, t.low.rfind(",", lo, start) + 1), end):
            return False
    return not (t.has(MARKERS) and _describes_mistake(t, start, end))


_REPAIR = Cues(_REPAIR_CUES, test=_repaired, proves="repair")


# ---------------------------------------------------------------------------------------------
# Prevention: what changes so it won't recur.

_NOW_NOT = (
    r"shows?|has|have|is|are|works?|appears?|reflects?|displays?|reads?|looks?|contains?|"
    r"includes?|been|being|be|available|live|fixed|resolved|back|working|up|on|in|at|the|your|"
    r"an?|that|this|it|you|we've|i've|i|we|sits?|says?|lets?|gives?|allows?|costs?|takes?|"
    r"seems?|matches|knows?|owes?|stands?|remains?|arrives?|needs|wants|hopes|thinks|offers"
)
_NOW_BEFORE_NOT = endings(
    "right for by until just you is are can will 'll should must may it's that's you're "
    "you've this that"
)
_SAFEGUARDS = (
    "check checks alert alerts alarm alarms safeguard safeguards step steps rule rules limit "
    "limits test tests monitor monitors monitoring validation validations confirmation "
    "confirmations guard guards lock locks warning warnings process processes procedure "
    "procedures policy policies control controls backup backups fallback fallbacks flag flags "
    "verification verifications approval approvals sign-off sign-offs redundancy failover "
    "failovers reminder reminders training review reviews checklist checklists reconciliation "
    "reconciliations audit audits threshold thresholds double-check double-checks cap caps "
    "alerting logging scanning safety_net safety_nets priority_list priority_lists watchlist "
    "watchlists filter filters block blocks schedule schedules rota rotas routine routines "
    "template templates workflow workflows form forms script scripts guidance instruction "
    "instructions protocol protocols guide guides manual manuals handbook handbooks faq faqs "
    "playbook playbooks runbook runbooks call_notes help_page help_pages help_article "
    "help_articles knowledge_base wiki canary canaries measure measures"
)
_SAFEGUARD_RE = alt(_SAFEGUARDS).replace("_", " ")
# Verbs that bring in a change: "added", "set up", "rolled out", "tightened".
_CHANGED = (
    "added set introduced put built installed created implemented launched enabled turned rolled "
    "deployed changed updated tightened fixed adding introducing setting building putting "
    "upgraded improved strengthened expanded extended automated rolling implementing launching "
    "enabling creating deploying installing"
)
_STAFF = (
    r"team|teams|staff|drivers?|agents?|riders?|crew|crews|employees|packers|engineers|"
    r"technicians|advisers|advisors|administrators|admins|people|handlers|managers|nurses|"
    r"cashiers|colleagues|moderators|reviewers"
)
# "the night shift", "all our drivers", "the staff member involved"
_STAFF_OBJECT = (
    r"(?:(?:the|our|all|every|each|all\s+(?:our|the))\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_STAFF}|shift|shifts|store|branch|desk|workforce|personnel|starters|driver|agent|"
    r"adviser|advisor|employee|engineer|technician|staff\s+member|member\s+of\s+staff)\b"
)
_STAFF_ENDS = endings(f"{_STAFF.replace('?', '').replace('|', ' ')} driver agent rider starters")
_NUMBER_WORD = r"\d+|an?|one|two|three|four|five|six|ten|twelve|several|more"
_PREVENT_CUES = Cues(
    # "the script now skips ...", "we now require ..."
    Cue(
        "now",
        unless=_NOW_BEFORE_NOT,
        right=rf"now\s+(?:also\s+)?(?!(?:{_NOW_NOT})\b)[a-z][a-z-]*s\b",
    ),
    Cue(
        "now",
        left=r"[\w'-]\s+",  # a subject, not an imperative "Now check ..."
        unless=_NOW_BEFORE_NOT,
        right=r"now\s+(?:also\s+)?(?:need|require|run|send|check|test|go|use|ask|call|review|"
        r"scan|verify|get|flag|block|stop|confirm|route|include|pause|hold|alert|page)\b"
        rf"|now\s+(?:also\s+)?(?!(?:{_NOW_NOT}|know|see|want|like|think|hope)\b)[a-z][a-z-]*\s+"
        r"(?:every|each|all|any)\b(?!\s+(?:\d+\s+)?(?:of\s+)?(?:you|your|them|us)\b)",
    ),
    Cue(
        "now",
        ends=("we ", "they ", "s "),
        left=r"\b(?:we|they|[a-z]{3,}s)\s+",
        unless=_NOW_BEFORE_NOT,
        right=rf"now\s+(?:also\s+)?(?!(?:{_NOW_NOT}|know|see|want|like|think|hope)\b)[a-z][a-z-]*\s+"
        r"(?:an?|the|every|each|all|any|your|our|their|two|a\s+second)\b",
    ),
    # "a new check has been introduced", "alerts are now in place"
    Cue(
        "introduced added implemented installed enabled created launched place",
        ends=endings("been was were is are now also in"),
        left=rf"\b(?:{_SAFEGUARD_RE})\s+(?:(?:has|have)\s+(?:now\s+|also\s+)?been|was|were|is|are)"
        r"\s+(?:now\s+|also\s+)?(?:in\s+)?",
        span=8,
    ),
    # "we have since hired two extra administrators"
    Cue(
        "hired recruited added brought taken took",
        right=rf"(?:hired|recruited|added|(?:brought|taken|took)\s+(?:in|on))\s+(?:(?:{_NUMBER_WORD})\s+)?(?:extra|more|additional|new|dedicated)\s+"
        rf"(?:[\w-]+\s+)?(?:{_STAFF}|administrators|staff members|people)\b",
    ),
    # "all staff have been told that ...", "drivers were briefed to ..."
    Cue(
        "told instructed trained briefed reminded retrained coached asked",
        ends=endings("been have has were was now all also"),
        left=rf"\b(?:{_STAFF})\s+(?:have|has|were|was)\s+(?:now\s+|all\s+|also\s+)?(?:been\s+)?",
        span=8,
        right=r"[a-z]+\s+(?:that|to|on|how|about)\b",
    ),
    Cue(
        "now",
        hint=("we ", "our "),
        left=r"\b(?:we|our(?:\s+[\w-]+){1,2}?)\s+",
        unless=_NOW_BEFORE_NOT,
        right=r"now\s+(?:also\s+)?(?!(?:is|are|has|have|been|being|be|back|working|live|fixed|"
        r"resolved|available|on|in|at|the|your|an?|that|this|it|you|know|see|want|like|think|"
        r"hope|need|needs|owe|owes|understand|believe|expect|offer|offers|looks?|seems?)\b)"
        r"[a-z]+\b",
    ),
    Cue(
        "now",
        left=r"[a-z][\w'-]*\s+",
        unless=_NOW_BEFORE_NOT,
        right=rf"now\s+(?:also\s+)?(?!(?:{_NOW_NOT}|know|see|want|like|think|hope)\b)[a-z][a-z-]*\s+"
        r"(?:[\w'-]+\s+){0,6}?(?:before|automatically|against)\b",
    ),
    # "a person on our team reviews every removal before it takes effect"
    Cue(
        "before",
        left=r"\b[a-z]{3,}(?<!ss)(?<!'s)s\s+(?:every|each|all|any)\s+(?:[\w-]+\s+){1,4}?",
        span=7,
        right=r"before\s+(?:it|they|we|the|any|sending|charging|dispatch|publishing|release|"
        r"payment|[a-z]+ing)\b",
    ),
    # "marks are now imported directly", "referrals are now counted ... at the end of every day"
    Cue(
        "now",
        ends=("is ", "are "),
        left=r"\b(?:is|are)\s+",
        unless=r"\byour?\b[^.;!?\n]*",
        right=r"now\s+[a-z]+(?:ed|en|t)\s+(?:by|directly|instead|within|(?:[\w'-]+\s+){0,6}?"
        r"(?:before|automatically|twice|against|every|each))\b",
    ),
    # "every order is checked before it ships", "any difference is investigated before ..."
    Cue(
        "before",
        hint=("every ", "each ", "any ", "all "),
        left=r"\b(?:every|each|any|all)\s+(?:[\w'-]+\s+){1,3}?(?:is|are|gets?)\s+"
        r"(?:(?:now|also|then|always)\s+)?[a-z]+(?:ed|en|t)\s+(?:[\w'-]+\s+){0,4}?",
        span=11,
        right=r"before\b",
    ),
    # "an alert goes to our on-call engineer", "a warning now pages the duty manager"
    Cue(
        "alert alerts alarm alarms warning warnings reminder reminders notification notifications",
        right=r"[a-z]+\s+(?:now\s+|also\s+|automatically\s+)?(?:goes|go|is\s+sent|are\s+sent|"
        r"gets\s+sent|pages|page|fires|fire|pops\s+up)\s+(?:(?:straight\s+)?to\s+)?(?:us\b|me\b|"
        r"(?:our|the|a)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|team|manager|supervisor|person|staff|"
        r"lead|desk|colleague|specialist|on-call))",
    ),
    # "our drivers must now photograph every delivery"
    Cue(
        "now",
        left=rf"\b(?:{_STAFF})\s+(?:must|have\s+to|need\s+to|are\s+required\s+to|will)\s+",
        span=6,
        right=r"now\s+(?:also\s+)?[a-z]+\s+(?:[\w'-]+\s+){0,4}?(?:every|each|all|any|before|"
        r"always)\b",
    ),
    # "the cancellation page now shows a number only after billing has accepted it"
    Cue(
        "now",
        left=r"[a-z][\w'-]*\s+",
        unless=r"\byour?\b[^.;!?\n]*",
        right=r"now\s+(?:shows|displays|asks|prompts|warns|requires)\b[^.;!?\n]{0,80}?\b(?:only\s+"
        r"(?:after|when|once|if)|before|until|unless|whenever|every time|each time)\b",
    ),
    # "a second person checks any module where ..."
    Cue(
        "person people reviewer reviewers colleague manager supervisor pharmacist",
        left=r"\b(?:a\s+second|another|two|a\s+senior|a\s+named)\s+(?:[\w-]+\s+)?",
        right=r"[a-z]+\s+(?:now\s+|also\s+|then\s+|always\s+)?(?:checks?|reviews?|approves?|signs?|"
        r"confirms?|verif(?:y|ies)|double-checks?|countersigns?)\b",
    ),
    # "we have frozen further changes to the withdrawal system until ..."
    Cue(
        "frozen froze paused halted suspended",
        right=r"[a-z]+\s+(?:(?:all|further|any|new)\s+)+(?:[\w-]+\s+)?(?:changes|releases|"
        r"deployments|deploys|updates|rollouts)\b",
    ),
    # "we have since started moving the most exposed lines underground"
    Cue(
        "started begun began",
        left=r"\b(?:have|'ve|has)\s+since\s+",
        right=r"[a-z]+\s+(?!(?:investigating|looking|reviewing|checking|processing|refunding|"
        r"working|talking|speaking|trying)\b)[a-z]+ing\s+(?!(?:you|your|it)\b)",
    ),
    # "we've set the kiosk to sync its clock with our booking system every hour"
    Cue(
        "set configured programmed",
        right=r"[a-z]+\s+(?:the|our|all|every|each|its|their)\s+(?:[\w-]+\s+){0,3}?to\s+"
        r"(?!(?:you|your)\b)[a-z]+\b[^.;!?\n]{0,60}?\b(?:every|each|automatically|daily|hourly|"
        r"nightly|weekly|always|before)\b",
    ),
    # "we've removed that extra payment check for orders under £200"
    Cue(
        "removed dropped scrapped retired",
        right=r"[a-z]+\s+(?:that|the|this|our|an?)\s+(?:[\w-]+\s+){0,3}?(?:check|step|rule|"
        r"requirement|hold|limit|restriction|process|filter)s?\s+(?:for|on|from)\s+(?:all|any|"
        r"every|new|future|(?!your\b)[a-z]+s)\b",
    ),
    Cue("changed", right=r"changed\s+(?:the way|how)\s+(?:we|our)\b"),
    Cue(
        "switched",
        left=r"\b(?:we|we've|we have)\s+(?:now\s+|also\s+|since\s+)?",
        right=r"switched\s+(?:over\s+)?to\s+(?!you\b|your\b)",
    ),
    Cue(
        "retrained trained briefed coached re-trained re-briefed retraining training briefing "
        "coaching reminded instructed",
        right=rf"[a-z-]+\s+{_STAFF_OBJECT}",
    ),
    Cue("told", right=rf"told\s+{_STAFF_OBJECT}\s+(?:to|that|how)\b"),
    # "our agents have been given new guidance", "we've given our drivers extra training"
    Cue(
        "training guidance instructions briefing coaching",
        needs="given sent issued provided offered",
        left=rf"\b(?:(?:{_STAFF})\s+(?:have|has|were|was)\s+(?:now\s+|all\s+|also\s+)?(?:been\s+)?"
        rf"(?:given|sent|issued|provided\s+with|offered)|given\s+{_STAFF_OBJECT})\s+"
        r"(?:(?:new|extra|more|additional|updated|further|clear|clearer|refresher|specific)\s+)*",
        span=10,
    ),
    # "our agents now have to confirm ...", "staff will now be required to ..."
    Cue(
        "now",
        ends=(*_STAFF_ENDS, "will ", "'ll ", "are ", "is "),
        left=rf"\b(?:{_STAFF}|starters)\s+(?:(?:will|'ll|are|is)\s+)?",
        right=r"now\s+(?:also\s+)?(?:(?:be\s+)?(?:required|expected|asked|trained|obliged)\s+to|"
        r"(?:have|has|need|needs)\s+to|must)\s+(?!(?:speak|talk|hear|contact|call|check\s+"
        r"with|ask|wait)\b)[a-z]+\s+(?!you\b|your\b)",
    ),
    # "the system will now block duplicate payments automatically"
    Cue(
        "now",
        ends=("will ", "'ll "),
        left=r"\b(?:will|'ll)\s+",
        right=r"now\s+(?:also\s+)?(?!(?:be|have|get|receive|see|know|need|send|contact|call|email|"
        r"update|let|look|review|investigate|process|issue|refund|arrange|book|pass|escalate)\b)"
        r"[a-z][a-z-]*\s+(?:(?!you\b|your\b|yours\b)[\w'-]+\s+){0,6}?(?:every|each|all|any|"
        r"automatically|always|before|twice)\b",
    ),
    # "all new starters will now shadow a senior agent"
    Cue(
        "now",
        ends=("will ", "'ll "),
        left=r"\b(?:every|each|all|any)\s+(?!of\b)(?:(?!you\b|your\b)[\w-]+\s+){1,3}?"
        r"(?:will|'ll)\s+",
        span=7,
        right=r"now\s+(?:be\s+)?(?:checked|reviewed|verified|confirmed|approved|tested|inspected|"
        r"scanned|signed\s+off|double-checked|photographed|tracked|monitored|audited|flagged|held|"
        r"required|trained|shadow|need|have\s+to|go\s+through)\b",
    ),
    # "we've made address checks mandatory", "photo ID is now compulsory for drivers"
    Cue(
        "mandatory compulsory obligatory",
        left=r"\b(?:made|making|(?:is|are)\s+now|now)\s+(?:[\w'-]+\s+){0,4}?",
        span=7,
    ),
    # "we've changed our courier", "we've stopped using that courier"
    Cue(
        "changed switched replaced stopped",
        right=r"(?:changed|switched|replaced)\s+(?:(?:our|the)\s+)?(?:[\w-]+\s+)?(?:supplier|"
        r"courier|provider|vendor|partner|carrier|contractor|subcontractor|manufacturer|factory|"
        r"warehouse|depot)s?\b|stopped\s+(?:using|working\s+with)\s+(?:that|this|the|those)\b",
    ),
    # "we now have a second check in place"
    Cue(
        "place",
        ends=("in ",),
        left=r"\b(?:now\s+(?:have|has)|(?:have|has)\s+now)\s+(?:[\w'-]+\s+){1,5}?in\s+",
        span=8,
    ),
)
# "we no longer use that courier": the change is a negation.
_PREVENT_NO_LONGER = Cues(
    Cue(
        "longer",
        left=r"\b(?:we|i|it|our(?:\s+[\w-]+){1,3}?|the(?:\s+[\w-]+){0,2}?\s+(?:system|app|site|"
        r"website|page|tool|form|checkout|process))\s+(?:(?:will|'ll|now|have|has)\s+)?no\s+",
        span=7,
        right=r"longer\s+(?:use|uses|work\s+with|works\s+with|rely\s+on|relies\s+on|ship\s+with)\s+"
        r"(?:that|this|the|those|these)\b|longer\s+(?:allows?|accepts?|lets?\s+\w+)\s+(?:duplicate|"
        r"double|a\s+second|two|more\s+than|any)\b",
    ),
    test=lambda t, start, end: not (t.hypothetical(start) or t.question(start)),
)
# "From now on ...", "going forward", "on future bookings": only with a concrete change.
_PREVENT_FROM = Cues(
    Cue("forward", left=r"\b(?:going|moving)\s+"),
    Cue(
        "from starting",
        right=r"(?:from|starting(?: from)?)\s+(?:now on|(?:this|next) (?:month|week|year|quarter|"
        r"cycle|run)|today|tomorrow|january|february|march|april|may|june|july|august|september|"
        r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    ),
    Cue(
        "future",
        left=r"\b(?:in|in the|for all|on|on all)\s+",
        right=r"future\b(?!\s+near)(?:\s+(?:bookings|orders|payments|invoices|runs|changes|"
        r"releases|flights|deliveries|renewals|bills|statements|visits|appointments)\b)?",
    ),
)
# A change made (or being made): what "so ..." and "to stop this happening again" follow.
_CHANGE_VERBS = (
    "fixed changed updated added set configured adjusted modified patched reconfigured rewrote "
    "rebuilt switched moved upgraded improved introduced installed enabled created built "
    "implemented put flagged marked retrained trained briefed reminded coached hired recruited "
    "replaced tightened raised spoken talked blocked disabled removed corrected amended revised "
    "redesigned increased expanded automated launched rewritten capped limited restricted "
    "lowered adding changing updating "
    "introducing retraining training fixing replacing"
)
_CHANGE_RE = re.compile(
    rf"\b(?:{alt(_CHANGE_VERBS)}|made\s+(?:[\w-]+\s+){{0,2}}?(?:changes?|it|them|this))\b"
)
# "... so it no longer skips the 31st": only after a change verb in the same sentence.
_PREVENT_SO = Cues(
    # "we've flagged your account so future orders are checked by hand"
    Cue(
        "future",
        needs=_CHANGE_VERBS,
        left=r"\b(?:so|so that|and)\s+",
        right=r"future\s+(?:[\w-]+\s+)?(?:bookings|orders|payments|invoices|changes|releases|"
        r"flights|deliveries|renewals|bills|statements|visits|appointments|claims|requests|"
        r"calls|messages|tickets|transactions|transfers|refunds)\b",
    ),
    Cue(
        "so",
        needs="fixed changed updated added set configured adjusted modified patched reconfigured "
        "rewrote rewritten rebuilt switched moved made upgraded improved introduced installed "
        "enabled created built implemented put flagged retrained capped limited restricted",
        right=r"so\s+(?:that\s+)?[^.;!?\n]{0,50}?(?:no longer|can't|cannot|won't|will not|never|"
        r"always|is protected|are protected)\b"
        # "so it isn't charged again"
        r"|so\s+(?:that\s+)?[^.;!?\n]{0,50}?\b(?:isn't|aren't|doesn't|don't|is not|are not|"
        r"does not|do not)\b[^.;!?\n]{0,40}?\bagain\b"
        # "so parcels don't miss the van"
        r"|so\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:don't|doesn't|do\s+not|does\s+not|aren't|isn't|"
        r"won't)\s+(?:get\s+)?(?:miss|missed|lost|skipped|overlooked|forgotten|delayed|left\s+out)\b"
        # "so the pickup time is clearer"
        r"|so\s+(?:that\s+)?(?:[\w'-]+\s+){1,5}?(?:is|are)\s+(?:now\s+)?(?:much\s+|far\s+)?"
        r"(?:clearer|easier|harder|safer|more\s+\w+|visible|obvious|highlighted)\b"
        # "so no agent quotes you the old rate again"
        r"|so\s+(?:that\s+)?(?:no|nobody|none)\b[^.;!?\n]{0,50}?\b(?:again|in\s+(?:the\s+)?future)\b"
        # "so rate-limit changes hit 1% of traffic first"
        r"|so\s+(?:that\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+s\s+(?:now\s+|always\s+|only\s+)?"
        r"(?!(?:is|are|was|were|has|have|had|do|did)\b)[a-z]+\s+[^.;!?\n]{0,40}?\b(?:first|"
        r"automatically|only after|before (?:they|it) (?:reach|go|hit))\b"
        r"|so\s+(?:that\s+)?(?:[\w'-]+\s+){1,6}?(?:is|are|gets?)\s+(?:now\s+|always\s+)?"
        r"[a-z]+(?:ed|en|t)\s+(?:(?:by\s+[\w\s]{1,20}?\s+)?before|automatically|earlier|first|"
        r"immediately|straight away|sooner)\b"
        r"|so\s+(?:that\s+)?(?:it|they|this|the\s+[\w-]+|[\w-]+s)\s+(?:now\s+|always\s+|also\s+)?"
        r"(?!(?:is|was|has|does|works|shows|looks|appears|reflects|arrives|goes|gets|needs|"
        r"matches|reads|seems|takes|stays)\b)[a-z]+s\b"
        r"|so\s+(?:that\s+)?(?:it|they|this|the\s+[\w-]+)\s+(?:now\s+|always\s+)?(?:shows|"
        r"displays|reads|reflects)\s+(?:an?|the|every|any|each|all)\b",
    ),
)
_VAGUE_INTENT_RE = re.compile(
    r"\b(?:review|reviewing|look at|looking at|look into|consider|considering|explore|try|"
    r"trying|aim|strive|hope|make sure|ensure|improve|be more careful|do (?:our|my) best|"
    r"learn|working to|work to|plan to|plans to|planning to|address|encourage|recommend|"
    r"suggest|option|looking into|ways? to|explore|exploring|investigate|investigating|"
    r"thinking about|discuss|discussing)\b"
)
# Where a "from now on" clause stops: "..., so this can never happen again" is a new clause.
_CLAUSE_TAIL_RE = re.compile(r",\s+(?:so|and so|which|but|as)\b|[.;!?\n]")
_MODAL_RE = re.compile(r"\b(?:can|could|may|might)\b")
# the reader's act, or a gerund after a preposition ("help with enabling 2-step verification")
_READER_RE = re.compile(
    r"\b(?:you|you've|you have|to|please|can|could|should|must|with|for|about|of|by|help|helps)"
    r"\s+\Z"
)
_INTENT_BEFORE_RE = re.compile(r"\b(?:will|'ll|would|could|might|plan to|going to)\s+\Z")


def _in_effect(t: Text, start: int, end: int) -> bool:
    """False when the change at ``start`` is hypothetical, asked, negated or only intended."""
    if t.hypothetical(start) or t.question(start) or t.negated(start):
        return False
    before = t.before(start, 40)
    before = before[before.rfind(",") + 1 :]  # "To make sure it can't recur, we've added ..."
    return not (_INTENT_BEFORE_RE.search(before) or _VAGUE_INTENT_RE.search(before))


def _changed_by_us(t: Text, start: int, end: int) -> bool:
    """A change in effect, not one the reader made or is asked to make ("please add a card")."""
    return _READER_RE.search(t.low, max(0, start - 20), start) is None and _in_effect(t, start, end)


def _concrete_from_now(t: Text, start: int, end: int) -> bool:
    s, e = t.sentence(start)
    tail = _CLAUSE_TAIL_RE.search(t.low, end, e)
    e = tail.start() if tail else e
    if _VAGUE_INTENT_RE.search(t.low, s, e) or _MODAL_RE.search(t.low, s, e):
        return False
    return _in_effect(t, start, end)


def _after_a_change(t: Text, start: int, end: int) -> bool:
    s, _ = t.sentence(start)
    return _CHANGE_RE.search(t.low, s, start) is not None and _in_effect(t, start, end)


def _for_a_change(t: Text, start: int, end: int) -> bool:
    """A purpose ("to stop this happening again") of a change made in the same sentence."""
    s, e = t.sentence(start)
    for m in _CHANGE_RE.finditer(t.low, s, e):
        i = m.start()
        if start <= i < end or t.hypothetical(i) or t.question(i) or t.negated(i):
            continue
        if _INTENT_BEFORE_RE.search(t.low, end if i > end else s, i) is None:
            return True
    return False


# "(we've retrained staff) to stop this happening again", "to prevent a repeat"
_PREVENT_PURPOSE = Cues(
    Cue(
        "prevent avoid stop_this stop_it stop_that stop_the stop_a stop_any stop_further "
        "stop_future stop_similar ensure_this ensure_it ensure_that ensure_the ensure_nothing "
        "sure_this sure_it sure_that sure_the sure_nothing",
        left=r"\b(?:to|in\s+order\s+to|so\s+as\s+to)\s+(?:help\s+(?:to\s+)?)?(?:make\s+)?",
        right=r"(?:prevent|stop|avoid)\s+(?:(?:this|it|that|the\s+same(?:\s+thing)?|a\s+repeat|"
        r"(?:a|any)\s+(?:[\w-]+\s+)?(?:repeat|recurrence|reoccurrence)|(?:this|that)\s+kind\s+of\s+"
        r"\w+|(?:further|future|similar|repeat|more)\s+(?:[\w-]+\s+)?(?:issues|problems|errors|"
        r"mistakes|delays|incidents|cases|failures|mix-ups|outages|charges))\b|(?:this|it|that)\s+"
        r"(?:from\s+)?(?:happening|occurring|recurring|reoccurring|repeating)\b)"
        r"|(?:ensure|sure)\s+(?:that\s+)?(?:this|it|that|the\s+same(?:\s+thing)?|nothing\s+like\s+"
        r"this)\s+(?:doesn't|does\s+not|won't|will\s+not|never|can't|cannot|isn't|is\s+not)\s+"
        r"(?:\w+\s+)?(?:happen|happens|recur|occur|repeated|again)\b",
    ),
    test=_for_a_change,
)

# "we've added an alert", "we've set up a second sign-off for refunds"
_ADDED = (
    r"(?:set up|put in place|put in|turned on|rolled out|rolling out|setting up|putting in place|"
    r"(?!(?:set|put|turned|rolled|rolling|setting|putting)\b)[a-z]+)\s+(?:(?:an?|the|our|new|two|"
    r"extra|another|automatic|automated|daily|weekly|nightly|hourly|final|mandatory|manual)\s+)*"
)
_GUIDES = (
    "guide guides manual manuals handbook handbooks faq faqs playbook playbooks runbook runbooks "
    "call_notes help_page help_pages help_article help_articles knowledge_base wiki guidance "
    "script scripts template templates instructions"
)
_GUIDES_RE = alt(_GUIDES).replace("_", " ")
_PREVENT_ADDED = Cues(
    # "I've corrected the guide", "had our call notes on international fees corrected"
    Cue(
        _GUIDES,
        starts="corrected amended revised rewrote rewritten edited clarified",
        span=10,
        left=rf"{_ADDED}(?:[\w'-]+\s+){{0,6}}?",
    ),
    Cue(
        "corrected amended revised rewritten edited updated changed fixed",
        starts="had",
        span=12,
        left=rf"had\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:{_GUIDES_RE})\s+(?:(?!your\b)[\w'-]+\s+){{0,5}}?",
    ),
    Cue(
        _SAFEGUARDS,
        starts=_CHANGED,
        span=10,
        left=rf"{_ADDED}(?:second\s+)?(?:[\w'-]+\s+){{0,6}}?",
    ),
    Cue("second", starts=_CHANGED, span=4, left=_ADDED, right=r"second\s+[a-z]"),
    # "we've put extra checks in place"
    Cue(
        "place",
        starts="put putting",
        span=10,
        left=r"(?:put|putting)\s+(?:[\w'-]+\s+){0,4}?"
        rf"(?:{_SAFEGUARD_RE}|changes|systems?|plans?)\s+in\s+",
    ),
    test=_changed_by_us,
)
_PREVENTION = Cues(
    Cues(_PREVENT_CUES, test=_in_effect),
    _PREVENT_ADDED,
    Cues(_PREVENT_FROM, test=_concrete_from_now),
    Cues(_PREVENT_SO, test=_after_a_change),
    _PREVENT_PURPOSE,
    _PREVENT_NO_LONGER,
    proves="prevention",
)


# ---------------------------------------------------------------------------------------------
# Remediation: a remedy offered or confirmed.

def _stated(t: Text, start: int, end: int) -> bool:
    """Said as so (a negation is the remedy itself: "we won't charge for the visit")."""
    return not (t.question(start) or t.hypothetical(start))


_REFUND = "refund refunded refunding"
_REFUNDED = r"refund(?:ed|ing)?\s+(?:you\s+)?(?:for\s+)?(?:[\w£$€,()-]+(?:\.\d+)?\s+){0,8}?"
_REMEDY_CUES = Cues(
    Cue(
        "credit credited credits crediting",
        right=r"credit(?:ed|s|ing)?\b(?!\s+(?:card|score|check|limit|report|history|union|rating)s?\b)"
        r"(?!/debit)(?!\s+(?:it\s+)?back\b)(?!\s+(?:the|your)\s+(?:refund|money|amount|payment|"
        r"difference|charge)\b)",
    ),
    Cue(
        "voucher vouchers coupon coupons discount discounted compensate compensated "
        "compensation compensating goodwill gesture complimentary reimburse reimbursed "
        "reimbursement reimbursing waive waived waives waiving comped comping gratia"
    ),
    Cue("waiver", left=("fee ", "fees ", "charge ", "penalty ")),
    # "as a token of our apology", "as a courtesy"
    Cue(
        "token_of courtesy",
        left=r"\bas\s+an?\s+(?:[\w-]+\s+){0,2}?",
        right=r"token\s+of\b|courtesy\b(?!\s+(?:reminder|call|notice|e-?mail|message|update|"
        r"notification|text|copy|check)s?\b)",
    ),
    # "a small hamper as an apology", "flowers to say sorry"
    Cue("an_apology of_apology", left=r"\b(?:as|by\s+way\s+of|by\s+way)\s+"),
    Cue(
        "say_sorry",
        left=r"\b(?:sent|send|sending|given|give|giving|added|adding|included|offer|offering)\b"
        r"[^.;!?\n]{0,60}?\bto\s+",
        span=14,
    ),
    # "we've written off the remaining balance"
    Cue(
        "off",
        ends=("written ", "wrote ", "write ", "writing ", "it ", "that ", "this "),
        left=r"\b(?:written|wrote|write|writing)\s+(?:it\s+|that\s+|this\s+)?",
    ),
    # "your next two months are free", "your next order is half price"
    Cue(
        "free half",
        left=r"\b(?:(?:your|the)\s+(?:next|coming|following|remaining)\s+(?:[\w'-]+\s+){0,3}?|"
        r"(?:this|next)\s+(?:month|week|year|box|order|delivery|ride|session|lesson|visit|stay|"
        r"night|bill|renewal|invoice|subscription|cycle)(?:'s\s+[\w-]+)?\s+)(?:is|are|will\s+be|"
        r"'s|'re)\s+(?:(?:also|completely|totally|entirely|now|only)\s+)?",
        span=9,
        right=r"free\b|half[- ](?:price|off)\b",
    ),
    Cue(
        "half",
        left=r"\b(?:at|for|charge|charged|charging|pay|paying|get|getting)\s+(?:you\s+)?(?:only\s+)?",
        right=r"half[- ](?:price|off)\b",
    ),
    # "we've sent you the replacement for free" (not "download the app for free")
    Cue(
        "free",
        needs="given added sent upgraded replaced repaired fixed extended included thrown threw "
        "throw offer offering send sending give giving replace replacing repair repairing add "
        "adding redo redoing reship resend swap exchange",
        left=r"\b(?:given|added|sent|upgraded|replaced|repaired|fixed|extended|included|thrown|threw|"
        r"throw|offer|offering|send|sending|give|giving|replace|replacing|repair|repairing|add|"
        r"adding|redo|redoing|reship|resend|swap|exchange)\b[^.;!?\n]{0,60}?\bfor\s+",
        span=14,
        right=r"free\b(?!\s+(?:users?|tier|plan|accounts?|version|trial)\b)",
    ),
    # "a month's free service"
    Cue(
        "free",
        left=r"\b(?:an?|one|two|three|six|twelve|\d+)\s+(?:extra\s+)?(?:month|week|year|day|night)"
        r"(?:'s|s'|s)\s+",
    ),
    # "we'll honour the price you were quoted"
    Cue(
        "honour honor honoured honored honouring honoring",
        right=r"[a-z]+\s+(?:the|your|that|this)\s+(?:[\w-]+\s+){0,2}?(?:price|prices|rate|quote|"
        r"fare|discount|offer|deal|promotion|promo)\b",
    ),
    # "we've reduced your bill by £10"
    Cue(
        "reduced lowered cut discounted dropped",
        right=r"[a-z]+\s+(?:your|the|this\s+month's|next\s+month's)\s+(?:[\w-]+\s+)?(?:bill|invoice|"
        r"price|rate|fee|subscription|premium|fare|payment|rent|tariff)s?\s+by\b",
    ),
    # "we'll pay you £50 for the inconvenience", "£20 back on your card for the trouble"
    Cue(
        "the_inconvenience the_trouble the_hassle the_disruption the_delay the_delays your_trouble "
        "any_inconvenience this_delay",
        hint=("£", "$", "€"),
        left=r"[£$€]\s?\d[\d,.]*\s+(?:[\w-]+\s+){0,5}?(?:for|to\s+make\s+up\s+for)\s+(?:all\s+)?",
        span=10,
    ),
    # "I've doubled your data allowance"
    Cue(
        "doubled tripled",
        right=r"[a-z]+\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:allowance|data|minutes|points|miles|credit|"
        r"storage|speed|rewards)\b",
    ),
    # "we'll foot the bill for the repairs"
    Cue("foot footed footing", right=r"[a-z]+\s+the\s+bill\b"),
    Cue("code card", left=("promo ", "gift ")),
    Cue("charge", left=("free of ",)),
    Cue("house", left=("on the ",)),
    Cue("refund", left=("full ", "partial ")),
    Cue("refunded", left=r"\b(?:fully|entirely|completely)\s+"),
    Cue("full", left=r"\brefunded\b[^.;!?\n]{0,40}?\bin\s+", span=10),
    Cue(
        "cost charge",
        left=r"\bat\s+no\s+(?:extra\s+|additional\s+)?",
        unless=r"\byou\s+(?:can|could|may|might)\b[^.;!?\n]*",
        span=12,
    ),
    Cue(
        "interest",
        left=r"\b(?:added|paid|credited|included|applied)\s+(?:you\s+)?(?:[£$€]?[\d,.]+\s+)?",
    ),
    Cue(
        "added given gifted extended",
        right=r"[a-z]+\s+(?:you\s+)?(?:an?\s+)?(?:extra\s+|additional\s+|bonus\s+)?(?:\d+|one|two|"
        r"three|four|five|six|seven|ten|twelve|fourteen|thirty|a)\s+(?:extra\s+|free\s+)?"
        r"(?:days?|weeks?|months?|hours?|years?|nights?)\s+(?:of\s+[\w-]+|to\s+your\b|free\b|"
        r"on\s+(?:us|the house)\b)",
    ),
    Cue(
        "upgraded",
        left=r"\b(?:is|are|been|we've|i've|we|i|have|has)\s+(?:now\s+|also\s+)?",
        right=r"upgraded\s+(?:you\s+)?(?:to|for)\b",
    ),
    Cue(
        "price prices rate rates tariff pricing",
        left=r"\b(?:old|original|previous|former|lower|current|same|existing)\s+",
        later=r"\bfor\s+(?:the\s+next\s+|another\s+)?(?:\d+|six|twelve|two|three|a)\s+(?:months?|"
        r"years?)\b",
    ),
    # "we've refunded the full hire"
    Cue(
        "full whole entire",
        needs=_REFUND,
        starts=_REFUND,
        left=r"refund(?:ed|ing)?\s+(?:you\s+)?(?:for\s+)?(?:the|your)\s+",
    ),
    # a refunded fee or cost, not the wrong charge itself: "refunded the $45 seat fee"
    Cue(
        "fee fees cost costs expense expenses fare fares ticket tickets delivery shipping postage "
        "subscription month bill booking night nights stay holiday trip room meal lesson lessons "
        "class session sessions visit meals breakfast breakfasts lunch lunches dinner dinners "
        "taxi taxis parking hotel accommodation childcare excursion tour appointment",
        needs=_REFUND,
        starts=_REFUND,
        span=10,
        left=_REFUNDED,
    ),
    # "refunded the £9.35 prescription charge" (not "the duplicate charge": that is the repair)
    Cue(
        "charge charges",
        needs=_REFUND,
        starts=_REFUND,
        span=10,
        left=rf"{_REFUNDED}(?!(?:the|your|this|that|these|those|an?|duplicate|double|extra|wrong|"
        r"incorrect|mistaken|erroneous|accidental|second|additional|unexpected|unauthori[sz]ed|"
        r"same|full|whole|entire|monthly|annual|card|original)\s)[a-z][\w-]*\s+",
    ),
    Cue(
        "charge charges",
        needs=_REFUND,
        starts=_REFUND,
        span=10,
        left=_REFUNDED,
        right=r"charges?\s+(?:you|that)\s+(?:paid|incurred)\b",
    ),
    Cue(
        "months month weeks week",
        left=r"\b(?:\d+|a|one|two|three|six|twelve|next|this|the\s+next)\s+(?:free\s+)?",
        right=r"[a-z]+\s+(?:free|of free|on us|credit)\b",
    ),
    Cue(
        "free",
        # not what a plan offers: "our premium plan includes free delivery"
        unless=r"\b(?:plans?|memberships?|tiers?|packages?)\s+(?:[\w-]+\s+){0,2}?(?:includes?|offers?|"
        r"comes?\s+with|gives?(?:\s+you)?)\s+",
        right=r"free\s+(?:months?|upgrade|delivery|shipping|night|meal|month's|year|subscription|"
        r"access|premium|ride|order|drink|dessert|repair|replacement|data|minutes|texts|calls|"
        r"storage|lessons?|sessions?|class|classes|tickets?|coffee|nights|weeks?|days?|gems|coins|"
        r"spins|lives)\b",
    ),
    Cue(
        "free",
        left=r"\b(?:an?|one|two|three|\d+)\s+(?:extra\s+)?",
        right=r"free\s+(?!(?:to|of|from|for|and|or|trial|account|version|plan|tier|app|download|"
        r"option|service|tool|guide)\b)[\w-]+",
    ),
    Cue(
        "extended",
        right=r"extended\s+(?:your|the|it|them)\s+(?:[\w-]+\s+){0,2}?(?:subscription|pass|plan|"
        r"trial|membership|warranty|contract|access|licen[cs]e)\b|extended\s+(?:it|them)\b",
    ),
    Cue(
        "upgraded priority",
        right=r"upgraded\s+you\b|priority\s+(?:support|boarding|handling|service)\b",
    ),
    Cue(
        "coins gems points credits tokens miles stars crystals vbucks gold diamonds rewards "
        "reward",
        left=r"\b(?:added|credited|given|gifted|sent|put|dropped|granted|awarded|loaded|here's|here\s+"
        r"(?:is|are)|accept|receive|enjoy)\s+(?:you\s+)?(?:an?\s+)?"
        r"(?:extra\s+|bonus\s+|additional\s+)?(?:[\d,]+\s+|extra\s+|bonus\s+)(?:[\w-]+\s+)?",
        span=7,
    ),
    Cue(
        "paid covered cover pay paying covering",
        unless=r"\b(?:you|you've|you'd|they|he|she)\s+(?:(?:already|just|also|have|had)\s+)*",
        right=r"[a-z]+\s+(?:the|your|any|for)\s+(?:[\w£$€.,'()-]+\s+){0,3}?(?:fees?|costs?|"
        r"expenses?|bill|fares?|taxis?|hotel|parking|childcare|difference|losses|lost\s+(?:earnings|"
        r"interest|wages|income|pay)|(?:bank|overdraft|late|extra|additional|roaming|transfer|"
        r"exchange)\s+charges?|charges?\s+(?:that\s+)?(?:you|your\s+[\w-]+)\s+(?:paid|incurred|"
        r"incur|pay|faced|face))\b"
        # "we've paid the £150 your accountant charged you"
        r"|[a-z]+\s+(?:the|any)\s+[£$€]?[\d,.]+\s+(?:that\s+)?(?:you|your\s+[\w-]+)\s+(?:paid|spent|"
        r"charged|were charged|was charged|had to pay)\b",
    ),
    # "we won't charge for the fitting", "you won't be charged for either visit"
    Cue(
        "charge charging charged",
        left=r"\b(?:we|i|you)\s+(?:will\s+not|won't|wont|are\s+not|aren't|'re\s+not|am\s+not|"
        r"'m\s+not)\s+(?:be\s+|going\s+to\s+)?",
        right=r"charg(?:e|ing|ed)\s+(?:you\s+)?(?:anything\s+|a\s+(?:penny|thing|fee)\s+)?for\s+"
        r"(?:the|this|that|either|any|your|both|these|those)\b",
        test=_stated,
    ),
    # "there'll be no charge for the replacement", "the repair won't cost you anything"
    Cue(
        "no_charge no_cost no_extra no_additional",
        right=r"no\s+(?:extra\s+|additional\s+)?(?:charge|cost)\s+(?:to\s+you\s+)?for\s+(?:the|this|that|your|either|any|both)\s+"
        r"(?:[\w-]+\s+)?(?:replacement|repair|repairs|visit|call-out|callout|engineer|fix|"
        r"reconnection|redelivery|reinstallation|part|parts|labour|labor|work|swap|exchange|reprint|"
        r"reissue|new\s+[\w-]+)\b",
        test=_stated,
    ),
    Cue(
        "cost_you",
        left=r"\b(?:won't|will\s+not|wont|shouldn't|doesn't|does\s+not|didn't)\s+",
        right=r"cost\s+you\s+(?:anything|a\s+(?:penny|thing|cent|dime)|a\s+single\s+\w+|extra)\b",
        test=_stated,
    ),
    # "kept you on £7.99 until September", "held your price at the old rate for six months"
    Cue(
        "kept held frozen locked",
        right=r"[a-z]+\s+(?:you|your\s+(?:price|rate|plan|tariff|bill|subscription|fee))\s+"
        r"(?:on|at)\s+(?:the\s+)?(?:(?:old|original|previous|current|same)\s+)?(?:[£$€][\d.,]+|"
        r"price|rate|plan|tariff)\b[^.;!?\n]{0,30}?\b(?:until|for\s+(?:the\s+next\s+|another\s+)?"
        r"(?:\d+|a|one|two|three|six|twelve))\b",
    ),
    Cue("on_us", left=r"\b(?!that\b|this\b|it\b|all\b)[a-z]+(?:'s| is| are)\s+"),
    Cue(
        "off",
        left=r"\b(?:taken|took|take|knocked|knock|deducted|deduct|given|give)\b(?:\s+[\w£$€%.,'-]+)"
        r"{1,4}?\s+|\d+%\s+",
        span=6,
        right=r"off\s+(?:(?:your|the|this|next|[a-z]+'s)\s+){1,2}(?:next\s+|first\s+)?(?:[\w-]+\s+)?"
        r"(?:bill|invoice|order|"
        r"subscription|renewal|fare|price|booking|stay|payment|month|year|week|plan|purchase|visit|"
        r"box|delivery|shop|meal|ride|service|contract|package|membership)s?\b",
    ),
)
_REMEDY_NEG_RE = re.compile(
    r"\b(?:not|never|no|unable|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|"
    r"ineligible|not eligible)\b"
)


# Offers asked as questions: "Would you like a £20 credit?", "How about a free month?"
_OFFER_QUESTION_RE = re.compile(
    r"\b(?:would\s+you\s+(?:like|prefer|accept)|(?:can|could|may|shall)\s+(?:i|we)\s+(?:offer|"
    r"give|send|add)|how\s+about|what\s+about)\b"
)


# Rules about remedies, not one offered: "vouchers can't be exchanged", "you can claim ..."
_REMEDY_RULE_AFTER_RE = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:can't|cannot|can\s+not|aren't|are\s+not|isn't|is\s+not|won't|will\s+not|"
    r"don't|do\s+not|doesn't|does\s+not|must|(?:has|have)\s+(?:now\s+)?expired|expired?)\b"
)
_REMEDY_RULE_BEFORE_RE = re.compile(
    r"\byou\s+(?:can|could|may|might)\s+(?:also\s+)?(?:claim|apply|request|ask)\b|\bwhether\b"
)


def _offered(t: Text, start: int, end: int) -> bool:
    before = t.before(start, 70)
    if _REMEDY_NEG_RE.search(before) or _REMEDY_RULE_BEFORE_RE.search(before):
        return False
    if _REMEDY_RULE_AFTER_RE.match(t.low, end):
        return False
    if t.question(start):
        return _OFFER_QUESTION_RE.search(t.low, t.sentence(start)[0], start) is not None
    return True


_REMEDIATION = Cues(_REMEDY_CUES, test=_offered, proves="remediation")
CUES = Cues(_REPAIR, _PREVENTION, _REMEDIATION)
