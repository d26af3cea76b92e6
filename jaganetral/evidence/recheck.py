"""The re-check job: revisit captured URLs and record when a post is found deleted or changed.

Each visit is a "rechecked_online" custody entry. A change of state adds "deleted_online",
"changed_online" or "restored_online" with the time it was first noticed, a WARC of what the
platform answered, and updates the linked finding so it says so ("Dihapus dari platform,
diketahui 3 jam setelah diunggah …"). An unreachable platform (network down, 5xx, login wall)
proves nothing and changes no state.

One transaction per URL: a job stopped half-way keeps what it has recorded.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, func, or_, select, update

from jaganetral.errors import InvalidData
from jaganetral.evidence.capture import (
    CaptureError,
    Fetched,
    fetch,
    looks_deleted,
    put_warc,
    text_fingerprint,
)
from jaganetral.evidence.custody import NewEvent, append, iso
from jaganetral.evidence.online import OnlineState, apply_online, state_from_row
from jaganetral.evidence.vault import register_pending
from jaganetral.store import tables as t
from jaganetral.store.evidence_tables import captures
from jaganetral.store.integrity import note_findings
from jaganetral.store.repository import Store, as_aware


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """One visit: what came back and what it changed."""

    url: str
    finding_id: str | None
    result: str  # ok | deleted | changed | unreachable
    previous: str
    state: str
    http_status: int | None
    event: str | None  # the state-change event recorded, if any
    error: str | None = None


def parse_every(text: str) -> timedelta:
    """``90s``, ``30m``, ``6h``, ``1d`` → a duration."""
    m = re.fullmatch(r"\s*(\d+)\s*([smhd])\s*", text)
    if m is None or int(m.group(1)) == 0:
        raise InvalidData(f"not a duration like 30m, 6h or 1d: {text!r}", field="--every")
    unit = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[m.group(2)]
    return timedelta(**{unit: int(m.group(1))})


def due(conn: Connection, *, now: datetime, every: timedelta | None) -> list[Any]:
    """Watch rows whose last visit is older than ``every`` (all of them when None)."""
    q = select(captures).order_by(captures.c.last_checked_at, captures.c.url_sha256)
    if every is not None:
        q = q.where(or_(captures.c.last_checked_at.is_(None), captures.c.last_checked_at <= now - every))
    return list(conn.execute(q))


def classify(fetched: Fetched, baseline: str | None) -> str:
    """ok / deleted / changed / unreachable, compared with the first good capture's text."""
    final = fetched.final
    if looks_deleted(final):
        return "deleted"
    if 200 <= final.status < 300:
        return "ok" if baseline is None or text_fingerprint(final) == baseline else "changed"
    return "unreachable"


def _transition(previous: str, result: str) -> tuple[str, str | None]:
    """New state and the event that marks the change (None when nothing changed)."""
    if result == "unreachable":
        return previous, None
    if result == previous:
        return previous, None
    if result == "deleted":
        return "deleted", "deleted_online"
    if previous == "deleted":
        return result, "restored_online"
    if result == "changed":
        return "changed", "changed_online"
    if previous == "changed":  # back to the first version
        return "ok", "restored_online"
    return result, None  # unknown → ok: first good answer, nothing to report


