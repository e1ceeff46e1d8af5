"""Properties of check() on any text: it never raises, and every span points into the text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugin_core import COMPONENTS, Audience, Channel, Config, Kind, Report, Severity, check

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Pieces of the language the rules look for, to reach deep into them.
FRAGMENTS = (
    "I'm sorry", "I’m sorry", "we apologize for any inconvenience", "sorry if", "sorry, but",
    "sorry you feel", "that's on us", "we made a mistake", "mistakes were made",
    "your account was charged twice", "you should have", "per my last email", "calm down",
    "just a small glitch", "less than ideal", "we take this very seriously", "soon", "ASAP",
    "shortly", "by 15:00 UTC", "by 3pm", "tomorrow morning", "within 24 hours", "next Tuesday",
    "on Friday", "I'll update you", "we'll get back to you", "this will never happen again",
    "please forgive us", "we feel terrible", "RCA", "race condition", "p99 latency", "5xx",
    "rollback", "our provider", "due to high volume", "we've refunded", "a $40 credit",
    "we've added an alert", "reply to this email", "tell me if anything still looks wrong",
    "not", "never", "don't", "if", "but", "however", "you", "we", "I", "our", "your",
    "Thanks,\nPriya", "— Priya, Support", "Best regards", "https://status.example.com/x",
    "help@example.com", "INC-4821",
)
PUNCTUATION = (" ", " ", " ", ", ", ". ", "! ", "? ", "; ", ": ", " - ", "\n", "\n\n", "\r\n",
               "\t", "...", "…", "(", ")")
WRAPPERS = (
    lambda s: f'"{s}"', lambda s: f"“{s}”", lambda s: f"'{s}'", lambda s: f"‘{s}’",
    lambda s: f"`{s}`", lambda s: f"```\n{s}\n```", lambda s: f"\n> {s}\n", lambda s: f"«{s}»",
    lambda s: s.upper(), lambda s: s,
)

pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(PUNCTUATION),
    st.text(max_size=12),
    st.builds(lambda w, s: w(s), st.sampled_from(WRAPPERS), st.sampled_from(FRAGMENTS)),
)
support_like = st.lists(pieces, max_size=40).map("".join)
options = st.fixed_dictionaries({
    "kind": st.sampled_from([k.value for k in Kind]),
    "severity": st.sampled_from([s.value for s in Severity]),
    "channel": st.sampled_from([c.value for c in Channel]),
    "audience": st.sampled_from([a.value for a in Audience]),
})


def assert_well_formed(text: str, report: Report) -> None:
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert text[f.start : f.end] == f.text, f
    for c in report.commitments:
        assert 0 <= c.start <= c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
    assert set(report.components) == set(COMPONENTS)
    assert 0 <= report.score <= 100


@PROPERTY_SETTINGS
@given(text=st.text())
def test_any_unicode_text_checks_cleanly(text: str, default_config: Config) -> None:
    assert_well_formed(text, check(text, now=NOW, config=default_config))


@PROPERTY_SETTINGS
@given(text=support_like, opts=options)
def test_support_like_text_checks_cleanly_in_every_setting(
    text: str, opts: dict[str, str], default_config: Config
) -> None:
    report = check(
        text, kind=opts["kind"], severity=opts["severity"], channel=opts["channel"],
        audience=opts["audience"], now=NOW, config=default_config,
    )
    assert_well_formed(text, report)
