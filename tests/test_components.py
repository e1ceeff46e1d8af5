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
        pytest.param("My bad, I sent you the wrong link.", True, id="my-bad"),
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
        pytest.param(
            "Our packing team sent the 2 m cable instead of the 5 m one.", True, id="instead-of"
        ),
        pytest.param(
            "We billed your flat using your neighbour's meter readings.",
            True,
            id="someone-elses-data",
        ),
        pytest.param(
            "Our booking system mixed up your reservation with another guest's.",
            True,
            id="mixed-up",
        ),
        pytest.param(
            "The valve was left open by our own crew after the repair.", True, id="left-by-our-crew"
        ),
        pytest.param(
            "The reports are empty because we haven't finished migrating your data.",
            True,
            id="because-we-havent",
        ),
        pytest.param("We scheduled both of your lessons in the same slot.", True, id="same-slot"),
        pytest.param("We left your claim unassigned for a week.", True, id="left-unassigned"),
        pytest.param(
            "Our app didn't save your draft when the session timed out.", True, id="our-app-didnt"
        ),
        pytest.param(
            "We'd tagged your bag to Dublin instead of Edinburgh.", True, id="we-had-done-it"
        ),
        pytest.param("That was our front desk's mistake.", True, id="possessive-mistake"),
        pytest.param(
            "A bug in the sync tool we released on Monday deleted the notes.",
            True,
            id="bug-in-what-we-released",
        ),
        pytest.param(
            "We quoted you the old tariff, so you paid £30 more than you should have.",
            True,
            id="act-then-cost",
        ),
        pytest.param(
            "I promised a call back by Friday and it never came.", True, id="broken-promise"
        ),
        pytest.param(
            "Your invoices have been stuck since our update on Tuesday.",
            True,
            id="since-our-update",
        ),
        pytest.param(
            "The points didn't transfer when we merged your accounts.",
            True,
            id="failed-when-we-acted",
        ),
        pytest.param(
            "Our engineer should have spotted the loose cable.", True, id="our-staff-should-have"
        ),
        pytest.param("Our technician arrived three hours late.", True, id="our-staff-late"),
        pytest.param("That mistake was entirely ours.", True, id="mistake-was-ours"),
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
        pytest.param(
            "Our team is aware that some scheduled posts didn't publish.",
            False,
            id="reported-not-owned",
        ),
        pytest.param("The delay was caused by our glazing partner.", False, id="partner-caused"),
        pytest.param("We didn't block your card; your bank did.", False, id="denial"),
        pytest.param(
            "I've sent the refund to your card instead of your bank account.",
            False,
            id="repair-instead-of",
        ),
        pytest.param(
            "The engineer should have the part with him.", False, id="should-have-is-expectation"
        ),
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
        pytest.param(
            "Apologies if last night's broadband outage caused you any trouble.",
            True,
            id="conditional-apologies",
        ),
        pytest.param("I'm sorry about Tuesday's outage.", True, id="outage-with-day"),
        pytest.param(
            "Sorry we moved your train with only an hour's notice.", True, id="short-notice"
        ),
        pytest.param("The power cut in your street lasted four hours.", True, id="power-cut"),
        pytest.param("Your refund still hasn't reached your card.", True, id="still-hasnt"),
        pytest.param(
            "We sent your referral three weeks after your GP asked us to.", True, id="weeks-after"
        ),
        pytest.param(
            "Your old number was disconnected before the new line was active.",
            True,
            id="before-its-time",
        ),
        pytest.param(
            "Our engineer found a cracked pipe behind the meter.", True, id="found-a-fault"
        ),
        pytest.param("Nobody came to fix the boiler on Tuesday.", True, id="nobody-came"),
        pytest.param("The upgrade deleted your saved filters.", True, id="something-deleted-yours"),
        pytest.param("Your visa letter hasn't gone to the embassy yet.", True, id="hasnt-gone"),
        pytest.param("The £49 charge on 3 March wasn't yours.", True, id="not-yours"),
        pytest.param("Your wheelchair was not waiting at the gate.", True, id="not-waiting"),
        pytest.param(
            "Sorry about the noise from the roadworks outside your room on Friday.",
            True,
            id="noise-with-details",
        ),
        pytest.param(
            "You couldn't log in to pay your staff on Friday.", True, id="impact-names-it-too"
        ),
        pytest.param(
            "The website listed the jacket as in stock when it wasn't.",
            True,
            id="shown-as-when-it-wasnt",
        ),
        pytest.param("The discount code isn't applying at checkout.", True, id="not-applying"),
        pytest.param(
            "The app was logging you out every time you switched screens.", True, id="every-time"
        ),
        pytest.param("The van broke down on the way to you.", True, id="broke-down"),
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
        pytest.param("Sorry to hear this is still happening.", False, id="still-vague"),
        pytest.param(
            "Please wait three days after your delivery date.", False, id="days-after-instruction"
        ),
        pytest.param("Reset your router and try again.", False, id="imperative"),
        pytest.param("Sorry for the issue with your PlayStation 4.", False, id="issue-is-vague"),
        pytest.param("This feature is not available in the iPad app.", False, id="not-available"),
        pytest.param(
            "We promised to call you back on Friday about your payroll, and nobody did.",
            True,
            id="broken-promise-nobody",
        ),
        pytest.param(
            "We promised to call you back on Friday, and we're calling now.", False,
            id="promise-kept",
        ),
    ],
)
def test_acknowledgment_names_what_went_wrong(text: str, expected: bool) -> None:
    assert has("acknowledgment", text) is expected


# Ownership in every register: first-person, active responsibility however it is worded
# (contractions without apostrophes, UK/US/AU idiom, our staff as the actor), and the
# look-alikes: the reader's or a third party's fault, denials, hypotheticals, questions.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That one's on me.", True),
        ("we dropped the ball on your refund", True),
        ("my bad, I sent the wrong link", True),
        ("We messed up.", True),
        ("I take full responsibility for the missed call.", True),
        ("The fault is ours.", True),
        ("We got this wrong.", True),
        ("Our change caused the login errors you saw.", True),
        ("This is entirely our fault.", True),
        ("That's our fault, not yours.", True),
        ("I made an error when I set up your direct debit.", True),
        ("We slipped up with your booking.", True),
        ("We failed to follow up as promised.", True),
        ("We fell short on this one.", True),
        ("We were at fault here.", True),
        ("The blame lies with us.", True),
        ("It was my mistake to close your ticket early.", True),
        ("we screwed up your order, sorry", True),
        ("This was a failure on our part.", True),
        ("our bad!", True),
        ("That was a mistake on my part.", True),
        ("I dropped the ball and forgot to escalate your case.", True),
        ("We own this one.", True),
        ("We take full ownership of what happened.", True),
        ("The error was on our end.", True),
        ("We didn't live up to our promise to call you back.", True),
        ("I should have checked the address before sending.", True),
        ("We shouldn't have closed your account without warning.", True),
        ("We let you down badly here.", True),
        ("Our mistake, apologies!", True),
        ("Our engineers deployed a faulty update that caused the outage.", True),
        ("We caused this.", True),
        ("This happened because we misconfigured the server.", True),
        ("I overlooked your email.", True),
        ("We overlooked the note on your order.", True),
        ("we goofed", True),
        ("We got the dates mixed up.", True),
        ("I misread your request.", True),
        ("Totally my fault, I missed your message.", True),
        ("We're responsible for this error.", True),
        ("The responsibility is mine.", True),
        ("We failed to notify you about the price change.", True),
        ("we're to blame for the delay", True),
        ("I am accountable for this.", True),
        ("We really botched the handover.", True),
        ("This was our error, not the courier's.", True),
        ("Our release yesterday broke exports.", True),
        ("I forgot to submit your claim.", True),
        ("we made a hash of your booking", True),
        ("Our team made an error processing your refund.", True),
        ("Honestly, we blew it.", True),
        ("This one is squarely on us.", True),
        ("I was wrong to tell you the fee was waived.", True),
        ("We were wrong to cancel your order.", True),
        ("it's on us, not you", True),
        ("We're at fault.", True),
        ("Weve made a real mess of this", True),
        ("Im responsible for the mix-up", True),
        ("We failed you.", True),
        ("Our update on Monday broke the export button.", True),
        ("A mistake on our side meant your payment was taken twice.", True),
        ("I own this mistake.", True),
        ("I neglected to update your address.", True),
        ("We accept full responsibility.", True),
        ("We hold ourselves responsible for the delay.", True),
        ("Apologies, that's my mistake.", True),
        ("We really should've caught this sooner.", True),
        ("I should've called you back on Friday.", True),
        ("Thats on me, sorry", True),
        ("its on us", True),
        ("We were the ones at fault.", True),
        ("The mix-up was down to us.", True),
        ("That was our doing.", True),
        ("I hold my hands up, I sent the wrong form.", True),
        ("We stuffed up your booking, sorry mate.", True),
        ("We bungled the transfer of your number.", True),
        ("Our agent made a mistake on your claim.", True),
        ("One of our staff made an error with your refund.", True),
        ("I misunderstood what you were asking.", True),
        ("We didn't keep our word.", True),
        ("I'm to blame for the confusion.", True),
        ("We accept that this was our failure.", True),
        ("The responsibility for this lies with us.", True),
        ("We're fully accountable for what happened.", True),
        ("We got the amount wrong.", True),
        ("We made a complete mess of your move.", True),
        ("Mea culpa - I sent the invoice to the wrong address.", True),
        ("We could have handled this much better.", True),
        ("The error was mine.", True),
        ("We were wrong.", True),
        ("It took us three weeks to reply to your letter.", True),
        ("We should never have charged you the fee.", True),
        ("Our team dropped the ball on your transfer.", True),
        ("That was a failing on our part.", True),
        ("We let your request fall through the cracks.", True),
        ("Delivery is delayed from our end.", True),
        ("The delay is from our side.", True),
        ("We took too long to assess your claim.", True),
        ("Our receptionist gave you the wrong date.", True),
        ("We read your meter wrong in March.", True),
        ("We could've done a lot better here.", True),
        ("I was at fault.", True),
        ("We've been slow to respond to your emails.", True),
        ("I was unclear about the fees when we spoke.", True),
        ("I let this slip.", True),
        ("The failure was ours.", True),
        ("Our processes failed you.", True),
        ("This falls squarely on us.", True),
        ("We owe you an apology for losing your documents.", True),
        ("Sorry for not getting back to you sooner.", True),
        ("We own the delay.", True),
        ("My mistake entirely.", True),
        ("I admit we got it wrong.", True),
        ("We accept that our handling of your complaint was poor.", True),
        ("That's not good enough, and I'm sorry.", True),
        ("Our records were wrong.", True),
        ("This was an error by our billing team.", True),
        ("The fault was with our engineer.", True),
        ("We didn't do what we said we would.", True),
        ("We were negligent.", True),
        ("I was remiss in not calling you back.", True),
        ("We were in error when we closed your claim.", True),
        ("We erred in refusing your refund.", True),
        ("We weren't clear enough about the fees.", True),
        ("We didn't communicate the change well.", True),
        ("We got it badly wrong.", True),
        ("It was a clerical error on our part.", True),
        ("It's not your fault.", False),
        ("This was not our fault; the courier lost it.", False),
        ("We will not blame you for this.", False),
        ("If we made a mistake, we'll fix it.", False),
        ("Did we make a mistake with your order?", False),
        ("The courier messed up your delivery.", False),
        ("Mistakes were made.", False),
        ("The airline dropped the ball.", False),
        ("Please take responsibility for your password security.", False),
        ("Our partner's update caused the outage.", False),
        ("You are responsible for keeping your details up to date.", False),
        ("We take data security very seriously.", False),
        ("Whose fault was it?", False),
        ("It wasn't my fault.", False),
        ("Nobody is to blame here.", False),
        ("We are not responsible for delays caused by customs.", False),
        ("Our bank made an error.", False),
        ("If I got this wrong, let me know.", False),
        ("The mistake was the supplier's.", False),
        ("Don't worry, it's not on you.", False),
        ("He messed up the paperwork.", False),
        ("We aren't to blame for the customs hold.", False),
        ("Was this our fault?", False),
        ("We can't accept responsibility for third-party apps.", False),
        ("You made an error in the form.", False),
        ("Your bank caused the payment to fail.", False),
        ("Our courier partner delivered it to the wrong door.", False),
        ("We own the building next door.", False),
        ("We are not to blame for the strike.", False),
        ("The customs office is responsible for the hold.", False),
        ("Are we responsible for the damage?", False),
        ("You're responsible for returning the device.", False),
        ("We own and operate 40 stores.", False),
        ("Our courier stuffed up the delivery.", False),
        ("If we're at fault, we'll refund you.", False),
        ("I wasn't wrong about the fee.", False),
        ("We should have the part by Friday.", False),
        ("The supplier made an error on the label.", False),
        ("It's not down to you.", False),
        ("We're responsible for protecting your data.", False),
        ("Our partner let you down.", False),
        ("If it took us longer than a week, tell me.", False),
        ("We were wrong-footed by the storm.", False),
        ("We're responsible for the data we hold.", False),
        ("I'm accountable to the board.", False),
        ("If we're to blame, we'll pay.", False),
        ("Were we at fault?", False),
        ("We're not at fault here.", False),
        ("It's down to us to fix it now.", False),
        ("It wasn't our doing.", False),
        ("We could have the parts sooner with express shipping.", False),
        ("We could have sent it sooner if you'd told us.", False),
        ("Our team took ownership of your case.", False),
        ("We owned the ticket until Friday.", False),
        ("I stuffed the envelope myself.", False),
        ("You feel we let you down.", False),
        ("We will never let you down.", False),
        ("Our courier partner dropped the ball.", False),
        ("Sorry for the courier losing your bag.", False),
        ("We apologise for any delay in responding.", False),
        ("The courier apologizes for losing your parcel.", False),
        ("You were slow to send the documents.", False),
        ("Your handling of the device was poor.", False),
        ("The courier's service was not good enough.", False),
        ("Our records show you were notified.", False),
        ("This was an error by your bank.", False),
        ("The fault was with your router.", False),
        ("We were clear about the fees in our email.", False),
        ("If our records were wrong, we'll correct them.", False),
        ("It only took us an hour to fix.", False),
    ],
)
def test_ownership_families_in_every_register(text: str, expected: bool) -> None:
    assert has("ownership", text) is expected


