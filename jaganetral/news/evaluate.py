"""Scoring ``news extract`` against hand labels (the format of ``shared/data/news-dev.jsonl``).

Per article: type accuracy; region accuracy by Kemendagri code over every article (the incident's region,
or the article's for advisories and other news; an article labelled without a region is right when none
is given; a province-only label needs the province and no kabupaten); platforms and actions as sets,
micro-averaged precision/recall/F1 over all articles; actor names (recall and precision); date and
election accuracy where labelled; duplicate and event links scored as pairs against ``event_group``.

The evaluation corpus of ``eval/news/`` adds ``actors`` (one entry per accused, ``name`` null when
only a position is given), ``incident_date`` (the day of the conduct) and ``published`` (as printed):
when a record has them they are used — actors for the actor figures, ``incident_date`` for the date —
otherwise ``actor_name`` and ``date`` (news-dev's publication/report date) are.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jaganetral.errors import InvalidInput
from jaganetral.news.articles import Article, ArticleReader
from jaganetral.news.extract import ArticleResult
from jaganetral.news.regions import ResolvedRegion


@dataclass(frozen=True, slots=True)
class Label:
    """The labelled truth for one article (the fields this evaluation reads)."""

    id: str
    article_type: str
    kab_codes: tuple[str, ...]
    prov_codes: tuple[str, ...]
    platforms: frozenset[str]
    actions: frozenset[str]
    actor_names: tuple[str, ...]
    date: str | None
    date_kind: str
    election: str | None
    election_detail: str | None
    event_group: str | None


def read_labels(path: Path, reader: ArticleReader | None = None) -> list[tuple[Article, Label]]:
    """Articles and labels from a labelled JSON Lines file; errors name the file, line and field."""
    out: list[tuple[Article, Label]] = []
    reader = reader or ArticleReader()
    name = str(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise InvalidInput(f"cannot read file: {exc.strerror}", file=name) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"not valid JSON: {exc.msg}", file=name, line=n) from exc
        if not isinstance(obj, dict):
            raise InvalidInput("expected a JSON object", file=name, line=n)
        art = reader.record(obj, file=name, line=n)
        out.append((art, _label(obj, name, n)))
    return out


def _list(obj: dict[str, Any], key: str, file: str, line: int) -> list[str]:
    v = obj.get(key)
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise InvalidInput("must be a list of strings", file=file, line=line, field=key)
    return list(v)


def _label(obj: dict[str, Any], file: str, line: int) -> Label:
    t = obj.get("article_type")
    if t not in ("incident", "advisory", "sanction_outcome", "other"):
        raise InvalidInput(f"unknown article_type {t!r}", file=file, line=line, field="article_type")
    region = obj.get("region") or {}
    if not isinstance(region, dict):
        raise InvalidInput("must be an object", file=file, line=line, field="region")
    kab = region.get("kode_kabupaten_kota_2025") or []
    prov = region.get("kode_provinsi_2025") or []
    actors = obj.get("actors")
    if isinstance(actors, list):
        names = tuple(
            str(a["name"]).strip() for a in actors if isinstance(a, dict) and isinstance(a.get("name"), str)
        )
    else:
        actor = obj.get("actor_name")
        names = (
            tuple(n.strip() for n in re.split(r"[;]", actor) if n.strip()) if isinstance(actor, str) else ()
        )
    kind = "incident_date" if "incident_date" in obj else "date"
    d = obj.get(kind)
    return Label(
        id=str(obj["id"]),
        article_type=t,
        kab_codes=tuple(kab) if isinstance(kab, list) else (str(kab),),
        prov_codes=tuple(prov) if isinstance(prov, list) else (str(prov),),
        platforms=frozenset(_list(obj, "platform", file, line)),
        actions=frozenset(_list(obj, "actions", file, line)),
        actor_names=names,
        date=d if isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) else None,
        date_kind=kind,
        election=obj.get("election") if isinstance(obj.get("election"), str) else None,
        election_detail=obj.get("election_detail") if isinstance(obj.get("election_detail"), str) else None,
        event_group=obj.get("event_group") if isinstance(obj.get("event_group"), str) else None,
    )


@dataclass
class _PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: Iterable[str], gold: Iterable[str]) -> None:
        p, g = set(pred), set(gold)
        self.tp += len(p & g)
        self.fp += len(p - g)
        self.fn += len(g - p)

    def as_dict(self) -> dict[str, float]:
        prec = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        rec = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}


@dataclass
class Report:
    """The figures ``news eval`` prints; ``errors`` lists what went wrong per article."""

    n: int
    metrics: dict[str, Any]
    errors: list[dict[str, Any]] = field(default_factory=list)


def predicted_region(res: ArticleResult) -> ResolvedRegion | None:
    """The region a result gives: its incident's, else the article's own."""
    inc = res.incidents[0] if res.incidents else None
    if inc is not None:
        return inc.region
    return res.region


def _region_ok(res: ArticleResult, lab: Label) -> bool:
    found = predicted_region(res)
    reg = found.region if found else None
    if not lab.kab_codes and not lab.prov_codes:
        return reg is None
    if reg is None:
        return False
    if lab.kab_codes:
        return reg.level == "kabupaten_kota" and reg.code in lab.kab_codes
    return reg.province_code in lab.prov_codes


_NOT_NAME = {"dr", "drg", "inisial", "var", "alias", "akun", "facebook"}


def _tokens(name: str) -> set[str]:
    return {t.lower() for t in re.findall(r"[A-Za-z]{2,}", re.sub(r"\(.*?\)", "", name))} - _NOT_NAME


def _name_found(gold: str, preds: Sequence[str]) -> bool:
    gold_toks = _tokens(gold)
    return any(gold_toks & _tokens(p) for p in preds)


def evaluate(pairs: Sequence[tuple[ArticleResult, Label]]) -> Report:
    """Compare results with labels (same order, same articles)."""
    n = len(pairs)
    type_ok = region_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    platforms, actions = _PRF(), _PRF()
    actor_total = actor_found = actor_pred = actor_right = 0
    date_total = date_ok = 0
    election_ok = 0
    errors: list[dict[str, Any]] = []
    for res, lab in pairs:
        confusion[(lab.article_type, res.article_type)] += 1
        t_ok = res.article_type == lab.article_type
        type_ok += t_ok
        r_ok = _region_ok(res, lab)
        region_ok += r_ok
        pp = {p for i in res.incidents for p in i.platforms}
        pa = {a for i in res.incidents for a in i.actions}
        platforms.add(pp, lab.platforms)
        actions.add(pa, lab.actions)
        names = [a.name for i in res.incidents for a in i.actors if a.name]
        for g in lab.actor_names:
            actor_total += 1
            actor_found += _name_found(g, names)
        for p in names:
            actor_pred += 1
            actor_right += _name_found(p, lab.actor_names)
        pred_date = next((i.date.isoformat() for i in res.incidents if i.date), None)
        if lab.date is not None and lab.article_type in ("incident", "sanction_outcome"):
            date_total += 1
            date_ok += pred_date == lab.date
        gold_e = lab.election_detail if lab.election == "other" and lab.election_detail else lab.election
        pred_e = res.election_detail if res.election == "other" and res.election_detail else res.election
        e_ok = pred_e == gold_e or res.election == lab.election
        election_ok += e_ok
        if not (t_ok and r_ok and pp == lab.platforms and pa == lab.actions):
            errors.append(
                {
                    "id": lab.id,
                    "type": [lab.article_type, res.article_type],
                    "region": [
                        list(lab.kab_codes) or list(lab.prov_codes),
                        reg.region.code if (reg := predicted_region(res)) else None,
                    ],
                    "platforms": [sorted(lab.platforms), sorted(pp)],
                    "actions": [sorted(lab.actions), sorted(pa)],
                }
            )
    dup = _pairs(pairs, lambda r: r.duplicate_of)
    events = _events(pairs)
    metrics: dict[str, Any] = {
        "articles": n,
        "article_type_accuracy": round(type_ok / n, 3) if n else 0.0,
        "region_accuracy": round(region_ok / n, 3) if n else 0.0,
        "platform": platforms.as_dict(),
        "actions": actions.as_dict(),
        "actor_name_recall": round(actor_found / actor_total, 3) if actor_total else None,
        "actor_name_precision": round(actor_right / actor_pred, 3) if actor_pred else None,
        "date_accuracy": round(date_ok / date_total, 3) if date_total else None,
        "date_labelled": date_total,
        "date_field": next((lab.date_kind for _, lab in pairs), "date"),
        "election_accuracy": round(election_ok / n, 3) if n else 0.0,
        "duplicates": dup,
        "events": events,
        "confusion": {f"{g}->{p}": c for (g, p), c in sorted(confusion.items())},
    }
    return Report(n, metrics, errors)


def _gold_pairs(pairs: Sequence[tuple[ArticleResult, Label]]) -> set[frozenset[str]]:
    gold: set[frozenset[str]] = set()
    groups: dict[str, list[str]] = {}
    for _, lab in pairs:
        if lab.event_group:
            groups.setdefault(lab.event_group, []).append(lab.id)
    for ids in groups.values():
        gold |= {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :]}
    return gold


def _pairs(
    pairs: Sequence[tuple[ArticleResult, Label]], link: Callable[[ArticleResult], str | None]
) -> dict[str, Any]:
    """Pairs linked by ``duplicate_of`` against pairs sharing an ``event_group``."""
    gold = _gold_pairs(pairs)
    pred = {frozenset((r.article_id, t)) for r, _ in pairs if (t := link(r)) and t != r.article_id}
    tp = len(pred & gold)
    return {
        "linked_pairs": len(pred),
        "event_pairs": len(gold),
        "precision": round(tp / len(pred), 3) if pred else None,
        "recall": round(tp / len(gold), 3) if gold else None,
    }


def _events(pairs: Sequence[tuple[ArticleResult, Label]]) -> dict[str, Any]:
    """Articles sharing an ``event_id`` (every pair within an event) against ``event_group`` pairs."""
    gold = _gold_pairs(pairs)
    by_event: dict[str, list[str]] = {}
    for r, _ in pairs:
        if r.event_id:
            by_event.setdefault(r.event_id, []).append(r.article_id)
    pred: set[frozenset[str]] = set()
    for ids in by_event.values():
        pred |= {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :]}
    tp = len(pred & gold)
    prec = tp / len(pred) if pred else None
    rec = tp / len(gold) if gold else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else None
    return {
        "linked_pairs": len(pred),
        "event_pairs": len(gold),
        "precision": round(prec, 3) if prec is not None else None,
        "recall": round(rec, 3) if rec is not None else None,
        "f1": round(f1, 3) if f1 is not None else None,
    }
