"""Claims: every quantitative assertion of a parsed doc, assembled from its parts.

One room per part, each a module of rules over the parse:

- :mod:`.numbers`, :mod:`.quantities`, :mod:`.nonclaims`: number phrases, their value and
  qualifier, and the numbers that are not claims (years, ages, model names ...);
- :mod:`.counted`, :mod:`.measures` (a subpackage, its rules grouped by clause shape; words in
  :mod:`.measure_words`): what a number counts and which measure that is;
- :mod:`.subjects`: whose count it is;
- :mod:`.attribution`, :mod:`.names`, :mod:`.verbs`, :mod:`.sources`, :mod:`.coref`: who says so
  (and how a speaker named before is found again), relays and cues;
- :mod:`.modality`, :mod:`.asof`: reported/estimated/projected/denied, and the date it holds for;
- :mod:`.assembly`: one :class:`~newsclaims.model.Claim` per number, from all of the above.
"""

from __future__ import annotations

from .assembly import extract

__all__ = ["extract"]
