"""Signed webhooks: other agencies' systems are told of every change of the cases they may see.

Each active webhook gets, for every case event after the last one it received, one ``POST`` of the
change (the same JSON as ``/api/v1/changes``) with ``X-Jaganetral-Signature: sha256=<HMAC-SHA256 of
the body under the hook's secret>`` and ``X-Jaganetral-Event: <id>``. Nothing is sent unless an
admin registers a hook (the app is air-gapped by default); :func:`deliver` runs in ``serve``'s
background thread and in tests with a mock transport.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

import httpx
from sqlalchemy import Engine, insert, select, update

from jaganetral.cases.access import User, audit, now_utc, require
from jaganetral.errors import InvalidInput
from jaganetral.store import case_tables as ct
from jaganetral.store.db import write


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def add_hook(engine: Engine, user: User, url: str) -> str:
    """Register a URL; returns the secret (shown once) the receiver checks signatures with."""
    require(user, "admin_webhooks")
    url = url.strip()
    if not url.startswith(("https://", "http://")) or len(url) > 500:
        raise InvalidInput(
            "URL webhook harus diawali https:// (atau http:// di jaringan internal)", field="url"
        )
    secret = secrets.token_urlsafe(32)
    with write(engine) as conn:
        last = (
            conn.execute(select(ct.case_events.c.id).order_by(ct.case_events.c.id.desc()).limit(1)).scalar()
            or 0
        )
        conn.execute(
            insert(ct.webhooks).values(
                url=url,
                secret=secret,
                active=True,
                created_by=user.username,
                created_at=now_utc(),
                last_event_id=last,
            )
        )
        audit(conn, user.username, "webhook_added", f"webhook:{url[:200]}", {})
    return secret


def set_hook(engine: Engine, user: User, hook_id: int, active: bool) -> None:
    require(user, "admin_webhooks")
    with write(engine) as conn:
        conn.execute(update(ct.webhooks).where(ct.webhooks.c.id == hook_id).values(active=active))
        audit(conn, user.username, "webhook_" + ("on" if active else "off"), f"webhook:{hook_id}", {})


def list_hooks(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(ct.webhooks).order_by(ct.webhooks.c.id))
        return [{k: v for k, v in r._mapping.items() if k != "secret"} for r in rows]


def deliver(engine: Engine, changes: Any, client: httpx.Client, *, user: User, limit: int = 100) -> int:
    """Send every active hook the changes after its last one; returns how many were delivered.

    ``changes(user, since, limit)`` is the case service's change feed (what ``user`` may see)."""
    sent = 0
    with engine.connect() as conn:
        hooks = conn.execute(select(ct.webhooks).where(ct.webhooks.c.active.is_(True))).all()
    for h in hooks:
        last = int(h.last_event_id)
        status: int | None = None
        for ch in changes(user, last, limit):
            body = json.dumps(
                {**ch, "at": ch["at"].isoformat() if ch.get("at") else None}, sort_keys=True
            ).encode()
            try:
                r = client.post(
                    h.url, content=body,
                    headers={"Content-Type": "application/json", "X-Jaganetral-Event": str(ch["id"]),
                             "X-Jaganetral-Signature": sign(h.secret, body)},
                )  # fmt: skip
                status = r.status_code
            except httpx.HTTPError:
                status = None
            if status is None or status >= 300:
                break  # tried again next round, from this change on
            last = int(ch["id"])
            sent += 1
        with write(engine) as conn:
            conn.execute(
                update(ct.webhooks)
                .where(ct.webhooks.c.id == h.id)
                .values(last_event_id=last, last_status=status, last_at=now_utc())
            )
    return sent
