"""Facebook Graph API JSON: a Page or profile feed (``/{id}/feed``, ``/{id}/posts``), one post
(``/{post-id}``), or a comment list (``/{object-id}/comments``), as returned by the API.

Field names follow the Graph API reference for the Page Post, Comment and Reactions nodes:

* post: ``id`` (``{owner-id}_{post-id}``), ``message``, ``created_time`` (``2024-09-08T03:15:00+0000``),
  ``from`` {``id``, ``name``}, ``permalink_url``, ``status_type`` (``shared_story``,
  ``added_photos``…), ``parent_id`` (the original post of a share), ``attachments.data``
  (``media_type``/``type``, ``media.image.src``, ``url``, ``title``, ``description``,
  ``subattachments``), ``message_tags`` (``id``, ``name``, ``type``, ``offset``, ``length``);
* edges expanded into a post or comment: ``comments.data`` (each a Comment: ``id``, ``message``,
  ``created_time``, ``from``, ``permalink_url``, ``parent``, ``attachment``, nested ``comments``),
  ``reactions.data`` (``id``, ``name``, ``type`` = ``LIKE``, ``LOVE``…) and the older
  ``likes.data`` (``id``, ``name``).

A post becomes a ``post`` (or a ``share`` when it shares another post or a link), each comment a
``comment`` whose target is the post or the parent comment, and each reaction a ``reaction`` whose
actor is the person who reacted. Reactions carry no time in the API: they get the time of the
object reacted to (a lower bound) and ``extra["time_is_approximate"]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from jaganetral.model.activity import AccountRef, Activity, GroupRef, Kind, Media, Platform, Target
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
    within,
)

# Keys only a post has (a comment has ``attachment``, singular, and no status or story).
_POST_ONLY = frozenset(
    (
        "status_type parent_id attachments full_picture story shares privacy is_published place "
        "properties call_to_action type to updated_time"
    ).split()
)
# Keys only a comment has.
_COMMENT_ONLY = frozenset(
    (
        "parent object comment_count like_count can_comment can_remove can_hide can_like "
        "can_reply_privately user_likes attachment"
    ).split()
)
# ``.../v19.0/{object-id}/comments?...`` in a comment list's paging links names the commented object.
_COMMENTS_URL = re.compile(r"graph\.facebook\.com/(?:v\d+\.\d+/)?([0-9_]+)/comments")

_MEDIA_TYPES = {
    "photo": "image",
    "video": "video",
    "video_inline": "video",
    "video_autoplay": "video",
    "animated_image_video": "video",
    "share": "link",
    "link": "link",
    "album": "album",
    "event": "link",
    "note": "link",
}


def _account(value: Any, path: JsonPath) -> AccountRef:
    """The ``from`` object. The Graph API stopped returning usernames, so there is no handle."""
    with within(path):
        obj = as_dict(value)
        ref = AccountRef(id=opt_str(obj, "id"), name=opt_str(obj, "name"))
    if ref.is_empty():
        raise FieldError(path, "account has neither id nor name")
    return ref


def _actor(obj: Mapping[str, Any]) -> AccountRef:
    # Without ``from`` we would have to guess the author from the id prefix, which is the owner of
    # the *feed* (visitor posts on a Page share the Page's prefix): wrong attribution is worse
    # than a reported gap, so ``from`` is required.
    if obj.get("from") is None:
        raise FieldError(
            ("from",),
            "required field is missing (the Graph API returns it only "
            "when the export was made with a Page access token)",
        )
    return _account(obj["from"], ("from",))


def _lenient_account(value: Any) -> AccountRef | None:
    """An author for a *target*: best effort, since a bad target must not sink the comment."""
    if not isinstance(value, Mapping):
        return None
    ident, name = value.get("id"), value.get("name")
    ref = AccountRef(
        id=str(ident) if isinstance(ident, str | int) else None, name=name if isinstance(name, str) else None
    )
    return None if ref.is_empty() else ref


def _lenient_time(obj: Mapping[str, Any]) -> datetime | None:
    """The object's time if usable: its reactions need it even when the object was rejected."""
    try:
        return req_iso_time(obj, "created_time")
    except FieldError:
        return None


