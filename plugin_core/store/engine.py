"""Opening the database: which URL, the engine, sessions, migrations on first use.

The URL comes from the caller, else ``AMENDS_DATABASE_URL`` / ``database_url`` in
``amends.toml``, else a SQLite file in the user data directory (see ``default_database_url``).
``postgresql://`` URLs use the psycopg (v3) driver.

SQLite runs in WAL mode with a busy timeout, and write sessions start with ``BEGIN IMMEDIATE``,
so several processes can write to one file: each waits its turn instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from .errors import StoreError

APP_NAME = "amends"
DEFAULT_FILENAME = "amends.sqlite3"
SQLITE_BUSY_TIMEOUT_S = 30.0  # how long a writer waits for another process's write
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
_WRITE = "amends_write"  # execution option marking a write session's connections


def default_database_url() -> str:
    """A SQLite file in the user data directory, e.g. ``~/.local/share/amends/amends.sqlite3``."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILENAME
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def resolve_url(url: str | None = None) -> URL:
    """The database URL to use: ``url``, else the configuration, else the default SQLite file."""
    if url is None:
        from ..config import load_config

        url = load_config().database_url
    text = url or default_database_url()
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise StoreError(
            f"invalid database URL {_redact(text)!r}: use e.g. sqlite:////path/amends.sqlite3 "
            "or postgresql://user@host/db"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise StoreError(
            f"unsupported database {parsed.drivername!r} in {_safe(parsed)}: "
            "use sqlite or postgresql"
        )
    return parsed


def _redact(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("@")[-1] if "@" in text else text


def is_sqlite_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: URL) -> Engine:
    """An engine for ``url``, with SQLite tuned for several writing processes."""
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
        if is_sqlite_memory(url):
            kwargs["poolclass"] = StaticPool
        else:
            Path(url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError:
        raise StoreError(
            f"unsupported database {url.drivername!r}: use sqlite or postgresql"
        ) from None
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {_safe(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _tune_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout, foreign keys, and explicit BEGIN (DEFERRED, or IMMEDIATE to write).

    pysqlite's own transaction handling is switched off (the SQLAlchemy recipe), so DDL is
    transactional and a write transaction takes the write lock at its start: two processes
    can't both read a row and then fail to upgrade to a write.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not is_sqlite_memory(engine.url):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


@dataclass
class Store:
    """An open database: its engine and sessions for reading and for writing."""

    engine: Engine
    _writer: sessionmaker[Session] = field(init=False, repr=False)
    _reader: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._writer = sessionmaker(
            self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )
        self._reader = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        """The URL, password hidden."""
        return _safe(self.engine.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        with self._guard(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries (never committed)."""
        with self._guard(), self._reader() as session:
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except SQLAlchemyError as exc:
            if _is_unavailable(exc):
                raise StoreError(f"database {self.url} unavailable: {_first_line(exc)}") from None
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_unavailable(exc: SQLAlchemyError) -> bool:
    from sqlalchemy.exc import InterfaceError, OperationalError

    return isinstance(exc, OperationalError | InterfaceError)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


_migrated: set[str] = set()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the database at ``url`` (see ``resolve_url``), migrating it to the latest schema.

    Migrations run once per process and URL, and only when the database is behind.
    """
    from .migrate import upgrade_if_needed

    resolved = resolve_url(url)
    store = Store(make_engine(resolved))
    key = resolved.render_as_string(hide_password=False)
    if migrate and key not in _migrated:
        try:
            upgrade_if_needed(store.engine)
        except BaseException:
            store.close()
            raise
        if not is_sqlite_memory(resolved):
            _migrated.add(key)
    return store
