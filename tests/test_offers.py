"""The offer ledger: logging, states, approval, the audit trail, the CLI, several writers.

Runs on SQLite always and on PostgreSQL when ``AMENDS_TEST_DATABASE_URL`` is set (see the
``store`` fixture in test_store.py).
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from db_support import DATABASES, empty_database
from sqlalchemy import func, select
from test_store import offer_args

from plugin_core import UsageError, hookimpl, needs_approval
from plugin_core.cli import cli
from plugin_core.store import (
    TRANSITIONS,
    ApprovalRequired,
    LedgerOffer,
    OfferNotFound,
    OfferState,
    Store,
    TransitionError,
    approve,
    count_offers,
    get_offer,
    list_offers,
    log_offer,
    offer_history,
    open_store,
    set_state,
)
from plugin_core.store.models import OfferAuditRow, OfferRow

S = OfferState
SMALL = "40"  # below the default policy's approval bound for a standard-tier credit
LARGE = "2500"  # above it


@pytest.fixture(params=DATABASES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from empty_database(request.param, tmp_path)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def test_default_policy_splits_small_and_large_credits() -> None:
    """The amounts these tests use fall on either side of the approval bound."""
    assert not needs_approval("credit", float(SMALL))
    assert needs_approval("credit", float(LARGE))


def counts(store: Store) -> tuple[int, int]:
    """(offers, audit entries) in the database."""
    with store.read() as session:
        offers = session.scalar(select(func.count()).select_from(OfferRow))
        audit = session.scalar(select(func.count()).select_from(OfferAuditRow))
    return int(offers or 0), int(audit or 0)


class Recorder:
    """A plugin that records the offers ``offer_logged`` reports, and checks they are stored."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seen: list[LedgerOffer] = []

    @hookimpl
    def offer_logged(self, offer: LedgerOffer) -> None:
        assert get_offer(self.store, offer.id) == offer  # committed before the hook fires
        self.seen.append(offer)


@pytest.fixture
def recorder(store: Store, register_plugin: Any) -> Recorder:
    plugin = Recorder(store)
    register_plugin(plugin)
    return plugin


# --- logging ---------------------------------------------------------------------------


def test_logging_stores_a_proposed_offer(store: Store) -> None:
    offer, created = log_offer(store, **offer_args(amount="12.50", currency="eur"))
    assert created
    assert (offer.state, offer.amount, offer.currency) == (S.PROPOSED, Decimal("12.50"), "EUR")
    assert get_offer(store, offer.id) == offer
    [entry] = offer_history(store, offer.id)
    assert (entry.actor, entry.from_state, entry.to_state) == ("priya", None, S.PROPOSED)


def test_a_repeated_key_returns_the_first_offer_without_a_new_row(
    store: Store,
    recorder: Recorder,
) -> None:
    first = log_offer(store, **offer_args("retry-1")).offer
    before = counts(store)
    again, created = log_offer(store, **offer_args("retry-1", amount="99"))
    assert not created
    assert again == first
    assert counts(store) == before
    assert [o.id for o in recorder.seen] == [first.id]


def test_offer_logged_fires_once_per_new_offer_and_per_change(
    store: Store,
    recorder: Recorder,
) -> None:
    offer = log_offer(store, **offer_args()).offer
    set_state(store, offer.id, S.OFFERED, by="priya")
    seen = [(o.id, o.state) for o in recorder.seen]
    assert seen == [(offer.id, S.PROPOSED), (offer.id, S.OFFERED)]


