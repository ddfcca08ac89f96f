"""Corrections: users' overrides of article and claim fields, kept beside the data.

Rules:

- A correction changes one field, says who made it and why, and is never edited: a new one
  for the same field wins over the older (the latest active one applies); undoing one sets
  its ``undone_at`` and keeps the row, so the record of what was changed stays.
- Article fields: :data:`ARTICLE_FIELDS`. Correcting ``published`` also re-dates the claims
  dated by the article (``as_of_basis == "published"`` and as-of the article's old date).
- Claim fields: :data:`CLAIM_FIELDS`; ``not_a_claim`` hides the claim from every view.
- A claim is named by its document and its number's character span, not by its row id:
  re-extraction (``analyze --reanalyze``) gives claims new ids, but the document's text is
  unchanged (its id is its hash), so the same number keeps its span. A claim whose span
  changed under new rules ("6,000" read as "more than 6,000") still meets its corrections
  when its span overlaps the corrected one.
- Corrections are applied when reading (:func:`apply_claim`, :func:`apply_article`); the
  extracted values stay in ``claims`` and ``documents`` untouched.
- A claim correction whose span no stored claim of its document overlaps any more (new rules no
  longer read that number as a claim) is kept, but listed as not applying
  (``Correction.applies``), so a user can see which of their corrections wait on a claim;
  it applies again if a later extraction finds the claim.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..figures import plausible
from ..errors import UsageError
from ..model import MEASURES, MODALITIES, Article, Correction, StoredClaim, StoredEvent
from .schema import claims, corrections

ARTICLE_FIELDS = ("outlet", "published", "title", "story")
CLAIM_FIELDS = ("value", "measure", "counted", "subject", "place", "source", "via", "modality", "as_of", "not_a_claim")
NOT_A_CLAIM = "not_a_claim"
_DATES = frozenset({"published", "as_of"})
_CHOICES = {"measure": MEASURES, "modality": MODALITIES}

Overrides = dict[str, str | None]  # field -> new value as text (None clears it)
Span = tuple[str, int, int]  # (document id, number start, number end)


class CorrectionError(UsageError):
    """A correction that cannot be made: unknown article, claim, field or correction, or a
    value of the wrong kind (a date that is not YYYY-MM-DD, a measure not in the list)."""


def parse_all(target: str, changes: Mapping[str, str | None]) -> Overrides:
    """Every changed field :func:`parse`-d; raises CorrectionError when none is given."""
    if not changes:
        raise CorrectionError("nothing to correct: give at least one field")
    return {name: parse(target, name, value) for name, value in changes.items()}


def parse(target: str, name: str, value: str | None) -> str | None:
    """The stored text of a new value for a field, checked; raises CorrectionError."""
    allowed = ARTICLE_FIELDS if target == "article" else CLAIM_FIELDS
    if name not in allowed:
        raise CorrectionError(f"a {target} has no correctable field {name!r} (fields: {', '.join(allowed)})")
    text = value.strip() if value is not None else ""
    if name == NOT_A_CLAIM:
        return "true"
    if not text:
        return None
    return _checked(name, text)


def _checked(name: str, text: str) -> str:
    if name in _DATES:
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise CorrectionError(f"{name}: {text!r} is not a date (YYYY-MM-DD)") from None
    if name == "value":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise CorrectionError(f"value: {text!r} is not a number") from None
        if not plausible(number):  # the rule extraction and the store apply (newsclaims.figures)
            raise CorrectionError(f"value: {text!r} is beyond any plausible figure")
        return repr(number)
    if name in _CHOICES and text.lower() not in _CHOICES[name]:
        raise CorrectionError(f"{name}: {text!r} is not one of {', '.join(_CHOICES[name])}")
    return text.lower() if name in _CHOICES else text


# --- writing and listing -------------------------------------------------------------------------

def add(conn: Connection, target: str, document_id: str, changes: Mapping[str, str | None], *,
        by: str, why: str | None, span: tuple[int, int, str] | None = None) -> list[int]:
    """Store one correction per changed field (values already :func:`parse`-d); their ids."""
    if not by.strip():
        raise CorrectionError("a correction needs its author (--by)")
    start, end, number = span or (None, None, None)
    now = dt.datetime.now(dt.UTC)
    rows = [
        {"target": target, "document_id": document_id, "number_start": start, "number_end": end,
         "number_text": number, "field": name, "value": value, "author": by.strip(),
         "reason": why, "created_at": now}
        for name, value in changes.items()
    ]
    return [conn.execute(corrections.insert().values(row).returning(corrections.c.id)).scalar_one() for row in rows]


def undo(conn: Connection, correction_id: int) -> None:
    """Withdraw an active correction; raises CorrectionError if there is none with that id."""
    result = conn.execute(
        corrections.update()
        .where(corrections.c.id == correction_id, corrections.c.undone_at.is_(None))
        .values(undone_at=dt.datetime.now(dt.UTC))
    )
    if result.rowcount != 1:
        raise CorrectionError(f"no active correction with id {correction_id}")


def listing(conn: Connection, *, undone: bool = False, ids: list[int] | None = None) -> list[Correction]:
    """Corrections, oldest first: the active ones, or every one with ``undone``."""
    meets_a_claim = sa.exists().where(
        claims.c.document_id == corrections.c.document_id,
        claims.c.number_start < corrections.c.number_end,
        corrections.c.number_start < claims.c.number_end,
    )
    applies = sa.case((corrections.c.target == "article", True), else_=meets_a_claim).label("applies")
    query = sa.select(corrections, applies).order_by(corrections.c.id)
    if not undone:
        query = query.where(corrections.c.undone_at.is_(None))
    if ids is not None:
        query = query.where(corrections.c.id.in_(ids))
    return [_correction(row) for row in conn.execute(query).mappings()]


def _correction(row: Mapping) -> Correction:
    return Correction(
        id=row["id"], target=row["target"], document_id=row["document_id"], field=row["field"],
        value=row["value"], by=row["author"], why=row["reason"], at=row["created_at"],
        start=row["number_start"], end=row["number_end"], number=row["number_text"],
        undone_at=row["undone_at"], applies=bool(row["applies"]),
    )


# --- applying ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Active:
    """The corrections in force: per document (article fields) and per claim span."""

    articles: dict[str, Overrides] = field(default_factory=dict)
    claims: dict[Span, Overrides] = field(default_factory=dict)

    @property
    def documents(self) -> frozenset[str]:
        """Documents with any correction (their claims are read through :func:`apply_claim`)."""
        return frozenset(self.articles) | {doc for doc, _, _ in self.claims}

    def hidden(self, document_id: str) -> int:
        """How many of a document's claims are marked "not a claim"."""
        return sum(1 for (doc, _, _), o in self.claims.items() if doc == document_id and NOT_A_CLAIM in o)

    def for_claim(self, document_id: str, start: int, end: int) -> Overrides:
        exact = self.claims.get((document_id, start, end))
        if exact is not None:
            return exact
        overlapping = (o for (doc, s, e), o in self.claims.items() if doc == document_id and s < end and start < e)
        return next(overlapping, {})


