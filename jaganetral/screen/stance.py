"""Reading the stance of one text toward the configured candidates: support, attack, neutral, news.

A careful analyst does not flag a post for naming a candidate; they ask what the words do with the
name. :func:`Reader.read` answers that for one text, with the reason in Indonesian:

1. **References** — names, aliases, pair names, slogans, hashtags, handles, ballot numbers and
   ballot gestures. Weak ones (a first name, "Pak Budi", an acronym that is an everyday word, "nomor
   2", ✌️) count only with something that ties them to the election.
2. **Even mentions** — a text naming every contestant of a contest (or "semua paslon") informs; it
   never supports, whatever else it says about them all.
3. **Cues attached to references** — a support, praise, vote or attack cue counts for the nearest
   reference within a few words, unless a negator comes right before it ("tidak mendukung") or it
   is under a prohibition ("ASN dilarang mendukung…").
4. **What the text is** — a neutrality reminder, news, election information, an official duty, a
   question, an insinuation about an unnamed candidate, or a bare mention for a person to judge.

Any doubt ends as ``unclear`` (a person decides), never as support.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from jaganetral.model.clock import MONTHS
from jaganetral.model.names import match_key
from jaganetral.model.pickling import pickles_by_fields
from jaganetral.screen.gazetteer import (
    EVERYDAY_SLOGAN,
    EVERYDAY_TAG,
    INHERENT_SUPPORT,
    REFERENCE,
    STRONG_REFERENCE,
    Gazetteer,
    Hit,
    HitKind,
)


class Stance(StrEnum):
    SUPPORT = "support"  # supports (promotes, calls to vote for) a candidate
    OPPOSE = "oppose"  # attacks a candidate: partisan too (merugikan)
    NEUTRAL = "neutral"  # even mention, election information, neutrality reminder, official duty
    NEWS = "news"  # reporting what others did or said
    UNCLEAR = "unclear"  # a candidate is named; what it means is for a person to decide
    NONE = "none"  # nothing about the candidates of the configured elections


PARTISAN = frozenset({Stance.SUPPORT, Stance.OPPOSE})


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Instruction:
    """An imperative to others to cover/support something: "tolong rekan2 wartawan liput …"."""

    imperative: str
    addressees: tuple[str, ...]
    action: str
    mobilises_asn: bool
    #: For an order to be somewhere, the words of the message (a report names its place or
    #: event: "Wis nang Taman Gayungan" after "… senam nang Taman Gayungan … teko yo").
    words: frozenset[str] = frozenset()


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Reference:
    """A usable reference to candidates: where it is and how strong."""

    candidate_ids: tuple[str, ...]
    kind: HitKind
    phrase: str
    start: int  # token index of its first word
    end: int  # token index after its last word
    strong: bool
    number: int | None = None
    party: str | None = None


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Context:
    """What surrounds a text: the thread, group or target it belongs to, and its date."""

    in_period: bool = True  # between the first stage of an election and its voting day
    campaign: bool = False  # the thread/group/target is campaign content or a candidate's account
    candidate_ids: tuple[str, ...] = ()  # whom that context is about
    author: str | None = None  # the author's own name: "Saya Budi Santoso" names nobody else
    #: A message written to a chat group: its members are whom an imperative there addresses.
    chat: bool = False
    #: The thread answered is about the election without taking a side (a debate, a KPU notice,
    #: "siapa paling siap? Paslon 1, 2 atau 3?"): a number said in answer is a ballot number.
    electoral: bool = False


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Reading:
    """What one text does with the candidates, and why."""

    stance: Stance
    supports: tuple[str, ...] = ()
    opposes: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    numbers: tuple[int, ...] = ()  # ballot numbers supported, before narrowing to a contest
    cues: frozenset[str] = frozenset()  # stance.yaml categories present
    reasons: tuple[str, ...] = ()
    confidence: float = 0.0
    instruction: Instruction | None = None
    question: bool = False
    election_context: bool = False
    gesture: bool = False
    hits: tuple[Hit, ...] = ()
    open_question: str | None = None
    weak_only: bool = False
    #: Cue categories of commitment whose every occurrence is denied or forbidden.
    denied: frozenset[str] = frozenset()

    @property
    def partisan(self) -> bool:
        return self.stance in PARTISAN

    @property
    def targets(self) -> tuple[str, ...]:
        """The candidates the stance is about (supported, attacked, or only named)."""
        return tuple(dict.fromkeys(self.supports + self.opposes)) or self.mentioned


NOTHING = Reading(Stance.NONE)


@dataclass
class _Scratch:
    supports: dict[str, tuple[float, str]] = field(default_factory=dict)
    opposes: dict[str, tuple[float, str]] = field(default_factory=dict)
    numbers: dict[int, tuple[float, str]] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    vote_only: set[str] = field(default_factory=set)  # supported only by a vote verb before them
    vote_numbers: set[int] = field(default_factory=set)  # numbers called for by a vote verb

    def support(self, ids: tuple[str, ...], w: float, why: str) -> None:
        for c in ids:
            if c not in self.supports or self.supports[c][0] < w:
                self.supports[c] = (w, why)
        self.reasons.append(why)

    def oppose(self, ids: tuple[str, ...], w: float, why: str) -> None:
        for c in ids:
            if c not in self.opposes or self.opposes[c][0] < w:
                self.opposes[c] = (w, why)
        self.reasons.append(why)


_STANCE_CUES = ("support", "praise", "vote", "oppose", "agreement", "acknowledgment")
#: First words of attacks that deny the candidate what follows ("tidak pantas jadi wali kota").
_DENYING_ATTACKS = frozenset({"tidak", "tak", "bukan", "mustahil", "jangan", "belum"})
#: What a person checks when a civil servant stands beside a relative who runs.
_FAMILY_QUESTION = "ASN keluarga calon: cuti di luar tanggungan negara, atau ikut berkampanye?"
THANKS_QUESTION = "ucapan terima kasih dan doa kepada calon: sopan santun atau dukungan?"
SUPPOSED_QUESTION = "pengandaian hasil pemilihan: ramalan, harapan, atau dukungan?"
GESTURE_QUESTION = "isyarat jari: nomor urut pasangan, tanda damai, atau jari bertinta?"
#: Doubts a text raises by its own words, whatever it answers: the thread does not settle them.
OWN_DOUBTS = frozenset({THANKS_QUESTION, SUPPOSED_QUESTION, GESTURE_QUESTION})
_SLOGAN_QUESTION = "semboyan daerah atau ungkapan sehari-hari, atau slogan calon?"
#: Words by which a reply commits to what it answers ("setuju", "siap hadir", "mantap").
_COMMITMENT = ("agreement", "support", "praise", "attend")


#: Readings remembered per reader (then forgotten all at once: cheap, and a run's repeats are near).
MEMO_READINGS = 8192


class Reader:
    """Reads texts against one gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.v = gazetteer.vocab
        self.w = gazetteer.vocab.confidence
        # Readings of recent texts: a post that many share, like or answer is read once per
        # context (a reading depends on nothing but the text, its context and ``group``).
        self._memo: dict[tuple[str, Context, bool], Reading] = {}
        norm = gazetteer.normalise.tokens
        self.group_addressees = frozenset(" ".join(norm(a)) for a in self.v.group_addressees)
        self.you_all = frozenset(" ".join(norm(a)) for a in self.v.you_all)
        #: Words that join the items of a list ("1, 2, dan 3"; "deng", "atanapi", "utawa").
        self._list_joiners = frozenset(w for j in self.v.cues.get("list_joiners", ()) for w in norm(j))
        self._vote_words = frozenset(t for p in self.v.cues["vote"] for t in norm(p))
        self._negator_words = frozenset(" ".join(norm(p)) for p in self.v.cues["negators"])
        # Single words that, just before an act, say it is not asked for or already done.
        self._not_asked = (
            self._negator_words
            | {t for c in ("prohibition", "done") for p in self.v.cues[c] for t in norm(p)}
            | {"usah", "perlu", "lupa", "pernah"}
        )
        self._speaker_alone = frozenset(w for p in self.v.speaker_alone for w in norm(p))
        self._order_particles = frozenset(w for p in self.v.order_particles for w in norm(p))
        # Words of the places in contest (for "<name> untuk Padang", "Haryo for Jateng").
        generic = {"kabupaten", "kota", "provinsi", "dapil", "daerah", "pemilihan", "i", "ii", "iii"}
        places = [t for k in gazetteer.contests.values() for t in norm(k.region) if t not in generic]
        # People drop a place's generic first part: Lubuklinggau → Linggau, Tanjungpinang → Pinang.
        places += [
            t[len(p) :] for t in places for p in _PLACE_PREFIXES if t.startswith(p) and len(t) > len(p) + 3
        ]
        self.place_words = frozenset(t for t in places if not t.isdigit()) | {
            "rakyat",
            "semua",
            "warga",
            "indonesia",
            "negeri",
            "bangsa",
            "kita",
            "torang",
            "katong",
        }
        self.partisan_actions = frozenset(t for a in self.v.partisan_actions for t in norm(a))
        self._electoral_vote_phrases = frozenset(" ".join(norm(p)) for p in self.v.cues["vote_electoral"])
        # One-word vote verbs: inside an attack ("jangan pilih 02", "ngapain coblos 1") they name
        # the number after them as a vote does.
        self._vote_verbs = frozenset(
            w
            for p in [*self.v.cues["vote"], *self.v.cues["vote_electoral"]]
            for w in norm(p)
            if len(norm(p)) == 1
        )
        # For even mentions: contests in configuration order, and those with two or more
        # candidates by the set of their ballot numbers ("01 02 03" names every pair of those).
        self._contest_rank = {k: i for i, k in enumerate(gazetteer.contests)}
        # Per contest: how many candidates, their ballot numbers, their ids.
        self._contest_shape: dict[str, tuple[int, frozenset[int | None], frozenset[str]]] = {
            k: (
                len(c.candidates),
                frozenset(x.ballot_number for x in c.candidates if x.ballot_number),
                frozenset(x.id for x in c.candidates),
            )
            for k, c in gazetteer.contests.items()
        }
        # Names and numbers a text must give to cover a contest's every candidate.
        self._even_need = {k: min(n, max(len(nums), 2)) for k, (n, nums, _) in self._contest_shape.items()}
        self._ballot_of = {c: cand.ballot_number for c, cand in gazetteer.candidate_by_id.items()}
        self._contests_by_numbers: dict[frozenset[int], list[str]] = defaultdict(list)
        for k, contest in gazetteer.contests.items():
            nums = frozenset(c.ballot_number for c in contest.candidates if c.ballot_number)
            if len(contest.candidates) >= 2 and len(nums) >= 2:
                self._contests_by_numbers[nums].append(k)

    # ---- labels for explanations ------------------------------------------------------------------

    def label(self, cid: str) -> str:
        """ "Andi Rusdianto Mappasessu (nomor urut 1)" — candidates by name, never by id."""
        c = self.gaz.candidate_by_id.get(cid)
        if c is None:
            return cid
        return c.name + (f" (nomor urut {c.ballot_number})" if c.ballot_number else "")

    def labels(self, ids: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.label(c) for c in ids)

    # ---- reading ----------------------------------------------------------------------------------

    def _answered_no(self, raw: str) -> bool:
        """The writer answers their own question with a negator ("… ikut tim X? Tidak.", "Seng.")."""
        answers = (self.gaz.normalise(m.group(1)).strip() for m in _ONE_WORD_ANSWER.finditer(raw))
        return any(a in self._negator_words for a in answers)

    @property
    def negator_words(self) -> frozenset[str]:
        """The negators ("tidak", "ora", "seng" …) as normalised words."""
        return self._negator_words

    def read(self, raw: str, ctx: Context = Context(), *, group: bool = False) -> Reading:
        """The stance of ``raw`` toward the candidates, given its context.

        ``group`` reads ``raw`` as the name of a chat group or page: "Relawan X", "Sahabat X",
        "Guru Pendukung X" name the candidate's supporters even with a first name only.
        """
        if not raw or not raw.strip():
            return NOTHING
        key = (raw, ctx, group)
        found = self._memo.get(key)
        if found is not None:
            return found
        norm = self.gaz.normalise(raw)
        hits = _drop_contained(self.gaz.find(norm))
        reading = self._read(raw, norm, hits, ctx, group) if hits else NOTHING
        if len(self._memo) >= MEMO_READINGS:
            self._memo.clear()
        self._memo[key] = reading
        return reading

    def _read(self, raw: str, norm: str, hits: list[Hit], ctx: Context, group: bool) -> Reading:
        spaces = [i for i, ch in enumerate(norm) if ch == " "]

        def tok(pos: int) -> int:
            return bisect.bisect_right(spaces, pos) - 1

        cues: dict[str, list[tuple[int, int, Hit]]] = defaultdict(list)
        refs_raw: list[tuple[int, int, Hit]] = []
        honor_at: set[int] = set()
        group_word = False
        addressees: list[Hit] = []
        for h in hits:
            s, e = tok(h.start), tok(h.end - 1) + 1
            k = h.kind
            if k is HitKind.CUE and h.entry.category:
                cues[h.entry.category].append((s, e, h))
            elif k is HitKind.HONORIFIC:
                honor_at.add(e)
            elif k is HitKind.CAMPAIGN_GROUP:
                group_word = group
            elif k is HitKind.ADDRESSEE:
                addressees.append(h)
            elif k in REFERENCE:
                refs_raw.append((s, e, h))
                if h.entry.category == "gesture":
                    cues["gesture"].append((s, e, h))
        # "Tolong tag ambo dihapuih", "mangga tag-na dipupus": asking to be untagged is standing
        # apart from the campaign, in any language that writes "tag" beside its verb of removing.
        removals = cues.pop("removal", [])
        if removals:
            toks = norm.split()
            tags = [i for i, t in enumerate(toks) if _TAG.fullmatch(t)]
            for s_, e_, h in removals:
                if any(abs(i - s_) <= 3 for i in tags):
                    cues["neutrality"].append((s_, e_, h))
        # … and the neutrality phrases that name the tag themselves ("hapus tag", "jangan tandai").
        for s_, e_, h in cues.get("neutrality", ()):
            if any(_TAG.fullmatch(w) or w in ("untag", "un") for w in h.entry.phrase.split()) or any(
                _TAG.fullmatch(w) for w in norm.split()[max(s_ - 3, 0) : e_ + 3]
            ):
                cues[UNTAG].append((s_, e_, h))
        # "siapa pun nanti yang jadi bupati": whoever wins is no one in particular.
        for _, we, h in cues.get("neutral_wish", ()):
            if h.entry.phrase.startswith(("siapa", "yang mana", "sing endi")):
                for cat in ("support", "vote"):
                    if cat in cues:
                        kept = [c for c in cues[cat] if not 0 <= c[0] - we <= 6]
                        if kept:
                            cues[cat] = kept
                        else:
                            del cues[cat]
        # "sa pilih sesuai hati", "coblos sesuai hati nurani": the vote is the voter's own.
        for ws, _, h in cues.get("neutral_wish", ()):
            if h.entry.phrase.startswith(_OWN_CONSCIENCE) and "vote" in cues:
                kept = [c for c in cues["vote"] if not 0 <= ws - c[1] <= 1]
                if kept:
                    cues["vote"] = kept
                else:
                    del cues["vote"]
        # "Terima kasih Om Bintang sudah datang": the one thanked came, the writer did not.
        for _, te, _ in cues.get("thanks", ()):
            if "attend" in cues:
                kept = [c for c in cues["attend"] if not 0 <= c[0] - te <= 5]
                if kept:
                    cues["attend"] = kept
                else:
                    del cues["attend"]
        # Praise inside a blessing ("semoga amanah", "Tuhan memberkati") is the blessing's, not praise.
        for bs, be, _ in cues.get("blessing", ()):
            for cat in ("praise", "agreement"):
                if cat in cues:
                    kept = [c for c in cues[cat] if not (bs <= c[0] and c[1] <= be)]
                    if kept:
                        cues[cat] = kept
                    else:
                        del cues[cat]
        cats = frozenset(cues)
        capitals = (
            self.gaz.written_in_capitals(raw)
            if any(h.kind is HitKind.ACRONYM or h.entry.case_form for _, _, h in refs_raw)
            else frozenset()
        )
        question = "?" in raw

        # A slogan is not among them: slogans are made of regional mottos, sayings and local
        # words ("Isen Mulang", "Kota Beribu Senyum") that everyone says (see below).
        strong_ids = {
            c
            for _, _, h in refs_raw
            if h.kind in STRONG_REFERENCE and h.kind is not HitKind.SLOGAN
            for c in h.entry.candidate_ids
        } | {
            c
            for _, _, h in refs_raw
            if h.kind is HitKind.ACRONYM and h.entry.phrase in capitals
            for c in h.entry.candidate_ids
        }
        electoral_words = (
            bool(cats & {"election", "vote_electoral", "campaign_event", "pre_designation"})
            or any(h.kind is HitKind.BALLOT and h.entry.electoral for _, _, h in refs_raw)
            # "ingat tanggal 27" in the period: the voting day, named by its date
            or (ctx.in_period and self._names_voting_day(norm))
            # "maju jalur perseorangan", "calon independen": a candidacy, whatever the date
            or any(
                w in h.entry.phrase for _, _, h in cues.get("ktp", ()) for w in ("perseorangan", "independen")
            )
        )
        election_context = bool(strong_ids) or electoral_words or ctx.campaign or ctx.electoral

        # A vocative is set off by a comma or colon ("Staf kantor camat, Sabtu kumpul…"); without
        # one, "Nakes Semarang pilih 01" is a slogan, not an order.
        first_clause = raw.split("\n", 1)[0]
        vocative = any(sep in first_clause[:80] for sep in (",", ":"))
        instruction = self._instruction(norm, hits, addressees, vocative, chat=ctx.chat, question=question)
        # An order in the election period to do something partisan ("mohon liputannya
        # diperbanyak") ties a configured alias to the candidate as a stance cue would.
        partisan_order = (
            instruction is not None
            and ctx.in_period
            and (instruction.action in self.partisan_actions or bool(cats & {"props", "put_up"}))
        )

        # 1. References, weak ones kept only when something ties them to the election.
        refs: list[Reference] = []
        weak_notes: list[str] = []
        # Cues that make a weak name count: support, praise or attack near it, or a vote verb
        # right before it ("pilih menu" next to "Bakso Bang Rahmat" names nobody).
        stance_positions = [s for c in ("support", "praise", "oppose") for s, _, _ in cues.get(c, ())]
        # Campaign work beside a configured alias in the period ("pasang baliho Bapa Yuli", "siap
        # bantu tim Bung Septi") ties it to the candidate as a stance cue does.
        act_positions = (
            [s for c in ("props", "put_up", "team") for s, _, _ in cues.get(c, ())] if ctx.in_period else []
        )
        own_name = match_key(ctx.author) if ctx.author else None
        # A weak name and a number (or gesture) of the same candidate confirm each other:
        # "Tiga jari untuk Bone mandiri 🤟 Daeng Kama!" names candidate 3 twice.
        said_numbers = {h.entry.number for _, _, h in refs_raw if h.kind in (HitKind.BALLOT, HitKind.GESTURE)}
        said_numbers.discard(None)

        # A slogan and a weak name of one candidate confirm each other as a number and a name do:
        # "pasang baliho Bang Rahmat … Linggau Maju Bersama!".
        slogan_ids = {c for _, _, h in refs_raw if h.kind is HitKind.SLOGAN for c in h.entry.candidate_ids}
        weak_ids = {
            c
            for _, _, h in refs_raw
            if h.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME, HitKind.ACRONYM)
            and not h.entry.everyday
            # an everyday tag or slogan is no name: it never confirms a slogan, a tag or itself
            and not (h.entry.why_weak or "").startswith((EVERYDAY_TAG, EVERYDAY_SLOGAN))
            # nor is an acronym that is an everyday word, written small ("Daya tahan tubuh")
            and not (
                h.kind is HitKind.ACRONYM
                and h.entry.phrase not in capitals
                and self.gaz.is_everyday(h.entry.phrase)
            )
            for c in h.entry.candidate_ids
        }

        def numbered(ids: tuple[str, ...]) -> bool:
            return ctx.in_period and any(
                self.gaz.candidate_by_id[c].ballot_number in said_numbers for c in ids
            )

        # … and the other way round: the number of a candidate named (weakly) in the period is
        # that candidate's ("Bang Jun … kite pilih nomor 1").
        named_numbers = (
            {self.gaz.candidate_by_id[c].ballot_number for c in weak_ids} - {None} if ctx.in_period else set()
        )

        words = norm.split()  # the tokens, split once for every check below
        slogan_only: list[Reference] = []
        for s, e, h in refs_raw:
            ent = h.entry
            k = h.kind
            ids = ent.candidate_ids
            if own_name and k in (HitKind.CANDIDATE_NAME, HitKind.PAIR) and match_key(ent.phrase) == own_name:
                weak_notes.append(f"'{ent.phrase}' adalah nama penulis sendiri, bukan calon")
                continue
            near_cue = any(abs(p - s) <= self.v.window for p in stance_positions) or any(
                0 <= s - ve <= self.v.vote_reach for _, ve, _ in cues.get("vote", ())
            )
            if k is HitKind.SLOGAN and not (
                set(ids) & (strong_ids | weak_ids | set(ctx.candidate_ids))
                or numbered(ids)
                or group_word
                # election words with a call or a stance ("Pilkada 27 November, Katong Baku Bae
                # 🤝" after a notice against money politics is the city's saying)
                or (electoral_words and (near_cue or bool(cats & {"vote", "support", "praise"})))
                or ctx.campaign
                or partisan_order
            ):
                # A candidate's slogan is often the region's motto or a saying ("Isen Mulang" in a
                # fire drill, "Kota Beribu Senyum" at a city fair): alone it names the candidate
                # only with the election around it (another reference, a number, election words,
                # a campaign group or thread). With praise or support beside it, or said alone as
                # a chant (the text is the slogan), for a person.
                if near_cue or len(words) - len(ent.phrase.split()) <= 2:
                    slogan_only.append(Reference(ids, k, ent.phrase, s, e, False))
                else:
                    weak_notes.append(f"slogan '{ent.phrase}' tanpa konteks pemilihan (bisa semboyan daerah)")
                continue
            if k in STRONG_REFERENCE:
                refs.append(Reference(ids, k, ent.phrase, s, e, True))
            elif k is HitKind.ACRONYM:
                if ent.phrase in capitals:
                    refs.append(Reference(ids, k, ent.phrase, s, e, True))
                elif (set(ids) & (strong_ids | slogan_ids | set(ctx.candidate_ids)) or group_word) and not (
                    # a portmanteau we made of the pair's names that reads as an everyday word
                    # ("SDAH" → "sudah") is never the pair in small letters, whatever the context
                    ent.generated and self.gaz.is_everyday(ent.phrase)
                ):
                    refs.append(Reference(ids, k, ent.phrase, s, e, False))
                else:
                    weak_notes.append(ent.why_weak or f"'{ent.phrase}' bisa berarti hal lain")
            elif k in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME):
                if ent.case_form and ent.everyday and ent.phrase not in capitals:
                    # initials that spell an everyday word, in small letters: the word ("ada")
                    weak_notes.append(ent.why_weak or f"'{ent.phrase}' kata sehari-hari")
                    continue
                addressed = s in honor_at  # "Daeng Syamsul", "Kang Dedi"
                tied = (
                    bool(set(ids) & (strong_ids | slogan_ids | set(ctx.candidate_ids))) or numbered(ids)
                ) and not ent.everyday
                # A configured alias ("Bung Jopie") next to a stance cue names the candidate; a
                # first name alone needs an honorific, a cue and the election period around it.
                configured = k is HitKind.ALIAS_WEAK
                if (ent.why_weak or "").startswith(EVERYDAY_TAG):
                    # an everyday tag needs the candidate pointed at by something else
                    if tied or set(ids) & weak_ids or group_word or ctx.campaign:
                        refs.append(Reference(ids, HitKind.HASHTAG, ent.phrase, s, e, False))
                    else:
                        weak_notes.append(ent.why_weak or ent.phrase)
                elif (
                    tied
                    or group_word
                    # "kirim ke tim Bapa Samaun", "relawan Kaka Petrus": the candidate's own team
                    or (configured and s > 0 and words[s - 1] in _TEAM_OF)
                    or (configured and (near_cue or election_context or partisan_order))
                    or (configured and any(abs(p - s) <= self.v.window for p in act_positions))
                    or (addressed and near_cue and (election_context or ctx.in_period))
                ):
                    refs.append(Reference(ids, k, ent.phrase, s - addressed, e, False))
                else:
                    weak_notes.append(ent.why_weak or f"'{ent.phrase}' bisa berarti orang lain")
            elif k is HitKind.PARTY:
                pids = self.gaz.party_candidates.get(ent.party or "", ())
                if (election_context and near_cue) or any(h2.kind is HitKind.BALLOT for _, _, h2 in refs_raw):
                    # "dukung Gerindra"; "nomor 1 Gerindra" resolves the number (_party_numbers).
                    refs.append(Reference(pids, k, ent.phrase, s, e, False, party=ent.party))
            elif k is HitKind.BALLOT:
                next_words = " ".join(words[e : e + 2])
                # the word before the pair words a number follows ("telung [pasangan calon] siji")
                j = s - 1
                while j >= 0 and words[j] in _PAIR_WORDS:
                    j -= 1
                counted = j >= 0 and (j < s - 1 or ent.phrase.split()[0] in _PAIR_WORDS)
                before = words[j] if counted else ""
                if _REGULATION_YEAR.match(next_words):
                    # "SKB 5 lembaga No. 2/2022", "PP Nomor 94 Tahun 2021": a regulation's number
                    weak_notes.append(f"'{ent.phrase}' nomor peraturan, bukan nomor urut")
                elif before.isdigit() or before in self.gaz.numbers or before in _COUNTING:
                    # "telung paslon, siji tujuan", "3 paslon 1 visi": the pairs counted, and the
                    # number after them is of something else.
                    weak_notes.append(
                        f"'{before} … {ent.phrase}' menghitung pasangan calon, bukan nomor urut"
                    )
                elif ent.electoral or election_context or ent.number in named_numbers:
                    refs.append(Reference(ids, k, ent.phrase, s, e, ent.electoral, ent.number))
                else:
                    weak_notes.append(f"'{ent.phrase}' tanpa konteks pemilihan")
            elif k is HitKind.GESTURE:
                # A gesture is partisan only with an election around it (not the gesture itself),
                # or with a name of the candidate who carries that number.
                others = (
                    strong_ids
                    or electoral_words
                    or ctx.campaign
                    or ctx.electoral
                    or (ctx.in_period and bool(cats & {"support", "vote"}))
                    or (
                        ctx.in_period
                        and any(
                            self.gaz.candidate_by_id[c].ballot_number == ent.number
                            for _, _, h2 in refs_raw
                            if h2.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME)
                            for c in h2.entry.candidate_ids
                        )
                    )
                )
                if ent.number == 2 and any(t in _PEACE for t in words[max(s - 3, 0) : e + 3]):
                    # ✌️ beside "salam damai", "peace": the peace sign, not the number two
                    weak_notes.append("isyarat dua jari di samping kata damai: tanda damai, bukan nomor urut")
                elif others and ent.number is not None:
                    refs.append(Reference(ids, k, ent.phrase, s, e, False, ent.number))
                else:
                    weak_notes.append("isyarat jari tanpa konteks pemilihan (foto keluarga, lomba, wisuda)")
        # "Bunda Rahma nomor 1 Gerindra": a party and a number point at a legislative candidate.
        refs = self._party_numbers(refs)
        # "coblos 2", "pilih nang nomor 2": a vote verb and a bare number name the number — also
        # inside an attack ("jangan pilih 02"); a number written "02" is a ballot number.
        attacks_by_vote = [
            c for c in cues.get("oppose", ()) if set(c[2].entry.phrase.split()) & self._vote_verbs
        ]
        toks_all = norm.split()
        for _s, e, h in [*cues.get("vote", ()), *attacks_by_vote]:
            n = self._number_after(norm, e)
            if n is None or any(r.number == n for r in refs) or n not in self.gaz.ballot_candidates:
                continue
            electoral = h.entry.phrase in self._electoral_votes() or f"0{n}" in toks_all[e : e + 3]
            if electoral or election_context or n in named_numbers:
                ids = self.gaz.ballot_candidates[n]
                refs.append(Reference(ids, HitKind.BALLOT, f"{h.entry.phrase} {n}", e, e + 1, electoral, n))
        gesture = any(r.kind is HitKind.GESTURE for r in refs) or "gesture" in cats

        scope = _Scope(cues, self.v.negation_reach, words)
        denied = scope.denied()
        if not refs and slogan_only:
            ids = tuple(dict.fromkeys(c for r in slogan_only for c in r.candidate_ids))
            return Reading(
                Stance.UNCLEAR,
                mentioned=ids,
                cues=cats,
                denied=denied,
                reasons=tuple(
                    f"slogan '{r.phrase}' ({self.labels(r.candidate_ids)}) tanpa nama, nomor atau konteks "
                    "pemilihan: bisa semboyan daerah atau ungkapan sehari-hari"
                    for r in slogan_only
                ),
                confidence=self.w["unclear"],
                hits=tuple(hits),
                open_question=_SLOGAN_QUESTION,
            )
        if not refs:
            if weak_notes and "family" in cats and cats & {"campaign_event", "attend"} and ctx.in_period:
                # "Besok kita temani Papi Jefry kampanye": a relative at a candidate's campaign,
                # by a first name only — for a person to check, as any family case.
                return Reading(
                    Stance.UNCLEAR,
                    cues=cats,
                    denied=denied,
                    reasons=(
                        "menyebut keluarga sendiri di kegiatan kampanye, dengan nama depan calon: "
                        "pendampingan keluarga calon, aturannya belum pasti",
                    ),
                    confidence=self.w["unclear"],
                    hits=tuple(hits),
                    open_question=_FAMILY_QUESTION,
                )
            if weak_notes:
                return Reading(
                    Stance.NONE,
                    cues=cats,
                    denied=denied,
                    reasons=tuple(dict.fromkeys(f"{n}: tidak dianggap konten kampanye" for n in weak_notes)),
                    hits=tuple(hits),
                    weak_only=True,
                    instruction=instruction,
                )
            voting_attack = any(
                any(t in self._vote_words for t in h.entry.phrase.split())
                for _, _, h in cues.get("oppose", ())
            )
            if "oppose" in cats and ("unnamed_candidate" in cats or voting_attack) and ctx.in_period:
                return Reading(
                    Stance.UNCLEAR,
                    cues=cats,
                    reasons=("sindiran kepada calon yang tidak disebut namanya",),
                    confidence=self.w["unclear"],
                    hits=tuple(hits),
                    open_question="apakah sindiran ini merugikan pasangan calon tertentu?",
                    election_context=election_context,
                )
            return Reading(
                Stance.NONE,
                cues=cats,
                hits=tuple(hits),
                instruction=instruction,
                denied=denied,
                question=question,
            )

        mentioned = tuple(dict.fromkeys(c for r in refs if r.number is None for c in r.candidate_ids))
        sc = _Scratch()
        if group_word:
            _support_named(sc, refs, self.w["group_link"], "nama grup pendukung '{}'")

        # 2. Attach cues to the nearest reference.
        prohibitions = scope.bans
        negated, prohibited = scope.negated, scope.prohibited
        attacked, not_done = scope.attacked, scope.not_done
        acts = [s for c in ("attend", "engagement", "put_up", "props") for s, _, _ in cues.get(c, ())]

        def nearest(pos: int, end: int, *, strong_only: bool = False) -> Reference | None:
            best: tuple[int, Reference] | None = None
            for r in refs:
                if strong_only and not r.strong:
                    continue
                d = r.start - end if r.start >= end else pos - r.end if r.end <= pos else 0
                if d <= self.v.window and (best is None or d < best[0]):
                    best = (d, r)
            return best[1] if best else None

        # In a post about one candidate only, an attack anywhere in it, or "pilih beliau", is
        # about that candidate.
        named_ids = {
            c for r in refs if r.number is None and r.kind is not HitKind.PARTY for c in r.candidate_ids
        }
        single = (
            next((r for r in refs if r.number is None and set(r.candidate_ids) == named_ids), None)
            if len(named_ids) == 1
            else None
        )
        inked = self._inked_fingers(cues, refs)
        # One item of a list of numbers ("Paslon 1, 2 atau 3?") is nobody's number in particular.
        listed = self._listed_numbers(norm)
        for s, e, h in cues.get("vote", ()):
            if negated(s) or prohibited(s):
                continue
            # "pilih yang jujur, bukan X": the one the call turns away from is not its target
            after = [
                r
                for r in refs
                if 0 <= r.start - e <= self.v.vote_reach
                and r not in inked
                and not (r.start > 0 and words[r.start - 1] in _NOT_THAT)
            ]
            num = self._number_after(norm, e)
            target = after[0] if after else None
            if target is None and single is not None and any(w in _PRONOUNS for w in words[e : e + 2]):
                target = single
            if target is not None:
                sc.vote_only.update(target.candidate_ids)
                self._support_ref(
                    sc, target, self.w["vote_call"], f"ajakan memilih '{h.entry.phrase} {target.phrase}'"
                )
            elif num is not None and (election_context or h.entry.phrase in self._electoral_votes()):
                sc.vote_numbers.add(num)
                sc.numbers[num] = (self.w["vote_call"], f"ajakan memilih '{h.entry.phrase} … {num}'")
                sc.reasons.append(f"ajakan memilih nomor {num}")
        # Work for a campaign beside a candidate ("siap bantu sosialisasi Bung Septi", "masuk tim
        # kampanye Bapa Yosias") supports them as a support word does. (Props or a campaign event in
        # a photo caption were tried as support too: on a workspace never looked at they added two
        # false accusations for one violation found, so a photo stays with the photo rules.)
        kinds = [("support", "support_strong"), ("praise", "praise"), ("team", "support_strong")]
        for cat, weight in kinds:
            for s, e, h in cues.get(cat, ()):
                if negated(s):
                    sc.reasons.append(f"'{h.entry.phrase}' didahului penyangkalan: bukan dukungan")
                    continue
                if prohibited(s) or attacked(s):
                    continue
                near = nearest(s, e, strong_only=(cat == "praise" and not ctx.campaign))
                if near is None or near.number in listed:
                    continue
                w = self.w[weight] if near.strong else self.w["support_weak"]
                verb = {"support": "dukungan", "praise": "pujian", "team": "kerja kampanye"}[cat]
                self._support_ref(sc, near, w, f"{verb} '{h.entry.phrase}' untuk '{near.phrase}'")
        for s, e, h in cues.get("oppose", ()):
            if prohibited(s) and h.entry.phrase.startswith("jangan") is False:
                continue
            hit_ref = nearest(s, e) or single
            if hit_ref is None or (hit_ref.number is not None and not hit_ref.candidate_ids):
                continue
            if h.entry.phrase.startswith("jangan") and any(s < a < hit_ref.start for a in acts):
                continue  # "jangan sampai ada ASN ikut kampanye X": a prohibition of the act, no attack
            sc.oppose(
                hit_ref.candidate_ids,
                self.w["oppose"],
                f"menyerang/merugikan '{hit_ref.phrase}': '{h.entry.phrase}'",
            )
        # "aja nomer loro", "jangan Jopie": don't choose this one.
        for _s, e, h in cues.get("dont_choose", ()):
            # "ojo milih X", "ulah milih X": a vote verb may stand between.
            reach = 2 if e < len(words) and words[e] in self._vote_words else 1
            for nxt in (x for x in refs if 0 <= x.start - e <= reach and (x.strong or x.number is not None)):
                if nxt.number is not None and not nxt.strong:
                    ids = self._number_ids(nxt.number, refs, ctx)
                else:
                    ids = nxt.candidate_ids
                sc.oppose(ids, self.w["oppose"], f"menolak '{nxt.phrase}': '{h.entry.phrase} {nxt.phrase}'")
        # "#BukanRAMAH", "bukan Jopie": not this candidate.
        for s, _, h in cues.get("negators", ()):
            if h.entry.phrase != "bukan":
                continue
            for nxt in (x for x in refs if x.start == s + 1 and x.strong):
                sc.oppose(
                    nxt.candidate_ids, self.w["oppose"], f"menolak '{nxt.phrase}': 'bukan {nxt.phrase}'"
                )
        for s, e, h in [*cues.get("agreement", ()), *cues.get("acknowledgment", ())]:
            close = nearest(s, e, strong_only=True)
            if close is not None and close.number in listed:
                continue
            if close is not None and abs(close.start - e) <= 3 and not negated(s) and not prohibited(s):
                self._support_ref(sc, close, self.w["praise"], f"'{h.entry.phrase}' untuk '{close.phrase}'")

        # "IMAN untuk Bone", "Haryo for Jateng", "FAJAR buat Padang": a name for a place.
        toks = words
        for r in refs:
            if r.number is not None or r.kind is HitKind.PARTY or r.end + 1 >= len(toks):
                continue
            if toks[r.end] in _FOR_WORDS and toks[r.end + 1] in self.place_words:
                self._support_ref(sc, r, self.w["praise"], f"'{r.phrase} {toks[r.end]} {toks[r.end + 1]}'")
        # Being at (or calling to) a candidate's campaign or candidacy event is support.
        # … unless the text also denies taking part ("sa salam saja, tra ikut kampanye").
        attend = cues.get("attend", ())
        took_part = any(not not_done(s) for s, _, _ in attend) and not any(not_done(s) for s, _, _ in attend)
        if took_part and cats & {"campaign_event", "pre_designation"}:
            why = "hadir/mengajak ke kegiatan kampanye atau pencalonan '{}'"
            _support_named(sc, refs, self.w["support_weak"], why)

        # Gathering or handing in KTP copies for a candidate is support (SKB-D11, PP94-N7): "kumpulkan
        # fotokopi KTP", "setor KTP" — the act, not a word about the kind of candidacy ("jalur
        # perseorangan") or the bare word "KTP" (a verification by the office).
        ktp_acts = [s for s, _, h in cues.get("ktp", ()) if " " in h.entry.phrase and "ktp" in h.entry.phrase]
        if (
            ktp_acts
            and not any(not_done(s) or prohibited(s) for s in ktp_acts)
            and not cats & {"news", "neutral_info", "neutrality", "prohibition"}
        ):
            _support_named(sc, refs, self.w["support_weak"], "mengumpulkan KTP dukungan untuk '{}'")

        # Passing on the data an office holds about people (KK, NIK, aid recipients) to a
        # candidate's team is working for the candidate ("rekap data KK per RT, kirim ke tim
        # Bapa Samaun"): the team named beside the candidate, the data not refused or forbidden.
        data = [s for s, _, _ in cues.get("personal_data", ())]
        if (
            data
            and not any(not_done(s) or prohibited(s) for s in data)
            and not cats & {"news", "neutral_info", "neutrality", "prohibition"}
        ):
            teams = [r for r in refs if r.start > 0 and words[r.start - 1] in _TEAM_OF]
            _support_named(sc, teams, self.w["support_weak"], "menyerahkan data warga untuk tim '{}'")

        # "Semeton, tiang share video Bli Sunan, becik pisan programne": the speaker spreads a
        # candidate's content and praises it — the share is the act, the praise its side.
        speakers = [e for _, e, _ in cues.get("first_person", ())]
        spread = [
            s
            for s, _, _ in cues.get("engagement", ())
            if any(0 <= s - e <= 1 for e in speakers) and not not_done(s)
        ]
        if (
            spread
            and cats & {"praise", "agreement"}
            and not cats & {"news", "neutral_info", "neutrality", "prohibition", "negators"}
        ):
            beside = [r for r in refs if any(abs(r.start - p) <= self.v.window for p in spread)]
            _support_named(sc, beside, self.w["support_weak"], "membagikan dan memuji konten '{}'")

        # 3. References that are support by themselves, and numbers/gestures with context.
        explicit = set(sc.vote_numbers) | {
            r.number for r in refs if r.kind is HitKind.BALLOT and r.number is not None
        }
        first_person = "first_person" in cats
        close_kinds = ("support", "praise", "agreement", "acknowledgment")
        close_cues = [s for c in close_kinds for s, _, _ in cues.get(c, ())]
        # a vote verb before the number ("coblos nomor 2"), or after it with no object of its own
        # ("nomor 7 … Coblos ya"), not one with a count ("paslon 2 SAHATI. Coblos satu kali")
        vote_ends = [e for _, e, _ in cues.get("vote", ())]
        vote_after = [
            s
            for s, e, _ in cues.get("vote", ())
            if not (e < len(words) and (words[e].isdigit() or words[e] in self.gaz.numbers))
        ]
        # "beta su nomor 2", "aku 01": the person right before the number, not a "kami" three
        # words on ("paslon 3 kunjungan ke puskesmas, kami layani" reports a visit).
        speaker_ends = [e for _, e, _ in cues.get("first_person", ())]
        # "jangan lupa tanggal 27, nomor 1", "ojo lali nomer siji": a call just before a ballot
        # number, with the election around it.
        # (or with the number of a candidate the text names: "Kang Imam … sing usah ragu, nomer loro")
        call_ends = [e for _, e, _ in cues.get("call", ())] if election_context or named_numbers else []
        # "saya bukan …", "beta sonde …": the writer denies something of themselves.
        neg_starts = {s for s, _, _ in cues.get("negators", ())}
        self_denied = any(e in neg_starts for _, e, _ in cues.get("first_person", ()))
        for r in refs:
            if r.kind in INHERENT_SUPPORT:
                label = "slogan" if r.kind is HitKind.SLOGAN else "tagar kampanye"
                sc.support(
                    r.candidate_ids,
                    self.w["inherent"],
                    f"{label} '{r.phrase}' ({self.labels(r.candidate_ids)})",
                )
            elif r.kind is HitKind.GESTURE and r.number is not None:
                # A V sign next to "coblos nomor 1" is a cheer, not a second number.
                if (explicit and r.number not in explicit) or r in inked:
                    continue
                sc.numbers.setdefault(
                    r.number, (self.w["gesture"], f"isyarat {r.number} jari dengan konteks pemilihan")
                )
            elif (
                r.kind is HitKind.BALLOT
                and r.number is not None
                and r.number not in listed  # one item of a list of numbers ("paslon 1, 2, dan 3")
                # "banyak yang kira saya keluarga calon nomor 2 … saya bukan tim": a part denied
                and not denied & {"team", "support", "agreement", "engagement", "attend"}
                and not self_denied
                and (
                    gesture
                    or any(abs(p - r.start) <= 4 or abs(p - r.end) <= 4 for p in close_cues)
                    or any(0 <= r.start - e <= 2 for e in speaker_ends)
                    or any(0 <= r.start - e <= 4 for e in vote_ends)
                    or any(0 <= p - r.end <= 8 for p in vote_after)
                    or (
                        (election_context or r.number in named_numbers)
                        and any(0 <= r.start - e <= 4 for e in call_ends)
                    )
                )
            ):
                # "nomor 2 di hati", "beta su nomor 2": a number said with a cue or a first person
                # next to it; an enumeration ("1. A–B, 2. C–D") is not support.
                sc.numbers.setdefault(
                    r.number, (self.w["number"], f"nomor urut {r.number} ('{r.phrase}') disebut mendukung")
                )

        # A legislative candidate written as the ballot writes them — name, own number, own party or
        # chamber ("Mas Bimo nomer 3 PDI Perjuangan", "Gung Suteja nomor 33 DPD Bali") — outside
        # news and civics is a campaign card, not a mention.
        if not cats & {"news", "neutral_info", "negators", "prohibition"}:
            for r in refs:
                named_as = r.strong or r.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME)
                if not named_as or r.number is not None or r.kind is HitKind.PARTY:
                    continue
                card = self._ballot_card(r, refs, norm.split())
                if card is not None:
                    sc.support(
                        (card,), self.w["number"], f"nama, nomor urut, dan partai/lembaga caleg '{r.phrase}'"
                    )
        # An order to cover or attend a candidate's campaign or candidacy event is support
        # (seed 002: journalists told to cover a deputy regent collecting candidacy forms).
        ordered = (
            instruction is not None
            and not cats & {"neutrality"}
            and not any(
                0 < a - p <= 3 for p in prohibitions for a in self._positions(norm, instruction.action)
            )
            and (
                cats & {"pre_designation", "campaign_event"}
                or (ctx.in_period and instruction.action in self.partisan_actions)
                # "siapkan tempat dan spanduk": readying a place with campaign props
                or (ctx.in_period and bool(cats & {"props", "put_up"}))
            )
        )
        if ordered and instruction is not None:
            why = f"perintah ({instruction.action}) untuk pencalonan atau kampanye '{{}}'"
            _support_named(sc, refs, self.w["support_weak"], why)
        even = self._even(refs, cats, listed)
        reminder = bool(cats & {"neutrality"}) or (
            bool(prohibitions) and bool(cats & {"engagement", "campaign_event"})
        )
        news = "news" in cats and not first_person and "call" not in cats
        info = "neutral_info" in cats
        supports = self._resolve(sc, refs, ctx)
        opposes = tuple(c for c in sc.opposes if c not in supports)

        def make(stance: Stance, reasons: tuple[str, ...], **more: Any) -> Reading:
            return Reading(
                stance,
                mentioned=mentioned,
                cues=cats,
                denied=denied,
                instruction=instruction,
                question=question,
                election_context=election_context,
                gesture=gesture,
                hits=tuple(hits),
                reasons=reasons,
                **more,
            )

        # 4. What the text is.
        # A vote verb before the first name of an even list ("coblos salah siji: 1 A, 2 B, 3 C")
        # is civics, not support; a cue that picks one of them is.
        picked = tuple(
            c
            for c in supports
            if c not in sc.vote_only or c in sc.supports and sc.supports[c][0] > self.w["vote_call"]
        )
        if (
            even is not None
            and "official_duty" in cats
            and ctx.in_period
            and not self._asymmetric(picked, opposes, even[1])
        ):
            return make(
                Stance.UNCLEAR,
                (f"kegiatan resmi yang menyebut calon {even[0]}",),
                confidence=self.w["unclear"],
                open_question="kegiatan resmi atau panggung bagi calon?",
            )
        if even is not None and not self._asymmetric(picked, opposes, even[1]):
            return make(
                Stance.NEUTRAL,
                (f"menyebut semua pasangan calon {even[0]} secara setara: informasi, bukan dukungan",),
            )
        alike = self._praised_alike(cues, refs, cats, ctx, listed)
        if alike is not None:
            return make(Stance.NEUTRAL, (f"memuji semua pasangan calon {alike} sama rata ('juga')",))
        # A reminder of neutrality wins unless an explicit cue (outside any prohibition) supports.
        explicit_support = any(not self._is_inherent(c, refs) for c in supports) or bool(opposes)
        if reminder and explicit_support and refs and all(r.kind is HitKind.GESTURE for r in refs):
            # A finger sign beside a reminder: peace ("stay neutral ya ✌️"); with a number said
            # too ("pilih nomor 2 ✌️, tetap netral"), the text contradicts itself: for a person.
            if not any(t.isdigit() or t in self.gaz.numbers for t in words):
                explicit_support = False
            else:
                return make(
                    Stance.UNCLEAR,
                    ("isyarat jari dan nomor di samping pengingat netralitas: dukungan atau bukan?",),
                    supports=supports,
                    confidence=self.w["unclear"],
                    open_question="pengingat netralitas, atau dukungan lewat isyarat dan nomor?",
                )
        if reminder and not explicit_support:
            which = sorted(
                {h.entry.phrase for _, _, h in [*cues.get("neutrality", []), *cues.get("prohibition", [])]}
            )
            return make(Stance.NEUTRAL, (f"pengingat netralitas/larangan: {', '.join(which)}",))
        if "family" in cats and not opposes and (supports or cats & {"campaign_event", "attend"}):
            if supports or mentioned:
                return make(
                    Stance.UNCLEAR,
                    (
                        "menyebut keluarga sendiri di samping calon: pendampingan keluarga calon, "
                        "aturannya belum pasti",
                        *dict.fromkeys(sc.reasons),
                    ),
                    supports=supports,
                    confidence=self.w["unclear"],
                    open_question=_FAMILY_QUESTION,
                )
        # A disclaimer: neutrality said, or one's own taking part denied ("ulun kada ikut kampanye").
        disowned = "neutrality" in cats or bool(denied & {"attend", "agreement", "engagement", "team"})
        if (
            supports
            and not opposes
            and disowned
            and "praise" in cats
            and not cats & {"support", "vote", "vote_electoral", "call", "team"}
            and not sc.vote_numbers
            and not gesture
        ):
            # "Programnya bagus, tapi sebagai ASN saya cuma bisa bilang: pilih sesuai hati nurani",
            # "ulun kada ikut kampanye, tapi jingle nomor 2 bagus": praise with a disclaimer.
            return make(
                Stance.UNCLEAR,
                ("memuji calon sambil menyangkal berkampanye", *dict.fromkeys(sc.reasons)),
                supports=supports,
                confidence=self.w["unclear"],
                open_question="pujian disertai penyangkalan: dukungan atau pendapat?",
            )
        gesture_only = (
            bool(sc.numbers)
            and not sc.supports
            and not sc.vote_numbers
            and all(r.kind is HitKind.GESTURE for r in refs)
            and all(why.startswith("isyarat") for _, why in sc.numbers.values())
        )
        if (
            supports
            and not opposes
            and gesture_only
            and not cats & _COMMITTING
            and ("vote" not in cats or "done" in cats)
            and not self._names_voting_day(norm)  # "ingek tanggal 9 yo kawan 😉✌️"
        ):
            # "Masa tenang, tapi hati su tenang ✌️", "torang so pilih … ✌️": a finger sign and no
            # name, number word or call — the number of a pair, peace, or the inked finger?
            return make(
                Stance.UNCLEAR,
                ("hanya isyarat jari, tanpa nama, nomor, atau ajakan", *dict.fromkeys(sc.reasons)),
                supports=supports,
                confidence=self.w["unclear"],
                open_question=GESTURE_QUESTION,
            )
        if (
            supports
            and not opposes
            and any(not any(r.start <= ts < r.end for r in refs) for ts, _, _ in cues.get("thanks", ()))
            and not cats & {"vote", "vote_electoral", "call", "team"}
            and not sc.vote_numbers
            and not sc.numbers
            and not gesture
            and not any(r.number is not None or r.kind in (HitKind.HASHTAG, HitKind.SLOGAN) for r in refs)
        ):
            # "Terima kasih Koh Bong, sukses selalu 🙏": thanks and a wish to the candidate —
            # courtesy to a visitor, or support? Without a call, a number or a slogan, a person reads it.
            return make(
                Stance.UNCLEAR,
                ("berterima kasih dan mendoakan calon, tanpa ajakan memilih", *dict.fromkeys(sc.reasons)),
                supports=supports,
                confidence=self.w["unclear"],
                open_question=THANKS_QUESTION,
            )
        if (
            supports
            and not opposes
            and _conditional_win(words)
            and not cats & {"vote", "vote_electoral", "call", "team"}
            and not sc.vote_numbers
            and not gesture
            # a number, tag or slogan of the candidate beside it is a campaign's own words
            and not any(r.number is not None or r.kind in (HitKind.HASHTAG, HitKind.SLOGAN) for r in refs)
        ):
            # "Kalo Om Dani menang, bidan desa pasti dapat motor 😉": what follows a win is
            # foretold, hoped for or feared — not a call for it. A person reads the tone.
            return make(
                Stance.UNCLEAR,
                ("pengandaian 'kalau … menang' tanpa ajakan memilih", *dict.fromkeys(sc.reasons)),
                supports=supports,
                confidence=self.w["unclear"],
                open_question=SUPPOSED_QUESTION,
            )
        # "Ada yang tanya saya ikut tim DECENG? Tidak. Saya PNS": the question put, and answered no.
        if self._answered_no(raw) and not cats & {"support", "vote", "vote_electoral", "call"}:
            return make(Stance.NEUTRAL, ("pertanyaan tentang dukungan yang dijawab sendiri 'tidak'",))
        # "Saya Ach. Baidowi guru SMP, bukan Ra Baidowi", "Aku perawat, bukan Kraeng Bene calon bupati":
        # the writer says who they are not — a namesake setting the record straight. "Bukan X" is
        # then no attack on X, and a "nggih" beside the name no support.
        denied_refs = [
            r
            for r in refs
            if (r.strong or r.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME, HitKind.ACRONYM))
            and set(words[max(r.start - 2, 0) : r.start]) & _NOT_THAT
        ]
        # … the writer's own name beside it ("saya Ach. Baidowi", "tiang Baiq Nurul Hidayati") names
        # the writer.
        own_ends = [e for _, e, _ in cues.get("first_person", ())]
        if (
            first_person
            and denied_refs
            and not cats & {"support", "vote", "vote_electoral", "call", "team"}
            and all(
                r in denied_refs or any(0 <= r.start - e <= 1 for e in own_ends)
                for r in refs
                if r.strong or r.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME, HitKind.ACRONYM)
            )
        ):
            return make(Stance.NEUTRAL, ("menyatakan diri bukan calon itu ('bukan …'): nama yang mirip",))
        if supports or opposes:
            if (
                news
                and not sc.numbers
                and not any(self._is_inherent(c, refs) for c in supports)
                and not instruction
            ):
                return make(
                    Stance.NEWS,
                    ("pemberitaan: " + ", ".join(sorted({h.entry.phrase for _, _, h in cues["news"]})),),
                )
            conf = max(
                [w for w, _ in sc.supports.values()]
                + [w for w, _ in sc.opposes.values()]
                + [w for w, _ in sc.numbers.values()]
                + [0.0]
            )
            stance = Stance.SUPPORT if supports else Stance.OPPOSE
            # A ballot number said as support carries its own reason ("nomor urut 1 … disebut").
            return make(
                stance,
                tuple(dict.fromkeys([*sc.reasons, *(why for _, why in sc.numbers.values())])),
                supports=supports,
                opposes=opposes,
                numbers=tuple(sc.numbers),
                confidence=round(conf, 3),
            )
        named = [
            r for r in refs if r.strong or r.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME, HitKind.ACRONYM)
        ]
        if news:
            return make(Stance.NEWS, ("pemberitaan yang menyebut calon",))
        if info:
            return make(
                Stance.NEUTRAL,
                (
                    "informasi pemilihan: "
                    + ", ".join(sorted({h.entry.phrase for _, _, h in cues["neutral_info"]})),
                ),
            )
        if not named:
            # Only numbers or gestures, nothing that says support: not campaign content.
            return make(
                Stance.NONE, tuple(dict.fromkeys(weak_notes)) or ("nomor/isyarat tanpa ajakan atau dukungan",)
            )
        if "official_duty" in cats and not ctx.in_period:
            return make(Stance.NEUTRAL, ("tugas resmi pejabat di luar tahapan pemilihan",))
        if all(set(words[max(r.start - 2, 0) : r.start]) & _NOT_THAT for r in named) and not cats & (
            {"support", "vote", "vote_electoral", "praise", "call", "team", "oppose"}
        ):
            # "Beta Daniel Benu guru SD, bukan Om Dani calon bupati": the writer says who they are
            # not — a namesake setting the record straight, naming nobody to vote for.
            return make(Stance.NEUTRAL, ("menyatakan bukan calon itu ('bukan …'): nama yang mirip",))
        if not ctx.in_period and not (cats & {"pre_designation", "campaign_event"}):
            return make(Stance.NONE, ("menyebut nama calon di luar tahapan pemilihan, tanpa dukungan",))
        if disowned and not gesture and "praise" not in cats:
            # "Sa pu tanta Mama Yohana datang ke distrik, sa salam saja, tra ikut kampanye", "saya
            # tidak pernah membantu tim paslon manapun": a candidate named with a disclaimer.
            return make(Stance.NEUTRAL, ("menyebut calon sambil menyangkal berkampanye atau mendukung",))
        if (
            "sympathy" in cats
            and not gesture
            and not cats
            & {
                "support",
                "vote",
                "vote_electoral",
                "praise",
                "call",
                "team",
                "oppose",
                "campaign_event",
                "pre_designation",
            }
        ):
            # "Turut berduka cita atas wafatnya ibunda Pak X", "Semoga lekas sembuh Mamiq": a social
            # duty to a candidate or their family, not support.
            why = "ucapan duka cita atau doa kesembuhan: kewajiban sosial, bukan dukungan"
            return make(Stance.NEUTRAL, (why,))
        if question:
            why = "pertanyaan kepada/tentang calon, tanpa dukungan"
            oq = "apakah pertanyaan ini bentuk keterlibatan dengan akun calon?"
        elif "official_duty" in cats:
            why = "kegiatan resmi yang menyebut calon"
            oq = "tugas resmi atau promosi calon?"
        else:
            why = "menyebut calon tanpa ajakan atau dukungan yang jelas"
            oq = "apakah unggahan ini mendukung calon?"
        return make(Stance.UNCLEAR, (why,), confidence=self.w["unclear"], open_question=oq)

    # ---- helpers ----------------------------------------------------------------------------------

    def _electoral_votes(self) -> frozenset[str]:
        return self._electoral_vote_phrases

    def _number_after(self, norm: str, end_tok: int) -> int | None:
        """A ballot number written within reach after a vote verb ("coblos 2", "pilih nang nomor 2")."""
        toks = norm.split()
        for i in range(end_tok, min(end_tok + self.v.vote_reach + 1, len(toks))):
            t = toks[i]
            n = int(t) if t.isdigit() and 0 < int(t) < 100 else self.gaz.numbers.get(t)
            if n is None:
                continue
            if i > 0 and toks[i - 1] in _NUMBERED_PLACES:
                continue  # "mencoblos di TPS 12": the polling station's number, not a candidate's
            if i + 1 < len(toks) and toks[i + 1] in _TIMES:
                return None  # "coblos satu kali": how many times, not which number
            if i + 1 < len(toks) and toks[i + 1] in _MONTHS and toks[i + 2 : i + 3] != ["lupa"]:
                # "ayo nyoblos 27 Juni": the voting day, not a candidate's number (but "coblos 2 jan
                # lupa" is "jangan lupa", which the slang list reads as "Januari")
                return None
            return n
        return None

    def _support_ref(self, sc: _Scratch, r: Reference, w: float, why: str) -> None:
        if r.number is not None and (r.kind is HitKind.GESTURE or not r.strong):
            sc.numbers.setdefault(r.number, (w, why))
            sc.reasons.append(why)
        elif r.number is not None:
            # "paslon 2": a number said as such, narrowed to a contest later.
            sc.numbers[r.number] = (w, why)
            sc.reasons.append(why)
        else:
            sc.support(r.candidate_ids, w, why)

    def _inked_fingers(
        self, cues: dict[str, list[tuple[int, int, Hit]]], refs: list[Reference]
    ) -> list[Reference]:
        """The finger shown after "sudah nyoblos ☝️": someone who says they voted shows the inked
        finger, and calls nobody to a number. A number or name said after it still counts."""
        done_ends = [e for _, e, _ in cues.get("done", ())]
        voted = [e for s, e, _ in cues.get("vote", ()) if any(0 <= s - d <= 1 for d in done_ends)]
        return [
            r
            for r in refs
            if r.kind is HitKind.GESTURE and any(0 <= r.start - e <= self.v.vote_reach for e in voted)
        ]

    def _is_inherent(self, cid: str, refs: list[Reference]) -> bool:
        return any(r.kind in INHERENT_SUPPORT and cid in r.candidate_ids for r in refs)

    def _party_numbers(self, refs: list[Reference]) -> list[Reference]:
        """A party next to a ballot number names the legislative candidate with both."""
        parties = [r for r in refs if r.kind is HitKind.PARTY and r.party]
        nums = [r for r in refs if r.number is not None and r.kind is HitKind.BALLOT]
        if not parties or not nums:
            return refs
        out = list(refs)
        for p in parties:
            for n in nums:
                if abs(p.start - n.end) > 3 and abs(n.start - p.end) > 3:
                    continue
                ids = tuple(c for c in n.candidate_ids if p.party in self.gaz.candidate_by_id[c].parties)
                if ids:
                    out.append(
                        Reference(
                            ids,
                            HitKind.ALIAS_STRONG,
                            f"{n.phrase} {p.phrase}",
                            min(n.start, p.start),
                            max(n.end, p.end),
                            True,
                        )
                    )
        return out

    def _ballot_card(self, r: Reference, refs: list[Reference], toks: list[str]) -> str | None:
        """The legislative candidate of ``r`` when their own ballot number follows the name within
        three words and their own party (or the chamber, DPD/DPR/DPRD) follows the number."""
        for c in r.candidate_ids:
            cand = self.gaz.candidate_by_id.get(c)
            contest = self.gaz.contests.get(self.gaz.contest_of.get(c, ""))
            if (
                cand is None
                or contest is None
                or contest.office not in _LEGISLATIVE
                or cand.ballot_number is None
            ):
                continue
            for b in refs:
                if (
                    b.kind is not HitKind.BALLOT
                    or b.number != cand.ballot_number
                    or not 0 <= b.start - r.end <= 3
                ):
                    continue
                after = toks[b.end : b.end + 4]
                parties = {p.lower() for p in cand.parties}
                if any(t in parties or t in _CHAMBERS for t in after) or any(
                    x.kind is HitKind.PARTY and 0 <= x.start - b.end <= 2 and c in x.candidate_ids
                    for x in refs
                ):
                    return c
        return None

    def _listed_numbers(self, norm: str) -> frozenset[int]:
        """Ballot-sized numbers written as one list ("paslon 1, 2, deng 3", "1, 2, atanapi 3"):
        three or more in a row, or two joined by a word for "and"/"or"."""
        joiners = self._list_joiners
        best: list[int] = []
        run: list[int] = []
        joined = False
        for t in norm.split():
            n = int(t) if t.isdigit() and len(t) <= 2 else None
            if n is not None and 0 < n < 100:
                run.append(n)
                continue
            if t in joiners and run:
                joined = True
                continue
            if len(run) >= 3 or (len(run) == 2 and joined):
                best.extend(run)
            run, joined = [], False
        if len(run) >= 3 or (len(run) == 2 and joined):
            best.extend(run)
        return frozenset(best)

    def _even(
        self, refs: list[Reference], cats: frozenset[str], listed: frozenset[int] = frozenset()
    ) -> tuple[str, frozenset[str]] | None:
        """The contest whose every candidate the text names (or numbers) evenly: its region and
        candidates. "semua paslon" and the like count as naming them all; "keduanya" and the like
        only next to two or more contestants of one contest; ``listed`` numbers written as one list
        count as said."""
        if "all_contestants" in cats:
            return "(semua pasangan calon)", frozenset()
        by_contest: dict[str, set[str]] = defaultdict(set)
        if "empty_column" in cats:
            # "Kolom kosong atau Bang Darwin?": a single pair and the empty column are both options.
            for r in refs:
                if r.strong or r.kind in (HitKind.ALIAS_WEAK, HitKind.GIVEN_NAME):
                    for c in r.candidate_ids:
                        k = self.gaz.contest_of.get(c)
                        if k is not None and self._contest_shape[k][0] == 1:
                            return self.gaz.contests[k].region, self._contest_shape[k][2]
        explicit = {r.number for r in refs if r.number is not None and r.kind is HitKind.BALLOT} | set(listed)
        gestures = {r.number for r in refs if r.number is not None and r.kind is HitKind.GESTURE}
        numbers = explicit | (gestures if len(gestures) >= 2 or not explicit else set())
        numbers.discard(None)
        for r in refs:
            if (r.number is not None and not r.strong) or r.kind is HitKind.PARTY:
                continue
            for c in r.candidate_ids:
                k = self.gaz.contest_of.get(c)
                if k is not None:
                    by_contest[k].add(c)
        if "all_of_them" in cats and (len(numbers) >= 2 or any(len(v) >= 2 for v in by_contest.values())):
            return "(semua pasangan calon)", frozenset()
        if not numbers and max(map(len, by_contest.values()), default=0) < 2:
            return None  # one name per contest and no number: no contest is covered
        # Only contests the text names someone of, or whose every ballot number it says; those with
        # too few names and numbers to cover every candidate are out before the rest are taken in
        # rank order.
        ballot = self._ballot_of
        shape = self._contest_shape
        need = self._even_need
        rank = self._contest_rank
        said_count = len(numbers)
        open_ = [k for k, v in by_contest.items() if shape[k][0] >= 2 and len(v) + said_count >= need[k]]
        if len(numbers) >= 2:
            # A ballot number alone can reach hundreds of contests; one named by its numbers alone
            # is covered as soon as it is reached, so only the first of them in rank order can
            # matter.
            first: str | None = None
            for number_set, ks in self._contests_by_numbers.items():
                if number_set <= numbers:
                    k = next((k for k in ks if k not in by_contest and said_count >= need[k]), None)
                    if k is not None and (first is None or rank[k] < rank[first]):
                        first = k
            if first is not None:
                open_.append(first)
        for k in sorted(open_, key=rank.__getitem__):
            size, nums, ids = shape[k]
            named = by_contest.get(k, set())
            if len(named) >= size:
                return self.gaz.contests[k].region, ids
            if len(nums) >= 2 and (named or len(numbers) >= 2):
                said = numbers | {ballot[c] for c in named}
                if nums <= said:
                    return self.gaz.contests[k].region, ids
        return None

    def _praised_alike(
        self,
        cues: dict[str, list[tuple[int, int, Hit]]],
        refs: list[Reference],
        cats: frozenset[str],
        ctx: Context,
        listed: frozenset[int],
    ) -> str | None:
        """The contest whose every pair the text praises alike, by "also" beside its praise ("Pak
        Tasman dan Pak Mustari juga bagus programnya" under the third pair's post; "Pak Hendra
        tegas, Bapa Darmawan juga bagus"): the pairs named, with those of the post answered,
        cover the contest, and nothing but praise is said for any of them."""
        if not cues.get("also") or not cues.get("praise") or cats & _PICKING:
            return None
        praise = [(s, e) for s, e, _ in cues["praise"]]
        if not any(
            any(-2 <= s - ae <= 1 or -1 <= as_ - e <= 1 for s, e in praise) for as_, ae, _ in cues["also"]
        ):
            return None
        answered = (
            [Reference(ctx.candidate_ids, HitKind.CANDIDATE_NAME, "", -1, -1, True)] if ctx.campaign else []
        )
        even = self._even(refs + answered, cats, listed)
        return None if even is None else even[0]

    def _asymmetric(self, supports: tuple[str, ...], opposes: tuple[str, ...], even: frozenset[str]) -> bool:
        """Support (or attack) for some, not all, of the contestants named evenly: then it is
        partisan after all ("debat: A ngawur, B jelas, pilih B")."""
        if not even:
            return False
        for side in (supports, opposes):
            chosen = set(side) & even
            if chosen and chosen != even:
                return True
        return False

    @staticmethod
    def _positions(norm: str, word: str) -> list[int]:
        return [i for i, t in enumerate(norm.split()) if t == word or t.startswith(word)]

    def _number_ids(self, n: int, refs: list[Reference], ctx: Context) -> tuple[str, ...]:
        """Candidates with ballot number ``n`` in the contests the text (or its context) is about."""
        contests = {
            self.gaz.contest_of.get(c)
            for r in refs
            if r.number is None and r.kind is not HitKind.PARTY
            for c in r.candidate_ids
        } | {self.gaz.contest_of.get(c) for c in ctx.candidate_ids}
        contests.discard(None)
        ids = list(self.gaz.ballot_candidates.get(n, ()))
        narrowed = [c for c in ids if self.gaz.contest_of.get(c) in contests] if contests else ids
        return tuple(narrowed or ids)

    def _resolve(self, sc: _Scratch, refs: list[Reference], ctx: Context) -> tuple[str, ...]:
        """Supported candidates: named ones, and ballot numbers narrowed to the contests in view."""
        out = list(sc.supports)
        if sc.numbers:
            contests = {
                self.gaz.contest_of.get(c)
                for r in refs
                if r.strong and r.number is None
                for c in r.candidate_ids
            }
            contests |= {self.gaz.contest_of.get(c) for c in ctx.candidate_ids}
            contests.discard(None)
            for n in sc.numbers:
                out.extend(self._number_ids(n, refs, ctx))
        return tuple(dict.fromkeys(out))

    def _names_voting_day(self, norm: str) -> bool:
        """ "ingat tanggal 27", "jangan lupa tgl 14": the day of the month of a configured voting
        day, after the word for a date, with a word for remembering before it."""
        if not any(t in norm for t in _DATE_WORDS):
            return False
        days = {str(e.voting_day.day) for e in self.gaz.elections}
        toks = norm.split()
        return any(
            t in _DATE_WORDS and nxt in days and set(toks[max(i - 3, 0) : i]) & _REMEMBER
            for i, (t, nxt) in enumerate(zip(toks, toks[1:], strict=False))
        )

    def _action_word(self, tok: str) -> str | None:
        """``tok`` as an instruction verb, with the usual affixes taken off ("liputannya",
        "diarahkan", "disampaikan" → liput, arahkan, sampaikan)."""
        acts = self.v.instruct_actions
        if tok in acts:
            return tok
        # "di-like", "di-share", "nge-like": the affix written with a hyphen
        tok = tok.replace("-", "")
        if tok in acts:
            return tok
        for pre in ("di", "me", "mem", "men", "meng", "ber", "ke"):
            for suf in ("", "nya", "kan", "an", "i", "lah"):
                if tok.startswith(pre) and tok.endswith(suf):
                    stem = tok[len(pre) : len(tok) - len(suf) if suf else None]
                    if stem in acts or stem + "kan" in acts:
                        return stem
        for suf in ("nya", "annya", "kan", "an", "lah"):
            if tok.endswith(suf) and tok[: -len(suf)] in acts:
                return tok[: -len(suf)]
        return None

    def _softened_order(self, toks: list[str]) -> int | None:
        """In a chat, an act followed by a softening particle ("teko yo", "datang e", "hadir
        nggih") asks the members to do it: the position of the act, or None. Not when
        the speaker says it of themself alone ("aku teko yo"), nor after a word that refuses it,
        forbids it or reports it done ("gak usah datang ya", "sudah hadir ya")."""
        for i in range(len(toks) - 1):
            act = self._action_word(toks[i])
            if toks[i + 1] not in self._order_particles or act is None:
                continue
            if act in self._vote_words or act in _CALLS_TO_VOTE:
                continue  # "ojo kleru nyoblos ya": a call to vote, read as support, not an order
            before = toks[max(0, i - 3) : i]
            if before and before[-1] in self._not_asked:
                continue
            if any(t in self._speaker_alone for t in before) or "usah" in before:
                continue
            return i
        return None

    def _instruction(
        self,
        norm: str,
        hits: list[Hit],
        addressees: list[Hit],
        vocative: bool = True,
        *,
        chat: bool = False,
        question: bool = False,
    ) -> Instruction | None:
        """An imperative + addressee + action within one message ("tolong staf hadir", "mohon
        diarahkan guru-guru"), or a message that opens by addressing a role and says what to do
        ("Staf kantor camat, Sabtu kumpul di lapangan"). In a chat group (``chat``) the members
        are the addressees of an imperative that names none ("tolong samua kase like kong share")."""
        if not addressees and not chat:
            return None
        toks = norm.split()
        # "mohon maaf", "mohon izin" open an apology or an announcement, not an order.
        imp_pos = next(
            (
                i
                for i, t in enumerate(toks)
                if t in (self.v.imperatives if addressees else self.v.chat_imperatives)
                and (i + 1 >= len(toks) or toks[i + 1] not in _NOT_ORDERS)
            ),
            None,
        )
        if imp_pos is None and chat:
            # "Nan bisa, ikuik mangantar", "Staf sing gak piket teko yo": those who can are invited.
            imp_pos = next(
                (
                    i + 1
                    for i, t in enumerate(toks[:-1])
                    if t in self.v.invitation_who and toks[i + 1] in self.v.invitation_can
                ),
                None,
            )
        if imp_pos is None and chat and not question:
            soft = self._softened_order(toks)
            if soft is not None:
                return self._order(toks[soft + 1], addressees, toks, soft)
        if imp_pos is None and not addressees:
            return None
        if imp_pos is None:
            # A message that opens by addressing a group ("Staf kantor camat, …", "Para kepala
            # sekolah, …") gives an order without the word for it.
            first = min(addressees, key=lambda h: h.start)
            before = norm[: first.start].split()
            if (
                first.entry.phrase not in self.group_addressees
                or any(t not in _VOCATIVE_OPENERS for t in before)
                or not (vocative or first.entry.phrase in self.you_all)
            ):
                return None
            imp_pos = len(before)
        act_at = next(
            (i for i in range(imp_pos + 1, len(toks)) if self._action_word(toks[i]) is not None), None
        )
        if act_at is None:
            return None
        if any(t in self._negator_words for t in toks[imp_pos + 1 : act_at]):
            return None  # "mohon maaf tidak bisa hadir": the act refused, not ordered
        if (
            act_at > 0
            and toks[act_at - 1] in self.v.speaker_alone
            and not any(t in _RELATIVE for t in toks[imp_pos + 1 : act_at])
        ):
            # "Semeton, tiang share video …": the speaker says what they do (but "yang kemarin saya
            # sampaikan … jangan lupa" is what they asked for)
            return None
        return self._order(toks[imp_pos] if imp_pos < len(toks) else "", addressees, toks, act_at)

    def _order(self, imperative: str, addressees: list[Hit], toks: list[str], act_at: int) -> Instruction:
        """The instruction whose act is the word at ``act_at``; an order to be somewhere keeps the
        message's words (see :attr:`Instruction.words`)."""
        act = self._action_word(toks[act_at])
        assert act is not None
        names = tuple(dict.fromkeys(h.entry.phrase for h in addressees)) or ("anggota grup",)
        asn = any(n in self.v.asn_addressees for n in names)
        words = (
            frozenset(t for t in toks if len(t) >= 4 and not t.isdigit())
            if act in self.v.attend_actions
            else frozenset()
        )
        return Instruction(imperative, names, act, asn, words)


