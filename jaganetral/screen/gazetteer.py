"""One Aho-Corasick automaton over everything that can name a candidate or say something about one.

Built once per run from the election configuration(s) and the screening vocabulary:

* references: candidate and running-mate names, configured aliases, the forms people use that
  :mod:`jaganetral.screen.names` generates (short names, hyphenated pairs, portmanteaus), slogans,
  hashtags, official handles, parties, and ballot-number phrases ("paslon 2", "cagub nomor urut 1",
  "nomer telu");
* cues: every list of ``catalogue/screen/stance.yaml`` (support, attack, reminders, news…), the
  honorifics and campaign-group words of ``names.yaml``, and the instruction addressees.

Texts are matched after the same normalisation as the phrases, on word boundaries (every phrase is
padded with spaces), so whatever the normaliser does can never make a phrase and a text disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import ahocorasick

from jaganetral.model.election import Candidate, Contest, Election
from jaganetral.model.pickling import pickles_by_fields
from jaganetral.screen.names import Form, candidate_forms
from jaganetral.screen.normalize import HASHTAG_MARK, Normaliser, camel_words
from jaganetral.screen.vocabulary import GESTURE_NUMBERS, Vocabulary


class HitKind(StrEnum):
    CANDIDATE_NAME = "candidate_name"
    RUNNING_MATE_NAME = "running_mate_name"
    ALIAS_STRONG = "alias_strong"
    ALIAS_WEAK = "alias_weak"
    PAIR = "pair"
    ACRONYM = "acronym"
    GIVEN_NAME = "given_name"
    SLOGAN = "slogan"
    HASHTAG = "hashtag"
    HANDLE = "handle"
    PARTY = "party"
    BALLOT = "ballot"  # a ballot number said as such: "paslon 2", "nomor urut 1", "nomer telu"
    GESTURE = "gesture"  # ☝ ✌ 🤟 or "salam dua jari"
    CUE = "cue"  # a word of stance.yaml; Entry.category says which list
    HONORIFIC = "honorific"
    CAMPAIGN_GROUP = "campaign_group"
    ADDRESSEE = "addressee"


#: References that can name a candidate.
REFERENCE = frozenset(
    {
        HitKind.CANDIDATE_NAME,
        HitKind.RUNNING_MATE_NAME,
        HitKind.ALIAS_STRONG,
        HitKind.ALIAS_WEAK,
        HitKind.PAIR,
        HitKind.ACRONYM,
        HitKind.GIVEN_NAME,
        HitKind.SLOGAN,
        HitKind.HASHTAG,
        HitKind.HANDLE,
        HitKind.PARTY,
        HitKind.BALLOT,
        HitKind.GESTURE,
    }
)
#: References that name a candidate by themselves (weak ones need a cue or context).
STRONG_REFERENCE = frozenset(
    {
        HitKind.CANDIDATE_NAME,
        HitKind.RUNNING_MATE_NAME,
        HitKind.ALIAS_STRONG,
        HitKind.PAIR,
        HitKind.SLOGAN,
        HitKind.HASHTAG,
        HitKind.HANDLE,
    }
)
#: The older name of :data:`STRONG_REFERENCE` (news extraction uses it).
STRONG_ENTITY = STRONG_REFERENCE
#: How the weakness of a slogan of everyday words begins (see :meth:`Gazetteer.slogan_weakness`).
EVERYDAY_SLOGAN = "slogan "
#: How the weakness of a hashtag of everyday words and places begins ("#NabireDamai").
EVERYDAY_TAG = "tagar "
#: References that are support by themselves: a slogan or a campaign hashtag.
INHERENT_SUPPORT = frozenset({HitKind.SLOGAN, HitKind.HASHTAG})


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Entry:
    """What one phrase means. ``candidate_ids`` empty for cues; ``number`` set for ballot phrases."""

    kind: HitKind
    phrase: str
    candidate_ids: tuple[str, ...] = ()
    party: str | None = None
    number: int | None = None
    why_weak: str | None = None
    category: str | None = None  # the stance.yaml list of a cue
    electoral: bool = False  # a ballot phrase that only an election uses ("paslon 2")
    case_form: str | None = None  # an acronym that counts as strong when written so
    generated: bool = False
    everyday: bool = False  # a short name that is also an everyday word: a group name or an address only


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Hit:
    """An entry found in a text, with the character span in the normalised text."""

    entry: Entry
    start: int
    end: int

    @property
    def kind(self) -> HitKind:
        return self.entry.kind


_CASE_SPLIT = re.compile(r"[^A-Za-z0-9]+")


#: Cheap-pass verdicts remembered per text (:meth:`Gazetteer.may_name_candidate`); cleared when full.
MEMO_VERDICTS = 16384


class Gazetteer:
    """The automaton plus the election(s) it was built from."""

    def __init__(self, elections: Iterable[Election], vocab: Vocabulary) -> None:
        self.elections = tuple(elections)
        self.vocab = vocab
        protected = {tok for c in self._all_candidates() for tok in _name_tokens(c)}
        self._everyday_words = (
            vocab.common_words | vocab.stopwords | frozenset(vocab.slang.values()) | frozenset(vocab.slang)
        )
        self._everyday_seen: dict[str, bool] = {}
        self._may_memo: dict[tuple[str, bool, bool], bool] = {}
        self._places: frozenset[str] | None = None  # words of the contests' regions
        self._norm_seen: dict[str, str] = {}
        self.normalise = Normaliser(vocab.slang, vocab.symbols, protected)
        self._entries: dict[str, list[Entry]] = defaultdict(list)
        self.candidate_by_id: dict[str, Candidate] = {c.id: c for c in self._all_candidates()}
        self.contest_of: dict[str, str] = {c.id: c.contest_id for c in self._all_candidates()}
        self.contests: dict[str, Contest] = {k.id: k for e in self.elections for k in e.contests}
        self.election_of_contest: dict[str, Election] = {k.id: e for e in self.elections for k in e.contests}
        self.numbers: dict[str, int] = self._number_words()
        self._build()
        self._automaton = ahocorasick.Automaton()
        vote_words = {t for p in vocab.cues.get("vote", ()) for t in self.normalise.tokens(p)}
        for phrase, entries in self._entries.items():
            merged = _merge(entries)
            self._automaton.add_word(f" {phrase} ", (_trigger_flags(merged, vote_words), merged))
        if len(self._entries):
            self._automaton.make_automaton()
        self.party_candidates: dict[str, tuple[str, ...]] = self._party_index()
        self.ballot_candidates: dict[int, tuple[str, ...]] = self._ballot_index()
        self.handle_candidates: dict[str, tuple[str, ...]] = self._handle_index()
        #: Acronyms that count only when written in capitals or as a tag: raw form → entry phrase.
        self.case_forms: dict[str, str] = {
            e.case_form: e.phrase
            for es in self._entries.values()
            for e in es
            if e.case_form and not _strong(e)
        }

    # ---- building -------------------------------------------------------------------------------

    def _all_candidates(self) -> list[Candidate]:
        return [c for e in self.elections for c in e.candidates()]

    def _norm(self, phrase: str) -> str:
        done = self._norm_seen.get(phrase)
        if done is None:
            done = self._norm_seen[phrase] = self._norm_new(phrase)
        return done

    def _norm_new(self, phrase: str) -> str:
        toks = self.normalise.tokens(phrase)
        if phrase.startswith("#") and toks and toks[0].startswith(HASHTAG_MARK):
            return toks[0]  # a configured hashtag is the tag itself, not its parts
        return " ".join(toks)

    def _add(self, phrase: str, entry: Entry) -> None:
        key = self._norm(phrase)
        if key:
            self._entries[key].append(
                Entry(
                    entry.kind,
                    key,
                    entry.candidate_ids,
                    entry.party,
                    entry.number,
                    entry.why_weak,
                    entry.category,
                    entry.electoral,
                    entry.case_form,
                    entry.generated,
                    entry.everyday,
                )
            )

    def is_everyday(self, word: str) -> bool:
        """An everyday word (or stopword, or slang) — an alias spelled so needs more context."""
        seen = self._everyday_seen.get(word)
        if seen is None:
            seen = self._everyday_seen[word] = self._norm(word) in self._everyday_words
        return seen

    def _place_words(self) -> frozenset[str]:
        """Words of the contests' regions (and the country's names)."""
        if self._places is None:
            words = {t for k in self.contests.values() for t in self.normalise.tokens(k.region)}
            self._places = frozenset(words | {"indonesia", "nusantara"})
        return self._places

    def _own_name_words(self, c: Candidate) -> frozenset[str]:
        """Words of the candidate's and running mate's own names, without honorifics or places."""
        honorifics = {x.lower() for x in self.vocab.honorifics}
        names = [c.name] + ([c.running_mate.name] if c.running_mate else [])
        words = {w for n in names for w in n.lower().replace(".", " ").replace(",", " ").split()}
        return frozenset(words - honorifics - self._place_words())

    def slogan_weakness(self, slogan: str) -> str | None:
        """Why a slogan cannot name its candidate on its own (every word everyday or a place of
        the elections), or None."""
        toks = self.normalise.tokens(slogan)
        places = self._place_words()
        if toks and all(self.is_everyday(t) or t in places for t in toks):
            return f"{EVERYDAY_SLOGAN}'{slogan}' dari kata sehari-hari"
        return None

    def alias_weakness(self, alias: str) -> str | None:
        """Why an alias cannot name a candidate on its own, or None when it can."""
        toks = self.normalise.tokens(alias)
        compact = "".join(toks)
        if len(compact) < self.vocab.min_strong_alias_length:
            return f"alias '{alias}' pendek (inisial) dan bisa berarti hal lain"
        if len(toks) == 1:
            return f"alias '{alias}' satu kata, bisa juga nama orang atau usaha lain"
        if toks[0] in self.vocab.honorifics and len(toks) == 2:
            return f"alias '{alias}' nama panggilan yang juga dipakai orang atau usaha lain"
        if all(self.is_everyday(t) for t in toks):
            return f"alias '{alias}' juga ungkapan sehari-hari"
        return None

    def _build(self) -> None:
        v = self.vocab
        for cand in self._all_candidates():
            ids = (cand.id,)
            forms = candidate_forms(
                cand, v.honorifics, self.is_everyday, self.alias_weakness, v.min_acronym_length
            )
            for f in forms:
                self._add(
                    f.phrase,
                    Entry(
                        _kind_of(f),
                        f.phrase,
                        ids,
                        why_weak=f.why_weak,
                        case_form=f.case_form,
                        generated=f.generated,
                        everyday=f.everyday,
                    ),
                )
            for s in cand.slogans:
                weak = self.slogan_weakness(s)
                if weak is None:
                    self._add(s, Entry(HitKind.SLOGAN, s, ids))
                    continue
                # A slogan of everyday words ("Manado Berkat", "Indonesia Aman Sejahtera") is said
                # by everyone: it names the candidate only with more (a cue, another reference, a
                # campaign group, its acronym written in capitals: "Manado BERKAT").
                self._add(s, Entry(HitKind.ALIAS_WEAK, s, ids, why_weak=weak))
            for h in cand.hashtags:
                # As written with "#" (see Normaliser): the plain word is not the tag.
                tag = "#" + h.lstrip("#")
                parts = camel_words(h.lstrip("#"))
                # the candidate's (or mate's) own name in the tag ("#RahmatGunawan"), not an
                # alias's place word ("Yusuf Tarakan" → "#TarakanHebat" stays the city's words)
                named = self._own_name_words(cand)
                if any(p.lower() in named for p in parts) or self.slogan_weakness(" ".join(parts)) is None:
                    self._add(tag, Entry(HitKind.HASHTAG, h, ids))
                    continue
                # A tag of everyday words and places ("#NabireDamai", "#TarakanHebat") is a wish
                # or a city's motto as often as a campaign's: the candidate only when something
                # else in the text (or its thread or group) points at them.
                why = f"{EVERYDAY_TAG}'{tag}' dari kata sehari-hari dan nama tempat"
                self._add(tag, Entry(HitKind.ALIAS_WEAK, tag, ids, why_weak=why))
            for acct in cand.accounts:
                if not acct.handle.isdigit():
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
        self._build_ballots()
        for word, num in GESTURE_NUMBERS.items():
            self._add(word, Entry(HitKind.GESTURE, word, number=num))
        for category, phrases in v.cues.items():
            for ph in phrases:
                if category == "gesture":
                    said = next(
                        (self.numbers[t] for t in self.normalise.tokens(ph) if t in self.numbers), None
                    )
                    self._add(ph, Entry(HitKind.GESTURE, ph, number=said, category=category))
                    continue
                self._add(ph, Entry(HitKind.CUE, ph, category=category))
        for h in v.honorifics:
            self._add(h, Entry(HitKind.HONORIFIC, h))
        for g in v.campaign_group:
            self._add(g, Entry(HitKind.CAMPAIGN_GROUP, g))
        for a in v.addressees:
            self._add(a, Entry(HitKind.ADDRESSEE, a))

    def _number_words(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for n, words in self.vocab.numbers.items():
            for w in words:
                # A word the normaliser splits ("keempat" → "ke empat") is already there by its
                # number part; its pieces ("ke") are not numbers.
                toks = self.normalise.tokens(w)
                if len(toks) == 1:
                    out.setdefault(toks[0], n)
        return out

    def _build_ballots(self) -> None:
        """Ballot-number phrases for every number some candidate carries."""
        v = self.vocab
        by_number: dict[int, list[Candidate]] = defaultdict(list)
        for c in self._all_candidates():
            if c.ballot_number is not None:
                by_number[c.ballot_number].append(c)
        words_of: dict[int, list[str]] = {n: [str(n)] for n in by_number}
        for n in by_number:
            words_of[n] += list(v.numbers.get(n, ()))
            if n < 10:
                words_of[n].append(f"0{n}")
        for n, cands in by_number.items():
            all_ids = tuple(c.id for c in cands)
            # "nomor 2", "nomer loro": a number, electoral only with context.
            for prefix in v.number_prefixes:
                for w in words_of[n]:
                    self._add(f"{prefix} {w}", Entry(HitKind.BALLOT, f"{prefix} {w}", all_ids, number=n))
            # "paslon 2", "cagub nomor urut 1": electoral by itself, narrowed to the office.
            for office, words in v.contestant_words.items():
                ids = (
                    all_ids
                    if office == "all"
                    else tuple(c.id for c in cands if self.contests[c.contest_id].office == office)
                )
                if not ids:
                    continue
                for cw in words:
                    for w in words_of[n]:
                        for pat in (f"{cw} {w}", f"{cw} nomor {w}", f"{cw} nomor urut {w}", f"{cw} no {w}"):
                            self._add(pat, Entry(HitKind.BALLOT, pat, ids, number=n, electoral=True))

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
        for end, (_, entries) in self._automaton.iter(normalised):
            for e in entries:
                # The key is " phrase "; the span excludes the padding spaces.
                start = end - len(e.phrase)
                hits.append(Hit(e, start, end))
        return hits

    def may_name_candidate(self, raw: str, *, group: bool = False, objection: bool = False) -> bool:
        """False when ``raw`` certainly cannot be read as taking a side (the cheap first pass);
        remembered per text (see :meth:`_may_name_candidate`): a post that many share, like or
        answer, a forwarded chat message or a copy-and-paste campaign is read once."""
        key = (raw, group, objection)
        found = self._may_memo.get(key)
        if found is None:
            found = self._may_name_candidate(raw, group=group, objection=objection)
            if len(self._may_memo) >= MEMO_VERDICTS:
                self._may_memo.clear()
            self._may_memo[key] = found
        return found

    def _may_name_candidate(self, raw: str, *, group: bool = False, objection: bool = False) -> bool:
        """False when ``raw`` certainly cannot be read as taking a side (the cheap first pass).

        One normalisation and one automaton pass, no objects: True as soon as a phrase that names
        a candidate by itself is found, or a weak one together with what the stance reader needs
        to count it (an acronym in its capitals, a first name after an honorific, a party with an
        election word, a vote verb with a number, an attack with "the unnamed candidate", a weak
        name in a campaign group's name). Whatever the reader could call support, opposition or
        an unclear insinuation passes; a test checks this on every labelled corpus. With
        ``objection`` (a message in a chat group), words that may object to an order pass too (a
        prohibition, a neutrality reminder, or an election word with a negation, election
        information or a question): the instructing official's next words are read against them.
        """
        if not len(self._entries):
            return False
        norm = self.normalise(raw)
        seen = 0
        case_forms: list[str] = []
        for _, (flags, entries) in self._automaton.iter(norm):
            if flags & _T_ALWAYS:
                return True
            seen |= flags
            if flags & _T_CASE:
                case_forms.extend(e.case_form for e in entries if e.case_form)
        if not seen:
            return False
        if seen & _T_CASE and any(cf in raw for cf in case_forms):
            return True
        if seen & _T_GIVEN and seen & _T_HONORIFIC:
            return True
        if seen & _T_PARTY and seen & _T_ELECTORAL:
            return True
        if seen & _T_OPPOSE and seen & _T_UNNAMED:
            return True
        if seen & _T_VOTE and any(t.isdigit() or t in self.numbers for t in norm.split()):
            return True
        if seen & _T_FAMILY and seen & _T_GIVEN and seen & (_T_ELECTORAL | _T_ATTEND):
            return True  # a relative at a candidate's campaign, by a first name
        if objection and (seen & _T_OBJECT or (seen & _T_ELECTORAL and (seen & _T_DOUBT or "?" in raw))):
            return True  # a member's words in a chat group that may object to an order
        return bool(group and seen & _T_GROUP_WORD and seen & (_T_CASE | _T_GIVEN | _T_WEAK))

    def written_in_capitals(self, raw: str) -> frozenset[str]:
        """Entry phrases of colliding acronyms that ``raw`` writes in capitals ("RAMAH", "#IMAN2024").

        A text shouting in capitals throughout says nothing by its case: then none count.
        """
        if not self.case_forms:
            return frozenset()
        letters = [c for c in raw if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
            return frozenset()
        found: set[str] = set()
        for tok in _CASE_SPLIT.split(raw):
            if not tok:
                continue
            for part in {tok, *re.findall(r"[A-Z]{3,}", tok)}:
                p = self.case_forms.get(part)
                if p is not None:
                    found.add(p)
        return frozenset(found)


def _strong(e: Entry) -> bool:
    return e.kind in STRONG_REFERENCE


# Trigger flags of an automaton key, for :meth:`Gazetteer.may_name_candidate`.
_T_ALWAYS = 1  # names a candidate (or a number, a gesture, an insinuating attack) by itself
_T_CASE = 2  # an acronym that counts when written in its capitals
_T_GIVEN = 4  # a first name: counts after an honorific
_T_HONORIFIC = 8
_T_PARTY = 16  # counts with an election word
_T_ELECTORAL = 32
_T_VOTE = 64  # counts with a number
_T_OPPOSE = 128  # counts with "the unnamed candidate"
_T_UNNAMED = 256
_T_GROUP_WORD = 512  # "Relawan", "Sahabat": a weak name counts in a group's name
_T_WEAK = 1024  # another weak name: counts only with the above or beside a strong one
_T_OBJECT = 2048  # a prohibition or a neutrality reminder: may object to an order in a group
_T_DOUBT = 4096  # a negation, election information or a question: an objection with an election word
_T_FAMILY = 8192  # "suami", "papi": a relative with a first name at a campaign goes to a person
_T_ATTEND = 16384
_OBJECTION_CATEGORIES = frozenset({"prohibition", "neutrality"})
_DOUBT_CATEGORIES = frozenset({"negators", "neutral_info", "question"})
_ALWAYS_KINDS = STRONG_REFERENCE | {HitKind.ALIAS_WEAK, HitKind.BALLOT, HitKind.GESTURE}
_ELECTORAL_CUES = frozenset({"election", "vote_electoral", "campaign_event", "pre_designation"})


def _trigger_flags(entries: tuple[Entry, ...], vote_words: set[str]) -> int:
    flags = 0
    for e in entries:
        k = e.kind
        if k in _ALWAYS_KINDS:
            flags |= _T_ALWAYS
        elif k is HitKind.ACRONYM:
            flags |= _T_CASE if e.case_form else _T_WEAK
        elif k is HitKind.GIVEN_NAME:
            flags |= _T_GIVEN
        elif k is HitKind.HONORIFIC:
            flags |= _T_HONORIFIC
        elif k is HitKind.PARTY:
            flags |= _T_PARTY
        elif k is HitKind.CAMPAIGN_GROUP:
            flags |= _T_GROUP_WORD
        elif k is HitKind.CUE and e.category == "oppose":
            # An attack on voting itself ("jangan pilih yang…") insinuates without a name.
            flags |= _T_ALWAYS if vote_words & set(e.phrase.split()) else _T_OPPOSE
        elif k is HitKind.CUE and e.category is not None:
            flags |= _CUE_FLAGS.get(e.category, 0)
    return flags


#: The trigger flag of each cue category that has one (``oppose`` is decided per phrase).
_CUE_FLAGS = {
    **dict.fromkeys(_ELECTORAL_CUES, _T_ELECTORAL),
    **dict.fromkeys(_OBJECTION_CATEGORIES, _T_OBJECT),
    **dict.fromkeys(_DOUBT_CATEGORIES, _T_DOUBT),
    "vote": _T_VOTE,
    "unnamed_candidate": _T_UNNAMED,
    "family": _T_FAMILY,
    "attend": _T_ATTEND,
}


def _kind_of(f: Form) -> HitKind:
    if f.kind == "name":
        return HitKind.CANDIDATE_NAME
    if f.kind == "mate":
        return HitKind.RUNNING_MATE_NAME if f.strong else HitKind.ALIAS_WEAK
    if f.kind == "pair":
        return HitKind.PAIR
    if f.kind == "acronym":
        return HitKind.ALIAS_STRONG if f.strong else HitKind.ACRONYM
    if f.kind == "given":
        return HitKind.GIVEN_NAME
    return HitKind.ALIAS_STRONG if f.strong else HitKind.ALIAS_WEAK


def _name_tokens(c: Candidate) -> set[str]:
    words = [c.name, *c.aliases]
    if c.running_mate is not None:
        words += [c.running_mate.name, *c.running_mate.aliases]
    return {w.lower() for n in words for w in n.replace(".", " ").replace(",", " ").split()}


def _merge(entries: list[Entry]) -> tuple[Entry, ...]:
    """One entry per meaning of a phrase: "Bang Ahmad" used by 40 candidates is one hit, not 40."""
    merged: dict[tuple[object, ...], Entry] = {}
    for e in entries:
        k = (e.kind, e.party, e.number, e.why_weak, e.category, e.electoral, e.case_form, e.everyday)
        old = merged.get(k)
        if old is None:
            merged[k] = e
        else:
            ids = tuple(dict.fromkeys(old.candidate_ids + e.candidate_ids))
            merged[k] = Entry(
                old.kind,
                old.phrase,
                ids,
                old.party,
                old.number,
                old.why_weak,
                old.category,
                old.electoral,
                old.case_form,
                old.generated and e.generated,
                old.everyday,
            )
    return tuple(merged.values())
