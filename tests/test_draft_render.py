"""Rendering: escaping per channel, the sandbox, and where templates come from.

Customer-supplied text must stay data on every channel: a name such as ``<!channel>`` must
never ping a Slack channel, ``<script>`` must never reach an e-mail as markup, and Jinja
syntax in a field is printed, not run. Team templates are trusted less than that: the
sandbox stops them from reaching Python.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from draft_support import NOW, incident, parse_html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugin_core import Channel, Config, draft, draft_all, hookimpl
from plugin_core.drafting import IncidentError, TemplateError, builtin_dir, list_templates
from plugin_core.drafting.payload import block_kit

HOSTILE = {
    "customer_name": "<!channel> <@U1>",
    "what_happened": "your export to <https://evil.example|your bank> failed with "
    "<script>alert(1)</script>",
    "impact": "you couldn't send {{ 7*7 }} invoices & {% raw %}reports",
    "actions": ["we're re-running the export for <@U1> & <!here>"],
}


def hostile(kind: str = "acknowledgment") -> dict[str, Any]:
    return incident("competence", kind, "medium") | HOSTILE


# ---- customer text is data --------------------------------------------------------------------


def test_slack_text_and_blocks_cannot_ping_or_link() -> None:
    d = draft(hostile(), kind="acknowledgment", channel="slack", now=NOW)
    texts = [d.text, d.payload["text"]] + [b["text"]["text"] for b in d.payload["blocks"]]
    for text in texts:
        assert "<" not in text and ">" not in text
    assert "Hi &lt;!channel&gt;," in d.text
    assert "&lt;@U1&gt; &amp; &lt;!here&gt;" in d.text
    assert "&lt;https://evil.example|your bank&gt;" in d.text
    assert "invoices &amp; {% raw %}reports" in d.text
    assert "\n\n".join(b["text"]["text"] for b in d.payload["blocks"]) == d.text


def test_slack_blocks_are_data_that_round_trip_as_json() -> None:
    d = draft(hostile(), kind="acknowledgment", channel="slack", now=NOW)
    assert json.loads(json.dumps(d.payload)) == d.payload
    assert {b["type"] for b in d.payload["blocks"]} == {"section"}
    assert all(b["text"]["type"] == "mrkdwn" for b in d.payload["blocks"])


def test_email_html_escapes_customer_text() -> None:
    d = draft(hostile(), kind="acknowledgment", channel="email", now=NOW)
    html = d.payload["html"]
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    parsed = parse_html(html)
    assert parsed.errors == [] and "script" not in parsed.tags
    assert "<script>alert(1)</script>" in "".join(parsed.data)  # shown as text
    assert d.payload["subject"] in "".join(parsed.data)


@pytest.mark.parametrize("channel", list(Channel))
def test_jinja_syntax_in_a_field_is_printed_not_run(channel: Channel) -> None:
    d = draft(hostile(), kind="acknowledgment", channel=channel, now=NOW)
    assert "{{ 7*7 }} invoices" in d.text
    assert "49" not in d.text


def test_plain_channels_keep_the_customers_words_exactly() -> None:
    d = draft(hostile(), kind="acknowledgment", channel="email", now=NOW)
    assert "Hi <!channel>," in d.text
    assert "<https://evil.example|your bank>" in d.text


# ---- the sandbox --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ actions.append('x') }}",
        "{{ actions.pop() }}",
        "{% for i in range(3) %}{{ i }}{% endfor %}",
        "{{ self.__init__.__globals__ }}",
        "{{ remedy.__class__ }}",
        "{% include '../../pyproject.toml' %}",
        "{{ '{0.__class__}'.format(company) }}",
    ],
)
def test_a_hostile_team_template_cannot_reach_python(tmp_path: Path, source: str) -> None:
    team = tmp_path / "team"
    (team / "blocks").mkdir(parents=True)
    (team / "blocks" / "greeting.j2").write_text(source)
    with pytest.raises(TemplateError) as err:
        draft(incident("outage", "apology", "high"), kind="apology", channel="email", now=NOW,
              config=Config(template_dirs=[team]))
    assert "greeting.j2" in str(err.value) or "pyproject.toml" in str(err.value)


def test_a_hostile_template_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    team = tmp_path / "team"
    (team / "blocks").mkdir(parents=True)
    (team / "blocks" / "greeting.j2").write_text(
        "{{ ''.__class__.__mro__[1].__subclasses__()[0].__init__.__globals__['os']"
        f".system('touch {marker}') }}"
    )
    with pytest.raises(TemplateError):
        draft(incident("outage", "apology"), kind="apology", channel="email", now=NOW,
              config=Config(template_dirs=[team]))
    assert not marker.exists()


def test_a_broken_template_is_named_with_its_line(tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "blocks").mkdir(parents=True)
    (team / "blocks" / "impact.j2").write_text("ok\n{% if %}")
    with pytest.raises(TemplateError, match=r"impact\.j2:2"):
        draft(incident("outage", "apology"), kind="apology", channel="email", now=NOW,
              config=Config(template_dirs=[team]))


def test_an_unknown_name_in_a_template_is_an_error_not_blank(tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "blocks").mkdir(parents=True)
    (team / "blocks" / "impact.j2").write_text("Because of this, {{ imapct }}.")
    with pytest.raises(TemplateError, match="imapct"):
        draft(incident("outage", "apology"), kind="apology", channel="email", now=NOW,
              config=Config(template_dirs=[team]))


# ---- where templates come from ------------------------------------------------------------------

TEAM_REMEDY = "{% if remedy %}As our way of saying sorry, we've added a {{ remedy.money }} credit to your account.{% endif %}"  # noqa: E501


def team_dir(tmp_path: Path, name: str = "blocks/remediation.j2", text: str = TEAM_REMEDY) -> Path:
    root = tmp_path / "team"
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text)
    return root


def test_a_team_overrides_one_block_and_keeps_the_rest(tmp_path: Path) -> None:
    config = Config(template_dirs=[team_dir(tmp_path)])
    data = incident("competence", "apology", "high")
    d = draft(data, kind="apology", channel="email", now=NOW, config=config)
    assert "As our way of saying sorry, we've added a $40.00 credit" in d.text
    assert "To make up for it" not in d.text
    assert d.text.startswith("Hi Dana,")  # the built-in greeting still applies
    assert d.report.components["remediation"]
    everywhere = draft_all(data, kind="apology", now=NOW, config=config)
    assert "As our way of saying sorry" in everywhere[Channel.SLACK].text


class TemplatePlugin:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @hookimpl
    def template_dirs(self) -> list[Path]:
        return [self.folder]


PLUGIN_GREETING = "Hello from the plugin{{ ' ' ~ customer_first if customer_first else '' }},"


def test_a_plugin_template_beats_the_built_in_and_the_team_beats_both(
    tmp_path: Path, register_plugin: Callable[[object], object]
) -> None:
    plugin_root = tmp_path / "plugin"
    (plugin_root / "blocks").mkdir(parents=True)
    (plugin_root / "blocks" / "greeting.j2").write_text(PLUGIN_GREETING)
    (plugin_root / "blocks" / "remediation.j2").write_text("Plugin remedy.")
    register_plugin(TemplatePlugin(plugin_root))
    data = incident("competence", "apology", "high")

    d = draft(data, kind="apology", channel="email", now=NOW, config=Config())
    assert d.text.startswith("Hello from the plugin Dana,")
    assert "Plugin remedy." in d.text

    team = Config(template_dirs=[team_dir(tmp_path)])
    d = draft(data, kind="apology", channel="email", now=NOW, config=team)
    assert d.text.startswith("Hello from the plugin Dana,")
    assert "As our way of saying sorry" in d.text and "Plugin remedy." not in d.text

    listed = {t.name: t for t in list_templates(team)}
    assert listed["blocks/remediation.j2"].winner.origin == "team"
    assert [s.origin for s in listed["blocks/remediation.j2"].hidden] == ["plugin", "built-in"]
    assert listed["blocks/greeting.j2"].winner.origin == "plugin"
    assert listed["email/apology.j2"].winner.origin == "built-in"


def test_the_plugin_is_gone_once_unregistered() -> None:
    d = draft(incident("competence", "apology"), kind="apology", channel="email", now=NOW)
    assert d.text.startswith("Hi Dana,")


def test_a_missing_team_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        draft(incident("outage", "apology"), kind="apology", channel="email", now=NOW,
              config=Config(template_dirs=[tmp_path / "nope"]))


def test_built_ins_come_from_the_wheel_when_installed_else_the_repository(
    tmp_path: Path,
) -> None:
    package = tmp_path / "site" / "plugin_core"
    (package / "_templates" / "blocks").mkdir(parents=True)
    assert builtin_dir(package) == package / "_templates"
    checkout = tmp_path / "repo" / "plugin_core"
    checkout.mkdir(parents=True)
    (tmp_path / "repo" / "templates" / "blocks").mkdir(parents=True)
    assert builtin_dir(checkout) == tmp_path / "repo" / "templates"
    with pytest.raises(TemplateError, match="built-in templates not found"):
        builtin_dir(tmp_path / "empty" / "plugin_core")
    assert (builtin_dir() / "email" / "apology.j2").is_file()


def test_every_kind_has_a_template_for_every_channel() -> None:
    names = {t.name for t in list_templates(Config())}
    for channel in Channel:
        for kind in ("acknowledgment", "apology", "update", "resolution"):
            assert f"{channel.value}/{kind}.j2" in names


# ---- fitting the channel ------------------------------------------------------------------------


def test_a_long_sms_is_shortened_but_keeps_what_and_when() -> None:
    data = incident("care", "apology", "critical")
    full = draft(data, kind="apology", channel="email", now=NOW)
    sms = draft(data, kind="apology", channel="sms", tone="formal", now=NOW)
    assert len(sms.text) <= 280 < len(full.text)
    assert "nobody did" in sms.text and "16:00 UTC Mon 2 Mar" in sms.text
    assert "priority support" not in sms.text  # the remedy is the first thing dropped


def test_text_too_long_to_fit_is_reported_by_the_checker() -> None:
    data = incident("outage", "acknowledgment") | {"what_happened": "exports failed " * 30}
    d = draft(data, kind="acknowledgment", channel="sms", now=NOW)
    assert len(d.text) > 280
    assert "channel-limit" in {f.rule for f in d.report.findings}


def test_a_team_limit_is_what_the_draft_fits(tmp_path: Path) -> None:
    data = incident("outage", "acknowledgment")
    roomy = draft(data, kind="acknowledgment", channel="sms", now=NOW)
    tight = draft(data, kind="acknowledgment", channel="sms", now=NOW,
                  config=Config(channel_limits={Channel.SMS: 200}))
    assert len(tight.text) <= 200 < len(roomy.text)


def test_long_paragraphs_are_split_into_sections_slack_accepts() -> None:
    text = "Short intro.\n\n" + "\n".join(["word " * 100] * 12)
    blocks = block_kit(text)
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks)
    joined = " ".join(b["text"]["text"] for b in blocks)
    assert joined.split() == text.split()


# ---- any text -----------------------------------------------------------------------------------

MARKUP = st.sampled_from(["<", ">", "&", "<!channel>", "<@U1>", "<https://x|y>", "<script>",
                          "{{ 7*7 }}", "{% if %}", "*", "_", "\n", " ", "é", "’", "\u0000"])
FIELD_TEXT = st.lists(st.one_of(MARKUP, st.text(max_size=8)), max_size=8).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD_TEXT, what=FIELD_TEXT, action=FIELD_TEXT)
def test_any_text_stays_data_in_slack_and_html(name: str, what: str, action: str) -> None:
    data = incident("competence", "acknowledgment") | {
        "customer_name": name, "what_happened": what or "x", "actions": [action or "x"],
    }
    try:
        slack = draft(data, kind="acknowledgment", channel="slack", now=NOW)
        email = draft(data, kind="acknowledgment", channel="email", now=NOW)
    except IncidentError:
        return  # e.g. a field that is only spaces: reported as missing, never rendered
    for text in [slack.text] + [b["text"]["text"] for b in slack.payload["blocks"]]:
        assert "<" not in text and ">" not in text
    parsed = parse_html(email.payload["html"])
    assert parsed.errors == [] and parsed.stack == []
    assert set(parsed.tags) <= {"html", "head", "meta", "title", "body", "p", "br", "ul", "li"}
