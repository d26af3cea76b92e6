"""How letters cite the law: codes of rules.md → provisions by their legal names, each law once.

Data in ``catalogue/cases/provisions.yaml``. A letter's "Dasar hukum" lists each law once by its full
name; its conclusion cites the provisions grouped by law ("Pasal 5 huruf n angka 5 dan angka 6
PP 94/2021"), never the application's codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from jaganetral.model.yamlio import validate_yaml

PROVISIONS_FILE = Path(__file__).resolve().parents[1] / "catalogue" / "cases" / "provisions.yaml"
Track = Literal["neutrality", "criminal"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Law(_Strict):
    name: str
    short: str


class Provision(_Strict):
    law: str
    article: str
    #: the article that punishes it ("Pasal 188"): cited with it ("jo.") only in a letter to
    #: Gakkumdu; a letter to BKN cites the prohibition, not the criminal sanction
    sanction: str | None = None
    criminal: bool = False


class _Bases(_Strict):
    neutrality: tuple[str, ...]
    criminal: tuple[str, ...]


class Provisions(_Strict):
    laws: dict[str, Law]
    bases: dict[str, _Bases]
    provisions: dict[str, Provision]


@dataclass(frozen=True, slots=True)
class LawCitation:
    """One law with the provisions of it that a case rests on."""

    name: str
    short: str
    articles: tuple[str, ...]
    criminal: bool

    def text(self) -> str:
        """ "Pasal 5 huruf n angka 5 dan Pasal 5 huruf n angka 6 Peraturan Pemerintah Nomor 94 …" """
        arts = list(self.articles)
        joined = arts[0] if len(arts) == 1 else ", ".join(arts[:-1]) + " dan " + arts[-1]
        return f"{joined} {self.name}"


@lru_cache(maxsize=1)
def load_provisions(path: Path = PROVISIONS_FILE) -> Provisions:
    data, _ = validate_yaml(path, Provisions)
    return data


def is_criminal(code: str) -> bool:
    p = load_provisions().provisions.get(code)
    return bool(p and p.criminal)


def known(code: str) -> bool:
    return code in load_provisions().provisions


def cite(codes: list[str] | tuple[str, ...], *, criminal_only: bool = False) -> list[LawCitation]:
    """The provisions of ``codes`` grouped by law, in order of first appearance; each law once."""
    cat = load_provisions()
    grouped: dict[str, list[str]] = {}
    crim: dict[str, bool] = {}
    for code in codes:
        p = cat.provisions.get(code)
        if p is None or (criminal_only and not p.criminal):
            continue
        arts = grouped.setdefault(p.law, [])
        article = f"{p.article} jo. {p.sanction}" if criminal_only and p.sanction else p.article
        if article not in arts:
            arts.append(article)
        crim[p.law] = crim.get(p.law, False) or p.criminal
    return [LawCitation(cat.laws[k].name, cat.laws[k].short, tuple(v), crim[k]) for k, v in grouped.items()]


def legal_bases(election_type: str, track: Track, codes: list[str] | tuple[str, ...]) -> list[str]:
    """The laws of the letter's "Dasar hukum": the standard ones, then those the provisions add; once each."""
    cat = load_provisions()
    b = cat.bases.get(election_type) or cat.bases["pemilu"]
    keys = list(b.criminal if track == "criminal" else b.neutrality)
    for code in codes:
        p = cat.provisions.get(code)
        if p is not None and p.law not in keys and (track != "criminal" or p.criminal):
            keys.append(p.law)
    return [cat.laws[k].name for k in keys]
