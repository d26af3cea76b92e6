"""Evidence packages: a self-contained, signed BagIt (RFC 8493) bag in one ZIP file.

Layout (everything under one top folder ``jaganetral-<case>/``, as BagIt serialisation asks)::

    bagit.txt  bag-info.txt  manifest-sha256.txt  tagmanifest-sha256.txt
    jaganetral-public-key.pem           the signer's public key (also listed in tagmanifest)
    tagmanifest-sha256.txt.sig          Ed25519 signature of tagmanifest-sha256.txt (base64)
    tagmanifest-sha256.txt.tsr          optional RFC 3161 time-stamp response over the same file
    data/items/<sha256>.<ext>           every item, named by its hash
    data/items.json  data/custody.jsonl data/findings.json  data/case.json
    data/index.html  data/index.pdf     the human-readable index
    data/README.txt                     how to check, in Indonesian and English

**What is signed.** ``tagmanifest-sha256.txt`` lists the SHA-256 of every tag file — including
``manifest-sha256.txt``, which lists the SHA-256 of every payload file — so one signature over the
tag manifest covers every byte of the bag. The signature and the time-stamp cannot list
themselves, so they sit outside the tag manifest, and :func:`check_package` allows nothing else
there.

**The ZIP itself is canonical**: entries stored (not compressed), fixed dates and attributes, no
comments or extra fields (except ZIP64 records), entries back to back. :func:`check_package`
cross-checks every local header against the central directory, so a changed byte anywhere in
the file — even in a field no hash covers — fails the check.

:func:`build_package` takes plain values (item metadata rows, finding documents, custody entries,
a function giving each item's file), so the web application can build packages as the CLI does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import mmap
import re
import struct
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jaganetral import __version__
from jaganetral.errors import InvalidData, JaganetralError
from jaganetral.evidence.custody import Entry, entry_from_dict, iso
from jaganetral.evidence.index import IndexData, render_html, render_pdf
from jaganetral.evidence.keys import fingerprint, load_public, public_pem
from jaganetral.evidence.tsa import TimestampError, Token, parse_response
from jaganetral.evidence.vault import meta_hash
from jaganetral.store.seal import doc_sha256, values_sha256, verify_signature

PUBKEY = "jaganetral-public-key.pem"
SIG = "tagmanifest-sha256.txt.sig"
TSR = "tagmanifest-sha256.txt.tsr"
FIXED_DATE = (1980, 1, 1, 0, 0, 0)
FILE_ATTR = 0o100644 << 16
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_DOS_TIME = 0

_EXT = {
    "application/json": ".json",
    "application/warc": ".warc.gz",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "application/timestamp-reply": ".tsr",
    "video/mp4": ".mp4",
}

README = """\
PAKET BUKTI JAGANETRAL

Paket ini berisi barang bukti (folder data/items, setiap berkas dinamai menurut sidik SHA-256
isinya), keterangannya (items.json), catatan rantai penjagaan (custody.jsonl), temuan
(findings.json) dan daftar isi yang dapat dibaca (index.html, index.pdf).

Memeriksa keutuhan:  jaganetral evidence check PAKET.zip --key KUNCI-PUBLIK.pem
Kunci publik harus diperoleh dari penerbit lewat jalur lain, bukan dari paket ini.
Tanpa jaganetral: sha256sum -c manifest-sha256.txt (di dalam folder paket yang diekstrak)
membuktikan setiap berkas data/ sesuai manifest; tanda tangan Ed25519 pada
tagmanifest-sha256.txt.sig (base64) mengikat manifest kepada pemilik kunci.

EVIDENCE PACKAGE (English)

Items are in data/items, each named by the SHA-256 of its content, with their metadata
(items.json), the custody entries about them (custody.jsonl), the findings (findings.json)
and a readable index (index.html, index.pdf).

