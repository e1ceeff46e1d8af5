"""The promise tracker and its worker, on SQLite and (when configured) PostgreSQL.

Promises come from sent messages through the real checker; reminders and misses reach plugins
through the real hooks. The two-worker test runs real processes against one database.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from db_support import DATABASES, empty_database

from plugin_core import hookimpl
from plugin_core.cli import cli
from plugin_core.plugins import pm
from plugin_core.store import Store, open_store
from plugin_core.store.errors import PromiseNotFound, TransitionError
from plugin_core.store.models import PromiseRow
from plugin_core.store.promises import (
    PromiseState,
    TrackedPromise,
    close_promise,
    kept_rates,
    list_promises,
    record_message,
)
from plugin_core.store.reminders import run_due

SENT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday, 10:00 UTC
UPDATE_BY_3PM = (
    "Hi Dana, the double charge on your March invoice was our billing error. "
    "I'll update you by 3pm today with the refund reference."
)


class Recorder:
    """A plugin that remembers which promises it was told about."""

    def __init__(self) -> None:
        self.due: list[TrackedPromise] = []
        self.missed: list[TrackedPromise] = []

    @hookimpl
    def commitment_due(self, commitment: TrackedPromise) -> None:
        self.due.append(commitment)

    @hookimpl
    def commitment_missed(self, commitment: TrackedPromise) -> None:
        self.missed.append(commitment)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    plugin = Recorder()
    pm.register(plugin)
    try:
        yield plugin
    finally:
        pm.unregister(plugin)


def record(store: Store, text: str = UPDATE_BY_3PM, *, ticket: str = "ZD-7", agent: str = "sam",
           at: datetime = SENT, **extra: Any) -> tuple[list[TrackedPromise], list[TrackedPromise]]:
    kept, new = record_message(store, ticket=ticket, agent=agent, text=text, sent_at=at, **extra)
    return kept, new


# --- recording sent messages --------------------------------------------------------------


def test_a_sent_promise_is_tracked_with_its_due_time(store: Store) -> None:
    _, new = record(store, team="billing")
    assert len(new) == 1
    promise = new[0]
    assert "update you by 3pm" in promise.text
    assert promise.due == datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    assert (promise.state, promise.ticket, promise.agent, promise.team) == (
        PromiseState.OPEN, "ZD-7", "sam", "billing")
    assert list_promises(store) == new


def test_due_times_are_read_in_the_message_time_zone(store: Store) -> None:
    _, new = record(store, tz="Europe/Berlin")  # 3pm in Berlin is 14:00 UTC in March
    assert new[0].due == datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def test_vague_promises_are_tracked_without_a_due_time(store: Store) -> None:
    _, new = record(store, "Thanks for your patience. We'll get back to you soon.")
    assert [(p.vague, p.due) for p in new] == [(True, None)]


def test_recording_the_same_message_twice_tracks_its_promises_once(store: Store) -> None:
    record(store)
    _, again = record(store)
    assert again == []
    assert len(list_promises(store)) == 1


def test_an_update_before_the_due_time_keeps_the_promise(store: Store) -> None:
    _, (promise,) = record(store)
    kept, _ = record(store, "Your refund reference is RF-2231; it reaches your card in 3 days.",
                     agent="lee", at=SENT + timedelta(hours=4))
    assert [p.id for p in kept] == [promise.id]
    (stored,) = list_promises(store)
    assert (stored.state, stored.closed_by) == (PromiseState.KEPT, "lee")


def test_an_update_on_another_ticket_keeps_nothing(store: Store) -> None:
    record(store)
    kept, _ = record(store, "Your refund reference is RF-2231.", ticket="ZD-8",
                     at=SENT + timedelta(hours=1))
    assert kept == []
    assert list_promises(store, state="open")[0].ticket == "ZD-7"


def test_an_update_after_the_due_time_does_not_keep_the_promise(store: Store) -> None:
    record(store)
    kept, _ = record(store, "Your refund reference is RF-2231.", at=SENT + timedelta(hours=6))
    assert kept == []


def test_a_message_does_not_keep_the_promises_it_makes(store: Store) -> None:
    kept, new = record(store)
    assert kept == [] and new[0].state is PromiseState.OPEN


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ({"ticket": " "}, "ticket must not be empty"),
        ({"agent": ""}, "agent must not be empty"),
        ({"text": "  \n"}, "message is empty"),
        ({"sent_at": datetime(2026, 3, 2, 10, 0)}, "timezone-aware"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    store: Store, args: dict[str, Any], says: str
) -> None:
    values: dict[str, Any] = {"ticket": "ZD-7", "agent": "sam", "text": UPDATE_BY_3PM,
                              "sent_at": SENT} | args
    with pytest.raises(Exception, match=says):
        record_message(store, **values)
    assert list_promises(store) == []


# --- keeping and cancelling by hand -----------------------------------------------------------


def test_a_lead_can_keep_or_cancel_an_open_promise(store: Store) -> None:
    _, (first,) = record(store)
    _, (second,) = record(store, "I'll call you tomorrow at 9am.", ticket="ZD-9")
    assert close_promise(store, first.id, "kept", by="lee").state is PromiseState.KEPT
    assert close_promise(store, second.id, "cancelled", by="lee").state is PromiseState.CANCELLED


def test_a_closed_promise_cannot_change_again(store: Store) -> None:
    _, (promise,) = record(store)
    close_promise(store, promise.id, "cancelled", by="lee")
    with pytest.raises(TransitionError, match="already cancelled"):
        close_promise(store, promise.id, "kept", by="lee")
    assert list_promises(store)[0].state is PromiseState.CANCELLED


def test_an_unknown_promise_is_a_clear_error(store: Store) -> None:
    with pytest.raises(PromiseNotFound, match="no promise with id 999"):
        close_promise(store, 999, "kept", by="lee")


# --- reminders and misses ---------------------------------------------------------------------


def test_the_reminder_fires_ahead_of_the_due_time_once(store: Store, recorder: Recorder) -> None:
    _, (promise,) = record(store)
    assert run_due(store, now=datetime(2026, 3, 2, 14, 40, tzinfo=UTC)) == (0, 0)
    assert run_due(store, now=datetime(2026, 3, 2, 14, 46, tzinfo=UTC)) == (1, 0)
    assert [p.id for p in recorder.due] == [promise.id]
    assert run_due(store, now=datetime(2026, 3, 2, 14, 50, tzinfo=UTC)) == (0, 0)
    assert len(recorder.due) == 1


def test_the_lead_time_is_configurable(store: Store, recorder: Recorder) -> None:
    record(store)
    now = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    assert run_due(store, now=now) == (0, 0)
    assert run_due(store, now=now, remind_before=timedelta(hours=1)) == (1, 0)


def test_a_promise_past_its_due_time_is_missed_once(store: Store, recorder: Recorder) -> None:
    _, (promise,) = record(store)
    late = datetime(2026, 3, 2, 15, 1, tzinfo=UTC)
    assert run_due(store, now=late) == (0, 1)
    assert [p.id for p in recorder.missed] == [promise.id]
    assert list_promises(store)[0].state is PromiseState.MISSED
    assert run_due(store, now=late + timedelta(hours=1)) == (0, 0)


def test_kept_and_vague_promises_never_fire(store: Store, recorder: Recorder) -> None:
    record(store)
    record(store, "We'll look into it and get back to you.", ticket="ZD-9")
    record(store, "Your refund reference is RF-2231.", at=SENT + timedelta(hours=1))
    assert run_due(store, now=SENT + timedelta(days=3)) == (0, 0)
    assert recorder.due == recorder.missed == []


class Crash(Exception):
    pass


class CrashingPlugin:
    @hookimpl
    def commitment_due(self, commitment: TrackedPromise) -> None:
        raise Crash("notification service down")


def test_a_worker_that_crashes_mid_batch_loses_no_reminder(
    store: Store, recorder: Recorder
) -> None:
    _, (promise,) = record(store)
    at = datetime(2026, 3, 2, 14, 50, tzinfo=UTC)
    crashing = CrashingPlugin()
    pm.register(crashing)
    try:
        with pytest.raises(Crash):
            run_due(store, now=at)
    finally:
        pm.unregister(crashing)
    assert list_promises(store)[0].reminded_at is None
    assert run_due(store, now=at) == (1, 0)
    assert recorder.due[-1].id == promise.id


# --- kept-rate --------------------------------------------------------------------------------


def test_kept_rate_per_agent_and_per_team(store: Store) -> None:
    for n, (agent, team) in enumerate([("sam", "billing"), ("sam", "billing"), ("ada", "ops")]):
        record(store, f"I'll update you by {n + 1}pm today.", ticket=f"T-{n}", agent=agent,
               team=team)
    record(store, "Done: refund sent.", ticket="T-0", at=SENT + timedelta(hours=1))  # keeps T-0
    run_due(store, now=SENT + timedelta(days=1))  # T-1 and T-2 are missed
    rates = {r.name: r for r in kept_rates(store)}
    assert (rates["sam"].kept, rates["sam"].missed, rates["sam"].rate) == (1, 1, 0.5)
    assert (rates["ada"].kept, rates["ada"].missed, rates["ada"].rate) == (0, 1, 0.0)
    teams = {r.name: r.rate for r in kept_rates(store, by="team")}
    assert teams == {"billing": 0.5, "ops": 0.0}


# --- several workers --------------------------------------------------------------------------


class FileLog:
    """A plugin that appends each reminded promise id to a file (one per process)."""

    def __init__(self, path: str) -> None:
        self.path = path

    @hookimpl
    def commitment_due(self, commitment: TrackedPromise) -> None:
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(f"{commitment.id}\n")


def _worker(url: str, log: str, now: datetime, start: Any) -> None:
    pm.register(FileLog(log))
    start.wait()
    with open_store(url) as store:
        run_due(store, now=now, batch=10)


@pytest.mark.parametrize("database", DATABASES)
def test_two_workers_fire_each_of_500_reminders_exactly_once(
    database: str, tmp_path: Path
) -> None:
    for url in empty_database(database, tmp_path):
        with open_store(url) as store, store.write() as session:
            session.add_all(
                PromiseRow(
                    key=f"load:{i}", ticket=f"T-{i}", agent="sam", team=None,
                    text="I'll update you by 3pm.", due=SENT + timedelta(minutes=10),
                    vague=False, state="open", made_at=SENT - timedelta(hours=1),
                )
                for i in range(500)
            )
        ctx = multiprocessing.get_context("spawn")
        start = ctx.Event()
        logs = [str(tmp_path / f"worker-{n}.log") for n in range(2)]
        workers = [ctx.Process(target=_worker, args=(url, log, SENT, start)) for log in logs]
        for w in workers:
            w.start()
        start.set()
        for w in workers:
            w.join(120)
            assert w.exitcode == 0
        fired = Counter(
            line for log in logs if Path(log).exists() for line in Path(log).read_text().split()
        )
        assert len(fired) == 500
        assert max(fired.values()) == 1
        with open_store(url) as store:
            assert all(p.reminded_at is not None for p in list_promises(store))


# --- the command line -------------------------------------------------------------------------


def test_cli_records_lists_keeps_and_reports_kept_rates(tmp_path: Path) -> None:
    runner = CliRunner()
    db = ["--db", f"sqlite:///{tmp_path / 'amends.sqlite3'}"]
    out = runner.invoke(cli, ["promises", "record", "-", "--ticket", "ZD-7", "--agent", "sam",
                              "--sent-at", "2026-03-02T10:00:00+00:00", *db],
                        input=UPDATE_BY_3PM)
    assert out.exit_code == 0, out.output
    assert out.output.startswith("tracking 1  ")
    listed = runner.invoke(cli, ["promises", "list", "--state", "open", *db])
    assert "2026-03-02 15:00 UTC" in listed.output and "ZD-7" in listed.output
    kept = runner.invoke(cli, ["promises", "keep", "1", "--by", "lee", *db])
    assert kept.output.strip() == "promise 1 is kept"
    again = runner.invoke(cli, ["promises", "cancel", "1", "--by", "lee", *db])
    assert again.exit_code == 2
    assert again.output.startswith("amends: error: promise 1 is already kept")
    stats = runner.invoke(cli, ["promises", "stats", *db])
    assert stats.output.splitlines()[1].split() == ["sam", "1", "0", "0", "0", "100%"]


def test_cli_worker_once_prints_what_it_fired(tmp_path: Path) -> None:
    runner = CliRunner()
    url = f"sqlite:///{tmp_path / 'amends.sqlite3'}"
    with open_store(url) as store:
        record(store, at=datetime.now(UTC) - timedelta(days=1))  # due yesterday 3pm: missed
    out = runner.invoke(cli, ["worker", "--once", "--db", url])
    assert out.exit_code == 0, out.output
    assert "missed   promise 1 on ZD-7 (sam)" in out.output
    assert "pass: 0 reminded, 1 missed" in out.output


def test_cli_unknown_promise_is_exit_2(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["promises", "keep", "42", "--by", "lee",
                                   "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}"])
    assert out.exit_code == 2
    assert out.output.strip() == "amends: error: no promise with id 42"
