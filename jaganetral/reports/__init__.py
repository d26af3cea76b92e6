"""Documents of the workbench: the case dossier (PDF), the recommendation letter (PDF), XLSX and CSV.

The last stage before the web app: pure functions from plain inputs (:mod:`jaganetral.reports.types`)
to bytes. They read no database and no file, so the web app, the CLI and the tests call them alike.
"""

from __future__ import annotations

from jaganetral.reports.dossier import case_dossier_pdf
from jaganetral.reports.letter import recipient_for, recommendation_letter_pdf
from jaganetral.reports.tabular import neutralise, rows_to_csv, rows_to_xlsx
from jaganetral.reports.types import (
    CaseDossier,
    CaseEvent,
    Citation,
    EvidenceRow,
    RecommendationLetter,
    Signatory,
    Subject,
    ViolationInfo,
)

__all__ = [
    "CaseDossier",
    "CaseEvent",
    "Citation",
    "EvidenceRow",
    "RecommendationLetter",
    "Signatory",
    "Subject",
    "ViolationInfo",
    "case_dossier_pdf",
    "neutralise",
    "recipient_for",
    "recommendation_letter_pdf",
    "rows_to_csv",
    "rows_to_xlsx",
]
