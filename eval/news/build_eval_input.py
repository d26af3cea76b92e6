#!/usr/bin/env python3
"""Join the labelled news corpus (labels-*.jsonl, no article text) with locally
stored article texts into a JSON Lines file in the format of
shared/data/news-dev.jsonl (plus incident_date, actors, published).

Standard library only.

    python3 eval/news/build_eval_input.py --split dev --out /work/news-corpus/eval-dev.jsonl
    python3 eval/news/build_eval_input.py --split all --texts /path/to/texts --out all.jsonl

Each text file <texts>/<id>.txt must be the exact UTF-8 text whose SHA-256 is
recorded in the label line (text_sha256).  Articles whose text is missing or
whose hash does not match are reported on stderr and left out (or, with
--keep-mismatch, kept with "text_sha256_ok": false).  The exit status is 1 when
any text is missing or mismatched, 0 otherwise.
"""
import argparse, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TEXTS = '/work/news-corpus/texts'
SPLITS = {'dev': ['labels-dev.jsonl'], 'heldout': ['labels-heldout.jsonl'],
          'heldout2': ['labels-heldout2.jsonl'],
          'heldout3': ['labels-heldout3.jsonl'],
          'heldout4': ['labels-heldout4.jsonl'],
          'heldout5': ['labels-heldout5.jsonl'],
          'heldout6': ['labels-heldout6.jsonl'],
          'all': ['labels-dev.jsonl', 'labels-heldout.jsonl', 'labels-heldout2.jsonl',
                  'labels-heldout3.jsonl', 'labels-heldout4.jsonl', 'labels-heldout5.jsonl',
                  'labels-heldout6.jsonl']}


def load_labels(split, labels_dir):
    rows = []
    for name in SPLITS[split]:
        with open(os.path.join(labels_dir, name), encoding='utf-8') as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def news_dev_date(lab):
    """ISO date (YYYY-MM-DD) in the news-dev 'date' field, with its source."""
    if lab.get('published_iso'):
        return lab['published_iso'][:10], 'published'
    if lab.get('url_date'):
        return lab['url_date'], 'url'
    return None, None


def convert(lab, text, dev_election_convention):
    election, detail = lab['election'], lab.get('election_detail')
    if dev_election_convention and election == 'pemilu2019':
        election, detail = 'other', 'pemilu2019'
    date, date_source = news_dev_date(lab)
    return {
        'id': lab['id'], 'url': lab['url'], 'headline': lab['title'],
        'headline_source': lab.get('title_source'),
        'date': date, 'date_source': date_source,
        'source_corpus': lab.get('source_corpus'), 'query': lab.get('search_query'),
        'excerpt': text,
        'article_type': lab['article_type'], 'actor_name': lab.get('actor_name'),
        'actor_position': lab.get('actor_position'), 'agency': lab.get('agency'),
        'region': lab.get('region'), 'platform': lab.get('platform', []),
        'actions': lab.get('actions', []), 'candidate_or_party': lab.get('candidate_or_party'),
        'election': election, 'election_detail': detail,
        'outcome': lab.get('outcome'), 'notes': lab.get('notes'),
        'event_group': lab.get('event_group'),
        'incident_date': lab.get('incident_date'), 'actors': lab.get('actors', []),
        'published': lab.get('published'), 'published_iso': lab.get('published_iso'),
        'evidence': lab.get('evidence', []), 'split': lab.get('split'),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--split', choices=sorted(SPLITS), default='all')
    ap.add_argument('--texts', default=DEFAULT_TEXTS, help='folder with <id>.txt (default %(default)s)')
    ap.add_argument('--labels-dir', default=HERE, help='folder with labels-*.jsonl (default: this script\'s folder)')
    ap.add_argument('--out', required=True, help='output JSON Lines file')
    ap.add_argument('--dev-election-convention', action='store_true',
                    help='encode Pemilu 2019 as election="other", election_detail="pemilu2019" as in shared/data/news-dev.jsonl')
    ap.add_argument('--keep-mismatch', action='store_true', help='keep articles whose text hash does not match')
    ap.add_argument('--check-evidence', action='store_true', help='also check that evidence offsets lie inside the text')
    a = ap.parse_args(argv)

    labels = load_labels(a.split, a.labels_dir)
    out, missing, mismatch, bad_ev = [], [], [], []
    for lab in labels:
        path = os.path.join(a.texts, lab['id'] + '.txt')
        if not os.path.exists(path):
            missing.append(lab['id']); continue
        with open(path, 'rb') as f:
            raw = f.read()
        text = raw.decode('utf-8')
        ok = hashlib.sha256(raw).hexdigest() == lab['text_sha256'] and len(text) == lab['text_length']
        if not ok:
            mismatch.append(lab['id'])
            if not a.keep_mismatch:
                continue
        rec = convert(lab, text, a.dev_election_convention)
        if a.keep_mismatch:
            rec['text_sha256_ok'] = ok
        if a.check_evidence:
            for e in lab.get('evidence', []):
                if not (0 <= e['start'] < e['end'] <= len(text)):
                    bad_ev.append(f"{lab['id']}:{e['field']}")
        out.append(rec)

    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')

    print(f'{a.split}: {len(labels)} labelled, {len(out)} written to {a.out}', file=sys.stderr)
    if missing:
        print(f'MISSING text for {len(missing)}: {" ".join(missing)}', file=sys.stderr)
    if mismatch:
        print(f'SHA-256/length MISMATCH for {len(mismatch)}: {" ".join(mismatch)}', file=sys.stderr)
    if bad_ev:
        print(f'evidence offsets outside text: {" ".join(bad_ev)}', file=sys.stderr)
    return 1 if (missing or mismatch or bad_ev) else 0


if __name__ == '__main__':
    sys.exit(main())
