"""Reading news articles: HTML pages, plain-text files and article JSON Lines (contract.md).

The format is recognised from the content, not the file name. HTML goes through trafilatura (main
text only: no navigation, no comments, no tables of links); every text then loses the lines that are
not the article ("Baca juga: …", share buttons, comment boxes) by the patterns of
``catalogue/news/boilerplate.yaml``.

Reading is tolerant: a bad JSON Lines record (not JSON, no id, no text, a field of the wrong type) is
skipped and reported with its file, line and field while the rest of the file is read; a publication
stamp in any form Indonesian sites print is read by :meth:`DateParser.stamp`, and one that is not a
date at all is ignored with a warning rather than losing the article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model import clock
from jaganetral.news.dates import DateParser, Stamp
from jaganetral.news.lexicon import NewsLexicon, load_news_lexicon

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_URL_DATE = (
    re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
)
_URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read. ``source`` and ``line`` say where it came from (for errors and evidence).

    ``published`` keeps the stamp at the precision it was printed with; ``warnings`` lists fields of the
    record that could not be read and were ignored (the article itself was kept).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: Stamp | None = None
    source: str = ""
    line: int | None = None
    warnings: tuple[Rejection, ...] = ()


#: Called with each record that is skipped; without one, a bad record stops the reading.
OnSkip = Callable[[Rejection], None]
#: Record fields that say when the page was fetched (the clock relative stamps are read against).
_CRAWL_FIELDS = ("crawled_at", "fetched_at", "retrieved_at", "scraped_at", "crawled")


def sniff(head: bytes) -> str:
    """``"jsonl"``, ``"html"`` or ``"text"`` from the first bytes of a file."""
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if s.startswith(b"{"):
        return "jsonl"
    if s.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(
        rb"<(html|body|article|p|div)[\s>]", s[:4096]
    ):
        return "html"
    return "text"


def expand(inputs: Iterable[Path]) -> list[Path]:
    """Files as given, folders walked (sorted) for article files; a missing path is an error."""
    out: list[Path] = []
    for p in inputs:
        if p.is_dir():
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSONL_SUFFIXES
            )
        elif p.is_file():
            out.append(p)
        else:
            raise InvalidInput("no such file or folder", file=str(p))
    return out


@lru_cache(maxsize=1)
def _default_dates() -> DateParser:
    return DateParser(load_news_lexicon())


class ArticleReader:
    """Reads article files and records. Built once per run (it holds the date reader).

    ``crawled`` is the crawl time relative stamps ("2 jam lalu") are read against when a record does not
    carry its own (``crawled_at``, ``fetched_at``…); without either, a file's modification time is used.
    """

    def __init__(self, dates: DateParser | None = None, crawled: datetime | None = None) -> None:
        self.dates = dates or _default_dates()
        self.crawled = crawled

    def read(self, path: Path, on_skip: OnSkip | None = None) -> Iterator[Article]:
        """Every article in one file (one for HTML and text, one per line for JSON Lines).

        A bad JSON Lines record is passed to ``on_skip`` and the file goes on; without ``on_skip`` it
        raises :class:`InvalidInput`. A file that cannot be read at all always raises.
        """
        try:
            raw = path.read_bytes()
            mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        except OSError as exc:
            raise InvalidInput(f"cannot read file: {exc.strerror}", file=str(path)) from exc
        crawled = self.crawled or mtime
        kind = sniff(raw[:8192])
        if kind == "jsonl":
            yield from self._jsonl(path, raw, crawled, on_skip)
            return
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        if kind == "html":
            yield self.html(text, article_id=path.stem, source=str(path), crawled=crawled)
        else:
            yield text_article(text, article_id=path.stem, source=str(path))

    def html(
        self,
        html: str,
        *,
        article_id: str,
        source: str = "",
        url: str | None = None,
        crawled: datetime | None = None,
    ) -> Article:
        """Main text and metadata of an HTML page by trafilatura (comments and link lists excluded)."""
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            favor_precision=True,
            with_metadata=True,
        )
        if doc is None:
            return Article(id=article_id, text="", url=url, source=source)
        meta: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        raw_date = meta.get("date")
        published = self.dates.stamp(str(raw_date), crawled=crawled) if raw_date else None
        return Article(
            id=article_id,
            text=str(meta.get("text") or ""),
            url=url or meta.get("url") or None,
            title=meta.get("title") or None,
            published=published,
            source=source,
        )

    def _jsonl(self, path: Path, raw: bytes, crawled: datetime, on_skip: OnSkip | None) -> Iterator[Article]:
        name = str(path)
        for n, bline in enumerate(raw.split(b"\n"), 1):
            try:
                line = bline.decode("utf-8-sig" if n == 1 else "utf-8")
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InvalidInput(f"not valid JSON: {exc.msg}", file=name, line=n) from exc
                if not isinstance(obj, dict):
                    raise InvalidInput("expected a JSON object", file=name, line=n)
                yield self.record(obj, file=name, line=n, crawled=crawled)
            except UnicodeDecodeError as exc:
                bad = InvalidInput(f"not UTF-8 (byte {exc.start + 1})", file=name, line=n)
                self._skip(bad, on_skip)
            except InvalidInput as exc:
                self._skip(exc, on_skip)

    @staticmethod
    def _skip(exc: InvalidInput, on_skip: OnSkip | None) -> None:
        if on_skip is None:
            raise exc
        on_skip(Rejection(exc.file or "", exc.line, exc.field, exc.message))

    def record(
        self, obj: dict[str, Any], *, file: str, line: int | None, crawled: datetime | None = None
    ) -> Article:
        """An article from a JSON object in the contract's form (``id, url, title, published, text``).

        Labelled sets such as news-dev use ``excerpt`` and ``headline``; they are read the same way. A
        missing id or text, or a field of the wrong type, raises :class:`InvalidInput` naming the field;
        a ``published`` value that is not a date in any known form is ignored with a warning.
        """
        aid = obj.get("id")
        if not isinstance(aid, str | int) or isinstance(aid, bool) or str(aid).strip() == "":
            raise InvalidInput("missing or empty article id", file=file, line=line, field="id")
        text = obj.get("text", obj.get("excerpt"))
        fieldname = "text" if "text" in obj else "excerpt"
        if text is not None and not isinstance(text, str):
            raise InvalidInput("must be a string", file=file, line=line, field=fieldname)
        url = obj.get("url")
        if url is not None and not isinstance(url, str):
            raise InvalidInput("must be a string", file=file, line=line, field="url")
        title = obj.get("title", obj.get("headline"))
        if title is not None and not isinstance(title, str):
            raise InvalidInput("must be a string", file=file, line=line, field="title")
        warnings: list[Rejection] = []
        when = crawled or self.crawled
        for key in _CRAWL_FIELDS:
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                st = self.dates.stamp(value)
                if st is not None and st.moment is not None:
                    when = st.moment
                else:
                    warnings.append(Rejection(file, line, key, f"not a date and time: {value!r}; ignored"))
                break
        published = self._published(obj.get("published"), when, file, line, warnings)
        html = obj.get("html")
        if text is None and isinstance(html, str):
            art = self.html(html, article_id=str(aid), source=file, url=url, crawled=when)
            return Article(
                art.id, art.text, art.url, title or art.title, published or art.published, file, line,
                tuple(warnings),
            )  # fmt: skip
        if text is None:
            raise InvalidInput("missing article text", file=file, line=line, field="text")
        return Article(str(aid), text, url, title, published, file, line, tuple(warnings))

    def _published(
        self, value: object, crawled: datetime | None, file: str, line: int | None, warnings: list[Rejection]
    ) -> Stamp | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            warnings.append(Rejection(file, line, "published", "not a date (wrong type); ignored"))
            return None
        if isinstance(value, int | float):
            # A Unix time (seconds), as some crawlers store it.
            try:
                moment = datetime.fromtimestamp(float(value), tz=UTC).astimezone(clock.CALENDAR_ZONE.tz)
            except (OverflowError, OSError, ValueError):
                warnings.append(Rejection(file, line, "published", f"not a date: {value!r}; ignored"))
                return None
            return Stamp(moment.date(), "day", moment, "unix")
        st = self.dates.stamp(value, crawled=crawled)
        if st is None:
            hint = (
                " (a relative date needs the crawl time)"
                if re.search(r"lalu|ago|kemarin", value, re.I)
                else ""
            )
            warnings.append(Rejection(file, line, "published", f"not a date: {value!r}{hint}; ignored"))
        return st


def read_articles(
    path: Path, *, reader: ArticleReader | None = None, on_skip: OnSkip | None = None
) -> Iterator[Article]:
    """Every article in one file (see :meth:`ArticleReader.read`)."""
    return (reader or ArticleReader()).read(path, on_skip)


def article_from_record(obj: dict[str, Any], *, file: str, line: int | None) -> Article:
    """An article from one JSON object (see :meth:`ArticleReader.record`)."""
    return ArticleReader().record(obj, file=file, line=line)


def text_article(text: str, *, article_id: str, source: str = "", url: str | None = None) -> Article:
    """A plain-text article; a short first line without a final full stop is its title."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    first = next((ln for ln in lines if ln), "")
    title = first if first and len(first) <= 200 and not first.endswith((".", "\u201d", '"')) else None
    return Article(id=article_id, text=text, title=title, url=url, source=source)


