#!/usr/bin/env python3
"""Builds jaganetral/catalogue/lexicons/common-words-id.txt: everyday Indonesian words.

The screen uses the list to tell an acronym or one-word alias that is also an everyday word
("RAMAH" friendly, "IMAN" faith, "JAGA" guard) from one that is not: a colliding one needs more
context before it names a candidate. Source: the IndoNLU SmSA (reviews) and EmoT (tweets) texts
(Apache-2.0, see lexicons/ATTRIBUTION.md). Deterministic: words of three letters or more seen at
least MIN_COUNT times, sorted.

    python3 scripts/build_common_words.py /path/to/shared/data/datasets/indonlu
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

MIN_COUNT = 3
OUT = Path(__file__).resolve().parents[1] / "jaganetral" / "catalogue" / "lexicons" / "common-words-id.txt"
WORD = re.compile(r"[a-z]{3,}")


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/datasets/indonlu") / "dataset"
    counts: Counter[str] = Counter()
    for p in sorted((root / "smsa_doc-sentiment-prosa").glob("*.tsv")):
        for line in p.read_text(encoding="utf-8").splitlines():
            counts.update(WORD.findall(line.split("\t", 1)[0].lower()))
    for p in sorted((root / "emot_emotion-twitter").glob("*.csv")):
        with p.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                counts.update(WORD.findall(row["tweet"].lower().replace("[username]", " ")))
    words = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
