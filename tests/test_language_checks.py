"""The grammar rules ``excuse`` and ``passive-evasion`` (default_plugins/language_checks.py).

Each rule is run on its own over a ``Message``, so these tests pin down exactly what it flags.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from plugin_core import Config, check
from plugin_core.default_plugins.language_checks import excuse, passive_evasion
from plugin_core.message import Message
from plugin_core.models import Audience, Channel, Kind, Severity
from plugin_core.rules import CodeRule


def flagged(rule: CodeRule, text: str, now: datetime) -> list[str]:
    """The words ``rule`` flags in ``text``; every finding's offsets must point at its text."""
    message = Message(
        text,
        kind=Kind.APOLOGY,
        severity=Severity.MEDIUM,
        channel=Channel.EMAIL,
        audience=Audience.CUSTOMER,
        now=now,
        tz="UTC",
        config=Config(),
    )
    findings = list(rule.find(message))
    for f in findings:
        assert text[f.start : f.end] == f.text
    return [f.text for f in findings]


# --- excuse: what fires -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Sorry, but we were short-handed over the bank holiday, so your return sat "
            "in the queue.",
            "but we were short-handed over the bank holiday",
            id="but-connective",
        ),
        pytest.param(
            "We're sorry your cancellation took a week; however, this was because of the "
            "holiday rush.",
            "however, this was because of the holiday rush",
            id="however-connective",
        ),
        pytest.param(
            "My apologies for the late answer, as we are understaffed this month.",
            "as we are understaffed this month",
            id="as-cause",
        ),
    ],
)
def test_excuse_flags_the_justification_with_its_connective(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(excuse, text, now) == [span]


def test_excuse_starts_at_the_cause_marker_when_the_main_clause_is_long(now: datetime) -> None:
    text = (
        "Apologies for the wait on your visa letter. We're seeing longer response times than "
        "usual due to a record number of enquiries."
    )
    assert flagged(excuse, text, now) == ["due to a record number of enquiries"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Sorry for the slow reply. Our team has been snowed under since Monday's release.",
            "Our team has been snowed under since Monday's release",
            id="next-sentence",
        ),
        pytest.param(
            "We've been inundated since the outage, so sorry for the slow replies.",
            "We've been inundated since the outage",
            id="before-the-regret",
        ),
        pytest.param(
            "Sorry it took four days to answer. It's been a crazy week for the support desk.",
            "It's been a crazy week for the support desk",
            id="crazy-week",
        ),
        pytest.param(
            "Unfortunately, due to unforeseen circumstances your fitting on Saturday is "
            "postponed.",
            "due to unforeseen circumstances",
            id="unfortunately-unforeseen",
        ),
        pytest.param(
            "I'm sorry for the delay. The colleague who handles refunds is on annual leave.",
            "The colleague who handles refunds is on annual leave",
            id="colleague-away",
        ),
    ],
)
def test_excuse_flags_our_busyness_next_to_a_regret(text: str, span: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Sorry for the wait, but our ticket volume has doubled since the sale started.",
            "but our ticket volume has doubled since the sale started",
            id="rising-volume",
        ),
        pytest.param(
            "I'm sorry we haven't assessed your claim yet; we've had a huge number of storm "
            "claims this month.",
            "we've had a huge number of storm claims this month",
            id="number-of-modified-claims",
        ),
        pytest.param(
            "Sorry for the long wait; there's been a huge surge in calls since the outage.",
            "there's been a huge surge in calls since the outage",
            id="surge-in-calls",
        ),
        pytest.param(
            "Apologies for moving your visit. Most of our engineers were tied up with "
            "emergency call-outs.",
            "Most of our engineers were tied up with emergency call-outs",
            id="staff-on-other-work",
        ),
        pytest.param(
            "We apologise for the delay; however, we're very short of qualified staff at the "
            "moment.",
            "however, we're very short of qualified staff at the moment",
            id="short-of-some-staff",
        ),
        pytest.param(
            "We're sorry for the slow replies; we're moving to a new helpdesk system.",
            "we're moving to a new helpdesk system",
            id="system-migration",
        ),
        pytest.param(
            "We apologise for the late invoice, which was due to a billing system upgrade.",
            "which was due to a billing system upgrade",
            id="system-upgrade-as-cause",
        ),
        pytest.param(
            "Unfortunately, owing to the heavy snow, your delivery will arrive on Thursday "
            "instead.",
            "owing to the heavy snow",
            id="weather-as-cause",
        ),
        pytest.param(
            "Sorry your order is late, it's our peak season.",
            "it's our peak season",
            id="peak-season",
        ),
        pytest.param(
            "Apologies for not calling back. We had an exceptionally busy morning in the shop.",
            "We had an exceptionally busy morning in the shop",
            id="busy-morning",
        ),
    ],
)
def test_excuse_flags_wider_circumstances_of_ours(text: str, span: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == [span]


def test_excuse_flags_one_justification_per_sentence(now: datetime) -> None:
    text = "Sorry, we've been swamped this week and short-staffed too."
    assert flagged(excuse, text, now) == ["we've been swamped this week"]


# --- excuse: what stays silent ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm sorry the import failed, but it's running again and your contacts "
                     "are back.", id="status-after-but"),
        pytest.param("The sync is fixed, but invoices from Friday still need a manual resend.",
                     id="but-without-regret"),
        pytest.param("I'm sorry, but I need the last four digits of your card to find the "
                     "payment.", id="request-after-but"),
    ],
)
def test_excuse_ignores_but_outside_a_justification(text: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == []


def test_excuse_ignores_our_own_mistake_given_as_the_cause(now: datetime) -> None:
    text = "I'm sorry your parcel went to Leeds — it happened because we typed your postcode wrong."
    assert flagged(excuse, text, now) == []


def test_excuse_ignores_the_reader_being_busy(now: datetime) -> None:
    text = "I'm sorry to chase you, I know you're swamped with the year-end close."
    assert flagged(excuse, text, now) == []


def test_excuse_ignores_a_reason_the_writer_disowns(now: datetime) -> None:
    text = "Sorry — we were swamped on Monday, but that's no excuse for missing your deadline."
    assert flagged(excuse, text, now) == []


def test_excuse_ignores_busyness_far_from_any_regret(now: datetime) -> None:
    text = (
        "We were short-staffed on Sunday. Your card is on its way. Tracking is in the app. "
        "Sorry!"
    )
    assert flagged(excuse, text, now) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sorry for the backlog in your approvals queue; here's how to bulk-approve.",
                     id="circumstance-is-what-we-regret"),
        pytest.param("I'm sorry for the wait. It wasn't a busy day — we simply missed your "
                     "message.", id="negated"),
        pytest.param("Sorry for the wait, our billing team is busy processing your refund now.",
                     id="busy-doing-the-repair"),
        pytest.param("Apologies for the mix-up: the high volume plan includes 10,000 calls a "
                     "month.", id="product-name"),
        pytest.param("> Sorry, we've been swamped this week.\n\nThat reply should never have "
                     "gone out.", id="quoted-line"),
    ],
)
def test_excuse_ignores_circumstance_words_that_justify_nothing(text: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm sorry your roof was damaged due to the storm; our assessor will visit "
                     "on Tuesday.", id="weather-hit-the-reader"),
        pytest.param("Sorry to hear you're switching to a new provider; your final bill will "
                     "follow.", id="reader-is-moving"),
        pytest.param("I'm sorry for the delay with your data migration; I've restarted it.",
                     id="reader-migration"),
        pytest.param("Sorry for the disruption — our engineers are busy working on the outage "
                     "and expect to restore service by 15:00.", id="staff-on-the-reader-problem"),
        pytest.param("Sorry, the number of returns you can make has increased to five a year.",
                     id="increase-that-is-news"),
    ],
)
def test_excuse_ignores_circumstances_that_are_not_ours(text: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == []


# --- passive-evasion: what fires ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("A mistake has been made in your payslip.", "A mistake has been made",
                     id="error-made"),
        pytest.param("Your ticket got overlooked over the weekend.", "Your ticket got overlooked",
                     id="got-passive"),
        pytest.param("We can confirm that some of your invoices were miscalculated.",
                     "some of your invoices were miscalculated", id="mis-verb"),
        pytest.param("Your invoices were deleted and we've restored them from last night's "
                     "backup.", "Your invoices were deleted", id="repair-is-not-ownership"),
        pytest.param("Some items were left out of your delivery.", "Some items were left out",
                     id="phrasal-verb"),
    ],
)
def test_passive_evasion_flags_agentless_mistake_verbs(text: str, span: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("Your subscription was cancelled by mistake on Friday.",
                     "Your subscription was cancelled by mistake", id="by-mistake"),
        pytest.param("Your rent was collected twice this month.", "Your rent was collected twice",
                     id="twice"),
        pytest.param("Your March statement was sent to your old address.",
                     "Your March statement was sent to your old address", id="old-address"),
        pytest.param("The wrong size was packed in your order.", "The wrong size was packed",
                     id="wrong-subject"),
    ],
)
def test_passive_evasion_flags_ordinary_verbs_made_wrong(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("Your broadband was disconnected without notice on Friday.",
                     "Your broadband was disconnected without notice", id="without-notice"),
        pytest.param("Your direct debit was cancelled before the new mandate was set up.",
                     "Your direct debit was cancelled before the new mandate was set up",
                     id="before-the-new-one"),
        pytest.param("Your booking was released too early, and the room went to another guest.",
                     "Your booking was released too early", id="too-early"),
        pytest.param("Your appointment was cancelled on Monday, and nobody told you.",
                     "Your appointment was cancelled on Monday, and nobody told you",
                     id="nobody-told-you"),
    ],
)
def test_passive_evasion_flags_disruptions_done_improperly(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("Your cancellation was never actioned, so you were billed again in April.",
                     "Your cancellation was never actioned", id="never"),
        pytest.param("Some expense claims were not paid in time for the March run.",
                     "Some expense claims were not paid in time", id="not-in-time"),
        pytest.param("Three of the refunds weren't issued until last Friday.",
                     "Three of the refunds weren't issued until last Friday", id="not-until"),
        pytest.param("Your replacement card has never been sent.",
                     "Your replacement card has never been sent", id="has-never-been"),
    ],
)
def test_passive_evasion_flags_owed_acts_left_undone(text: str, span: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == [span]


def test_passive_evasion_flags_each_evasive_clause(now: datetime) -> None:
    text = "An error was made during the upgrade, and three of your backups were lost."
    assert flagged(passive_evasion, text, now) == [
        "An error was made",
        "three of your backups were lost",
    ]


def test_passive_evasion_needs_a_transaction_verb_before_twice(now: datetime) -> None:
    text = "The page was reloaded twice while you were editing."
    assert flagged(passive_evasion, text, now) == []


# --- passive-evasion: what stays silent ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Your photos were deleted by the nightly clean-up job.", id="actor-named"),
        pytest.param("Your files were deleted on Tuesday. That was our mistake, and I'm sorry.",
                     id="ownership-next-sentence"),
        pytest.param("I'm sorry: our team made an error, and your files were deleted on Tuesday.",
                     id="ownership-same-sentence"),
        pytest.param("Our courier app sent your parcel to the wrong depot. It was sent to the "
                     "wrong city.", id="first-person-actor-before"),
    ],
)
def test_passive_evasion_ignores_passives_with_an_owner(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


def test_passive_evasion_ignores_a_passive_next_to_a_mistake_in_our_work(now: datetime) -> None:
    text = (
        "Exports failed on Monday because of a bug in our release, and two of your reports "
        "were deleted. Both are restored."
    )
    assert flagged(passive_evasion, text, now) == []


def test_passive_evasion_ignores_a_passive_when_the_message_owns_the_mistake(
    now: datetime,
) -> None:
    owned = (
        "We made a mistake in Tuesday's release, and I'm sorry. It stopped exports for six "
        "hours. The fix is live now. Your scheduled reports were deleted overnight, and they're "
        "back now."
    )
    unowned = owned.replace("We made a mistake in Tuesday's release, and I'm sorry.",
                            "Tuesday's release had a problem.")
    assert flagged(passive_evasion, owned, now) == []
    assert flagged(passive_evasion, unowned, now) == ["Your scheduled reports were deleted"]


@pytest.mark.parametrize(
    "text",
    [
        "Your new card has been sent and access has been restored.",
        "A rebooking has been made for you on the 14:10 train.",
        "The missed payments have now been sent to your landlord.",
    ],
)
def test_passive_evasion_ignores_repair_passives(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nothing was lost: every invoice is still in your account.", id="nothing"),
        pytest.param("Your card hasn't been charged twice — the second line is a pending hold.",
                     id="hasnt"),
        pytest.param("If any payments were missed, they'll be retried tonight.", id="if"),
        pytest.param("Your data would have been lost without the second copy.", id="would-have"),
        pytest.param("Has your order been delivered to the wrong house? Tell me and I'll fix it.",
                     id="question"),
        pytest.param("It looks like the downloaded file was corrupted on your laptop.",
                     id="hedged-diagnosis"),
        pytest.param("It's working again, and nothing you saved before then was lost.",
                     id="nothing-with-a-clause"),
        pytest.param("Your card was never charged for the second order.", id="never-charged"),
        pytest.param("Your details were never sent to anyone outside the company.",
                     id="never-sent-to-anyone"),
        pytest.param("Your order wasn't shipped until you confirmed the new address.",
                     id="waited-on-the-reader"),
    ],
)
def test_passive_evasion_ignores_what_did_not_happen(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Your subscription was cancelled on 3 March, so there are no more "
                     "charges.", id="plain-cancellation"),
        pytest.param("Your order was cancelled before it was dispatched, so you won't be "
                     "charged.", id="before-its-own-dispatch"),
        pytest.param("The duplicate charge was cancelled this morning.", id="repair"),
    ],
)
def test_passive_evasion_ignores_disruptions_without_a_fault(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


# --- wiring -------------------------------------------------------------------------------------


def test_both_rules_report_through_check(now: datetime) -> None:
    text = "We're sorry for the delay; we were very busy with the launch. Your form was misplaced."
    report = check(text, now=now, config=Config())
    found = {(f.rule, f.text) for f in report.findings}
    assert ("excuse", "we were very busy with the launch") in found
    assert ("passive-evasion", "Your form was misplaced") in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Sorry about the queue on Saturday, we were flat out with arrivals all morning.",
            "we were flat out with arrivals all morning",
        ),
        (
            "Apologies, the whole accounts team is stretched at the moment.",
            "the whole accounts team is stretched at the moment",
        ),
        (
            "We're sorry your lesson was cancelled - to be fair our tutor called in sick.",
            "to be fair",
        ),
        (
            "Sorry for the wait, we've had a lot on with the January sales rush.",
            "we've had a lot on with the January sales rush",
        ),
        (
            "Unfortunately our dispatch desk was juggling several other emergencies at the time.",
            "our dispatch desk was juggling several other emergencies at the time",
        ),
    ],
)
def test_excuse_flags_busyness_in_other_voices(text: str, span: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry the jumper was stretched out in our wash; a new one is on its way.",
        "I'm sorry, I can see you had a lot on with the move, so no rush on the form.",
        "Sorry you were ill last week - your lessons are moved to next Tuesday.",
    ],
)
def test_excuse_ignores_new_busy_words_about_the_reader(text: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Your tariff was changed to the evening rate in May without any written notice.",
            "Your tariff was changed to the evening rate in May without any written notice",
        ),
        (
            "Your overtime was paid at basic rate instead of time and a half.",
            "Your overtime was paid at basic rate instead of",
        ),
        (
            "Sorry, your dental check-up was cancelled at short notice.",
            "your dental check-up was cancelled at short notice",
        ),
        (
            "Our apologies: your broadband was cut off for two days last week.",
            "your broadband was cut off for two days",
        ),
        (
            "Helpline calls were disrupted between 9 and 11 this morning.",
            "Helpline calls were disrupted",
        ),
        (
            "Your prescription was not forwarded to the pharmacy as agreed.",
            "Your prescription was not forwarded",
        ),
    ],
)
def test_passive_evasion_flags_changes_and_disruptions_with_no_actor(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Your plan was upgraded to fibre last month, as you asked.",
        "Your account was locked for 24 hours by our fraud team after three wrong PINs.",
        "Your data was not sent to anyone outside the company, as agreed in your contract.",
        "Your prescription was not needed, so the pharmacy returned it.",
    ],
)
def test_passive_evasion_ignores_proper_changes_and_reassurances(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


# --- excuse: workload, volume, planned work, "announced in advance" -----------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "We apologise for the wait; our advisers are dealing with an unusually high "
            "workload at present.",
            "our advisers are dealing with an unusually high workload at present",
            id="heavy-workload",
        ),
        pytest.param(
            "sorry it took a while, we've had a load of orders since the sale went live",
            "we've had a load of orders since the sale went live",
            id="a-load-of-orders",
        ),
        pytest.param(
            "I'm sorry nobody called you back. We've had so many calls since the flooding.",
            "We've had so many calls since the flooding",
            id="so-many-calls",
        ),
        pytest.param(
            "We're sorry your emails went unanswered; the number of enquiries we received "
            "after the storm was unprecedented.",
            "the number of enquiries we received after the storm was unprecedented",
            id="volume-was-unprecedented",
        ),
        pytest.param(
            "Sorry your transfer failed on Sunday, it was due to routine maintenance on our "
            "servers.",
            "it was due to routine maintenance",
            id="planned-work-as-cause",
        ),
        pytest.param(
            "We're sorry for the disruption; however, the closure was announced in advance on "
            "our website.",
            "however, the closure was announced in advance",
            id="announced-in-advance",
        ),
        pytest.param(
            "Sorry for the delay in replying, these are unprecedented times for the whole team.",
            "these are unprecedented times for the whole team",
            id="unprecedented-times",
        ),
    ],
)
def test_excuse_flags_load_volume_and_planned_work(text: str, span: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sorry for any disruption: due to planned maintenance, the app will be "
                     "unavailable on Sunday.", id="notice-of-work-to-come"),
        pytest.param("I'm sorry the planned maintenance wasn't announced in advance.",
                     id="not-announced"),
        pytest.param("Apologies: the outage should have been announced in advance, and it "
                     "wasn't.", id="should-have-been-announced"),
        pytest.param("I'm sorry, I know you've had a heavy workload this month, so no rush.",
                     id="reader-workload"),
        pytest.param("We're sorry for the ton of emails you got from us yesterday; it was a bug "
                     "in our mailer.", id="volume-is-what-we-regret"),
        pytest.param("Thanks for your patience. Demand was unusually high this week, and your "
                     "order is on the way.", id="no-regret"),
    ],
)
def test_excuse_ignores_load_and_notice_words_that_justify_nothing(
    text: str, now: datetime
) -> None:
    assert flagged(excuse, text, now) == []


