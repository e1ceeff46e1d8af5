"""``amends draft`` and ``amends templates`` on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from draft_support import incident

from plugin_core.cli import cli

NOW = "2026-03-02T10:00:00+00:00"


def write(tmp_path: Path, data: dict[str, Any], name: str = "incident.yaml") -> Path:
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(data))
    else:
        path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def run(runner: CliRunner, *args: str | Path) -> Any:
    return runner.invoke(cli, [str(a) for a in args])


def test_draft_from_a_yaml_file_prints_subject_and_text(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = write(tmp_path, incident("competence", "apology", "high"))
    result = run(runner, "draft", "--kind", "apology", "--channel", "email",
                 "--incident", path, "--now", NOW)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Subject: Double charge on your March invoice: our apology\n")
    assert "I'll update you by 12:00 UTC on Tuesday 3 March." in result.stdout
    assert "score 100 (A), no findings" in result.stderr


def test_draft_from_json_as_json_has_text_payload_and_report(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = write(tmp_path, incident("outage", "update"), "incident.json")
    result = run(runner, "draft", "--kind", "update", "--channel", "slack", "--incident", path,
                 "--now", NOW, "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"kind", "channel", "tone", "text", "payload", "report"}
    assert out["payload"]["blocks"][0]["type"] == "section"
    assert out["report"]["components"]["next-update"] is True


def test_all_channels_from_one_incident(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, incident("care", "acknowledgment"))
    result = run(runner, "draft", "--kind", "acknowledgment", "--all-channels",
                 "--incident", path, "--now", NOW, "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert list(out) == ["email", "chat", "slack", "sms", "social", "status"]
    text = run(runner, "draft", "--kind", "acknowledgment", "--all-channels",
               "--incident", path, "--now", NOW)
    assert text.exit_code == 0
    for channel in out:
        assert f"==> {channel} <==" in text.stdout


def test_flags_alone_make_an_incident_and_override_the_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    flags = [
        "--failure-type", "outage", "--company", "Ledgerly", "--agent-name", "Priya Shah",
        "--what-happened", "report exports are failing", "--impact",
        "you couldn't download your reports", "--action", "we're rolling back the change",
        "--started", "2026-03-02T09:10:00Z", "--next-update", "2026-03-02T11:00:00Z",
    ]
    result = run(runner, "draft", "--kind", "acknowledgment", "--channel", "chat",
                 "--now", NOW, *flags)
    assert result.exit_code == 0, result.output
    assert "Report exports are failing." in result.stdout

    path = write(tmp_path, incident("outage", "acknowledgment"))
    result = run(runner, "draft", "--kind", "acknowledgment", "--channel", "chat",
                 "--incident", path, "--now", NOW, "--customer-name", "Sam Okafor")
    assert result.stdout.startswith("Hi Sam,")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("what_happened: [unclosed", "is not valid YAML"),
        ("- a list\n- not a mapping", "must hold a mapping"),
        ("", "is empty"),
        ("company: Ledgerly\nwhat_hapened: typo", "what_hapened: unknown field"),
        ("next_update_at: 15:00", "next_update_at: give a date and time"),
    ],
)
def test_a_bad_incident_file_is_one_line_and_exit_2(
    runner: CliRunner, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "incident.yaml"
    path.write_text(content)
    result = run(runner, "draft", "--kind", "apology", "--channel", "email", "--incident", path)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("amends: error: ")


def test_missing_fields_are_named_and_exit_2(runner: CliRunner) -> None:
    result = run(runner, "draft", "--kind", "resolution", "--channel", "email",
                 "--company", "Ledgerly", "--failure-type", "competence")
    assert result.exit_code == 2
    assert ("needs these incident fields: agent_name, what_happened, actions, prevention, "
            "resolved_at") in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--channel", "email", "--all-channels"],
        ["--channel", "fax"],
        ["--channel", "email", "--incident", "does-not-exist.yaml"],
        ["--channel", "email"],  # no incident at all
    ],
)
def test_bad_usage_is_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = run(runner, "draft", "--kind", "apology", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("amends: error: ")


def test_a_draft_that_fails_the_check_still_prints_and_exits_1(
    runner: CliRunner, tmp_path: Path
) -> None:
    team = tmp_path / "team" / "blocks"
    team.mkdir(parents=True)
    (team / "regret.j2").write_text("We apologize for any inconvenience.")
    config = tmp_path / "amends.toml"
    config.write_text(f"template_dirs = [{json.dumps(str(team.parent))}]\n")
    path = write(tmp_path, incident("competence", "apology"))
    result = run(runner, "draft", "--kind", "apology", "--channel", "email", "--incident", path,
                 "--now", NOW, "--config", config)
    assert result.exit_code == 1
    assert "We apologize for any inconvenience." in result.stdout
    assert "boilerplate-apology (warning)" in result.stderr


def test_a_hostile_team_template_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    team = tmp_path / "team" / "blocks"
    team.mkdir(parents=True)
    (team / "greeting.j2").write_text("{{ ''.__class__.__mro__ }}")
    config = tmp_path / "amends.toml"
    config.write_text(f"template_dirs = [{json.dumps(str(team.parent))}]\n")
    path = write(tmp_path, incident("competence", "apology"))
    result = run(runner, "draft", "--kind", "apology", "--channel", "email", "--incident", path,
                 "--config", config)
    assert result.exit_code == 2
    assert "sandbox forbids" in result.stderr


def test_templates_lists_each_name_and_the_file_that_wins(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(runner, "templates")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("email/apology.j2") and "built-in" in line for line in lines)

    team = tmp_path / "team" / "blocks"
    team.mkdir(parents=True)
    (team / "impact.j2").write_text("Because of this, {{ impact|clause }}.")
    config = tmp_path / "amends.toml"
    config.write_text(f"template_dirs = [{json.dumps(str(team.parent))}]\n")
    result = run(runner, "templates", "--config", config)
    impact = next(line for line in result.stdout.splitlines() if "blocks/impact.j2" in line)
    assert " team " in impact and str(team / "impact.j2") in impact
    assert impact.endswith("(overrides built-in)")


def test_amends_draft_runs_as_a_program(tmp_path: Path) -> None:
    path = write(tmp_path, incident("outage", "acknowledgment"))
    amends = Path(sys.executable).parent / "amends"
    done = subprocess.run(
        [str(amends), "draft", "--kind", "acknowledgment", "--channel", "sms",
         "--incident", str(path), "--now", NOW],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Report exports in Ledgerly are failing." in done.stdout
    assert len(done.stdout.strip()) <= 280


def test_an_incident_can_come_from_standard_input(runner: CliRunner) -> None:
    data = yaml.safe_dump(incident("outage", "update"))
    result = runner.invoke(cli, ["draft", "--kind", "update", "--channel", "status",
                                 "--incident", "-", "--now", NOW], input=data)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Monitoring: Report exports failing")


def test_a_next_update_already_past_is_warned_about(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, incident("outage", "acknowledgment"))  # due 2 March 2026
    args = ["draft", "--kind", "acknowledgment", "--channel", "chat", "--incident", str(path)]
    past = runner.invoke(cli, args)
    assert past.exit_code == 0
    assert "warning: next_update_at 2026-03-02T10:30:00+00:00 is in the past" in past.stderr
    assert "warning" not in runner.invoke(cli, [*args, "--now", NOW]).stderr
