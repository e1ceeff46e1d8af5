"""Language rules that need grammar, not just phrases: excuses and agentless passives."""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..hookspecs import hookimpl
from ..message import Message
from ..models import Finding, Level
from ..rules import CodeRule, Rule, code_rule
from ..text import NEGATORS

# --- shared text helpers ----------------------------------------------------------------------

_BOUNDARY_RE = re.compile(r"[,;:!?()\n—–]|\.(?=\s)|\s-\s")
_WORD_RE = re.compile(r"[\w£$€'-]+")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _words_set(words: str) -> frozenset[str]:
    """A set of the space-separated words in ``words``."""
    return frozenset(words.split())


@dataclass(frozen=True, slots=True)
class _Doc:
    """The masked message in lower case (same offsets as ``message.text``) and its sentences.

    Patterns here are lower-case and compiled without ``re.I``, which is several times faster.
    """

    text: str
    sentences: list[tuple[int, int]]
    starts: list[int]

    @classmethod
    def of(cls, msg: Message) -> _Doc:
        low = msg.low  # an ASCII ``low`` is ``norm.lower()`` (see text.lower)
        if not low.isascii():
            low = msg.norm.lower()
            if len(low) != len(msg.norm):  # a few non-ASCII letters change length when lowered
                low = msg.norm.translate(_ASCII_LOWER)
        return cls(low, msg.sentences, [s for s, _ in msg.sentences])

    def index(self, pos: int) -> int:
        """Index of the sentence holding (or just before) ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def window(self, i: int, before: int, after: int) -> tuple[int, int]:
        """From ``before`` sentences before sentence ``i`` to ``after`` sentences after it."""
        last = len(self.sentences) - 1
        return self.sentences[max(0, i - before)][0], self.sentences[min(last, i + after)][1]

    def clause_start(self, lo: int, pos: int) -> int:
        """Start of the clause that holds ``pos``, not before ``lo``."""
        start = lo
        for m in _BOUNDARY_RE.finditer(self.text, lo, pos):
            start = m.end()
        while start < pos and self.text[start].isspace():
            start += 1
        return start

    def clause_end(self, pos: int, hi: int) -> int:
        """End of the clause that holds ``pos``, not after ``hi``."""
        m = _BOUNDARY_RE.search(self.text, pos, hi)
        return m.start() if m else hi

    def words(self, start: int, end: int) -> list[re.Match[str]]:
        """The words between ``start`` and ``end``."""
        return list(_WORD_RE.finditer(self.text, start, end))

    def cue_sentences(self, cues: frozenset[str]) -> dict[int, list[int]]:
        """Sentence index -> sorted offsets of the whole-word occurrences of ``cues`` in it."""
        found: dict[int, list[int]] = {}
        text = self.text
        for cue in cues:
            pos = text.find(cue)
            while pos >= 0:
                end = pos + len(cue)
                if not (pos and text[pos - 1].isalnum()) and not text[end : end + 1].isalnum():
                    found.setdefault(self.index(pos), []).append(pos)
                pos = text.find(cue, end)
        return {i: sorted(found[i]) for i in sorted(found)}


# --- excuse -----------------------------------------------------------------------------------

_REGRET_TOKENS = _words_set(
    "sorry apologize apologise apologies apology apologizing apologising apologized apologised "
    "regret regrets regrettably unfortunately sadly"
)
# \b(?:sorry|apolog...|regrets?|unfortunately)\b, each branch led by its letter (then \b as
# a look-behind): searched over three sentences, it only stops at those letters.
_REGRET_RE = re.compile(
    r"s(?<!\ws)orry\b|a(?<!\wa)polog(?:y|ies|i[sz]e|i[sz]ing|i[sz]ed)\b|r(?<!\wr)egrets?\b"
    r"|u(?<!\wu)nfortunately\b|s(?<!\ws)adly\b|r(?<!\wr)egrettably\b"
)
_CONTACTS = (
    r"(?:requests|tickets|calls|enquiries|inquiries|emails|e-mails|messages|orders|contacts|"
    r"customers|queries|chats|applications|claims|bookings|cases|complaints|call-outs|callouts|"
    r"jobs|repairs|returns|deliveries|parcels|appointments|reports|flights|arrivals|passengers|"
    r"guests|patients|visitors|shipments|refunds|disputes|incidents)"
)
_WORKERS = (  # our people: "a lot of technicians out on storm repairs", "short of admin staff"
    r"(?:staff|people|colleagues|employees|workers|team members|agents|advisers|advisors|"
    r"engineers|technicians|techs|drivers|couriers|fitters|installers|adjusters|assessors|"
    r"nurses|doctors|clinicians|crews|handlers|operators|administrators|admins|instructors|"
    r"teachers|tutors|trainers|coaches|therapists|receptionists|chefs|cooks|pilots|guides|"
    r"controllers|dispatchers|planners|processors|caseworkers|inspectors)"
)
_WORKER = (  # one of our people: "we're down an engineer"
    r"(?:member of staff|staff member|colleague|agent|adviser|advisor|engineer|technician|driver|"
    r"courier|nurse|doctor)"
)
_OTHER_WORK = (  # work that is not the reader's: "out on storm repairs", "tied up with other jobs"
    r"(?:other|another|more urgent|urgent|emergency|priority|higher[- ]priority|storm|flood|"
    r"weather|the (?:storms?|floods?|flooding))"
)
_NOUN_AFTER = r"(?: (?!(?:which|that|and|but|so|as|because)\b)[a-z-]+)?"  # "storm repairs"
_DISASTER = (
    r"(?:storms?|snow|floods?|flooding|heatwave|hurricane|monsoon|cyclone|typhoon|blizzard|fog|"
    r"wildfires?|bushfires?)"
)
_WEATHER = (
    r"(?:(?:the|recent|last week's|this week's|severe|bad|heavy|extreme|adverse|ongoing) )*"
    rf"(?:{_DISASTER}|weather(?: conditions)?|snowfall|high winds|ice)(?! damage)"
)
_INCREASED = (
    r"(?:(?:more than |almost |nearly |roughly )?(?:doubled|tripled|quadrupled)|spiked|surged|"
    r"soared|risen|rose|increased|jumped|gone up|went up|grown|grew|exploded|skyrocketed|shot up)"
)
_SYSTEM = (
    r"(?:system|systems|platform|software|it|computer|website|database|billing|payroll|crm|phone|"
    r"app|network|servers?|infrastructure)"
)
_HIGH = (  # how high a load or volume was: "unprecedented", "through the roof"
    r"(?:(?:very|unusually|extremely|exceptionally|incredibly|truly|simply|just|so|far|much|"
    r"really|particularly|especially) )?(?:higher than (?:usual|normal|expected|ever)|"
    r"high|higher|heavy|heavier|unprecedented|huge|enormous|exceptional|extraordinary|"
    r"overwhelming|massive|intense|record-breaking|off the charts|through the roof|"
    r"at (?:a )?record (?:levels?|highs?))"
)
_SWAMPED = (  # like _LOAD, in _MORE_RE: "it's been manic", "drowning in tickets", "out with flu"
    r"been (?:(?:absolutely|completely|totally|really|pretty|quite|so|just|a bit|rather) )?"
    r"(?:crazy|insane|mad|manic|nuts|bonkers|mental|frantic|wild|non-?stop|relentless)"
    r"(?: bus(?:y|ier))?(?! (?:that|how|to)\b| (?:for|to|of|with) (?:you|your)\b)|"
    rf"(?:drowning|buried|swimming) (?:in|under) (?:[a-z-]+ )?(?:{_CONTACTS}|work|paperwork|"
    r"e-?mails)|overstretched|over-stretched|overworked|maxed out|run ragged|at breaking point|"
    r"struggling to keep up|playing catch[- ]up|"
    r"(?:off|out|down|away|home|laid up) (?:sick |ill )?with (?:the |a |some )?(?:flu|"
    r"covid(?:-19)?|virus|stomach bug|tummy bug|lurgy|illness|sickness|norovirus|"
    r"gastro|chest infection|fever)|"
    r"(?:has|have|had) (?:since |recently |just )?left (?:the )?(?:company|firm|practice|"
    r"organi[sz]ation)|(?:left|leaves|leaving) us "
    r"(?:(?:really|very|a bit|badly|quite|seriously|rather|a little) )?(?:short|thin on the ground|"
    r"short-?staffed|understaffed|stretched|behind)|(?:is|are) no longer with (?:us|the company|"
    r"the business|the team)|"
    r"back from (?:(?:annual|sick|parental|maternity|paternity) )?(?:leave|holidays?|vacation|"
    r"sick leave)|"
    r"(?:getting used to|adjusting to|bedding in|settling into|getting to grips with|getting up "
    rf"to speed (?:on|with)|learning) (?:a |our |the )?new (?:[a-z-]+ )?(?:{_SYSTEM}|provider|"
    r"supplier|process(?:es)?|tools?)|"
    r"(?:[a-z]+'re|are|is|were|was|still) (?:still )?(?:in training|being trained|learning the "
    r"ropes|finding (?:our|their|my) feet)|"
    r"(?:[a-z]+'(?:re|m)|are|were|[a-z]+'ve been|have been|[a-z]+'ve fallen|have fallen|fell|am|"
    r"was) (?:(?:a bit|"
    r"a little|a lot|slightly|quite|way|rather|somewhat|well|seriously|badly|really) )?behind"
    r"(?! (?:on|with) (?:your|you)\b| you\b| the scenes\b)|"
    r"(?:put|set|knocked|pushed|left) us (?:(?:a bit|a little|a week|way|well|further) )?behind|"
    r"(?:queues?|wait(?:ing)? times?|response times?|hold times?|waiting lists?|lead times?|"
    r"turnaround times?) (?:are|is|'re|'s|remain|remains|have been|has been)(?: currently| still|"
    r" at the moment)? (?:(?:a bit|a little|quite|very|really|extremely|unusually|exceptionally|"
    r"much|significantly|slightly|considerably|so) )?(?:long|longer|high|higher|huge|lengthy)|"
    r"(?:queues?|wait(?:ing)? times?|response times?|hold times?) (?:[a-z']+ ){0,3}?longer than "
    r"(?:usual|normal|expected)|"
    r"(?:tied up|stuck|busy) (?:in|with) (?:back-to-back |other |several )?meetings|"
    r"in (?:back-to-back )?meetings all day|"
    rf"(?:hammered|bombarded|deluged|besieged)(?: with (?:[a-z-]+ )?(?:{_CONTACTS}|work))?|rammed|"
    r"(?:had|got|attended|with|by|to) (?:several|multiple|a few|a number of|"
    r"numerous|two|three|four|other|some) (?:other )?(?:[a-z-]+ )?(?:emergencies|"
    r"emergency (?:calls|call-?outs|jobs|cases|repairs)|urgent (?:jobs|calls|cases|repairs))"
)
_LOAD = (  # states of ours that depend on who the subject is ("you're busy" is not an excuse)
    r"(?:(?:(?:very|really|so|quite|extremely|super|incredibly|exceptionally|unusually|"
    r"particularly|especially) )?(?:crazy|hectic|mad|busy|chaotic|manic|insane|frantic|intense|"
    r"wild|non-?stop) (?:few )?(?:weeks?|days?|"
    r"period|time|month|weekend|morning|afternoon|evening|night|shift|year|season|spell|summer|"
    r"winter|quarter)|"
    r"(?:a lot|lots|so much|heaps|loads|tons) (?:going on|on our plate)|"
    r"(?:had|got|have|has|having) (?:a lot|lots|loads|heaps|tons|so much|plenty|a fair bit|a ton) "
    r"on(?= with\b| at the moment\b| right now\b| lately\b| recently\b| this\b| just now\b|"
    r"[,.;!—–-]|$)|"
    r"(?:was|were|is|are|been|being|[a-z]+'(?:re|s|m)) (?:absolutely |completely |totally |really "
    r"|so )?"
    r"(?:flat out|run off (?:our|my|their) feet|rushed off (?:our|my|their) feet|under the pump|"
    r"up to (?:our|my|their) (?:eyes|eyeballs|necks)|(?:really |very |so |quite |a bit |a little |"
    r"badly |massively )?stretched(?! (?:out|across|into|by)\b| to (?!(?:the |our )?(?:limit|"
    r"max|breaking point|capacity)\b))|at (?:full )?capacity|"
    r"over capacity|short on time)|"
    r"(?:called|phoned|rang|went|gone|going|calling|phoning) (?:in |off )?(?:sick|ill)|"
    r"no ?one (?:else )?(?:(?:who|that) )?(?:could|was (?:able|available) to|available to|to) "
    r"(?:cover|step in|take over)|"
    r"(?:handling|dealing with|responding to|juggling|working on|busy with|tied up with) "
    r"(?:multiple|several|numerous|many|a number of|a lot of|lots of|other) (?:other )?"
    r"(?:[a-z-]+ )?(?:incidents|emergencies|outages|faults|issues|tasks|priorities|projects|"
    r"jobs|calls|cases|tickets|requests|orders|claims|complaints|callouts|call-outs)|"
    r"(?:(?:very|really|extremely|unusually|exceptionally|particularly|incredibly|super) )?"
    r"(?:high|higher|heavy|heavier|huge|large|massive|increased|extra|unprecedented|enormous|"
    r"exceptional|extraordinary|overwhelming|intense) workloads?|"
    rf"(?:volumes? of (?:[a-z-]+ )?(?:{_CONTACTS}|work)|(?:call|ticket|email|order|contact|"
    r"claim|message|chat|case|enquiry|inquiry|request|booking|work|support) volumes?|"
    rf"number of (?:[a-z-]+ )?{_CONTACTS}|demand|workloads?|volumes)"
    rf"(?: (?!you\b|you'|your\b)[a-z'-]+){{0,8}}? (?:is|was|are|were|has been|have been|"
    rf"had been|'s been) {_HIGH}|"
    r"(?:in (?:all )?fairness|to be fair|in (?:our|my) defen[cs]e)"
    r"(?! to (?:you|yourself)\b)(?: to (?:us|me|(?:our|the) [a-z-]+))?|"
    r"(?:(?<=due to )|(?<=because of )|(?<=owing to )|(?<=with )|(?<=during ))(?:the )?"
    r"(?:[a-z'-]+ ){0,3}(?:rush|crunch)|"
    r"(?:(?<=it's )|(?<=it is )|(?<=due to )|(?<=because of )|(?<=owing to )|(?<=with )|"
    r"(?<=during ))(?:the )?(?:financial |tax )?(?:year|month|quarter)[- ]end|"
    r"(?:was|were|is|are|been|being) (?:off sick|out sick|on holiday|on vacation|away|"
    r"on (?:annual |sick |parental )?leave|out of (?:the )?office)|"
    rf"(?:a (?:bit|little) )?behind (?:on|with) (?:our )?{_CONTACTS}|running behind|"
    rf"catching up (?:on|with) (?:our |the |a )?(?:{_CONTACTS}|backlog|work)|swamped|"
    rf"(?:migrating|moving|switching|transitioning|changing|upgrading) (?:over )?(?:to|onto) "
    rf"(?:a |our )?new (?:[a-z-]+ )?(?:{_SYSTEM}|provider|supplier|partner)|"
    rf"(?:(?<=due to )|(?<=because of )|(?<=owing to )|(?<=result of )|(?<=with )){_WEATHER}|"
    r"snowed under|inundated|overwhelmed|overloaded|slammed|stretched thin|flooded with|"
    r"hectic|chaotic|(?:very |really |extremely |super |incredibly |so |quite )?bus(?:y|ier|iest)"
    r"(?!\s+(?:working|looking|fixing|investigating|handling|processing|helping|sorting|"
    r"preparing|getting|dealing|on your|with your)\b))"
)
_STAFF = (
    r"(?:short[- ]?staffed|under[- ]?staffed|short[- ]?handed|"
    rf"short (?:of|on) (?:[a-z-]+ )?{_WORKERS}|{_WORKERS} (?:were |are |have been |had been |"
    r"being |all )?(?:(?:off|out) (?:sick|ill)|(?:out|off|away|tied up|busy) (?:on|with|at|"
    rf"dealing with|working on|covering) {_OTHER_WORK}{_NOUN_AFTER}|(?:diverted|redeployed|"
    rf"reassigned|pulled|called away) (?:to|onto|on) {_OTHER_WORK}{_NOUN_AFTER})|"
    r"(?:staff(?:ing)?|driver|engineer|labou?r|worker|nurse|people) shortages?|"
    r"shortage of (?:[a-z-]+ )?staff|"
    r"(?:limited|reduced) staff(?:ing)?|"
    r"skeleton (?:crew|staff)|(?<=we're )(?:only |just )?a small team|"
    r"(?<=we are )(?:only |just )?a small team)"
)
_SHORT_HANDED = (  # like _STAFF, in _MORE_RE: "down two agents", "only two of us", "half the team"
    r"thin on the ground|"
    r"(?:only|just) (?:have|had|got|has) (?:one|two|three|a few|a handful of|a couple of) "
    rf"(?:[a-z-]+ )?(?:{_WORKERS}|{_WORKER})|"
    r"(?:only|just) (?:one|two|three|four|a few|a handful|a couple) of us|(?:only|just) me "
    r"(?:in|on|here|covering|working)|the only (?:one|person) (?:in|on|here|working|covering)|"
    r"down (?:a|an|one|two|three|four|five|a few|a couple of|several|some|\d+) (?:[a-z-]+ )?"
    rf"(?:{_WORKERS}|{_WORKER})|(?:a|an|one|two|three|four|five|a few|several|\d+) "
    rf"(?:[a-z-]+ )?(?:{_WORKERS}|{_WORKER}) (?:down|short)|"
    r"half (?:of )?(?:the|our|my) (?:[a-z-]+ )?(?:team|office|department|workforce|crew|"
    rf"{_WORKERS}) (?:is|are|was|were|has been|have been|'s been|'re|'s) (?:off|out|away|sick|ill|"
    r"on (?:leave|holiday|vacation))"
)
_DEMAND = (  # needs a cause marker or a verb like "experiencing": not "the high volume plan"
    r"(?:(?:unusually|exceptionally|extremely|very|really|incredibly) )?"
    r"(?:high|higher|heavy|heavier|increased|increasing|unprecedented|unusual(?:ly high)?|"
    r"huge|large|massive|record|extreme|exceptional|overwhelming|extraordinary|peak|"
    r"(?:higher|larger|greater) than (?:normal|usual|expected|average)) "
    rf"(?:(?:[a-z-]+ )?(?:volumes?|demand|workloads?)|number of (?:[a-z-]+ )?{_CONTACTS})|"
    r"influx|backlog(?:ged)?"
)
_CHANGE = (  # a change of ours; needs a cause marker like _DEMAND and must be ours like _LOAD
    rf"{_SYSTEM} (?:migration|upgrade|changeover|change-over|transition|switchover|update)|"
    r"(?:planned|scheduled|routine|essential|necessary|pre-?planned|pre-?announced|advertised) "
    r"(?:[a-z-]+ )?(?:maintenance|upgrades?|updates?|(?:engineering )?works?|downtime|outages?|"
    r"migration|changes?)|"
    r"(?:upgrades?|updates?|maintenance|migration|changes?|improvements?) (?:to|of|on) "
    rf"(?:our|the) (?:[a-z-]+ ){{0,2}}?{_SYSTEM}|"
    rf"(?:move|switch|transition|migration) to (?:a |our )?new (?:[a-z-]+ )?(?:{_SYSTEM}|provider|"
    r"supplier)|migration|teething (?:problems|issues|troubles)"
)
_VOLUME = (
    r"(?:(?:a lot|lots|loads|tons|tonnes|heaps|masses|stacks|a (?:(?:very|really) )?"
    r"(?:large|high|huge|big|great|record) number|a flood) of "
    rf"(?:[a-z-]+ )?{_CONTACTS}|"
    r"(?:a (?:ton|tonne|load|heap|bunch|stack|mountain|pile|deluge|wave|barrage|avalanche|"
    r"torrent|glut|raft|mass|slew)|(?:piles|mountains|masses|waves)) of "
    rf"(?:[a-z-]+ )?{_CONTACTS}|"
    r"(?:(?<=had )|(?<=have )|(?<=received )|(?<=receiving )|(?<=getting )|(?<=got ))"
    rf"(?:so|too) many (?:[a-z-]+ )?{_CONTACTS}|"
    r"(?:a|an) (?:(?:big|huge|large|massive|sudden|sharp) )?(?:surge|spike|rise|jump|increase) "
    rf"(?:of|in) (?:[a-z-]+ )?{_CONTACTS}|"
    rf"more {_CONTACTS} than (?:usual|normal|expected)|"
    r"(?:holiday|christmas|festive) (?:rush|period|season)|"
    r"(?:our )?(?:peak|busy|busiest|high) (?:season|period|time of (?:the )?year)|"
    r"(?:unforeseen|unexpected|unprecedented) circumstances|"
    r"(?:these|such)(?: are| were)? (?:unprecedented|challenging|difficult|extraordinary|"
    r"uncertain|unusual|exceptional|trying) times|"
    # "it was announced in advance": the reader was warned, so it is on them
    r"(?<!should )(?<!could )(?<!would )(?<!must )(?:was|were|had been) (?:(?:clearly|publicly|"
    r"widely|all|already|also) )?(?:announced|notified|communicated|advertised|publici[sz]ed|"
    r"published|flagged|signposted) (?:(?:well|long|weeks|days|(?:a|two|three|"
    r"several) (?:days|weeks|months)|a (?:week|month)) )?(?:in advance|beforehand|"
    r"ahead(?: of time)?|previously|in our (?:terms|newsletter|app|emails?)|in the terms|"
    r"on our (?:website|status page|app|social media|blog))|"
    r"(?:demand|volumes?) (?:is|was|has been|have been|"
    r"are|were) (?:very |unusually |extremely |exceptionally )?(?:high|heavy)|"
    rf"(?:(?:[a-z-]+ )?volumes?(?: of {_CONTACTS})?|number of (?:[a-z-]+ )?{_CONTACTS}|"
    rf"{_CONTACTS}|demand)(?: (?!you\b|you'|your\b)[a-z']+){{0,3}}? (?:has |have |had )?"
    rf"{_INCREASED})"
)
_HOLIDAYS = (  # seasons and events that slow a business down
    r"(?:holidays?|(?:bank|public) holidays?|christmas|easter|festive season|black friday|"
    r"cyber monday|boxing day|(?:lunar |chinese )?new year|eid|diwali|ramadan|thanksgiving|"
    r"half[- ]term|(?:school|summer) holidays)"
)
_SLOWED_WHAT = r"(?:everything|things|us|it all|processing|deliveries|responses|our [a-z-]+)"
_HOLIDAY = (
    r"(?:(?<=due to )|(?<=because of )|(?<=owing to )|(?<=with )|(?<=closed for )|"
    rf"(?<=closed over )|(?<=it's )|(?<=it is ))(?:the )?{_HOLIDAYS}"
    r"(?: (?:rush|period|season|weekend))?"
)
_EVENTS = (  # in _MORE_RE: "due to the strike", "the holidays slowed everything down"
    r"(?:(?<=due to )|(?<=because of )|(?<=owing to )|(?<=result of )|(?<=with ))(?:the )?"
    r"(?:(?:ongoing|recent|current|national|local|continuing) )?(?:strikes?|strike action|"
    r"industrial action|pandemic|covid(?:-19)?|lockdowns?)|"
    # the season or event as what slowed us: "the holidays slowed everything down"
    rf"(?:the )?(?:{_HOLIDAYS}|(?:holiday|festive) (?:period|season|rush)|sales?|launch|"
    rf"strikes?|strike action|industrial action|weather|{_DISASTER}|pandemic|covid(?:-19)?|"
    r"demand|volumes?|backlog|rush|staff shortages?|sickness|illness) "
    r"(?:(?:has|have|had|really|also|just) ){0,2}"
    rf"(?:(?:disrupted|affected|impacted|delayed) (?:{_SLOWED_WHAT}|services|operations)|"
    rf"slowed {_SLOWED_WHAT}(?: right)? down|slowed down {_SLOWED_WHAT}|"
    rf"held {_SLOWED_WHAT} up|held up {_SLOWED_WHAT}|"
    r"caused (?:some |a few |a lot of |significant |major |long )?(?:delays|a delay|a backlog|"
    r"backlogs|disruption)|meant (?:delays|longer waits|a backlog))"
)
_CIRCUMSTANCE_RE = re.compile(
    rf"\b(?:(?P<load>{_LOAD})|(?P<demand>{_DEMAND})|(?P<change>{_CHANGE})|(?P<staff>{_STAFF})|"
    rf"{_VOLUME}|{_HOLIDAY})\b"
)
# Newer families, tried only at their own cue words: a second, smaller pattern costs less than
# growing the one above, which is tried at every one of its cues.
_MORE_RE = re.compile(rf"\b(?:(?P<load>{_SWAMPED})|(?P<staff>{_SHORT_HANDED})|{_EVENTS})\b")
# At least one of these words occurs in every match of _CIRCUMSTANCE_RE that is looked for ("went
# up" and "gone up" only in a message that also says volume, number or demand: too common alone).
_CIRCUMSTANCE_CUES = _words_set(
    "crazy hectic mad busy busier busiest chaotic going plate sick ill holiday holidays vacation "
    "heaps tonnes masses stacks flat feet pump eyes eyeballs necks capacity cover multiple "
    "several numerous fairness fair defence defense rush crunch end "
    "away leave office behind catching swamped snowed inundated overwhelmed overloaded slammed "
    "stretched flooded staffed understaffed short shorthanded handed staff staffing shortage "
    "shortages skeleton small volume volumes demand number lot lots loads tons flood surge "
    "usual normal expected influx backlog backlogged christmas festive easter season "
    "circumstances peak period doubled tripled quadrupled spiked surged soared risen rose "
    "increased jumped grown grew exploded skyrocketed people colleagues "
    "employees workers members agents advisers advisors engineers technicians techs drivers "
    "couriers fitters installers adjusters assessors nurses doctors clinicians crews handlers "
    "operators administrators admins migrating moving switching transitioning "
    "changing upgrading migration upgrade changeover transition switchover move "
    "switch teething storm storms weather snow snowfall flood floods flooding heatwave winds "
    "hurricane ice spike rise increase workload workloads ton tonne load heap bunch stack "
    "mountain pile piles mountains deluge wave waves barrage avalanche torrent glut raft mass "
    "slew many planned scheduled routine essential necessary preplanned pre announced advertised "
    "maintenance updates update upgrades improvements changes change unprecedented times "
    "notified communicated publicised publicized published flagged signposted "
    "manic insane frantic intense wild non nonstop monsoon cyclone typhoon blizzard fog wildfire "
    "wildfires bushfire bushfires black cyber boxing eid diwali ramadan thanksgiving term year "
    "lunar chinese"
)
# Cues of _CIRCUMSTANCE_RE at most 4 words into their phrase ("planned maintenance", "a large
# number of", "year-end"): frequent words, tried from fewer word starts.
_NEAR_CUES = _words_set(
    "update updates upgrade upgrades change changes changeover switchover transition "
    "improvements maintenance migration teething end going number"
)
# The same for _MORE_RE, whose cue words are at most 5 words into their phrase.
_MORE_CUES = _words_set(
    "crazy mad insane manic nuts bonkers mental frantic wild non nonstop relentless drowning "
    "buried swimming overstretched overworked maxed ragged breaking struggling catch flu covid "
    "stomach tummy virus lurgy illness sickness norovirus gastro infection fever company firm "
    "practice organisation organization short thin staffed understaffed stretched behind longer "
    "leave holiday holidays vacation used adjusting bedding settling grips speed learning "
    "training trained ropes feet queue queues times list lists meetings emergencies emergency "
    "urgent hammered bombarded deluged besieged rammed only half down strike strikes action "
    "industrial pandemic lockdown lockdowns christmas easter festive black cyber boxing year eid "
    "diwali ramadan thanksgiving term sale sales launch weather storm storms snow flood floods "
    "flooding heatwave hurricane monsoon cyclone typhoon blizzard fog wildfire wildfires bushfire "
    "bushfires demand volume volumes backlog rush shortage shortages"
)
_DEMAND_CONTEXT = _words_set(
    "due because owing result thanks caused by as since with experiencing experience "
    "seeing see receiving received receive receives getting get got had have has having handling "
    "dealing facing experienced saw seen hit encountered encountering "
    "faced been there's through during amid amidst carrying performing undergoing doing"
)
_DEMAND_CLEARED = _words_set("cleared clearing cleaned reduced processed finished eliminated")
_PLANNED_RE = re.compile(r"(?:planned|scheduled|routine|essential|necessary|pre-?)")
_YOU_NEXT_RE = re.compile(r" (?:for )?(?:you|you're|you've|u)\b")
_EMPATHY_RE = re.compile(r" to (?:hear|learn|read|see)\b")
_CONDITIONAL = _words_set("if unless whether")
_FUTURE_RE = re.compile(r"\b(?:will|won't|'ll|may|might|shall|(?:is|are) going to)\b")
_CAUSE_RE = re.compile(
    r"\b(?:due to|because(?: of)?|owing to|as a result of|thanks to|caused by|as|since)\b"
)
_LEAD_IN_RE = re.compile(
    r"\b(?:but|however|though|although|that said|that being said|unfortunately|sadly)\s*,?\s*$"
)
_REGRET_OBJECT_RE = re.compile(r"\s*(?:for|about)\b(?:[\w\s']|(?<=\w)-(?=\w)){0,40}$")
# A reason the writer disowns ("that's no excuse", "we should have", "that's on us", "our
# fault"), each form with a word it holds: a form is only searched when its word is there.
_NO_EXCUSE_RE = re.compile(
    r"\b(?:no|not an?|isn't an?|is not an?|doesn't|does not|never an?)\s+excuse\b"
)
_ON_US_RE = re.compile(
    r"\b(?:that|this|it|which)(?:'s| is| was) (?:entirely |all |completely )?on (?:us|me)\b"
)
_OUR_FAULT_RE = re.compile(r"\b(?:our|my) (?:own )?(?:fault|mistake|responsibility)\b")
_DISCLAIMERS = (
    ("excuse", _NO_EXCUSE_RE),
    ("should", re.compile(r"\b(?:we|i)(?: really| still)? should(?:n't| not)? have\b")),
    ("on us", _ON_US_RE),
    ("on me", _ON_US_RE),
    ("fault", _OUR_FAULT_RE),
    ("mistake", _OUR_FAULT_RE),
    ("responsibility", _OUR_FAULT_RE),
)


def _disclaimed(text: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` disowns the reason (see ``_DISCLAIMERS``)."""
    for word, pattern in _DISCLAIMERS:
        if text.find(word, lo, hi) >= 0 and pattern.search(text, lo, hi):
            return True
    return False

