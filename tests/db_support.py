"""The databases store tests run on: SQLite always, PostgreSQL when AMENDS_TEST_DATABASE_URL is set.

PostgreSQL tests each get a fresh schema, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from plugin_core.store import resolve_url

PG_ENV = "AMENDS_TEST_DATABASE_URL"


DATABASES = ["sqlite", "postgresql"]


def empty_database(kind: str, tmp_path: Path) -> Iterator[str]:
    """An empty database's URL: a SQLite file, or a fresh PostgreSQL schema (dropped after)."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'amends.sqlite3'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    schema = f"amends_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(resolve_url(base))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = resolve_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
