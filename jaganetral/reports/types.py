"""The inputs of the report builders: plain frozen dataclasses, filled by the web app or the CLI.

Reports read no database. Whoever calls them (``web`` for downloads, ``cli`` for batch exports)
loads a case, its findings, events and evidence and copies them into these types; the builders then
only lay out what they are given. Findings are accepted either as :class:`~jaganetral.model.finding.
Finding` objects or as the plain dict of ``Finding.to_dict()`` (what the store keeps as JSON).

Times: every datetime must be aware; it is shown in the ``zone`` of the document (the case's zone
for a dossier, the unit's for a letter: WIB, WITA or WIT), through :mod:`jaganetral.model.clock`.

``settings`` (the issuing Bawaslu unit, for headers and the kop surat) is a plain mapping with these
keys, all optional except ``unit_name``:

``unit_name``
    e.g. ``"Bawaslu Kabupaten Bandung"``; the first line of the kop surat is its upper-case form
    unless ``letterhead`` is given.
``letterhead``
    the institution line of the kop surat, e.g. ``"BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN BANDUNG"``.
``parent_name``
    the line above it, default ``"BADAN PENGAWAS PEMILIHAN UMUM REPUBLIK INDONESIA"`` (set to ``""``
    to leave it out).
``address``, ``phone``, ``email``, ``website``
    the small lines under the kop.
``city``
    where letters are signed (the unit's city; a letter without one is refused).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from jaganetral.model.clock import Zone
from jaganetral.model.finding import Finding

#: A finding as the reports take it: the model object or its ``to_dict()`` form.
FindingLike = Finding | Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Subject:
    """Who the case is about: an ASN (``kind="asn"``) or an institution's account (``"institution"``)."""

    kind: str  # asn | institution | unknown
    name: str | None
    nip: str | None = None
    jabatan: str | None = None
    instansi: str | None = None
    wilayah: str | None = None
    #: the account the activity came from (handle or URL), always shown for institution accounts
    account: str | None = None
    platform: str | None = None
    #: for an institution's account: the official answerable for it (a natural person)
    official_name: str | None = None
    official_nip: str | None = None
    official_jabatan: str | None = None


@dataclass(frozen=True, slots=True)
class ViolationInfo:
    """One violation code with what the catalogue says about it (shown in the dossier and letter)."""

    code: str
    title: str = ""
    legal_basis: tuple[str, ...] = ()
    sanction_category: str = ""  # etik | disiplin | pidana | administratif
    #: the level; two entries when published readings differ (both are shown)
    sanction_level: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Citation:
    """The provisions of one law a letter rests on: "Pasal 5 huruf n angka 6 PP 94/2021"."""

    law: str  # the law's short name (its full name is in the letter's Dasar hukum)
    articles: tuple[str, ...]
    criminal: bool = False

    def text(self) -> str:
        arts = list(self.articles)
        joined = arts[0] if len(arts) == 1 else ", ".join(arts[:-1]) + " dan " + arts[-1]
        return f"{joined} {self.law}"


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One entry of a case's append-only history (``case_events``)."""

    at: datetime
    actor: str
    kind: str  # opened | transition | note | clock_extended | recommendation_drafted | … (case_events.kind)
    from_state: str | None = None
    to_state: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One evidence item of the case, with the result of its last integrity and online checks.

    ``integrity_ok``: ``True`` when the stored bytes still hash to ``sha256``, ``False`` when they do
    not, ``None`` when not checked. ``online_status`` is the ``state`` of
    :class:`jaganetral.evidence.online.OnlineState` — ``"ok"`` (or ``"online"``), ``"deleted"``,
    ``"changed"``, ``"unknown"`` — or ``"unreachable"``, or ``None`` (never checked).
    ``posted_at`` and ``deleted_at`` (``deleted_noticed_at``: when first seen gone) let the dossier say
    how long a post stayed up ("dihapus … (3 jam setelah diunggah)"); ``online_checked_at`` is
    ``last_checked_at``.
    """

    sha256: str
    kind: str  # screenshot | html | warc | export | document | …
    captured_at: datetime | None = None
    integrity_ok: bool | None = None
    online_status: str | None = None
    online_checked_at: datetime | None = None
    posted_at: datetime | None = None
    deleted_at: datetime | None = None
    url: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class CaseDossier:
    """Everything printed in a case dossier. ``generated_at`` is "now" (it decides "overdue")."""

    case_id: str
    title: str
    state: str  # the workflow state code, e.g. ``klarifikasi`` (rules.md §5)
    subject: Subject
    generated_at: datetime
    settings: Mapping[str, str]
    origin: str | None = None  # temuan | laporan
    election_id: str | None = None
    election_name: str | None = None
    election_type: str | None = None  # pemilu | pilkada
    zone: Zone | None = None  # the case's zone (WIB when not given)
    event_date: datetime | None = None
    discovered_at: datetime | None = None
    opened_at: datetime | None = None
    updated_at: datetime | None = None
    due_at: datetime | None = None
    #: ``None``: overdue when ``due_at`` is before ``generated_at`` and the case is not closed
    overdue: bool | None = None
    outcome: str | None = None
    forwarded_to: str | None = None
    findings: tuple[FindingLike, ...] = ()
    #: empty: one row per code of the findings, with their legal basis and sanction
    violations: tuple[ViolationInfo, ...] = ()
    events: tuple[CaseEvent, ...] = ()
    evidence: tuple[EvidenceRow, ...] = ()
    generated_by: str | None = None
    #: the words of each post, by finding id: (text, where it came from)
    quotes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: candidate id → how people name them ("Heri Amalindo (nomor urut 1)"), for the explanations
    candidates: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Signatory:
    """A person in the letter's four-eyes record. ``username`` (when given) tells people apart."""

    name: str
    role: str
    nip: str | None = None
    username: str | None = None


