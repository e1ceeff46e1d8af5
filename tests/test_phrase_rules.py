"""The built-in data rules (plugin_core/rules/*.toml), beyond each rule's own examples.

Each test states what a rule must flag (the exact words) or must leave alone, on realistic
support messages written in other words than the examples in the rule files.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from plugin_core import Config, check
from plugin_core.phrases import compile_phrases
from plugin_core.rules import RULES_DIR, PhraseRule, load_rule_pack, vocabulary

Flagged = Callable[..., list[str]]


@pytest.fixture
def flagged(now: datetime, default_config: Config) -> Flagged:
    """``flagged(rule, text, audience="customer")``: the words ``rule`` flags in ``text``."""

    def run(rule: str, text: str, audience: str = "customer") -> list[str]:
        report = check(text, audience=audience, now=now, config=default_config)
        for f in report.findings:
            assert text[f.start : f.end] == f.text
        return [f.text for f in report.findings if f.rule == rule]

    return run


# --- conditional-apology -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We apologise if the new layout caused any confusion.", "apologise if"),
        ("Apologies if this wasn't clear.", "Apologies if"),
        ("I'm sorry if you felt ignored.", "sorry if"),
        (
            "Our apologies in case you were inconvenienced.",
            "apologies in case you were inconvenienced",
        ),
        (
            "If our update disrupted your work, we're sorry.",
            "If our update disrupted your work, we're sorry",
        ),
        (
            "If there was any inconvenience, we apologise.",
            "If there was any inconvenience, we apologise",
        ),
        (
            "To the extent our change disrupted your team, we regret it.",
            "To the extent our change disrupted your team, we regret",
        ),
        (
            "We're sorry to anyone who may have been affected.",
            "sorry to anyone who may have been affected",
        ),
        (
            "Insofar as the new rota disrupted your week, we're sorry.",
            "Insofar as the new rota disrupted your week, we're sorry",
        ),
        ("If you feel we let you down, we're sorry.", "If you feel we let you down, we're sorry"),
    ],
)
def test_conditional_apology_flags_regret_made_conditional(
    flagged: Flagged, text: str, words: str
) -> None:
    assert words in flagged("conditional-apology", text)


@pytest.mark.parametrize(
    "text",
    [
        "If you still can't log in, reply here and I'll call you.",
        "If you were affected, the credit is applied to your account automatically.",
        "I'm sorry - if you can't log in after 15:00, reply here and I'll call you.",
        "I'm sorry we double-charged you. If you see a second charge after Friday, tell me.",
        "We'll refund the fees to the extent our policy allows, and I'm sorry for the wait.",
        "I'm sorry - if you'd prefer a refund, I can do that today.",
    ],
)
def test_conditional_apology_ignores_ifs_that_are_not_about_the_harm(
    flagged: Flagged, text: str
) -> None:
    assert flagged("conditional-apology", text) == []


# --- feelings-apology --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We're sorry you feel that way.", "sorry you feel"),
        (
            "Sorry to hear you're disappointed with the upgrade.",
            "Sorry to hear you're disappointed",
        ),
        ("I'm sorry you found the process confusing.", "sorry you found the process confusing"),
        ("Sorry you weren't happy with the repair.", "Sorry you weren't happy"),
        ("We regret that you are dissatisfied.", "regret that you are dissatisfied"),
        ("I'm sorry for how you feel about the new fees.", "sorry for how you feel"),
        ("I'm sorry you took it that way.", "sorry you took it that way"),
        ("We're genuinely sorry for your frustration.", "sorry for your frustration"),
        ("I'm sorry you view the new charge as unfair.", "sorry you view the new charge as"),
        (
            "We're sorry the booking change left you feeling ignored.",
            "sorry the booking change left you feeling",
        ),
        ("I'm sorry that my reply upset you.", "sorry that my reply upset you"),
        ("We're sorry for how this made you feel.", "sorry for how this made you feel"),
        (
            "Sorry if my email came across as curt.",
            "Sorry if my email came across as",
        ),
        ("I'm sorry you took offence at the survey.", "sorry you took offence"),
    ],
)
def test_feelings_apology_flags_regret_for_the_readers_reaction(
    flagged: Flagged, text: str, words: str
) -> None:
    assert words in flagged("feelings-apology", text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry you had to call us three times about this.",
        "I'm sorry you were charged twice for the March invoice.",
        "I'm sorry you lost a day of sales because of our outage.",
        "Sorry you've had to wait so long for this refund.",
        "I'm sorry our outage left you without internet all weekend.",
        "I know you're frustrated, and you're right to be: we got this wrong.",
    ],
)
def test_feelings_apology_ignores_regret_for_what_we_did_to_them(
    flagged: Flagged, text: str
) -> None:
    assert flagged("feelings-apology", text) == []


# --- boilerplate-apology -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sorry for the inconvenience.", "Sorry for the inconvenience"),
        ("We apologize for the inconvenience caused.", "apologize for the inconvenience caused"),
        ("Please accept our apologies for any disruption.", "apologies for any disruption"),
        ("We're sorry for any trouble this has caused.", "sorry for any trouble this has caused"),
        ("Apologies for the hassle!", "Apologies for the hassle"),
        ("We regret the inconvenience.", "regret the inconvenience"),
        ("Sorry about any delay you're seeing!", "Sorry about any delay"),
        ("We're sorry for the poor experience, Vicki!", "sorry for the poor experience"),
        ("We're sorry to hear about your experience.", "sorry to hear about your experience"),
        ("We deeply regret any distress caused.", "regret any distress caused"),
        ("We apologise for the poor service you received.", "apologise for the poor service"),
        ("Please accept our sincere apologies.", "Please accept our sincere apologies."),
    ],
)
def test_boilerplate_apology_flags_regret_that_names_nothing(
    flagged: Flagged, text: str, words: str
) -> None:
    assert words in flagged("boilerplate-apology", text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry our outage stopped your payroll run on Friday.",
        "I'm sorry for the problems our update caused with your invoices.",
        "Sorry for the two-day delay on your refund; that was our mistake.",
        "I'm sorry for the trouble with your March invoice.",
        "Sorry to hear about the trouble with your new router - I've booked an engineer.",
        "Please accept our apologies: we sent your ticket to the wrong address.",
        "I'm sorry.",
    ],
)
def test_boilerplate_apology_ignores_specific_or_short_regret(flagged: Flagged, text: str) -> None:
    assert flagged("boilerplate-apology", text) == []


# --- blame-shift -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Unfortunately, the delay was caused by our shipping partner.",
            "caused by our shipping partner",
        ),
        (
            "The outage was due to an issue with our hosting provider.",
            "due to an issue with our hosting provider",
        ),
        ("Our provider's outage stopped the emails.", "provider's outage"),
        ("This was entirely the carrier's fault.", "carrier's fault"),
        ("This wasn't our fault.", "wasn't our fault"),
        ("The delay is outside of our control.", "outside of our control"),
        ("The fault lies with the manufacturer.", "fault lies with the manufacturer"),
        ("The system won't let me refund it.", "The system won't let me"),
        ("This was caused by the airline, not by us.", "caused by the airline, not by us"),
        ("Please contact the courier directly for an update.", "contact the courier directly"),
        ("The power cut is down to the grid operator, not us.", "down to the grid operator"),
        ("Our card processor had an outage on Friday.", "processor had an outage"),
        ("This was not a fault at our end.", "was not a fault at our end"),
        ("The wrong quote came from the loss adjuster.", "came from the loss adjuster"),
        ("Our hands are tied by the airline's rules.", "Our hands are tied"),
        ("Due to unforeseen circumstances, your order is late.", "Due to unforeseen circumstances"),
        ("Our contractor didn't turn up.", "contractor didn't turn up"),
        (
            "You'll need to take this up with the manufacturer.",
            "take this up with the manufacturer",
        ),
    ],
)
def test_blame_shift_flags_pointing_at_others(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("blame-shift", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our courier collected your parcel at 14:05 and it's at their Leeds depot.",
        "Our SMS provider went down, and we should have switched to our backup sender.",
        "The courier lost your parcel, but that's on us: we chose them.",
        "Our system flagged your payment, and that was our mistake.",
        "We will not blame the courier: we packed your order a day late.",
        "Your bank may take 3-5 days to show the refund.",
        "I've asked the courier to prioritise your parcel.",
        "It's not your fault - our form rejected valid postcodes.",
        "Your refund is delayed by the bank holiday; it lands on Tuesday.",
        "Please contact your bank directly if the charge is still pending after Friday.",
        "Due to a host of improvements, the app now loads faster.",
        "The delay came from our warehouse, not the courier: we packed it late.",
    ],
)
def test_blame_shift_ignores_neutral_facts_and_owned_failures(flagged: Flagged, text: str) -> None:
    assert flagged("blame-shift", text) == []


# --- customer-blame ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("You should've checked the size chart before ordering.", "You should've checked"),
        ("As I mentioned in my previous email, refunds take 5 days.", "As I mentioned in my"),
        ("Per our previous email, your account is closed.", "Per our previous email"),
        ("You were told twice that the offer ended on Friday.", "You were told twice"),
        ("You neglected to include your order number.", "You neglected to"),
        ("That's your responsibility, not ours.", "That's your responsibility"),
        ("It was your responsibility to cancel before the renewal.", "your responsibility to"),
        ("Had you read the email, you'd have known.", "Had you read"),
        ("The terms clearly state that deposits are non-refundable.", "clearly state"),
        ("You ignored the reminder we sent on Monday.", "You ignored the"),
        ("Next time you should keep your receipt.", "Next time you should"),
        ("You must have typed the wrong card number.", "You must have typed the wrong"),
        (
            "This happened because you didn't update your address.",
            "because you didn't update",
        ),
        ("The problem is on your side.", "problem is on your side"),
        ("Please read the FAQ before contacting us.", "read the FAQ before contacting"),
        ("The fault lies with you.", "fault lies with you"),
    ],
)
def test_customer_blame_flags_reproach_aimed_at_the_reader(
    flagged: Flagged, text: str, words: str
) -> None:
    assert words in flagged("customer-blame", text)


@pytest.mark.parametrize(
    "text",
    [
        "You should have received a confirmation email on Monday; we never sent it.",
        "You should have full access again now.",
        "You should've got a text with the new time.",
        "You should see the refund within 3 days.",
        "You can re-run the export from Settings.",
        "If you'd like a refund instead, reply here.",
        "You didn't do anything wrong - the form rejected valid postcodes.",
        "If you entered the wrong card number, the payment fails - but yours was right.",
        "Next time you visit, ask for Sam at the desk.",
        "You chose express delivery, and we didn't deliver it on time.",
    ],
)
def test_customer_blame_ignores_instructions_and_expectations(flagged: Flagged, text: str) -> None:
    assert flagged("customer-blame", text) == []


# --- dismissive ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Please calm down and we'll sort this out.", "calm down"),
        ("There's really no need to be rude.", "no need to be rude"),
        ("Like I said, the refund is processing.", "Like I said"),
        ("It's really not a big deal, it's a display bug.", "not a big deal"),
        ("Mistakes happen!", "Mistakes happen"),
        ("You're overreacting a bit.", "overreacting"),
        ("As I've already said, the store is closed on Sundays.", "As I've already said"),
        ("I've already explained this twice.", "already explained this"),
        ("I'm not sure what the fuss is about.", "not sure what the fuss is"),
        ("Whatever, the refund is done.", "Whatever,"),
        ("Relax, it's only a parcel.", "Relax, it's"),
        ("Everyone else managed to book without trouble.", "Everyone else managed"),
        ("There's no point getting angry about it.", "no point getting angry"),
        ("I'm not going to repeat myself.", "not going to repeat myself"),
        ("Take a deep breath, it's on its way.", "Take a deep breath"),
    ],
)
def test_dismissive_flags_brush_offs(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("dismissive", text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry, your data is safe.",
        "I know this is a big deal: your store was offline for a day.",
        "As I said on the phone, I'll call you at 15:00.",
        "No need to resubmit anything; I've fixed the record myself.",
        "Sit back and relax - your new router arrives on Thursday.",
        "Whatever you choose, I'll hold the room until 18:00.",
        "You can relax the filter settings in Preferences.",
    ],
)
def test_dismissive_ignores_reassurance(flagged: Flagged, text: str) -> None:
    assert flagged("dismissive", text) == []


# --- minimizing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It was just a minor bug.", "just a minor bug"),
        ("The outage only lasted a few minutes.", "only lasted a few minutes"),
        ("Only a handful of customers were affected.", "Only a handful of customers"),
        ("There was a brief blip in service.", "brief blip"),
        ("Your order was only slightly delayed.", "only slightly"),
        ("It's a bit of a pain, sorry.", "bit of a"),
        ("The impact was minimal.", "impact was minimal"),
        ("The site was only down for ten minutes.", "only down for"),
        ("It was only one item out of your order.", "only one item out of"),
        ("It was only a tiny billing mistake.", "only a tiny billing mistake"),
        ("Due to a small technical glitch, two payments failed.", "small technical glitch"),
        ("The sign was wrong for one day, that's all.", "that's all."),
        ("It was an isolated incident.", "an isolated incident"),
        ("The problem was relatively minor.", "relatively minor"),
        ("The app was down for just a few minutes.", "down for just a few minutes"),
        ("A small number of orders were affected.", "A small number of orders were affected"),
    ],
)
def test_minimizing_flags_downplaying(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("minimizing", text)


@pytest.mark.parametrize(
    "text",
    [
        "About 3% of accounts, including yours, were affected for two hours.",
        "Only your March invoice was affected; the others are correct.",
        "You only need to re-run the export once.",
        "Just a quick update: the refund is on its way.",
        "I'm sorry we changed your delivery slot with only a day's notice.",
        "There are only a few seats left on the 08:10, so I've held one for you.",
        "We have only one item in stock, and I've reserved it for you.",
        "I'll have an answer for you in just a few minutes.",
        "That's all you need to do - the rest happens automatically.",
        "New releases now go to a small group of customers first.",
    ],
)
def test_minimizing_ignores_exact_scope_and_harmless_only(flagged: Flagged, text: str) -> None:
    assert flagged("minimizing", text) == []


# --- soft-language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The rollout was not as smooth as we would have liked.",
            "not as smooth as we would have liked",
        ),
        ("Our communication fell short.", "fell short"),
        ("This was a less than optimal experience.", "less than optimal"),
        ("We have not been fully transparent with you.", "not been fully transparent"),
        ("There was a misunderstanding on our side.", "misunderstanding on"),
        ("The migration didn't go as planned.", "didn't go as planned"),
        ("There were some inaccuracies in your statement.", "some inaccuracies"),
        ("There were some communication challenges.", "communication challenges"),
        ("It has not been as smooth as we'd hoped.", "not been as smooth as we'd hoped"),
        ("We could have handled this better.", "We could have handled this better"),
        ("The repair was far from ideal.", "far from ideal"),
        ("It was an error in judgement.", "error in judgement"),
        ("It wasn't our finest hour.", "wasn't our finest hour"),
    ],
)
def test_soft_language_flags_euphemisms(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("soft-language", text)


def test_soft_language_offers_plain_replacements(now: datetime, default_config: Config) -> None:
    report = check("The result was suboptimal.", now=now, config=default_config)
    finding = next(f for f in report.findings if f.rule == "soft-language")
    assert (finding.text, finding.replacement) == ("suboptimal", "poor")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not entirely sure what caused it yet; I'll know by 15:00 UTC.",
        "The ideal time to re-run the export is after 18:00.",
        "We weren't transparent about the price change, and we should have told you.",
        "If you notice any discrepancy in your statement, reply here.",
        "Email isn't the best way to reach us; call 0800 123 456 instead.",
    ],
)
def test_soft_language_ignores_plain_statements(flagged: Flagged, text: str) -> None:
    assert flagged("soft-language", text) == []


# --- corporate-speak -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Your business is important to us.", "important to us"),
        (
            "We take the security of your account incredibly seriously.",
            "take the security of your account incredibly seriously",
        ),
        (
            "Customer satisfaction is our number one priority.",
            "satisfaction is our number one priority",
        ),
        ("We are committed to providing the best service.", "committed to providing"),
        ("We always strive for excellence.", "strive for"),
        ("We pride ourselves on our customer service.", "pride ourselves"),
        ("Thanks for being a valued policyholder.", "Thanks for being a valued"),
        ("We are proud to offer an award-winning service.", "proud to offer"),
        ("Customer care is at the core of our values.", "at the core of our values"),
        ("We remain committed to our customers.", "We remain committed"),
        ("As a customer-centric company, we listen.", "customer-centric"),
        ("Excellence is part of our DNA.", "part of our DNA"),
        ("We always put our customers first.", "put our customers first"),
        ("Your trust means everything to us.", "means everything to us"),
    ],
)
def test_corporate_speak_flags_filler(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("corporate-speak", text)


@pytest.mark.parametrize(
    "text",
    [
        "We take payments on the 1st of each month.",
        "I've asked our billing lead to check every March invoice.",
        "We're committed to refunding you by Friday 17:00.",
        "I'm pleased to confirm your refund of £40 went out today.",
        "We value your feedback and I've passed it to the design team.",
    ],
)
def test_corporate_speak_ignores_concrete_statements(flagged: Flagged, text: str) -> None:
    assert flagged("corporate-speak", text) == []


# --- overpromise ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I promise this will never happen again.", "never happen again"),
        ("Rest assured, it won't happen again.", "Rest assured, it won't happen again"),
        ("This won't ever happen again.", "won't ever happen again"),
        ("This issue has been permanently fixed.", "permanently fixed"),
        ("We can guarantee your data is safe.", "can guarantee"),
        ("I'm absolutely certain the refund is on its way.", "absolutely certain"),
        ("This will never happen to you again.", "never happen to you again"),
        (
            "I can assure you that nothing like this will ever happen again.",
            "nothing like this will ever happen again",
        ),
        ("I promise you won't ever see this again.", "I promise you won't ever see this again"),
        ("You won't have any more interruptions.", "won't have any more interruptions"),
        ("We'll make sure this never happens again.", "make sure this never happens again"),
        ("It's impossible for this to recur.", "impossible for this to recur"),
        ("We'll never let this happen again.", "never let this happen"),
    ],
)
def test_overpromise_flags_guarantees(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("overpromise", text)


@pytest.mark.parametrize(
    "text",
    [
        "We've added a check that blocks duplicate charges before they go out.",
        "We can't guarantee it won't happen again, but every change now gets a second review.",
        "I can't promise this will never happen again, but we now test every release.",
        "Your order is covered by our 30-day money-back guarantee.",
        "This shouldn't happen again once the new check is live.",
        "I'm not 100% sure yet what caused it; I'll confirm by 17:00 CET.",
        "I'm not going to tell you this can never happen again; here's what we changed.",
        "You won't be charged again - I've cancelled the subscription.",
        "You won't need to enter your card details again.",
        "If it ever happens again, reply here and it comes straight to me.",
    ],
)
def test_overpromise_ignores_hedged_and_concrete_prevention(flagged: Flagged, text: str) -> None:
    assert flagged("overpromise", text) == []


# --- forgiveness-request -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Please bear with us while we investigate.", "Please bear with us"),
        ("We kindly ask for your patience.", "kindly ask for your patience"),
        ("We hope you'll give us another chance.", "hope you'll give us another chance"),
        ("Please forgive the delay.", "forgive the"),
        ("We ask for your understanding during this time.", "ask for your understanding"),
        ("Thank you in advance for your patience.", "Thank you in advance for your patience"),
        ("We'd appreciate your patience while we rebuild it.", "We'd appreciate your patience"),
        ("I hope you'll accept our apology.", "hope you'll accept our apology"),
        ("Please don't hold this against us.", "Please don't hold this against us"),
    ],
)
def test_forgiveness_request_flags_pressing_for_patience(
    flagged: Flagged, text: str, words: str
) -> None:
    assert words in flagged("forgiveness-request", text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your patience.",
        "Thanks for bearing with us while we fixed the app.",
        "We appreciate your understanding.",
        "I understand if you'd rather cancel; I've waived the fee.",
    ],
)
def test_forgiveness_request_ignores_thanks(flagged: Flagged, text: str) -> None:
    assert flagged("forgiveness-request", text) == []


# --- self-focus ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I feel awful about this.", "feel awful about this"),
        ("Honestly, we're devastated that this happened.", "we're devastated"),
        ("It's been a really tough week for our team.", "tough week for our team"),
        ("Our engineers are exhausted.", "engineers are exhausted"),
        ("I can't believe we missed this.", "can't believe we"),
        ("I'm kicking myself for missing it.", "kicking myself"),
        ("I've barely slept since it happened.", "I've barely slept"),
        ("I'm so angry with myself.", "angry with myself"),
        ("It's been a nightmare week for the team.", "nightmare week for the team"),
    ],
)
def test_self_focus_flags_the_writers_feelings(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("self-focus", text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry.",
        "I'm so sorry - we cancelled your appointment by mistake.",
        "You must be exhausted after a night at the airport.",
        "I feel this is the right outcome, so I've approved the refund.",
        "It's been a tough week for you, and we made it worse by losing your booking.",
    ],
)
def test_self_focus_ignores_short_regret_and_the_readers_feelings(
    flagged: Flagged, text: str
) -> None:
    assert flagged("self-focus", text) == []


# --- jargon --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We'll share the post-mortem by Friday.", "post-mortem"),
        ("A bad deploy caused 503 errors.", "503 errors"),
        ("DNS propagation can take up to 48 hours.", "DNS propagation"),
        ("We hit an SLA breach.", "SLA breach"),
        ("Latency spikes slowed down the checkout.", "Latency spikes"),
        ("An OAuth token refresh bug logged you out.", "OAuth"),
        ("We raised it under Visa reason code 10.4.", "reason code"),
        ("A P1 incident was declared at 09:12.", "P1 incident"),
        ("The webhook retries were backed up.", "webhook"),
        ("A misconfigured load balancer dropped traffic.", "misconfigured"),
    ],
)
def test_jargon_flags_engineering_terms(flagged: Flagged, text: str, words: str) -> None:
    assert words in flagged("jargon", text)


def test_jargon_suggests_plain_words(now: datetime, default_config: Config) -> None:
    report = check("The RCA is attached.", now=now, config=default_config)
    finding = next(f for f in report.findings if f.rule == "jargon")
    assert finding.replacement == "review of what went wrong"


def test_jargon_is_silent_for_a_technical_audience(flagged: Flagged) -> None:
    text = "A race condition in the payment service caused 5xx errors; rollback done."
    assert flagged("jargon", text) != []
    assert flagged("jargon", text, audience="technical") == []


def test_jargon_ignores_plain_words_for_the_same_things(flagged: Flagged) -> None:
    text = "We rolled back the change at 11:00 and your dashboards work again."
    assert flagged("jargon", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please clear your browser cache and try again.",
        "We're unable to make exceptions to the 30-day wait.",
        "I've escalated this to our engineers.",
    ],
)
def test_jargon_ignores_everyday_words(flagged: Flagged, text: str) -> None:
    assert flagged("jargon", text) == []


# --- how real agents say it: chatty, formal, status-page and letter voices --------------------


@pytest.mark.parametrize(
    ("rule", "text", "words"),
    [
        ("dismissive", "Like I told you, the courier comes Monday.", "Like I told you"),
        ("dismissive", "As I've said twice now, the voucher expired.", "As I've said twice"),
        ("dismissive", "Let's not overreact, it's one late payment.", "Let's not overreact"),
        ("dismissive", "Tbh it's not that serious, the app still works.", "it's not that serious"),
        ("dismissive", "This isn't something to panic about.", "isn't something to panic about"),
        (
            "dismissive",
            "I don't see why this is such a problem.",
            "don't see why this is such a problem",
        ),
        (
            "dismissive",
            "It's honestly not a big issue, the fee is £1.",
            "It's honestly not a big issue",
        ),
        (
            "dismissive",
            "There's no need to make a fuss, it's being refunded.",
            "no need to make a fuss",
        ),
        ("dismissive", "chill u will get ur refund", "chill u"),
        ("dismissive", "Please calm yourself, we're looking at it.", "calm yourself"),
        (
            "overpromise",
            "I can promise you it won't happen again.",
            "I can promise you it won't happen again",
        ),
        ("overpromise", "You have our word this will never recur.", "never recur"),
        (
            "overpromise",
            "There's zero chance of it going wrong on Monday.",
            "zero chance of it going wrong",
        ),
        (
            "overpromise",
            "Your card won't ever be blocked in error again.",
            "won't ever be blocked in error again",
        ),
        ("minimizing", "It was merely a labelling error.", "merely a labelling error"),
        ("minimizing", "A handful of members saw a blank timetable.", "handful of members saw"),
        (
            "minimizing",
            "A small number of users were logged out overnight.",
            "A small number of users were logged out",
        ),
        (
            "minimizing",
            "It's no more than a minor hold-up at the depot.",
            "no more than a minor hold-up",
        ),
        ("minimizing", "Streaming was patchy for a handful of households.", "for a handful of"),
        ("minimizing", "The fault only affects two of your meters.", "only affects two"),
        (
            "blame-shift",
            "The depot is operated by a separate company, so we can't chase it.",
            "operated by a separate company",
        ),
        (
            "blame-shift",
            "Our card partner declined your payment in error.",
            "partner declined your payment in error",
        ),
        ("blame-shift", "The update is stuck in Apple's review process.", "Apple's review process"),
        (
            "blame-shift",
            "Slow speeds today are not an issue with our network.",
            "not an issue with our network",
        ),
        (
            "blame-shift",
            "No airline could have foreseen the volcanic ash cloud.",
            "No airline could have foreseen",
        ),
        (
            "customer-blame",
            "You really ought to have measured the doorway.",
            "You really ought to have measured",
        ),
        (
            "customer-blame",
            "The cancellation fee is in the policy you agreed to.",
            "policy you agreed to",
        ),
        (
            "customer-blame",
            "You were told upfront that deposits aren't refundable.",
            "You were told upfront",
        ),
        (
            "customer-blame",
            "You really need to read the delivery notes.",
            "You really need to read",
        ),
        (
            "self-focus",
            "I can't tell you how awful I feel about your wedding cake.",
            "can't tell you how awful I feel",
        ),
        (
            "self-focus",
            "I haven't stopped thinking about your lost luggage.",
            "I haven't stopped thinking about",
        ),
        (
            "self-focus",
            "It has been a tough week for our support team.",
            "tough week for our support team",
        ),
        ("self-focus", "The whole office has been through the wringer.", "through the wringer"),
        ("self-focus", "These have been the worst days of my career.", "worst days of my career"),
        (
            "soft-language",
            "Our response times haven't been up to scratch lately.",
            "haven't been up to scratch",
        ),
        (
            "soft-language",
            "The rollout wasn't quite where we'd like it to be.",
            "wasn't quite where we'd like it to be",
        ),
        (
            "soft-language",
            "We hit some challenges with our new booking system.",
            "hit some challenges",
        ),
        (
            "corporate-speak",
            "Member safety is always our number one priority.",
            "safety is always our number one priority",
        ),
        (
            "corporate-speak",
            "We value each and every one of our policyholders.",
            "value each and every one of our policyholders",
        ),
        (
            "forgiveness-request",
            "We would be most grateful for your patience.",
            "We would be most grateful for your patience",
        ),
        (
            "forgiveness-request",
            "Please give us the chance to earn back your trust.",
            "give us the chance to earn back",
        ),
        (
            "forgiveness-request",
            "We respectfully request your understanding.",
            "request your understanding",
        ),
        (
            "feelings-apology",
            "I'm sorry you took my email the wrong way.",
            "sorry you took my email the wrong way",
        ),
        (
            "conditional-apology",
            "To whatever extent this added to the delay, we apologise.",
            "To whatever extent this added to the delay, we apologise",
        ),
        ("jargon", "Withdrawals paused after a nonce desync on one node.", "nonce"),
    ],
)
def test_rule_flags_the_everyday_variants_of_its_phrases(
    flagged: Flagged, rule: str, text: str, words: str
) -> None:
    assert words in flagged(rule, text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("dismissive", "It's no big problem to move your booking; I've done it."),
        ("dismissive", "Don't worry about the form, I've filled it in for you."),
        ("dismissive", "The chill cabinet at our Leeds store failed overnight."),
        ("overpromise", "I promise you'll have the replacement by Friday."),
        ("overpromise", "I can't promise it won't happen again, but we've added a second check."),
        ("overpromise", "Your card won't be charged again until March."),
        ("minimizing", "Updates now go to a small group of customers first."),
        ("minimizing", "A handful of our engineers are on call tonight."),
        ("minimizing", "Just a brief update: the engineer is on the way."),
        ("blame-shift", "Our delivery partner collected your sofa at 09:00."),
        ("blame-shift", "The app is run by our own team in Leeds."),
        ("customer-blame", "You were told the wrong date by our agent, and that's on us."),
        ("customer-blame", "You need to read the code from the text message into the app."),
        ("customer-blame", "You ought to receive the new card by Friday."),
        ("self-focus", "I can't tell you how sorry I am that we cancelled your flight."),
        ("self-focus", "It's been a long week for you, so I've waived the fee."),
        ("soft-language", "I'm not sure where the parcel is yet; I'll check by 15:00."),
        (
            "corporate-speak",
            "I've checked every invoice from March, and yours is the only one affected.",
        ),
        ("forgiveness-request", "I'm grateful for the patience you've shown this week."),
        ("forgiveness-request", "Please give us a call on 0800 123 456."),
        ("feelings-apology", "I'm sorry you had to take a day off for the engineer."),
        (
            "conditional-apology",
            "We'll refund the fee to the extent the law allows, and I'm sorry.",
        ),
    ],
)
def test_rule_ignores_innocent_lookalikes_of_the_new_phrases(
    flagged: Flagged, rule: str, text: str
) -> None:
    assert flagged(rule, text) == []


# --- wider word families: other industries, registers and Englishes -------------------------
# Written before the families were widened (then checked against replies nobody here wrote):
# each rule's idea said in words the tuning sets never used, and lookalikes that must stay
# silent (other senses of a term, instructions, reassurance, our own fault admitted).

WIDER_FLAGS = [
    ("jargon", "Your emails bounced because the DKIM signature on our mail server failed.", "DKIM"),
    ("jargon", "The uploads failed because of a misconfigured CORS policy.", "CORS"),
    ("jargon", "Our Kafka consumers fell behind, so your notifications arrived late.", "Kafka"),
    ("jargon", "The nightly ETL didn't run, so the report shows old figures.", "ETL"),
    ("jargon", "We restored your data after the primary node failed.", "primary node"),
    ("jargon", "A missing database index made searches time out.", "database index"),
    ("jargon", "We found an N+1 query on the invoices page.", "N+1 query"),
    ("jargon", "The bug was an edge case in our date parser.", "edge case"),
    ("jargon", "The websocket connection kept dropping, so prices froze.", "websocket"),
    ("jargon", "A DRM handshake failure stopped playback on some smart TVs.", "DRM handshake"),
    ("jargon", "We've moved your server to a different availability zone.", "availability zone"),
    ("jargon", "The Redis cache ran out of memory overnight.", "Redis"),
    ("jargon", "Some SSO settings didn't carry over to the new workspace.", "SSO"),
    ("jargon", "Our IdP rejected the login assertion.", "IdP"),
    ("jargon", "I've escalated it to our SRE team.", "SRE"),
    ("jargon", "The IVR routed your call to the wrong queue.", "IVR"),
    ("jargon", "The Docker container restarted in a loop.", "Docker"),
    ("jargon", "The line shows CRC errors, so we've enabled interleaving.", "CRC errors"),
    ("jargon", "Your payout is now in the T+1 settlement queue.", "T+1 settlement"),
    ("jargon", "The shipment's ASN never reached our WMS.", "WMS"),
    ("jargon", "The HL7 feed from the lab stopped overnight.", "HL7"),
    ("jargon", "We're seeing a spike in 429s at checkout.", "429s"),
    ("jargon", "A dependency upgrade broke the PDF export.", "dependency upgrade"),
    ("jargon", "We pushed new firmware over OTA last night.", "OTA"),
    ("jargon", "The import job got stuck in a retry loop.", "retry loop"),
    ("jargon", "A schema mismatch stopped the import.", "schema mismatch"),
    ("jargon", "We reverted the commit that broke login.", "reverted the commit"),
    ("jargon", "The CVE in our image library has been fixed.", "CVE"),
    ("jargon", "Your SIM wasn't registered on the HLR.", "HLR"),
    ("jargon", "Payments are processed asynchronously, so the balance lags.", "asynchronously"),
    ("jargon", "The data is eventually consistent, so totals can lag.", "eventually consistent"),
    ("jargon", "Our SMTP relay hit its sending limit.", "SMTP"),
    ("jargon", "We root-caused the crash to a bad build.", "root-caused the"),
    ("jargon", "We'll go through it in the incident retro on Friday.", "incident retro"),
    ("jargon", "The MX records for your domain still point to the old host.", "MX records"),
    ("jargon", "The VM hosting your site ran out of disk.", "VM hosting"),
    ("jargon", "Our Postgres primary failed over at 02:00.", "Postgres"),
    ("jargon", "A null value in the address field crashed the export.", "null value"),
    ("jargon", "A UTF-8 encoding bug garbled names with accents.", "UTF-8"),
    ("jargon", "An S3 bucket policy blocked the downloads.", "S3 bucket"),
    ("jargon", "Your EMD for the seat will be refunded.", "EMD"),
    ("jargon", "We had a failed cutover to the new billing platform.", "cutover"),
    ("jargon", "The login service returned 401s all morning.", "401s"),
    ("jargon", "Your SMETS1 meter lost its DCC connection.", "SMETS1"),
    ("jargon", "The ledger service double-posted the transaction.", "ledger service"),
    ("jargon", "We're replaying the events from the transaction log.", "transaction log"),
    ("jargon", "Failover to the DR site didn't complete.", "DR site"),
    ("jargon", "The origin server timed out behind the cache.", "origin server"),
    ("jargon", "The game servers' tick rate dropped during the event.", "tick rate"),
    ("jargon", "Your nameservers still point to the old host.", "nameservers"),
    ("jargon", "A kernel update broke the printer driver.", "kernel update"),
    ("jargon", "The ticket was put on hold after a KYC re-check.", "KYC re-check"),
    ("jargon", "Our AML screening held the transfer for review.", "AML screening"),
    ("jargon", "We've bumped the memory limit after repeated pod restarts.", "pod restarts"),
    ("jargon", "A bad regex in the form validator rejected your postcode.", "regex"),
    ("jargon", "The JSON export was malformed.", "JSON"),
    ("jargon", "The outage hit our us-east-1 region.", "us-east-1"),
    ("jargon", "Our engineers are triaging the bug now.", "triaging the bug"),
    (
        "jargon",
        "Your webhook deliveries failed because our signing secret rotated without notice.",
        "webhook",
    ),
    ("jargon", "A stale read from the replica showed your old balance.", "stale read"),
    ("jargon", "The outage was a BGP misconfiguration at our edge routers.", "BGP"),
    ("jargon", "We hit a connection timeout between the app servers and the DB.", "the DB"),
    ("jargon", "Our CI/CD pipeline pushed a broken release to prod.", "to prod"),
    ("jargon", "The Elasticsearch cluster went red, so search returned nothing.", "Elasticsearch"),
    ("jargon", "A misfiring cron in UTC sent your reminders an hour early.", "cron"),
    ("jargon", "Our engineers shipped a hotfix to the checkout microservice.", "hotfix"),
    ("jargon", "The SFTP drop from your bank didn't arrive, so payroll didn't import.", "SFTP"),
    (
        "jargon",
        "We've rolled back the firmware to the previous build on your router.",
        "previous build",
    ),
    ("jargon", "Our mobile app's crash rate spiked after the SDK bump.", "SDK"),
    ("jargon", "The claim got stuck at the clearinghouse with a rejection code.", "clearinghouse"),
    ("jargon", "Your smart meter's comms hub dropped off the network.", "comms hub"),
    (
        "jargon",
        "The orders were stuck in the dead-letter queue until we replayed them.",
        "dead-letter queue",
    ),
    ("jargon", "A TTL mismatch on the session store logged you out.", "TTL"),
    ("jargon", "The matchmaking service had a memory leak.", "memory leak"),
    ("jargon", "We saw heap exhaustion on the worker nodes.", "heap exhaustion"),
    (
        "jargon",
        "The import failed on a CSV with a malformed header row due to a parser bug.",
        "parser",
    ),
    ("jargon", "Your domain's DNSSEC keys expired.", "DNSSEC"),
    ("jargon", "A race in the cache layer served someone else's avatar.", "cache layer"),
    ("jargon", "hi! the sync daemon on our side crashed, so ur playlists didnt update", "daemon"),
    (
        "jargon",
        "Status: we see elevated latency in the ingestion pipeline and are scaling workers.",
        "ingestion pipeline",
    ),
    (
        "jargon",
        "Dear Sir, the NEFT batch failed on an IFSC validation error at the core banking layer.",
        "core banking layer",
    ),
    (
        "jargon",
        "Your VoLTE provisioning flag wasn't set on the HSS, so calls dropped to 3G.",
        "provisioning",
    ),
    ("jargon", "We purged the Varnish cache and the stale prices are gone.", "Varnish"),
    ("jargon", "The background sync failed because of an expired OAuth refresh token.", "OAuth"),
    ("jargon", "A GraphQL resolver timed out, which is why the page was blank.", "GraphQL"),
    ("jargon", "The firmware's watchdog timer rebooted your camera every hour.", "watchdog timer"),
    (
        "jargon",
        "Our payment orchestration layer retried the auth and double-captured.",
        "double-captured",
    ),
    ("jargon", "The EDI 856 from the supplier was rejected by our ERP.", "EDI"),
    ("jargon", "Engineering found a race condition in the token bucket.", "race condition"),
    ("jargon", "The PoS terminal lost its TMS config after the update.", "TMS"),
    (
        "corporate-speak",
        "We have robust processes in place to protect your data.",
        "have robust processes in place",
    ),
    (
        "corporate-speak",
        "Lessons have been learned and we are doing better.",
        "Lessons have been learned",
    ),
    (
        "corporate-speak",
        "Your feedback is invaluable in helping us improve our services.",
        "feedback is invaluable",
    ),
    (
        "corporate-speak",
        "We always aim to exceed our customers' expectations.",
        "always aim to exceed",
    ),
    (
        "corporate-speak",
        "Here at Brightline, we believe every journey should be a pleasure.",
        "Here at Brightline, we believe",
    ),
    (
        "corporate-speak",
        "Our teams are working tirelessly to restore service.",
        "working tirelessly",
    ),
    ("corporate-speak", "Our dedicated team of experts is on hand to help.", "dedicated team of"),
    ("corporate-speak", "We'll circle back once we have more information.", "We'll circle back"),
    ("corporate-speak", "We're doing a deep dive into what happened.", "deep dive"),
    ("corporate-speak", "We'll share our learnings with all branches.", "learnings"),
    ("corporate-speak", "Your success is our success.", "Your success is our success"),
    ("corporate-speak", "We always go the extra mile for our guests.", "go the extra mile"),
    (
        "corporate-speak",
        "We appreciate you choosing Skyline for your travel needs.",
        "appreciate you choosing",
    ),
    (
        "corporate-speak",
        "We aim to provide the best possible experience for everyone.",
        "best possible experience",
    ),
    (
        "corporate-speak",
        "We take great pride in the quality of our repairs.",
        "take great pride in",
    ),
    (
        "corporate-speak",
        "Our customers are our greatest asset.",
        "customers are our greatest asset",
    ),
    (
        "corporate-speak",
        "Transparency is one of our core principles.",
        "one of our core principles",
    ),
    (
        "corporate-speak",
        "We deeply value the trust you place in us.",
        "value the trust you place in us",
    ),
    (
        "corporate-speak",
        "Nothing is more important to us than your safety.",
        "Nothing is more important to us than",
    ),
    (
        "corporate-speak",
        "We are continuously reviewing our processes to improve.",
        "continuously reviewing our processes",
    ),
    ("corporate-speak", "We remain laser-focused on our customers.", "laser-focused"),
    (
        "corporate-speak",
        "It wasn't the experience we'd want for you.",
        "wasn't the experience we'd want",
    ),
    (
        "corporate-speak",
        "We are fully committed to putting things right for our customers.",
        "fully committed to",
    ),
    (
        "corporate-speak",
        "Please be assured that customer care is at the forefront of our minds.",
        "forefront of our minds",
    ),
    ("corporate-speak", "We're proud to serve over a million happy customers.", "proud to serve"),
    (
        "corporate-speak",
        "At Northline, service excellence isn't just a goal, it's who we are.",
        "service excellence",
    ),
    (
        "corporate-speak",
        "Your trust is something we never take for granted.",
        "never take for granted",
    ),
    ("corporate-speak", "We endeavour to respond to all queries promptly.", "endeavour to"),
    (
        "corporate-speak",
        "Our people are the heart of our business.",
        "are the heart of our business",
    ),
    (
        "corporate-speak",
        "We appreciate you being a loyal customer for so many years.",
        "loyal customer",
    ),
    (
        "corporate-speak",
        "Delivering a world-class experience is what drives us.",
        "world-class experience",
    ),
    (
        "corporate-speak",
        "We remain steadfast in our commitment to our members.",
        "commitment to our members",
    ),
    ("corporate-speak", "Customer happiness is in our DNA.", "in our DNA"),
    ("corporate-speak", "We pride ourselves on transparency and honesty.", "pride ourselves"),
    ("corporate-speak", "Your loyalty means the world to us.", "means the world to us"),
    (
        "corporate-speak",
        "We are dedicated to ensuring a seamless journey for all our passengers.",
        "dedicated to ensuring",
    ),
    (
        "forgiveness-request",
        "We hope you can find it in your heart to give us another try.",
        "give us another try",
    ),
    (
        "forgiveness-request",
        "Please be a little patient with us while the kitchen catches up.",
        "Please be a little patient",
    ),
    ("forgiveness-request", "Please hang tight while we sort this out.", "Please hang tight"),
    ("forgiveness-request", "We hope you'll stick with us.", "hope you'll stick with us"),
    ("forgiveness-request", "Could you give us one more try next month?", "give us one more try"),
    (
        "forgiveness-request",
        "We hope you accept our sincere apologies.",
        "hope you accept our sincere apologies",
    ),
    ("forgiveness-request", "We count on your understanding.", "count on your understanding"),
    (
        "forgiveness-request",
        "We hope you'll let us earn back your trust.",
        "let us earn back your trust",
    ),
    (
        "forgiveness-request",
        "I'd ask for a little more time and patience.",
        "ask for a little more time and patience",
    ),
    ("forgiveness-request", "Please try to see it from our side.", "see it from our side"),
    (
        "forgiveness-request",
        "Hoping for your kind understanding in this matter.",
        "Hoping for your kind understanding",
    ),
    (
        "forgiveness-request",
        "We request your kind cooperation until the line is restored.",
        "request your kind cooperation",
    ),
    ("forgiveness-request", "Please don't give up on us just yet.", "Please don't give up on us"),
    (
        "forgiveness-request",
        "We trust you will bear with us a little longer.",
        "trust you will bear with us",
    ),
    (
        "forgiveness-request",
        "I hope you'll be able to overlook this mistake.",
        "hope you'll be able to overlook",
    ),
    (
        "forgiveness-request",
        "We're asking you to give us a little more time.",
        "asking you to give us",
    ),
    ("forgiveness-request", "Please forgive the delay.", "forgive the"),
    (
        "forgiveness-request",
        "We really hope you can understand our position.",
        "hope you can understand",
    ),
    ("forgiveness-request", "Kindly bear with us while we fix this.", "Kindly bear with us"),
    ("forgiveness-request", "We'd love the chance to win you back.", "win you back"),
    (
        "forgiveness-request",
        "Please don't judge us too harshly on this one.",
        "Please don't judge us",
    ),
    (
        "forgiveness-request",
        "We sincerely request you to kindly bear with us.",
        "kindly bear with us",
    ),
    (
        "forgiveness-request",
        "Please extend your patience for a few more days.",
        "Please extend your patience",
    ),
    (
        "forgiveness-request",
        "Hope you'll give us a chance to make it up to you.",
        "give us a chance to make it up",
    ),
    (
        "forgiveness-request",
        "We'd be thankful if you could overlook this lapse.",
        "you could overlook this",
    ),
    (
        "forgiveness-request",
        "We hope you will continue to trust us.",
        "hope you will continue to trust us",
    ),
    (
        "overpromise",
        "From now on you'll never have to wait more than a minute.",
        "you'll never have to wait",
    ),
    (
        "overpromise",
        "We can promise this is the last time.",
        "We can promise this is the last time",
    ),
    ("overpromise", "Trust me, it'll never break again.", "never break again"),
    ("overpromise", "There's no way this will happen again.", "no way this will happen"),
    ("overpromise", "Don't worry, the bug won't come back.", "the bug won't come back"),
    ("overpromise", "We guarantee 100% uptime from now on.", "guarantee 100%"),
    ("overpromise", "Everything will be perfect from here on.", "will be perfect from here on"),
    ("overpromise", "We've eliminated the problem entirely.", "eliminated the problem entirely"),
    (
        "overpromise",
        "Double charges are now a thing of the past.",
        "Double charges are now a thing of the past",
    ),
    ("overpromise", "You can count on this never happening again.", "never happening again"),
    ("overpromise", "Your funds are 100% safe with us.", "100% safe"),
    ("overpromise", "The app won't crash on you again.", "won't crash on you again"),
    ("overpromise", "This problem is gone for good.", "gone for good"),
    (
        "overpromise",
        "I can assure you it will work flawlessly from now on.",
        "will work flawlessly",
    ),
    ("overpromise", "We promise you'll never see this error again.", "never see this error again"),
    ("overpromise", "I promise this will be sorted for good.", "sorted for good"),
    (
        "overpromise",
        "I can assure you there won't be any more delays.",
        "there won't be any more delays",
    ),
    (
        "overpromise",
        "We will never let anything like this happen to you again.",
        "never let anything like this happen",
    ),
    (
        "overpromise",
        "Your next bill will definitely be correct.",
        "Your next bill will definitely be correct",
    ),
    (
        "overpromise",
        "We've made it impossible for this error to happen again.",
        "impossible for this error to happen again",
    ),
    ("overpromise", "It won't ever go wrong again, I'm sure of it.", "won't ever go wrong again"),
    ("overpromise", "This will 100% not happen again.", "will 100% not happen again"),
    (
        "overpromise",
        "I'm confident you won't have this problem ever again.",
        "won't have this problem ever again",
    ),
    ("overpromise", "Rest assured, we've fixed it permanently.", "fixed it permanently"),
    (
        "overpromise",
        "Your deliveries will always be on time from now on.",
        "will always be on time",
    ),
    ("overpromise", "We assure you that such lapses will not be repeated.", "will not be repeated"),
    ("dismissive", "I fail to see the problem with a two-day wait.", "fail to see the problem"),
    (
        "dismissive",
        "You're making this into a much bigger deal than it is.",
        "making this into a much bigger deal",
    ),
    ("dismissive", "It's a couple of quid, hardly worth the fuss.", "hardly worth the fuss"),
    ("dismissive", "Honestly, you are overthinking this.", "overthinking"),
    ("dismissive", "Please don't take it so personally.", "don't take it so personally"),
    ("dismissive", "Look, it is what it is.", "it is what it is"),
    ("dismissive", "You'll survive a day without streaming.", "You'll survive"),
    ("dismissive", "Not everything is about you.", "Not everything is about you"),
    ("dismissive", "Honestly, what did you expect for a £5 ticket?", "what did you expect for a"),
    (
        "dismissive",
        "You're the only customer who has complained about this.",
        "You're the only customer who has complained",
    ),
    ("dismissive", "That's just how it works, I'm afraid.", "That's just how it works"),
    ("dismissive", "It's hardly the end of the world.", "hardly the end of the world"),
    (
        "dismissive",
        "As you can plainly see from the screenshot, the order shipped.",
        "As you can plainly see",
    ),
    ("dismissive", "It's a first-world problem, really.", "first-world problem"),
    ("dismissive", "Cheer up, it's only a parcel.", "Cheer up"),
    ("dismissive", "Sounds like a you problem, to be honest.", "Sounds like a you problem"),
    ("dismissive", "Surely you can understand why the fee applies.", "Surely you can understand"),
    (
        "dismissive",
        "It's a £3 item, let's keep things in perspective.",
        "keep things in perspective",
    ),
    (
        "dismissive",
        "I think you're being a bit sensitive about this.",
        "you're being a bit sensitive",
    ),
    ("dismissive", "You'll get over it.", "get over it"),
    ("dismissive", "There are bigger problems in the world.", "bigger problems in the world"),
    ("dismissive", "Pls don't panic, it's just a delay.", "Pls don't panic"),
    ("dismissive", "I think you're overreacting a bit.", "overreacting"),
    ("dismissive", "No offence, but this is pretty basic stuff.", "pretty basic stuff"),
    ("dismissive", "Chill, it'll sort itself out.", "Chill, it'll"),
    ("dismissive", "It's literally two days, relax.", "relax."),
    (
        "conditional-apology",
        "We apologise where this may have caused you difficulty.",
        "apologise where this may have caused",
    ),
    (
        "conditional-apology",
        "We regret any inconvenience this may have caused, if any.",
        "regret any inconvenience this may have caused, if any",
    ),
    (
        "conditional-apology",
        "If we got anything wrong, we apologise.",
        "If we got anything wrong, we apologise",
    ),
    (
        "conditional-apology",
        "We are sorry to the extent that our actions contributed to your loss.",
        "sorry to the extent that our actions contributed",
    ),
    (
        "conditional-apology",
        "Apologies should this have caused you any inconvenience.",
        "Apologies should this have caused",
    ),
    (
        "conditional-apology",
        "Sorry in case the reminder email confused you.",
        "Sorry in case the reminder email confused",
    ),
    ("conditional-apology", "If I upset you, I'm sorry.", "If I upset you, I'm sorry"),
    (
        "conditional-apology",
        "We're sorry, assuming there was a fault on our side.",
        "sorry, assuming there",
    ),
    (
        "conditional-apology",
        "Apologies for any trouble - if there was any.",
        "Apologies for any trouble - if there was any",
    ),
    (
        "conditional-apology",
        "If our driver was rude to you, then we apologise.",
        "If our driver was rude to you, then we apologise",
    ),
    ("conditional-apology", "We apologise if you feel the service fell short.", "apologise if"),
    (
        "conditional-apology",
        "If there was any inconvenience, we're sorry.",
        "If there was any inconvenience, we're sorry",
    ),
    ("conditional-apology", "Sorry, if that's what happened.", "Sorry, if"),
    (
        "conditional-apology",
        "Should our agent have been unhelpful, please accept our apologies.",
        "Should our agent have been unhelpful, please accept our apologies",
    ),
    (
        "conditional-apology",
        "We're sorry for any upset, if indeed there was any.",
        "sorry for any upset, if indeed",
    ),
    (
        "conditional-apology",
        "We apologise for any inconvenience, should there have been any.",
        "apologise for any inconvenience, should there have been any",
    ),
    ("conditional-apology", "Sorry if we weren't clear enough.", "Sorry if"),
    (
        "conditional-apology",
        "If you feel let down, we apologise.",
        "If you feel let down, we apologise",
    ),
    (
        "conditional-apology",
        "To the extent we fell short, please accept our apology.",
        "To the extent we fell short, please accept our apology",
    ),
    (
        "customer-blame",
        "Unfortunately you've put the wrong postcode on the order.",
        "you've put the wrong",
    ),
    (
        "customer-blame",
        "The address you gave us was incomplete.",
        "address you gave us was incomplete",
    ),
    ("customer-blame", "It was up to you to check the size before ordering.", "was up to you to"),
    (
        "customer-blame",
        "Please read the instructions carefully next time.",
        "read the instructions carefully next time",
    ),
    (
        "customer-blame",
        "You're the one who selected next-day delivery.",
        "You're the one who selected",
    ),
    (
        "customer-blame",
        "If you'd bothered to check your spam folder, you'd have seen it.",
        "If you'd bothered",
    ),
    (
        "customer-blame",
        "The fault is with your router, not our network.",
        "fault is with your router, not our",
    ),
    (
        "customer-blame",
        "Next time, please double-check the delivery address.",
        "Next time, please double-check",
    ),
    (
        "customer-blame",
        "The card number you entered was wrong.",
        "card number you entered was wrong",
    ),
    ("customer-blame", "You must not have read the confirmation email.", "You must not have read"),
    ("customer-blame", "You never told us you had moved house.", "You never told"),
    ("customer-blame", "You ignored the low-balance warnings we sent.", "You ignored the"),
    ("customer-blame", "Had you updated the app, this wouldn't have happened.", "Had you updated"),
    (
        "customer-blame",
        "The instructions were on the box, which you didn't read.",
        "you didn't read",
    ),
    (
        "customer-blame",
        "Please make sure you read our emails in future.",
        "Please make sure you read our emails in future",
    ),
    (
        "customer-blame",
        "You entered your email with a typo, so the receipt bounced.",
        "You entered your email with a typo",
    ),
    (
        "customer-blame",
        "You were meant to cancel before the renewal date.",
        "You were meant to cancel",
    ),
    (
        "customer-blame",
        "As clearly shown on the checkout page, delivery is 5-7 days.",
        "clearly shown",
    ),
    (
        "customer-blame",
        "You didn't attach the receipt, so we couldn't process it.",
        "You didn't attach",
    ),
    (
        "customer-blame",
        "That's why we ask customers to read the terms before booking.",
        "read the terms before booking",
    ),
    ("customer-blame", "The wrong size was ordered on your end.", "was ordered on your end"),
    (
        "blame-shift",
        "The problem sits with the airline, so you'll need to contact them.",
        "problem sits with the airline",
    ),
    ("blame-shift", "This is a known issue on Visa's side.", "Visa's side"),
    ("blame-shift", "Sadly, that's the courier's responsibility.", "courier's responsibility"),
    (
        "blame-shift",
        "The delays are down to the weather, which nobody can control.",
        "nobody can control",
    ),
    ("blame-shift", "The system flagged your account, so nothing I can do.", "nothing I can do"),
    (
        "blame-shift",
        "That's a Royal Mail issue, so you'd need to raise it with them.",
        "That's a Royal Mail issue",
    ),
    ("blame-shift", "Apple is responsible for the update delay.", "Apple is responsible"),
    (
        "blame-shift",
        "It's the manufacturer's policy; we just follow the rules.",
        "we just follow the rules",
    ),
    (
        "blame-shift",
        "Unfortunately head office decided to cancel the promotion.",
        "head office decided",
    ),
    ("blame-shift", "Computer says no, I'm afraid.", "Computer says no"),
    (
        "blame-shift",
        "That's not something we have any control over.",
        "not something we have any control over",
    ),
    (
        "blame-shift",
        "We can't be held responsible for delays caused by the courier.",
        "We can't be held responsible",
    ),
    ("blame-shift", "The hold-up is on the bank's end, not ours.", "bank's end"),
    ("blame-shift", "This was caused by a third-party outage.", "caused by a third-party"),
    (
        "blame-shift",
        "The decision sits with our underwriters, not with me.",
        "decision sits with our underwriters",
    ),
    (
        "blame-shift",
        "Weather delays are unfortunately beyond anyone's control.",
        "beyond anyone's control",
    ),
    (
        "blame-shift",
        "Our IT provider pushed a bad update, which caused this.",
        "provider pushed a bad update",
    ),
    (
        "blame-shift",
        "The app store review is what's holding things up.",
        "app store review is what's holding things up",
    ),
    (
        "blame-shift",
        "There's not much I can do from my side, it's the warehouse's issue.",
        "warehouse's issue",
    ),
    (
        "blame-shift",
        "This is down to a fault with our supplier, I'm afraid.",
        "down to a fault with our supplier",
    ),
    (
        "blame-shift",
        "The payment processor is to blame for the duplicate charge.",
        "processor is to blame",
    ),
    (
        "blame-shift",
        "Our partner airline cancelled the flight, so it's out of our control.",
        "out of our control",
    ),
    ("blame-shift", "Honestly it's the post office, not us.", "post office, not us"),
    (
        "blame-shift",
        "Unfortunately the council hasn't approved the works yet, so our hands are tied.",
        "our hands are tied",
    ),
    ("boilerplate-apology", "We deeply regret this situation.", "regret this situation"),
    ("boilerplate-apology", "We are sorry for what happened.", "sorry for what happened"),
    (
        "boilerplate-apology",
        "Sorry for the trouble, we are looking into it.",
        "Sorry for the trouble",
    ),
    (
        "boilerplate-apology",
        "We sincerely apologise for any inconvenience you have experienced.",
        "apologise for any inconvenience",
    ),
    ("boilerplate-apology", "My apologies for the mix up.", "apologies for the mix up"),
    (
        "boilerplate-apology",
        "We apologize the inconvenience caused.",
        "apologize the inconvenience caused",
    ),
    ("boilerplate-apology", "Sorry for all the hassle.", "Sorry for all the hassle"),
    ("boilerplate-apology", "Sorry for any inconvenience 🙏", "Sorry for any inconvenience"),
    (
        "boilerplate-apology",
        "Our apologies for any inconvenience and disruption caused.",
        "apologies for any inconvenience",
    ),
    ("boilerplate-apology", "We are very sorry for the situation.", "sorry for the situation"),
    ("boilerplate-apology", "We regret the inconvenience.", "regret the inconvenience"),
    (
        "boilerplate-apology",
        "Apologies for the inconvenience this may cause.",
        "Apologies for the inconvenience this may cause",
    ),
    ("boilerplate-apology", "We regret any disruption.", "regret any disruption"),
    ("minimizing", "It's only a few pence difference.", "only a few pence"),
    ("minimizing", "Honestly it's a storm in a teacup.", "storm in a teacup"),
    (
        "minimizing",
        "A tiny percentage of orders were affected.",
        "A tiny percentage of orders were affected",
    ),
    ("minimizing", "No real harm done.", "No real harm done"),
    ("minimizing", "It only took us an hour to fix.", "only took us an hour"),
    ("minimizing", "Only 2% of customers saw the error.", "Only 2% of customers saw"),
    ("minimizing", "It's not as bad as it sounds.", "not as bad as it sounds"),
    ("minimizing", "These are just teething troubles.", "teething troubles"),
    ("minimizing", "It's a non-issue now.", "non-issue"),
    ("minimizing", "It was just a two-minute outage.", "just a two-minute outage"),
    ("minimizing", "Only a tiny fraction of payments failed.", "Only a tiny fraction of payments"),
    ("minimizing", "It's a minor cosmetic issue.", "minor cosmetic issue"),
    ("minimizing", "The delay was marginal.", "delay was marginal"),
    ("minimizing", "It's only a 10-minute wait.", "It's only a 10-minute wait"),
    ("minimizing", "A very small subset of users saw the bug.", "A very small subset of users saw"),
    ("minimizing", "The fee is just a couple of dollars.", "just a couple of dollars"),
    ("soft-language", "We didn't get this quite right.", "didn't get this quite right"),
    ("soft-language", "There were some gaps in our process.", "gaps in our process"),
    ("soft-language", "This was a learning opportunity for us.", "learning opportunity"),
    ("soft-language", "Your request slipped through the cracks.", "slipped through the cracks"),
    ("soft-language", "We could have done better.", "We could have done better"),
    ("soft-language", "It's taking a bit longer than we'd like.", "longer than we'd like"),
    (
        "soft-language",
        "Your case didn't receive the attention it deserved.",
        "didn't receive the attention it deserved",
    ),
    (
        "soft-language",
        "Our service hasn't been quite what it should be.",
        "hasn't been quite what it should be",
    ),
    ("soft-language", "We've identified some areas for improvement.", "areas for improvement"),
    ("soft-language", "Things have not gone entirely smoothly.", "have not gone entirely smoothly"),
    ("soft-language", "There was a disconnect between teams.", "a disconnect between"),
    (
        "soft-language",
        "We may not have communicated this as clearly as we could.",
        "may not have communicated this as clearly as we could",
    ),
    ("soft-language", "There was a misalignment between our teams.", "misalignment"),
    ("self-focus", "Honestly, I'm having a really rough day too.", "I'm having a really rough day"),
    ("self-focus", "This whole thing has really stressed me out.", "stressed me out"),
    ("self-focus", "My heart sank when I saw your email.", "My heart sank"),
    ("self-focus", "We're all really cut up about it.", "We're all really cut up"),
    (
        "self-focus",
        "I haven't been able to stop thinking about it.",
        "I haven't been able to stop thinking about",
    ),
    ("self-focus", "This reflects badly on me as the manager.", "reflects badly on me"),
    (
        "self-focus",
        "Our staff are completely snowed under.",
        "Our staff are completely snowed under",
    ),
    ("self-focus", "This week has honestly been a nightmare for me.", "been a nightmare for me"),
    ("self-focus", "I'm absolutely mortified.", "I'm absolutely mortified"),
    ("self-focus", "We've all been losing sleep over this.", "losing sleep over"),
    ("self-focus", "I feel like I've failed you and it's eating me up.", "eating me up"),
    ("self-focus", "It pains me to write this.", "It pains me to"),
    ("self-focus", "I'm so upset with how this turned out for us.", "I'm so upset with how"),
    ("self-focus", "Our team is heartbroken.", "team is heartbroken"),
    (
        "self-focus",
        "This has been incredibly tough on all of us here.",
        "been incredibly tough on all of us",
    ),
    ("self-focus", "I've been crying since I read your message.", "I've been crying"),
    ("feelings-apology", "I'm sorry you have concerns about the bill.", "sorry you have concerns"),
    ("feelings-apology", "Sorry it wasn't to your liking.", "Sorry it wasn't to your liking"),
    ("feelings-apology", "Sorry for any offence taken.", "Sorry for any offence taken"),
    (
        "feelings-apology",
        "We're sorry you believe we've treated you unfairly.",
        "sorry you believe",
    ),
    ("feelings-apology", "Sorry that you feel this way.", "Sorry that you feel"),
    (
        "feelings-apology",
        "Sorry that you weren't pleased with our reply.",
        "Sorry that you weren't pleased",
    ),
    (
        "feelings-apology",
        "We're sorry you're disappointed by our decision.",
        "sorry you're disappointed",
    ),
    ("feelings-apology", "I'm sorry you thought our agent was rude.", "sorry you thought"),
    ("feelings-apology", "Sorry you feel our service hasn't been up to scratch.", "Sorry you feel"),
    (
        "feelings-apology",
        "We're sorry that you were displeased with your visit.",
        "sorry that you were displeased",
    ),
    ("jargon", "Our Terraform apply removed the DNS entry for your subdomain.", "Terraform"),
    ("jargon", "The photo uploads failed because the CDN edge returned 403s.", "CDN edge"),
    ("jargon", "A misconfigured cron expression ran the billing job twice.", "cron"),
    (
        "jargon",
        "The outage was caused by an expired intermediate certificate.",
        "intermediate certificate",
    ),
    ("jargon", "Our engineers found a memory leak in the websocket gateway.", "memory leak"),
    ("jargon", "The EPOS integration dropped your loyalty points during the sync.", "EPOS"),
    ("jargon", "Your smart lock firmware hit a watchdog reset loop.", "watchdog reset"),
    (
        "jargon",
        "Transactions were stuck in a pending state due to a ledger reconciliation mismatch.",
        "ledger reconciliation",
    ),
    ("jargon", "The SIP registration with your provider kept expiring.", "SIP registration"),
    ("jargon", "We throttled your API key after a spike in requests.", "API"),
    ("jargon", "We saw packet loss on the upstream link to your exchange.", "packet loss"),
    (
        "jargon",
        "The delivery app's geofence was misconfigured, so drivers couldn't mark drops.",
        "misconfigured",
    ),
    (
        "corporate-speak",
        "We always put our customers at the heart of everything.",
        "put our customers at the heart",
    ),
    ("corporate-speak", "We appreciate your valued feedback.", "valued feedback"),
    ("corporate-speak", "As a company, we are built on trust.", "built on trust"),
    (
        "corporate-speak",
        "We are committed to continuous improvement across all our channels.",
        "committed to continuous",
    ),
    ("corporate-speak", "Please know that your experience matters to us.", "matters to us"),
    ("forgiveness-request", "Please be patient a little longer.", "Please be patient"),
    ("forgiveness-request", "We humbly request your forgiveness.", "request your forgiveness"),
    (
        "forgiveness-request",
        "We trust you'll give us the benefit of the doubt.",
        "give us the benefit of the doubt",
    ),
    (
        "forgiveness-request",
        "We'd be grateful if you could cut us some slack this week.",
        "cut us some slack",
    ),
    (
        "forgiveness-request",
        "Could you bear with me for two minutes while I check?",
        "bear with me",
    ),
    (
        "overpromise",
        "This kind of error is now impossible.",
        "This kind of error is now impossible",
    ),
    (
        "overpromise",
        "You won't see another late delivery from us, I promise.",
        "won't see another late delivery",
    ),
    ("overpromise", "We've made 100% sure this is fixed.", "100% sure"),
    ("overpromise", "The new system guarantees it won't happen again.", "guarantees it"),
    ("overpromise", "Everything will run smoothly from now on.", "will run smoothly from now on"),
    ("dismissive", "Honestly, it's not rocket science.", "not rocket science"),
    (
        "dismissive",
        "I don't know why you're making such a fuss.",
        "don't know why you're making such a fuss",
    ),
    (
        "dismissive",
        "Lots of people wait longer than you, to be fair.",
        "Lots of people wait longer",
    ),
    ("dismissive", "Come on, it's a minor thing.", "Come on,"),
    ("dismissive", "Well, you could always shop elsewhere.", "you could always shop elsewhere"),
    ("conditional-apology", "We're sorry if our response seemed slow.", "sorry if"),
    (
        "conditional-apology",
        "In the event that you were overcharged, please accept our apologies.",
        "In the event that you were overcharged, please accept our apologies",
    ),
    (
        "conditional-apology",
        "We apologise to any customer who felt let down.",
        "apologise to any customer who felt let down",
    ),
    (
        "customer-blame",
        "You should have contacted us within 24 hours.",
        "You should have contacted",
    ),
    ("customer-blame", "The delay happened because you sent the wrong form.", "you sent the wrong"),
    (
        "customer-blame",
        "Per the email we sent you last week, the office is closed.",
        "Per the email we sent",
    ),
    (
        "customer-blame",
        "Unfortunately you missed the deadline to claim.",
        "you missed the deadline",
    ),
    (
        "customer-blame",
        "Had you told us sooner, we could have stopped the payment.",
        "Had you told us",
    ),
    (
        "blame-shift",
        "Unfortunately, this is a carrier issue rather than ours.",
        "this is a carrier issue",
    ),
    ("blame-shift", "The error was on our supplier's end.", "supplier's end"),
    ("blame-shift", "That's down to the bank, I'm afraid.", "That's down to the bank"),
    ("blame-shift", "The software vendor's update broke the integration.", "vendor's update broke"),
    ("blame-shift", "These are industry-wide delays that affect everyone.", "industry-wide delays"),
    ("self-focus", "Honestly this has ruined my week.", "ruined my week"),
    ("self-focus", "We feel awful, truly awful.", "feel awful"),
    ("self-focus", "I'm beyond embarrassed.", "embarrassed"),
    ("self-focus", "The whole team is gutted.", "team is gutted"),
    ("minimizing", "It was a brief blip.", "brief blip"),
    ("minimizing", "A few orders were slightly delayed, nothing more.", "slightly delayed"),
    ("minimizing", "It affected a limited number of accounts.", "affected a limited number of"),
    (
        "soft-language",
        "The rollout hasn't been as smooth as planned.",
        "hasn't been as smooth as planned",
    ),
    (
        "soft-language",
        "There have been some inconsistencies in our billing.",
        "some inconsistencies",
    ),
    (
        "soft-language",
        "Your claim took a less than direct route through our teams.",
        "less than direct",
    ),
    ("boilerplate-apology", "Sorry for any trouble caused.", "Sorry for any trouble caused"),
    ("boilerplate-apology", "We apologise for the disruption.", "apologise for the disruption"),
    ("feelings-apology", "We're sorry you felt ignored.", "sorry you felt"),
    (
        "feelings-apology",
        "I'm sorry you're unhappy with the outcome of your claim.",
        "sorry you're unhappy",
    ),
]
WIDER_SILENT = [
    ("jargon", "Please clear your browser cache and cookies, then log in again."),
    ("jargon", "I've patched the hole in your fence panel and sent photos."),
    ("jargon", "Our staging area at the depot was full, so your parcel waited a day."),
    ("jargon", "The production of your sofa is running two weeks late."),
    ("jargon", "The edge of the worktop was chipped in transit."),
    ("jargon", "Please restart your router and check the Wi-Fi light is green."),
    ("jargon", "We commit to answering every complaint within 5 working days."),
    ("jargon", "Your coffee pods are back in stock and ship today."),
    ("jargon", "The tenant in flat 2 reported the leak on Monday."),
    ("jargon", "I've sent a new password reset link to your email."),
    ("jargon", "Your retro lamp will be delivered on Friday."),
    ("jargon", "Your watch will sync with your phone once it's charged."),
    ("jargon", "The queue at the returns desk was long this morning."),
    ("jargon", "The batch of vaccines arrived late at the clinic."),
    ("jargon", "Your settlement offer of £400 has been sent by post."),
    ("jargon", "I've logged a ticket with our engineers and I'll update you by 14:00."),
    ("jargon", "We'll text you a one-time code to confirm it's you."),
    ("jargon", "Your repair was a complicated case, so it went to our senior engineer."),
    ("jargon", "The recipe had an edge of sweetness you didn't expect."),
    ("jargon", "Your order is at our Leeds hub and the driver will bring it tomorrow."),
    ("jargon", "Thanks for waiting - your parcel has left our depot."),
    ("jargon", "The engineer will replace the faulty valve in your boiler on Thursday."),
    ("jargon", "Your statement is available to download in the app."),
    ("jargon", "Your order will arrive on Tuesday between 9 and 12."),
    ("jargon", "Please restart the app and sign in again; your data is safe."),
    ("jargon", "The circuit breaker in your consumer unit tripped; the engineer reset it."),
    ("jargon", "Our branch in Leeds will merge with the York branch in May."),
    ("jargon", "The replica shirt you ordered is back in stock."),
    ("jargon", "I've left you a VM with the reference number."),
    ("jargon", "In this instance we'll waive the fee."),
    ("jargon", "The async class starts on Monday; the recording will be in your portal."),
    ("jargon", "For the rest of your order, the driver will come back tomorrow."),
    ("jargon", "Your flight to the Canary Islands is confirmed for Friday."),
    ("corporate-speak", "The driver will circle back to your street after his last drop."),
    ("corporate-speak", "Your driving lessons have been moved to Thursday at 10:00."),
    ("corporate-speak", "I appreciate you sending the photos so quickly."),
    ("corporate-speak", "Our engineer will dive into the loft to check the tank on Tuesday."),
    ("corporate-speak", "I've asked our billing lead to check every June invoice."),
    (
        "corporate-speak",
        "The extra mile of cable is being laid on Monday, so your line will be live by Wednesday.",
    ),
    ("corporate-speak", "I've refunded the £12 and asked the store manager to call you today."),
    ("corporate-speak", "We know how much you value reliability, and so do we."),
    ("corporate-speak", "Thanks for the photos - I've booked the engineer for Friday 10:00."),
    ("corporate-speak", "Our team worked through the night and your line was back at 06:00."),
    ("corporate-speak", "The lessons you booked are now on Tuesdays at 5pm."),
    ("forgiveness-request", "Thank you for your patience today."),
    ("forgiveness-request", "Thanks so much for bearing with us while we fixed it."),
    ("forgiveness-request", "We don't expect you to forgive us; here's what we've changed."),
    ("forgiveness-request", "I hope you can make it to the new appointment on Friday."),
    ("forgiveness-request", "Sit tight at home: the engineer is ten minutes away."),
    ("forgiveness-request", "You'll get another chance to book when the sale reopens on Monday."),
    ("forgiveness-request", "Thanks for sticking with us through this."),
    ("forgiveness-request", "Thank you for being so patient with us this week."),
    ("forgiveness-request", "If you'll pardon the pun, we've bean busy restocking the coffee."),
    ("overpromise", "I can't guarantee it won't happen again, but we've added monitoring."),
    ("overpromise", "The engineer won't come back until the part arrives on Friday."),
    ("overpromise", "If it happens again, call me directly on 020 7946 0000."),
    ("overpromise", "Our 2-year guarantee covers the replacement."),
    ("overpromise", "I'm not 100% certain the courier will come today."),
    ("overpromise", "Paper tickets are a thing of the past here, so your e-ticket is attached."),
    ("overpromise", "We've removed the fee entirely, so you won't pay it again."),
    ("overpromise", "Your old card won't work again once the new one is active."),
    ("overpromise", "We'll do our best to stop this happening again, and I'll update you Friday."),
    ("overpromise", "We can't promise perfection, but every order is now checked twice."),
    ("overpromise", "There won't be any more charges on this account now it's closed."),
    ("dismissive", "I can't see the problem on our side yet; could you send a screenshot?"),
    ("dismissive", "What did you expect to see on the statement? I'll compare it with ours."),
    ("dismissive", "Please don't worry, I've already refunded it."),
    ("dismissive", "You're not overreacting at all - we let you down."),
    ("dismissive", "I'd be upset too; it is our fault and I've refunded you."),
    ("dismissive", "I understand you're upset, and you're right to be."),
    ("dismissive", "Please don't worry - the refund is already on its way."),
    ("dismissive", "Time to relax - your holiday starts tomorrow!"),
    ("dismissive", "We can relax the deadline for your documents to Friday."),
    (
        "conditional-apology",
        "Sorry if this is a silly question, but is the order number on your receipt?",
    ),
    ("conditional-apology", "Apologies if you've already sent the form - I haven't seen it yet."),
    ("conditional-apology", "I'm sorry we charged you twice; if you see a third charge, tell me."),
    (
        "conditional-apology",
        "If you were affected by Tuesday's outage, you'll get a £10 credit automatically.",
    ),
    ("conditional-apology", "I'm sorry. If it happens again, message me directly."),
    ("conditional-apology", "Sorry for the wait. If your code still fails, reply and I'll fix it."),
    ("conditional-apology", "I'm sorry we lost your bag. If you need anything else, call me."),
    ("customer-blame", "You've put the right postcode; the error was ours."),
    ("customer-blame", "It's up to you whether you keep the old plan or switch."),
    ("customer-blame", "Next time you visit, show this email for a free coffee."),
    ("customer-blame", "You're the one person who can approve this, so I've sent you the link."),
    ("customer-blame", "If the address you gave us was wrong, just reply with the right one."),
    (
        "customer-blame",
        "The card number you entered is correct; the decline came from our fraud check.",
    ),
    ("customer-blame", "You did nothing wrong - that's on us."),
    ("customer-blame", "You can change the delivery address in the app before 8pm."),
    ("customer-blame", "You can attach the receipt here and I'll process it today."),
    (
        "customer-blame",
        "The fault is with our meter, not your wiring, and we'll replace it Friday.",
    ),
    ("customer-blame", "It was up to us to check the size, and we didn't."),
    ("blame-shift", "Our courier lost it, and that's on us - we picked them."),
    ("blame-shift", "You can't be held responsible for the damage - it happened in transit."),
    ("blame-shift", "It's a Royal Mail Special Delivery parcel, so it needs a signature."),
    ("blame-shift", "Our head office approved the refund this morning."),
    ("blame-shift", "We now have full control over the delivery slots."),
    ("blame-shift", "Our courier is on site now with your replacement."),
    ("blame-shift", "Our supplier delivered late, and we should have warned you - that's on us."),
    (
        "boilerplate-apology",
        "I'm sorry for what happened to your car in our car park - the barrier hit it.",
    ),
    ("boilerplate-apology", "I'm sorry this situation left you without heating for three nights."),
    (
        "boilerplate-apology",
        "We regret the incident at your property on Monday, when our van hit your wall.",
    ),
    ("minimizing", "The engineer is just a few minutes away."),
    ("minimizing", "About 3% of accounts, including yours, were charged twice; that's on us."),
    ("minimizing", "Only you can approve the transfer, so I've sent the link."),
    ("minimizing", "No harm in asking - I've checked and the slot is free."),
    ("minimizing", "Just a short wait now - the engineer is two streets away."),
    ("soft-language", "The parcel fell through the letterbox onto the mat."),
    ("soft-language", "We could have done it by Friday, but you asked for Monday."),
    (
        "soft-language",
        "Delivery is taking longer than usual because of the snow; your driver is 20 minutes away.",
    ),
    ("soft-language", "Mistakes were made in handling your claim."),
    ("self-focus", "You must be having a rough week; I've waived the fee."),
    ("self-focus", "I'm sorry this stressed you out."),
    ("self-focus", "We know this reflects badly on your business, so I've written to your client."),
    ("self-focus", "We're overwhelmed by your kind words - thank you!"),
    ("self-focus", "We're shaking up our loyalty scheme next month."),
    ("feelings-apology", "I'm sorry you had to call three times before anyone helped."),
    ("feelings-apology", "I'm sorry that you felt unwell after the meal; I've refunded you."),
    ("feelings-apology", "I'm sorry we left you feeling ignored - we didn't reply for a week."),
    ("jargon", "Your order is packed and leaves the warehouse tonight."),
    ("jargon", "The engineer tested the line and it's working normally now."),
    ("corporate-speak", "I've added a £20 credit and moved your install to Thursday 9am."),
    ("forgiveness-request", "Thanks for being patient while I checked."),
    ("overpromise", "We've added a second check before each payment run."),
    ("dismissive", "I understand why you're angry, and I'm sorry we let it happen."),
    ("conditional-apology", "Sorry for the late reply - if it's easier, call me on 0161 555 0101."),
    ("customer-blame", "You can send the form by Friday and I'll process it the same day."),
    ("blame-shift", "Our supplier shipped late and I should have chased them sooner."),
    ("minimizing", "All 12 of your orders were delayed, and I'm sorry."),
    ("boilerplate-apology", "I'm sorry the refund for your March order hasn't reached you."),
    ("feelings-apology", "I'm sorry you were kept waiting on hold for an hour."),
    ("dismissive", "It's not complicated: tap Settings, then Reset."),
    ("overpromise", "It's now impossible to change the booking online, so I've done it for you."),
    (
        "customer-blame",
        "I'm sorry you missed the deadline because our site was down; I've extended it to Friday.",
    ),
    ("dismissive", "Some people wait weeks for a slot, so I've booked yours for Monday."),
]


@pytest.mark.parametrize(("rule", "text", "words"), WIDER_FLAGS)
def test_rule_flags_wider_word_families(flagged: Flagged, rule: str, text: str, words: str) -> None:
    assert words in flagged(rule, text)


@pytest.mark.parametrize(("rule", "text"), WIDER_SILENT)
def test_rule_ignores_lookalikes_of_wider_families(flagged: Flagged, rule: str, text: str) -> None:
    assert flagged(rule, text) == []


def test_jargon_wider_lexicon_is_silent_for_a_technical_audience(flagged: Flagged) -> None:
    text = "The Kafka consumers lagged after a schema mismatch, so the ETL job hit a retry loop."
    assert flagged("jargon", text) != []
    assert flagged("jargon", text, audience="technical") == []


# --- every rule -----------------------------------------------------------------------------


@pytest.mark.parametrize("rule", load_rule_pack(RULES_DIR), ids=lambda rule: rule.id)
def test_built_in_rule_is_skipped_for_messages_without_its_words(rule: PhraseRule) -> None:
    """A phrase that could start anywhere (``*``, a symbol, a contraction) would make the
    rule try every message; each built-in rule must keep its word filter."""
    families = {**vocabulary(), **rule.families}
    assert compile_phrases(rule.phrases, families)[1] is not None


# --- a good message stays clean ----------------------------------------------------------------


LANGUAGE_RULES = """conditional-apology feelings-apology boilerplate-apology blame-shift
    customer-blame dismissive minimizing soft-language corporate-speak overpromise
    forgiveness-request self-focus jargon"""
GOOD = [
    "Hi Marco, I'm sorry - we charged your card twice for the April invoice because our "
    "billing job retried after a timeout. I've refunded the second charge today; your bank "
    "should show it within 3-5 working days. We've also added a check that stops the same "
    "invoice being charged twice.",
    "Our SMS provider had an outage on Sunday, and we should have switched to our backup "
    "sender - we didn't, so your reminders never went out. We now switch automatically. I'm "
    "sorry you missed your appointment; I've rebooked it for Wednesday at 10:00.",
    "Your parcel should have arrived on Tuesday. We gave it to our courier a day late because "
    "we mislabelled it, so you missed the party it was for. I've sent a replacement by "
    "next-day delivery and refunded the shipping. I'll email you the tracking number by 17:00.",
]


@pytest.mark.parametrize("text", GOOD)
def test_well_written_apology_triggers_no_language_rule(
    now: datetime, default_config: Config, text: str
) -> None:
    language_rules = set(LANGUAGE_RULES.split())
    report = check(text, now=now, config=default_config)
    assert [f.text for f in report.findings if f.rule in language_rules] == []


# --- fifth fresh batch: blame-shift, customer-blame, conditional, feelings, soft-language ----
# Families a held-out set showed missing (a partner named as the cause, "which is on you",
# if-clause before the apology, particles after "sorry", "up to our usual standards").

FIFTH_FLAGS = [
    ("blame-shift", "The missed renewals were caused by an outage at our cloud provider."),
    ("blame-shift", "This was due to a misconfiguration by our hosting provider."),
    (
        "blame-shift",
        "The duplicate charge is the result of a defective terminal from our payment partner.",
    ),
    ("blame-shift", "Delays happened because of a strike at our delivery carrier."),
    ("blame-shift", "The login failures were caused by a faulty update from our identity vendor."),
    ("blame-shift", "The hold on your funds is on the bank's side, not ours."),
    ("blame-shift", "The error is on their end, not us."),
    ("blame-shift", "Honestly that's on them, not us."),
    ("blame-shift", "The slow checkout is not related to our platform."),
    ("blame-shift", "This issue isn't related to our systems at all."),
    ("blame-shift", "The crash has nothing to do with us; it's an iOS bug."),
    ("blame-shift", "The problem was caused by a power failure at our data centre supplier."),
    ("blame-shift", "Your order was delayed due to a system outage at the app store."),
    ("blame-shift", "The refund is delayed because of a processing error at the bank."),
    ("blame-shift", "That one is on the courier, not on us."),
    ("blame-shift", "The outage was unrelated to our service; a regional ISP went down."),
    ("customer-blame", "The account locked after three wrong PINs, which is on you."),
    ("customer-blame", "Sorry, but that's on you."),
    ("customer-blame", "The data loss is the result of you not running the backup."),
    ("customer-blame", "The warranty lapsed because you didn't register the product."),
    ("customer-blame", "It expired because you never renewed it."),
    ("customer-blame", "If you'd updated the app, this wouldn't have happened."),
    ("customer-blame", "If you had read the confirmation, you would have seen the time."),
    ("customer-blame", "You were expected to bring your passport."),
    ("customer-blame", "You were supposed to return it within 30 days."),
    ("customer-blame", "You should have re-verified in August like the app told you to."),
    ("customer-blame", "You should have double-checked the dates before paying."),
    ("customer-blame", "As I already explained twice, the fee is non-refundable."),
    ("customer-blame", "Had you backed up the phone, nothing would have been lost."),
    ("conditional-apology", "We apologise to the degree that the changes affected your team."),
    (
        "conditional-apology",
        "Should the delay have caused you any hardship, please accept our apologies.",
    ),
    ("conditional-apology", "Should this have caused any inconvenience, our apologies."),
    ("conditional-apology", "If the new date doesn't work for you, I'm sorry."),
    ("conditional-apology", "If the change caused problems, we apologise."),
    ("conditional-apology", "sorry po if the delivery was late"),
    ("conditional-apology", "Sorry la if the reply took long."),
    ("conditional-apology", "sorry tho if that wasn't clear"),
    ("conditional-apology", "Sorry again if this messed up your plans."),
    ("feelings-apology", "sorry po that you're upset"),
    ("feelings-apology", "We regret that you found the new layout disappointing."),
    ("feelings-apology", "We regret that you found our service frustrating."),
    ("feelings-apology", "Sorry to hear you were disappointed with the room."),
    ("feelings-apology", "I'm sorry to hear you're unhappy with the update."),
    ("feelings-apology", "We're sorry you feel let down."),
    ("feelings-apology", "Sorry la you're frustrated with the queue."),
    ("feelings-apology", "We regret you were dissatisfied with the outcome."),
    ("soft-language", "The handover was not ideal."),
    ("soft-language", "Our response wasn't ideal."),
    ("soft-language", "The delays weren't in line with what you'd expect from us."),
    ("soft-language", "Our support fell short of what you deserve."),
    ("soft-language", "The repair was not up to our usual standard."),
    ("soft-language", "The communication was not in line with what you should expect."),
    ("soft-language", "The service wasn't up to our usual standards."),
]
FIFTH_SILENT = [
    (
        "blame-shift",
        "The outage was caused by a failure at our cloud provider, and we should have had a "
        "fallback.",
    ),
    (
        "blame-shift",
        "Our hosting provider had a misconfiguration, but that was still our call to use them.",
    ),
    ("blame-shift", "We chose the carrier, so the delay caused by their depot fire is on us."),
    ("blame-shift", "Your bank may take 3-5 days to show the refund."),
    (
        "blame-shift",
        "Is this related to our platform or your browser? Could you send a screenshot?",
    ),
    ("customer-blame", "As I explained, the fee is non-refundable."),
    ("customer-blame", "You'll need to run the fan for ten minutes before restarting."),
    ("customer-blame", "You can re-run the export once the file is split."),
    ("customer-blame", "You should have received an email from us this morning."),
    ("customer-blame", "If you'd like, I can re-run the report for you."),
    ("customer-blame", "If you had a booking on the 12th, we've moved it to the 14th."),
    ("customer-blame", "That's on us, not you."),
    ("conditional-apology", "Sorry, if you still see it, reply here."),
    (
        "conditional-apology",
        "I'm sorry we moved your date. If the new date doesn't work, reply and I'll change it.",
    ),
    ("conditional-apology", "Sorry for the wait. If you still can't log in, call us."),
    ("feelings-apology", "Sorry you had to chase us for this."),
    ("feelings-apology", "I'm sorry we disappointed you by missing the slot."),
    ("feelings-apology", "We regret that we sent you the wrong size."),
    ("soft-language", "The ideal time to call is before 10am."),
    ("soft-language", "The payment fell on a weekend, so it shows on Monday."),
    ("soft-language", "Your plan is in line with what you'd expect for this area."),
    ("blame-shift", "Thanks to help from our partner, your refund is done."),
    ("blame-shift", "The refund was sent due to a request from the airline."),
    ("blame-shift", "Your card was declined due to a hold by your bank, so please call them."),
    (
        "blame-shift",
        "The outage was caused by a bug in our own code, not by our cloud provider's network, "
        "and we've fixed it.",
    ),
    ("customer-blame", "If you had a chance to look at the draft, I'd love your thoughts."),
    ("customer-blame", "You were supposed to get a refund by Friday and we missed it."),
    ("customer-blame", "Because you never received the code, I've sent a new one."),
    ("conditional-apology", "If you want to cancel, we're sorry to see you go."),
    ("feelings-apology", "Sorry po for the late reply, we sent the wrong size."),
    ("soft-language", "Your bill is in line with what we quoted."),
    ("soft-language", "The new fares are up to the regulator's standard."),
]


@pytest.mark.parametrize(("rule", "text"), FIFTH_FLAGS)
def test_rule_flags_fifth_batch_families(flagged: Flagged, rule: str, text: str) -> None:
    assert flagged(rule, text) != []


@pytest.mark.parametrize(("rule", "text"), FIFTH_SILENT)
def test_rule_ignores_fifth_batch_lookalikes(flagged: Flagged, rule: str, text: str) -> None:
    assert flagged(rule, text) == []