def test_offers_above_the_bound_are_marked_for_approval(store: Store) -> None:
    assert not log_offer(store, **offer_args("small", amount=SMALL)).offer.approval_required
    assert log_offer(store, **offer_args("large", amount=LARGE)).offer.approval_required


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"amount": "-5"}, "negative"),
        ({"amount": "ten"}, "not a number"),
        ({"amount": "NaN"}, "not a number"),
        ({"amount": "1.23456"}, "decimal places"),
        ({"currency": "XYZ"}, "unknown currency"),
        ({"currency": "dollars"}, "unknown currency"),
        ({"type": "voucher"}, "unknown offer type"),
        ({"severity": "apocalyptic"}, "unknown severity"),
        ({"key": "  "}, "key must not be empty"),
        ({"offered_by": ""}, "by must not be empty"),
        ({"ticket": "x" * 201}, "longer than 200"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    store: Store,
    recorder: Recorder,
    change: dict[str, str],
    says: str,
) -> None:
    log_offer(store, **offer_args("existing"))
    before = counts(store)
    bad = {**offer_args("new"), **change}
    with pytest.raises(UsageError, match=says):
        log_offer(store, **bad)
    assert counts(store) == before
    assert len(recorder.seen) == 1


# --- states and approval -------------------------------------------------------------------

# A path from ``proposed`` to each state, through approval so every state is reachable.
PATHS: dict[OfferState, list[OfferState]] = {
    S.PROPOSED: [],
    S.APPROVED: [S.APPROVED],
    S.OFFERED: [S.APPROVED, S.OFFERED],
    S.ACCEPTED: [S.APPROVED, S.OFFERED, S.ACCEPTED],
    S.DECLINED: [S.APPROVED, S.OFFERED, S.DECLINED],
    S.FULFILLED: [S.APPROVED, S.OFFERED, S.ACCEPTED, S.FULFILLED],
    S.VOID: [S.VOID],
}


def test_the_lifecycle_in_the_issue_is_allowed_and_audited(store: Store) -> None:
    offer = log_offer(store, **offer_args(amount=LARGE)).offer
    approve(store, offer.id, by="lead-sam", note="outage hit payroll")
    set_state(store, offer.id, S.OFFERED, by="priya")
    set_state(store, offer.id, S.ACCEPTED, by="priya", note="customer replied yes")
    done = set_state(store, offer.id, S.FULFILLED, by="finance-jo")
    assert (done.state, done.approver) == (S.FULFILLED, "lead-sam")
    history = [(e.actor, e.from_state, e.to_state, e.note) for e in offer_history(store, offer.id)]
    assert history[1:] == [
        ("lead-sam", S.PROPOSED, S.APPROVED, "outage hit payroll"),
        ("priya", S.APPROVED, S.OFFERED, None),
        ("priya", S.OFFERED, S.ACCEPTED, "customer replied yes"),
        ("finance-jo", S.ACCEPTED, S.FULFILLED, None),
    ]
    times = [e.at for e in offer_history(store, offer.id)]
    assert times == sorted(times)


def test_fulfilled_and_void_are_final_and_nothing_skips_being_offered() -> None:
    assert TRANSITIONS[S.FULFILLED] == TRANSITIONS[S.VOID] == frozenset()
    for state in (S.PROPOSED, S.APPROVED):
        assert not TRANSITIONS[state] & {S.ACCEPTED, S.DECLINED, S.FULFILLED}
    assert S.FULFILLED not in TRANSITIONS[S.DECLINED]


@pytest.mark.parametrize("start", list(S))
def test_set_state_follows_the_transition_table(store: Store, start: OfferState) -> None:
    for target in S:
        offer = log_offer(store, **offer_args(f"{start}-{target}", amount=SMALL)).offer
        for step in PATHS[start]:
            set_state(store, offer.id, step, by="lead-sam")
        before = counts(store)
        if target in TRANSITIONS[start]:
            assert set_state(store, offer.id, target, by="lead-sam").state == target
            assert counts(store) == (before[0], before[1] + 1)
        else:
            with pytest.raises(TransitionError, match=f"is {start} and can't become {target}"):
                set_state(store, offer.id, target, by="lead-sam")
            assert counts(store) == before
            assert get_offer(store, offer.id).state == start


