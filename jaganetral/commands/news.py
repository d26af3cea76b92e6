"""`jaganetral news …` commands: extract incidents from articles, score against labels, watch feeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jaganetral.commands.common import DataOpt, DbOpt, err, fail, sub_app
from jaganetral.errors import JaganetralError
from jaganetral.store.db import write

if TYPE_CHECKING:
    from jaganetral.news.articles import Article
    from jaganetral.news.extract import ArticleResult

app = sub_app("news", "Read the news: classify articles and extract ASN-neutrality incidents.")

ElectionOpt = Annotated[
    list[Path] | None, typer.Option("--election", help="Election configuration YAML (repeatable).")
]


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="HTML, text or article JSON Lines files, or folders.")],
    out: Annotated[Path, typer.Option("--out", help="One JSON line per article.")],
    election: ElectionOpt = None,
    open_cases: Annotated[
        bool,
        typer.Option(
            "--open-cases",
            help="Store incident articles as evidence and open an informasi_awal case for each new event.",
        ),
    ] = False,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Read news articles and write one line per article: type, incidents, duplicate link."""
    from jaganetral.model.election import load_election
    from jaganetral.news.articles import expand, read_articles
    from jaganetral.news.extract import NewsExtractor, NewsRun

    counts: dict[str, int] = {}
    duplicates = 0
    try:
        elections = [load_election(e) for e in election or []]
        run = NewsRun(NewsExtractor.build(elections))
        files = expand(inputs)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        incidents: list[tuple[Article, ArticleResult]] = []
        with tmp.open("w", encoding="utf-8") as fh:
            for f in files:
                for article in read_articles(f):
                    res = run.process(article)
                    fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
                    counts[res.article_type] = counts.get(res.article_type, 0) + 1
                    duplicates += res.duplicate_of is not None
                    if open_cases and res.article_type == "incident" and res.duplicate_of is None:
                        incidents.append((article, res))
        opened: list[str] = []
        if open_cases:
            opened = open_news_cases(incidents, data, db)
        tmp.replace(out)  # a failed run leaves no half-written --out
    except JaganetralError as exc:
        if "tmp" in locals():
            tmp.unlink(missing_ok=True)
        raise fail(exc) from None
    if open_cases:
        err.print(
            f"{len(opened)} kasus informasi awal dari berita: {', '.join(opened) or '-'}", highlight=False
        )
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no articles"
    err.print(
        f"{sum(counts.values())} articles ({summary}; {duplicates} duplicates) → {out}", highlight=False
    )


@app.command("eval")
def evaluate_cmd(
    labels: Annotated[Path, typer.Argument(help="Labelled articles (JSON Lines, news-dev format).")],
    election: ElectionOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list the articles with a wrong field.")
    ] = False,
) -> None:
    """Extract every labelled article and print accuracy and F1 per field."""
    from rich.table import Table

    from jaganetral.model.election import load_election
    from jaganetral.news.evaluate import evaluate, read_labels
    from jaganetral.news.extract import NewsExtractor, NewsRun

    try:
        elections = [load_election(e) for e in election or []]
        pairs = read_labels(labels)
        run = NewsRun(NewsExtractor.build(elections))
        report = evaluate([(run.process(a), lab) for a, lab in pairs])
    except JaganetralError as exc:
        raise fail(exc) from None
    if as_json:
        data = dict(report.metrics)
        if errors:
            data["errors"] = report.errors
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    m = report.metrics
    t = Table(title=f"news eval — {labels.name} ({m['articles']} articles)")
    t.add_column("field")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row("article_type", "accuracy", f"{m['article_type_accuracy']:.3f}")
    t.add_row("region", "accuracy", f"{m['region_accuracy']:.3f}")
    for key in ("platform", "actions"):
        v = m[key]
        t.add_row(key, "F1 (P / R)", f"{v['f1']:.3f} ({v['precision']:.3f} / {v['recall']:.3f})")
    for key, label in (
        ("actor_name_recall", "recall"),
        ("date_accuracy", "accuracy"),
        ("election_accuracy", "accuracy"),
    ):
        v = m[key]
        t.add_row(key.split("_")[0], label, "-" if v is None else f"{v:.3f}")
    d = m["duplicates"]
    t.add_row(
        "duplicates",
        "pairs linked / event pairs",
        f"{d['linked_pairs']} / {d['event_pairs']} (P {d['precision']}, R {d['recall']})",
    )
    typer.echo("")
    err.print(t)
    if errors:
        for e in report.errors:
            err.print(json.dumps(e, ensure_ascii=False), highlight=False, soft_wrap=True)


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="Text file: one RSS/Atom feed URL per line (# comments).")],
    out: Annotated[Path, typer.Option("--out", help="Append one JSON line per new article.")],
    election: ElectionOpt = None,
    state: Annotated[
        Path | None,
        typer.Option("--state", help="State file (seen articles, ETags); default OUT.state.json."),
    ] = None,
    interval: Annotated[float, typer.Option("--interval", min=10.0, help="Seconds between rounds.")] = 900.0,
    host_delay: Annotated[
        float, typer.Option("--host-delay", min=0.0, help="Seconds between two requests to one host.")
    ] = 5.0,
    rounds: Annotated[
        int, typer.Option("--rounds", min=0, help="Stop after N rounds (0: run until stopped).")
    ] = 0,
) -> None:
    """Poll RSS/Atom feeds politely and extract every new article (fetched once)."""
    import logging

    from jaganetral.model.election import load_election
    from jaganetral.news.extract import NewsExtractor
    from jaganetral.news.watch import FeedWatcher, read_feed_list

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        elections = [load_election(e) for e in election or []]
        urls = read_feed_list(feeds)
        watcher = FeedWatcher(
            urls,
            extractor=NewsExtractor.build(elections),
            out=out,
            state_path=state or out.with_name(out.name + ".state.json"),
            host_delay=host_delay,
        )
        watcher.run(interval=interval, rounds=rounds or None)
    except JaganetralError as exc:
        raise fail(exc) from None
    except KeyboardInterrupt:
        err.print("stopped")