# Acknowledgment as a grammar of "specific failure statement": a failure verb or problem noun
# with what, when or whose, in first or third person and in update/status wording; and the
# look-alikes: boilerplate, instructions, policies, hypotheticals, questions, good news.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports have been failing since 09:10.", True),
        ("The 2 March payment run didn't go out.", True),
        ("Your parcel was sent to the wrong depot.", True),
        ("Your order #4521 was shipped to your old address.", True),
        ("Card payments were declined for about two hours this morning.", True),
        ("Our website was unavailable between 2pm and 4pm.", True),
        ("Your refund of £45 was never processed.", True),
        ("You were charged twice for your February subscription.", True),
        ("The engineer didn't turn up for your 10am appointment.", True),
        ("Your flight to Madrid was cancelled at short notice.", True),
        ("We billed you for a plan you had already cancelled.", True),
        ("The March invoice had the wrong VAT rate.", True),
        ("Your prescription wasn't ready when you arrived on Monday.", True),
        ("Login has been broken for Android users since the 4.2 update.", True),
        ("Emails sent between 10:00 and 11:30 UTC were not delivered.", True),
        ("Your direct debit was taken a week early.", True),
        ("The package arrived damaged.", True),
        ("Your internet has been dropping out every evening.", True),
        ("your order never arrived", True),
        ("Your booking got cancelled by our system.", True),
        ("The payroll file was rejected by the bank on Friday.", True),
        ("Invoices generated after 3 May show the wrong currency.", True),
        ("The dashboard isn't loading for some users.", True),
        ("Your call was disconnected twice while you were on hold.", True),
        ("the app keeps logging you out", True),
        ("Your replacement card was posted to the wrong address.", True),
        ("We overcharged you by $12 on your last bill.", True),
        ("Your appointment was double-booked.", True),
        ("Sync between the desktop and mobile apps stopped working on Tuesday.", True),
        ("Your data export was incomplete: the attachments were missing.", True),
        ("The technician left without fixing the leak.", True),
        ("We gave you incorrect information about the return window.", True),
        ("Our status page showed all systems operational while checkout was down.", True),
        ("The train was delayed by 90 minutes due to a signal failure.", True),
        ("Your complaint was closed without a reply.", True),
        ("The delivery driver left your parcel outside in the rain.", True),
        ("Your account was locked after our security update.", True),
        ("Push notifications stopped arriving after Monday's release.", True),
        ("Your order was delivered to number 14 instead of 41.", True),
        ("The heating in your flat has been off since Sunday.", True),
        ("The transfer you made on the 12th hasn't reached the recipient.", True),
        ("Our API returned 500 errors for 40 minutes.", True),
        ("Your claim sat unassigned for three weeks.", True),
        ("Your seat was given to another passenger.", True),
        ("Your wifi went down at 8pm last night.", True),
        ("We missed your 3pm callback.", True),
        ("The wrong medication was dispensed.", True),
        ("Checkout errored for everyone on iOS yesterday.", True),
        ("The 14:00 bus never showed up.", True),
        ("Your payslip showed the wrong tax code this month.", True),
        ("Our phone lines went dead for most of Tuesday.", True),
        ("Your September order hasn't shipped yet.", True),
        ("Your deposit is still showing as pending after ten days.", True),
        ("The refund went to a card you'd closed.", True),
        ("Nobody got back to you after your call on the 4th.", True),
        ("Your tickets for Saturday's match were never emailed.", True),
        ("Uploads over 2 GB have been timing out.", True),
        ("Your meter was read incorrectly in January.", True),
        ("The room we gave you had no hot water.", True),
        ("Your loyalty points disappeared after the app update.", True),
        ("We sent the reminder to the wrong email address.", True),
        ("Your June bill charged you for roaming you never used.", True),
        ("The courier marked your parcel as delivered, but it never reached you.", True),
        ("Two of the six chairs arrived with broken legs.", True),
        ("Your subscription renewed even though you had cancelled.", True),
        ("Your Tuesday delivery slot was missed.", True),
        ("The bank transfer bounced back on 3 June.", True),
        ("Video calls have been dropping out since the weekend.", True),
        ("Card readers at our Leeds store stopped accepting contactless this morning.", True),
        ("Your smart meter hasn't sent a reading since January.", True),
        ("The water in your building was off for six hours.", True),
        ("Your new card was delivered to your previous address.", True),
        ("The invoice listed 12 licences instead of 10.", True),
        ("Your request went unanswered for two weeks.", True),
        ("The app kept crashing when you opened the camera.", True),
        ("Your booking confirmation never came through.", True),
        ("The courier left the box out in the rain.", True),
        ("Your gym membership renewed after you'd cancelled it.", True),
        ("Your annual fee was taken two weeks early.", True),
        ("Our servers timed out for about 20 minutes.", True),
        ("The order arrived with no charger in the box.", True),
        ("Your prescription was sent to the wrong pharmacy.", True),
        ("The train you booked was overbooked.", True),
        ("We're seeing failed logins for EU users since 08:00.", True),
        ("The lift in block B has been broken for a week.", True),
        ("Your photos vanished after the sync on Sunday.", True),
        ("Sorry about the problems with your broadband yesterday.", True),
        ("Calls to our helpline were cut off after 10 minutes.", True),
        ("Your cashback hasn't been credited yet.", True),
        ("The discount wasn't applied to your order.", True),
        ("We have stopped the duplicate emails.", True),
        ("The money left your account twice.", True),
        ("Your bag didn't make it onto the connecting flight.", True),
        ("Your transfer was held up at the bank.", True),
        ("The prices shown on the site were wrong.", True),
        ("You've been underpaid by £20.", True),
        ("Your line was disconnected on Friday.", True),
        ("Your account was hacked last week.", True),
        ("Our driver was rude to you.", True),
        ("The app logged you out mid-payment.", True),
        ("The page showed an error when you paid.", True),
        ("Your complaint fell through the cracks.", True),
        ("It said delivered but nothing arrived.", True),
        (
            "Your gas bill for January was based on an estimated reading that was far too high.",
            True,
        ),
        ("Your smart meter stopped sending readings in October.", True),
        ("There was a power cut in your area on Sunday night.", True),
        ("Your supply was switched off by mistake.", True),
        ("Your final bill was sent to the previous tenant.", True),
        ("Your account was put into debt collection in error.", True),
        ("Your appointment was cancelled without anyone telling you.", True),
        ("Your test results were sent to the wrong GP.", True),
        ("Your prescription was delayed by two days.", True),
        ("The doctor was running 90 minutes behind schedule.", True),
        ("Your purchased gems didn't show up in your inventory.", True),
        ("The patch on Tuesday wiped some players' progress.", True),
        ("You were banned by mistake.", True),
        ("Matchmaking has been broken since the update.", True),
        ("Your rewards weren't credited after the event.", True),
        ("Your claim was declined incorrectly.", True),
        ("Your renewal quote was higher than it should have been.", True),
        ("We paid out less than you were owed.", True),
        ("Your parcel was marked as delivered but never arrived.", True),
        ("The driver didn't knock.", True),
        ("Your parcel is stuck at the depot.", True),
        ("Your server was unreachable from 02:10 to 02:55 UTC.", True),
        ("Your backups hadn't run since 3 April.", True),
        ("Emails to your domain bounced for two hours.", True),
        ("Your site returned 502 errors for 40 minutes.", True),
        ("The 07:42 to London was cancelled with no notice.", True),
        ("Your train was terminated early at Reading.", True),
        ("The bus didn't stop for you.", True),
        ("Your seat reservation wasn't honoured.", True),
        ("Your card was declined at the till even though you had funds.", True),
        ("Your cheque was paid into the wrong account.", True),
        ("Your complaint is pending since 15 days.", True),
        ("The amount got debited but the recharge was not done.", True),
        ("The amount is deducted twice from your account.", True),
        ("Your KYC is not updated in our system.", True),
        ("Your parcel's gone walkabout.", True),
        ("Between 14:02 and 14:40 UTC, some users could not sign in.", True),
        ("Some customers may have experienced delays receiving SMS codes this morning.", True),
        ("Investigating: elevated error rates on EU-West.", True),
        ("We charged you for a bill you had already paid.", True),
        ("The bus left 10 minutes early.", True),
        ("The surgery is running behind schedule.", True),
        ("The app was showing an error at checkout.", True),
        ("I can see that the £29.99 payment on 4 May was taken in error.", True),
        ("It looks like your order got stuck in our warehouse system.", True),
        ("Your meter was replaced but the new serial number was never added.", True),
        ("You spent 45 minutes on hold and were then cut off.", True),
        ("The replacement unit you received is the same faulty model.", True),
        ("Your standing order went out on the wrong date.", True),
        ("Our technician turned up without the right equipment.", True),
        ("We're seeing a spike in failed payments since 13:00.", True),
        ("Your top-up didn't go through.", True),
        ("Your delivery slot was moved without your agreement.", True),
        ("The hotel gave away your room.", True),
        ("The confirmation email contained someone else's details.", True),
        ("Your claim has been sitting with our team for six weeks.", True),
        ("Your parcel has been sat at the depot for a week.", True),
        ("You received only 3 of the 5 items.", True),
        ("The webinar link we sent didn't work.", True),
        ("Your data was shared with a third party without consent.", True),
        ("Your card was swallowed by the ATM.", True),
        ("The chat agent closed your chat before answering.", True),
        ("The agent hung up on you.", True),
        ("The water coming out of your tap is discoloured.", True),
        ("The heating engineer no-showed.", True),
        ("Your payslip is missing the overtime.", True),
        ("Your appointment letter had the wrong time on it.", True),
        ("Sorry for sending you the wrong invoice.", True),
        ("Payment was collected on the 1st rather than the 15th.", True),
        ("Your statement shows a charge of £50 that should have been £5.", True),
        ("You were charged £15 more than the advertised price.", True),
        ("Your refund is taking longer than it should.", True),
        ("The refund which should have been sent on Monday is still with us.", True),
        ("Buses will avoid Castle Street until the road team has fixed the collapsed drain.", True),
        ("We haven't had the damaged lamp back yet.", True),
        ("Charts for long date ranges have shown blank since Monday.", True),
        ("The app just loads blank on Android.", True),
        ("Sorry for the inconvenience.", False),
        ("We're sorry for any trouble this may have caused.", False),
        ("Thanks for reaching out about your order.", False),
        ("If your parcel doesn't arrive by Friday, let us know.", False),
        ("Has your refund arrived yet?", False),
        ("Please check that your card details are correct.", False),
        ("No payments have failed.", False),
        ("Your order is on its way and should arrive Tuesday.", False),
        ("We will look into what went wrong.", False),
        ("Sorry to hear you're having trouble.", False),
        ("We're aware of an issue and are investigating.", False),
        ("Your payment was successful.", False),
        ("Sorry about that!", False),
        ("I understand how frustrating this must be.", False),
        ("Could you tell me what went wrong?", False),
        ("Let me know if the app crashes again.", False),
        ("What error message do you see?", False),
        ("We apologize for the problem you experienced.", False),
        ("Your refund has been processed and will arrive in 3-5 days.", False),
        ("In case the upload fails, just try again.", False),
        ("Did the engineer turn up?", False),
        ("Your order was delivered on Tuesday.", False),
        ("Sorry for the hassle.", False),
        ("We value your feedback.", False),
        ("Make sure the cable isn't damaged before you plug it in.", False),
        ("Your account was cancelled as you requested.", False),
        ("Sorry for any issues.", False),
        ("Your parcel will arrive tomorrow.", False),
        ("Please arrive 10 minutes early.", False),
        ("If the page keeps loading, clear your cache.", False),
        ("Your plan remained unchanged.", False),
        ("The charge was reversed as you requested.", False),
        ("Did your order arrive damaged?", False),
        ("Our lines are open 8am to 8pm.", False),
        ("Your refund was sent to your card instead of your bank, as you asked.", False),
        ("Let me know if the heating goes off again.", False),
        ("The problems with your broadband should be fixed by now.", False),
        ("Something is wrong with the page.", False),
        ("You were wrong about the fee.", False),
        ("We regret that you felt our crew were unhelpful.", False),
        ("You were rude to our staff.", False),
        ("We've logged you out of all devices as you asked.", False),
        ("If you get an error, reply here.", False),
        ("We can't leave parcels unattended.", False),
        ("It can't be done before Friday.", False),
        ("We're behind you all the way.", False),
        ("Please sign in to see your bill.", False),
        ("The pending charge will drop off in 3 days.", False),
        ("Your claim is pending review.", False),
        ("We closed early for the holiday as announced.", False),
        ("Demand was higher than we expected.", False),
        ("The details you gave us were wrong.", False),
        ("Your sofa arrived with no damage.", False),
        ("Your flight was rebooked instead of refunded.", False),
        ("Your payments are behind.", False),
        ("We're behind you all the way.", False),
        ("We'll send it to your new address.", False),
        ("We stopped sending you marketing emails.", False),
        ("The charges stopped appearing after the fix.", False),
        ("You can cancel without a fee.", False),
        ("Only 2 of the 5 steps are needed.", False),
        ("Check the label before paying.", False),
        ("Please hang up and call again.", False),
        ("Your claim is with our team and we'll reply by Friday.", False),
        ("Sorry for keeping you waiting.", False),
        ("I'd rather than you call us.", False),
        ("It should have been easy to find.", False),
        ("More than 100 customers have reviewed this product.", False),
        ("We are experiencing longer than usual delivery times.", False),
        ("Leave the field blank if you have no reference.", False),
        ("Should our agent have been unhelpful, please accept our apologies.", False),
        ("The address you gave us was incomplete.", False),
        ("The data is eventually consistent, so totals can lag.", False),
        ("If anything is broken, send us a photo.", False),
    ],
)
def test_acknowledgment_families_name_a_specific_failure(text: str, expected: bool) -> None:
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
            "We gave your seat away, so you flew home a day later.", True, id="so-consequence"
        ),
        pytest.param(
            "The scanner failed, which meant your guests were turned away.", True, id="which-meant"
        ),
        pytest.param(
            "Your standing order to the landlord bounced on Friday.", True, id="thing-with-a-phrase"
        ),
        pytest.param("You've had no landline since Monday.", True, id="had-no"),
        pytest.param(
            "Half of your team couldn't access their files during the audit.", True, id="your-team"
        ),
        pytest.param("That delay ruined the first day of your holiday.", True, id="ruined"),
        pytest.param("I know how stressful this has been for you.", True, id="stressful-for-you"),
        pytest.param("As a result, your direct debit was returned unpaid.", True, id="as-a-result"),
        pytest.param("The error put your mortgage application at risk.", True, id="at-risk"),
        pytest.param(
            "You haven't been able to use the app since the update.", True, id="havent-been-able"
        ),
        pytest.param("So you're still waiting for the replacement.", True, id="still-waiting"),
        pytest.param(
            "Your customers who ordered on Monday can't track their parcels.",
            True,
            id="relative-clause",
        ),
        pytest.param("We kept you on hold for over an hour.", True, id="kept-on-hold"),
        pytest.param("Your bill was £40 too high in March.", True, id="too-high"),
        pytest.param(
            "Users on the iOS app still can't see their balance.", True, id="users-still-cant"
        ),
        pytest.param(
            "So your parcel arrived two days after the wedding.", True, id="arrived-too-late"
        ),
        pytest.param("I understand this has caused you a lot of stress.", True, id="caused-stress"),
        pytest.param(
            "You arrived at the venue and had to find another room.", True, id="coordinated-had-to"
        ),
        pytest.param("Your customers were double-billed for March.", True, id="double-billed"),
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
        pytest.param(
            "I've changed the setting so you can't be billed twice.", False, id="so-is-prevention"
        ),
        pytest.param("So your refund was processed on Monday.", False, id="so-good-news"),
        pytest.param("Thank you for waiting while we checked.", False, id="thanks-for-waiting"),
        pytest.param("We were worried you might have been charged twice.", False, id="our-worry"),
        pytest.param(
            "Your card didn't work because the chip is damaged.", False, id="the-failure-itself"
        ),
        pytest.param(
            "We're sorry that you feel our handling of your claim fell short.",
            False,
            id="fell-short",
        ),
        pytest.param(
            "Users can't change this setting on the free plan.", False, id="product-limit"
        ),
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
        pytest.param("I've resubmitted your claim with the missing page.", True, id="redone"),
        pytest.param(
            "Our engineers are rewiring the cabinet right now.", True, id="progressive-now"
        ),
        pytest.param(
            "The replacement router is being prepared for dispatch.", True, id="being-prepared"
        ),
        pytest.param(
            "The courier has picked up your parcel and is 20 minutes away.", True, id="minutes-away"
        ),
        pytest.param("Your booking is back in your account.", True, id="back-in-account"),
        pytest.param("Your refund landed this morning.", True, id="refund-landed"),
        pytest.param(
            "A technician will visit on Thursday between 8 and 12.",
            True,
            id="future-visit-with-time",
        ),
        pytest.param("We did a full reset of your line this morning.", True, id="did-a-reset"),
        pytest.param(
            "I've refunded the fee and added a note to your account.", True, id="second-verb"
        ),
        pytest.param("Your internet is available again.", True, id="available-again"),
        pytest.param("I've asked for the fee to be reversed.", True, id="asked-for-it"),
        pytest.param("Here's your corrected invoice.", True, id="here-is-corrected"),
        pytest.param("I've emailed you a prepaid returns label.", True, id="emailed-the-fix"),
        pytest.param(
            "A senior technician will come on Monday at 9:00.", True, id="will-come-with-time"
        ),
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
        pytest.param("We're looking into it now.", True, id="investigating-now"),
        pytest.param("We've posted an update on our status page.", False, id="posted-update"),
        pytest.param("You were charged again on Monday.", False, id="charged-again"),
        pytest.param("Your parcel has arrived damaged.", False, id="arrived-damaged"),
        pytest.param(
            "We're sending you this email about the outage.", False, id="sending-an-email"
        ),
        pytest.param("We put you on hold for 40 minutes.", False, id="on-hold"),
        pytest.param("I asked for your account number.", False, id="asked-for-data"),
        pytest.param("You resubmitted the form twice.", False, id="reader-redid-it"),
        pytest.param("I'll come back to you by noon tomorrow.", False, id="come-back-is-an-update"),
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
        pytest.param("We now photograph parcels at the door.", True, id="we-now-verb"),
        pytest.param(
            "We've added a second sign-off to our refund process.", True, id="added-to-process"
        ),
        pytest.param(
            "All agents have been trained to check the account history first.",
            True,
            id="staff-trained",
        ),
        pytest.param("A daily reconciliation has been introduced.", True, id="passive-introduced"),
        pytest.param("We've hired three more agents for the weekend shift.", True, id="hired-more"),
        pytest.param(
            "We've updated the booking system so clashes are blocked automatically.",
            True,
            id="so-automatically",
        ),
        pytest.param(
            "Since Monday, a supervisor reviews every refund before it's paid.",
            True,
            id="habit-before",
        ),
        pytest.param(
            "To make sure this doesn't happen again, we've added a second check.",
            True,
            id="purpose-clause",
        ),
        pytest.param(
            "From now on, I check the list every morning, so it can never happen again.",
            True,
            id="from-now-on",
        ),
        pytest.param(
            "We've fixed the checkout so it shows the total before you pay.", True, id="so-it-shows"
        ),
        pytest.param(
            "Staff now double-check every dose with a second nurse.", True, id="hyphenated-verb"
        ),
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
        pytest.param("We now know what caused it.", False, id="now-know"),
        pytest.param("Our team now needs your order number.", False, id="now-needs"),
        pytest.param("You turned on the alerts in your settings.", False, id="reader-did-it"),
        pytest.param("We're looking at adding more checks.", False, id="looking-at"),
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
        pytest.param("We've added 30 days of premium to your account.", True, id="days-of-premium"),
        pytest.param(
            "I've upgraded you to business class for the return flight.", True, id="upgraded-you"
        ),
        pytest.param("The replacement is yours at no extra cost.", True, id="at-no-cost"),
        pytest.param("We've refunded your two nights at the hotel.", True, id="refunded-nights"),
        pytest.param("I've refunded the order in full.", True, id="in-full"),
        pytest.param("We've covered your bank's overdraft fees.", True, id="covered-fees"),
        pytest.param("We've added €20 interest for the delay.", True, id="interest"),
        pytest.param("We've refunded the full hire.", True, id="refunded-in-full"),
        pytest.param("We'll cover any bank charges your staff incur.", True, id="covered-charges"),
        pytest.param(
            "I've refunded the extra payment we took.", False, id="refund-of-the-wrong-charge"
        ),
        pytest.param("Your credit card was charged on 3 May.", False, id="credit-card"),
        pytest.param("We've credited the refund back to your card.", False, id="credited-back"),
        pytest.param("We can't offer compensation for weather delays.", False, id="refused"),
        pytest.param("That's on us.", False, id="ownership-on-us"),
        pytest.param("You are not eligible for a refund on this fare.", False, id="not-eligible"),
        pytest.param("The extended warranty is still valid.", False, id="extended-warranty"),
        pytest.param("You can use the recovery tool at no cost.", False, id="free-product"),
        pytest.param("Try our free trial today.", False, id="free-trial"),
        pytest.param("We've upgraded the app to version 5.", False, id="upgraded-app"),
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
            "Just reply to this email and I'll pick it up.", True, id="reply-to-this-email"
        ),
        pytest.param("Questions? Message Mr Adams on the front desk.", True, id="title-and-name"),
        pytest.param(
            "Our engineer, Sam Reed, will call you before 10:00.", True, id="named-caller"
        ),
        pytest.param("Ask for me, Tom, when you call.", True, id="ask-for-me"),
        pytest.param(
            "Please contact our support team via the help centre.", False, id="generic-team"
        ),
        pytest.param("You can reply to this survey to rate us.", False, id="survey"),
        pytest.param("Call the courier if the parcel hasn't arrived.", False, id="someone-else"),
        pytest.param("Ask for a refund from the seller first.", False, id="ask-for-thing"),
        pytest.param("Our billing team will call you tomorrow.", False, id="team-caller"),
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
        pytest.param("Shout if the charge shows up again.", True, id="shout-if"),
        pytest.param(
            "If anything on your bill looks off, call me on 0161 496 0032.", True, id="if-then-call"
        ),
        pytest.param(
            "Anything still looking wrong on your account? DM me.", True, id="anything-question"
        ),
        pytest.param("Does Thursday at 10:00 work for you?", True, id="proposed-time"),
        pytest.param("How does the new schedule look to you?", True, id="proposed-plan"),
        pytest.param("Does the new time suit you?", True, id="does-it-suit"),
        pytest.param("I'll let you know when the refund lands.", False, id="we-will-tell-you"),
        pytest.param("Let me know your order number.", False, id="asks-for-data"),
        pytest.param("If they send us a tweet, we'll help.", False, id="ask-inside-condition"),
        pytest.param("If you had read the email, you'd know.", False, id="reproach"),
        pytest.param("DM us your order number.", False, id="asks-for-data"),
        pytest.param("We'll call you if we need anything else.", False, id="we-call-if"),
        pytest.param("Does your card work in other shops?", False, id="diagnostic-question"),
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


