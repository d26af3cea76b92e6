"""Instagram Graph API JSON: a media list (``/{ig-user-id}/media``, hashtag search), a Business
Discovery response about another account, one media object, or a comment list
(``/{ig-media-id}/comments``).

Field names follow the IG Media and IG Comment references:

* media: ``id``, ``caption``, ``media_type`` (``IMAGE``, ``VIDEO``, ``CAROUSEL_ALBUM``),
  ``media_product_type``, ``media_url``, ``thumbnail_url``, ``permalink``, ``timestamp``
  (``2024-09-08T03:15:00+0000``), ``username``, ``owner`` {``id``}, ``children.data``,
  ``comments.data``;
* comment: ``id``, ``text``, ``timestamp``, ``username``, ``from`` {``id``, ``username``},
  ``like_count``, ``parent_id``, ``media`` {``id``}, ``replies.data``;
* ``business_discovery`` {``id``, ``username``, ``name``, ``media.data``}: media of another
  account, whose items carry no ``username`` of their own.

Media become ``post`` activities with their media items; comments and replies become ``comment``
activities whose target is the media or, for a reply, the parent comment. The API has no mention
list, so ``@handles`` written in captions and comments are read as mentions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
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
    opt_map,
    opt_seq,
    opt_str,
    opt_text,
    req_iso_time,
    req_str,
    text_mentions,
    within,
)

_MEDIA_TYPES = {"IMAGE": "image", "VIDEO": "video", "CAROUSEL_ALBUM": "album", "REELS": "video"}
# Keys that mark a media object; a comment has none of them.
_MEDIA_KEYS = frozenset(
    {
        "media_type",
        "media_url",
        "caption",
        "permalink",
        "media_product_type",
        "children",
        "thumbnail_url",
        "comments_count",
    }
)


def _media_items(obj: Mapping[str, Any]) -> tuple[Media, ...]:
    children = opt_map(obj, "children")
    if children is not None:
        # A carousel: its children are the actual photos and videos.
        items = tuple(m for c in opt_seq(children, "data") if isinstance(c, Mapping) for m in _media_items(c))
        if items:
            return items
    kind = obj.get("media_type")
    url = opt_text(obj, "media_url") or opt_text(obj, "thumbnail_url")
    if kind is None and url is None:
        return ()
    return (
        Media(
            type=_MEDIA_TYPES.get(str(kind), str(kind).lower() if kind else "image"),
            path=url,
        ),
    )


def _hashtags(text: str) -> list[str]:
    return [w[1:].rstrip(".,!?") for w in text.split() if w.startswith("#") and len(w) > 1]


class InstagramGraph(Source):
    """Instagram Graph API media and comment JSON."""

    name = "instagram_graph"
    priority = 40

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        head = json_head(f)
        # Instagram spells its time ``timestamp``; Facebook's Graph API says ``created_time``.
        return (
            head is not None
            and has_key(head, "timestamp")
            and not has_key(head, "created_time")
            and (has_key(head, "data") or has_key(head, "business_discovery") or has_key(head, "media_type"))
        )

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        for doc in load_documents(f):
            root = doc.value
            if not isinstance(root, Mapping):
                raise doc.invalid(f, "expected an Instagram Graph API response object")
            owner: AccountRef | None = None
            profile: dict[str, str] = {}
            base: JsonPath = ()
            if isinstance(root.get("business_discovery"), Mapping):
                bd = root["business_discovery"]
                # Business Discovery names the account once; its media items do not repeat it.
                owner = AccountRef(
                    id=_str(bd.get("id")), handle=_str(bd.get("username")), name=_str(bd.get("name"))
                )
                bio = _str(bd.get("biography"))
                if bio:
                    profile["actor_bio"] = bio
                media = bd.get("media")
                root, base = (media if isinstance(media, Mapping) else {}), ("business_discovery", "media")
            if "data" in root:
                items = root["data"]
                if not isinstance(items, list):
                    raise doc.invalid(f, "'data' is not a list", base + ("data",))
                if self._is_comment_list(items):
                    for i, c in enumerate(items):
                        yield from self._comment(f, doc, base + ("data", i), c, None)
                else:
                    for i, m in enumerate(items):
                        for item in self._media(f, doc, base + ("data", i), m, owner):
                            if profile and isinstance(item, Activity) and item.actor == owner:
                                item = replace(item, extra={**item.extra, **profile})
                            yield item
            elif "id" in root and "timestamp" in root:
                yield from self._media(f, doc, base, root, owner)
            elif not base:
                raise doc.invalid(f, "neither a 'data' list nor a media object")

    @staticmethod
    def _is_comment_list(items: Sequence[Any]) -> bool:
        keys = {k for it in items if isinstance(it, Mapping) for k in it}
        return "text" in keys and not (keys & _MEDIA_KEYS)

    def _media(
        self, f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any, owner: AccountRef | None
    ) -> Iterator[ParseItem]:
        act: Activity | None = None
        try:
            obj = as_dict(raw)
            media_id = req_str(obj, "id")
            created = req_iso_time(obj, "timestamp")
            owner_id = None
            if obj.get("owner") is not None:
                with within(("owner",)):
                    owner_id = opt_str(as_dict(obj["owner"]), "id")
            actor = AccountRef(
                id=owner_id or (owner.id if owner else None),
                handle=opt_str(obj, "username") or (owner.handle if owner else None),
                name=owner.name if owner else None,
            )
            if actor.is_empty():
                # Hashtag-search media carry neither: the author is simply not in the export.
                raise FieldError(
                    ("username",),
                    "required field is missing (no username or owner to attribute the media to)",
                )
            caption = opt_str(obj, "caption") or ""
            extra: dict[str, Any] = {}
            if _hashtags(caption):
                extra["hashtags"] = _hashtags(caption)
            for key in ("media_type", "media_product_type"):
                if opt_str(obj, key):
                    extra[key] = opt_str(obj, key)
            act = Activity(
                id=media_id,
                platform=Platform.INSTAGRAM,
                kind=Kind.POST,
                created_at=created,
                actor=actor,
                text=caption,
                url=opt_str(obj, "permalink"),
                mentions=text_mentions(caption),
                media=_media_items(obj),
                source=doc.ref(f, path),
                extra=extra,
            )
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
        else:
            yield act
        if not isinstance(raw, Mapping) or raw.get("comments") is None:
            return
        target = Target(
            id=_str(raw.get("id")),
            author=act.actor if act else owner,
            text=_str(raw.get("caption")),
            url=_str(raw.get("permalink")),
        )
        try:
            comments = as_list(as_dict(raw["comments"], ("comments",)).get("data"), ("comments", "data"))
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
            return
        for j, c in enumerate(comments):
            yield from self._comment(f, doc, path + ("comments", "data", j), c, target)

    def _comment(
        self, f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any, target: Target | None
    ) -> Iterator[ParseItem]:
        act: Activity | None = None
        try:
            obj = as_dict(raw)
            comment_id = req_str(obj, "id")
            created = req_iso_time(obj, "timestamp")
            from_id = from_user = None
            if obj.get("from") is not None:
                with within(("from",)):
                    frm = as_dict(obj["from"])
                    from_id, from_user = opt_str(frm, "id"), opt_str(frm, "username")
            actor = AccountRef(id=from_id, handle=opt_str(obj, "username") or from_user)
            if actor.is_empty():
                raise FieldError(("username",), "required field is missing")
            if target is None:
                target = self._standalone_target(obj)
            text = opt_str(obj, "text") or ""
            url = None
            if target is not None and target.url and "/c/" not in target.url:
                # Instagram resolves /p/{shortcode}/c/{comment-id}/ to the comment itself.
                url = target.url.rstrip("/") + f"/c/{comment_id}/"
            act = Activity(
                id=comment_id,
                platform=Platform.INSTAGRAM,
                kind=Kind.COMMENT,
                created_at=created,
                actor=actor,
                text=text,
                url=url,
                target=target,
                mentions=text_mentions(text),
                source=doc.ref(f, path),
            )
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
        else:
            yield act
        if not isinstance(raw, Mapping) or not isinstance(raw.get("replies"), Mapping):
            return
        # Replies answer this comment; their link is still the media's (IG has one thread level).
        parent = Target(
            id=_str(raw.get("id")),
            author=act.actor if act else None,
            text=_str(raw.get("text")),
            url=target.url if target else None,
        )
        try:
            replies = as_list(raw["replies"].get("data"), ("replies", "data"))
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
            return
        for k, r in enumerate(replies):
            yield from self._comment(f, doc, path + ("replies", "data", k), r, parent)

    @staticmethod
    def _standalone_target(obj: Mapping[str, Any]) -> Target | None:
        """For a bare comment list: the parent comment, else the media the comment is on."""
        parent = _str(obj.get("parent_id"))
        if parent:
            return Target(id=parent)
        media = obj.get("media")
        if isinstance(media, Mapping) and _str(media.get("id")):
            return Target(id=_str(media.get("id")))
        return None


def _str(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return value if isinstance(value, str) and value else None
