import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from factories import FIXTURES, JKT, by_id, input_file, other_activity_fixtures, parse_all
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, GroupRef, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.crowdtangle import (
    AMBIGUOUS_ZONES,
    ZONE_OFFSETS,
    CrowdTangleCsv,
    parse_post_created,
    post_id_from_url,
)
from jaganetral.sources.registry import detect

FIXTURE = FIXTURES / "crowdtangle" / "historical_data.csv"
KOMINFO = AccountRef(id="104877712345678", handle="diskominfo.sukamaju", name="Dinas Kominfo Kota Sukamaju")
OTHER_FIXTURES = other_activity_fixtures("crowdtangle")


def _rows() -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(FIXTURE.read_text(encoding="utf-8"), newline="")))
    return rows[0], rows[1:]


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


def test_reads_every_row_as_a_post() -> None:
    f = InputFile.open(FIXTURE)
    assert detect(f) is CrowdTangleCsv
    acts, rej = parse_all(CrowdTangleCsv(), f)
    assert rej == []
    assert [a.kind for a in acts] == [Kind.POST] * 4 and len(by_id(acts)) == 4
    assert all(a.platform is Platform.FACEBOOK for a in acts)

    share = acts[0]
    # The Graph API's own id, so a post seen in both exports is stored once.
    assert share.id == "104877712345678_822334455667702"
    assert share.actor == KOMINFO and share.kind is Kind.POST  # a link to a post is still a post
    assert share.created_at == datetime(2024, 9, 8, 10, 15, tzinfo=JKT)
    assert share.media[0].type == "link" and share.media[0].caption is not None
    assert "Ayo coblos nomor 2" in share.all_text()
    assert share.source is not None and share.source.position == "row 1" and share.source.line == 2

    photo = acts[1]
    assert photo.id == "100011122233344_122100000000000001"
    assert photo.text == "Kerja bakti bersama warga RT 05, jalan jadi bersih.\nTerima kasih semua!"
    assert photo.media[0].type == "image" and photo.media[0].text == "GOTONG ROYONG BERSIH DESA"

    us = acts[2]
    # The multi-line message of row 2 pushes row 3 to line 5.
    assert us.source is not None and us.source.position == "row 3" and us.source.line == 5
    assert us.created_at == datetime(2024, 9, 8, 3, 45, 12, tzinfo=UTC)  # 23:45:12 EDT
    video = acts[3]
    assert video.created_at == datetime(2024, 9, 10, 9, 0, tzinfo=JKT)  # 02:00 UTC
    assert video.media[0].type == "video"
    assert video.extra["sponsor"] == {
        "id": "100876543210987",
        "name": "Darmawan Lestari",
        "category": "Politician",
    }
    assert video.extra["post_type"] == "Native Video"


def test_group_rows_name_the_group_not_the_member(tmp_path: Path) -> None:
    header, rows = _rows()
    row = list(rows[2])
    row[header.index("Page Name")] = "Relawan Darmawan Sukamaju"
    row[header.index("URL")] = "https://www.facebook.com/groups/556677889900112/permalink/770000000000001/"
    f = input_file(tmp_path, "groups.csv", _csv(header, [row]))
    (act,), rej = parse_all(CrowdTangleCsv(), f)
    assert rej == [] and act.actor.is_empty() and "actor_withheld" in act.extra
    assert act.group == GroupRef(id="100998877665544", name="Relawan Darmawan Sukamaju")


def test_bad_rows_are_rejected_with_line_and_column(tmp_path: Path) -> None:
    header, rows = _rows()
    rows[0][header.index("Post Created")] = "2024-09-08 10:15:00 CST"
    rows[2][header.index("URL")] = ""
    rows[3][header.index("Post Created")] = "kemarin"
    f = input_file(tmp_path, "ct.csv", _csv(header, rows))
    acts, rej = parse_all(CrowdTangleCsv(), f)
    assert [a.id for a in acts] == ["100011122233344_122100000000000001"]
    assert [(r.line, r.field) for r in rej] == [(2, "Post Created"), (5, "URL"), (6, "Post Created")]
    assert "ambiguous" in rej[0].reason and "kemarin" in rej[2].reason
    assert "line 5" in str(rej[1]) and "field 'URL'" in str(rej[1])


def test_short_row_is_rejected(tmp_path: Path) -> None:
    header, rows = _rows()
    text = _csv(header, rows[:1]) + '"only","three","cells"\r\n'
    _, rej = parse_all(CrowdTangleCsv(), input_file(tmp_path, "ct.csv", text))
    assert rej[0].line == 3 and "3 columns" in rej[0].reason


@pytest.mark.parametrize("column", ["URL", "Post Created"])
def test_missing_required_column_is_fatal(tmp_path: Path, column: str) -> None:
    header, rows = _rows()
    keep = [i for i, h in enumerate(header) if h != column and not h.startswith(column + " ")]
    text = _csv([header[i] for i in keep], [[r[i] for i in keep] for r in rows])
    with pytest.raises(InvalidInput) as err:
        parse_all(CrowdTangleCsv(), input_file(tmp_path, "ct.csv", text))
    assert err.value.field == column and err.value.line == 1


