"""Stage 3 — attribution: account → ASN or government institution, with a confidence and reasons.

Exact keys first (registered institutional accounts, handles, platform ids, phone numbers); only
when they fail, and only for activities that survived screening, the costly name features. A name
with profile clues is at most ``review``: it tells an analyst where to look, never who did it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from jaganetral.attribute import features as f
from jaganetral.attribute.index import PersonRow, RegistryIndex
from jaganetral.attribute.weights import Weights, load_weights
from jaganetral.model.activity import AccountRef, Activity, Platform
from jaganetral.model.election import Candidate
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import Institution
from jaganetral.model.pickling import pickles_by_fields


class ActorKind(StrEnum):
    ASN = "asn"
    INSTITUTION = "institution"
    UNKNOWN = "unknown"


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who an account is, how sure, and why. ``certain`` only for exact keys."""

    kind: ActorKind
    confidence: float
    certain: bool
    reasons: tuple[str, ...]
    person: PersonRow | None = None
    institution: Institution | None = None
    alternatives: tuple[str, ...] = ()  # other NIPs that fit as well (name matches)

    @property
    def name(self) -> str | None:
        if self.person is not None:
            return self.person.name
        if self.institution is not None:
            return self.institution.nama_akun
        return None


UNKNOWN = Attribution(ActorKind.UNKNOWN, 0.0, False, ())
#: What a screenshot's first lines are read for: handles, and capitalised words (names).
SCREENSHOT_HANDLE = re.compile(r"@?([a-z0-9](?:[a-z0-9._]{1,28}[a-z0-9]))")
SCREENSHOT_WORD = re.compile(r"[A-Z][A-Za-z'’.-]+")
#: "Bu Kadis Ros: calon kita …" — a sender's name before a colon at the start of a line.
SCREENSHOT_SENDER = re.compile(r"^([A-Z][A-Za-z'’. -]{1,40}?):\s")


