"""What the public may do without an account: file a report (screenshots kept as evidence, read by
OCR) and check a text of their own against the rules (nothing stored)."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request

from jaganetral.cases.service import CaseService
from jaganetral.errors import InvalidInput
from jaganetral.evidence.images import check_image
from jaganetral.web.documents import _blobs

MAX_UPLOAD = 10 * 1024 * 1024


def _svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


def file_public_report(
    request: Request,
    *,
    what: str,
    where: str,
    when: str,
    links: str,
    reporter_name: str,
    reporter_contact: str,
    files: list[tuple[str, bytes]],
    election_id: str | None = None,
) -> str:
    """Store the screenshots as evidence (OCR'd into text), then the report; return its code."""
    link_list = [u for u in re.split(r"\s+", links.strip()) if u][:20]
    for u in link_list:
        if not re.match(r"^https?://", u):
            raise InvalidInput(f"tautan harus diawali http:// atau https:// ({u[:60]})", field="links")
    files = files[:5]
    for name, data in files:  # every file checked before anything is stored
        if len(data) > MAX_UPLOAD:
            raise InvalidInput(f"{name}: berkas lebih dari 10 MB", field="screenshots")
        # the real type and the pixel count from the header, before OCR or anything decodes it
        check_image(name, data, field="screenshots")
    blobs = _blobs(request)
    shas: list[str] = []
    new_blobs: list[str] = []
    texts: list[str] = []
    ocr = request.app.state.cfg.ocr
    try:
        for _name, data in files:
            if blobs is not None:
                sha, new = blobs.put_bytes(data)
                shas.append(sha)
                if new:
                    new_blobs.append(sha)
            if ocr is not None:
                try:
                    texts.append(ocr(data).strip())
                except Exception as exc:  # OCR is a help, never a reason to lose a report
                    texts.append(f"[OCR gagal: {type(exc).__name__}]")
        code = _svc(request).file_public_report(
            what=what, where=where, when=when, links=link_list, evidence_sha256=shas,
            ocr_text="\n\n".join(texts), reporter_name=reporter_name, reporter_contact=reporter_contact,
            election_id=election_id or None,
        )  # fmt: skip
    except BaseException:
        # a refused report leaves no stray files in the evidence folder
        for sha in new_blobs:
            if blobs is not None:
                blobs.remove(sha)
        raise
    hook = request.app.state.cfg.extra.get("on_public_evidence")
    if hook is not None and shas:
        hook(shas, code)
    return code


def tesseract_bytes(data: bytes) -> str:
    """OCR of an uploaded image with the ``tesseract`` binary (ind+eng)."""
    from jaganetral.sources.screenshot import tesseract_ocr

    with tempfile.NamedTemporaryFile(suffix=".img") as fh:
        fh.write(data)
        fh.flush()
        return tesseract_ocr(Path(fh.name))


def selfcheck(request: Request, text: str, kind: str, on: date, target_text: str, mode: str = "acted") -> Any:
    checker = request.app.state.cfg.extra.get("selfchecker")
    if checker is None:
        from jaganetral.web.selfcheck import SelfChecker

        checker = SelfChecker(request.app.state.cfg.elections)
        request.app.state.cfg.extra["selfchecker"] = checker
    return checker.check(text, kind, on, target_text, mode)
