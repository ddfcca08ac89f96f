"""The database schema at the newest migration (``migrations/versions``), as SQLAlchemy Core.

One row per record of :mod:`newsclaims.model`:

- ``documents``: one :class:`~newsclaims.model.Article` (id = its content hash) with its
  cleaned text, publication date and how that date was found;
- ``claims``: one :class:`~newsclaims.model.Claim` with its Quantity flattened in;
- ``stories``: one developing event; ``documents.story`` names each document's story;
  ``story_terms``, ``story_vocabulary``, ``story_members`` hold what online assignment needs;
- ``time_expressions``, ``events`` (entities as a JSON list), ``aliases``;
- ``corrections``: users' overrides of article and claim fields, applied when reading
  (:mod:`.corrections`); a claim is named by document and number span, not by row id;
- ``facts``: the reconciled facts (corrections applied), rewritten after each analysis and
  correction, for people who open the file with SQLite tools.

Every child row carries ``document_id`` (deleted with its document) and ``seq``, its position
in the document's Findings, so a document's findings read back in the order they were found.
Character offsets are named ``<what>_start``/``<what>_end`` (``number_``, ``sentence_``,
``time_``) and index ``documents.text``. Vocabulary columns (measure, qualifier, modality) are
plain strings without CHECK constraints, so a new measure needs no migration.

This module describes the head revision; a schema change is a new migration script plus the
matching change here (``tests/store`` checks that the two agree).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()


def _document_fk() -> sa.Column:
    return sa.Column(
        "document_id", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("uri", sa.Text, nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.Date, index=True),
    sa.Column("published_basis", sa.Text),
    sa.Column("published_confidence", sa.Float, nullable=False),
    sa.Column("published_reason", sa.Text),
    sa.Column("words", sa.Integer, nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("story", sa.Text, index=True),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("articles", sa.Integer, nullable=False, server_default="0"),  # documents assigned
    sa.Column("first_published", sa.Date),  # trusted publication dates of its articles: the span
    sa.Column("last_published", sa.Date, index=True),  # that candidate stories are limited to
    sa.Column("label_score", sa.Float, nullable=False, server_default="0"),  # how telling the label is
)

# The state of online story assignment (newsclaims.stories): each story's centroid as summed
# term weights per space (tokens, entities, figures), which is also the inverted index (term ->
# stories) through ix_story_terms_term; document frequencies per space (the row with empty
# space and term counts the documents); and which document went to which story, so that a
# document is counted once, whichever run or URL brings it.
story_terms = sa.Table(
    "story_terms",
    metadata,
    sa.Column("story", sa.Text, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("space", sa.Text, primary_key=True),
    sa.Column("term", sa.Text, primary_key=True),
    sa.Column("weight", sa.Float, nullable=False),
    sa.Index("ix_story_terms_term", "space", "term"),
)

story_vocabulary = sa.Table(
    "story_vocabulary",
    metadata,
    sa.Column("space", sa.Text, primary_key=True),
    sa.Column("term", sa.Text, primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)

story_members = sa.Table(
    "story_members",
    metadata,
    sa.Column("document_id", sa.Text, primary_key=True),
    sa.Column("story", sa.Text, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("value", sa.Float),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("qualifier", sa.Text, nullable=False),
    sa.Column("unit", sa.Text),
    sa.Column("number_text", sa.Text, nullable=False),
    sa.Column("number_start", sa.Integer, nullable=False),
    sa.Column("number_end", sa.Integer, nullable=False),
    sa.Column("counted", sa.Text),
    sa.Column("measure", sa.Text, nullable=False, index=True),
    sa.Column("subject", sa.Text, index=True),
    sa.Column("source", sa.Text, index=True),
    sa.Column("via", sa.Text),
    sa.Column("cue", sa.Text),
    sa.Column("modality", sa.Text, nullable=False),
    sa.Column("as_of", sa.Date, index=True),
    sa.Column("as_of_basis", sa.Text),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("place", sa.Text),
    sa.Column("other_event", sa.Text),
    sa.CheckConstraint("0 <= number_start AND number_start <= number_end", name="claims_number_span"),
    sa.CheckConstraint("0 <= sentence_start AND sentence_start <= sentence_end", name="claims_sentence_span"),
    sa.Index("ix_claims_document_id", "document_id", "seq"),
)

time_expressions = sa.Table(
    "time_expressions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("time_start", sa.Integer, nullable=False),
    sa.Column("time_end", sa.Integer, nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("granularity", sa.Text, nullable=False),
    sa.Column("anchored", sa.Boolean, nullable=False),
    sa.CheckConstraint("0 <= time_start AND time_start <= time_end", name="time_expressions_span"),
    sa.Index("ix_time_expressions_document_id", "document_id", "seq"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("date", sa.Text, nullable=False),
    sa.Column("granularity", sa.Text, nullable=False),
    sa.Column("date_start", sa.Date, nullable=False, index=True),
    sa.Column("date_end", sa.Date, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("entities", sa.Text, nullable=False),  # JSON list of canonical names
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("time_text", sa.Text, nullable=False),
    sa.Column("time_start", sa.Integer, nullable=False),
    sa.Column("time_end", sa.Integer, nullable=False),
    sa.Index("ix_events_document_id", "document_id", "seq"),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("alias", sa.Text, nullable=False, index=True),
    sa.Column("canonical", sa.Text, nullable=False),
    sa.Index("ix_aliases_document_id", "document_id", "seq"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("target", sa.Text, nullable=False),  # "article" | "claim"
    sa.Column("document_id", sa.Text, nullable=False, index=True),
    sa.Column("number_start", sa.Integer),  # a claim's key: document_id + its number's span
    sa.Column("number_end", sa.Integer),
    sa.Column("number_text", sa.Text),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("undone_at", sa.DateTime(timezone=True)),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("story", sa.Text, index=True),
    sa.Column("subject", sa.Text),
    sa.Column("place", sa.Text),
    sa.Column("measure", sa.Text, nullable=False),
    sa.Column("counted", sa.Text),
    sa.Column("modality", sa.Text, nullable=False),
    sa.Column("unit", sa.Text),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("low", sa.Float),
    sa.Column("best", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("independent_sources", sa.Integer, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("claim_ids", sa.Text, nullable=False),  # JSON list of claims.id
    sa.Column("corrected", sa.Boolean, nullable=False),  # a correction changed one of its claims
    sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
)
