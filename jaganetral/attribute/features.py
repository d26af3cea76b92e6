"""Named attribution features. Each returns a :class:`Signal` (score, reason) or ``None``.

Exact features decide; name, handle and profile features only suggest — and some argue against a
match (a profile that says "ojol driver in Pekalongan" is not the Banyumas teacher who shares the
name). Weights come from ``catalogue/attribution.yaml`` (:mod:`.weights`) so an analyst can tune
them without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from jaganetral.attribute.index import PersonRow, RegistryIndex, squash_handle
from jaganetral.attribute.weights import Weights
from jaganetral.model.activity import AccountRef, Platform
from jaganetral.model.identifiers import CHAT_PLATFORMS, normalise_handle
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import Institution
from jaganetral.model.regions import region_initials, regions


@dataclass(frozen=True, slots=True)
class Signal:
    """One feature's contribution and the sentence that explains it."""

    feature: str
    score: float
    reason: str


def account_keys(platform: Platform, acct: AccountRef) -> tuple[tuple[str, str, bool], ...]:
    """The exact keys of an account, computed once: (key, raw, is_id) for its handle and its id."""
    keys: list[tuple[str, str, bool]] = []
    if acct.handle:
        keys.append((RegistryIndex.account_key(platform, acct.handle), acct.handle, False))
    if acct.id:
        keys.append((RegistryIndex.account_key(platform, acct.id), acct.id, True))
    return tuple(keys)


def institution_account(
    idx: RegistryIndex, keys: tuple[tuple[str, str, bool], ...], w: Weights
) -> tuple[Institution, Signal] | None:
    """The account is listed as an official account of a government body."""
    for key, raw, _ in keys:
        inst = idx.institutions.get(key)
        if inst is not None:
            return inst, Signal(
                "institution_account",
                w.exact.institution_account,
                f"akun {raw} terdaftar sebagai akun resmi {inst.instansi}",
            )
    return None


def institution_named(
    idx: RegistryIndex, platform: Platform, acct: AccountRef, w: Weights
) -> tuple[Institution, Signal] | None:
    """The account is titled like an official account of the same platform (handle unknown)."""
    if not acct.name:
        return None
    key = match_key(acct.name)
    for inst in idx.institutions.values():
        if inst.account.platform is platform and match_key(inst.nama_akun) == key:
            return inst, Signal(
                "institution_name",
                w.institution_name.score,
                f"judul akun '{acct.name}' sama dengan akun resmi {inst.instansi}, tetapi nama pengguna/ID "
                "akun tidak ada dalam ekspor: perlu dipastikan",
            )
    return None


def registered_account(
    idx: RegistryIndex, platform: Platform, keys: tuple[tuple[str, str, bool], ...], w: Weights
) -> tuple[int, Signal] | None:
    """The handle, phone or platform id is listed under the person's known accounts (``akun``)."""
    for key, raw, is_id in keys:
        i = idx.accounts.get(key)
        if i is not None and i >= 0:
            row = idx.person(i)
            label = "nomor" if platform in (Platform.WHATSAPP, Platform.TELEGRAM) else "akun"
            return i, Signal(
                "registered_account",
                w.exact.registered_account_id if is_id else w.exact.registered_account,
                f"{label} {normalise_handle(platform, raw)} tercatat sebagai akun "
                f"NIP {row.nip} dalam data ASN",
            )
    return None


def name_query_key(name: str) -> str | None:
    """The match key a display name is looked up by, or None when it cannot point at one person."""
    try:
        key = match_key(split_name(name).core)
    except ValueError:
        return None
    if len(key.replace(" ", "")) < 4 or " " not in key:
        # A single given name or initials cannot point at one person.
        return None
    return key


def name_candidates(idx: RegistryIndex, name: str, w: Weights, limit: int = 50) -> list[tuple[int, float]]:
    """Registry people whose honorific-free names resemble ``name`` (blocked, then rapidfuzz)."""
    key = name_query_key(name)
    if key is None:
        return []
    members = list(idx.block_members(key))
    if not members:
        return []
    choices = [idx.key(i) for i in members]
    found = process.extract(
        key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=w.name.min_similarity, limit=limit
    )
    return [(members[pos], float(score)) for _, score, pos in found]


