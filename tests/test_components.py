"""Components: which parts of a good apology or update a message has (RULES.md, "Components").

Each table lists realistic support sentences for one component: positives first, then the
tricky negatives that share its words (regret that is not ours, repair verbs that describe the
mistake, promises that are only intentions, quoted or hypothetical text).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from plugin_core import Config
from plugin_core.components import detect_components
from plugin_core.message import Message
from plugin_core.models import COMPONENTS, Audience, Channel, Kind, Severity

CONFIG = Config()


def components(text: str) -> dict[str, bool]:
    message = Message(
        text,
        kind=Kind.APOLOGY,
        severity=Severity.MEDIUM,
        channel=Channel.EMAIL,
        audience=Audience.CUSTOMER,
        now=datetime(2026, 3, 2, 10, tzinfo=UTC),
        tz="UTC",
        config=CONFIG,
    )
    return detect_components(message)


def has(component: str, text: str) -> bool:
    return components(text)[component]


def test_every_component_is_reported_in_contract_order() -> None:
    assert list(components("Thanks for your message.")) == list(COMPONENTS)


def test_an_empty_message_has_no_component() -> None:
    assert not any(components("").values())


# ---- regret -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I'm really sorry about the mix-up with your delivery.", True, id="im-sorry"),
        pytest.param("We are truly sorry that your payment failed twice.", True, id="we-are-sorry"),
        pytest.param("Sorry — the upgrade didn't go through on Friday.", True, id="sorry-opening"),
        pytest.param("Hi Marco, so sorry to hear the app logs you out.", True, id="sorry-to-hear"),
        pytest.param("Edgar - sorry for the delays this week.", True, id="sorry-after-name-dash"),
        pytest.param(
            "Please accept our sincere apologies for the missed call.", True, id="our-apologies"
        ),
        pytest.param("My apologies, I gave you the wrong opening hours.", True, id="my-apologies"),
        pytest.param(
            "I'd like to apologise for how your complaint was handled.", True, id="apologise"
        ),
        pytest.param("We regret that your booking was lost.", True, id="we-regret"),
        pytest.param("We apologize for any inconvenience.", True, id="boilerplate-still-regret"),
        pytest.param(
            "No need to apologise, you did the right thing.", False, id="no-need-to-apologise"
        ),
        pytest.param("You don't have to be sorry, it happens.", False, id="reader-not-sorry"),
        pytest.param("The driver apologised to the restaurant.", False, id="third-person-apology"),
        pytest.param("You won't regret upgrading to the annual plan.", False, id="reader-regret"),
        pytest.param('You wrote "sorry for nothing" in your review.', False, id="quoted"),
    ],
)
def test_regret_is_the_writers_own(text: str, expected: bool) -> None:
    assert has("regret", text) is expected


# ---- ownership ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We charged you the wrong rate for March.", True, id="we-wrong-object"),
        pytest.param("That was our mistake.", True, id="our-mistake"),
        pytest.param("That one is on me.", True, id="on-me"),
        pytest.param("I entered your postcode incorrectly.", True, id="i-incorrectly"),
        pytest.param("Our warehouse shipped the order without the charger.", True, id="omission"),
        pytest.param("We should have told you about the price change.", True, id="should-have"),
        pytest.param(
            "The update we released on Tuesday broke calendar sync.", True, id="change-we-made"
        ),
        pytest.param(
            "Our billing system took the fee twice this month.", True, id="our-system-twice"
        ),
        pytest.param("We messed up your booking.", True, id="messed-up"),
        pytest.param("We didn't notify you when the appointment moved.", True, id="we-didnt-duty"),
        pytest.param(
            "Your account was debited twice by our payment form.", True, id="passive-by-us"
        ),
        pytest.param(
            "It was late because our finance team approved it late.", True, id="because-our"
        ),
        pytest.param("I'm sorry we lost your passport application.", True, id="sorry-we-did"),
        pytest.param("You're right: the quote we sent said £40, not £60.", True, id="concession"),
        pytest.param("We've refunded the second payment.", False, id="repair-not-ownership"),
        pytest.param(
            "We've cancelled the order that was placed by mistake.", False, id="repair-of-mistake"
        ),
        pytest.param(
            "An error was made when your account was migrated.", False, id="agentless-passive"
        ),
        pytest.param("Unfortunately the courier mislaid your parcel.", False, id="blames-courier"),
        pytest.param(
            "Our payment provider's outage stopped renewals.", False, id="provider-outage"
        ),
        pytest.param("We were extremely busy over the holidays.", False, id="excuse"),
        pytest.param("I can see that you were charged twice.", False, id="perception-verb"),
        pytest.param("The system applied the late fee automatically.", False, id="the-system"),
        pytest.param("We'll make sure you aren't charged twice again.", False, id="future-promise"),
        pytest.param("We didn't charge you twice; it's a pending hold.", False, id="denial"),
        pytest.param("Our apologies for the wrong item.", False, id="apologies-not-actor"),
    ],
)
def test_ownership_needs_a_first_person_actor_of_the_mistake(text: str, expected: bool) -> None:
    assert has("ownership", text) is expected


# ---- acknowledgment -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Your April statement shows the £15 fee twice.", True, id="fee-twice"),
        pytest.param(
            "The app has been crashing on login since 07:30 CET.", True, id="crashing-since"
        ),
        pytest.param(
            "Your replacement headphones still haven't arrived.", True, id="hasnt-arrived"
        ),
        pytest.param("Our checkout was down for about an hour this morning.", True, id="was-down"),
        pytest.param("We sent your refund to an old card that was closed.", True, id="old-card"),
        pytest.param("The reset emails were going to spam all weekend.", True, id="went-to-spam"),
        pytest.param(
            "Backups for your workspace stopped on 2 October.", True, id="stopped-on-date"
        ),
        pytest.param(
            "We're sorry if the late delivery of your sofa upset you.", True, id="conditional"
        ),
        pytest.param("I'm sorry about Tuesday's outage.", True, id="outage-with-day"),
        pytest.param(
            "Sorry we moved your train with only an hour's notice.", True, id="short-notice"
        ),
        pytest.param("The power cut in your street lasted four hours.", True, id="power-cut"),
        pytest.param(
            "Thanks for getting in touch about your account.", False, id="no-problem-named"
        ),
        pytest.param(
            "We apologise for any inconvenience this issue caused.", False, id="boilerplate"
        ),
        pytest.param(
            "I've passed your question to the billing team.", False, id="generic-question"
        ),
        pytest.param("Sorry for the delay.", False, id="delay-without-specifics"),
        pytest.param(
            "If anything looks wrong on your next bill, tell me.", False, id="hypothetical"
        ),
        pytest.param("Is your parcel still missing?", False, id="question"),
        pytest.param("We confirm that no fees were charged in error.", False, id="negated"),
        pytest.param("If your plan downgrades, no files will be lost.", False, id="future-negated"),
    ],
)
def test_acknowledgment_names_what_went_wrong(text: str, expected: bool) -> None:
    assert has("acknowledgment", text) is expected


# ---- impact -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("You couldn't log in to pay your staff on Friday.", True, id="you-couldnt"),
        pytest.param("It meant you paid the late fee your bank charged.", True, id="meant-you"),
        pytest.param("It left your clinic unable to book patients.", True, id="left-unable"),
        pytest.param("You've now waited three weeks for a refund.", True, id="waited"),
        pytest.param("That delay cost you a night in a hotel.", True, id="cost-you"),
        pytest.param("Because of our mistake, your rent payment bounced.", True, id="bounced"),
        pytest.param(
            "Your team was locked out of the dashboard for two hours.", True, id="locked-out"
        ),
        pytest.param("It stopped your customers from checking out.", True, id="stopped-from"),
        pytest.param("You drove to the branch for nothing.", True, id="for-nothing"),
        pytest.param("You've gone four days without hot water.", True, id="gone-without"),
        pytest.param("So your video calls kept cutting out.", True, id="kept-doing"),
        pytest.param("So those staff had £40 too much deducted.", True, id="too-much"),
        pytest.param(
            "Because of our hold, your supplier hasn't been paid.", True, id="fronted-cause"
        ),
        pytest.param("You can download the invoice from your account.", False, id="instruction"),
        pytest.param("If you lost any data, we can restore it.", False, id="hypothetical"),
        pytest.param("You haven't lost anything: your files are safe.", False, id="negated"),
        pytest.param("This means you can now log in again.", False, id="means-you-can"),
        pytest.param("You were affected by the outage on Tuesday.", False, id="affected-is-vague"),
        pytest.param("We're sorry if this caused you any trouble.", False, id="any-difficulties"),
        pytest.param("I'm sorry you feel unhappy with the new prices.", False, id="feelings"),
    ],
)
def test_impact_names_the_consequence_for_the_person(text: str, expected: bool) -> None:
    assert has("impact", text) is expected


# ---- repair -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I've reversed the £12 fee on your account.", True, id="ive-reversed"),
        pytest.param("We rolled back the update at 11:00.", True, id="rolled-back"),
        pytest.param("Our technicians are rebuilding the servers now.", True, id="under-way"),
        pytest.param("The duplicate payment has been refunded.", True, id="passive-done"),
        pytest.param("I've rebooked you on the 18:40 train.", True, id="rebooked"),
        pytest.param("We're re-sending the missing invoices now.", True, id="re-sending"),
        pytest.param("I've asked our delivery team to collect the sofa.", True, id="asked-team"),
        pytest.param("A technician is on the way to your address.", True, id="on-the-way"),
        pytest.param("I've moved it to a driver who is 10 minutes away.", True, id="moved-it"),
        pytest.param("I've moved your booking to the 18:00 slot.", True, id="moved-booking"),
        pytest.param("Your fibre line is back to normal.", True, id="back-to-normal"),
        pytest.param("Your bonus will be paid on 15 April.", True, id="future-with-date"),
        pytest.param("We didn't refund the charge: it was valid.", False, id="negated"),
        pytest.param("Your claim is still being looked at.", False, id="vague-progress"),
        pytest.param("Once we've fixed the bug, we'll let you know.", False, id="hypothetical"),
        pytest.param("We'll look into it and get back to you.", False, id="investigating"),
        pytest.param("We hope to have it fixed soon.", False, id="hope"),
        pytest.param(
            "Your flight was cancelled due to the storm.", False, id="cancelled-is-problem"
        ),
        pytest.param("We cancelled your appointment by mistake.", False, id="the-mistake-itself"),
        pytest.param("We moved your booking to another guest's account.", False, id="misdirected"),
        pytest.param("Your ticket has been escalated.", False, id="escalation-is-not-a-fix"),
        pytest.param("Content sometimes gets removed for licensing reasons.", False, id="generic"),
        pytest.param(
            "Our expert will be back in the office on Monday.", False, id="back-in-office"
        ),
    ],
)
def test_repair_is_a_concrete_action_taken_or_under_way(text: str, expected: bool) -> None:
    assert has("repair", text) is expected


# ---- prevention ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We've added an alert that pages our on-call engineer.", True, id="added-alert"
        ),
        pytest.param(
            "From now on, every refund over £100 is checked twice.", True, id="from-now-on"
        ),
        pytest.param("Renewals now run a day early.", True, id="now-runs"),
        pytest.param(
            "Our drivers now photograph every parcel at the door.", True, id="now-verb-every"
        ),
        pytest.param(
            "We've fixed the sync job so it no longer deletes entries.", True, id="so-no-longer"
        ),
        pytest.param(
            "We've changed the retry job so it checks for a payment first.", True, id="so-checks"
        ),
        pytest.param("We now require a second approval.", True, id="now-require"),
        pytest.param("Upgrades now trigger an allowance check.", True, id="plural-now-verb"),
        pytest.param("From April, payroll is approved two days early.", True, id="from-month"),
        pytest.param("We'll review our process shortly.", False, id="vague-intent"),
        pytest.param("This will never happen again.", False, id="overpromise"),
        pytest.param("You can now log in again.", False, id="you-can-now"),
        pytest.param("Your order now shows as delivered.", False, id="now-shows"),
        pytest.param(
            "We're looking at ways to improve this in future.", False, id="in-future-vague"
        ),
        pytest.param("We haven't added any new checks.", False, id="negated"),
        pytest.param("Now check if the printer works.", False, id="imperative-now"),
    ],
)
def test_prevention_states_what_changes(text: str, expected: bool) -> None:
    assert has("prevention", text) is expected


# ---- remediation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I've added a £20 credit to your account.", True, id="credit"),
        pytest.param("As an apology, your next month is on us.", True, id="on-us"),
        pytest.param("We've refunded the delivery fee as well.", True, id="refund-of-fee"),
        pytest.param("We'll reimburse the taxi fare.", True, id="reimburse"),
        pytest.param("Here's a 25% discount code for your next order.", True, id="discount"),
        pytest.param("We've taken a week off your next bill.", True, id="off-the-bill"),
        pytest.param("I've extended your trial by two weeks.", True, id="extended"),
        pytest.param("I've added 500 bonus coins to your account.", True, id="coins"),
        pytest.param(
            "I've refunded the extra payment we took.", False, id="refund-of-the-wrong-charge"
        ),
        pytest.param("Your credit card was charged on 3 May.", False, id="credit-card"),
        pytest.param("We've credited the refund back to your card.", False, id="credited-back"),
        pytest.param("We can't offer compensation for weather delays.", False, id="refused"),
        pytest.param("That's on us.", False, id="ownership-on-us"),
        pytest.param("You are not eligible for a refund on this fare.", False, id="not-eligible"),
        pytest.param("The extended warranty is still valid.", False, id="extended-warranty"),
    ],
)
def test_remediation_is_a_remedy_offered_or_confirmed(text: str, expected: bool) -> None:
    assert has("remediation", text) is expected


# ---- contact ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Call me directly on 020 7946 0018.", True, id="call-me"),
        pytest.param(
            "Just reply to this email — it comes straight to me.", True, id="straight-to-me"
        ),
        pytest.param("You can reach me on my direct line.", True, id="direct-line"),
        pytest.param("Ask for Jonas when you call.", True, id="ask-for-name"),
        pytest.param("Email me at priya.n@example.com with the receipt.", True, id="email-address"),
        pytest.param(
            "Please contact our support team via the help centre.", False, id="generic-team"
        ),
        pytest.param("You can reply to this survey to rate us.", False, id="survey"),
        pytest.param("Call the courier if the parcel hasn't arrived.", False, id="someone-else"),
        pytest.param("Ask for a refund from the seller first.", False, id="ask-for-thing"),
    ],
)
def test_contact_is_one_person_or_direct_path(text: str, expected: bool) -> None:
    assert has("contact", text) is expected


# ---- feedback-invite ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Let me know whether the new card arrives this week.", True, id="let-me-know"),
        pytest.param("Tell me if the charge shows up again.", True, id="tell-me-if"),
        pytest.param("If anything still looks off, reply here.", True, id="if-then-reply"),
        pytest.param("Please let us know how the replacement works out.", True, id="how"),
        pytest.param("Does the new time suit you?", True, id="does-it-suit"),
        pytest.param("I'll let you know when the refund lands.", False, id="we-will-tell-you"),
        pytest.param("Let me know your order number.", False, id="asks-for-data"),
        pytest.param("If they send us a tweet, we'll help.", False, id="ask-inside-condition"),
        pytest.param("If you had read the email, you'd know.", False, id="reproach"),
    ],
)
def test_feedback_invite_asks_for_the_persons_input(text: str, expected: bool) -> None:
    assert has("feedback-invite", text) is expected


# ---- next-update (delegated to commitments.has_next_update) ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I'll update you by 15:00 UTC today.", True, id="time-given"),
        pytest.param("We'll get back to you soon.", False, id="vague"),
    ],
)
def test_next_update_comes_from_commitments(text: str, expected: bool) -> None:
    assert has("next-update", text) is expected


# ---- whole messages -----------------------------------------------------------------------------


def test_a_full_resolution_has_every_part_it_names() -> None:
    text = (
        "Hi Tom, I'm sorry — we billed your annual plan twice on 4 June because our payment "
        "retry ran after the first charge had gone through. That left £180 of your money tied "
        "up for a week. I've refunded the second payment today, and we've changed the retry job "
        "so it checks for a completed payment first. If anything else looks off, reply here "
        "and it comes straight to me."
    )
    found = components(text)
    assert {c for c, present in found.items() if present} == {
        "regret",
        "ownership",
        "acknowledgment",
        "impact",
        "repair",
        "prevention",
        "contact",
        "feedback-invite",
    }


def test_a_form_reply_has_none_of_the_parts() -> None:
    text = (
        "Thanks for your message. We take all complaints seriously and strive to provide the "
        "best service. A member of our team will be in touch soon."
    )
    assert not any(components(text).values())