def html_article(html: str, *, article_id: str, source: str = "", url: str | None = None) -> Article:
    """Main text and metadata of an HTML page (see :meth:`ArticleReader.html`)."""
    return ArticleReader().html(html, article_id=article_id, source=source, url=url)


def url_date(url: str | None) -> tuple[date | None, int | None]:
    """A date (or only a year) written in an article's URL: ``/2023/12/22/``, ``/20181113/``."""
    if not url:
        return None, None
    for rx in _URL_DATE:
        m = rx.search(url)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])), int(m[1])
            except ValueError:
                pass
    m2 = _URL_YEAR_MONTH.search(url)
    if m2 and 1 <= int(m2[2]) <= 12:
        return None, int(m2[1])
    return None, None


def clean_text(text: str, lex: NewsLexicon) -> str:
    """The article without cross-links, share and comment furniture (one line per paragraph)."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\xa0", " ").split("\n")]
    out: list[str] = []
    skip_next_headline = False
    for ln in lines:
        if not ln:
            continue
        if skip_next_headline:
            skip_next_headline = False
            if len(ln) <= lex.headline_max_chars and not ln.endswith((".", '"', "\u201d")):
                continue
        m = lex.drop_line.match(ln)
        if m:
            rest = ln[m.end() :].strip(" :")
            # "Baca juga:" alone announces a headline on the next line.
            skip_next_headline = rest == "" and "baca" in ln.lower()
            continue
        if out and ln[:1].islower() and not out[-1].endswith((".", "!", "?", ":", '"', "\u201d", ")")):
            # A hard-wrapped paragraph: the line continues the previous sentence.
            out[-1] += " " + ln
            continue
        out.append(ln)
    return "\n".join(out)
