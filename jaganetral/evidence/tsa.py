"""RFC 3161 time-stamping: ask a Time Stamping Authority to attest that a hash existed at a time.

Only what is needed is implemented, with a small DER encoder and reader: the request
(``TimeStampReq`` with a SHA-256 imprint, a nonce and ``certReq``), and reading the response
far enough to check it was granted and that its ``TSTInfo`` carries our imprint and nonce, and to
show its time. The TSA's own signature inside the token is *not* verified here; a verifier runs
``openssl ts -verify`` with the TSA's certificate (docs/evidence.md says how).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from jaganetral.errors import JaganetralError

SHA256_OID = "2.16.840.1.101.3.4.2.1"
TST_INFO_OID = "1.2.840.113549.1.9.16.1.4"
SIGNED_DATA_OID = "1.2.840.113549.1.7.2"


class TimestampError(JaganetralError):
    """The TSA could not be reached or gave an unusable answer."""


# ---- DER --------------------------------------------------------------------------------------------


def der(tag: int, content: bytes) -> bytes:
    """One DER TLV."""
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + content


def der_int(v: int) -> bytes:
    return der(0x02, v.to_bytes(v.bit_length() // 8 + 1, "big", signed=True))


def der_oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(chunk))
    return der(0x06, bytes(body))


def der_seq(*items: bytes) -> bytes:
    return der(0x30, b"".join(items))


@dataclass(frozen=True, slots=True)
class Tlv:
    tag: int
    value: bytes
    raw: bytes  # the whole TLV


def read_tlvs(data: bytes) -> list[Tlv]:
    """The TLVs one after another in ``data``; :class:`TimestampError` on malformed DER."""
    out: list[Tlv] = []
    i = 0
    while i < len(data):
        if i + 2 > len(data):
            raise TimestampError("truncated DER")
        tag, first = data[i], data[i + 1]
        j = i + 2
        if first < 0x80:
            n = first
        else:
            k = first & 0x7F
            if k == 0 or k > 4 or j + k > len(data):
                raise TimestampError("unsupported or bad DER length")
            n = int.from_bytes(data[j : j + k], "big")
            j += k
        if j + n > len(data):
            raise TimestampError("truncated DER")
        out.append(Tlv(tag, data[j : j + n], data[i : j + n]))
        i = j + n
    return out


def oid_text(value: bytes) -> str:
    parts = [value[0] // 40, value[0] % 40]
    n = 0
    for b in value[1:]:
        n = (n << 7) | (b & 0x7F)
        if not b & 0x80:
            parts.append(n)
            n = 0
    return ".".join(map(str, parts))


# ---- request and response ---------------------------------------------------------------------------


def request_der(digest: bytes, nonce: int) -> bytes:
    """``TimeStampReq`` v1 for a SHA-256 digest, with nonce and certReq TRUE."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    imprint = der_seq(der_seq(der_oid(SHA256_OID), der(0x05, b"")), der(0x04, digest))
    return der_seq(der_int(1), imprint, der_int(nonce), der(0x01, b"\xff"))


@dataclass(frozen=True, slots=True)
class Token:
    """A granted time-stamp: the whole response (for ``openssl ts -verify -in``) and its time."""

    response: bytes
    gen_time: datetime
    serial: int
    policy: str


def _gen_time(text: str) -> datetime:
    base, _, frac = text.rstrip("Z").partition(".")
    dt = datetime.strptime(base, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    return dt.replace(microsecond=int((frac + "000000")[:6])) if frac else dt


def parse_response(data: bytes, digest: bytes, nonce: int | None) -> Token:
    """Read a ``TimeStampResp``: granted, our imprint, our nonce; :class:`TimestampError` if not."""
    try:
        (resp,) = read_tlvs(data)
        parts = read_tlvs(resp.value)
        status = int.from_bytes(read_tlvs(parts[0].value)[0].value, "big", signed=True)
        if status not in (0, 1):
            raise TimestampError(f"the TSA refused the request (PKIStatus {status})")
        if len(parts) < 2:
            raise TimestampError("the TSA granted the request but sent no token")
        content_info = read_tlvs(parts[1].value)
        if oid_text(content_info[0].value) != SIGNED_DATA_OID:
            raise TimestampError("the token is not CMS SignedData")
        signed = read_tlvs(read_tlvs(content_info[1].value)[0].value)
        encap = read_tlvs(signed[2].value)
        if oid_text(encap[0].value) != TST_INFO_OID:
            raise TimestampError("the token does not carry a TSTInfo")
        (octets,) = read_tlvs(encap[1].value)
        (tst,) = read_tlvs(octets.value)
        fields = read_tlvs(tst.value)
        policy = oid_text(fields[1].value)
        imprint = read_tlvs(fields[2].value)
        if imprint[1].value != digest:
            raise TimestampError("the token is for another hash than the one sent")
        serial = int.from_bytes(fields[3].value, "big", signed=True)
        gen_time = _gen_time(fields[4].value.decode("ascii"))
        got_nonce = next(
            (int.from_bytes(f.value, "big", signed=True) for f in fields[5:] if f.tag == 0x02), None
        )
        if nonce is not None and got_nonce != nonce:
            raise TimestampError("the token's nonce is not ours (replayed or mixed-up answer)")
    except (IndexError, ValueError, UnicodeDecodeError) as exc:
        raise TimestampError(f"unreadable time-stamp response ({exc.__class__.__name__})") from exc
    return Token(response=data, gen_time=gen_time, serial=serial, policy=policy)


def request_timestamp(url: str, digest: bytes, *, client: httpx.Client | None = None) -> Token:
    """POST a request for ``digest`` to the TSA at ``url`` and return the checked token."""
    nonce = secrets.randbits(63)
    body = request_der(digest, nonce)
    own = client is None
    c = client or httpx.Client(timeout=30.0)
    try:
        r = c.post(url, content=body, headers={"Content-Type": "application/timestamp-query"})
    except httpx.HTTPError as exc:
        raise TimestampError(f"{url}: {exc.__class__.__name__}: {exc}") from exc
    finally:
        if own:
            c.close()
    if r.status_code != 200:
        raise TimestampError(f"{url}: the TSA answered HTTP {r.status_code}")
    return parse_response(r.content, digest, nonce)
