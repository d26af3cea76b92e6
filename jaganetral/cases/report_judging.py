"""Public reports through screen → attribute → judge: the one adapter between cases and the judge.

A citizen's report is text (what they typed plus the OCR of their screenshots) about a person staff
name as the *terlapor*. It is judged as an activity of that person, on the incident date, with the
same :class:`~jaganetral.judge.analysis.Analyzer` the scans use, so its finding reads like any other.
This is the only place the cases stage calls the judge: re-pointing public reports at another
judging pipeline means changing :func:`judge_public_report` only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from jaganetral.model.activity import AccountRef, Activity, Kind, Platform, SourceRef, activity_to_dict
from jaganetral.model.canonical import canonical_json
from jaganetral.model.finding import Finding

FORMAT = "laporan_publik"


class _Analyzer(Protocol):  # what we need of jaganetral.judge.analysis.Analyzer
    def analyse(self, a: Activity) -> Finding | None: ...


@dataclass(frozen=True, slots=True)
class ReportAct:
    """What a public report says happened, once staff have named who did it."""

    tracking_code: str
    text: str
    at: datetime
    actor_name: str | None
    actor_handle: str | None = None
    platform: str = "other"
    url: str | None = None


def report_record(act: ReportAct) -> tuple[bytes, str]:
    """The bytes kept as the report's evidence record, and their SHA-256."""
    body = {
        "tracking_code": act.tracking_code,
        "text": act.text,
        "at": act.at.isoformat(),
        "actor": {"name": act.actor_name, "handle": act.actor_handle},
        "platform": act.platform,
        "url": act.url,
    }
    data = canonical_json(body)
    return data, hashlib.sha256(data).hexdigest()


def report_activity(act: ReportAct, record_sha256: str) -> Activity:
    """The report as a canonical activity of the terlapor (platform ``other`` unless known)."""
    try:
        platform = Platform(act.platform)
    except ValueError:
        platform = Platform.OTHER
    return Activity(
        id=f"{act.tracking_code.lower()}",
        platform=platform,
        kind=Kind.POST,
        created_at=act.at,
        actor=AccountRef(handle=act.actor_handle, name=act.actor_name),
        text=act.text[:20_000],
        url=act.url,
        source=SourceRef(record_sha256, f"laporan {act.tracking_code}", "laporan", None),
    )


def judge_public_report(analyzer: _Analyzer, act: ReportAct) -> tuple[Activity, Finding | None, bytes]:
    """Judge the report as the terlapor's act: (activity, finding or None, evidence record bytes)."""
    data, sha = report_record(act)
    a = report_activity(act, sha)
    exposures = getattr(analyzer, "exposures", None)
    try:
        f = analyzer.analyse(a)
    finally:
        if isinstance(exposures, dict):
            exposures.clear()  # one report says nothing about the next
    return a, f, data


__all__ = [
    "FORMAT",
    "ReportAct",
    "activity_to_dict",
    "judge_public_report",
    "report_activity",
    "report_record",
]
