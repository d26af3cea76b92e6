"""YouTube Data API v3 comment JSON: ``commentThreads.list`` responses (``kind``
``youtube#commentThreadListResponse``), single threads, and ``comments.list`` responses
(``youtube#commentListResponse``, the way to page through a thread's replies).

Field names follow the CommentThread and Comment resources:

* thread: ``id``, ``snippet`` {``channelId`` (the video's channel), ``videoId``,
  ``topLevelComment``, ``totalReplyCount``}, ``replies.comments`` (a first few replies);
* comment: ``id`` (replies: ``{parent-id}.{reply-id}``), ``snippet`` {``authorDisplayName``
  (``@handle`` since 2024, a display name before), ``authorChannelUrl``, ``authorChannelId``
  {``value``}, ``videoId``, ``textOriginal``, ``textDisplay`` (HTML), ``parentId``,
  ``likeCount``, ``publishedAt`` (``2024-09-08T03:15:00Z``), ``updatedAt``}.

Every comment becomes a ``comment`` activity: a top-level one on the video, a reply on its parent
comment. The actor's id is the channel id; the handle comes from an ``@`` display name or from an
``/@handle`` channel URL.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from typing import Any

from jaganetral.model.activity import AccountRef, Activity, Kind, Platform, Target
from jaganetral.sources.base import InputFile, ParseItem, Source
from jaganetral.sources.jsonutil import (
    FieldError,
    JsonDoc,
    JsonPath,
    as_dict,
    as_list,
    json_head,
    load_documents,
    opt_str,
    req_iso_time,
    req_str,
    text_mentions,
    within,
)

_KIND = re.compile(r'"kind"\s*:\s*"youtube#comment')
_HANDLE_URL = re.compile(r"youtube\.com/@([^/?#]+)")
_TAG = re.compile(r"<[^>]+>")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def watch_url(video_id: str, comment_id: str | None = None) -> str:
    """The video's URL; with ``lc=`` YouTube opens it with that comment highlighted."""
    url = f"https://www.youtube.com/watch?v={video_id}"
    return f"{url}&lc={comment_id}" if comment_id else url


def author_of(snippet: Mapping[str, Any]) -> AccountRef:
    """The comment's author: channel id, handle (``@`` name or channel URL), display name."""
    display = opt_str(snippet, "authorDisplayName")
    channel_url = opt_str(snippet, "authorChannelUrl") or ""
    channel_id = None
    if snippet.get("authorChannelId") is not None:
        with within(("authorChannelId",)):
            channel_id = opt_str(as_dict(snippet["authorChannelId"]), "value")
    handle: str | None = None
    name: str | None = display
    if display and display.startswith("@"):
        # Since the 2024 handle change the display name *is* the handle.
        handle, name = display[1:], None
    else:
        m = _HANDLE_URL.search(channel_url)
        if m:
            handle = m.group(1)
    return AccountRef(id=channel_id, handle=handle, name=name)


def comment_text(snippet: Mapping[str, Any]) -> str:
    """``textOriginal`` when given; otherwise ``textDisplay`` with its HTML undone."""
    original = opt_str(snippet, "textOriginal")
    if original is not None:
        return original
    shown = opt_str(snippet, "textDisplay") or ""
    return html.unescape(_TAG.sub("", _BR.sub("\n", shown)))


class YouTubeCommentThreads(Source):
    """YouTube Data API v3 comment threads and comment lists."""

    name = "youtube_comments"
    priority = 40

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        head = json_head(f)
        return head is not None and _KIND.search(head) is not None

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        for doc in load_documents(f):
            root = doc.value
            if not isinstance(root, Mapping):
                raise doc.invalid(f, "expected a YouTube Data API response object")
            kind = str(root.get("kind", ""))
            if kind == "youtube#commentThread":
                yield from self._thread(f, doc, (), root)
            elif kind == "youtube#comment":
                yield self._guarded(f, doc, (), root, None, None)
            elif "items" in root:
                items = root["items"]
                if not isinstance(items, list):
                    raise doc.invalid(f, "'items' is not a list", ("items",))
                for i, item in enumerate(items):
                    if isinstance(item, Mapping) and item.get("kind") == "youtube#comment":
                        yield self._guarded(f, doc, ("items", i), item, None, None)
                    else:
                        yield from self._thread(f, doc, ("items", i), item)
            else:
                raise doc.invalid(f, f"not a comment resource or list (kind {kind!r})", ("kind",))

    def _thread(self, f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any) -> Iterator[ParseItem]:
        try:
            thread = as_dict(raw)
            snip = as_dict(thread.get("snippet"), ("snippet",))
            top_raw = snip.get("topLevelComment")
            if top_raw is None:
                raise FieldError(("snippet", "topLevelComment"), "required field is missing")
            video_id = opt_str(snip, "videoId")
            channel = opt_str(snip, "channelId")
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
            return
        video = Target(
            id=video_id,
            author=AccountRef(id=channel) if channel else None,
            url=watch_url(video_id) if video_id else None,
        )
        top_path = path + ("snippet", "topLevelComment")
        top = self._guarded(f, doc, top_path, top_raw, video, video_id)
        yield top
        parent: Target | None = None
        if isinstance(top, Activity):
            parent = Target(id=top.id, author=top.actor, text=top.text or None, url=top.url)
        replies = thread.get("replies")
        if replies is None:
            return
        try:
            comments = as_list(as_dict(replies, ("replies",)).get("comments"), ("replies", "comments"))
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
            return
        for j, r in enumerate(comments):
            yield self._guarded(f, doc, path + ("replies", "comments", j), r, parent, video_id)

    def _guarded(
        self,
        f: InputFile,
        doc: JsonDoc,
        path: JsonPath,
        raw: Any,
        target: Target | None,
        video_id: str | None,
    ) -> ParseItem:
        try:
            return self._comment(f, doc, path, as_dict(raw), target, video_id)
        except FieldError as exc:
            return doc.reject(f, path + exc.path, exc.message)

    @staticmethod
    def _comment(
        f: InputFile,
        doc: JsonDoc,
        path: JsonPath,
        obj: Mapping[str, Any],
        target: Target | None,
        video_id: str | None,
    ) -> Activity:
        comment_id = req_str(obj, "id")
        with within(("snippet",)):
            snip = as_dict(obj.get("snippet"))
            created = req_iso_time(snip, "publishedAt")
            actor = author_of(snip)
            if actor.is_empty():
                raise FieldError(("authorChannelId",), "required field is missing (no author)")
            video_id = opt_str(snip, "videoId") or video_id
            parent_id = opt_str(snip, "parentId")
            updated = opt_str(snip, "updatedAt")
            published = opt_str(snip, "publishedAt")
        if target is None or (parent_id and target.id != parent_id):
            # A reply read from comments.list: only the parent's id is known.
            if parent_id:
                target = Target(id=parent_id, url=watch_url(video_id, parent_id) if video_id else None)
            elif video_id:
                target = Target(id=video_id, url=watch_url(video_id))
        text = comment_text(snip)
        extra: dict[str, Any] = {}
        if video_id:
            extra["video_id"] = video_id
        if updated and updated != published:
            extra["edited_at"] = updated
        return Activity(
            id=comment_id,
            platform=Platform.YOUTUBE,
            kind=Kind.COMMENT,
            created_at=created,
            actor=actor,
            text=text,
            url=watch_url(video_id, comment_id) if video_id else None,
            target=target,
            mentions=text_mentions(text, extra_chars="-"),
            source=doc.ref(f, path),
            extra=extra,
        )