# ---- repair, prevention and remediation: phrasings from independent authors ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Our payments team cleared the hold this morning.", True, id="our-team-did"),
        pytest.param(
            "Our engineers started replacing the damaged cable at 8am.", True, id="our-crew-started"
        ),
        pytest.param("I've escalated your claim to our senior claims team.", True, id="handed-on"),
        pytest.param("I've passed your comments on to our product team.", False, id="feedback-on"),
        pytest.param(
            "Our team moved your number to another account.", False, id="our-team-mistake"
        ),
        pytest.param(
            "Your new card is with the courier and arrives tomorrow.", True, id="with-courier"
        ),
        pytest.param("Your complaint is now with our complaints manager.", True, id="now-with-us"),
        pytest.param("The problem is with our courier's tracking system.", False, id="problem-is"),
        pytest.param(
            "Once it's with the courier you'll get a tracking link.", False, id="once-with"
        ),
        pytest.param("They're now on the next van out.", True, id="on-next-van"),
        pytest.param("It was on the wrong van.", False, id="on-wrong-van"),
        pytest.param(
            "Your glasses are repaired and ready for collection.", True, id="ready-to-collect"
        ),
        pytest.param(
            "We'll text you when your glasses are ready for collection.", False, id="when-ready"
        ),
        pytest.param("Repairs are underway at the depot.", True, id="repairs-underway"),
        pytest.param("An investigation is underway.", False, id="investigation-underway"),
        pytest.param("Your refund has gone through.", True, id="gone-through"),
        pytest.param("The payment has gone through twice.", False, id="gone-through-twice"),
        pytest.param("Your parcel left our warehouse this morning.", True, id="left-us"),
        pytest.param("The £40 has been added to your account.", True, id="added-to-account"),
        pytest.param("A £40 admin fee was added to your account.", False, id="fee-added"),
        pytest.param("The overdraft fee has been waived.", True, id="fee-waived"),
        pytest.param("Your booking was cancelled.", False, id="booking-cancelled"),
        pytest.param("Your wallet has been found at the station.", True, id="found"),
        pytest.param("Your details were found in a breach.", False, id="found-in-breach"),
        pytest.param("Your grade has been corrected from C to A-.", True, id="corrected-from-to"),
        pytest.param("Your premium was increased from £40 to £55.", False, id="price-raised"),
        pytest.param("The engine needed a new part fitted.", False, id="cause-needed-part"),
        pytest.param(
            "Flights resumed once the airport fixed its radar.", False, id="third-party-fixed"
        ),
        pytest.param(
            "We restored flights once the airport fixed its radar.", True, id="we-restored"
        ),
        pytest.param(
            "I'll check on Friday that it has been refunded.", False, id="to-confirm-later"
        ),
        pytest.param(
            "Our technician will fit the new boiler on Monday 3 June.", True, id="dated-fit"
        ),
        pytest.param(
            "Your parcel will now arrive on Friday instead of Tuesday.", False, id="new-later-date"
        ),
        pytest.param("We're working to reconnect your line.", True, id="working-to-reconnect"),
        pytest.param("We're working to understand what happened.", False, id="working-to-learn"),
        pytest.param("ive reset your password and im sending the link now", True, id="chat-speak"),
        pytest.param("We've now moved both of you onto the 14:10 train.", True, id="moved-both"),
        pytest.param("Your landlord now has the corrected reference letter.", True, id="now-has"),
        pytest.param("Your landlord now has the wrong letter.", False, id="now-has-wrong"),
    ],
)
def test_repair_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("repair", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "An alert now goes to our duty manager whenever a delivery is late.",
            True,
            id="alert-goes-to-us",
        ),
        pytest.param("You'll get an alert when your order ships.", False, id="alert-to-reader"),
        pytest.param(
            "Every invoice is checked against the order before it is sent.",
            True,
            id="every-checked-before",
        ),
        pytest.param(
            "Our agents must now confirm every address before booking.", True, id="staff-must-now"
        ),
        pytest.param("You must now confirm every address.", False, id="reader-must-now"),
        pytest.param(
            "The checkout page now shows the total only after delivery is chosen.",
            True,
            id="now-shows-only-after",
        ),
        pytest.param("Your account now shows the refund.", False, id="now-shows-state"),
        pytest.param(
            "A second pharmacist now checks every controlled prescription.",
            True,
            id="second-person-checks",
        ),
        pytest.param(
            "We've paused all releases to the payments service until the audit is done.",
            True,
            id="freeze",
        ),
        pytest.param(
            "We have since begun replacing the old meters across the estate.",
            True,
            id="since-begun",
        ),
        pytest.param(
            "We have since started processing your refund.", False, id="since-started-refund"
        ),
        pytest.param(
            "We've configured the scanner to check every label automatically.",
            True,
            id="configured-to",
        ),
        pytest.param("I've set your account to renew automatically.", False, id="set-your-account"),
        pytest.param("We've dropped the manual check for orders under £50.", True, id="check-gone"),
        pytest.param("We've removed the hold on your account.", False, id="hold-removed"),
        pytest.param("I've updated our FAQ on roaming charges.", True, id="faq-updated"),
        pytest.param("I've corrected the handbook our agents use.", True, id="guide-corrected"),
        pytest.param("I've corrected the form you sent us.", False, id="form-corrected"),
        pytest.param(
            "I've added a flag to your file so you aren't asked again.", True, id="so-not-again"
        ),
        pytest.param("We've now rebooked all of you on one flight.", False, id="all-of-you"),
    ],
)
def test_prevention_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("prevention", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We won't charge you for the call-out.", True, id="wont-charge-for"),
        pytest.param(
            "We won't charge your card until the item ships.", False, id="wont-charge-until"
        ),
        pytest.param("We've paid your taxi fare home.", True, id="paid-fare"),
        pytest.param("You paid the delivery fee twice.", False, id="reader-paid"),
        pytest.param("We'll cover the difference in price.", True, id="cover-difference"),
        pytest.param("I've refunded the £18 dinner.", True, id="refunded-meal"),
        pytest.param("I've refunded the £4.50 booking charge.", True, id="refunded-fee-charge"),
        pytest.param("I've refunded the duplicate charge.", False, id="refunded-wrong-charge"),
        pytest.param(
            "We've kept you on your old rate for another six months.", True, id="price-held"
        ),
        pytest.param("We'll pay any lost interest into your account.", True, id="lost-interest"),
    ],
)
def test_remediation_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("remediation", text) is expected