Check integrity:  jaganetral evidence check PACKAGE.zip --key PUBLIC-KEY.pem
Obtain the public key from the issuer by another channel, not from this package.
Without jaganetral: `sha256sum -c manifest-sha256.txt` (inside the extracted bag) proves
every data/ file matches the manifest; the Ed25519 signature in tagmanifest-sha256.txt.sig
(base64) binds the manifest to the key holder.
"""


class PackageError(JaganetralError):
    """A package could not be written."""


@dataclass(frozen=True, slots=True)
class PackageInput:
    """Everything a package holds, as plain values."""

    label: str  # case id, or a name for an ad-hoc package
    case: Mapping[str, Any]
    findings: Sequence[Mapping[str, Any]]
    items: Sequence[Mapping[str, Any]]  # evidence_items rows as :func:`vault.item_row_dict` gives
    custody: Sequence[Entry]
    chain_head: tuple[int, str] | None
    item_file: Callable[[str], Path]  # sha256 → the stored file
    #: the case's rows as hashed (case, events, public reports), checked against signed entries
    records: Mapping[str, Any] = field(default_factory=dict)
    #: what re-checks found online, per finding (apart from the findings, which stay as judged)
    online: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PackageInfo:
    path: Path
    sha256: str
    bag: str
    items: int
    payload_oxum: str
    key_fingerprint: str
    timestamp: Token | None


def item_path(item: Mapping[str, Any]) -> str:
    """Where an item sits in the bag: ``data/items/<sha256><ext>``."""
    ext = _EXT.get(str(item.get("media_type")), "")
    if not ext and item.get("kind") == "input_file" and item.get("source"):
        m = re.search(r"(\.[A-Za-z0-9]{1,8})$", str(item["source"]))
        ext = m.group(1).lower() if m else ""
    return f"data/items/{item['sha256']}{ext}"


def _safe(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-") or "paket"


def _zinfo(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    zi.create_system = 3
    zi.external_attr = FILE_ATTR
    # Stored, not deflated: the unused bits at the end of a deflate stream can change without
    # changing the content, and a package must fail its check on *any* changed byte.
    zi.compress_type = zipfile.ZIP_STORED
    return zi


class _Writer:
    """Writes bag files into the ZIP and remembers their SHA-256 and size."""

    def __init__(self, zf: zipfile.ZipFile, bag: str) -> None:
        self.zf = zf
        self.bag = bag
        self.sums: dict[str, tuple[str, int]] = {}

    def text(self, rel: str, data: str | bytes) -> None:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self.zf.writestr(_zinfo(f"{self.bag}/{rel}"), raw)
        self.sums[rel] = (hashlib.sha256(raw).hexdigest(), len(raw))

    def file(self, rel: str, src: Path) -> None:
        zi = _zinfo(f"{self.bag}/{rel}")
        size = src.stat().st_size
        zi.file_size = size
        h = hashlib.sha256()
        with src.open("rb") as inp, self.zf.open(zi, "w", force_zip64=size >= 1 << 31) as out:
            while chunk := inp.read(1 << 20):
                h.update(chunk)
                out.write(chunk)
        self.sums[rel] = (h.hexdigest(), size)


def _manifest(sums: Mapping[str, tuple[str, int]], names: Sequence[str]) -> str:
    return "".join(f"{sums[n][0]}  {n}\n" for n in sorted(names))


def build_package(
    inp: PackageInput,
    out: Path,
    *,
    key: Ed25519PrivateKey,
    timestamp: Callable[[bytes], Token] | None = None,
    now: datetime | None = None,
) -> PackageInfo:
    """Write the package of ``inp`` to ``out`` (atomically); ``timestamp`` gets the tag manifest's
    SHA-256 and returns an RFC 3161 token when a TSA is configured."""
    when = (now or datetime.now(UTC)).astimezone(UTC)
    bag = f"jaganetral-{_safe(inp.label)}"
    pub = key.public_key()
    fp = fingerprint(pub)
    head = f"{inp.chain_head[0]} {inp.chain_head[1]}" if inp.chain_head else "(empty)"
    items = sorted(inp.items, key=lambda i: (str(i["captured_at"]), str(i["sha256"])))
    listed = [{**i, "path": item_path(i)} for i in items]
    custody = [e.to_dict() for e in sorted(inp.custody, key=lambda e: e.seq)]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    token: Token | None = None
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            w = _Writer(zf, bag)
            for i in listed:
                src = inp.item_file(str(i["sha256"]))
                if not src.is_file():
                    raise PackageError(f"item {i['sha256']}: file {src} is missing from the vault")
                w.file(str(i["path"]), src)
                if w.sums[str(i["path"])][0] != i["sha256"]:
                    raise PackageError(
                        f"item {i['sha256']}: stored file does not match its hash (run verify)"
                    )
            w.text("data/items.json", json.dumps(listed, ensure_ascii=False, indent=1, sort_keys=True))
            w.text(
                "data/custody.jsonl",
                "".join(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in custody),
            )
            w.text(
                "data/findings.json",
                json.dumps(list(inp.findings), ensure_ascii=False, indent=1, sort_keys=True, default=str),
            )
            w.text(
                "data/records.json",
                json.dumps(dict(inp.records), ensure_ascii=False, indent=1, sort_keys=True),
            )
            w.text(
                "data/online.json", json.dumps(dict(inp.online), ensure_ascii=False, indent=1, sort_keys=True)
            )
            w.text(
                "data/case.json",
                json.dumps(dict(inp.case), ensure_ascii=False, indent=1, sort_keys=True, default=str),
            )
            title = str(inp.case.get("title") or inp.label)
            idx = IndexData(
                title=f"Paket bukti / Evidence package {inp.label}: {title}",
                case=inp.case,
                findings=inp.findings,
                items=listed,
                custody=custody,
                created_at=iso(when),
                tool=f"jaganetral {__version__}",
                key_fingerprint=fp,
                chain_head=head,
            )
            w.text("data/index.html", render_html(idx))
            w.text("data/index.pdf", render_pdf(idx))
            w.text("data/README.txt", README)
            payload = [n for n in w.sums if n.startswith("data/")]
            octets = sum(w.sums[n][1] for n in payload)
            oxum = f"{octets}.{len(payload)}"
            w.text("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
            info = {
                "Bagging-Date": when.date().isoformat(),
                "Bag-Software-Agent": f"jaganetral {__version__}",
                "External-Identifier": inp.label,
                "External-Description": " ".join(title.split()),
                "Payload-Oxum": oxum,
                "Jaganetral-Bagging-Time": iso(when),
                "Jaganetral-Items": str(len(listed)),
                "Jaganetral-Custody-Entries": str(len(custody)),
                "Jaganetral-Custody-Chain-Head": head,
                "Jaganetral-Signing-Key": fp,
                # every custody entry below is signed; records.json is tied to them (check_package)
                "Jaganetral-Signed-Custody": "yes",
            }
            w.text("bag-info.txt", "".join(f"{k}: {v}\n" for k, v in info.items()))
            w.text("manifest-sha256.txt", _manifest(w.sums, payload))
            w.text(PUBKEY, public_pem(pub))
            tags = [n for n in w.sums if not n.startswith("data/")]
            tagmanifest = _manifest(w.sums, tags).encode("utf-8")
            zf.writestr(_zinfo(f"{bag}/tagmanifest-sha256.txt"), tagmanifest)
            zf.writestr(_zinfo(f"{bag}/{SIG}"), base64.b64encode(key.sign(tagmanifest)) + b"\n")
            if timestamp is not None:
                token = timestamp(hashlib.sha256(tagmanifest).digest())
                zf.writestr(_zinfo(f"{bag}/{TSR}"), token.response)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with out.open("rb") as fh:
        sha = hashlib.file_digest(fh, "sha256").hexdigest()
    return PackageInfo(out, sha, bag, len(listed), oxum, fp, token)


# ---- checking ---------------------------------------------------------------------------------------


@dataclass
class CheckReport:
    """The outcome of :func:`check_package`: problems (any fails it) and notes for the reader."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    bag: str | None = None
    label: str | None = None
    items: int = 0
    signed_by: str | None = None
    key_trusted: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_EOCD = struct.Struct("<4sHHHHIIH")
