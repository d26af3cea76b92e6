"""The keys a Spark batch is joined on: registry lookups, and the state judgement shares.

* :func:`exact_lookups` — the exact account keys the screen looks up (actor and initiator; a
  chat member's number for the zone of a chat export);
* :func:`attribution_lookups` — every registry lookup :meth:`Attributor.attribute` can make for
  an activity's actor: exact keys, name blocks, look-alike handle blocks, roles of a saved contact
  name, the handles and names read off a screenshot;
* :func:`state_keys` — what an activity shares with others in the run's context
  (:class:`~jaganetral.judge.analysis.RunContext` and :mod:`jaganetral.judge.context`): its own
  thread, the thread it answers, its group, the place an exposure is remembered by. Activities
  connected through these keys are judged together, in time order; nothing else spans activities.
"""

from __future__ import annotations

from jaganetral.attribute.attributor import SCREENSHOT_HANDLE, SCREENSHOT_WORD, Attributor
from jaganetral.attribute.features import account_keys, name_query_key
from jaganetral.attribute.index import RegistryIndex, blocking_keys, squash_handle
from jaganetral.model.activity import AccountRef, Activity, Platform
from jaganetral.model.identifiers import CHAT_PLATFORMS
from jaganetral.model.names import match_key


def _account(a: Activity, acct: AccountRef | None) -> list[str]:
    return [f"A:{k}" for k, _, _ in account_keys(a.platform, acct)] if acct is not None else []


def exact_lookups(a: Activity) -> list[str]:
    """Exact keys of the actor and the initiator (and their numbers as WhatsApp keys)."""
    out = _account(a, a.actor) + _account(a, a.initiated_by)
    if "wall_clock" in a.extra:
        for acct in (a.actor, a.initiated_by):
            if acct is not None and acct.handle:
                out.append(f"A:{RegistryIndex.account_key(Platform.WHATSAPP, acct.handle)}")
    return list(dict.fromkeys(out))


def _key(platform: Platform, handle: str) -> str:
    try:
        return RegistryIndex.account_key(platform, handle)
    except ValueError:  # not a key on that platform: the attributor finds nothing there either
        return ""


def _blocks(name: str) -> list[str]:
    key = name_query_key(name)
    return [] if key is None else [f"B:{b}" for b in blocking_keys(key)]


def attribution_lookups(a: Activity, attributor: Attributor) -> list[str]:
    """Every registry lookup attributing this activity's actor (and initiator) can make."""
    out = exact_lookups(a)
    acct = a.actor
    if acct.id and acct.id.startswith("screenshot:"):
        head = "\n".join(a.text.splitlines()[:4])
        for h in SCREENSHOT_HANDLE.findall(head):
            if "." in h or "_" in h:
                for plat in (a.platform, *Platform):
                    if plat is not Platform.OTHER:
                        out.append(f"A:{_key(plat, h)}")
        words = SCREENSHOT_WORD.findall(head)
        for n in (3, 2):
            for k in range(len(words) - n + 1):
                out.extend(_blocks(" ".join(words[k : k + n])))
        return list(dict.fromkeys(out))
    if acct.name:
        out.extend(_blocks(acct.name))
        toks = [t for t in match_key(acct.name).split() if t not in attributor.honorifics]
        roles = [attributor.w.roles[t] for t in toks if t in attributor.w.roles]
        if roles:
            # A holder must have every role: all of them hold the first.
            out.append(f"R:{roles[0]}")
    if acct.handle:
        sq = squash_handle(acct.handle)
        if len(sq) >= 6:
            out.append(f"H:{a.platform.value}:{sq[:4]}")
        if len(sq) >= 8 and a.platform not in CHAT_PLATFORMS:
            # The same handle listed on another platform (features.handle_elsewhere).
            out.extend(
                f"H:{p.value}:{sq[:4]}" for p in Platform if p is not a.platform and p not in CHAT_PLATFORMS
            )
    return list(dict.fromkeys(out))


def state_keys(a: Activity) -> list[str]:
    """The context keys an activity reads or writes (see the module doc)."""
    out = [f"T:{a.key}"]
    if a.target is not None and a.target.id:
        out.append(f"T:{a.platform.value}:{a.target.id}")
    if a.group is not None and (a.group.id or a.group.name):
        out.append(f"G:{a.platform.value}:group:{a.group.id or a.group.name}")
    where = (
        (a.group.id or a.group.name)
        if a.group is not None
        else (a.target.id if a.target is not None else None)
    )
    if where is not None:
        out.append(f"W:{where}")
    return out
