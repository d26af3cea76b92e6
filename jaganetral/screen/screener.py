"""Decides what an activity does for or against a candidate, and says why in Indonesian.

An activity has the actor's own words and, around them, what it acts on: the post shared, liked or
commented on (and who wrote it), the group it was written in, the account followed, the photo's
caption and alt text. The decision reads the actor's own words first and their context second:

* **post / message** — the words (and the post's own media text: captions, alt text, image text,
  OCR) decide. In a campaign group a plain commitment ("siap, besok hadir") is support for the
  group's candidate; other talk there is not by itself (being in a group is not engaging).
* **comment / reply** — own words that support or attack decide; otherwise, under campaign
  content, agreement ("setuju!", "mantap", 👍) is support for it, an attack is an attack, a
  question is for a person to judge, a neutral wish is nothing.
* **share / reaction** — own words that take a stance decide; otherwise the stance of what was
  shared or liked; acting on a candidate's own account is support unless that post is neutral.
* **follow / join** — a candidate's account, or a group named for the candidate.
* **tagged / added** (passive) — what the person was tagged in or added to; never their act.

The result also carries *hints* the judge turns into the contract's action: a photo with the
candidate, a partisan gesture, attending a campaign event, campaign props, state or party
uniforms, collecting KTP copies for an independent bakal calon.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from jaganetral.model.activity import Activity, Glance, Kind, Platform
from jaganetral.model.clock import calendar_date
from jaganetral.model.identifiers import normalise_handle
from jaganetral.model.pickling import pickles_by_fields
from jaganetral.screen.gazetteer import Gazetteer, Hit, HitKind
from jaganetral.screen.stance import (
    NOTHING,
    OWN_DOUBTS,
    PARTISAN,
    UNTAG,
    Context,
    Instruction,
    Reader,
    Reading,
    Stance,
)
from jaganetral.screen.vocabulary import Vocabulary

__all__ = ["Instruction", "ScreenResult", "Screener", "Stance", "Verdict"]

#: Words by which a reply disowns what it answers: a negation, a neutrality reminder, a ban.
_DISAVOWAL = frozenset({"negators", "neutrality", "prohibition"})
#: Words that say more than being there: beside an untag request they are read as usual.
_WARM = frozenset({"support", "praise", "vote", "vote_electoral", "call", "team", "engagement"})
_DISAVOWAL_QUESTION = "tanggapan ramah yang menyangkal berkampanye: dukungan atau sopan santun?"
#: A cheer is short: "Pokoknya nomor satu!", "Gas nomor 2 🔥".
_CHEER_WORDS = 5
#: Words of a comment's own that support whatever it answers ("dukung penuh", "siap menangkan").
_OWN_SUPPORT = frozenset({"support", "vote", "vote_electoral", "team", "call"})
_WISH_QUESTION = "ucapan semoga sukses atau semangat kepada calon: sopan santun atau dukungan?"
_COURTESY_QUESTION = (
    "komentar pada unggahan akun calon yang bukan kampanye: sopan santun, permintaan warga, atau dukungan?"
)


class Verdict(StrEnum):
    """The coarse decision the rules read: partisan content, a mention to judge, or nothing."""

    CAMPAIGN = "campaign"  # supports or attacks a candidate
    MENTION = "mention"  # names a candidate; a person must decide
    NEUTRAL = "neutral"  # names a candidate in a neutral (informing) context
    NONE = "none"  # nothing political found


_VERDICT = {
    Stance.SUPPORT: Verdict.CAMPAIGN,
    Stance.OPPOSE: Verdict.CAMPAIGN,
    Stance.UNCLEAR: Verdict.MENTION,
    Stance.NEUTRAL: Verdict.NEUTRAL,
    Stance.NEWS: Verdict.NEUTRAL,
    Stance.NONE: Verdict.NONE,
}

#: Hints the judge reads to name the action.
PHOTO, GESTURE, ATTEND, PROPS, UNIFORM, KTP, TEAM, REPORTED_SHARE = (
    "photo_with_candidate",
    "partisan_gesture",
    "attend_campaign",
    "campaign_props",
    "uniform",
    "ktp_collection",
    "campaign_team",
    "reported_share",  # "sudah saya share", "lah ambo sebar": says they spread it
)


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class ScreenResult:
    """The screen's decision on one activity."""

    stance: Stance
    confidence: float
    candidate_ids: tuple[str, ...]
    reasons: tuple[str, ...]
    instruction: Instruction | None = None
    linked_candidate_ids: tuple[str, ...] = ()
    hints: frozenset[str] = frozenset()
    own: Reading = NOTHING
    context: Reading = NOTHING
    source: str = "own"  # own | context | account | group
    open_question: str | None = None
    ballot_numbers: tuple[int, ...] = ()
    in_campaign_group: bool = False
    evidence_in_post: bool = True  # the photo/gesture evidence is in the post itself

    @property
    def verdict(self) -> Verdict:
        return _VERDICT[self.stance]

    @property
    def is_campaign(self) -> bool:
        return self.stance in PARTISAN

    @property
    def opposes(self) -> bool:
        return self.stance is Stance.OPPOSE

    @property
    def parties(self) -> tuple[str, ...]:
        return ()

    @property
    def hits(self) -> tuple[Hit, ...]:
        return self.own.hits + self.context.hits


NONE_RESULT = ScreenResult(Stance.NONE, 0.0, (), ())

