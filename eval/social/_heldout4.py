"""heldout4 workspace: Jambi (Kota Jambi; WIB), Sumatera Selatan (Provinsi, Kota Palembang; WIB), Bengkulu (Kota
Bengkulu; WIB), Kepulauan Bangka Belitung (Kota Pangkalpinang; WIB), Kepulauan Riau (Kota Batam; WIB), Banten
(Provinsi, Kota Serang, Kabupaten Pandeglang; WIB), Kalimantan Tengah (Kota Palangka Raya; WIB), Sulawesi Tengah
(Provinsi, Kota Palu; WITA), Gorontalo (Kota Gorontalo; WITA), Sulawesi Tenggara (Kota Kendari, Kota Baubau; WITA) and
Papua Barat (Kabupaten Manokwari; WIT).

Every civil servant, candidate (Pilkada, legislative, DPD and the three presidential pairs), account, post, phone
number and id is fictional. Regions (Kemendagri 15, 15.71, 16, 16.71, 17, 17.71, 19, 19.71, 21, 21.71, 36, 36.73,
36.01, 62, 62.71, 72, 72.71, 75, 75.71, 74, 74.71, 74.72, 92, 92.02), parties and calendars are real.

All sentences were written for this workspace from shared/reference/rules.md and contract.md only; none is taken
from dev/, heldout/, heldout2/ or heldout3/. The emphasis is on hard kinds: replies and group talk that are not
support (untag requests, objections to an instruction, neutrality reminders, quoted rules, negations, jokes and
withdrawn statements), bare acknowledgements of a superior's campaign instruction and neutral greetings inside
campaign groups (review), everyday words that collide with candidates' nicknames, slogans and ballot numbers, staff
complying with an instruction, negative campaigning, exposure (tagged, mentioned, added) followed by leaving,
silence or engagement, photos and gestures only in captions, alt text and image text, screenshots, namesakes and
profiles that contradict the registry, election-body notices relayed, bakal calon support, and coordinated likes
by several civil servants of one agency."""
from __future__ import annotations

from collections import Counter

import _corpus as K
from _corpus import (WIB, WIT, WITA, Canon, Cand, Contest, Ct, Election, Fb, Ig, Tg, Tt, X, Yt, at, fb_person, img,
                     png_shot, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
                     PILKADA_DESIGNATION, DCT_DESIGNATION, PRES_DESIGNATION, WA_NOTICE)
from _corpus import wib, wit, wita





# ---- language tags (kept out of truth.jsonl; counted for the README) ---------------------------------------------
LANGS = {"id": "Indonesian (informal: slang, abbreviations, emoji, keycaps)",
         "jmb": "Jambi Malay (Kota Jambi)", "plm": "Palembang (baso Pelembang)", "bkl": "Bengkulu Malay",
         "bka": "Bangka Malay (Pangkalpinang)", "kpr": "Kepri Malay (Batam)",
         "sub": "Sundanese (Banten: Serang, Pandeglang)", "jvs": "Javanese Serang (Jawa Serang)",
         "nij": "Dayak Ngaju (Palangka Raya)", "bjn": "Banjar (Palangka Raya)", "kli": "Kaili / Palu Malay",
         "gor": "Gorontalo / Gorontalo Malay", "tlk": "Tolaki / Kendari Malay", "wlo": "Wolio / Baubau Malay (Buton)",
         "pmy": "Papuan Malay (Manokwari)", "en": "English or mixed English",
         "sys": "none (no text: reaction, follow, join, service or system line, media placeholder)"}


def _lg(d, lg):
    assert lg in LANGS, lg
    d["lg"] = lg
    return d


def V(actor, kind, cand, case, action=None, note="", lg="id", **kw):
    return _lg(K.V(actor, kind, cand, case, action=action, note=note, **kw), lg)


def A(actor, case="tagged", note="", lg="id", **kw):
    return _lg(K.A(actor, case=case, note=note, **kw), lg)


def R(case, note, actor=None, cand=None, lg="id", **kw):
    return _lg(K.R(case, note, actor=actor, cand=cand, **kw), lg)


def N(case="neg_citizen", note="", lg="id", **kw):
    return _lg(K.N(case, note, **kw), lg)


LICENCE_NOTE = """**Licence:** written for this project. Every civil servant, candidate (Pilkada pairs, legislative and DPD
candidates and the three presidential pairs), account, post, phone number and id is fictional; no real politician is
named. Regions (Kemendagri names/codes), parties, the 2023–2024 KPU calendars and public places are real."""

DESCRIPTION = ""  # set by build() (it carries the language table)

DESC_HEAD = """## What it covers

**heldout4**: Jambi (Kota Jambi — WIB), South Sumatra (Provinsi Sumatera Selatan, Kota Palembang — WIB), Bengkulu (Kota
Bengkulu — WIB), Bangka Belitung (Kota Pangkalpinang — WIB), Riau Islands (Kota Batam — WIB), Banten (Provinsi Banten,
Kota Serang, Kabupaten Pandeglang — WIB), Central Kalimantan (Kota Palangka Raya — WIB), Central Sulawesi (Provinsi
Sulawesi Tengah, Kota Palu — WITA), Gorontalo (Kota Gorontalo — WITA), Southeast Sulawesi (Kota Kendari, Kota Baubau —
WITA) and West Papua (Kabupaten Manokwari, with distrik / kepala distrik instead of kecamatan / camat — WIT). Pilkada
2024: Gubernur Sumatera Selatan (3 pairs), Banten (2) and Sulawesi Tengah (2); Walikota Jambi (3, one independent
that collected KTP support), Palembang, Bengkulu, Pangkalpinang, Batam, Serang, Palangka Raya (2 each), Palu (3, one
independent), Gorontalo, Kendari, Baubau (2 each); Bupati Pandeglang and Manokwari (2 each). Pemilu 2024: a fictional
presidential contest (three pairs, designated 13 Nov 2023 — between 3 and 12 Nov they are bakal calon while the
legislative lists are already final), DPR Jambi, Sumatera Selatan I, Banten I, Sulawesi Tengah and Papua Barat, DPD
Bengkulu and Gorontalo, DPRD Kepulauan Bangka Belitung 1 and DPRD Kota Palangka Raya 2.

What is emphasised (each with positives and look-alike negatives): replies and group talk that are not support —
asking to be untagged or removed, objecting to a superior's instruction, neutrality reminders, quoted rules (SKB,
BKN), negations ("saya tidak ikut", "rahasia"), jokes and withdrawn statements; bare "siap" / "oke" / 👍 answers to a
superior's campaign instruction and neutral greetings posted inside a candidate's volunteers' group (review);
instructions followed by staff complying (sharing, liking, distributing as told), objections, and the instruction
withdrawn or quietly repeated; coordinated likes by four Dinas PUPR Palembang officials (and a camat with a lurah in
Palangka Raya) on one candidate post; negative campaigning; civil servants added to volunteers' groups (WhatsApp,
Telegram, Facebook, canonical) who then leave, stay silent or post; photos and gestures described only in captions,
alt text or CrowdTangle image text; four OCR screenshots naming a person (review); namesakes — a teacher called
Hamzah Pakaya (the Gorontalo candidate's name), a teacher Euis Komariah (the Pandeglang running mate's name), a
teacher Sitti Rahmawati (the Sulteng candidate is Bu Rahma), a driver Muh. Tamrin (the Kendari candidate), a
cooperative officer Junaidi (the Pangkalpinang candidate is "Bang Jun"), relatives sharing candidates' surnames
(Lasahido, Tondei, Iwanggin, Sawaki, Tosepu, Pakaya, Lamasitudju) and two X accounts whose bios contradict the
registry; election-body notices (KPU number draws, debates naming every pair, TPS simulations) relayed by civil
servants and government accounts; bakal calon support (declaration, registration escort, KTP collection for an
independent, presidential pairs between DCT and designation); stage boundaries read in WIB (X, Telegram and WhatsApp
posts dated 22 Sep in WITA that are 21 Sep in WIB; X (WIT) and TikTok posts dated 21 Sep in UTC that are 22 Sep in WIB;
a canonical `Z` stamp of 2 Nov 2023 that is DCT day in WIB; a WITA post dated 13 Nov 2023 that is still 12 Nov in
WIB, before the presidential designation).

Slogans and nicknames that are everyday words or civic phrases: Lemak Nian, Ampera, Serumpun Sebalai, Kota Beribu
Senyum, Gaspol, Juara, Ngahiji, Bebenah, Berkah, Kang Ujang, Kang Asep, Isen Mulang, Huma Betang, Nosarara
Nosabatutu, Nirwana, Karawo, Tumbilotohe, Lulo, Hebat, Semerbak, Pobinci-binciki Kuli, Kota Injil, Satu Hati, Semarak,
Bersih, Sari, Gita, Bram.

Languages (labels by the language of the activity's text; system lines, reactions, follows and media placeholders
count as none):

"""

DESC_TAIL = """

The sentences, people, accounts and proportions differ from dev/, heldout/, heldout2/ and heldout3/; do not tune on
this workspace."""


# =============================================================================================
# elections
# =============================================================================================
def elections(ctx):
    P = PILKADA_DESIGNATION
    sumsel = [
        Cand("sumsel-1", "H. Ahmad Fauzan Mattjik, S.E., M.M.", aliases=["Fauzan", "Bang Fauzan", "AFM"],
             mate="Dr. Rusdi Kemas Amin", mate_aliases=["Kemas Rusdi"], ballot=1, parties=["GERINDRA", "PKB"],
             slogans=["Sumsel Melaju"], hashtags=["#SumselMelaju", "#FauzanRusdi"],
             accounts=[("facebook", "fauzanrusdi.sumsel"), ("instagram", "fauzan.rusdi"), ("x", "FauzanRusdi01")]),
        Cand("sumsel-2", "Ir. Hj. Nyimas Aryani Wikrama", aliases=["Nyimas", "Yuk Nyimas", "Bu Nyimas"],
             mate="Hendri Cik Ujang", mate_aliases=["Cik Ujang"], ballot=2, parties=["PDIP", "NASDEM"],
             slogans=["Wong Kito Sejahtera"], hashtags=["#NyimasCikUjang", "#WongKitoSejahtera"],
             accounts=[("instagram", "nyimas.cikujang"), ("x", "NyimasCikUjang"), ("facebook", "nyimascikujang")]),
        Cand("sumsel-3", "Letkol (Purn.) Bonang Suryadilaga", aliases=["Pak Bonang"], mate="Hj. Laila Fitriani",
             mate_aliases=["Bu Laila"], ballot=3, parties=["GOLKAR", "PAN", "DEMOKRAT"], slogans=["Sumsel Bangkit"],
             hashtags=["#BonangLaila"], accounts=[("x", "BonangSumsel3")]),
    ]
    banten = [
        Cand("banten-1", "Dr. H. Tubagus Arsyad Sudrajat", aliases=["Abah Arsyad", "Kang Arsyad", "Tb Arsyad"],
             mate="Hj. Ratu Salwa Fadhilah", mate_aliases=["Teh Salwa"], ballot=1, parties=["GOLKAR", "GERINDRA"],
             slogans=["Banten Juara"], hashtags=["#ArsyadSalwa", "#BantenJuara"],
             accounts=[("x", "ArsyadSalwa1"), ("tiktok", "arsyad.salwa"), ("facebook", "arsyadsalwa.banten")]),
        Cand("banten-2", "H. Mulyadi Jayabrata", aliases=["Kang Mul", "Mulyadi"], mate="Ahmad Zaki Ma'ruf",
             mate_aliases=["Kang Zaki"], ballot=2, parties=["PDIP", "PKS"], slogans=["Ngahiji Banten"],
             hashtags=["#MulyadiZaki"], accounts=[("x", "MulyadiZaki2"), ("facebook", "mulyadizaki")]),
    ]
    sulteng = [
        Cand("sulteng-1", "Drs. Andi Mappiasse Lamakarate", aliases=["Om Mappi", "Mappi"], mate="Ir. Sofyan Lasahido",
             mate_aliases=["Pak Sofyan"], ballot=1, parties=["NASDEM", "PKB"], slogans=["Sulteng Nosarara"],
             hashtags=["#MappiSofyan"],
             accounts=[("facebook", "100069420000301"), ("instagram", "mappisofyan")]),
        Cand("sulteng-2", "Dr. Hj. Rahmawati Lamasitudju", aliases=["Bu Rahma", "Ibu Rahma"], mate="Moh. Yasin Tanggo",
             mate_aliases=["Om Yasin"], ballot=2, parties=["GERINDRA", "GOLKAR", "PAN"],
             slogans=["Sulteng Maju Bersatu"], hashtags=["#RahmaYasin", "#SultengMajuBersatu"],
             accounts=[("x", "RahmaYasin02"), ("instagram", "rahma.yasin")]),
    ]
    jambi = [
        Cand("jmb-1", "H. Datuk Ridwan Syarifuddin", aliases=["Datuk Ridwan", "Wan Ridwan"], mate="Nurlela Syam",
             mate_aliases=["Bu Nurlela"], ballot=1, parties=["PAN", "PKB"], slogans=["Jambi Tuntas"],
             hashtags=["#RidwanNurlela"], accounts=[("instagram", "ridwannurlela"), ("facebook", "datukridwan.jambi")]),
        Cand("jmb-2", "Dr. Fikri Alamsyah Harahap", aliases=["Bang Fikri", "FAH"], mate="Sri Wulandari",
             mate_aliases=["Yuk Wulan"], ballot=2, parties=["GERINDRA", "PKS"], slogans=["Jambi Seiyo Sekato"],
             hashtags=["#FikriWulan", "#SeiyoSekato"],
             accounts=[("facebook", "fikriwulan.jambi"), ("instagram", "fikri.wulan")]),
        Cand("jmb-3", "Muhammad Yusuf Batanghari", aliases=["Cik Yusuf"], mate="Rina Oktaviani",
             mate_aliases=["Kak Rina"], ballot=3, independent=True, slogans=["Dari Warga untuk Warga"],
             hashtags=["#YusufRina"], accounts=[("facebook", "cikyusuf.rina")]),
    ]
    palembang = [
        Cand("plg-1", "H. Kemas Abdul Halim", aliases=["Kemas Halim", "Mang Halim"], mate="Dr. Ratna Juwita Sari",
             mate_aliases=["Yuk Ratna"], ballot=1, parties=["GOLKAR", "NASDEM"], slogans=["Palembang Lemak Nian"],
             hashtags=["#HalimRatna", "#PalembangLemakNian"],
             accounts=[("facebook", "100069420000101"), ("youtube", yt_channel("halimratna")),
                       ("tiktok", "halimratna")]),
        Cand("plg-2", "Ir. Darmawan Ampera Putra", aliases=["Pak Ampera", "Bang Darma"], mate="Hj. Meiliana Cek Ani",
             mate_aliases=["Cek Ani"], ballot=2, parties=["PDIP", "GERINDRA"], slogans=["Kito Galo Maju"],
             hashtags=["#DarmaCekAni"], accounts=[("facebook", "darma.cekani")]),
    ]
    bengkulu = [
        Cand("bkl-1", "Helmi Zulkarnain, S.H.", aliases=["Bang Helmi"], mate="Dedy Ermansyah", mate_aliases=["Bang Dedy"],
             ballot=1, parties=["PAN", "DEMOKRAT"], slogans=["Semarak Bengkulu"], hashtags=["#HelmiDedy"],
             accounts=[("facebook", "100069420000201")]),
        Cand("bkl-2", "Dra. Hj. Rosmala Dewi", aliases=["Bunda Ros"], mate="Ahmad Kanedi Putra",
             mate_aliases=["Bang Kanedi"], ballot=2, parties=["PDIP", "PKB"], slogans=["Bengkulu Bersih"],
             hashtags=["#RosKanedi"], accounts=[("facebook", "100069420000202")]),
    ]
    pangkalpinang = [
        Cand("pgk-1", "Ir. Akhmad Junaidi Bakri", aliases=["Bang Jun"], mate="Lina Marlina", mate_aliases=["Bu Lina"],
             ballot=1, parties=["GERINDRA", "PPP"], slogans=["Serumpun Sebalai"], hashtags=["#JunLina"],
             accounts=[("facebook", "bangjun.lina")]),
        Cand("pgk-2", "H. Suhardi Tjong", aliases=["Ko Ahon", "Ahon"], mate="Rini Amelia", mate_aliases=["Bu Rini"],
             ballot=2, parties=["PDIP", "GOLKAR"], slogans=["Kota Beribu Senyum"], hashtags=["#AhonRini"],
             accounts=[("facebook", "100069420000203"), ("instagram", "ahon.rini")]),
    ]
    batam = [
        Cand("btm-1", "H. Syahrial Tanjung", aliases=["Pak Syahrial", "Atok Syahrial"], mate="Dra. Marlina Tambunan",
             mate_aliases=["Bu Marlina"], ballot=1, parties=["GOLKAR", "PKS"], slogans=["Batam Gemilang"],
             hashtags=["#SyahrialMarlina"], accounts=[("facebook", "syahrialmarlina.btm")]),
        Cand("btm-2", "Ir. Benny Hutapea", aliases=["Bang Benny"], mate="Hj. Asmah Daud", mate_aliases=["Kak Asmah"],
             ballot=2, parties=["PDIP", "NASDEM", "PKB"], slogans=["Gaspol Batam"], hashtags=["#BennyAsmah"],
             accounts=[("facebook", "bennyasmah")]),
    ]
    serang = [
        Cand("srg-1", "H. Tb. Fahrurrozi Ibrahim", aliases=["Abah Rozi", "Kang Rozi"], mate="Nurul Hikmah",
             mate_aliases=["Teh Nurul"], ballot=1, parties=["GERINDRA", "PKS"], slogans=["Serang Madani"],
             hashtags=["#RoziNurul"], accounts=[("instagram", "abahrozi.serang")]),
        Cand("srg-2", "Hj. Ratu Dewi Kartika", aliases=["Ratu Dewi", "Teh Dewi"], mate="Budi Rachmat Saleh",
             mate_aliases=["Kang Budi"], ballot=2, parties=["GOLKAR", "PDIP"], slogans=["Serang Bebenah"],
             hashtags=["#DewiBudi"], accounts=[("facebook", "100069420000401")]),
    ]
    pandeglang = [
        Cand("pdg-1", "H. Asep Mulyana", aliases=["Kang Asep", "Abah Asep"], mate="Euis Komariah",
             mate_aliases=["Teh Euis"], ballot=1, parties=["PKB", "DEMOKRAT"], slogans=["Pandeglang Berkah"],
             hashtags=["#AsepEuis"], accounts=[("facebook", "asepeuis.pandeglang")]),
        Cand("pdg-2", "Dr. Ujang Saefullah", aliases=["Kang Ujang"], mate="Hj. Iis Rostiani", mate_aliases=["Teh Iis"],
             ballot=2, parties=["GOLKAR", "GERINDRA"], slogans=["Ayo Bangkit Pandeglang"], hashtags=["#UjangIis"],
             accounts=[("facebook", "ujangiis.pdg")]),
    ]
    palangkaraya = [
        Cand("pky-1", "Yohanes Dehen Ringkai", aliases=["Bang Dehen", "Dehen"], mate="Hj. Siti Raudah",
             mate_aliases=["Bu Raudah"], ballot=1, parties=["PDIP", "GOLKAR"], slogans=["Isen Mulang"],
             hashtags=["#DehenRaudah"], accounts=[("facebook", "100069420000501")]),
        Cand("pky-2", "Ir. Norhalis Tamanggung", aliases=["Pak Norhalis"], mate="Evi Kristina Nahan",
             mate_aliases=["Bu Evi"], ballot=2, parties=["GERINDRA", "NASDEM"], slogans=["Huma Betang Bersatu"],
             hashtags=["#NorhalisEvi", "#HumaBetangBersatu"], accounts=[("facebook", "norhalis.evi")]),
    ]
    palu = [
        Cand("palu-1", "Drs. Arfan Lamarauna", aliases=["Om Arfan", "Pak Arfan"], mate="Sitti Nurjannah Maliu",
             mate_aliases=["Bu Nurjannah"], ballot=1, parties=["GOLKAR", "PAN"], slogans=["Palu Bangkit Kuat"],
             hashtags=["#ArfanNurjannah"], accounts=[("facebook", "100069420000601")]),
        Cand("palu-2", "Ir. Yosef Sigilipu", aliases=["Om Ocep", "Ocep"], mate="Hj. Nirwana Labuana",
             mate_aliases=["Bu Nirwana"], ballot=2, parties=["PDIP", "PKB"], slogans=["Palu Tumbuh Bersama"],
             hashtags=["#OcepNirwana"], accounts=[("facebook", "ocepnirwana")]),
        Cand("palu-3", "Rusli Tondei", aliases=["Kak Rusli"], mate="Andriani Palapa", mate_aliases=[], ballot=3,
             independent=True, slogans=["Palu untuk Semua"], hashtags=["#RusliAndriani"],
             accounts=[("facebook", "rusli.andriani")]),
    ]
    gorontalo = [
        Cand("gtl-1", "H. Hamzah Pakaya", aliases=["Ka Hamzah", "Om Ham"], mate="Sri Yulanti Dunggio",
             mate_aliases=["Ti Yulan"], ballot=1, parties=["GOLKAR", "PPP"], slogans=["Gorontalo Kota Karawo"],
             hashtags=["#HamzahYulan"], accounts=[("facebook", "100069420000701"), ("instagram", "hamzah.yulan")]),
        Cand("gtl-2", "Dr. Ismail Lamato Biki", aliases=["Pak Ismail"], mate="Hj. Nurain Bumulo",
             mate_aliases=["Bu Nurain"], ballot=2, parties=["NASDEM", "PKS", "GERINDRA"],
             slogans=["Tumbilotohe Bersinar"], hashtags=["#IsmailNurain"],
             accounts=[("instagram", "ismail.nurain"), ("tiktok", "ismail.nurain")]),
    ]
    kendari = [
        Cand("kdi-1", "Muh. Tamrin Anakia", aliases=["Pak Tamrin"], mate="Wa Ode Hasnawati", mate_aliases=["Wa Ode Hasna"],
             ballot=1, parties=["PAN", "GOLKAR"], slogans=["Kendari Kota Lulo"], hashtags=["#TamrinHasna"],
             accounts=[("facebook", "tamrinhasna")]),
        Cand("kdi-2", "Hj. Nur Asmaul Husna Lapolo", aliases=["Bu Husna"], mate="Sahrul Tosepu",
             mate_aliases=["Pak Sahrul"], ballot=2, parties=["GERINDRA", "PDIP"], slogans=["Kendari Hebat"],
             hashtags=["#HusnaSahrul"], accounts=[("facebook", "husnasahrul")]),
    ]
    baubau = [
        Cand("bau-1", "La Ode Muhammad Zainal", aliases=["La Zainal", "Pak Zainal"], mate="Wa Ode Nurhaeba",
             mate_aliases=["Bu Haeba"], ballot=1, parties=["NASDEM", "PKB"], slogans=["Baubau Semerbak"],
             hashtags=["#ZainalHaeba"], accounts=[("facebook", "100069420000801"), ("tiktok", "zainal.haeba")]),
        Cand("bau-2", "H. Muhammad Ihsan Talaki", aliases=["Pak Ihsan"], mate="Ir. Ratna Yuliana Wolio",
             mate_aliases=["Bu Ratna"], ballot=2, parties=["GERINDRA", "GOLKAR"], slogans=["Pobinci-binciki Kuli"],
             hashtags=["#IhsanRatna"], accounts=[("instagram", "ihsan.ratna"), ("facebook", "ihsanratna.baubau")]),
    ]
    manokwari = [
        Cand("mkw-1", "Markus Rumbiak Sawaki", aliases=["Bapa Markus"], mate="Yohana Iwanggin",
             mate_aliases=["Mama Yohana"], ballot=1, parties=["PDIP", "NASDEM"], slogans=["Manokwari Kota Injil"],
             hashtags=["#MarkusYohana"], accounts=[("facebook", "markusyohana")]),
        Cand("mkw-2", "Dr. Yan Piet Mansoben", aliases=["Bapa Yan", "Kaka Yan"], mate="H. Abdul Rahman Saiba",
             mate_aliases=["Pak Rahman"], ballot=2, parties=["GERINDRA", "GOLKAR", "PKB"],
             slogans=["Satu Hati Manokwari"], hashtags=["#YanRahman"],
             accounts=[("facebook", "yanrahman.mkw"), ("instagram", "yan.rahman.mkw")]),
    ]
    pilkada = Election(
        "pilkada-2024-heldout4",
        "Pemilihan Serentak 2024 (Sumatera Selatan, Banten, Sulawesi Tengah, Jambi, Palembang, Bengkulu, Pangkalpinang, "
        "Batam, Serang, Pandeglang, Palangka Raya, Palu, Gorontalo, Kendari, Baubau, Manokwari)",
        K.date(2024, 11, 27), "pilkada",
        [Contest("sumsel-gubernur", "gubernur", "Provinsi Sumatera Selatan", sumsel, P),
         Contest("banten-gubernur", "gubernur", "Provinsi Banten", banten, P),
         Contest("sulteng-gubernur", "gubernur", "Provinsi Sulawesi Tengah", sulteng, P),
         Contest("jambi-walikota", "walikota", "Kota Jambi", jambi, P),
         Contest("palembang-walikota", "walikota", "Kota Palembang", palembang, P),
         Contest("bengkulu-walikota", "walikota", "Kota Bengkulu", bengkulu, P),
         Contest("pangkalpinang-walikota", "walikota", "Kota Pangkalpinang", pangkalpinang, P),
         Contest("batam-walikota", "walikota", "Kota Batam", batam, P),
         Contest("serang-walikota", "walikota", "Kota Serang", serang, P),
         Contest("pandeglang-bupati", "bupati", "Kabupaten Pandeglang", pandeglang, P),
         Contest("palangkaraya-walikota", "walikota", "Kota Palangka Raya", palangkaraya, P),
         Contest("palu-walikota", "walikota", "Kota Palu", palu, P),
         Contest("gorontalo-walikota", "walikota", "Kota Gorontalo", gorontalo, P),
         Contest("kendari-walikota", "walikota", "Kota Kendari", kendari, P),
         Contest("baubau-walikota", "walikota", "Kota Baubau", baubau, P),
         Contest("manokwari-bupati", "bupati", "Kabupaten Manokwari", manokwari, P)],
        """Pilkada 2024 on the real KPU calendar (PKPU 2/2024): KTP support for independents handed in 8-12 May,
registration 27-29 Aug, designation 22 Sep, number draw 23 Sep, campaign 25 Sep - 23 Nov, quiet days 24-26 Nov,
voting 27 Nov 2024. Regions are real (Kemendagri 16, 36, 72, 15.71, 16.71, 17.71, 19.71, 21.71, 36.73, 36.01, 62.71,
72.71, 75.71, 74.71, 74.72, 92.02); every candidate is fictional; independent pairs: Jambi 3, Palu 3. Time zones:
Sumatera Selatan, Jambi, Bengkulu, Pangkalpinang, Batam, Banten and Palangka Raya WIB; Sulawesi Tengah, Palu,
Gorontalo, Kendari and Baubau WITA; Manokwari WIT.""")
    ctx.add_election("election-pilkada-2024-heldout4.yaml", pilkada)

    D = DCT_DESIGNATION
    pres = [
        Cand("pres-1", "Prof. Dr. Haryo Wicaksono Adiningrat", aliases=["Pak Haryo", "HWA"],
             mate="Dr. Ir. Lukman Hakim Siregar", mate_aliases=["Bang Lukman"], ballot=1,
             parties=["NASDEM", "PKB", "PKS"], slogans=["Indonesia Tumbuh Merata"], hashtags=["#HaryoLukman"],
             accounts=[("x", "HaryoLukman01")]),
        Cand("pres-2", "Jenderal TNI (Purn.) Bramantyo Sasongko", aliases=["Pak Bram", "Bram"],
             mate="Gita Pramesti Wardhani", mate_aliases=["Mbak Gita"], ballot=2,
             parties=["GERINDRA", "GOLKAR", "PAN", "DEMOKRAT"], slogans=["Bersama Melangkah"],
             hashtags=["#BramGita"], accounts=[("x", "BramGita2024")]),
        Cand("pres-3", "Dr. H. Rustam Effendi Nasution", aliases=["Pak Rustam", "Abah Rustam"],
             mate="Prof. Sari Dewanti", mate_aliases=["Bu Sari"], ballot=3,
             parties=["PDIP", "PPP", "HANURA", "PERINDO"], slogans=["Gerak Cepat Rakyat Sejahtera"],
             hashtags=["#RustamSari"], accounts=[("x", "RustamSari03")]),
    ]
    pemilu = Election(
        "pemilu-2024-heldout4",
        "Pemilihan Umum 2024 (Presiden; DPR, DPD dan DPRD: Jambi, Sumatera Selatan, Banten, Sulawesi Tengah, Papua Barat, "
        "Bengkulu, Gorontalo, Kepulauan Bangka Belitung, Kalimantan Tengah)",
        K.date(2024, 2, 14), "pemilu",
        [Contest("presiden", "presiden", "Indonesia", pres, PRES_DESIGNATION),
         Contest("dpr-jambi", "dpr", "Dapil Jambi", [
             Cand("dpr-jambi-marzuki", "Drs. Marzuki Hasibuan", aliases=["Bang Marzuki"], ballot=3, parties=["PAN"],
                  slogans=["Amanah Bekerja"], hashtags=["#Marzuki4Jambi"],
                  accounts=[("facebook", "100069420001001")])], D),
         Contest("dpr-sumsel-1", "dpr", "Dapil Sumatera Selatan I", [
             Cand("dpr-sumsel1-tantri", "Tantri Kusumawardani, S.H.", aliases=["Yuk Tantri"], ballot=2,
                  parties=["NASDEM"], slogans=["Perempuan Sumsel Berdaya"], hashtags=["#TantriDPR"],
                  accounts=[("x", "tantri_dpr"), ("instagram", "tantri.dpr")])], D),
         Contest("dpr-banten-1", "dpr", "Dapil Banten I (Pandeglang, Lebak)", [
             Cand("dpr-banten1-jaenudin", "H. Jaenudin Ramli", aliases=["Kang Jae", "Kang Jaenudin"], ballot=1,
                  parties=["GERINDRA"], slogans=["Ngawangun Lembur"], hashtags=["#KangJae"],
                  accounts=[("facebook", "jaenudin.gerindra")])], D),
         Contest("dpr-sulteng", "dpr", "Dapil Sulawesi Tengah", [
             Cand("dpr-sulteng-gunawan", "Ir. Gunawan Tadjuddin", aliases=["Om Gun"], ballot=4, parties=["GOLKAR"],
                  slogans=["Kerja Nyata"], hashtags=["#OmGun"], accounts=[("facebook", "omgun.golkar")])], D),
         Contest("dpr-papuabarat", "dpr", "Dapil Papua Barat", [
             Cand("dpr-papuabarat-wompere", "Nikolas Wompere", aliases=["Kaka Niko"], ballot=1, parties=["PDIP"],
                  slogans=["Anak Adat ke Senayan"], hashtags=["#KakaNiko"],
                  accounts=[("facebook", "nikowompere")])], D),
         Contest("dpd-bengkulu", "dpd", "Provinsi Bengkulu", [
             Cand("dpd-bengkulu-salma", "Salma Yuliantina", aliases=["Bunda Salma"], ballot=27,
                  slogans=["Bengkulu Berdaulat Pangan"], hashtags=["#BundaSalma"],
                  accounts=[("youtube", yt_channel("bundasalma")), ("facebook", "bundasalma.dpd")])], D),
         Contest("dpd-gorontalo", "dpd", "Provinsi Gorontalo", [
             Cand("dpd-gorontalo-idris", "Idris Taliki", aliases=["Pak Idris"], ballot=12, slogans=["Suara Hulondalo"],
                  hashtags=["#IdrisDPD"], accounts=[("facebook", "idristaliki")])], D),
         Contest("dprdprov-babel-1", "dprd_provinsi", "Dapil Kepulauan Bangka Belitung 1 (Kota Pangkalpinang)", [
             Cand("dprdprov-babel1-akiong", "Febrianto Akiong", aliases=["Koh Akiong", "Akiong"], ballot=5,
                  parties=["PERINDO"], slogans=["Pangkalpinang Naik Kelas"], hashtags=["#Akiong5"],
                  accounts=[("facebook", "akiong.perindo")])], D),
         Contest("dprd-palangkaraya-2", "dprd_kabkota", "Dapil Kota Palangka Raya 2 (Pahandut)", [
             Cand("dprd-pky2-yulius", "Yulius Nyahu", aliases=["Bang Yulius"], ballot=2, parties=["GOLKAR"],
                  slogans=["Pahandut Bangkit"], hashtags=["#BangYulius"],
                  accounts=[("facebook", "yulius.nyahu")])], D)],
        """Pemilu 2024 on the real KPU calendar (PKPU 3/2022 as amended): legislative lists registered May 2023, DCT
(final candidate lists for DPR, DPD and DPRD) designated 3 Nov 2023, presidential pairs registered 19-25 Oct and
designated 13 Nov 2023, number draw 14 Nov, campaign 28 Nov 2023 - 10 Feb 2024, quiet days 11-13 Feb, voting 14 Feb
2024. The three presidential pairs and every legislative and DPD candidate are fictional; parties and dapil regions
are real.""")
    ctx.add_election("election-pemilu-2024-heldout4.yaml", pemilu)