_Z64_EOCD = struct.Struct("<4sQHHIIQQQQ")
_Z64_LOC = struct.Struct("<4sIQI")


def _zip64_extra(extra: bytes) -> list[int] | None:
    """The values of a ZIP64 extra field; None if ``extra`` holds anything else."""
    if not extra:
        return []
    if len(extra) < 4:
        return None
    hid, size = struct.unpack_from("<HH", extra)
    if hid != 1 or size + 4 != len(extra) or size % 8:
        return None
    return list(struct.unpack_from(f"<{size // 8}Q", extra, 4))


def zip_structure(path: Path) -> list[str]:
    """Problems with the ZIP's structure: anything a canonical package would not contain."""
    with path.open("rb") as fh:
        if path.stat().st_size < _EOCD.size:
            return ["not a ZIP file (too short)"]
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return _zip_structure(m)


def _zip_structure(m: mmap.mmap) -> list[str]:
    n = len(m)
    end = n - _EOCD.size
    sig, disk, cd_disk, on_disk, total, cd_size, cd_off, comment = _EOCD.unpack_from(m, end)
    if sig != b"PK\x05\x06" or comment != 0:
        return ["ZIP end record is not where a package has it (bytes added or changed at the end)"]
    if disk or cd_disk or on_disk != total:
        return ["ZIP end record: unexpected disk numbers"]
    cd_end = end
    if total == 0xFFFF or cd_size == 0xFFFFFFFF or cd_off == 0xFFFFFFFF:
        loc = end - _Z64_LOC.size
        lsig, _, z64_off, _ = _Z64_LOC.unpack_from(m, loc)
        if lsig != b"PK\x06\x07" or z64_off + _Z64_EOCD.size != loc:
            return ["ZIP64 locator is damaged"]
        z = _Z64_EOCD.unpack_from(m, z64_off)
        if z[0] != b"PK\x06\x06":
            return ["ZIP64 end record is damaged"]
        total, cd_size, cd_off, cd_end = z[7], z[8], z[9], z64_off
    if cd_off + cd_size != cd_end:
        return ["ZIP central directory size or offset is wrong"]
    pos = cd_off
    local_pos = 0
    for k in range(total):
        c = _CENTRAL.unpack_from(m, pos)
        (
            csig,
            made,
            need,
            flags,
            method,
            mtime,
            mdate,
            crc,
            csize,
            usize,
            fnl,
            exl,
            cml,
            dstart,
            iattr,
            eattr,
            loff,
        ) = c
        name = bytes(m[pos + _CENTRAL.size : pos + _CENTRAL.size + fnl])
        extra = bytes(m[pos + _CENTRAL.size + fnl : pos + _CENTRAL.size + fnl + exl])
        label = name.decode("utf-8", "replace")
        if csig != b"PK\x01\x02":
            return [f"ZIP central directory entry {k + 1} is damaged"]
        z64 = _zip64_extra(extra)
        odd = made >> 8 != 3 or made & 0xFF != need or method != 0 or flags & ~0x800
        if z64 is None or odd or cml or dstart or iattr or eattr != FILE_ATTR:
            return [f"{label}: ZIP directory entry has fields a package never has (altered)"]
        vals = iter(z64)
        if usize == 0xFFFFFFFF:
            usize = next(vals, -1)
        if csize == 0xFFFFFFFF:
            csize = next(vals, -1)
        if loff == 0xFFFFFFFF:
            loff = next(vals, -1)
        if mtime != _DOS_TIME or mdate != _DOS_DATE:
            return [f"{label}: ZIP entry date altered"]
        if loff != local_pos:
            return [f"{label}: ZIP entries are not back to back (data inserted or removed)"]
        lh = _LOCAL.unpack_from(m, local_pos)
        (lsig, lneed, lflags, lmethod, ltime, ldate, lcrc, lcsize, lusize, lfnl, lexl) = lh
        lname = bytes(m[local_pos + _LOCAL.size : local_pos + _LOCAL.size + lfnl])
        lextra = bytes(m[local_pos + _LOCAL.size + lfnl : local_pos + _LOCAL.size + lfnl + lexl])
        if lsig != b"PK\x03\x04" or _zip64_extra(lextra) is None:
            return [f"{label}: ZIP local header is damaged"]
        if (lneed, lflags, lmethod, ltime, ldate, lcrc, lname) != (
            need,
            flags,
            method,
            mtime,
            mdate,
            crc,
            name,
        ):
            return [f"{label}: ZIP local header differs from the central directory (altered)"]
        lz = _zip64_extra(lextra) or []
        if lusize == 0xFFFFFFFF or lcsize == 0xFFFFFFFF:
            lusize, lcsize = (lz + [-1, -1])[:2]
        if (lcsize, lusize) != (csize, usize):
            return [f"{label}: ZIP sizes differ between local header and directory (altered)"]
        local_pos += _LOCAL.size + lfnl + lexl + csize
        pos += _CENTRAL.size + fnl + exl + cml
    if pos != cd_end:
        return ["ZIP central directory has trailing bytes"]
    if local_pos != cd_off:
        return ["ZIP has bytes between the last entry and the directory"]
    return []


