"""Stage 3 — attribution: account → ASN or government institution, with a confidence and reasons.

Exact keys first (registered institutional accounts, handles, platform ids, phone numbers); only
when they fail, and only for activities that survived screening, the costly name features. A name
with profile clues is at most ``review``: it tells an analyst where to look, never who did it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from jaganetral.attribute import features as f
from jaganetral.attribute.index import PersonRow, RegistryIndex
from jaganetral.model.activity import AccountRef, Activity
from jaganetral.model.election import Candidate
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import Institution
from jaganetral.model.yamlio import read_yaml
from jaganetral.screen.vocabulary import CATALOGUE


class ActorKind(StrEnum):
    ASN = "asn"
    INSTITUTION = "institution"
    UNKNOWN = "unknown"


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


@lru_cache(maxsize=4)
def load_weights(path: Path = CATALOGUE / "attribution.yaml") -> dict[str, Any]:
    data, _ = read_yaml(path)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


class Attributor:
    """Attributes accounts against one :class:`RegistryIndex`.

    ``candidates`` are the configured candidates: their own accounts, and accounts that carry a
    candidate's name, are never attributed to an ASN who happens to share the name.
    """

    def __init__(
        self,
        index: RegistryIndex,
        weights: dict[str, Any] | None = None,
        candidates: Iterable[Candidate] = (),
    ) -> None:
        self.idx = index
        self.w = weights or load_weights()
        self.candidate_accounts: set[str] = set()
        self.candidate_names: set[str] = set()
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
        for key, raw in f.account_keys(a.platform, acct):
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
        """Exact-key attribution (cheap): institution account first, then registered accounts."""
        keys = f.account_keys(a.platform, acct or a.actor)
        if not keys:
            return None
        if self.idx.institutions:
            inst = f.institution_account(self.idx, keys, self.w)
            if inst is not None:
                i, sig = inst
                return Attribution(ActorKind.INSTITUTION, sig.score, True, (sig.reason,), institution=i)
        reg = f.registered_account(self.idx, a.platform, keys, self.w)
        if reg is not None:
            i2, sig = reg
            return Attribution(ActorKind.ASN, sig.score, True, (sig.reason,), person=self.idx.person(i2))
        return None

    def attribute(self, a: Activity, acct: AccountRef | None = None) -> Attribution:
        """Exact keys, then name + profile features. Never ``certain`` from a name."""
        acct = acct or a.actor
        found = self.exact(a, acct)
        if found is not None:
            return found
        if not acct.name or self.is_candidate_account(a, acct) is not None:
            return UNKNOWN
        cands = f.name_candidates(self.idx, acct.name, self.w)
        if not cands:
            return UNKNOWN
        # The profile is what the account says about itself besides its name (the name already
        # counted; "Siti" in a name must not "mention" RSUD Siti Aisyah).
        profile = " ".join(x for x in (acct.handle, str(a.extra.get("actor_bio", ""))) if x)
        scored: list[tuple[float, int, list[str]]] = []
        for i, sim in cands:
            row = self.idx.person(i)
            sigs = [f.name_similarity(self.idx, i, sim, self.w)]
            for feat in (f.profile_mentions_agency, f.profile_mentions_region):
                s = feat(row, profile, self.w)
                if s is not None:
                    sigs.append(s)
            total = min(sum(s.score for s in sigs), self.w["name"]["cap"])
            scored.append((total, i, [s.reason for s in sigs]))
        scored.sort(key=lambda t: -t[0])
        best, i, reasons = scored[0]
        if best < self.w["review_min"]:
            return UNKNOWN
        others = tuple(self.idx.person(j).nip for s, j, _ in scored[1:] if best - s < 0.05)
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
