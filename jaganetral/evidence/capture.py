"""Capture of web pages and posts: a WARC record of the response, optionally a screenshot and a PDF.

A capture is a step that can be off: offline deployments never run it, and a capture that fails
(no network, refused, too large, Chromium missing) is recorded as a "capture_failed" custody
event and reported — it never stops a scan. Everything captured goes into the vault through a
:class:`~jaganetral.store.repository.Batch` and gets its "captured" entry.

What is fetched is bounded: HTTP(S) only, a timeout, a size limit (the rest is cut and the WARC
says so), at most a few redirects and only within the same site, and by default no private or
loopback addresses (a finding's URL must not make the server probe its own network).
"""

from __future__ import annotations

import hashlib
import html
import io
import ipaddress
import re
import shutil
import socket
import subprocess
import tempfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from sqlalchemy import Connection, select, update
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from jaganetral import __version__
from jaganetral.errors import JaganetralError
from jaganetral.evidence.custody import NewEvent, append, insert_ignore, iso, record_event
from jaganetral.evidence.online import url_key
from jaganetral.evidence.vault import register_pending
from jaganetral.store import tables as t
from jaganetral.store.evidence_tables import captures
from jaganetral.store.repository import Batch, Store, as_aware, utc

USER_AGENT = f"jaganetral/{__version__} (evidence capture for election supervision)"
TIMEOUT = 20.0
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_TIMEOUT = 90.0

#: Phrases platforms show in place of a removed post (lower-case; matched in the page text).
DELETED_MARKERS = (
    "this content isn't available",
    "this content isn't available right now",
    "konten ini tidak tersedia",
    "konten ini tidak tersedia saat ini",
    "sorry, this page isn't available",
    "maaf, halaman ini tidak tersedia",
    "this post is unavailable",
    "this post was deleted",
    "this tweet has been deleted",
    "postingan ini tidak tersedia",
    "video ini tidak tersedia",
    "this video isn't available anymore",
    "video currently unavailable",
)


class CaptureError(JaganetralError):
    """A URL could not be captured (the reason names the URL)."""


@dataclass(frozen=True, slots=True)
class Hop:
    """One request and its response (a redirect chain has several)."""

    url: str
    fetched_at: datetime
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str
    headers: list[tuple[str, str]]
    body: bytes
    truncated: bool

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetch: the hops in order; the last one is the answer."""

    hops: list[Hop]

    @property
    def final(self) -> Hop:
        return self.hops[-1]


def make_client(timeout: float = TIMEOUT) -> httpx.Client:
    """The HTTP client captures use: our user agent, no automatic redirects, plain bodies."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
    )


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse what a capture must not fetch: other schemes, and private addresses unless allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CaptureError(f"{url}: only http and https URLs can be captured")
    if allow_private:
        return
    host = parts.hostname
    try:
        addrs = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
        except OSError as exc:
            raise CaptureError(f"{url}: cannot resolve {host} ({exc})") from exc
        addrs = {ipaddress.ip_address(str(i[4][0]).split("%")[0]) for i in infos}
    for a in addrs:
        if a.is_private or a.is_loopback or a.is_link_local or a.is_reserved or a.is_multicast:
            raise CaptureError(f"{url}: {host} is a private or local address (allow it explicitly)")