def name_similarity(idx: RegistryIndex, i: int, similarity: float, w: Weights) -> Signal:
    """The display name resembles the registry name; fewer namesakes, more weight."""
    nw = w.name
    row = idx.person(i)
    namesakes = max(idx.namesakes(idx.key(i)) - 1, 0)
    score = nw.base + nw.similarity_weight * (similarity - nw.min_similarity) / (100 - nw.min_similarity or 1)
    if namesakes == 0:
        score += nw.unique_bonus
        extra = "nama unik dalam data ASN"
    else:
        score -= nw.common_penalty_per_namesake * min(namesakes, 10)
        extra = f"ada {namesakes} ASN lain dengan nama yang sama"
    return Signal(
        "name_similarity",
        max(score, 0.0),
        f"nama akun mirip '{row.name}' (NIP {row.nip}, skor {similarity:.0f}); {extra}",
    )


def _words(text: str) -> set[str]:
    return set(match_key(text).split())


_GENERIC = {
    "dinas",
    "kabupaten",
    "kota",
    "kab",
    "pemerintah",
    "provinsi",
    "badan",
    "kantor",
    "dan",
    "daerah",
    "sekretariat",
    "bagian",
    "umum",
    "negeri",
    "sekolah",
    "kecamatan",
    "kelurahan",
}


def profile_mentions_agency(row: PersonRow, profile: str, w: Weights) -> Signal | None:
    """The profile (bio, display name, handle) names the person's agency."""
    # The region inside an agency's name ("Pemerintah Kota Makassar") is the region feature's.
    agency = _words(row.instansi + " " + row.unit_kerja) - _GENERIC - _words(row.wilayah)
    hit = agency & _words(profile)
    if hit:
        return Signal(
            "profile_agency",
            w.name.profile_agency,
            f"profil menyebut instansi/unit ({', '.join(sorted(hit))})",
        )
    return None


def profile_mentions_region(row: PersonRow, profile: str, w: Weights) -> Signal | None:
    """The profile names the person's region."""
    region = _words(row.wilayah) - _GENERIC
    hit = region & _words(profile)
    if hit:
        return Signal(
            "profile_region", w.name.profile_region, f"profil menyebut wilayah ({', '.join(sorted(hit))})"
        )
    return None


def _places_named(text: str) -> set[str]:
    """Kabupaten/kota codes whose (short) name the text contains."""
    words = f" {match_key(text)} "
    out: set[str] = set()
    for r in regions().values():
        short = match_key(re.sub(r"^(Kabupaten|Kota)\s+", "", r.name))
        if len(short) >= 4 and f" {short} " in words:
            out.add(r.code)
    return out


#: Words that put a position in the past ("mantan guru", "eks bidan", "purna perawat").
_FORMER = frozenset({"mantan", "eks", "ex", "bekas", "purna"})


def profile_contradicts(row: PersonRow, bio: str, location: str, w: Weights) -> list[Signal]:
    """What the account says about itself that does not fit the registry person: another
    occupation, or another city (a namesake, not the civil servant)."""
    out: list[Signal] = []
    text = f" {match_key(bio)} "
    job = f" {match_key(row.jabatan + ' ' + row.unit_kerja)} "
    for occ in w.other_occupations:
        o = f" {match_key(occ)} "
        served = w.occupations_served.get(occ, ())
        if any(f" {match_key(x)} " in job for x in served):
            continue  # the people the position works with, not another job
        if o in text and o not in job:
            out.append(
                Signal(
                    "contrary_occupation",
                    w.name.contrary_occupation,
                    f"profil menyebut pekerjaan lain ('{occ}') dari jabatan {row.jabatan}",
                )
            )
            break
    if not out:
        # "Mantan guru SDN 2 …", "eks perawat": the bio says the person's own position is behind them.
        words = text.split()
        former = next(
            (
                f"{m} {nxt}"
                for m, nxt in zip(words, words[1:], strict=False)
                if m in _FORMER and nxt in set(job.split()) - _GENERIC
            ),
            None,
        )
        if former is not None:
            out.append(
                Signal(
                    "contrary_occupation",
                    w.name.contrary_occupation,
                    f"profil menyebut '{former}': jabatan {row.jabatan} sudah ditinggalkan?",
                )
            )
    named = _places_named(f"{bio} {location}")
    if named:
        from jaganetral.model.regions import place_codes

        prov, kab = place_codes(row.wilayah)
        if kab not in named and not any(c.split(".")[0] == prov and kab is None for c in named):
            out.append(
                Signal(
                    "contrary_region",
                    w.name.contrary_region,
                    f"profil menyebut kota lain dari wilayah kerja {row.wilayah}",
                )
            )
    return out


