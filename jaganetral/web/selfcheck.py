"""ASN self-check: "apakah unggahan ini melanggar?" — the real screen and judge, nothing stored.

The text is judged as if a registered ASN ("Anda") had done it on the chosen platform and date, so the
answer uses exactly the rules and explanations the watchdog's findings use. Nothing pasted is written
anywhere: no database row, no log line, no file.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from jaganetral.attribute.index import build_index
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import AccountRef, Activity, Kind, Platform, Target
from jaganetral.model.election import Election
from jaganetral.model.people import AccountKey, AsnStatus
from jaganetral.model.registry import RegistryRow

WIB = ZoneInfo("Asia/Jakarta")
_YOU_NIP = "199001012015011001"
_YOU_HANDLE = "anda.asn.cek"
KINDS = {"post": Kind.POST, "share": Kind.SHARE, "comment": Kind.COMMENT, "reaction": Kind.REACTION}
_counter = itertools.count()


@dataclass(frozen=True, slots=True)
class SelfCheck:
    verdict: str  # melanggar | perlu_ditelaah | aman
    headline: str
    screening: tuple[str, ...]
    explanation: tuple[str, ...]
    codes: tuple[str, ...]
    legal_basis: tuple[str, ...]
    stage: str | None


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

    def check(self, text: str, kind: str, on: date, target_text: str = "") -> SelfCheck:
        text = text[:5000]
        k = KINDS.get(kind, Kind.POST)
        target = Target(id="t", text=target_text[:5000]) if target_text.strip() else None
        if k in (Kind.SHARE, Kind.REACTION) and target is None:
            target = Target(id="t", text=text)
        a = Activity(
            id=f"selfcheck-{next(_counter)}",
            platform=Platform.FACEBOOK,
            kind=k,
            created_at=datetime.combine(on, time(12, 0), WIB),
            actor=AccountRef(handle=_YOU_HANDLE, name="Anda"),
            text=text if k not in (Kind.REACTION,) else "",
            target=target,
        )
        s = self.analyzer.screener.screen(a)
        f = self.analyzer.analyse(a)
        screening = tuple(s.reasons)
        if f is None:
            return SelfCheck(
                "aman",
                "Tidak ditemukan muatan kampanye untuk pemilihan yang dipantau.",
                screening,
                (),
                (),
                (),
                None,
            )
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
            verdict, head, screening, expl, tuple(f.violation_codes), tuple(f.legal_basis), f.stage
        )