def _hash_member(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with zf.open(name) as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _parse_manifest(text: str, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.fullmatch(r"([0-9a-f]{64})[ \t]+(\S.*)", line)
        if m is None:
            raise InvalidData("not a manifest line (SHA-256 then path)", file=where, line=n)
        path = m.group(2).replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
        if path in out:
            raise InvalidData(f"{path} listed twice", file=where, line=n)
        out[path] = m.group(1)
    return out


def _read(zf: zipfile.ZipFile, name: str) -> bytes:
    with zf.open(name) as fh:
        data: bytes = fh.read()
    return data


def check_package(path: Path, *, trusted_key: Ed25519PublicKey | None = None) -> CheckReport:
    """Verify a package with nothing but the package (and, ideally, the signer's public key)."""
    rep = CheckReport()
    try:
        rep.problems.extend(zip_structure(path))
        if rep.problems:
            return rep
        with zipfile.ZipFile(path) as zf:
            _check_bag(zf, rep, trusted_key)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, struct.error) as exc:
        rep.problems.append(f"package is damaged: {exc.__class__.__name__}: {exc}")
    except InvalidData as exc:
        rep.problems.append(str(exc))
    except Exception as exc:  # zlib errors and the like from damaged data: a failed check, not a crash
        rep.problems.append(f"package is damaged: {exc.__class__.__name__}: {exc}")
    return rep


def _check_bag(zf: zipfile.ZipFile, rep: CheckReport, trusted_key: Ed25519PublicKey | None) -> None:
    names = zf.namelist()
    if len(set(names)) != len(names):
        rep.problems.append("the ZIP lists a file twice")
        return
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) != 1 or any(n.endswith("/") or ".." in n.split("/") or n.startswith("/") for n in names):
        rep.problems.append("the ZIP is not one bag folder with plain files")
        return
    bag = tops.pop()
    rep.bag = bag
    files = {n[len(bag) + 1 :]: n for n in names}
    for required in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", SIG):
        if required not in files:
            rep.problems.append(f"{required} is missing")
    if rep.problems:
        return
    bagit = _read(zf, files["bagit.txt"]).decode("utf-8")
    if "BagIt-Version: 1.0" not in bagit or "Tag-File-Character-Encoding: UTF-8" not in bagit:
        rep.problems.append("bagit.txt: not a BagIt 1.0 UTF-8 bag")
    tagmanifest = _read(zf, files["tagmanifest-sha256.txt"])

    # 1. The signature over the tag manifest.
    embedded: Ed25519PublicKey | None = None
    if PUBKEY in files:
        embedded = load_public(_read(zf, files[PUBKEY]), where=PUBKEY)
    key = trusted_key or embedded
    if key is None:
        rep.problems.append(f"no key to check the signature with (give --key; {PUBKEY} is missing)")
    else:
        try:
            raw_sig = _read(zf, files[SIG])
            # exactly as written (base64 and one newline): a changed byte of the file shows
            # even where a lenient reader would see the same signature
            if not raw_sig.endswith(b"\n"):
                raise ValueError("not as written")
            key.verify(base64.b64decode(raw_sig[:-1], validate=True), tagmanifest)
            rep.signed_by = fingerprint(key)
            rep.key_trusted = trusted_key is not None
        except (InvalidSignature, ValueError):
            rep.problems.append(
                f"{SIG}: the signature does not match the tag manifest"
                + (" for the trusted key" if trusted_key is not None else "")
            )
        if trusted_key is None:
            rep.notes.append(
                "only the public key embedded in the package was used: this proves the package is "
                "unchanged since it was signed, NOT who signed it — check again with --key and the "
                "issuer's public key"
            )
        elif embedded is not None and fingerprint(embedded) != fingerprint(trusted_key):
            rep.notes.append(
                f"the package embeds a different key ({fingerprint(embedded)}) from the trusted one"
            )

    # 2. Tag manifest: every tag file listed and matching; nothing else outside data/.
    tags = _parse_manifest(tagmanifest.decode("utf-8"), "tagmanifest-sha256.txt")
    for rel, sha in sorted(tags.items()):
        if rel not in files:
            rep.problems.append(f"tagmanifest-sha256.txt: {rel} is missing")
        elif _hash_member(zf, files[rel])[0] != sha:
            rep.problems.append(f"{rel}: SHA-256 does not match the tag manifest (altered)")
    unsigned = {"tagmanifest-sha256.txt", SIG, TSR}
    for rel in sorted(files):
        if not rel.startswith("data/") and rel not in tags and rel not in unsigned:
            rep.problems.append(f"{rel}: tag file not in the tag manifest (added)")
    for required in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt"):
        if required not in tags:
            rep.problems.append(f"tagmanifest-sha256.txt does not cover {required}")

    # 3. Payload: every manifest entry present and matching, nothing extra, Payload-Oxum.
    manifest = _parse_manifest(_read(zf, files["manifest-sha256.txt"]).decode("utf-8"), "manifest-sha256.txt")
    octets = 0
    for rel, sha in sorted(manifest.items()):
        if not rel.startswith("data/"):
            rep.problems.append(f"manifest-sha256.txt: {rel} is outside data/")
        elif rel not in files:
            rep.problems.append(f"{rel}: listed in the manifest but missing")
        else:
            got, size = _hash_member(zf, files[rel])
            octets += size
            if got != sha:
                rep.problems.append(f"{rel}: SHA-256 does not match the manifest (altered)")
    for rel in sorted(files):
        if rel.startswith("data/") and rel not in manifest:
            rep.problems.append(f"{rel}: not in the manifest (added)")
    info = dict(
        line.split(": ", 1)
        for line in _read(zf, files["bag-info.txt"]).decode("utf-8").splitlines()
        if ": " in line
    )
    rep.label = info.get("External-Identifier")
    if info.get("Payload-Oxum") != f"{octets}.{len(manifest)}":
        rep.problems.append(
            f"bag-info.txt: Payload-Oxum {info.get('Payload-Oxum')} "
            f"but the payload is {octets}.{len(manifest)}"
        )

    # 4. Contents: items named by their hash, metadata as recorded, custody entries intact and
    #    signed, findings as judged, the case, its events and reports as the chain recorded them.
    if "data/items.json" in files and "data/custody.jsonl" in files:
        signed = info.get("Jaganetral-Signed-Custody") == "yes"
        _check_contents(zf, files, rep, key if signed else None)

    # 5. The optional time-stamp.
    if TSR in files:
        try:
            tok = parse_response(_read(zf, files[TSR]), hashlib.sha256(tagmanifest).digest(), None)
            rep.notes.append(
                f"RFC 3161 time-stamp: {iso(tok.gen_time)} (serial {tok.serial}) covers this tag manifest; "
                "the TSA's own signature is not checked here (openssl ts -verify, see docs/evidence.md)"
            )
        except TimestampError as exc:
            rep.problems.append(f"{TSR}: {exc}")


