"""Events across outlets: articles about one incident share an ``event_id``.

Copies are found by MinHash (:mod:`jaganetral.news.dedup`, ``duplicate_of``); independent reports of one
event by several outlets are written in different words, so they are linked by *what* they report
instead. Each article is reduced to a :class:`Story` — the accused (name words, titles with their unit,
agencies), the region, the incident or publication date, the actions, the people it names and the
distinctive words of its headline — and two stories are one event when

* they are in the same region (the same kabupaten/kota; the same province when neither gives one; both
  national),
* their dates are within a window of each other (unknown dates do not block), and
* enough identifies the same case in both (:meth:`EventLinker.same_event`): the accused's name, a title
  with its unit ("Camat Kubu"), the people quoted, the headline's distinctive words, the actions.

Linked stories form events by union (a copy joins its original's event); an event's id is
``ev-`` and the id of its first article in reading order, so re-reading the same input gives the same
ids. Each link keeps its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

# Parts of names too common to identify a person alone (Balinese birth-order names, Bugis and Muslim
# name particles, honorifics).
_COMMON_NAME_PARTS = frozenset(
    "i ni gede made nyoman wayan ketut putu kadek komang luh gusti ayu agung la ode wa andi muhammad "
    "muh moh mohammad mochammad ahmad achmad abdul siti nur h hj dr drg ir drs dra prof sri dewi".split()
)
_TITLE_STOP = frozenset(
    "asn pns di ke dan yang dengan untuk dari ini itu soal terkait jadi bisa akan tak tidak netral "
    "netralitas pilkada pemilu 2019 2020 2024 bawaslu kasn bkn dukung diduga dilaporkan viral kasus "
    "langgar ada sebut "
    "pelanggaran calon paslon capres caleg bupati wali kota kabupaten provinsi beri kena usai hingga saat "
    "ikut oknum kampanye sanksi".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)?")


@dataclass(frozen=True, slots=True)
class Story:
    """What identifies the event an article reports."""

    article_id: str
    case: bool
    region_code: str | None
    province_code: str | None
    names: frozenset[str]
    titles: frozenset[str]
    bases: frozenset[str]
    agencies: frozenset[str]
    when: date | None
    actions: frozenset[str]
    people: tuple[frozenset[str], ...]
    headline: frozenset[str]


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The distinctive words of person names ("I Gede Kaneka Setiawan" → {kaneka, setiawan})."""
    out: set[str] = set()
    for n in names:
        for t in re.findall(r"[A-Za-z]{3,}", re.sub(r"\(.*?\)", "", n)):
            if t.lower() not in _COMMON_NAME_PARTS:
                out.add(t.lower())
    return frozenset(out)


def person_keys(names: Iterable[str]) -> tuple[frozenset[str], ...]:
    """One set of distinctive name words per person named (people without any are left out)."""
    return tuple(k for n in names if (k := name_words([n])))


def headline_words(title: str | None) -> frozenset[str]:
    """Distinctive words of a headline (no function words, no words every neutrality story shares)."""
    if not title:
        return frozenset()
    return frozenset(w for w in _WORD.findall(title.lower()) if len(w) >= 4 and w not in _TITLE_STOP)


@dataclass(slots=True)
class _Link:
    a: int
    b: int
    reason: str


@dataclass(slots=True)
class EventLinker:
    """Stories in reading order; :meth:`events` groups them."""

    window: int = 45
    long_window: int = 180
    threshold: float = 2.5
    stories: list[Story] = field(default_factory=list)
    links: list[_Link] = field(default_factory=list)
    _copies: list[tuple[int, int]] = field(default_factory=list)

    def add(self, story: Story, duplicate_of: str | None = None) -> list[str]:
        """Index one story; return the reasons of its links to earlier stories."""
        idx = len(self.stories)
        reasons: list[str] = []
        if duplicate_of is not None:
            for j, s in enumerate(self.stories):
                if s.article_id == duplicate_of:
                    self._copies.append((j, idx))
                    reasons.append(f"same event as {duplicate_of}: a copy")
        for j, other in enumerate(self.stories):
            why = self.same_event(other, story)
            if why is not None:
                self.links.append(_Link(j, idx, why))
                reasons.append(f"same event as {other.article_id}: {why}")
        self.stories.append(story)
        return reasons

    def same_event(self, a: Story, b: Story) -> str | None:
        """Why ``a`` and ``b`` report one event, or None.

        Each shared element adds to a score — the accused's name (3), a title with its unit (3), the
        bare title (1), people named in both (1.5 each, at most 3: the same Bawaslu chair or complainant
        is quoted by every outlet), distinctive headline words (0.5 each, at most 2), a listed action
        (1) — and two stories are one event at :attr:`threshold`, in one region (or both national)
        and within the date window: :attr:`window` days, :attr:`long_window` when the accused's name is
        shared (an outcome follows its incident by months).
        """
        if a.region_code and b.region_code:
            if a.region_code != b.region_code:
                return None
            where = "same region"
        elif a.province_code or b.province_code:
            if (
                a.province_code != b.province_code
                or not (a.region_code or b.region_code)
                and not a.province_code
            ):
                return None
            where = "same province"
        else:
            where = "national"
        score = 0.0
        why: list[str] = []
        names = a.names & b.names
        if names:
            score += 3
            why.append(f"accused {', '.join(sorted(names))}")
        titles = a.titles & b.titles
        if titles:
            score += 3
            why.append(f"title {', '.join(sorted(titles))}")
        bases = (a.bases & b.bases) - titles
        if bases:
            score += 1
            why.append(f"{', '.join(sorted(bases))}")
        shared = [p for p in a.people if not p & names and any(p & q for q in b.people)]
        people = {min(p) for p in shared}
        if people:
            score += min(1.5 * len(people), 3)
            why.append(f"people {', '.join(sorted(people)[:4])}")
        words = a.headline & b.headline
        if words:
            score += min(0.5 * len(words), 2)
            why.append(f"headline {', '.join(sorted(words)[:5])}")
        acts = (a.actions & b.actions) - {"other"}
        if acts:
            score += 1
            why.append(f"{', '.join(sorted(acts))}")
        if where == "national" and len(people | names) < 2:
            return None  # without a region, only the same people tell one national story
        window = self.long_window if names else self.window
        if a.when is not None and b.when is not None and abs((a.when - b.when).days) > window:
            return None
        if score < self.threshold:
            return None
        return f"{'; '.join(why)}; {where}"

    def events(self) -> list[str]:
        """The event id of every story, in reading order (``ev-`` + the first article's id)."""
        parent = list(range(len(self.stories)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for a, b in [*((lk.a, lk.b) for lk in self.links), *self._copies]:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        return [f"ev-{self.stories[root(i)].article_id}" for i in range(len(self.stories))]