@dataclass(frozen=True, slots=True)
class RecommendationLetter:
    """A recommendation letter (to BKN, to KASN before 23 Aug 2024, or to Gakkumdu).

    ``recipient`` ``None`` picks by ``letter_date``: KASN before 23 August 2024, BKN from then on;
    ``"gakkumdu"`` must be asked for. An approved letter (``approver`` and ``approved_at`` set)
    needs an approver other than the drafter; otherwise the letter is printed as a DRAF.
    Empty ``legal_bases`` means: the standard list for the recipient and election type, then the
    legal basis of each violation. ``conclusion`` and ``recommendation`` default to the usual
    wording; ``facts`` (uraian singkat kejadian) must be given.
    """

    number: str  # Nomor, e.g. "123/PP.01.02/K.JB-06/11/2026"
    letter_date: date
    case_id: str
    subject: Subject
    facts: tuple[str, ...]
    violations: tuple[ViolationInfo, ...]
    drafter: Signatory
    drafted_at: datetime
    settings: Mapping[str, str]
    approver: Signatory | None = None
    approved_at: datetime | None = None
    recipient: str | None = None  # bkn | kasn | gakkumdu, any case (the cases module says "BKN")
    election_type: str | None = None  # pemilu | pilkada
    election_name: str | None = None
    nature: str = "Segera"  # Sifat
    attachments: int = 1  # Lampiran: number of files (berkas); 0 prints "-"
    subject_line: str | None = None  # Hal; default by recipient
    addressee: tuple[str, ...] = ()  # overrides "Yth. …" lines
    addressee_place: str | None = None  # overrides "di Jakarta"
    place: str | None = None  # where signed; default settings["city"]
    legal_bases: tuple[str, ...] = ()
    conclusion: str | None = None
    recommendation: str | None = None
    copies: tuple[str, ...] = field(default=())  # Tembusan
    #: the provisions, by law (each law once); cited in the conclusion instead of the app's codes
    citations: tuple[Citation, ...] = ()
    #: who signs for the unit (the Ketua, say); the four-eyes record stays in the note
    signer: Signatory | None = None
    zone: Zone | None = None  # the unit's zone: the times of the four-eyes note are shown in it