#: Acts that, softened by a particle, call to vote rather than give staff work.
_CALLS_TO_VOTE = frozenset({"dukung", "pilih", "coblos", "menangkan", "sukseskan"})

#: Words written before the day of a date ("tanggal 27", "tgl 14").
_DATE_WORDS = frozenset({"tanggal", "tgl", "tangal", "tanggale", "tanggalnya", "tggl"})

#: Cues that commit to more than a finger sign.
_COMMITTING = frozenset(
    {"call", "support", "vote_electoral", "team", "props", "put_up", "attend", "engagement", "agreement"}
)

#: "ingat", "jangan lupa": reminding someone of a date.
_REMEMBER = frozenset(
    {"ingat", "diingat", "ingatlah", "ingat-ingat", "lupa", "inget", "elingo", "eling", "ingek"}
)

#: Words for the pairs themselves, which a count can come before ("tiga paslon", "telung paslon").
_PAIR_WORDS = frozenset({"paslon", "pasangan", "calon", "capres", "cagub", "cabup", "cawalkot", "caleg"})

#: "bukan/dudu/sanes X": not that person.
_NOT_THAT = frozenset({"bukan", "bukang", "dudu", "sanes", "nenten"})

#: Cues that choose one contestant over the others: beside them, praise "also" is still a choice.
_PICKING = frozenset({"support", "vote", "vote_electoral", "call", "team", "oppose", "dont_choose"})