def handle_elsewhere(
    idx: RegistryIndex, platform: Platform, handle: str, w: Weights
) -> tuple[int, Signal] | None:
    """The same handle is listed for someone on another platform, or one that only adds to it
    ("@hadisusilo" on YouTube; the person's X account is "hadisusilo_smg"): the same person is
    plausible, never proven."""
    sq = squash_handle(handle)
    if platform in CHAT_PLATFORMS or len(sq) < 8:
        return None
    for other in Platform:
        if other is platform or other in CHAT_PLATFORMS:
            continue
        for listed, i in idx.handles_like(other, sq):
            if squash_handle(listed).startswith(sq):
                row = idx.person(i)
                return i, Signal(
                    "handle_elsewhere",
                    w.handle.score,
                    f"nama akun '{normalise_handle(platform, handle)}' sama dengan awal akun {other.value} "
                    f"'{listed}' milik {row.name} (NIP {row.nip}); akun {platform.value} ini tidak "
                    "tercatat: orang yang sama mungkin, belum pasti",
                )
    return None


def handle_resembles(
    idx: RegistryIndex, platform: Platform, handle: str, w: Weights
) -> tuple[int, Signal] | None:
    """An unlisted handle that resembles a handle listed for someone on the same platform."""
    sq = squash_handle(handle)
    if len(sq) < 6:
        return None
    best: tuple[float, int, str] | None = None
    for other, i in idx.handles_like(platform, sq):
        score = fuzz.ratio(sq, squash_handle(other))
        if score >= w.handle.min_similarity and (best is None or score > best[0]):
            best = (score, i, other)
    if best is None:
        return None
    score, i, other = best
    row = idx.person(i)
    return i, Signal(
        "handle_resembles",
        w.handle.score,
        f"akun '{handle}' mirip akun terdaftar '{other}' milik {row.name} (NIP {row.nip}, skor {score:.0f});"
        " akun kedua mungkin, belum pasti",
    )


def saved_name_role(
    idx: RegistryIndex, name: str, w: Weights, honorifics: frozenset[str]
) -> tuple[int, Signal] | None:
    """A saved contact name with a role ("Bu Kapus Air Salobar", "Pak Kepsek Hanny") that fits one
    registry person's position or unit — and the given name too, when one is written."""
    toks = [t for t in match_key(name).split() if t not in honorifics]
    roles = [w.roles[t] for t in toks if t in w.roles]
    if not roles:
        return None
    rest = [t for t in toks if t not in w.roles]
    found = idx.persons_with_role(roles)
    scored: list[tuple[int, int]] = []
    for i in found:
        row = idx.person(i)
        words = _words(f"{row.name} {row.unit_kerja} {row.jabatan} {row.instansi}")
        fit = sum(1 for t in rest if t in words)
        if not rest or fit:
            scored.append((fit, i))
    if not scored:
        return None
    scored.sort(key=lambda t: -t[0])
    top = [i for fit, i in scored if fit == scored[0][0]]
    if len(top) != 1:
        return None
    row = idx.person(top[0])
    return top[0], Signal(
        "profile_role",
        w.name.profile_role + (w.name.base if scored[0][0] else 0.0),
        f"nama kontak '{name}' cocok dengan jabatan/unit {row.jabatan}, {row.unit_kerja} "
        f"({row.name}, NIP {row.nip}); nomor tidak terlihat di ekspor",
    )