# =============================================================================================
# registry
# =============================================================================================
_FB = [0]


def _fb():
    _FB[0] += 1
    return f"1000934{_FB[0] * 7919 % 10**8:08d}"


def reg(ctx, key, birth, tmt, sex, seq, nama, jabatan, instansi, unit, wilayah, status, plats, disp=None, **fixed):
    """plats: platforms to give the person; ids derive from the key (phones from the region prefix)."""
    acc = {}
    for p in plats:
        if p in fixed:
            acc[p] = fixed[p]
        elif p == "facebook":
            acc[p] = _fb()
        elif p == "youtube":
            acc[p] = yt_channel("h4" + key)
        elif p in ("whatsapp", "telegram"):
            acc[p] = PHONE[key]
        else:
            raise KeyError((key, p))
    ctx.add_asn(key, birth, tmt, sex, seq, nama, jabatan, instansi, unit, wilayah, status, acc, disp=disp)


# phones: one prefix per region (+62 831/838/859/878/881 blocks not used by the other workspaces)
PHONE = {}


def _phones():
    blocks = {
        "j": "8317401", "p": "8381602", "b": "8593103", "g": "8812204", "t": "8784305", "s": "8389406",
        "d": "8389507", "k": "8315608", "u": "8597709", "o": "8816810", "e": "8782911", "a": "8782012", "m": "8319113",
    }
    return blocks


PREFIX = _phones()


def phone(key, n):
    PHONE[key] = "+62" + PREFIX[key[0]] + f"{n:04d}"
    return PHONE[key]


def registry(ctx):
    JMB, PLG, SUMSEL, BKL, PGK, BABEL = ("Kota Jambi", "Kota Palembang", "Provinsi Sumatera Selatan", "Kota Bengkulu",
                                         "Kota Pangkalpinang", "Provinsi Kepulauan Bangka Belitung")
    BTM, SRG, BANTEN, PDG, PKY, KALTENG = ("Kota Batam", "Kota Serang", "Provinsi Banten", "Kabupaten Pandeglang",
                                           "Kota Palangka Raya", "Provinsi Kalimantan Tengah")
    PALU, SULTENG, GTL, GORONTALO, KDI, SULTRA, BAU, MKW, PABAR = (
        "Kota Palu", "Provinsi Sulawesi Tengah", "Kota Gorontalo", "Provinsi Gorontalo", "Kota Kendari",
        "Provinsi Sulawesi Tenggara", "Kota Baubau", "Kabupaten Manokwari", "Provinsi Papua Barat")
    PJ, PP, PB, PG, PT, PS, PD = ("Pemerintah Kota Jambi", "Pemerintah Kota Palembang", "Pemerintah Kota Bengkulu",
                                  "Pemerintah Kota Pangkalpinang", "Pemerintah Kota Batam", "Pemerintah Kota Serang",
                                  "Pemerintah Kabupaten Pandeglang")
    PK, PU, PO, PE, PA, PM = ("Pemerintah Kota Palangka Raya", "Pemerintah Kota Palu", "Pemerintah Kota Gorontalo",
                              "Pemerintah Kota Kendari", "Pemerintah Kota Baubau", "Pemerintah Kabupaten Manokwari")
    for i, k in enumerate(["j_camat", "j_sekcam", "j_lurah", "j_staf1", "j_staf2", "j_guru1", "j_guru2", "j_dishub",
                           "j_satpol", "p_kadis", "p_kabid", "p_kasi1", "p_kasi2", "p_staf1", "p_staf2", "p_lurah",
                           "p_guru2", "p_prov2", "b_camat", "b_lurah", "b_guru2", "b_satpol", "g_kadis", "g_staf1",
                           "g_staf2", "t_camat", "t_lurah", "t_staf", "t_disdik", "t_dishub", "t_nakes", "s_camat",
                           "s_sekcam", "s_kasi", "s_staf1", "s_staf2", "s_lurah", "s_guru1", "d_camat", "d_guru2",
                           "d_penyuluh", "d_bidan", "k_camat", "k_lurah", "k_staf", "k_guru1", "u_kadis", "u_kabid",
                           "u_kepsek1", "u_guru1", "u_guru2", "u_guru3", "u_guru4", "u_camat", "u_lurah1", "u_lurah2",
                           "o_camat", "o_lurah", "o_guru1", "o_guru2", "o_staf", "e_kadis", "e_kabid", "e_staf1",
                           "e_staf2", "e_staf3", "e_guru", "a_camat", "a_lurah", "a_staf", "m_kadis", "m_staf1",
                           "m_staf2", "m_guru1", "m_guru2", "m_guru3", "m_nakes"]):
        phone(k, 1000 + 37 * (i + 1))

    r = lambda *a, **kw: reg(ctx, *a, **kw)  # noqa: E731
    FB, IG, X_, TT, YT, WA, TG = "facebook", "instagram", "x", "tiktok", "youtube", "whatsapp", "telegram"
    # ---- Jambi -------------------------------------------------------------------------------------------------
    r("j_camat", "19720414", "199703", 1, 211, "Drs. H. Syamsul Bahri Kemas, M.Si.", "Camat Telanaipura", PJ,
      "Kecamatan Telanaipura", JMB, "PNS", [FB])
    r("j_sekcam", "19800822", "200512", 2, 118, "Yulinar Fitri, S.IP.", "Sekretaris Kecamatan", PJ,
      "Kecamatan Telanaipura", JMB, "PNS", [FB])
    r("j_lurah", "19850307", "200903", 1, 144, "M. Rizal Effendi, S.STP.", "Lurah Simpang IV Sipin", PJ,
      "Kelurahan Simpang IV Sipin", JMB, "PNS", [FB, IG], instagram="rizal.effendi.sipin")
    r("j_staf1", "19930611", "202203", 2, 327, "Desi Ratnasari, A.Md.", "Pengadministrasi Perkantoran", PJ,
      "Kecamatan Telanaipura", JMB, "PPPK", [FB])
    r("j_staf2", "19960129", "202310", 1, 412, "Fauzi Hidayat", "Pengelola Data", PJ, "Kelurahan Simpang IV Sipin",
      JMB, "PPPK", [TT], tiktok="fauzi.sipin")
    r("j_guru1", "19830918", "200804", 2, 73, "Ernawati Siregar, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Kota Jambi", "SMP Negeri 7 Kota Jambi", JMB, "PNS", [FB, IG], instagram="ernawati.smp7jmb")
    r("j_guru2", "19910502", "202207", 1, 506, "Hendri Saputra, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kota Jambi", "SD Negeri 47/IV Kota Jambi", JMB, "PPPK", [FB])
    r("j_dishub", "19780120", "200501", 1, 92, "Ahmad Tarmizi, S.T.", "Kepala Seksi Lalu Lintas",
      "Dinas Perhubungan Kota Jambi", "Bidang Lalu Lintas", JMB, "PNS", [FB, X_], x="tarmizi_jbi")
    r("j_bpkad", "19870715", "201101", 2, 160, "Rina Marlinda, S.E.", "Analis Keuangan Pusat dan Daerah Ahli Muda",
      "Pemerintah Provinsi Jambi", "Badan Pengelolaan Keuangan dan Aset Daerah", "Provinsi Jambi", "PNS", [X_],
      x="rinamarlinda_")
    r("j_nakes", "19920304", "201903", 2, 231, "Ns. Putri Ayuningtyas, S.Kep.", "Perawat Ahli Pertama",
      "Pemerintah Provinsi Jambi", "RSUD Raden Mattaher", "Provinsi Jambi", "PNS", [IG], instagram="putri.ayu.ners")
    r("j_satpol", "19790606", "200212", 1, 48, "Zulkarnain", "Pengelola Ketenteraman dan Ketertiban",
      "Satuan Polisi Pamong Praja Kota Jambi", "Bidang Penegakan Perda", JMB, "PNS", [FB])
    # ---- Palembang / Sumatera Selatan -------------------------------------------------------------------------
    r("p_kadis", "19690812", "199503", 1, 27, "Dr. Ir. H. Kgs. Ahmad Syafei, M.T.", "Kepala Dinas", PP,
      "Dinas Pekerjaan Umum dan Penataan Ruang", PLG, "PNS", [FB, WA])
    r("p_kabid", "19760427", "200103", 2, 64, "Hj. Rosdiana Cek Ipah, S.T.", "Kepala Bidang Bina Marga", PP,
      "Dinas Pekerjaan Umum dan Penataan Ruang", PLG, "PNS", [FB, WA])
    r("p_kasi1", "19860119", "201012", 1, 133, "Yogi Pratama, S.T.", "Kepala Seksi Pembangunan Jalan", PP,
      "Dinas Pekerjaan Umum dan Penataan Ruang", PLG, "PNS", [FB, WA, YT, IG], instagram="yogi.pratama.st")
    r("p_kasi2", "19820203", "200702", 2, 88, "Nurjanah, S.E.", "Kepala Subbagian Umum dan Kepegawaian", PP,
      "Dinas Pekerjaan Umum dan Penataan Ruang", PLG, "PNS", [FB, WA])
    r("p_staf1", "19950817", "202203", 1, 377, "Arif Rahman Hakim, A.Md.T.", "Teknisi Jalan dan Jembatan", PP,
      "Dinas Pekerjaan Umum dan Penataan Ruang", PLG, "PPPK", [WA, TT], tiktok="arif.pupr")
    r("p_staf2", "19970912", "202310", 2, 455, "Sinta Melati", "Pengadministrasi Perkantoran", PP,
      "Dinas Pekerjaan Umum dan Penataan Ruang", PLG, "PPPK", [FB, WA, TG])
    r("p_camat", "19780625", "200003", 1, 39, "Rahmat Hidayat Syarkowi, S.STP., M.Si.", "Camat Ilir Barat I", PP,
      "Kecamatan Ilir Barat I", PLG, "PNS", [FB, X_], x="rahmat_syarkowi")
    r("p_lurah", "19840310", "200904", 2, 152, "Dewi Kurniasih, S.Sos.", "Lurah 26 Ilir", PP, "Kecamatan Bukit Kecil",
      PLG, "PNS", [FB, YT])
    r("p_guru1", "19880521", "201403", 2, 190, "Meliyana, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Provinsi Sumatera Selatan", "SMA Negeri 3 Palembang", SUMSEL, "PNS", [IG, TT],
      instagram="meliyana.guru", tiktok="meliyana.guru")
    r("p_guru2", "19900116", "202207", 1, 349, "Ahmad Fadli, S.Pd.I.", "Guru Pendidikan Agama Islam Ahli Pertama",
      "Dinas Pendidikan Kota Palembang", "SD Negeri 79 Palembang", PLG, "PPPK", [FB])
    r("p_prov1", "19700909", "199803", 1, 55, "Ir. Heru Santoso, M.M.", "Kepala Bidang Produksi",
      "Pemerintah Provinsi Sumatera Selatan", "Dinas Perkebunan", SUMSEL, "PNS", [FB, X_], x="herusantoso_kebun")
    r("p_prov2", "19940405", "201812", 2, 244, "Winda Lestari Putri, S.Kom.", "Pranata Komputer Ahli Pertama",
      "Pemerintah Provinsi Sumatera Selatan", "Dinas Komunikasi dan Informatika", SUMSEL, "PNS", [FB, X_, IG, TG],
      x="windalestari_", instagram="winda.lestari.p")
    r("p_nakes", "19890228", "201603", 2, 205, "dr. Fitriani Kemas", "Dokter Ahli Muda", PP, "RSUD Palembang BARI", PLG,
      "PNS", [IG], instagram="dr.fitrikemas")
    r("p_bpbd", "19871130", "201102", 1, 171, "Dedi Irawan, S.Kom.", "Pranata Komputer Ahli Muda", PP,
      "Badan Penanggulangan Bencana Daerah", PLG, "PNS", [YT])
    # ---- Bengkulu -----------------------------------------------------------------------------------------------
    r("b_camat", "19730301", "199812", 1, 61, "Drs. Edi Sumarno, M.Si.", "Camat Ratu Agung", PB, "Kecamatan Ratu Agung",
      BKL, "PNS", [FB, WA])
    r("b_lurah", "19860715", "201003", 2, 139, "Nova Yanti, S.Sos.", "Lurah Kebun Tebeng", PB, "Kelurahan Kebun Tebeng",
      BKL, "PNS", [FB, WA])
    r("b_guru1", "19850923", "201001", 1, 126, "Irwansyah, S.Pd.", "Guru Ahli Muda", "Dinas Pendidikan Kota Bengkulu",
      "SMP Negeri 2 Kota Bengkulu", BKL, "PNS", [FB, YT], facebook="100067731200301")
    r("b_guru2", "19920811", "202207", 2, 388, "Rahmi Handayani, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kota Bengkulu", "SD Negeri 62 Kota Bengkulu", BKL, "PPPK", [IG, WA], instagram="rahmi.handayani.sd")
    r("b_dinkes", "19840614", "200912", 1, 147, "Hendra Wijaya, S.KM.", "Epidemiolog Kesehatan Ahli Muda",
      "Pemerintah Provinsi Bengkulu", "Dinas Kesehatan", "Provinsi Bengkulu", "PNS", [FB, X_, YT], x="hendra_epid")
    r("b_penyuluh", "19770510", "200503", 2, 83, "Sukarni, S.P.", "Penyuluh Pertanian Ahli Muda", PB,
      "Dinas Ketahanan Pangan dan Pertanian", BKL, "PNS", [FB, YT])
    r("b_satpol", "19810202", "200604", 1, 99, "Jumadi", "Pengelola Ketenteraman dan Ketertiban", PB,
      "Satuan Polisi Pamong Praja", BKL, "PNS", [WA])
    # ---- Pangkalpinang / Bangka Belitung -------------------------------------------------------------------------
    r("g_kadis", "19710719", "199702", 1, 33, "H. Akhmad Fadillah, S.E., M.Si.", "Kepala Dinas", PG,
      "Dinas Koperasi, Usaha Kecil dan Menengah", PGK, "PNS", [WA])
    r("g_staf1", "19940227", "202203", 2, 361, "Novianti", "Pengelola Keuangan", PG,
      "Dinas Koperasi, Usaha Kecil dan Menengah", PGK, "PPPK", [WA, IG], instagram="novianti.pgk")
    r("g_staf2", "19880406", "201303", 1, 181, "Junaidi, S.E.", "Analis Kebijakan Ahli Pertama", PG,
      "Dinas Koperasi, Usaha Kecil dan Menengah", PGK, "PNS", [WA, FB])
    r("g_lurah", "19800913", "200601", 1, 105, "Rudy Hartono, S.Sos.", "Lurah Bacang", PG, "Kelurahan Bacang", PGK,
      "PNS", [X_, FB], x="rudyhartono_bcg")
    r("g_guru", "19870104", "201212", 2, 176, "Yuliana Tjhin, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Provinsi Kepulauan Bangka Belitung", "SMA Negeri 1 Pangkalpinang", BABEL, "PNS", [IG],
      instagram="yuliana.tjhin")
    r("g_nakes", "19930719", "202203", 2, 392, "Sri Mulyati, A.Md.Keb.", "Bidan Terampil", PG, "Puskesmas Gerunggang",
      PGK, "PPPK", [FB])
    r("g_prov", "19740228", "200003", 1, 58, "Ir. Bambang Haryadi", "Kepala Bidang Mineral dan Batubara",
      "Pemerintah Provinsi Kepulauan Bangka Belitung", "Dinas Energi dan Sumber Daya Mineral", BABEL, "PNS", [X_],
      x="bambang_esdm")
    # ---- Batam ---------------------------------------------------------------------------------------------------
    r("t_camat", "19750106", "199903", 1, 66, "Raja Azhar, S.Sos., M.Si.", "Camat Batam Kota", PT,
      "Kecamatan Batam Kota", BTM, "PNS", [FB, TG])
    r("t_lurah", "19830509", "200803", 2, 129, "Siti Aisyah Lubis, S.IP.", "Lurah Belian", PT, "Kelurahan Belian", BTM,
      "PNS", [FB, TG])
    r("t_staf", "19960303", "202310", 1, 468, "Rizky Ramadhan", "Pengelola Layanan Operasional", PT,
      "Kecamatan Batam Kota", BTM, "PPPK", [TG])
    r("t_guru", "19890830", "201403", 2, 199, "Yosephine Simanjuntak, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Kota Batam", "SMP Negeri 21 Batam", BTM, "PNS", [IG], instagram="yosephine.smp21")
    r("t_disdik", "19720818", "199803", 1, 52, "Hamdan Syukri, M.Pd.", "Pengawas Sekolah Ahli Madya",
      "Dinas Pendidikan Kota Batam", "Bidang Pembinaan SMP", BTM, "PNS", [TG, YT])
    r("t_dishub", "19850124", "201003", 1, 137, "Andi Purnomo", "Pengatur Lalu Lintas", PT, "Dinas Perhubungan", BTM,
      "PNS", [X_, TG], x="andi_purnomo_btm")
    r("t_nakes", "19950614", "202203", 2, 373, "Ns. Dian Permata Sari", "Perawat Ahli Pertama", PT,
      "RSUD Embung Fatimah", BTM, "PPPK", [TG])
    # ---- Banten: Kota Serang, Pandeglang, Provinsi ------------------------------------------------------------
    r("s_camat", "19710303", "199603", 1, 29, "H. Tb. Ahmad Muhaimin, S.Sos., M.Si.", "Camat Cipocok Jaya", PS,
      "Kecamatan Cipocok Jaya", SRG, "PNS", [FB, WA])
    r("s_sekcam", "19790419", "200312", 2, 96, "Iis Suryani, S.E.", "Sekretaris Kecamatan", PS,
      "Kecamatan Cipocok Jaya", SRG, "PNS", [WA])
    r("s_kasi", "19840802", "200903", 1, 143, "Dede Rohendi, S.IP.", "Kepala Seksi Pemerintahan", PS,
      "Kecamatan Cipocok Jaya", SRG, "PNS", [FB, WA])
    r("s_staf1", "19900507", "202207", 1, 354, "Ujang Sopian", "Pengadministrasi Perkantoran", PS,
      "Kecamatan Cipocok Jaya", SRG, "PPPK", [FB, WA])
    r("s_staf2", "19980212", "202310", 2, 471, "Neng Siti Maesaroh", "Pengelola Data", PS, "Kecamatan Cipocok Jaya",
      SRG, "PPPK", [WA, TT], tiktok="neng.maesaroh")
    r("s_lurah", "19820930", "200712", 1, 117, "Agus Supriatna, S.Sos.", "Lurah Banjarsari", PS, "Kelurahan Banjarsari",
      SRG, "PNS", [FB, IG, WA], instagram="agus.lurahbanjarsari")
    r("s_guru1", "19920623", "202207", 2, 359, "Rohmatul Ummah, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan dan Kebudayaan Kota Serang", "SD Negeri Karundang", SRG, "PPPK", [IG, WA],
      instagram="rohmatul.ummah")
    r("s_prov1", "19760115", "200203", 1, 71, "Dr. H. Eko Prasetyo Nugroho, M.Si.", "Kepala Bidang Informasi Publik",
      "Pemerintah Provinsi Banten", "Dinas Komunikasi, Informatika, Statistik dan Persandian", BANTEN, "PNS", [FB, X_],
      x="eko_pn")
    r("s_prov2", "19910818", "201703", 1, 226, "Rizal Maulana, S.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama",
      "Pemerintah Provinsi Banten", "Dinas Komunikasi, Informatika, Statistik dan Persandian", BANTEN, "PNS", [X_],
      x="rizalmaul_")
    r("s_prov3", "19830426", "200812", 1, 158, "Asep Hidayat, S.T.", "Teknik Jalan dan Jembatan Ahli Muda",
      "Pemerintah Provinsi Banten", "Dinas Pekerjaan Umum dan Penataan Ruang", BANTEN, "PNS", [FB])
    r("d_camat", "19690205", "199503", 1, 24, "Drs. Ahmad Suhaemi, M.Si.", "Camat Majasari", PD, "Kecamatan Majasari",
      PDG, "PNS", [FB, WA])
    r("d_guru1", "19860317", "201001", 2, 121, "Euis Komariah, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan dan Kebudayaan Kabupaten Pandeglang", "SD Negeri 1 Kadomas", PDG, "PNS", [FB, IG],
      instagram="euiskomariah.guru")
    r("d_guru2", "19890709", "202207", 1, 347, "Endang Sutisna, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan dan Kebudayaan Kabupaten Pandeglang", "SMP Negeri 1 Pandeglang", PDG, "PPPK", [TT, WA],
      tiktok="endang.sutisna")
    r("d_penyuluh", "19780921", "200501", 1, 87, "Mamat Rahmat, S.P.", "Penyuluh Pertanian Ahli Muda", PD,
      "Dinas Pertanian", PDG, "PNS", [FB, WA])
    r("d_bidan", "19910127", "202203", 2, 366, "Yeni Marlina, A.Md.Keb.", "Bidan Terampil", PD, "Puskesmas Majasari",
      PDG, "PPPK", [WA, FB])
    # ---- Palangka Raya / Kalimantan Tengah -------------------------------------------------------------------------
    r("k_camat", "19740512", "199812", 1, 68, "Rusdianto Tingang, S.Sos.", "Camat Jekan Raya", PK, "Kecamatan Jekan Raya",
      PKY, "PNS", [FB, WA])
    r("k_lurah", "19810620", "200603", 2, 111, "Lilis Suryani Bangas, S.E.", "Lurah Palangka", PK, "Kelurahan Palangka",
      PKY, "PNS", [FB, WA])
    r("k_staf", "19940918", "202203", 1, 384, "Kristian Dandu", "Pengadministrasi Perkantoran", PK, "Kelurahan Palangka",
      PKY, "PPPK", [FB, WA])
    r("k_guru1", "19870406", "201203", 2, 184, "Elisabet Rinda, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Kota Palangka Raya", "SMP Negeri 2 Palangka Raya", PKY, "PNS", [FB, WA])
    r("k_guru2", "19900301", "202207", 1, 352, "Muhammad Noor Hidayat, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kota Palangka Raya", "SD Negeri 4 Langkai", PKY, "PPPK", [FB, TT], tiktok="noor.hidayat.sd4")
    r("k_prov", "19730828", "199903", 1, 63, "Dr. Fredy Tinus Bahen, M.Si.", "Kepala Bidang Perencanaan Ekonomi",
      "Pemerintah Provinsi Kalimantan Tengah", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", KALTENG, "PNS",
      [FB, X_], x="fredy_bahen")
    r("k_damkar", "19970405", "202310", 1, 466, "Yosua Djaya", "Operator Pemadam Kebakaran", PK,
      "Dinas Pemadam Kebakaran dan Penyelamatan", PKY, "PPPK", [TT], tiktok="yosua.damkar")
    # ---- Palu / Sulawesi Tengah ---------------------------------------------------------------------------------
    r("u_kadis", "19700624", "199603", 2, 31, "Dr. Hj. Nurhaeda Lamakampali, M.Si.", "Kepala Dinas",
      "Dinas Pendidikan Kota Palu", "Sekretariat", PALU, "PNS", [FB, WA])
    r("u_kabid", "19770202", "200212", 1, 81, "Moh. Arham Lasahido, S.Pd., M.Pd.", "Kepala Bidang Pembinaan SD",
      "Dinas Pendidikan Kota Palu", "Bidang Pembinaan Sekolah Dasar", PALU, "PNS", [YT, WA])
    r("u_kepsek1", "19720911", "199803", 2, 57, "Hasnah Lamarauna, S.Pd.", "Kepala Sekolah",
      "Dinas Pendidikan Kota Palu", "SD Inpres 2 Birobuli", PALU, "PNS", [WA, YT])
    r("u_kepsek2", "19750307", "200003", 1, 44, "Yohanis Tondei, S.Pd.", "Kepala Sekolah", "Dinas Pendidikan Kota Palu",
      "SMP Negeri 9 Palu", PALU, "PNS", [FB, IG, YT], instagram="yohanis.tondei")
    r("u_guru1", "19880114", "202207", 2, 343, "Sitti Rahmawati, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kota Palu", "SD Inpres 2 Birobuli", PALU, "PPPK", [FB, IG, TT, WA], instagram="sitti.rahmawati.sd",
      tiktok="rahma.gurusd")
    r("u_guru2", "19930422", "202203", 1, 378, "Moh. Rizky Pratama, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kota Palu", "SMP Negeri 9 Palu", PALU, "PPPK", [IG, WA], instagram="rizky.pratama.smp9")
    r("u_guru3", "19910930", "202207", 2, 356, "Fitri Handayani Lagarutu, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kota Palu", "SD Inpres 2 Birobuli", PALU, "PPPK", [WA])
    r("u_guru4", "19850718", "201003", 1, 134, "Jefri Tandiabang, S.Pd.", "Guru Ahli Muda", "Dinas Pendidikan Kota Palu",
      "SD Inpres 2 Birobuli", PALU, "PNS", [WA])
    r("u_prov1", "19800415", "200503", 1, 101, "Ir. Andi Asrul Mapata", "Kepala Seksi Jalan",
      "Pemerintah Provinsi Sulawesi Tengah", "Dinas Bina Marga dan Penataan Ruang", SULTENG, "PNS", [FB, X_, YT],
      x="asrul_mapata")
    r("u_prov2", "19860620", "201101", 2, 166, "Ni Wayan Sukerti, S.Pt.", "Penyuluh Peternakan Ahli Muda",
      "Pemerintah Provinsi Sulawesi Tengah", "Dinas Tanaman Pangan, Hortikultura dan Peternakan", SULTENG, "PNS",
      [FB, X_, IG], x="wayansukerti", instagram="wayan.sukerti")
    r("u_camat", "19760808", "200103", 1, 75, "Syamsul Lapasere, S.Sos., M.Si.", "Camat Palu Barat", PU,
      "Kecamatan Palu Barat", PALU, "PNS", [FB, X_, TG], x="syamsul_lps")
    r("u_lurah1", "19840125", "200812", 1, 149, "Ikhsan Datupalinge, S.STP.", "Lurah Kamonji", PU, "Kelurahan Kamonji",
      PALU, "PNS", [TG])
    r("u_lurah2", "19870929", "201103", 2, 174, "Nurul Fadhilah Lamasitudju, S.Sos.", "Lurah Lere", PU, "Kelurahan Lere",
      PALU, "PNS", [TG])
    r("u_nakes", "19960810", "202203", 2, 381, "Ns. Fadliah, S.Kep.", "Perawat Ahli Pertama",
      "Pemerintah Provinsi Sulawesi Tengah", "RSUD Undata", SULTENG, "PPPK", [TT], tiktok="fadliah.ners")
    # ---- Gorontalo ----------------------------------------------------------------------------------------------
    r("o_camat", "19731102", "199903", 1, 69, "Drs. Arifin Hippy, M.Si.", "Camat Kota Tengah", PO, "Kecamatan Kota Tengah",
      GTL, "PNS", [FB, WA])
    r("o_lurah", "19820514", "200712", 2, 114, "Nurhayati Pakaya, S.IP.", "Lurah Limba U Dua", PO,
      "Kelurahan Limba U Dua", GTL, "PNS", [FB, WA])
    r("o_guru1", "19840222", "200912", 1, 141, "Hamzah Pakaya, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan dan Kebudayaan Provinsi Gorontalo", "SMA Negeri 3 Gorontalo", GORONTALO, "PNS", [FB, WA])
    r("o_guru2", "19920707", "202207", 2, 367, "Sri Wahyuni Biki, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan dan Kebudayaan Kota Gorontalo", "SD Negeri 64 Kota Tengah", GTL, "PPPK", [TT, WA],
      tiktok="yuni.biki")
    r("o_prov", "19781012", "200403", 1, 94, "Ir. Yusran Lamato", "Kepala Bidang Perikanan Tangkap",
      "Pemerintah Provinsi Gorontalo", "Dinas Kelautan dan Perikanan", GORONTALO, "PNS", [FB, X_], x="yusran_lamato")
    r("o_staf", "19950101", "202310", 1, 477, "Rahmat Kadir", "Pengadministrasi Perkantoran", PO,
      "Kecamatan Kota Tengah", GTL, "PPPK", [FB, WA])
    r("o_nakes", "19900326", "201812", 2, 238, "dr. Meilinda Gobel", "Dokter Ahli Pertama",
      "Pemerintah Provinsi Gorontalo", "RSUD Prof. Dr. H. Aloei Saboe", GORONTALO, "PNS", [IG, YT],
      instagram="dr.meilinda.gobel")
    # ---- Kendari, Baubau / Sulawesi Tenggara ----------------------------------------------------------------------
    r("e_kadis", "19700319", "199703", 1, 36, "Ir. H. La Ode Abdul Gafur, M.T.", "Kepala Dinas", PE,
      "Dinas Lingkungan Hidup", KDI, "PNS", [FB, WA])
    r("e_kabid", "19800708", "200503", 2, 103, "Sitti Hadijah Tosepu, S.Hut.", "Kepala Bidang Pengelolaan Sampah", PE,
      "Dinas Lingkungan Hidup", KDI, "PNS", [WA])
    r("e_staf1", "19930311", "202203", 2, 369, "Wa Ode Nurmala", "Penyuluh Lingkungan Hidup Terampil", PE,
      "Dinas Lingkungan Hidup", KDI, "PPPK", [WA, FB])
    r("e_staf2", "19960527", "202310", 1, 462, "Andi Saputra Laiya", "Pengawas Lingkungan Hidup Terampil", PE,
      "Dinas Lingkungan Hidup", KDI, "PPPK", [WA, TT], tiktok="andi.laiya")
    r("e_staf3", "19890208", "202207", 1, 344, "Muh. Tamrin", "Operator Layanan Operasional (Pengemudi)", PE,
      "Dinas Lingkungan Hidup", KDI, "PPPK", [WA, FB])
    r("e_camat", "19741216", "199912", 1, 72, "Drs. Alimuddin Lapasi, M.Si.", "Camat Kadia", PE, "Kecamatan Kadia", KDI,
      "PNS", [FB, X_], x="alimuddin_kadia")
    r("e_guru", "19880802", "202207", 2, 341, "Asniati, S.Pd.", "Guru Ahli Pertama", "Dinas Pendidikan Kota Kendari",
      "SMP Negeri 4 Kendari", KDI, "PPPK", [WA])
    r("e_prov", "19750929", "200003", 1, 49, "Dr. Harmin Ramba, M.Si.", "Kepala Bidang Politik Dalam Negeri",
      "Pemerintah Provinsi Sulawesi Tenggara", "Badan Kesatuan Bangsa dan Politik", SULTRA, "PNS", [FB, X_],
      x="harmin_ramba")
    r("a_camat", "19770104", "200203", 1, 79, "La Ode Hasrun, S.Sos.", "Camat Wolio", PA, "Kecamatan Wolio", BAU, "PNS",
      [FB, WA])
    r("a_lurah", "19850612", "200912", 2, 146, "Wa Ode Sitti Rahima, S.IP.", "Lurah Batulo", PA, "Kelurahan Batulo", BAU,
      "PNS", [WA, IG], instagram="waode.rahima")
    r("a_guru", "19900915", "201903", 2, 236, "Wa Ode Hastuti, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Provinsi Sulawesi Tenggara", "SMA Negeri 2 Baubau", SULTRA, "PNS", [TT], tiktok="waode.hastuti")
    r("a_staf", "19940503", "202203", 1, 375, "La Ode Syukur", "Pengadministrasi Perkantoran", PA, "Kecamatan Wolio",
      BAU, "PPPK", [WA, FB])
    # ---- Manokwari / Papua Barat ----------------------------------------------------------------------------------
    r("m_kadis", "19720530", "199803", 1, 54, "Yohanes Rumbiak, S.Sos., M.Si.", "Kepala Distrik Manokwari Barat", PM,
      "Distrik Manokwari Barat", MKW, "PNS", [FB, WA])
    r("m_staf1", "19910222", "202203", 2, 362, "Frida Mandowen", "Pengadministrasi Perkantoran", PM,
      "Distrik Manokwari Barat", MKW, "PPPK", [FB, WA])
    r("m_staf2", "19950706", "202310", 1, 459, "Oktovianus Iwanggin", "Pengelola Data", PM, "Distrik Manokwari Barat",
      MKW, "PPPK", [FB, TT, WA], tiktok="okto.iwanggin")
    r("m_guru1", "19860411", "201101", 2, 163, "Marice Wanma, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Kabupaten Manokwari", "SMP Negeri 2 Manokwari", MKW, "PNS", [WA, IG], instagram="marice.wanma")
    r("m_guru2", "19830820", "200812", 1, 155, "Daud Sawaki, S.Pd.", "Guru Ahli Muda",
      "Dinas Pendidikan Kabupaten Manokwari", "SMP Negeri 2 Manokwari", MKW, "PNS", [WA])
    r("m_guru3", "19920117", "202207", 1, 371, "Yance Rumfabe, S.Pd.", "Guru Ahli Pertama",
      "Dinas Pendidikan Kabupaten Manokwari", "SMP Negeri 2 Manokwari", MKW, "PPPK", [WA])
    r("m_prov", "19710903", "199703", 1, 42, "Ir. Elieser Msen, M.Si.", "Kepala Bidang Cipta Karya",
      "Pemerintah Provinsi Papua Barat", "Dinas Pekerjaan Umum dan Perumahan Rakyat", PABAR, "PNS", [FB, X_],
      x="elieser_msen")
    r("m_nakes", "19940512", "202203", 2, 379, "Ns. Selvi Rumbewas", "Perawat Ahli Pertama", PM, "RSUD Manokwari", MKW,
      "PPPK", [IG, FB, WA], instagram="selvi.rumbewas")

    # ---- institutional accounts -----------------------------------------------------------------------------------
    i = ctx.add_inst
    i("jmb_kec", "Kecamatan Telanaipura", JMB, "facebook", "100067731100101", "Kecamatan Telanaipura")
    i("jmb_dishub", "Dinas Perhubungan Kota Jambi", JMB, "x", "dishub_kotajambi", "Dishub Kota Jambi")
    i("sumsel_kominfo", "Dinas Komunikasi dan Informatika Provinsi Sumatera Selatan", SUMSEL, "x", "kominfo_sumsel",
      "Diskominfo Sumsel")
    i("plg_pupr", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Palembang", PLG, "instagram", "pupr.palembang",
      "PUPR Kota Palembang")
    i("bkl_kel", "Kelurahan Kebun Tebeng", BKL, "facebook", "100067731100105", "Kelurahan Kebun Tebeng")
    i("pgk_koperasi", "Dinas Koperasi, Usaha Kecil dan Menengah Kota Pangkalpinang", PGK, "instagram", "diskopukm.pgk",
      "Diskop UKM Pangkalpinang")
    i("btm_kec", "Kecamatan Batam Kota", BTM, "telegram", "kecbatamkota", "Kecamatan Batam Kota")
    i("srg_kec", "Kecamatan Cipocok Jaya", SRG, "facebook", "100067731100108", "Kecamatan Cipocok Jaya")
    i("banten_kominfo", "Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Banten", BANTEN, "tiktok",
      "diskominfo.banten", "Diskominfo Banten")
    i("pky_kel", "Kelurahan Palangka", PKY, "facebook", "100067731100110", "Kelurahan Palangka")
    i("palu_disdik", "Dinas Pendidikan Kota Palu", PALU, "instagram", "disdik.kotapalu", "Disdik Kota Palu")
    i("gtl_kec", "Kecamatan Kota Tengah", GTL, "facebook", "100067731100112", "Kecamatan Kota Tengah")
    i("gtl_kominfo", "Dinas Komunikasi dan Informatika Kota Gorontalo", GTL, "tiktok", "diskominfo.kotagorontalo",
      "Diskominfo Kota Gorontalo")
    i("kdi_dlh", "Dinas Lingkungan Hidup Kota Kendari", KDI, "instagram", "dlh.kotakendari", "DLH Kota Kendari")
    i("bau_kec", "Kecamatan Wolio", BAU, "facebook", "100067731100115", "Kecamatan Wolio")
    i("mkw_distrik", "Distrik Manokwari Barat", MKW, "facebook", "100067731100116", "Distrik Manokwari Barat")
    i("sultra_kesbang", "Badan Kesatuan Bangsa dan Politik Provinsi Sulawesi Tenggara", SULTRA, "x", "kesbangpol_sultra",
      "Kesbangpol Sultra")


