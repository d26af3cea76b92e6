"""Normalisation of informal Indonesian before matching.

Both the gazetteer's phrases and the texts go through the same :class:`Normaliser`, so whatever it
does (expanding ``yg``, undoing ``m3n4ng``) can never make a phrase and its text disagree.
Everything here is a handful of C-speed regex passes and one dict lookup per token: screening
millions of posts must stay cheap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# A digit between letters (or ending a word of letters) is leetspeak: m3n4ng, s4y4.
_LEET_MAP = str.maketrans(
    {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s"}
)
# One digit at a time, so money and codes ("rp50rb", "b2b") are left alone.
_LEET = re.compile(r"(?<=[a-z])[0134578@$](?=[a-z])|(?<=[a-z0-9][a-z])[013457](?![a-z0-9])")
_REPEAT = re.compile(r"([a-z])\1{2,}")
_LEET_HINT = re.compile(r"[a-z][0-9@$]")
_REDUP = re.compile(r"(?<![a-z0-9])([a-z]{2,})2(?![a-z0-9])")
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Any symbol or pictograph (emoji included) that is not mapped becomes a space.
_SYMBOLS = re.compile(r"[\u2190-\u2bff\u2e00-\u2e7f\u3000-\u303f\U0001f000-\U0001faff\ufe0f\u20e3\u200d]")


_WORD = re.compile(r"[a-z]+")
# Apostrophes inside or after a word are glottal stops or elisions in regional writing ("se're",
# "ta'", "nomoro'", "Ma'ruf"): the word is one word without them.
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['\u2019\u02bc`\u00b4]")
_HASHTAG = re.compile(r"#([A-Za-z0-9_]{2,})")
# Word boundaries inside a hashtag written in camel case or with digits: #BukanRAMAH, #RAMAH2024.
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def camel_words(body: str) -> list[str]:
    """The words of a hashtag's body written in camel case or with digits ("TarakanHebat2024")."""
    return _CAMEL.findall(body)


#: Real words and acronyms that contain a letter three times in a row.
KEEP_REPEATS = frozenset({"pppk", "www", "zzz"})


#: A hashtag is matched as itself, marked so that the word "sahati" is not the tag "#SAHATI".
HASHTAG_MARK = "tagar"


def _split_hashtag(m: re.Match[str]) -> str:
    body = m.group(1).replace("_", " ")
    parts = _CAMEL.findall(body) or [body]
    return f" {HASHTAG_MARK}{body.replace(' ', '')} {' '.join(parts)} "


class Normaliser:
    """Turns text into a space-separated, padded string of normalised tokens: ``" ayo pilih "``."""

    def __init__(self, slang: dict[str, str], emoji: dict[str, str], protected: Iterable[str] = ()) -> None:
        self._slang = dict(slang)
        for word in protected:
            # Names in the election configuration are never rewritten as slang.
            self._slang.pop(word, None)
        self._emoji = emoji
        self._emoji_re = (
            re.compile("|".join(re.escape(e) for e in sorted(emoji, key=len, reverse=True)))
            if emoji
            else None
        )

    def _redup(self, m: re.Match[str]) -> str:
        w = m.group(0)
        return w if w in self._slang else f"{m.group(1)}-{m.group(1)}"

    @staticmethod
    def _unrepeat(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if w in KEEP_REPEATS else _REPEAT.sub(r"\1", w)

    def _text(self, text: str) -> str:
        """Lower-cased, de-leeted, de-repeated text with reduplications expanded (not yet tokenised)."""
        t = text
        if "'" in t or not t.isascii():
            t = _APOSTROPHE.sub("", t)
        if "#" in t:
            # The tag as one word (a configured hashtag) and its parts (what it says).
            t = _HASHTAG.sub(_split_hashtag, t)
        if not t.isascii():
            t = unicodedata.normalize("NFKC", t)
            if self._emoji_re is not None:
                t = self._emoji_re.sub(lambda m: self._emoji[m.group(0)], t)
            t = _SYMBOLS.sub(" ", t)
            # Fold accents (Désy → Desy) so words are not split at accented letters.
            t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
        t = t.lower()
        if _LEET_HINT.search(t):
            # A substitution can make the next digit's neighbour a letter ("a$a0"): repeat until
            # stable so that normalising twice gives what normalising once gave.
            for _ in range(4):
                new = _LEET.sub(lambda m: m.group(0).translate(_LEET_MAP), t)
                if new == t:
                    break
                t = new
        if _REPEAT.search(t):
            t = _WORD.sub(self._unrepeat, t)
        # "teman2" / "rekan2" is how informal writing spells the reduplication "teman-teman".
        # Lexicon entries such as "tmn2" or "ke2" win over the generic rule.
        if "2" in t:
            t = _REDUP.sub(self._redup, t)
        return t

    def tokens(self, text: str) -> list[str]:
        """The normalised tokens of ``text``."""
        slang = self._slang
        out: list[str] = []
        for w in _TOKEN.findall(self._text(text)):
            r = slang.get(w)
            if r is None:
                out.append(w)
            else:
                out.extend(r.split())
        return out

    def __call__(self, text: str) -> str:
        # The hot path: one comprehension, replacements that are several words join with spaces.
        get = self._slang.get
        return " " + " ".join([get(w, w) for w in _TOKEN.findall(self._text(text))]) + " "
