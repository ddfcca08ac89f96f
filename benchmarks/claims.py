"""Claims benchmark: newsclaims' claim extraction scored against the annotated set.

Run ``.venv/bin/python benchmarks/claims.py`` (``--errors`` lists every mismatch, ``--doc`` limits
the run to documents whose name contains a string). Import :func:`evaluate` to get the metrics.

The gold set lives in ``tests/data/claims/`` (format and annotation guidelines in its README):
``docs.jsonl`` names each document with its publication date and outlet, ``gold.jsonl`` holds one
line per number mention (claim or non-claim). Documents named ``seed/...`` are read from the shared
seed corpus (``$NEWSCLAIMS_SHARED/corpus/kursk``, default ``../shared`` beside the repository) and
are never copied into the repository; ``stories/...`` are files under ``tests/data/claims/``.

How a prediction meets its gold mention (rules, in order):

1. Each gold mention is located in the *raw* file as the n-th occurrence (``occurrence``) of its
   ``text`` that is not glued to a neighbouring letter or digit (so "25" never matches inside
   "2025"); ``"glued": true`` lifts that boundary for words run together by scraping.
2. The pipeline runs on the document as a user would: ``clean`` then ``extract``. Predicted spans
   index the *cleaned* text, so the cleaned text is aligned to the raw text word by word
   (:class:`difflib.SequenceMatcher` over whitespace tokens) and each span is carried back to raw
   offsets.
3. A prediction matches a gold mention when their raw spans overlap and their *number keys* agree
   (the numbers written in each, normalised: "6,000" = "6000" = "six thousand"; vague words by
   themselves). Each gold mention takes one prediction; among several candidates the largest overlap,
   then the earliest, wins. A second prediction on the same gold mention (a range split in two) is a
   false positive.

Scores: *detection* counts a prediction as right when it matches a gold claim (not a non-claim);
*full claim* also needs value, measure, subject and source right. Per-field accuracy is over the
matched claims. Field comparison rules are in :func:`field_equal` and :func:`names_match`.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import difflib
import functools
import json
import math
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from number_parser import parse_number
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "claims"
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "kursk"

FIELDS = ("value", "low", "high", "qualifier", "unit", "counted", "measure",
          "subject", "source", "via", "modality", "as_of")
FULL_CLAIM = ("value", "measure", "subject", "source")
AS_OF_SLACK = dt.timedelta(days=3)  # an unstated as-of date is the article's date, inferred within days


class GoldError(ValueError):
    """The annotation does not fit its document (text not found, bad field)."""


# --- the gold set ----------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldDoc:
    name: str  # "seed/000_....txt" or "stories/quake/01-....txt"
    published: dt.date | None
    outlet: str | None

    @property
    def path(self) -> Path:
        if self.name.startswith("seed/"):
            return SEED / self.name.removeprefix("seed/")
        return DATA / self.name


@dataclass(frozen=True)
class Mention:
    """One annotated number mention located in its raw document."""

    doc: str
    text: str
    start: int
    end: int
    claim: bool
    fields: dict = field(default_factory=dict, compare=False)
    context: str = field(default="", compare=False)  # the raw text around it, for error listings


def read_jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def load_docs(data: Path = DATA) -> dict[str, GoldDoc]:
    docs = {}
    for row in read_jsonl(data / "docs.jsonl"):
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        docs[row["doc"]] = GoldDoc(row["doc"], published, row.get("outlet"))
    return docs


def boundary_pattern(text: str, glued: bool = False) -> re.Pattern[str]:
    """The mention's text, not glued to a letter or digit on either side (unless ``glued``);
    "6" does not occur inside "6,000" nor "2" inside "1.2"."""
    if glued:
        return re.compile(re.escape(text))
    return re.compile(rf"(?<![0-9A-Za-z])(?<![0-9][.,]){re.escape(text)}(?![0-9A-Za-z])(?![.,][0-9])")


def locate(raw: str, text: str, occurrence: int = 1, glued: bool = False) -> tuple[int, int]:
    """Raw offsets of the ``occurrence``-th (1-based) bounded occurrence of ``text``."""
    found = list(boundary_pattern(text, glued).finditer(raw))
    if not 1 <= occurrence <= len(found):
        raise GoldError(f"{text!r} occurrence {occurrence}: found {len(found)} in the file")
    hit = found[occurrence - 1]
    return hit.start(), hit.end()


def load_gold(docs: dict[str, GoldDoc], data: Path = DATA) -> dict[str, list[Mention]]:
    """Gold mentions of ``docs``, located in their raw text; raises GoldError on a bad line."""
    listed = set(load_docs(data))
    raws = {name: doc.path.read_text(encoding="utf-8") for name, doc in docs.items()}
    gold: dict[str, list[Mention]] = {name: [] for name in docs}
    for row in read_jsonl(data / "gold.jsonl"):
        if row["doc"] not in listed:
            raise GoldError(f"{row['doc']}: not listed in docs.jsonl")
        if row["doc"] not in docs:
            continue
        try:
            start, end = locate(raws[row["doc"]], row["text"], row.get("occurrence", 1), row.get("glued", False))
        except GoldError as exc:
            raise GoldError(f"{row['doc']}: {exc}") from None
        context = _brief(raws[row["doc"]][max(0, start - 50):end + 50])
        gold[row["doc"]].append(Mention(row["doc"], row["text"], start, end, bool(row["claim"]), row, context))
    for mentions in gold.values():
        mentions.sort(key=lambda m: m.start)
    return gold


# --- number mentions and keys ----------------------------------------------------------------

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
         "eighty ninety").split()
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
VAGUE = ("dozens", "hundreds", "thousands", "millions", "billions", "dozen", "half", "tens")
WORD = rf"(?:{'|'.join(UNITS + list(SCALES) + list(VAGUE))})"
NUMBER_WORDS = re.compile(rf"(?<![A-Za-z]){WORD}(?:[\s-]+(?:and\s+)?{WORD})*(?![A-Za-z])", re.I)
DIGITS = re.compile(r"\d+(?:[.,]\d+)*(?:\s*(?:hundred|thousand|million|billion)\b)?", re.I)


def number_mentions(text: str) -> list[tuple[int, int]]:
    """Spans of every written number (digit groups and cardinal/vague number words).

    Used to check that the annotation covers every number mention in a document.
    """
    spans = [m.span() for m in DIGITS.finditer(text)] + [m.span() for m in NUMBER_WORDS.finditer(text)]
    return sorted(spans)


def _digit_value(text: str) -> float | None:
    match = re.match(r"(\d+(?:[.,]\d+)*)\s*(hundred|thousand|million|billion)?", text, re.I)
    if not match:
        return None
    digits = match.group(1)
    # "1,300" groups thousands; "1.2" is a decimal (English news style).
    number = float(digits.replace(",", "")) if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", digits) \
        else float(re.sub(r"[.,]", "", digits))
    return number * SCALES.get((match.group(2) or "").lower(), 1)


def number_key(text: str, value: float | None = None) -> set[str]:
    """The numbers a phrase writes, normalised ("6,000", "6000", "six thousand" -> {"6000"}).

    Vague words stand for themselves ("thousands"); ``value`` (a tool's reading) is added too.
    """
    key: set[str] = set()
    for match in DIGITS.finditer(text):
        key.add(_fmt(_digit_value(match.group())))
    for match in NUMBER_WORDS.finditer(DIGITS.sub(" ", text)):  # "9 million": the scale is read
        phrase = match.group().lower()
        parsed = parse_number(phrase)
        key.add(_fmt(parsed) if isinstance(parsed, (int, float)) else phrase)
    if value is not None:
        key.add(_fmt(value))
    key.discard(None)
    return key


def _fmt(number: float | None) -> str | None:
    if number is None or isinstance(number, float) and math.isnan(number):
        return None
    return f"{float(number):.6g}"


# --- running the pipeline --------------------------------------------------------------------

@dataclass(frozen=True)
class Prediction:
    """One predicted number (a Claim, or a bare quantity from another tool) on raw offsets."""

    text: str
    start: int  # raw offsets
    end: int
    value: float | None
    claim: object | None = None  # newsclaims.model.Claim when it is ours
    sentence: str = ""


def read_article(doc: GoldDoc, raw: str):
    """Clean the raw file as the CLI would (the pipeline's ``clean`` stage), dated with the other
    articles of its story (its folder) as the pipeline does (``published.settle``)."""
    from newsclaims.clean import clean
    from newsclaims.model import RawDocument

    article = clean(RawDocument(str(doc.path), raw, "text/plain"))
    return _story(doc.path.parent).get(article.uri, article)


@functools.lru_cache(maxsize=None)
def _story(folder: Path) -> dict:
    """The articles of one story folder, cleaned and dated together, by uri."""
    from newsclaims.clean import clean, published
    from newsclaims.errors import InputError
    from newsclaims.model import RawDocument

    articles = []
    for path in sorted(folder.glob("*.txt")):
        try:
            articles.append(clean(RawDocument(str(path), path.read_text(encoding="utf-8"), "text/plain")))
        except InputError:
            continue
    return {a.uri: a for a in published.settle(articles)}


def extract_claims(article) -> list:
    from newsclaims.extract import extract

    return list(extract(article).claims)


class Aligner:
    """Carries offsets in a cleaned text back to the raw text it came from.

    Cleaning drops lines and may normalise whitespace, quotes and dashes, so the two texts are
    aligned on whitespace tokens (compared after NFKC and lower-casing); an offset inside a token
    that cleaning changed is carried to the nearest preceding aligned token.
    """

    def __init__(self, raw: str, cleaned: str):
        self.raw_tokens = [m.span() for m in re.finditer(r"\S+", raw)]
        self.clean_tokens = [m.span() for m in re.finditer(r"\S+", cleaned)]
        self.clean_starts = [s for s, _ in self.clean_tokens]
        a = [_norm_token(raw[s:e]) for s, e in self.raw_tokens]
        b = [_norm_token(cleaned[s:e]) for s, e in self.clean_tokens]
        self.to_raw: dict[int, int] = {}
        for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            for k in range(block.size):
                self.to_raw[block.b + k] = block.a + k

    def offset(self, position: int) -> int:
        j = max(0, bisect.bisect_right(self.clean_starts, position) - 1)
        if not self.clean_tokens:
            return position
        back = 0
        while j - back >= 0 and (j - back) not in self.to_raw:
            back += 1
        if j - back < 0:
            return 0
        raw_index = self.to_raw[j - back]
        if back:  # the token itself changed: point just after its last aligned neighbour
            return self.raw_tokens[min(raw_index + 1, len(self.raw_tokens) - 1)][0]
        raw_start, raw_end = self.raw_tokens[raw_index]
        return min(raw_start + position - self.clean_tokens[j][0], raw_end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        raw_start = self.offset(start)
        return raw_start, max(self.offset(max(start, end - 1)) + 1, raw_start + 1)


def _norm_token(token: str) -> str:
    token = unicodedata.normalize("NFKC", token).lower()
    return token.translate(str.maketrans("\u2018\u2019\u201c\u201d\u2013\u2014", "''\"\"--"))


def our_predictions(doc: GoldDoc, raw: str) -> list[Prediction]:
    article = read_article(doc, raw)
    aligner = Aligner(raw, article.text)
    predictions = []
    for claim in extract_claims(article):
        start, end = aligner.span(claim.quantity.start, claim.quantity.end)
        predictions.append(Prediction(claim.quantity.text, start, end, claim.quantity.value, claim, claim.sentence))
    return predictions


# --- matching ----------------------------------------------------------------------------------

def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def keys_agree(mention: Mention, prediction: Prediction) -> bool:
    gold_key = number_key(mention.text)
    pred_key = number_key(prediction.text, prediction.value)
    return not gold_key or not pred_key or bool(gold_key & pred_key)


def match(mentions: Sequence[Mention], predictions: Sequence[Prediction]) -> list[tuple[Prediction, Mention | None]]:
    """Pair each prediction with at most one gold mention (module docstring, rule 3)."""
    taken: set[int] = set()
    pairs = []
    for prediction in sorted(predictions, key=lambda p: p.start):
        candidates = [
            (overlap(m.start, m.end, prediction.start, prediction.end), -m.start, i)
            for i, m in enumerate(mentions)
            if i not in taken and keys_agree(m, prediction)
            and overlap(m.start, m.end, prediction.start, prediction.end)
        ]
        if candidates:
            best = max(candidates)[2]
            taken.add(best)
            pairs.append((prediction, mentions[best]))
        else:
            pairs.append((prediction, None))
    return pairs


# --- field comparison --------------------------------------------------------------------------

SPELLING = {"defense": "defence", "organization": "organisation", "organizers": "organisers",
            "organizer": "organiser", "center": "centre", "program": "programme", "labor": "labour"}
ABBREVIATIONS = {"u.k.": "uk", "u.s.": "us", "u.n.": "un", "britain's": "uk"}


def normalise_name(name: str | None) -> str:
    """Lower-case, abbreviations unified (U.K. = UK), possessive 's, punctuation and a leading
    "the" dropped, British spelling (defense = defence)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).lower().replace("\u2019", "'")
    words = [ABBREVIATIONS.get(w, w) for w in text.split()]
    words = [re.sub(r"'s$", "", w) for w in words]
    words = [SPELLING.get(w, w) for w in re.findall(r"[a-z0-9]+", " ".join(words))]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Source/subject/via agreement.

    Equal after :func:`normalise_name`; or a near-identical spelling (rapidfuzz ratio >= 90);
    or the shorter name's words are all in the longer one's, it has at least two words, and it
    covers at least half of the longer ("National Intelligence Service" = "South Korea's National
    Intelligence Service", but "South Korea" != "South Korea's National Intelligence Service").
    """
    a, b = normalise_name(gold), normalise_name(predicted)
    if a == b:
        return True
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= 90:
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) >= 2 and set(short) <= set(long_) and len(short) * 2 >= len(long_)


def _numbers_equal(gold, predicted) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return math.isclose(float(gold), float(predicted), rel_tol=1e-6, abs_tol=1e-9)


COUNTED_SAME = {"people": "person"}  # spaCy's lemma of "people" is "people"


def _counted_equal(gold: str | None, predicted: str | None) -> bool:
    """Head-noun lemma: equal, or the prediction's last word is the gold lemma ("artillery shell");
    "people" counts as "person"."""
    if not gold or not predicted:
        return not gold and not predicted
    g, p = gold.lower().strip(), predicted.lower().strip().split()[-1]
    return g == COUNTED_SAME.get(p, p) or g == predicted.lower().strip()


def gold_value(mention: Mention, name: str, doc: GoldDoc):
    """A gold field's value; an unstated as-of date is the article's publication date."""
    value = mention.fields.get(name)
    if name == "as_of":
        return dt.date.fromisoformat(value) if value else doc.published
    return value


def predicted_value(claim, name: str):
    if name in ("value", "low", "high", "qualifier", "unit"):
        return getattr(claim.quantity, name)
    return getattr(claim, name)


def field_equal(name: str, mention: Mention, claim, doc: GoldDoc) -> bool:
    """Compare one field: numbers within 1e-6; names by :func:`names_match`; ``counted`` by head
    noun (a subject that names two countries, by their canonical names: "Republic of the Congo" is not
    the Democratic Republic of the Congo); ``as_of`` exact when the text states it, within three days of the article's date when not;
    everything else exactly."""
    gold, predicted = gold_value(mention, name, doc), predicted_value(claim, name)
    if name in ("value", "low", "high"):
        return _numbers_equal(gold, predicted)
    if name == "subject" and gold and predicted:
        from newsclaims import gazetteer  # here, not at the top: the gold-only tests load no newsclaims module

        countries = gazetteer.country(gold, provinces=False), gazetteer.country(predicted, provinces=False)
        if all(countries):  # two countries: one state, not a shared word ("Republic of the Congo" is not the DRC)
            return countries[0] == countries[1]
    if name in ("subject", "source", "via"):
        return names_match(gold, predicted)
    if name == "counted":
        return _counted_equal(gold, predicted)
    if name == "as_of":
        stated = bool(mention.fields.get("as_of"))
        if gold is None or predicted is None:
            return gold is None and predicted is None
        return gold == predicted if stated else abs(gold - predicted) <= AS_OF_SLACK
    return gold == predicted


# --- scoring -----------------------------------------------------------------------------------

@dataclass
class Result:
    """Counts and mismatches over the whole set; :meth:`metrics` turns them into scores."""

    gold_claims: int = 0
    predicted: int = 0
    detected: int = 0
    full: int = 0
    failed: int = 0  # documents the pipeline raised on (scored as finding nothing)
    missing: list = field(default_factory=list)  # documents whose file is not there (left out)
    field_right: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    errors: list = field(default_factory=list)  # (doc, kind, detail)

    def metrics(self) -> dict[str, float]:
        scores = {}
        for name, hits in (("detection", self.detected), ("full", self.full)):
            p, r = _ratio(hits, self.predicted), _ratio(hits, self.gold_claims)
            scores |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": _f1(p, r)}
        scores |= {f: _ratio(n, self.detected) for f, n in self.field_right.items()}
        return scores | {"gold_claims": self.gold_claims, "predicted": self.predicted,
                         "matched": self.detected, "failed": self.failed}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_doc(result: Result, doc: GoldDoc, mentions: list[Mention], predictions: list[Prediction],
              fields: Sequence[str] = FIELDS) -> None:
    """Add one document's matches to ``result``, recording every mismatch."""
    pairs = match(mentions, predictions)
    matched = {id(m) for _, m in pairs if m is not None}
    result.gold_claims += sum(m.claim for m in mentions)
    result.predicted += len(predictions)
    for mention in mentions:
        if mention.claim and id(mention) not in matched:
            result.errors.append((doc.name, "missed", f"{mention.text!r} @{mention.start} | ...{mention.context}..."))
    for prediction, mention in pairs:
        if mention is None or not mention.claim:
            why = f" (gold non-claim: {mention.fields.get('why')})" if mention else ""
            result.errors.append((doc.name, "spurious", f"{prediction.text!r} @{prediction.start}{why}"
                                  f" | {_brief(prediction.sentence)}"))
            continue
        result.detected += 1
        if prediction.claim is not None:
            _score_fields(result, doc, mention, prediction, fields)


def _brief(sentence: str, width: int = 110) -> str:
    return " ".join(sentence.split())[:width]


def _score_fields(result: Result, doc: GoldDoc, mention: Mention, prediction: Prediction,
                  fields: Sequence[str]) -> None:
    wrong = [f for f in fields if not field_equal(f, mention, prediction.claim, doc)]
    for f in fields:
        result.field_right[f] += f not in wrong
    if not set(FULL_CLAIM) & set(wrong):
        result.full += 1
    for f in wrong:
        result.errors.append((doc.name, f, f"{mention.text!r} @{mention.start}: gold "
                              f"{gold_value(mention, f, doc)!r} != predicted "
                              f"{predicted_value(prediction.claim, f)!r} | {_brief(prediction.sentence)}"))


Predictor = Callable[[GoldDoc, str], list[Prediction]]


def evaluate(predictor: Predictor = our_predictions, only: str | None = None, skip: Sequence[str] = ()) -> Result:
    """Score ``predictor`` (default: the newsclaims pipeline) on the annotated set.

    ``only`` keeps the documents whose name contains it; ``skip`` leaves out those whose name
    contains any of its strings. Documents whose file is missing (the
    shared seed corpus not checked out) are left out and named in ``Result.missing``.
    """
    docs = {name: doc for name, doc in load_docs().items()
            if (not only or only in name) and not any(part in name for part in skip)}
    result = Result(missing=[name for name, doc in docs.items() if not doc.path.is_file()])
    docs = {name: doc for name, doc in docs.items() if name not in result.missing}
    gold = load_gold(docs)
    for name, doc in docs.items():
        raw = doc.path.read_text(encoding="utf-8")
        try:
            predictions = predictor(doc, raw)
        except Exception as exc:  # one failing document is scored as finding nothing, and said
            result.errors.append((name, "failed", f"{type(exc).__name__}: {exc}"))
            result.failed += 1
            predictions = []
        score_doc(result, doc, gold[name], predictions)
    return result


def unannotated(docs: dict[str, GoldDoc] | None = None) -> list[tuple[str, str, int]]:
    """Number mentions (per :func:`number_mentions`) that no gold line covers: should be empty."""
    docs = docs or load_docs()
    gold = load_gold(docs)
    missing = []
    for name, doc in docs.items():
        raw = doc.path.read_text(encoding="utf-8")
        for start, end in number_mentions(raw):
            if not any(overlap(start, end, m.start, m.end) for m in gold[name]):
                missing.append((name, raw[start:end], start))
    return missing


# --- command line ------------------------------------------------------------------------------

def format_metrics(scores: dict[str, float], label: str = "newsclaims") -> str:
    lines = [f"{label}: {scores['gold_claims']} gold claims, {scores['predicted']} predicted, "
             f"{scores['matched']} matched"]
    if scores["failed"]:
        lines.append(f"WARNING: the pipeline failed on {scores['failed']} documents (see --errors)")
    for name in ("detection", "full"):
        title = "detection " if name == "detection" else "full claim"
        lines.append(f"{title}  P {scores[name + '_p']:.3f}  R {scores[name + '_r']:.3f}  "
                     f"F1 {scores[name + '_f1']:.3f}")
    lines.append("field accuracy over matched claims:")
    lines += [f"  {f:<10} {scores[f]:.3f}" for f in FIELDS]
    return "\n".join(lines)


def format_errors(errors: Iterable[tuple[str, str, str]]) -> str:
    return "\n".join(f"{doc}\t{kind}\t{detail}" for doc, kind, detail in errors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: .venv/bin/python benchmarks/claims.py --errors --doc quake")
    parser.add_argument("--errors", action="store_true", help="list every missed, spurious or wrong claim")
    parser.add_argument("--doc", help="only documents whose name contains this string")
    args = parser.parse_args(argv)
    result = evaluate(only=args.doc)
    if result.missing:
        print(f"warning: {len(result.missing)} documents not found (seed corpus at {SEED}?): "
              "scored without them", file=sys.stderr)
    if args.errors:
        print(format_errors(result.errors))
        print()
    print(format_metrics(result.metrics()))
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
