"""`jaganetral news …` commands: extract incidents from articles, score against labels, watch feeds."""

from __future__ import annotations

import json
from datetime import datetime
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


CrawledOpt = Annotated[
    str | None,
    typer.Option(
        "--crawled-at",
        help="When the articles were fetched (ISO 8601 with offset): relative stamps such as '2 jam lalu' "
        "are read against it (default: the record's crawled_at, else the file's modification time).",
    ),
]


def _crawled(value: str | None) -> datetime | None:
    from jaganetral.errors import InvalidInput
    from jaganetral.news.articles import ArticleReader

    if value is None:
        return None
    st = ArticleReader().dates.stamp(value)
    if st is None or st.moment is None:
        raise InvalidInput(f"not a date and time with a zone: {value!r}", field="--crawled-at")
    return st.moment


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="HTML, text or article JSON Lines files, or folders.")],
    out: Annotated[Path, typer.Option("--out", help="One JSON line per article.")],
    election: ElectionOpt = None,
    open_cases: Annotated[
        bool,
        typer.Option(
            "--open-cases",
            help="Keep incident articles as evidence and open one informasi_awal case per event.",
        ),
    ] = False,
    crawled_at: CrawledOpt = None,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Read news articles and write one line per article: type, incidents, duplicate and event links.

    A bad record in a JSON Lines file is skipped and reported with its file, line and field; the run goes
    on. A file with no readable article at all stops the run (exit 1) and nothing is written.
    """
    from jaganetral.errors import InvalidInput, Rejection
    from jaganetral.model.election import load_election
    from jaganetral.news.articles import ArticleReader, expand
    from jaganetral.news.extract import NewsExtractor, NewsRun

    counts: dict[str, int] = {}
    skipped: list[Rejection] = []
    warnings = 0
    tmp = out.with_name(out.name + ".part")
    try:
        elections = [load_election(e) for e in election or []]
        reader = ArticleReader(crawled=_crawled(crawled_at))
        run = NewsRun(NewsExtractor.build(elections))
        files = expand(inputs)
        out.parent.mkdir(parents=True, exist_ok=True)
        articles: dict[str, Article] = {}
        for f in files:
            before = len(skipped)
            n = 0
            for article in reader.read(f, skipped.append):
                n += 1
                for w in article.warnings:
                    warnings += 1
                    err.print(f"warning: {w}", highlight=False, soft_wrap=True)
                res = run.process(article)
                articles[res.article_id] = article
                counts[res.article_type] = counts.get(res.article_type, 0) + 1
            if n == 0 and len(skipped) > before:
                first = skipped[before]
                raise InvalidInput(first.reason, file=first.file, line=first.line, field=first.field)
        results = run.finish()
        with tmp.open("w", encoding="utf-8") as fh:
            for res in results:
                fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
        opened: list[str] = []
        if open_cases:
            opened = open_news_cases(
                [(articles[r.article_id], r) for r in results if r.article_id in articles], data, db
            )
        tmp.replace(out)  # a failed run leaves no half-written --out
    except JaganetralError as exc:
        tmp.unlink(missing_ok=True)
        raise fail(exc) from None
    for r in skipped:
        err.print(f"skipped: {r}", highlight=False, soft_wrap=True)
    if open_cases:
        err.print(
            f"{len(opened)} kasus informasi awal dari berita: {', '.join(opened) or '-'}", highlight=False
        )
    duplicates = sum(1 for r in results if r.duplicate_of)
    events = len({r.event_id for r in results if r.event_id})
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no articles"
    err.print(
        f"{sum(counts.values())} articles ({summary}; {duplicates} duplicates, {events} events; "
        f"{len(skipped)} records skipped, {warnings} fields ignored) → {out}",
        highlight=False,
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
        for a, _ in pairs:
            run.process(a)
        report = evaluate(list(zip(run.finish(), [lab for _, lab in pairs], strict=True)))
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
    for key, field, label in (
        ("actor_name_recall", "actor", "name recall"),
        ("actor_name_precision", "actor", "name precision"),
        ("date_accuracy", "date", f"accuracy ({m['date_field']}, {m['date_labelled']} labelled)"),
        ("election_accuracy", "election", "accuracy"),
    ):
        v = m[key]
        t.add_row(field, label, "-" if v is None else f"{v:.3f}")
    for key in ("duplicates", "events"):
        d = m[key]
        t.add_row(
            key,
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
    pairs: list[tuple[Article, ArticleResult]], data: Path | None, db: str | None, actor: str = "news"
) -> list[str]:
    """One ``informasi_awal`` case per event that has an incident article, every article of the event
    (other outlets, copies, later outcomes) kept as evidence and attached to it.

    Idempotent: an event whose articles are already attached to a case (from an earlier run, perhaps
    under another event id) reuses that case, and an article is attached once."""
    import hashlib
    from datetime import UTC, datetime, time

    from sqlalchemy import select

    from jaganetral.cases.access import User
    from jaganetral.cases.service import CaseService
    from jaganetral.evidence.custody import record_event
    from jaganetral.evidence.vault import register
    from jaganetral.settings import load_settings
    from jaganetral.store import case_tables as ct
    from jaganetral.store.evidence_tables import custody
    from jaganetral.store.repository import PendingItem, Store

    events: dict[str, list[tuple[Article, ArticleResult]]] = {}
    for article, res in pairs:
        events.setdefault(res.event_id or f"ev-{res.article_id}", []).append((article, res))
    store = Store.open(load_settings(data, db))
    svc = CaseService(store.engine)
    system = User(0, actor, "Pemantauan berita", "analis", None)
    opened: list[str] = []
    try:
        for eid, members in events.items():
            lead = next(((a, r) for a, r in members if r.article_type == "incident"), None)
            if lead is None:
                continue
            records: list[tuple[str, bytes, Article, ArticleResult]] = []
            for article, res in members:
                record = json.dumps(
                    {"id": article.id, "url": article.url, "title": article.title,
                     "published": article.published.iso() if article.published else None,
                     "source": article.source, "line": article.line, "text": article.text},
                    ensure_ascii=False, sort_keys=True,
                ).encode()  # fmt: skip
                records.append((hashlib.sha256(record).hexdigest(), record, article, res))
            shas = [sha for sha, *_ in records]
            article, res = lead
            inc = res.incidents[0] if res.incidents else None
            actor0 = inc.actors[0] if inc and inc.actors else None
            when = inc.date if inc and inc.date else (res.published.day if res.published else None)
            discovered = datetime.combine(when, time(12), UTC) if when else datetime.now(UTC)
            with write(store.engine) as conn:
                for sha, record, art, _ in records:
                    store.blobs.put_bytes(record)
                    register(
                        conn,
                        [PendingItem(sha, "record", len(record), "application/json", source=f"news:{art.id}",
                                     url=art.url, meta={"article_id": art.id, "title": art.title})],
                        actor=actor,
                    )  # fmt: skip
                # The case of an earlier run: by event id, by an attached article, or one article per case.
                found = conn.execute(
                    select(custody.c.case_id)
                    .where(custody.c.item_sha256.in_(shas), custody.c.case_id.is_not(None))
                    .order_by(custody.c.seq)
                ).first()
                if found is None:
                    found = conn.execute(
                        select(ct.cases.c.id).where(
                            ct.cases.c.subject_key.in_([f"news-event:{eid}", *(f"news:{x}" for x in shas)])
                        )
                    ).first()
                who = " ".join(
                    x for x in (actor0.position if actor0 else None, actor0.name if actor0 else None) if x
                )
                cid = str(found[0]) if found is not None else svc.open_manual(
                    system,
                    title=f"Berita: {res.title or article.id}"[:300],
                    origin="berita",
                    discovered_at=discovered,
                    subject_name=who or None,
                    instansi=actor0.agency if actor0 else None,
                    wilayah=inc.region.region.name if inc and inc.region else None,
                    election_id=res.election,
                    summary="; ".join(res.evidence[:3]) or (res.title or ""),
                    subject_key=f"news-event:{eid}",
                    data={
                        "event_id": eid,
                        "article_sha256": shas[[r[2].id for r in records].index(article.id)],
                        "articles": [
                            {"article_id": a.id, "sha256": sha, "url": a.url} for sha, _, a, _ in records
                        ],
                        "url": article.url,
                        "incident": inc.to_dict() if inc else None,
                    },
                    conn=conn,
                )  # fmt: skip
                attached = {
                    r[0]
                    for r in conn.execute(
                        select(custody.c.item_sha256).where(
                            custody.c.case_id == cid, custody.c.item_sha256.in_(shas)
                        )
                    )
                }
                for sha, _, art, r in records:
                    if sha not in attached:
                        record_event(
                            conn, "attached_to_case", actor=actor, item=sha, case_id=cid,
                            detail={"article_id": art.id, "event_id": eid, "article_type": r.article_type},
                        )  # fmt: skip
                        attached.add(sha)
            opened.append(cid)
    finally:
        store.close()
    return list(dict.fromkeys(opened))