# ---- repair, prevention and remediation: word families (verbs, subjects, tense, voice) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "I've reissued your boarding pass for the 07:15 flight.",
            True,
            id="reissued-boarding-pass-07",
        ),
        pytest.param(
            "We have re-sent the activation email to your new address.",
            True,
            id="sent-activation-email-new",
        ),
        pytest.param(
            "Our billing team has reversed the late fee.",
            True,
            id="billing-team-reversed-late",
        ),
        pytest.param(
            "The duplicate transaction has been voided.",
            True,
            id="duplicate-transaction-voided",
        ),
        pytest.param(
            "Weve unlocked your account so you can log in again.",
            True,
            id="unlocked-account-can-log",
        ),
        pytest.param(
            "I've manually processed your payment this morning.",
            True,
            id="manually-processed-payment-morning",
        ),
        pytest.param(
            "Your order has been expedited and ships today.",
            True,
            id="order-expedited-ships-today",
        ),
        pytest.param(
            "An engineer has been dispatched to your property.",
            True,
            id="engineer-dispatched-property",
        ),
        pytest.param(
            "We're expediting a replacement handset to you.",
            True,
            id="expediting-replacement-handset",
        ),
        pytest.param(
            "I've gone ahead and cancelled the second subscription.",
            True,
            id="gone-ahead-cancelled-second",
        ),
        pytest.param(
            "I went ahead and refunded the shipping.",
            True,
            id="went-ahead-refunded-shipping",
        ),
        pytest.param(
            "The team is currently rerouting your shipment via Dallas.",
            True,
            id="team-currently-rerouting-shipment",
        ),
        pytest.param("We've voided the incorrect invoice.", True, id="voided-incorrect-invoice"),
        pytest.param(
            "I have escalated this to our network operations team, who are on it now.",
            True,
            id="escalated-network-operations-team",
        ),
        pytest.param("A fix was deployed at 14:20 UTC.", True, id="fix-was-deployed-14"),
        pytest.param(
            "A fix has been implemented and we are monitoring the results.",
            True,
            id="fix-implemented-monitoring-results",
        ),
        pytest.param(
            "We're in the process of refunding your order.",
            True,
            id="process-refunding-order",
        ),
        pytest.param(
            "I have initiated a refund of $45 to your original payment method.",
            True,
            id="initiated-refund-45-original",
        ),
        pytest.param(
            "A refund has been initiated for the missing items.",
            True,
            id="refund-initiated-missing-items",
        ),
        pytest.param(
            "I've put through a refund for the missing item.",
            True,
            id="put-through-refund-missing",
        ),
        pytest.param("We're issuing you a new card today.", True, id="issuing-new-card-today"),
        pytest.param(
            "Ive sent out a replacement by express post.",
            True,
            id="sent-out-replacement-express",
        ),
        pytest.param(
            "Support has manually unlinked the old device from your account.",
            True,
            id="support-manually-unlinked-old",
        ),
        pytest.param(
            "Your address has been updated on our system.",
            True,
            id="address-updated-system",
        ),
        pytest.param(
            "We are continuing to work on a fix for the login errors.",
            True,
            id="continuing-work-fix-login",
        ),
        pytest.param(
            "My colleague in billing has cancelled the duplicate order.",
            True,
            id="my-colleague-billing-cancelled",
        ),
        pytest.param(
            "The duplicate order has been cancelled.",
            True,
            id="duplicate-order-cancelled",
        ),
        pytest.param(
            "Your case has been escalated to our senior complaints team.",
            True,
            id="case-escalated-senior-complaints",
        ),
        pytest.param("Weve credited the £30 back to your card.", True, id="credited-30-back-card"),
        pytest.param("I've quickly re-enabled your SIM.", True, id="quickly-enabled-sim"),
        pytest.param(
            "We've successfully migrated your mailbox back to the old server.",
            True,
            id="successfully-migrated-mailbox-back",
        ),
        pytest.param(
            "Our engineers have been working overnight to replace the damaged cable.",
            True,
            id="engineers-working-overnight-replace",
        ),
        pytest.param(
            "I've actioned your cancellation request.",
            True,
            id="actioned-cancellation-request",
        ),
        pytest.param(
            "Refund processed - you'll see it in 3-5 days.",
            True,
            id="refund-processed-see-3",
        ),
        pytest.param(
            "Your new SIM was posted first class this morning.",
            True,
            id="new-sim-was-posted",
        ),
        pytest.param(
            "The technician replaced the faulty meter yesterday.",
            True,
            id="technician-replaced-faulty-meter",
        ),
        pytest.param(
            "I've organised a courier to collect the faulty unit tomorrow.",
            True,
            id="organised-courier-collect-faulty",
        ),
        pytest.param(
            "We're busy restoring the affected accounts.",
            True,
            id="busy-restoring-affected-accounts",
        ),
        pytest.param(
            "ive sorted the login issue for u, try again now",
            True,
            id="sorted-login-issue-u",
        ),
        pytest.param("Im reissuing the voucher now.", True, id="im-reissuing-voucher"),
        pytest.param("Your direct debit has been reinstated.", True, id="direct-debit-reinstated"),
        pytest.param(
            "We have since rerouted all traffic to our backup data centre.",
            True,
            id="since-rerouted-all-traffic",
        ),
        pytest.param(
            "I've booked an engineer for Tuesday between 8am and 1pm.",
            True,
            id="booked-engineer-tuesday-between",
        ),
        pytest.param("We've had the late fee reversed.", True, id="had-late-fee-reversed"),
        pytest.param(
            "I got your line reconnected this morning.",
            True,
            id="got-line-reconnected-morning",
        ),
        pytest.param("We were able to recover all your photos.", True, id="were-able-recover-all"),
        pytest.param(
            "I've managed to get you on the 6pm flight.",
            True,
            id="managed-get-6pm-flight",
        ),
        pytest.param(
            "The team has now cleared the backlog of orders.",
            True,
            id="team-cleared-backlog-orders",
        ),
        pytest.param(
            "My colleague booked you onto the earlier ferry.",
            True,
            id="my-colleague-booked-onto",
        ),
        pytest.param("I've put a stop on the card.", True, id="put-stop-card"),
        pytest.param(
            "I've popped a new card in the post for you.",
            True,
            id="popped-new-card-post",
        ),
        pytest.param(
            "We've got an engineer booked for Tuesday morning.",
            True,
            id="got-engineer-booked-tuesday",
        ),
        pytest.param(
            "The store has agreed to replace the item.",
            True,
            id="store-agreed-replace-item",
        ),
        pytest.param("A full refund has been agreed.", True, id="full-refund-agreed"),
        pytest.param(
            "We're working with the courier to locate your parcel.",
            True,
            id="working-courier-locate-parcel",
        ),
        pytest.param(
            "We have now taken the necessary steps to correct your account.",
            True,
            id="taken-necessary-steps-correct",
        ),
        pytest.param(
            "Hi Sam, I've now reinstated your account and your listings are visible again.",
            True,
            id="hi-sam-reinstated-account",
        ),
        pytest.param(
            "our devs pushed a hotfix about 20 mins ago, should be good now",
            True,
            id="devs-pushed-hotfix-about",
        ),
        pytest.param(
            "Your parcel has been re-dispatched via DPD and should reach you Thursday.",
            True,
            id="parcel-dispatched-via-dpd",
        ),
        pytest.param(
            "I have cancelled the duplicate direct debit; the £42 will be back within 3 days.",
            True,
            id="cancelled-duplicate-direct-debit",
        ),
        pytest.param(
            "The engineer has replaced the faulty ONT and your broadband is back up.",
            True,
            id="engineer-replaced-faulty-ont",
        ),
        pytest.param(
            "We have rebooked you on EK004 departing 21:40; your new e-ticket is attached.",
            True,
            id="rebooked-ek004-departing-21",
        ),
        pytest.param(
            "We've issued a corrected statement, which you'll find in the app.",
            True,
            id="issued-corrected-statement-which",
        ),
        pytest.param(
            "The double charge has now been refunded to your Visa ending 4421.",
            True,
            id="double-charge-refunded-visa",
        ),
        pytest.param(
            "I personally went through your file and corrected the start date.",
            True,
            id="personally-went-through-file",
        ),
        pytest.param(
            "We have now re-run payroll for the affected staff.",
            True,
            id="run-payroll-affected-staff",
        ),
        pytest.param(
            "Your prescription has been sent to Boots on High Street and is ready to collect.",
            True,
            id="prescription-sent-boots-high",
        ),
        pytest.param(
            "Our team have restored the deleted folder from last night's backup.",
            True,
            id="team-restored-deleted-folder",
        ),
        pytest.param(
            "I've switched your tariff back to the one you agreed to.",
            True,
            id="switched-tariff-back-one",
        ),
        pytest.param(
            "I've chased the warehouse and they've confirmed your order left this morning.",
            True,
            id="chased-warehouse-they-confirmed",
        ),
        pytest.param(
            "A new key card is being printed for you at reception.",
            True,
            id="new-key-card-being",
        ),
        pytest.param(
            "The app has been updated to fix the login loop (version 4.2.1).",
            True,
            id="app-updated-fix-login",
        ),
        pytest.param(
            "I've spoken to the kitchen and your meal is being remade now.",
            True,
            id="spoken-kitchen-meal-being",
        ),
        pytest.param(
            "We have applied the missing discount to your invoice.",
            True,
            id="applied-missing-discount-invoice",
        ),
        pytest.param(
            "We unfroze the card at 2:14pm so you should be able to use it now.",
            True,
            id="unfroze-card-2-14pm",
        ),
        pytest.param(
            "The service outage was resolved at 11:52 GMT.",
            True,
            id="service-outage-was-resolved",
        ),
        pytest.param("We've re-credited the points you lost.", True, id="credited-points-lost"),
        pytest.param(
            "I've marked the invoice as paid on our side.",
            True,
            id="marked-invoice-paid-side",
        ),
        pytest.param(
            "We have arranged for a plumber to attend tomorrow between 8 and 10.",
            True,
            id="arranged-plumber-attend-tomorrow",
        ),
        pytest.param(
            "Engineers are on site and reconnecting homes street by street.",
            True,
            id="engineers-site-reconnecting-homes",
        ),
        pytest.param(
            "We've had a lot of complaints about this.",
            False,
            id="had-lot-complaints-about",
        ),
        pytest.param("Nobody has fixed the leak yet.", False, id="nobody-fixed-leak-yet"),
        pytest.param(
            "We weren't able to recover the files.",
            False,
            id="weren-able-recover-files",
        ),
        pytest.param(
            "We were able to see that you were charged twice.",
            False,
            id="were-able-see-were",
        ),
        pytest.param(
            "If we'd had the part replaced earlier, this wouldn't have happened.",
            False,
            id="if-had-part-replaced",
        ),
        pytest.param("We haven't agreed to refund the fee.", False, id="haven-agreed-refund-fee"),
        pytest.param("We had the wrong address recorded.", False, id="had-wrong-address-recorded"),
        pytest.param(
            "Would you like me to reissue the ticket?",
            False,
            id="would-like-me-reissue",
        ),
        pytest.param("We will try to fix it as soon as we can.", False, id="will-try-fix-soon"),
        pytest.param("Have you tried restarting the router?", False, id="tried-restarting-router"),
        pytest.param(
            "Please reset your password using the link below.",
            False,
            id="please-reset-password-using",
        ),
        pytest.param(
            "If we had replaced the part sooner, this wouldn't have happened.",
            False,
            id="if-had-replaced-part",
        ),
        pytest.param(
            "We haven't been able to restore the data yet.",
            False,
            id="haven-able-restore-data",
        ),
        pytest.param("Could you resend the form to us?", False, id="could-resend-form-us"),
        pytest.param(
            "You'll need to re-enter your card details.",
            False,
            id="need-enter-card-details",
        ),
        pytest.param(
            "We should have refunded you straight away.",
            False,
            id="should-refunded-straight-away",
        ),
        pytest.param("It still hasn't been fixed.", False, id="still-hasn-fixed"),
        pytest.param("Did you receive the replacement?", False, id="did-receive-replacement"),
        pytest.param(
            "You can reactivate your account from Settings.",
            False,
            id="can-reactivate-account-settings",
        ),
        pytest.param(
            "We will work on a fix if enough customers ask for it.",
            False,
            id="will-work-fix-if",
        ),
        pytest.param(
            "Your account was locked after three failed attempts.",
            False,
            id="account-was-locked-after",
        ),
        pytest.param("Your payment was processed twice.", False, id="payment-was-processed-twice"),
        pytest.param(
            "A faulty update was deployed on Monday.",
            False,
            id="faulty-update-was-deployed",
        ),
        pytest.param(
            "Your flight has been cancelled due to weather.",
            False,
            id="flight-cancelled-due-weather",
        ),
        pytest.param(
            "Once a fix has been deployed we'll email you.",
            False,
            id="once-fix-deployed-email",
        ),
        pytest.param(
            "Please cancel the duplicate order from your account page.",
            False,
            id="please-cancel-duplicate-order",
        ),
        pytest.param(
            "We're unable to issue a new card until you confirm your address.",
            False,
            id="unable-issue-new-card",
        ),
        pytest.param(
            "Can you try clearing your cache and logging back in?",
            False,
            id="can-try-clearing-cache",
        ),
        pytest.param(
            "If the refund hasn't arrived by Friday, let me know.",
            False,
            id="if-refund-hasn-arrived",
        ),
        pytest.param(
            "We cannot reinstate accounts that were closed for fraud.",
            False,
            id="cannot-reinstate-accounts-were",
        ),
        pytest.param(
            "It looks like your payment was declined by your bank.",
            False,
            id="looks-like-payment-was",
        ),
        pytest.param(
            "We're sorry your order was cancelled.",
            False,
            id="sorry-order-was-cancelled",
        ),
        pytest.param(
            "You should receive the replacement once it's back in stock.",
            False,
            id="should-receive-replacement-once",
        ),
        pytest.param(
            "The technician was supposed to replace the router but didn't.",
            False,
            id="technician-was-supposed-replace",
        ),
        pytest.param(
            "Please re-send the photos so we can assess the damage.",
            False,
            id="please-send-photos-can",
        ),
        pytest.param("We haven't yet refunded the fee.", False, id="haven-yet-refunded-fee"),
        pytest.param(
            "Unfortunately the courier returned your parcel to us.",
            False,
            id="unfortunately-courier-returned-parcel",
        ),
        pytest.param(
            "Update 14:05 UTC: we have found the cause and are rolling back the release.",
            True,
            id="update-14-05-utc",
        ),
        pytest.param(
            "Resolved - connectivity has been restored for all regions.",
            True,
            id="resolved-connectivity-restored-all",
        ),
        pytest.param(
            "Monitoring - a fix has been rolled out and we are monitoring.",
            True,
            id="monitoring-fix-rolled-out",
        ),
        pytest.param(
            "Dear Sir, we have done the needful and your KYC is now updated in our records.",
            True,
            id="dear-sir-done-needful",
        ),
        pytest.param(
            "Kindly note the amount has been reversed to your account on 12/03.",
            True,
            id="kindly-note-amount-reversed",
        ),
        pytest.param(
            "Your complaint has been resolved from our end.",
            True,
            id="complaint-resolved-end",
        ),
        pytest.param(
            "We have raised a request with the concerned team to reactivate your connection.",
            True,
            id="raised-request-concerned-team",
        ),
        pytest.param(
            "No worries mate, I've sorted a replacement and it'll be with you Monday.",
            True,
            id="no-worries-mate-sorted",
        ),
        pytest.param(
            "Your gems have been restored to your account, sorry about that!",
            True,
            id="gems-restored-account-sorry",
        ),
        pytest.param(
            "We've rolled your character back to before the bug hit.",
            True,
            id="rolled-character-back-before",
        ),
        pytest.param(
            "Your appointment has been rebooked for Tue 14 May at 10:40 with Dr Patel.",
            True,
            id="appointment-rebooked-tue-14",
        ),
        pytest.param(
            "The prescription has been reissued and sent electronically to your pharmacy.",
            True,
            id="prescription-reissued-sent-electronically",
        ),
        pytest.param(
            "Your council tax account has been corrected and the overpayment refunded.",
            True,
            id="council-tax-account-corrected",
        ),
        pytest.param(
            "We've now amended the name on your ticket at no cost.",
            True,
            id="amended-name-ticket-no",
        ),
        pytest.param(
            "I've had a word with the depot and your parcel is back out for delivery today.",
            True,
            id="had-word-depot-parcel",
        ),
        pytest.param(
            "Our team is on it — a replacement driver is heading to you now.",
            True,
            id="team-replacement-driver-heading",
        ),
        pytest.param(
            "Ok so I've cancelled that order and placed a new one with express shipping.",
            True,
            id="ok-cancelled-order-placed",
        ),
        pytest.param(
            "A new password reset link is on its way to your inbox.",
            True,
            id="new-password-reset-link",
        ),
        pytest.param(
            "We've pulled the faulty batch from shelves and are contacting affected customers.",
            True,
            id="pulled-faulty-batch-shelves",
        ),
        pytest.param(
            "The charge you disputed has been reversed in full.",
            True,
            id="charge-disputed-reversed-full",
        ),
        pytest.param(
            "Tech support have remotely reconfigured your router.",
            True,
            id="tech-support-remotely-reconfigured",
        ),
        pytest.param(
            "Please clear your app data and reinstall the app.",
            False,
            id="please-clear-app-data",
        ),
        pytest.param(
            "Kindly share your registered mobile number so we can check.",
            False,
            id="kindly-share-registered-mobile",
        ),
        pytest.param(
            "Your gems were removed because of a chargeback.",
            False,
            id="gems-were-removed-because",
        ),
        pytest.param(
            "If you were charged twice, the duplicate will be reversed automatically.",
            False,
            id="if-were-charged-twice",
        ),
        pytest.param("Did you try resetting your router?", False, id="did-try-resetting-router"),
        pytest.param(
            "The bank reversed the payment without telling us.",
            False,
            id="bank-reversed-payment-without",
        ),
        pytest.param(
            "We couldn't restore your save file, I'm afraid.",
            False,
            id="couldn-restore-save-file",
        ),
        pytest.param("I've unmerged the two accounts.", True, id="unmerged-two-accounts"),
        pytest.param(
            "We've unsubscribed your address from the newsletter.",
            True,
            id="unsubscribed-address-newsletter",
        ),
        pytest.param(
            "I've unpublished the review that showed your name.",
            True,
            id="unpublished-review-showed-name",
        ),
        pytest.param(
            "We've decrypted your files and they're back in your drive.",
            True,
            id="decrypted-files-they-back",
        ),
        pytest.param("I've unhidden your post.", True, id="unhidden-post"),
        pytest.param("We have re-linked your Spotify account.", True, id="linked-spotify-account"),
        pytest.param(
            "I've pinged the warehouse team about your order.",
            True,
            id="pinged-warehouse-team-about",
        ),
        pytest.param(
            "We've tested the fix on your account and it works.",
            True,
            id="tested-fix-account-works",
        ),
        pytest.param(
            "We've defrosted the freezer unit and restocked it.",
            True,
            id="defrosted-freezer-unit-restocked",
        ),
        pytest.param(
            "I've unblurred the photos in your album.",
            True,
            id="unblurred-photos-album",
        ),
        pytest.param(
            "I have rectified the spelling of your name.",
            True,
            id="rectified-spelling-name",
        ),
        pytest.param(
            "We've reinstalled the software on your laptop.",
            True,
            id="reinstalled-software-laptop",
        ),
        pytest.param("I've unpaused your subscription.", True, id="unpaused-subscription"),
        pytest.param(
            "We've charged your card for the annual plan.",
            False,
            id="charged-card-annual-plan",
        ),
        pytest.param("We've overcharged your account by £20.", False, id="overcharged-account-20"),
        pytest.param(
            "We've suspended your account pending review.",
            False,
            id="suspended-account-pending-review",
        ),
        pytest.param(
            "I've noticed your account has two emails.",
            False,
            id="noticed-account-two-emails",
        ),
        pytest.param("We've received your complaint.", False, id="received-complaint"),
        pytest.param("I've attached the invoice.", False, id="attached-invoice"),
        pytest.param("We've reviewed the footage.", False, id="reviewed-footage"),
        pytest.param(
            "We've downgraded your plan as requested.",
            False,
            id="downgraded-plan-requested",
        ),
        pytest.param(
            "We've increased the price of the premium plan.",
            False,
            id="increased-price-premium-plan",
        ),
        pytest.param("We've terminated the contract.", False, id="terminated-contract"),
        pytest.param("We've blamed the courier unfairly.", False, id="blamed-courier-unfairly"),
        pytest.param(
            "We've exposed your email address to other customers.",
            False,
            id="exposed-email-address-other",
        ),
        pytest.param("We've dropped the ball on your order.", False, id="dropped-ball-order"),
        pytest.param("We've messed up the order again.", False, id="messed-up-order-again"),
        pytest.param(
            "We've discontinued the product you bought.",
            False,
            id="discontinued-product-bought",
        ),
        pytest.param("We've exceeded the delivery window.", False, id="exceeded-delivery-window"),
        pytest.param("I've enjoyed the chat with you.", False, id="enjoyed-chat"),
        pytest.param(
            "We've deactivated your account for a breach of terms.",
            False,
            id="deactivated-account-breach-terms",
        ),
        pytest.param("We've delisted the item from the store.", False, id="delisted-item-store"),
        pytest.param("Please re-enter your card details.", False, id="please-enter-card-details"),
        pytest.param("Try re-entering your password.", False, id="try-entering-password"),
        pytest.param("You re-submitted the form twice.", False, id="submitted-form-twice"),
        pytest.param(
            "Re: your complaint about the late delivery",
            False,
            id="complaint-about-late-delivery",
        ),
        pytest.param(
            "Your order was re-routed to the wrong depot.",
            False,
            id="order-was-routed-wrong",
        ),
        pytest.param(
            "The parcel has been re-dispatched by express courier.",
            True,
            id="parcel-dispatched-express-courier",
        ),
        pytest.param("I've re-granted your admin access.", True, id="granted-admin-access"),
    ],
)
def test_repair_word_families(text: str, expected: bool) -> None:
    assert has("repair", text) is expected

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Going forward, every refund above $200 needs a second approval.",
            True,
            id="going-forward-every-refund",
        ),
        pytest.param(
            "We've introduced a daily check that catches duplicate charges.",
            True,
            id="introduced-daily-check-catches",
        ),
        pytest.param(
            "To stop this happening again, we've retrained the night shift on address checks.",
            True,
            id="stop-happening-again-retrained",
        ),
        pytest.param(
            "Our agents now have to confirm the delivery address on every call.",
            True,
            id="agents-confirm-delivery-address",
        ),
        pytest.param(
            "We've put a limit in place so large orders are held for review.",
            True,
            id="put-limit-place-large",
        ),
        pytest.param(
            "From now on, you'll get a text 24 hours before every visit.",
            True,
            id="get-text-24-hours",
        ),
        pytest.param(
            "We have updated our process so that payments are verified before they are released.",
            True,
            id="updated-process-payments-verified",
        ),
        pytest.param(
            "The team has been briefed on the new procedure.",
            True,
            id="team-briefed-new-procedure",
        ),
        pytest.param(
            "We're rolling out extra monitoring on the payment gateway.",
            True,
            id="rolling-out-extra-monitoring",
        ),
        pytest.param(
            "We've tightened the rules on account changes.",
            True,
            id="tightened-rules-account-changes",
        ),
        pytest.param(
            "I've added a note to your account so no agent quotes you the old tariff again.",
            True,
            id="added-note-account-no",
        ),
        pytest.param(
            "Our system will now block duplicate payments automatically.",
            True,
            id="system-will-block-duplicate",
        ),
        pytest.param(
            "We've made address confirmation mandatory at checkout.",
            True,
            id="made-address-confirmation-mandatory",
        ),
        pytest.param(
            "Moving forward, refunds will be processed within 3 days.",
            True,
            id="moving-forward-refunds-will",
        ),
        pytest.param(
            "We've built in an automatic check that stops double bookings.",
            True,
            id="built-automatic-check-stops",
        ),
        pytest.param(
            "We've updated our systems to prevent this from happening again.",
            True,
            id="updated-systems-prevent-happening",
        ),
        pytest.param(
            "Staff will now be required to confirm ID at the counter.",
            True,
            id="staff-will-required-confirm",
        ),
        pytest.param("We've put extra checks in place.", True, id="put-extra-checks-place"),
        pytest.param(
            "We have put measures in place to stop this recurring.",
            True,
            id="put-measures-place-stop",
        ),
        pytest.param(
            "We've flagged your account so future orders get a manual review.",
            True,
            id="flagged-account-future-orders",
        ),
        pytest.param(
            "This has been fed back to the store manager, who is retraining staff on returns.",
            True,
            id="fed-back-store-manager",
        ),
        pytest.param(
            "We've changed our courier for your area to stop this happening again.",
            True,
            id="changed-courier-area-stop",
        ),
        pytest.param(
            "Weve updated the app so it warns you before a payment is taken twice.",
            True,
            id="updated-app-warns-before",
        ),
        pytest.param(
            "All new starters will now shadow a senior agent for their first two weeks.",
            True,
            id="all-new-starters-will",
        ),
        pytest.param(
            "We now send a reminder 48 hours before every appointment.",
            True,
            id="send-reminder-48-hours",
        ),
        pytest.param(
            "We now have a second check in place for refunds.",
            True,
            id="second-check-place-refunds",
        ),
        pytest.param(
            "We no longer use that courier in your area.",
            True,
            id="no-longer-use-courier",
        ),
        pytest.param(
            "We've stopped using that courier for your postcode.",
            True,
            id="stopped-using-courier-postcode",
        ),
        pytest.param(
            "We've reminded all staff of the correct procedure.",
            True,
            id="reminded-all-staff-correct",
        ),
        pytest.param(
            "I've raised this with the store manager to make sure it doesn't happen again.",
            True,
            id="raised-store-manager-make",
        ),
        pytest.param(
            "Drivers are now required to take a photo at every drop.",
            True,
            id="drivers-required-take-photo",
        ),
        pytest.param("We will now check every order twice.", True, id="will-check-every-order"),
        pytest.param(
            "Our booking system no longer allows duplicate bookings.",
            True,
            id="booking-system-no-longer",
        ),
        pytest.param(
            "We've added a second pair of eyes on all international transfers.",
            True,
            id="added-second-pair-eyes",
        ),
        pytest.param(
            "Our agents have been given new guidance on cancellation requests.",
            True,
            id="agents-given-new-guidance",
        ),
        pytest.param(
            "As a result, we've changed how we check addresses at checkout.",
            True,
            id="result-changed-how-check",
        ),
        pytest.param(
            "The billing system now flags any account charged twice in a month.",
            True,
            id="billing-system-flags-any",
        ),
        pytest.param(
            "We've brought in an extra driver on Saturdays so deliveries aren't missed.",
            True,
            id="brought-extra-driver-saturdays",
        ),
        pytest.param(
            "This incident has led us to add automated tests for every release.",
            True,
            id="incident-led-us-add",
        ),
        pytest.param(
            "We've rewritten the confirmation email so the pickup time is clearer.",
            True,
            id="rewritten-confirmation-email-pickup",
        ),
        pytest.param(
            "Going forward, all refunds will be approved by a team lead.",
            True,
            id="going-forward-all-refunds",
        ),
        pytest.param(
            "We've reviewed and updated our escalation process.",
            True,
            id="reviewed-updated-escalation-process",
        ),
        pytest.param(
            "To prevent a repeat, we've moved the backups to a separate region.",
            True,
            id="prevent-repeat-moved-backups",
        ),
        pytest.param(
            "Every technician now carries spare routers in the van.",
            True,
            id="every-technician-carries-spare",
        ),
        pytest.param(
            "We've set up an alert so we know straight away if payments stop.",
            True,
            id="set-up-alert-know",
        ),
        pytest.param(
            "All flights will now depart from Terminal 5.",
            False,
            id="all-flights-will-depart",
        ),
        pytest.param(
            "Every customer will now receive the same discount.",
            False,
            id="every-customer-will-receive",
        ),
        pytest.param("We no longer sell this model.", False, id="no-longer-sell-model"),
        pytest.param("You will now be charged every month.", False, id="will-charged-every-month"),
        pytest.param(
            "Please put a spending limit in place on your card.",
            False,
            id="please-put-spending-limit",
        ),
        pytest.param("We have strict checks in place.", False, id="strict-checks-place"),
        pytest.param(
            "We'll no longer be able to offer that service.",
            False,
            id="no-longer-able-offer",
        ),
        pytest.param("I've told the team about your case.", False, id="told-team-about-case"),
        pytest.param(
            "We made a mistake and to prevent further delays I've refunded you.",
            False,
            id="made-mistake-prevent-further",
        ),
        pytest.param(
            "Our team now needs to speak to you before we can continue.",
            False,
            id="team-needs-speak-before",
        ),
        pytest.param("All of you will now receive a refund.", False, id="all-will-receive-refund"),
        pytest.param(
            "We'll do our best to make sure it doesn't happen again.",
            False,
            id="do-best-make-sure",
        ),
        pytest.param(
            "We're looking into ways to stop this happening in future.",
            False,
            id="looking-into-ways-stop",
        ),
        pytest.param(
            "Going forward, please make sure you keep your receipt.",
            False,
            id="going-forward-please-make",
        ),
        pytest.param("This should never have happened.", False, id="should-never-happened"),
        pytest.param("We have not changed our policy.", False, id="not-changed-policy"),
        pytest.param(
            "If we had added a check, this wouldn't have happened.",
            False,
            id="if-had-added-check",
        ),
        pytest.param(
            "I've passed your feedback to the team so they can improve.",
            False,
            id="passed-feedback-team-they",
        ),
        pytest.param("We will review our processes.", False, id="will-review-processes"),
        pytest.param("The app now shows your new balance.", False, id="app-shows-new-balance"),
        pytest.param("We'll now process your refund.", False, id="process-refund"),
        pytest.param(
            "We hope to prevent this from happening again.",
            False,
            id="hope-prevent-happening-again",
        ),
        pytest.param(
            "Have you turned on two-factor authentication?",
            False,
            id="turned-two-factor-authentication",
        ),
        pytest.param(
            "Please set up an alert in your banking app.",
            False,
            id="please-set-up-alert",
        ),
        pytest.param(
            "We will now process your refund automatically.",
            False,
            id="will-process-refund-automatically",
        ),
        pytest.param("We're committed to doing better.", False, id="committed-doing-better"),
        pytest.param("Lessons will be learned.", False, id="lessons-will-learned"),
        pytest.param(
            "We will look at how we can improve our service.",
            False,
            id="will-look-how-can",
        ),
        pytest.param(
            "You can set up alerts in the app to avoid missing payments.",
            False,
            id="can-set-up-alerts",
        ),
        pytest.param(
            "Going forward, could you send us the receipt as well?",
            False,
            id="going-forward-could-send",
        ),
        pytest.param(
            "This is not something we want to happen again.",
            False,
            id="not-something-want-happen",
        ),
        pytest.param(
            "We have processes in place to stop this, but they failed.",
            False,
            id="processes-place-stop-but",
        ),
        pytest.param(
            "Our staff now know about your complaint.",
            False,
            id="staff-know-about-complaint",
        ),
        pytest.param(
            "Post-incident: we have added capacity alerts and a runbook for this failure mode.",
            True,
            id="post-incident-added-capacity",
        ),
        pytest.param(
            "We've introduced a two-person check on all medication changes.",
            True,
            id="introduced-two-person-check",
        ),
        pytest.param(
            "Going forward, your bill will always arrive before the direct debit date.",
            True,
            id="going-forward-bill-will",
        ),
        pytest.param(
            "Our reception staff have been retrained on booking follow-up appointments.",
            True,
            id="reception-staff-retrained-booking",
        ),
        pytest.param(
            "We've since added a confirmation step before any account is closed.",
            True,
            id="since-added-confirmation-step",
        ),
        pytest.param(
            "We've capped the number of bookings per slot so overbooking can't happen.",
            True,
            id="capped-number-bookings-per",
        ),
        pytest.param(
            "The matchmaking server now rejects duplicate sessions.",
            True,
            id="matchmaking-server-rejects-duplicate",
        ),
        pytest.param(
            "We've moved the depot's cut-off time earlier so parcels don't miss the van.",
            True,
            id="moved-depot-cut-off",
        ),
        pytest.param(
            "We always take steps to keep your data safe.",
            False,
            id="always-take-steps-keep",
        ),
        pytest.param(
            "Please enable alerts so you don't miss future payments.",
            False,
            id="please-enable-alerts-don",
        ),
        pytest.param(
            "Rest assured, we are reviewing what happened.",
            False,
            id="rest-assured-reviewing-what",
        ),
        pytest.param("We hope this never happens again.", False, id="hope-never-happens-again"),
        pytest.param("We'll be sure to pass this on.", False, id="sure-pass"),
    ],
)
def test_prevention_word_families(text: str, expected: bool) -> None:
    assert has("prevention", text) is expected

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "As a goodwill gesture, I've added 2,000 Avios to your account.",
            True,
            id="goodwill-gesture-added-2",
        ),
        pytest.param("We'd like to offer you a £25 e-gift card.", True, id="like-offer-25-e"),
        pytest.param(
            "I've waived this month's service charge.",
            True,
            id="waived-month-service-charge",
        ),
        pytest.param(
            "Please accept a complimentary upgrade on your next stay.",
            True,
            id="please-accept-complimentary-upgrade",
        ),
        pytest.param(
            "We'll reimburse your hotel costs, just send us the receipt.",
            True,
            id="reimburse-hotel-costs-just",
        ),
        pytest.param("I've refunded your delivery charge.", True, id="refunded-delivery-charge"),
        pytest.param("Your next two months are free.", True, id="next-two-months-free"),
        pytest.param("I've knocked 20% off your renewal.", True, id="knocked-20-off-renewal"),
        pytest.param(
            "I've issued a $50 voucher to your email.",
            True,
            id="issued-50-voucher-email",
        ),
        pytest.param(
            "We'll send you a replacement free of charge.",
            True,
            id="send-replacement-free-charge",
        ),
        pytest.param(
            "I've given you a free month of Premium.",
            True,
            id="given-free-month-premium",
        ),
        pytest.param("We're refunding your full fare.", True, id="refunding-full-fare"),
        pytest.param(
            "Please accept 10% off your next order with code SORRY10.",
            True,
            id="please-accept-10-off",
        ),
        pytest.param(
            "We've bumped you up to the premium tier at no charge.",
            True,
            id="bumped-up-premium-tier",
        ),
        pytest.param("I've added 500 miles to your account.", True, id="added-500-miles-account"),
        pytest.param("We'll cover the cost of the repair.", True, id="cover-cost-repair"),
        pytest.param(
            "We're happy to give you a partial refund of £20.",
            True,
            id="happy-give-partial-refund",
        ),
        pytest.param("I've comped your next session.", True, id="comped-next-session"),
        pytest.param(
            "You've been given an extra 10GB of data for free.",
            True,
            id="given-extra-10gb-data",
        ),
        pytest.param(
            "A £50 goodwill payment has been made to your account.",
            True,
            id="50-goodwill-payment-made",
        ),
        pytest.param("Your next box is on us.", True, id="next-box-us"),
        pytest.param("I'll pay for your taxi home.", True, id="pay-taxi-home"),
        pytest.param(
            "As a thank-you for your patience, here's 1,000 gems.",
            True,
            id="thank-patience-here-1",
        ),
        pytest.param(
            "We've added a month's free service to your account.",
            True,
            id="added-month-free-service",
        ),
        pytest.param(
            "I've applied a loyalty discount to your renewal.",
            True,
            id="applied-loyalty-discount-renewal",
        ),
        pytest.param(
            "We'll honour the price you were quoted.",
            True,
            id="honour-price-were-quoted",
        ),
        pytest.param("I've refunded one night of your stay.", True, id="refunded-one-night-stay"),
        pytest.param(
            "I've arranged a refund of your booking fee.",
            True,
            id="arranged-refund-booking-fee",
        ),
        pytest.param(
            "We've credited 5,000 bonus points to your loyalty account.",
            True,
            id="credited-5-000-bonus",
        ),
        pytest.param(
            "You'll receive £30 compensation within 10 days.",
            True,
            id="receive-30-compensation-within",
        ),
        pytest.param("I've taken £15 off this month's bill.", True, id="taken-15-off-month"),
        pytest.param("Your next delivery is free.", True, id="next-delivery-free"),
        pytest.param(
            "As a token of our apology, we've covered your next delivery.",
            True,
            id="token-apology-covered-next",
        ),
        pytest.param(
            "We've written off the remaining £40 balance.",
            True,
            id="written-off-remaining-40",
        ),
        pytest.param(
            "There'll be no charge for the replacement.",
            True,
            id="there-no-charge-replacement",
        ),
        pytest.param("The repair won't cost you anything.", True, id="repair-won-cost-anything"),
        pytest.param("We'll pay you £50 for the inconvenience.", True, id="pay-50-inconvenience"),
        pytest.param(
            "As a courtesy, I've removed the late fee.",
            True,
            id="courtesy-removed-late-fee",
        ),
        pytest.param(
            "We've reduced your bill by £10 a month for the next six months.",
            True,
            id="reduced-bill-10-month",
        ),
        pytest.param("Your next order is half price.", True, id="next-order-half-price"),
        pytest.param(
            "Would you like a £20 credit or a full refund?",
            True,
            id="would-like-20-credit",
        ),
        pytest.param("How about a free month on us?", True, id="how-about-free-month"),
        pytest.param("We'll foot the bill for the repairs.", True, id="foot-bill-repairs"),
        pytest.param(
            "I've arranged an ex gratia payment of £75.",
            True,
            id="arranged-ex-gratia-payment",
        ),
        pytest.param(
            "We've given you a fee waiver for this month.",
            True,
            id="given-fee-waiver-month",
        ),
        pytest.param(
            "I've put £20 back on your card for the trouble.",
            True,
            id="put-20-back-card",
        ),
        pytest.param(
            "We've credited your account with £25 for the missed appointment.",
            True,
            id="credited-account-25-missed",
        ),
        pytest.param(
            "Please enjoy a complimentary dessert on your next visit.",
            True,
            id="please-enjoy-complimentary-dessert",
        ),
        pytest.param(
            "As an apology, we've upgraded your room to a suite at no extra cost.",
            True,
            id="apology-upgraded-room-suite",
        ),
        pytest.param(
            "I've refunded the £6.99 delivery fee as a gesture of goodwill.",
            True,
            id="refunded-6-99-delivery",
        ),
        pytest.param(
            "We'll cover your taxi fare — just send us the receipt.",
            True,
            id="cover-taxi-fare-just",
        ),
        pytest.param(
            "I've added 7 days to your subscription.",
            True,
            id="added-7-days-subscription",
        ),
        pytest.param("You'll get 20% off your next three bills.", True, id="get-20-off-next"),
        pytest.param("We're going to give you next month free.", True, id="going-give-next-month"),
        pytest.param(
            "Here is a voucher code for £15 off your next shop: SORRY15.",
            True,
            id="here-voucher-code-15",
        ),
        pytest.param(
            "To make up for it, your next coffee is on us.",
            True,
            id="make-up-next-coffee",
        ),
        pytest.param(
            "We've paid the £30 overdraft charge your bank applied.",
            True,
            id="paid-30-overdraft-charge",
        ),
        pytest.param(
            "We'd like to send you a small hamper as an apology.",
            True,
            id="like-send-small-hamper",
        ),
        pytest.param(
            "We've refunded you in full, including the delivery charge.",
            True,
            id="refunded-full-including-delivery",
        ),
        pytest.param(
            "Your March subscription fee has been waived.",
            True,
            id="march-subscription-fee-waived",
        ),
        pytest.param(
            "There is no charge for standard delivery.",
            False,
            id="there-no-charge-standard",
        ),
        pytest.param("Half price sale ends Sunday!", False, id="half-price-sale-ends"),
        pytest.param("We cannot reimburse the taxi fare.", False, id="cannot-reimburse-taxi-fare"),
        pytest.param(
            "Is the discount code not working for you?",
            False,
            id="discount-code-not-working",
        ),
        pytest.param("You can download the app for free.", False, id="can-download-app-free"),
        pytest.param("We can't honour that price, sorry.", False, id="can-honour-price-sorry"),
        pytest.param("Did the £20 credit reach your account?", False, id="did-20-credit-reach"),
        pytest.param("This app is free.", False, id="app-free"),
        pytest.param(
            "The first month is free for new customers.",
            False,
            id="first-month-free-new",
        ),
        pytest.param(
            "Delivery is free on orders over £50.",
            False,
            id="delivery-free-orders-over",
        ),
        pytest.param(
            "This email is sent as a courtesy reminder.",
            False,
            id="email-sent-courtesy-reminder",
        ),
        pytest.param(
            "We've added dark mode for free users too.",
            False,
            id="added-dark-mode-free",
        ),
        pytest.param(
            "Unfortunately we can't offer a refund on sale items.",
            False,
            id="unfortunately-can-offer-refund",
        ),
        pytest.param("Refunds take 5-7 working days to appear.", False, id="refunds-take-5-7"),
        pytest.param("Your credit limit has been increased.", False, id="credit-limit-increased"),
        pytest.param(
            "You are not entitled to compensation for this delay.",
            False,
            id="not-entitled-compensation-delay",
        ),
        pytest.param("We don't offer refunds after 30 days.", False, id="don-offer-refunds-after"),
        pytest.param("We never waive late fees.", False, id="never-waive-late-fees"),
        pytest.param("The app is free to download.", False, id="app-free-download"),
        pytest.param(
            "Is the free delivery option showing for you?",
            False,
            id="free-delivery-option-showing",
        ),
        pytest.param("Your free trial ends on Friday.", False, id="free-trial-ends-friday"),
        pytest.param(
            "We refunded the wrong card, so it went to your old account.",
            False,
            id="refunded-wrong-card-went",
        ),
        pytest.param(
            "Refunds for digital purchases aren't possible after download.",
            False,
            id="refunds-digital-purchases-aren",
        ),
        pytest.param(
            "Vouchers can't be exchanged for cash.",
            False,
            id="vouchers-can-exchanged-cash",
        ),
        pytest.param(
            "Your credit score won't be affected.",
            False,
            id="credit-score-won-affected",
        ),
        pytest.param(
            "You can claim compensation via the form if you wish.",
            False,
            id="can-claim-compensation-via",
        ),
        pytest.param("The offer code has now expired.", False, id="offer-code-expired"),
        pytest.param(
            "Our premium plan includes free delivery.",
            False,
            id="premium-plan-includes-free",
        ),
        pytest.param(
            "As a sorry, we've dropped 500 gems into your account.",
            True,
            id="sorry-dropped-500-gems",
        ),
        pytest.param(
            "I've added 5GB free data to your plan for this month.",
            True,
            id="added-5gb-free-data",
        ),
        pytest.param(
            "We've refunded your consultation fee.",
            True,
            id="refunded-consultation-fee",
        ),
        pytest.param(
            "A goodwill credit of ₹500 has been added to your wallet.",
            True,
            id="goodwill-credit-500-added",
        ),
        pytest.param("We'll waive the rebooking fee for you.", True, id="waive-rebooking-fee"),
        pytest.param(
            "You'll receive a £20 e-voucher by email within 48 hours.",
            True,
            id="receive-20-e-voucher",
        ),
        pytest.param(
            "We'd like to offer you 50% off your next month.",
            True,
            id="like-offer-50-off",
        ),
        pytest.param("Your next service is on the house.", True, id="next-service-house"),
        pytest.param(
            "We've given you free shipping on your next three orders.",
            True,
            id="given-free-shipping-next",
        ),
        pytest.param(
            "We're crediting you 2 days of service for the outage.",
            True,
            id="crediting-2-days-service",
        ),
        pytest.param(
            "Sorry, compensation isn't available for delays under 3 hours.",
            False,
            id="sorry-compensation-isn-available",
        ),
        pytest.param(
            "Please check whether the voucher was applied at checkout.",
            False,
            id="please-check-whether-voucher",
        ),
        pytest.param(
            "We can only refund to the original payment method.",
            False,
            id="can-only-refund-original",
        ),
        pytest.param("Free returns apply to all orders.", False, id="free-returns-apply-all"),
        pytest.param(
            "Discount codes cannot be combined.",
            False,
            id="discount-codes-cannot-combined",
        ),
        pytest.param(
            "I've doubled your data allowance for the month.",
            True,
            id="doubled-data-allowance-month",
        ),
    ],
)
def test_remediation_word_families(text: str, expected: bool) -> None:
    assert has("remediation", text) is expected


