"""Shared machinery for the independent social-media evaluation corpus (build.py).

Format writers (Facebook Graph, CrowdTangle, X API v2, Instagram Graph, TikTok Research, YouTube
commentThreads, Telegram Desktop, WhatsApp Android/iOS, canonical JSON Lines, optional PNG screenshots),
the label model (truth.jsonl, the same schema as shared/data/social-dev) and the checks. The two
scenario modules (_dev.py, _heldout.py) hold the people, candidates, sentences and labels.

Standard library only. Pillow is used, if importable, for the optional screenshots only.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import shutil
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

UTC = timezone.utc
WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))
ZONE_ABBR = {7: "WIB", 8: "WITA", 9: "WIT"}


def at(zone, y, mo, d, h=9, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=zone)


def wib(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def wita(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def wit(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


def fb_time(t):  # Graph API / Instagram: 2024-10-06T11:30:00+0000
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def x_time(t):  # X API v2
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def yt_time(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unix(t):
    return int(t.timestamp())


def hnum(text, mod):
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % mod


B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def b64id(seed, n):
    v = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return "".join(B64URL[(v >> (6 * i)) & 63] for i in range(n))


def cursor(*parts):
    d = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return base64.b64encode(b"QVFI" + d[:30]).decode().rstrip("=")


# =============================================================================================
# parties (real, Pemilu 2024 national list with their ballot numbers)
# =============================================================================================
PARTIES = [
    ("PKB", "Partai Kebangkitan Bangsa", 1, []),
    ("GERINDRA", "Partai Gerakan Indonesia Raya", 2, ["Gerindra", "Partai Gerindra"]),
    ("PDIP", "Partai Demokrasi Indonesia Perjuangan", 3, ["PDI Perjuangan", "PDI-P"]),
    ("GOLKAR", "Partai Golongan Karya", 4, ["Golkar", "Partai Golkar"]),
    ("NASDEM", "Partai NasDem", 5, ["NasDem"]),
    ("BURUH", "Partai Buruh", 6, []),
    ("GELORA", "Partai Gelombang Rakyat Indonesia", 7, ["Gelora"]),
    ("PKS", "Partai Keadilan Sejahtera", 8, []),
    ("PKN", "Partai Kebangkitan Nusantara", 9, []),
    ("HANURA", "Partai Hati Nurani Rakyat", 10, ["Hanura"]),
    ("GARUDA", "Partai Garda Republik Indonesia", 11, ["Garuda"]),
    ("PAN", "Partai Amanat Nasional", 12, []),
    ("PBB", "Partai Bulan Bintang", 13, []),
    ("DEMOKRAT", "Partai Demokrat", 14, ["Demokrat"]),
    ("PSI", "Partai Solidaritas Indonesia", 15, []),
    ("PERINDO", "Partai Persatuan Indonesia", 16, ["Perindo"]),
    ("PPP", "Partai Persatuan Pembangunan", 17, []),
    ("UMMAT", "Partai Ummat", 24, []),
]

PILKADA_STAGES = [
    ("penyerahan_dukungan_perseorangan", date(2024, 5, 8), date(2024, 5, 12)),
    ("pendaftaran", date(2024, 8, 27), date(2024, 8, 29)),
    ("penetapan_calon", date(2024, 9, 22), date(2024, 9, 22)),
    ("pengundian_nomor_urut", date(2024, 9, 23), date(2024, 9, 23)),
    ("kampanye", date(2024, 9, 25), date(2024, 11, 23)),
    ("masa_tenang", date(2024, 11, 24), date(2024, 11, 26)),
    ("pemungutan_suara", date(2024, 11, 27), date(2024, 11, 27)),
]
PEMILU_STAGES = [
    ("pendaftaran", date(2023, 5, 1), date(2023, 5, 14)),
    ("pendaftaran_paslon_presiden", date(2023, 10, 19), date(2023, 10, 25)),
    ("penetapan_calon", date(2023, 11, 3), date(2023, 11, 3)),
    ("penetapan_paslon_presiden", date(2023, 11, 13), date(2023, 11, 13)),
    ("pengundian_nomor_urut_paslon_presiden", date(2023, 11, 14), date(2023, 11, 14)),
    ("kampanye", date(2023, 11, 28), date(2024, 2, 10)),
    ("masa_tenang", date(2024, 2, 11), date(2024, 2, 13)),
    ("pemungutan_suara", date(2024, 2, 14), date(2024, 2, 14)),
]
PILKADA_DESIGNATION = date(2024, 9, 22)
DCT_DESIGNATION = date(2023, 11, 3)
PRES_DESIGNATION = date(2023, 11, 13)


def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def flow(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


class Cand:
    def __init__(
        self,
        cid,
        name,
        *,
        aliases=(),
        mate=None,
        mate_aliases=(),
        ballot=None,
        parties=(),
        slogans=(),
        hashtags=(),
        accounts=(),
        independent=False,
        party_number=None,
    ):
        self.id, self.name, self.aliases, self.mate, self.mate_aliases = (
            cid,
            name,
            list(aliases),
            mate,
            list(mate_aliases),
        )
        self.ballot, self.parties, self.slogans, self.hashtags = (
            ballot,
            list(parties),
            list(slogans),
            list(hashtags),
        )
        self.accounts, self.independent = list(accounts), independent
        self.contest = None

    def handle(self, platform):
        for p, h in self.accounts:
            if p == platform:
                return h
        raise KeyError((self.id, platform))


class Contest:
    def __init__(self, cid, office, region, cands, designation):
        self.id, self.office, self.region, self.cands, self.designation = (
            cid,
            office,
            region,
            cands,
            designation,
        )
        for c in cands:
            c.contest = self


class Election:
    def __init__(
        self,
        eid,
        name,
        voting_day,
        kind,
        contests,
        comment,
        *,
        stages=None,
        parties=None,
        designation=None,
        dct=None,
        pres=None,
        designated_note=None,
    ):
        """Optional keywords (defaults: the 2024 calendars and party list) let a workspace use another election:
        stages [(name, start, end)], parties [(abbr, name, number, aliases)], designation (Pilkada candidates
        designated), dct (Pemilu legislative list), pres (presidential pairs), designated_note (YAML comment)."""
        self.id, self.name, self.voting_day, self.kind, self.contests, self.comment = (
            eid,
            name,
            voting_day,
            kind,
            contests,
            comment,
        )
        self.stages = stages or (PILKADA_STAGES if kind == "pilkada" else PEMILU_STAGES)
        self.parties = parties or PARTIES
        self.pilkada_designation = designation or PILKADA_DESIGNATION
        self.dct = dct or DCT_DESIGNATION
        self.pres = pres or PRES_DESIGNATION
        self.designated_note = designated_note or "extension: pairs designated 13 Nov 2023 (DCT 3 Nov)"

    def yaml(self):
        out = ["# " + line for line in self.comment.strip().splitlines()]
        out.append(
            f"election: {{id: {self.id}, name: {q(self.name)}, voting_day: {self.voting_day.isoformat()}}}"
        )
        out.append("stages:            # dates inclusive, Asia/Jakarta")
        for n, s, e in self.stages:
            out.append(f"  - {{name: {n}, start: {s.isoformat()}, end: {e.isoformat()}}}")
        out.append("parties:")
        for abbr, name, num, al in self.parties:
            extra = f", aliases: {flow(al)}" if al else ""
            out.append(f"  - {{abbr: {abbr}, name: {q(name)}, number: {num}{extra}}}")
        out.append("contests:")
        for ct in self.contests:
            out.append(f"  - id: {ct.id}")
            out.append(f"    office: {ct.office}")
            out.append(f"    region: {q(ct.region)}")
            if self.kind == "pemilu" and ct.office == "presiden":
                out.append(
                    f"    designated: {ct.designation.isoformat()}   # {self.designated_note}"
                )
            out.append("    candidates:")
            for c in ct.cands:
                out.append(f"      - id: {c.id}")
                out.append(f"        name: {q(c.name)}")
                out.append(f"        aliases: {flow(c.aliases)}")
                if c.mate:
                    out.append(
                        f"        running_mate: {{name: {q(c.mate)}, aliases: {flow(c.mate_aliases)}}}"
                    )
                out.append(f"        ballot_number: {c.ballot if c.ballot is not None else 'null'}")
                out.append(f"        parties: {flow(c.parties)}")
                if c.independent:
                    out.append("        independent: true")
                out.append(f"        slogans: {flow(c.slogans)}")
                out.append(f"        hashtags: {flow(c.hashtags)}")
                if c.accounts:
                    out.append("        accounts:")
                    for p, h in c.accounts:
                        out.append(f"          - {{platform: {p}, handle: {q(h)}}}")
                else:
                    out.append("        accounts: []")
        return "\n".join(out) + "\n"


# =============================================================================================
# codes (rules.md): generous lists per act, stage and election
# =============================================================================================
_CALON = {
    "post": ["SKB-D2", "SKB-D6", "PP94-N1"],
    "interact": ["SKB-D6", "SKB-D2"],
    "photo": ["SKB-D7", "SKB-D6", "SKB-D2"],
    "gesture": ["SKB-D7", "SKB-D2", "SKB-D6", "PP94-N2"],
    "negative": ["SKB-D12", "PP94-N5", "SKB-D2", "SKB-D6"],
    "instruct": ["SKB-D8", "PP94-N6", "PP94-N3", "SKB-D12", "PP94-N5", "SKB-D2"],
    "inst": ["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D2", "SKB-D6"],
    "attend": ["SKB-D4", "PP94-N1", "SKB-D2", "SKB-D6", "SKB-D7"],
    "ktp": ["SKB-D11", "PP94-N7"],
    "team": ["SKB-D10", "SKB-D9", "SKB-D6", "SKB-D8", "PP94-N1", "PP94-N6"],
}
_BAKAL = {
    "post": ["SKB-E2", "SKB-E4"],
    "interact": ["SKB-E4", "SKB-E2"],
    "photo": ["SKB-E5", "SKB-E4", "SKB-E2"],
    "gesture": ["SKB-E5", "SKB-E2", "SKB-E4"],
    "negative": ["SKB-E2", "SKB-D12", "PP94-N5", "SKB-E4"],
    "instruct": ["SKB-D8", "PP94-N6", "PP94-N3", "SKB-E6", "SKB-D12", "SKB-E2"],
    "inst": ["SKB-D12", "PP94-N5", "PP94-N4", "SKB-E2"],
    "attend": ["SKB-E3", "SKB-E6", "SKB-E2", "SKB-E5"],
    "ktp": ["SKB-D11", "PP94-N7", "SKB-E2", "SKB-D8", "PP94-N6"],
    "team": ["SKB-D9", "SKB-E4", "SKB-E2", "SKB-D8", "PP94-N6"],
}
_UU7 = {
    "post": ["UU7-283", "UU7-280-3"],
    "interact": ["UU7-283"],
    "negative": ["UU7-282", "UU7-283"],
    "instruct": ["UU7-283", "UU7-280-3", "UU7-282"],
    "inst": ["UU7-304", "UU7-282", "UU7-283"],
    "attend": ["UU7-283", "UU7-280-3"],
    "gesture": ["UU7-283"],
    "photo": ["UU7-283"],
    "team": ["UU7-280-3", "UU7-283"],
}
_UU10 = ["UU10-71-1"]

DEFAULT_ACTION = {
    "post": "post",
    "interact": "like",
    "photo": "photo_with_candidate",
    "gesture": "partisan_gesture",
    "negative": "post",
    "instruct": "instruct_others",
    "inst": "official_account_use",
    "attend": "attend_campaign",
    "ktp": "other",
    "team": "instruct_others",
}
ACTION_ANY = {
    "post": ["post", "share"],
    "share": ["share", "post"],
    "comment": ["comment", "post"],
    "like": ["like"],
    "follow_or_join": ["follow_or_join"],
    "photo_with_candidate": ["photo_with_candidate", "post", "partisan_gesture", "share", "attend_campaign"],
    "partisan_gesture": ["partisan_gesture", "photo_with_candidate", "post"],
    "instruct_others": ["instruct_others", "post", "share", "other"],
    "official_account_use": [
        "official_account_use",
        "share",
        "post",
        "photo_with_candidate",
        "comment",
        "state_facility_use",
    ],
    "attend_campaign": ["attend_campaign", "post", "photo_with_candidate", "partisan_gesture"],
    "other": ["other", "instruct_others", "post", "state_facility_use"],
}


# =============================================================================================
# the workspace being built
# =============================================================================================
class Ctx:
    def __init__(self, name, root):
        self.name, self.root, self.inp = name, Path(root), Path(root) / "inputs"
        self.truth, self.files, self.asn, self.inst, self.cands = [], {}, {}, {}, {}
        self.elections = []
        self.wa_when = []
        self.pngs = []
        self.xusers, self.ig_ids, self.fb_names = {}, {}, {}
        self.seq = Counter()

    # ---- candidates -------------------------------------------------------------------------
    def add_election(self, fname, el):
        self.elections.append((fname, el))
        for ct in el.contests:
            for c in ct.cands:
                c.kind = el.kind
                c.election = el
                self.cands[c.id] = c

    def stage(self, cid, when):
        """'bakal', 'calon', or 'both' (a presidential pair between the DCT date and its own designation)."""
        c = self.cands[cid]
        el = c.election
        d = when.astimezone(WIB).date()
        if c.kind == "pilkada":
            return "calon" if d >= el.pilkada_designation else "bakal"
        if c.contest.office == "presiden":
            if d >= el.pres:
                return "calon"
            return "both" if d >= el.dct else "bakal"
        return "calon" if d >= el.dct else "bakal"

    def codes(self, kind, cid, when):
        st = self.stage(cid, when)
        if st == "both":
            base = _BAKAL[kind] + [c for c in _CALON[kind] if c not in _BAKAL[kind]]
        else:
            base = list((_CALON if st == "calon" else _BAKAL)[kind])
        extra = _UU10 if self.cands[cid].kind == "pilkada" else _UU7.get(kind, [])
        return base + [c for c in extra if c not in base]

    # ---- registry ---------------------------------------------------------------------------
    def add_asn(
        self, key, birth, tmt, sex, seq, nama, jabatan, instansi, unit, wilayah, status, acc, disp=None
    ):
        b = date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))
        assert (
            1 <= int(tmt[4:]) <= 12 and int(tmt[:4]) - b.year >= 18 and sex in (1, 2) and 1 <= seq <= 999
        ), key
        nip = f"{birth}{tmt}{sex}{seq:03d}"
        assert len(nip) == 18 and all(a["nip"] != nip for a in self.asn.values()), key
        self.asn[key] = {
            "nip": nip,
            "nama": nama,
            "jabatan": jabatan,
            "instansi": instansi,
            "unit_kerja": unit,
            "wilayah": wilayah,
            "status": status,
            "acc": dict(acc),
            "disp": disp or plain_name(nama),
        }

    def add_inst(self, key, instansi, wilayah, platform, handle, nama_akun):
        self.inst[key] = {
            "instansi": instansi,
            "wilayah": wilayah,
            "platform": platform,
            "handle": handle,
            "nama_akun": nama_akun,
        }

    def nip(self, key):
        return self.asn[key]["nip"]

    def acct(self, key, platform):
        return self.asn[key]["acc"][platform]

    def disp(self, key):
        return self.asn[key]["disp"]

    def resolve_actor(self, actor):
        if actor is None:
            return None
        if actor.startswith("inst:"):
            return "inst:" + self.inst[actor[5:]]["handle"]
        return self.nip(actor)

    # ---- labels -----------------------------------------------------------------------------
    def label(self, tid, lab, *, fmt, file, keys, platform, when):
        lab = dict(lab)
        status = lab.pop("status")
        when = lab.pop("when", None) or when
        actor = self.resolve_actor(lab.pop("actor", None))
        kind, cand = lab.pop("kind", None), lab.pop("cand", None)
        action, note, case = lab.pop("action", None), lab.pop("note", ""), lab.pop("case", "")
        codes_, add_codes = lab.pop("codes", None), lab.pop("add_codes", ())
        in_group, action_any = lab.pop("in_group", False), lab.pop("action_any", None)
        by_actor = lab.pop("by_actor", False)
        assert not lab, (tid, lab)
        bakal = False
        if status == "violation":
            assert actor and kind and cand and when is not None, tid
            if codes_ is None:
                codes_ = self.codes(kind, cand, when)
            st = self.stage(cand, when)
            if in_group:
                for g in (
                    ["SKB-E4"] if st == "bakal" else ["SKB-D6"] if st == "calon" else ["SKB-E4", "SKB-D6"]
                ):
                    if g not in codes_:
                        codes_ = list(codes_) + [g]
            codes_ = list(codes_) + [c for c in add_codes if c not in codes_]
            action = action or DEFAULT_ACTION[kind]
            if action_any is None:
                action_any = ACTION_ANY[action]
            bakal = st != "calon"
        elif status == "alert":
            assert actor and not actor.startswith("inst:"), tid
            action = action or "tagged"
            by_actor = True
        if status == "none" and not case:
            case = "neg_citizen"
        assert status in ("violation", "alert", "review", "none"), tid
        assert case, tid
        self.truth.append(
            {
                "id": tid,
                "status": status,
                "action": action,
                "actor": actor,
                "codes_any": list(codes_ or []),
                "candidate": cand,
                "note": note,
                "keys": list(keys),
                "by_actor": by_actor,
                "platform": platform,
                "when": when.isoformat() if when is not None else None,
                "action_any": list(action_any or ([action] if action else [])),
                "case": case,
                "format": fmt,
                "file": file,
                "bakal_calon": bakal,
            }
        )

    # ---- files ------------------------------------------------------------------------------
    def write_json(self, rel, obj, fmt, indent=1):
        p = self.inp / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")
        self.files[rel] = fmt

    def write_jsonl(self, rel, objs, fmt):
        p = self.inp / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("w", encoding="utf-8", newline="\n") as fh:
            for o in objs:
                fh.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.files[rel] = fmt

    def write_text(self, rel, text, fmt, newline="\n"):
        p = self.inp / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text.replace("\n", newline))
        self.files[rel] = fmt


def plain_name(nama):
    """'Dra. Sri Rahayu, M.Pd.' -> 'Sri Rahayu' (how people name themselves on social media)."""
    n = nama.split(",")[0]
    n = re.sub(r"^((Dra?|Drs|Ir|dr|drg|Hj?|Prof|Ns)\.\s*)+", "", n.strip())
    return n.strip()


# Label shorthands: V = violation, A = alert, R = review, N = none.
def V(actor, kind, cand, case, action=None, note="", **kw):
    return dict(
        status="violation", actor=actor, kind=kind, cand=cand, case=case, action=action, note=note, **kw
    )


def A(actor, case="tagged", note="", **kw):
    return dict(status="alert", actor=actor, case=case, note=note, by_actor=True, **kw)


def R(case, note, actor=None, cand=None, **kw):
    return dict(status="review", case=case, note=note, actor=actor, cand=cand, **kw)


def N(case="neg_citizen", note="", **kw):
    return dict(status="none", case=case, note=note, **kw)


# =============================================================================================
# Facebook Graph API JSON (page feeds, group feeds)
# =============================================================================================
class Fb:
    FMT = "facebook_graph"

    def __init__(self, ctx, rel, owner_id, endpoint="feed", version="v19.0"):
        self.c, self.rel, self.owner_id, self.endpoint, self.version = ctx, rel, owner_id, endpoint, version
        self.posts = []

    def user(self, key):
        return {"name": self.c.disp(key), "id": self.c.acct(key, "facebook")}

    def post(
        self,
        when,
        message,
        frm,
        lab,
        *,
        status_type="mobile_status_update",
        photo=None,
        share=None,
        parent_id=None,
        tags=(),
    ):
        n = len(self.posts) + 1
        pid = f"{self.owner_id}_{10**15 * 7 + hnum(self.rel + str(n), 10**15):016d}"
        p = {
            "id": pid,
            "created_time": fb_time(when),
            "from": frm,
            "permalink_url": f"https://www.facebook.com/{pid.split('_')[0]}/posts/{pid.split('_')[1]}",
            "status_type": status_type,
        }
        if message:
            p["message"] = message
        atts = []
        if photo:
            fbid = str(10**14 * 9 + hnum(pid + "ph", 10**14))
            att = {
                "media": {
                    "image": {
                        "height": 720,
                        "src": f"https://scontent.fcgk1-1.fna.fbcdn.net/v/t39.30808-6/{fbid}_n.jpg",
                        "width": 960,
                    }
                },
                "target": {"id": fbid, "url": f"https://www.facebook.com/photo.php?fbid={fbid}"},
                "type": "photo",
                "url": f"https://www.facebook.com/photo.php?fbid={fbid}",
            }
            if photo.get("description"):
                att["description"] = photo["description"]
            if photo.get("title"):
                att["title"] = photo["title"]
            atts.append(att)
            if status_type == "mobile_status_update":
                p["status_type"] = "added_photos"
        if share:
            orig = share["post"]
            att = {
                "target": {"id": orig["id"].split("_")[1], "url": orig["permalink_url"]},
                "title": share.get("title", ""),
                "type": "share",
                "url": orig["permalink_url"],
            }
            if share.get("description"):
                att["description"] = share["description"]
            atts.append(att)
            p["parent_id"] = orig["id"]
            p["status_type"] = "shared_story"
        if parent_id:
            p["parent_id"] = parent_id
        if atts:
            p["attachments"] = {"data": atts}
        mt = []
        for frm_t, tlab in tags:
            off = message.find(frm_t["name"])
            assert off >= 0, (self.rel, frm_t["name"])
            mt.append(
                {
                    "id": frm_t["id"],
                    "name": frm_t["name"],
                    "type": "user",
                    "offset": off,
                    "length": len(frm_t["name"]),
                }
            )
        if mt:
            p["message_tags"] = mt
        p["_c"], p["_r"] = [], []
        self.posts.append(p)
        self.c.label(
            f"fb:{pid}", lab, fmt=self.FMT, file=self.rel, keys=[pid], platform="facebook", when=when
        )
        for frm_t, tlab in tags:
            self.c.label(
                f"fb:{pid}:tag:{frm_t['id']}",
                tlab,
                fmt=self.FMT,
                file=self.rel,
                keys=[pid],
                platform="facebook",
                when=when,
            )
        return p

    def comment(self, post, when, message, frm, lab, parent=None):
        n = len(post["_c"]) + 1 + sum(len(x["_c"]) for x in self.posts) * 3
        cid = f"{post['id'].split('_')[1]}_{10**16 + hnum(post['id'] + str(n) + message, 9 * 10**16):017d}"
        c = {
            "created_time": fb_time(when),
            "from": frm,
            "message": message,
            "id": cid,
            "permalink_url": post["permalink_url"] + f"?comment_id={cid.split('_')[1]}",
        }
        if parent is not None:
            c["parent"] = {
                "created_time": parent["created_time"],
                "from": parent["from"],
                "message": parent["message"],
                "id": parent["id"],
            }
        post["_c"].append(c)
        self.c.label(
            f"fb:{cid}", lab, fmt=self.FMT, file=self.rel, keys=[cid], platform="facebook", when=when
        )
        return c

    def react(self, post, frm, lab, kind="LIKE", when=None):
        post["_r"].append({"id": frm["id"], "name": frm["name"], "type": kind})
        when = when or datetime.fromisoformat(post["created_time"].replace("+0000", "+00:00"))
        self.c.label(
            f"fb:{post['id']}:reaction:{frm['id']}",
            lab,
            fmt=self.FMT,
            file=self.rel,
            keys=[post["id"], frm["id"]],
            platform="facebook",
            when=when,
        )

    def dump(self):
        data = []
        for p in self.posts:
            o = {k: v for k, v in p.items() if not k.startswith("_")}
            if p["_c"]:
                o["comments"] = {
                    "data": p["_c"],
                    "paging": {"cursors": {"before": cursor(p["id"], "cb"), "after": cursor(p["id"], "ca")}},
                    "summary": {"order": "chronological", "total_count": len(p["_c"]), "can_comment": True},
                }
            if p["_r"]:
                o["reactions"] = {
                    "data": p["_r"],
                    "paging": {"cursors": {"before": cursor(p["id"], "rb"), "after": cursor(p["id"], "ra")}},
                    "summary": {"total_count": len(p["_r"]), "viewer_reaction": "NONE"},
                }
            data.append(o)
        after = cursor(self.rel, "after")
        fields = (
            "id,created_time,message,from,permalink_url,status_type,parent_id,attachments,message_tags,"
            "comments.summary(true){id,created_time,from,message,permalink_url,parent},reactions.summary(true){id,name,type}"
        )
        self.c.write_json(
            self.rel,
            {
                "data": data,
                "paging": {
                    "cursors": {"before": cursor(self.rel, "before"), "after": after},
                    "next": f"https://graph.facebook.com/{self.version}/{self.owner_id}/{self.endpoint}?fields={fields}&limit=25&after={after}",
                },
            },
            self.FMT,
        )


def fb_person(name, salt=""):
    return {"name": name, "id": "1000" + f"{hnum('fbp' + name + salt, 10**11):011d}"}


# =============================================================================================
# CrowdTangle historical data CSV
# =============================================================================================
CT_COLUMNS = [
    "Page Name",
    "User Name",
    "Facebook Id",
    "Page Category",
    "Page Admin Top Country",
    "Page Description",
    "Page Created",
    "Likes at Posting",
    "Followers at Posting",
    "Post Created",
    "Post Created Date",
    "Post Created Time",
    "Type",
    "Total Interactions",
    "Likes",
    "Comments",
    "Shares",
    "Love",
    "Wow",
    "Haha",
    "Sad",
    "Angry",
    "Care",
    "Video Share Status",
    "Is Video Owner?",
    "Post Views",
    "Total Views",
    "Total Views For All Crossposts",
    "Video Length",
    "URL",
    "Message",
    "Link",
    "Final Link",
    "Image Text",
    "Link Text",
    "Description",
    "Sponsor Id",
    "Sponsor Name",
    "Sponsor Category",
    "Overperforming Score (weighted  —  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x Sad 1x Angry 1x Care 1x )",
]


class Ct:
    FMT = "crowdtangle_csv"

    def __init__(self, ctx, rel, zone, pages):
        """pages: key -> (name, user name, facebook id, category, description, created, followers)"""
        self.c, self.rel, self.zone, self.abbr, self.pages, self.rows = (
            ctx,
            rel,
            zone,
            ZONE_ABBR[int(zone.utcoffset(None).total_seconds() // 3600)],
            pages,
            [],
        )

    def row(self, page, when, typ, message, lab, *, image_text="", link="", link_text="", desc=""):
        name, user, fid, cat, pdesc, created, followers = self.pages[page]
        n = len(self.rows) + 1
        post_num = str(10**15 * 8 + hnum(self.rel + str(n), 10**15))
        local = when.astimezone(self.zone)
        likes, comments, shares = 9 + (n * 41) % 380, (n * 11) % 70, (n * 5) % 31
        r = {k: "" for k in CT_COLUMNS}
        r.update(
            {
                "Page Name": name,
                "User Name": user,
                "Facebook Id": fid,
                "Page Category": cat,
                "Page Admin Top Country": "ID",
                "Page Description": pdesc,
                "Page Created": created,
                "Likes at Posting": str(int(followers * 0.93)),
                "Followers at Posting": str(followers),
                "Post Created": local.strftime("%Y-%m-%d %H:%M:%S") + " " + self.abbr,
                "Post Created Date": local.strftime("%Y-%m-%d"),
                "Post Created Time": local.strftime("%H:%M:%S"),
                "Type": typ,
                "Total Interactions": str(likes + comments + shares),
                "Likes": str(likes),
                "Comments": str(comments),
                "Shares": str(shares),
                "Love": str(n % 7),
                "Wow": "0",
                "Haha": str(n % 4),
                "Sad": "0",
                "Angry": str(n % 2),
                "Care": str(n % 3),
                "Post Views": "0",
                "Total Views": "0",
                "Total Views For All Crossposts": "0",
                "URL": f"https://www.facebook.com/{fid}/posts/{post_num}",
                "Message": message,
                "Link": link,
                "Final Link": "",
                "Image Text": image_text,
                "Link Text": link_text,
                "Description": desc,
                CT_COLUMNS[-1]: f"{((n * 67) % 520 - 260) / 100:.2f}",
            }
        )
        if typ == "Photo":
            r["Link"] = (
                f"https://www.facebook.com/{fid}/photos/a.{int(fid[-6:]) * 3}/{int(post_num) + 1}/?type=3"
            )
        if typ in ("Video", "Native Video"):
            r.update(
                {
                    "Video Share Status": "owned",
                    "Is Video Owner?": "Yes",
                    "Post Views": str(700 + n * 29),
                    "Total Views": str(820 + n * 29),
                    "Video Length": f"00:0{1 + n % 3}:{10 + n % 50:02d}",
                }
            )
        if typ == "Link" and link:
            r["Final Link"] = link
        self.rows.append(r)
        key = f"{fid}_{post_num}"
        self.c.label(
            f"ct:{key}", lab, fmt=self.FMT, file=self.rel, keys=[key], platform="facebook", when=when
        )
        return key

    def dump(self):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=CT_COLUMNS, lineterminator="\r\n")
        w.writeheader()
        for r in self.rows:
            w.writerow(r)
        self.c.write_text(self.rel, buf.getvalue(), self.FMT)


# =============================================================================================
# X API v2
# =============================================================================================
def snowflake(t, seq):
    ms = int(t.timestamp() * 1000) - 1288834974657
    return str((ms << 22) | ((seq * 4099) & 0x3FFFFF))


class X:
    FMT = "x_api_v2"

    def __init__(self, ctx, rel):
        self.c, self.rel, self.pages, self.cur = ctx, rel, [], None
        self.new_page()

    def user(self, handle, name, description="", location=None, created="2013-06-01T00:00:00.000Z"):
        uid = str(10**9 + hnum("x" + handle, 10**12))
        u = {
            "id": uid,
            "name": name,
            "username": handle,
            "description": description,
            "created_at": created,
            "protected": False,
            "verified": False,
            "public_metrics": {
                "followers_count": 70 + hnum(handle, 900),
                "following_count": 120 + hnum(handle + "f", 600),
                "tweet_count": 400 + hnum(handle + "t", 9000),
                "listed_count": hnum(handle, 4),
            },
        }
        if location:
            u["location"] = location
        self.c.xusers[handle] = u
        return u

    def new_page(self):
        self.cur = {"data": [], "users": {}, "tweets": {}, "media": []}
        self.pages.append(self.cur)

    def orig(self, handle, when, text):
        self.c.seq["x"] += 1
        tid = snowflake(when, self.c.seq["x"])
        return {
            "edit_history_tweet_ids": [tid],
            "id": tid,
            "text": text,
            "author_id": self.c.xusers[handle]["id"],
            "created_at": x_time(when),
            "conversation_id": tid,
            "lang": "in",
        }

    def tweet(self, handle, when, text, lab, *, ref=None, mentions=(), alt=None, lang="in"):
        """ref: ("retweeted"|"quoted"|"replied_to", tweet dict). mentions: [(handle, label or None)]"""
        self.c.seq["x"] += 1
        seq = self.c.seq["x"]
        u = self.c.xusers[handle]
        tid = snowflake(when, seq)
        tw = {
            "edit_history_tweet_ids": [tid],
            "id": tid,
            "text": text,
            "author_id": u["id"],
            "created_at": x_time(when),
            "conversation_id": tid,
            "lang": lang,
            "possibly_sensitive": False,
            "reply_settings": "everyone",
            "public_metrics": {
                "retweet_count": seq % 9,
                "reply_count": seq % 4,
                "like_count": (seq * 7) % 53,
                "quote_count": seq % 2,
                "bookmark_count": seq % 3,
                "impression_count": 90 + seq * 17,
            },
        }
        ents = {}
        ms = []
        for m, _ in mentions:
            i = text.find("@" + m)
            assert i >= 0, (text, m)
            ms.append({"start": i, "end": i + len(m) + 1, "username": m, "id": self.c.xusers[m]["id"]})
            self.cur["users"][self.c.xusers[m]["id"]] = self.c.xusers[m]
        if ms:
            ents["mentions"] = ms
        hs = [
            {"start": mm.start(), "end": mm.end(), "tag": mm.group(1)} for mm in re.finditer(r"#(\w+)", text)
        ]
        if hs:
            ents["hashtags"] = hs
        if ents:
            tw["entities"] = ents
        if ref is not None:
            typ, orig = ref
            tw["referenced_tweets"] = [{"type": typ, "id": orig["id"]}]
            self.cur["tweets"][orig["id"]] = orig
            au = next(x for x in self.c.xusers.values() if x["id"] == orig["author_id"])
            self.cur["users"][au["id"]] = au
            if typ == "replied_to":
                tw["in_reply_to_user_id"] = orig["author_id"]
                tw["conversation_id"] = orig["conversation_id"]
        if alt is not None:
            mk = f"3_{tid}"
            tw["attachments"] = {"media_keys": [mk]}
            self.cur["media"].append(
                {
                    "media_key": mk,
                    "type": "photo",
                    "url": f"https://pbs.twimg.com/media/G{b64id(tid, 11)}.jpg",
                    "width": 1280,
                    "height": 960,
                    "alt_text": alt,
                }
            )
        self.cur["users"][u["id"]] = u
        self.cur["data"].append(tw)
        self.c.label(f"x:{tid}", lab, fmt=self.FMT, file=self.rel, keys=[tid], platform="x", when=when)
        for m, ml in mentions:
            if ml is not None:
                self.c.label(
                    f"x:{tid}:mention:{m}",
                    ml,
                    fmt=self.FMT,
                    file=self.rel,
                    keys=[tid],
                    platform="x",
                    when=when,
                )
        return tw

    def _doc(self, pg, next_token=None):
        d = {"data": pg["data"], "includes": {"users": list(pg["users"].values())}}
        if pg["tweets"]:
            d["includes"]["tweets"] = list(pg["tweets"].values())
        if pg["media"]:
            d["includes"]["media"] = pg["media"]
        ids = sorted((t["id"] for t in pg["data"]), key=int)
        d["meta"] = {"newest_id": ids[-1], "oldest_id": ids[0], "result_count": len(pg["data"])}
        if next_token:
            d["meta"]["next_token"] = next_token
        return d

    def dump_twarc(self, query, retrieved_at="2024-12-03T02:10:00+00:00"):
        docs = []
        for i, pg in enumerate(self.pages):
            nt = b64id(self.rel + str(i), 27).lower() if i + 1 < len(self.pages) else None
            d = self._doc(pg, nt)
            d["__twarc"] = {
                "url": "https://api.twitter.com/2/tweets/search/all?query="
                + query.replace(" ", "+")
                + "&tweet.fields=attachments,author_id,conversation_id,created_at,entities,in_reply_to_user_id,lang,public_metrics,referenced_tweets"
                + "&expansions=author_id,referenced_tweets.id,referenced_tweets.id.author_id,entities.mentions.username,attachments.media_keys"
                + "&user.fields=created_at,description,location,name,public_metrics,username,verified&media.fields=alt_text,type,url&max_results=100"
                + (f"&next_token={b64id(self.rel + str(i - 1), 27).lower()}" if i else ""),
                "version": "2.14.0",
                "retrieved_at": retrieved_at,
            }
            docs.append(d)
        self.c.write_jsonl(self.rel, docs, self.FMT)

    def dump_timeline(self):
        assert len(self.pages) == 1
        self.c.write_json(self.rel, self._doc(self.pages[0], b64id(self.rel, 30).lower()), self.FMT)


# =============================================================================================
# Instagram Graph API
# =============================================================================================
class Ig:
    FMT = "instagram_graph"

    def __init__(self, ctx, rel):
        self.c, self.rel, self.items = ctx, rel, []

    def uid(self, username):
        return self.c.ig_ids.setdefault(username, f"178414{hnum('igu' + username, 10**11):011d}")

    def _id(self, digits):
        self.c.seq["ig"] += 1
        return str(
            10 ** (digits - 1) * 1 + hnum(self.c.name + "ig" + str(self.c.seq["ig"]), 9 * 10 ** (digits - 1))
        )

    def media(
        self, when, caption, lab, *, username=None, mtype="IMAGE", product="FEED", comments=(), mentions=()
    ):
        mid = "17" + f"{int(self._id(15)) % 10**15:015d}"  # 17 digits
        m = {
            "id": mid,
            "caption": caption,
            "media_type": mtype,
            "media_product_type": product,
            "media_url": f"https://scontent-cgk1-1.cdninstagram.com/v/t51.29350-15/{mid}_n.jpg",
            "permalink": f"https://www.instagram.com/p/{'C' + b64id(mid, 10)}/",
            "timestamp": fb_time(when),
            "like_count": 15 + int(mid[-2:]),
            "comments_count": len(comments),
        }
        if username:
            m["username"] = username
            m["owner"] = {"id": self.uid(username)}
        if comments:
            m["comments"] = {"data": list(comments)}
        self.items.append(m)
        self.c.label(
            f"ig:{mid}", lab, fmt=self.FMT, file=self.rel, keys=[mid], platform="instagram", when=when
        )
        for h, ml in mentions:
            assert "@" + h in caption, (caption, h)
            self.c.label(
                f"ig:{mid}:mention:{h}",
                ml,
                fmt=self.FMT,
                file=self.rel,
                keys=[mid],
                platform="instagram",
                when=when,
            )
        return m

    def comment(self, when, text, username, lab, replies=()):
        cid = "18" + f"{int(self._id(16)) % 10**16:016d}"  # 18 digits: longer than a 17-digit media id
        cm = {
            "id": cid,
            "text": text,
            "timestamp": fb_time(when),
            "username": username,
            "from": {"id": self.uid(username), "username": username},
            "like_count": int(cid[-1]),
        }
        if replies:
            cm["replies"] = {"data": list(replies)}
        self.c.label(
            f"ig:{cid}", lab, fmt=self.FMT, file=self.rel, keys=[cid], platform="instagram", when=when
        )
        return cm

    def dump_media(self, owner):
        after = cursor(self.rel, "a")
        self.c.write_json(
            self.rel,
            {
                "data": self.items,
                "paging": {
                    "cursors": {"before": cursor(self.rel, "b"), "after": after},
                    "next": f"https://graph.facebook.com/v19.0/{self.uid(owner)}/media?fields=id,caption,media_type,media_product_type,media_url,permalink,timestamp,username,like_count,comments_count,comments%7Bid,text,timestamp,username,from,like_count,replies%7D&limit=25&after={after}",
                },
            },
            self.FMT,
        )

    def dump_discovery(self, username, name, biography, followers, requester):
        for m in self.items:
            m.pop("username", None)
            m.pop("owner", None)
        self.c.write_json(
            self.rel,
            {
                "business_discovery": {
                    "id": self.uid(username),
                    "username": username,
                    "name": name,
                    "biography": biography,
                    "followers_count": followers,
                    "media_count": 40 + len(self.items) * 13,
                    "media": {"data": self.items, "paging": {"cursors": {"after": cursor(self.rel, "a")}}},
                },
                "id": self.uid(requester),
            },
            self.FMT,
        )


# =============================================================================================
# TikTok Research API
# =============================================================================================
class Tt:
    FMT = "tiktok_research"

    def __init__(self, ctx, rel):
        self.c, self.rel, self.pages = ctx, rel, [[]]

    def video(self, username, when, desc, lab, *, voice=None, mentions=(), region="ID"):
        self.c.seq["tt"] += 1
        seq = self.c.seq["tt"]
        vid = (unix(when) << 32) + 1000003 * seq + 17
        tags = re.findall(r"#(\w+)", desc)
        v = {
            "id": vid,
            "create_time": unix(when),
            "username": username,
            "region_code": region,
            "video_description": desc,
            "music_id": 7100000000000000000 + seq * 104729,
            "like_count": 30 + seq * 37,
            "comment_count": seq % 19,
            "share_count": seq % 11,
            "view_count": 900 + seq * 257,
            "favorites_count": seq % 13,
            "video_duration": 9 + seq % 51,
            "hashtag_names": tags,
            "effect_ids": ["0"],
            "playlist_id": 0,
            "is_stem_verified": False,
        }
        if voice is not None:
            v["voice_to_text"] = voice
        if mentions:
            v["video_mention_list"] = [m for m, _ in mentions]
        self.pages[-1].append(v)
        self.c.label(
            f"tt:{vid}", lab, fmt=self.FMT, file=self.rel, keys=[str(vid)], platform="tiktok", when=when
        )
        for m, ml in mentions:
            if ml is not None:
                self.c.label(
                    f"tt:{vid}:mention:{m}",
                    ml,
                    fmt=self.FMT,
                    file=self.rel,
                    keys=[str(vid)],
                    platform="tiktok",
                    when=when,
                )
        return v

    def new_page(self):
        self.pages.append([])

    def dump(self):
        docs = []
        sid = str(7300000000000000000 + hnum(self.rel, 10**17))
        for i, vids in enumerate(self.pages):
            docs.append(
                {
                    "data": {
                        "videos": vids,
                        "cursor": sum(len(p) for p in self.pages[: i + 1]),
                        "has_more": i + 1 < len(self.pages),
                        "search_id": sid,
                    },
                    "error": {
                        "code": "ok",
                        "message": "",
                        "log_id": "2024120" + f"{hnum(self.rel + str(i), 10**25):025d}"[:25].upper(),
                    },
                }
            )
        self.c.write_jsonl(self.rel, docs, self.FMT)


def tt_comments(ctx, rel, video, rows):
    """rows: (time, text, label, parent index or None). The API withholds comment authors."""
    out = []
    for i, (t, text, lab, parent) in enumerate(rows):
        cid = video["id"] + 7 * (i + 1) * 1000003
        out.append(
            {
                "create_time": unix(t),
                "id": cid,
                "like_count": (i * 5) % 17,
                "parent_comment_id": out[parent]["id"] if parent is not None else video["id"],
                "reply_count": sum(1 for r in rows if r[3] == i),
                "text": text,
                "video_id": video["id"],
            }
        )
        ctx.label(f"tt:{cid}", lab, fmt=Tt.FMT, file=rel, keys=[str(cid)], platform="tiktok", when=t)
    ctx.write_json(
        rel,
        {
            "data": {"comments": out, "cursor": len(out), "has_more": False},
            "error": {"code": "ok", "message": "", "log_id": "20241203" + f"{hnum(rel, 10**24):024d}"},
        },
        Tt.FMT,
    )


# =============================================================================================
# YouTube Data API v3 commentThreads
# =============================================================================================
def yt_channel(seed):
    return "UC" + b64id("ch" + seed, 22)


class Yt:
    FMT = "youtube_comments"

    def __init__(self, ctx, rel, video, channel):
        self.c, self.rel, self.video, self.channel, self.threads = ctx, rel, video, channel, []

    def comment(self, when, text, display, channel_id, lab, parent=None, likes=0):
        seed = f"{self.rel}|{len(self.threads)}|{text}"
        cid = (
            ("Ugz" + b64id(seed, 17) + "4AaABAg") if parent is None else parent["id"] + "." + b64id(seed, 22)
        )
        sn = {
            "channelId": self.channel,
            "videoId": self.video,
            "textDisplay": text.replace("\n", "<br>"),
            "textOriginal": text,
            "authorDisplayName": display,
            "authorProfileImageUrl": f"https://yt3.ggpht.com/ytc/{b64id(channel_id, 14)}=s48-c-k-c0x00ffffff-no-rj",
            "authorChannelUrl": f"http://www.youtube.com/channel/{channel_id}",
            "authorChannelId": {"value": channel_id},
            "canRate": True,
            "viewerRating": "none",
            "likeCount": likes,
            "publishedAt": yt_time(when),
            "updatedAt": yt_time(when),
        }
        if parent is not None:
            sn["parentId"] = parent["id"]
        cm = {
            "kind": "youtube#comment",
            "etag": hashlib.sha1(cid.encode()).hexdigest()[:27],
            "id": cid,
            "snippet": sn,
        }
        self.c.label(f"yt:{cid}", lab, fmt=self.FMT, file=self.rel, keys=[cid], platform="youtube", when=when)
        return cm

    def thread(self, top, replies=()):
        self.threads.append((top, list(replies)))

    def dump(self):
        items = []
        for top, replies in self.threads:
            th = {
                "kind": "youtube#commentThread",
                "etag": hashlib.sha1(("t" + top["id"]).encode()).hexdigest()[:27],
                "id": top["id"],
                "snippet": {
                    "channelId": self.channel,
                    "videoId": self.video,
                    "topLevelComment": top,
                    "canReply": True,
                    "totalReplyCount": len(replies),
                    "isPublic": True,
                },
            }
            if replies:
                th["replies"] = {"comments": replies}
            items.append(th)
        self.c.write_json(
            self.rel,
            {
                "kind": "youtube#commentThreadListResponse",
                "etag": hashlib.sha1(self.rel.encode()).hexdigest()[:27],
                "nextPageToken": "QURTSl9pM" + hashlib.sha1(self.rel.encode()).hexdigest()[:30],
                "pageInfo": {"totalResults": len(items), "resultsPerPage": 100},
                "items": items,
            },
            self.FMT,
        )


# =============================================================================================
# Telegram Desktop result.json
# =============================================================================================
TG_ABOUT = (
    "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, and it can store all "
    "your media and files forever."
)
TG_CONTACTS_ABOUT = (
    "If you allow access, your contacts are continuously synced with Telegram. Thanks to this, you can easily switch to "
    "Telegram and immediately connect with friends across all your devices. We use data about your contacts to let you know "
    "when they join Telegram, and to display them by the name you set for them in your phone."
)
TG_CHATS_ABOUT = "This page lists all chats from this export."


def tg_text(parts):
    ents, text = [], []
    for p in parts if isinstance(parts, list) else [parts]:
        if isinstance(p, str):
            ents.append({"type": "plain", "text": p})
            text.append(p)
        else:
            ents.append({"type": p[0], "text": p[1]})
            text.append({"type": p[0], "text": p[1]})
    if len(text) == 1 and isinstance(text[0], str):
        return text[0], ents
    return text, ents


def tg_uid(name):
    return f"user{5000000000 + hnum('tg' + name, 900000000)}"


class Tg:
    FMT = "telegram_json"

    def __init__(self, ctx, rel, name, typ, cid, zone):
        self.c, self.rel, self.name, self.typ, self.id, self.zone, self.messages = (
            ctx,
            rel,
            name,
            typ,
            cid,
            zone,
            [],
        )

    def _label(self, mid, lab, when):
        sub = f":{lab['actor']}" if lab.get("by_actor") else ""
        self.c.label(
            f"tg:{self.id}:{mid}{sub}",
            lab,
            fmt=self.FMT,
            file=self.rel,
            keys=[rf"re:{self.id}\D+{mid}(?!\d)"],
            platform="telegram",
            when=when,
        )

    def _base(self, mid, when, typ):
        return {
            "id": mid,
            "type": typ,
            "date": when.astimezone(self.zone).strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(unix(when)),
        }

    def msg(self, mid, when, frm, parts, lab, *, from_id=None, **extra):
        text, ents = tg_text(parts)
        m = self._base(mid, when, "message")
        m["from"] = frm
        m["from_id"] = from_id or (f"channel{self.id}" if self.typ.endswith("channel") else tg_uid(frm))
        if extra.get("photo") is True:
            n = len(self.messages) + 1
            extra["photo"] = (
                f"photos/photo_{n}@{when.astimezone(self.zone).strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
            )
            extra.setdefault("width", 1280)
            extra.setdefault("height", 960)
        m.update(extra)
        m["text"], m["text_entities"] = text, ents
        self.messages.append(m)
        self._label(mid, lab, when)

    def service(self, mid, when, actor, action, labs, **extra):
        m = self._base(mid, when, "service")
        m.update({"actor": actor, "actor_id": tg_uid(actor), "action": action})
        m.update(extra)
        m["text"], m["text_entities"] = "", []
        self.messages.append(m)
        for lab in labs:
            self._label(mid, lab, when)

    def obj(self):
        return {"name": self.name, "type": self.typ, "id": self.id, "messages": self.messages}


def tg_contact(first, last, phone, since):
    return {
        "first_name": first,
        "last_name": last,
        "phone_number": phone,
        "date": since.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(unix(since)),
    }


def tg_phone(e164):  # +6281234567890 -> +62 812 3456 7890
    loc = e164[3:]
    return f"+62 {loc[:3]} {loc[3:7]} {loc[7:]}"


def tg_account_export(ctx, rel, me, contacts, chats):
    ctx.write_json(
        rel,
        {
            "about": TG_ABOUT,
            "personal_information": me,
            "contacts": {"about": TG_CONTACTS_ABOUT, "list": contacts},
            "chats": {"about": TG_CHATS_ABOUT, "list": [c.obj() for c in chats]},
        },
        Tg.FMT,
    )


# =============================================================================================
# WhatsApp chat exports
# =============================================================================================
LRM = "\u200e"
WA_NOTICE = {
    "id": "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.",
    "en": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
}


def wa_phone(e164):  # +6281234567890 -> +62 812-3456-7890
    loc = e164[3:]
    return f"+62 {loc[:3]}-{loc[3:7]}-{loc[7:]}"


def wa_stamp(style, t):
    if style == "android_id":
        return t.strftime("%d/%m/%y %H.%M") + " - "
    if style == "android_id4":
        return t.strftime("%d/%m/%Y %H.%M") + " - "
    if style == "android_us":
        hh = t.hour % 12 or 12
        return f"{t.month}/{t.day}/{t.strftime('%y')}, {hh}:{t.strftime('%M')}\u202f{'AM' if t.hour < 12 else 'PM'} - "
    if style == "android_gb":
        return t.strftime("%d/%m/%Y, %H:%M") + " - "
    if style == "ios_id":
        return "[" + t.strftime("%d/%m/%y %H.%M.%S") + "] "
    if style == "ios_en":
        return "[" + t.strftime("%d/%m/%y, %H:%M:%S") + "] "
    raise ValueError(style)


def wa_file(ctx, rel, style, fmt, lines, group=None):
    """lines: (wall-clock time with the phone's zone, sender or None for a system line, text, [labels])."""
    out = []
    name = rel.split("/")[-2] if rel.endswith("_chat.txt") else rel.rsplit("/", 1)[-1]
    for t, sender, text, labs in lines:
        if style.startswith("android"):
            assert t.second == 0, (rel, t)
        st = wa_stamp(style, t)
        if style.startswith("ios"):
            if sender is None:
                out.append(f"{st}{group}: {LRM}{text}")
            elif text.startswith("<") or text.endswith("omitted") or text.endswith("disertakan"):
                out.append(f"{LRM}{st}{sender}: {LRM}{text}")
            else:
                out.append(f"{st}{sender}: {text}")
        else:
            out.append(f"{st}{sender}: {text}" if sender else f"{st}{text}")
        for i, lab in enumerate(labs):
            lab = dict(lab)
            lab.setdefault("by_actor", lab.get("actor") is not None and lab["status"] != "review")
            tid = f"wa:{name}:{t.strftime('%Y%m%dT%H%M%S')}:{i}"
            ctx.label(tid, lab, fmt=fmt, file=rel, keys=[], platform="whatsapp", when=t)
            ctx.wa_when.append((t, tid))
    nl = "\r\n" if style.startswith("ios") else "\n"
    ctx.write_text(rel, "\n".join(out) + "\n", fmt, newline=nl)


# =============================================================================================
# canonical JSON Lines (contract.md)
# =============================================================================================
class Canon:
    FMT = "canonical_jsonl"

    def __init__(self, ctx, rel, prefix):
        self.c, self.rel, self.prefix, self.rows = ctx, rel, prefix, []

    def who(self, key, platform):
        a = {"name": self.c.disp(key)}
        h = self.c.acct(key, platform)
        if platform == "facebook":
            a["id"] = h
        else:
            a["handle"] = h
        return a

    def add(
        self,
        lab,
        platform,
        kind,
        when,
        actor,
        text="",
        *,
        style="local",
        target=None,
        group=None,
        initiated_by=None,
        media=None,
        deleted_at=None,
        url=None,
        mentions=None,
        extra=(),
    ):
        aid = f"{self.prefix}-{len(self.rows) + 1:04d}"
        ts = (
            (lambda t: t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
            if style == "z"
            else (lambda t: t.isoformat())
        )
        o = {
            "id": aid,
            "platform": platform,
            "kind": kind,
            "created_at": ts(when),
            "actor": actor,
            "text": text,
        }
        if url:
            o["url"] = url
        if target:
            o["target"] = target
        if mentions:
            o["mentions"] = mentions
        if group:
            o["group"] = group
        if initiated_by:
            o["initiated_by"] = initiated_by
        if media:
            o["media"] = media
        o["deleted_at"] = ts(deleted_at) if deleted_at else None
        self.rows.append(o)
        self.c.label(
            f"canon:{aid}", lab, fmt=self.FMT, file=self.rel, keys=[aid], platform=platform, when=when
        )
        for el in extra:
            self.c.label(
                f"canon:{aid}:{el['actor']}",
                el,
                fmt=self.FMT,
                file=self.rel,
                keys=[aid],
                platform=platform,
                when=when,
            )
        return aid

    def dump(self):
        self.c.write_jsonl(self.rel, self.rows, self.FMT)


def tgt(handle=None, name=None, text=None, tid=None):
    d = {}
    if tid:
        d["id"] = tid
    d["author"] = {k: v for k, v in (("handle", handle), ("name", name)) if v}
    if text:
        d["text"] = text
    return d


def img(caption, path=None, kind="image", text=None):
    m = {
        "type": kind,
        "path": path or f"media/{hnum(caption, 10**10):010d}.{'mp4' if kind == 'video' else 'jpg'}",
        "caption": caption,
    }
    if text:
        m["text"] = text
    return m


# =============================================================================================
# optional PNG screenshots (Pillow)
# =============================================================================================
try:  # pragma: no cover - optional
    from PIL import Image, ImageDraw, ImageFont  # type: ignore

    HAVE_PIL = True
except Exception:  # noqa: BLE001
    HAVE_PIL = False

FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"]


def png_shot(ctx, rel, lines, lab, when):
    """A plain 'screenshot' with the given text lines (dark text on white, large font for OCR)."""
    if not HAVE_PIL:
        return False
    font = None
    for fp in FONT_PATHS:
        if Path(fp).exists():
            font = ImageFont.truetype(fp, 30)
            break
    if font is None:
        return False
    w, lh = 1080, 46
    im = Image.new("RGB", (w, 120 + lh * len(lines)), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 70], fill=(7, 94, 84))
    d.text((30, 18), lines[0], fill="white", font=font)
    for i, ln in enumerate(lines[1:]):
        d.text((30, 100 + i * lh), ln, fill=(20, 20, 20), font=font)
    p = ctx.inp / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    im.save(p, format="PNG", optimize=False)
    ctx.files[rel] = "screenshot_png"
    stem = Path(rel).stem
    ctx.label(f"png:{stem}", lab, fmt="screenshot_png", file=rel, keys=[stem], platform="other", when=when)
    ctx.pngs.append(rel)
    return True


# =============================================================================================
# writing, checks, README
# =============================================================================================
def write_registry(ctx):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["nip", "nama", "jabatan", "instansi", "unit_kerja", "wilayah", "status", "akun"])
    for a in sorted(ctx.asn.values(), key=lambda a: (a["instansi"], a["unit_kerja"], a["nip"])):
        akun = ";".join(f"{p}:{h}" for p, h in a["acc"].items())
        w.writerow(
            [
                a["nip"],
                a["nama"],
                a["jabatan"],
                a["instansi"],
                a["unit_kerja"],
                a["wilayah"],
                a["status"],
                akun,
            ]
        )
    (ctx.root / "asn.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["instansi", "wilayah", "platform", "handle", "nama_akun"])
    for r in ctx.inst.values():
        w.writerow([r["instansi"], r["wilayah"], r["platform"], r["handle"], r["nama_akun"]])
    (ctx.root / "accounts.csv").write_text(buf.getvalue(), encoding="utf-8")
    for fname, el in ctx.elections:
        (ctx.root / fname).write_text(el.yaml(), encoding="utf-8")


def check(ctx):
    ids = [t["id"] for t in ctx.truth]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, dup
    insts = {"inst:" + r["handle"] for r in ctx.inst.values()}
    nips = {a["nip"] for a in ctx.asn.values()}
    for a in ctx.asn.values():  # contract NIP layout
        n = a["nip"]
        b = date(int(n[:4]), int(n[4:6]), int(n[6:8]))
        assert 1 <= int(n[12:14]) <= 12 and int(n[8:12]) - b.year >= 18 and n[14] in "12", n
    for t in ctx.truth:
        if t["status"] in ("violation", "alert"):
            assert t["actor"] in nips or t["actor"] in insts, t["id"]
        if t["status"] == "violation":
            assert t["codes_any"] and t["action"] in t["action_any"] and t["candidate"] in ctx.cands, t["id"]
        if not t["keys"]:
            assert t["platform"] == "whatsapp" and t["when"], t["id"]
    # every JSON / JSONL input parses
    for rel, fmt in ctx.files.items():
        p = ctx.inp / rel
        if rel.endswith(".json"):
            json.loads(p.read_text(encoding="utf-8"))
        elif rel.endswith(".jsonl"):
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    json.loads(line)
    # every key occurs in its file (PNG: in the file name)
    cache = {}
    for t in ctx.truth:
        rel = t["file"]
        if rel not in cache:
            cache[rel] = (ctx.inp / rel).read_text(encoding="utf-8") if not rel.endswith(".png") else rel
        body = cache[rel]
        for k in t["keys"]:
            if k.startswith("re:"):  # Telegram: re:<chat id>\D+<message id>(?!\d) -> that chat holds that message
                m = re.fullmatch(r"re:(\d+)\\D\+(\d+)\(\?!\\d\)", k)
                assert m, k
                d = json.loads(body)
                chats = d["chats"]["list"] if "chats" in d else [d]
                assert any(ch["id"] == int(m.group(1)) and any(ms["id"] == int(m.group(2)) for ms in ch["messages"]) for ch in chats), (t["id"], k)
                assert re.search(k[3:], f"tg:{m.group(1)}:{m.group(2)}"), k
            elif t["format"] == "crowdtangle_csv":  # the key is {page id}_{post id}; the file has .../{page id}/posts/{post id}
                assert k.replace("_", "/posts/", 1) in body, (t["id"], k)
            else:
                assert re.search(r"(?<![0-9A-Za-z])" + re.escape(k) + r"(?![0-9A-Za-z])", body), (t["id"], k)

    # WhatsApp lines are matched by time: no two lines within a minute under any zone reading
    def readings(x):
        wall = x.replace(tzinfo=None)
        return [x] + [wall.replace(tzinfo=z) for z in (WIB, WITA, WIT)]

    status = {t["id"]: t["status"] for t in ctx.truth}
    stamps = sorted({x for x, _ in ctx.wa_when})
    marked = {x: any(status[i] != "none" for y, i in ctx.wa_when if y == x) for x in stamps}
    for i, a in enumerate(stamps):
        for b in stamps[i + 1 :]:
            if not (marked[a] or marked[b]):
                continue
            for ra in readings(a):
                for rb in readings(b):
                    assert abs((ra - rb).total_seconds()) >= 60, (ctx.name, a, b)
    by_fmt = Counter(t["format"] for t in ctx.truth)
    total = sum(by_fmt.values())
    assert by_fmt["canonical_jsonl"] / total <= 0.25, by_fmt["canonical_jsonl"] / total
    st = Counter(t["status"] for t in ctx.truth)
    assert st["none"] >= st["violation"] + st["alert"] + st["review"], st


def write_truth(ctx):
    with (ctx.root / "truth.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for t in ctx.truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


FORMAT_NAMES = {
    "facebook_graph": "Facebook Graph API JSON",
    "crowdtangle_csv": "CrowdTangle CSV",
    "x_api_v2": "X API v2 JSON",
    "instagram_graph": "Instagram Graph API JSON",
    "tiktok_research": "TikTok Research API JSON",
    "youtube_comments": "YouTube Data API commentThreads",
    "telegram_json": "Telegram Desktop result.json",
    "whatsapp_android_id": "WhatsApp Android (Indonesian)",
    "whatsapp_android_en": "WhatsApp Android (English)",
    "whatsapp_ios_id": "WhatsApp iOS (Indonesian)",
    "whatsapp_ios_en": "WhatsApp iOS (English)",
    "canonical_jsonl": "canonical JSONL",
    "screenshot_png": "screenshot PNG (OCR)",
}


def stats(ctx):
    T = ctx.truth
    by_fmt = Counter(t["format"] for t in T)
    rows = []
    for fmt in sorted(by_fmt):
        s = Counter(t["status"] for t in T if t["format"] == fmt)
        nf = sum(1 for f in ctx.files.values() if f == fmt)
        rows.append(
            (
                FORMAT_NAMES.get(fmt, fmt) + f" (`{fmt}`)",
                nf,
                by_fmt[fmt],
                s["violation"],
                s["alert"],
                s["review"],
                s["none"],
            )
        )
    s = Counter(t["status"] for t in T)
    rows.append(("**total**", len(ctx.files), len(T), s["violation"], s["alert"], s["review"], s["none"]))
    fmt_table = table(rows, ["format", "files", "labels", "violation", "alert", "review", "none"])
    case_rows = []
    for status in ("violation", "alert", "review", "none"):
        for case, n in sorted(Counter(t["case"] for t in T if t["status"] == status).items()):
            case_rows.append((status, case, n))
    case_table = table(case_rows, ["status", "case", "labels"])
    v = [t for t in T if t["status"] == "violation"]
    facts = {
        "labels": len(T),
        "files": len(ctx.files),
        "status": dict(s),
        "canonical_share": round(100 * by_fmt["canonical_jsonl"] / len(T), 1),
        "bakal": sum(1 for t in v if t["bakal_calon"]),
        "pilkada": sum(1 for t in v if ctx.cands[t["candidate"]].kind == "pilkada"),
        "pemilu": sum(1 for t in v if ctx.cands[t["candidate"]].kind == "pemilu"),
        "actors": len({t["actor"] for t in v}),
        "inst_actors": len({t["actor"] for t in v if t["actor"].startswith("inst:")}),
        "asn": len(ctx.asn),
        "pns": sum(1 for a in ctx.asn.values() if a["status"] == "PNS"),
        "pppk": sum(1 for a in ctx.asn.values() if a["status"] == "PPPK"),
        "inst": len(ctx.inst),
        "by_actor": sum(1 for t in T if t["by_actor"]),
        "pngs": len(ctx.pngs),
    }
    return fmt_table, case_table, facts


def reset(root):
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    (root / "inputs").mkdir(parents=True)


def textless(c, langs):
    """Activities without text of their own (reactions, follows, joins, tags and adds without a message, Telegram service
    messages) count under `sys`, whatever the label said."""
    import json
    import re
    cache = {}
    for t in c.truth:
        if ":reaction:" in t["id"]:
            langs[t["id"]] = "sys"
        elif t["format"] in ("canonical_jsonl", "telegram_json"):
            if t["file"] not in cache:
                body = (c.inp / t["file"]).read_text(encoding="utf-8")
                cache[t["file"]] = [json.loads(x) for x in body.splitlines() if x.strip()] if t["file"].endswith(".jsonl") else json.loads(body)
            doc = cache[t["file"]]
            if t["format"] == "canonical_jsonl":
                row = next(r for r in doc if r["id"] == t["keys"][0])
                if not row["text"]:
                    langs[t["id"]] = "sys"
            else:
                chat, mid = map(int, re.fullmatch(r"re:(\d+)\\D\+(\d+)\(\?!\\d\)", t["keys"][0]).groups())
                chats = doc["chats"]["list"] if "chats" in doc else [doc]
                msg = next(m for ch in chats if ch["id"] == chat for m in ch["messages"] if m["id"] == mid)
                if msg["type"] == "service":
                    langs[t["id"]] = "sys"