def _check_contents(
    zf: zipfile.ZipFile, files: Mapping[str, str], rep: CheckReport, key: Ed25519PublicKey | None
) -> None:
    items = json.loads(_read(zf, files["data/items.json"]))
    rep.items = len(items)
    entries: list[Entry] = []
    for n, line in enumerate(_read(zf, files["data/custody.jsonl"]).decode("utf-8").splitlines(), 1):
        entries.append(entry_from_dict(json.loads(line), where=f"data/custody.jsonl line {n}"))
    by_seq = {e.seq: e for e in entries}
    for e in entries:
        if e.computed_hash() != e.entry_hash:
            rep.problems.append(f"custody entry {e.seq}: hash does not match its content (edited)")
        prev = by_seq.get(e.seq - 1)
        if prev is not None and e.prev_hash != prev.entry_hash:
            rep.problems.append(f"custody entry {e.seq}: link to entry {e.seq - 1} broken")
    if key is not None:
        for e in entries:
            if not verify_signature(key, e.signed_bytes(), e.signature):
                rep.problems.append(f"custody entry {e.seq}: signature missing or wrong (not by the signer)")
        _check_records(zf, files, rep, entries)
    captured = {e.item_sha256: e for e in entries if e.event == "captured" and e.item_sha256}
    for it in items:
        sha = it.get("sha256")
        rel = it.get("path")
        if rel != item_path(it) or rel not in files:
            rep.problems.append(f"item {sha}: file {rel} is not where the package puts it")
            continue
        if _hash_member(zf, files[rel])[0] != sha:
            rep.problems.append(f"item {sha}: content does not hash to its name")
        cap = captured.get(sha)
        if cap is None:
            rep.notes.append(f"item {sha}: its 'captured' entry is not in this package")
        elif meta_hash(it) != cap.detail.get("meta_sha256"):
            rep.problems.append(f"item {sha}: metadata differs from custody entry {cap.seq}")


