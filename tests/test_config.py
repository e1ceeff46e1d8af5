"""Team configuration: amends.toml, AMENDS_* variables and explicit overrides."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from plugin_core import Audience, ConfigError, Level, check, load_config

BOILERPLATE = "We apologize for any inconvenience this may have caused."


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "amends.toml"
    path.write_text(
        'max_grade = 12\ntimezone = "Europe/Berlin"\naudience = "technical"\nfail_on = "info"\n',
        encoding="utf-8",
    )
    return path


def test_file_values_apply(team_file: Path) -> None:
    config = load_config(team_file)
    assert (config.max_grade, config.timezone) == (12, "Europe/Berlin")
    assert (config.audience, config.fail_on) == (Audience.TECHNICAL, Level.INFO)


def test_environment_beats_the_file(team_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMENDS_MAX_GRADE", "9")
    monkeypatch.setenv("AMENDS_AUDIENCE", "customer")
    config = load_config(team_file)
    assert config.max_grade == 9
    assert config.audience == Audience.CUSTOMER
    assert config.timezone == "Europe/Berlin"


def test_overrides_beat_environment_and_file(
    team_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMENDS_MAX_GRADE", "9")
    monkeypatch.setenv("AMENDS_TIMEZONE", "America/New_York")
    config = load_config(team_file, max_grade=7, timezone="Asia/Tokyo")
    assert (config.max_grade, config.timezone) == (7, "Asia/Tokyo")


def test_none_overrides_are_ignored(team_file: Path) -> None:
    config = load_config(team_file, timezone=None, audience=None)
    assert (config.timezone, config.audience) == ("Europe/Berlin", Audience.TECHNICAL)


def test_file_named_by_amends_config_is_read(
    team_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMENDS_CONFIG", str(team_file))
    assert load_config().timezone == "Europe/Berlin"


def test_explicit_path_beats_amends_config(
    team_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.toml"
    other.write_text('timezone = "Asia/Tokyo"\n')
    monkeypatch.setenv("AMENDS_CONFIG", str(team_file))
    assert load_config(other).timezone == "Asia/Tokyo"


def test_amends_toml_in_the_working_directory_is_read(
    team_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(team_file.parent)
    assert load_config().timezone == "Europe/Berlin"


def test_without_any_file_defaults_apply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert (config.max_grade, config.timezone, config.fail_on) == (10, "UTC", Level.WARNING)


def test_unknown_key_is_a_config_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "amends.toml"
    path.write_text("max_grade = 9\nfail_level = \"error\"\n")
    with pytest.raises(ConfigError, match="fail_level"):
        load_config(path)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "support-team.toml"
    path.write_text("[levels\njargon = \"warning\"\n")
    with pytest.raises(ConfigError, match=r"support-team\.toml"):
        load_config(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "amends.toml")


@pytest.mark.parametrize("source", ["file", "env", "override"])
def test_unknown_time_zone_is_a_config_error(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('timezone = "Europe/Atlantis"\n' if source == "file" else "")
    if source == "env":
        monkeypatch.setenv("AMENDS_TIMEZONE", "Europe/Atlantis")
    overrides = {"timezone": "Europe/Atlantis"} if source == "override" else {}
    with pytest.raises(ConfigError, match="Europe/Atlantis"):
        load_config(path, **overrides)


def test_invalid_level_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('[levels]\nmissing-contact = "critical"\n')
    with pytest.raises(ConfigError, match="levels"):
        load_config(path)


@pytest.mark.parametrize(
    "table",
    ['disable = ["no-such-rule"]', '[levels]\nno-such-rule = "info"'],
    ids=["disable", "levels"],
)
def test_unknown_rule_id_is_a_config_error_at_check_time(
    table: str, tmp_path: Path, now: datetime
) -> None:
    path = tmp_path / "amends.toml"
    path.write_text(table + "\n")
    config = load_config(path)
    with pytest.raises(ConfigError, match="no-such-rule"):
        check(BOILERPLATE, now=now, config=config)


def test_phrases_for_a_code_rule_are_a_config_error(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('[phrases]\nmissing-contact = ["call us"]\n')
    with pytest.raises(ConfigError, match="missing-contact"):
        check(BOILERPLATE, now=now, config=load_config(path))


def test_disabled_rule_reports_nothing(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('disable = ["missing-ownership"]\n')
    rules = {f.rule for f in check(BOILERPLATE, now=now, config=load_config(path)).findings}
    assert "missing-ownership" in {f.rule for f in check(BOILERPLATE, now=now).findings}
    assert "missing-ownership" not in rules


def test_level_override_changes_the_finding_severity(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('[levels]\nmissing-contact = "error"\n')
    report = check(BOILERPLATE, now=now, config=load_config(path))
    assert [f.severity for f in report.findings if f.rule == "missing-contact"] == [Level.ERROR]
    assert report.worst() == Level.ERROR


def test_channel_limit_can_be_set_per_channel(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "amends.toml"
    path.write_text("[channel_limits]\nchat = 40\n")
    text = "Your export is fixed and every file is back in your folder."
    limited = check(text, channel="chat", now=now, config=load_config(path))
    assert [f.text for f in limited.findings if f.rule == "channel-limit"] == [text[40:]]
    assert all(f.rule != "channel-limit" for f in check(text, channel="chat", now=now).findings)


def test_disable_list_from_the_environment_is_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AMENDS_DISABLE", '["jargon", "readability"]')
    assert load_config().disable == {"jargon", "readability"}


def test_paths_in_the_config_file_are_relative_to_the_file(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "amends.toml").write_text(
        'template_dirs = ["templates", "/srv/shared-templates"]\n'
        'remediation_policy = "policy.toml"\n'
    )
    config = load_config(team / "amends.toml")
    assert config.template_dirs == [team / "templates", Path("/srv/shared-templates")]
    assert config.remediation_policy == team / "policy.toml"
