"""Commitments: which promises a message makes, whether their time is vague, and when they're due.

The fixed clock is Monday 2 March 2026, 10:00 UTC (the ``now`` fixture's value).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from plugin_core import Config, check, commitments
from plugin_core.commitments import find_commitments, has_next_update
from plugin_core.message import Message
from plugin_core.models import Audience, Channel, Commitment, Kind, Severity

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
CONFIG = Config()


def message(text: str, *, now: datetime = NOW, tz: str = "UTC") -> Message:
    return Message(
        text, kind=Kind.UPDATE, severity=Severity.MEDIUM, channel=Channel.EMAIL,
        audience=Audience.CUSTOMER, now=now, tz=tz, config=CONFIG,
    )


def promises(text: str, *, now: datetime = NOW, tz: str = "UTC") -> list[Commitment]:
    return find_commitments(message(text, now=now, tz=tz))


def only(text: str, *, now: datetime = NOW, tz: str = "UTC") -> Commitment:
    found = promises(text, now=now, tz=tz)
    assert len(found) == 1, found
    return found[0]


def due(text: str, *, now: datetime = NOW, tz: str = "UTC") -> datetime:
    resolved = only(text, now=now, tz=tz).due
    assert resolved is not None
    return resolved


# ---- what counts as a promise, and its span ---------------------------------------------------


def test_span_runs_from_the_promise_to_the_end_of_its_clause() -> None:
    text = "Our card terminal rejected your payment twice. I'll ring you by 14:30 UTC to retry it."
    c = only(text)
    assert c.text == "I'll ring you by 14:30 UTC to retry it"
    assert text[c.start : c.end] == c.text


def test_two_promises_joined_by_and_are_split_at_the_new_subject() -> None:
    found = promises("I'll send the new invoice by 16:00 UTC, and we'll sort the credit out soon.")
    assert [(c.text, c.vague) for c in found] == [
        ("I'll send the new invoice by 16:00 UTC", False),
        ("we'll sort the credit out soon", True),
    ]


def test_a_scheduled_statement_about_our_action_is_a_commitment() -> None:
    c = only("Hi Marcus, the missing commission will be added to your 31 March payslip.")
    assert c.text == "the missing commission will be added to your 31 March payslip"
    assert not c.vague


def test_a_passive_promise_with_a_vague_time_is_vague() -> None:
    assert only("Replacement vouchers will be emailed out shortly.").vague


def test_an_elided_subject_after_and_starts_the_span_at_will() -> None:
    c = only("The depot has your parcel and will deliver it by 18:00 UTC.")
    assert c.text == "will deliver it by 18:00 UTC"


def test_a_third_person_future_without_a_time_or_contact_is_not_a_promise() -> None:
    assert promises("The new card will work in all our ATMs.") == []


def test_a_time_placed_before_the_promise_belongs_to_it() -> None:
    c = only("Tomorrow morning I'll call you to go through the statement.")
    assert c.text == "Tomorrow morning I'll call you to go through the statement"
    assert c.due == datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def test_a_past_date_earlier_in_the_sentence_does_not_make_a_promise_concrete() -> None:
    c = only("On 27 February we charged you twice, and we'll refund you shortly.")
    assert c.text == "we'll refund you shortly"
    assert c.vague


def test_a_next_update_label_is_not_a_promise_of_its_own() -> None:
    c = only("Next update: I'll email you by 16:00 UTC today.")
    assert c.text == "I'll email you by 16:00 UTC today"
    assert not c.vague


def test_the_colon_of_a_clock_time_does_not_start_a_clause() -> None:
    c = only("At 15:00 the engineer will switch your line over.")
    assert c.text == "At 15:00 the engineer will switch your line over"
    assert c.due == datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def test_a_future_inside_a_wh_clause_does_not_start_a_new_promise() -> None:
    c = only("I'll send the report by 16:00 UTC with what we will change.")
    assert c.text == "I'll send the report by 16:00 UTC with what we will change"
    assert c.due == datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def test_an_aside_between_the_promise_and_its_time_keeps_the_time() -> None:
    c = only("I'll ring your landline, which you asked us to use, by 10:00 tomorrow.")
    assert c.text == "I'll ring your landline, which you asked us to use, by 10:00 tomorrow"
    assert c.due == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "We won't charge you again for this month.",  # negated: an assurance, not a time promise
        "We will not close your account.",
        "This will never happen again.",
        "Hopefully we'll have it sorted by tonight.",  # a hope, not a promise
        "Hopefully we'll have an update soon.",
        "We'll probably need another day.",
        "You should receive the refund within 5 days.",  # an expectation with a time
        "We'll be happy to help if anything else comes up.",  # an offer
        "I'll be there between 13:00 and 15:00.",  # a state
        "You'll need to sign in again after the reset.",  # an instruction
        "You can re-run the export from Settings whenever you like.",
        "If you see the error again, send me a screenshot.",
        "Will you be home tomorrow between 10:00 and 12:00?",  # a question
        "Hi Will, your replacement is on its way.",  # a name
        "We refunded the charge yesterday and the credit arrived this morning.",  # past
        "You wrote \"we'll get back to you soon\" and you're right that we didn't.",  # quoted
        "We should have told you sooner, and that's on us.",  # a counterfactual: an admission
        "Your card should have been charged once, not twice, so soon after the renewal.",
    ],
)
def test_not_a_promise(text: str) -> None:
    assert promises(text) == []


def test_a_promise_inside_a_quoted_reply_is_ignored() -> None:
    text = "Thanks for your note.\n> We will call you tomorrow\nI'll call you at 15:00 UTC today."
    assert [c.text for c in promises(text)] == ["I'll call you at 15:00 UTC today"]


def test_span_stops_before_a_link_and_a_twitter_signature() -> None:
    c = only("If anything changes, we'll keep you posted on https://status.example.com ^JR")
    assert c.text == "we'll keep you posted"


# ---- vague or concrete ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We'll have the dashboard back shortly.",
        "I'll chase the courier and get back to you ASAP.",
        "We'll refund the fee as soon as possible.",
        "A specialist will review your claim in due course.",
        "We'll revisit the pricing page at some point.",
        "Our engineers will look at the line in the near future.",
        "I'll send the revised contract later.",
        "We'll get back to you.",  # contact with no time at all
        "Our billing team will contact you about the credit.",
        "I'll update you when we have more information.",
        "We'll email you once the new card ships.",
        "I'll get back to you in a few days.",  # a range of days: nothing to hold us to
    ],
)
def test_a_promise_without_a_concrete_time_is_vague(text: str) -> None:
    c = only(text)
    assert c.vague
    assert c.due is None


@pytest.mark.parametrize(
    "text",
    [
        "I'll update you by 15:00 UTC.",
        "We'll reply within 24 hours.",
        "I'll call you tomorrow morning (CET).",
        "We'll email you on Monday 9 March.",
        "I'll send the figures by Friday 17:00 CET.",
        "I'll confirm no later than 18:30 GMT.",
        "I'll message you by 5pm ET.",
        "I'll text you tonight by 21:00.",
        "I'll get back to you by end of day.",
        "We'll post the next update at 14:00 GMT.",
        "I'll update you within 2 hours.",
        "Your deposit will be returned on 15 April.",
        "I'll confirm once the refund clears, and no later than 16:00 UTC.",
        "I'll send the tracking link in a couple of hours.",
    ],
)
def test_a_promise_with_a_concrete_time_is_not_vague(text: str) -> None:
    c = only(text)
    assert not c.vague
    assert c.due is not None


@pytest.mark.parametrize(
    "text",
    [
        "The portal should be back shortly.",
        "You should receive a confirmation email soon.",
        "We'll be able to restore your files soon.",
    ],
)
def test_an_expectation_or_plan_counts_only_for_its_vague_time(text: str) -> None:
    assert only(text).vague


@pytest.mark.parametrize(
    "text",
    [
        "The clinic will text you a reminder the day before your appointment.",
        "The courier will text you 15 minutes before arrival.",
        "The £12 credit will show on your next bill.",
        "The missing overtime will be paid in your next payslip.",
    ],
)
def test_a_time_fixed_by_a_known_event_is_not_vague(text: str) -> None:
    c = only(text)
    assert not c.vague
    assert c.due is None


@pytest.mark.parametrize(
    "text",
    [
        "We'll look into how this happened.",
        "We will consider changes to our booking process.",
        "Going forward, we'll work on clearer renewal notices.",  # practice, but only "work on"
        "We'll review our escalation process.",
        "I'll investigate why the discount didn't apply.",
    ],
)
def test_an_untimed_promise_to_look_into_or_improve_something_is_vague(text: str) -> None:
    assert only(text).vague


@pytest.mark.parametrize(
    "text",
    [
        "Send us the tracking number and we'll look into it.",
        "Could you DM us your order number? We'll look into it.",
        "From now on we'll review every manual refund before it's sent.",
        "I'll look into it and call you by 15:00 UTC today.",
    ],
)
def test_looking_into_something_is_not_vague_when_it_waits_on_the_customer_or_is_practice(
    text: str,
) -> None:
    assert not only(text).vague


@pytest.mark.parametrize(
    "text",
    [
        "An engineer will visit at some point next week.",
        "We'll send the new card sometime this month.",
    ],
)
def test_some_time_in_a_week_or_month_is_vague(text: str) -> None:
    c = only(text)
    assert c.vague
    assert c.due is None


def test_a_week_with_a_deadline_word_is_concrete() -> None:
    assert not only("We'll send the new card by the end of next week.").vague


def test_a_promise_that_waits_on_the_customer_is_never_vague() -> None:
    assert not only("If the charge shows up again, we'll reverse it as soon as we can.").vague
    assert not only("Send us the receipt and we'll refund it shortly.").vague
    assert not only("We'll call you back once you've had a chance to check.").vague


def test_contact_the_customer_makes_is_not_our_promise_of_contact() -> None:
    c = only("I'll keep this ticket open until you confirm it works.")
    assert not c.vague


def test_sorry_if_is_not_a_condition_on_the_promise() -> None:
    assert only("I'm sorry if this caused trouble, we'll call you soon.").vague


def test_standing_practice_is_not_a_vague_promise() -> None:
    assert not only("From now on, we'll email you before any planned maintenance.").vague


def test_untimed_action_promise_is_kept_but_not_vague() -> None:
    c = only("We'll refund every late fee the outage caused.")
    assert not c.vague
    assert c.due is None


def test_vague_commitment_rule_flags_the_vague_promise_only() -> None:
    report = check(
        "I'll update you by 15:00 UTC. We'll look at the billing history soon.",
        kind="update", now=NOW, config=CONFIG,
    )
    flagged = [f.text for f in report.findings if f.rule == "vague-commitment"]
    assert flagged == ["We'll look at the billing history soon"]


# ---- due times --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll update you by 15:00.", datetime(2026, 3, 2, 15, 0, tzinfo=UTC)),
        ("I'll update you by 09:00.", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),  # passed: tomorrow
        ("I'll call you at 5 to check.", datetime(2026, 3, 2, 17, 0, tzinfo=UTC)),
        ("I'll call you tomorrow.", datetime(2026, 3, 3, 17, 0, tzinfo=UTC)),  # a day: 17:00
        ("I'll call you tomorrow by noon.", datetime(2026, 3, 3, 12, 0, tzinfo=UTC)),
        ("I'll call you tomorrow afternoon.", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("I'll call you this afternoon.", datetime(2026, 3, 2, 15, 0, tzinfo=UTC)),  # no day word
        ("I'll email you this evening.", datetime(2026, 3, 2, 19, 0, tzinfo=UTC)),
        ("We'll ship it first thing tomorrow.", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("I'll text you tonight by 9:00.", datetime(2026, 3, 2, 21, 0, tzinfo=UTC)),
        ("I'll reply by EOD.", datetime(2026, 3, 2, 17, 0, tzinfo=UTC)),
        ("I'll respond by end of day tomorrow.", datetime(2026, 3, 3, 17, 0, tzinfo=UTC)),
        ("I'll call you on Monday.", datetime(2026, 3, 9, 17, 0, tzinfo=UTC)),  # not today
        ("I'll call you on Thursday at 11:15.", datetime(2026, 3, 5, 11, 15, tzinfo=UTC)),
        ("I'll call you next Friday.", datetime(2026, 3, 13, 17, 0, tzinfo=UTC)),
        ("I'll send it by the end of the week.", datetime(2026, 3, 6, 17, 0, tzinfo=UTC)),
        ("I'll send it on the 20th.", datetime(2026, 3, 20, 17, 0, tzinfo=UTC)),
        ("I'll send it by 3 April.", datetime(2026, 4, 3, 17, 0, tzinfo=UTC)),
        ("I'll send it by April 3rd.", datetime(2026, 4, 3, 17, 0, tzinfo=UTC)),
        ("The engineer will visit between 13:00 and 15:00.", datetime(2026, 3, 2, 15, tzinfo=UTC)),
        ("We'll reply within 24 hours.", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        ("We'll reply in half an hour.", datetime(2026, 3, 2, 10, 30, tzinfo=UTC)),
        ("It'll clear within 3-5 days.", datetime(2026, 3, 7, 10, 0, tzinfo=UTC)),  # upper bound
        ("I'll call you right away.", NOW),
    ],
)
def test_due_time_resolves_against_now(text: str, expected: datetime) -> None:
    assert due(text) == expected


def test_working_days_skip_the_weekend() -> None:
    friday = datetime(2026, 3, 6, 10, 0, tzinfo=UTC)
    assert due("We'll refund it within 2 working days.", now=friday) == datetime(
        2026, 3, 10, 10, 0, tzinfo=UTC
    )


def test_a_day_and_month_long_past_means_next_year() -> None:
    december = datetime(2026, 12, 14, 9, 0, tzinfo=UTC)
    assert due("Your refund will be paid on 5 January.", now=december) == datetime(
        2027, 1, 5, 17, 0, tzinfo=UTC
    )


def test_due_time_is_read_in_the_message_time_zone() -> None:
    assert due("I'll update you by 15:00.", tz="Europe/Berlin") == datetime(
        2026, 3, 2, 15, 0, tzinfo=ZoneInfo("Europe/Berlin")
    )


def test_a_zone_named_in_the_text_overrides_the_message_time_zone() -> None:
    c = only("I'll update you by 5pm ET.", tz="Europe/Berlin")
    assert c.due == datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
    assert c.model_dump(mode="json")["due"] == "2026-03-02T17:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("I'll update you by 15:00 CET.", 1),
        ("I'll update you by 15:00 IST.", 5.5),  # India
        ("I'll update you by 15:00 JST.", 9),
        ("I'll update you by 15:00 Pacific.", -8),
        ("I'll update you by 15:00 GMT+2.", 2),
    ],
)
def test_time_zone_words_map_to_their_zones(text: str, offset_hours: float) -> None:
    result = due(text)
    assert result.utcoffset() == timedelta(hours=offset_hours)
    assert (result.hour, result.minute) == (15, 0)


def test_zone_words_follow_daylight_saving_on_the_due_date() -> None:
    july = datetime(2026, 7, 6, 8, 0, tzinfo=UTC)
    assert due("I'll update you by 17:00 CET.", now=july).utcoffset() == timedelta(hours=2)
    assert due("I'll call you at 9:30 EST.", now=july).utcoffset() == timedelta(hours=-4)


def test_gmt_is_utc_all_year() -> None:
    july = datetime(2026, 7, 6, 8, 0, tzinfo=UTC)
    assert due("I'll email you by 18:00 GMT.", now=july) == datetime(2026, 7, 6, 18, 0, tzinfo=UTC)


def test_the_message_zone_switches_to_summer_time_with_the_date() -> None:
    after_clocks_change = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)
    result = due("I'll call you at 15:00.", now=after_clocks_change, tz="Europe/London")
    assert result == datetime(2026, 3, 30, 14, 0, tzinfo=UTC)


def test_hours_from_now_count_real_time_across_a_clock_change() -> None:
    before_change = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 00:30 GMT, clocks jump at 01:00
    result = due("I'll update you within 2 hours.", now=before_change, tz="Europe/London")
    assert result == datetime(2026, 3, 29, 2, 30, tzinfo=UTC)
    assert (result.hour, result.utcoffset()) == (3, timedelta(hours=1))


def test_commitments_serialize_in_the_report_shape(now: datetime) -> None:
    text = (
        "Your export failed because of our change this morning. I'll email you by 15:00 UTC "
        "today with the fixed file."
    )
    report = check(text, kind="update", now=now, tz="UTC", config=CONFIG).model_dump(mode="json")
    promise = "I'll email you by 15:00 UTC today with the fixed file"
    start = text.index(promise)
    assert report["commitments"] == [
        {
            "text": promise, "start": start, "end": start + len(promise),
            "due": "2026-03-02T15:00:00+00:00", "vague": False,
        }
    ]


def test_fixed_offset_due_serializes_with_its_offset() -> None:
    c = only("I'll update you by 14:00 GMT+1.")
    assert c.due == datetime(2026, 3, 2, 14, 0, tzinfo=timezone(timedelta(hours=1)))
    assert c.model_dump(mode="json")["due"] == "2026-03-02T14:00:00+01:00"


# ---- next-update ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'll update you by 15:00 UTC.",
        "Next update within 2 hours.",
        "Next update: 16:30 CET.",
        "I'll phone you at 14:00 GMT to confirm the transfer landed.",
        "I'll check back with you by 16:00 UTC to make sure the sync finished.",
        "I'll text you by 21:00 tonight with your booking reference.",
        "The next update will be at 12:00 BST.",
        "You'll hear from me by 3pm ET at the latest.",
        "Our team is re-running the job and will message you by 20:00.",
        "I'll send the courier's tracking number by 18:00 UTC.",
        "Expect another update from me before 4pm.",
        "Next update: I'll email you by 16:00 UTC today.",
    ],
)
def test_a_timed_promise_of_contact_is_a_next_update(text: str) -> None:
    assert has_next_update(message(text))


@pytest.mark.parametrize(
    "text",
    [
        "Your refund will be paid on 15 April.",  # timed, but not contact
        "We'll have the fix deployed by 15:00 UTC.",
        "We will send a replacement by Friday.",
        "Our developers will release an update by Friday.",  # a software update
        "We'll update you soon.",  # contact, but vague
        "We'll get back to you as soon as we can.",
        "The replacement arrives tomorrow.",  # not a promise
        "Please contact the courier directly for an update.",
    ],
)
def test_not_a_next_update(text: str) -> None:
    assert not has_next_update(message(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("im raising it w/ the team and will get back to u", "will get back to u"),
        ("We will revert at the earliest.", "We will revert at the earliest"),
        ("A patch is going out shortly.", "A patch is going out shortly"),
        (
            "Crews are working to restore power as soon as possible.",
            "Crews are working to restore power as soon as possible",
        ),
        (
            "Once the courier confirms it, it'll be rebooked.",
            "Once the courier confirms it, it'll be rebooked",
        ),
    ],
)
def test_chat_and_formal_promises_with_no_time_are_vague(text: str, span: str) -> None:
    c = only(text)
    assert (c.text, c.vague) == (span, True)


def test_chat_ill_is_a_first_person_promise_with_its_time() -> None:
    c = only("all sorted, ill msg u by 11am with the eta")
    assert c.text == "ill msg u by 11am with the eta"
    assert c.due == datetime(2026, 3, 2, 11, 0, tzinfo=UTC)


def test_ill_as_an_adjective_is_no_promise() -> None:
    assert promises("Sorry you were ill, the ill effects should pass.") == []


def test_work_under_way_without_a_vague_time_is_no_promise() -> None:
    assert promises("Our engineers are working on the fault at the exchange.") == []


def test_then_takes_the_time_of_the_promise_before_it() -> None:
    first, second = promises("We'll have it back up by 18:00 UTC and I'll reply here then.")
    assert second.text == "I'll reply here then"
    assert (second.vague, second.due) == (False, first.due)


def test_then_with_no_timed_promise_before_it_stays_vague() -> None:
    assert only("I'll look into it and reply then.").vague


# ---- families of phrasings met in unseen text -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "As soon as your box has it — and no later than 9am tomorrow — I'll text you.",
            "As soon as your box has it — and no later than 9am tomorrow — I'll text you",
            datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
        ),
        (
            "When the engineer finishes – by noon tomorrow at the latest – I'll ring you.",
            "When the engineer finishes – by noon tomorrow at the latest – I'll ring you",
            datetime(2026, 3, 3, 12, 0, tzinfo=UTC),
        ),
        (
            "Whatever the courier says — by 18:00 today — I'll call you back.",
            "by 18:00 today — I'll call you back",
            datetime(2026, 3, 2, 18, 0, tzinfo=UTC),
        ),
        (
            "It's been a long wait (by Friday at the latest) we'll sort it.",
            "(by Friday at the latest) we'll sort it",
            datetime(2026, 3, 6, 17, 0, tzinfo=UTC),
        ),
        (
            "Thanks for bearing with us - by tomorrow we'll refund you.",
            "by tomorrow we'll refund you",
            datetime(2026, 3, 3, 17, 0, tzinfo=UTC),
        ),
    ],
)
def test_a_time_limit_set_off_before_the_promise_is_its_time(
    text: str, span: str, expected: datetime
) -> None:
    c = only(text)
    assert (c.text, c.vague, c.due) == (span, False, expected)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday we refunded you — I'll send you the receipt soon.",  # a past day, no limit
        "Before 9am yesterday the system failed — I'll look into why.",
        "We missed the 9am deadline — I'll call you soon.",
    ],
)
def test_a_time_in_a_clause_before_a_dash_is_not_the_promise_time(text: str) -> None:
    assert only(text).vague


@pytest.mark.parametrize(
    "text",
    [
        "We'll process your rebooking request as a priority.",
        "I'll treat your claim as a matter of urgency.",
        "We're working on it with the highest priority.",
        "Our team will handle your refund urgently.",
        "We'll get the replacement out without delay.",
        "We will prioritise your order.",
        "We'll deal with this in a timely manner.",
    ],
)
def test_urgency_given_as_a_manner_is_no_time(text: str) -> None:
    c = only(text)
    assert (c.vague, c.due) == (True, None)


@pytest.mark.parametrize(
    "text",
    [
        "We'll send the replacement by priority post.",  # a service, not a time
        "If you'd like, we'll handle it as a priority.",  # waits on the reader
    ],
)
def test_priority_as_a_service_or_an_offer_is_not_vague(text: str) -> None:
    assert not only(text).vague


def test_urgency_with_a_concrete_time_is_concrete() -> None:
    c = only("We'll process your request as a priority and call you by 15:00 UTC.")
    assert (c.vague, c.due) == (False, datetime(2026, 3, 2, 15, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "text",
    [
        "I'll check with the warehouse again.",
        "We'll chase the courier for you.",
        "I'll double-check your address with the depot.",
        "I'll speak to our billing team about the charge.",
        "I'll find out what happened to your order.",
    ],
)
def test_an_untimed_promise_to_check_or_chase_something_is_vague(text: str) -> None:
    assert only(text).vague


@pytest.mark.parametrize(
    "text",
    [
        "I'll check with the warehouse by 3pm today.",
        "If it hasn't arrived by Friday, I'll chase the courier.",  # waits on an event
        "From now on we'll always check the address before dispatch.",  # practice
    ],
)
def test_checking_with_a_time_a_condition_or_as_practice_is_not_vague(text: str) -> None:
    assert not only(text).vague


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "So sorry about your bag! Yours has been found and will be couriered to your hotel.",
            "will be couriered to your hotel",
        ),
        ("Your refund will be processed.", "Your refund will be processed"),
        ("The replacement will be sent out to you.", "The replacement will be sent out to you"),
        ("You'll be contacted by our claims team.", "You'll be contacted by our claims team"),
        (
            "Your feedback will be used to improve our service.",
            "Your feedback will be used to improve our service",
        ),
    ],
)
def test_a_passive_promise_with_no_owner_and_no_time_is_vague(text: str, span: str) -> None:
    c = only(text)
    assert (c.text, c.vague) == (span, True)


@pytest.mark.parametrize(
    "text",
    [
        "Refunds will be issued to the original payment method.",  # policy: a bare plural
        "All orders will be checked before dispatch.",
        "Every returned headset will be tested before dispatch.",
        "In most cases, the change fee will be waived for any changes.",
        "Your account will be closed.",  # news, not a pledge
        "You will be charged £5 for the late return.",
        "Your booking will be cancelled.",
        "Any messages you send will be forwarded to me.",
    ],
)
def test_passive_policy_and_bad_news_are_not_promises(text: str) -> None:
    assert promises(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If you send it back, it will be refunded.",
        "In future, your bill will be sent by email.",
    ],
)
def test_a_passive_promise_that_waits_on_the_reader_or_is_practice_is_not_vague(
    text: str,
) -> None:
    assert not only(text).vague


def test_a_passive_promise_with_a_time_is_concrete() -> None:
    c = only("You will be notified by email by 5pm today.")
    assert (c.vague, c.due) == (False, datetime(2026, 3, 2, 17, 0, tzinfo=UTC))


def test_a_subject_elided_after_we_and_is_first_person() -> None:
    c = only("We strive to deliver excellence on every order and will use your comments to improve")
    assert (c.text, c.vague) == ("will use your comments to improve", True)
    c = only("We found your bag and will courier it to your hotel.")
    assert (c.text, c.vague) == ("will courier it to your hotel", False)  # like "we'll courier"


@pytest.mark.parametrize(
    "text", ["We'll take your feedback on board.", "We'll pass your comments on to the team."]
)
def test_an_untimed_promise_to_learn_from_feedback_is_vague(text: str) -> None:
    assert only(text).vague


def test_news_to_follow_is_a_promise() -> None:
    found = promises("Mitigation in progress, RCA to follow. Will update shortly.")
    assert [(c.text, c.vague) for c in found] == [
        ("RCA to follow", True), ("Will update shortly", True),
    ]
    c = only("Full details to follow by Friday 5pm.")
    assert (c.vague, c.due) == (False, datetime(2026, 3, 6, 17, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "text",
    [
        "Here are the steps to follow.",
        "There are no further updates to follow.",
        "Is there an update to follow?",
        "The instructions to follow are below.",
    ],
)
def test_to_follow_that_promises_nothing(text: str) -> None:
    assert promises(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "sorry for the delay, we've had a ton of tickets since the outage 😅 will get to it when "
        "we can",
        "been a crazy week... will get to it when we can",
        "we've been slammed - will get to it when we can",
        "thanks for waiting!! will get to it when we can",
    ],
)
def test_a_chat_promise_with_no_subject_starts_after_the_emoji_or_break(text: str) -> None:
    c = only(text)
    assert (c.text, c.vague) == ("will get to it when we can", True)


def test_a_zone_after_a_m_belongs_to_the_promise() -> None:
    c = only("I'll check the refund on Monday at 11 a.m. ET and email you the reference.")
    assert c.text == "I'll check the refund on Monday at 11 a.m. ET and email you the reference"
    assert c.model_dump(mode="json")["due"] == "2026-03-09T11:00:00-04:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're fixing the cabinet tomorrow morning.", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("We're sending a replacement on Friday.", datetime(2026, 3, 6, 17, 0, tzinfo=UTC)),
        ("I'm calling you at 3pm today.", datetime(2026, 3, 2, 15, 0, tzinfo=UTC)),
    ],
)
def test_a_present_tense_plan_of_ours_with_a_time_is_a_promise(
    text: str, expected: datetime
) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We're fixing it now.",
        "We're sending it as soon as it's back in stock.",  # no time: not a promise
        "We're not sending anything until Friday.",
        "I'm calling about your order from Monday.",
        "I'm calling to let you know your order ships Monday.",
    ],
)
def test_a_present_tense_without_a_time_to_come_is_no_promise(text: str) -> None:
    assert promises(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'll check with you at 09:00 WET tomorrow that the check-in details work.",
        "I'll talk to you at 3pm tomorrow to go through the options.",
        "We'll be in contact by 5pm today.",
        "I'll email your new documents by 12:00 tomorrow.",
        "I'll have a decision to you by 12:00 Friday.",
        "i'll update this chat by 20:30 GMT",
        "I'll post in your ticket by 16:00 UTC tomorrow once every batch has finished.",
        "We'll text again by 09:00 tomorrow to check it's working.",
        "I'll send you the corrected copy by 4pm on Thursday.",
        "Update to follow at 15:00 UTC.",
        "I'm calling you at 3pm today to go through it.",
    ],
)
def test_more_ways_to_promise_timed_contact_are_next_updates(text: str) -> None:
    assert has_next_update(message(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'll check with the courier at 3pm.",  # contact with someone else
        "I'll speak to the warehouse by 5pm today.",
        "I'll update your account by Friday.",
        "I'll send you a replacement by Friday.",
        "I'll email the courier by 3pm.",
    ],
)
def test_timed_work_that_contacts_someone_else_is_not_a_next_update(text: str) -> None:
    assert not has_next_update(message(text))


_SPAN_GATES = [
    ("clock", commitments._CLOCK_RE, commitments._CLOCK_TOKENS, True),
    ("day", commitments._DAY_RE, commitments._DAY_TOKENS, True),
    ("now", commitments._NOW_RE, commitments._NOW_TOKENS, False),
    ("anchored", commitments._ANCHORED_RE, commitments._ANCHORED_TOKENS, False),
    ("contact", commitments._CONTACT_RE, commitments._CONTACT_TOKENS, False),
]


@pytest.mark.parametrize(("name", "pattern", "words", "digits"), _SPAN_GATES)
def test_span_gates_hold_a_gate_word_in_every_match(
    name: str, pattern: re.Pattern[str], words: frozenset[str], digits: bool
) -> None:
    """A pattern is searched in a promise's span only when the span's a-z0-9 words hold one of
    its gate words (or, for times, a digit): every match must hold one, wherever it starts."""
    corpus = Path(__file__).parent / "corpus"
    texts = [
        json.loads(line)["text"]
        for path in sorted(corpus.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    matched = 0
    for text in texts:
        low = message(text).low
        for start in range(len(low)):
            m = pattern.match(low, start)
            if m is None:
                continue
            matched += 1
            inside = commitments._SPAN_WORD_RE.findall(low, m.start(), m.end())
            has_digit = digits and commitments._DIGIT_RE.search(low, m.start(), m.end())
            assert has_digit or not words.isdisjoint(inside), (name, m.group())
    assert matched, name