def test_an_offer_above_the_bound_cannot_be_offered_without_approval(store: Store) -> None:
    offer = log_offer(store, **offer_args(amount=LARGE)).offer
    before = counts(store)
    with pytest.raises(ApprovalRequired, match="approve it first"):
        set_state(store, offer.id, S.OFFERED, by="priya")
    assert counts(store) == before
    assert get_offer(store, offer.id).state == S.PROPOSED


def test_an_offer_within_the_bound_can_be_offered_directly(store: Store) -> None:
    offer = log_offer(store, **offer_args(amount=SMALL)).offer
    assert set_state(store, offer.id, S.OFFERED, by="priya").approver is None


def test_approval_is_recorded_and_lets_the_offer_be_made(store: Store) -> None:
    offer = log_offer(store, **offer_args(amount=LARGE)).offer
    approved = approve(store, offer.id, by="lead-sam")
    assert (approved.state, approved.approver) == (S.APPROVED, "lead-sam")
    assert set_state(store, offer.id, S.OFFERED, by="priya").state == S.OFFERED
    entry = offer_history(store, offer.id)[1]
    assert (entry.actor, entry.to_state) == ("lead-sam", S.APPROVED)


@pytest.mark.parametrize(("by", "error"), [("priya", ApprovalRequired), ("  ", UsageError)])
def test_the_agent_who_logged_it_or_nobody_cannot_approve(
    store: Store,
    by: str,
    error: type[Exception],
) -> None:
    offer = log_offer(store, **offer_args(amount=LARGE)).offer
    before = counts(store)
    with pytest.raises(error):
        approve(store, offer.id, by=by)
    assert counts(store) == before
    assert get_offer(store, offer.id).approver is None


def test_unknown_offers_and_states_are_clear_errors(store: Store) -> None:
    offer = log_offer(store, **offer_args()).offer
    with pytest.raises(OfferNotFound, match="no offer with id 999"):
        set_state(store, 999, S.VOID, by="priya")
    with pytest.raises(UsageError, match="unknown state 'paid'"):
        set_state(store, offer.id, "paid", by="priya")
    assert len(offer_history(store, offer.id)) == 1


def test_list_filters_by_state_ticket_and_customer(store: Store) -> None:
    a = log_offer(store, **offer_args("a", ticket="ZD-1", customer="acme")).offer
    b = log_offer(store, **offer_args("b", ticket="ZD-2", customer="acme")).offer
    c = log_offer(store, **offer_args("c", ticket="ZD-2", customer="globex")).offer
    set_state(store, b.id, S.VOID, by="priya")
    assert [o.id for o in list_offers(store)] == [a.id, b.id, c.id]
    assert [o.id for o in list_offers(store, customer="acme")] == [a.id, b.id]
    assert [o.id for o in list_offers(store, ticket="ZD-2", state="proposed")] == [c.id]
    assert count_offers(store, state=S.VOID) == 1


# --- the command line ------------------------------------------------------------------------

LOG = [
    "offers", "log", "--ticket", "ZD-1042", "--platform", "zendesk", "--customer", "acme-co",
    "--type", "credit", "--amount", "40", "--currency", "USD", "--severity", "high",
    "--by", "priya",
]


def amends(runner: CliRunner, url: str, *args: str) -> Result:
    return runner.invoke(cli, list(args), env={"AMENDS_DATABASE_URL": url})


def test_cli_log_prints_the_id_and_a_repeated_key_prints_the_same_id(
    runner: CliRunner,
    store_url: str,
) -> None:
    first = amends(runner, store_url, *LOG, "--key", "zd-1042-credit", "--reason", "outage")
    again = amends(runner, store_url, *LOG, "--key", "zd-1042-credit")
    other = amends(runner, store_url, *LOG, "--key", "zd-1042-other")
    assert first.exit_code == again.exit_code == other.exit_code == 0
    assert first.stdout.strip().isdigit()
    assert again.stdout == first.stdout
    assert "already logged" in again.stderr
    assert other.stdout != first.stdout


