"""CrowdTangle "Historical Data" CSV exports (Facebook pages, groups and public profiles).

The columns are those of the dashboard's CSV download: ``Page Name``, ``User Name``,
``Facebook Id``, ``Page Category``, ``Page Admin Top Country``, ``Page Description``,
``Page Created``, ``Likes at Posting``, ``Followers at Posting``, ``Post Created``,
``Post Created Date``, ``Post Created Time``, ``Type``, ``Total Interactions``, ``Likes``,
``Comments``, ``Shares``, ``Love``…, ``URL``, ``Message``, ``Link``, ``Final Link``,
``Image Text``, ``Link Text``, ``Description``, ``Sponsor Id``, ``Sponsor Name``,
``Sponsor Category``. ``Post Created`` is local time in the *dashboard's* time zone followed by
its abbreviation (``2024-09-08 10:15:00 WIB``, ``2021-01-06 14:27:49 EST``), so the zone has to be
read from the text: :func:`parse_post_created`.

Every row is a ``post`` by the page or profile, also when it links to someone else's post: the
export does not say whether it was a share. The link, its preview text and CrowdTangle's
``Image Text`` (text read from the image) become media so the screening stage sees them. Group
posts name only the group, never the member who posted: their actor is empty and
``extra["actor_withheld"]`` says why. Rows are reported by CSV line and column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model.activity import AccountRef, Activity, GroupRef, Kind, Media, Platform
from jaganetral.model.clock import checked_time
from jaganetral.model.limits import limits
from jaganetral.sources.base import InputFile, ParseItem, Source, aware

#: Zone abbreviations CrowdTangle writes (tz database abbreviations), as hours from UTC.
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
    "ICT": 7,
    "SGT": 8,
    "MYT": 8,
    "PHT": 8,
    "HKT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "WEST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
}
# Used by more than one zone: guessing would shift every time in the file by hours.
AMBIGUOUS_ZONES = {
    "CST": "US Central (-6) or China (+8)",
    "IST": "India (+5:30), Israel (+2) or Ireland (+1)",
    "BST": "British Summer (+1) or Bangladesh (+6)",
    "AST": "Atlantic (-4) or Arabia (+3)",
}

_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(.*)$")
_NUM_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$")

_REQUIRED_ANY_ID = ("Facebook Id", "User Name", "Page Name", "Group Name")


def parse_post_created(value: str) -> datetime:
    """``Post Created`` as an aware datetime, refused outside the years data can carry."""
    return checked_time(_parse_post_created(value))


def _parse_post_created(value: str) -> datetime:
    """Read ``Post Created``: ``YYYY-MM-DD HH:MM[:SS]`` then a zone abbreviation or offset.

    Accepted zones: the abbreviations of :data:`ZONE_OFFSETS`, numeric offsets (``+0700``,
    ``+07:00``, ``+07``, ``UTC+7``) and none (Asia/Jakarta is then assumed, as everywhere).
    Raises ``ValueError`` with the reason for anything else, including the ambiguous ``CST``.
    """
    m = _TIME.match(value.strip())
    if not m:
        raise ValueError(f"not a 'YYYY-MM-DD HH:MM:SS ZONE' time: {value!r}")
    date_s, time_s, zone = m.group(1), m.group(2), m.group(3).strip()
    if time_s.count(":") == 1:
        time_s += ":00"
    try:
        naive = datetime.fromisoformat(f"{date_s}T{time_s.zfill(8)}")
    except ValueError:
        raise ValueError(f"impossible date or time: {value!r}") from None
    if not zone:
        return aware(naive)
    up = zone.upper()
    if up in AMBIGUOUS_ZONES:
        raise ValueError(
            f"ambiguous time zone {zone!r} ({AMBIGUOUS_ZONES[up]}); export again "
            "with the dashboard set to a zone with a unique name (e.g. Asia/Jakarta)"
        )
    if up in ZONE_OFFSETS:
        return naive.replace(tzinfo=timezone(timedelta(hours=ZONE_OFFSETS[up])))
    n = _NUM_OFFSET.match(up)
    if n:
        sign = -1 if n.group(1) == "-" else 1
        hours, minutes = int(n.group(2)), int(n.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise ValueError(f"offset out of range: {zone!r}")
        return naive.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
    raise ValueError(f"unknown time zone {zone!r}")


def post_id_from_url(url: str) -> str | None:
    """The post's own id in a Facebook or Instagram post URL, if the URL carries one.

    Handles ``/{page}/posts/{id}``, ``/{page}/videos/{id}``, ``/photos/a.{album}/{id}``,
    ``/groups/{g}/permalink/{id}``, ``permalink.php?story_fbid={id}``, ``/reel/{id}`` and
    Instagram's ``/p/{shortcode}``. ``pfbid…`` ids are opaque but stable, so they are kept.
    """
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for key in ("story_fbid", "fbid", "v"):
        if query.get(key):
            return query[key][0]
    segs = [s for s in parts.path.split("/") if s]
    for marker in ("posts", "videos", "permalink", "reel", "reels", "p", "tv"):
        if marker in segs[:-1]:
            return segs[segs.index(marker) + 1]
    if "photos" in segs and segs[-1].isdigit():
        return segs[-1]
    return None


class CrowdTangleCsv(Source):
    """CrowdTangle historical-data CSV."""

    name = "crowdtangle_csv"
    priority = 40

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        first = f.head_text().split("\n", 1)[0]
        cols = set(_header(first))
        return (
            ("Post Created" in cols or "Post Created Date" in cols)
            and "URL" in cols
            and bool(cols & set(_REQUIRED_ANY_ID))
        )

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        with f.open_text() as fh:
            first = fh.readline()
            header = _header(first)
            self._check_header(f, header)
            delimiter = _delimiter(first)
            csv.field_size_limit(limits().field_bytes)  # a longer field is "broken CSV", not memory
            reader = csv.reader(fh, delimiter=delimiter)
            # The reader counts physical lines, so a row spanning lines (a multi-line Message)
            # starts one after where the previous row ended.
            row_start = reader.line_num + 2
            row_no = 0
            try:
                for values in reader:
                    line = row_start
                    row_start = reader.line_num + 2
                    if not any(v.strip() for v in values):
                        continue
                    row_no += 1
                    if len(values) != len(header):
                        yield Rejection(
                            f.name, line, None, f"row has {len(values)} columns, the header has {len(header)}"
                        )
                        continue
                    yield self._row(f, dict(zip(header, values, strict=True)), line, row_no)
            except csv.Error as exc:
                raise InvalidInput(f"broken CSV: {exc}", file=f.name, line=reader.line_num + 1) from exc

    @staticmethod
    def _check_header(f: InputFile, header: list[str]) -> None:
        cols = set(header)
        if "URL" not in cols:
            raise InvalidInput("missing required column 'URL'", file=f.name, line=1, field="URL")
        if "Post Created" not in cols and not {"Post Created Date", "Post Created Time"} <= cols:
            raise InvalidInput(
                "missing required column 'Post Created'", file=f.name, line=1, field="Post Created"
            )
        if not cols & set(_REQUIRED_ANY_ID):
            raise InvalidInput(
                "missing required column 'Facebook Id' (or 'User Name')",
                file=f.name,
                line=1,
                field="Facebook Id",
            )

    @staticmethod
    def _row(f: InputFile, row: Mapping[str, str], line: int, row_no: int) -> ParseItem:
        def get(col: str) -> str | None:
            v = row.get(col, "").strip()
            return v or None

        url = get("URL")
        if url is None:
            return Rejection(f.name, line, "URL", "required value is empty")
        if "Post Created" in row:
            column, raw = "Post Created", get("Post Created")
        else:
            column = "Post Created Date"
            raw = f"{get('Post Created Date') or ''} {get('Post Created Time') or ''}".strip()
        if not raw:
            return Rejection(f.name, line, column, "required value is empty")
        try:
            created = parse_post_created(raw)
        except ValueError as exc:
            return Rejection(f.name, line, column, str(exc))

        account_id, handle = get("Facebook Id"), get("User Name")
        host = urlsplit(url).netloc.lower()
        platform = Platform.INSTAGRAM if "instagram.com" in host else Platform.FACEBOOK
        post_id = post_id_from_url(url)
        # ``{owner}_{post}`` is the Graph API's own post id, so the same post read from a Graph
        # export and from CrowdTangle is stored once.
        if post_id and account_id and platform is Platform.FACEBOOK and post_id.isdigit():
            activity_id = f"{account_id}_{post_id}"
        else:
            activity_id = post_id or url

        extra: dict[str, Any] = {}
        group: GroupRef | None = None
        is_group = "/groups/" in url or get("Group Name") is not None
        if is_group:
            group = GroupRef(id=account_id, name=get("Group Name") or get("Page Name"))
            actor = AccountRef()
            extra["actor_withheld"] = "CrowdTangle does not name the member who posted in a group"
        else:
            actor = AccountRef(id=account_id, handle=handle, name=get("Page Name"))
            if actor.is_empty():
                return Rejection(f.name, line, "Facebook Id", "no page id, user name or page name")

        media: list[Media] = []
        link = get("Final Link") or get("Link")
        caption = "\n".join(t for t in (get("Link Text"), get("Description")) if t) or None
        image_text = get("Image Text")
        post_type = (get("Type") or "").lower()
        if link:
            # For photo and video posts ``Link`` is the post's own media, not something shared.
            if "photo" in post_type or post_type == "album":
                media.append(Media(type="image", path=link, caption=caption, text=image_text))
                image_text = None
            elif "video" in post_type or "reel" in post_type:
                media.append(Media(type="video", path=link, caption=caption))
            else:
                media.append(Media(type="link", path=link, caption=caption))
        if image_text:
            media.append(Media(type="image", text=image_text))
        for col, key in (
            ("Type", "post_type"),
            ("Page Category", "page_category"),
            ("Page Admin Top Country", "page_admin_top_country"),
            ("Total Interactions", "total_interactions"),
        ):
            if get(col):
                extra[key] = get(col)
        if get("Sponsor Id") or get("Sponsor Name"):
            # Branded content: a paid partnership is strong evidence of who stands behind a post.
            extra["sponsor"] = {
                "id": get("Sponsor Id"),
                "name": get("Sponsor Name"),
                "category": get("Sponsor Category"),
            }
        return Activity(
            id=activity_id,
            platform=platform,
            kind=Kind.POST,
            created_at=created,
            actor=actor,
            text=get("Message") or "",
            url=url,
            group=group,
            media=tuple(media),
            source=f.ref(f"row {row_no}", line),
            extra=extra,
        )


def _delimiter(first_line: str) -> str:
    # Indonesian-locale Excel saves CSV with semicolons; tabs come from "export as TSV".
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d])


def _header(first_line: str) -> list[str]:
    line = first_line.lstrip("\ufeff").rstrip("\r\n")
    if not line:
        return []
    return [c.strip() for c in next(csv.reader([line], delimiter=_delimiter(line)))]