def check_one(
    store: Store,
    client: httpx.Client,
    row: Any,
    *,
    actor: str,
    allow_private: bool = False,
    now: datetime | None = None,
) -> CheckOutcome:
    """Visit one watched URL and record what was found (see the module doc)."""
    st = state_from_row(row)
    m = row._mapping
    baseline: str | None = m["text_sha256"]
    fetched: Fetched | None = None
    error: str | None = None
    try:
        fetched = fetch(client, st.url, allow_private=allow_private)
        result = classify(fetched, baseline)
    except CaptureError as exc:
        result, error = "unreachable", str(exc)
    at = (now or datetime.now(UTC)).astimezone(UTC)
    new_state, event = _transition(st.state, result)
    status = fetched.final.status if fetched is not None else None
    values: dict[str, Any] = {"last_checked_at": at, "last_status": status, "checks": m["checks"] + 1}
    if result == "ok":
        values["last_ok_at"] = at
        if baseline is None and fetched is not None:
            values.update(text_sha256=text_fingerprint(fetched.final), first_ok_at=m["first_ok_at"] or at)
    if new_state != st.state:
        values.update(state=new_state, state_since=at)
    if event == "deleted_online":
        values["deleted_noticed_at"] = at
    if new_state == "changed" and event is not None:
        values["changed_noticed_at"] = at
    with store.batch() as b:
        detail: dict[str, Any] = {"url": st.url, "http_status": status, "result": result}
        if error is not None:
            detail["error"] = error
        events = [
            NewEvent("rechecked_online", actor, st.first_item_sha256, st.finding_id, detail=detail, at=at)
        ]
        if event is not None and fetched is not None:
            # What the platform answered when the change was noticed is evidence too.
            sha = put_warc(b, fetched, url=st.url, finding_id=st.finding_id, operator=actor, note=event)
            if m["first_item_sha256"] is None:
                values["first_item_sha256"] = sha
            register_pending(b, actor=actor)
            change: dict[str, Any] = {
                "url": st.url,
                "http_status": status,
                "noticed_at": iso(at),
                "response_item": sha,
                "previous_state": st.state,
            }
            if st.last_ok_at is not None:
                change["last_seen_ok_at"] = iso(st.last_ok_at)
            if st.posted_at is not None:
                change["posted_at"] = iso(st.posted_at)
                change["hours_after_posting"] = round((at - st.posted_at).total_seconds() / 3600, 2)
            item = st.first_item_sha256 or sha
            events.append(NewEvent(event, actor, item, st.finding_id, detail=change, at=at))
        b.conn.execute(update(captures).where(captures.c.url_sha256 == m["url_sha256"]).values(**values))
        append(b.conn, events)
        if event is not None and st.finding_id is not None:
            fresh = state_from_row(
                b.conn.execute(select(captures).where(captures.c.url_sha256 == m["url_sha256"])).one()
            )
            _show_on_finding(b.conn, st.finding_id, fresh, at)
    return CheckOutcome(st.url, st.finding_id, result, st.state, new_state, status, event, error)


def _show_on_finding(conn: Connection, finding_id: str, st: OnlineState, at: datetime) -> None:
    doc = conn.execute(select(t.findings.c.doc).where(t.findings.c.finding_id == finding_id)).scalar()
    if doc is None:
        return
    conn.execute(
        update(t.findings)
        .where(t.findings.c.finding_id == finding_id)
        .values(doc=apply_online(doc, st), updated_at=at)
    )
    note_findings(conn, [finding_id], judged=[finding_id])  # re-sealed; the new document on record


def recheck(
    store: Store,
    client: httpx.Client,
    *,
    actor: str,
    every: timedelta | None = None,
    allow_private: bool = False,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    on_outcome: Callable[[CheckOutcome], None] | None = None,
) -> list[CheckOutcome]:
    """One pass over the URLs due for a visit."""
    with store.engine.connect() as conn:
        rows = due(conn, now=now(), every=every)
    out = []
    for row in rows:
        o = check_one(store, client, row, actor=actor, allow_private=allow_private, now=now())
        out.append(o)
        if on_outcome is not None:
            on_outcome(o)
    return out


def next_due(store: Store, every: timedelta, now: datetime) -> timedelta:
    """How long until the next URL is due (at most ``every``)."""
    with store.engine.connect() as conn:
        oldest = conn.execute(select(func.min(captures.c.last_checked_at))).scalar()
    last = as_aware(oldest)
    if last is None:
        return every
    wait = last + every - now
    return max(min(wait, every), timedelta(seconds=1))


def loop(
    store: Store,
    client: httpx.Client,
    *,
    actor: str,
    every: timedelta,
    allow_private: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    passes: int | None = None,
    before_pass: Callable[[], None] | None = None,
    on_outcome: Callable[[CheckOutcome], None] | None = None,
) -> None:
    """Re-check on a schedule: each URL about every ``every``, until stopped (or ``passes`` runs)."""
    done = 0
    while passes is None or done < passes:
        if before_pass is not None:
            before_pass()
        recheck(store, client, actor=actor, every=every, allow_private=allow_private, on_outcome=on_outcome)
        done += 1
        if passes is None or done < passes:
            sleep(next_due(store, every, datetime.now(UTC)).total_seconds())
