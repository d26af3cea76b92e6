"""Name splitting: honorifics and degrees apart from the core name, as written in Indonesia."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from jaganetral.model.names import match_key, split_name

# (as written, titles before, core, titles after)
CASES: list[tuple[str, tuple[str, ...], str, tuple[str, ...]]] = [
    ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", ("Dr.", "H."), "Ahmad Fauzi", ("S.Pd.", "M.Si.")),
    ("Hj. Siti Aminah, S.Kep., Ns.", ("Hj.",), "Siti Aminah", ("S.Kep.", "Ns.")),
    ("Drs. Bambang Sutrisno, M.M.", ("Drs.",), "Bambang Sutrisno", ("M.M.",)),
    ("Dra. Sri Wahyuni", ("Dra.",), "Sri Wahyuni", ()),
    ("Dra Sri Wahyuni", ("Dra",), "Sri Wahyuni", ()),
    ("Indra Drajat Pratama", (), "Indra Drajat Pratama", ()),  # "Dra" inside words stays
    ("Sri Mulyani", (), "Sri Mulyani", ()),
    ("M. Yusuf", (), "M. Yusuf", ()),  # initials are part of the name
    ("M.Yusuf, S.Pd", (), "M. Yusuf", ("S.Pd",)),
    ("Moh. Ali Akbar, S.H., M.H.", (), "Moh. Ali Akbar", ("S.H.", "M.H.")),
    ("R. Soeprapto", (), "R. Soeprapto", ()),
    ("Ir. H. Joko Susilo, M.T.", ("Ir.", "H."), "Joko Susilo", ("M.T.",)),
    (
        "Prof. Dr. Ir. H. Rahmat Hidayat, M.Sc., Ph.D.",
        ("Prof.", "Dr.", "Ir.", "H."),
        "Rahmat Hidayat",
        ("M.Sc.", "Ph.D."),
    ),
    ("dr. Andi Pratama, Sp.PD", ("dr.",), "Andi Pratama", ("Sp.PD",)),
    ("drg. Maya Sari", ("drg.",), "Maya Sari", ()),
    ("KH. Abdullah Syafi'i, Lc., MA", ("KH.",), "Abdullah Syafi'i", ("Lc.", "MA")),
    ("Hajjah Nurhayati", ("Hajjah",), "Nurhayati", ()),
    ("apt. Dewi Lestari, S.Farm.", ("apt.",), "Dewi Lestari", ("S.Farm.",)),
    ("Dewi Lestari, S.Farm., Apt.", (), "Dewi Lestari", ("S.Farm.", "Apt.")),
    ("Rina Marlina, A.Md.Kep", (), "Rina Marlina", ("A.Md.Kep",)),
    ("Rina Marlina, AMd.Kep.", (), "Rina Marlina", ("AMd.Kep.",)),
    ("Yuliana, A.Md", (), "Yuliana", ("A.Md",)),
    ("Desi Ratnasari S.Pd.I", (), "Desi Ratnasari", ("S.Pd.I",)),
    ("Eko Prasetyo, S.Kom", (), "Eko Prasetyo", ("S.Kom",)),
    ("Agus Salim, SE", (), "Agus Salim", ("SE",)),
    ("AGUS SALIM SE", (), "Agus Salim", ("SE",)),
    ("Heru Wibowo, S.T.", (), "Heru Wibowo", ("S.T.",)),
    ("Yanto, S.Sos", (), "Yanto", ("S.Sos",)),
    ("Fitri Handayani, S.IP, M.Si", (), "Fitri Handayani", ("S.IP", "M.Si")),
    ("Rahmawati, S.Ag", (), "Rahmawati", ("S.Ag",)),
    ("Lukman Hakim, M.Kes", (), "Lukman Hakim", ("M.Kes",)),
    ("Sri Mulyani, S. Pd.", (), "Sri Mulyani", ("S. Pd.",)),
    ("Budi Santoso S. H.", (), "Budi Santoso", ("S. H.",)),
    ("Budi Santoso, S.Pd M.Pd", (), "Budi Santoso", ("S.Pd", "M.Pd")),
    ("Budi Santoso,S.Pd.,M.Pd.", (), "Budi Santoso", ("S.Pd.", "M.Pd.")),
    ("Dr.H.M.Yusuf,SH,MH", ("Dr.", "H."), "M. Yusuf", ("SH", "MH")),
    ("Siti Nurjanah, S.Tr.Keb., Bd.", (), "Siti Nurjanah", ("S.Tr.Keb.", "Bd.")),
    ("Siti Nurjanah, S.Pd., Gr.", (), "Siti Nurjanah", ("S.Pd.", "Gr.")),
    ("AHMAD FAUZI", (), "Ahmad Fauzi", ()),
    ("  ahmad   fauzi  ", (), "Ahmad Fauzi", ()),
    ("Fulan bin Contoh", (), "Fulan bin Contoh", ()),
    ("FULANAH BINTI CONTOH", (), "Fulanah binti Contoh", ()),
    ("Ma'ruf Hasan", (), "Ma'ruf Hasan", ()),
    ("Siti Nur-aini", (), "Siti Nur-Aini", ()),
    ("Siti Ma", (), "Siti Ma", ()),  # "MA" is a degree only when written like one
    ("Budi Santoso, Kepala Dinas", (), "Budi Santoso", ("Kepala Dinas",)),  # kept, not guessed
    ("Dr.", (), "Dr.", ()),  # nothing but a title: the core keeps it
    ("H. Sutrisno", ("H.",), "Sutrisno", ()),
    ("Bapak Sutrisno", ("Bapak",), "Sutrisno", ()),
    ("Andi Muhammad Akbar, S.H.I.", (), "Andi Muhammad Akbar", ("S.H.I.",)),
    ("Teuku Rizki, S.E.I", (), "Teuku Rizki", ("S.E.I",)),
]


@pytest.mark.parametrize(("raw", "before", "core", "after"), CASES, ids=[c[0] for c in CASES])
def test_split_name(raw: str, before: tuple[str, ...], core: str, after: tuple[str, ...]) -> None:
    n = split_name(raw)
    assert (n.titles_before, n.core, n.titles_after) == (before, core, after)
    assert n.full == " ".join(raw.split())


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("raw", ["", "   ", ", S.Pd", " ,M.Si."])
def test_no_name_left(raw: str) -> None:
    with pytest.raises(ValueError):
        split_name(raw)


@pytest.mark.parametrize(
    ("core", "key"),
    [
        ("Ahmad Fauzi", "ahmad fauzi"),
        ("M. Yusuf", "m yusuf"),
        ("Ma'ruf Hasan", "maruf hasan"),
        ("Siti Nur-Aini", "siti nur aini"),
        ("Désy Ratnasari", "desy ratnasari"),
        ("  FULAN   bin Contoh ", "fulan bin contoh"),
        ("Abdullah Syafi\u2019i", "abdullah syafii"),
    ],
)
def test_match_key(core: str, key: str) -> None:
    assert match_key(core) == key


NAME_WORDS = st.sampled_from(
    ["Ahmad", "Siti", "Sri", "Dra", "Indra", "M.", "Moh.", "bin", "Nur-aini", "Ma'ruf", "H", "MA",
     "SE", "Dr.", "S.", "H.", "Pd.", "S.Pd", "Hj.", "Wahyuni", "Ibu", "drg", "Lc."]
)  # fmt: skip


@given(st.lists(NAME_WORDS, min_size=1, max_size=6), st.lists(NAME_WORDS, max_size=3))
def test_split_is_idempotent_on_realistic_names(words: list[str], after: list[str]) -> None:
    raw = " ".join(words) + (", " + ", ".join(after) if after else "")
    core = split_name(raw).core
    again = split_name(core)
    assert again.core == core
    assert again.titles_before == () and again.titles_after == ()


@given(st.text(min_size=1, max_size=40))
def test_split_is_idempotent_on_any_text(raw: str) -> None:
    try:
        core = split_name(raw).core
    except ValueError:
        assume(False)
        return
    assert split_name(core).core == core
    assert match_key(core) == match_key(split_name(core).core)