#: "kalau/kalo/jika/seandainya … menang": a win supposed, in Indonesian and regional speech.
_IF_WORDS = frozenset(
    {
        "kalau",
        "kalo",
        "klo",
        "klu",
        "kalu",
        "jika",
        "jikalau",
        "seandainya",
        "andai",
        "andaikan",
        "misal",
        "misalnya",
        "apabila",
        "bila",
        "if",
        "amun",
        "mun",
        "lamun",
        "nek",
        "yen",
        "lamon",
    }
)
_WIN_WORDS = frozenset({"menang", "terpilih", "menjabat", "win", "wins", "meunang", "monang"})


def _conditional_win(words: list[str], reach: int = 6) -> bool:
    """A win supposed: an "if" word with a winning word within reach after it."""
    return any(
        w in _IF_WORDS and any(x in _WIN_WORDS for x in words[i + 1 : i + 1 + reach])
        for i, w in enumerate(words)
    )


#: A year as written after a regulation's number ("No. 2/2022", "Nomor 94 Tahun 2021").
_REGULATION_YEAR = re.compile(r"(?:tahun )?(?:19|20)[0-9]{2}\b")
#: Words that make a V sign beside them the peace sign.
_PEACE = frozenset({"damai", "perdamaian", "peace", "rukun"})
#: Words after a number that make it a count of times or things ("coblos satu kali", "dua kali
#: putaran", "nyoblos 5 surat suara", "cuma 5 orang").
_TIMES = frozenset(
    {"kali", "kale", "x", "times", "surat", "kertas", "lembar", "orang", "org", "tps"}
)  # "kalè" (Madurese)