# ---- ownership, acknowledgment, contact, regret: phrasings from independent authors ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # our act named with what made it a mistake
        pytest.param("We pushed a buggy update to the app on Monday.", True, id="bad-release"),
        pytest.param("Our hotfix introduced a login failure on older phones.", True,
                     id="introduced"),
        pytest.param("A change we pushed on Tuesday deleted your saved filters.", True,
                     id="change-we-made-broke"),
        pytest.param("The cause was a firewall rule we added that morning.", True,
                     id="cause-was-our-change"),
        pytest.param("The overcharge came from us reading your meter wrongly.", True,
                     id="came-from-us"),
        pytest.param("We scheduled too few drivers for the bank holiday.", True, id="too-few"),
        pytest.param("Our crew didn't meet your son at the gate.", True, id="didnt-meet"),
        pytest.param("Our system had not credited your deposit.", True, id="had-not"),
        pytest.param("Our retry job was sending each invoice up to four times.", True,
                     id="n-times-progressive"),
        pytest.param("We'd put your line on the wrong speed plan.", True, id="we-had-put"),
        pytest.param("We let your parking permit lapse in May.", True, id="let-lapse"),
        pytest.param("We renewed your policy after you'd cancelled it.", True,
                     id="after-you-cancelled"),
        pytest.param("Our warden fined you even though your permit was valid.", True,
                     id="even-though"),
        pytest.param("We printed your cards with your old address.", True, id="with-old"),
        pytest.param("I keyed your account number wrong.", True, id="keyed-wrong"),
        pytest.param("Your reports were switched off by our clean-up job.", True,
                     id="by-our-job"),
        pytest.param("We cancelled it after an earlier delay on our side.", True,
                     id="delay-on-our-side"),
        pytest.param("We declined your claim in May. That decision was wrong.", True,
                     id="that-decision-wrong"),
        pytest.param("You were right: we charged you the old price.", True,
                     id="you-were-right"),
        pytest.param("I told you there was no fee, and there was a £9 fee.", True,
                     id="told-you-contradicted"),
        pytest.param("We sent you the wrong size, which is why it doesn't fit.", True,
                     id="which-is-why"),
        pytest.param("We marked your parcel as delivered when it was still at the depot.", True,
                     id="marked-as-when"),
        # not ours, not done, or not said as a fact
        pytest.param("It wasn't our mistake.", False, id="negated-our-mistake"),
        pytest.param("Was there a delay on our side?", False, id="asked"),
        pytest.param("If our decision was wrong, we'll tell you.", False, id="if-decision"),
        pytest.param("Had we pushed a bad config, you would have seen errors.", False,
                     id="had-we"),
        pytest.param("We didn't push a bad config.", False, id="denied"),
        pytest.param("The broker we use filed the wrong commodity code.", False,
                     id="their-clause"),
        pytest.param("It was caused by our scheduling software supplier.", False,
                     id="our-supplier"),
        pytest.param("We're sorry, but our team has had a backlog, which is why your "
                     "documents didn't arrive.", False, id="their-subject-didnt"),
        pytest.param("The change we made yesterday fixed the duplicate emails.", False,
                     id="change-fixed"),
        pytest.param("We sent you reminders about five times this year.", False,
                     id="reminders-n-times"),
        pytest.param("We replaced your old router with a new one.", False, id="replaced-old"),
        pytest.param("We refunded you even though the return window had closed.", False,
                     id="goodwill-even-though"),
        pytest.param("We sent a confirmation after you cancelled.", False,
                     id="confirmation-after-cancel"),
        pytest.param("I told you it would arrive by Friday and it did.", False,
                     id="told-you-kept"),
        pytest.param("I told you that, but you didn't listen.", False, id="told-you-blame"),
        pytest.param("You added a user, which is why you were charged.", False,
                     id="which-is-why-theirs"),
    ],
)
def test_ownership_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("ownership", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Unfortunately, your seat upgrade was removed.", True,
                     id="unfortunately-removed"),
        pytest.param("The advice you were given at the desk was not entirely correct.", True,
                     id="not-correct"),
        pytest.param("Your extension was not recorded.", True, id="was-not-recorded"),
        pytest.param("Your e-ticket wasn't issued.", True, id="not-issued"),
        pytest.param("the courier couldnt deliver to your flat", True, id="no-apostrophe"),
        pytest.param("Loads of bags have gone astray this week.", True, id="astray"),
        pytest.param("Subtitles on the Android app are out of sync.", True, id="out-of-sync"),
        pytest.param("The clock on our kiosk was running 40 minutes fast.", True,
                     id="minutes-fast"),
        pytest.param("Your account is restored after yesterday's mistaken freeze.", True,
                     id="mistaken-freeze"),
        pytest.param("The lamp arrived scratched.", True, id="scratched"),
        pytest.param("The sync issue between your CRM and our app is still open.", True,
                     id="issue-between"),
        pytest.param("We can't refund an item that hasn't been returned yet.", False,
                     id="rule-about-any-item"),
        pytest.param("Sorry for the delay, we've had a ton of tickets since the outage.", False,
                     id="tickets-since-outage"),
        pytest.param("I said I'd call you when it was ready.", False, id="said-when-ready"),
        pytest.param("Your old card was removed from your account, as you asked.", False,
                     id="removed-as-asked"),
        pytest.param("For sign-in problems, see our help article.", False, id="problem-topic"),
    ],
)
def test_acknowledgment_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("acknowledgment", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("If the bank asks, put them in touch with me.", True, id="in-touch-with-me"),
        pytest.param("If HMRC writes again, forward the letter to me.", True, id="forward-to-me"),
        pytest.param("I'm your contact until this is settled.", True, id="im-your-contact"),
        pytest.param("I'm on 0161 496 0770 if you need anything.", True, id="im-on-number"),
        pytest.param("I can be reached on 020 7946 0314 on weekdays.", True, id="reached-on"),
        pytest.param("We've assigned a manager, Laura Kim, who will contact you.", True,
                     id="named-who"),
        pytest.param("Update to follow.\n\nBest regards,\nJonas Petersen\nService Desk, "
                     "+49 40 555 0192", True, id="signed-name-phone"),
        pytest.param("Update to follow.\n\nKind regards,\nCustomer Support Team\n0800 123 4567",
                     False, id="signed-team-phone"),
        pytest.param("Your reference is 4839 2210 88.", False, id="reference-number"),
        pytest.param("I'm on holiday until Monday.", False, id="im-on-holiday"),
        pytest.param("Please forward the receipt to our billing team.", False,
                     id="forward-to-team"),
    ],
)
def test_contact_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("contact", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hey Jules! 💜 Sorry — our update wiped your playlists.", True,
                     id="emoji-then-sorry"),
        pytest.param("Hey Jules! 💜 She is sorry too.", False, id="someone-elses-regret"),
    ],
)
def test_regret_phrasings_from_independent_authors(text: str, expected: bool) -> None:
    assert has("regret", text) is expected