_YOU = _words_set("you you're youre you've you'd your yours yourself u")
_WE = _words_set(
    "we we're we've we'd i i'm i've our us team staff things it it's everything everyone"
)
_TAIL_START = _words_set(
    "with over during since in on at from of after around across throughout this these last "
    "for here lately recently today"
)
_TAIL_STOP = _words_set(
    "but and so which that who please we our i you your they it because as while when if to "
    "however will would can could shall should must"
)
_PREPOSITIONS = _words_set("with on for of about to in at from into after over")
_TAIL_WORDS = 6
_LONG_MAIN_CLAUSE = 4  # more words than this before a cause marker: the span starts at it


def _negated(doc: _Doc, clause: int, pos: int) -> bool:
    """True when one of the three words before ``pos`` in its clause is a negator."""
    words = [w.group() for w in doc.words(clause, pos)[-3:]]
    return any(w in NEGATORS or w.endswith("n't") for w in words)


def _about_us(doc: _Doc, start: int, pos: int) -> bool:
    """False when the clause before ``pos`` makes the reader the one who is busy ("your" after
    a preposition is not the subject, "the person dealing with your case has left", unless it
    owns the circumstance: "busy on your migration")."""
    words = [w.group() for w in doc.words(start, pos)]
    last = len(words) - 1
    you = [
        i for i, w in enumerate(words)
        if w in _YOU and not (w == "your" and 0 < i < last and words[i - 1] in _PREPOSITIONS)
    ]
    return not you or any(w in _WE for w in words[you[-1] + 1 :])


