"""Uploaded images: the real type and the pixel count come from the header, before anything decodes
the pixels; a decompression bomb of a few kilobytes is refused; no bytes make the check fail with
anything but a refusal that names the file."""

from __future__ import annotations

import io

import pytest
from factories import bomb_png as bomb
from factories import png_header as png
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.errors import InvalidInput
from jaganetral.evidence.images import check_image, image_size, image_type
from jaganetral.model.limits import limits


@pytest.mark.parametrize("fmt,options", [("PNG", {}), ("JPEG", {}), ("JPEG", {"progressive": True})])
def test_the_size_of_real_images_is_read_from_the_header(fmt: str, options: dict[str, object]) -> None:
    image = pytest.importorskip("PIL.Image")
    buf = io.BytesIO()
    image.new("RGB", (321, 123), "red").save(buf, fmt, **options)
    data = buf.getvalue()
    assert image_size(data) == (321, 123)
    assert check_image("a", data, field="f") == ("image/png" if fmt == "PNG" else "image/jpeg")


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    data = bomb()
    assert len(data) < 3_000_000 and image_size(data) == (30_000, 30_000)
    with pytest.raises(InvalidInput, match=r"bukti\.png: gambar 30\.000 × 30\.000 piksel melebihi batas 40"):
        check_image("bukti.png", data, field="screenshots")
    side = int(limits().image_pixels ** 0.5)
    assert check_image("ok.png", png(side, side), field="f") == "image/png"


@pytest.mark.parametrize(
    "data,message",
    [
        (b"MZ\x90\x00", "hanya gambar PNG atau JPEG"),
        (b"<svg onload=alert(1)>", "hanya gambar PNG atau JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "tidak terbaca"),
        (png(0, 10), "tidak terbaca"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "tidak terbaca"),
        (b"\xff\xd8\xff\xda\x00\x08", "tidak terbaca"),
    ],
)
def test_what_is_not_a_readable_png_or_jpeg_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        check_image("x", data, field="f")


@given(st.binary(max_size=64), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]))
def test_any_bytes_give_a_size_or_a_refusal_never_an_error(tail: bytes, head: bytes) -> None:
    data = head + tail
    size = image_size(data)
    assert size is None or (image_type(data) is not None and all(v >= 0 for v in size))
    try:
        check_image("x", data, field="f")
    except InvalidInput as exc:
        assert getattr(exc, "message", str(exc)).startswith("x: ")
