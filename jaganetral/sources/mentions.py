"""Passive exposure from every format that carries it: a mention or tag of someone is something
done *to* them.

Facebook ``message_tags``, X mentions, Instagram caption ``@mentions``, TikTok ``video_mention_list``,
Telegram mention entities and WhatsApp ``@`` mentions all arrive as :attr:`Activity.mentions` of the
author's activity. :func:`exposures` turns each mentioned account into a ``tagged`` activity of its
own, initiated by the author, so that a civil servant tagged in a campaign post gets an alert (never
a violation: being tagged is not acting), and an engagement afterwards can cite it.
"""

from __future__ import annotations

from collections.abc import Iterator

from jaganetral.model.activity import Activity, Kind, Target

#: Kinds whose mentions tag someone (a reaction or a follow mentions nobody).
_TAGGING = frozenset({Kind.POST, Kind.COMMENT, Kind.SHARE, Kind.MESSAGE})


def exposures(a: Activity) -> Iterator[Activity]:
    """One ``tagged`` activity per account ``a`` mentions (not its own author)."""
    if a.kind not in _TAGGING or not a.mentions:
        return
    own = {x.lower() for x in (a.actor.handle, a.actor.id) if x}
    seen: set[str] = set()
    for n, m in enumerate(a.mentions, 1):
        key = m.handle or m.id
        if not key or key.lower() in own or key.lower() in seen:
            continue
        seen.add(key.lower())
        # Named by handle when there is one; else by position ("…:tag:m1"), so the id never
        # looks like another record's (a reaction is "post:reaction:user-id").
        yield Activity(
            id=f"{a.id}:tag:{m.handle or f'm{n}'}",
            platform=a.platform,
            kind=Kind.TAGGED,
            created_at=a.created_at,
            actor=m,
            text=a.text,
            url=a.url,
            target=Target(id=a.id, author=a.actor, text=a.target.text if a.target is not None else None),
            group=a.group,
            initiated_by=a.actor,
            media=a.media,
            deleted_at=a.deleted_at,
            source=a.source,
            extra={"derived_from": a.id, "via": "mention"},
        )