def _tail_end(doc: _Doc, pos: int, hi: int) -> int:
    """Extend a justification over a short trailing complement ("with tickets this week")."""
    end = pos
    for n, w in enumerate(doc.words(pos, doc.clause_end(pos, hi))):
        word = w.group()
        if (n == 0 and word not in _TAIL_START) or word in _TAIL_STOP or n >= _TAIL_WORDS:
            return pos if n == 1 else end  # not a lone preposition: "maintenance on" our...
        end = w.end()
    return end


def _excuse_span(doc: _Doc, m: re.Match[str], lo: int, hi: int) -> tuple[int, int]:
    """The justification clause: from its connective, or from its cause marker in a long clause,
    to the circumstance and its short complement."""
    start = doc.clause_start(lo, m.start())
    causes = list(_CAUSE_RE.finditer(doc.text, start, m.start()))
    if causes and len(doc.words(start, causes[-1].start())) > _LONG_MAIN_CLAUSE:
        start = causes[-1].start()
    else:
        lead = _LEAD_IN_RE.search(doc.text, max(lo, start - 30), start)
        if lead:
            start = lead.start()
    return start, _tail_end(doc, m.end(), hi)


_Tried = dict[tuple[int, int], "re.Match[str] | None"]  # (offset, id(pattern)): its match
_Cue = tuple[int, re.Pattern[str], int]  # a cue word's offset, its pattern, the words to try


