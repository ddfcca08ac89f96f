"""newsclaims' own spaCy pipeline components (added by :func:`add_components`).

``newsclaims_unglue`` splits words that scraping glued together ("shellsroughly half" -> "shells"
+ "roughly"), before tagging and parsing, so that the parser sees both words. Offsets stay exact:
a split only divides one token's text, it never changes the text.

Rule: a lower-case alphabetic token that is not itself a word is split when it ends with one of
:data:`newsclaims.extract.numbers.GLUE_WORDS` (qualifiers and attribution words that start a new
phrase: "roughly", "approximately", "according" ...) and what precedes it is a word. "A word" means
known to the English model's own lemma index (WordNet's noun, verb, adjective and adverb lists,
shipped with the model), looked up by its lemma so that plurals count ("shells" -> "shell").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .numbers import GLUED

NAME = "newsclaims_unglue"


def add_components(nlp: Language) -> None:
    """Add newsclaims' components to ``nlp`` (first in the pipeline); idempotent."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, first=True)


@Language.factory(NAME)
def make_unglue(nlp: Language, name: str) -> "Unglue":
    return Unglue(nlp)


class Unglue:
    """Split glued words (module docstring)."""

    def __init__(self, nlp: Language):
        self.words = _known_words(nlp)

    def __call__(self, doc: Doc) -> Doc:
        splits = [(token, match.group(1)) for token in doc
                  if token.is_alpha and token.is_lower and token.lower_ not in self.words
                  and (match := GLUED.match(token.lower_)) and self._is_word(match.group(1))]
        with doc.retokenize() as retokenizer:
            for token, stem in splits:
                orths = [token.text[:len(stem)], token.text[len(stem):]]
                retokenizer.split(token, orths, heads=[(token, 1), (token, 1)])
        return doc

    def _is_word(self, stem: str) -> bool:
        forms = {stem, stem[:-1] if stem.endswith("s") else stem, stem[:-2] if stem.endswith("es") else stem}
        return any(form in self.words for form in forms)


def _known_words(nlp: Language) -> frozenset[str]:
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    return frozenset(word for words in index.values() for word in words)
