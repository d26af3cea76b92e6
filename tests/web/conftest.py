"""Fixtures of the web tests: a scanned store with a team of users (the case tests' fixtures), a fixed
clock, the app as ``jaganetral serve`` builds it, logged-in clients; the red line for skipped browser
tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from webtools import BROWSER_SKIPS, Clock, Web, cases_conftest, make_app

from jaganetral.store.repository import Store

scanned = cases_conftest.scanned
team = cases_conftest.team


@pytest.fixture
def clock() -> Any:
    """Monday 9 September 2024, 09.00 UTC (16.00 WIB): after KASN's dissolution, in the Pilkada."""
    return Clock(datetime(2024, 9, 9, 9, 0, tzinfo=UTC))


@pytest.fixture
def app(scanned: Store, team: dict[str, Any], clock: Any) -> FastAPI:
    return make_app(scanned, clock)


@pytest.fixture
def web(app: FastAPI) -> Callable[[str | None], Web]:
    """``web("analis")``: a client logged in as that user; ``web(None)``: an anonymous visitor."""

    def make(username: str | None = None) -> Web:
        w = Web(app)
        if username is not None:
            assert w.login(username).status_code == 303
        return w

    return make


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for reason in dict.fromkeys(BROWSER_SKIPS):
        terminalreporter.write_sep("!", reason, red=True, bold=True)
