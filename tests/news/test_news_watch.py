"""The feed watcher: conditional requests, one fetch per article, per-host delay, no crash offline."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from jaganetral.errors import InvalidInput
from jaganetral.news.extract import NewsExtractor
from jaganetral.news.watch import FeedWatcher, read_feed_list

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title>
<item><title>Camat Lahat Diduga Tidak Netral</title><link>https://news.example/a1</link>
<pubDate>Tue, 08 Oct 2024 10:00:00 +0700</pubDate></item>
<item><title>Harga Beras Turun</title><link>https://news.example/a2</link></item>
</channel></rss>"""
PAGE = (
    "<html><head><title>Camat Lahat Diduga Tidak Netral</title></head><body><article><h1>Camat Lahat</h1>"
    + "<p>LAHAT - Seorang camat di Kabupaten Lahat, Rudi Hartawan, diduga meminta kepala desa mendukung "
    "pasangan calon bupati melalui grup WhatsApp, Selasa (8/10/2024). Bawaslu memanggil Rudi Hartawan.</p>"
    * 2
    + "</article></body></html>"
)
EX = NewsExtractor.build()


class FakeWeb:
    """A recorded web: feed with ETag, two pages, a robots.txt; can go offline."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.offline = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.offline:
            raise httpx.ConnectError("network down", request=request)
        url = str(request.url)
        if url.endswith("/robots.txt"):
            return httpx.Response(200, text="User-agent: *\nDisallow: /private\n")
        if url.endswith("/feed.xml"):
            if request.headers.get("If-None-Match") == '"v1"':
                return httpx.Response(304)
            return httpx.Response(200, content=FEED.encode(), headers={"ETag": '"v1"'})
        if url.endswith("/a1"):
            return httpx.Response(200, text=PAGE)
        if url.endswith("/a2"):
            return httpx.Response(
                200, text="<html><body><p>Harga beras medium turun pekan ini.</p></body></html>"
            )
        return httpx.Response(404)


def make(tmp_path: Path, web: FakeWeb, sleeps: list[float]) -> FeedWatcher:
    clock = [0.0]

    def sleep(s: float) -> None:
        sleeps.append(s)
        clock[0] += s

    return FeedWatcher(
        ["https://news.example/feed.xml"],
        extractor=EX,
        out=tmp_path / "out.jsonl",
        state_path=tmp_path / "state.json",
        host_delay=2.0,
        client=httpx.Client(transport=httpx.MockTransport(web)),
        clock=lambda: clock[0],
        sleep=sleep,
    )


def test_new_articles_are_fetched_once_and_extracted(tmp_path: Path) -> None:
    web, sleeps = FakeWeb(), []  # type: ignore[var-annotated]
    w = make(tmp_path, web, sleeps)
    assert w.poll_once() == 2
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["url"] for x in lines] == ["https://news.example/a1", "https://news.example/a2"]
    assert lines[0]["article_type"] == "incident"
    assert lines[0]["incidents"][0]["region"]["code"] == "16.04"
    # Every request to the host after the first waited for the per-host delay.
    assert sleeps and all(s == pytest.approx(2.0) for s in sleeps)
    # A second round sends the ETag back, gets 304, fetches nothing else.
    n = len(web.requests)
    assert w.poll_once() == 0
    assert len(web.requests) == n + 1
    assert web.requests[-1].headers["If-None-Match"] == '"v1"'


def test_state_survives_a_restart(tmp_path: Path) -> None:
    web, sleeps = FakeWeb(), []  # type: ignore[var-annotated]
    make(tmp_path, web, sleeps).poll_once()
    again = make(tmp_path, web, sleeps)
    assert again.seen("https://news.example/a1")
    assert again.poll_once() == 0


def test_a_network_failure_is_retried_next_round(tmp_path: Path) -> None:
    web, sleeps = FakeWeb(), []  # type: ignore[var-annotated]
    web.offline = True
    w = make(tmp_path, web, sleeps)
    assert w.poll_once() == 0  # logged, not raised
    web.offline = False
    assert w.poll_once() == 2


def test_run_sleeps_between_rounds(tmp_path: Path) -> None:
    web, sleeps = FakeWeb(), []  # type: ignore[var-annotated]
    w = make(tmp_path, web, sleeps)
    w.run(interval=60.0, rounds=2)
    assert any(s > 50 for s in sleeps)


def test_feed_list_validation(tmp_path: Path) -> None:
    p = tmp_path / "feeds.txt"
    p.write_text("# berita\nhttps://news.example/feed.xml\n\nftp://x/y\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as exc:
        read_feed_list(p)
    assert "line 4" in str(exc.value)
    p.write_text("https://a.example/rss # utama\n", encoding="utf-8")
    assert read_feed_list(p) == ["https://a.example/rss"]
