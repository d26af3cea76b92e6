"""Fixtures of the evidence tests: a local HTTP server (loopback only) and a scanned store."""

from __future__ import annotations

import functools
import json
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from jaganetral.judge.analysis import Analyzer
from jaganetral.pipeline import ScanReport, scan
from jaganetral.store.repository import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge"))

from world import world_analyzer  # noqa: E402

CAMPAIGN = "Ayo dukung Bang Rahmat jadi walikota! #RahmatLestariMenang"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class LocalWeb:
    """Pages served on 127.0.0.1; change a route between requests to simulate a deletion."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                web.hits.append(self.path)
                r = web.routes.get(self.path, Route(404, b"<html><body>Not found</body></html>"))
                self.send_response(r.status)
                self.send_header("Content-Type", r.content_type)
                self.send_header("Content-Length", str(len(r.body)))
                for k, v in r.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(r.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def page(self, path: str, text: str, status: int = 200) -> None:
        body = (
            f"<html><head><title>t</title><script>var x=1;</script></head><body><p>{text}</p></body></html>"
        )
        self.routes[path] = Route(status, body.encode("utf-8"))


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    w = LocalWeb()
    w.thread.start()
    yield w
    w.server.shutdown()
    w.server.server_close()


def post_line(i: int, url: str | None = None, created: str = "2024-10-01T09:00:00+07:00") -> str:
    """A campaign post by a registered ASN (rina.marlina88 in the example world)."""
    d = {
        "id": f"p-{i}",
        "platform": "facebook",
        "kind": "post",
        "created_at": created,
        "actor": {"handle": "rina.marlina88"},
        "text": CAMPAIGN,
        "url": url,
    }
    return json.dumps(d)


@functools.cache
def analyzer() -> Analyzer:
    """The example world's analyzer, built once (its registry and rules load in ~1 s)."""
    return world_analyzer()


def scan_lines(store: Store, tmp_path: Path, lines: list[str], name: str = "posts.jsonl") -> ScanReport:
    f = tmp_path / name
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return scan([f], analyzer=analyzer(), store=store, out=tmp_path / f"{name}.findings.jsonl")
