"""TikTok Research API JSON: Query Videos (``/v2/research/video/query/``) and Query Video Comments
(``/v2/research/video/comment/list/``) responses, one per file or one per line.

Field names follow TikTok's Research API reference and codebook:

* ``{"data": {"videos": [...], "cursor", "has_more", "search_id"}, "error": {"code": "ok",
  "message", "log_id"}}`` with videos of ``id``, ``create_time`` (Unix seconds, UTC),
  ``username``, ``video_description``, ``region_code``, ``hashtag_names``,
  ``video_mention_list`` (usernames), ``voice_to_text``, ``music_id``, counts…;
* ``{"data": {"comments": [...], "cursor", "has_more"}, "error": {...}}`` with comments of
  ``id``, ``video_id``, ``text``, ``parent_comment_id``, ``create_time``, ``like_count``,
  ``reply_count``.

Videos become ``post`` activities. Comments become ``comment`` activities on the video or, when
``parent_comment_id`` names another comment, on that comment. **The API withholds comment
authors** ("other information is removed to protect user privacy"), so a comment's actor is empty
and ``extra["actor_withheld"]`` says why: such a comment can show what was said under a video but
can never be attributed to an ASN by itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from jaganetral.model.activity import AccountRef, Activity, Kind, Media, Platform, Target
from jaganetral.sources.base import InputFile, ParseItem, Source
from jaganetral.sources.jsonutil import (
    FieldError,
    JsonDoc,
    JsonPath,
    as_dict,
    as_list,
    has_key,
    json_head,
    load_documents,
    opt_str,
    req_str,
    req_unix_time,
)

ACTOR_WITHHELD = "the TikTok Research API does not return comment authors"


def video_url(video_id: str, username: str | None) -> str | None:
    """The public URL of a video, which needs the creator's username."""
    return f"https://www.tiktok.com/@{username}/video/{video_id}" if username else None


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []


class TikTokResearch(Source):
    """TikTok Research API video and comment responses."""

    name = "tiktok_research"
    priority = 40

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        head = json_head(f)
        # ``create_time`` (not Facebook's ``created_time``) inside ``data.videos``/``data.comments``.
        return (
            head is not None
            and has_key(head, "data")
            and has_key(head, "create_time")
            and (has_key(head, "videos") or has_key(head, "comments"))
        )

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        docs = load_documents(f)
        lists: list[tuple[JsonDoc, str, list[Any]]] = []
        for doc in docs:
            root = doc.value
            if not isinstance(root, Mapping):
                raise doc.invalid(f, "expected a TikTok Research API response object")
            err = root.get("error")
            if isinstance(err, Mapping) and err.get("code") not in (None, "ok"):
                # An error response saved as data would otherwise look like "no results".
                raise doc.invalid(
                    f,
                    f"the API answered with error {err.get('code')!r}: {err.get('message') or 'no message'}",
                    ("error", "code"),
                )
            data = root.get("data")
            if not isinstance(data, Mapping):
                raise doc.invalid(f, "'data' is not an object", ("data",))
            for key in ("videos", "comments"):
                if key in data:
                    if not isinstance(data[key], list):
                        raise doc.invalid(f, f"'data.{key}' is not a list", ("data", key))
                    lists.append((doc, key, data[key]))
        # Videos first, so comments in the same file can name their video's creator and URL.
        videos: dict[str, Activity] = {}
        for doc, key, items in lists:
            if key != "videos":
                continue
            for i, raw in enumerate(items):
                path: JsonPath = ("data", "videos", i)
                try:
                    video = self._video(f, doc, path, raw)
                except FieldError as exc:
                    yield doc.reject(f, path + exc.path, exc.message)
                    continue
                videos[video.id] = video
                yield video
        for doc, key, items in lists:
            if key != "comments":
                continue
            for i, raw in enumerate(items):
                path = ("data", "comments", i)
                try:
                    yield self._comment(f, doc, path, raw, videos)
                except FieldError as exc:
                    yield doc.reject(f, path + exc.path, exc.message)

    @staticmethod
    def _video(f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any) -> Activity:
        obj = as_dict(raw)
        video_id = req_str(obj, "id")
        created = req_unix_time(obj, "create_time")
        # ``username`` is only present when the query asked for it; without it nobody is named.
        username = req_str(obj, "username")
        text = opt_str(obj, "video_description") or ""
        mentions = tuple(
            AccountRef(handle=h.lstrip("@"))
            for h in _strings(as_list(obj.get("video_mention_list"), ("video_mention_list",)))
        )
        extra: dict[str, Any] = {}
        for key in ("region_code", "music_id", "playlist_id"):
            # Ids as text: 19-digit numbers do not survive JavaScript consumers of the output.
            if opt_str(obj, key):
                extra[key] = opt_str(obj, key)
        if obj.get("video_label"):
            extra["video_label"] = obj["video_label"]
        tags = _strings(obj.get("hashtag_names"))
        if tags:
            extra["hashtags"] = tags
        # The spoken words are content too; as the video's media text they are screened like OCR.
        transcript = opt_str(obj, "voice_to_text")
        url = video_url(video_id, username)
        return Activity(
            id=video_id,
            platform=Platform.TIKTOK,
            kind=Kind.POST,
            created_at=created,
            actor=AccountRef(handle=username),
            text=text,
            url=url,
            mentions=mentions,
            media=(Media(type="video", path=url, text=transcript),),
            source=doc.ref(f, path),
            extra=extra,
        )

    @staticmethod
    def _comment(
        f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any, videos: Mapping[str, Activity]
    ) -> Activity:
        obj = as_dict(raw)
        comment_id = req_str(obj, "id")
        created = req_unix_time(obj, "create_time")
        video_id = req_str(obj, "video_id")
        parent = opt_str(obj, "parent_comment_id")
        video = videos.get(video_id)
        if parent and parent != video_id:
            # A reply; top-level comments carry the video id as their parent.
            target = Target(id=parent)
        else:
            target = Target(
                id=video_id,
                author=video.actor if video else None,
                text=(video.text or None) if video else None,
                url=video.url if video else None,
            )
        return Activity(
            id=comment_id,
            platform=Platform.TIKTOK,
            kind=Kind.COMMENT,
            created_at=created,
            actor=AccountRef(),
            text=opt_str(obj, "text") or "",
            target=target,
            source=doc.ref(f, path),
            extra={"actor_withheld": ACTOR_WITHHELD, "video_id": video_id},
        )