def _circumstance_at(doc: _Doc, cue: _Cue, lo: int, tried: _Tried) -> re.Match[str] | None:
    """The circumstance phrase holding the cue word at ``cue``, tried from the words before it
    (matching at a few word starts is much faster than scanning the sentence, and each try costs
    as much as a few thousand plain string tests); ``tried`` keeps the matches already tried at a
    word start for the sentence's other cues."""
    pos, pattern, reach = cue
    for w in doc.words(max(lo, pos - 50), pos + 1)[-reach:]:
        key = (w.start(), id(pattern))  # a pattern's own hash reads its whole source
        if key in tried:
            m = tried[key]
        else:
            m = tried[key] = pattern.match(doc.text, key[0])
        if m and m.end() > pos:
            return m
    return None


def _justification(doc: _Doc, i: int, cues: list[_Cue]) -> tuple[int, int] | None:
    """The span of the first excuse in sentence ``i``, if it has one next to a regret."""
    s_lo, s_hi = doc.sentences[i]
    w_lo, w_hi = doc.window(i, 1, 1)
    if not _REGRET_RE.search(doc.text, w_lo, w_hi) or _disclaimed(doc.text, w_lo, w_hi):
        return None
    tried: _Tried = {}
    for cue in cues:
        m = _circumstance_at(doc, cue, s_lo, tried)
        if m is None:
            continue
        regrets = list(_REGRET_RE.finditer(doc.text, s_lo, m.start()))
        lo = regrets[-1].end() if regrets else s_lo
        if _reason_is_excuse(doc, m, s_lo, lo, bool(regrets)):
            return _excuse_span(doc, m, lo, s_hi)
    return None


def _reason_is_excuse(doc: _Doc, m: re.Match[str], s_lo: int, lo: int, regret: bool) -> bool:
    """Whether circumstance ``m`` justifies rather than names what we apologise for."""
    text = doc.text
    clause = doc.clause_start(s_lo, m.start())
    if _negated(doc, clause, m.start()) or _YOU_NEXT_RE.match(text, m.end()):
        return False  # "it wasn't a busy day", "how busy you must be"
    if regret and _EMPATHY_RE.match(text, lo):
        return False  # "sorry to hear your team is short-staffed": not our apology
    s_lo, s_hi = doc.sentences[doc.index(m.start())]
    if text[s_lo:s_hi].rstrip().endswith("?"):
        return False  # "is it a busy time for you?"
    before = [w.group() for w in doc.words(clause, m.start())]
    if not _CONDITIONAL.isdisjoint(before):
        return False  # "if we're ever short-staffed again"
    futures = list(_FUTURE_RE.finditer(text, clause, m.start()))
    if futures and not _CAUSE_RE.search(text, futures[-1].end(), m.start()):
        return False  # a notice: "we'll be closed over the holidays", not "... as we're busy"
    if regret and _REGRET_OBJECT_RE.match(text, lo, m.start()) and not _CAUSE_RE.search(
        text, lo, m.start()
    ):
        return False  # "sorry for the backlog": the circumstance is what we apologise for
    groups = m.groupdict()
    if groups.get("demand") or groups.get("change"):
        words = {w.group() for w in doc.words(clause, m.start())}
        if not _DEMAND_CLEARED.isdisjoint(words):
            return False  # "we've cleared the backlog" is repair, not a reason
        if _DEMAND_CONTEXT.isdisjoint(words) and not text.startswith(" of ", m.end()):
            return False
        if groups.get("change") and _PLANNED_RE.match(m["change"]):
            sentence = doc.sentences[doc.index(m.start())]
            if _FUTURE_RE.search(text, *sentence):
                return False  # a notice of work to come: "due to planned works, it will be down"
    mine = not (m["load"] or m["staff"] or groups.get("change"))
    return mine or _about_us(doc, doc.clause_start(lo, m.start()), m.start())


@code_rule(
    "excuse",
    Level.WARNING,
    "Regret followed by a justification: \"sorry, but we were short-staffed\".",
    "A justification after an apology cancels it: the reader hears \"it wasn't really our fault\".",
    "Drop the reason; keep the apology, own the delay and say what you're doing about it.",
    explanation=(
        "Fires when a regret expression (sorry, apologize, regret, unfortunately) has, in the "
        "same sentence or the one before or after it, a justification pointing at our "
        "circumstances: being busy, swamped or behind (\"it's been manic\", \"drowning in "
        "tickets\", \"that put us behind\"), a heavy workload, long queues, short-staffed, down "
        "people, staff off sick, on leave, just back or gone, or out on other work, high, rising "
        "or unprecedented volume or demand (\"a ton of tickets\"), a backlog, peak season, the "
        "holidays or an event (\"the holidays slowed everything down\", \"closed for Diwali\"), "
        "a new system we are still learning, a migration or planned upgrade given as the cause, "
        "the weather given as the cause, unforeseen circumstances, or that the problem \"was "
        "announced in advance\". A notice of planned work or closure still to come, a "
        "hypothetical (\"if we're ever short-staffed\") and the reader's busyness (\"how busy "
        "you must be\") are not excuses. "
        "A cause that is our own error "
        "(\"because we used your old address\") is an explanation, not an excuse, and does not "
        "fire; nor does a plain \"but\" followed by status, or a reason the writer disowns "
        "(\"that's no excuse\", \"we should have...\"). The finding covers the justification "
        "clause: from its connective (\"but\", \"however\") or, in a long clause, from its "
        "cause marker (\"due to\"), to the circumstance and its short complement."
    ),
    gate=_REGRET_TOKENS,
    examples=[
        {
            "text": "Sorry, but we were short-staffed over the Easter weekend, so your ticket "
            "sat unanswered until Tuesday.",
            "flags": "but we were short-staffed over the Easter weekend",
        },
        {
            "text": "We apologise for the wait; however, this was due to unusually high demand "
            "after the price change.",
            "flags": "however, this was due to unusually high demand after the price change",
        },
        {
            "text": "Apologies for the slow reply. It's been a hectic week here.",
            "flags": "It's been a hectic week here",
        },
        {
            "text": "I'm sorry your refund took nine days to arrive, we've been inundated with "
            "claims since the recall.",
            "flags": "we've been inundated with claims since the recall",
        },
        {
            "text": "Unfortunately, due to unforeseen circumstances your class on Monday is "
            "cancelled.",
            "flags": "due to unforeseen circumstances",
        },
        {
            "text": "Sorry for the wait, but our call volumes have tripled since the price "
            "change.",
            "flags": "but our call volumes have tripled since the price change",
        },
        {
            "text": "Apologies for the missed visit. Most of our fitters were tied up with "
            "emergency call-outs.",
            "flags": "Most of our fitters were tied up with emergency call-outs",
        },
        {
            "text": "We're sorry for the outage; however, it happened during a scheduled upgrade "
            "that was announced in advance.",
            "flags": "however, it happened during a scheduled upgrade",
        },
        {
            "text": "Sorry nobody rang you back. The number of calls we had after the storm was "
            "unprecedented.",
            "flags": "The number of calls we had after the storm was unprecedented",
        },
        {"text": "Sorry for the short notice: planned maintenance will run on Sunday from 02:00."},
        {"text": "The sync is fixed, but reports from last week still need a manual refresh."},
        {"text": "I'm sorry our update broke your invoices, but they work again as of 09:40."},
        {
            "text": "Sorry — your parcel went to the wrong address because we used the one from "
            "your old account."
        },
        {"text": "Sorry to bother you, I know you're really busy this week."},
        {
            "text": "I'm sorry: we were swamped on Friday, but that's no excuse for leaving "
            "you without an answer."
        },
    ],
)
def excuse(rule: CodeRule, msg: Message) -> Iterator[Finding]:
    """Regret plus a justification that points at our own busyness or circumstances."""
    tokens = msg.tokens
    if _REGRET_TOKENS.isdisjoint(tokens):
        return
    cues = _CIRCUMSTANCE_CUES.intersection(tokens)
    more = _MORE_CUES.intersection(tokens)
    if not (cues or more):
        return
    doc = _Doc.of(msg)
    found: dict[int, list[_Cue]] = {}
    near = _NEAR_CUES.intersection(cues)
    for cue_words, pattern, reach in (
        (cues.difference(near), _CIRCUMSTANCE_RE, 7),
        (near, _CIRCUMSTANCE_RE, 4),
        (more, _MORE_RE, 5),
    ):
        for i, positions in doc.cue_sentences(cue_words).items():
            found.setdefault(i, []).extend((pos, pattern, reach) for pos in positions)
    for i in sorted(found):
        span = _justification(doc, i, sorted(found[i], key=lambda cue: cue[0]))
        if span:
            yield rule.at(msg, *span)