# ---- impact: wider families, from independent authors ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person's things in a lasting failure state
        pytest.param("Your booking page has been offline since 7 this morning.", True,
                     id="state-since"),
        pytest.param("Your shop's till and card reader have been down since you opened.", True,
                     id="coordinated-things"),
        pytest.param("Your landline still isn't working after the engineer's visit.", True,
                     id="still-not-working"),
        pytest.param("Your team's shared drive stopped syncing for most of Tuesday.", True,
                     id="stopped-for"),
        pytest.param("Your line is working again.", False, id="state-put-right"),
        pytest.param("Your website stopped working yesterday because of a bug we shipped.", False,
                     id="failure-itself-no-duration"),
        pytest.param("If your terminal is still offline after 10:00, restart it.", False,
                     id="state-hypothetical"),
        pytest.param("Your order still isn't due until Friday.", False, id="still-not-due"),
        # short of what they were owed
        pytest.param("212 of your drivers were paid two days late.", True, id="paid-late"),
        pytest.param("Your contractors were not paid on Friday.", True, id="not-paid"),
        pytest.param("About 60 of your staff won't get their wages until Tuesday.", True,
                     id="wont-get-wages"),
        pytest.param("Your tenants received less than the deposit they were owed.", True,
                     id="received-less"),
        pytest.param("Your rider was only 20 minutes late.", False, id="our-rider-late"),
        pytest.param("You can pay up to 5 days late without a fee.", False, id="late-allowed"),
        pytest.param("You paid less than the list price thanks to the discount.", False,
                     id="paid-less-good"),
        pytest.param("Have you been paid yet?", False, id="paid-question"),
        # things that happened to them or that they had to do
        pytest.param("Around 300 of your customers have had a payment declined.", True,
                     id="had-declined"),
        pytest.param("Your patients have been getting an error when they book online.", True,
                     id="getting-error"),
        pytest.param("Your subscribers got a barrage of reminder emails overnight.", True,
                     id="barrage"),
        pytest.param("We texted your customers the same reminder four times.", True,
                     id="same-n-times"),
        pytest.param("You travelled to the wrong branch because our letter was out of date.", True,
                     id="acted-on-error"),
        pytest.param("You'd booked a week off work for the move.", True, id="time-off-work"),
        pytest.param("You only found out at the airport.", True, id="found-out-late"),
        pytest.param("You've been on hold for 40 minutes.", True, id="on-hold-minutes"),
        pytest.param("He's been without his inhaler since Monday.", True,
                     id="third-person-without"),
        pytest.param("Had you restarted it, you wouldn't have been without Wi-Fi for two days.",
                     True, id="counterfactual-without"),
        pytest.param("If you get an error, clear your cache.", False, id="error-hypothetical"),
        pytest.param("We received a flood of calls this morning.", False, id="our-flood"),
        pytest.param("You entered the wrong postcode, so I've corrected it.", False,
                     id="their-own-slip"),
        pytest.param("You should take a day off work for the survey.", False, id="off-advice"),
        pytest.param("Let me know how you found out about us.", False, id="found-out-about"),
        pytest.param("You've been with us for 10 years.", False, id="tenure"),
        pytest.param("You wouldn't have been without power if the backup had failed.", False,
                     id="counterfactual-if"),
        # the person or their plans hit by it
        pytest.param("The delay hit your busiest weekend hard.", True, id="hit-hard"),
        pytest.param("Our courier damaged your dining table.", True, id="damaged-your"),
        pytest.param("That error led to you being charged a late fee.", True, id="led-to-you"),
        pytest.param("This led to the penalty you received from HMRC.", True, id="led-to-the-x"),
        pytest.param("I've added a credit to your account for the missed appointment.", True,
                     id="remedy-for-missed"),
        pytest.param("Your transfer was delayed, including the deposit you needed by Friday.",
                     True, id="including-needed"),
        pytest.param("I know you needed it for your daughter's birthday.", True, id="knew-needed"),
        pytest.param("The backup line is too slow for your card payments.", True, id="too-slow"),
        pytest.param("The flowers you ordered arrived an hour after the funeral.", True,
                     id="arrived-after-event"),
        pytest.param("The double charge pushed your account into overdraft.", True,
                     id="into-overdraft"),
        pytest.param("You now have two energy companies billing you.", True, id="double-supplier"),
        pytest.param("Rubbish has been piling up outside your flat for three weeks.", True,
                     id="piling-up"),
        pytest.param("The refund hit your account this morning.", False, id="refund-hit"),
        pytest.param("This led to you receiving your refund sooner.", False, id="led-to-good"),
        pytest.param("Thanks for your missed call earlier.", False, id="thanks-missed-call"),
        pytest.param("I understand you needed to update your address.", False,
                     id="needed-a-request"),
        pytest.param("I've attached every file, including the report you needed.", False,
                     id="including-good"),
        pytest.param("The basic plan might be too small for your team.", False, id="too-might"),
        pytest.param("Your parcel arrived after the weekend.", False, id="after-weekend"),
        pytest.param("We'll make sure you don't go into overdraft.", False, id="overdraft-avoided"),
        pytest.param("We asked you to pay by card because cash isn't accepted.", False,
                     id="asked-to-pay-by"),
        pytest.param("Orders are piling up in our warehouse.", False, id="our-backlog"),
        # consequence clauses
        pytest.param("Your move-in date was postponed as a result.", True, id="as-a-result"),
        pytest.param("She waited six hours instead of the usual one.", True, id="instead-of"),
        pytest.param("That left you sleeping in the terminal.", True, id="left-you-doing"),
        pytest.param("Customers in Bristol and Bath have had no water since 6am.", True,
                     id="bare-group-had-no"),
        pytest.param("So he missed his connecting flight.", True, id="so-he"),
        pytest.param("Nothing was lost as a result.", False, id="result-nothing"),
        pytest.param("Your flight was delayed as a result of the storm.", False,
                     id="result-of-cause"),
        pytest.param("You can use the app instead of the website.", False, id="instead-advice"),
        pytest.param("I'm sorry this left you feeling frustrated.", False, id="left-feeling"),
        pytest.param("Customers on the annual plan had no price change.", False,
                     id="bare-group-good"),
        pytest.param("Our staff have been without a break since 6am.", False, id="our-staff"),
        pytest.param("So he called you back at 10.", False, id="so-he-good"),
        pytest.param("Some of your customers may have paid into the wrong account.", False,
                     id="may-have"),
        pytest.param("Are your customers seeing an error? ^T", False, id="question-then-sign"),
        pytest.param("We're sorry your installation appointment was missed.", False,
                     id="passive-missed-is-the-failure"),
    ],
)
def test_impact_families_from_independent_authors(text: str, expected: bool) -> None:
    assert has("impact", text) is expected