def inst_fb(ctx, key):
    r = ctx.inst[key]
    return {"name": r["nama_akun"], "id": r["handle"]}


def fake_post(page_id, seed):
    num = str(7 * 10**15 + K.hnum("orig" + seed, 10**15))
    return {"id": f"{page_id}_{num}", "permalink_url": f"https://www.facebook.com/{page_id}/posts/{num}"}


# =============================================================================================
# Facebook Graph API
# =============================================================================================
def facebook(ctx):
    c = ctx
    # ---- F1: the Palembang pair's own page: coordinated likes by Dinas PUPR, a registration escort ----------------
    pid = "100069420000101"
    fb = Fb(c, "facebook/graph_feed_page_halim.ratna.palembang.json", pid)
    page = {"name": "Kemas Halim - Ratna Juwita", "id": pid}
    p = fb.post(wib(2024, 8, 28, 10, 5),
                "Alhamdulillah, pagi ini kami mendaftar ke KPU Kota Palembang diantar wong kito dari 18 kecamatan. "
                "Mohon doa restu 🤲", page,
                N("neg_candidate_own", "the bakal calon's own registration post", lg="plm"),
                photo={"description": "Kemas Halim dan Ratna Juwita Sari melambaikan tangan di depan kantor KPU Kota Palembang"})
    fb.comment(p, wib(2024, 8, 28, 10, 41), "Hadir mang! Kami dari Seberang Ulu ikut ngarak ke KPU tadi 🔥🔥",
               fb.user("p_kasi1"),
               V("p_kasi1", "attend", "plg-1", "registration_escort", action="comment",
                 note="a Dinas PUPR section head says he joined the convoy escorting the bakal calon to KPU (28 Aug): SKB-E3",
                 lg="plm"))
    fb.comment(p, wib(2024, 8, 28, 11, 2), "Semoga lancar mang, jangan lupo lorong kami di 5 Ulu 🙏",
               fb_person("Mardiana Ulfa"), N(lg="plm"))
    p = fb.post(wib(2024, 9, 26, 19, 0),
                "Terimo kasih wong kito galo! Hari pertamo kampanye di 26 Ilir, lemak nian sambutan warga. "
                "Nomor 1️⃣ untuk Palembang Lemak Nian! #HalimRatna", page, N("neg_candidate_own", lg="plm"))
    fb.react(p, fb.user("p_kasi1"), V("p_kasi1", "interact", "plg-1", "like",
                                      note="the Kasi likes the pair's first campaign-day post"))
    fb.react(p, fb_person("Herman Saputra"), N())
    c1 = fb.comment(p, wib(2024, 9, 26, 19, 22),
                    "Aamiin, semoga amanah. Kami guru honor dulu dibantu Mang Halim, kagek kito pilih nomor 1 👍",
                    fb.user("p_guru2"),
                    V("p_guru2", "post", "plg-1", "comment_support", action="comment",
                      note="a PPPK religion teacher promises to vote number 1 on the pair's page", lg="plm"))
    fb.comment(p, wib(2024, 9, 26, 19, 30),
               "Terima kasih sudah berkunjung ke wilayah kami, Pak. Mohon maaf kami dari kelurahan hanya memfasilitasi "
               "tempat sesuai aturan, tidak ikut kampanye ya 🙏", fb.user("p_lurah"),
               N("neg_asn_neutral", "the lurah thanks the visitor and states the kelurahan only lent the venue"))
    fb.comment(p, wib(2024, 9, 26, 19, 48),
               "Pak guru Fadli hati-hati, ASN dak boleh komen dukung-dukungan cak itu. Baco SKB 5 lembaga",
               fb_person("Rizki Amelia"), N(lg="plm"), parent=c1)
    fb.comment(p, wib(2024, 9, 26, 20, 3), "Iyo kak, maaf khilaf. Netral bae lah sayo, kagek sayo hapus komennyo",
               fb.user("p_guru2"),
               N("neg_withdrawn", "the teacher apologises; his earlier comment stays labelled", lg="plm"), parent=c1)
    fb.comment(p, wib(2024, 9, 26, 20, 17), "Mantap Mang Halim! Kami warga Kertapati siap menangkan nomor 1",
               fb_person("Yogi Pratama", "kertapati"),
               N("neg_namesake", "a private person who shares the Dinas PUPR Kasi's name; a different account from "
                                 "the registry's", lg="plm"))
    p = fb.post(wib(2024, 10, 19, 8, 30),
                "Gotong royong bersih lorong bersama warga Bukit Kecil. Palembang bersih, wong kito sehat!", page,
                N("neg_candidate_own", lg="plm"),
                photo={"description": "Kemas Halim memegang sapu bersama warga, latar spanduk nomor 1 Halim-Ratna"})
    for k, note in (("p_kadis", "the head of Dinas PUPR"), ("p_kabid", "his Bina Marga head"),
                    ("p_kasi2", "the Dinas PUPR general affairs head"), ("p_staf2", "a PPPK clerk of the same dinas")):
        fb.react(p, fb.user(k), V(k, "interact", "plg-1", "coordinated_like",
                                  note=f"{note} likes the pair's campaign post; four Dinas PUPR officials like it "
                                       "together after the Kadis asked for likes in the office WhatsApp group"))
    fb.react(p, fb_person("Nyimas Fatimah"), N(), kind="LOVE")
    fb.react(p, fb_person("Ahmad Ridho Palembang"), N())
    fb.comment(p, wib(2024, 10, 19, 9, 4), "Kapan ke Plaju mang? Got di simpang tigo mampet nian",
               fb_person("Suryani Plaju"), N(lg="plm"))
    fb.comment(p, wib(2024, 10, 19, 9, 15), "Semangat Mang! Dari kami di kantor jugo siap menangkan 1️⃣",
               fb.user("p_kasi2"),
               V("p_kasi2", "post", "plg-1", "comment_support", action="comment",
                 note="the Dinas PUPR subbag head: 'from us at the office too, ready to win number 1'", lg="plm"))
    lurah = fb.user("p_lurah")
    fb.post(wib(2024, 10, 27, 16, 0),
            f"Terima kasih Ibu Lurah {lurah['name']} yang sudah mengizinkan lapangan 26 Ilir dipakai untuk kampanye "
            "dialogis 🙏 #HalimRatna", page, N("neg_candidate_own"),
            tags=[(lurah, A("p_lurah", "tagged", "the pair's page tags the lurah who lent the field"))])
    p = fb.post(wib(2024, 11, 25, 20, 0),
                "Terima kasih Palembang. Mari jaga masa tenang, sampai jumpa di TPS 27 November.", page,
                N("neg_candidate_own"))
    fb.comment(p, wib(2024, 11, 25, 20, 26), "Aman mang, TPS 14 sudah siap", fb_person("Kgs Yusuf"), N())
    fb.dump()

    # ---- F2: a Jambi volunteers' group (bakal calon stage and campaign) ---------------------------------------------
    gid = "1982274410201133"
    fb = Fb(c, "facebook/graph_feed_group_relawan_seiyo_sekato_fikri_wulan.json", gid)
    adm = fb_person("Bujang Relawan Seiyo Sekato")
    p = fb.post(wib(2024, 8, 20, 20, 0),
                "Selamat datang kawan-kawan baru di grup relawan. Kito siapke deklarasi Bang Fikri 25 Agustus di "
                "Telanaipura, yang biso bantu dokumentasi japri yo!", adm, N(lg="jmb"))
    fb.comment(p, wib(2024, 8, 20, 20, 14), "Izin gabung bang, siap bantu dokumentasi deklarasi 📸", fb.user("j_staf1"),
               V("j_staf1", "team", "jmb-2", "supporters_group", action="comment", in_group=True,
                 note="a PPPK clerk of Kecamatan Telanaipura volunteers for the bakal calon's declaration team (August)",
                 lg="jmb"))
    fb.comment(p, wib(2024, 8, 20, 20, 31), "Assalamualaikum, salam kenal. Sayo ditambahke kawan, izin nyimak bae yo 🙏",
               fb.user("j_guru1"),
               R("ambiguous_greeting", "a teacher greets the volunteers' group and says she only reads along; "
                                       "membership, not yet support", actor="j_guru1", cand="jmb-2", lg="jmb"))
    p = fb.post(wib(2024, 8, 25, 21, 10),
                "Alhamdulillah deklarasi Bang Fikri dan Yuk Wulan rame nian. Kito menangke Jambi Seiyo Sekato!",
                fb.user("j_sekcam"),
                V("j_sekcam", "photo", "jmb-2", "declaration",
                  note="the sekcam posts her photo on the declaration stage with the bakal calon in the volunteers' "
                       "group (25 Aug): SKB-E5", in_group=True, lg="jmb"),
                photo={"description": "Yulinar Fitri berfoto bersama Fikri Alamsyah Harahap di panggung deklarasi, latar "
                                      "spanduk Seiyo Sekato"})
    fb.comment(p, wib(2024, 8, 25, 21, 20), "Mantap bu sekcam 🔥", fb_person("Reni Anggraini"), N())
    fb.comment(p, wib(2024, 8, 25, 21, 36),
               "Bu, hapus lah fotonyo. Kito ASN dak boleh pajang foto deklarasi, baco SKB 5 menteri tu",
               fb.user("j_lurah"), N("neg_neutrality_reminder", "a lurah tells the sekcam to take the photo down", lg="jmb"))
    fb.comment(p, wib(2024, 8, 25, 21, 52), "Iyo pak lurah, kagek sayo hapus. Tadi kawan yang nyuruh posting",
               fb.user("j_sekcam"), N("neg_withdrawn", "she promises to delete; the post is still in the export", lg="jmb"))
    p = fb.post(wib(2024, 9, 24, 7, 15),
                "Nomor urut 2 sudah resmi! Bang Fikri - Yuk Wulan nomor 2 ✌️ sebar kawan!", adm, N(lg="jmb"))
    fb.comment(p, wib(2024, 9, 24, 7, 48), "✌️✌️", fb.user("j_guru1"),
               V("j_guru1", "gesture", "jmb-2", "exposed_then_engaged", action="comment", in_group=True,
                 note="the teacher who only 'read along' now answers the ballot-number post with two V-signs"))
    p = fb.post(wib(2024, 10, 5, 19, 40),
                "Info kampanye akbar Fikri-Wulan Minggu depan di Lapangan Kantor Gubernur. Kawan-kawan yang dinas jaga "
                "jangan lupo pake kaos relawan di dalam jaket 😁", fb.user("j_satpol"),
                V("j_satpol", "post", "jmb-2", "support_post", in_group=True,
                  note="a Satpol PP officer promotes the rally and tells on-duty colleagues to wear the volunteers' "
                       "shirt under their jackets", lg="jmb"))
    fb.comment(p, wib(2024, 10, 5, 19, 55), "Kaos dibagike di posko Sipin yo bang", fb_person("Andika Pratama Jambi"),
               N(lg="jmb"))
    fb.comment(p, wib(2024, 10, 5, 20, 9),
               "Abang tu Satpol, pelan-pelan kalo ngomong di grup ni. Sayo keluar dulu lah, dak nyaman",
               fb.user("j_dishub"), N("neg_objection", "a Dishub section head objects and leaves", lg="jmb"))
    p = fb.post(wib(2024, 11, 2, 16, 0), "Kampanye dialogis di Kelurahan Legok tadi siang, terima kasih warga!",
                adm, N(), photo={"description": "Warga berkumpul di balai, spanduk Fikri-Wulan nomor 2"})
    fb.comment(p, wib(2024, 11, 2, 16, 37), "Dokumentasi lengkap sudah sayo upload di drive relawan yo kak",
               fb.user("j_staf1"),
               V("j_staf1", "team", "jmb-2", "supporters_group", action="comment", in_group=True,
                 note="the clerk is still the team's photographer during the campaign: SKB-D10", lg="jmb"))
    fb.post(wib(2024, 11, 24, 8, 0), "Masa tenang, jangan posting APK lagi yo kawan. Jago TPS masing-masing!", adm,
            N("neg_election_body", "the admin relays the quiet-days rule", lg="jmb"))
    fb.dump()

    # ---- F3: Kecamatan Cipocok Jaya (Kota Serang), an institutional page --------------------------------------------
    inst = inst_fb(c, "srg_kec")
    fb = Fb(c, "facebook/graph_feed_page_kecamatan.cipocokjaya.json", inst["id"])
    p = fb.post(wib(2024, 9, 23, 15, 0),
                "Hasil pengundian nomor urut Paslon Walikota dan Wakil Walikota Serang 2024 oleh KPU Kota Serang: "
                "1. Fahrurrozi–Nurul Hikmah, 2. Ratu Dewi–Budi Rachmat. Mari sukseskan Pilkada damai! 🗳️", inst,
                N("neg_election_body", "the number draw with both pairs"))
    fb.comment(p, wib(2024, 9, 23, 15, 20), "Siap 👍", fb_person("Jajang Serang"), N())
    fb.comment(p, wib(2024, 9, 23, 15, 42), "Hatur nuhun infona, mugia Pilkada di Cipocok aman tur kondusif",
               fb.user("s_staf1"), N("neg_asn_neutral", lg="sub"))
    p = fb.post(wib(2024, 10, 3, 10, 0),
                "Camat Cipocok Jaya menghadiri Apel Siaga Netralitas ASN Pemerintah Kota Serang di Alun-alun Barat.",
                inst, N("neg_official_duty"))
    fb.comment(p, wib(2024, 10, 3, 10, 32),
               "Netral itu harga mati, bapak ibu. Like, komen, share akun paslon juga tidak boleh ya 🙏",
               fb.user("s_kasi"), N("neg_neutrality_reminder"))
    fb.comment(p, wib(2024, 10, 3, 11, 5), "Tapi kemarin ada staf kecamatan upload foto sama paslon nomor 2 tuh...",
               fb_person("Wawan Kasemen"), N("neg_citizen", "an insinuation about an unnamed employee"))
    orig = fake_post("100069420000401", "serang-bebenah")
    fb.post(wib(2024, 10, 19, 9, 30), "Sosialisasi program Serang Bebenah bersama warga Karundang 👍", inst,
            V("inst:srg_kec", "inst", "srg-2", "institutional_account",
              note="the kecamatan page shares the srg-2 pair's own post about its slogan programme"),
            share={"post": orig, "title": "Ratu Dewi – Budi: Serang Bebenah, mulai dari lingkungan",
                   "description": "Paslon nomor 2 Ratu Dewi dan Budi Rachmat menyapa warga Karundang"})
    fb.post(wib(2024, 10, 20, 8, 15),
            "Mohon maaf, unggahan kemarin adalah kekeliruan admin dan sudah dikoreksi. Kecamatan Cipocok Jaya netral "
            "dalam Pilkada 2024.", inst, N("neg_withdrawn"))
    fb.post(wib(2024, 11, 5, 9, 0),
            "Kerja bakti bebenah saluran air di Kelurahan Tembong bersama warga. Serang bersih, warga sehat!", inst,
            N("neg_word_collision", "'bebenah' (tidying) is the srg-2 slogan word, here a clean-up"),
            photo={"description": "Petugas kecamatan dan warga membersihkan saluran air"})
    fb.post(wib(2024, 11, 12, 8, 0),
            "Pelayanan perekaman KTP-el bagi pemilih pemula dibuka Sabtu. Loket 1 untuk perekaman, loket 2 untuk "
            "pencetakan.", inst, N("neg_number_no_context"))
    s_kasi = fb.user("s_kasi")
    fb.post(wib(2024, 10, 26, 16, 0),
            f"Selamat kepada tim voli putri Kecamatan Cipocok Jaya juara 1 Porkot! Terima kasih pelatih {s_kasi['name']} 🏐",
            inst, N("neg_word_collision", "'juara' is part of the banten-1 slogan"),
            tags=[(s_kasi, N("neg_everyday_inst", "a tag in a sports post"))])
    p = fb.post(wib(2024, 11, 27, 10, 0),
                "Camat Cipocok Jaya memantau TPS 05 Banjarsari. Gunakan hak pilih, coblos sesuai hati nurani.", inst,
                N("neg_official_duty"))
    fb.comment(p, wib(2024, 11, 27, 10, 40), "Alhamdulillah TPS di Banjarsari lancar, Pak Camat 🙏",
               fb.user("s_lurah"), N("neg_asn_neutral"))
    fb.dump()

    # ---- F4: Kelurahan Palangka (Palangka Raya), an institutional page ------------------------------------------
    inst = inst_fb(c, "pky_kel")
    fb = Fb(c, "facebook/graph_feed_page_kelurahan.palangka.json", inst["id"])
    fb.post(wib(2024, 9, 10, 9, 0), "Kegiatan posyandu lansia di RW 05. Terima kasih kader yang selalu hadir 🙏", inst,
            N("neg_everyday_inst"))
    p = fb.post(wib(2024, 9, 18, 14, 0),
                "Selamat datang Bapak Yohanes Dehen Ringkai dalam kunjungan silaturahmi ke Kelurahan Palangka. "
                "Isen Mulang! Bersama membangun Palangka Raya 🙏", inst,
                V("inst:pky_kel", "inst", "pky-1", "institutional_account",
                  note="the kelurahan page welcomes the bakal calon with his slogan and a campaign backdrop (18 Sep, "
                       "before designation)"),
                photo={"description": "Lurah Lilis Suryani Bangas berfoto bersama Yohanes Dehen Ringkai dan tim, latar "
                                      "spanduk 'Dehen-Raudah Isen Mulang'"})
    fb.comment(p, wib(2024, 9, 18, 14, 31), "Bahalap, tarima kasih Bapak jari dumah akan kantor kelurahan ikei",
               fb.user("k_staf"),
               R("intent_uncertain", "a PPPK clerk thanks the bakal calon for visiting 'our office' under the office's "
                                     "own campaign post: courtesy or support?", actor="k_staf", cand="pky-1", lg="nij"))
    fb.comment(p, wib(2024, 9, 18, 14, 50), "Isen Mulang! Bang Dehen pasti menang", fb_person("Rendy Anugrah"), N())
    fb.post(wib(2024, 9, 25, 19, 0),
            "Festival Budaya Isen Mulang 2024 dimulai! Tari Manasai bersama warga di Bundaran Besar 💃", inst,
            N("neg_word_collision", "'Isen Mulang' is the Kalteng motto and the pky-1 slogan"))
    fb.post(wib(2024, 10, 8, 10, 0),
            "Klarifikasi: Lurah Palangka telah memenuhi undangan klarifikasi Bawaslu Kota Palangka Raya terkait "
            "unggahan 18 September. Akun ini dikelola sesuai ketentuan netralitas.", inst, N("neg_official_duty"))
    p = fb.post(wib(2024, 10, 15, 9, 0),
                "Huma Betang, rumah kita bersama. Sosialisasi wawasan kebangsaan untuk pelajar SMP se-Kelurahan "
                "Palangka.", inst, N("neg_word_collision", "'Huma Betang' is part of the pky-2 slogan"))
    fb.comment(p, wib(2024, 10, 15, 9, 40), "Anak didik kami ikut, terima kasih bu lurah 🙏", fb.user("k_guru1"),
               N("neg_everyday_asn"))
    p = fb.post(wib(2024, 11, 20, 12, 0),
                "Info KPU: Debat publik ketiga Paslon Walikota Palangka Raya — Paslon 1 Dehen–Raudah dan Paslon 2 "
                "Norhalis–Evi — disiarkan TVRI Kalteng pukul 19.30 WIB.", inst, N("neg_election_body"))
    fb.comment(p, wib(2024, 11, 20, 12, 34), "Ulun nonton haja, kada usah pian takuni pilih siapa 😅 rahasia",
               fb.user("k_guru2"), N("neg_negation", lg="bjn"))
    fb.comment(p, wib(2024, 11, 20, 12, 51), "Nomor 2 harus menang!", fb_person("Agustinus Palangka"), N())
    fb.dump()

    # ---- F5: the Gorontalo pair's page (the candidate shares a teacher's full name) --------------------------------
    pid = "100069420000701"
    fb = Fb(c, "facebook/graph_feed_page_hamzah.yulan.gorontalo.json", pid)
    page = {"name": "Hamzah Pakaya - Sri Yulanti", "id": pid}
    p = fb.post(wita(2024, 8, 29, 11, 0), "Hari ini kami resmi mendaftar di KPU Kota Gorontalo. Mohon doa 🤲", page,
                N("neg_candidate_own"))
    fb.comment(p, wita(2024, 8, 29, 11, 37), "Selamat mendaftar Ka Hamzah, semoga lancar sampai penetapan 🤲",
               fb.user("o_prov"),
               R("intent_uncertain", "a provincial officer congratulates the bakal calon on registering: courtesy or "
                                     "support?", actor="o_prov", cand="gtl-1"))
    fb.comment(p, wita(2024, 8, 29, 11, 52), "Sukses om!", fb_person("Ridwan Mohi"), N())
    p = fb.post(wita(2024, 10, 1, 8, 0),
                "Wolo habari, warga Kota Gorontalo! Hamzah Pakaya – Sri Yulanti nomor 1 siap bekerja. #HamzahYulan",
                page, N("neg_candidate_own", lg="gor"))
    fb.comment(p, wita(2024, 10, 1, 8, 24),
               "Nama torang sama, tapi saya guru, bukan calon 😄 jangan salah tag lagi ya teman-teman",
               fb.user("o_guru1"), N("neg_namesake", "the teacher Hamzah Pakaya clarifies he is not the candidate",
                                     lg="gor"))
    fb.comment(p, wita(2024, 10, 1, 8, 40), "Pak guru Hamzah mo pilih diri sendiri 🤣", fb_person("Yanti Daud"),
               N(lg="gor"))
    fb.comment(p, wita(2024, 10, 1, 9, 3), "Insya Allah om, keluarga Pakaya di Limba U Dua siap menangkan nomor 1 ☝️",
               fb.user("o_lurah"),
               V("o_lurah", "post", "gtl-1", "comment_support", action="comment",
                 note="the Lurah of Limba U Dua promises her family's votes for number 1", lg="gor"))
    lurah = fb.user("o_lurah")
    p = fb.post(wita(2024, 10, 20, 16, 0),
                f"Kampanye dialogis di Kelurahan Limba U Dua bersama ibu-ibu majelis taklim dan {lurah['name']}",
                page, N("neg_candidate_own"),
                photo={"description": "Hamzah Pakaya bersama ibu-ibu majelis taklim; seorang ibu berseragam ASN ikut "
                                      "berfoto mengacungkan satu jari"},
                tags=[(lurah, R("identity_uncertain", "tagged by the candidate page in a campaign photo whose description "
                                                      "shows a woman in ASN uniform raising one finger: is it the lurah, "
                                                      "and did she pose?", actor="o_lurah", cand="gtl-1",
                                by_actor=True))])
    fb.react(p, fb.user("o_camat"), V("o_camat", "interact", "gtl-1", "like",
                                      note="the camat likes the candidate's campaign photo"))
    p = fb.post(wita(2024, 11, 24, 9, 0), "Masa tenang, torang jaga Gorontalo tetap damai 🙏", page,
                N("neg_candidate_own", lg="gor"))
    fb.comment(p, wita(2024, 11, 24, 9, 33),
               "Aamiin. Camat Kota Tengah ingatkan ASN tetap netral sampai penghitungan suara selesai.",
               fb.user("o_camat"), N("neg_neutrality_reminder"))
    fb.dump()

    # ---- F6: a DPR candidate's page (Jambi), Pemilu 2024 -----------------------------------------------------------
    pid = "100069420001001"
    fb = Fb(c, "facebook/graph_feed_page_marzuki.dprjambi.json", pid)
    page = {"name": "Marzuki Hasibuan", "id": pid}
    p = fb.post(wib(2023, 10, 15, 20, 0), "Mohon doa restu, Insya Allah maju DPR RI Dapil Jambi dari PAN.", page,
                N("neg_candidate_own"))
    fb.comment(p, wib(2023, 10, 15, 20, 21), "Aamiin bang, kami keluarga besar di Pasar Jambi dukung penuh! 💪",
               fb.user("j_guru1"),
               V("j_guru1", "post", "dpr-jambi-marzuki", "pre_designation", action="comment",
                 note="support before the DCT (3 Nov 2023): SKB-E codes"))
    fb.comment(p, wib(2023, 10, 15, 20, 40), "Maju terus bang", fb_person("Syaiful Anwar Jambi"), N())
    p = fb.post(wib(2023, 12, 10, 17, 0),
                "Silaturahmi dengan nelayan Kuala Tungkal. Coblos PAN nomor 12, Marzuki nomor 3!", page,
                N("neg_candidate_own"))
    fb.comment(p, wib(2023, 12, 10, 17, 32), "Nomor 3 tu nomor antrian sayo di bengkel tadi pagi bang 😂",
               fb.user("j_dishub"), N("neg_joke", "a joke about a queue number on the candidate's page", lg="jmb"))
    fb.react(p, fb.user("j_camat"), V("j_camat", "interact", "dpr-jambi-marzuki", "like",
                                      note="the camat likes the DPR candidate's campaign post"))
    fb.comment(p, wib(2023, 12, 10, 17, 55), "Bang, kapan ke Tanjab Timur?", fb_person("Nelayan Mendahara"), N())
    p = fb.post(wib(2024, 2, 11, 9, 0), "Masa tenang. Terima kasih atas dukungan semua, sampai jumpa di TPS.", page,
                N("neg_candidate_own"))
    fb.comment(p, wib(2024, 2, 11, 9, 27), "Samo-samo bang. Jangan lupo kami guru PPPK nunggu janji 😁",
               fb.user("j_guru2"),
               R("intent_uncertain", "a PPPK teacher answers 'you're welcome' to thanks for support and reminds of a "
                                     "promise: implies he supported, says nothing explicit", actor="j_guru2",
                 cand="dpr-jambi-marzuki", lg="jmb"))
    fb.dump()

    # ---- F7: Distrik Manokwari Barat, an institutional page (WIT) --------------------------------------------------
    inst = inst_fb(c, "mkw_distrik")
    fb = Fb(c, "facebook/graph_feed_page_distrik.manokwaribarat.json", inst["id"])
    fb.post(wit(2024, 2, 5, 8, 0),
            "Selamat merayakan HUT ke-169 Pekabaran Injil di Tanah Papua. Manokwari Kota Injil, damai di hati 🙏", inst,
            N("neg_word_collision", "'Manokwari Kota Injil' is the town's nickname and, later, the mkw-1 slogan"))
    fb.post(wit(2024, 9, 30, 9, 0), "Distrik Manokwari Barat laksanakan pelayanan adminduk keliling di Kelurahan Wosi.",
            inst, N("neg_everyday_inst"))
    p = fb.post(wit(2024, 10, 10, 10, 0),
                "Kepala Distrik bersama Paslon nomor 2 Bapak Yan Piet Mansoben dan Bapak Abdul Rahman Saiba meninjau "
                "Pasar Wosi. Satu Hati Manokwari! ✌️", inst,
                V("inst:mkw_distrik", "inst", "mkw-2", "institutional_account",
                  note="the distrik page reports a campaign-style market visit with the pair's slogan and V-sign"))
    fb.comment(p, wit(2024, 10, 10, 10, 25), "Puji Tuhan, Bapa Yan dong su datang, mama-mama pasar senang skali 🙏",
               fb.user("m_staf1"),
               R("intent_uncertain", "a PPPK clerk is glad the candidate came to the market, under the office's "
                                     "campaign post: warmth or support?", actor="m_staf1", cand="mkw-2", lg="pmy"))
    fb.comment(p, wit(2024, 10, 10, 10, 47), "Akun distrik kok kampanye? Ini akun pemerintah to",
               fb_person("Yulianus Mandacan"), N(lg="pmy"))
    fb.post(wit(2024, 10, 11, 8, 0),
            "Mohon maaf, admin keliru unggah. Distrik Manokwari Barat melayani semua warga tanpa membedakan pilihan.",
            inst, N("neg_withdrawn"))
    p = fb.post(wit(2024, 11, 24, 8, 0),
                "Imbauan: masa tenang 24–26 November, APK wajib diturunkan. Laporkan pelanggaran ke Panwaslu Distrik.",
                inst, N("neg_election_body"))
    fb.comment(p, wit(2024, 11, 24, 8, 30),
               "Siap, kam juga jaga bae-bae. Sa tra ikut-ikut kampanye, biar Mama Yohana itu sa pu tanta juga 😅",
               fb.user("m_staf2"), N("neg_negation", "the clerk, a nephew of the running mate, says he stays out",
                                     lg="pmy"))
    fb.dump()