def _site(host: str) -> str:
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def fetch(
    client: httpx.Client,
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET ``url``, following redirects within the same site; :class:`CaptureError` if unreachable."""
    hops: list[Hop] = []
    current = url
    site = _site(urlsplit(url).hostname or "")
    for _ in range(max_redirects + 1):
        check_url(current, allow_private=allow_private)
        req = client.build_request("GET", current)
        at = datetime.now(UTC)
        try:
            resp = client.send(req, stream=True)
        except httpx.HTTPError as exc:
            raise CaptureError(f"{current}: {exc.__class__.__name__}: {exc}") from exc
        try:
            body = bytearray()
            truncated = False
            for chunk in resp.iter_raw():
                body += chunk
                if len(body) > max_bytes:
                    del body[max_bytes:]
                    truncated = True
                    break
        except httpx.HTTPError as exc:
            raise CaptureError(f"{current}: {exc.__class__.__name__} while reading: {exc}") from exc
        finally:
            resp.close()
        hop = Hop(
            url=current,
            fetched_at=at,
            request_headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in req.headers.raw],
            status=resp.status_code,
            reason=resp.reason_phrase,
            http_version=resp.http_version,
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.headers.raw],
            body=bytes(body),
            truncated=truncated,
        )
        hops.append(hop)
        location = hop.header("location")
        if resp.status_code not in (301, 302, 303, 307, 308) or not location:
            return Fetched(hops)
        nxt = urljoin(current, location)
        # Off-site redirects (often to a login wall) are kept as the answer, not followed.
        if _site(urlsplit(nxt).hostname or "") != site:
            return Fetched(hops)
        current = nxt
    return Fetched(hops)


def body_text(hop: Hop) -> str:
    """The decoded body as text (gzip/deflate undone; charset from the headers, else UTF-8)."""
    data = hop.body
    enc = (hop.header("content-encoding") or "").lower()
    try:
        if enc == "gzip":
            data = zlib.decompress(data, 16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            data = zlib.decompress(data)
    except zlib.error:
        pass  # a cut body cannot be inflated; fingerprint what there is
    ctype = hop.header("content-type") or ""
    m = re.search(r"charset=([\w.-]+)", ctype, re.I)
    try:
        return data.decode(m.group(1) if m else "utf-8", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def visible_text(hop: Hop) -> str:
    """What a reader sees: tags, scripts and styles removed, whitespace collapsed, lower-cased."""
    text = body_text(hop)
    if "html" in (hop.header("content-type") or "").lower() or text.lstrip()[:1] == "<":
        text = html.unescape(_TAG.sub(" ", _DROP.sub(" ", text)))
    return _SPACE.sub(" ", text).strip().lower()


def text_fingerprint(hop: Hop) -> str:
    return hashlib.sha256(visible_text(hop).encode("utf-8")).hexdigest()


def looks_deleted(hop: Hop) -> bool:
    """A 404/410, or a page that says the content is gone."""
    if hop.status in (404, 410):
        return True
    if 200 <= hop.status < 300:
        text = visible_text(hop).replace("\u2019", "'")
        return any(m in text for m in DELETED_MARKERS)
    return False


def warc_bytes(fetched: Fetched, *, operator: str, note: str = "") -> bytes:
    """A gzipped WARC 1.1 file: warcinfo, then a request and a response record per hop."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True, warc_version="1.1")
    info: dict[str, Any] = {
        "software": f"jaganetral {__version__} (httpx {httpx.__version__})",
        "format": "WARC File Format 1.1",
        "operator": operator,
        "description": note or "capture for election supervision evidence",
    }
    w.write_record(w.create_warcinfo_record("capture.warc.gz", info))
    for hop in fetched.hops:
        date = iso(hop.fetched_at)
        parts = urlsplit(hop.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = StatusAndHeaders(
            f"GET {target} {hop.http_version}", hop.request_headers, is_http_request=True
        )
        req = w.create_warc_record(
            hop.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=req_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        # The body is stored de-chunked, so the chunked header would mislead a replay tool.
        headers = [
            (("X-Archive-Orig-" + k) if k.lower() == "transfer-encoding" else k, v) for k, v in hop.headers
        ]
        resp_headers = StatusAndHeaders(f"{hop.status} {hop.reason}", headers, protocol=hop.http_version)
        extra = {"WARC-Date": date, "WARC-Concurrent-To": req.rec_headers.get_header("WARC-Record-ID")}
        if hop.truncated:
            extra["WARC-Truncated"] = "length"
        resp = w.create_warc_record(
            hop.url,
            "response",
            payload=io.BytesIO(hop.body),
            length=len(hop.body),  # with the length given, warcio needs no temporary file
            http_headers=resp_headers,
            warc_headers_dict=extra,
        )
        w.write_record(resp)
        w.write_record(req)
    return buf.getvalue()


# ---- Chromium ---------------------------------------------------------------------------------------

Renderer = Callable[[str, str], bytes]  # (url, "screenshot" | "pdf") -> PNG or PDF bytes


def chromium_available(binary: str = CHROMIUM) -> bool:
    return Path(binary).is_file() or shutil.which("chromium") is not None


def chromium_render(
    url: str, what: str, *, binary: str = CHROMIUM, timeout: float = CHROMIUM_TIMEOUT
) -> bytes:
    """A PNG screenshot or a PDF print of ``url`` by headless Chromium (its own fetch of the page)."""
    exe = binary if Path(binary).is_file() else shutil.which("chromium")
    if exe is None:
        raise CaptureError(f"{url}: chromium is not installed; no {what} taken")
    with tempfile.TemporaryDirectory(prefix="jaganetral-chromium-") as tmp:
        out = Path(tmp) / ("shot.png" if what == "screenshot" else "page.pdf")
        args = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={tmp}/profile",
            "--window-size=1280,1800",
            "--virtual-time-budget=5000",
            f"--user-agent={USER_AGENT}",
        ]
        args += (
            [f"--screenshot={out}"]
            if what == "screenshot"
            else [f"--print-to-pdf={out}", "--no-pdf-header-footer"]
        )
        try:
            res = subprocess.run([*args, url], capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise CaptureError(f"{url}: chromium took longer than {timeout:.0f} s; no {what}") from exc
        if not out.is_file() or out.stat().st_size == 0:
            tail = res.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            raise CaptureError(f"{url}: chromium made no {what} ({tail[0][:200]})")
        return out.read_bytes()


# ---- capture into the vault -------------------------------------------------------------------------


@dataclass
class CaptureResult:
    """What one capture gave; ``error`` set when the page itself could not be fetched."""

    url: str
    finding_id: str | None = None
    http_status: int | None = None
    state: str | None = None
    warc_sha256: str | None = None
    screenshot_sha256: str | None = None
    pdf_sha256: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def finding_targets(
    conn: Connection, finding_ids: Sequence[str]
) -> dict[str, tuple[str | None, datetime | None]]:
    """URL and posting time of each finding's activity."""
    q = (
        select(t.findings.c.finding_id, t.activities.c.url, t.activities.c.created_at)
        .join(t.activities, t.activities.c.key == t.findings.c.activity_key)
        .where(t.findings.c.finding_id.in_(list(finding_ids)))
    )
    return {r[0]: (r[1], as_aware(r[2])) for r in conn.execute(q)}


def uncaptured_findings(conn: Connection) -> list[tuple[str, str, datetime | None]]:
    """Findings whose activity has a URL that was never captured: (finding id, URL, posted at)."""
    watched = {r[0] for r in conn.execute(select(captures.c.url_sha256))}
    q = (
        select(t.findings.c.finding_id, t.activities.c.url, t.activities.c.created_at)
        .join(t.activities, t.activities.c.key == t.findings.c.activity_key)
        .where(t.activities.c.url.is_not(None), t.findings.c.superseded_by.is_(None))
        .order_by(t.findings.c.occurred_at, t.findings.c.finding_id)
    )
    return [(r[0], r[1], as_aware(r[2])) for r in conn.execute(q) if url_key(r[1]) not in watched]


def _finding_for_url(conn: Connection, url: str) -> tuple[str | None, datetime | None]:
    q = (
        select(t.findings.c.finding_id, t.activities.c.created_at)
        .join(t.activities, t.activities.c.key == t.findings.c.activity_key)
        .where(t.activities.c.url == url, t.findings.c.superseded_by.is_(None))
        .limit(1)
    )
    row = conn.execute(q).first()
    return (None, None) if row is None else (row[0], as_aware(row[1]))


def capture_url(
    store: Store,
    client: httpx.Client,
    url: str,
    *,
    actor: str,
    finding_id: str | None = None,
    posted_at: datetime | None = None,
    screenshot: bool = False,
    pdf: bool = False,
    allow_private: bool = False,
    renderer: Renderer | None = None,
) -> CaptureResult:
    """Fetch ``url`` into the vault as a WARC (plus screenshot/PDF if asked) and start watching it.

    Never raises for an unreachable page: the failure is a "capture_failed" custody event and
    the result's ``error``.
    """
    res = CaptureResult(url=url, finding_id=finding_id)
    if finding_id is None:
        with store.engine.connect() as conn:
            finding_id, found_posted = _finding_for_url(conn, url)
        res.finding_id = finding_id
        posted_at = posted_at or found_posted
    try:
        fetched = fetch(client, url, allow_private=allow_private)
    except CaptureError as exc:
        res.error = str(exc)
        record_event(
            store,
            "capture_failed",
            actor=actor,
            finding_id=finding_id,
            detail={"url": url, "error": str(exc)},
        )
        return res
    final = fetched.final
    res.http_status = final.status
    renders: list[tuple[str, bytes]] = []
    failures: list[str] = []
    for what, wanted in (("screenshot", screenshot), ("pdf", pdf)):
        if not wanted:
            continue
        try:
            renders.append((what, (renderer or chromium_render)(url, what)))
        except CaptureError as exc:
            failures.append(str(exc))
    res.warnings.extend(failures)
    now = datetime.now(UTC)
    with store.batch() as b:
        res.warc_sha256 = put_warc(b, fetched, url=url, finding_id=finding_id, operator=actor, note="capture")
        for what, data in renders:
            sha = b.put_bytes(
                data,
                kind=what,
                media_type="image/png" if what == "screenshot" else "application/pdf",
                source="headless chromium",
                url=url,
                finding_id=finding_id,
                meta={"rendered_at": iso(now), "renderer": "chromium --headless"},
            )
            if what == "screenshot":
                res.screenshot_sha256 = sha
            else:
                res.pdf_sha256 = sha
        res.state, created = _start_watch(b, url, finding_id, posted_at, fetched, res.warc_sha256, now)
        register_pending(b, actor=actor)
        events = [
            NewEvent("capture_failed", actor, finding_id=finding_id, detail={"url": url, "error": f}, at=now)
            for f in failures
        ]
        if created and res.state == "deleted":
            events.append(
                NewEvent(
                    "deleted_online",
                    actor,
                    item_sha256=res.warc_sha256,
                    finding_id=finding_id,
                    detail={"url": url, "http_status": final.status, "noticed_at": iso(now)},
                    at=now,
                )
            )
        append(b.conn, events)
    return res


def put_warc(
    b: Batch, fetched: Fetched, *, url: str, finding_id: str | None, operator: str, note: str
) -> str:
    """Store a fetch as a WARC item; its metadata says what came back."""
    final = fetched.final
    return b.put_bytes(
        warc_bytes(fetched, operator=operator, note=note),
        kind="page_warc",
        media_type="application/warc",
        source=final.url,
        url=url,
        finding_id=finding_id,
        meta={
            "http_status": final.status,
            "final_url": final.url,
            "fetched_at": iso(final.fetched_at),
            "redirects": [[h.status, h.url] for h in fetched.hops[:-1]],
            "truncated": final.truncated,
            "body_sha256": hashlib.sha256(final.body).hexdigest(),
            "text_sha256": text_fingerprint(final),
            "purpose": note,
        },
    )


def _start_watch(
    b: Batch,
    url: str,
    finding_id: str | None,
    posted_at: datetime | None,
    fetched: Fetched,
    warc_sha: str,
    now: datetime,
) -> tuple[str, bool]:
    """Create the watch row of ``url`` (first capture) or fill its baseline; (state, created)."""
    final = fetched.final
    ok = 200 <= final.status < 300 and not looks_deleted(final)
    state = "ok" if ok else "deleted" if looks_deleted(final) else "unknown"
    created = b.conn.execute(
        insert_ignore(b.conn, captures)
        .values(
            url_sha256=url_key(url),
            url=url,
            finding_id=finding_id,
            posted_at=utc(posted_at),
            first_item_sha256=warc_sha,
            text_sha256=text_fingerprint(final) if ok else None,
            first_ok_at=now if ok else None,
            last_ok_at=now if ok else None,
            last_checked_at=now,
            last_status=final.status,
            state=state,
            state_since=now,
            deleted_noticed_at=now if state == "deleted" else None,
            checks=1,
        )
        .returning(captures.c.url_sha256)
    ).first()
    if created is not None:
        return state, True
    row = b.conn.execute(select(captures).where(captures.c.url_sha256 == url_key(url))).one()._mapping
    # Captured before: a new capture adds items but does not move the baseline, except to give a
    # URL that was never seen working its first good version.
    values: dict[str, Any] = {}
    if row["finding_id"] is None and finding_id is not None:
        values["finding_id"] = finding_id
    if row["posted_at"] is None and posted_at is not None:
        values["posted_at"] = utc(posted_at)
    if ok and row["text_sha256"] is None:
        values.update(text_sha256=text_fingerprint(final), first_ok_at=now, last_ok_at=now)
        if row["state"] == "unknown":
            values.update(state="ok", state_since=now)
    if values:
        b.conn.execute(update(captures).where(captures.c.url_sha256 == url_key(url)).values(**values))
    return str(values.get("state", row["state"])), False