def _check_records(
    zf: zipfile.ZipFile, files: Mapping[str, str], rep: CheckReport, entries: list[Entry]
) -> None:
    """Findings as judged, and the case, its events and public reports as the signed entries say."""
    judged: dict[str, set[str]] = {}
    events: dict[int, str] = {}
    reports: dict[int, str] = {}
    case_hash: dict[str, tuple[int, str]] = {}
    for e in entries:
        d = e.detail
        if e.event == "judged" and e.finding_id:
            judged.setdefault(e.finding_id, set()).add(str(d.get("doc_sha256")))
        elif e.event == "case_event":
            if "event_id" in d:
                events[int(d["event_id"])] = str(d.get("row_sha256"))
            if "case_sha256" in d and e.case_id:
                case_hash[e.case_id] = (e.seq, str(d["case_sha256"]))
        elif e.event == "report_filed" and "report_id" in d:
            reports[int(d["report_id"])] = str(d.get("row_sha256"))
    if "data/findings.json" in files:
        for doc in json.loads(_read(zf, files["data/findings.json"])):
            fid = str(doc.get("finding_id"))
            if doc_sha256(doc) not in judged.get(fid, set()):
                rep.problems.append(f"finding {fid}: not the document recorded when it was judged (altered)")
    if "data/records.json" not in files:
        rep.problems.append("data/records.json is missing")
        return
    rec = json.loads(_read(zf, files["data/records.json"]))
    case = rec.get("case")
    if case:
        cid = str(case.get("id"))
        got = case_hash.get(cid)
        if got is None or got[1] != values_sha256(case):
            rep.problems.append(f"case {cid}: not the case as the custody chain last recorded it (altered)")
    listed = set()
    for ev in rec.get("events") or []:
        listed.add(int(ev.get("id")))
        if events.get(int(ev.get("id"))) != values_sha256(ev):
            rep.problems.append(f"case event {ev.get('id')}: not as recorded in the custody chain (altered)")
    for eid in sorted(set(events) - listed):
        rep.problems.append(f"case event {eid}: recorded in the custody chain but missing (removed)")
    for r in rec.get("reports") or []:
        if reports.get(int(r.get("id"))) != values_sha256(r):
            rep.problems.append(f"public report {r.get('tracking_code')}: not as recorded (altered)")


def read_key_file(path: Path) -> Ed25519PublicKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidData(f"cannot read the key ({exc.strerror})", file=str(path)) from exc
    return load_public(data, where=str(path))
