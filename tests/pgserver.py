"""A throw-away PostgreSQL cluster for the test session, started from Debian's binaries.

``initdb`` refuses to run as root, so when the tests run as root the cluster belongs to the
``postgres`` system user. The server listens only on a Unix socket in a temporary folder (no TCP,
nothing reachable from outside). ``JAGANETRAL_TEST_PG_URL`` overrides all of this.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


class PgUnavailable(Exception):
    pass


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise PgUnavailable("PostgreSQL server binaries not found (apt-get install postgresql)")
    return Path(found[-1]).parent


def _as_pg(cmd: list[str], user: str | None) -> list[str]:
    if user is None:
        return cmd
    runner = shutil.which("runuser") or shutil.which("su")
    if runner is None:
        raise PgUnavailable("running as root but neither runuser nor su exists")
    return (
        [runner, "-u", user, "--", *cmd]
        if runner.endswith("runuser")
        else [runner, user, "-c", " ".join(cmd)]
    )


class PgCluster:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = "postgres"
        self.root = Path(tempfile.mkdtemp(prefix="jaganetral-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.sock.mkdir()
        if self.user is not None:
            shutil.chown(self.root, self.user)
            shutil.chown(self.sock, self.user)
        self.port = 5432 + (os.getpid() % 1000) + 1000

    def start(self) -> str:
        run = subprocess.run
        r = run(
            _as_pg(
                [
                    str(self.bin / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                ],
                self.user,
            ),
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            raise PgUnavailable(f"initdb failed: {r.stderr.strip()[-300:]}")
        opts = (
            f"-c listen_addresses='' -c unix_socket_directories={self.sock} -p {self.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        r = run(
            _as_pg(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    opts,
                    "-w",
                    "-t",
                    "30",
                    "-l",
                    str(self.root / "log"),
                    "start",
                ],
                self.user,
            ),
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            raise PgUnavailable(f"pg_ctl start failed: {r.stderr.strip()[-300:]}")
        return f"postgresql+psycopg://postgres@/postgres?host={self.sock}&port={self.port}"

    def stop(self) -> None:
        subprocess.run(
            _as_pg([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"], self.user),
            capture_output=True,
        )
        time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)
