"""One Aho-Corasick automaton over everything that can name a candidate or call for a vote.

Built once per run from the election configuration(s) and the screening vocabulary: candidate names
(honorifics stripped), aliases, running mates, ballot-number phrases, parties, slogans, hashtags,
official handles, and the campaign / neutral / instruction cues. Texts are matched after the same
normalisation as the phrases, on word boundaries (every phrase is padded with spaces).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import ahocorasick

from jaganetral.model.election import Candidate, Election
from jaganetral.model.names import split_name
from jaganetral.screen.normalize import Normaliser
from jaganetral.screen.vocabulary import Vocabulary


class HitKind(StrEnum):
    CANDIDATE_NAME = "candidate_name"
    RUNNING_MATE_NAME = "running_mate_name"
    ALIAS_STRONG = "alias_strong"
    ALIAS_WEAK = "alias_weak"
    SLOGAN = "slogan"
    HASHTAG = "hashtag"
    HANDLE = "handle"
    PARTY = "party"
    BALLOT_REFERENCE = "ballot_reference"
    BALLOT_CUE = "ballot_cue"
    CAMPAIGN_CUE = "campaign_cue"
    NEUTRAL_CUE = "neutral_cue"
    ADDRESSEE = "addressee"
    CAMPAIGN_EVENT = "campaign_event"


#: Hits that name a candidate by themselves; weak ones need a cue or a link.
STRONG_ENTITY = frozenset(
    {
        HitKind.CANDIDATE_NAME,
        HitKind.RUNNING_MATE_NAME,
        HitKind.ALIAS_STRONG,
        HitKind.SLOGAN,
        HitKind.HASHTAG,
        HitKind.HANDLE,
    }
)
WEAK_ENTITY = frozenset({HitKind.ALIAS_WEAK, HitKind.PARTY, HitKind.BALLOT_REFERENCE})
#: Hits that are support by themselves (a slogan, a hashtag, "coblos 2").
INHERENT_SUPPORT = frozenset({HitKind.SLOGAN, HitKind.HASHTAG, HitKind.BALLOT_CUE})


@dataclass(frozen=True, slots=True)
class Entry:
    """What one phrase means. ``candidate_ids`` empty for cues; ``number`` set for ballot phrases."""

    kind: HitKind
    phrase: str
    candidate_ids: tuple[str, ...] = ()
    party: str | None = None
    number: int | None = None
    why_weak: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """An entry found in a text, with the character span in the normalised text."""

    entry: Entry
    start: int
    end: int

    @property
    def kind(self) -> HitKind:
        return self.entry.kind


class Gazetteer:
    """The automaton plus the election(s) it was built from."""

    def __init__(self, elections: Iterable[Election], vocab: Vocabulary) -> None:
        self.elections = tuple(elections)
        self.vocab = vocab
        protected = {tok for c in self._all_candidates() for tok in _name_tokens(c)}
        self.normalise = Normaliser(vocab.slang, vocab.emoji, protected)
        self._entries: dict[str, list[Entry]] = defaultdict(list)
        self._build()
        self._automaton = ahocorasick.Automaton()
        for phrase, entries in self._entries.items():
            self._automaton.add_word(f" {phrase} ", _merge(entries))
        if len(self._entries):
            self._automaton.make_automaton()
        self.party_candidates: dict[str, tuple[str, ...]] = self._party_index()
        self.ballot_candidates: dict[int, tuple[str, ...]] = self._ballot_index()
        self.candidate_by_id: dict[str, Candidate] = {c.id: c for c in self._all_candidates()}
        self.contest_of: dict[str, str] = {c.id: c.contest_id for c in self._all_candidates()}
        self.handle_candidates: dict[str, tuple[str, ...]] = self._handle_index()

    # ---- building -------------------------------------------------------------------------------

    def _all_candidates(self) -> list[Candidate]:
        return [c for e in self.elections for c in e.candidates()]

    def _norm(self, phrase: str) -> str:
        return " ".join(self.normalise.tokens(phrase))

    def _add(self, phrase: str, entry: Entry) -> None:
        key = self._norm(phrase)
        if key:
            self._entries[key].append(
                Entry(entry.kind, key, entry.candidate_ids, entry.party, entry.number, entry.why_weak)
            )

    def _alias_weakness(self, alias: str) -> str | None:
        """Why an alias cannot name a candidate on its own, or None when it can."""
        toks = self.normalise.tokens(alias)
        compact = "".join(toks)
        if len(compact) < self.vocab.min_strong_alias_length:
            return f"alias '{alias}' pendek (inisial) dan bisa berarti hal lain"
        if len(toks) == 1:
            return f"alias '{alias}' satu kata, bisa juga nama orang atau usaha lain"
        if toks[0] in self.vocab.nickname_prefixes and len(toks) == 2:
            return f"alias '{alias}' nama panggilan yang juga dipakai orang atau usaha lain"
        if all(t in self.vocab.stopwords or t in self.vocab.slang.values() for t in toks):
            return f"alias '{alias}' juga ungkapan sehari-hari"
        return None

    def _build(self) -> None:
        v = self.vocab
        for cand in self._all_candidates():
            ids = (cand.id,)
            name = split_name(cand.name)
            self._add(cand.name, Entry(HitKind.CANDIDATE_NAME, cand.name, ids))
            if name.core and len(self._norm(name.core).split()) >= 2:
                self._add(name.core, Entry(HitKind.CANDIDATE_NAME, name.core, ids))
            for alias in cand.aliases:
                weak = self._alias_weakness(alias)
                kind = HitKind.ALIAS_WEAK if weak else HitKind.ALIAS_STRONG
                self._add(alias, Entry(kind, alias, ids, why_weak=weak))
            if cand.running_mate is not None:
                mate = split_name(cand.running_mate.name)
                for n in {cand.running_mate.name, mate.core}:
                    if len(self._norm(n).split()) >= 2:
                        self._add(n, Entry(HitKind.RUNNING_MATE_NAME, n, ids))
                for alias in cand.running_mate.aliases:
                    weak = self._alias_weakness(alias)
                    self._add(
                        alias,
                        Entry(
                            HitKind.ALIAS_WEAK if weak else HitKind.ALIAS_STRONG, alias, ids, why_weak=weak
                        ),
                    )
            for s in cand.slogans:
                self._add(s, Entry(HitKind.SLOGAN, s, ids))
            for h in cand.hashtags:
                self._add(h.lstrip("#"), Entry(HitKind.HASHTAG, h, ids))
            for acct in cand.accounts:
                self._add(acct.handle, Entry(HitKind.HANDLE, acct.handle, ids))
        for e in self.elections:
            for p in e.parties:
                for n in (p.name, *p.aliases):
                    self._add(n, Entry(HitKind.PARTY, n, party=p.abbr))
                # Abbreviations such as PAN or PKB are everyday words or initials: weak.
                self._add(
                    p.abbr,
                    Entry(HitKind.PARTY, p.abbr, party=p.abbr, why_weak=f"singkatan partai '{p.abbr}'"),
                )
        numbers = sorted({c.ballot_number for c in self._all_candidates() if c.ballot_number})
        for num in numbers:
            word = v.number_words.get(num, str(num))
            for template, is_cue in v.ballot_patterns:
                if "{w}" in template and num not in v.number_words:
                    continue
                phrase = template.replace("{n}", str(num)).replace("{w}", word)
                kind = HitKind.BALLOT_CUE if is_cue else HitKind.BALLOT_REFERENCE
                self._add(phrase, Entry(kind, phrase, number=num))
        for cue in v.campaign_cues:
            self._add(cue, Entry(HitKind.CAMPAIGN_CUE, cue))
        for cue in v.neutral_cues:
            self._add(cue, Entry(HitKind.NEUTRAL_CUE, cue))
        for ev in v.campaign_events:
            self._add(ev, Entry(HitKind.CAMPAIGN_EVENT, ev))
        for a in v.addressees:
            self._add(a, Entry(HitKind.ADDRESSEE, a))

    def _party_index(self) -> dict[str, tuple[str, ...]]:
        idx: dict[str, list[str]] = defaultdict(list)
        for c in self._all_candidates():
            for p in c.parties:
                idx[p].append(c.id)
        return {k: tuple(v) for k, v in idx.items()}

    def _ballot_index(self) -> dict[int, tuple[str, ...]]:
        idx: dict[int, list[str]] = defaultdict(list)
        for c in self._all_candidates():
            if c.ballot_number is not None:
                idx[c.ballot_number].append(c.id)
        return {k: tuple(v) for k, v in idx.items()}

    def _handle_index(self) -> dict[str, tuple[str, ...]]:
        idx: dict[str, list[str]] = defaultdict(list)
        for c in self._all_candidates():
            for a in c.accounts:
                # Keyed by platform: the same handle on another platform is another account.
                idx[f"{a.platform.value}:{a.handle}"].append(c.id)
        return {k: tuple(v) for k, v in idx.items()}

    # ---- matching -------------------------------------------------------------------------------

    def find(self, normalised: str) -> list[Hit]:
        """Every entry in an already normalised, space-padded text."""
        hits: list[Hit] = []
        if not len(self._entries):
            return hits
        for end, entries in self._automaton.iter(normalised):
            for e in entries:
                # The key is " phrase "; the span excludes the padding spaces.
                start = end - len(e.phrase)
                hits.append(Hit(e, start, end))
        return hits


def _name_tokens(c: Candidate) -> set[str]:
    words = [c.name, *c.aliases]
    if c.running_mate is not None:
        words += [c.running_mate.name, *c.running_mate.aliases]
    return {w.lower() for n in words for w in n.replace(".", " ").replace(",", " ").split()}


def _merge(entries: list[Entry]) -> tuple[Entry, ...]:
    """One entry per meaning of a phrase: "Bang Ahmad" used by 40 candidates is one hit, not 40."""
    merged: dict[tuple[object, ...], Entry] = {}
    for e in entries:
        k = (e.kind, e.party, e.number, e.why_weak)
        old = merged.get(k)
        if old is None:
            merged[k] = e
        else:
            ids = tuple(dict.fromkeys(old.candidate_ids + e.candidate_ids))
            merged[k] = Entry(old.kind, old.phrase, ids, old.party, old.number, old.why_weak)
    return tuple(merged.values())
