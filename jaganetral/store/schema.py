"""The whole schema: importing this registers every table module on the one ``metadata``."""

from __future__ import annotations

from jaganetral.store import case_tables as case_tables
from jaganetral.store import evidence_tables as evidence_tables
from jaganetral.store.tables import metadata as metadata

__all__ = ["case_tables", "evidence_tables", "metadata"]
