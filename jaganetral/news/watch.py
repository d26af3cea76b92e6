"""Continuous monitoring: poll RSS/Atom feeds and extract every new article once.

Polite by construction: conditional requests (ETag / If-Modified-Since) so an unchanged feed costs a
304; a minimum delay between two requests to the same host; robots.txt honoured; one identifying
User-Agent. The set of article URLs already read and the feeds' validators are kept in a JSON state
file written atomically after each feed, so a restart neither refetches nor loses anything.

Offline-tolerant: a network failure (DNS, timeout, 5xx) is logged and the feed or article is retried
in the next round; it never stops the watcher. The HTTP client, the clock and the sleep are injected,
so tests run without a network.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from jaganetral.errors import InvalidInput
from jaganetral.news.articles import Article, html_article, text_article
from jaganetral.news.dates import Stamp
from jaganetral.news.dedup import DuplicateIndex
from jaganetral.news.extract import NewsExtractor, NewsRun

log = logging.getLogger("jaganetral.news.watch")
USER_AGENT = "jaganetral-news-watch/0.1 (election neutrality monitoring; polite polling)"
_MAX_SEEN = 200_000
_MAX_SIGNATURES = 5_000


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one per line; blank lines and ``#`` comments ignored; each must be http(s)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise InvalidInput(f"cannot read file: {exc.strerror}", file=str(path)) from exc
    urls: list[str] = []
    for n, line in enumerate(lines, 1):
        s = line.split("#", 1)[0].strip()
        if not s:
            continue
        if urlsplit(s).scheme not in ("http", "https"):
            raise InvalidInput(f"not an http(s) URL: {s!r}", file=str(path), line=n)
        urls.append(s)
    if not urls:
        raise InvalidInput("no feed URLs", file=str(path))
    return urls


def _key(url: str) -> str:
    return hashlib.sha1(url.strip().encode("utf-8")).hexdigest()


class FeedWatcher:
    """Polls ``feeds`` and appends one JSON line per new article to ``out``."""

    def __init__(
        self,
        feeds: Sequence[str],
        *,
        extractor: NewsExtractor,
        out: Path,
        state_path: Path,
        host_delay: float = 5.0,
        client: httpx.Client | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.feeds = list(feeds)
        self.out = out
        self.state_path = state_path
        self.host_delay = host_delay
        self.client = client or httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=20.0, follow_redirects=True
        )
        self.clock = clock
        self.sleep = sleep
        self.run_ = NewsRun(extractor)
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self.state: dict[str, Any] = {"feeds": {}, "seen": [], "signatures": {}}
        self._load_state()
        self._seen: set[str] = set(self.state["seen"])
        # Duplicates across rounds: reload the signatures of recent articles into the index.
        idx: DuplicateIndex = self.run_.index
        for aid, sig in self.state["signatures"].items():
            idx.add_signature(aid, tuple(sig))

    # ---- state --------------------------------------------------------------------------------------

    def _load_state(self) -> None:
        if not self.state_path.exists():
            return
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InvalidInput(f"unreadable watch state: {exc}", file=str(self.state_path)) from exc
        if not isinstance(data, dict):
            raise InvalidInput("watch state must be a JSON object", file=str(self.state_path))
        self.state.update({k: data[k] for k in ("feeds", "seen", "signatures") if k in data})

    def _save_state(self) -> None:
        self.state["seen"] = list(self._seen)[-_MAX_SEEN:]
        sigs = self.run_.index.signatures
        self.state["signatures"] = {k: list(v) for k, v in list(sigs.items())[-_MAX_SIGNATURES:]}
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(self.state), encoding="utf-8")
        os.replace(tmp, self.state_path)

    def seen(self, url: str) -> bool:
        """True when the article at ``url`` has been read already."""
        return _key(url) in self._seen

    # ---- HTTP ---------------------------------------------------------------------------------------

    def _wait_for(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = self.host_delay - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        self._wait_for(urlsplit(url).netloc)
        return self.client.get(url, headers=headers or {})

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            parser: RobotFileParser | None = None
            try:
                resp = self._get(host + "/robots.txt")
                if resp.status_code == 200:
                    parser = RobotFileParser()
                    parser.parse(resp.text.splitlines())
            except httpx.HTTPError as exc:
                log.info("robots.txt of %s unavailable (%s); proceeding", host, exc)
            self._robots[host] = parser
        rp = self._robots[host]
        return rp is None or rp.can_fetch(USER_AGENT, url)

    # ---- rounds -------------------------------------------------------------------------------------

    def run(self, *, interval: float = 900.0, rounds: int | None = None) -> None:
        """Poll every ``interval`` seconds, ``rounds`` times (forever when None)."""
        n = 0
        while rounds is None or n < rounds:
            started = self.clock()
            new = self.poll_once()
            log.info("round %d: %d new articles", n + 1, new)
            n += 1
            if rounds is not None and n >= rounds:
                break
            self.sleep(max(0.0, interval - (self.clock() - started)))

    def poll_once(self) -> int:
        """One pass over every feed; returns how many new articles were written."""
        new = 0
        for feed in self.feeds:
            try:
                new += self._poll_feed(feed)
            except httpx.HTTPError as exc:
                log.warning("feed %s unreachable (%s); will retry next round", feed, exc)
            self._save_state()
        return new

    def _poll_feed(self, feed: str) -> int:
        import feedparser

        validators = self.state["feeds"].get(feed, {})
        headers: dict[str, str] = {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        resp = self._get(feed, headers)
        if resp.status_code == 304:
            return 0
        if resp.status_code >= 400:
            log.warning("feed %s answered %d; will retry next round", feed, resp.status_code)
            return 0
        self.state["feeds"][feed] = {
            "etag": resp.headers.get("ETag"),
            "last_modified": resp.headers.get("Last-Modified"),
        }
        parsed = feedparser.parse(resp.content)
        new = 0
        for entry in parsed.entries:
            link = entry.get("link")
            if not isinstance(link, str) or not link or self.seen(link):
                continue
            if not self._allowed(link):
                log.info("robots.txt disallows %s; skipped", link)
                self._seen.add(_key(link))
                continue
            try:
                page = self._get(link)
            except httpx.HTTPError as exc:
                log.warning("article %s unreachable (%s); will retry next round", link, exc)
                continue
            if page.status_code >= 400:
                log.warning("article %s answered %d", link, page.status_code)
                if page.status_code in (404, 410):
                    self._seen.add(_key(link))
                continue
            article = self._article(entry, link, page.text)
            res = self.run_.process(article)
            with self.out.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
            self._seen.add(_key(link))
            new += 1
        return new

    def _article(self, entry: Any, link: str, html: str) -> Article:
        aid = "web-" + _key(link)[:16]
        art = html_article(html, article_id=aid, url=link, source=link)
        published = art.published or _entry_date(entry)
        title = art.title or entry.get("title")
        text = art.text
        if not text.strip():
            # A page trafilatura cannot read: fall back to the feed's own summary.
            text = text_article(str(entry.get("summary") or ""), article_id=aid).text
        return Article(aid, text, link, title, published, link, None)


def _entry_date(entry: Any) -> Stamp | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            moment = datetime.fromtimestamp(calendar.timegm(t), tz=UTC)
            return Stamp(moment.date(), "day", moment, "feed")
    return None
