"""MinHash near-duplicate detection is deterministic and separates copies from other articles."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from jaganetral.news.dedup import DuplicateIndex, MinHasher, shingles, similarity

TEXT = (
    "Bawaslu Kabupaten Lahat memanggil seorang camat yang diduga meminta kepala desa mendukung pasangan "
    "calon bupati nomor urut dua melalui pesan di grup WhatsApp pada awal Oktober 2024 "
    "menjelang masa kampanye"
)


def test_signatures_do_not_depend_on_the_process() -> None:
    code = (
        "from jaganetral.news.dedup import MinHasher, shingles;"
        f"print(MinHasher().signature(shingles({TEXT!r}))[:4])"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    }
    assert len(runs) == 1
    assert runs.pop().strip() == str(MinHasher().signature(shingles(TEXT))[:4])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TEXT.split()), min_size=8, max_size=60))
def test_a_text_is_identical_to_itself(words: list[str]) -> None:
    h = MinHasher()
    s = h.signature(shingles(" ".join(words)))
    assert similarity(s, s) == 1.0


def test_copies_are_found_and_other_texts_are_not() -> None:
    idx = DuplicateIndex()
    assert idx.add("a", TEXT) == (None, 0.0)
    dup, sim = idx.add("b", "Dilansir dari media lain: " + TEXT + " Tinggalkan komentar.")
    assert dup == "a" and sim >= 0.5
    other = "Harga beras medium di pasar induk turun lima ratus rupiah per kilogram pada pekan ini"
    assert idx.add("c", other)[0] is None


def test_empty_text_matches_nothing() -> None:
    idx = DuplicateIndex()
    idx.add("a", "")
    assert idx.add("b", "")[0] is None
