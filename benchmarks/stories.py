"""Stories: B-cubed precision, recall and F1 of online story assignment on a labelled mix.

    .venv/bin/python benchmarks/stories.py                 # the score (printed last)
    .venv/bin/python benchmarks/stories.py --clusters      # also each predicted story's members
    .venv/bin/python benchmarks/stories.py --sweep         # F1 over a range of thresholds
    .venv/bin/python benchmarks/stories.py --timing        # also assignment time per article, 1x and 10x
    .venv/bin/python benchmarks/stories.py --feed tests/data/stories/blind.jsonl   # another labelled feed
    .venv/bin/python benchmarks/stories.py --feed tests/data/stories/blind.jsonl --with-original

``--feed PATH`` scores any labelled JSONL feed (``story`` label per line; ``url``, ``title``,
``text``, ``published`` where given) mixed with the same distractors instead of the default
labelled set (``--with-original`` keeps that set too). Where its lines carry a ``date`` (the
known publication date, ISO), publication dating is scored as well: the articles are dated as
``analyze`` dates them (cleaning, then ``published.settle`` once per predicted story, chunk by
chunk), and an article counts as right within one day of its known date. ``evidence`` on a line
(``url``, ``dateline``, ``published``, ``none``) splits the share between articles with a date
of their own and those that can only take their story's.

The mix (all cleaned as ``analyze`` cleans them, then shuffled with a fixed seed, so stories
interleave as in a real feed, and assigned in chunks of 64 into a fresh SQLite file):

- labelled: the written stories of ``tests/data/claims/stories/`` (one story per folder) and of
  ``tests/data/stories/feed.jsonl`` (its ``story`` field): earthquakes in Peru, Nepal and
  Sumatra, migrant boats off Libya, Lampedusa and Senegal and a ferry in the Philippines, floods
  in Bangladesh and Germany, protests in Lisbon and Nairobi, and more; plus the five seed
  articles (``../shared/corpus/kursk/``, one story);
- unlabelled distractors: the 181 pages of ``../shared/benchmarks/article-extraction/`` (their
  gold article text and URL; the ones newsclaims refuses as not English are left out).

B-cubed over the labelled articles: an article's precision is the share of its predicted story
(distractors included) that carries its label, its recall the share of its label's articles in
its predicted story; both averaged over labelled articles, F1 their harmonic mean. A distractor
joined to a labelled story thus lowers precision. ``--timing`` repeats the whole set 10 times,
each copy perturbed (one line naming the copy, so every article is a new document) and measures
the assignment of the last copy against a store holding the nine before it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
WRITTEN = ROOT / "tests" / "data" / "claims" / "stories"
FEED = ROOT / "tests" / "data" / "stories" / "feed.jsonl"
SEEDS = SHARED / "corpus" / "kursk"
DISTRACTORS = SHARED / "benchmarks" / "article-extraction" / "ground-truth.json"
CHUNK = 64


def feed_raws(path: Path):
    """(label, RawDocument) for every line of a labelled JSONL feed."""
    from newsclaims.model import RawDocument

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        published = dt.datetime.fromisoformat(item["published"]) if item.get("published") else None
        yield item["story"], RawDocument(uri=item["url"], content=item["text"], media_type="text/plain",
                                         title=item.get("title"), published=published, url=item["url"])


def feed_truth(path: Path) -> dict[str, tuple[dt.date, str]]:
    """url -> (known date, evidence) for the lines of a feed that give a ``date``."""
    truth = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and (item := json.loads(line)).get("date"):
            truth[item["url"]] = (dt.date.fromisoformat(item["date"]), item.get("evidence") or "?")
    return truth


def labelled_raws():
    """(label, RawDocument) for every labelled article."""
    from newsclaims.model import RawDocument

    for path in sorted(WRITTEN.glob("*/*.txt")):
        yield path.parent.name, RawDocument(uri=str(path), content=path.read_text(encoding="utf-8"),
                                            media_type="text/plain")
    for n, line in enumerate(FEED.read_text(encoding="utf-8").splitlines()):
        item = json.loads(line)
        published = dt.datetime.fromisoformat(item["published"]) if item.get("published") else None
        yield item["story"], RawDocument(uri=item["url"], content=item["text"], media_type="text/plain",
                                         title=item["title"], published=published, url=item["url"])
    for path in sorted(SEEDS.glob("*.txt")):
        yield "kursk", RawDocument(uri=str(path), content=path.read_text(encoding="utf-8"), media_type="text/plain")


def distractor_raws():
    from newsclaims.model import RawDocument

    items = json.loads(DISTRACTORS.read_text(encoding="utf-8"))
    for key, item in sorted(items.items()):
        yield None, RawDocument(uri=item.get("url") or key, content=item["articleBody"], media_type="text/plain",
                                url=item.get("url"))


def load(copy: int = 0, feeds: tuple[Path, ...] = (), original: bool = True):
    """(label or None, cleaned Article) for the whole mix, shuffled; ``copy`` > 0 perturbs.
    ``feeds``: labelled feeds added to the mix; ``original``: whether the default labelled set is."""
    import dataclasses

    from newsclaims import clean
    from newsclaims.errors import InputError

    mix = []
    labelled = [*(labelled_raws() if original else ()), *(item for path in feeds for item in feed_raws(path))]
    for label, raw in [*labelled, *distractor_raws()]:
        if copy:
            raw = dataclasses.replace(raw, uri=f"{raw.uri}#copy{copy}", content=f"{raw.content}\n\nCopy {copy}.")
        try:
            mix.append((label, clean.clean(raw)))
        except InputError:
            continue
    random.Random(copy).shuffle(mix)
    return mix


def assign(mix, store, params):
    from newsclaims import stories

    out = []
    for start in range(0, len(mix), CHUNK):
        out += stories.assign(store, [a for _, a in mix[start:start + CHUNK]], params)
    return out


def bcubed(labels: list[str | None], predicted: list[str]) -> tuple[float, float, float]:
    members = defaultdict(list)
    for label, story in zip(labels, predicted):
        members[story].append(label)
    sizes = Counter(label for label in labels if label is not None)
    precision = recall = 0.0
    for label, story in zip(labels, predicted):
        if label is None:
            continue
        same = sum(1 for other in members[story] if other == label)
        precision += same / len(members[story])
        recall += same / sizes[label]
    n = sum(sizes.values())
    p, r = precision / n, recall / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run(mix, params, settle: bool = False):
    """The articles with their stories (and, with ``settle``, dated by story as ``analyze`` does),
    and the seconds that assignment took."""
    from newsclaims.pipeline import _Known, _settle_by_story
    from newsclaims.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "stories.db")) as store:
        started = time.perf_counter()
        articles = assign(mix, store, params)
        seconds = time.perf_counter() - started
        articles = _merged(articles, store)
        if settle:
            known = _Known()
            dated = []
            for start in range(0, len(articles), CHUNK):
                dated += _settle_by_story(articles[start:start + CHUNK], store, known)
            articles = _redate_late(dated, known)
        return articles, seconds


def _redate_late(articles, known):
    """As ``analyze`` does once its chunks are stored: articles left undated because their
    story's first trusted date came in a later chunk are dated from it."""
    from newsclaims.clean import published

    late = defaultdict(list)
    for article in articles:
        if article.published is None and known.get(article.story):
            late[article.story].append(article)
    redated = {a.id: a for story, group in late.items() for a in published.settle(group, known=known[story])}
    return [redated.get(a.id, a) for a in articles]