def test_cli_approve_set_state_and_list(runner: CliRunner, store_url: str) -> None:
    offer_id = amends(runner, store_url, *LOG, "--key", "k", "--amount", LARGE).stdout.strip()
    refused = amends(runner, store_url, "offers", "set-state", offer_id, "offered", "--by", "p")
    assert refused.exit_code == 2
    assert refused.stderr.startswith("amends: error: offer") and "approve" in refused.stderr
    approved = amends(runner, store_url, "offers", "approve", offer_id, "--by", "lead-sam")
    assert approved.exit_code == 0, approved.output
    moved = amends(runner, store_url, "offers", "set-state", offer_id, "offered", "--by", "p")
    assert moved.stdout.strip() == f"offer {offer_id} is now offered"
    listing = amends(runner, store_url, "offers", "list", "--state", "offered")
    header, row = listing.stdout.splitlines()
    assert header.split() == [
        "ID", "STATE", "TYPE", "AMOUNT", "TICKET", "CUSTOMER", "BY", "APPROVER", "CREATED",
    ]
    assert row.split()[:8] == [
        offer_id, "offered", "credit", "2500.00", "USD", "ZD-1042", "acme-co", "priya",
    ]
    empty = amends(runner, store_url, "offers", "list", "--customer", "nobody")
    assert empty.stdout.strip() == "No offers match."


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--amount", "-3"], "negative"),
        (["--currency", "ABC"], "unknown currency"),
        (["--type", "cash"], "Invalid value for '--type'"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(
    runner: CliRunner,
    store_url: str,
    args: list[str],
    says: str,
) -> None:
    result = amends(runner, store_url, *LOG, "--key", "k", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("amends: error:") and says in result.stderr
    assert result.stderr.count("\n") == 1
    assert amends(runner, store_url, "offers", "list").stdout.strip() == "No offers match."


def test_cli_export_csv_and_json(runner: CliRunner, store_url: str) -> None:
    for n in range(3):
        amends(runner, store_url, *LOG, "--key", f"k{n}", "--amount", f"{n}.5")
    result = amends(runner, store_url, "offers", "export", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"id", "key", "ticket", "type", "amount", "currency", "state"} <= set(rows[0])
    assert [(r["key"], r["amount"], r["state"]) for r in rows] == [
        ("k0", "0.50", "proposed"), ("k1", "1.50", "proposed"), ("k2", "2.50", "proposed"),
    ]
    as_json = json.loads(amends(runner, store_url, "offers", "export", "--format", "json").stdout)
    assert [o["key"] for o in as_json] == ["k0", "k1", "k2"]
    assert as_json[0]["amount"] == "0.50"
    empty = amends(runner, store_url, "offers", "export", "--format", "json", "--state", "void")
    assert json.loads(empty.stdout) == []


def test_cli_export_streams_in_chunks_with_progress_on_stderr_only(
    runner: CliRunner,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("plugin_core.cli.offers.FLUSH_EVERY", 2)  # 7 rows: 4 chunks
    keys = [f"bulk-{n}" for n in range(7)]
    with open_store(store_url) as store:
        for key in keys:
            log_offer(store, **offer_args(key))
    exports = {}
    for fmt in ("csv", "json"):
        shown = amends(runner, store_url, "offers", "export", "--format", fmt, "--progress")
        quiet = amends(runner, store_url, "offers", "export", "--format", fmt)
        assert "exporting offers" in shown.stderr
        assert quiet.stderr == ""
        assert shown.stdout == quiet.stdout
        exports[fmt] = quiet.stdout
    assert [r["key"] for r in csv.DictReader(io.StringIO(exports["csv"]))] == keys
    assert len(exports["csv"].splitlines()) == 1 + len(keys)
    assert [o["key"] for o in json.loads(exports["json"])] == keys


def test_a_key_logged_elsewhere_after_the_check_still_returns_that_offer(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race between processes: the key is free when checked, taken when inserted."""
    from plugin_core.store import offers

    theirs = log_offer(store, **offer_args("raced")).offer
    before = counts(store)
    real_by_key = offers._by_key
    calls = []

    def not_yet_there(store: Store, key: str) -> LedgerOffer | None:
        calls.append(key)
        return None if len(calls) == 1 else real_by_key(store, key)

    monkeypatch.setattr(offers, "_by_key", not_yet_there)
    mine, created = log_offer(store, **offer_args("raced", offered_by="someone-else"))
    assert len(calls) == 2  # the insert failed on the unique key and the offer was re-read
    assert not created
    assert mine == theirs
    assert counts(store) == before


def test_real_amends_command_logs_and_exports(store_url: str) -> None:
    exe = Path(sys.executable).with_name("amends")
    env = {**os.environ, "AMENDS_DATABASE_URL": store_url}
    logged = subprocess.run(
        [str(exe), *LOG, "--key", "real-1"], env=env, capture_output=True, text=True, timeout=60
    )
    assert logged.returncode == 0, logged.stderr
    exported = subprocess.run(
        [str(exe), "offers", "export", "--format", "csv"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert exported.returncode == 0, exported.stderr
    [row] = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert (row["id"], row["key"], row["amount"]) == (logged.stdout.strip(), "real-1", "40.00")


# --- several processes at once ----------------------------------------------------------------

PROCESSES = 8
PER_PROCESS = 50
SHARED = 10  # keys every process logs, to race on


def _keys(worker: int) -> list[str]:
    """Each worker's 50 keys: 40 of its own, with the 10 shared ones spread among them."""
    own = [f"w{worker}-{n}" for n in range(PER_PROCESS - SHARED)]
    for n in range(SHARED):
        own.insert(n * 5 + worker % 5, f"shared-{n}")
    return own


def _log_many(url: str, worker: int, barrier: Any) -> list[tuple[str, int, bool]]:
    with open_store(url) as store:
        barrier.wait()
        results = []
        for key in _keys(worker):
            offer, created = log_offer(store, **offer_args(key, offered_by=f"agent-{worker}"))
            results.append((key, offer.id, created))
        return results


def _open_and_log(url: str, worker: int, barrier: Any) -> int:
    barrier.wait()
    with open_store(url) as store:
        return log_offer(store, **offer_args("first-use")).offer.id


def test_eight_processes_logging_at_once_lose_nothing_and_duplicate_nothing(
    store: Store,
    store_url: str,
) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(PROCESSES)
    with ctx.Pool(PROCESSES) as pool:
        runs = pool.starmap(_log_many, [(store_url, w, barrier) for w in range(PROCESSES)])
    results = [r for run in runs for r in run]
    expected_keys = {k for w in range(PROCESSES) for k in _keys(w)}
    assert len(expected_keys) == PROCESSES * (PER_PROCESS - SHARED) + SHARED

    stored = list_offers(store)
    assert sorted(o.key for o in stored) == sorted(expected_keys)  # none lost, none twice
    assert counts(store) == (len(expected_keys), len(expected_keys))
    ids = {o.key: o.id for o in stored}
    assert all(ids[key] == offer_id for key, offer_id, _ in results)
    created = Counter(key for key, _, was_created in results if was_created)
    assert created == Counter(expected_keys)  # each key created exactly once


def test_processes_opening_an_empty_database_together_migrate_it_once(
    store_url: str,
) -> None:
    ctx = multiprocessing.get_context("spawn")
    workers = 6
    barrier = ctx.Manager().Barrier(workers)
    with ctx.Pool(workers) as pool:
        ids = pool.starmap(_open_and_log, [(store_url, w, barrier) for w in range(workers)])
    assert len(set(ids)) == 1
    with open_store(store_url) as store:
        assert counts(store) == (1, 1)