# =============================================================================================
# CrowdTangle
# =============================================================================================
def crowdtangle(ctx):
    c = ctx
    pages = {
        "kebuntebeng": ("Kelurahan Kebun Tebeng", "kel.kebuntebeng", c.inst["bkl_kel"]["handle"], "GOVERNMENT_ORGANIZATION",
                        "Akun resmi Kelurahan Kebun Tebeng, Kecamatan Ratu Agung, Kota Bengkulu", "2019-03-11 08:12:40", 2310),
        "telanaipura": ("Kecamatan Telanaipura", "kec.telanaipura", c.inst["jmb_kec"]["handle"], "GOVERNMENT_ORGANIZATION",
                        "Kantor Camat Telanaipura Kota Jambi", "2017-06-02 10:01:11", 5120),
        "helmidedy": ("Helmi - Dedy", "helmidedy.bkl", c.cands["bkl-1"].handle("facebook"), "POLITICIAN",
                      "Halaman resmi Helmi Zulkarnain - Dedy Ermansyah", "2024-05-20 19:00:00", 18400),
        "bundaros": ("Bunda Ros", "bundaros.bengkulu", c.cands["bkl-2"].handle("facebook"), "POLITICIAN",
                     "Rosmala Dewi - Ahmad Kanedi Putra, Bengkulu Bersih", "2023-12-01 09:30:00", 22700),
        "ahonrini": ("Ahon - Rini", "ahonrini.pgk", c.cands["pgk-2"].handle("facebook"), "POLITICIAN",
                     "Suhardi Tjong - Rini Amelia", "2024-04-14 16:00:00", 9800),
        "infoplg": ("Info Palembang Terkini", "infopalembangterkini", "100064990812345", "MEDIA_NEWS_COMPANY",
                    "Berita dan info seputar Kota Palembang", "2015-08-09 07:00:00", 318000),
        "irwansyah": ("Irwansyah Guru Kreatif", "irwansyah.gurukreatif", c.acct("b_guru1", "facebook"), "EDUCATION",
                      "Guru SMP Negeri 2 Kota Bengkulu. Belajar itu menyenangkan", "2020-07-17 13:40:00", 4100),
    }
    ct = Ct(c, "crowdtangle/historical_data_2024-01-01_2024-12-31_bawaslu_jambi_sumsel_bengkulu_babel.csv", WIB, pages)
    ct.row("kebuntebeng", wib(2024, 1, 20, 11, 0), "Photo",
           "Kunjungan Ibu Salma Yuliantina, calon DPD RI nomor 27, di Kebun Tebeng. Terima kasih atas bantuan bibit "
           "cabai untuk KWT kami!",
           V("inst:bkl_kel", "inst", "dpd-bengkulu-salma", "institutional_account",
             note="the kelurahan page thanks a DPD candidate, naming her ballot number, during the Pemilu campaign"),
           image_text="SALMA DPD 27")
    ct.row("kebuntebeng", wib(2024, 10, 2, 13, 20), "Photo",
           "Bunda Ros mengunjungi Posyandu Kebun Tebeng, didampingi Lurah. Bengkulu Bersih dimulai dari lingkungan!",
           V("inst:bkl_kel", "inst", "bkl-2", "institutional_account",
             note="the kelurahan page publicises the bkl-2 candidate's visit with her slogan (the camat had asked for it)"),
           image_text="ROS-KANEDI NO. 2 BENGKULU BERSIH")
    ct.row("kebuntebeng", wib(2024, 10, 3, 9, 0), "Status",
           "Klarifikasi: unggahan kunjungan 2 Oktober bukan kegiatan kelurahan dan sudah kami hapus. Kelurahan netral.",
           N("neg_withdrawn"))
    ct.row("kebuntebeng", wib(2024, 10, 4, 8, 0), "Status",
           "Hasil rapat RT: jadwal pengangkutan sampah baru mulai Senin. Bengkulu bersih, tanggung jawab kita bersama.",
           N("neg_word_collision", "'Bengkulu bersih' is the bkl-2 slogan and an ordinary civic phrase"))
    ct.row("kebuntebeng", wib(2024, 11, 18, 9, 30), "Photo",
           "Sosialisasi KPU: simulasi pemungutan suara di TPS 03. Paslon 1 Helmi–Dedy dan Paslon 2 Ros–Kanedi tampil "
           "di surat suara contoh.", N("neg_election_body"), image_text="SURAT SUARA CONTOH - TIDAK UNTUK DICOBLOS")
    ct.row("telanaipura", wib(2024, 9, 24, 16, 0), "Photo",
           "Camat dan jajaran hadir pada Deklarasi Kampanye Damai Pilkada Kota Jambi yang diselenggarakan KPU. Ketiga "
           "paslon berkomitmen menjaga Jambi kondusif.", N("neg_election_body", "an election-body event, all three pairs"),
           image_text="DEKLARASI KAMPANYE DAMAI PILKADA KOTA JAMBI 2024")
    ct.row("telanaipura", wib(2024, 9, 27, 10, 0), "Link",
           "Bawaslu Kota Jambi ingatkan ASN tidak like dan share konten paslon. Simak selengkapnya.",
           N("neg_news"), link="https://jambi-terkini.example/bawaslu-ingatkan-asn", link_text="Bawaslu ingatkan ASN netral")
    ct.row("telanaipura", wib(2024, 10, 21, 14, 0), "Photo",
           "Rapat koordinasi pengamanan kampanye bersama Polsek dan Panwascam Telanaipura.", N("neg_official_duty"))
    ct.row("telanaipura", wib(2024, 11, 25, 7, 30), "Photo",
           "Masa tenang: Satpol PP dan Panwascam menertibkan APK di Simpang IV Sipin.", N("neg_election_body"),
           image_text="PENERTIBAN APK")
    ct.row("helmidedy", wib(2024, 10, 6, 20, 0), "Native Video", "Kampanye akbar Helmi–Dedy di Pantai Panjang. Semarak "
           "Bengkulu, nomor 1! #HelmiDedy", N("neg_candidate_own"))
    ct.row("helmidedy", wib(2024, 11, 3, 9, 0), "Photo",
           "Terima kasih Pak Irwansyah dan kawan-kawan yang meramaikan Pantai Panjang kemarin! Semarak Bengkulu 🔥",
           N("neg_candidate_own", "the candidate's page names the teacher; his own post is labelled"))
    ct.row("bundaros", wib(2024, 10, 12, 15, 0), "Photo",
           "Terima kasih guru-guru yang hadir di silaturahmi pendidikan 🙏", N("neg_candidate_own",
                                                                               "the candidate's post mentions teachers; no one named"),
           image_text="BUNDA ROS BERSAMA GURU SD NEGERI 62")
    ct.row("irwansyah", wib(2024, 10, 13, 10, 0), "Photo",
           "Belajar di luar kelas: siswa SMP 2 praktik membuat kompos. Bengkulu semarak dengan karya anak! 🌱",
           N("neg_word_collision", "'semarak' is in the bkl-1 slogan"))
    ct.row("irwansyah", wib(2024, 11, 2, 17, 30), "Photo",
           "Ikut meramaikan kampanye Helmi–Dedy di Pantai Panjang, Semarak Bengkulu nomor 1!",
           V("b_guru1", "attend", "bkl-1", "attend_campaign",
             note="the teacher's own page: he attended the rally and calls for number 1"),
           image_text="HELMI DEDY 1 SEMARAK BENGKULU")
    ct.row("ahonrini", wib(2024, 9, 20, 19, 0), "Status", "Terima kasih relawan, berkas pencalonan sudah lengkap!",
           N("neg_candidate_own"))
    ct.row("ahonrini", wib(2024, 10, 30, 16, 0), "Photo", "Kampanye di Pasar Pagi Pangkalpinang. Kota Beribu Senyum "
           "untuk semua! #AhonRini", N("neg_candidate_own"))
    ct.row("infoplg", wib(2024, 10, 15, 12, 0), "Link",
           "Viral, oknum guru SMA di Palembang joget pakai kaos paslon gubernur. Bawaslu turun tangan.",
           N("neg_news", "news about an unnamed teacher"), link="https://infoplg.example/oknum-guru-joget")
    ct.row("infoplg", wib(2024, 11, 9, 20, 0), "Photo", "Jembatan Ampera dihiasi lampu merah putih sambut Hari Pahlawan 🇮🇩",
           N("neg_word_collision", "'Ampera' is the plg-2 nickname"))
    ct.row("infoplg", wib(2024, 11, 27, 18, 0), "Link", "Hitung cepat internal: partisipasi pemilih di Palembang capai 68 %.",
           N("neg_news"), link="https://infoplg.example/partisipasi")
    ct.dump()

    pages = {
        "kotatengah": ("Kecamatan Kota Tengah", "kec.kotatengah", c.inst["gtl_kec"]["handle"], "GOVERNMENT_ORGANIZATION",
                       "Kantor Camat Kota Tengah, Kota Gorontalo", "2018-02-20 09:00:00", 3400),
        "wolio": ("Kecamatan Wolio", "kec.wolio.baubau", c.inst["bau_kec"]["handle"], "GOVERNMENT_ORGANIZATION",
                  "Kecamatan Wolio Kota Baubau", "2019-09-09 10:10:10", 2800),
        "arfan": ("Arfan - Nurjannah", "arfannurjannah", c.cands["palu-1"].handle("facebook"), "POLITICIAN",
                  "Drs. Arfan Lamarauna - Sitti Nurjannah Maliu, Palu Bangkit Kuat", "2024-03-03 12:00:00", 15300),
        "zainal": ("Zainal - Haeba", "zainalhaeba", c.cands["bau-1"].handle("facebook"), "POLITICIAN",
                   "La Ode Muhammad Zainal - Wa Ode Nurhaeba", "2024-05-05 08:00:00", 7600),
        "mappi": ("Om Mappi", "ommappi.sulteng", c.cands["sulteng-1"].handle("facebook"), "POLITICIAN",
                  "Andi Mappiasse Lamakarate - Sofyan Lasahido", "2023-11-11 11:00:00", 41200),
        "anoa": ("Kabar Anoa Kendari", "kabaranoa", "100064990876543", "MEDIA_NEWS_COMPANY",
                 "Kabar terkini dari Kendari dan Sulawesi Tenggara", "2016-01-15 06:00:00", 127000),
        "paluhealth": ("Palu Sehat Komunitas", "palusehat", "100064990811223", "COMMUNITY",
                       "Komunitas senam dan gaya hidup sehat Kota Palu", "2019-05-01 17:00:00", 8900),
    }
    ct = Ct(c, "crowdtangle/historical_data_2024-03-01_2024-12-31_bawaslu_sulteng_gorontalo_sultra.csv", WITA, pages)
    ct.row("kotatengah", wita(2024, 4, 7, 21, 0), "Photo",
           "Malam Tumbilotohe di Kota Tengah, lampu botol menyala di setiap lorong. Tumbilotohe bersinar! ✨",
           N("neg_word_collision", "the lamp festival, months before the gtl-2 slogan existed"))
    ct.row("kotatengah", wita(2024, 9, 12, 15, 0), "Photo",
           "Camat Kota Tengah menerima silaturahmi bakal calon Walikota Dr. Ismail Lamato Biki. Tumbilotohe Bersinar!",
           V("inst:gtl_kec", "inst", "gtl-2", "institutional_account",
             note="the kecamatan page publicises the bakal calon's visit with his slogan (12 Sep, before designation)"),
           image_text="ISMAIL - NURAIN TUMBILOTOHE BERSINAR")
    ct.row("kotatengah", wita(2024, 10, 18, 16, 0), "Photo",
           "Camat Kota Tengah bersama Panwascam memantau kampanye dialogis di Limba U Dua agar tertib dan sesuai jadwal.",
           N("neg_official_duty", "supervising a campaign event"))
    ct.row("kotatengah", wita(2024, 11, 1, 8, 0), "Status",
           "Pemberitahuan: pelayanan kantor camat libur 27 November, hari pemungutan suara.", N("neg_official_duty"))
    ct.row("wolio", wita(2024, 10, 9, 10, 0), "Photo",
           "Lomba kebersihan antar kelurahan: Batulo juara 1! Pobinci-binciki kuli, saling menjaga 🙏",
           N("neg_word_collision", "the Buton saying is the bau-2 slogan"))
    ct.row("wolio", wita(2024, 10, 25, 14, 0), "Video",
           "Sosialisasi pemilih pemula bersama KPU Kota Baubau: kenali paslon 1 dan 2, cek visi misinya.",
           N("neg_election_body"))
    ct.row("wolio", wita(2024, 11, 10, 17, 0), "Photo",
           "Selamat datang Bapak La Ode Muhammad Zainal di Kecamatan Wolio, terima kasih sembako untuk warga. "
           "Baubau Semerbak! 🌸",
           V("inst:bau_kec", "inst", "bau-1", "institutional_account",
             note="the kecamatan page welcomes the bau-1 candidate's handout with his slogan"),
           image_text="ZAINAL HAEBA NOMOR 1")
    ct.row("arfan", wita(2024, 10, 14, 16, 0), "Photo", "Kampanye dialogis di Palu Barat. Palu Bangkit Kuat!",
           N("neg_candidate_own"))
    ct.row("zainal", wita(2024, 10, 30, 20, 0), "Photo", "Baubau Semerbak bersama nomor 1 🌸", N("neg_candidate_own"))
    ct.row("anoa", wita(2024, 10, 22, 11, 0), "Link",
           "Camat Kadia dilaporkan ke Bawaslu, diduga arahkan ketua RT dukung paslon", N("neg_news"),
           link="https://kabaranoa.example/camat-kadia-dilaporkan")
    ct.row("anoa", wita(2024, 11, 3, 19, 0), "Photo", "Festival Molulo massal di Kendari, ribuan warga menari lulo 💃",
           N("neg_word_collision", "'lulo' is in the kdi-1 slogan"))
    ct.row("anoa", wita(2024, 11, 27, 9, 0), "Photo", "TPS 12 Kadia masih sepi pemilih pagi ini", N("neg_news"))
    ct.row("mappi", wita(2024, 9, 29, 19, 0), "Native Video", "Nosarara nosabatutu, kita semua basudara. #MappiSofyan",
           N("neg_candidate_own", lg="kli"))
    ct.row("mappi", wita(2024, 11, 20, 22, 0), "Status", "Debat terakhir: terima kasih Bu Rahma atas adu gagasan yang "
           "sehat 🤝", N("neg_candidate_own"))
    ct.row("paluhealth", wita(2024, 9, 28, 7, 0), "Status",
           "Nosarara Nosabatutu: enam tahun gempa Palu, mari mendoakan para korban 🤲",
           N("neg_word_collision", "the Palu motto is the sulteng-1 slogan"))
    ct.row("paluhealth", wita(2024, 10, 5, 7, 30), "Photo",
           "Senam sehat bersama di Taman GOR, instruktur Ni Wayan Sukerti 💪", N("neg_citizen", "a civil servant named in "
                                                                                  "a non-campaign community post"))
    ct.dump()


