"""The database: which one, its migrations, and what it keeps exactly.

Every test that takes ``store`` or ``store_url`` runs on SQLite (a temporary file) and, when
``AMENDS_TEST_DATABASE_URL`` is set, on PostgreSQL too, each test in a schema of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError

from plugin_core.cli import cli
from plugin_core.store import (
    Base,
    Store,
    StoreError,
    current_revision,
    default_database_url,
    get_offer,
    head_revision,
    log_offer,
    open_store,
    resolve_url,
    upgrade,
)
from plugin_core.store.engine import make_engine


def offer_args(key: str = "k-1", **changes: Any) -> dict[str, Any]:
    """A small credit after a billing incident; ``changes`` override fields."""
    args: dict[str, Any] = {
        "ticket": "ZD-1042", "platform": "zendesk", "customer": "acme-co", "type": "credit",
        "amount": "40", "currency": "USD", "severity": "high", "offered_by": "priya",
        "key": key, "reason": "duplicate March charge",
    }
    args.update(changes)
    return args


# --- which database --------------------------------------------------------------------


def test_postgresql_urls_use_the_psycopg_driver() -> None:
    for given in ("postgresql://u@db.example/amends", "postgres://u@db.example/amends"):
        assert resolve_url(given).drivername == "postgresql+psycopg"
    kept = "postgresql+psycopg://u@db.example/amends"
    assert resolve_url(kept).render_as_string() == kept


def test_default_is_a_sqlite_file_in_the_user_data_directory() -> None:
    url = resolve_url(default_database_url())
    assert url.get_backend_name() == "sqlite"
    data_dir = Path(platformdirs.user_data_dir("amends", appauthor=False))
    assert Path(url.database or "").parent == data_dir


def test_url_comes_from_the_environment_then_amends_toml(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "amends.toml").write_text(f'database_url = "sqlite:///{tmp_path}/file.db"\n')
    assert resolve_url().database == f"{tmp_path}/file.db"
    monkeypatch.setenv("AMENDS_DATABASE_URL", f"sqlite:///{tmp_path}/env.db")
    assert resolve_url().database == f"{tmp_path}/env.db"
    assert resolve_url(f"sqlite:///{tmp_path}/arg.db").database == f"{tmp_path}/arg.db"


def test_first_use_creates_the_data_directory_and_migrates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_store() as store:
        assert current_revision(store.engine) == head_revision()
    assert (tmp_path / "data" / "amends" / "amends.sqlite3").is_file()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("not a url", "invalid database URL"),
        ("mysql://u@localhost/amends", "unsupported database"),
        ("postgresql://postgres:s3cret@127.0.0.1:1/none", "127.0.0.1:1"),
    ],
)
def test_unusable_databases_are_one_clear_error(url: str, says: str) -> None:
    with pytest.raises(StoreError, match=says) as caught:
        open_store(url)
    assert "s3cret" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_cli_reports_an_unusable_database_in_one_line(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["offers", "list", "--db", "mysql://u@localhost/x"])
    assert result.exit_code == 2
    assert result.stderr.startswith("amends: error: unsupported database")
    assert result.stderr.count("\n") == 1


# --- migrations --------------------------------------------------------------------------


def test_migrations_build_exactly_the_schema_the_models_describe(store_url: str) -> None:
    engine = make_engine(resolve_url(store_url))
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []


def test_upgrade_is_idempotent(store_url: str) -> None:
    engine = make_engine(resolve_url(store_url))
    head = head_revision()
    assert upgrade(engine) == (None, head)
    assert upgrade(engine) == (head, head)
    assert set(inspect(engine).get_table_names()) >= {"offers", "offer_audit"}
    engine.dispose()


def test_db_upgrade_command_is_idempotent(runner: CliRunner, store_url: str) -> None:
    first = runner.invoke(cli, ["db", "upgrade", "--db", store_url])
    again = runner.invoke(cli, ["db", "upgrade"], env={"AMENDS_DATABASE_URL": store_url})
    assert first.exit_code == 0, first.output
    assert f"upgraded from empty to {head_revision()}" in first.stdout
    assert again.exit_code == 0, again.output
    assert "up to date" in again.stdout


def test_a_database_from_a_newer_amends_is_a_clear_error(store_url: str) -> None:
    engine = make_engine(resolve_url(store_url))
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="at revision 9999; this Amends knows up to"):
        open_store(store_url)


def test_upgrade_keeps_existing_offers(store_url: str) -> None:
    with open_store(store_url) as store:
        offer = log_offer(store, **offer_args()).offer
        upgrade(store.engine)
        assert get_offer(store, offer.id) == offer


# --- what the database keeps ---------------------------------------------------------------


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 5000


@pytest.mark.parametrize("amount", ["0.1", "19.99", "12345678901.2345", "0"])
def test_amounts_are_kept_exactly(store: Store, amount: str) -> None:
    offer = log_offer(store, **offer_args(amount=amount)).offer
    stored = get_offer(store, offer.id).amount
    assert isinstance(stored, Decimal)
    assert stored == Decimal(amount)


def test_sqlite_stores_amounts_as_integers_not_floats(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        log_offer(store, **offer_args(amount="19.99"))
        with store.engine.connect() as conn:
            kind, raw = conn.exec_driver_sql("SELECT typeof(amount), amount FROM offers").one()
    assert (kind, raw) == ("integer", 199900)


def test_times_come_back_timezone_aware_in_utc(store: Store) -> None:
    berlin = timezone(timedelta(hours=1))
    logged_at = datetime(2026, 3, 2, 11, 30, tzinfo=berlin)
    offer = log_offer(store, **offer_args(), now=logged_at).offer
    stored = get_offer(store, offer.id)
    assert stored.created_at == logged_at
    assert stored.created_at.utcoffset() == timedelta(0)
    assert stored.created_at.tzinfo == UTC


@pytest.mark.parametrize(
    "statement", ["UPDATE offer_audit SET actor = 'mallory'", "DELETE FROM offer_audit"]
)
def test_the_database_refuses_to_edit_the_audit_trail(store: Store, statement: str) -> None:
    log_offer(store, **offer_args())
    with pytest.raises(DatabaseError, match="append-only"), store.write() as session:
        session.execute(text(statement))
    with store.read() as session:
        actors = session.execute(text("SELECT actor FROM offer_audit")).scalars().all()
    assert actors == ["priya"]
