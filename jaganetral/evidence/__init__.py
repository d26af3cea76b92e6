"""Evidence: the vault (items by SHA-256), the custody chain, capture, re-check, packages, verification.

Stage after ``judge`` in the flow. What each module does:

- :mod:`~jaganetral.evidence.custody` — the append-only, hash-chained log of events, and
  :func:`~jaganetral.evidence.custody.record_event` for the web app ("viewed", "exported"…).
- :mod:`~jaganetral.evidence.vault` — registers stored items (``evidence_items`` + "captured").
- :mod:`~jaganetral.evidence.verify` — re-hashes items and the chain; names the first broken link.
- :mod:`~jaganetral.evidence.capture` / :mod:`~jaganetral.evidence.online` — WARC capture of
  URLs, optional Chromium screenshot/PDF, and the deletion re-check.
- :mod:`~jaganetral.evidence.package` — BagIt packages signed with Ed25519
  (:mod:`~jaganetral.evidence.keys`), optional RFC 3161 tokens (:mod:`~jaganetral.evidence.tsa`).
- :mod:`~jaganetral.evidence.status` — integrity and online state of items, for findings and cases.
"""