# =============================================================================================
# X API v2
# =============================================================================================
def x_files(ctx):
    c = ctx
    x = X(c, "x/twarc2_search_pilkada_sumsel_banten_sulteng_gorontalo_papuabarat.jsonl")
    for k, loc in (("j_dishub", "Jambi"), ("j_bpkad", "Jambi"), ("p_prov1", "Palembang"), ("p_prov2", "Palembang"),
                   ("s_prov1", "Serang, Banten"), ("s_prov2", "Serang"), ("u_prov1", "Palu"), ("u_prov2", "Palu"),
                   ("u_camat", "Palu, Sulawesi Tengah"), ("o_prov", "Gorontalo"), ("g_lurah", "Pangkalpinang"),
                   ("g_prov", "Bangka Belitung"), ("b_dinkes", "Bengkulu"), ("e_camat", "Kendari"),
                   ("e_prov", "Kendari"), ("m_prov", "Manokwari"), ("t_dishub", "Batam"), ("k_prov", "Palangka Raya")):
        x.user(c.acct(k, "x"), c.disp(k), "", loc)
    for h, n in (("FauzanRusdi01", "Fauzan - Rusdi"), ("NyimasCikUjang", "Nyimas - Cik Ujang"),
                 ("ArsyadSalwa1", "Arsyad - Salwa"), ("MulyadiZaki2", "Mulyadi - Zaki"),
                 ("RahmaYasin02", "Rahma - Yasin"), ("kominfo_sumsel", "Diskominfo Sumsel"),
                 ("kesbangpol_sultra", "Kesbangpol Sultra"), ("dishub_kotajambi", "Dishub Kota Jambi")):
        x.user(h, n, "Akun resmi", None)
    for h, n, d in (("wargatlp", "Warga Telanaipura", "Ngopi dan ngomel"), ("bungsu_plg", "Bungsu", "wong plembang"),
                    ("teteh_pdg", "Teteh Pandeglang", "ibu rumah tangga"), ("ernawati_smp7", "Ernawati Siregar",
                                                                               "Ibu rumah tangga | Jambi"),
                    ("hendri_saputra_jmb", "Hendri Saputra", "Wiraswasta | Kota Jambi"),
                    ("kaka_mkw", "Kaka Manokwari", "anak Arfak"), ("nona_palu", "Nona Palu", ""),
                    ("posko_datukridwan", "Posko Datuk Ridwan", "Relawan Jambi Tuntas")):
        x.user(h, n, d, None)
    t1 = x.tweet("FauzanRusdi01", wib(2024, 10, 2, 10, 0),
                 "Sumsel Melaju! Hari ini di Lubuklinggau, terima kasih sambutan luar biasanya. #SumselMelaju",
                 N("neg_candidate_own"))
    x.tweet("herusantoso_kebun", wib(2024, 10, 2, 10, 41), "RT @FauzanRusdi01: " + t1["text"],
            V("p_prov1", "post", "sumsel-1", "share", action="share", note="a Disbun head retweets the sumsel-1 pair"),
            ref=("retweeted", t1))
    x.tweet("windalestari_", wib(2024, 10, 2, 12, 3),
            "Ini jadwal debat dari KPU Sumsel ya gaes: Paslon 1 Fauzan–Rusdi, 2 Nyimas–Cik Ujang, 3 Bonang–Laila. "
            "Nonton bareng yuk 📺", N("neg_election_body", "all three pairs, from KPU"))
    t2 = x.tweet("kominfo_sumsel", wib(2024, 10, 9, 13, 0),
                 "Nyimas–Cik Ujang paparkan program perkebunan rakyat, simak videonya! #NyimasCikUjang",
                 V("inst:sumsel_kominfo", "inst", "sumsel-2", "institutional_account",
                   note="the provincial Diskominfo account promotes one pair with its hashtag"))
    x.tweet("bungsu_plg", wib(2024, 10, 9, 13, 30),
            "@kominfo_sumsel akun dinas kok promosi paslon 2? Baru tau aku", N(), ref=("replied_to", t2),
            mentions=[("kominfo_sumsel", None)])
    x.tweet("kominfo_sumsel", wib(2024, 10, 10, 8, 0),
            "Mohon maaf, cuitan kami sebelumnya telah dihapus karena kekeliruan. Diskominfo Sumsel netral.",
            N("neg_withdrawn"))
    x.tweet("dishub_kotajambi", wib(2024, 10, 11, 15, 0),
            "Rekayasa lalu lintas: kampanye akbar paslon di Lapangan Kantor Gubernur Minggu 13/10. Hindari Jl. Ahmad "
            "Yani pukul 07–12.", N("neg_official_duty", "traffic notice for a rally; no pair named"))
    t8 = x.tweet("NyimasCikUjang", wib(2024, 10, 3, 20, 0),
                 "Terima kasih @windalestari_ dan kawan-kawan atas dukungan teknis live streaming kemarin 🙏 "
                 "#NyimasCikUjang", N("neg_candidate_own"),
                 mentions=[("windalestari_", A("p_prov2", "mentioned", "the pair thanks the Diskominfo officer by handle"))])
    x.tweet("windalestari_", wib(2024, 10, 3, 20, 30),
            "@NyimasCikUjang Mohon maaf, saya tidak pernah membantu tim paslon manapun. Mohon dikoreksi 🙏",
            N("neg_negation"), ref=("replied_to", t8), mentions=[("NyimasCikUjang", None)])
    x.tweet("tarmizi_jbi", wib(2024, 10, 12, 17, 25),
            "Macet parah di Simpang Rimbo, antrian nomor 2 di SPBU dak gerak-gerak 😩",
            N("neg_number_no_context", lg="jmb"))
    t9 = x.tweet("posko_datukridwan", wib(2024, 10, 13, 10, 0),
                 "Ayo ASN Jambi dukung Datuk Ridwan! @tarmizi_jbi @rinamarlinda_ #RidwanNurlela", N(),
                 mentions=[("tarmizi_jbi", A("j_dishub", "mentioned", "a posko account calls on two named ASN")),
                           ("rinamarlinda_", A("j_bpkad", "mentioned"))])
    x.tweet("rinamarlinda_", wib(2024, 10, 13, 10, 30),
            "@posko_datukridwan Tolong jangan mention sayo di postingan paslon, sayo ASN 🙏",
            N("neg_untag_request", lg="jmb"), ref=("replied_to", t9), mentions=[("posko_datukridwan", None)])
    x.tweet("rinamarlinda_", wib(2024, 10, 14, 8, 10),
            "Kawan2 ASN, ingat yo: like dan RT akun paslon tu termasuk pelanggaran. SKB 5 lembaga No. 2/2022. "
            "Jangan sampe tunjangan dipotong 😬", N("neg_quote_rule", lg="jmb"))
    t3 = x.tweet("wargatlp", wib(2024, 10, 14, 9, 2),
                 "@rinamarlinda_ kak ini kan akun ASN, kok kemaren ikut RT Datuk Ridwan?", N(),
                 mentions=[("rinamarlinda_", None)])
    x.tweet("rinamarlinda_", wib(2024, 10, 14, 9, 40),
            "@wargatlp Salah orang kak, itu akun lain. Sayo dak pernah RT siapo-siapo, cek bae 🙏",
            N("neg_negation", lg="jmb"), ref=("replied_to", t3), mentions=[("wargatlp", None)])
    x.tweet("ernawati_smp7", wib(2024, 10, 15, 21, 0), "Fikri–Wulan nomor 2, Jambi Seiyo Sekato! ✌️ #FikriWulan",
            R("bio_conflict", "display name matches the registry's SMP 7 teacher, but the account is not in the "
                              "registry and the bio says housewife", cand="jmb-2"))
    x.tweet("hendri_saputra_jmb", wib(2024, 10, 16, 20, 30), "Pilih Bang Fikri lah, nomor 2 paling masuk akal",
            R("bio_conflict", "same name as the registry's PPPK teacher; unregistered account, bio says entrepreneur",
              cand="jmb-2"))
    x.tweet("wayansukerti", wita(2024, 9, 22, 0, 30),
            "Om Mappi dan Pak Sofyan hari ini ditetapkan KPU, semoga lancar terus sampai menang 🙏🔥 #MappiSofyan",
            V("u_prov2", "post", "sulteng-1", "pre_designation",
              note="posted 22 Sep 00:30 WITA, which is 21 Sep 23:30 WIB: still a bakal calon (SKB-E codes)"))
    x.new_page()
    t4 = x.tweet("ArsyadSalwa1", wib(2024, 10, 16, 19, 0), "Banten Juara! Terima kasih warga Pandeglang 🙏 #BantenJuara",
                 N("neg_candidate_own"))
    x.tweet("rizalmaul_", wib(2024, 10, 16, 19, 32), "@ArsyadSalwa1 Juara pisan Abah! Nomer hiji pokona 🔥",
            V("s_prov2", "post", "banten-1", "comment_support", action="comment",
              note="a Diskominfo Banten PR officer replies 'number one' to the pair", lg="sub"),
            ref=("replied_to", t4), mentions=[("ArsyadSalwa1", None)])
    t5 = x.tweet("eko_pn", wib(2024, 10, 17, 7, 45),
                 "Staf humas, mohon tidak membalas akun paslon manapun dari akun pribadi. Kita pelayan publik. "
                 "Terima kasih.", N("neg_neutrality_reminder", "the superior reminds his staff"))
    x.tweet("rizalmaul_", wib(2024, 10, 17, 8, 2), "@eko_pn Siap pak, mohon maaf. Sudah saya hapus 🙏",
            N("neg_withdrawn", "'siap' to a neutrality reminder, not to a campaign instruction"),
            ref=("replied_to", t5), mentions=[("eko_pn", None)])
    x.tweet("eko_pn", wib(2024, 10, 18, 20, 15),
            "Selamat tim futsal putri SMAN 1 Pandeglang, juara 1 Popda Banten! Banten juara 🏆",
            N("neg_word_collision", "'Banten juara' about a school futsal title"))
    t6 = x.tweet("MulyadiZaki2", wib(2024, 10, 20, 10, 0), "Ngahiji Banten! Nomor 2 untuk Banten yang bersatu.",
                 N("neg_candidate_own"))
    x.tweet("teteh_pdg", wib(2024, 10, 20, 11, 15), "Ngahiji Banten? kemaren aja pejabat dinas ikut kampanye, ngahiji "
            "naon 🙄", N(lg="sub"), ref=("quoted", t6))
    t7 = x.tweet("RahmaYasin02", wita(2024, 10, 22, 16, 0), "Palu, terima kasih! Bu Rahma–Om Yasin nomor 2. "
                 "#SultengMajuBersatu", N("neg_candidate_own"))
    x.tweet("asrul_mapata", wita(2024, 10, 22, 16, 44), "RT @RahmaYasin02: " + t7["text"],
            V("u_prov1", "post", "sulteng-2", "share", action="share", note="a Bina Marga section head retweets"),
            ref=("retweeted", t7))
    x.tweet("syamsul_lps", wita(2024, 10, 23, 7, 30), "Pak @asrul_mapata hati-hati ba RT, torang ASN. Netral bela 🙏",
            N("neg_neutrality_reminder", lg="kli"), mentions=[("asrul_mapata", None)])
    x.tweet("syamsul_lps", wita(2024, 10, 25, 18, 10), "Rahma, anak tetangga sa, juara MTQ tingkat kota. Bangga! 🏅",
            N("neg_word_collision", "'Rahma' is a neighbour's child, not Bu Rahma", lg="kli"))
    x.tweet("nona_palu", wita(2024, 10, 26, 9, 0), "Nomor 2 di antrean puskesmas tadi pagi lama skali 😮‍💨", N(lg="kli"))
    x.new_page()
    x.tweet("yusran_lamato", wita(2024, 10, 28, 20, 0),
            "Tumbilotohe masih lama, tapi semangat Ismail–Nurain sudah bersinar! Nomor 2 👊 #IsmailNurain",
            V("o_prov", "post", "gtl-2", "support_post", note="a provincial fisheries head backs number 2"))
    x.tweet("rudyhartono_bcg", wib(2024, 10, 29, 7, 20), "Pagi nih Bacang 😁",
            V("g_lurah", "gesture", "pgk-2", "gesture",
              note="the photo's alt text: the lurah in an Ahon–Rini shirt making a two-finger sign at the office"),
            alt="Lurah berpose dengan kaos bergambar Ahon-Rini dan jari membentuk angka dua di depan Kantor Lurah Bacang")
    x.tweet("bambang_esdm", wib(2024, 10, 30, 9, 0), "Serumpun Sebalai, jaga lingkungan bekas tambang timah kita bersama 🌳",
            N("neg_word_collision", "the Babel motto is the pgk-1 slogan"))
    x.tweet("hendra_epid", wib(2024, 10, 31, 10, 15), "Imunisasi kejar hari ini, ayo lengkapi 2 dosis 💉",
            N("neg_gesture_no_context"),
            alt="Petugas puskesmas mengacungkan dua jari sebagai tanda dua dosis vaksin")
    x.tweet("alimuddin_kadia", wita(2024, 11, 1, 9, 0),
            "Tidak benar saya mengarahkan ketua RT. Saya sudah memberi klarifikasi ke Bawaslu. Camat netral.",
            N("neg_negation", "the camat denies; his earlier comment is labelled in the patrol file"))
    x.tweet("harmin_ramba", wita(2024, 11, 5, 14, 0),
            "Laporan dugaan ketidaknetralan ASN dapat disampaikan ke Bawaslu paling lambat 7 hari sejak diketahui.",
            N("neg_election_body"))
    x.tweet("kesbangpol_sultra", wita(2024, 11, 6, 10, 0),
            "Pengumuman KPU: debat kedua Paslon Walikota Kendari, Tamrin–Hasna dan Husna–Sahrul, Kamis 7 November.",
            N("neg_election_body"))
    x.tweet("elieser_msen", wit(2024, 9, 22, 6, 30), "Pagi ini KPU tetapkan Bapa Markus, sa siap kawal sampe menang! 💪",
            V("m_prov", "post", "mkw-1", "support_post",
              note="22 Sep 06:30 WIT is 21 Sep 21:30 UTC but 22 Sep in WIB: a calon (SKB-D codes)", lg="pmy"))
    x.tweet("elieser_msen", wit(2024, 11, 8, 19, 0),
            "Sa dukung Bapa Markus–Mama Yohana, Manokwari Kota Injil harus dipimpin anak adat! 1️⃣ #MarkusYohana",
            V("m_prov", "post", "mkw-1", "support_post", note="a provincial PU head", lg="pmy"))
    x.tweet("elieser_msen", wit(2024, 11, 9, 18, 30), "Bapa Yan itu janji terus, jalan Amban masih rusak. Jang pilih "
            "nomor 2 lagi!", V("m_prov", "negative", "mkw-2", "negative_campaign",
                                 note="attacks the rival pair by name and number", lg="pmy"))
    x.tweet("kaka_mkw", wit(2024, 11, 9, 19, 0), "Kam PNS provinsi ka? Hati-hati e @elieser_msen", N(lg="pmy"),
            mentions=[("elieser_msen", None)])
    x.tweet("andi_purnomo_btm", wib(2024, 11, 12, 16, 0),
            "Gaspol!! Jalan Engku Putri dah mulus, tinggal marka. Mantap kawan-kawan Dishub 💪",
            N("neg_word_collision", "'Gaspol' is the btm-2 slogan word", lg="kpr"))
    x.tweet("fredy_bahen", wib(2024, 11, 14, 21, 0), "Huma Betang Bersatu! Dukung Norhalis–Evi, Palangka Raya maju 🙌",
            V("k_prov", "post", "pky-2", "support_post", note="a Bapperida head"))
    x.dump_twarc("(paslon OR pilkada OR nomor OR kampanye) lang:id -is:retweet OR is:retweet")

    # ---- timeline of a Palembang camat across the Pemilu -------------------------------------------------------------
    x = X(c, "x/users_tweets.json")
    u = x.user("rahmat_syarkowi", c.disp("p_camat"), "Camat Ilir Barat I | Kota Palembang", "Palembang")
    x.rel = f"x/users_{u['id']}_tweets.json"
    for h, n in (("BramGita2024", "Bram - Gita"), ("tantri_dpr", "Tantri Kusumawardani"), ("kpu_plg", "KPU Palembang")):
        x.user(h, n, "", None)
    x.tweet("rahmat_syarkowi", wib(2023, 10, 20, 9, 0),
            "Pendaftaran capres-cawapres dibuka KPU 19–25 Oktober. Pantau terus ya warga IB I.", N("neg_election_body"))
    t = x.orig("BramGita2024", wib(2023, 10, 25, 10, 0), "Resmi mendaftar ke KPU. Bersama Melangkah! #BramGita")
    x.tweet("rahmat_syarkowi", wib(2023, 10, 25, 11, 20), "RT @BramGita2024: Resmi mendaftar ke KPU. Bersama Melangkah! "
            "#BramGita", V("p_camat", "post", "pres-2", "pre_designation", action="share",
                           note="retweet of the pair's registration (25 Oct 2023): bakal calon, SKB-E codes"),
            ref=("retweeted", t))
    x.tweet("rahmat_syarkowi", wib(2023, 11, 8, 20, 0), "Pak Bram–Mbak Gita paling siap. Bersama Melangkah! 💪",
            V("p_camat", "post", "pres-2", "pre_designation",
              note="8 Nov 2023: after the DCT, before the presidential designation (13 Nov): E and D codes"))
    x.tweet("rahmat_syarkowi", wib(2023, 11, 14, 16, 0),
            "Nomor urut capres sudah diundi: 1 Haryo–Lukman, 2 Bram–Gita, 3 Rustam–Sari. Gunakan hak pilih 14 Februari.",
            N("neg_even_mention"))
    x.tweet("rahmat_syarkowi", wib(2023, 11, 20, 15, 30), "Sari kacang ijo di warung depan kantor camat juara! 😋",
            N("neg_word_collision", "'sari' (extract) is also the pres-3 running mate's name"))
    x.tweet("rahmat_syarkowi", wib(2023, 12, 5, 10, 0),
            "Rapat koordinasi dengan Panwascam Ilir Barat I soal pemasangan APK di jalan protokol.", N("neg_official_duty"))
    t = x.tweet("rahmat_syarkowi", wib(2023, 12, 28, 9, 30), "Seru jalan sehat pagi tadi 🏃",
                V("p_camat", "photo", "pres-2", "photo_with_candidate",
                  note="alt text: a photo with the pres-2 running mate in a 'Bersama Melangkah 02' shirt"),
                alt="Foto bersama Gita Pramesti Wardhani di acara jalan sehat, kaos bertuliskan 'Bersama Melangkah 02'")
    x.tweet("rahmat_syarkowi", wib(2024, 1, 10, 13, 0),
            "Foto itu acara jalan sehat umum, bukan kampanye. Tapi saya paham, sudah saya hapus. Terima kasih "
            "pengingatnya.", N("neg_withdrawn"), ref=("quoted", t))
    x.tweet("rahmat_syarkowi", wib(2024, 1, 20, 8, 0),
            "Mengingatkan seluruh staf kecamatan: SE Walikota tentang netralitas ASN wajib dipatuhi sampai penetapan "
            "hasil.", N("neg_neutrality_reminder"))
    x.tweet("rahmat_syarkowi", wib(2024, 2, 12, 16, 0),
            "Masa tenang, APK di wilayah Ilir Barat I sudah bersih. Terima kasih Satpol PP dan Panwascam.",
            N("neg_official_duty"))
    x.tweet("rahmat_syarkowi", wib(2024, 2, 14, 10, 30), "Sudah nyoblos 🗳️ Rahasia ya pilihannya 🤫",
            N("neg_gesture_no_context"), alt="Jari kelingking bertinta ungu")
    x.tweet("rahmat_syarkowi", wib(2024, 2, 20, 9, 0), "Terima kasih semua pihak, Pemilu di Ilir Barat I aman dan damai.",
            N("neg_official_duty"))
    x.dump_timeline()


# =============================================================================================
# Instagram Graph API
# =============================================================================================
def instagram(ctx):
    c = ctx
    # ---- IG1: the sumsel-2 pair's media with comments ---------------------------------------------------------------
    ig = Ig(c, "instagram/media_nyimas.cikujang.json")
    t = wib(2024, 9, 25, 19, 0)
    rep = [ig.comment(wib(2024, 9, 25, 20, 2), "@meliyana.guru bu guru kok kampanye 😳", "anakplg_99", N()),
           ig.comment(wib(2024, 9, 25, 20, 15), "@anakplg_99 aku cuma ngucap semangat kok, bukan kampanye 😅",
                      "meliyana.guru", N("neg_withdrawn", "her reply plays the comment down; the comment stays labelled"))]
    cms = [ig.comment(wib(2024, 9, 25, 19, 41), "Semangat Yuk Nyimas! Kami guru-guru SMA siap menangke 2️⃣✌️",
                      "meliyana.guru",
                      V("p_guru1", "post", "sumsel-2", "comment_support", action="comment",
                        note="an SMA teacher: 'we teachers are ready to win number 2'", lg="plm"), replies=rep),
           ig.comment(wib(2024, 9, 25, 19, 58), "Cantik nian Yuk 😍", "dr.fitrikemas",
                      R("intent_uncertain", "a hospital doctor compliments the candidate under her campaign post: no "
                                            "support said", actor="p_nakes", cand="sumsel-2", lg="plm")),
           ig.comment(wib(2024, 9, 25, 20, 31), "Jalan di Sukarami rusak yuk, tolong!", "wargasukarami", N())]
    ig.media(t, "Kampanye perdana di Benteng Kuto Besak. Wong Kito Sejahtera! Nomor 2 ✌️ #NyimasCikUjang",
             N("neg_candidate_own"), username="nyimas.cikujang", comments=cms)
    cms = [ig.comment(wib(2024, 10, 14, 12, 20),
                      "Min, lagu latarnya apa ya? Mau dipakai buat video kegiatan sekolah anak 😁", "winda.lestari.p",
                      N("neg_asn_neutral", "a Diskominfo officer asks about the background music")),
           ig.comment(wib(2024, 10, 14, 12, 44), "Cik Ujang mantap turun kebun!", "petanikaret_muba", N())]
    ig.media(wib(2024, 10, 14, 11, 0), "Cik Ujang turun ke kebun karet Musi Banyuasin 🌳", N("neg_candidate_own"),
             username="nyimas.cikujang", mtype="VIDEO", product="REELS", comments=cms)
    ig.media(wib(2024, 11, 22, 18, 0),
             "Terima kasih Sumsel, sampai jumpa di TPS. Terima kasih juga guru @meliyana.guru atas masukan soal pendidikan 🙏",
             N("neg_candidate_own"), username="nyimas.cikujang",
             mentions=[("meliyana.guru", A("p_guru1", "mentioned", "the candidate thanks the teacher by handle"))])
    ig.dump_media("nyimas.cikujang")

    # ---- IG2: the teacher who shares the Pandeglang running mate's name ----------------------------------------------
    ig = Ig(c, "instagram/business_discovery_euiskomariah.guru.json")
    ig.media(wib(2024, 9, 24, 15, 0), "Alhamdulillah, murid-murid SDN 1 Kadomas juara 1 lomba pidato se-Kecamatan. "
             "Bangga! 🏆", N("neg_everyday_asn"))
    cms = [ig.comment(wib(2024, 10, 7, 20, 30), "Hahaha teh Euis sabar nya, sok atuh ganti nama 😂", "nenden_pdg",
                      N(lg="sub")),
           ig.comment(wib(2024, 10, 7, 20, 48), "Tetep dukung teh Euis nomor 1 😂", "kang_odih", N())]
    ig.media(wib(2024, 10, 7, 20, 0),
             "Banyak yang salah kirim ucapan ke akun saya 😅 Saya Euis Komariah guru SD, bukan calon wakil bupati. "
             "Mohon jangan tag saya di postingan kampanye nya 🙏",
             N("neg_untag_request", "the namesake teacher asks not to be tagged"), comments=cms)
    ig.media(wib(2024, 10, 19, 13, 0), "Kunjungan Kabid Dikdas ke sekolah kami, hatur nuhun Pak 🙏",
             N("neg_everyday_asn", lg="sub"))
    ig.media(wib(2024, 11, 4, 17, 0),
             "Bareng Teh Euis yang asli 😂 sama-sama Euis Komariah, beda nasib. Saya tetap netral ya!",
             R("photo_no_symbol", "a photo with the running mate who shares her name, no attributes, with a neutrality "
                                  "line: a joke or exposure, hard to call", actor="d_guru1", cand="pdg-1"))
    ig.media(wib(2024, 11, 27, 11, 0), "Sudah nyoblos, jari ungu ☝️ — ini jari telunjuk ya, bukan nomor 😂",
             N("neg_gesture_no_context"))
    ig.dump_discovery("euiskomariah.guru", "Euis Komariah", "Guru SD | Pandeglang | bukan calon wabup 😅", 1210,
                      "bawaslu.pandeglang.patroli")

    # ---- IG3: a Jambi teacher's own account ---------------------------------------------------------------------------
    ig = Ig(c, "instagram/business_discovery_ernawati.smp7jmb.json")
    ig.media(wib(2024, 8, 25, 22, 0), "Deklarasi Fikri–Wulan, rame nian! 📸 Bersama Bang Fikri",
             V("j_guru1", "photo", "jmb-2", "pre_designation",
               note="her photo with the bakal calon at the declaration (25 Aug): SKB-E5", lg="jmb"))
    ig.media(wib(2024, 9, 15, 14, 0), "Ulangan harian kelas 8, semangat anak-anak 💪", N("neg_everyday_asn"))
    ig.media(wib(2024, 10, 28, 9, 0), "Upacara Sumpah Pemuda 🇮🇩 di SMPN 7", N("neg_everyday_asn"))
    cms = [ig.comment(wib(2024, 11, 10, 21, 5), "Bu guru mantap 🔥", "siswa.smp7jmb", N()),
           ig.comment(wib(2024, 11, 10, 21, 30), "Bu Erna, hapus lah. Kito ASN. Sudah ado teguran dari BKPSDM",
                      "rizal.effendi.sipin", N("neg_neutrality_reminder", "a lurah warns her", lg="jmb"))]
    ig.media(wib(2024, 11, 10, 20, 40), "Kampanye akbar Seiyo Sekato, nomor 2 ✌️ kito menangke!",
             V("j_guru1", "gesture", "jmb-2", "support_post", note="a V-sign and a call to win number 2", lg="jmb"),
             mtype="CAROUSEL_ALBUM", comments=cms)
    ig.media(wib(2024, 11, 12, 7, 0), "Klarifikasi: postingan sebelumnya sudah saya arsipkan. Mohon maaf 🙏",
             N("neg_withdrawn"))
    ig.dump_discovery("ernawati.smp7jmb", "Ernawati Siregar", "Guru IPS | SMPN 7 Kota Jambi", 870,
                      "bawaslu.kotajambi.patroli")

    # ---- IG4: Dinas Pendidikan Kota Palu's account (WITA) -----------------------------------------------------------
    ig = Ig(c, "instagram/media_disdik.kotapalu.json")
    ig.media(wita(2024, 9, 30, 10, 0), "Rapat koordinasi kepala sekolah se-Kota Palu: netralitas ASN dalam Pilkada 2024.",
             N("neg_official_duty"), username="disdik.kotapalu",
             comments=[ig.comment(wita(2024, 9, 30, 10, 30), "Siap, kami netral 🙏", "rizky.pratama.smp9",
                                  N("neg_asn_neutral"))])
    cms = [ig.comment(wita(2024, 10, 16, 14, 20),
                      "Wah namaku disebut 😂 eh bukan, itu Bu Rahmawati calon gubernur. Saya Rahmawati guru SD 😅",
                      "sitti.rahmawati.sd", N("neg_namesake")),
           ig.comment(wita(2024, 10, 16, 14, 45), "Akun dinas kok promosi calon?", "ortu_murid_palu", N())]
    ig.media(wita(2024, 10, 16, 13, 0),
             "Terima kasih Ibu Rahmawati Lamasitudju atas kunjungan ke SD Negeri 5 Palu dan bantuan buku bacaan untuk "
             "siswa 📚 #SultengMajuBersatu",
             V("inst:palu_disdik", "inst", "sulteng-2", "institutional_account",
               note="the education office thanks the candidate and uses her slogan hashtag"),
             username="disdik.kotapalu", comments=cms)
    ig.media(wita(2024, 10, 17, 9, 0), "Ralat: unggahan sebelumnya telah dihapus karena tidak sesuai prinsip netralitas. "
             "Mohon maaf.", N("neg_withdrawn"), username="disdik.kotapalu")
    ig.media(wita(2024, 11, 11, 9, 0), "Hari Pahlawan: upacara di SMP Negeri 9 Palu 🇮🇩", N("neg_everyday_inst"),
             username="disdik.kotapalu",
             comments=[ig.comment(wita(2024, 11, 11, 9, 40), "Terima kasih dokumentasinya 🙏", "yohanis.tondei",
                                  N("neg_everyday_asn"))])
    ig.media(wita(2024, 11, 18, 10, 0), "Nosarara nosabatutu! Lomba cerdas cermat antar SD se-Kota Palu 🏆",
             N("neg_word_collision", "the Palu motto / sulteng-1 slogan in a school contest"), username="disdik.kotapalu")
    ig.dump_media("disdik.kotapalu")

    # ---- IG5: a Manokwari nurse's account (WIT) ------------------------------------------------------------------------
    ig = Ig(c, "instagram/business_discovery_selvi.rumbewas.json")
    ig.media(wit(2024, 10, 5, 23, 0), "Dinas malam di IGD, tetap semangat 💪", N("neg_everyday_asn"))
    ig.media(wit(2024, 10, 19, 13, 0), "Foto bareng Mama Yohana di acara ibadah syukur jemaat. Tuhan berkati 🙏",
             R("photo_no_symbol", "a photo with the mkw-1 running mate at a church thanksgiving, no campaign sign",
               actor="m_nakes", cand="mkw-1", lg="pmy"))
    ig.media(wit(2024, 11, 2, 20, 0),
             "Kaka dong tag sa di postingan kampanye, sa tra ikut e. Sa perawat, tugas layani semua orang 🙏",
             N("neg_untag_request", lg="pmy"))
    ig.media(wit(2024, 11, 16, 8, 0), "Satu hati untuk pasien-pasien kami ❤️ #SatuHati",
             N("neg_word_collision", "'satu hati' is in the mkw-2 slogan"))
    ig.media(wit(2024, 11, 23, 21, 0), "Besok su masa tenang, mari jaga Manokwari aman 🙏", N("neg_asn_neutral", lg="pmy"))
    ig.dump_discovery("selvi.rumbewas", "Selvi Rumbewas", "Perawat | Manokwari | Tuhan Yesus baik", 640,
                      "bawaslu.manokwari.patroli")


# =============================================================================================
# TikTok Research API
# =============================================================================================
def tiktok(ctx):
    c = ctx
    tt = Tt(c, "tiktok/research_video_query_sumsel_banten_kalteng_sulteng_gorontalo_2024.jsonl")
    tt.video("arif.pupr", wib(2024, 9, 22, 5, 30), "Hari ini KPU tetapkan Mang Halim! Gas terus nomor... eh belum "
             "diundi 😂 #HalimRatna",
             V("p_staf1", "post", "plg-1", "support_post",
               note="22 Sep 05:30 WIB is 21 Sep in UTC: in WIB it is designation day, so a calon (SKB-D codes)",
               lg="plm"))
    tt.video("arif.pupr", wib(2024, 10, 13, 21, 0), "Jembatan Ampera malam hari, cakep nian 🌉 #palembang #ampera",
             N("neg_word_collision", "'Ampera' is the plg-2 nickname", lg="plm"))
    tt.video("arif.pupr", wib(2024, 10, 20, 20, 0), "Disuruh bos share video paslon, yo sudah 🙃 #HalimRatna "
             "#PalembangLemakNian", V("p_staf1", "post", "plg-1", "staff_complied", action="share",
                                      note="a PPPK technician reposts the pair's video 'because the boss said so'",
                                      lg="plm"),
             voice="Palembang lemak nian, nomor satu, Halim Ratna")
    joget = tt.video("meliyana.guru", wib(2024, 10, 24, 16, 0),
                     "Joget jingle paslon nomor 2, enak nian lagunyo 💃 #NyimasCikUjang",
                     V("p_guru1", "post", "sumsel-2", "support_post", note="dances to the pair's jingle with its hashtag",
                       lg="plm"), voice="dua dua dua, Nyimas Cik Ujang, wong kito sejahtera")
    tt.video("neng.maesaroh", wib(2024, 10, 27, 19, 0), "POV: staf kecamatan pas ditanya pilih saha 🤐 netral atuh",
             N("neg_negation", lg="sub"))
    tt.video("relawanbantenjuara", wib(2024, 10, 28, 20, 0),
             "Tim konten kecamatan ge ngadukung Abah Arsyad! @neng.maesaroh #BantenJuara", N(lg="sub"),
             mentions=[("neng.maesaroh", A("s_staf2", "tagged", "a volunteers' account tags the clerk", lg="sub"))])
    tt.video("diskominfo.banten", wib(2024, 10, 29, 18, 0),
             "Saksikan debat publik Pilgub Banten: Paslon 1 Arsyad–Salwa dan Paslon 2 Mulyadi–Zaki, malam ini di kanal "
             "resmi KPU Banten.", N("neg_election_body"))
    kampanye = tt.video("diskominfo.banten", wib(2024, 11, 6, 17, 0),
                        "Cuplikan kampanye Abah Arsyad di Alun-alun Serang, Banten Juara! 🔥",
                        V("inst:banten_kominfo", "inst", "banten-1", "institutional_account",
                          note="the provincial Diskominfo account posts a rally clip with the slogan"),
                        voice="Banten juara, nomor satu, Abah Arsyad")
    tt.video("endang.sutisna", wib(2024, 11, 3, 15, 0),
             "Ngajar di SMPN 1 Pandeglang, hari ini praktik pencak silat. Satu jari ke atas = posisi siap! 🥋",
             N("neg_gesture_no_context", "one finger in a martial-arts lesson"))
    tt.video("endang.sutisna", wib(2024, 11, 15, 13, 0), "Kang Ujang bakso depan sekolah juara rasana 🍜 #pandeglang",
             N("neg_word_collision", "'Kang Ujang' the meatball seller, not the pdg-2 candidate", lg="sub"),
             voice="ieu bakso Kang Ujang, langganan barudak ti kelas tujuh")
    tt.new_page()
    tt.video("noor.hidayat.sd4", wib(2024, 10, 10, 20, 0),
             "Ulun kada ikut kampanye, tapi lagu jingle nomor 2 ni bagus banar 😂 #HumaBetangBersatu",
             R("intent_uncertain", "a PPPK teacher says he does not campaign but praises the pair's jingle with its "
                                   "hashtag", actor="k_guru2", cand="pky-2", lg="bjn"))
    tt.video("yosua.damkar", wib(2024, 10, 21, 16, 0), "Latihan pemadaman di Jalan Tjilik Riwut. Isen Mulang pantang "
             "mundur! 🚒", N("neg_word_collision", "the Kalteng motto in a fire drill"))
    tt.video("yosua.damkar", wib(2024, 11, 9, 21, 0),
             "Ikut kawal kampanye Bang Dehen di Bundaran Besar, pakai seragam dinas 😎 nomor 1 pasti!",
             V("k_damkar", "attend", "pky-1", "attend_campaign", add_codes=["PP94-N2"],
               note="a PPPK firefighter at the rally in uniform, calling for number 1"))
    tt.video("fadliah.ners", wita(2024, 10, 30, 14, 0),
             "Dinas pagi di RSUD Undata, antrean poli dari nomor 1 sampai 200 lebih 😮‍💨", N("neg_number_no_context"))
    tt.video("rahma.gurusd", wita(2024, 11, 4, 12, 0), "Bu Rahma eh Bu guru Rahma ngajar kelas 2 😂 #guru",
             N("neg_word_collision", "the teacher's own nickname is the candidate's alias", lg="kli"))
    tt.video("rahma.gurusd", wita(2024, 11, 20, 19, 0), "Nosarara nosabatutu.. tapi nomor 2 tetap di hati 🥰 #RahmaYasin",
             V("u_guru1", "post", "sulteng-2", "support_post", note="number 2 'in my heart' with the pair's hashtag",
               lg="kli"))
    tt.video("yuni.biki", wita(2024, 10, 12, 16, 0), "Wolo habari! Torang guru SD 64 latihan tari Dana-dana buat lomba 💃",
             N("neg_everyday_asn", lg="gor"))
    tt.video("yuni.biki", wita(2024, 11, 14, 19, 0),
             "Torang guru diminta kumpul KTP keluarga buat 'data bansos', tapi formulirnya dari posko paslon... sa "
             "tolak ☹️", N("neg_objection", "refuses an unnamed request; no pair named", lg="gor"))
    tt.video("ismail.nurain", wita(2024, 10, 29, 17, 0), "Terima kasih guru-guru SD 64 Kota Tengah! @yuni.biki "
             "#IsmailNurain", N("neg_candidate_own"),
             mentions=[("yuni.biki", A("o_guru2", "tagged", "the gtl-2 candidate tags a PPPK teacher in his video"))])
    tt.video("waode.hastuti", wita(2024, 10, 26, 17, 0), "Pobinci-binciki kuli, ajarkan anak menghargai sesama 🙏 #Buton",
             N("neg_word_collision", "the Buton saying is the bau-2 slogan", lg="wlo"))
    tt.video("andi.laiya", wita(2024, 10, 18, 21, 0), "Molulo bareng warga di hajatan tetangga 🕺 #lulo",
             N("neg_word_collision", lg="tlk"))
    tt.video("andi.laiya", wita(2024, 11, 6, 22, 0), "Lulo massal kampanye Tamrin–Hasna, torang DLH ikut pake rompi "
             "dinas 😎 #TamrinHasna",
             V("e_staf2", "attend", "kdi-1", "attend_campaign", add_codes=["PP94-N2", "PP94-N4"],
               note="a PPPK officer at the rally in the office vest", lg="tlk"))
    tt.video("okto.iwanggin", wit(2024, 11, 12, 18, 0),
             "Sa pu tanta Mama Yohana datang ke distrik, sa salam saja, tra ikut kampanye 🙏",
             N("neg_negation", lg="pmy"))
    tt.video("fauzi.sipin", wib(2024, 5, 6, 20, 0),
             "Ngumpulke KTP warga buat dukungan Cik Yusuf, yang belum ngasih japri yo 🙏 #YusufRina",
             V("j_staf2", "ktp", "jmb-3", "ktp_independent",
               note="a PPPK kelurahan clerk collects KTP copies for the independent bakal calon (May)", lg="jmb"))
    tt.video("fauzi.sipin", wib(2024, 10, 31, 22, 0), "Timnas menang! Satu jari buat gol pertamo ☝️⚽",
             N("neg_gesture_no_context", lg="jmb"))
    tt.dump()

    tt_comments(c, f"tiktok/research_video_comments_{joget['id']}.json", joget, [
        (wib(2024, 10, 24, 16, 30), "Bu guru kok joget lagu paslon 😳", N("neg_withheld_author"), None),
        (wib(2024, 10, 24, 16, 42), "Sayo murid ibu, ibu dak pernah suruh kami milih kok", N("neg_withheld_author",
                                                                                            lg="plm"), None),
        (wib(2024, 10, 24, 17, 5), "Mantap bu, 2 menang!", N("neg_withheld_author", "support by an unknown author"),
         None),
        (wib(2024, 10, 24, 17, 20), "Lapor @bawaslusumsel", N("neg_withheld_author"), None),
        (wib(2024, 10, 24, 18, 1), "Aku Sinta staf PUPR, ikut joget jugo kemarin di posko hihi",
         R("identity_uncertain", "an unnamed author claims to be 'Sinta, PUPR staff' and to have danced at the posko: "
                                 "the registry has a PPPK clerk Sinta Melati", cand="sumsel-2", lg="plm"), None),
        (wib(2024, 10, 24, 18, 30), "hapus kak, ASN bahaya", N("neg_withheld_author"), 4),
    ])
    tt_comments(c, f"tiktok/research_video_comments_{kampanye['id']}.json", kampanye, [
        (wib(2024, 11, 6, 17, 30), "Akun pemerintah jadi akun kampanye 🙄", N("neg_withheld_author"), None),
        (wib(2024, 11, 6, 17, 41), "Abah juara!", N("neg_withheld_author"), None),
        (wib(2024, 11, 6, 18, 2), "Ieu mah pelanggaran netralitas, baca SKB 5 lembaga", N("neg_withheld_author",
                                                                                         lg="sub"), None),
        (wib(2024, 11, 6, 18, 20), "Kula pegawe dinas, wis ora usah dibahas", N("neg_withheld_author", lg="jvs"), None),
        (wib(2024, 11, 6, 19, 0), "Sudah dihapus kayanya", N("neg_withheld_author"), 0),
    ])


