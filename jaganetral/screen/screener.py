"""Decides whether an activity is campaign content, for which candidates, and says why.

The decision is explicit rather than a bare score, because the accused must be able to read it:

1. support by itself — a candidate's slogan or hashtag, "coblos 2", or acting on the candidate's own
   account (sharing their post, following them, joining a group named for them);
2. a call to vote or support next to anything that names a candidate (even a weak alias);
3. a candidate named without any call — a *mention*: a person must look at it;
4. a weak alias alone (initials, a nickname a shop could have) — not campaign content, and the
   reason is given.

Neutral cues (KPU information, news wording, neutrality pledges) turn a bare mention into nothing;
they never cancel an explicit call to vote.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jaganetral.model.activity import Activity, Kind
from jaganetral.model.identifiers import normalise_handle
from jaganetral.screen.gazetteer import (
    INHERENT_SUPPORT,
    STRONG_ENTITY,
    WEAK_ENTITY,
    Gazetteer,
    Hit,
    HitKind,
)


class Verdict(StrEnum):
    CAMPAIGN = "campaign"  # campaign content: support for a candidate or party
    MENTION = "mention"  # names a candidate without a call to support: needs a person
    NEUTRAL = "neutral"  # names a candidate in a neutral (informing) context
    NONE = "none"  # nothing political found, or only weak aliases without a cue


@dataclass(frozen=True, slots=True)
class Instruction:
    """An imperative to others to cover/support something: "tolong rekan2 wartawan liput …"."""

    imperative: str
    addressees: tuple[str, ...]
    action: str
    mobilises_asn: bool


@dataclass(frozen=True, slots=True)
class ScreenResult:
    verdict: Verdict
    confidence: float
    candidate_ids: tuple[str, ...]
    parties: tuple[str, ...]
    ballot_numbers: tuple[int, ...]
    hits: tuple[Hit, ...]
    linked_candidate_ids: tuple[str, ...]
    instruction: Instruction | None
    reasons: tuple[str, ...]

    @property
    def is_campaign(self) -> bool:
        return self.verdict is Verdict.CAMPAIGN


_ENTITY_OR_EVENT = STRONG_ENTITY | WEAK_ENTITY | INHERENT_SUPPORT

NOTHING = ScreenResult(Verdict.NONE, 0.0, (), (), (), (), (), None, ())


class Screener:
    """Screens activities against one gazetteer. Cheap: one normalisation and one automaton pass."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.vocab = gazetteer.vocab
        self.w = gazetteer.vocab.entity_weights

    def linked_candidates(self, a: Activity) -> tuple[tuple[str, ...], list[str]]:
        """Candidates whose own accounts the activity acts on, with the reasons."""
        ids: list[str] = []
        reasons: list[str] = []
        idx = self.gaz.handle_candidates
        if not idx:
            return (), reasons
        if a.target is not None and a.target.author is not None and a.target.author.handle:
            h = normalise_handle(a.platform, a.target.author.handle)
            k = f"{a.platform.value}:{h}"
            if k in idx:
                ids.extend(idx[k])
                what = {
                    Kind.FOLLOW: "mengikuti akun",
                    Kind.SHARE: "membagikan unggahan akun",
                    Kind.COMMENT: "mengomentari unggahan akun",
                    Kind.REACTION: "menyukai unggahan akun",
                }.get(a.kind, "berinteraksi dengan akun")
                reasons.append(f"{what} {h} (akun resmi calon {', '.join(idx[k])})")
        for m in a.mentions:
            if m.handle:
                h = normalise_handle(a.platform, m.handle)
                k = f"{a.platform.value}:{h}"
                if k in idx and a.kind is not Kind.TAGGED:
                    ids.extend(idx[k])
                    reasons.append(f"menandai akun calon {h}")
        return tuple(dict.fromkeys(ids)), reasons

    def screen(self, a: Activity) -> ScreenResult:
        """Screen one activity: its text, the text it acts on, media captions/OCR and group name."""
        text = a.all_text()
        if a.group is not None and a.group.name:
            text = f"{text}\n{a.group.name}"
        linked, link_reasons = self.linked_candidates(a)
        if not text and not linked:
            return NOTHING
        norm = self.gaz.normalise(text)
        hits = self.gaz.find(norm)
        if not linked and not any(h.entry.kind in _ENTITY_OR_EVENT for h in hits):
            # Cue words alone ("pilih menu", "dukung timnas") name nobody: nothing to decide.
            return NOTHING
        return self._decide(norm, hits, linked, link_reasons)

    def screen_text(self, text: str) -> ScreenResult:
        """Screen free text (the ASN self-check page, news)."""
        norm = self.gaz.normalise(text)
        return self._decide(norm, self.gaz.find(norm), (), [])

    def _decide(
        self, norm: str, hits: list[Hit], linked: tuple[str, ...], link_reasons: list[str]
    ) -> ScreenResult:
        hits = _drop_contained(hits)
        kinds = {h.kind for h in hits}
        cands: list[str] = list(linked)
        parties: list[str] = []
        numbers: list[int] = []
        reasons: list[str] = list(link_reasons)
        weak_notes: list[str] = []
        for h in hits:
            e = h.entry
            if e.kind in STRONG_ENTITY or e.kind in (HitKind.ALIAS_WEAK,):
                cands.extend(e.candidate_ids)
            if e.party:
                parties.append(e.party)
            if e.number is not None:
                numbers.append(e.number)
            if e.why_weak and e.kind is HitKind.ALIAS_WEAK:
                weak_notes.append(e.why_weak)
        strong = [h for h in hits if h.kind in STRONG_ENTITY]
        weak = [h for h in hits if h.kind in WEAK_ENTITY]
        cue = [h for h in hits if h.kind in (HitKind.CAMPAIGN_CUE, HitKind.BALLOT_CUE)]
        inherent = [h for h in hits if h.kind in INHERENT_SUPPORT]
        neutral = [h for h in hits if h.kind is HitKind.NEUTRAL_CUE]
        instruction = self._instruction(norm, hits)

        seen_phrases: set[str] = set()
        for h in strong:
            if h.entry.phrase in seen_phrases:
                continue
            seen_phrases.add(h.entry.phrase)
            reasons.append(
                f"menyebut {_label(h)} '{h.entry.phrase}'"
                + (f" (calon {', '.join(h.entry.candidate_ids)})" if h.entry.candidate_ids else "")
            )
        for h in cue:
            reasons.append(f"ajakan kampanye '{h.entry.phrase}'")

        if inherent or linked:
            verdict = Verdict.CAMPAIGN
        elif (strong or weak) and cue:
            verdict = Verdict.CAMPAIGN
            for h in weak:
                reasons.append(f"menyebut {_label(h)} '{h.entry.phrase}' bersama ajakan kampanye")
        elif (strong or weak) and instruction is not None and HitKind.CAMPAIGN_EVENT in kinds:
            # An order to cover a candidate's campaign event (forms, declaration) is support.
            verdict = Verdict.CAMPAIGN
            reasons.extend(
                f"kegiatan pencalonan/kampanye '{h.entry.phrase}'"
                for h in hits
                if h.kind is HitKind.CAMPAIGN_EVENT
            )
            for h in weak:
                reasons.append(f"menyebut {_label(h)} '{h.entry.phrase}'")
        elif strong and instruction is not None:
            verdict = Verdict.MENTION
            reasons.append("perintah meliput kegiatan yang menyebut calon: perlu dinilai petugas")
        elif strong and neutral:
            verdict = Verdict.NEUTRAL
            reasons.append(
                "konteks netral/informatif: " + ", ".join(sorted({h.entry.phrase for h in neutral}))
            )
        elif strong:
            verdict = Verdict.MENTION
            reasons.append("menyebut calon tanpa ajakan dukungan: perlu dinilai petugas")
        else:
            verdict = Verdict.NONE
            reasons.extend(
                f"{n}; tanpa ajakan kampanye atau tautan ke calon, tidak dianggap konten kampanye"
                for n in dict.fromkeys(weak_notes)
            )
            if not weak_notes and weak:
                reasons.append("hanya rujukan lemah (nomor urut/partai) tanpa ajakan kampanye")
        if instruction is not None:
            reasons.append(
                f"perintah kepada {', '.join(instruction.addressees)}: '{instruction.imperative} … "
                f"{instruction.action}'"
            )
        if verdict is Verdict.CAMPAIGN:
            # A ballot number or a party named with a call to vote points at candidates too.
            # A named candidate is the subject; a bare number ("coblos 2") or party only points at
            # candidates when nobody is named (the judge narrows them to the actor's region).
            if not cands:
                for n in numbers:
                    cands.extend(self.gaz.ballot_candidates.get(n, ()))
            if not cands:
                for p in parties:
                    cands.extend(self.gaz.party_candidates.get(p, ()))
        conf = self._confidence(
            verdict,
            strong,
            weak,
            cue,
            inherent,
            bool(linked),
            neutral,
            instruction is not None,
            HitKind.CAMPAIGN_EVENT in kinds,
        )
        return ScreenResult(
            verdict=verdict,
            confidence=conf,
            candidate_ids=tuple(dict.fromkeys(cands)),
            parties=tuple(dict.fromkeys(parties)),
            ballot_numbers=tuple(dict.fromkeys(numbers)),
            hits=tuple(hits),
            linked_candidate_ids=linked,
            instruction=instruction,
            reasons=tuple(dict.fromkeys(reasons)),
        )

    def _instruction(self, norm: str, hits: list[Hit]) -> Instruction | None:
        """An imperative + addressee + action, in that order, within one message."""
        addressees = [h for h in hits if h.kind is HitKind.ADDRESSEE]
        if not addressees:
            return None
        toks = norm.split()
        imp_pos = next((i for i, t in enumerate(toks) if t in self.vocab.imperatives), None)
        if imp_pos is None:
            return None
        act = next((t for t in toks[imp_pos + 1 :] if t in self.vocab.instruct_actions), None)
        if act is None:
            return None
        names = tuple(dict.fromkeys(h.entry.phrase for h in addressees))
        asn = any(n in self.vocab.asn_addressees for n in names)
        return Instruction(toks[imp_pos], names, act, asn)

    def _confidence(
        self,
        verdict: Verdict,
        strong: list[Hit],
        weak: list[Hit],
        cue: list[Hit],
        inherent: list[Hit],
        linked: bool,
        neutral: list[Hit],
        instructs: bool = False,
        event: bool = False,
    ) -> float:
        """Noisy-or of the evidence weights (``entity_weights`` in screen.yaml)."""
        if verdict in (Verdict.NONE, Verdict.NEUTRAL):
            return 0.0
        ws = [self.w.get(h.kind.value, 0.3) for h in (*strong, *weak, *inherent)]
        if cue:
            ws.append(self.vocab.campaign_weight)
        if linked:
            ws.append(self.w.get("link_to_candidate", 0.8))
        if instructs:
            ws.append(self.w.get("instruction", 0.6))
        if event:
            ws.append(self.w.get("campaign_event", 0.4))
        p = 1.0
        for w in ws:
            p *= 1.0 - min(max(w, 0.0), 0.99)
        conf = 1.0 - p
        if neutral and verdict is Verdict.CAMPAIGN:
            conf *= 1.0 + self.vocab.neutral_weight / 2
        return round(min(conf, 0.99), 3)


def _label(h: Hit) -> str:
    return {
        HitKind.CANDIDATE_NAME: "nama calon",
        HitKind.RUNNING_MATE_NAME: "nama pasangan calon",
        HitKind.ALIAS_STRONG: "nama panggilan calon",
        HitKind.ALIAS_WEAK: "alias",
        HitKind.SLOGAN: "slogan kampanye",
        HitKind.HASHTAG: "tagar kampanye",
        HitKind.HANDLE: "akun calon",
        HitKind.PARTY: "partai",
        HitKind.BALLOT_REFERENCE: "nomor urut",
        HitKind.BALLOT_CUE: "ajakan mencoblos",
    }.get(h.kind, h.kind.value)


def _drop_contained(hits: list[Hit]) -> list[Hit]:
    """Keep the longest phrase where phrases overlap inside one another ("nomor 2" ⊂ "coblos nomor 2")."""
    if len(hits) < 2:
        return hits
    # Longest first; a hit is dropped when a longer kept hit covers its span.
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda x: (x.start - x.end, x.start)):
        if not any(
            o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in kept
        ):
            kept.append(h)
    kept.sort(key=lambda x: (x.start, x.end))
    return kept