def test_semicolon_csv_from_indonesian_excel(tmp_path: Path) -> None:
    header, rows = _rows()
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows([header, *rows])
    f = input_file(tmp_path, "ct.csv", "\ufeff" + out.getvalue())
    assert detect(f) is CrowdTangleCsv
    acts, rej = parse_all(CrowdTangleCsv(), f)
    assert rej == [] and acts[0].actor == KOMINFO


def test_empty_file_and_header_only(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        parse_all(CrowdTangleCsv(), input_file(tmp_path, "e.csv", ""))
    header, _ = _rows()
    assert parse_all(CrowdTangleCsv(), input_file(tmp_path, "h.csv", _csv(header, []))) == ([], [])


@pytest.mark.parametrize(
    ("url", "post_id"),
    [
        ("https://www.facebook.com/104877712345678/posts/822334455667702", "822334455667702"),
        ("https://www.facebook.com/diskominfo/videos/1099887766554433/", "1099887766554433"),
        ("https://www.facebook.com/budi/photos/a.100011199999999/122100000000000001/", "122100000000000001"),
        ("https://www.facebook.com/permalink.php?story_fbid=555&id=104877712345678", "555"),
        ("https://www.facebook.com/groups/556677/permalink/770001/", "770001"),
        ("https://www.facebook.com/reel/987654321", "987654321"),
        ("https://www.instagram.com/p/C_kPq3xSuKm/", "C_kPq3xSuKm"),
        ("https://www.facebook.com/diskominfo", None),
    ],
)
def test_post_id_from_url(url: str, post_id: str | None) -> None:
    assert post_id_from_url(url) == post_id


# -- Post Created ------------------------------------------------------------------------------

_LOCAL = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2040, 12, 31))


@given(_LOCAL, st.sampled_from(sorted(ZONE_OFFSETS)))
def test_abbreviated_zones_give_the_right_instant(local: datetime, zone: str) -> None:
    local = local.replace(microsecond=0)
    got = parse_post_created(f"{local:%Y-%m-%d %H:%M:%S} {zone}")
    assert got.tzinfo is not None
    assert got == local.replace(tzinfo=timezone(timedelta(hours=ZONE_OFFSETS[zone])))


@given(
    _LOCAL,
    st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15),
    st.sampled_from(["{s}{h:02d}{m:02d}", "{s}{h:02d}:{m:02d}", "UTC{s}{h}:{m:02d}"]),
)
def test_numeric_offsets(local: datetime, minutes: int, form: str) -> None:
    local = local.replace(microsecond=0)
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    got = parse_post_created(f"{local:%Y-%m-%d %H:%M:%S} " + form.format(s=sign, h=h, m=m))
    assert got == local.replace(tzinfo=timezone(timedelta(minutes=minutes)))


@given(_LOCAL)
def test_no_zone_means_jakarta(local: datetime) -> None:
    local = local.replace(microsecond=0)
    assert parse_post_created(f"{local:%Y-%m-%d %H:%M:%S}") == local.replace(tzinfo=JKT)


@given(st.text(max_size=40))
def test_anything_else_is_a_value_error_or_an_aware_time(text: str) -> None:
    try:
        got = parse_post_created(text)
    except ValueError:
        return
    assert got.tzinfo is not None


@pytest.mark.parametrize("zone", sorted(AMBIGUOUS_ZONES))
def test_ambiguous_zones_are_refused(zone: str) -> None:
    with pytest.raises(ValueError, match="ambiguous"):
        parse_post_created(f"2024-09-08 10:15:00 {zone}")


def test_known_examples() -> None:
    assert parse_post_created("2024-09-08 10:15:00 WIB") == datetime(2024, 9, 8, 3, 15, tzinfo=UTC)
    assert parse_post_created("2024-09-08 11:15:00 WITA") == datetime(2024, 9, 8, 3, 15, tzinfo=UTC)
    assert parse_post_created("2024-09-08 12:15 WIT") == datetime(2024, 9, 8, 3, 15, tzinfo=UTC)
    assert parse_post_created("2021-01-06 14:27:49 EST") == datetime(2021, 1, 6, 19, 27, 49, tzinfo=UTC)
    with pytest.raises(ValueError, match="unknown time zone"):
        parse_post_created("2024-09-08 10:15:00 XYZ")
    with pytest.raises(ValueError, match="impossible"):
        parse_post_created("2024-02-30 10:15:00 WIB")


@pytest.mark.parametrize("other", OTHER_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_does_not_claim_other_formats(other: Path) -> None:
    f = InputFile.open(other)
    assert not CrowdTangleCsv.sniff(f)
    assert detect(f) is not CrowdTangleCsv