@dataclass(frozen=True, slots=True)
class Office:
    """A chat whose title names one office — a unit, agency or school, with its place — and the
    registry people who work there (``members``). ``words`` are the title words that did it."""

    title: str
    words: tuple[str, ...]
    members: tuple[int, ...]


def _covers(token: str, words: set[str]) -> bool:
    # "siantar" is inside "pematangsiantar"; short words and numbers must be whole ("sdn 1").
    return token in words or (len(token) >= 5 and any(token in wd for wd in words))


def chat_office(idx: RegistryIndex, title: str, w: Weights) -> Office | None:
    """The office a chat's title names ("Dinkes Siantar", "Staf Kelurahan Kadipiro", "Guru SD
    Inpres Tamarunang"), or None: a title with a word of another kind of group (family, alumni,
    volunteers, neighbourhood), or with as many unknown words as known ones, names no office.

    The title's words are looked up in the distinct agency, unit and region values (thousands),
    then the registry's columns are masked once per word (vectorised), never row by row."""
    oc = w.office_chat
    initials = region_initials()  # "TTS" is Timor Tengah Selatan
    words = match_key(title).split()

    def spelled(as_places: bool) -> list[str]:
        out: list[str] = []
        for t in words:
            place = initials.get(t) if as_places else None
            out.extend(
                match_key(oc.abbreviations.get(t) or w.roles.get(t) or (place.name if place else t)).split()
            )
        return out

    toks = spelled(True)
    if any(t in oc.not_offices for t in toks):
        return None
    found = _office_of(idx, title, toks, w)
    if found is None and any(t in initials for t in words):
        # "Staf Kec. PLU": initials of a regency ("Padang Lawas Utara") may be a unit's own
        # ("Kecamatan Pulau Laut Utara").
        found = _office_of(idx, title, spelled(False), w)
    return found


def _office_of(idx: RegistryIndex, title: str, toks: list[str], w: Weights) -> Office | None:
    """:func:`chat_office` for the title's words as spelled out (``toks``)."""
    oc = w.office_chat
    # Words every office has ("dinas", "kota") tell no office apart: they are left out.
    toks = [t for t in dict.fromkeys(toks) if t not in oc.ignore and t not in _GENERIC_OFFICE]
    if not toks:
        return None
    # For each title word, the codes of the agency, unit and region values that contain it — or
    # whose initials it is ("DKP" of "Dinas Kelautan dan Perikanan", "BPBD", "BKPSDM").
    cols = (1, 2, 3)  # instansi, unit_kerja, wilayah
    codes: dict[str, list[list[int]]] = {t: [[], [], []] for t in toks}
    short = {t for t in toks if len(t) >= _MIN_ACRONYM and t.isalpha()}
    for k, col in enumerate(cols):
        for code, value in enumerate(idx.tables[col]):
            words = _words(value)
            acronyms = _acronyms(value) if short and k < 2 else ()
            for t in toks:
                if _covers(t, words) or t in acronyms:
                    codes[t][k].append(code)
    known = [t for t in toks if any(codes[t])]
    unknown = [t for t in toks if not any(codes[t]) and not t.isdigit()]
    if not known or len(unknown) >= len(known):
        return None
    # One of the words must name the agency or unit itself, not only the place.
    if not any(codes[t][0] or codes[t][1] for t in known):
        return None
    every = np.ones(len(idx), dtype=bool)
    own_unit = np.zeros(len(idx), dtype=bool)
    for t in known:
        here = np.zeros(len(idx), dtype=bool)
        for k, col in enumerate(cols):
            if codes[t][k]:
                hit = np.isin(idx.codes[:, col], codes[t][k])
                here |= hit
                if k < 2:
                    own_unit |= hit
        every &= here
    found = np.nonzero(every & own_unit)[0]
    # A title that fits thousands ("Sekretariat Daerah" everywhere) names no one office.
    if not len(found) or len(found) > oc.max_members:
        return None
    members = tuple(int(i) for i in found)
    return Office(title, tuple(known), members)


