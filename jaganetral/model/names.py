"""Indonesian personal names: honorifics and academic degrees apart from the core name.

The ASN registry writes names as they appear on a decree (``Dr. H. Ahmad Fauzi, S.Pd., M.Si.``)
while an account shows ``Ahmad Fauzi`` and a news article ``Kadis Ahmad Fauzi``. Attribution
compares core names, so :func:`split_name` peels off

* honorifics and titles written *before* the name: ``H.``, ``Hj.``, ``KH.``, ``Dr.``, ``Drs.``,
  ``Dra.``, ``Ir.``, ``Prof.``, ``dr.``, ``drg.``, ``apt.``, ``Ns.``, ``Bapak``, ``Ibu``…;
* academic and professional degrees written *after* it, normally after a comma: ``S.Pd``,
  ``S.Pd.I``, ``M.Si``, ``S.H.``, ``A.Md.Kep``, ``S.Kep., Ns.``, ``Lc.``, ``MA``, ``Ph.D.``…,
  with or without dots and spaces, several in a row.

Decisions (they matter for matching and are tested):

* Everything after the first comma is a title (Indonesian names never contain commas); items that
  are not recognised degrees are still kept as titles, whole, rather than guessed into the name.
* Without a comma, only trailing tokens that are known degrees *and* are written like degrees
  (a dot, or capitals after the first letter: ``SH``, ``SPd``) are peeled: ``Siti Ma`` keeps ``Ma``.
* Single-letter initials and name abbreviations stay in the core: ``M. Yusuf`` and ``Moh. Ali``
  are names (Muhammad), as are ``R.`` (Raden), ``Sri``, ``Andi``, ``Teuku``. Only ``H.`` (Haji) is
  a one-letter title, and only before the name.
* The core always keeps at least one token, so a name that is only a title (``Dr.``) stays itself.
* The core is title-cased token by token (``AHMAD FAUZI`` → ``Ahmad Fauzi``), ``bin``/``binti``
  stay lower-case, and an initial glued to the next word gets its space (``M.Yusuf`` → ``M. Yusuf``).

:func:`match_key` then folds a core name to lower-case ASCII tokens for fuzzy matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from jaganetral.model.people import PersonName

# Keys are spelled lower-case without dots or spaces, so "S.Pd.", "S. Pd", "SPd" and "spd" all
# meet the same entry. Only what is customary in Indonesia: a shorter list means fewer real names
# mistaken for titles.
_PREFIX_KEYS = frozenset(
    {
        # religious honorifics (haji / hajjah, kiai haji, ustadz) and forms of address
        "h", "hj", "haji", "hajjah", "hajah", "kh", "kyai", "kiai", "ust", "ustadz", "ustad",
        "ustadzah", "ustazah", "bapak", "bpk", "ibu", "sdr", "sdri", "ny", "tn",
        # academic and professional titles written before the name
        "dr", "drs", "dra", "drg", "drh", "ir", "prof", "apt", "ns",
    }
)  # fmt: skip

_DEGREE_KEYS = frozenset(
    {
        # diploma (D1-D3) and applied bachelor (D4)
        "amd", "amdkep", "amdkeb", "amdkes", "amdfarm", "amdak", "amdgz", "amdkom", "amdpar",
        "amdt", "amdrad", "amdab", "amk", "amkeb", "ama", "amapd", "sst", "sstp", "sstr",
        "strkeb", "strkep", "strkes", "strip",
        # bachelor (S1)
        "spd", "spdi", "spdsd", "spdk", "skom", "sh", "shi", "se", "sei", "st", "ssos", "ssosi",
        "sip", "sag", "sth", "sthi", "spsi", "sfarm", "skm", "sked", "skg", "skep", "skes", "sgz",
        "ssi", "shum", "sikom", "ssn", "sds", "sp", "spt", "spi", "stp", "sak", "sap", "sm",
        "sfil", "sars", "spwk", "sstat", "ssy", "spdmat",
        # professions
        "ns", "apt", "gr", "bd", "ak", "ca", "cpa",
        # master (S2)
        "mpd", "mpdi", "msi", "mh", "mm", "mkes", "mkom", "mt", "mag", "mhum", "msc", "mba",
        "mse", "mak", "mkn", "mph", "mkeb", "mkep", "mfarm", "mp", "map", "mip", "msos", "mei",
        "mhi", "ma", "mae", "mikom", "mpsi", "mgz", "msm", "mars", "mstat", "mtp", "mkm",
        # doctorate and foreign degrees
        "phd", "dba", "lc", "ba", "bsc", "llm",
        # medical specialists (after "dr.")
        "sppd", "spa", "spog", "spb", "spm", "spjp", "sprad", "spkj", "spthtkl", "spthtbkl",
        "spn", "span", "spp", "sppk", "spkk", "spdv", "spf", "spbs", "spot", "spu", "spmk",
        "spkfr", "spak", "spjpk",
    }
)  # fmt: skip

_PARTICLES = frozenset({"bin", "binti"})
_DOT_BEFORE_LETTER = re.compile(r"\.(?=[^\W\d_])")
# Degree-shaped: dotted groups of a few letters (S.Tr.Keb., M.Kom). Used only after a comma.
_DEGREE_SHAPE = re.compile(r"^(?:[^\W\d_]{1,4}\.){1,4}[^\W\d_]{0,4}\.?$")


# Name tokens follow a steep Zipf curve (a few thousand words make most Indonesian names), so the
# per-token helpers are memoised: loading 4.7 million registry names is then mostly cache hits.
# The caches are bounded, and key on short strings only.
_memo = lru_cache(maxsize=1 << 16)


def _key(token: str) -> str:
    """A title's lookup key: lower-case without dots or spaces."""
    return token.replace(".", "").replace(" ", "").lower()