_GROUP_IN_NAME = re.compile(r"(?:^|[_\W])(?:group|grup|groups)(?:[_\W]|$)", re.I)


def _group_feed(f: InputFile, items: Sequence[Any]) -> GroupRef | None:
    """A group's ``/feed``: posts under one owner id written by its members, not by the owner.

    The Graph API response does not name the group (only its id prefixes the post ids), so the
    name the analyst gave the export file stands in for it ("graph_feed_group_relawan_x.json" →
    "relawan x"), marked as such; a page's own feed is not a group.
    """
    owners: set[str] = set()
    by_others = total = 0
    for it in items:
        if not isinstance(it, Mapping) or not isinstance(it.get("id"), str) or "_" not in it["id"]:
            continue
        owner = it["id"].split("_", 1)[0]
        author = it.get("from", {}).get("id") if isinstance(it.get("from"), Mapping) else None
        owners.add(owner)
        total += 1
        by_others += author is not None and str(author) != owner
    if len(owners) != 1 or total == 0 or by_others * 2 < total:
        return None
    stem = f.path.stem
    if not _GROUP_IN_NAME.search(stem):
        return GroupRef(id=next(iter(owners)))
    name = _GROUP_IN_NAME.split(stem, maxsplit=1)[-1]
    name = re.sub(r"[_\W]+", " ", name).strip()
    return GroupRef(id=next(iter(owners)), name=name or None)


def _owner_of(object_id: str | None) -> AccountRef | None:
    """``{owner-id}_{post-id}``: the owner is the Page/profile whose feed holds the post."""
    if object_id and "_" in object_id:
        owner = object_id.split("_", 1)[0]
        if owner.isdigit():
            return AccountRef(id=owner)
    return None


def _mentions(obj: Mapping[str, Any]) -> tuple[AccountRef, ...]:
    raw = obj.get("message_tags")
    # Old API versions keyed tags by text offset: {"0": [{...}], "25": [{...}]}.
    if isinstance(raw, Mapping):
        tags: list[Any] = [t for v in raw.values() if isinstance(v, list) for t in v]
    else:
        tags = list(as_list(raw, ("message_tags",)))
    out: list[AccountRef] = []
    for i, tag in enumerate(tags):
        with within(("message_tags", i)):
            t = as_dict(tag)
            ref = AccountRef(id=opt_str(t, "id"), name=opt_str(t, "name"))
        if not ref.is_empty() and ref not in out:
            out.append(ref)
    return tuple(out)


def _media_of(att: Mapping[str, Any]) -> list[Media]:
    kind = str(att.get("media_type") or att.get("type") or "link")
    media_t = _MEDIA_TYPES.get(kind, kind)
    sub = opt_map(att, "subattachments")
    if sub is not None:
        # An album: its photos are the media; the album itself only wraps them.
        out = [m for s in opt_seq(sub, "data") if isinstance(s, Mapping) for m in _media_of(s)]
        if out:
            return out
    media = opt_map(att, "media")
    image = opt_map(media, "image") if media is not None else None
    src = opt_text(image, "src") if image is not None else None
    url = opt_text(att, "url")
    # The picture itself when there is one, else the page the attachment links to.
    path = src or url
    caption = opt_text(att, "description") or opt_text(att, "title")
    return [Media(type=media_t, path=path, caption=caption)]