# =============================================================================================
# YouTube Data API commentThreads
# =============================================================================================
def youtube(ctx):
    c = ctx
    ch = yt_channel("kpusulteng")
    yt = Yt(c, "youtube/commentThreads_debat_kedua_pilgub_sulteng_2024.json", K.b64id("debat2sulteng", 11), ch)
    cit = lambda n: yt_channel("cit" + n)  # noqa: E731
    top = yt.comment(wita(2024, 11, 2, 21, 10), "Om Mappi mantap jawabannya soal tambang", "Rahmat Palu",
                     cit("rahmat"), N())
    yt.thread(top, [yt.comment(wita(2024, 11, 2, 21, 18),
                               "Mantap apanya, Om Mappi itu yang kasih izin tambang rusak hutan. Jangan pilih nomor 1!",
                               c.disp("u_prov1"), c.acct("u_prov1", "youtube"),
                               V("u_prov1", "negative", "sulteng-1", "negative_campaign",
                                 note="a provincial officer attacks the sulteng-1 candidate by name and number"),
                               parent=top)])
    top = yt.comment(wita(2024, 11, 2, 21, 25), "Sebagai keluarga Lasahido, saya bangga Pak Sofyan bisa tampil tenang 👍",
                     c.disp("u_kabid"), c.acct("u_kabid", "youtube"),
                     R("intent_uncertain", "a Disdik field head is proud of the running mate, a relative: family pride "
                                           "or support?", actor="u_kabid", cand="sulteng-1"))
    yt.thread(top, [
        yt.comment(wita(2024, 11, 2, 21, 40), "Pak Arham kan pejabat dinas pendidikan, hati-hati komen", "Nona Tatura",
                   cit("nona"), N(), parent=top),
        yt.comment(wita(2024, 11, 2, 21, 52), "Betul, saya hanya komentar soal keluarga. Pilihan tetap rahasia 🙏",
                   c.disp("u_kabid"), c.acct("u_kabid", "youtube"), N("neg_negation"), parent=top)])
    yt.thread(yt.comment(wita(2024, 11, 2, 22, 0),
                         "Debat yang bagus, semua paslon punya program pendidikan. Semoga siapapun terpilih memperhatikan "
                         "guru honorer.", c.disp("u_kepsek1"), c.acct("u_kepsek1", "youtube"), N("neg_even_mention")))
    top = yt.comment(wita(2024, 11, 2, 22, 12), "Bu Rahma kurang siap 😴", "Andi Donggala", cit("andi"), N())
    yt.thread(top, [yt.comment(wita(2024, 11, 2, 22, 20), "Om Mappi juga baca teks terus", "Ifa Sigi", cit("ifa"), N(),
                               parent=top)])
    yt.thread(yt.comment(wita(2024, 11, 2, 22, 31), "Bu Rahma nomor 2 paling menguasai data. Sulteng Maju Bersatu! ✌️",
                         c.disp("u_prov1"), c.acct("u_prov1", "youtube"),
                         V("u_prov1", "post", "sulteng-2", "comment_support", action="comment",
                           note="a provincial Bina Marga section head under the debate video")))
    yt.thread(yt.comment(wita(2024, 11, 2, 22, 45), "Nomor 2 di acara ini cuma nomor urut tampil, bukan pilihan ya 😂",
                         "Fikar Palu", cit("fikar"), N()))
    yt.thread(yt.comment(wita(2024, 11, 2, 23, 0), "Saya Tondei, tapi bukan keluarga Kak Rusli ya 😄 tetap netral",
                         c.disp("u_kepsek2"), c.acct("u_kepsek2", "youtube"),
                         N("neg_namesake", "a headmaster who shares the palu-3 candidate's surname")))
    top = yt.comment(wita(2024, 11, 3, 7, 30), "Tabe, kapan debat ketiga?", "Mama Tina Parigi", cit("tina"),
                     N(lg="kli"))
    yt.thread(top, [yt.comment(wita(2024, 11, 3, 8, 0), "Debat ketiga 16 November, pukul 19.00 WITA. Terima kasih.",
                               "KPU Sulawesi Tengah", ch, N("neg_election_body"), parent=top)])
    yt.dump()

    ch = c.cands["plg-1"].handle("youtube")
    yt = Yt(c, "youtube/commentThreads_kampanye_halim_ratna_jakabaring.json", K.b64id("halimjakabaring", 11), ch)
    top = yt.comment(wib(2024, 10, 19, 20, 5), "Mang Halim–Yuk Ratna nomor 1! Dari BPBD siap dukung 💪",
                     c.disp("p_bpbd"), c.acct("p_bpbd", "youtube"),
                     V("p_bpbd", "post", "plg-1", "comment_support", action="comment",
                       note="a BPBD officer: 'from BPBD, ready to support'"))
    yt.thread(top, [
        yt.comment(wib(2024, 10, 19, 20, 30), "Pak Dedi ASN kan? Hati-hati Bawaslu", "Wong Plaju", cit("plaju"), N(),
                   parent=top),
        yt.comment(wib(2024, 10, 19, 20, 48), "Maaf salah tulis, maksudnyo siap siaga bencana 😅 bukan dukung",
                   c.disp("p_bpbd"), c.acct("p_bpbd", "youtube"), N("neg_withdrawn", lg="plm"), parent=top)])
    yt.thread(yt.comment(wib(2024, 10, 19, 21, 0), "Lemak nian pempeknyo di video ini 😋", "Cek Ipah Kuliner",
                         cit("ipah"), N(lg="plm")))
    yt.thread(yt.comment(wib(2024, 10, 17, 21, 10), "Kagek kito jingok Mang Halim di Jakabaring yo, kawan PUPR kumpul "
                         "jam 7 di kantor", c.disp("p_kasi1"), c.acct("p_kasi1", "youtube"),
                         V("p_kasi1", "instruct", "plg-1", "instruct_staff",
                           note="a section head calls his Dinas PUPR colleagues to gather for the rally", lg="plm")))
    yt.thread(yt.comment(wib(2024, 10, 20, 8, 0), "Jalan Soak Bato rusak mang, tolong", "Warga Soak Bato",
                         cit("soak"), N()))
    yt.thread(yt.comment(wib(2024, 10, 20, 9, 15),
                         "Terima kasih sudah blusukan ke 26 Ilir. Sebagai lurah saya hanya memfasilitasi izin tempat, "
                         "semua paslon dapat perlakuan sama.", c.disp("p_lurah"), c.acct("p_lurah", "youtube"),
                         N("neg_asn_neutral")))
    yt.thread(yt.comment(wib(2024, 10, 20, 10, 0), "Ratna itu nama anakku jugo 😂", "Emak Ratna", cit("emak"),
                         N(lg="plm")))
    yt.thread(yt.comment(wib(2024, 10, 20, 11, 30), "Halim lagi Halim lagi, dak ado calon lain apo?", "Bujang Sekip",
                         cit("sekip"), N(lg="plm")))
    yt.dump()

    ch = c.cands["dpd-bengkulu-salma"].handle("youtube")
    yt = Yt(c, "youtube/commentThreads_pidato_dpd_bunda_salma.json", K.b64id("salmapidato", 11), ch)
    yt.thread(yt.comment(wib(2024, 1, 15, 20, 0), "Bunda Salma tu peduli nian samo petani. Nomor 27 DPD Bengkulu, kami "
                         "penyuluh siap coblos!", c.disp("b_penyuluh"), c.acct("b_penyuluh", "youtube"),
                         V("b_penyuluh", "post", "dpd-bengkulu-salma", "comment_support", action="comment",
                           note="a city agricultural extension officer", lg="bkl")))
    yt.thread(yt.comment(wib(2024, 1, 15, 20, 40), "Kapan ke Seluma bunda?", "Ujang Seluma", cit("seluma"), N()))
    top = yt.comment(wib(2024, 1, 16, 9, 0),
                     "Video ini dipakai bahan ajar PKn tentang pemilu. Siswa diminta membandingkan visi misi semua calon "
                     "DPD, bukan hanya satu.", c.disp("b_guru1"), c.acct("b_guru1", "youtube"), N("neg_civics"))
    yt.thread(top, [yt.comment(wib(2024, 1, 16, 9, 30), "Mantap pak guru", "Sari Bengkulu", cit("sari"), N(),
                               parent=top)])
    yt.thread(yt.comment(wib(2024, 1, 16, 12, 0), "27 itu tanggal gajian 😂", "Dodi Curup", cit("dodi"), N()))
    yt.thread(yt.comment(wib(2024, 1, 17, 19, 0), "Pidato bagus, tapi saya ASN, no comment soal pilihan 🙏",
                         c.disp("b_dinkes"), c.acct("b_dinkes", "youtube"), N("neg_negation")))
    yt.dump()


