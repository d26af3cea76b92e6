"""TOTP against the test vectors of RFC 6238 Appendix B (and RFC 4226 Appendix D for HOTP)."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.cases import totp

SEED20 = base64.b32encode(b"12345678901234567890").decode()
SEED32 = base64.b32encode(b"12345678901234567890123456789012").decode()
SEED64 = base64.b32encode(b"1234567890123456789012345678901234567890123456789012345678901234").decode()

RFC6238 = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]


@pytest.mark.parametrize(("at", "sha1", "sha256", "sha512"), RFC6238)
def test_rfc6238_vectors(at: int, sha1: str, sha256: str, sha512: str) -> None:
    assert totp.totp(SEED20, at, digits=8, digest="sha1") == sha1
    assert totp.totp(SEED32, at, digits=8, digest="sha256") == sha256
    assert totp.totp(SEED64, at, digits=8, digest="sha512") == sha512


def test_rfc4226_hotp_vectors() -> None:
    expected = [
        "755224",
        "287082",
        "359152",
        "969429",
        "338314",
        "254676",
        "287922",
        "162583",
        "399871",
        "520489",
    ]
    assert [totp.hotp(b"12345678901234567890", i) for i in range(10)] == expected


@given(st.integers(min_value=60, max_value=4_000_000_000))
def test_a_code_verifies_within_one_step_and_not_beyond(at: int) -> None:
    s = SEED20
    code = totp.totp(s, at)
    assert totp.verify(s, code, at) == at // 30
    assert totp.verify(s, code, at + 30) == at // 30
    other = totp.verify(s, code, at + 95)
    assert other is None or other != at // 30 or totp.totp(s, at + 95) == code


def test_a_new_secret_round_trips_and_the_uri_names_the_user() -> None:
    s = totp.new_secret()
    assert totp.verify(s, totp.totp(s)) is not None
    assert totp.verify(s, "12345") is None
    assert totp.uri(s, "pimpinan").startswith("otpauth://totp/jaganetral:pimpinan?secret=")