# --- passive-evasion --------------------------------------------------------------------------

_BE_TOKENS = _words_set("was were been got gotten wasn weren")
_MISTAKE_PARTICIPLES = _words_set(
    "lost deleted erased wiped misplaced mislaid exposed leaked missed overlooked ignored buried "
    "duplicated forgotten neglected omitted mishandled corrupted compromised breached "
    "overcharged undercharged overbilled double-charged double-billed double-booked misled "
    "disrupted interrupted overwritten overridden botched bungled garbled scrambled"
)
# "mis-" participles that do not end in "-ed" ("misread", "mis-sold"); tokens split at "-"
_MIS_IRREGULAR = _words_set("misread misunderstood misheard misspelt missent missold mistook")
_ERROR_ADVERBS = _words_set(
    "wrongly incorrectly accidentally mistakenly erroneously inadvertently wrongfully "
    "improperly inaccurately"
)
_TRANSACTION_VERBS = _words_set(  # "twice" or "late" after these names a mistake
    "charged billed debited taken deducted collected paid processed applied sent shipped "
    "booked withdrawn invoiced issued delivered dispatched posted submitted filed refunded "
    "credited returned"
)
_COLLECTION_VERBS = _words_set(  # money taken: "early" after these names a mistake
    "charged billed debited taken deducted collected withdrawn invoiced"
)
_DISRUPTION_PARTICIPLES = _words_set(  # a mistake only when done improperly ("without notice")
    "cancelled canceled disconnected suspended closed blocked locked frozen terminated "
    "deactivated disabled removed rejected declined denied released reassigned downgraded reset "
    "withheld stopped increased raised changed altered amended renewed switched transferred "
    "moved upgraded added extended"
)
_DISRUPTION_PHRASALS = frozenset(
    {("cut", "off"), ("shut", "off"), ("switched", "off"), ("turned", "off"), ("locked", "out")}
)
_WITHHELD_PARTICIPLES = _words_set(  # money kept back: a mistake when it is then refunded
    "retained kept withheld charged deducted debited"
)
_UNDO_ADVERBS = r"(?:(?:now|since|already|just|then|also|fully|immediately|quickly)\s+)*"
_UNDO_SUBJECT = r"\b(?:it|this|that|they|these|those|both|which|the (?:[\w€£$-]+\s+){1,3}?)"
_REFUND_RE = re.compile(
    rf"{_UNDO_SUBJECT}\s*(?:has|have|'s|was|were)\s+{_UNDO_ADVERBS}(?:been\s+)?{_UNDO_ADVERBS}"
    r"(?:refunded|repaid|paid back|credited back|reversed|released|"
    r"returned to your (?:account|card|bank|wallet|balance))\b"
)
_REINSTATE_RE = re.compile(
    rf"{_UNDO_SUBJECT}\s*(?:has|have|'s|was|were)\s+{_UNDO_ADVERBS}(?:been\s+)?{_UNDO_ADVERBS}"
    r"(?:reinstated|restored|reactivated|re-?enabled|re-?opened|unblocked|unlocked|unfrozen|"
    r"unsuspended|reconnected|re-?added|put back|reversed|undone)\b"
)
_LEGITIMATE_RE = re.compile(  # the reader's act or request explains it: "once you confirmed"
    r"\b(?:after|once|as soon as|now that|because|since|when|as) (?:you|your)\b|"
    r"\bat your (?:request|instruction)\b|\bas (?:you )?(?:requested|asked|instructed|agreed)\b|"
    r"\bfor (?:your )?(?:security|safety|protection)\b|\b(?:suspected|possible) fraud\b|"
    r"\bsuspicious\b|\b(?:failed|incorrect|wrong) (?:login|sign-?in|pin|password|attempt)|"
    r"\b(?:deposit|pre-?authori[sz]ation|hold|goodwill|gesture|courtesy)\b"
)
_FULFILMENT_VERBS = _words_set(  # what we hand over: a mistake when it goes out incomplete
    "dispatched shipped sent delivered packed posted supplied installed fitted assembled "
    "returned served fulfilled prepared despatched"
)
_INCOMPLETE_TAIL_RE = re.compile(  # "dispatched with an item missing", "delivered damaged"
    r"(?:\s+(?:to you|to your [\w-]+|today|yesterday|on [\w-]+))?\s+"
    r"(?:damaged|broken|incomplete|faulty|cracked|dented|smashed|torn|unusable)\b|"
    r"(?:\s+(?!and\b|but\b|so\b|which\b|that\b)[\w£$€#'-]+(?:[.,:]\d+)*){0,4}?\s+"
    r"(?:with (?:an?|one|two|three|some|several|a few|the|its|your|part of the|\d+) "
    r"(?:[\w'-]+ ){0,2}?(?:missing|absent|damaged|broken|faulty|cracked|left out|not included)"
    r"(?=\s*(?:[.,;:!)—–]|$|\s(?:from|and|but|so|which|in|on)\b))|"
    r"missing (?:an?|one|two|three|some|several|the|its|your|part of|\d+) [\w'-]+|"
    r"without (?:the|its|your|an?|one|two|three|some|\d+) (?!(?:problems?|issues?|hitch(?:es)?|"
    r"delay|fuss|charges?|costs?|fees?|signature|incident|trouble|difficulty|difficulties|"
    r"need|wait|interruption)\b)[\w'-]+)"
)
_OWED_VERBS = _words_set(  # what we owe the reader: "never processed", "not sent in time"
    "paid processed applied sent shipped delivered dispatched posted submitted filed refunded "
    "credited returned issued actioned forwarded passed logged recorded escalated answered "
    "acknowledged reviewed assessed approved completed fixed handled scheduled booked arranged "
    "cancelled canceled closed removed stopped transferred ported connected activated installed "
    "renewed notified informed told contacted called updated corrected replaced repaired "
    "responded replied dealt attended looked honoured honored followed"
)
# Owed acts whose omission is a failure whatever the context: "your message was not answered"
_NEGLECT_VERBS = _words_set(
    "answered actioned responded replied acknowledged dealt attended honoured honored followed"
)
_STRANDED_RE = re.compile(r" (?:to|with|at|into)(?=[.,;:!?)]|$)")
_ERROR_NOUNS = _words_set(
    "error errors mistake mistakes oversight oversights misstep missteps blunder blunders "
    "mix-up mix-ups mixup"
)
# Not catching a problem: "the error was not spotted" (with a problem as subject)
_CATCH_VERBS = _words_set("spotted caught noticed detected flagged")
_PROBLEM_NOUNS = _ERROR_NOUNS | _words_set("issue issues problem problems fault faults bug bugs")
_ERROR_NOUN_TOKENS = _ERROR_NOUNS | _words_set(  # as tokens: "mix-up" is "mix" and "up"
    "mix mixup mixups slip failings inaccuracy inaccuracies discrepancy discrepancies"
)
# At least one of these words (or a "mis...ed" word) occurs in every passive that can fire.
_PASSIVE_CUES = (
    _MISTAKE_PARTICIPLES
    | _ERROR_ADVERBS
    | _ERROR_NOUNS
    | _words_set(
        "twice times once late accident wrong incorrect inaccurate misleading conflicting "
        "erroneous else old previous outdated former expired double triple out off up behind "
        "never instead rather deadline early notice day minute testing tested another "
        "different unrelated"
    )
    | _DISRUPTION_PARTICIPLES
    | _WITHHELD_PARTICIPLES
    | _words_set(
        "cut shut switched turned damaged broken incomplete faulty cracked dented smashed torn "
        "unusable missing absent without"
    )
)
# A negated passive: "not", or what "wasn't" / "hasn't been" leave ("wasn", "t"); not "don't".
_NEGATION_TOKENS = _words_set("not wasn weren hasn haven hadn shouldn couldn wouldn")
_LATE_CUES = _words_set(  # with a negation: "not paid in time", "not sent as they should have"
    "time until till should supposed meant due promised agreed planned arranged requested "
    "advertised described quoted offered stated confirmed discussed instructed intended "
    "expected scheduled go owing because result sorry apologise apologize apologies regret "
    "unfortunately yesterday last weekend date day morning monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september "
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th "
    "21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th 31st "
    "answered actioned responded replied acknowledged dealt attended honoured honored followed "
    "spotted caught noticed detected flagged correctly properly accurately right relevant "
    "appropriate"
)
_OWED_PHRASALS = frozenset({("set", "up"), ("sent", "out"), ("paid", "out"), ("followed", "up")})
_READER_CAUSE_RE = re.compile(  # the reader's act or wish explains it: "because you asked us to"
    r"\b(?:because|as|since|until|till|after|once) (?:you|your)\b|\b(?:when|while) you\b|"
    r"\bat your (?:request|instruction)\b|\bas (?:you )?(?:requested|asked|instructed|agreed)\b|"
    r"\bbecause (?:nobody|no one|no-one|there was no one) was (?:home|in|available|there)\b"
)
_AS_ASKED_RE = re.compile(
    r"\bas (?:you )?(?:requested|asked|instructed|agreed)\b|\bat your (?:request|instruction)\b"
)
_FIRST_PERSON_REGRET_RE = re.compile(r"\b(?:sorry|apolog(?:y|ies|i[sz]e)|regret)\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_FAILURE_DATE_RE = re.compile(  # an owed act not done when it was due: "not processed on 1 March"
    r"(?:\s+(?!and\b|but\b|so\b|because\b|as\b|until\b|till\b)[\w£$€'-]+){0,3}?\s+"
    rf"(?:on (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}|"
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)|{_WEEKDAY}|"
    r"(?:due|agreed|scheduled|promised|expected|usual|right) (?:date|day))|"
    rf"yesterday|last (?:week|night|month|weekend|{_WEEKDAY})|over the weekend|"
    r"(?:this|that) (?:morning|afternoon|week|month|day|weekend))\b"
)
_FAILURE_CAUSE_RE = re.compile(  # ... or with the reason it was not done: "owing to an upgrade"
    r"(?:\s+(?!and\b|but\b|so\b)[\w£$€'-]+(?:[.,:]\d+)*){0,5}?\s+"
    r"(?:owing to|due to|because of|as a result of)\b"
    r"(?!(?:\s+[\w'-]+){0,3}?\s+(?:you|your|you've|you'd|you're|yourself)\b)"
)
_ONGOING_RE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:yet|so far|at the moment|right now)\b")
_NOUN = (  # the thing that was wrong: one word, or two for "the wrong VAT number"
    r"[\w-]+(?: (?:number|address|account|code|date|name|card|rate|amount|price|plan|item|"
    r"size|details|id))?"
)
# No leading \b: a pattern starting with plain words is scanned much faster (checked in code).
# "has/have/had" before "been" stay in the subject's run, where "would have" is seen.
_PASSIVE_RE = re.compile(
    r"(?:was|were|got|gotten|been)(?P<neg>n't|\s+not|\s+never)?"
    r"(?P<adv>(?:\s+(?:[a-z]+ly|also|somehow|all|both|then|just|already|now|since|again))*)"
    r"(?:\s+being)?\s+(?P<verb>(?:(?:double|triple)[- ])?[a-z]+(?:-[a-z]+)*)"
    r"(?P<particle>\s+(?:up|out|off|behind)\b)?"
)
_WRONG_WORDS = _words_set("wrong incorrect inaccurate misleading conflicting erroneous")
_WRONG = "(?:" + "|".join(sorted(_WRONG_WORDS)) + ")"
_TAIL_RE = re.compile(  # an error adverb, a wrong object or destination, a skipped check
    rf"\s+(?:(?:the|a|an|your|some) )?{_WRONG} {_NOUN}\b|"  # "charged the wrong amount"
    r"(?:\s+(?!and\b|but\b|so\b|which\b)[\w£$€'-]+(?:[.,]\d+)*){0,5}?\s+"
    r"(?:wrongly|incorrectly|in error|"
    r"by mistake|by accident|accidentally|mistakenly|erroneously|inadvertently|twice|two times|"
    r"more than once|late|too (?:late|early)|early|instead of|rather than|"
    r"(?P<other>(?:to|with|into|on|under|for) (?:another|a different|an unrelated) (?:customer|"
    r"person|account|address|patient|client|member|user|passenger|household|property|order|"
    r"booking|card)(?:'s [\w-]+)?)|"
    r"(?:after|past) (?:the|its|their) (?:cut-?off|cut off|deadline|closing date|due date)|"
    rf"(?:to|with|on|for|under|at|in|into|from) (?:the|a|an|your) {_WRONG} {_NOUN}|"
    r"to (?:the|your|an?) (?:old|previous|outdated|out-of-date|former|expired|closed) "
    rf"{_NOUN}|to someone else(?:'s [\w-]+)?|"
    r"without (?:your |the )?(?:consent|permission|authori[sz]ation|knowledge|agreement)|"
    r"without (?:(?:proper|adequate|sufficient|enough|any|full|the usual|the necessary|being) )*"
    r"(?:testing|tests|checks|checking|review|verification|sign-off|tested|checked|reviewed)|"
    r"before (?:it|they|this|these|the [\w-]+) (?:was|were|had been|could be) "
    r"(?:(?:fully|properly|adequately|thoroughly) )?(?:tested|checked|reviewed|verified|"
    r"approved))\b"
)
_TIMING_TAIL_RE = re.compile(
    r"(?:twice|two times|more than once|late|early|cut-?off|cut off|deadline|date)$"
)
_IMPROPER_TAIL_RE = re.compile(  # a disruption done improperly: "cancelled without notice"
    r"(?:\s+[\w£$€'-]+(?:[.,:]\d+)*){0,6}?[,;]?\s+(?:without (?:(?:any|prior|advance|proper|"
    r"adequate|sufficient|a|your|the|us|first|written|formal) )*(?:notice|notification|warning|"
    r"explanation|reason|cause|response|reply|answer|resolution|fix|investigation|"
    r"being (?:resolved|fixed|investigated|answered)|call|phone call|contacting you|"
    r"telling you|letting you know|asking you|informing you|"
    r"checking|consent|permission|approval|agreement|knowledge|authori[sz]ation)|prematurely|"
    r"too (?:early|soon)|on the day|(?:at (?:the |very )?)?last[- ]minute|"
    r"at (?:very |such |really )?short notice|at the eleventh hour|"
    r"with (?:no|little|short|hardly any|only (?:[\w-]+ ){1,2}(?:hours?|days?|minutes?)'?) notice|"
    r"for (?:over |more than |almost |nearly |about |around |up to |another |a further )?"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|many) "
    r"(?:minutes|mins|hours|hrs|days|weeks|hour|day|week)|overnight|all day|"
    r"for (?:the |a )?(?:whole|entire|best part of (?:the|a)|most of (?:the|a)) "
    r"(?:day|night|weekend|week|morning|afternoon|evening)|"
    r"before (?:(?:the|your|a|an) (?:new|replacement|other)(?: [\w'-]+){1,3}? (?:was|were|had|"
    r"could|went|came|got|arrived|started)|(?:you|we) (?:could|had|were|received|got))\b"
    r"(?: [\w'-]+(?: (?:up|in|on|off|out|through)\b)?)?|"
    r"(?:and|but) (?:nobody|no one|no-one|you (?:weren't|were not|were never)) (?:told|called|"
    r"contacted|informed|warned|notified|let you know)\b(?: you)?)"
)
_FAILURE_TAIL_RE = re.compile(  # an owed act not done in time or right: "not sent in time"
    r"(?:\s+[\w£$€'-]+(?:[.,:]\d+)*){0,3}?\s+(?:in time|on time|correctly|properly|accurately|"
    r"to the (?:right|correct|relevant|appropriate) [\w-]+|"
    r"(?:until|till)(?! you\b)(?: [\w'-]+){1,2})\b"
)
_REASSURANCE_TAIL_RE = re.compile(  # "never sent to anyone": a reassurance, not a failure
    r"\s+(?:to |with )?(?:anyone|anybody|any third|third|outside|externally|publicly|elsewhere)"
)
_OWED_CONTEXT_RE = re.compile(  # the sentence says the act was owed: "as they should have"
    r"\b(?:should(?:'ve| have)|(?:was|were) (?:supposed|meant|due) to|as (?:promised|agreed|"
    r"planned|arranged|requested|expected|scheduled|advertised|described|quoted|offered|stated|"
    r"confirmed|discussed|instructed|intended)|(?:did not|didn't) go (?:as|to plan))\b"
)
_PHRASAL_MISTAKES = frozenset(
    {("left", "out"), ("left", "off"), ("left", "behind"), ("mixed", "up"), ("messed", "up")}
)
_SUBJECT_STOP = _words_set(
    "and but or so that which who whom when because if since as while after before then where "
    "what how unfortunately sadly also however though although until once whether unless why "
    "confirm see found think noticed"
)
_DETERMINERS = _words_set(
    "the a an your our their his her its this these those some any all many several both each "
    "every my one two three four five six seven eight nine ten it they you he she"
)
_NEGATIVE_SUBJECT = _words_set("no none nothing nobody neither nor zero")
_VERB_NEGATORS = _words_set("not never")
_SHOULD_NOT = _words_set("shouldn't shouldnt")
_CONJUNCTIONS = _words_set("and but or so which while because although though whereas")
_HYPOTHETICAL = _words_set(  # and "in case" (see _hypothetical)
    "if whether unless ensure sure prevent avoid would could should may might must will won't "
    "wont can't cannot seems seem appears "
    "looks likely possibly perhaps probably maybe"
)
_SUBJECT_WORDS = 6
_NOT_AGENT = (
    r"mistake|accident|error|default|e-?mail|mail|post|phone|text|sms|card|hand|then|now|today|"
    r"tomorrow|tonight|noon|midnight|eod|cob|end|close|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"the (?:end|time|morning|afternoon|evening|weekend|deadline|way)|about|around|roughly|"
    r"nearly|almost|over|up to|more than|half|a (?:few|day|week|month)|an hour|several|one|two|"
    r"three|four|five|six|seven|eight|nine|ten"
)
_AGENT_RE = re.compile(rf"\bby\s+(?!(?:{_NOT_AGENT})\b|[£$€\d])[\w'-]")
_FIRST_PERSON = r"(?:we|i|our\s+[a-z-]+(?:\s+[a-z-]+)?)"  # "our team", "our billing job"
_OWN_RE = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:fault|error|mistake|bad|oversight|doing|responsibility|"
    r"blunder|slip-up|screw-up)\b|"
    r"\b(?:our|my)\s+(?:[a-z-]+(?:'s)?\s+){1,2}(?:fault|error|mistake|oversight)\b|"
    r"\b(?:mistake|error|bug|fault|oversight|slip)s?\s+(?:(?:in|by|from|of)\s+(?:our|my)|"
    r"on\s+(?:our|my)\s+(?:part|side|end))\b|"
    r"\b(?:that|this|it|which)(?:'s| is| was| one is| one's) (?:entirely |all |completely |fully )?"
    r"on (?:us|me)\b|"
    r"\b(?:we|i)\s+(?:take|accept)\s+(?:full\s+|complete\s+)?(?:responsibility|the blame)\b|"
    r"\b(?:we|i)(?:'ve|'d|\s+have|\s+had)?\s+(?:let|allowed)\s+(?!you\b)[^.!?\n;]{0,80}?"
    r"\b(?:to\s+)?(?:expire|lapse|run out|slip|go out of date|fill up|overflow|go unanswered|"
    r"go unpaid|sit|build up|pile up)\b|"
    rf"\b{_FIRST_PERSON}(?:'ve|'d|\s+have|\s+had)?(?:\s+[a-z]+ly)?\s+"
    r"(?:made (?:an? )?(?:mistakes?|errors?)|messed up|screwed up|dropped the ball|"
    r"got (?:it|this|that|[a-z]+ [a-z]+) wrong|caused|broke|lost|deleted|erased|wiped|misplaced|"
    r"mislaid|exposed|leaked|missed|overlooked|forgot|failed|overcharged|double-charged|"
    r"introduced|should(?:n't)? have|mis[a-z]+ed)\b|"
    rf"\b{_FIRST_PERSON}(?:'ve|'d|\s+have|\s+had)?(?:\s+[a-z]+ly)?\s+(?:[a-z]+ed|sent|made|put|"
    r"took|gave|set|paid|sold|told|kept|left|ran)\b[^.!?\n,;:—–]{0,50}?\b(?:by mistake|in error|"
    r"wrongly|incorrectly|by accident|accidentally|mistakenly|twice|to the wrong)\b"
)