def _attachments(obj: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    out: list[Mapping[str, Any]] = []
    many = opt_map(obj, "attachments")
    if many is not None:
        for i, a in enumerate(as_list(many.get("data"), ("attachments", "data"))):
            out.append(as_dict(a, ("attachments", "data", i)))
    one = opt_map(obj, "attachment")  # comments have a single attachment
    if one is not None:
        out.append(one)
    return out


def _edge(obj: Mapping[str, Any], name: str) -> Sequence[Any]:
    edge = obj.get(name)
    if edge is None:
        return []
    return as_list(as_dict(edge, (name,)).get("data"), (name, "data"))


class FacebookGraph(Source):
    """Facebook Graph API feed, post and comment-list JSON."""

    name = "facebook_graph"
    priority = 40

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        head = json_head(f)
        # ``created_time`` is Facebook's own spelling: Instagram says ``timestamp``, X
        # ``created_at``, TikTok ``create_time``, YouTube ``publishedAt``.
        return (
            head is not None
            and has_key(head, "created_time")
            and (has_key(head, "data") or has_key(head, "id"))
        )

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        for doc in load_documents(f):
            root = doc.value
            if not isinstance(root, Mapping):
                raise doc.invalid(f, "expected a Graph API response object")
            if "data" in root:
                items = root["data"]
                if not isinstance(items, list):
                    raise doc.invalid(f, "'data' is not a list", ("data",))
                if self._is_comment_list(root, items):
                    target = self._commented_object(root)
                    for i, c in enumerate(items):
                        yield from self._comment(f, doc, ("data", i), c, target)
                else:
                    group = _group_feed(f, items)
                    for i, p in enumerate(items):
                        for item in self._post(f, doc, ("data", i), p):
                            yield replace(item, group=group) if group and isinstance(item, Activity) else item
            elif "id" in root and "created_time" in root:
                yield from self._post(f, doc, (), root)
            else:
                raise doc.invalid(f, "neither a 'data' list nor a post object")

    @staticmethod
    def _is_comment_list(root: Mapping[str, Any], items: Sequence[Any]) -> bool:
        paging = root.get("paging")
        if isinstance(paging, Mapping):
            for k in ("next", "previous"):
                if isinstance(paging.get(k), str) and _COMMENTS_URL.search(paging[k]):
                    return True
        keys = {k for it in items if isinstance(it, Mapping) for k in it}
        return not (keys & _POST_ONLY) and bool(keys & _COMMENT_ONLY)

    @staticmethod
    def _commented_object(root: Mapping[str, Any]) -> Target | None:
        paging = root.get("paging")
        if isinstance(paging, Mapping):
            for k in ("next", "previous"):
                m = _COMMENTS_URL.search(str(paging.get(k) or ""))
                if m:
                    return Target(id=m.group(1), author=_owner_of(m.group(1)))
        return None

    # -- posts ---------------------------------------------------------------------------------

    def _post(self, f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any) -> Iterator[ParseItem]:
        act: Activity | None = None
        try:
            act = self._post_activity(f, doc, path, as_dict(raw))
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
        else:
            yield act
        if not isinstance(raw, Mapping):
            return
        # Comments and reactions are separate evidence: keep them even when the post was bad.
        as_target = self._as_target(raw)
        yield from self._children(f, doc, path, raw, as_target, act.created_at if act else _lenient_time(raw))

    def _post_activity(self, f: InputFile, doc: JsonDoc, path: JsonPath, obj: Mapping[str, Any]) -> Activity:
        post_id = req_str(obj, "id")
        created = req_iso_time(obj, "created_time")
        actor = _actor(obj)
        atts = _attachments(obj)
        parent_id = opt_str(obj, "parent_id")
        status = opt_str(obj, "status_type")
        target: Target | None = None
        kind = Kind.POST
        if parent_id or status == "shared_story":
            # shared_story without parent_id is a shared link: the link is what was shared.
            kind = Kind.SHARE
            link = atts[0] if atts else {}
            title, desc = link.get("title"), link.get("description")
            shared_text = "\n".join(t for t in (title, desc) if isinstance(t, str) and t) or None
            tgt = link.get("target")
            url = link.get("url") or (tgt.get("url") if isinstance(tgt, Mapping) else None)
            target = Target(
                id=parent_id,
                author=_owner_of(parent_id),
                text=shared_text,
                url=url if isinstance(url, str) else None,
            )
        extra: dict[str, Any] = {}
        if status:
            extra["status_type"] = status
        story = opt_str(obj, "story")
        if story:
            extra["story"] = story
        return Activity(
            id=post_id,
            platform=Platform.FACEBOOK,
            kind=kind,
            created_at=created,
            actor=actor,
            text=opt_str(obj, "message") or "",
            url=opt_str(obj, "permalink_url"),
            target=target,
            mentions=_mentions(obj),
            # A share's attachment *is* the target; listing it as media too would double it.
            media=() if kind is Kind.SHARE else tuple(m for a in atts for m in _media_of(a)),
            source=doc.ref(f, path),
            extra=extra,
        )

    @staticmethod
    def _as_target(obj: Mapping[str, Any]) -> Target:
        ident, text, url = obj.get("id"), obj.get("message"), obj.get("permalink_url")
        return Target(
            id=str(ident) if isinstance(ident, str | int) else None,
            author=_lenient_account(obj.get("from")),
            text=text if isinstance(text, str) and text else None,
            url=url if isinstance(url, str) else None,
        )

    def _children(
        self,
        f: InputFile,
        doc: JsonDoc,
        path: JsonPath,
        obj: Mapping[str, Any],
        target: Target,
        when: datetime | None,
    ) -> Iterator[ParseItem]:
        """Comments and reactions nested in a post or comment."""
        try:
            comments = _edge(obj, "comments")
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
            comments = []
        for j, c in enumerate(comments):
            yield from self._comment(f, doc, path + ("comments", "data", j), c, target)
        for edge in ("reactions", "likes"):
            try:
                reactions = _edge(obj, edge)
            except FieldError as exc:
                yield doc.reject(f, path + exc.path, exc.message)
                continue
            for k, r in enumerate(reactions):
                rpath = path + (edge, "data", k)
                try:
                    yield self._reaction(f, doc, rpath, as_dict(r), target, when, edge)
                except FieldError as exc:
                    yield doc.reject(f, rpath + exc.path, exc.message)

    # -- comments and reactions ----------------------------------------------------------------

    def _comment(
        self, f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any, target: Target | None
    ) -> Iterator[ParseItem]:
        act: Activity | None = None
        try:
            obj = as_dict(raw)
            parent = obj.get("parent")
            if (
                isinstance(parent, Mapping)
                and parent.get("id") is not None
                and (target is None or str(parent["id"]) != target.id)
            ):
                # A reply fetched flat (filter=stream): its own parent beats the list's object.
                target = Target(
                    id=str(parent["id"]),
                    author=_lenient_account(parent.get("from")),
                    text=parent.get("message") if isinstance(parent.get("message"), str) else None,
                )
            elif target is None and isinstance(obj.get("object"), Mapping):
                oid = obj["object"].get("id")
                target = Target(id=str(oid), author=_owner_of(str(oid))) if oid is not None else None
            atts = _attachments(obj)
            act = Activity(
                id=req_str(obj, "id"),
                platform=Platform.FACEBOOK,
                kind=Kind.COMMENT,
                created_at=req_iso_time(obj, "created_time"),
                actor=_actor(obj),
                text=opt_str(obj, "message") or "",
                url=opt_str(obj, "permalink_url"),
                target=target,
                mentions=_mentions(obj),
                media=tuple(m for a in atts for m in _media_of(a)),
                source=doc.ref(f, path),
            )
        except FieldError as exc:
            yield doc.reject(f, path + exc.path, exc.message)
        else:
            yield act
        if isinstance(raw, Mapping):
            # Replies (comments{comments}) and reactions on this comment.
            yield from self._children(
                f, doc, path, raw, self._as_target(raw), act.created_at if act else _lenient_time(raw)
            )

    @staticmethod
    def _reaction(
        f: InputFile,
        doc: JsonDoc,
        path: JsonPath,
        obj: Mapping[str, Any],
        target: Target,
        when: datetime | None,
        edge: str,
    ) -> Activity:
        user_id = req_str(obj, "id")
        # Reported at the reaction's own position: its fields are fine, its object's are not.
        if target.id is None:
            raise FieldError((), "skipped: the reacted object has no 'id'")
        if when is None:
            raise FieldError((), "skipped: the reacted object has no usable 'created_time'")
        # ``likes`` predates reaction types: every entry there is a like.
        reaction = (opt_str(obj, "type") or "LIKE") if edge == "reactions" else "LIKE"
        return Activity(
            id=f"{target.id}:reaction:{user_id}",
            platform=Platform.FACEBOOK,
            kind=Kind.REACTION,
            created_at=when,
            actor=AccountRef(id=user_id, name=opt_str(obj, "name")),
            target=target,
            reaction=reaction.lower(),
            source=doc.ref(f, path),
            extra={
                "time_is_approximate": "reactions carry no time; this is the reacted object's created_time"
            },
        )