#: Month names after a number make it a date ("nyoblos 27 Juni", "coblos 17 Apr"). Not "mar"
#: (Ambonese "but"); "jan" is read as "Januari" by the slang list (see :meth:`Reader._number_after`).
_MONTHS = frozenset(
    {m.lower() for m in MONTHS}
    | {
        "feb",
        "apr",
        "jun",
        "jul",
        "agu",
        "agt",
        "ags",
        "agus",
        "sep",
        "sept",
        "okt",
        "nov",
        "des",
    }
    | {"january", "february", "march", "may", "june", "july", "august", "october", "december"}
)
#: Javanese counting forms, said before what is counted ("telung paslon", "rong calon"): never a
#: ballot number.
_COUNTING = frozenset({"rong", "telung", "patang", "limang", "pitung", "wolung", "sangang"})

#: How a vote by one's own conscience is said, after the verb ("pilih sesuai hati nurani").
_OWN_CONSCIENCE = ("sesuai", "menurut hati", "dengan hati", "pakai hati")

#: Words before a number that make it the number of a place ("TPS 12", "RT 03", "SDN 5", "km 10").
_NUMBERED_PLACES = frozenset(
    {
        "tps",
        "rt",
        "rw",
        "km",
        "blok",
        "gang",
        "gg",
        "lorong",
        "kamar",
        "ruang",
        "lantai",
        "kelas",
        "sd",
        "sdn",
        "smp",
        "smpn",
        "sma",
        "sman",
        "smk",
        "smkn",
        "mts",
        "man",
        "pos",
        "dusun",
        "lingkungan",
    }
)

