"""Shared fixtures: a fresh store per test, on SQLite and (when a server exists) PostgreSQL."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pgserver import PgCluster, PgUnavailable  # noqa: E402

# Registry indexes built by tests are cached in a folder of this run, never the user's.
if "JAGANETRAL_CACHE" not in os.environ:
    import tempfile

    os.environ["JAGANETRAL_CACHE"] = tempfile.mkdtemp(prefix="jaganetral-test-cache-")

from jaganetral.settings import Settings  # noqa: E402
from jaganetral.store.repository import Store  # noqa: E402

_PG: dict[str, str] = {}


def _pg_url() -> str:
    """The session's PostgreSQL URL, starting a throw-away cluster on first use."""
    if "url" in _PG:
        return _PG["url"]
    if "skip" in _PG:
        pytest.skip(_PG["skip"])
    env = os.environ.get("JAGANETRAL_TEST_PG_URL")
    if env:
        _PG["url"] = env
        return env
    try:
        cluster = PgCluster()
        _PG["url"] = cluster.start()
        _CLUSTERS.append(cluster)
    except PgUnavailable as exc:
        _PG["skip"] = f"PostgreSQL tests SKIPPED: {exc}"
        pytest.skip(_PG["skip"])
    return _PG["url"]


_CLUSTERS: list[PgCluster] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    for c in _CLUSTERS:
        c.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if "skip" in _PG:
        terminalreporter.write_sep("!", _PG["skip"], red=True, bold=True)


def _fresh_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated store; the test runs once on SQLite and once on PostgreSQL."""
    url: str | None = None
    if request.param == "postgresql":
        url = _pg_url()
        _fresh_pg(url)
    s = Store.open(Settings(data_dir=tmp_path / "data", db_url=url))
    yield s
    s.close()