# ---- impact, regret, contact, feedback-invite: wording families, with look-alikes ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("This meant you had to call us three times to get it sorted.", True,
                     id="meant-call-us"),
        pytest.param("You missed your flight to Lisbon because of our delay.", True,
                     id="missed-flight-lisbon"),
        pytest.param("That must have been embarrassing in front of your customers.", True,
                     id="embarrassing-front-customers"),
        pytest.param("Your team spent the whole morning re-entering orders by hand.", True,
                     id="team-spent-whole"),
        pytest.param("It put you in a really difficult position with your landlord.", True,
                     id="put-really-difficult"),
        pytest.param("I can see this caused real disruption to your business.", True,
                     id="can-see-caused"),
        pytest.param("It's meant sleepless nights for you, and I'm sorry.", True,
                     id="meant-sleepless-nights"),
        pytest.param("You shouldn't have had to chase us for this.", True, id="shouldnt-chase-us"),
        pytest.param("Having to explain this to your own clients must have been awful.", True,
                     id="having-explain-own"),
        pytest.param("I know how much hassle this has caused you.", True, id="know-how-much"),
        pytest.param("Sorry for all the stress this put you under.", True, id="sorry-all-stress"),
        pytest.param("The outage took your online store down during your biggest sale of "
                     "the year.", True, id="outage-took-online"),
        pytest.param("Your payroll went out a day late.", True, id="payroll-went-out"),
        pytest.param("It meant a wasted trip to the depot for you.", True, id="meant-wasted-trip"),
        pytest.param("Your bookings took a real hit over the weekend.", True,
                     id="bookings-took-real"),
        pytest.param("We wasted two hours of your time on the phone.", True, id="wasted-two-hours"),
        pytest.param("Sorry we wasted your afternoon.", True, id="sorry-wasted-afternoon"),
        pytest.param("You've been passed from one department to another for a week.", True,
                     id="passed-from-one"),
        pytest.param("You had to repeat yourself to four different agents.", True,
                     id="repeat-yourself-four"),
        pytest.param("It must have been so frustrating having to repeat yourself.", True,
                     id="frustrating-having-repeat"),
        pytest.param("Sorry to have kept you waiting for so long.", True, id="sorry-kept-waiting"),
        pytest.param("Your customers experienced errors at checkout for about two hours.", True,
                     id="customers-experienced-errors"),
        pytest.param("Some users experienced failed logins between 09:00 and 09:40 UTC.", True,
                     id="some-users-experienced"),
        pytest.param("You were charged two times for the same order.", True,
                     id="charged-two-times"),
        pytest.param("That left you looking bad in front of your client.", True,
                     id="left-looking-bad"),
        pytest.param("The mistake made you look unprofessional to your customers.", True,
                     id="mistake-made-look"),
        pytest.param("The cake didn't arrive in time for your daughter's party.", True,
                     id="cake-didnt-arrive"),
        pytest.param("You faced a late-payment penalty because of our error.", True,
                     id="faced-late-payment"),
        pytest.param("You wasted a journey into town because of us.", True,
                     id="wasted-journey-into"),
        pytest.param("That's the hassle we put you through, and it shouldn't have happened.", True,
                     id="thats-hassle-put"),
        pytest.param("you got hit with a £30 overdraft fee because of our mistake", True,
                     id="got-hit-30"),
        pytest.param("your sales dropped off sharply while the checkout was down", True,
                     id="sales-dropped-off"),
        pytest.param("We know it affected your business on your busiest day.", True,
                     id="know-affected-business"),
        pytest.param("You've been going back and forth with us for two weeks.", True,
                     id="going-back-forth"),
        pytest.param("It meant you were without a working phone for your first week in the "
                     "job.", True, id="meant-without-working"),
        pytest.param("Your staff had to turn customers away at the door.", True,
                     id="staff-turn-customers"),
        pytest.param("Sorry it took you four attempts to get through to us.", True,
                     id="sorry-took-four"),
        pytest.param("You've rung us five times about this.", True, id="rung-us-five"),
        pytest.param("Your cafe lost a full afternoon of trade.", True, id="cafe-lost-full"),
        pytest.param("Your diary got wiped, so you missed two client meetings.", True,
                     id="diary-got-wiped"),
        pytest.param("That's a day's pay you lost because of us.", True, id="thats-days-pay"),
        pytest.param("You ended up sleeping at the airport.", True, id="ended-up-sleeping"),
        pytest.param("Your clients were chasing you for invoices that never arrived.", True,
                     id="clients-chasing-invoices"),
        pytest.param("This has held up your mortgage completion by a week.", True,
                     id="held-up-mortgage"),
        pytest.param("Three of your drivers sat idle for most of the morning.", True,
                     id="three-drivers-sat"),
        pytest.param("You had a wasted trip to the branch.", True, id="wasted-trip-branch"),
        pytest.param("The mix-up means you're now out of pocket.", True, id="mix-up-means"),
        pytest.param("Your wife was left waiting at the station for an hour.", True,
                     id="wife-left-waiting"),
        pytest.param("You had no way to reach us for three days.", True, id="no-way-reach"),
        pytest.param("It's frustrating having to wait this long for your refund, I know.", True,
                     id="frustrating-having-wait"),
        pytest.param("I'm sorry for everything we've put you through.", True,
                     id="sorry-everything-put"),
        pytest.param("The damage to your reputation with your own customers is real.", True,
                     id="damage-reputation-own"),
        pytest.param("Our error damaged your credit score.", True, id="error-damaged-credit"),
        pytest.param("Your restaurant was hit hard on Friday night.", True,
                     id="restaurant-hit-hard"),
        pytest.param("You've been chasing this since March.", True, id="chasing-since-march"),
        pytest.param("You went round in circles with our phone menu.", True,
                     id="went-round-circles"),
        pytest.param("You arrived at the branch only to find it closed.", True, id="only-to-find"),
        pytest.param("You drove to the depot to find the parcel had already gone back.", True,
                     id="went-to-find"),
        pytest.param("You logged in to find your files missing.", True, id="logged-in-to-find"),
        pytest.param("We charged you for a delivery you never received.", True,
                     id="charged-for-nothing"),
        pytest.param("You've been paying for a channel pack you couldn't watch.", True,
                     id="paying-for-unusable"),
        pytest.param("You were made to wait at the desk for 40 minutes.", True, id="made-to-wait"),
        pytest.param("You've been asked to pay the deposit again.", True, id="asked-to-pay-again"),
        pytest.param("Your mum went without her tablets for two days.", True, id="mum-without"),
        pytest.param("Your grandmother couldn't get into her flat.", True, id="gran-couldnt"),
        pytest.param("You chose our hotel because of it.", True, id="acted-because-of-it"),
        pytest.param("Your guests turned up a day early and had nowhere to stay.", True,
                     id="had-nowhere"),
        pytest.param("Our delay pushed your closing date back two weeks.", True,
                     id="pushed-back"),
        pytest.param("You've had three weeks of broken sleep because of our works.", True,
                     id="broken-sleep"),
        pytest.param("Your listing vanished, so you got almost no enquiries.", True,
                     id="got-almost-no"),
        pytest.param("Two of your drivers were fined while waiting for our loader.", True,
                     id="drivers-fined"),
        pytest.param("Your delivery drivers sat waiting outside our warehouse.", True,
                     id="sat-waiting"),
        pytest.param("Between 14:02 and 15:30 UTC, merchants could not issue refunds.", True,
                     id="bare-could-not"),
        pytest.param("Due to our error you were required to visit the branch twice.", True,
                     id="required-twice"),
        pytest.param("Your salary was late, causing you hardship.", True, id="causing-you"),
        pytest.param("This has caused significant stress for you and your family.", True,
                     id="caused-stress-for-you"),
        pytest.param("You've been trying to log in since Monday.", True, id="trying-since"),
        pytest.param("Patients who booked online were sent to the wrong clinic.", True,
                     id="people-sent-wrong"),
        pytest.param("We're sorry for the disruption to your commute this morning.", True,
                     id="disruption-commute"),
        pytest.param("Your father ran out of his heart medication over the weekend.", True,
                     id="ran-out-of"),
        pytest.param("You were bumped off the flight and arrived a day late for the wedding.",
                     True, id="arrived-late-for"),
        pytest.param("You paid for express delivery and still waited nine days.", True,
                     id="and-still-waited"),
        pytest.param("Your power was off for 14 hours.", True, id="utility-off-for"),
        pytest.param("Everything in your freezer spoiled.", True, id="freezer-spoiled"),
        pytest.param("The line was so slow that your video interview dropped twice.", True,
                     id="so-slow-that"),
        pytest.param("Your photos from the trip are gone, and they can't be replaced.", True,
                     id="cant-be-replaced"),
        pytest.param("You were embarrassed at the till when your card was refused.", True,
                     id="embarrassed-at-till"),
        pytest.param("Your team worked late three nights in a row to catch up.", True,
                     id="worked-late"),
        pytest.param("You can call us any time if anything goes wrong.", False, id="can-call-us"),
        pytest.param("If you missed the deadline, we can extend it for you.", False,
                     id="if-missed-deadline"),
        pytest.param("Did you lose any data when the app closed?", False, id="did-lose-any"),
        pytest.param("You won't lose any data during the migration.", False, id="wont-lose-any"),
        pytest.param("You haven't been charged twice — the second entry is a pending hold.", False,
                     id="havent-charged-twice"),
        pytest.param("Your team can keep working while we fix this.", False, id="team-can-keep"),
        pytest.param("Our engineers had to work through the night to restore it.", False,
                     id="engineers-work-through"),
        pytest.param("This means you'll get your refund by Friday.", False, id="means-youll-get"),
        pytest.param("So you don't have to do anything.", False, id="dont-do-anything"),
        pytest.param("You shouldn't have to pay for this, so I've waived the fee.", False,
                     id="shouldnt-pay-ive"),
        pytest.param("You experienced no disruption during the maintenance window.", False,
                     id="experienced-no-disruption"),
        pytest.param("Customers won't experience any downtime during the upgrade.", False,
                     id="customers-wont-experience"),
        pytest.param("Sorry for the inconvenience caused to you.", False,
                     id="sorry-inconvenience-caused"),
        pytest.param("We wasted no time getting this fixed.", False, id="wasted-no-time"),
        pytest.param("That put you first in the queue for the next delivery.", False,
                     id="put-first-queue"),
        pytest.param("I've put you through to our billing team.", False, id="ive-put-through"),
        pytest.param("Your team can't change this setting on the free plan.", False,
                     id="team-cant-change"),
        pytest.param("If you experienced errors at checkout, please try again now.", False,
                     id="if-experienced-errors"),
        pytest.param("Show this in front of your customers to explain the new prices.", False,
                     id="show-front-customers"),
        pytest.param("You may have experienced slower load times this morning.", False,
                     id="may-experienced-slower"),
        pytest.param("The new receipts will look more professional to your customers.", False,
                     id="new-receipts-will"),
        pytest.param("We'll have it there in time for your daughter's party.", False,
                     id="well-there-time"),
        pytest.param("Thank you for waiting so patiently.", False, id="thank-waiting-patiently"),
        pytest.param("We've taken your site offline for planned maintenance tonight, as "
                     "agreed.", False, id="taken-site-offline"),
        pytest.param("This won't affect your credit score.", False, id="wont-affect-credit"),
        pytest.param("It hasn't affected your credit score.", False, id="hasnt-affected-credit"),
        pytest.param("Your business was set up correctly.", False, id="business-set-up"),
        pytest.param("The update was delayed to avoid disrupting your trading day.", False,
                     id="update-delayed-avoid"),
        pytest.param("We delayed your order so it would arrive with the rest.", False,
                     id="delayed-order-would"),
        pytest.param("Your customers experienced faster load times after the upgrade.", False,
                     id="customers-experienced-faster"),
        pytest.param("Customers who see errors can simply retry.", False, id="customers-who-see"),
        pytest.param("We hit a few delays with the courier.", False, id="hit-few-delays"),
        pytest.param("I asked twice whether you wanted the upgrade.", False,
                     id="asked-twice-whether"),
        pytest.param("We've put you in touch with the claims team.", False, id="put-touch-claims"),
        pytest.param("We've put you in a priority queue.", False, id="put-priority-queue"),
        pytest.param("It must have been stressful for our team too.", False,
                     id="stressful-team-too"),
        pytest.param("Your feedback had a real impact on our roadmap.", False,
                     id="feedback-real-impact"),
        pytest.param("We'll minimise any disruption to your business during the switchover.", False,
                     id="well-minimise-any"),
        pytest.param("There will be some disruption to your day on Sunday while we work.", False,
                     id="there-will-some"),
        pytest.param("You wasted no time getting back to us!", False, id="wasted-no-time-2"),
        pytest.param("We've chased the courier three times.", False, id="chased-courier-three"),
        pytest.param("Your parcel was sent twice by mistake.", False, id="parcel-sent-twice"),
        pytest.param("You can switch back and forth between the tabs.", False,
                     id="can-switch-back"),
        pytest.param("That must be a relief!", False, id="relief"),
        pytest.param("The engineer must have been delayed by traffic.", False,
                     id="engineer-delayed-by"),
        pytest.param("You haven't suffered any loss, as the payment was reversed.", False,
                     id="havent-suffered-any"),
        pytest.param("I hope you had a lovely weekend.", False, id="hope-lovely-weekend"),
        pytest.param("You were asked to send your ID.", False, id="asked-for-data"),
        pytest.param("You were told your refund was on its way.", False, id="told-news"),
        pytest.param("You were told twice that the offer ended on Friday.", False,
                     id="told-twice-reproach"),
        pytest.param("Thanks for paying for the upgrade you ordered.", False, id="paid-ordered"),
        pytest.param("You logged in to find everything exactly where you left it.", False,
                     id="found-all-well"),
        pytest.param("You arrived to find the room ready and waiting.", False, id="found-ready"),
        pytest.param("You only need to log in to find the new menu.", False, id="to-find-advice"),
        pytest.param("You can visit our website only to find out more.", False,
                     id="only-to-find-out-more"),
        pytest.param("You called us because of the outage.", False, id="called-because"),
        pytest.param("Your parcel was sent to the wrong depot.", False, id="thing-sent-wrong"),
        pytest.param("The server hosting your site ran out of disk.", False, id="thing-ran-out"),
        pytest.param("If you run out of data, you can top up in the app.", False,
                     id="run-out-hypothetical"),
        pytest.param("Your power will be off between 9am and 1pm for planned work.", False,
                     id="planned-off"),
        pytest.param("The signal was so good that you can stream in 4K now.", False,
                     id="so-good-that"),
        pytest.param("You've lost trust in us, and that's fair.", False, id="lost-trust"),
        pytest.param("Your router can't be replaced under warranty.", False, id="cant-replace"),
        pytest.param("Your team worked hard to get the data to us on time.", False,
                     id="worked-hard"),
        pytest.param("You were told the wrong date by our agent.", False, id="told-wrong-date"),
        pytest.param("We've been trying to reach you since Monday.", False, id="we-trying"),
        pytest.param("If you've been trying to log in since Monday, reset your password.", False,
                     id="trying-hypothetical"),
        pytest.param("You were required to provide ID, which is standard.", False,
                     id="required-id"),
        pytest.param("This change has caused no disruption to your service.", False,
                     id="no-disruption"),
        pytest.param("Your drivers can wait outside the gate.", False, id="can-wait-outside"),
        pytest.param("Sorry for the back and forth — I just need one more detail.", False,
                     id="sorry-back-forth"),
    ],
)
def test_impact_wording_families(text: str, expected: bool) -> None:
    assert has("impact", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Im really sorry about this.", True, id="im-really-sorry"),
        pytest.param("we r sorry for the delay", True, id="we-r-sorry"),
        pytest.param("I just wanted to say sorry for the mix-up.", True, id="just-wanted-say"),
        pytest.param("Let me say how sorry I am.", True, id="let-say-how"),
        pytest.param("A thousand apologies for the delay.", True, id="thousand-apologies-delay"),
        pytest.param("We sincerely regret the error on your statement.", True,
                     id="sincerely-regret-error"),
        pytest.param("Sorry about that!", True, id="sorry-about"),
        pytest.param("I can't apologise enough for this.", True, id="cant-apologise-enough"),
        pytest.param("Please accept my apology.", True, id="please-accept-apology"),
        pytest.param("The driver said sorry to you at the door.", False, id="driver-said-sorry"),
        pytest.param("There's no need to be sorry.", False, id="theres-no-need"),
        pytest.param("He apologised for the delay.", False, id="he-apologised-delay"),
        pytest.param("Regrettably, the item is out of stock.", False, id="regrettably-item-out"),
    ],
)
def test_regret_wording_families(text: str, expected: bool) -> None:
    assert has("regret", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I'll be looking after your case from here on.", True, id="ill-looking-after"),
        pytest.param("I've taken ownership of your complaint and I'll see it through.", True,
                     id="ive-taken-ownership"),
        pytest.param("You'll be dealing with me from now on.", True, id="youll-dealing-from"),
        pytest.param("WhatsApp me on 07700 900123 if anything changes.", True,
                     id="whatsapp-07700-900123"),
        pytest.param("I'll keep this ticket assigned to me so you won't have to explain it "
                     "again.", True, id="ill-keep-ticket"),
        pytest.param("Your case has been assigned to Marco in our escalations team.", True,
                     id="case-assigned-marco"),
        pytest.param("I'm handling your claim personally.", True, id="handling-claim-personally"),
        pytest.param("You'll hear directly from me, not a call centre.", True,
                     id="youll-hear-directly"),
        pytest.param("My name is Leah and I'm managing your refund.", True,
                     id="name-leah-managing"),
        pytest.param("Reply here and it comes to me.", True, id="reply-here-comes"),
        pytest.param("If you'd like a refund instead, reply here.", True, id="reply-here"),
        pytest.param("Sam will be your contact until this is closed.", True,
                     id="named-will-be-contact"),
        pytest.param("Paul from our events team will call you tomorrow.", True,
                     id="named-from-team-calls"),
        pytest.param("Your account manager, Dario, will call you at 15:00.", True,
                     id="account-manager"),
        pytest.param("I've put my number below.", True, id="my-number-below"),
        pytest.param("They'll reply here once they've checked.", False, id="they-reply-here"),
        pytest.param("Someone from our billing team will call you.", False, id="someone-from-team"),
        pytest.param("My colleague Sarah is your go-to person on 0161 555 0134.", True,
                     id="go-to-person"),
        pytest.param("Your go-to guide for returns is on our website.", False, id="go-to-guide"),
        pytest.param("You'll get a call from me, Anita, before 5pm.", True, id="call-from-me"),
        pytest.param("Please don't reply to this email; this mailbox isn't monitored.", False,
                     id="please-dont-reply"),
        pytest.param("Contact your bank to dispute the charge.", False, id="contact-bank-dispute"),
        pytest.param("I've put you through to our billing team.", False, id="ive-put-through-2"),
        pytest.param("The technician will call you when he's on his way.", False,
                     id="technician-will-call"),
        pytest.param("I'll pass this on to the team and they'll get back to you.", False,
                     id="ill-pass-team"),
        pytest.param("I've assigned your case to the fraud team.", False, id="ive-assigned-case"),
        pytest.param("You can call our helpline on 0800 123 456.", False, id="can-call-helpline"),
    ],
)
def test_contact_wording_families(text: str, expected: bool) -> None:
    assert has("contact", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I'd really value your thoughts on how we handled this.", True,
                     id="id-really-value"),
        pytest.param("How did we do?", True, id="how-did-do"),
        pytest.param("Is there anything we could have done better?", True,
                     id="there-anything-could"),
        pytest.param("Would you prefer a refund or a replacement?", True, id="would-prefer-refund"),
        pytest.param("Did that fix it for you?", True, id="did-fix"),
        pytest.param("How are things looking on your end now?", True, id="how-are-things"),
        pytest.param("What could we have done differently?", True, id="what-could-done"),
        pytest.param("Keen to hear how the new router works out.", True, id="keen-hear-how"),
        pytest.param("Any thoughts on the new setup?", True, id="any-thoughts"),
        pytest.param("Did you get any feedback from the driver?", False, id="got-feedback"),
        pytest.param("Let us know your thoughts.", True, id="let-us-know-thoughts"),
        pytest.param("Was this helpful?", True, id="was-this-helpful"),
        pytest.param("How would you rate your experience today?", True, id="how-would-you-rate"),
        pytest.param("It was helpful to talk to you.", False, id="helpful-statement"),
        pytest.param("Is everything working for you now?", True, id="everything-working-now"),
        pytest.param("We'll let you know how it goes.", False, id="well-let-know"),
        pytest.param("Did you restart the router?", False, id="did-restart-router"),
        pytest.param("Would you mind sending a screenshot?", False, id="would-mind-sending"),
        pytest.param("How did this happen? We're still investigating.", False, id="how-did-happen"),
        pytest.param("Glad to hear that!", False, id="glad-hear"),
        pytest.param("Reply STOP to unsubscribe.", False, id="reply-stop-unsubscribe"),
    ],
)
def test_feedback_invite_wording_families(text: str, expected: bool) -> None:
    assert has("feedback-invite", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We're looking into the £80 payment that you didn't authorise.", True,
                     id="disowned-payment"),
        pytest.param("Tell me which transactions you didn't make.", True,
                     id="disowned-transactions"),
        pytest.param("Tell me which payments you'd like refunded.", False, id="not-disowned"),
    ],
)
def test_a_disowned_charge_is_acknowledged(text: str, expected: bool) -> None:
    assert has("acknowledgment", text) is expected


