"""Online assignment: each new article joins its most similar story, or starts one.

After Miranda et al., *Multilingual Clustering of Streaming News* (EMNLP 2018): the article's
TF-IDF vector in each space (:mod:`.features`) is compared with each candidate story's centroid
(cosine per space), the similarities are combined with fixed weights, scaled up when the article
falls within days of the story's dates and down when months apart, and the article joins the best story when the result
reaches :attr:`Parameters.threshold`, else it starts a new one. Candidates come from the inverted
index (stories sharing the article's most telling terms, active within a window of its date), so
the work per article does not grow with the store. Miranda et al. learn the weights and the
threshold; here they are set on ``benchmarks/stories.py`` (see benchmarks/README.md).

A story's id is ``s`` + the id of the article that started it: stable across runs and machines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..clean import published as published_dates
from ..model import Article
from . import label as labels
from .features import SPACES, Features, features
from .index import Centroid, Index, Vectors


@dataclass(frozen=True)
class Parameters:
    weights: Mapping[str, float] = dataclasses.field(
        default_factory=lambda: {"tokens": 0.5, "entities": 0.3, "places": 0.1, "figures": 0.1})
    threshold: float = 0.2  # combined similarity needed to join a story (middle of the plateau, see benchmarks)
    grace_days: int = 60  # no time penalty this close to a story's span
    same_days: int = 3  # this close to a story's span, similarity is raised by ``same_bonus``
    same_bonus: float = 0.3
    tau_days: float = 730.0  # beyond it, similarity scaled by exp(-(days - grace) / tau)
    window_days: int = 400  # candidate stories: active within this many days of the article
    candidates: int = 40  # at most this many candidate stories compared in full
    query_terms: Mapping[str, int] = dataclasses.field(
        default_factory=lambda: {"tokens": 25, "entities": 25, "places": 5, "figures": 10})


DEFAULT = Parameters()


def assign_articles(articles: Sequence[Article], index: Index, params: Parameters = DEFAULT) -> list[Article]:
    """The articles with ``story`` set; the index (and so the store) updated. Articles already
    assigned (by an earlier run, or another process) keep their story."""
    known = index.members([a.id for a in articles])
    fresh: dict[str, tuple[Article, Features]] = {}
    for article in articles:
        if article.id not in known and article.id not in fresh:
            fresh[article.id] = (article, features(article, _sure(article)))
    index.count([f.vectors for _, f in fresh.values()])  # the whole chunk first: better idf early on
    for article, feats in fresh.values():
        known[article.id] = _assign_one(article, feats, index, params)
    merged = _absorb({known[article_id] for article_id in fresh}, index, params)
    for article_id, story in known.items():
        while story in merged:
            story = merged[story]
        known[article_id] = story
    return [dataclasses.replace(a, story=known[a.id]) for a in articles]


def _assign_one(article: Article, feats: Features, index: Index, params: Parameters) -> str:
    weighted = {space: _tfidf(vector, index.idf(space, vector)) for space, vector in feats.vectors.items()}
    best, score = _best(weighted, feats, index, params)
    if best is None or score < params.threshold:
        best = Centroid(id=f"s{article.id}", label="", new=True)
    _join(best, article, feats, weighted, index)
    index.save(best, article.id)
    return best.id


def _best(weighted: Vectors, feats: Features, index: Index, params: Parameters,
          other_than: str | None = None) -> tuple[Centroid | None, float]:
    """The most similar candidate story (never ``other_than``) and its similarity."""
    query = {space: _top(weighted[space], n) for space, n in params.query_terms.items()}
    ids = [i for i in index.candidates(query, feats.published, params.window_days, params.candidates + 1)
           if i != other_than][:params.candidates]
    best, score = None, 0.0
    for centroid in index.centroids(ids).values():
        similarity = _similarity(weighted, feats.published, centroid, index, params)
        if similarity > score or (similarity == score and best is not None and centroid.id < best.id):
            best, score = centroid, similarity
    return best, score


def _absorb(touched: set[str], index: Index, params: Parameters) -> dict[str, str]:
    """Stories of one article that a story grown in this chunk now draws in: old id -> new id.

    An online pass never merges two stories, so a report that came before the rest of its
    story (a follow-up read first, sharing too little with the stories seen so far) would stay
    alone for good. Once a chunk is in, each story it grew looks for stories of a single article
    among its candidates; one whose article now reaches the threshold against it joins it (its
    documents, stored or not, take the story's id)."""
    merged: dict[str, str] = {}
    for story in sorted(touched):
        target = index.centroids([story]).get(story)
        if target is None or target.articles < 2:
            continue
        weighted, _ = _weighted(target, index)
        query = {space: _top(weighted.get(space, {}), n) for space, n in params.query_terms.items()}
        date = target.last or target.first
        ids = [i for i in index.candidates(query, date, params.window_days, params.candidates + 1)
               if i != story and i not in merged]
        for single in index.centroids(ids[:params.candidates]).values():
            if single.articles != 1:
                continue
            doc = {space: _tfidf(vector, index.idf(space, vector)) for space, vector in single.vectors.items()}
            if _similarity(doc, single.first, target, index, params) >= params.threshold:
                _merge(target, single)
                index.move(single.id, target)
                merged[single.id] = target.id
    return merged


def _merge(target: Centroid, single: Centroid) -> None:
    for space, vector in single.vectors.items():
        into = target.vectors.setdefault(space, {})
        for term, weight in vector.items():
            into[term] = into.get(term, 0.0) + weight
    target.articles += single.articles
    target.first = min(filter(None, (target.first, single.first)), default=None)
    target.last = max(filter(None, (target.last, single.last)), default=None)


def _similarity(doc: Vectors, date: dt.date | None, centroid: Centroid, index: Index, params: Parameters) -> float:
    weighted, norms = _weighted(centroid, index)
    content = sum(weight * _cosine(doc.get(space, {}), weighted[space], norms[space])
                  for space, weight in params.weights.items())
    return content * _time_factor(date, centroid, params)


def _weighted(centroid: Centroid, index: Index) -> tuple[Vectors, dict[str, float]]:
    """The centroid's tf-idf vectors and their norms, kept on it until it changes (idf is fixed
    within a chunk)."""
    key = (id(index), centroid.articles)
    if centroid.cache_key != key:
        centroid.weighted = {space: _tfidf(centroid.vectors.get(space, {}), index.idf(space, centroid.vectors.get(space, {})))
                             for space in SPACES}
        centroid.norms = {space: _norm(vector) for space, vector in centroid.weighted.items()}
        centroid.cache_key = key
    return centroid.weighted, centroid.norms


def _time_factor(date: dt.date | None, centroid: Centroid, params: Parameters) -> float:
    """1 + bonus within a few days of the story's span (news of one event comes in days), 1
    within the grace period, decaying beyond; 1 when either date is unknown."""
    if date is None or centroid.first is None or centroid.last is None:
        return 1.0
    days = max((centroid.first - date).days, (date - centroid.last).days, 0)
    if days <= params.same_days:
        return 1.0 + params.same_bonus
    return 1.0 if days <= params.grace_days else math.exp(-(days - params.grace_days) / params.tau_days)


def _join(centroid: Centroid, article: Article, feats: Features, weighted: Vectors, index: Index) -> None:
    """Add the article to the centroid: vectors, size, dates, label."""
    for space in SPACES:
        vector = centroid.vectors.setdefault(space, {})
        for term, weight in feats.vectors.get(space, {}).items():
            vector[term] = vector.get(term, 0.0) + weight
    centroid.articles += 1
    if feats.published is not None:
        centroid.first = min(filter(None, (centroid.first, feats.published)))
        centroid.last = max(filter(None, (centroid.last, feats.published)))
    title = labels.from_title(article.title)
    tokens = centroid.vectors["tokens"]
    closeness = _cosine(weighted["tokens"], _tfidf(tokens, index.idf("tokens", tokens))) if title else 0.0
    if title and (closeness > centroid.label_score or not centroid.label_score):
        centroid.label, centroid.label_score = title, closeness
    elif not centroid.label_score:
        entities = centroid.vectors["entities"]
        centroid.label = labels.from_entities(entities, index.idf("entities", entities))


def _sure(article: Article) -> bool:
    return bool(published_dates.sure_dates([article]))


def _tfidf(vector: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, float]:
    return {term: weight * idf[term] for term, weight in vector.items()}


def _top(vector: Mapping[str, float], n: int) -> list[str]:
    return sorted(vector, key=lambda t: (-vector[t], t))[:n]


def _cosine(a: Mapping[str, float], b: Mapping[str, float], b_norm: float | None = None) -> float:
    dot = sum(weight * b[term] for term, weight in a.items() if term in b)
    if not dot:
        return 0.0
    return dot / (_norm(a) * (b_norm if b_norm is not None else _norm(b)))


def _norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))
