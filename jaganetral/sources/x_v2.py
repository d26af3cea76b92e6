"""X (Twitter) API v2 JSON: search, timeline and lookup responses, one per file or one per line
(twarc2 and similar tools save each response page as a JSON Lines record).

Field names follow the v2 Tweet object and its expansions:

* ``data``: a list of tweets (or one tweet for a single lookup) with ``id``, ``text``,
  ``author_id``, ``created_at`` (``2024-09-08T03:15:00.000Z``), ``conversation_id``,
  ``in_reply_to_user_id``, ``referenced_tweets`` [{``type``: ``retweeted`` | ``quoted`` |
  ``replied_to``, ``id``}], ``entities.mentions`` [{``username``, ``id``}],
  ``entities.hashtags`` [{``tag``}], ``attachments.media_keys``;
* ``includes.users`` [{``id``, ``username``, ``name``}], ``includes.tweets`` (the referenced
  tweets, with their own ``author_id``) and ``includes.media`` [{``media_key``, ``type``,
  ``url``/``preview_image_url``, ``alt_text``}].

A retweet becomes a ``share`` of the retweeted tweet (with no text of its own: the ``RT @…:`` text
is a truncated copy of the target), a quote a ``share`` with its own text, a reply a ``comment``
on the replied-to tweet, anything else a ``post``. Referenced tweets in ``includes`` are targets,
not activities: the export's subject did not write them.
"""

from __future__ import annotations

import re
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
    opt_map,
    opt_seq,
    opt_str,
    req_iso_time,
    req_str,
    within,
)

_RT_PREFIX = re.compile(r"^RT @(\w{1,15}): ?", re.ASCII)
_MEDIA_TYPES = {"photo": "image", "video": "video", "animated_gif": "video"}


def tweet_url(tweet_id: str, username: str | None) -> str:
    """The public URL of a tweet; ``i/web`` works when the author's username is unknown."""
    return f"https://x.com/{username or 'i/web'}/status/{tweet_id}"