# ---- repair: our people, work under way, status nouns, timed actions, 'by us' --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our engineer found the fault. He's on his way back to reconnect it.", True),
        ("He's on his way back to reconnect it.", False),
        ("Our repair crew has been on site since 12:10 and has rejoined 2 of the 4 sections.",
         True),
        ('Our technical team is working on it.', True),
        ('Engineers are working on a fix.', True),
        ('Our driver has collected the parcel from the depot.', True),
        ('The technician replaced the faulty valve this morning.', True),
        ('Our support agents have reset your password.', True),
        ('Our network team is rerouting traffic now.', True),
        ("The restaurant has remade your order and it's on the way.", True),
        ('Our engineer visited at 9am. She swapped the router and tested the line.', True),
        ('The crew are clearing the blockage now.', True),
        ('Our staff have treated the room for bed bugs.', True),
        ('Your bank is investigating the charge.', False),
        ('They are looking into it, so please contact the airline.', False),
        ("We're not looking into it any further.", False),
        ('Are your engineers working on it?', False),
        ('Nobody has fixed it yet.', False),
        ("Our engineer didn't replace the part.", False),
        ('Has the technician replaced the router?', False),
        ("We're investigating.", True),
        ("We're still looking into it.", True),
        ("We're checking it now.", True),
        ('Still working on it!', True),
        ("We're chasing the courier for an update.", True),
        ("I'm looking into your billing question.", True),
        ("We'll look into it and get back to you.", False),
        ('Are you still looking into it?', False),
        ('Please keep checking your inbox.', False),
        ("We're looking forward to hearing from you.", False),
        ("We're working on improving our app.", False),
        ('Mitigation is in progress.', True),
        ('Repairs are 60% done.', True),
        ('A fix is being rolled out.', True),
        ('Work is under way to restore power.', True),
        ('Restoration is ongoing in the north zone.', True),
        ('Repairs have not started yet.', False),
        ('Is a fix in progress?', False),
        ('An engineer will check the line tomorrow between 8 and 12.', True),
        ("I'll chase them again tomorrow 9am.", True),
        ('The restaurant has agreed to remake the order.', True),
        ("We're covering the cost of the repair.", True),
        ('We will try to fix it.', False),
        ('If an engineer visits tomorrow, please be home.', False),
        ('Will an engineer check the line tomorrow?', False),
        ('The photos were removed from the group by me at 8:10.', True),
        ('Your fee was refunded by our team.', True),
        ('The photos were posted to the group by another member.', False),
        ("We've treated the affected area.", True),
        ("I've sorted it.", True),
        ('We swapped your meter yesterday.', True),
        ("I've re-sent the invoice.", True),
        ("We've topped up your balance.", True),
        ("I've freed up space on your account.", True),
        ("We've unblocked your card.", True),
        ("We've patched the server.", True),
        ('Your parcel was redelivered this morning.', True),
        ("We've booked you in for Thursday at 10.", True),
        ('Our driver picked up the return today.', True),
        ('You can reset your password in settings.', False),
        ('Please top up your balance before Friday.', False),
        ("If you've cleared your cache, try again.", False),
    ],
)
def test_repair_families_our_people_and_work_under_way(text: str, expected: bool) -> None:
    assert has("repair", text) is expected