@_memo
def _is_prefix(token: str) -> bool:
    return _key(token) in _PREFIX_KEYS


@_memo
def _is_trailing_degree(token: str) -> bool:
    """A known degree written like one: a dot, or a capital after the first letter (SH, SPd)."""
    return _key(token) in _DEGREE_KEYS and ("." in token or any(c.isupper() for c in token[1:]))


@_memo
def _head_parts(token: str) -> tuple[str, ...]:
    """ "Dr.H.Ahmad" and "M.Yusuf": a dot glued to the next word separates two tokens, except
    inside a degree written without a comma ("Desi S.Pd.I")."""
    if "." not in token or _key(token) in _DEGREE_KEYS:
        return (token,)
    return tuple(_DOT_BEFORE_LETTER.sub(". ", token).split())


def _cap_part(part: str) -> str:
    # A first letter whose upper case is two letters (ß, ŉ) is left alone: title-casing it would
    # not be idempotent.
    first = part[:1].upper()
    if len(first) != 1:
        first = part[:1]
    return first + part[1:]


@_memo
def _title(token: str) -> str:
    """Title-case one name token; hyphenated parts each get a capital (Nur-Aini)."""
    low = token.lower()
    if low in _PARTICLES:
        return low
    if "-" in low:
        return "-".join(_cap_part(p) for p in low.split("-"))
    return _cap_part(low)


@_memo
def _split_degrees(item: str) -> tuple[str, ...]:
    """Split one comma-separated item into degrees (``S.Pd M.Si``), or keep it whole if unknown."""
    tokens = item.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        # Longest run of up to three tokens that spells a known degree ("S. Pd." is one degree).
        for j in range(min(len(tokens), i + 3), i, -1):
            if _key("".join(tokens[i:j])) in _DEGREE_KEYS:
                out.append(" ".join(tokens[i:j]))
                i = j
                break
        else:
            if not _DEGREE_SHAPE.match(tokens[i]):
                return (" ".join(tokens),)
            out.append(tokens[i])
            i += 1
    return tuple(out)


def split_name(raw: str) -> PersonName:
    """Split a name as written into titles before, core name and titles after.

    >>> n = split_name("Dr. H. Ahmad Fauzi, S.Pd., M.Si.")
    >>> n.titles_before, n.core, n.titles_after
    (('Dr.', 'H.'), 'Ahmad Fauzi', ('S.Pd.', 'M.Si.'))

    Raises ``ValueError`` when nothing of a name is left (empty, or only ``, S.Pd``).
    """
    ascii_only = raw.isascii()  # NFC cannot change ASCII text: skip it on the common path
    full = " ".join((raw if ascii_only else unicodedata.normalize("NFC", raw)).split())
    head, _, tail = full.partition(",")
    tokens = head.split()
    if "." in head:
        tokens = [part for tok in tokens for part in _head_parts(tok)]
    if not tokens:
        raise ValueError("no name: only titles or punctuation" if full else "empty name")

    start = 0
    while start < len(tokens) - 1 and _is_prefix(tokens[start]):
        start += 1
    end = len(tokens)
    trailing: list[str] = []
    while end - start > 1:
        last = tokens[end - 1]
        if _is_trailing_degree(last):
            trailing.append(last)
            end -= 1
            continue
        # "S. H." / "S. Pd." at the end: two dotted tokens that only together spell a degree.
        if end - start > 2 and tokens[end - 2].endswith(".") and len(tokens[end - 2]) <= 3:
            pair = tokens[end - 2] + last
            if _key(pair) in _DEGREE_KEYS:
                trailing.append(f"{tokens[end - 2]} {last}")
                end -= 2
                continue
        break

    after: list[str] = trailing[::-1]
    if tail:
        for item in tail.split(","):
            item = item.strip()
            if item:
                after.extend(_split_degrees(item))

    core = " ".join([_title(t) for t in tokens[start:end]])
    if not ascii_only:
        core = unicodedata.normalize("NFC", core)
    return PersonName(full, core, tuple(tokens[:start]), tuple(after))


_APOSTROPHES = str.maketrans("", "", "'`\u2019\u2018\u02bc")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def match_key(core: str) -> str:
    """Fold a core name to lower-case ASCII tokens joined by single spaces, for fuzzy matching.

    Accents go (``Désy`` → ``desy``), apostrophes join (``Ma'ruf`` → ``maruf``), any other
    punctuation separates (``M. Yusuf`` → ``m yusuf``, ``Nur-Aini`` → ``nur aini``). Spelling
    variants (``Soeharto``/``Suharto``, ``Muhammad``/``Moh.``) are left to attribution features.
    """
    folded = unicodedata.normalize("NFKD", core.translate(_APOSTROPHES))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_NON_ALNUM.sub(" ", ascii_only).split())
