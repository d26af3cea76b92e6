"""Reading news articles: HTML pages, plain-text files and article JSON Lines (contract.md).

The format is recognised from the content, not the file name. HTML goes through trafilatura (main
text only: no navigation, no comments, no tables of links); every text then loses the lines that are
not the article ("Baca juga: …", share buttons, comment boxes) by the patterns of
``catalogue/news/boilerplate.yaml``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jaganetral.errors import InvalidInput
from jaganetral.news.lexicon import NewsLexicon

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
    """One article as read. ``source`` and ``line`` say where it came from (for errors and evidence)."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str = ""
    line: int | None = None


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


def read_articles(path: Path) -> Iterator[Article]:
    """Every article in one file (one for HTML and text, one per line for JSON Lines)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read file: {exc.strerror}", file=str(path)) from exc
    kind = sniff(raw[:8192])
    if kind == "jsonl":
        yield from _jsonl(path, raw)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if kind == "html":
        yield html_article(text, article_id=path.stem, source=str(path))
    else:
        yield text_article(text, article_id=path.stem, source=str(path))


def text_article(text: str, *, article_id: str, source: str = "", url: str | None = None) -> Article:
    """A plain-text article; a short first line without a final full stop is its title."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    first = next((ln for ln in lines if ln), "")
    title = first if first and len(first) <= 200 and not first.endswith((".", "\u201d", '"')) else None
    return Article(id=article_id, text=text, title=title, url=url, source=source)


def html_article(html: str, *, article_id: str, source: str = "", url: str | None = None) -> Article:
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
    published = _parse_iso_date(meta.get("date"))
    return Article(
        id=article_id,
        text=str(meta.get("text") or ""),
        url=url or meta.get("url") or None,
        title=meta.get("title") or None,
        published=published,
        source=source,
    )


def _parse_iso_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        s = value.strip()
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return date.fromisoformat(s[:10])
            except ValueError:
                return None
    return None


def _jsonl(path: Path, raw: bytes) -> Iterator[Article]:
    name = str(path)
    for n, line in enumerate(raw.decode("utf-8-sig", errors="strict").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"not valid JSON: {exc.msg}", file=name, line=n) from exc
        if not isinstance(obj, dict):
            raise InvalidInput("expected a JSON object", file=name, line=n)
        yield article_from_record(obj, file=name, line=n)


def article_from_record(obj: dict[str, Any], *, file: str, line: int | None) -> Article:
    """An article from a JSON object in the contract's form (``text``/``title``/``published``).

    Labelled sets such as news-dev use ``excerpt`` and ``headline``; they are read the same way.
    """
    aid = obj.get("id")
    if not isinstance(aid, str | int) or isinstance(aid, bool) or str(aid).strip() == "":
        raise InvalidInput("missing or empty article id", file=file, line=line, field="id")
    text = obj.get("text", obj.get("excerpt"))
    fieldname = "text" if "text" in obj else "excerpt"
    if text is not None and not isinstance(text, str):
        raise InvalidInput("must be a string", file=file, line=line, field=fieldname)
    html = obj.get("html")
    if text is None and isinstance(html, str):
        art = html_article(html, article_id=str(aid), source=file, url=obj.get("url"))
        return Article(art.id, art.text, art.url, obj.get("title") or art.title, art.published, file, line)
    if text is None:
        raise InvalidInput("missing article text", file=file, line=line, field="text")
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        raise InvalidInput("must be a string", file=file, line=line, field="url")
    title = obj.get("title", obj.get("headline"))
    if title is not None and not isinstance(title, str):
        raise InvalidInput("must be a string", file=file, line=line, field="title")
    published_raw = obj.get("published")
    published = _parse_iso_date(published_raw)
    if published_raw not in (None, "") and published is None:
        raise InvalidInput(f"not an ISO date: {published_raw!r}", file=file, line=line, field="published")
    return Article(str(aid), text, url, title, published, file, line)


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