def _passive_cues(tokens: frozenset[str], low: str) -> frozenset[str]:
    """The cue words of a possible mistake passive in ``tokens`` (none without a be-verb);
    ``low`` is the message in lower case."""
    if _BE_TOKENS.isdisjoint(tokens):
        return frozenset()
    # "mis...ed" words and "mis-"; an ASCII text without "mis" has none (a quick test saves
    # the loop)
    if "mis" in low or not low.isascii():
        mis = {
            t for t in tokens
            if t.startswith("mis") and (t.endswith("ed") or t == "mis" or t in _MIS_IRREGULAR)
        }
    else:
        mis = set()
    if not _NEGATION_TOKENS.isdisjoint(tokens):  # "were not processed in time"
        mis.update(_LATE_CUES.intersection(tokens))
    return _PASSIVE_CUES.intersection(tokens).union(mis)


def _subject_start(doc: _Doc, clause: int, aux: int) -> tuple[int, list[str], list[str]]:
    """Start of the passive's subject noun phrase, its words, and the words of its whole run.

    The run is what precedes the be-verb up to a clause word ("and", "when"); the subject
    starts at the run's first determiner, so "None of your data" has subject "your data".
    """
    kept: list[re.Match[str]] = []
    for w in reversed(doc.words(clause, aux)[-_SUBJECT_WORDS:]):
        if w.group() in _SUBJECT_STOP:
            if not kept and w.group() in {"that", "which", "who"}:
                kept.append(w)
            break
        kept.insert(0, w)
    if not kept:
        return aux, [], []
    words = [w.group() for w in kept]
    first = next((n for n, w in enumerate(words) if w in _DETERMINERS), 0)
    return kept[first].start(), words[first:], words