# --- passive-evasion: owed acts not done, incomplete orders, undone holds, "errors occurred" -----


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("Your prescription wasn't sent to the pharmacy on Monday.",
                     "Your prescription wasn't sent to the pharmacy on Monday", id="on-a-day"),
        pytest.param("Your salary was not paid on the 28th, and we've now sent it.",
                     "Your salary was not paid on the 28th", id="on-an-ordinal"),
        pytest.param("Your claim wasn't assessed because of a processing delay.",
                     "Your claim wasn't assessed", id="with-a-cause"),
        pytest.param("Your direct debit was not set up last month due to a backlog.",
                     "Your direct debit was not set up last month", id="phrasal-last-month"),
        pytest.param("We're sorry you weren't told about the engineer's visit.",
                     "you weren't told", id="regretted"),
    ],
)
def test_passive_evasion_flags_owed_acts_not_done_when_due(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm sorry your refund hasn't been processed yet; I've chased it today.",
                     id="still-under-way"),
        pytest.param("I'm sorry your application wasn't approved on this occasion.",
                     id="decision"),
        pytest.param("Your order wasn't dispatched on Friday because you asked us to hold it.",
                     id="reader-asked"),
        pytest.param("Unfortunately your payment wasn't processed because the card details "
                     "didn't match.", id="unfortunately-is-not-first-person"),
        pytest.param("Your details were not sent to anyone on Monday.", id="reassurance"),
    ],
)
def test_passive_evasion_ignores_acts_not_done_for_a_reason(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("Your parcel was delivered with two items missing.",
                     "Your parcel was delivered with two items missing", id="items-missing"),
        pytest.param("The wardrobe was delivered damaged.", "The wardrobe was delivered damaged",
                     id="damaged"),
        pytest.param("Your order was shipped missing the charger.",
                     "Your order was shipped missing the charger", id="shipped-missing"),
        pytest.param("Your account was suspended on Monday. It has now been reinstated.",
                     "Your account was suspended", id="suspension-undone"),
        pytest.param("Unfortunately your £40 was kept after the cancellation. It has been "
                     "refunded to your card.", "your £40 was kept", id="hold-refunded"),
    ],
)
def test_passive_evasion_flags_incomplete_orders_and_undone_holds(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The replacement was dispatched with the missing item this morning.",
                     id="repair-with-missing-item"),
        pytest.param("Your order was delivered without any problems, as the tracking shows.",
                     id="without-problems"),
        pytest.param("Your application was submitted with a document missing, so please send "
                     "it over.", id="reader-submitted"),
        pytest.param("Your account was locked after three wrong PINs. It has now been unlocked.",
                     id="lock-for-a-reason"),
        pytest.param("Your subscription was cancelled as you asked, and the unused month has "
                     "been refunded.", id="cancelled-on-request"),
        pytest.param("Your parcel was collected on Monday and has been returned to the sender.",
                     id="returned-to-sender"),
    ],
)
def test_passive_evasion_ignores_complete_or_requested_handovers(
    text: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("It is clear that errors occurred in the handling of your request.",
                     "errors occurred", id="errors-occurred"),
        pytest.param("An administrative error occurred when your policy was renewed.",
                     "An administrative error occurred", id="modified-error"),
        pytest.param("A mix-up happened with your booking reference.", "A mix-up happened",
                     id="mix-up-happened"),
    ],
)
def test_passive_evasion_flags_errors_that_just_occurred(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No errors occurred during the import, and all 400 rows are in.",
                     id="no-errors"),
        pytest.param("If an error occurred during checkout, you won't have been charged.",
                     id="hypothetical"),
        pytest.param('You may have seen the message "An error occurred" when you tried to log '
                     "in.", id="quoted-message"),
        pytest.param("An error occurred in our billing system, and I'm sorry for it.",
                     id="in-our-system"),
        pytest.param("An error occurred while you were uploading the file; please try again.",
                     id="while-you"),
    ],
)
def test_passive_evasion_ignores_errors_that_are_placed_or_denied(
    text: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == []


def test_passive_evasion_hears_letting_something_lapse_as_ownership(now: datetime) -> None:
    owned = "We let the certificate expire, and two of your meetings were double-booked."
    told = "We let you know on Monday, but two of your meetings were double-booked."
    assert flagged(passive_evasion, owned, now) == []
    assert flagged(passive_evasion, told, now) == ["two of your meetings were double-booked"]


# --- excuse: wordings of busyness, staffing, seasons and queues ---------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sorry, we're down two agents this week so replies are slower.",
         "we're down two agents this week"),
        ("Apologies — it's been a mad few days on the desk.",
         "it's been a mad few days on the desk"),
        ("We regret the delay; volumes have been unprecedented.",
         "volumes have been unprecedented"),
        ("Unfortunately our team was stretched over the weekend.",
         "our team was stretched over the weekend"),
        ("Sorry, the holidays slowed everything down.", "the holidays slowed everything down"),
        ("Sorry for the late reply, half the team is out with flu.",
         "half the team is out with flu"),
        ("apologies for the wait, we're drowning in tickets after the launch",
         "we're drowning in tickets after the launch"),
        ("Sorry for the delay, Black Friday has been insane for us.",
         "Black Friday has been insane for us"),
        ("I apologize for the delay, our office was closed for Diwali.",
         "our office was closed for Diwali"),
        ("Sorry about the wait — we're still getting used to our new system.",
         "we're still getting used to our new system"),
        ("Sorry, I only just got back from holiday.", "I only just got back from holiday"),
        ("Sorry for the slow response, our queues are very long at the moment.",
         "our queues are very long at the moment"),
        ("Apologies. The bank holiday weekend put us behind.",
         "The bank holiday weekend put us behind"),
        ("Sorry the engineer didn't come, we had several emergencies that day.",
         "we had several emergencies"),
        ("My apologies, the person dealing with your case has left the company.",
         "the person dealing with your case has left the company"),
        ("I'm sorry for the delay, the strike action has meant we're behind.",
         "the strike action has meant we're behind"),
        ("Sorry, it's been manic since the sale started.",
         "it's been manic since the sale started"),
        ("Sorry, we're flat out this week.", "we're flat out this week"),
    ],
)
def test_excuse_flags_many_wordings_of_our_circumstances(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(excuse, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the delay, but your refund was sent this morning.",
        "We were short-staffed on Friday, and that's no excuse: I'm sorry.",
        "Sorry to bother you during such a busy week for you.",
        "If we're ever short-staffed again, we'll tell you up front. Sorry again.",
        "Sorry for the delay. Our team is busy fixing the sync and will update you by 3pm.",
        "I'm sorry the holidays were spoiled by the missing parcel.",
        "Sorry! Just so you know, we'll be closed over the holidays from 24 Dec.",
        "Apologies, I understand how busy you must be.",
        "Sorry for the wait. Were you busy when our engineer called?",
        "Sorry about that. The volume of the speaker was too high in the new firmware; we've "
        "fixed it.",
        "Sorry, the update slowed everything down; we've rolled it back.",
    ],
)
def test_excuse_ignores_look_alikes_of_our_circumstances(text: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == []


# --- passive-evasion: more wordings of an agentless mistake -------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Incorrect information was provided to you on the phone.",
         "Incorrect information was provided"),
        ("Some of your data had been overwritten.", "Some of your data had been overwritten"),
        ("Your complaint was not passed on to the right team.",
         "Your complaint was not passed on to the right team"),
        ("Your case was closed prematurely.", "Your case was closed prematurely"),
        ("Your message was not responded to.", "Your message was not responded to"),
        ("Your question was never dealt with, sorry.", "Your question was never dealt with"),
        ("Your password reset link was sent to an old email address.",
         "Your password reset link was sent to an old email address"),
        ("Your card was charged the wrong amount.", "Your card was charged the wrong amount"),
        ("You were given misleading advice about the fee.", "You were given misleading advice"),
        ("The update was pushed before it had been fully tested.",
         "The update was pushed before it had been fully tested"),
        ("The fee should never have been charged.", "The fee should never have been charged"),
        ("Your contract was mis-sold to you in 2023.", "Your contract was mis-sold"),
        ("Sorry, your calls were not returned.", "your calls were not returned"),
        ("Sorry, your request slipped through the cracks.",
         "your request slipped through the cracks"),
    ],
)
def test_passive_evasion_flags_more_wordings_of_a_mistake(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Your booking was cancelled in error — that's our mistake and I'm sorry.",
        "Was your payment taken twice?",
        "Your account was suspended because of three failed login attempts, for your security.",
        "Please make sure the form was filled in correctly before resubmitting.",
        "Your changes were overwritten by the nightly sync job.",
        "Your complaint was not answered yet, but I'm on it.",
        "You were locked out after entering the wrong password three times.",
        "In case your card was charged twice, reply here.",
        "The cake for your wedding was the wrong flavour, and I'm sorry it was late.",
        "We let your request slip through the cracks, I'm sorry.",
        "Nothing fell through the net.",
        "Unfortunately your payment wasn't processed because the card details didn't match.",
    ],
)
def test_passive_evasion_ignores_more_look_alikes(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Apologies for the radio silence, we've been hammered with orders since the promo.",
         "we've been hammered with orders since the promo"),
        ("Sorry — staff sickness has left us really thin on the ground.",
         "staff sickness has left us really thin on the ground"),
        ("Sorry for the slow reply, there's only two of us in the office today.",
         "there's only two of us in the office today"),
        ("Our apologies — the monsoon has disrupted our deliveries across Mumbai.",
         "the monsoon has disrupted our deliveries across Mumbai"),
        ("Sorry for the delayed reply — most of the team was away at a conference.",
         "most of the team was away at a conference"),
        ("Apologies, we're playing catch-up after the long weekend.",
         "we're playing catch-up after the long weekend"),
    ],
)
def test_excuse_flags_more_wordings_of_our_circumstances(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(excuse, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry to hear your team has been short-staffed; here's how to add a second admin.",
        "Sorry for the wait; our team has been busy on your migration and it's now complete.",
        "I'm sorry, is it a busy time for you to talk?",
        "Sorry! We'll be short-staffed on the 26th, so replies may take a day longer.",
        "I'm sorry about the long queue at the store on Saturday; we've added two more tills.",
    ],
)
def test_excuse_ignores_the_reader_s_circumstances_questions_and_notices(
    text: str, now: datetime
) -> None:
    assert flagged(excuse, text, now) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Your direct debit was taken early.", "Your direct debit was taken early"),
        ("Your complaint was closed without a response.",
         "Your complaint was closed without a response"),
        ("Your documents were shared with another customer.",
         "Your documents were shared with another customer"),
        ("I'm sorry, your emails weren't being forwarded to the team.",
         "your emails weren't being forwarded"),
        ("Your reservation was not honoured.", "Your reservation was not honoured"),
        ("The error was not spotted before your statement went out.",
         "The error was not spotted"),
    ],
)
def test_passive_evasion_flags_early_collections_leaks_and_unnoticed_errors(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Your order was delivered early, on Tuesday.",
        "You won't have been charged twice; the second one is a pending authorisation.",
        "You failed to confirm your appointment, so it was released to another patient.",
        "Your refund was sent to a different account, as you asked.",
        "The issue was not spotted yet when we last spoke.",
    ],
)
def test_passive_evasion_ignores_good_news_hedges_and_requests(text: str, now: datetime) -> None:
    assert flagged(passive_evasion, text, now) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for delay sir, due to heavy rush in festival season our delivery boys are very "
        "busy.",
        "We sincerely regret the inconvenience. This was on account of a sudden surge in bookings.",
        "Sorry! Crazy busy here this week.",
        "Sorry it's taken so long — the whole team has been off with covid.",
        "Regrettably, due to the ongoing industrial action, we are unable to process your claim.",
        "Sorry for the slow reply, we've had a mountain of emails since the outage.",
        "My apologies — I've been out of the office for a few days.",
        "Sorry for missing your call, I was tied up in back-to-back meetings.",
        "Sorry, our courier partners are facing heavy volumes during the sale period.",
        "Sorry for the wait; we only have one technician covering the whole county at the moment.",
        "Sorry, it's been non-stop since the price rise announcement.",
    ],
)
def test_excuse_flags_circumstances_in_other_registers(text: str, now: datetime) -> None:
    assert len(flagged(excuse, text, now)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sorry — I know you're busy, so I'll keep this short.",
        "Sorry for the delay. There's no excuse; we simply lost track of your ticket.",
        "Sorry, but the sale price ended on Sunday and can't be applied retroactively.",
        "We're sorry our team was short with you on the phone — that's not how we want to treat "
        "anyone.",
    ],
)
def test_excuse_ignores_circumstance_words_in_other_registers(text: str, now: datetime) -> None:
    assert flagged(excuse, text, now) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Your personal details were disclosed to a third party without your consent.",
         "Your personal details were disclosed to a third party without your consent"),
        ("Your post was delivered to a neighbour's address by mistake.",
         "Your post was delivered to a neighbour's address by mistake"),
        ("The promotional code was not applied as advertised.",
         "The promotional code was not applied"),
        ("Sir, your amount got debited twice.", "your amount got debited twice"),
        ("Your opt-out request was not actioned.", "Your opt-out request was not actioned"),
    ],
)
def test_passive_evasion_flags_disclosures_and_unkept_offers(
    text: str, span: str, now: datetime
) -> None:
    assert flagged(passive_evasion, text, now) == [span]
