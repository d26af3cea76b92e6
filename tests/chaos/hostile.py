"""Hostile inputs for every format jaganetral reads: the generator of the reliability harness.

Each :class:`Case` is one command line run against one hostile thing (a mutated export, a bad
election file, a folder with a symlink loop, ``--out`` pointing at a folder…). The mutations are
systematic, not hand-picked: every JSON fixture has a deterministic sample of its paths replaced by
values of the wrong type, edge timestamps, 5,000-digit integers, 100,000-deep nesting, lone
surrogates and markup; every file is also truncated, re-encoded, given NUL bytes, duplicate and
empty ids, and hostile file names. The runner (:mod:`tests.chaos.runner`) checks what must hold.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
FIXTURES = ROOT / "tests" / "fixtures"

ELECTION = SAMPLES / "election-pilkada-2024.yaml"
ASN = SAMPLES / "asn.csv"
ACCOUNTS = SAMPLES / "accounts.csv"

#: Export files by format (the ones the sources read), each a realistic fixture.
EXPORTS: dict[str, Path] = {
    "canonical": SAMPLES / "inputs" / "patroli_siber_llg.jsonl",
    "facebook_graph_feed": SAMPLES / "inputs" / "diskominfo_llg_feed.json",
    "facebook_graph_comments": FIXTURES / "facebook_graph" / "post_comments.json",
    "x_v2_timeline": SAMPLES / "inputs" / "x_budi_timeline.json",
    "x_v2_search": FIXTURES / "x_v2" / "search_recent.json",
    "instagram_media": FIXTURES / "instagram_graph" / "user_media.json",
    "instagram_discovery": FIXTURES / "instagram_graph" / "business_discovery.json",
    "tiktok_videos": FIXTURES / "tiktok_research" / "video_query.json",
    "tiktok_comments": FIXTURES / "tiktok_research" / "video_comments.json",
    "youtube_comments": FIXTURES / "youtube_comments" / "comment_threads.json",
    "telegram_chat": FIXTURES / "telegram" / "result.json",
    "telegram_full": FIXTURES / "telegram" / "full_export" / "result.json",
    "crowdtangle": FIXTURES / "crowdtangle" / "historical_data.csv",
    "whatsapp_android": SAMPLES / "inputs" / "WhatsApp Chat with Relawan Pak Darmawan Menang.txt",
    "whatsapp_android_id": FIXTURES / "whatsapp" / "android_id.txt",
    "whatsapp_ios": FIXTURES / "whatsapp" / "ios_en" / "_chat.txt",
}

DEEP = "[" * 100_000 + "]" * 100_000
BIG_INT = "9" * 5_000
MARKUP = "[/x] [bold red]x[/] \x1b[31mmerah\x1b[0m \x07"

#: Replacement values for one JSON path: name → raw JSON text.
JSON_VALUES: dict[str, str] = {
    "int": "12345",
    "float": "3.5",
    "bool": "true",
    "bigint": BIG_INT,
    "inf": "1e999",
    "list": '[1, "a", null]',
    "object": '{"x": 1}',
    "null": "null",
    "empty": '""',
    "surrogate": '"teks \\ud800 rusak"',
    "deep": DEEP,
    "ts_min": '"0001-01-01T00:00:00+07:00"',
    "ts_max": '"9999-12-31T23:59:59-12:00"',
    "ts_unix_huge": "99999999999999999",
    "ts_unix_neg": "-62135596801",
    "markup": json.dumps(MARKUP),
}

#: Keys worth aiming at first: where parsers look for ids, times, text, authors and targets.
INTERESTING = {
    "id",
    "created_time",
    "created_at",
    "create_time",
    "timestamp",
    "date",
    "date_unixtime",
    "publishedAt",
    "text",
    "message",
    "caption",
    "from",
    "actor",
    "author_id",
    "username",
    "message_tags",
    "attachments",
    "entities",
    "mentions",
    "data",
    "messages",
    "comments",
    "includes",
    "users",
    "snippet",
    "kind",
    "platform",
    "name",
    "handle",
}

PLACEHOLDER = "@@HOSTILE-VALUE@@"


@dataclass
class Case:
    """One run: ``argv`` for ``jaganetral``; ``culprit`` must appear in a fatal error line."""

    name: str
    category: str
    argv: list[str]
    culprit: str
    needs_data: bool = True
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None  # gets the case's data folder before the run


def _scan(
    inputs: list[str],
    *,
    election: Path = ELECTION,
    asn: Path = ASN,
    accounts: Path | None = ACCOUNTS,
    out: str = "{out}",
    data: str = "{data}",
) -> list[str]:
    argv = ["scan", *inputs, "--election", str(election), "--asn", str(asn), "--out", out, "--data", data]
    if accounts is not None:
        argv += ["--accounts", str(accounts)]
    return argv


# --- JSON -------------------------------------------------------------------------------------


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:3]):
            yield (*prefix, i)
            yield from _paths(v, (*prefix, i))


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(obj, dict):
        out = dict(obj)
        if value is _DELETE and not rest:
            out.pop(head, None)
            return out
        out[head] = _set(obj[head], rest, value)
        return out
    out_l = list(obj)
    if value is _DELETE and not rest:
        del out_l[head]
        return out_l
    out_l[head] = _set(obj[head], rest, value)
    return out_l


_DELETE = object()


def _pick_paths(doc: Any, rng: random.Random, n: int) -> list[tuple[Any, ...]]:
    every = list(_paths(doc))
    keyed = [p for p in every if isinstance(p[-1], str) and p[-1] in INTERESTING]
    rng.shuffle(keyed)
    rest = [p for p in every if p not in keyed]
    rng.shuffle(rest)
    chosen = keyed[: (n * 2) // 3]
    chosen += rest[: n - len(chosen)]
    return chosen


def _fmt_path(path: tuple[Any, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _first_record_list(obj: Any, prefix: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """The path of the first list of objects with an ``id`` (the export's records)."""
    if isinstance(obj, list) and obj and isinstance(obj[0], dict) and "id" in obj[0]:
        return prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            found = _first_record_list(v, (*prefix, k))
            if found is not None:
                return found
    if isinstance(obj, list):
        for i, v in enumerate(obj[:3]):
            found = _first_record_list(v, (*prefix, i))
            if found is not None:
                return found
    return None


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def _json_docs(fmt: str, src: Path) -> tuple[list[Any], bool]:
    text = src.read_text(encoding="utf-8-sig")
    if fmt == "canonical":
        return [json.loads(line) for line in text.splitlines() if line.strip()], True
    return [json.loads(text)], False


def _dump(docs: list[Any], lines: bool) -> str:
    if lines:
        return "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n"
    return json.dumps(docs[0], ensure_ascii=False, indent=1)


# --- the generator ----------------------------------------------------------------------------


class Generator:
    """Writes every case's files under ``root`` and returns the cases."""

    def __init__(self, root: Path, *, paths_per_file: int = 8, seed: int = 20241127) -> None:
        self.root = root
        self.paths_per_file = paths_per_file
        self.rng = random.Random(seed)
        self.cases: list[Case] = []
        self._n = 0

    def folder(self) -> Path:
        self._n += 1
        d = self.root / f"c{self._n:05d}"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def add(self, case: Case) -> None:
        self.cases.append(case)

    def file_case(self, name: str, category: str, filename: str, data: bytes, **kw: Any) -> None:
        d = self.folder()
        p = d / filename
        p.write_bytes(data)
        self.add(Case(name, category, _scan([str(p)], **kw), culprit=filename))

    def generate(self) -> list[Case]:
        for fmt, src in EXPORTS.items():
            if src.suffix in (".json", ".jsonl"):
                self.json_values(fmt, src)
                self.json_records(fmt, src)
            self.whole_file(fmt, src)
            self.file_names(fmt, src)
        self.text_lines()
        self.folders()
        self.arguments()
        self.election_files()
        self.registry_files()
        self.images()
        self.news()
        return self.cases

    # one path replaced by each hostile value
    def json_values(self, fmt: str, src: Path) -> None:
        docs, lines = _json_docs(fmt, src)
        targets: list[tuple[int, tuple[Any, ...]]] = []
        if lines:
            for i, d in enumerate(docs[:4]):
                targets += [(i, p) for p in _pick_paths(d, self.rng, max(2, self.paths_per_file // 3))]
        else:
            targets = [(0, p) for p in _pick_paths(docs[0], self.rng, self.paths_per_file)]
        for i, path in targets:
            for vname, raw in [*JSON_VALUES.items(), ("delete", "")]:
                value: Any = _DELETE if vname == "delete" else PLACEHOLDER
                mutated = list(docs)
                mutated[i] = _set(docs[i], path, value)
                text = _dump(mutated, lines).replace(json.dumps(PLACEHOLDER), raw)
                where = f"{i}:{_fmt_path(path)}" if lines else _fmt_path(path)
                self.file_case(f"{fmt}/{where}={vname}", f"json-{vname}", src.name, text.encode("utf-8"))

    # duplicate, empty and missing ids; records that are not objects
    def json_records(self, fmt: str, src: Path) -> None:
        docs, lines = _json_docs(fmt, src)
        if lines:
            variants = {
                "dup-id": [docs[0], *docs],
                "empty-id": [{**docs[0], "id": ""}, *docs[1:]],
                "no-id": [{k: v for k, v in docs[0].items() if k != "id"}, *docs[1:]],
                "id-list": [{**docs[0], "id": ["a", "b"]}, *docs[1:]],
                "not-object-line1": ["just a string", *docs[1:]],
            }
            for vname, vdocs in variants.items():
                self.file_case(f"{fmt}/{vname}", f"records-{vname}", src.name, _dump(vdocs, True).encode())
            bad_first = "{not json\n" + _dump(docs, True)
            self.file_case(f"{fmt}/bad-line-1", "records-bad-line", src.name, bad_first.encode())
            return
        where = _first_record_list(docs[0])
        if where is None:
            return
        records = _get(docs[0], where)
        first = records[0]
        variants_l = {
            "dup-id": [first, *records],
            "empty-id": [{**first, "id": ""}, *records[1:]],
            "no-id": [{k: v for k, v in first.items() if k != "id"}, *records[1:]],
            "id-list": [{**first, "id": ["a", "b"]}, *records[1:]],
            "record-string": ["just a string", *records[1:]],
            "record-null": [None, *records[1:]],
            "records-object": {"0": first},
            "records-empty": [],
        }
        for vname, value in variants_l.items():
            text = _dump([_set(docs[0], where, value)], False)
            self.file_case(f"{fmt}/{vname}", f"records-{vname}", src.name, text.encode())

    # the whole file damaged
    def whole_file(self, fmt: str, src: Path) -> None:
        data = src.read_bytes()
        text = data.decode("utf-8-sig")
        mid = len(data) // 2
        variants = {
            "truncated": data[:mid],
            "empty": b"",
            "whitespace": b"   \n\n\t\n",
            "bad-utf8": data[:mid] + b"\xff\xfe\xc3(" + data[mid:],
            "latin1": text.encode("latin-1", errors="replace").replace(b"a", b"\xe9", 3),
            "utf16": text.encode("utf-16"),
            "nul": data[:mid] + b"\x00\x00" + data[mid:],
            "bom-twice": b"\xef\xbb\xbf\xef\xbb\xbf" + data,
            "cr-only": data.replace(b"\n", b"\r"),
            "huge-line": data[:mid] + b"x" * (3 << 20) + data[mid:],
            "binary": bytes(range(256)) * 64,
        }
        for vname, blob in variants.items():
            self.file_case(f"{fmt}/{vname}", f"file-{vname}", src.name, blob)

    # hostile file names with the real content
    def file_names(self, fmt: str, src: Path) -> None:
        data = src.read_bytes()
        stem, suffix = src.stem, src.suffix
        names = {
            "newline": f"{stem}\nbaris{suffix}",
            "ansi": f"{stem}\x1b[2J\x1b[31m{suffix}",
            "markup": f"{stem} [/x] [bold]{suffix}",  # a folder "… [" holding "x] [bold]…"
            "spaces": f"  {stem}  {suffix}",
        }
        for vname, fname in names.items():
            d = self.folder()
            (d / fname).parent.mkdir(parents=True, exist_ok=True)
            (d / fname).write_bytes(data)
            self.add(Case(f"{fmt}/name-{vname}", f"name-{vname}", _scan([str(d / fname)]), culprit=stem))
        d = self.folder()
        bad = os.fsencode(str(d)) + b"/" + os.fsencode(stem) + b"\xff\xfe" + os.fsencode(suffix)
        with open(bad, "wb") as fh:
            fh.write(data)
        self.add(Case(f"{fmt}/name-bad-utf8", "name-bad-utf8", _scan([str(d)]), culprit=d.name))

    # line-based formats with hostile lines
    def text_lines(self) -> None:
        for fmt in ("whatsapp_android", "whatsapp_android_id", "whatsapp_ios", "crowdtangle"):
            src = EXPORTS[fmt]
            lines = src.read_text(encoding="utf-8-sig").splitlines(keepends=True)
            k = min(3, len(lines) - 1)
            variants = {
                "date-edge-min": "01/01/01 00.00 - Ani: halo\n",
                "date-edge-max": "31/12/99 23.59 - Ani: halo\n",
                "date-impossible": "30/02/24 20.00 - Ani: halo\n",
                "date-13th-month": "12/13/24 20.00 - Ani: halo\n",
                "time-25h": "01/10/24 25.61 - Ani: halo\n",
                "markup-sender": "01/10/24 20.00 - [/x][bold]Ani: halo [/x]\n",
                "ansi-text": "01/10/24 20.00 - Ani: \x1b[2J\x1b]0;judul\x07 halo\n",
                "dup-line": lines[k],
                "long-line": "01/10/24 20.00 - Ani: " + "ha" * (1 << 20) + "\n",
                "ctrl-chars": "01/10/24 20.00 - Ani: \x00\x01\x02\x7f\x9b halo\n",
            }
            if fmt == "crowdtangle":
                variants = {
                    "dup-line": lines[k],
                    "short-row": "a,b\n",
                    "long-row": ",".join(["x"] * 5000) + "\n",
                    "quote-open": '"never closed,' + lines[k],
                    "markup": lines[k].replace(",", ",[/x][bold],", 1),
                    "formula": '=HYPERLINK("http://x"),@SUM(1),+1,-1\n',
                    "date-edge": lines[k].replace("2024", "9999", 1),
                    "date-zero": lines[k].replace("2024", "0001", 1),
                    "bigint": lines[k].replace(",", "," + BIG_INT + ",", 1),
                }
            for vname, line in variants.items():
                data = "".join([*lines[: k + 1], line, *lines[k + 1 :]]).encode(
                    "utf-8", errors="surrogatepass"
                )
                self.file_case(f"{fmt}/line-{vname}", f"line-{vname}", src.name, data)

    def folders(self) -> None:
        good = EXPORTS["canonical"]
        d = self.folder() / "inputs"
        d.mkdir()
        shutil.copy(good, d)
        (d / "hilang.json").symlink_to(d / "tidak-ada.json")
        self.add(Case("folder/dangling-symlink", "folder-symlink", _scan([str(d)]), culprit="hilang.json"))
        d = self.folder() / "inputs"
        d.mkdir()
        shutil.copy(good, d)
        (d / "loop").symlink_to(d)
        (d / "a").symlink_to(d / "b")
        (d / "b").symlink_to(d / "a")
        self.add(Case("folder/symlink-loop", "folder-symlink", _scan([str(d)]), culprit="inputs"))
        d = self.folder() / "ekspor [/x] [bold]"
        d.mkdir(parents=True)
        shutil.copy(good, d)
        self.add(Case("folder/markup-name", "folder-name", _scan([str(d)]), culprit="ekspor"))
        d = self.folder() / "kosong"
        d.mkdir()
        self.add(Case("folder/empty", "folder-empty", _scan([str(d)]), culprit="kosong"))
        d = self.folder() / "banyak"
        d.mkdir()
        for i in range(12_000):
            (d / f"f{i:05d}.txt").write_bytes(b"")
        self.add(Case("folder/many-files", "folder-many", _scan([str(d)]), culprit="banyak"))
        d = self.folder() / "nested"
        deep = d
        for i in range(60):
            deep = deep / f"d{i}"
        deep.mkdir(parents=True)
        shutil.copy(good, deep)
        self.add(Case("folder/deep", "folder-deep", _scan([str(d)]), culprit="nested"))
        d = self.folder()
        self.add(Case("folder/missing", "folder-missing", _scan([str(d / "tidak-ada")]), culprit="tidak-ada"))
        d = self.folder() / "fifo"
        d.mkdir()
        os.mkfifo(d / "pipa.jsonl")
        self.add(Case("folder/fifo", "folder-fifo", _scan([str(d)]), culprit="pipa.jsonl"))

    def arguments(self) -> None:
        good = str(EXPORTS["canonical"])
        d = self.folder()
        (d / "berkas").write_text("bukan folder")
        self.add(
            Case(
                "args/data-is-file", "args", _scan([good], data=str(d / "berkas")), "berkas", needs_data=False
            )
        )
        d = self.folder()
        (d / "keluaran").mkdir()
        self.add(Case("args/out-is-folder", "args", _scan([good], out=str(d / "keluaran")), "keluaran"))
        d = self.folder()
        self.add(
            Case("args/out-missing-dir", "args", _scan([good], out=str(d / "tidak" / "ada.jsonl")), "tidak")
        )
        d = self.folder()
        self.add(Case("args/out-markup", "args", _scan([good], out=str(d / "hasil [" / "x].jsonl")), "hasil"))
        d = self.folder()
        self.add(
            Case(
                "args/election-missing",
                "args",
                _scan([good], election=d / "tidak-ada.yaml"),
                "tidak-ada.yaml",
            )
        )
        self.add(Case("args/asn-is-folder", "args", _scan([good], asn=d), d.name))
        self.add(Case("args/accounts-is-folder", "args", _scan([good], accounts=d), d.name))

        def garbage_db(data: Path) -> None:
            (data / "jaganetral.db").write_bytes(b"this is not a database" * 100)

        def truncated_db(data: Path) -> None:
            p = data / "jaganetral.db"
            p.write_bytes(p.read_bytes()[:5000])

        def evidence_is_file(data: Path) -> None:
            shutil.rmtree(data / "evidence")
            (data / "evidence").write_text("x")

        for name, fn, culprit in [
            ("garbage-db", garbage_db, "jaganetral.db"),
            ("truncated-db", truncated_db, "jaganetral.db"),
            ("evidence-is-file", evidence_is_file, "evidence"),
        ]:
            self.add(Case(f"args/{name}", "store", _scan([good]), culprit, setup=fn))
        self.add(
            Case(
                "args/db-url-bad",
                "store",
                [*_scan([good]), "--db", "postgresql+psycopg://x:y@127.0.0.1:1/z"],
                "127.0.0.1",
            )
        )
        self.add(Case("args/db-url-garbage", "store", [*_scan([good]), "--db", "bukan-url"], "bukan-url"))
        self.add(Case("args/tz-bad", "args", [*_scan([good]), "--tz", "Mars/Olympus"], "Mars/Olympus"))

    def election_files(self) -> None:
        text = ELECTION.read_text(encoding="utf-8")
        bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for i, c in enumerate("bcdefghi"):
            prev = "a" if i == 0 else "bcdefghi"[i - 1]
            bomb.append(f"{c}: &{c} [" + ",".join([f"*{prev}"] * 9) + "]")
        variants = {
            "feb-30": text.replace("2024-09-25", "2024-02-30", 1),
            "month-13": text.replace("2024-09-25", "2024-13-01", 1),
            "year-0": text.replace("2024-11-27", "0000-11-27", 1),
            "year-9999": text.replace("2024-11-27", "9999-12-31", 1),
            "date-string": text.replace("2024-09-25", "besok", 1),
            "alias-bomb": text + "\n" + "\n".join(bomb) + "\nbomb: *i\n",
            "alias-bomb-in-field": text.replace("aliases: [Bang Rahmat, RSW]", "aliases: *i", 1)
            + "\n"
            + "\n".join(bomb)
            + "\n",
            "python-tag": text.replace(
                "Pemilihan Serentak 2024", "!!python/object/apply:os.system ['true']", 1
            ),
            "unknown-tag": text.replace("Pemilihan Serentak 2024", "!rahasia x", 1),
            "deep": text + "\nextra: " + "[" * 100_000 + "]" * 100_000 + "\n",
            "bigint": text.replace("ballot_number: 1", "ballot_number: " + BIG_INT, 1),
            "markup-name": text.replace("H. Rahmat Santoso Wijaya, S.E.", "'[/x][bold]Rahmat'", 1),
            "ansi-name": text.replace("H. Rahmat Santoso Wijaya, S.E.", '"\\e[2JRahmat"', 1),
            "list-for-name": text.replace("name: H. Rahmat Santoso Wijaya, S.E.", "name: [a, b]", 1),
            "missing-contests": text.split("contests:")[0],
            "dup-key": text.replace("    office: walikota", "    office: walikota\n    office: bupati", 1),
            "tab-indent": text.replace("  - id: lubuklinggau-walikota", "\t- id: lubuklinggau-walikota", 1),
            "not-mapping": "- just\n- a list\n",
            "scalar": "hanya teks\n",
            "empty": "",
            "truncated": text[: len(text) // 2],
        }
        blobs = {k: v.encode("utf-8") for k, v in variants.items()}
        blobs["utf16"] = text.encode("utf-16")
        blobs["nul"] = text.encode()[:200] + b"\x00" + text.encode()[200:]
        blobs["bad-utf8"] = text.encode()[:300] + b"\xff" + text.encode()[300:]
        blobs["huge"] = text.encode() + b"\n# " + b"x" * (30 << 20) + b"\n"
        for vname, blob in blobs.items():
            d = self.folder()
            p = d / "election.yaml"
            p.write_bytes(blob)
            self.add(
                Case(
                    f"election/{vname}",
                    f"election-{vname}",
                    _scan([str(EXPORTS["canonical"])], election=p),
                    culprit="election.yaml",
                )
            )

    def registry_files(self) -> None:
        for label, src, opt in (("asn", ASN, "asn"), ("accounts", ACCOUNTS, "accounts")):
            data = src.read_bytes()
            lines = data.decode("utf-8").splitlines(keepends=True)
            row = lines[1]
            variants = {
                "markup-cell": "".join([lines[0], row.replace(",", ",[/x][bold],", 1), *lines[1:]]).encode(),
                "ansi-cell": "".join([lines[0], row.replace(",", ",\x1b[2J,", 1), *lines[1:]]).encode(),
                "dup-row": "".join([lines[0], row, *lines[1:]]).encode(),
                "bigint": "".join([lines[0], BIG_INT + row[row.index(",") :], *lines[1:]]).encode(),
                "nul": data[:100] + b"\x00" + data[100:],
                "bad-utf8": data[:100] + b"\xff" + data[100:],
                "utf16": data.decode().encode("utf-16"),
                "empty": b"",
                "header-only": lines[0].encode(),
                "long-field": "".join(
                    [lines[0], row.replace(",", "," + "x" * (2 << 20) + ",", 1), *lines[1:]]
                ).encode(),
                "quote-open": "".join([lines[0], '"' + row, *lines[1:]]).encode(),
                "many-columns": "".join(
                    [lines[0], row.rstrip("\n") + "," * 4000 + "\n", *lines[1:]]
                ).encode(),
                "formula": "".join(
                    [lines[0], row.replace(",", ',=HYPERLINK("http://x"),', 1), *lines[1:]]
                ).encode(),
                "cr-only": data.replace(b"\n", b"\r"),
                "binary": bytes(range(256)) * 16,
            }
            for vname, blob in variants.items():
                d = self.folder()
                p = d / src.name
                p.write_bytes(blob)
                kw: dict[str, Any] = {opt: p}
                self.add(
                    Case(
                        f"{label}/{vname}",
                        f"{label}-{vname}",
                        _scan([str(EXPORTS["canonical"])], **kw),
                        culprit=src.name,
                    )
                )

    def images(self) -> None:
        d = self.folder()
        (d / "bomb.png").write_bytes(_png_bomb(30_000, 30_000))
        self.add(Case("image/png-bomb", "image-bomb", _scan([str(d / "bomb.png")]), culprit="bomb.png"))
        d = self.folder()
        (d / "wide.png").write_bytes(_png_header_only(1_000_000, 1_000_000))
        self.add(
            Case("image/png-header-lies", "image-bomb", _scan([str(d / "wide.png")]), culprit="wide.png")
        )
        d = self.folder()
        (d / "trunc.png").write_bytes(_png_bomb(64, 64)[:60])
        self.add(Case("image/png-truncated", "image-bad", _scan([str(d / "trunc.png")]), culprit="trunc.png"))
        d = self.folder()
        (d / "palsu.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"bukan jpeg" * 50)
        self.add(Case("image/jpeg-garbage", "image-bad", _scan([str(d / "palsu.jpg")]), culprit="palsu.jpg"))
        for vname, stamp in (
            ("exif-9999", "9999:12:31 23:59:59"),
            ("exif-0000", "0000:00:00 00:00:00"),
            ("exif-garbage", "kemarin sore"),
            ("exif-feb-30", "2024:02:30 10:00:00"),
        ):
            d = self.folder()
            p = d / f"{vname}.jpg"
            _jpeg_with_exif(p, stamp)
            self.add(Case(f"image/{vname}", "image-exif", _scan([str(p)]), culprit=p.name))

    def news(self) -> None:
        records = [
            {
                "id": "n1",
                "url": "https://contoh.id/a",
                "title": "ASN ikut kampanye",
                "published": "2024-10-01",
                "text": "Seorang ASN di Kota Lubuklinggau diduga ikut kampanye pasangan calon.",
            },
            {
                "id": "n2",
                "url": "https://contoh.id/b",
                "title": "Bawaslu periksa camat",
                "published": "2024-10-02",
                "text": "Bawaslu memeriksa seorang camat yang hadir di deklarasi relawan.",
            },
        ]
        base = "\n".join(json.dumps(r) for r in records) + "\n"
        variants: dict[str, bytes] = {
            "bad-utf8": base.encode()[:40] + b"\xff" + base.encode()[40:],
            "latin1": (
                "\n".join(json.dumps({**r, "text": r["text"] + " café"}, ensure_ascii=False) for r in records)
            ).encode("latin-1"),
            "bad-record-1": b"{oops\n" + base.encode(),
            "bad-record-2": base.encode() + b"[1,2]\n",
            "deep": base.encode() + b'{"id": "n3", "text": ' + DEEP.encode() + b"}\n",
            "bigint-id": base.encode() + b'{"id": ' + BIG_INT.encode() + b', "text": "x"}\n',
            "published-month": base.replace("2024-10-01", "2024-06").encode(),
            "published-edge": base.replace("2024-10-01", "9999-12-31T23:59:59-12:00").encode(),
            "published-year0": base.replace("2024-10-01", "0001-01-01T00:00:00+07:00").encode(),
            "published-number": base.replace('"2024-10-01"', "1e300").encode(),
            "surrogate": base.replace("diduga", "\\ud800").encode(),
            "dup-id": (base + json.dumps(records[0]) + "\n").encode(),
            "empty-id": base.replace('"n1"', '""').encode(),
            "id-list": base.replace('"n1"', '["n", 1]').encode(),
            "utf16": base.encode("utf-16"),
            "empty": b"",
            "markup": base.replace("ASN ikut kampanye", "[/x][bold]").encode(),
        }
        for vname, blob in variants.items():
            d = self.folder()
            p = d / "berita.jsonl"
            p.write_bytes(blob)
            argv = [
                "news",
                "extract",
                str(p),
                "--out",
                "{out}",
                "--election",
                str(ELECTION),
                "--data",
                "{data}",
                "--open-cases",
            ]
            self.add(Case(f"news/{vname}", f"news-{vname}", argv, culprit="berita.jsonl"))
        d = self.folder()
        (d / "artikel.html").write_bytes(
            b"<html><body>" + b"<div>" * 100_000 + b"teks" + b"</div>" * 100_000 + b"</body></html>"
        )
        self.add(
            Case(
                "news/html-deep",
                "news-html",
                ["news", "extract", str(d / "artikel.html"), "--out", "{out}"],
                culprit="artikel.html",
                needs_data=False,
            )
        )


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return (
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    )


def _png_bomb(width: int, height: int) -> bytes:
    """A valid grayscale PNG of ``width × height`` black pixels: a few KB on disk, GBs decoded."""
    comp = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    parts = [comp.compress(row) for _ in range(height)]
    parts.append(comp.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


def _png_header_only(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


def _jpeg_with_exif(path: Path, stamp: str) -> None:
    from PIL import Image

    img = Image.new("RGB", (320, 120), "white")
    exif = Image.Exif()
    exif[0x0132] = stamp  # DateTime
    exif.get_ifd(0x8769)[0x9003] = stamp  # DateTimeOriginal
    img.save(path, "JPEG", exif=exif.tobytes())


def generate(root: Path, *, paths_per_file: int = 8) -> list[Case]:
    """Write every hostile case under ``root`` (emptied first) and return them."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    return Generator(root, paths_per_file=paths_per_file).generate()