#: Offices of the legislative contests, whose candidates are written "name, number, party".
_LEGISLATIVE = frozenset({"dpr", "dpd", "dprd_provinsi", "dprd_kabkota"})
_CHAMBERS = frozenset({"dpr", "dpd", "dprd", "dpr-ri", "dprd-ri"})

#: Not a stance.yaml category: a removing verb beside "tag" (also filed under neutrality).
UNTAG = "untag"
#: "tag", "tag-na", "tagnya", "ditag", "tandai": the word for a tag, with the usual affixes.
_TAG = re.compile(r"(?:di|nge-?)?tag(?:-?(?:na|nya|an|e))?|(?:di)?tandai(?:nya)?")

#: Words after an imperative that make it no order: "mohon maaf", "mohon izin", "mohon ampun".
_NOT_ORDERS = frozenset({"maaf", "izin", "ijin", "ampun", "permisi"})

#: Generic first parts of place names ("Lubuk"linggau, "Tanjung"pinang) people leave out.
_PLACE_PREFIXES = (
    "lubuk",
    "tanjung",
    "tanah",
    "bandar",
    "pangkal",
    "muara",
    "kuala",
    "sungai",
    "teluk",
    "pulau",
)

#: "Him/her" after a vote verb ("pilih beliau", "coblos dia"): the one candidate the text names.
_PRONOUNS = frozenset({"beliau", "dia", "ia", "doi", "beliaunya", "dio", "nyo", "ybs"})