# =============================================================================================
# Telegram Desktop exports
# =============================================================================================
def telegram(ctx):
    c = ctx
    # ---- TG1: a public supergroup of the sumsel-2 pair's volunteers (single-chat export) ---------------------------------
    adm = "Admin Relawan Nyimas"
    tg = Tg(c, "telegram/ChatExport_2024-10-30/result.json", "Relawan Nyimas Cik Ujang Sumsel", "public_supergroup",
            1877402211, WIB)
    tg.service(1, wib(2024, 9, 20, 19, 0), adm, "create_group", [], title="Relawan Nyimas Cik Ujang Sumsel")
    tg.msg(2, wib(2024, 9, 20, 19, 2), adm, "Selamat bergabung relawan Wong Kito Sejahtera! Kito kawal Yuk Nyimas sampai "
           "menang 💪", N(lg="plm"))
    tg.service(3, wib(2024, 9, 21, 8, 0), adm, "invite_members",
               [A("p_prov2", "added_to_group", "a Diskominfo officer added by the admin"),
                A("p_staf2", "added_to_group", "a PPPK clerk of Dinas PUPR Palembang added by the admin")],
               members=[c.disp("p_prov2"), c.disp("p_staf2")])
    tg.msg(4, wib(2024, 9, 21, 8, 20), c.disp("p_prov2"),
           "Maaf min, saya ASN Diskominfo. Tolong keluarkan saya dari grup ini ya 🙏", N("neg_untag_request"))
    tg.service(5, wib(2024, 9, 21, 8, 35), adm, "remove_members", [N("neg_leave_group", "she is removed at her request")],
               members=[c.disp("p_prov2")])
    tg.msg(6, wib(2024, 9, 23, 20, 10), c.disp("p_staf2"), "Hadir kak! Siap bantu desain poster nomor 2 ✌️",
           V("p_staf2", "team", "sumsel-2", "exposed_then_engaged", action="post", in_group=True,
             note="added two days earlier; now offers to design the pair's posters (after designation)"))
    tg.msg(7, wib(2024, 10, 1, 19, 0), adm, "Jadwal kampanye: 5 Oktober di Plaju, 12 Oktober di Sukarami. Kito rame-rame!",
           N(lg="plm"))
    tg.msg(8, wib(2024, 10, 4, 21, 0), c.disp("p_staf2"), "Poster sudah jadi kak, tinggal cetak 🙏",
           V("p_staf2", "team", "sumsel-2", "supporters_group", action="post", in_group=True,
             note="delivers campaign posters to the volunteers' group"), photo=True, reply_to_message_id=6)
    tg.msg(9, wib(2024, 10, 9, 10, 0), "Bujang Kenten", "Jadwal debat publik kedua Pilgub Sumsel: Rabu 30 Oktober, "
           "disiarkan langsung. Tiga paslon hadir.", N("neg_election_body"),
           forwarded_from="KPU Provinsi Sumatera Selatan")
    tg.msg(10, wib(2024, 10, 12, 9, 30), c.disp("p_kasi1"),
           "Salam kenal, aku cuma nak tanyo jadwal kampanye di Jakabaring, buat atur lalu lintas proyek jalan kami",
           R("ambiguous_greeting", "a PUPR section head greets the rival pair's volunteers' group and asks for the "
                                   "schedule 'for road works': a member of the group, purpose unclear",
             actor="p_kasi1", cand="sumsel-2", lg="plm"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # ---- TG2: Kecamatan Batam Kota's public channel (single-chat export) ---------------------------------------------
    name = c.inst["btm_kec"]["nama_akun"]
    tg = Tg(c, "telegram/ChatExport_2024-11-28/result.json", name, "public_channel", 1699105511, WIB)
    tg.msg(31, wib(2024, 9, 24, 15, 0), name,
           "Info KPU Kota Batam: hasil pengundian nomor urut Paslon Walikota — 1 Syahrial–Marlina, 2 Benny–Asmah.",
           N("neg_election_body"))
    tg.msg(32, wib(2024, 9, 26, 8, 0), name, "Jadwal pelayanan perekaman KTP-el di kantor camat: Senin–Jumat 08.00–15.00.",
           N("neg_everyday_inst"))
    tg.msg(33, wib(2024, 10, 9, 19, 0), name,
           "Gaspol Batam! Benny–Asmah nomor 2 resmikan posko pemenangan di Batam Kota 🔥",
           V("inst:btm_kec", "inst", "btm-2", "institutional_account",
             note="the kecamatan channel forwards the btm-2 pair's campaign message"),
           forwarded_from="Benny – Asmah Official")
    tg.msg(34, wib(2024, 10, 9, 21, 30), name, "Mohon abaikan pesan terusan sebelumnya, salah kirim admin 🙏",
           N("neg_withdrawn"))
    tg.msg(35, wib(2024, 10, 20, 7, 0), name, "Gotong royong: gaspol bersihkan drainase Belian bersama warga! 💪",
           N("neg_word_collision", "'gaspol' in a clean-up call", lg="kpr"))
    tg.msg(36, wib(2024, 11, 23, 16, 0), name, "Besok mulai masa tenang 24–26 November. Alat peraga kampanye wajib "
           "diturunkan.", N("neg_election_body"))
    tg.msg(37, wib(2024, 11, 27, 10, 0), name, "Pantauan TPS 012 Belian: antrean pemilih tertib 👍", N("neg_official_duty"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # ---- TG3: the Lurah of Belian's account export (handed over for clarification) -----------------------------------
    rel = "telegram/DataExport_2024-12-05/result.json"
    a = Tg(c, rel, "Forum ASN Kecamatan Batam Kota", "private_group", 1911203301, WIB)
    a.msg(100, wib(2024, 10, 7, 19, 10), c.disp("t_camat"),
          "Kawan-kawan, Sabtu ni ada silaturahmi dengan Pak Syahrial di Batam Centre. Lurah dan staf hadir ye, pakai baju "
          "bebas, jangan seragam 😉",
          V("t_camat", "instruct", "btm-1", "instruct_staff",
            note="the camat asks lurah and staff to attend the btm-1 candidate's event, out of uniform", lg="kpr"))
    a.msg(101, wib(2024, 10, 7, 19, 12), c.disp("t_lurah"), "Siap pak",
          R("ack_instruction", "a bare 'siap' to the camat's campaign invitation", actor="t_lurah", cand="btm-1"),
          reply_to_message_id=100)
    a.msg(102, wib(2024, 10, 7, 19, 15), c.disp("t_staf"),
          "Izin pak, Sabtu saya jaga pelayanan. Lagipun kita kan tak boleh ikut acara paslon 🙏",
          N("neg_objection", lg="kpr"), reply_to_message_id=100)
    a.msg(103, wib(2024, 10, 7, 19, 17), c.disp("t_dishub"), "👍",
          R("ack_instruction", "a thumbs-up under the camat's invitation", actor="t_dishub", cand="btm-1"))
    a.msg(104, wib(2024, 10, 7, 19, 24), c.disp("t_camat"), "Bukan kampanye, cuma silaturahmi. Tapi ya sudah, yang tak "
          "bisa tak apa.", N("neg_withdrawn_instruction", lg="kpr"))
    a.msg(105, wib(2024, 10, 12, 20, 5), c.disp("t_nakes"), "Ramai juga acaranya 😁",
          R("intent_uncertain", "a PPPK nurse posts a photo from the event: present, support not shown", actor="t_nakes",
            cand="btm-1"), photo=True)
    a.msg(106, wib(2024, 10, 13, 8, 0), c.disp("t_camat"),
          "Terima kasih yang sudah datang semalam. Jangan upload di medsos ye 🤫",
          V("t_camat", "instruct", "btm-1", "instruction_repeated",
            note="thanks staff for attending the candidate's event and tells them to hide it", lg="kpr"))
    b = Tg(c, rel, "Relawan Syahrial–Marlina Batam Kota", "private_supergroup", 1911203302, WIB)
    b.service(200, wib(2024, 9, 28, 19, 0), "Bang Tanjung Posko", "create_group", [],
              title="Relawan Syahrial–Marlina Batam Kota")
    b.service(201, wib(2024, 9, 28, 19, 1), "Bang Tanjung Posko", "invite_members",
              [A("t_lurah", "added_to_group", "the lurah is added to the btm-1 volunteers' group"),
               A("t_disdik", "added_to_group", "a school supervisor is added with her")],
              members=[c.disp("t_lurah"), c.disp("t_disdik")])
    b.msg(202, wib(2024, 9, 28, 19, 20), c.disp("t_disdik"), "Saya pengawas sekolah, tak pantas di sini. Izin keluar 🙏",
          N("neg_leave_group", lg="kpr"))
    b.service(203, wib(2024, 9, 28, 19, 21), c.disp("t_disdik"), "remove_members", [N("neg_leave_group")],
              members=[c.disp("t_disdik")])
    b.msg(204, wib(2024, 10, 14, 20, 30), "Bang Tanjung Posko", "Terima kasih yang hadir di silaturahmi Sabtu. Batam "
          "Gemilang! ☝️", N())
    b.msg(205, wib(2024, 10, 14, 20, 40), c.disp("t_lurah"), "Mantap acara kemarin, Batam Gemilang! ☝️",
          V("t_lurah", "post", "btm-1", "exposed_then_engaged", in_group=True,
            note="added in September, now cheers with the slogan and one finger"), reply_to_message_id=204)
    b.msg(206, wib(2024, 10, 14, 21, 0), "Kak Ros Posko", "Besok bagi kaos di posko ye", N(lg="kpr"))
    me = {"user_id": 5288104417, "first_name": "Siti Aisyah", "last_name": "Lubis",
          "phone_number": tg_phone(c.acct("t_lurah", "telegram")), "username": "", "bio": "Lurah Belian"}
    contacts = [tg_contact("Raja", "Azhar Camat", tg_phone(c.acct("t_camat", "telegram")), wib(2021, 3, 2, 9, 0)),
                tg_contact("Rizky", "Kecamatan", tg_phone(c.acct("t_staf", "telegram")), wib(2023, 11, 1, 10, 0)),
                tg_contact("Andi", "Dishub", tg_phone(c.acct("t_dishub", "telegram")), wib(2022, 6, 9, 14, 0)),
                tg_contact("Dian", "RSUD EF", tg_phone(c.acct("t_nakes", "telegram")), wib(2022, 8, 17, 8, 0)),
                tg_contact("Pak Hamdan", "Pengawas", tg_phone(c.acct("t_disdik", "telegram")), wib(2020, 1, 6, 7, 30))]
    tg_account_export(c, rel, me, contacts, [a, b])

    # ---- TG4: the Camat of Palu Barat's account export (WITA) ---------------------------------------------------------
    rel = "telegram/DataExport_2024-12-09/result.json"
    a = Tg(c, rel, "Lurah se-Palu Barat", "private_supergroup", 1933104401, WITA)
    a.msg(10, wita(2024, 9, 22, 0, 20), c.disp("u_camat"),
          "Bapak ibu lurah, hari ini KPU tetapkan paslon. Ingat, ASN netral. Jangan ikut-ikut ucapan selamat di medsos.",
          N("neg_neutrality_reminder"))
    a.msg(11, wita(2024, 9, 22, 0, 26), c.disp("u_lurah2"), "Siap pak camat 🙏",
          N("neg_ack_neutral", "'siap' to a neutrality reminder"), reply_to_message_id=10)
    a.msg(12, wita(2024, 9, 22, 0, 40), c.disp("u_lurah1"),
          "Tapi pak, kalau keluarga sendiri yang maju, masa tidak boleh kasih selamat? 😅", N("neg_asn_neutral"))
    a.msg(13, wita(2024, 9, 22, 0, 47), c.disp("u_camat"),
          "Boleh secara pribadi, langsung. Jangan di medsos, jangan pakai atribut.", N("neg_neutrality_reminder"),
          reply_to_message_id=12)
    a.msg(14, wita(2024, 9, 22, 0, 55), c.disp("u_lurah1"),
          "Kalau begitu sa ucapkan di sini saja: selamat Om Mappi dan Pak Sofyan, semoga menang 🙏",
          V("u_lurah1", "post", "sulteng-1", "pre_designation",
            note="22 Sep 00:55 WITA is 21 Sep 23:55 WIB: a wish to win for a bakal calon in the office group (E codes)"))
    a.msg(15, wita(2024, 9, 22, 1, 2), c.disp("u_camat"), "Pak Lurah Kamonji, ini grup dinas. Tolong dihapus.",
          N("neg_objection"), reply_to_message_id=14)
    a.msg(16, wita(2024, 10, 3, 19, 30), c.disp("u_lurah2"),
          "Rahma–Yasin nomor 2, Sulteng Maju Bersatu! Ikuti kampanye akbar di Lapangan Vatulemo Sabtu ini ✌️",
          V("u_lurah2", "post", "sulteng-2", "share", action="share",
            note="a lurah forwards the pair's rally call into the lurahs' office group"),
          forwarded_from="Rahma–Yasin Official")
    a.msg(17, wita(2024, 10, 3, 19, 41), c.disp("u_camat"), "Bu Lurah Lere, tolong hapus. Grup ini grup dinas.",
          N("neg_objection"), reply_to_message_id=16)
    a.msg(18, wita(2024, 10, 3, 19, 45), c.disp("u_lurah2"), "Maaf pak, salah grup 🙏", N("neg_withdrawn"))
    b = Tg(c, rel, "Keluarga Lapasere", "private_group", 1933104402, WITA)
    b.msg(30, wita(2024, 10, 20, 20, 0), "Om Hasan Lapasere", "Syamsul, ko pilih siapa nanti? Om Arfan itu keluarga "
          "torang juga", N(lg="kli"))
    b.msg(31, wita(2024, 10, 20, 20, 12), c.disp("u_camat"),
          "Tabe om, sa camat, tidak boleh kasih tau pilihan. Nanti di TPS saja 🙏", N("neg_negation", lg="kli"),
          reply_to_message_id=30)
    b.msg(32, wita(2024, 10, 20, 20, 20), "Tante Ida", "Ah, camat tapi pilih keluarga to 😁", N(lg="kli"))
    d = Tg(c, rel, "Relawan Arfan Palu Barat", "personal_chat", 1933104403, WITA)
    d.msg(50, wita(2024, 10, 8, 10, 0), "Relawan Arfan Palu Barat",
          "Pak camat, bisa tolong kumpulkan RT/RW untuk sosialisasi Om Arfan?", N())
    d.msg(51, wita(2024, 10, 8, 10, 15), c.disp("u_camat"),
          "Maaf, tidak bisa. Silakan urus izin kegiatan kampanye lewat KPU dan kepolisian sesuai aturan.",
          N("neg_objection"))
    me = {"user_id": 5288104532, "first_name": "Syamsul", "last_name": "Lapasere",
          "phone_number": tg_phone(c.acct("u_camat", "telegram")), "username": "syamsul_lps", "bio": "Camat Palu Barat"}
    contacts = [tg_contact("Ikhsan", "Lurah Kamonji", tg_phone(c.acct("u_lurah1", "telegram")), wita(2022, 2, 1, 9, 0)),
                tg_contact("Nurul", "Lurah Lere", tg_phone(c.acct("u_lurah2", "telegram")), wita(2023, 4, 11, 9, 0))]
    tg_account_export(c, rel, me, contacts, [a, b, d])


# =============================================================================================
# WhatsApp chat exports
# =============================================================================================
def whatsapp(ctx):
    c = ctx

    def ph(k):
        return wa_phone(c.acct(k, "whatsapp"))

    media_id, media_en = "<Media tidak disertakan>", "<Media omitted>"
    # ---- WA1: Bidang Bina Marga, Dinas PUPR Palembang (Android, Indonesian; WIB) --------------------------------------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Bidang Bina Marga PUPR Plg.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 10, 1, 7, 0), None, WA_NOTICE["id"], []),
        (wib(2024, 10, 17, 19, 5), ph("p_kadis"),
         "Assalamualaikum. Bapak ibu, Jumat besok ada kampanye Mang Halim di Jakabaring. Yang tidak dinas lapangan mohon "
         "hadir, pakai baju putih. Sekalian like dan share postingan FB beliau ya, biar rame 👍",
         [V("p_kadis", "instruct", "plg-1", "instruct_staff",
            note="the head of Dinas PUPR asks his staff to attend the rally and to like and share the pair's posts")]),
        (wib(2024, 10, 17, 19, 7), ph("p_kabid"), "Siap pak Kadis",
         [R("ack_instruction", "a bare 'siap' to the Kadis's campaign instruction", actor="p_kabid", cand="plg-1")]),
        (wib(2024, 10, 17, 19, 9), ph("p_kasi2"), "Oke pak",
         [R("ack_instruction", "a bare 'oke' to the instruction", actor="p_kasi2", cand="plg-1")]),
        (wib(2024, 10, 17, 19, 13), ph("p_staf2"),
         "Maaf pak, izin. Kita ASN kan tidak boleh ikut kampanye dan share postingan paslon. Takut kena sanksi 🙏",
         [N("neg_objection")]),
        (wib(2024, 10, 17, 19, 17), ph("p_kasi1"), "Sudah sayo share pak 👍",
         [V("p_kasi1", "post", "plg-1", "staff_complied", action="share", note="reports he shared as told", lg="plm")]),
        (wib(2024, 10, 17, 19, 21), ph("p_staf1"), media_id, [N("neg_media_only", lg="sys")]),
        (wib(2024, 10, 17, 19, 22), ph("p_staf1"), "Sudah pak, sudah sayo like galo 😁",
         [V("p_staf1", "interact", "plg-1", "staff_complied", action="like", note="reports he liked everything as told",
            lg="plm")]),
        (wib(2024, 10, 17, 19, 40), ph("p_kadis"),
         "Terima kasih. Yang lain jangan lupa ya. Bukan wajib, tapi kita harus tahu diri, beliau yang bantu anggaran dinas "
         "kita 🙂",
         [V("p_kadis", "instruct", "plg-1", "instruction_repeated", note="repeats the call with a hint of pressure")]),
        (wib(2024, 10, 18, 6, 31), ph("p_kabid"),
         "Bapak ibu, info dari BKPSDM: ASN dilarang hadir kampanye dan dilarang like/share akun paslon. Mohon dipatuhi.",
         [N("neg_quote_rule")]),
        (wib(2024, 10, 18, 6, 45), ph("p_kadis"), "Ya sudah, tidak usah datang. Yang penting kerja.",
         [N("neg_withdrawn_instruction")]),
        (wib(2024, 10, 25, 7, 2), ph("p_staf2"), "Selamat pagi, apel jam 07.30 ya bapak ibu", [N("neg_everyday_asn")]),
        (wib(2024, 11, 27, 7, 3), ph("p_kasi2"), "Jangan lupa nyoblos ya, TPS buka jam 7. Coblos sesuai hati nurani 🗳️",
         [N("neg_neutral_info")]),
    ])
    # ---- WA2: teachers of SD Inpres 2 Birobuli, Palu (Android, Indonesian, 4-digit year; WITA) ----------------------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru SD Inpres 2 Birobuli.txt", "android_id4", "whatsapp_android_id", [
        (wita(2024, 10, 1, 7, 0), None, WA_NOTICE["id"], []),
        (wita(2024, 10, 2, 20, 3), ph("u_kepsek1"),
         "Tabe bapak ibu guru. Dari dinas ada arahan, kita bantu sosialisasi program Pak Arfan ke orang tua murid. "
         "Brosur ada di ruang TU 🙏",
         [V("u_kepsek1", "instruct", "palu-1", "instruct_staff",
            note="a headmistress tells her teachers to spread the palu-1 candidate's brochures to parents", lg="kli")]),
        (wita(2024, 10, 2, 20, 6), ph("u_guru3"), "Iye bu",
         [R("ack_instruction", "a bare 'iye' to the headmistress's instruction", actor="u_guru3", cand="palu-1",
            lg="kli")]),
        (wita(2024, 10, 2, 20, 10), ph("u_guru4"),
         "Maaf bu, itu tidak boleh. Edaran BKN jelas, guru tidak boleh bagi brosur paslon, apalagi lewat anak murid.",
         [N("neg_objection")]),
        (wita(2024, 10, 2, 20, 14), ph("u_guru1"), "Setuju Pak Jefri. Saya juga tidak ikut ya bu 🙏", [N("neg_objection")]),
        (wita(2024, 10, 2, 20, 20), ph("u_guru4"),
         "Bu, kalau memang dari dinas, mohon ada surat resminya. Kalau tidak ada, kami anggap tidak ada arahan 🙏",
         [N("neg_objection")]),
        (wita(2024, 10, 2, 20, 31), ph("u_kepsek1"), "Baik, kalau begitu tidak usah. Brosur nanti saya kembalikan.",
         [N("neg_withdrawn_instruction")]),
        (wita(2024, 10, 9, 19, 47), ph("u_kepsek1"),
         "Bapak ibu, brosur Pak Arfan masih ada di TU, yang mau bawa pulang silakan, sayang kalau dibuang 😅",
         [V("u_kepsek1", "instruct", "palu-1", "instruction_repeated",
            note="a week after withdrawing, she offers the brochures again")]),
        (wita(2024, 10, 9, 19, 52), ph("u_guru3"), media_id, [N("neg_media_only", lg="sys")]),
        (wita(2024, 10, 9, 19, 53), ph("u_guru3"), "Sudah sa bagi di grup orang tua kelas 3 bu 👍",
         [V("u_guru3", "post", "palu-1", "staff_complied", action="share",
            note="a PPPK teacher shared the brochure in the class parents' group", lg="kli")]),
        (wita(2024, 10, 10, 6, 40), ph("u_guru1"), "Mohon izin, anak saya Rahma juara 2 lomba mewarnai se-kecamatan 🥰",
         [N("neg_word_collision", "'Rahma' and '2' about her daughter")]),
        (wita(2024, 11, 26, 21, 9), ph("u_guru4"), "Besok libur, nyoblos. Jangan lupa bawa surat pemberitahuan dan KTP",
         [N("neg_neutral_info")]),
    ])
    # ---- WA3: a Gorontalo family (Android, Indonesian; WITA) -----------------------------------------------------------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Besar Pakaya.txt", "android_id", "whatsapp_android_id", [
        (wita(2024, 10, 1, 8, 0), None, WA_NOTICE["id"], []),
        (wita(2024, 9, 22, 0, 15), ph("o_lurah"), "Besok penetapan, Ka Hamzah pasti lolos! ☝️ Torang kawal sampe menang",
         [V("o_lurah", "post", "gtl-1", "pre_designation",
            note="22 Sep 00:15 WITA is 21 Sep 23:15 WIB: still a bakal calon (E codes)", lg="gor")]),
        (wita(2024, 10, 5, 19, 11), "Ka Ijah", "Wolo habari sanak. Om Hamzah (yang calon) minta doa torang samua 🤲",
         [N(lg="gor")]),
        (wita(2024, 10, 5, 19, 15), ph("o_lurah"), "Aamiin. Keluarga Pakaya satu suara, nomor 1 ☝️ sampe menang!",
         [V("o_lurah", "post", "gtl-1", "support_post", note="the lurah rallies the family group for number 1",
            lg="gor")]),
        (wita(2024, 10, 5, 19, 18), ph("o_guru1"),
         "Torang keluarga doakan saja. Saya guru ASN, tidak bisa ikut kampanye, jangan masukkan saya di grup relawan ya 🙏",
         [N("neg_negation", lg="gor")]),
        (wita(2024, 10, 5, 19, 25), "Ka Ijah", "Hamzah guru ini so takut 😂", [N(lg="gor")]),
        (wita(2024, 10, 5, 19, 26), ph("o_guru1"), "Bukan takut, aturan. Nanti orang kira saya calonnya juga 😅",
         [N("neg_namesake")]),
        (wita(2024, 10, 21, 6, 33), "Om Rahim", media_id, [N("neg_media_only", lg="sys")]),
        (wita(2024, 10, 21, 6, 35), "Om Rahim", "Yang pake baju dinas di foto kampanye kemarin itu Ti Nurhayati kah?",
         [N(lg="gor")]),
        (wita(2024, 10, 21, 6, 41), ph("o_lurah"), "Iyo, tapi itu so pulang kantor 😅",
         [V("o_lurah", "attend", "gtl-1", "attend_campaign", add_codes=["PP94-N2"],
            note="confirms she is the woman in uniform in the 20 Oct campaign photo", lg="gor")]),
    ])
    # ---- WA4: the pgk-1 volunteers' group (Android, English locale; WIB) -------------------------------------------
    posko = "Posko Bang Jun"
    wa_file(c, "whatsapp/WhatsApp Chat with Relawan Bang Jun Pangkalpinang.txt", "android_us", "whatsapp_android_en", [
        (wib(2024, 9, 14, 20, 0), None, WA_NOTICE["en"], []),
        (wib(2024, 9, 14, 20, 0), None, f'{posko} created group "Relawan Bang Jun Pangkalpinang"', []),
        (wib(2024, 9, 14, 20, 1), None, f"{posko} added {ph('g_staf2')} and {ph('g_staf1')}",
         [A("g_staf2", "added_to_group", "a cooperative officer called Junaidi, added to 'Bang Jun's' group", lg="sys"),
          A("g_staf1", "added_to_group", "a PPPK finance clerk of the same dinas", lg="sys")]),
        (wib(2024, 9, 14, 20, 4), ph("g_staf2"),
         "Bang, aku Junaidi staf koperasi, bukan Bang Jun 😂 salah masukke orang kali. Aku keluar ye",
         [N("neg_untag_request", lg="bka")]),
        (wib(2024, 9, 14, 20, 5), None, f"{ph('g_staf2')} left", [N("neg_leave_group", lg="sys")]),
        (wib(2024, 9, 14, 20, 12), ph("g_staf1"), "Assalamualaikum semua 🙏",
         [R("ambiguous_greeting", "a greeting in the volunteers' group right after being added", actor="g_staf1",
            cand="pgk-1")]),
        (wib(2024, 9, 14, 20, 15), posko, "Kawan-kawan yang ASN cukup baca bae ye, jangan komen di grup ni 🤫",
         [N(lg="bka")]),
        (wib(2024, 9, 26, 19, 30), posko, "Nomor urut 1! Serumpun Sebalai, Bang Jun–Bu Lina!", [N()]),
        (wib(2024, 9, 26, 19, 34), ph("g_staf1"), "1️⃣🔥🔥",
         [V("g_staf1", "post", "pgk-1", "exposed_then_engaged", in_group=True,
            note="cheers the ballot number inside the group she was added to")]),
        (wib(2024, 10, 3, 19, 58), posko, "Besok kumpul di posko jam 8, bawa KTP ye", [N(lg="bka")]),
        (wib(2024, 10, 3, 20, 20), ph("g_staf1"), "Aku dak pacak datang, ade tugas kantor 🙏",
         [N("neg_asn_neutral", lg="bka")]),
        (wib(2024, 10, 19, 20, 43), None, f"{posko} added {ph('g_kadis')}",
         [A("g_kadis", "added_to_group", "the head of the cooperative office is added", lg="sys")]),
        (wib(2024, 10, 19, 20, 47), ph("g_kadis"),
         "Terima kasih sudah diundang. Mohon maaf, saya kepala dinas, tidak etis di sini. Salam.",
         [N("neg_leave_group")]),
        (wib(2024, 10, 19, 20, 48), None, f"{ph('g_kadis')} left", [N("neg_leave_group", lg="sys")]),
    ])
    # ---- WA5: alumni group, Kendari (Android, English locale, 24 h; WITA) ----------------------------------------------
    wa_file(c, "whatsapp/WhatsApp Chat with Alumni SMAN 2 Kendari 2005.txt", "android_gb", "whatsapp_android_en", [
        (wita(2024, 10, 1, 7, 0), None, WA_NOTICE["en"], []),
        (wita(2024, 10, 16, 21, 2), "Rini Alumni", "Guys, Pak Tamrin the candidate itu senior kita lho 😄", [N(lg="en")]),
        (wita(2024, 10, 16, 21, 5), ph("e_staf3"),
         "Wkwk aku Tamrin juga tapi sopir DLH ji, bukan calon. Jangan mi tag aku di postingan kampanye e teman2",
         [N("neg_namesake", lg="tlk")]),
        (wita(2024, 10, 16, 21, 10), ph("e_guru"), "Vote wisely guys. Kita yang ASN stay neutral ya ✌️",
         [N("neg_gesture_no_context", "a peace sign with a neutrality line", lg="en")]),
        (wita(2024, 10, 16, 21, 14), "Bayu Kendari", "Ayo pilih nomor 1, Kendari Kota Lulo!", [N()]),
        (wita(2024, 10, 16, 21, 18), ph("e_kabid"), "Hehe ingat, sy sepupunya Sahrul Tosepu, tapi tidak ikut campur 😅",
         [N("neg_namesake")]),
        (wita(2024, 10, 30, 20, 25), ph("e_staf1"), media_en, [N("neg_media_only", lg="sys")]),
        (wita(2024, 10, 30, 20, 26), ph("e_staf1"),
         "Acara lulo kampanye Husna–Sahrul tadi malam rame sekali! Nomor 2 pasti menang 💪",
         [V("e_staf1", "post", "kdi-2", "support_post", note="a PPPK DLH officer in her alumni group", lg="tlk")]),
        (wita(2024, 10, 30, 20, 33), "Rini Alumni", "Mala, ko kan pegawai DLH, hati-hati", [N(lg="tlk")]),
        (wita(2024, 10, 30, 20, 37), ph("e_staf1"), "Ups iya, lupa 😅 nanti sy hapus", [N("neg_withdrawn")]),
    ])
    # ---- WA6: staff of Kecamatan Cipocok Jaya, Serang (iOS, Indonesian; WIB) ---------------------------------------------
    g = "Staf Kecamatan Cipocok Jaya"
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 9, 29, 7, 0, 0), None, WA_NOTICE["id"], []),
        (wib(2024, 10, 8, 19, 10, 12), ph("s_camat"),
         "Bapak ibu, ini ada titipan kalender dari tim Abah Rozi. Tolong dibagikan ke warga waktu pelayanan ya. "
         "Kalender 2025 gratis 😊",
         [V("s_camat", "instruct", "srg-1", "instruct_staff", add_codes=["PP94-N4"],
            note="the camat asks staff to hand out the srg-1 team's calendars at the service counter")]),
        (wib(2024, 10, 8, 19, 12, 40), ph("s_sekcam"),
         "Punten Pak Camat, ieu mah teu kenging. Kalender aya gambar paslon, ngabagikeun di loket pelayanan kaasup "
         "ngagunakeun fasilitas nagara.", [N("neg_objection", lg="sub")]),
        (wib(2024, 10, 8, 19, 15, 5), ph("s_kasi"), "Muhun, abdi satuju sareng Bu Sekcam.",
         [N("neg_objection", lg="sub")]),
        (wib(2024, 10, 8, 19, 18, 30), ph("s_staf1"), "Siap pak",
         [R("ack_instruction", "a bare 'siap' after the camat's instruction", actor="s_staf1", cand="srg-1")]),
        (wib(2024, 10, 8, 19, 21, 11), ph("s_staf2"), "🙏",
         [R("ack_unclear", "a bare 🙏 after both the instruction and the objections: what it answers is unclear",
            actor="s_staf2", cand="srg-1")]),
        (wib(2024, 10, 8, 19, 40, 2), ph("s_camat"), "Ya sudah, kalendernya disimpan dulu. Nanti saya kembalikan ke timnya.",
         [N("neg_withdrawn_instruction")]),
        (wib(2024, 10, 21, 7, 5, 20), ph("s_camat"), "Kalender yang kemarin sudah habis dibagi ya? Terima kasih yang bantu 👍",
         [V("s_camat", "instruct", "srg-1", "instruction_repeated",
            note="the 'withdrawn' calendars were handed out after all; he thanks the helpers")]),
        (wib(2024, 10, 21, 7, 9, 45), ph("s_staf1"), "Sudah pak, di loket KTP kemarin habis 50 lembar",
         [V("s_staf1", "post", "srg-1", "staff_complied", action="other", add_codes=["PP94-N4"],
            note="a PPPK clerk handed out 50 campaign calendars at the ID-card counter")]),
        (wib(2024, 10, 21, 7, 15, 30), ph("s_sekcam"), "Pak, saya keberatan. Ini akan saya laporkan ke Inspektorat.",
         [N("neg_objection")]),
        (wib(2024, 11, 27, 6, 30, 0), ph("s_kasi"), "TPS di Banjarsari sudah siap. Semangat bertugas 💪",
         [N("neg_everyday_asn")]),
    ], group=g)
    # ---- WA7: the pky-1 volunteers' group, Jekan Raya (iOS, Indonesian; WIB) --------------------------------------------
    g = "Relawan Dehen Raudah Jekan Raya"
    posko = "Posko Dehen"
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 9, 15, 20, 0, 0), None, WA_NOTICE["id"], []),
        (wib(2024, 9, 15, 20, 0, 30), None, f"{posko} membuat grup “{g}”", []),
        (wib(2024, 9, 15, 20, 1, 10), None, f"{posko} menambahkan {ph('k_staf')} dan {ph('k_guru1')}",
         [A("k_staf", "added_to_group", "a kelurahan clerk added to the bakal calon's volunteers' group", lg="sys"),
          A("k_guru1", "added_to_group", "an SMP teacher added with him", lg="sys")]),
        (wib(2024, 9, 15, 20, 5, 44), ph("k_staf"),
         "Tarima kasih, tapi aku ASN kelurahan, dia tau aku melai huang grup tuh. Ela keton masukan aku tinai 🙏",
         [N("neg_untag_request", lg="nij")]),
        (wib(2024, 9, 15, 20, 6, 50), None, f"{ph('k_staf')} keluar", [N("neg_leave_group", lg="sys")]),
        (wib(2024, 9, 16, 19, 30, 5), ph("k_guru1"), "Salam bahalap akan keton uras 🙏",
         [R("ambiguous_greeting", "a greeting to everyone in the bakal calon's group", actor="k_guru1", cand="pky-1",
            lg="nij")]),
        (wib(2024, 9, 25, 19, 40, 18), posko, "Nomor urut 1! Dehen–Raudah, Isen Mulang! ☝️", [N()]),
        (wib(2024, 9, 25, 19, 44, 37), ph("k_guru1"), "Isen Mulang! Nomor 1 ☝️ Bang Dehen musti menang",
         [V("k_guru1", "post", "pky-1", "exposed_then_engaged", in_group=True,
            note="the teacher who greeted now cheers number 1", lg="nij")]),
        (wib(2024, 10, 2, 19, 50, 0), posko, "Besok rapat koordinasi relawan di posko Jalan G. Obos jam 4 sore", [N()]),
        (wib(2024, 10, 2, 19, 55, 41), ph("k_lurah"),
         "Keton, aku titip jadwal posyandu keliling minggu depan di grup tuh, supaya warga tau",
         [R("intent_uncertain", "the lurah is a member of the volunteers' group and posts office service news there: "
                                "membership shown, support not", actor="k_lurah", cand="pky-1", lg="nij")]),
        (wib(2024, 11, 24, 20, 10, 22), posko, "Masa tenang, hapus semua postingan kampanye di status WA ya", [N()]),
    ], group=g)
    # ---- WA8: a Baubau family (iOS, Indonesian; WITA) -------------------------------------------------------------------
    g = "Keluarga Besar Wa Ode Batulo"
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wita(2024, 10, 1, 9, 0, 0), None, WA_NOTICE["id"], []),
        (wita(2024, 10, 27, 19, 31, 10), "Kaka Ani", "Rahima, besok ikut kampanye La Zainal di Lapangan Merdeka kah?",
         [N(lg="wlo")]),
        (wita(2024, 10, 27, 19, 34, 48), ph("a_lurah"),
         "Tidak bisa kaka, sa lurah, harus netral. Pobinci-binciki kuli, sa hargai semua pilihan keluarga 🙏",
         [N("neg_negation", lg="wlo")]),
        (wita(2024, 10, 27, 19, 40, 2), "Kaka Ani", "Tapi ko pilih nomor 1 to 😁", [N(lg="wlo")]),
        (wita(2024, 10, 27, 19, 42, 16), ph("a_lurah"), "Rahasia 🤐", [N("neg_negation")]),
        (wita(2024, 10, 28, 20, 12, 33), ph("a_staf"), "gambar tidak disertakan", [N("neg_media_only", lg="sys")]),
        (wita(2024, 10, 28, 20, 13, 45), ph("a_staf"), "Ini sa di kampanye Pak Ihsan, rame skali. Nomor 2 Baubau! ✌️",
         [V("a_staf", "attend", "bau-2", "attend_campaign", note="a PPPK clerk at the bau-2 rally, with a V-sign",
            lg="wlo")]),
        (wita(2024, 10, 28, 20, 20, 40), "Kaka Ani", "Syukur, ko PNS to? hapus", [N(lg="wlo")]),
        (wita(2024, 10, 28, 20, 22, 18), ph("a_staf"), "Sa PPPK ji, boleh to? 😅", [N("neg_joke", lg="wlo")]),
        (wita(2024, 10, 28, 20, 25, 51), ph("a_lurah"), "Tidak boleh, PPPK sama dengan PNS soal netralitas. Hapus fotonya.",
         [N("neg_quote_rule")]),
    ], group=g)
    # ---- WA9: teachers of SMP Negeri 2 Manokwari (iOS, English; WIT) -----------------------------------------------------
    g = "Guru SMP Negeri 2 Manokwari"
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", [
        (wit(2024, 10, 1, 10, 0, 0), None, WA_NOTICE["en"], []),
        (wit(2024, 10, 14, 19, 3, 10), ph("m_guru2"), "Selamat malam bapa ibu guru. Sa mau ingatkan, rapat MGMP hari Kamis.",
         [N("neg_everyday_asn", lg="pmy")]),
        (wit(2024, 10, 22, 19, 31, 44), "Bapa Komite Yakob",
         "Bapa ibu, tolong bantu sebar video Bapa Markus, beliau yang bantu bangun ruang kelas baru", [N(lg="pmy")]),
        (wit(2024, 10, 22, 19, 35, 2), ph("m_guru1"), "Maaf bapa komite, kitong guru tra boleh sebar video paslon",
         [N("neg_objection", lg="pmy")]),
        (wit(2024, 10, 22, 19, 38, 20), ph("m_guru2"), "Betul ibu. Sa juga marga Sawaki, tapi tra ikut-ikut 😄",
         [N("neg_namesake", lg="pmy")]),
        (wit(2024, 10, 22, 19, 44, 57), ph("m_guru3"), "Ok",
         [R("ack_instruction", "a bare 'ok' to the school committee's request to spread the mkw-1 video",
            actor="m_guru3", cand="mkw-1", lg="en")]),
        (wit(2024, 10, 23, 7, 12, 33), ph("m_guru3"), "video omitted", [N("neg_media_only", lg="sys")]),
        (wit(2024, 10, 23, 7, 13, 40), ph("m_guru3"), "Su sa sebar di grup orang tua kelas 8",
         [V("m_guru3", "post", "mkw-1", "share", action="share",
            note="a PPPK teacher spread the candidate's video to the parents' group", lg="pmy")]),
        (wit(2024, 11, 27, 6, 50, 0), ph("m_guru1"), "Selamat mencoblos bapa ibu, jaga Manokwari aman 🙏",
         [N("neg_neutral_info", lg="pmy")]),
    ], group=g)
    # ---- WA10: lurah and staff of Kebun Tebeng, Bengkulu (iOS, English; WIB) ---------------------------------------------
    g = "Lurah dan Staf Kebun Tebeng"
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", [
        (wib(2024, 1, 10, 7, 0, 0), None, WA_NOTICE["en"], []),
        (wib(2024, 1, 18, 19, 35, 20), ph("b_lurah"),
         "Besok kunjungan calon DPD Ibu Salma ke KWT, kita cuma siapkan tempat ya, bukan acara kelurahan",
         [R("intent_uncertain", "the lurah arranges a venue for a DPD candidate's visit: facilitation or support?",
            actor="b_lurah", cand="dpd-bengkulu-salma")]),
        (wib(2024, 10, 1, 19, 2, 15), ph("b_camat"),
         "Bapak ibu, besok Bunda Ros kunjungan ke posyandu. Tolong didokumentasikan dan upload di FB kelurahan ya",
         [V("b_camat", "instruct", "bkl-2", "instruct_staff",
            note="the camat orders the candidate's visit publicised on the kelurahan's page")]),
        (wib(2024, 10, 1, 19, 5, 40), ph("b_lurah"), "Siap pak camat",
         [R("ack_instruction", "a bare 'siap' to the camat's instruction", actor="b_lurah", cand="bkl-2")]),
        (wib(2024, 10, 1, 19, 9, 3), ph("b_satpol"), "Ok pak",
         [R("ack_instruction", "a bare 'ok' to the instruction", actor="b_satpol", cand="bkl-2")]),
        (wib(2024, 10, 2, 13, 10, 27), ph("b_lurah"), "image omitted", [N("neg_media_only", lg="sys")]),
        (wib(2024, 10, 2, 13, 11, 30), ph("b_lurah"), "Sudah di-upload di FB kelurahan pak 🙏",
         [V("b_lurah", "post", "bkl-2", "staff_complied", action="post",
            note="the lurah reports she posted the visit on the kelurahan page as told")]),
        (wib(2024, 10, 5, 19, 25, 12), ph("b_guru2"),
         "Pak camat, unggahan di FB itu dianggap kampanye. Sudah ada warga yang lapor ke Bawaslu.", [N("neg_objection")]),
        (wib(2024, 10, 5, 19, 29, 48), ph("b_camat"), "Sudah, hapus saja. Lain kali hati-hati.",
         [N("neg_withdrawn_instruction")]),
    ], group=g)


