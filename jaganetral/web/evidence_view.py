"""The evidence viewer of a case page: every item with its kind, capture time, capturer, integrity and
online state; images shown (served from the vault with their own content type, never executable),
the canonical record shown as the post it was, WARC captures listed, procedure documents too."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from sqlalchemy import select

from jaganetral.cases.service import CaseView
from jaganetral.model.clock import from_storage
from jaganetral.store import evidence_tables as et
from jaganetral.web.documents import _blobs, _dt, evidence_status

#: Media types shown in the page (as images); everything else is offered as a download.
INLINE = {"image/png", "image/jpeg"}
#: Media types an item may be served with at all; the rest goes out as octet-stream attachments.
SERVED = {"image/png", "image/jpeg", "application/pdf", "application/json", "text/plain"}


def _post(data: bytes) -> dict[str, Any] | None:
    """A canonical record (or a public report's record) read back as the post it was."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(doc, dict):
        return None
    actor = doc.get("actor") or {}
    target = doc.get("target") or {}
    group = doc.get("group") or {}
    tgt_author = (target.get("author") or {}) if isinstance(target, dict) else {}
    return {
        "platform": doc.get("platform") or "other",
        "kind": doc.get("kind") or "post",
        "author": actor.get("name") or actor.get("handle") or "—",
        "handle": actor.get("handle"),
        "at": _dt(doc.get("created_at") or doc.get("at")),
        "text": str(doc.get("text") or ""),
        "url": doc.get("url"),
        "target_author": tgt_author.get("name") or tgt_author.get("handle"),
        "target_text": target.get("text") if isinstance(target, dict) else None,
        "group": group.get("name") if isinstance(group, dict) else None,
        "media": [m.get("type") for m in doc.get("media") or [] if isinstance(m, dict)],
        "tracking_code": doc.get("tracking_code"),
    }


def items(request: Request, view: CaseView) -> list[dict[str, Any]]:
    """What the viewer shows, one dict per item (metadata, check results, preview data)."""
    rows = [_asdict(r) for r in evidence_status(request, view)]
    for d in view.documents:
        if d.get("sha256") and all(r["sha256"] != d["sha256"] for r in rows):
            rows.append(
                {
                    "sha256": d["sha256"],
                    "kind": "document",
                    "doc_kind": d.get("kind_label"),
                    "file_name": d.get("file_name"),
                }
            )
    shas = [r["sha256"] for r in rows]
    meta: dict[str, Any] = {}
    if shas:
        with request.app.state.engine.connect() as conn:
            for m in conn.execute(select(et.evidence_items).where(et.evidence_items.c.sha256.in_(shas))):
                meta[m.sha256] = m
    blobs = _blobs(request)
    out = []
    for r in rows:
        m = meta.get(r["sha256"])
        media = str(m.media_type) if m is not None else "application/octet-stream"
        item = {
            **r,
            "media_type": media,
            "size": int(m.size) if m is not None else None,
            "captured_by": m.captured_by if m is not None else None,
            "captured_at": from_storage(m.captured_at) if m is not None else r.get("captured_at"),
            "source": m.source if m is not None else None,
            "item_kind": m.kind if m is not None else r["kind"],
            "inline": media in INLINE,
            "post": None,
        }
        if m is not None and m.kind == "document":
            item["doc_kind"] = item.get("doc_kind") or (m.meta or {}).get("doc_kind")
            item["file_name"] = item.get("file_name") or m.source
        if (
            media == "application/json"
            and blobs is not None
            and blobs.has(r["sha256"])
            and (item["size"] or 0) < 2_000_000
        ):
            item["post"] = _post(blobs.path(r["sha256"]).read_bytes())
        out.append(item)
    return out


def _asdict(r: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(r)


def case_item_shas(request: Request, view: CaseView) -> set[str]:
    """Every item a viewer of this case may open (and nothing else)."""
    return {i["sha256"] for i in items(request, view)}