#: "for" in the languages of a slogan ("Haryo for Jateng", "IMAN untuk Bone", "4 Padang").
_FOR_WORDS = frozenset({"untuk", "for", "buat", "bagi", "4", "par", "utk"})

#: Words that may open a message before the group it addresses ("Yth. para guru", "Selamat pagi staf").
_VOCATIVE_OPENERS = frozenset(
    {
        "para",
        "yth",
        "kepada",
        "untuk",
        "seluruh",
        "semua",
        "selamat",
        "pagi",
        "siang",
        "sore",
        "malam",
        "assalamualaikum",
        "halo",
        "hai",
        "dear",
        "teman-teman",
        "dulur",
        "dunsanak",
        "sedulur",
    }
)


#: Cue lists that describe the act (a photo, a team, something done) rather than a stance: a longer
#: one of these never hides a stance word inside it ("siap bantu menangkan" is a team *and* support).
_DESCRIPTIVE = frozenset(
    {
        "team",
        "done",
        "photo",
        "attend",
        "uniform",
        "props",
        "put_up",
        "ktp",
        "personal_data",
        "first_person",
        "engagement",
    }
)


#: A question followed by a one-word answer ("… ikut tim DECENG? Tidak."; "… pendukung dia? Bukan!").
_ONE_WORD_ANSWER = re.compile(r"\?\s*([^\W\d_]+)\s*[.!,]")