_GENERIC_OFFICE = {"dinas", "kabupaten", "kota", "kab", "pemerintah", "provinsi", "badan", "kantor", "dan"}
#: An acronym shorter than this ("DK", "KP") could be anything.
_MIN_ACRONYM = 3
_ACRONYM_SKIP = frozenset({"dan", "serta", "atau", "di"})


#: Words for the kind of office that a short form may leave out ("Kec. PLU" is Kecamatan Pulau Laut
#: Utara, "PUPR" the Dinas Pekerjaan Umum dan Penataan Ruang).
_OFFICE_HEADS = frozenset(
    {
        "kecamatan",
        "kelurahan",
        "desa",
        "distrik",
        "kapanewon",
        "kemantren",
        "nagari",
        "dinas",
        "badan",
        "bidang",
    }
)


def _acronyms(value: str) -> tuple[str, ...]:
    """The initials of each part of an agency or unit name ("Bidang Perikanan Tangkap, Dinas
    Kelautan dan Perikanan" → "bpt", "dkp"), conjunctions left out as people write them; also
    without the word for the kind of office ("Kecamatan Pulau Laut Utara" → "plu", "Dinas Pekerjaan
    Umum dan Penataan Ruang" → "pupr")."""
    out: list[str] = []
    for part in value.split(","):
        words = [wd for wd in match_key(part).split() if wd not in _ACRONYM_SKIP]
        if words and words[0] in _OFFICE_HEADS:
            area = words[1:]
            if len(area) >= _MIN_ACRONYM:
                out.append("".join(wd[0] for wd in area))
        if len(words) >= _MIN_ACRONYM:
            out.append("".join(wd[0] for wd in words))
    return tuple(out)


def office_colleague(
    idx: RegistryIndex, office: Office, name: str, w: Weights, honorifics: frozenset[str]
) -> tuple[int, Signal, tuple[str, ...]] | None:
    """The one member of ``office`` that a sender's saved name ("Bu Kadis Ros", "Hotman Yankes",
    "Kepsek SDN 2 Cipakat") fits: every role it writes fits the person's position or unit, and a
    word of it begins (or, four letters or more, sits inside) the person's name — or, with a role
    and no name, every other word names the person's unit. Returns the person, the signal and the
    other members who fit as well (then nobody is identified)."""
    toks = [t for t in match_key(name).split() if t not in honorifics]
    if not toks:
        return None
    roles = [match_key(w.roles[t]) for t in toks if t in w.roles]
    rest = [t for t in toks if t not in w.roles]
    fits: list[tuple[int, int]] = []
    for i in office.members:
        row = idx.person(i)
        place = f" {match_key(f'{row.jabatan} {row.unit_kerja} {row.instansi}')} "
        if not all(f" {r} " in place for r in roles):
            continue
        named = _words(split_name(row.name).core) if row.name else set()
        hits = sum(
            1
            for t in rest
            if len(t) >= 3 and any(nw.startswith(t) or (len(t) >= 4 and t in nw) for nw in named)
        )
        if hits:
            fits.append((hits, i))
        elif roles and rest and all(t in place.split() for t in rest):
            fits.append((0, i))
        elif roles and not rest:
            fits.append((0, i))
    if not fits:
        return None
    best = max(h for h, _ in fits)
    top = [i for h, i in fits if h == best]
    row = idx.person(top[0])
    others = tuple(idx.person(j).nip for j in top[1:])
    how = "nama" if best else "jabatan"
    return (
        top[0],
        Signal(
            "office_chat",
            w.office_chat.score,
            f"nama kontak '{name}' di grup kantor '{office.title}': {how} cocok dengan {row.name} "
            f"(NIP {row.nip}), {row.jabatan}, {row.unit_kerja}, {row.wilayah}"
            + ("" if others else ", satu-satunya ASN kantor itu yang cocok")
            + "; nomor telepon tidak tampak di ekspor, cocokkan dengan data kepegawaian",
        ),
        others,
    )
