"""The ``amends`` command as a person and a CI job use it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from plugin_core import COMPONENTS, Config, __version__, all_rules, check
from plugin_core.cli import cli

BOILERPLATE = "We apologize for any inconvenience this may have caused.\n"
GOOD_APOLOGY = (
    "Hi Dana,\n\n"
    "I'm sorry: our billing job charged your March invoice twice, so you paid $120 extra "
    "and your card hit its limit. That was our mistake. I've refunded the duplicate charge "
    "and we've added a check that blocks a second charge for the same invoice.\n\n"
    "Priya\n"
)
TICKET_MESSAGE = "Hi Sam,\nYour export failed during INC-4821; we've fixed it.\n"
JARGON = (
    "I'm sorry your dashboards were empty this morning. A race condition in our deploy "
    "caused it; we did a rollback at 09:40 UTC and will share the RCA with you."
)
NOW_ISO = "2026-03-02T10:00:00+00:00"


def run(runner: CliRunner, *args: str, input: str | bytes | None = None) -> Result:
    return runner.invoke(cli, list(args), input=input)


def run_json(runner: CliRunner, *args: str, input: str) -> dict[str, Any]:
    result = run(runner, "check", "-", "--format", "json", "--now", NOW_ISO, *args, input=input)
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def rules_found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


def assert_one_line_error(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("amends: error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


# --- exit status ---------------------------------------------------------------------


def test_boilerplate_apology_fails_default_fail_on_warning(runner: CliRunner) -> None:
    result = run(runner, "check", "-", input=BOILERPLATE)
    assert result.exit_code == 1
    assert "missing-ownership" in result.stdout


def test_fail_on_error_passes_a_message_with_only_warnings(runner: CliRunner) -> None:
    result = run(runner, "check", "-", "--fail-on", "error", input=BOILERPLATE)
    assert result.exit_code == 0, result.stdout
    assert "warning" in result.stdout


def test_message_without_findings_exits_0(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = ", ".join(f'"{r.id}"' for r in all_rules())
    (tmp_path / "amends.toml").write_text(f"disable = [{ids}]\n")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "check", "-", input=BOILERPLATE)
    assert result.exit_code == 0, result.stdout
    assert "no findings" in result.stdout


@pytest.mark.parametrize(
    ("level", "fail_on", "status"),
    [
        ("info", "info", 1),
        ("info", "warning", 0),
        ("warning", "warning", 1),
        ("warning", "error", 0),
        ("error", "error", 1),
        ("error", "info", 1),
    ],
)
def test_exit_status_compares_the_worst_finding_with_fail_on(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticket_plugin: Callable[..., Any],
    level: str,
    fail_on: str,
    status: int,
) -> None:
    ticket_plugin(level)
    others = ", ".join(f'"{r.id}"' for r in all_rules() if r.id != "internal-ticket-id")
    (tmp_path / "amends.toml").write_text(f"disable = [{others}]\n")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "check", "-", "--fail-on", fail_on, input=TICKET_MESSAGE)
    assert result.exit_code == status, result.stdout


def test_fail_on_default_comes_from_the_config_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "amends.toml").write_text('fail_on = "error"\n')
    monkeypatch.chdir(tmp_path)
    assert run(runner, "check", "-", input=BOILERPLATE).exit_code == 0
    assert run(runner, "check", "-", "--fail-on", "info", input=BOILERPLATE).exit_code == 1


# --- input -----------------------------------------------------------------------------


def test_reads_a_file_argument(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(BOILERPLATE, encoding="utf-8")
    from_file = run(runner, "check", str(path), "--format", "json", "--now", NOW_ISO)
    from_stdin = run(runner, "check", "-", "--format", "json", "--now", NOW_ISO, input=BOILERPLATE)
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)


def test_reads_standard_input_when_no_file_is_named(runner: CliRunner) -> None:
    result = run(runner, "check", "--format", "json", input=BOILERPLATE)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["kind"] == "apology"


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["--kind", "complaint"], BOILERPLATE),
        (["--severity", "catastrophic"], BOILERPLATE),
        (["--channel", "fax"], BOILERPLATE),
        (["--audience", "lawyers"], BOILERPLATE),
        (["--format", "xml"], BOILERPLATE),
        (["--fail-on", "fatal"], BOILERPLATE),
        (["--now", "next tuesday"], BOILERPLATE),
        (["--tz", "Mars/Olympus_Mons"], BOILERPLATE),
        (["--monthly-fee", "-40"], BOILERPLATE),
        (["--no-such-flag"], BOILERPLATE),
        ([], ""),
        ([], "   \n\t\n"),
        ([], b"%PDF-1.7\x00\x01\x02"),
        ([], "Caf\u00e9 au lait, sorry.".encode("latin-1")),
    ],
    ids=[
        "kind", "severity", "channel", "audience", "format", "fail-on", "now", "tz",
        "monthly-fee", "unknown-option", "empty-stdin", "whitespace-stdin", "binary-stdin",
        "latin-1-stdin",
    ],
)
def test_bad_usage_or_input_is_one_error_line_and_exit_2(
    runner: CliRunner, args: list[str], stdin: str | bytes
) -> None:
    assert_one_line_error(run(runner, "check", "-", *args, input=stdin))


def test_missing_file_is_reported_by_name(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "check", str(tmp_path / "draft.txt"))
    assert_one_line_error(result)
    assert "draft.txt" in result.stderr


@pytest.mark.parametrize(
    "content",
    [b"", b"\n  \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Grüße, sorry".encode("cp1252")],
    ids=["empty", "whitespace", "binary", "non-utf8"],
)
def test_unusable_file_is_one_error_line_and_exit_2(
    runner: CliRunner, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "reply.txt"
    path.write_bytes(content)
    result = run(runner, "check", str(path))
    assert_one_line_error(result)
    assert "reply.txt" in result.stderr


def test_directory_is_not_a_message(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "check", str(tmp_path))
    assert_one_line_error(result)
    assert "directory" in result.stderr


@pytest.mark.parametrize(
    "config",
    [
        "disable = [\n",
        "colour = true\n",
        'disable = ["no-such-rule"]\n',
        "max_grade = -3\n",
        'timezone = "Mars/Olympus_Mons"\n',
        '[levels]\nmissing-contact = "fatal"\n',
    ],
    ids=["toml-syntax", "unknown-key", "unknown-rule", "bad-value", "bad-zone", "bad-level"],
)
def test_invalid_config_file_is_one_error_line_and_exit_2(
    runner: CliRunner, tmp_path: Path, config: str
) -> None:
    path = tmp_path / "team.toml"
    path.write_text(config)
    assert_one_line_error(run(runner, "check", "-", "--config", str(path), input=BOILERPLATE))


def test_missing_config_named_by_environment_is_an_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(
        cli, ["check", "-"], input=BOILERPLATE, env={"AMENDS_CONFIG": str(tmp_path / "nope.toml")}
    )
    assert_one_line_error(result)
    assert "nope.toml" in result.stderr


# --- output ----------------------------------------------------------------------------


def test_json_output_is_exactly_the_report(runner: CliRunner, now: datetime) -> None:
    report = run_json(runner, "--kind", "update", "--severity", "high", input=BOILERPLATE)
    expected = check(BOILERPLATE, kind="update", severity="high", now=now, tz="UTC",
                     config=Config())
    assert report == expected.model_dump(mode="json")


def test_json_report_has_the_contract_keys(runner: CliRunner) -> None:
    report = run_json(runner, input=GOOD_APOLOGY)
    assert set(report) == {"kind", "score", "grade", "components", "findings", "commitments"}
    assert list(report["components"]) == list(COMPONENTS)
    for finding in report["findings"]:
        assert GOOD_APOLOGY[finding["start"] : finding["end"]] == finding["text"]


def test_text_output_locates_highlights_and_advises(
    runner: CliRunner, ticket_plugin: Callable[..., Any]
) -> None:
    ticket_plugin()
    result = run(runner, "check", "-", input=TICKET_MESSAGE)
    lines = result.stdout.splitlines()
    header = "2:27  warning  internal-ticket-id  Internal ticket ids mean nothing to customers."
    i = lines.index(header)
    assert lines[i + 1] == "    Your export failed during INC-4821; we've fixed it."
    assert lines[i + 2] == "    " + " " * 26 + "^" * len("INC-4821")
    assert lines[i + 3] == "    suggestion: Describe the incident in plain words instead."
    assert lines[i + 4] == "    replacement: the incident"
    assert "\x1b[" not in result.stdout


def test_text_output_uses_colour_instead_of_carets_on_a_terminal(
    runner: CliRunner, ticket_plugin: Callable[..., Any]
) -> None:
    ticket_plugin()
    result = runner.invoke(cli, ["check", "-"], input=TICKET_MESSAGE, color=True)
    line = next(ln for ln in result.stdout.splitlines() if "INC-4821" in ln)
    assert re.search(r"(\x1b\[\d+m)+INC-4821\x1b\[0m", line), repr(line)
    assert "^^^^" not in result.stdout


def test_text_output_ends_with_components_commitments_and_score(runner: CliRunner) -> None:
    result = run(runner, "check", "-", input=GOOD_APOLOGY)
    out = result.stdout
    assert "components\n  present: " in out
    assert "\n  missing: " in out
    assert "commitments" in out
    assert re.search(r"^score \d{1,3} \(grade [ABCDF]\)$", out.splitlines()[-1])


def test_audience_technical_silences_jargon(runner: CliRunner) -> None:
    for_customers = run_json(runner, input=JARGON)
    for_engineers = run_json(runner, "--audience", "technical", input=JARGON)
    assert rules_found(for_customers, "jargon"), "jargon should be flagged for customers"
    assert rules_found(for_engineers, "jargon") == []


# --- configuration through the CLI ------------------------------------------------------


def test_config_file_disables_a_rule(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('disable = ["missing-ownership"]\n')
    assert rules_found(run_json(runner, input=BOILERPLATE), "missing-ownership")
    assert rules_found(run_json(runner, "--config", str(path), input=BOILERPLATE),
                       "missing-ownership") == []


def test_config_file_changes_a_rule_level(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "amends.toml"
    path.write_text('[levels]\nmissing-contact = "error"\n')
    report = run_json(runner, "--config", str(path), input=BOILERPLATE)
    assert [f["severity"] for f in rules_found(report, "missing-contact")] == ["error"]


def test_config_file_adds_a_phrase_to_a_rule(runner: CliRunner, tmp_path: Path) -> None:
    text = "Thanks for your patience while we fixed the export. We're on this journey together!"
    path = tmp_path / "amends.toml"
    path.write_text('[phrases]\ncorporate-speak = ["on this journey together"]\n')
    assert rules_found(run_json(runner, input=text), "corporate-speak") == []
    report = run_json(runner, "--config", str(path), input=text)
    assert [f["text"] for f in rules_found(report, "corporate-speak")] == [
        "on this journey together"
    ]


def test_config_file_in_the_working_directory_is_used(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "amends.toml").write_text('disable = ["missing-ownership"]\n')
    monkeypatch.chdir(tmp_path)
    assert rules_found(run_json(runner, input=BOILERPLATE), "missing-ownership") == []


# --- rules -----------------------------------------------------------------------------


def test_rules_lists_every_rule_with_its_level_aligned(runner: CliRunner) -> None:
    result = run(runner, "rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    rules = all_rules()
    assert [ln.split()[0] for ln in lines] == [r.id for r in rules]
    width = max(len(r.id) for r in rules)
    for line, rule in zip(lines, rules, strict=True):
        assert line[width + 2 :].startswith(rule.level.value)
        assert rule.summary in line


def test_rules_explains_one_rule_with_its_examples(runner: CliRunner) -> None:
    result = run(runner, "rules", "vague-commitment")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("vague-commitment  (warning)\n")
    assert "examples" in out
    assert 'flags "We\'ll have it fixed shortly"' in out
    assert "does not flag" in out


def test_unknown_rule_suggests_close_ids(runner: CliRunner) -> None:
    result = run(runner, "rules", "vague-comitment")
    assert_one_line_error(result)
    assert "vague-commitment" in result.stderr


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"amends, version {__version__}"


# --- the installed console script ---------------------------------------------------------


def amends_script() -> str:
    beside = Path(sys.executable).with_name("amends")
    found = str(beside) if beside.exists() else shutil.which("amends")
    assert found, "the amends console script is not installed (pip install -e '.[dev]')"
    return found


def run_script(*args: str, input: bytes) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMENDS_")}
    return subprocess.run(
        [amends_script(), *args], input=input, capture_output=True, env=env, timeout=60,
        check=False,
    )


def test_console_script_checks_standard_input() -> None:
    proc = run_script("check", "-", "--format", "json", input=BOILERPLATE.encode())
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert list(report["components"]) == list(COMPONENTS)


def test_console_script_reports_bad_input_without_a_traceback() -> None:
    proc = run_script("check", "-", input=b"\xff\xfe sorry")
    assert proc.returncode == 2
    stderr = proc.stderr.decode()
    assert stderr.startswith("amends: error: ") and stderr.count("\n") == 1, stderr
    assert proc.stdout == b""