def _merged(articles, store):
    """The articles with the story each now belongs to (a later chunk may merge an article's
    story of one into a grown story: the store's members say where each went)."""
    import dataclasses

    import sqlalchemy as sa

    from newsclaims.store.schema import story_members

    with store.locked("stories") as conn:
        members = dict(conn.execute(sa.select(story_members.c.document_id, story_members.c.story)).all())
    return [dataclasses.replace(a, story=members.get(a.id, a.story)) for a in articles]


def dating(articles, truth) -> list[str]:
    """Lines scoring publication dates against ``truth`` (url -> (date, evidence)), the share last."""
    rows = defaultdict(lambda: [0, 0, 0])  # evidence -> scored, dated, right
    wrong = []
    for article in articles:
        known = truth.get(article.url or article.uri)
        if known is None:
            continue
        date, evidence = known
        row = rows[evidence]
        row[0] += 1
        row[1] += article.published is not None
        ok = article.published is not None and abs((article.published - date).days) <= 1
        row[2] += ok
        if not ok:
            wrong.append(f"  wrong: {article.url} known {date}, got {article.published} "
                         f"({article.published_basis}: {article.published_reason})")
    lines = [f"dating, {evidence}: {n} articles, {d} dated, {r} right within a day"
             for evidence, (n, d, r) in sorted(rows.items())]
    own = [row for evidence, row in rows.items() if evidence != "none"]
    n, d, r = (sum(col) for col in zip(*rows.values())) if rows else (0, 0, 0)
    on, od, orr = (sum(col) for col in zip(*own)) if own else (0, 0, 0)
    lines += wrong
    lines.append(f"dated right within a day: {r}/{n} = {r / max(n, 1):.3f} of all; "
                 f"{orr}/{on} = {orr / max(on, 1):.3f} of those with a date of their own; "
                 f"{r}/{d} = {r / max(d, 1):.3f} of dated")
    return lines