def _is_mistake(m: re.Match[str], tail: re.Match[str] | None, subject: list[str]) -> bool:
    """Whether the passive verb (with its adverbs and tail) describes a mistake."""
    verb = m["verb"]
    misdeed = verb.startswith("mis") and (  # misfiled, miscalculated, misread, mis-sold
        verb.endswith("ed") or verb.replace("-", "") in _MIS_IRREGULAR
    )
    if verb in _MISTAKE_PARTICIPLES or misdeed or verb.startswith(("double", "triple")):
        return True
    if m["particle"] and (verb, m["particle"].strip()) in _PHRASAL_MISTAKES:
        return True
    if not _ERROR_ADVERBS.isdisjoint(m["adv"].split()):
        return True
    if tail:
        if tail.group().endswith(" early") and not tail.group().endswith("too early"):
            return verb in _COLLECTION_VERBS  # "taken early", not "delivered early"
        if tail["other"] and verb in _DISRUPTION_PARTICIPLES:
            return False  # "released to another patient" may be for a reason
        return verb in _TRANSACTION_VERBS or not _TIMING_TAIL_RE.search(tail.group())
    if verb == "made":
        return not _ERROR_NOUNS.isdisjoint(subject)
    wrong = not _WRONG_WORDS.isdisjoint(subject)
    return wrong and verb.endswith(("ed", "en", "t", "wn", "ne", "de", "id", "ld"))


def _admitted(run: list[str]) -> bool:
    """Whether the be-verb's run admits a mistake: "should not have been", "shouldn't have been"."""
    if len(run) < 2 or run[-1] != "have":
        return False
    return run[-2] in _SHOULD_NOT or (run[-2] in _VERB_NEGATORS and run[-3:-2] == ["should"])


def _hypothetical(words: list[str], admitted: bool = False) -> bool:
    """Whether a clause's words make it hypothetical or hedged ("if", "in case", "would",
    "seems"); with ``admitted``, "should" is an admission ("should never have been")."""
    for n, w in enumerate(words):
        if w in _HYPOTHETICAL:
            if not (admitted and w == "should"):
                return True
        elif w == "case" and n and words[n - 1] == "in":
            return True
    return False


def _negated_run(run: list[str]) -> bool:
    """Whether the be-verb's run ends in a negation: "hasn't been", "has never been"."""
    return bool(run) and (run[-1].endswith("n't") or run[-1] in _VERB_NEGATORS)


def _failure_end(doc: _Doc, m: re.Match[str], i: int, never: bool, subject: list[str]) -> int:
    """End of a negated passive that admits an owed act was not done ("your refund was never
    processed", "claims were not paid in time", "not processed correctly", "results, which were
    not sent to your GP as they should have been", "your standing order was not processed on 1
    March", "...owing to an upgrade", "your email was not answered", "sorry, your calls weren't
    returned", "the error was not spotted"), or 0 for a reassurance ("never
    charged", "not sent to anyone") or a state still open ("hasn't been processed yet")."""
    verb, particle = m["verb"], (m["particle"] or "").strip()
    text = doc.text
    if verb in _CATCH_VERBS and not _PROBLEM_NOUNS.isdisjoint(subject):
        return 0 if _ONGOING_RE.match(text, m.end()) else m.end()
    if (verb not in _OWED_VERBS and (verb, particle) not in _OWED_PHRASALS) or m["adv"].strip():
        return 0
    lo, hi = doc.sentences[i]
    if _REASSURANCE_TAIL_RE.match(text, m.end()):
        return 0
    stranded = _STRANDED_RE.match(text, m.end())  # "never dealt with", "not responded to"
    end = stranded.end() if stranded else m.end()
    if never or _OWED_CONTEXT_RE.search(text, lo, hi):
        return end
    late = _FAILURE_TAIL_RE.match(text, m.end(), hi)
    if late:
        return late.end()
    if verb == "approved" or _ONGOING_RE.match(text, m.end(), hi):
        return 0  # a decision ("not approved"), or still under way ("not processed yet")
    if _READER_CAUSE_RE.search(text, m.end(), hi):
        return 0  # "not dispatched on Friday because you asked us to hold it"
    due = _FAILURE_DATE_RE.match(text, m.end(), hi)
    if due:
        return due.end()
    if _FAILURE_CAUSE_RE.match(text, m.end(), hi) or verb in _NEGLECT_VERBS:
        return end
    past = text.startswith(("was", "were"), m.start())
    return end if past and _FIRST_PERSON_REGRET_RE.search(text, lo, m.start()) else 0


def _reversed_later(doc: _Doc, m: re.Match[str], i: int) -> bool:
    """Whether the rest of sentence ``i`` or the next one undoes what the passive did ("...was
    retained. This has now been refunded.", "...was suspended; it has since been reinstated"):
    undoing it says it was a mistake, unless the reader's own action or request explains both."""
    verb = m["verb"]
    if verb in _WITHHELD_PARTICIPLES:
        undo = _REFUND_RE
    elif verb in _DISRUPTION_PARTICIPLES:
        undo = _REINSTATE_RE
    else:
        return False
    lo = doc.clause_start(doc.sentences[i][0], m.start())
    hi = doc.window(i, 0, 1)[1]
    return bool(undo.search(doc.text, m.end(), hi)) and not _LEGITIMATE_RE.search(
        doc.text, lo, hi
    )


def _mistake_end(doc: _Doc, m: re.Match[str], i: int, subject: list[str], run: list[str]
                 ) -> int:
    """End of the passive clause in sentence ``i`` when it describes a mistake, else 0."""
    text = doc.text
    hi = doc.sentences[i][1]
    if _admitted(run) and not m["neg"]:  # "the fee should never have been charged"
        tail = _TAIL_RE.match(text, m.end(), hi)
        return tail.end() if tail else m.end()
    if m["neg"] or _negated_run(run):
        never = "never" in (m["neg"] or "") or (not m["neg"] and run[-1] == "never")
        return _failure_end(doc, m, i, never, subject)
    tail = _TAIL_RE.match(text, m.end(), hi)
    if _is_mistake(m, tail, subject):
        if tail and _AS_ASKED_RE.search(text, tail.end(), hi):
            return 0  # "sent to a different address, as you asked"
        return tail.end() if tail else m.end()
    verb, particle = m["verb"], (m["particle"] or "").strip()
    if verb in _DISRUPTION_PARTICIPLES or (verb, particle) in _DISRUPTION_PHRASALS:
        improper = _IMPROPER_TAIL_RE.match(text, m.end(), hi)
        if improper:
            return improper.end()
    if _READER_CAUSE_RE.search(text, m.end(), hi):
        return 0  # "sent without the receipt, as you asked"
    if verb in _FULFILMENT_VERBS:
        incomplete = _INCOMPLETE_TAIL_RE.match(text, m.end(), hi)
        if incomplete:
            return incomplete.end()
    return m.end() if _reversed_later(doc, m, i) else 0


