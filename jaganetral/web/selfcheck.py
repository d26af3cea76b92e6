"""ASN self-check: "apakah unggahan ini melanggar?" — the real screen and judge, nothing stored.

The text is judged as if a registered ASN ("Anda") had done it on the chosen platform and date, so the
answer uses exactly the rules and explanations the watchdog's findings use. Nothing pasted is written
anywhere: no database row, no log line, no file.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from jaganetral.attribute.index import build_index
from jaganetral.errors import InvalidInput
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import AccountRef, Activity, GroupRef, Kind, Platform, Target
from jaganetral.model.clock import CALENDAR_ZONE
from jaganetral.model.election import Election
from jaganetral.model.people import AccountKey, AsnStatus
from jaganetral.model.registry import RegistryRow
from jaganetral.screen.gazetteer import HitKind
from jaganetral.screen.screener import ScreenResult
from jaganetral.screen.stance import PARTISAN

MODES = ("acted", "tagged")
#: names of elections people write about; one not among the server's is said to be unknown
_ELECTION_WORDS = re.compile(
    r"\b(pilpres|pileg|pemilu|pilkada|pilgub|pilbup|pilwalkot|pilwali)\s*(?:'|20)?(\d{2})?\b", re.I
)
TAGGED_ADVICE = (
    "Anda tidak melanggar karena ditandai atau dimasukkan ke grup oleh orang lain; ini peringatan.",
    "Hapus penandaan (untag) atau sembunyikan unggahan itu dari linimasa Anda.",
    "Keluar dari grup kampanye tersebut sesegera mungkin.",
    "Jangan menyukai, mengomentari atau membagikan isinya: keterlibatan itu dapat menjadi pelanggaran.",
    "Bila perlu, laporkan kepada atasan atau Bawaslu setempat (jaganetral: halaman Lapor).",
)
SAFE = "Tidak ditemukan muatan kampanye untuk pemilihan yang dipantau."
UNKNOWN_ELECTION = "Pemilihan yang disebut tidak dipantau server ini: teks ini tidak dapat dinilai di sini."
EVERY_ELECTION = "Larangan berkampanye bagi ASN tetap berlaku pada setiap pemilihan, juga yang ini."
_YOU_NIP = "199001012015011001"
_YOU_HANDLE = "anda.asn.cek"
KINDS = {"post": Kind.POST, "share": Kind.SHARE, "comment": Kind.COMMENT, "reaction": Kind.REACTION}
_counter = itertools.count()


@dataclass(frozen=True, slots=True)
class SelfCheck:
    verdict: str  # melanggar | perlu_ditelaah | aman | peringatan
    headline: str
    screening: tuple[str, ...]
    explanation: tuple[str, ...]
    codes: tuple[str, ...]
    legal_basis: tuple[str, ...]
    stage: str | None
    candidates: tuple[str, ...] = ()  # by name and ballot number, never internal ids
    advice: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


class SelfChecker:
    def __init__(self, elections: tuple[Election, ...]) -> None:
        you = RegistryRow(
            line=1,
            nip=_YOU_NIP,
            nama="Anda",
            jabatan="ASN",
            instansi="Instansi Anda",
            unit_kerja="",
            wilayah="",
            status=AsnStatus.PNS,
            accounts=(AccountKey(Platform.FACEBOOK, _YOU_HANDLE),),
        )
        self.elections = elections
        self.analyzer = Analyzer(elections, build_index([you]))

    def candidate_names(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        out = []
        for e in self.elections:
            for contest in e.contests:
                for c in contest.candidates:
                    if c.id in ids:
                        num = f" (nomor urut {c.ballot_number})" if c.ballot_number else ""
                        out.append(f"{c.name}{num} — {e.name}")
        return tuple(out)

    def unknown_elections(self, text: str) -> tuple[str, ...]:
        """Elections the text names that this server does not watch (it can say nothing about those)."""
        known = " ".join(f"{e.id} {e.name} {e.voting_day.year}" for e in self.elections).lower()
        out = []
        for m in _ELECTION_WORDS.finditer(text):
            word, yy = m.group(1).lower(), m.group(2)
            kind_known = (
                ("pilkada" in known) if word.startswith("pil") and word != "pilpres" else ("pemilu" in known)
            )
            if word in ("pilpres", "pileg"):
                kind_known = "pemilu" in known
            year_known = yy is None or f"20{yy}" in known
            if not (kind_known and year_known):
                out.append(m.group(0))
        return tuple(dict.fromkeys(out))

    def check(self, text: str, kind: str, on: date, target_text: str = "", mode: str = "acted") -> SelfCheck:
        if not text.strip() and not target_text.strip():
            raise InvalidInput(
                "teks kosong: tempel teks unggahan, komentar atau unggahan yang Anda sukai", field="text"
            )
        if mode not in MODES:
            raise InvalidInput(
                "pilih: saya yang mengunggah/menyukai, atau saya ditandai orang lain", field="mode"
            )
        text = text[:5000]
        notes = tuple(
            f"Teks menyebut {w!r}, pemilihan yang tidak dipantau server ini: penilaian hanya untuk "
            + ", ".join(e.name for e in self.elections)
            for w in self.unknown_elections(f"{text} {target_text}")
        )
        if mode == "tagged":
            return self._tagged(text or target_text, on, notes)
        k = KINDS.get(kind, Kind.POST)
        target = Target(id="t", text=target_text[:5000]) if target_text.strip() else None
        if k in (Kind.SHARE, Kind.REACTION) and target is None:
            target = Target(id="t", text=text)
        a = Activity(
            id=f"selfcheck-{next(_counter)}",
            platform=Platform.FACEBOOK,
            kind=k,
            created_at=datetime.combine(on, time(12, 0), CALENDAR_ZONE.tz),
            actor=AccountRef(handle=_YOU_HANDLE, name="Anda"),
            text=text if k not in (Kind.REACTION,) else "",
            target=target,
        )
        s = self.analyzer.screener.screen(a)
        f = self.analyzer.analyse(a)
        screening = tuple(s.reasons)
        if f is None:
            return SelfCheck("aman", SAFE, screening, (), (), (), None, notes=notes)
        if notes and not set(f.candidate_ids) & _named(s):
            # "coblos nomor 2 di Pilpres 2029": a ballot number of an election this server does not
            # watch is no candidate of the ones it does; say it cannot judge, not "safe", not theirs
            more = (*notes, EVERY_ELECTION)
            return SelfCheck("perlu_ditelaah", UNKNOWN_ELECTION, screening, (), (), (), None, notes=more)
        verdict = "melanggar" if f.status.value == "violation" else "perlu_ditelaah"
        head = (
            "Jika Anda ASN, tindakan ini memenuhi unsur pelanggaran netralitas."
            if verdict == "melanggar"
            else "Tindakan ini perlu ditelaah: sebagian unsur pelanggaran terpenuhi."
        )
        # the stand-in registry entry is not the user's: drop its identity details from the text
        expl = tuple(
            x.replace(f" (NIP {_YOU_NIP}, PNS)", "").replace(f"NIP {_YOU_NIP}", "")
            for x in f.explanation
            if not x.startswith("Identitas")
        )
        return SelfCheck(
            verdict, head, screening, expl, tuple(f.violation_codes), tuple(f.legal_basis), f.stage,
            candidates=self.candidate_names(tuple(f.candidate_ids)), notes=notes,
        )  # fmt: skip

    def _tagged(self, text: str, on: date, notes: tuple[str, ...]) -> SelfCheck:
        """Tagged or added by someone else: never a violation by itself; what to do now."""
        a = Activity(
            id=f"selfcheck-{next(_counter)}",
            platform=Platform.FACEBOOK,
            kind=Kind.TAGGED,
            created_at=datetime.combine(on, time(12, 0), CALENDAR_ZONE.tz),
            actor=AccountRef(handle=_YOU_HANDLE, name="Anda"),
            text=text,
            initiated_by=AccountRef(name="orang lain"),
            group=GroupRef(id="g", name="grup"),
        )
        s = self.analyzer.screener.screen(a)
        ids = tuple(s.candidate_ids)
        if not ids and s.stance not in PARTISAN:
            return SelfCheck("aman", SAFE, tuple(s.reasons), (), (), (), None, notes=notes)
        return SelfCheck(
            "peringatan",
            "Anda ditandai/dimasukkan oleh orang lain: bukan pelanggaran, tetapi segera ambil langkah ini.",
            tuple(s.reasons), (), (), (), None, candidates=self.candidate_names(ids), advice=TAGGED_ADVICE,
            notes=notes,
        )  # fmt: skip


def _named(s: ScreenResult) -> set[str]:
    """The candidates a text names (name, alias, pair, slogan …), not only by a ballot number."""
    return {
        cid
        for reading in (s.own, s.context)
        for h in reading.hits
        if h.entry.kind is not HitKind.BALLOT
        for cid in h.entry.candidate_ids
    }
