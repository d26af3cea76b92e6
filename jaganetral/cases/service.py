"""Cases: findings become cases that move through Bawaslu's procedure, every step recorded.

:class:`CaseService` is the one outside name; its work lives in rooms with one job each, stacked in
this order: :mod:`~jaganetral.cases.base` (engine, clock, the write path, visibility),
:mod:`~jaganetral.cases.intake` (opening cases, public reports, the terlapor),
:mod:`~jaganetral.cases.procedure` (moves, clocks, preconditions, triage),
:mod:`~jaganetral.cases.recommendations` (drafts, four eyes, agenda numbers) and
:mod:`~jaganetral.cases.queries` (lists, the case view, inbox, dashboard) and
:mod:`~jaganetral.cases.work` (assignment, notifications, merges, documents, bulk triage, audit).
Every write is one short transaction; history rows (``case_events``, ``audit_log``) are only ever
inserted (a dismissal undone leaves ``triage`` but stays in the audit log).
Visibility is enforced here, not in the pages: an ``instansi`` user gets "not found" for another
agency's case whichever way they ask (page, API, export).
"""

from __future__ import annotations

from jaganetral.cases.base import CustodyHook, week_of
from jaganetral.cases.intake import OPEN_STATUSES, subject_of
from jaganetral.cases.procedure import letter_gaps
from jaganetral.cases.queries import CaseFilter, CasePage, CaseView
from jaganetral.cases.work import DOCUMENT_KINDS, InboxFilter, Work


class CaseService(Work):
    """The case workflow over one database."""


__all__ = [
    "OPEN_STATUSES",
    "CaseFilter",
    "CasePage",
    "CaseService",
    "CaseView",
    "DOCUMENT_KINDS",
    "InboxFilter",
    "CustodyHook",
    "letter_gaps",
    "subject_of",
    "week_of",
]
