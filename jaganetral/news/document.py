"""An article made ready for the field extractors: clean text, sentences, the publication stamp.

:class:`DocumentBuilder` is the first step of :class:`~jaganetral.news.extract.NewsExtractor`:

1. the text loses boilerplate lines (``catalogue/news/boilerplate.yaml``) and a repeated headline;
2. it is split into sentences; a sentence that states a rule or a warning ("ASN dilarang …", "jangan …")
   is *normative*: its platforms and actions are not events; a sentence inside quotation marks is a
   quote (what someone said, not what the reporter saw);
3. the publication stamp is the record's, else the date in the URL (``/2024/09/08/``), else a stamp
   printed near the top of the text ("Kompas.com - 13/11/2023, 16:34 WIB"); the years the article talks
   about complete dates written without a year ("Rabu (28/2)").

Every field extractor reads a :class:`Document`; none of them parses the raw article again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from jaganetral.news.articles import Article, clean_text, url_date
from jaganetral.news.dates import DateParser, Stamp
from jaganetral.news.lexicon import NewsLexicon

# A sentence ends at . ! ? before a capital — with a space, or glued to the next word ("2024.Pada tanggal")
# when the next word is a capitalised word (not initials such as "H.M").
_SENT_SPLIT = re.compile(
    r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201c(]?[A-Z0-9])|(?<=[a-z0-9\"\u201d')][.!?])(?=[A-Z][a-z]{2,})"
)
# A piece that ends with an abbreviation or an initial ("dr.", "H.", "E. Kosasih") does not end a sentence.
_ABBREV_END = re.compile(
    r"(?:\b(?:dr|drg|Dr|Ir|Drs|Dra|Prof|H|Hj|St|No|Kab|Kec|Jl|Sdr|Bpk|Ny|Tn|Moh|Muh|Kol|Brigjen|Kombes|AKBP)|"
    r"(?<![A-Za-z])[A-Z])\.$"
)
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d|19[89]\d)(?!\d)")
_QUOTES = re.compile(r"[\"\u201c\u201d]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; ``index`` counts from the title (0 when there is one)."""

    index: int
    text: str
    low: str
    title: bool
    normative: bool
    quoted: bool
    paragraph: int


@dataclass(slots=True)
class Document:
    """The article as the field extractors see it."""

    article: Article
    title: str
    body: str
    sentences: list[Sentence]
    published: Stamp | None
    published_how: str | None
    url_year: int | None
    context_years: list[int]
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Title and body, one line per paragraph."""
        return f"{self.title}\n{self.body}" if self.title else self.body

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def reference(self) -> date | None:
        """The latest day the article can have been published on (years of bare dates end there)."""
        return self.published.last if self.published else None

    @property
    def events(self) -> list[Sentence]:
        """Sentences that report rather than state a rule."""
        return [s for s in self.sentences if not s.normative]

    @property
    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.title]


class DocumentBuilder:
    """Article → :class:`Document`. Built once per run."""

    def __init__(self, lex: NewsLexicon, dates: DateParser) -> None:
        self.lex = lex
        self.dates = dates

    def build(self, article: Article) -> Document:
        body = clean_text(article.text, self.lex)
        title = " ".join((article.title or "").split())
        # Pages often print the headline again at the top of the text (sometimes twice).
        for _ in range(2):
            if title and body.startswith(title):
                body = body[len(title) :].lstrip()
        sents = self._sentences(title, body)
        published, how = article.published, "record" if article.published else None
        url_day, url_year = url_date(article.url)
        if published is None and url_day is not None:
            published, how = Stamp(url_day, "day", None, "url"), "url"
        if published is None:
            published = self._printed_stamp(article.text)
            how = "printed" if published else None
        if published is not None and published.precision != "day" and url_day is not None:
            if published.first <= url_day <= published.last:
                # "2024-06" in the record, the day in the URL: the URL is more precise.
                published, how = Stamp(url_day, "day", None, "url"), "url"
        years = self._context_years(article.text, url_year, published)
        return Document(article, title, body, sents, published, how, url_year, years)

    def _sentences(self, title: str, body: str) -> list[Sentence]:
        out: list[Sentence] = []
        norm = self.lex.normative
        if title:
            out.append(Sentence(0, title, title.lower(), True, bool(norm.search(title)), False, 0))
        for p, para in enumerate(body.split("\n"), 1):
            pieces: list[str] = []
            for raw in _SENT_SPLIT.split(para):
                if pieces and _ABBREV_END.search(pieces[-1].rstrip()):
                    pieces[-1] = f"{pieces[-1].rstrip()} {raw.strip()}"
                else:
                    pieces.append(raw)
            for raw in pieces:
                s = raw.strip()
                if len(s) < 3:
                    continue
                low = s.lower()
                quoted = _is_quote(s)
                out.append(Sentence(len(out), s, low, False, bool(norm.search(low)), quoted, p))
        return out

    def _printed_stamp(self, raw: str) -> Stamp | None:
        """A publication stamp printed on one of the first lines ("Kompas.com - 16/01/2024, 17:59 WIB")."""
        for line in raw.replace("\r\n", "\n").split("\n")[:12]:
            ln = line.strip(" |·-–—")
            if not ln or len(ln) > 80:
                continue
            # The stamp is the line, or what follows an outlet name and a dash ("Kompas.com - …").
            for part in (ln, re.split(r"\s[-–—|•]\s", ln, maxsplit=1)[-1]):
                st = self.dates.stamp(part)
                if st is not None and st.precision == "day" and (st.moment is not None or st.how == "long"):
                    return st
        return None

    def _context_years(self, raw: str, url_year: int | None, published: Stamp | None) -> list[int]:
        """Years an undated "Rabu (28/2)" most likely belongs to, best first."""
        if published is not None:
            return [published.first.year]
        counts = Counter(int(y) for y in _YEAR.findall(raw))
        years = [y for y, _ in counts.most_common()]
        if url_year is not None:
            years.insert(0, url_year)
        return list(dict.fromkeys(years))


def _is_quote(s: str) -> bool:
    """A sentence mostly inside quotation marks: somebody's words, not the reporter's account."""
    marks = [m.start() for m in _QUOTES.finditer(s)]
    if not marks:
        return False
    if len(marks) >= 2:
        inside = sum(b - a for a, b in zip(marks[::2], marks[1::2], strict=False))
        return inside >= 0.5 * len(s)
    # One mark: a quote that opens here and runs on, or one that closes here.
    return marks[0] <= 2 or marks[0] >= len(s) - 3