def open_news_cases(
    incidents: list[tuple[Article, ArticleResult]], data: Path | None, db: str | None, actor: str = "news"
) -> list[str]:
    """Each incident article (duplicates already dropped) → the article kept as evidence and an
    ``informasi_awal`` case. Re-running on the same article returns the same case."""
    import hashlib
    from datetime import UTC, datetime, time

    from jaganetral.cases.access import User
    from jaganetral.cases.service import CaseService
    from jaganetral.evidence.vault import register
    from jaganetral.settings import load_settings
    from jaganetral.store.repository import PendingItem, Store

    store = Store.open(load_settings(data, db))
    svc = CaseService(store.engine)
    system = User(0, actor, "Pemantauan berita", "analis", None)
    opened: list[str] = []
    try:
        for article, res in incidents:
            record = json.dumps(
                {"id": article.id, "url": article.url, "title": article.title,
                 "published": article.published.isoformat() if article.published else None,
                 "source": article.source, "line": article.line, "text": article.text},
                ensure_ascii=False, sort_keys=True,
            ).encode()  # fmt: skip
            sha = hashlib.sha256(record).hexdigest()
            inc = res.incidents[0] if res.incidents else None
            actor0 = inc.actors[0] if inc and inc.actors else None
            when = inc.date if inc and inc.date else res.published
            discovered = datetime.combine(when, time(12), UTC) if when else datetime.now(UTC)
            with write(store.engine) as conn:
                store.blobs.put_bytes(record)
                register(
                    conn,
                    [PendingItem(sha, "record", len(record), "application/json", source=f"news:{article.id}",
                                 url=article.url, meta={"article_id": article.id, "title": article.title})],
                    actor=actor,
                )  # fmt: skip
                who = " ".join(
                    x for x in (actor0.position if actor0 else None, actor0.name if actor0 else None) if x
                )
                cid = svc.open_manual(
                    system,
                    title=f"Berita: {res.title or article.id}"[:300],
                    origin="berita",
                    discovered_at=discovered,
                    subject_name=who or None,
                    instansi=actor0.agency if actor0 else None,
                    wilayah=inc.region.region.name if inc and inc.region else None,
                    election_id=res.election,
                    summary="; ".join(res.evidence[:3]) or (res.title or ""),
                    subject_key=f"news:{sha}",
                    data={
                        "article_sha256": sha,
                        "url": article.url,
                        "incident": inc.to_dict() if inc else None,
                    },
                    conn=conn,
                )
            opened.append(cid)
    finally:
        store.close()
    return opened