# =============================================================================================
# canonical JSON Lines (Bawaslu cyber-patrol captures)
# =============================================================================================
def canonical(ctx):
    c = ctx
    cv = Canon(c, "patroli/patroli_siber_bawaslu_sumatera_kepri_banten_kalteng.jsonl", "bws-barat")
    w = cv.who

    def inst(key):
        r = c.inst[key]
        return {"id" if r["platform"] == "facebook" else "handle": r["handle"], "name": r["nama_akun"]}

    g_fw = {"id": "1982274410201133", "name": "Relawan Seiyo Sekato Fikri-Wulan Kota Jambi"}
    g_dr = {"id": "1766540021998812", "name": "Relawan Datuk Ridwan Jambi Tuntas"}
    cv.add(V("j_staf1", "interact", "jmb-2", "supporters_group", action="follow_or_join",
             note="joins the bakal calon's volunteers' group (19 Aug): SKB-E4"),
           "facebook", "join_group", wib(2024, 8, 19, 20, 0), w("j_staf1", "facebook"), group=g_fw)
    cv.add(V("j_guru2", "interact", "jmb-2", "follow", action="follow_or_join", note="follows the pair's page"),
           "facebook", "follow", wib(2024, 9, 30, 21, 0), w("j_guru2", "facebook"),
           target=tgt("fikriwulan.jambi", "Fikri - Wulan"))
    cv.add(N("neg_join_neutral"), "facebook", "join_group", wib(2024, 10, 1, 9, 0), w("j_dishub", "facebook"),
           group={"id": "1455102938776610", "name": "Info Lalu Lintas Jambi"})
    cv.add(A("j_camat", "added_to_group", "the camat is added to the jmb-1 volunteers' group by its posko", lg="sys"),
           "facebook", "added_to_group", wib(2024, 10, 1, 20, 0), w("j_camat", "facebook"), group=g_dr,
           initiated_by={"name": "Posko Datuk Ridwan"})
    cv.add(N("neg_untag_request", "asks to be removed the next morning"), "facebook", "post", wib(2024, 10, 2, 7, 30),
           w("j_camat", "facebook"), "Terima kasih sudah dimasukkan. Saya camat, mohon dikeluarkan dari grup ini. Salam "
           "netral 🙏", group=g_dr)
    cv.add(V("j_nakes", "interact", "jmb-1", "follow", action="follow_or_join", note="a provincial hospital nurse"),
           "instagram", "follow", wib(2024, 10, 4, 22, 10), w("j_nakes", "instagram"),
           target=tgt("ridwannurlela", "Datuk Ridwan - Nurlela"))
    cv.add(N("neg_follow_neutral"), "instagram", "follow", wib(2024, 10, 4, 22, 12), w("j_nakes", "instagram"),
           target=tgt("kemenkes_ri", "Kementerian Kesehatan RI"))
    cv.add(A("j_sekcam", "tagged", "tagged as 'present' at the jmb-1 rally; no act of hers in the data"),
           "facebook", "tagged", wib(2024, 10, 15, 21, 0), w("j_sekcam", "facebook"),
           "Kampanye akbar Datuk Ridwan di Thehok, hadir jugo Bu Sekcam Yulinar 😁 #RidwanNurlela",
           initiated_by={"name": "Relawan Datuk Ridwan"})
    cv.add(V("s_guru1", "post", "srg-1", "comment_support", action="comment", note="a PPPK teacher"),
           "instagram", "comment", wib(2024, 10, 11, 19, 40), w("s_guru1", "instagram"),
           "Abah Rozi peduli guru honorer, semoga amanah 🤲 #RoziNurul",
           target=tgt("abahrozi.serang", "Abah Rozi - Teh Nurul", "Silaturahmi dengan guru honorer Kota Serang"))
    cv.add(N("neg_asn_neutral", "a lurah corrects a claim: the road was the city's work, not a campaign promise",
             lg="sub"),
           "instagram", "comment", wib(2024, 10, 11, 20, 2), w("s_lurah", "instagram"),
           "Abah, jalan ka Banjarsari mah tos dibenerkeun ku Pemkot taun kamari, sanes jangji kampanye 😅",
           target=tgt("abahrozi.serang", "Abah Rozi - Teh Nurul", "Silaturahmi dengan guru honorer Kota Serang"))
    cv.add(A("s_lurah", "added_to_group", "added to the srg-1 volunteers' group; nothing from him follows", lg="sys"),
           "whatsapp", "added_to_group", wib(2024, 10, 9, 20, 0), w("s_lurah", "whatsapp"),
           group={"id": "120363041876550855@g.us", "name": "Relawan Abah Rozi Banjarsari"},
           initiated_by={"name": "Posko Abah Rozi"})
    cv.add(V("s_prov2", "interact", "banten-1", "like", action="like"), "x", "reaction", wib(2024, 10, 21, 20, 0),
           w("s_prov2", "x"), target=tgt("ArsyadSalwa1", "Arsyad - Salwa", "Terima kasih Serang! Banten Juara 🔥"))
    cv.add(N("neg_like_neutral"), "x", "reaction", wib(2024, 10, 21, 20, 5), w("s_prov1", "x"),
           target=tgt("kpu_banten", "KPU Provinsi Banten", "Debat kedua Pilgub Banten, 10 November"))
    cv.add(V("s_staf2", "post", "banten-1", "exposed_then_engaged", action="share",
             note="tagged by the volunteers' account on 28 Oct, she shares the pair's video on 30 Oct"),
           "tiktok", "share", wib(2024, 10, 30, 19, 30), w("s_staf2", "tiktok"),
           target=tgt("arsyad.salwa", "Arsyad - Salwa", "Abah Arsyad di Cipocok Jaya 🔥 #BantenJuara"))
    cv.add(V("s_prov3", "negative", "banten-2", "negative_campaign", note="attacks the banten-2 candidate by nickname"),
           "facebook", "post", wib(2024, 11, 5, 19, 0), w("s_prov3", "facebook"),
           "Jalan Pandeglang–Labuan rusak parah, padahal Kang Mul dulu janji beres. Jangan pilih tukang janji! #MulyadiZaki")
    cv.add(N("neg_word_collision", "'Pandeglang berkah' is the pdg-1 slogan, here a harvest"), "facebook", "post",
           wib(2024, 10, 7, 10, 0), w("d_penyuluh", "facebook"), "Panen raya padi di Majasari, alhamdulillah. "
           "Pandeglang berkah! 🌾")
    cv.add(V("d_penyuluh", "post", "pdg-1", "support_post", lg="sub"), "facebook", "post", wib(2024, 10, 23, 20, 0),
           w("d_penyuluh", "facebook"), "Kang Asep mah jelas nyaah ka patani, nomer hiji! ☝️ #AsepEuis")
    cv.add(V("d_bidan", "post", "pdg-2", "support_post", note="a PPPK midwife's WhatsApp status"), "whatsapp", "post",
           wib(2024, 11, 10, 6, 0), w("d_bidan", "whatsapp"), "Coblos nomor 2 Kang Ujang! Ayo Bangkit Pandeglang 💪")
    cv.add(N("neg_election_body", lg="sub"), "facebook", "share", wib(2024, 10, 15, 9, 0), w("d_camat", "facebook"),
           "Mangga diperhatoskeun jadwalna",
           target=tgt("kpu.pandeglang", "KPU Kabupaten Pandeglang", "Jadwal kampanye rapat umum Paslon 1 dan Paslon 2"))
    cv.add(V("d_camat", "post", "pdg-2", "deleted_after", note="deleted two hours later: the act stays", lg="sub"),
           "facebook", "post", wib(2024, 10, 26, 20, 0), w("d_camat", "facebook"),
           "Alhamdulillah Kang Ujang hadir di pengajian Majasari, mugia jadi bupati 🤲",
           deleted_at=wib(2024, 10, 26, 22, 40))
    cv.add(A("d_guru1", "tagged", "the namesake teacher is tagged instead of the running mate"), "facebook", "tagged",
           wib(2024, 10, 6, 19, 0), w("d_guru1", "facebook"), "Teh Euis Komariah nomor 1! Pandeglang Berkah 🔥",
           initiated_by={"name": "Relawan Asep Euis"})
    cv.add(N("neg_namesake", lg="sub"), "facebook", "post", wib(2024, 10, 6, 19, 40), w("d_guru1", "facebook"),
           "Teh Euis nu asli mah calon wabup, abdi mah guru wae 😂 punten pisan nu salah tag")
    cv.add(V("k_prov", "post", "pky-2", "comment_support", action="comment"), "facebook", "comment",
           wib(2024, 10, 28, 20, 0), w("k_prov", "facebook"), "Huma Betang Bersatu, mantap Pak Norhalis 👍",
           target=tgt("norhalis.evi", "Norhalis - Evi", "Huma Betang Bersatu untuk Palangka Raya"))
    dehen = tgt(c.cands["pky-1"].handle("facebook"), "Dehen - Raudah", "Kampanye dialogis di Jekan Raya, Isen Mulang! ☝️",
                tid=fake_post(c.cands["pky-1"].handle("facebook"), "jekanraya")["id"])
    cv.add(V("k_camat", "interact", "pky-1", "coordinated_like", note="the camat of Jekan Raya likes the pair's post"),
           "facebook", "reaction", wib(2024, 10, 20, 19, 1), w("k_camat", "facebook"), target=dehen)
    cv.add(V("k_lurah", "interact", "pky-1", "coordinated_like",
             note="two minutes later his lurah likes the same post"),
           "facebook", "reaction", wib(2024, 10, 20, 19, 3), w("k_lurah", "facebook"), target=dehen)
    cv.add(V("k_guru1", "interact", "pky-1", "like"), "facebook", "reaction", wib(2024, 10, 20, 19, 40),
           w("k_guru1", "facebook"), target=dehen)
    cv.add(A("k_guru2", "tagged"), "facebook", "tagged", wib(2024, 1, 25, 19, 0), w("k_guru2", "facebook"),
           "Guru-guru Pahandut siap dukung Bang Yulius nomor 2! @Muhammad Noor Hidayat",
           initiated_by={"name": "Tim Bang Yulius"})
    cv.add(V("k_guru2", "post", "dprd-pky2-yulius", "exposed_then_engaged",
             note="tagged in January, posts his own support in February", lg="bjn"),
           "facebook", "post", wib(2024, 2, 3, 20, 0), w("k_guru2", "facebook"),
           "Ulun pilih Bang Yulius nomor 2 Golkar, urang Pahandut asli! 💪")
    cv.add(N("neg_everyday_asn"), "instagram", "post", wib(2024, 10, 13, 18, 0), w("t_guru", "instagram"),
           "Sunset di Jembatan Barelang 🌅 #batam")
    cv.add(R("photo_no_symbol", "a photo with the btm-2 running mate at a church event, no attributes", actor="t_guru",
             cand="btm-2"), "instagram", "post", wib(2024, 11, 9, 19, 0), w("t_guru", "instagram"),
           "Foto bareng Kak Asmah waktu acara gereja, orangnya ramah sekali 😊",
           media=[img("Berfoto dengan Asmah Daud, tanpa atribut kampanye")])
    aid = cv.add(V("t_camat", "post", "btm-1", "support_post", lg="kpr"), "facebook", "post",
                 wib(2024, 10, 26, 21, 0), w("t_camat", "facebook"),
                 "Batam Gemilang! Bersama Pak Syahrial membangun Batam Kota ☝️")
    cv.add(R("intent_uncertain", "'mantap pak camat' under the camat's campaign post: praise of the boss or of the "
                                 "candidate?", actor="t_lurah", cand="btm-1"),
           "facebook", "comment", wib(2024, 10, 26, 21, 15), w("t_lurah", "facebook"), "Mantap pak camat 👍",
           target=tgt(name=c.disp("t_camat"), text="Batam Gemilang! Bersama Pak Syahrial membangun Batam Kota ☝️",
                      tid=aid))
    cv.add(N("neg_everyday_asn"), "telegram", "message", wib(2024, 10, 30, 9, 0), w("t_staf", "telegram"),
           "Info: pelayanan KTP-el keliling hari Sabtu di Kelurahan Belian",
           group={"id": "-1001633208871", "name": "Info Warga Batam Kota"})
    cv.add(N("neg_even_mention"), "youtube", "comment", wib(2024, 11, 8, 20, 0), w("t_disdik", "youtube"),
           "Kedua paslon perlu memperjelas program pendidikan inklusif.",
           target=tgt(name="Batam TV", text="Debat Pilwako Batam 2024"))
    cv.add(V("g_nakes", "post", "pgk-1", "support_post", note="a PPPK midwife", lg="bka"), "facebook", "post",
           wib(2024, 10, 11, 17, 0), w("g_nakes", "facebook"),
           "Bang Jun dulu yang bantu ambulans Puskesmas Gerunggang. Insya Allah kite pilih nomor 1 😊")
    cv.add(N("neg_word_collision", "'Kota Beribu Senyum' is the city's motto and the pgk-2 slogan"), "instagram", "post",
           wib(2024, 10, 22, 12, 0), w("g_staf1", "instagram"), "Pameran UMKM Pangkalpinang, Kota Beribu Senyum! 😊")
    cv.add(N("neg_word_collision", "the cooperative office uses the city motto"), "instagram", "post",
           wib(2024, 10, 8, 10, 0), inst("pgk_koperasi"),
           "Pelatihan pemasaran digital untuk 40 pelaku UMKM. Kota Beribu Senyum, UMKM naik kelas!")
    cv.add(V("g_guru", "post", "pgk-2", "comment_support", action="comment"), "instagram", "comment",
           wib(2024, 10, 30, 20, 0), w("g_guru", "instagram"), "Ko Ahon semangat! Nomor 2 untuk Pangkalpinang 💪",
           target=tgt("ahon.rini", "Ahon - Rini", "Kampanye di Pasar Pagi Pangkalpinang"))
    cv.add(V("g_lurah", "post", "dprdprov-babel1-akiong", "comment_support", action="comment", lg="bka"), "facebook",
           "comment", wib(2024, 1, 14, 19, 0), w("g_lurah", "facebook"), "Koh Akiong mantap, nomor 5 pasti duduk! 🔥",
           target=tgt("akiong.perindo", "Febrianto Akiong", "Pangkalpinang Naik Kelas"))
    cv.add(V("p_nakes", "interact", "sumsel-1", "like"), "instagram", "reaction", wib(2024, 10, 3, 8, 0),
           w("p_nakes", "instagram"), target=tgt("fauzan.rusdi", "Fauzan - Rusdi", "Sumsel Melaju bersama nakes"))
    cv.add(N("neg_like_neutral"), "instagram", "reaction", wib(2024, 10, 3, 8, 2), w("p_nakes", "instagram"),
           target=tgt("rsud.bari", "RSUD Palembang BARI", "Jadwal dokter spesialis pekan ini"))
    cv.add(N("neg_election_body"), "facebook", "share", wib(2024, 10, 30, 10, 0), w("p_camat", "facebook"),
           "Info untuk warga IB I", target=tgt("kpu.kotapalembang", "KPU Kota Palembang",
                                               "Pemilih pindahan dapat mengurus formulir di PPS sampai 30 Oktober"))
    aid = cv.add(V("p_prov1", "negative", "sumsel-2", "negative_campaign", note="attacks the sumsel-2 pair"),
                 "facebook", "post", wib(2024, 11, 12, 20, 0), w("p_prov1", "facebook"),
                 "Calon nomor 2 itu tak pernah turun ke kebun karet, cuma pencitraan. Jangan tertipu! #SumselMelaju")
    cv.add(N("neg_neutrality_reminder"), "facebook", "comment", wib(2024, 11, 12, 20, 30), w("p_prov2", "facebook"),
           "Pak Heru, hati-hati, ini bisa masuk kampanye hitam. ASN dilarang.",
           target=tgt(name=c.disp("p_prov1"), text="Calon nomor 2 itu tak pernah turun ke kebun karet", tid=aid))
    cv.add(V("inst:plg_pupr", "inst", "plg-1", "institutional_account",
             note="the Dinas PUPR account credits the candidate for road works and uses his hashtag"),
           "instagram", "post", wib(2024, 10, 22, 9, 0), inst("plg_pupr"),
           "Perbaikan jalan Lorong Basah rampung! Terima kasih atas perhatian Mang Halim untuk warga 26 Ilir 🙏 "
           "#PalembangLemakNian")
    cv.add(V("p_prov2", "post", "pres-3", "pre_designation",
             note="10 Nov 2023: after the DCT, before the presidential designation: E and D codes"),
           "x", "post", wib(2023, 11, 10, 21, 0), w("p_prov2", "x"),
           "Bu Sari Dewanti itu dosen favoritku dulu, bangga beliau jadi cawapres 🥹 #RustamSari")
    cv.add(V("b_penyuluh", "photo", "dpd-bengkulu-salma", "photo_with_candidate",
             note="the media caption: a photo with the DPD candidate before her banner"),
           "facebook", "post", wib(2024, 1, 28, 16, 0), w("b_penyuluh", "facebook"),
           "Penyuluh bersama Bunda Salma di demplot padi Sukamerindu 🌾",
           media=[img("Berfoto dengan Salma Yuliantina, latar spanduk 'Salma DPD 27'")])
    cv.add(N("neg_gesture_no_context"), "instagram", "post", wib(2024, 2, 14, 11, 0), w("j_nakes", "instagram"),
           "Sudah nyoblos ☝️💜")
    cv.add(V("j_camat", "post", "dpr-jambi-marzuki", "pre_designation", note="2 Nov 2023, the day before the DCT"),
           "facebook", "post", wib(2023, 11, 2, 20, 0), w("j_camat", "facebook"),
           "Dukung Bang Marzuki ke Senayan! Putra Telanaipura 💪 #Marzuki4Jambi")
    cv.add(V("j_camat", "post", "dpr-jambi-marzuki", "support_post",
             note="stamped 2 Nov 17:30 UTC, which is 3 Nov 00:30 WIB: DCT day, a calon (SKB-D codes)"),
           "facebook", "post", wib(2023, 11, 3, 0, 30), w("j_camat", "facebook"),
           "Alhamdulillah Bang Marzuki masuk DCT, lanjut menang! 🔥", style="z")
    cv.add(V("p_camat", "interact", "dpr-sumsel1-tantri", "like"), "x", "reaction", wib(2024, 1, 22, 20, 0),
           w("p_camat", "x"), target=tgt("tantri_dpr", "Tantri Kusumawardani",
                                         "Perempuan Sumsel Berdaya, coblos NasDem nomor 2"))
    cv.add(V("p_guru1", "interact", "dpr-sumsel1-tantri", "follow", action="follow_or_join"), "instagram", "follow",
           wib(2024, 1, 5, 21, 0), w("p_guru1", "instagram"), target=tgt("tantri.dpr", "Tantri Kusumawardani"))
    cv.add(N("neg_election_body"), "facebook", "post", wib(2024, 1, 20, 9, 0), w("s_prov1", "facebook"),
           "KPU: debat capres kelima 4 Februari. Saksikan ketiga paslon, pilih dengan cerdas.")
    cv.add(N("neg_joke", "a teasing correction under a DPR candidate's post", lg="sub"), "facebook", "comment",
           wib(2024, 1, 30, 19, 0), w("s_kasi", "facebook"),
           "Kang Jae, jalan nu aya dina video teh lain di Pandeglang, di Serang éta mah 😄",
           target=tgt("jaenudin.gerindra", "Jaenudin Ramli", "Ngawangun lembur, jalan desa mulus"))
    cv.dump()

    cv = Canon(c, "patroli/patroli_siber_bawaslu_sulawesi_papuabarat.jsonl", "bws-timur")
    w = cv.who
    cv.add(V("u_prov2", "interact", "sulteng-1", "follow", action="follow_or_join"), "instagram", "follow",
           wita(2024, 9, 25, 20, 0), w("u_prov2", "instagram"), target=tgt("mappisofyan", "Mappi - Sofyan"))
    cv.add(N("neg_everyday_asn"), "facebook", "post", wita(2024, 9, 25, 8, 0), w("u_prov2", "facebook"),
           "Rahajeng rahina Galungan, semeton Bali di Palu 🙏")
    cv.add(V("u_prov2", "interact", "sulteng-1", "like"), "facebook", "reaction", wita(2024, 10, 5, 19, 0),
           w("u_prov2", "facebook"),
           target=tgt(c.cands["sulteng-1"].handle("facebook"), "Om Mappi", "Nosarara nosabatutu, Sulteng satu hati"))
    aid = cv.add(A("u_guru1", "tagged", "tagged by the volunteers because she shares the candidate's name"),
                 "facebook", "tagged", wita(2024, 10, 16, 15, 0), w("u_guru1", "facebook"),
                 "Terima kasih Ibu Rahmawati, sahabat guru Palu! Nomor 2 ✌️ @Sitti Rahmawati",
                 initiated_by={"name": "Relawan Rahma Yasin Palu"})
    cv.add(N("neg_untag_request"), "facebook", "comment", wita(2024, 10, 16, 15, 30), w("u_guru1", "facebook"),
           "Maaf, itu bukan saya. Tolong untag ya 🙏",
           target=tgt(name="Relawan Rahma Yasin Palu", text="Terima kasih Ibu Rahmawati, sahabat guru Palu!", tid=aid))
    cv.add(N("neg_gesture_no_context"), "facebook", "post", wita(2024, 11, 1, 16, 0), w("u_kepsek2", "facebook"),
           "Porseni SMP se-Kota Palu: SMPN 9 juara 1 futsal ⚽ Satu jari untuk juara!",
           media=[img("Siswa mengacungkan satu jari sambil memegang piala futsal")])
    cv.add(V("u_kadis", "post", "palu-1", "share", action="share", note="the head of the city education office"),
           "facebook", "share", wita(2024, 10, 5, 10, 0), w("u_kadis", "facebook"), "Program bagus untuk anak-anak kita 👍",
           target=tgt(c.cands["palu-1"].handle("facebook"), "Arfan - Nurjannah",
                      "Program seragam sekolah gratis untuk siswa SD-SMP se-Kota Palu"))
    cv.add(V("u_kadis", "post", "palu-1", "deleted_after", note="deleted 75 minutes later"), "facebook", "post",
           wita(2024, 10, 6, 20, 0), w("u_kadis", "facebook"), "Palu Bangkit Kuat bersama Pak Arfan! 💪",
           deleted_at=wita(2024, 10, 6, 21, 15))
    cv.add(V("u_guru2", "post", "palu-2", "support_post", note="a PPPK teacher's WhatsApp status"), "whatsapp", "post",
           wita(2024, 10, 25, 6, 30), w("u_guru2", "whatsapp"), "Palu Tumbuh Bersama, nomor 2 Ocep–Nirwana 💪")
    cv.add(N("neg_word_collision", "'Nirwana' (paradise) is the palu-2 running mate's name"), "instagram", "post",
           wita(2024, 11, 2, 6, 0), w("u_guru2", "instagram"), "Nirwana di pagi hari, Pantai Talise 🌅")
    cv.add(N("neg_everyday_asn"), "facebook", "post", wita(2024, 9, 20, 10, 0), w("o_guru1", "facebook"),
           "Selamat ulang tahun SMA Negeri 3 Gorontalo! Bangga jadi guru di sini 🙏")
    cv.add(A("o_guru1", "tagged", "the teacher who shares the candidate's name is tagged in a campaign post"),
           "facebook", "tagged", wita(2024, 10, 2, 19, 0), w("o_guru1", "facebook"),
           "Hamzah Pakaya nomor 1! Gorontalo Kota Karawo ☝️ @Hamzah Pakaya",
           initiated_by={"name": "Relawan Hamzah Yulan"})
    cv.add(V("o_nakes", "post", "gtl-2", "comment_support", action="comment"), "instagram", "comment",
           wita(2024, 10, 23, 20, 0), w("o_nakes", "instagram"), "Berobat gratis, mantap nomor 2 🩺",
           target=tgt("ismail.nurain", "Ismail - Nurain", "Program berobat gratis untuk warga Kota Gorontalo"))
    cv.add(N("neg_everyday_asn"), "youtube", "comment", wita(2024, 10, 24, 19, 0), w("o_nakes", "youtube"),
           "Materi edukasi yang bagus, bisa dipakai untuk penyuluhan 👍",
           target=tgt(name="RSUD Aloei Saboe", text="Tips cuci tangan yang benar"))
    cv.add(N("neg_neutrality_reminder"), "facebook", "post", wita(2024, 11, 20, 8, 0), w("o_camat", "facebook"),
           "Camat Kota Tengah mengimbau ASN tidak menghadiri kampanye akbar hari Sabtu. Netralitas harga mati.")
    cv.add(V("o_staf", "interact", "gtl-2", "supporters_group", action="follow_or_join"), "facebook", "join_group",
           wita(2024, 10, 10, 21, 0), w("o_staf", "facebook"),
           group={"id": "1766540099887766", "name": "Relawan Ismail Nurain Kota Tengah"})
    cv.add(V("o_guru2", "interact", "gtl-2", "follow", action="follow_or_join"), "tiktok", "follow",
           wita(2024, 10, 30, 21, 0), w("o_guru2", "tiktok"), target=tgt("ismail.nurain", "Ismail - Nurain"))
    cv.add(N("neg_word_collision", "Karawo embroidery; the phrase is the gtl-1 slogan"), "tiktok", "post",
           wita(2024, 10, 22, 10, 0), inst("gtl_kominfo"),
           "Pameran Karawo 2024 dibuka! Gorontalo Kota Karawo, sulaman kebanggaan kita 🧵")
    cv.add(V("inst:gtl_kominfo", "inst", "gtl-1", "institutional_account"), "tiktok", "post", wita(2024, 11, 2, 20, 0),
           inst("gtl_kominfo"), "Liputan kampanye Hamzah–Yulan di Kota Tengah, Gorontalo Kota Karawo nomor 1! ☝️")
    cv.add(N("neg_negation"), "facebook", "comment", wita(2024, 1, 27, 19, 0), w("o_lurah", "facebook"),
           "Pak Idris, mohon maaf tidak bisa hadir, saya ASN 🙏",
           target=tgt("idristaliki", "Idris Taliki", "Undangan silaturahmi tokoh perempuan Kota Gorontalo"))
    cv.add(V("o_prov", "post", "dpd-gorontalo-idris", "ballot_number_call", note="keycaps for the DPD number 12"),
           "facebook", "post", wita(2024, 2, 1, 19, 0), w("o_prov", "facebook"),
           "Pak Idris Taliki DPD nomor 1️⃣2️⃣, putra Gorontalo ☝️ #IdrisDPD")
    cv.add(N("neg_official_duty"), "facebook", "post", wita(2024, 10, 20, 9, 0), w("e_camat", "facebook"),
           "Rapat RT/RW se-Kadia: membahas sampah dan genangan air.")
    cv.add(V("e_camat", "post", "kdi-1", "comment_support", action="comment",
             note="the camat promises Kadia's votes under the candidate's post (he later denies steering RTs)"),
           "facebook", "comment", wita(2024, 10, 19, 20, 0), w("e_camat", "facebook"),
           "Selamat datang di Kadia, Pak Tamrin. Warga Kadia siap menangkan nomor 1!",
           target=tgt("tamrinhasna", "Tamrin - Hasna", "Silaturahmi di Kadia"))
    cv.add(V("inst:kdi_dlh", "inst", "kdi-1", "institutional_account"), "instagram", "post", wita(2024, 10, 24, 10, 0),
           inst("kdi_dlh"), "Kendari Kota Lulo bersih! Bersama Pak Tamrin kita jaga kebersihan kota 🌿 #TamrinHasna")
    cv.add(N("neg_everyday_inst"), "instagram", "post", wita(2024, 10, 25, 8, 0), inst("kdi_dlh"),
           "Jadwal angkut sampah pekan ini, mohon sampah dikeluarkan sebelum jam 6 pagi.")
    cv.add(N("neg_withdrawn"), "facebook", "post", wita(2024, 10, 26, 9, 0), w("e_kadis", "facebook"),
           "Unggahan akun DLH 24 Oktober di luar sepengetahuan saya. Sudah saya minta dihapus dan admin ditegur.")
    g_hs = {"id": "120363041876550912@g.us", "name": "Relawan Husna–Sahrul Kadia"}
    cv.add(A("e_kabid", "added_to_group", "added to the kdi-2 volunteers' group; she never writes there", lg="sys"),
           "whatsapp", "added_to_group", wita(2024, 10, 27, 19, 0), w("e_kabid", "whatsapp"), group=g_hs,
           initiated_by={"name": "Posko Husna Sahrul"})
    cv.add(V("e_staf1", "team", "kdi-2", "supporters_group", action="post", in_group=True, lg="tlk"), "whatsapp",
           "message", wita(2024, 10, 29, 19, 0), w("e_staf1", "whatsapp"),
           "Besok kumpul jam 3 di posko ya, sa bawa konsumsi 🍱", group=g_hs)
    cv.add(N("neg_namesake", lg="tlk"), "facebook", "post", wita(2024, 11, 21, 20, 0), w("e_staf3", "facebook"),
           "Bukan sa yang kampanye, itu Pak Tamrin calon 😂 sa Tamrin sopir DLH ji")
    cv.add(N("neg_asn_neutral"), "facebook", "post", wita(2024, 10, 5, 11, 0), w("a_camat", "facebook"),
           "Kecamatan Wolio siap menyukseskan Pilkada damai. Semua paslon kami layani sama.")
    cv.add(V("a_camat", "interact", "bau-1", "like"), "facebook", "reaction", wita(2024, 10, 30, 20, 30),
           w("a_camat", "facebook"),
           target=tgt(c.cands["bau-1"].handle("facebook"), "Zainal - Haeba", "Baubau Semerbak bersama nomor 1"))
    cv.add(N("neg_untag_request"), "instagram", "comment", wita(2024, 10, 18, 20, 0), w("a_lurah", "instagram"),
           "Tabe, mohon maaf, tolong jangan tag akun kami di postingan kampanye 🙏",
           target=tgt("ihsan.ratna", "Ihsan - Ratna", "Terima kasih warga Batulo"))
    cv.add(V("a_staf", "post", "bau-2", "share", action="share"), "facebook", "share", wita(2024, 10, 29, 21, 0),
           w("a_staf", "facebook"),
           target=tgt("ihsanratna.baubau", "Ihsan - Ratna", "Kampanye akbar di Lapangan Merdeka, nomor 2!"))
    cv.add(V("a_camat", "post", "pres-1", "pre_designation",
             note="13 Nov 00:30 WITA is 12 Nov 23:30 WIB: still before the presidential designation (E and D codes)"),
           "facebook", "post", wita(2023, 11, 13, 0, 30), w("a_camat", "facebook"),
           "Pak Haryo–Bang Lukman pasangan paling berilmu. Indonesia Tumbuh Merata! #HaryoLukman")
    cv.add(N("neg_negation", lg="pmy"), "facebook", "post", wit(2024, 10, 12, 9, 0), w("m_kadis", "facebook"),
           "Sa minta maaf, kemarin sa dampingi Bapa Yan di pasar sebagai tamu, bukan kampanye. Distrik netral.")
    cv.add(N("neg_number_no_context", lg="pmy"), "facebook", "post", wit(2024, 10, 25, 11, 0), w("m_staf1", "facebook"),
           "Pelayanan KTP-el di distrik, antrean nomor 1 sampe 50 su habis jam 10 😅")
    aid = cv.add(A("m_staf1", "tagged"), "facebook", "tagged", wit(2024, 10, 26, 19, 0), w("m_staf1", "facebook"),
                 "Staf distrik juga satu hati dengan nomor 2! @Frida Mandowen",
                 initiated_by={"name": "Relawan Yan Rahman Manokwari"})
    cv.add(N("neg_untag_request", lg="pmy"), "facebook", "comment", wit(2024, 10, 26, 19, 40), w("m_staf1", "facebook"),
           "Sa tra pernah bilang begitu, tolong hapus sa pu nama 😡",
           target=tgt(name="Relawan Yan Rahman Manokwari", text="Staf distrik juga satu hati dengan nomor 2!", tid=aid))
    cv.add(V("m_guru1", "interact", "mkw-2", "like"), "instagram", "reaction", wit(2024, 11, 5, 20, 0),
           w("m_guru1", "instagram"), target=tgt("yan.rahman.mkw", "Yan - Rahman", "Satu Hati Manokwari, nomor 2"))
    g_mk = {"id": "120363041876550977@g.us", "name": "Relawan Bapa Markus Manokwari Barat"}
    cv.add(A("m_guru2", "added_to_group", lg="sys"), "whatsapp", "added_to_group", wit(2024, 10, 3, 20, 0),
           w("m_guru2", "whatsapp"), group=g_mk, initiated_by={"name": "Tim Markus Yohana"})
    cv.add(N("neg_leave_group", lg="pmy"), "whatsapp", "message", wit(2024, 10, 4, 20, 0), w("m_guru2", "whatsapp"),
           "Sa keluar dulu, sa guru. Tuhan berkati 🙏", group=g_mk)
    cv.add(V("m_prov", "post", "dpr-papuabarat-wompere", "support_post", lg="pmy"), "facebook", "post",
           wit(2024, 1, 12, 19, 0), w("m_prov", "facebook"),
           "Kaka Niko Wompere nomor 1 PDIP, anak asli Papua Barat ke Senayan! 💪 #KakaNiko")
    cv.add(V("u_prov1", "post", "dpr-sulteng-gunawan", "support_post", note="5 Nov 2023, after the DCT"), "facebook",
           "post", wita(2023, 11, 5, 20, 0), w("u_prov1", "facebook"),
           "Om Gun masuk DCT DPR Golkar nomor 4. Sukses Om Gun! #OmGun")
    cv.add(N("neg_like_neutral"), "x", "reaction", wita(2024, 2, 5, 10, 0), w("e_prov", "x"),
           target=tgt("kpu_sultra", "KPU Sulawesi Tenggara", "Distribusi logistik pemilu ke 17 kabupaten/kota"))
    cv.add(N("neg_neutrality_reminder"), "facebook", "post", wita(2024, 2, 8, 9, 0), w("e_prov", "facebook"),
           "Kesbangpol Sultra mengimbau ASN menjaga netralitas jelang pemungutan suara 14 Februari.")
    cv.add(N("neg_asn_neutral", lg="pmy"), "facebook", "post", wit(2024, 2, 14, 12, 0), w("m_nakes", "facebook"),
           "Sa su coblos, jari ungu 💜")
    cv.dump()


# =============================================================================================
# screenshots (Pillow)
# =============================================================================================
def screenshots(ctx):
    c = ctx
    png_shot(c, "screenshots/tangkapan_status_wa_nurjanah_pupr_plg.png",
             ["Status WhatsApp", "Nurjanah PUPR", "Hari ini 07.15", "Ayo dukung Mang Halim nomor 1!",
              "Palembang Lemak Nian"],
             R("screenshot_ocr", "a screenshot of a status under the contact name 'Nurjanah PUPR': the image alone does "
                                 "not prove whose status it is", actor="p_kasi2", cand="plg-1"), wib(2024, 10, 20, 7, 15))
    png_shot(c, "screenshots/tangkapan_grup_fb_relawan_rahma_yasin_palu.png",
             ["Grup Relawan Rahma-Yasin Palu", "Moh. Arham L.", "Siap menangkan nomor 2!", "Suka  Balas  3 j"],
             R("screenshot_ocr", "an abbreviated name in a volunteers' group screenshot: could be the Disdik field head "
                                 "Moh. Arham Lasahido, who praised the other pair's running mate", actor="u_kabid",
               cand="sulteng-2"), wita(2024, 11, 4, 21, 0))
    png_shot(c, "screenshots/tangkapan_story_ig_yogi_pratama_st.png",
             ["Story Instagram", "yogi.pratama.st", "Kampanye akbar di Jakabaring", "Mang Halim - Yuk Ratna 1"],
             R("screenshot_ocr", "a story screenshot showing the Kasi's handle at the rally; stories cannot be checked "
                                 "against the account afterwards", actor="p_kasi1", cand="plg-1"),
             wib(2024, 10, 18, 16, 0))
    png_shot(c, "screenshots/tangkapan_komentar_fb_camat_kadia.png",
             ["Komentar Facebook", "Alimuddin Lapasi", "Selamat datang di Kadia, Pak Tamrin.",
              "Warga Kadia siap menangkan nomor 1!"],
             R("screenshot_ocr", "a screenshot of the camat's comment, sent to Bawaslu with the report", actor="e_camat",
               cand="kdi-1"), wita(2024, 10, 19, 20, 0))


# =============================================================================================
def build(ctx):
    global DESCRIPTION
    langs = {}
    base = ctx.label

    def label(tid, lab, **kw):
        lab = dict(lab)
        langs[tid] = lab.pop("lg", "id")
        base(tid, lab, **kw)

    ctx.label = label
    elections(ctx)
    registry(ctx)
    facebook(ctx)
    crowdtangle(ctx)
    x_files(ctx)
    instagram(ctx)
    tiktok(ctx)
    youtube(ctx)
    telegram(ctx)
    whatsapp(ctx)
    canonical(ctx)
    screenshots(ctx)
    K.textless(ctx, langs)
    status = {t["id"]: t["status"] for t in ctx.truth}
    rows = []
    for lg, n in sorted(Counter(langs[t] for t in status).items(), key=lambda kv: (-kv[1], kv[0])):
        s = Counter(status[t] for t in status if langs[t] == lg)
        rows.append((f"{LANGS[lg]} (`{lg}`)", n, s["violation"], s["alert"], s["review"], s["none"]))
    DESCRIPTION = DESC_HEAD + K.table(rows, ["language", "labels", "violation", "alert", "review", "none"]) + DESC_TAIL