def _support_named(sc: _Scratch, refs: Iterable[Reference], weight: float, why: str) -> None:
    """Support every candidate the text names (not a bare number, not a party) for one reason;
    ``why`` has a ``{}`` for the words that named them."""
    for r in refs:
        if r.number is None and r.kind is not HitKind.PARTY:
            sc.support(r.candidate_ids, weight, why.format(r.phrase))


#: Words for a candidate's team written right before the name ("tim Bapa Samaun", "relawan X").
_TEAM_OF = frozenset({"tim", "timses", "relawan", "posko", "sukarelawan", "pendukung", "simpatisan"})

#: Words that open a relative clause ("staf *yang* tidak piket"; jv "sing", su "nu", min "nan").
_RELATIVE = frozenset({"yang", "yg", "sing", "nu", "nan"})
#: Modal and aspect words a negation reaches through to its verb ("yang tidak *bisa* hadir").
_MODALS = frozenset({"bisa", "boleh", "mau", "sempat", "dapat", "perlu", "usah", "pernah", "akan", "lagi"})


class _Scope:
    """Where a text's negations, prohibitions and attacks reach (token positions).

    A negation inside a relative clause negates that clause's verb only: in "staf yang nyanda piket
    datang jo" (staff not on duty, come) the call to come is not negated; in "pegawai yang tidak ikut
    kampanye" the act is."""

    def __init__(self, cues: dict[str, list[tuple[int, int, Hit]]], reach: int, words: list[str]) -> None:
        self.cues = cues
        self.reach = reach
        self.negators = [s for s, _, _ in cues.get("negators", ())]
        # How far each negation reaches: a relative clause's through its modals to one verb.
        self._limits: dict[int, int] = {}
        for n in self.negators:
            if n > 0 and words[n - 1] in _RELATIVE:
                v = n + 1
                while v < len(words) and words[v] in _MODALS:
                    v += 1
                self._limits[n] = v - n
        self.bans = [s for s, _, _ in cues.get("prohibition", ())]
        # "jangan sampai X jadi wali kota", "tidak pantas jadi wali kota": what an attack says the
        # candidate would get is not support.
        oppose = cues.get("oppose", ())
        self.attacks = [s for s, _, h in oppose if h.entry.phrase.startswith("jangan")]
        self.attack_ends = [e for _, e, h in oppose if h.entry.phrase.split()[0] in _DENYING_ATTACKS]

    def negated(self, pos: int) -> bool:
        return any(0 < pos - n <= self._limits.get(n, self.reach) for n in self.negators)

    def prohibited(self, pos: int) -> bool:
        return any(0 <= pos - p <= 4 for p in self.bans)

    def attacked(self, pos: int) -> bool:
        return any(0 < pos - a <= 4 for a in self.attacks) or any(0 <= pos - e <= 1 for e in self.attack_ends)

    def not_done(self, pos: int) -> bool:
        """An act someone is told not to do, or says they did not do ("jangan sampai ada pegawai
        yang ikut kampanye X", "saya tidak hadir di deklarasi X"): reached from up to seven words."""
        return self.negated(pos) or any(0 <= pos - p <= 7 for p in self.bans + self.attacks)

    def denied(self) -> frozenset[str]:
        """Words of commitment that the text only denies or forbids ("saya tidak ikut", "PNS tidak
        boleh ikut kampanye"): present, but no commitment."""
        cues = self.cues

        def gone(c: str, pos: int) -> bool:
            return self.not_done(pos) if c == "attend" else self.negated(pos) or self.prohibited(pos)

        return frozenset(c for c in _COMMITMENT if cues.get(c) and all(gone(c, s) for s, _, _ in cues[c]))


def _drop_contained(hits: list[Hit]) -> list[Hit]:
    """Keep the longest phrase where phrases overlap inside one another ("nomor 2" ⊂ "coblos nomor 2")."""
    if len(hits) < 2:
        return hits
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda x: (x.start - x.end, x.start)):
        if not any(
            o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            and o.entry.category not in _DESCRIPTIVE
            # an acronym inside a slogan of everyday words still counts when written in capitals
            and not (h.kind is HitKind.ACRONYM and (o.entry.why_weak or "").startswith(EVERYDAY_SLOGAN))
            for o in kept
        ):
            kept.append(h)
    kept.sort(key=lambda x: (x.start, x.end))
    return kept