def _negative_subject(doc: _Doc, clause: int, pos: int) -> bool:
    """True when the passive's subject is "nothing", "none", "no ...": "nothing was lost"."""
    words = [w.group() for w in doc.words(clause, pos)]
    k = max((n for n, w in enumerate(words) if w in _CONJUNCTIONS), default=-1)
    return k + 1 < len(words) and words[k + 1] in _NEGATIVE_SUBJECT


def _excused(doc: _Doc, m: re.Match[str], end: int, i: int, clause: int, run: list[str]) -> bool:
    """True for hypotheticals, hedged diagnoses, negative subjects, questions, a named actor or
    ownership in the same or a neighbouring sentence."""
    prefix = [w.group() for w in doc.words(clause, m.start())]
    if _hypothetical(prefix, _admitted(run)) or not _NEGATIVE_SUBJECT.isdisjoint(run):
        return True
    if _negative_subject(doc, clause, m.start()):
        return True
    s_lo, s_hi = doc.sentences[i]
    if doc.text[s_lo:s_hi].rstrip().endswith("?"):
        return True
    actor_end = min(doc.clause_end(end, s_hi), end + 80)
    if _AGENT_RE.search(doc.text, m.end("verb"), actor_end):
        return True
    return bool(_OWN_RE.search(doc.text, *doc.window(i, 1, 1)))


_OCCURRED_TOKENS = _words_set("occurred occured happened arose arisen crept took")
_OCCURRED_RE = re.compile(  # an error that just happened: "errors occurred in the handling of"
    r"(?:errors?|mistakes?|oversights?|blunders?|mix-?ups?|slip-?ups?|missteps?|failings?|"
    r"inaccurac(?:y|ies)|discrepanc(?:y|ies))"
    r"(?:\s+(?:[a-z]+ly|also|somehow|then))*"
    r"\s+(?:(?:has|have|had)\s+(?:(?:[a-z]+ly|also)\s+)?)?"
    r"(?:occurred|occured|happened|arose|arisen|crept in|took place|came about)\b"
)
_SLIPPED_TOKENS = _words_set("cracks net")
_SLIPPED_RE = re.compile(  # a request nobody handled: "your email slipped through the cracks"
    r"(?:slipped|slips|slip|fell|fallen|falls|fall|went|gone|got) (?:through|between) the "
    r"(?:cracks|net)\b"
)
_OUR_PLACE_RE = re.compile(  # where it happened is ours: "occurred in our system", "on our side"
    r"\b(?:on|in|at|from|within|with|by|during) (?:our|my)\b|\b(?:when|while|as) you\b"
)
_QUOTE_RE = re.compile(r"[\"“”`]|(?<![a-z])['‘’]|['‘’](?![a-z])")  # not the one in "it's"


def _occurrences(doc: _Doc, tokens: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of agentless errors that "occurred" or "happened" and of requests that "slipped
    through the cracks", with no owner, actor or place of ours nearby, not hypothetical,
    negative, quoted (an error message) or asked about."""
    cues = _OCCURRED_TOKENS.intersection(tokens)
    if cues and not _ERROR_NOUN_TOKENS.isdisjoint(tokens):
        yield from _agentless(doc, cues, _OCCURRED_RE)
    cues = _SLIPPED_TOKENS.intersection(tokens)
    if cues:
        yield from _agentless(doc, cues, _SLIPPED_RE)


def _agentless(doc: _Doc, cues: frozenset[str], pattern: re.Pattern[str]
               ) -> Iterator[tuple[int, int]]:
    """Spans of ``pattern`` in the sentences holding ``cues`` (see ``_occurrences``)."""
    text = doc.text
    for i in doc.cue_sentences(cues):
        s_lo, s_hi = doc.sentences[i]
        for m in pattern.finditer(text, s_lo, s_hi):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            clause = doc.clause_start(s_lo, m.start())
            before = doc.words(clause, m.start())
            words = [w.group() for w in before]
            if (
                _hypothetical(words)
                or not _NEGATIVE_SUBJECT.isdisjoint(words)
                or _QUOTE_RE.search(text, clause, m.start())
                or text[s_lo:s_hi].rstrip().endswith("?")
                or _OUR_PLACE_RE.search(text, m.end(), doc.clause_end(m.end(), s_hi))
                or _READER_CAUSE_RE.search(text, m.end(), s_hi)
                or _OWN_RE.search(text, *doc.window(i, 1, 1))
            ):
                continue
            dets = [w for w in before[-3:] if w.group() in _DETERMINERS]
            yield (dets[0].start() if dets else m.start()), m.end()


def _owned(msg: Message) -> bool:
    """True when the message takes ownership anywhere ("that's on us", "our mistake")."""
    return msg.components.get("ownership", False)


@code_rule(
    "passive-evasion",
    Level.WARNING,
    "Agentless passive about the mistake: \"mistakes were made\", \"your data was deleted\".",
    "The passive hides who made the mistake, which reads as dodging responsibility.",
    "Say who did it, in the active voice: \"we deleted your data\", \"I charged you twice\".",
    explanation=(
        "Fires on a be-verb (was, were, has/have/had been, got) followed by a participle that "
        "names a mistake (lost, deleted, misplaced, exposed, missed, overcharged, mis-...ed), "
        "\"made\" with an error as subject, any participle with an error adverb or tail "
        "(wrongly, in error, by mistake, twice, to the wrong address), a participle whose "
        "subject is \"the wrong ...\", a disruption done improperly (\"cancelled without "
        "notice\", \"disconnected before the new line was active\") and an owed act that was "
        "not done (\"your refund was never processed\", \"claims were not paid in time\", "
        "\"not processed on 1 March\", \"not processed owing to an upgrade\", \"sorry, your calls "
        "weren't returned\", \"your email was not answered\", \"not passed to the right team\"), "
        "an admission with no actor (\"the fee should never have been charged\"), a wrong "
        "object or a skipped check (\"charged the wrong amount\", \"given incorrect "
        "information\", \"released without proper testing\"), a request that \"slipped through "
        "the cracks\", an order handed over incomplete (\"dispatched with an item "
        "missing\", \"delivered damaged\"), a removal or hold that is later undone (\"the "
        "payment was retained. This has now been refunded.\") and an error that just "
        "\"occurred\" or \"happened\". "
        "Stays silent when an actor is named (\"by our billing job\"), when the same or a "
        "neighbouring sentence or the message as a whole takes ownership (\"our error\", "
        "\"a mistake in our update\", \"that's on us\", \"we made a mistake\"), on repair "
        "passives (\"your refund has been processed\"), on reassurances (\"nothing was lost\", "
        "\"you were never charged\"), on what the reader's own act explains (\"not dispatched "
        "because you asked us to hold it\"), on work still under way (\"not processed yet\"), "
        "on decisions (\"not approved\"), on errors that occurred in our systems or when the "
        "reader did something, on quoted error messages, hypotheticals and questions. The "
        "finding covers the "
        "passive clause: its subject, the verb and any error tail."
    ),
    gate=_BE_TOKENS | _OCCURRED_TOKENS | _SLIPPED_TOKENS,
    examples=[
        {
            "text": "Unfortunately, mistakes were made during the migration.",
            "flags": "mistakes were made",
        },
        {
            "text": "Your March invoice was charged twice and the second payment is pending.",
            "flags": "Your March invoice was charged twice",
        },
        {
            "text": "Hi Ben, the photos from your shoot were accidentally deleted on Friday.",
            "flags": "the photos from your shoot were accidentally deleted",
        },
        {
            "text": "Update: the wrong delivery date was shown on 300 orders this morning.",
            "flags": "the wrong delivery date was shown",
        },
        {
            "text": "We've looked into it: your parcel was sent to the wrong depot.",
            "flags": "your parcel was sent to the wrong depot",
        },
        {
            "text": "Your gas supply was cut off without any warning on Tuesday.",
            "flags": "Your gas supply was cut off without any warning",
        },
        {
            "text": "Sorry, your refund was never processed, so the money is still with us.",
            "flags": "your refund was never processed",
        },
        {
            "text": "Your salary was not paid on 28 February owing to a system fault.",
            "flags": "Your salary was not paid on 28 February",
        },
        {
            "text": "Having reviewed your claim, it is clear that errors occurred in its handling.",
            "flags": "errors occurred",
        },
        {
            "text": "Your sofa was delivered with two cushions missing.",
            "flags": "Your sofa was delivered with two cushions missing",
        },
        {"text": "We let the certificate expire, and two of your meetings were double-booked."},
        {"text": "Your order wasn't dispatched on Friday because you asked us to hold it."},
        {"text": "Your account was charged twice by our billing job on Tuesday."},
        {"text": "Your card was never charged for the second order."},
        {"text": "Your refund has been processed and access has been restored."},
        {"text": "Your order was lost in our warehouse. That's on us, and I'm sorry."},
        {"text": "No customer data was exposed at any point."},
        {"text": "If you were charged twice, reply here and I'll refund it."},
    ],
)
def passive_evasion(rule: CodeRule, msg: Message) -> Iterator[Finding]:
    """Agentless passive clauses about the mistake, with no actor and no ownership nearby."""
    cues = _passive_cues(msg.tokens, msg.low)
    occurred = not _OCCURRED_TOKENS.isdisjoint(msg.tokens) or not _SLIPPED_TOKENS.isdisjoint(
        msg.tokens
    )
    if not (cues or occurred):
        return
    doc = _Doc.of(msg)
    text = doc.text
    if occurred:
        for start, end in _occurrences(doc, msg.tokens):
            if not _owned(msg):
                yield rule.at(msg, start, end)
    for i in doc.cue_sentences(cues):
        s_lo, s_hi = doc.sentences[i]
        for m in _PASSIVE_RE.finditer(text, s_lo, s_hi):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # inside a word ("swas")
            if m["verb"] in _DETERMINERS:
                continue  # a copula, not a passive: "was the wrong flavour"
            clause = doc.clause_start(s_lo, m.start())
            start, subject, run = _subject_start(doc, clause, m.start())
            end = _mistake_end(doc, m, i, subject, run)
            if end and not _excused(doc, m, end, i, clause, run) and not _owned(msg):
                yield rule.at(msg, start, end)


@hookimpl
def register_rules(register: Callable[[Rule], None]) -> None:
    register(excuse)
    register(passive_evasion)