def timing(params) -> list[tuple[str, int, float]]:
    """Milliseconds per article to assign one copy of the set: into an empty store (1x) and into
    a store already holding nine perturbed copies (10x)."""
    from newsclaims.store import Store

    rows = []
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "stories.db")) as store:
        for copy in range(10):
            mix = load(copy)
            started = time.perf_counter()
            assign(mix, store, params)
            elapsed = time.perf_counter() - started
            if copy in (0, 9):
                rows.append((f"{copy + 1}x", len(mix), 1000 * elapsed / len(mix)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", action="store_true", help="print each predicted story holding a labelled article")
    parser.add_argument("--sweep", action="store_true", help="F1 at thresholds 0.10 .. 0.50")
    parser.add_argument("--timing", action="store_true", help="assignment time per article at 1x and 10x")
    parser.add_argument("--threshold", type=float, help="override the joining threshold")
    parser.add_argument("--feed", type=Path, action="append", default=[],
                        help="a labelled JSONL feed to score (its 'story' field) instead of the default labelled set")
    parser.add_argument("--with-original", action="store_true", help="with --feed: keep the default labelled set too")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import dataclasses

    from newsclaims import stories

    params = stories.DEFAULT if args.threshold is None else dataclasses.replace(stories.DEFAULT, threshold=args.threshold)
    feeds = tuple(args.feed)
    mix = load(feeds=feeds, original=not feeds or args.with_original)
    truth = {url: known for path in feeds for url, known in feed_truth(path).items()}
    labels = [label for label, _ in mix]
    if args.sweep:
        for threshold in (0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50):
            articles, _ = run(mix, dataclasses.replace(params, threshold=threshold))
            p, r, f = bcubed(labels, [a.story for a in articles])
            print(f"threshold {threshold:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    articles, seconds = run(mix, params, settle=bool(truth))
    if args.clusters:
        _print_clusters(labels, articles)
    if args.timing:
        for name, n, ms in timing(params):
            print(f"assignment {name}: {n} articles, {ms:.1f} ms per article")
    if truth:
        print("\n".join(dating(articles, truth)))
    p, r, f = bcubed(labels, [a.story for a in articles])
    named = sum(1 for label in labels if label)
    print(f"{named} labelled articles in {len(set(filter(None, labels)))} stories, {len(labels) - named} distractors; "
          f"assigned in {seconds:.1f} s ({1000 * seconds / len(labels):.1f} ms per article)")
    print(f"B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")


def _print_clusters(labels, articles) -> None:
    members = defaultdict(list)
    for label, article in zip(labels, articles):
        members[article.story].append((label or "-", article.title or article.uri))
    for story, items in sorted(members.items(), key=lambda kv: -len(kv[1])):
        if any(label != "-" for label, _ in items):
            print(f"{story}: " + "; ".join(f"[{label}] {title[:50]}" for label, title in items))


if __name__ == "__main__":
    main()