#: What a person checks when someone acknowledges campaign content or an order.
_ACK_QUESTION = "tanggapan 'siap/oke': menyetujui dan ikut, atau sekadar menerima pesan?"
#: What members say in a group: messages, and replies to them (a Telegram reply is a comment).
GROUP_TALK = frozenset({Kind.MESSAGE, Kind.COMMENT})
#: Campaign work an order asks for, which a member then reports done.
#: Words that make a candidate's post campaign content even when it names nobody ("Kampanye hari
#: pertama di Kalibobo").
_CAMPAIGN_WORDS = frozenset(
    {
        "campaign_event",
        "election",
        "vote",
        "vote_electoral",
        "support",
        "praise",
        "call",
        "pre_designation",
        "team",
        "props",
        "put_up",
        "gesture",
        "photo",
    }
)
_ORDERED_WORK = frozenset({"props", "put_up", "attend", "ktp", "personal_data", "uniform"})
#: Platforms whose groups are chats: a message there is written to every member.
CHATS = frozenset({Platform.WHATSAPP, Platform.TELEGRAM})


def arrived(toks: list[str], order_words: frozenset[str], done: frozenset[str], vocab: Vocabulary) -> bool:
    """Whether the words ``toks`` (normalised) say one is where an order with ``order_words``
    asked one to be: a done word, within two words one of arrival, then within three more a word
    of the order or for "the place" ("wis nang Taman Gayungan", "sudah di lokasi"); or a count of
    those who came ("SDN 12 hadir 18 orang"). See :meth:`Screener._arrived`."""
    places = order_words | vocab.arrival_places
    for i, t in enumerate(toks):
        if t in done:
            for j in range(i + 1, min(i + 3, len(toks))):
                if toks[j] in vocab.arrival_words and any(u in places for u in toks[j + 1 : j + 4]):
                    return True
        if (
            t in vocab.attend_actions
            and i + 2 < len(toks)
            and toks[i + 1].isdigit()
            and toks[i + 2] in vocab.headcount_words
        ):
            return True
    return False


