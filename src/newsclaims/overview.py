"""The story index the views open on: every story with its facts, largest and most contested first.

Facts are reconciled per story, from that story's claims only, so no figure of one story can
enter another's fact. Shared by the CLI (``newsclaims stories``), the HTML report and the web app.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Fact, Story
from .store import Store

TOLLS = ("killed", "casualties", "wounded", "missing", "captured")  # a story page shows these first


@dataclass(frozen=True)
class StoryFacts:
    story: Story
    facts: tuple[Fact, ...]

    @property
    def conflicts(self) -> int:
        return sum(1 for fact in self.facts if fact.status == "conflicting")


def story_facts(store: Store, story: str | None, *, window_days: int = 14, aliases: dict | None = None,
                noise: bool = False) -> list[Fact]:
    """The facts of one story (of the whole store when ``story`` is None), tolls first; ``noise``
    keeps multipliers, measurements and lone 'other' figures (see :mod:`newsclaims.reconcile.noise`)."""
    from . import reconcile

    aliases = store.aliases() if aliases is None else aliases
    found = reconcile.facts(store.claims(story=story), window_days=window_days, aliases=aliases, noise=noise)
    return toll_first(found)


def toll_first(facts: list[Fact]) -> list[Fact]:
    """Tolls (killed, casualties, wounded, missing, captured) before other measures; stable otherwise."""
    return sorted(facts, key=lambda f: TOLLS.index(f.measure) if f.measure in TOLLS else len(TOLLS))


def index(store: Store, *, window_days: int = 14, story: str | None = None) -> list[StoryFacts]:
    """Every story (or the one named) with its facts, by size, then by number of conflicts."""
    aliases = store.aliases()
    found = [StoryFacts(s, tuple(story_facts(store, s.id, window_days=window_days, aliases=aliases)))
             for s in store.stories() if story is None or s.id == story]
    return sorted(found, key=lambda s: (-s.story.articles, -s.conflicts, s.story.id))