class _Includes:
    """The ``includes`` expansions indexed by id, read leniently: they only enrich targets."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        raw = root.get("includes")
        inc: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
        self.users: dict[str, AccountRef] = {}
        self.profiles: dict[str, dict[str, str]] = {}
        self.tweets: dict[str, Mapping[str, Any]] = {}
        self.media: dict[str, Mapping[str, Any]] = {}
        for u in _dicts(inc.get("users")):
            if u.get("id") is not None:
                uid = str(u["id"])
                self.users[uid] = AccountRef(id=uid, handle=_s(u.get("username")), name=_s(u.get("name")))
                # What the account says about itself: attribution weighs it against the registry.
                prof = {
                    k: v
                    for k, v in (
                        ("actor_bio", _s(u.get("description"))),
                        ("actor_location", _s(u.get("location"))),
                    )
                    if v
                }
                if prof:
                    self.profiles[uid] = prof
        for t in _dicts(inc.get("tweets")):
            if t.get("id") is not None:
                self.tweets[str(t["id"])] = t
        for m in _dicts(inc.get("media")):
            if m.get("media_key") is not None:
                self.media[str(m["media_key"])] = m

    def author(self, user_id: str) -> AccountRef:
        """The expanded user, or just the id when the export did not expand it."""
        return self.users.get(user_id, AccountRef(id=user_id))

    def user(self, user_id: str | None) -> AccountRef | None:
        return None if user_id is None else self.author(user_id)


def _mention_ids(tweet: Mapping[str, Any]) -> dict[str, str]:
    """``username`` (lower case) → user id from the mention entities, read leniently."""
    ent = opt_map(tweet, "entities")
    mentions = opt_seq(ent, "mentions") if ent is not None else None
    return {
        str(m["username"]).lower(): str(m["id"])
        for m in _dicts(mentions)
        if m.get("username") and m.get("id")
    }


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _s(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class XApiV2(Source):
    """X API v2 tweet responses (with ``includes`` expansions)."""

    name = "x_v2"
    priority = 40

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        head = json_head(f)
        # ``edit_history_tweet_ids`` is a default field of every v2 tweet since 2022; ``author_id``
        # is the expansion any usable export asks for. Neither exists in the other APIs.
        return (
            head is not None
            and has_key(head, "data")
            and (has_key(head, "edit_history_tweet_ids") or has_key(head, "author_id"))
        )

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        for doc in load_documents(f):
            root = doc.value
            if not isinstance(root, Mapping):
                raise doc.invalid(f, "expected an X API v2 response object")
            data = root.get("data")
            if data is None:
                # A page with no results has only ``meta`` (result_count 0): nothing to read.
                continue
            inc = _Includes(root)
            if isinstance(data, Mapping):
                yield self._guarded(f, doc, ("data",), data, inc)
            elif isinstance(data, list):
                for i, t in enumerate(data):
                    yield self._guarded(f, doc, ("data", i), t, inc)
            else:
                raise doc.invalid(f, "'data' is neither a tweet nor a list of tweets", ("data",))

    def _guarded(self, f: InputFile, doc: JsonDoc, path: JsonPath, raw: Any, inc: _Includes) -> ParseItem:
        try:
            return self._tweet(f, doc, path, as_dict(raw), inc)
        except FieldError as exc:
            return doc.reject(f, path + exc.path, exc.message)

    def _tweet(
        self, f: InputFile, doc: JsonDoc, path: JsonPath, obj: Mapping[str, Any], inc: _Includes
    ) -> Activity:
        tweet_id = req_str(obj, "id")
        created = req_iso_time(obj, "created_at")
        actor = inc.author(req_str(obj, "author_id"))
        text = opt_str(obj, "text") or ""

        refs: dict[str, str] = {}
        for i, r in enumerate(as_list(obj.get("referenced_tweets"), ("referenced_tweets",))):
            with within(("referenced_tweets", i)):
                ref = as_dict(r)
                refs[req_str(ref, "type")] = req_str(ref, "id")

        kind = Kind.POST
        target: Target | None = None
        extra: dict[str, Any] = {}
        # A reply that also quotes is first of all a reply in a conversation; keep the quote id.
        if "retweeted" in refs:
            kind, target = Kind.SHARE, self._target(refs["retweeted"], inc, None)
            rt = _RT_PREFIX.match(text)
            if rt and (target.text is None or target.author is None):
                # Without includes the RT text (and its mention entity) is all we have of the
                # target: the author's handle and id, and the possibly truncated text.
                handle = rt.group(1)
                author = AccountRef(id=_mention_ids(obj).get(handle.lower()), handle=handle)
                target = Target(
                    id=target.id,
                    author=target.author or author,
                    text=target.text or text[rt.end() :] or None,
                    url=target.url,
                )
            text = ""
        elif "replied_to" in refs:
            kind = Kind.COMMENT
            target = self._target(refs["replied_to"], inc, opt_str(obj, "in_reply_to_user_id"))
            if "quoted" in refs:
                extra["quoted_tweet_id"] = refs["quoted"]
        elif "quoted" in refs:
            kind, target = Kind.SHARE, self._target(refs["quoted"], inc, None)

        entities = obj.get("entities")
        mentions: list[AccountRef] = []
        hashtags: list[str] = []
        if entities is not None:
            ent = as_dict(entities, ("entities",))
            for i, m in enumerate(as_list(ent.get("mentions"), ("entities", "mentions"))):
                with within(("entities", "mentions", i)):
                    md = as_dict(m)
                    handle, uid = opt_str(md, "username"), opt_str(md, "id")
                known = inc.users.get(uid) if uid else None
                ref_acc = known or AccountRef(id=uid, handle=handle)
                # The ``RT @author:`` prefix is not the retweeter mentioning anyone.
                if (
                    kind is Kind.SHARE
                    and "retweeted" in refs
                    and target
                    and target.author
                    and (ref_acc.handle == target.author.handle or (uid and uid == target.author.id))
                ):
                    continue
                if not ref_acc.is_empty() and ref_acc not in mentions:
                    mentions.append(ref_acc)
            for i, h in enumerate(as_list(ent.get("hashtags"), ("entities", "hashtags"))):
                with within(("entities", "hashtags", i)):
                    tag = opt_str(as_dict(h), "tag")
                if tag:
                    hashtags.append(tag)
        if hashtags:
            extra["hashtags"] = hashtags
        for key in ("conversation_id", "lang"):
            if opt_str(obj, key):
                extra[key] = opt_str(obj, key)

        media: list[Media] = []
        att = opt_map(obj, "attachments")
        if att is not None:
            for key in as_list(att.get("media_keys"), ("attachments", "media_keys")):
                m = inc.media.get(str(key))
                if m is not None:
                    media.append(
                        Media(
                            type=_MEDIA_TYPES.get(str(m.get("type")), "image"),
                            path=_s(m.get("url")) or _s(m.get("preview_image_url")),
                            caption=_s(m.get("alt_text")),
                        )
                    )

        if actor.id is not None and actor.id in inc.profiles:
            extra.update(inc.profiles[actor.id])
        return Activity(
            id=tweet_id,
            platform=Platform.X,
            kind=kind,
            created_at=created,
            actor=actor,
            text=text,
            url=tweet_url(tweet_id, actor.handle),
            target=target,
            mentions=tuple(mentions),
            media=tuple(media),
            source=doc.ref(f, path),
            extra=extra,
        )

    @staticmethod
    def _target(ref_id: str, inc: _Includes, fallback_author_id: str | None) -> Target:
        t = inc.tweets.get(ref_id)
        author = inc.user(_s(t.get("author_id")) if t else None) or inc.user(fallback_author_id)
        return Target(
            id=ref_id,
            author=author,
            text=_s(t.get("text")) if t else None,
            url=tweet_url(ref_id, author.handle if author else None),
        )