def active(conn: Connection) -> Active:
    """Every correction in force; a later one for the same field wins."""
    found = Active()
    for c in listing(conn):
        if c.target == "article":
            found.articles.setdefault(c.document_id, {})[c.field] = c.value
        else:
            found.claims.setdefault((c.document_id, c.start, c.end), {})[c.field] = c.value
    return found


def apply_article(article: Article, overrides: Overrides) -> tuple[Article, tuple[str, ...]]:
    """The article with its corrected fields, and their names."""
    if not overrides:
        return article, ()
    changes = {name: _value(name, value) for name, value in overrides.items()}
    if "published" in changes:
        changes["published_basis"] = "user"
        changes["published_confidence"] = 1.0
        changes["published_reason"] = "corrected by hand"
    return dataclasses.replace(article, **changes), tuple(overrides)


def apply_claim(stored: StoredClaim, found: Active) -> StoredClaim | None:
    """The claim with its own and its article's corrections; None if it is not a claim."""
    own = found.for_claim(stored.document_id, stored.claim.start, stored.claim.end)
    if NOT_A_CLAIM in own:
        return None
    article = found.articles.get(stored.document_id, {})
    stored, marked = _claim_article_fields(stored, article)
    claim = _claim_fields(stored.claim, own)
    corrected = tuple(dict.fromkeys((*marked, *own)))
    if not corrected:
        return stored
    return dataclasses.replace(stored, claim=claim, corrected=corrected)


def apply_event(stored: StoredEvent, found: Active) -> StoredEvent:
    """The event with its article's corrected outlet and publication date."""
    article = {k: v for k, v in found.articles.get(stored.document_id, {}).items() if k in ("outlet", "published")}
    return dataclasses.replace(stored, **{k: _value(k, v) for k, v in article.items()})


def _claim_article_fields(stored: StoredClaim, overrides: Overrides) -> tuple[StoredClaim, tuple[str, ...]]:
    changes = {k: _value(k, v) for k, v in overrides.items() if k in ("outlet", "published", "story")}
    if not changes:
        return stored, ()
    marked = tuple(changes)
    claim = stored.claim
    if "published" in changes and claim.as_of_basis == "published" and claim.as_of in (None, stored.published):
        claim = dataclasses.replace(claim, as_of=changes["published"])
        marked += ("as_of",)
    return dataclasses.replace(stored, claim=claim, **changes), marked


def _claim_fields(claim, overrides: Overrides):
    changes = {k: _value(k, v) for k, v in overrides.items() if k not in ("value", NOT_A_CLAIM)}
    claim = dataclasses.replace(claim, **changes)
    if "value" in overrides:
        claim = dataclasses.replace(claim, quantity=_new_value(claim.quantity, _value("value", overrides["value"])))
    return claim


def _new_value(quantity, value: float | None):
    """A corrected figure: the bounds that were the old figure follow it; a vague amount
    becomes exact; open bounds stay open."""
    def follow(bound: float | None) -> float | None:
        if bound is None:
            return None
        return value if quantity.value is None or bound == quantity.value else bound

    qualifier = "exact" if quantity.qualifier == "vague" else quantity.qualifier
    return dataclasses.replace(quantity, value=value, low=follow(quantity.low), high=follow(quantity.high),
                               qualifier=qualifier)


def _value(name: str, text: str | None):
    if text is None:
        return None
    if name in _DATES:
        return dt.date.fromisoformat(text)
    if name == "value":
        return float(text)
    return text


def unmet(conn: Connection) -> list[Correction]:
    """The claim corrections in force that no stored claim meets (see the module's rules)."""
    return [c for c in listing(conn) if not c.applies]