class Screener:
    """Screens activities against one gazetteer. Cheap: one normalisation and one automaton pass."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.vocab = gazetteer.vocab
        self.reader = Reader(gazetteer)
        w = gazetteer.vocab.confidence
        self.w = w
        # Election bodies' account names as normalised phrases, and the one-word ones as handle prefixes.
        bodies = gazetteer.vocab.election_bodies
        self._bodies = tuple(f" {' '.join(gazetteer.normalise.tokens(p))} " for p in bodies)
        self._body_prefixes = tuple(p for p in bodies if " " not in p and len(p) >= 3)
        self.done_words = frozenset(
            " ".join(gazetteer.normalise.tokens(p)) for p in gazetteer.vocab.cues["done"]
        )
        # The span of each election in which naming a candidate can matter: from registration (or
        # the first stage when none is called so) to voting day. Before it, an incumbent named at
        # work is doing their job.
        self._periods = [
            (
                next((s.start for s in e.stages if s.name == "pendaftaran"), min(s.start for s in e.stages)),
                e.voting_day,
            )
            for e in gazetteer.elections
            if e.stages
        ]

    # ---- helpers ----------------------------------------------------------------------------------

    def in_period(self, when: datetime) -> bool:
        d = calendar_date(when)
        return any(a <= d <= b for a, b in self._periods)

    def _in_period(self, a: Activity) -> bool:
        # A screenshot dated only by its file's time is of unknown date: a person decides.
        if a.extra.get("time_source") == "file_mtime":
            return True
        return self.in_period(a.created_at)

    def election_body(self, a: Activity) -> str | None:
        """The election body (KPU, Bawaslu …) whose post ``a`` acts on, by its account's name or
        handle ("KPU Kota Kupang", "@bawaslu_sleman"), else None."""
        author = a.target.author if a.target is not None else None
        if author is None:
            return None
        name = author.name or ""
        spaced = " ".join(x for x in (name, (author.handle or "").replace("_", " ").replace(".", " ")) if x)
        if spaced:
            norm = self.gaz.normalise(spaced)
            if any(b in norm for b in self._bodies):
                return name or author.handle
        handle = (author.handle or "").lstrip("@").lower()
        if handle and handle.startswith(self._body_prefixes):
            return name or author.handle
        return None

    def may_matter_at_all(self, g: Glance) -> bool:
        """The cheapest test, before an activity is even built: False only for what
        :meth:`may_matter` turns away whoever the actor is (no target, group or mention, not
        passive, and no text that may name a candidate)."""
        if g.has_target or g.has_group or g.has_mentions or g.kind.is_passive:
            return True
        may = self.gaz.may_name_candidate
        return any(t and may(t) for t in g.texts)

    def may_matter(self, a: Activity, *, known_actor: bool) -> bool:
        """The cheap first pass: False when screening ``a`` certainly gives nothing to keep.

        True for what can expose someone (tags, additions, mentions), for a known actor's act on
        a post or in a group (read later against the thread or the group), for an act on a
        candidate's own account, and for any text of the activity that may name a candidate
        (:meth:`Gazetteer.may_name_candidate`). An everyday post by an unknown account costs one
        normalisation and one automaton pass per text.
        """
        if a.kind.is_passive or a.mentions:
            return True
        if known_actor and (a.target is not None or a.group is not None):
            return True
        if a.target is not None and a.target.author is not None and self.gaz.handle_candidates:
            if self.linked_candidates(a)[0]:
                return True
        may = self.gaz.may_name_candidate
        if a.group is not None and a.group.name and may(a.group.name, group=True):
            return True
        own = self._own_text(a)
        if own and may(own, objection=a.group is not None and a.kind in GROUP_TALK):
            return True
        ctx = self._context_text(a)
        return bool(ctx) and may(ctx)

    def linked_candidates(self, a: Activity) -> tuple[tuple[str, ...], list[str]]:
        """Candidates whose own accounts the activity acts on, with the reasons."""
        ids: list[str] = []
        reasons: list[str] = []
        idx = self.gaz.handle_candidates
        if not idx:
            return (), reasons
        author = a.target.author if a.target is not None else None
        for acct in (author.handle, author.id) if author is not None else ():
            if not acct:
                continue
            k = f"{a.platform.value}:{normalise_handle(a.platform, acct)}"
            if k in idx:
                ids.extend(idx[k])
                what = {
                    Kind.FOLLOW: "mengikuti akun",
                    Kind.SHARE: "membagikan unggahan akun",
                    Kind.COMMENT: "mengomentari unggahan akun",
                    Kind.REACTION: "menyukai unggahan akun",
                }.get(a.kind, "berinteraksi dengan akun")
                reasons.append(f"{what} {acct}, akun resmi {self.reader.labels(idx[k])}")
                break
        for m in a.mentions:
            for acct in (m.handle, m.id):
                if acct and a.kind is not Kind.TAGGED:
                    k = f"{a.platform.value}:{normalise_handle(a.platform, acct)}"
                    if k in idx:
                        ids.extend(idx[k])
                        reasons.append(f"menandai akun calon {acct} ({self.reader.labels(idx[k])})")
        return tuple(dict.fromkeys(ids)), reasons

    def _initiator_candidates(self, a: Activity) -> tuple[str, ...]:
        """Candidates whose own account tagged or added the person (``initiated_by``)."""
        who = a.initiated_by
        idx = self.gaz.handle_candidates
        if who is None or not idx:
            return ()
        for acct in (who.handle, who.id):
            if acct:
                found = idx.get(f"{a.platform.value}:{normalise_handle(a.platform, acct)}")
                if found:
                    return found
        return ()

    def _own_text(self, a: Activity) -> str:
        parts = [a.text]
        if a.kind is not Kind.SHARE:
            for m in a.media:
                parts.extend(x for x in (m.caption, m.text) if x)
        return "\n".join(p for p in parts if p)

    def _context_text(self, a: Activity) -> str:
        parts = [a.target.text if a.target is not None and a.target.text else ""]
        if a.kind is Kind.SHARE:
            for m in a.media:
                parts.extend(x for x in (m.caption, m.text) if x)
        if a.target is not None and a.target.author is not None and a.kind is Kind.FOLLOW:
            parts.append(a.target.author.name or "")
        return "\n".join(p for p in parts if p)

    # ---- screening --------------------------------------------------------------------------------

    def screen(self, a: Activity, thread: Reading | None = None, *, reply: bool = False) -> ScreenResult:
        """Screen one activity. ``thread`` is the reading of the post it answers, when known
        from elsewhere in the run (a reply whose export does not carry the parent's text, or the
        message just before it in a chat group, ``reply``)."""
        in_period = self._in_period(a)
        linked, link_reasons = self.linked_candidates(a)
        group = NOTHING
        if a.group is not None and a.group.name:
            group = self.reader.read(a.group.name, Context(in_period=in_period), group=True)
        ctx_text = self._context_text(a)
        # A reply inside a chat answers a message written to the same members: read it as such.
        in_chat = a.group is not None and a.platform in CHATS
        context = (
            self.reader.read(ctx_text, Context(in_period=in_period, chat=in_chat)) if ctx_text else NOTHING
        )
        if context.partisan or context.stance is Stance.UNCLEAR:
            body = self.election_body(a)
            if body is not None:
                # An election body informs about the contestants; it never campaigns for one.
                context = Reading(
                    Stance.NEUTRAL,
                    mentioned=context.targets,
                    cues=context.cues | {"neutral_info"},
                    reasons=(f"unggahan penyelenggara pemilu ({body}): informasi pemilihan, bukan kampanye",),
                    election_context=True,
                )
        if thread is not None and not context.partisan:
            context = thread
        campaign_ids = tuple(
            dict.fromkeys(
                linked
                + (context.targets if context.partisan else ())
                + (group.supports if group.partisan else ())
            )
        )
        campaign_ctx = bool(linked) or context.partisan or group.partisan
        own_text = self._own_text(a)
        # Tagged or added by a candidate's own account: the words are the candidate's own post.
        by_candidate = self._initiator_candidates(a) if a.kind.is_passive else ()
        own = (
            self.reader.read(
                own_text,
                Context(
                    in_period=in_period,
                    campaign=campaign_ctx,
                    electoral=context.election_context and context.stance is Stance.NEUTRAL,
                    candidate_ids=tuple(dict.fromkeys(campaign_ids + by_candidate)),
                    author=None if a.kind.is_passive else a.actor.name,
                    chat=a.kind is Kind.MESSAGE and a.group is not None and a.platform in CHATS,
                ),
            )
            if own_text
            else NOTHING
        )
        if own is NOTHING and context is NOTHING and group is NOTHING and not linked:
            return NONE_RESULT
        res = self._combine(a, own, context, group, linked, link_reasons, campaign_ids, in_period, reply)
        return self._after_the_vote(a, res) if res.stance in PARTISAN and not a.kind.is_passive else res

    def _after_the_vote(self, a: Activity, res: ScreenResult) -> ScreenResult:
        """Support read after its election's voting day, or a result cheered on that day ("hitung
        cepat … unggul"): congratulation, relief or support? The vote is cast, so a person decides."""
        after = self._past_vote(a, res.candidate_ids)
        cheered = "result" in res.own.cues and self._past_vote(a, res.candidate_ids, voting_day_too=True)
        if not (after or cheered):
            return res
        return replace(
            res,
            stance=Stance.UNCLEAR,
            reasons=(
                "setelah hari pemungutan suara"
                if after
                else "hasil pemungutan suara dirayakan pada hari pencoblosan",
                *res.reasons,
            ),
            open_question="ucapan selamat atau rasa syukur atas hasil, atau dukungan kepada calon?",
        )

    def upheld(self, s: ScreenResult, order: Reading, hints: frozenset[str] = frozenset()) -> ScreenResult:
        """``s`` (an official's message after a member objected to their order) as the order
        upheld: the order's stance, candidates and instruction, with the reason in words."""
        return replace(
            s,
            stance=order.stance,
            confidence=self.w["context"],
            candidate_ids=order.targets,
            reasons=(
                "pemberi perintah tetap pada perintahnya setelah anggota grup mengingatkan aturan",
                *order.reasons,
            ),
            instruction=order.instruction,
            hints=s.hints | hints,
            context=order,
            source="context",
            open_question=None,
        )

    def screen_text(self, text: str, when: datetime | None = None) -> ScreenResult:
        """Screen free text (the ASN self-check page, news, public reports)."""
        in_period = True if when is None else self.in_period(when)
        own = self.reader.read(text, Context(in_period=in_period))
        return self._result(own.stance, own, NOTHING, "own", (), [], frozenset(), own.targets)

    # ---- combination ----------------------------------------------------------------------------

    def _combine(
        self,
        a: Activity,
        own: Reading,
        context: Reading,
        group: Reading,
        linked: tuple[str, ...],
        link_reasons: list[str],
        campaign_ids: tuple[str, ...],
        in_period: bool,
        reply: bool = False,
    ) -> ScreenResult:
        k = a.kind
        hints = self._hints(a, own, context)
        in_group = group.partisan
        r = self._result

        def nothing(reasons: list[str]) -> ScreenResult:
            """Nothing partisan in the activity itself, for the reasons given."""
            return r(Stance.NONE, own, context, "own", linked, reasons, hints, ())

        def ask(reasons: list[str], targets: tuple[str, ...], question: str) -> ScreenResult:
            """A question for a person about what the activity answers (the thread)."""
            return r(
                Stance.UNCLEAR,
                own,
                context,
                "context",
                linked,
                reasons,
                hints,
                targets,
                conf=self.w["unclear"],
                open_question=question,
                in_group=in_group,
            )

        if k.is_passive:
            # What the person was tagged in or added to (their own words are someone else's).
            for reading, src in ((own, "own"), (context, "context"), (group, "group")):
                if reading.partisan:
                    return r(
                        reading.stance,
                        reading,
                        context,
                        src,
                        linked,
                        link_reasons,
                        hints,
                        reading.targets,
                        in_group=in_group,
                    )
            if linked:
                return r(
                    Stance.SUPPORT,
                    own,
                    context,
                    "account",
                    linked,
                    link_reasons,
                    hints,
                    linked,
                    conf=self.w["account_link"],
                )
            return nothing(link_reasons)
        if k in (Kind.FOLLOW, Kind.JOIN_GROUP):
            if linked:
                return r(
                    Stance.SUPPORT,
                    own,
                    context,
                    "account",
                    linked,
                    link_reasons,
                    hints,
                    linked,
                    conf=self.w["account_link"],
                )
            if in_group:
                return r(
                    Stance.SUPPORT,
                    own,
                    group,
                    "group",
                    linked,
                    [f"bergabung dengan grup '{a.group.name if a.group else ''}'"] + list(group.reasons),
                    hints,
                    group.supports,
                    conf=self.w["group_link"],
                    in_group=True,
                )
            if context.partisan:
                return r(context.stance, own, context, "context", linked, [], hints, context.targets)
            return nothing(link_reasons)
        if k is Kind.LEAVE_GROUP:
            return NONE_RESULT
        # Own words that take a stance decide.
        if own.stance in (Stance.SUPPORT, Stance.OPPOSE, Stance.NEUTRAL, Stance.NEWS):
            return r(
                own.stance, own, context, "own", linked, link_reasons, hints, own.targets, in_group=in_group
            )
        if k in (Kind.POST, Kind.MESSAGE) and not reply:
            if in_group and own.stance in (Stance.UNCLEAR, Stance.NONE) and self._commits(own):
                why = [f"di grup pendukung '{a.group.name if a.group else ''}': '{self._commit_words(own)}'"]
                return r(
                    Stance.SUPPORT,
                    own,
                    group,
                    "group",
                    linked,
                    why + list(group.reasons),
                    hints,
                    group.supports,
                    conf=self.w["context"],
                    in_group=True,
                )
            if in_group and own.stance is Stance.NONE and self._acknowledges(own) and not self._declines(own):
                return r(
                    Stance.UNCLEAR,
                    own,
                    group,
                    "group",
                    linked,
                    [f"di grup pendukung '{a.group.name if a.group else ''}': '{self._ack_words(own)}'"],
                    hints,
                    group.supports,
                    conf=self.w["unclear"],
                    open_question=_ACK_QUESTION,
                    in_group=True,
                )
            return r(
                own.stance, own, context, "own", linked, link_reasons, hints, own.targets, in_group=in_group
            )
        campaign = bool(linked) or context.partisan or in_group
        if k is Kind.COMMENT or reply:
            if (
                own.stance in (Stance.UNCLEAR, Stance.NONE)
                and "oppose" in own.cues
                and context.mentioned
                and not campaign
            ):
                # "Rugi Manado kalo dia menang" under a post about one candidate: an attack on them.
                return r(
                    Stance.OPPOSE,
                    own,
                    context,
                    "context",
                    linked,
                    [f"menyerang calon yang diberitakan ({self.reader.labels(context.mentioned)})"],
                    hints,
                    context.mentioned,
                    conf=self.w["oppose"],
                    in_group=in_group,
                )
            # Under an order, a report of having done it: shared or liked ("sudah saya share"),
            # or the campaign work it asked for ("spanduk udah dipesan", "sudah hadir").
            done = REPORTED_SHARE in hints or (
                not own.question
                and (("done" in own.cues and bool(own.cues & _ORDERED_WORK)) or self._arrived(a, context))
            )
            if (
                campaign
                and own.stance in (Stance.UNCLEAR, Stance.NONE)
                and context.instruction is not None
                and (
                    done or ((self._commits(own) or self._acknowledges(own)) and not self._neutral_wish(own))
                )
                and not own.cues & {"negators", "neutrality", "prohibition", "retraction", "removal"}
            ):
                # Under an order: "sudah saya share" reports doing it; "siap pak" may be mere receipt.
                if done:
                    return r(
                        Stance.SUPPORT,
                        own,
                        context,
                        "context",
                        linked,
                        [
                            "melaporkan sudah menyebarkan konten yang diperintahkan"
                            if REPORTED_SHARE in hints
                            else "melaporkan sudah melakukan yang diperintahkan"
                        ]
                        + list(context.reasons),
                        hints,
                        campaign_ids,
                        conf=self.w["context"],
                        in_group=in_group,
                    )
                return ask(
                    ["menanggapi perintah yang berpihak"],
                    campaign_ids,
                    "tanggapan atas perintah: setuju dan ikut, atau sekadar menerima pesan?",
                )
            if (
                campaign
                and own.stance is Stance.UNCLEAR
                and own.open_question in OWN_DOUBTS
                and not self._own_number_of(own, campaign_ids)  # "☝️☝️" under number 1: a cheer
            ):
                # thanks and a wish, a win supposed, a bare finger sign: the words themselves are
                # in doubt, and answering campaign content does not settle it.
                return ask(list(own.reasons) + link_reasons, campaign_ids, own.open_question or "")
            if campaign and own.stance in (Stance.UNCLEAR, Stance.NONE):
                targets = campaign_ids
                if reply and own.denied and not (own.cues - own.denied) & _OWN_SUPPORT:
                    # In a chat, agreeing with whoever objected and refusing the act ("Setuju Pak
                    # Jefri. Saya juga tidak ikut ya bu"): the order refused, not answered.
                    return nothing(["menolak ikut melakukan yang diajak atau diperintahkan"])
                if "all_contestants" in own.cues and not own.cues & _OWN_SUPPORT:
                    # "Debat sae, dua paslon sama-sama siap" under one pair's post: praise for every
                    # contestant alike is no support for the one whose account it is.
                    return nothing(["menyebut semua pasangan calon sama rata"])
                if (
                    a.text.strip()
                    and not any(ch.isalnum() for ch in a.text)
                    and not self._own_number_of(own, targets)
                ):
                    # "🔥🔥🔥", "👍" alone under campaign content: approval, or a reflex? Emoji
                    # carry no words to read; a person decides. (The candidate's own number in
                    # fingers, "☝️☝️" under number 1's post, is a cheer: see below.)
                    return ask(
                        ["menanggapi konten kampanye hanya dengan emoji"] + link_reasons,
                        targets,
                        "tanggapan emoji saja: dukungan atau sekadar reaksi?",
                    )
                if UNTAG in own.cues and not own.gesture and not (own.cues - own.denied) & _WARM:
                    # "Om, kita cuma hadir acara sekolah. Tolong hapus tag 🙏": asking to be untagged
                    # from campaign content is standing apart, whatever brought one there.
                    return nothing(["minta tanda (tag) dihapus: menjauhkan diri dari konten kampanye"])
                if self._commits(own) and not self._neutral_wish(own) and own.cues & _DISAVOWAL:
                    # "Pidato bagus, tapi saya ASN, no comment soal pilihan", "aku cuma ngucap
                    # semangat kok, bukan kampanye": warm words that also disown campaigning.
                    return ask(
                        [
                            f"menanggapi konten kampanye dengan '{self._commit_words(own)}', "
                            "tetapi juga menyangkal berkampanye atau mengingatkan netralitas"
                        ]
                        + link_reasons,
                        targets,
                        _DISAVOWAL_QUESTION,
                    )
                courtesy = (
                    linked
                    and not context.partisan
                    and not in_group
                    and self._target_seen(a)
                    and not own.cues & _OWN_SUPPORT
                    and not own.gesture
                    # "Sukses Usi Merry, katong satu hati": success wished to the candidate by name
                    and not (own.cues & {"agreement", "praise"} and set(own.mentioned) & set(linked))
                )
                if courtesy and (self._commits(own) or "oppose" in own.cues) and not self._neutral_wish(own):
                    # Under a candidate's own post that itself campaigns for nobody (a prayer, a
                    # thank-you after the vote, a visit): "amin, Tuhan berkati", "semangat kaka",
                    # a complaint — courtesy, a citizen's request, or support? A person decides.
                    return ask(
                        ["menanggapi unggahan akun calon yang isinya bukan kampanye"] + link_reasons,
                        targets,
                        _COURTESY_QUESTION,
                    )
                warm = bool(own.cues & (_OWN_SUPPORT | {"praise"})) or own.gesture
                quiet_after_vote = self._past_vote(a, targets) and not warm
                if self._declines(own) or quiet_after_vote:
                    # "Ambo ASN, indak buliah bapihak", "sa tra bisa datang, sa jaga IGD", "tolong
                    # tag ambo dihapuih"; or, once the vote is cast, "apapun hasilnya": no side.
                    apart = (
                        "komentar yang menolak berkampanye, menyatakan netral, atau minta tanda dihapus"
                        if self._declines(own)
                        else "komentar setelah hari pemungutan suara, tanpa dukungan"
                    )
                    return nothing([apart, *link_reasons])
                if (
                    linked
                    and "blessing" in own.cues
                    and not own.cues & (_OWN_SUPPORT | {"praise", "agreement"})
                    and not own.gesture
                    and not self._own_number_of(own, linked)
                ):
                    # "Selamat mendaftar Ka Hamzah, semoga lancar", "Tuhan memberkati, Om Maxi":
                    # a blessing to the candidate, under whatever post — courtesy or support?
                    return ask(
                        ["memberi salam/doa kepada calon pada unggahannya"] + link_reasons,
                        targets,
                        _COURTESY_QUESTION,
                    )
                if self._only_wishes(own, targets):
                    # "Terima kasih Ibu Dokter, sukses selalu 🙏", "Semoga sukses bu, sampai jumpa
                    # di TPS": a wish and nothing more — courtesy or support? A person decides.
                    return ask(
                        [f"hanya ucapan '{self._commit_words(own)}' kepada calon"] + link_reasons,
                        targets,
                        _WISH_QUESTION,
                    )
                if self._commits(own) and not self._neutral_wish(own) and not own.question:
                    why = [f"menanggapi konten kampanye dengan '{self._commit_words(own)}'"]
                    stance = context.stance if context.partisan else Stance.SUPPORT
                    return r(
                        stance,
                        own,
                        context,
                        "context",
                        linked,
                        why + link_reasons + list(context.reasons),
                        hints,
                        targets,
                        conf=self.w["context"],
                        in_group=in_group,
                    )
                if self._acknowledges(own) and own.stance is Stance.NONE:
                    # "siap", "oke noted" under campaign content: receipt, or agreement? A person decides.
                    return ask(
                        [f"menanggapi konten kampanye dengan '{self._ack_words(own)}'"] + link_reasons,
                        targets,
                        _ACK_QUESTION,
                    )
                if "oppose" in own.cues:
                    return r(
                        Stance.OPPOSE,
                        own,
                        context,
                        "context",
                        linked,
                        ["menyerang calon dalam komentar pada unggahannya"] + link_reasons,
                        hints,
                        targets,
                        conf=self.w["oppose"],
                        in_group=in_group,
                    )
                if self._neutral_wish(own) or not a.text.strip() or not linked:
                    # Talk under someone else's campaign post is not engaging with a candidate;
                    # under the candidate's own post it may be (SKB-D6 names comments).
                    return nothing(link_reasons)
                said = self._own_number_of(own, linked)
                cheer = len(a.text.split()) <= _CHEER_WORDS and not own.question
                if said and cheer and not own.cues & _DISAVOWAL:
                    # "Pokoknya nomor satu!" under candidate number 1's own post: their number,
                    # as a cheer (a sentence about a queue number is something else).
                    return r(
                        Stance.SUPPORT,
                        own,
                        context,
                        "context",
                        linked,
                        [f"menyebut nomor urut calon itu sendiri ('{said}') pada unggahannya"] + link_reasons,
                        hints,
                        linked,
                        conf=self.w["context"],
                        in_group=in_group,
                    )
                oq = (
                    "pertanyaan pada unggahan kampanye: bentuk keterlibatan atau bukan?"
                    if own.question
                    else "komentar pada unggahan kampanye tanpa dukungan yang jelas: bentuk keterlibatan?"
                )
                return ask([oq.split(":")[0]] + link_reasons, targets, oq)
            return r(
                own.stance, own, context, "own", linked, link_reasons, hints, own.targets, in_group=in_group
            )
        # share / reaction: what was shared or liked.
        if k is Kind.SHARE and own is not NOTHING and self._declines(own):
            # A quote that takes the shared post back or stands apart from it ("foto itu acara
            # umum, bukan kampanye … sudah saya hapus"): no support passed on.
            return nothing(["membagikan sambil menyangkal atau menarik"])
        warm = bool(own.cues & (_OWN_SUPPORT | {"praise", "agreement"})) or own.gesture
        asks = own.question or "?" in (a.text or "")  # a question with no name in it reads as NOTHING
        if k is Kind.SHARE and "info_only" in own.cues and not own.partisan and (linked or context.partisan):
            # "Informasi untuk teman-teman honorer 🙏" over a candidate's programme: informing, or
            # spreading the campaign? A person decides.
            return ask(
                ["membagikan konten kampanye 'sebagai informasi'"] + link_reasons,
                campaign_ids,
                "membagikan sebagai informasi, atau menyebarkan kampanye?",
            )
        attacks = bool(own.cues & {"oppose", "dont_choose"})  # "mustahil. Jangan percaye!": an attack
        if k is Kind.SHARE and asks and not warm and not attacks and (linked or context.partisan):
            # A quote that asks the candidate something ("anggarannya dari pos mana? mohon
            # dijelaskan di debat"): passing the post on to question it, or to spread it?
            return ask(
                ["membagikan konten kampanye sambil bertanya, tanpa dukungan"] + link_reasons,
                campaign_ids,
                "membagikan untuk mempertanyakan, atau untuk menyebarkan?",
            )
        if (
            linked
            and self._target_seen(a)
            and context.stance is Stance.NONE
            and context.cues & {"occasion", "sympathy"}
            and not context.cues & _CAMPAIGN_WORDS
            # nothing in it points at the candidate (a weak slogan, tag or nickname of theirs)
            and not any(set(h.entry.candidate_ids) & set(linked) for h in context.hits)
            and not in_group
            and not warm
            and not self._own_number_of(own, linked)
        ):
            # A candidate's own post on an occasion that campaigns for nobody (condolences, flood
            # relief, a feast's greeting), shared or liked: sympathy, or engagement with the
            # candidate? A person decides. Visits, debates and programmes are the campaign's work.
            verb = "membagikan" if k is Kind.SHARE else "menyukai"
            return ask(
                [f"{verb} unggahan akun calon yang isinya bukan kampanye"] + link_reasons,
                campaign_ids,
                _COURTESY_QUESTION,
            )
        if linked and context.stance not in (Stance.NEUTRAL, Stance.NEWS):
            stance = context.stance if context.partisan else Stance.SUPPORT
            return r(
                stance,
                own,
                context,
                "account",
                linked,
                link_reasons + list(context.reasons),
                hints,
                linked,
                conf=max(self.w["account_link"], context.confidence),
                in_group=in_group,
            )
        if linked:
            return r(
                Stance.UNCLEAR,
                own,
                context,
                "account",
                linked,
                link_reasons + list(context.reasons),
                hints,
                linked,
                conf=self.w["unclear"],
                open_question="menyukai/membagikan unggahan netral dari akun calon: keterlibatan?",
            )
        if context.partisan:
            verb = "membagikan" if k is Kind.SHARE else "menyukai"
            return r(
                context.stance,
                own,
                context,
                "context",
                linked,
                [
                    f"{verb} konten yang "
                    f"{'mendukung' if context.stance is Stance.SUPPORT else 'menyerang'} calon"
                ]
                + list(context.reasons),
                hints,
                context.targets,
                conf=context.confidence,
                in_group=in_group,
            )
        if in_group and k is Kind.SHARE:
            return r(
                Stance.SUPPORT,
                own,
                group,
                "group",
                linked,
                [f"membagikan di grup pendukung '{a.group.name if a.group else ''}'"] + list(group.reasons),
                hints,
                group.supports,
                conf=self.w["context"],
                in_group=True,
            )
        if context.stance is Stance.UNCLEAR:
            return r(
                Stance.UNCLEAR,
                own,
                context,
                "context",
                linked,
                list(context.reasons),
                hints,
                context.targets,
                conf=self.w["unclear"],
                open_question=context.open_question,
            )
        return r(
            own.stance if own.stance is not Stance.NONE else context.stance,
            own,
            context,
            "own",
            linked,
            link_reasons,
            hints,
            own.targets or context.targets,
            in_group=in_group,
        )

    def _result(
        self,
        stance: Stance,
        own: Reading,
        context: Reading,
        source: str,
        linked: tuple[str, ...],
        reasons: list[str],
        hints: frozenset[str],
        targets: tuple[str, ...],
        *,
        conf: float | None = None,
        open_question: str | None = None,
        in_group: bool = False,
    ) -> ScreenResult:
        main = own if source == "own" else context
        why = list(main.reasons) if source == "own" else []
        why += reasons
        if stance is Stance.OPPOSE:
            why.append("kampanye negatif: menyerang calon juga berpihak (merugikan pasangan calon)")
        confidence = conf if conf is not None else main.confidence
        if stance not in PARTISAN and stance is not Stance.UNCLEAR:
            confidence = 0.0
        return ScreenResult(
            stance=stance,
            confidence=round(min(confidence, 0.99), 3),
            candidate_ids=tuple(dict.fromkeys(targets)),
            reasons=tuple(dict.fromkeys(why)),
            instruction=own.instruction,
            linked_candidate_ids=linked,
            hints=hints,
            own=own,
            context=context,
            source=source,
            open_question=open_question or (main.open_question if stance is Stance.UNCLEAR else None),
            ballot_numbers=main.numbers,
            in_campaign_group=in_group,
            evidence_in_post=True,
        )

    # ---- what the words commit to -----------------------------------------------------------------

    def _arrived(self, a: Activity, context: Reading) -> bool:
        """Under an order to be somewhere, words saying one is there: a done word, within two
        words one of arrival, then the order's place or event or a word for "the place" ("Wis
        nang Taman Gayungan pak" after "… senam nang Taman Gayungan", "sudah di lokasi")."""
        order = context.instruction
        if order is None or not order.words:
            return False
        return arrived(self.gaz.normalise(a.text or "").split(), order.words, self.done_words, self.vocab)

    def _only_wishes(self, r: Reading, targets: tuple[str, ...]) -> bool:
        """Whether the only warm words of ``r`` are well-wishes ("sukses", "semangat", 💪; see
        ``well_wishes`` in stance.yaml): no praise, call, vote, number, sign, team or work, and
        no candidate named by them unless in thanks ("Terima kasih Koh Bong, sukses selalu")."""
        warm = (r.cues - r.denied) & (_OWN_SUPPORT | _ORDERED_WORK | {"praise", "agreement", "engagement"})
        if not warm <= {"support", "agreement"} or r.gesture or self._own_number_of(r, targets):
            return False
        if (r.mentioned or r.supports) and "thanks" not in r.cues:
            return False  # "WANI terus Cak! 💪", "Sukses Bung Latief": the candidate cheered by name
        said = [
            h.entry.phrase
            for h in r.hits
            if h.kind is HitKind.CUE and h.entry.category in ("support", "agreement")
        ]
        return bool(said) and all(p in self.vocab.well_wishes for p in said)

    def _commits(self, r: Reading) -> bool:
        """Agreement, a cheer or a commitment: "setuju", "siap hadir", "mantap", 💪 — not a denial
        beside neutrality ("ambo indak mandukuang sia-sia, ASN harus netral")."""
        if self._denies(r):
            return False
        return bool((r.cues - r.denied) & {"agreement", "support", "praise", "attend"}) or r.gesture

    def _own_number_of(self, r: Reading, linked: tuple[str, ...]) -> str | None:
        """The words by which ``r`` says the ballot number of one of ``linked`` (or None)."""
        numbers = {self.gaz.candidate_by_id[c].ballot_number for c in linked if c in self.gaz.candidate_by_id}
        numbers.discard(None)
        for h in r.hits:
            if h.kind in (HitKind.BALLOT, HitKind.GESTURE) and h.entry.number in numbers:
                return h.entry.phrase
        return None

    def _acknowledges(self, r: Reading) -> bool:
        """Receipt only: "siap", "oke noted", "nggih pak" (no agreement, support or praise)."""
        return "acknowledgment" in r.cues and not self._commits(r) and not self._denies(r)

    @staticmethod
    def _ack_words(r: Reading) -> str:
        words = [
            h.entry.phrase for h in r.hits if h.kind is HitKind.CUE and h.entry.category == "acknowledgment"
        ]
        return ", ".join(dict.fromkeys(words))

    def _declines(self, r: Reading) -> bool:
        """Words that stand apart from the campaign and commit to nothing: neutrality, a rule, an
        untag request, or every commitment denied ("tra bisa datang")."""
        if r.gesture or (r.cues - r.denied) & {
            "support",
            "praise",
            "oppose",
            "dont_choose",
            "vote",
            "vote_electoral",
        }:
            return False
        forbids = "prohibition" in r.cues and bool(r.cues & {"engagement", "campaign_event", "election"})
        return "neutrality" in r.cues or forbids or (bool(r.denied) and not self._commits(r))

    def _voting_days(self, ids: tuple[str, ...]) -> set[date]:
        """The voting days of the elections of candidates ``ids``."""
        return {
            e.voting_day
            for c in ids
            if (k := self.gaz.contest_of.get(c)) is not None
            and (e := self.gaz.election_of_contest.get(k)) is not None
        }

    def _past_vote(self, a: Activity, ids: tuple[str, ...], *, voting_day_too: bool = False) -> bool:
        """Whether ``a`` is dated after the voting day of every election of ``ids`` (or on it, with
        ``voting_day_too``); never for an activity dated only by its file's time."""
        votes = self._voting_days(ids)
        day = calendar_date(a.created_at)
        return (
            bool(votes)
            and a.extra.get("time_source") != "file_mtime"
            and all(day > v or (voting_day_too and day == v) for v in votes)
        )

    @staticmethod
    def _denies(r: Reading) -> bool:
        return bool(r.cues & {"negators", "prohibition"}) and bool(r.cues & {"neutrality", "neutral_wish"})

    def _commit_words(self, r: Reading) -> str:
        words = [
            h.entry.phrase
            for h in r.hits
            if h.kind is HitKind.CUE and h.entry.category in ("agreement", "support", "praise", "attend")
        ]
        return ", ".join(dict.fromkeys(words)) or "isyarat jari"

    @staticmethod
    def _target_seen(a: Activity) -> bool:
        """The post answered, shared or liked is in the export with its words."""
        return a.target is not None and bool(a.target.text and a.target.text.strip())

    def _neutral_wish(self, r: Reading) -> bool:
        # Not a report of one's own part in the campaign ("kami ikut mengantar tadi, semoga lancar
        # sampai ditetapkan"): attending or working for it is no wish for a calm election.
        return bool(r.cues & {"neutral_wish", "neutrality", "neutral_info"}) and (
            not r.cues & ({"support", "vote", "team"} | ({"attend"} - r.denied)) or self._denies(r)
        )

    def _hints(self, a: Activity, own: Reading, context: Reading) -> frozenset[str]:
        """What the post itself shows: a photo with the candidate, a gesture, attendance, props."""
        out: set[str] = set()
        cues = own.cues
        has_image = any(m.type in ("image", "photo", "video") for m in a.media) or "photo" in cues
        named = bool(own.targets) or bool(context.targets)
        if "photo" in cues and named and has_image:
            out.add(PHOTO)
        # A gesture in the picture: said in words ("mengacungkan tiga jari", "pose dua jari") or
        # seen in the image's own text (alt text, image text, OCR); an emoji in a caption is a cheer.
        media_text = " ".join(x for m in a.media for x in (m.text, m.caption) if x and x != a.text)
        shown = "gesture" in cues or (bool(media_text) and self.reader.read(media_text).gesture)
        if own.gesture and has_image and shown:
            out.add(GESTURE)
        if "attend" in cues and ("campaign_event" in cues or "campaign_event" in context.cues):
            out.add(ATTEND)
        if "props" in cues and "put_up" in cues:
            out.add(PROPS)
        if "uniform" in cues:
            out.add(UNIFORM)
        if "ktp" in cues:
            out.add(KTP)
        if "team" in cues:
            out.add(TEAM)
        if "engagement" in cues and "done" in cues:
            out.add(REPORTED_SHARE)
        return frozenset(out)