class Attributor:
    """Attributes accounts against one :class:`RegistryIndex`.

    ``candidates`` are the configured candidates: their own accounts, and accounts that carry a
    candidate's name, are never attributed to an ASN who happens to share the name.
    """

    def __init__(
        self,
        index: RegistryIndex,
        weights: Weights | None = None,
        candidates: Iterable[Candidate] = (),
        honorifics: frozenset[str] = frozenset(),
    ) -> None:
        self.idx = index
        self.w = weights or load_weights()
        self.honorifics = honorifics
        self.candidate_accounts: set[str] = set()
        self.candidate_names: set[str] = set()
        self._offices: dict[str, f.Office | None] = {}
        #: (chat title, saved name) → the office member it fits: a chat repeats its senders.
        self._colleagues: dict[tuple[str, str], tuple[int, f.Signal, tuple[str, ...]] | None] = {}
        for c in candidates:
            for acct in c.accounts:
                self.candidate_accounts.add(RegistryIndex.account_key(acct.platform, acct.handle))
            names = [c.name] + ([c.running_mate.name] if c.running_mate is not None else [])
            for n in names:
                try:
                    key = match_key(split_name(n).core)
                except ValueError:
                    continue
                if " " in key:
                    self.candidate_names.add(key)

    def is_candidate_account(self, a: Activity, acct: AccountRef) -> str | None:
        """Why this account is a candidate's own (listed, or carrying a candidate's full name)."""
        for key, raw, _ in f.account_keys(a.platform, acct):
            if key in self.candidate_accounts:
                return f"akun {raw} adalah akun calon yang dikonfigurasi"
        if acct.name:
            try:
                key = match_key(split_name(acct.name).core)
            except ValueError:
                return None
            if key in self.candidate_names:
                return f"nama akun '{acct.name}' adalah nama calon, bukan ASN senama"
        return None

    def exact(self, a: Activity, acct: AccountRef | None = None) -> Attribution | None:
        """Exact-key attribution (cheap): institution account first, then registered accounts,
        then a saved name in an office's chat that fits one of its staff (:meth:`_office_colleague`)."""
        keys = f.account_keys(a.platform, acct or a.actor)
        if not keys:
            colleague = self._office_colleague(a, acct or a.actor)
            return colleague if colleague is not None and colleague.certain else None
        if self.idx.institutions:
            inst = f.institution_account(self.idx, keys, self.w)
            if inst is not None:
                i, sig = inst
                return Attribution(ActorKind.INSTITUTION, sig.score, True, (sig.reason,), institution=i)
        reg = f.registered_account(self.idx, a.platform, keys, self.w)
        if reg is not None:
            i2, sig = reg
            person = self.idx.person(i2)
            if acct is None or acct == a.actor:
                # The account is the one the registry lists, but what it says about itself does
                # not fit (another job, another city, "bukan PNS"): a person checks who it is.
                bio = str(a.extra.get("actor_bio", "") or "")
                location = str(a.extra.get("actor_location", "") or "")
                against = f.profile_contradicts(person, bio, location, self.w) if bio or location else []
                if against:
                    return Attribution(
                        ActorKind.ASN,
                        sig.score,
                        False,
                        (
                            sig.reason,
                            *(x.reason for x in against),
                            "akun terdaftar, tetapi profilnya bertentangan dengan registri: perlu diperiksa",
                        ),
                        person=person,
                    )
            return Attribution(ActorKind.ASN, sig.score, True, (sig.reason,), person=person)
        # A saved contact name in an office's chat that fits exactly one of its staff (three
        # facts that agree: the office, the role, the name) identifies as a key does.
        colleague = self._office_colleague(a, acct or a.actor)
        return colleague if colleague is not None and colleague.certain else None

    def attribute(self, a: Activity, acct: AccountRef | None = None) -> Attribution:
        """Exact keys, then handle, name and profile features. Never ``certain`` without a key."""
        acct = acct or a.actor
        if acct.id and acct.id.startswith("screenshot:"):
            return self._screenshot(a)
        found = self.exact(a, acct)
        if found is not None:
            return found
        if self.is_candidate_account(a, acct) is not None:
            return UNKNOWN
        named = f.institution_named(self.idx, a.platform, acct, self.w)
        if named is not None:
            body, why = named
            return Attribution(ActorKind.INSTITUTION, why.score, False, (why.reason,), institution=body)
        colleague = self._office_colleague(a, acct)
        if colleague is not None:
            return colleague
        best = self._by_name(a, acct)
        if acct.handle:
            look = f.handle_elsewhere(self.idx, a.platform, acct.handle, self.w) or f.handle_resembles(
                self.idx, a.platform, acct.handle, self.w
            )
            if look is not None:
                i, sig = look
                # What the account says about itself can rule the lead out (a cake seller in
                # another town is not the teacher whose handle hers resembles).
                against = f.profile_contradicts(
                    self.idx.person(i),
                    str(a.extra.get("actor_bio", "") or ""),
                    str(a.extra.get("actor_location", "") or ""),
                    self.w,
                )
                score = sig.score + sum(x.score for x in against)
                if score >= self.w.review_min and (best is None or score > best.confidence):
                    return Attribution(
                        ActorKind.ASN,
                        round(score, 3),
                        False,
                        (sig.reason, "hanya kemiripan nama akun: perlu verifikasi identitas oleh petugas"),
                        person=self.idx.person(i),
                    )
        if best is None and acct.name:
            role = f.saved_name_role(self.idx, acct.name, self.w, self.honorifics)
            if role is not None:
                i, sig = role
                if sig.score >= self.w.review_min:
                    return Attribution(
                        ActorKind.ASN,
                        round(min(sig.score, self.w.name.cap), 3),
                        False,
                        (
                            sig.reason,
                            "hanya nama kontak dan jabatan: perlu verifikasi identitas oleh petugas",
                        ),
                        person=self.idx.person(i),
                    )
        return best if best is not None else UNKNOWN

    def office(self, title: str) -> f.Office | None:
        """The office a chat's title names (:func:`f.chat_office`), remembered per title."""
        if title not in self._offices:
            self._offices[title] = f.chat_office(self.idx, title, self.w) if title else None
        return self._offices[title]

    def _office_colleague(self, a: Activity, acct: AccountRef) -> Attribution | None:
        """A sender under a saved name in a chat titled after one office (:func:`f.chat_office`):
        identified when exactly one member of that office fits the name and role, a lead when
        several do."""
        if a.platform not in (Platform.WHATSAPP, Platform.TELEGRAM) or a.group is None or not acct.name:
            return None
        if self.is_candidate_account(a, acct) is not None:
            return None
        title = a.group.name or ""
        office = self.office(title)
        if office is None:
            return None
        key = (title, acct.name)
        if key not in self._colleagues:
            self._colleagues[key] = f.office_colleague(self.idx, office, acct.name, self.w, self.honorifics)
        found = self._colleagues[key]
        if found is None:
            return None
        i, sig, others = found
        if others:
            return Attribution(
                ActorKind.ASN,
                self.w.review_min,
                False,
                (
                    sig.reason,
                    f"{len(others)} ASN lain di kantor itu sama cocoknya: identitas harus diperiksa",
                ),
                person=self.idx.person(i),
                alternatives=others,
            )
        return Attribution(ActorKind.ASN, sig.score, True, (sig.reason,), person=self.idx.person(i))

    def _screenshot(self, a: Activity) -> Attribution:
        """Who a screenshot shows posting: a handle or a name at its top, read by OCR. An image
        proves nothing about an account, so this is a lead for a person, never certain."""
        head = "\n".join(a.text.splitlines()[:4])
        handles = SCREENSHOT_HANDLE.findall(head)
        for h in handles:
            if "." not in h and "_" not in h:
                continue
            for plat in (a.platform, *Platform):
                if plat is Platform.OTHER:
                    continue
                i = self.idx.accounts.get(RegistryIndex.account_key(plat, h))
                if i is not None and i >= 0:
                    row = self.idx.person(i)
                    return Attribution(
                        ActorKind.ASN,
                        self.w.handle.score,
                        False,
                        (
                            f"tangkapan layar memperlihatkan akun '{h}', "
                            f"tercatat milik {row.name} (NIP {row.nip})",
                            "dari gambar saja akun tidak dapat dipastikan: perlu diperiksa petugas",
                        ),
                        person=row,
                    )
        # A chat or comment screenshot shows its sender as "Name: text" ("Rivo Penyuluh: torang …"):
        # a saved name with a role, read as in a chat (in the office its first line names, if any).
        lines = [x.strip() for x in head.splitlines() if x.strip()]
        for line in lines:
            m = SCREENSHOT_SENDER.match(line)
            if m is None:
                continue
            sender = m.group(1)
            office = f.chat_office(self.idx, lines[0], self.w) if lines[0] != line else None
            found = f.office_colleague(self.idx, office, sender, self.w, self.honorifics) if office else None
            pick = (found[0], found[1]) if found is not None and not found[2] else None
            pick = pick or f.saved_name_role(self.idx, sender, self.w, self.honorifics)
            if pick is not None:
                i, sig = pick
                return Attribution(
                    ActorKind.ASN,
                    round(min(sig.score, self.w.name.cap), 3),
                    False,
                    (
                        f"pengirim '{sender}' terbaca pada tangkapan layar",
                        sig.reason,
                        "dari gambar saja pengirim tidak dapat dipastikan: perlu diperiksa petugas",
                    ),
                    person=self.idx.person(i),
                )
        words = SCREENSHOT_WORD.findall(head)
        for n in (3, 2):
            for k in range(len(words) - n + 1):
                name = " ".join(words[k : k + n])
                cands = f.name_candidates(self.idx, name, self.w)
                if cands:
                    i, sim = max(cands, key=lambda t: t[1])
                    row = self.idx.person(i)
                    sigs = [f.name_similarity(self.idx, i, sim, self.w)]
                    sg = f.profile_mentions_agency(row, head, self.w)
                    if sg is not None:
                        sigs.append(sg)
                    score = min(sum(x.score for x in sigs), self.w.name.cap)
                    if score >= self.w.review_min:
                        return Attribution(
                            ActorKind.ASN,
                            round(score, 3),
                            False,
                            (
                                f"nama '{name}' terbaca pada tangkapan layar",
                                *(x.reason for x in sigs),
                                "dari gambar saja akun tidak dapat dipastikan: perlu diperiksa petugas",
                            ),
                            person=row,
                        )
        return UNKNOWN

    def _by_name(self, a: Activity, acct: AccountRef) -> Attribution | None:
        if not acct.name:
            return None
        cands = f.name_candidates(self.idx, acct.name, self.w)
        if not cands:
            return None
        # The profile is what the account says about itself besides its name (the name already
        # counted; "Siti" in a name must not "mention" RSUD Siti Aisyah).
        bio = str(a.extra.get("actor_bio", "") or "")
        location = str(a.extra.get("actor_location", "") or "")
        profile = " ".join(x for x in (acct.handle, bio, location) if x)
        scored: list[tuple[float, int, list[str]]] = []
        for i, sim in cands:
            row = self.idx.person(i)
            sigs = [f.name_similarity(self.idx, i, sim, self.w)]
            for feat in (f.profile_mentions_agency, f.profile_mentions_region):
                sg = feat(row, profile, self.w)
                if sg is not None:
                    sigs.append(sg)
            sigs.extend(f.profile_contradicts(row, bio, location, self.w))
            total = min(sum(sg.score for sg in sigs), self.w.name.cap)
            scored.append((total, i, [sg.reason for sg in sigs]))
        scored.sort(key=lambda t: -t[0])
        best, i, reasons = scored[0]
        if best < self.w.review_min:
            return None
        others = tuple(self.idx.person(j).nip for sc, j, _ in scored[1:] if best - sc < 0.05)
        if others:
            reasons.append(f"{len(others)} ASN lain sama cocoknya: identitas harus diperiksa")
        reasons.append("hanya kemiripan nama dan profil: perlu verifikasi identitas oleh petugas")
        return Attribution(
            ActorKind.ASN,
            round(best, 3),
            False,
            tuple(reasons),
            person=self.idx.person(i),
            alternatives=others,
        )
