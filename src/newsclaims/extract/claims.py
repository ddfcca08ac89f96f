"""Assembles Claims from quantities, counted nouns, measures, subjects, attribution and modality.

Each concern lives in its own module, with its rules in its docstring:
:mod:`~newsclaims.extract.quantities` (which numbers are claims), :mod:`~.counted`, :mod:`~.measures`,
:mod:`~.subjects`, :mod:`~.attribution`, :mod:`~.modality` and :mod:`~.asof`. This module adds the
rules that need more than one figure:

- **Ellipsis**: a figure that counts nothing of its own — a fraction or percentage of something
  already counted ("over half the initial deployment"), a multiplier ("up to three times"), or
  "N more" ("thousands more wounded") — takes the measure (when its own is ``other``), the counted
  noun (when it has none) and the subject of the figure before it in the same sentence.
- **Main actor**: a figure whose subject the sentence does not name belongs to the article's main
  actor for that measure (the country most often named as subject of that measure), else to the
  article's main actor overall (most often named as any figure's subject, else most mentioned).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..model import Article, Claim, TimeExpression
from . import asof, counted as counted_module, gazetteer, measures, subjects
from .attribution import attribute
from .modality import modality
from .quantities import Mention, mentions


@dataclass(frozen=True)
class _Draft:
    claim: Claim
    mention: Mention
    elliptic: bool  # counts nothing of its own (see module docstring)


def extract(doc: Doc, article: Article, times: Sequence[TimeExpression]) -> list[Claim]:
    """Every quantitative claim in the parsed article ``doc`` (``doc.text == article.text``)."""
    drafts = [_draft(doc, article, mention, times) for mention in mentions(doc)]
    drafts = _fill_ellipses(drafts)
    return _fill_subjects(doc, drafts)


def _draft(doc: Doc, article: Article, mention: Mention, times: Sequence[TimeExpression]) -> _Draft:
    anchor = doc[mention.anchor]
    sentence = anchor.sent
    noun = counted_module.counted_token(doc, mention)
    counted = counted_module.counted_text(noun)
    measure = measures.measure(noun, anchor, counted)
    said = attribute(sentence, anchor)
    stated = asof.stated_date(sentence, anchor, times)
    claim = Claim(
        quantity=mention.quantity, counted=counted, measure=measure,
        subject=subjects.explicit_subject(noun, anchor, measure),
        source=said.source, via=said.via, cue=said.cue,
        modality=modality(anchor, mention.quantity.text, said.verb),
        as_of=stated or article.published, as_of_basis="stated" if stated else ("published" if article.published else None),
        sentence=sentence.text, sentence_start=sentence.start_char, sentence_end=sentence.end_char,
    )
    follows_more = mention.end < len(doc) and doc[mention.end].lower_ == "more"
    elliptic = noun is None or follows_more or mention.quantity.unit in ("fraction", "percent", "times")
    return _Draft(claim, mention, elliptic)


def _fill_ellipses(drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for draft in drafts:
        before = out[-1].claim if out and out[-1].claim.sentence_start == draft.claim.sentence_start else None
        if draft.elliptic and before is not None:
            claim = draft.claim
            claim = replace(
                claim,
                measure=before.measure if claim.measure == "other" else claim.measure,
                counted=claim.counted or (before.counted if claim.quantity.unit in (None,) else None),
                subject=claim.subject or before.subject,
            )
            draft = replace(draft, claim=claim)
        out.append(draft)
    return out


def _fill_subjects(doc: Doc, drafts: list[_Draft]) -> list[Claim]:
    named = [d.claim for d in drafts if d.claim.subject]
    overall = Counter(c.subject for c in named).most_common(1)
    fallback = overall[0][0] if overall else _most_mentioned(doc)
    claims = []
    for draft in drafts:
        claim = draft.claim
        if claim.subject is None:
            same = Counter(c.subject for c in named if c.measure == claim.measure).most_common(1)
            claim = replace(claim, subject=same[0][0] if same else fallback)
        claims.append(claim)
    return claims


def _most_mentioned(doc: Doc) -> str | None:
    counts = Counter(gazetteer.country(e.text) for e in doc.ents if e.label_ in ("GPE", "NORP"))
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None
