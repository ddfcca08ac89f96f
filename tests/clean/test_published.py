"""Publication-date inference: rule cases written here, then the five seed articles."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsclaims.clean import published
from newsclaims.clean.published import PublishedGuess
from newsclaims.model import Article

from ..conftest import DATA

D = dt.date
NEAR = D(2025, 12, 1)

CASES = [
    # (id, text, expected date, minimum confidence)
    ("dateline", "SEOUL, June 2, 2025 — Officials met on May 30, 2025.", D(2025, 6, 2), 0.9),
    ("published-line", "A headline\nPublished: 14 March 2024\n\nTalks began on 1 March 2024.", D(2024, 3, 14), 0.9),
    ("date-line-with-time", "Storm hits coast\nMarch 3, 2024 14:05\nThe storm of 1 March 2024 moved on.",
     D(2024, 3, 3), 0.9),
    ("updated-line", "Headline\nUpdated: March 5, 2024 at 10:42 a.m. ET\nTalks began on 1 March 2024.",
     D(2024, 3, 5), 0.9),
    ("abbreviated-weekday-line", "Headline\nMon 4 Mar 2024 10.42 GMT\nTalks began on 1 March 2024.",
     D(2024, 3, 4), 0.9),
    ("byline-with-outlet", "Headline\nEurope Today | Friday 22 May 2026\nThe march of 16 May 2026 drew crowds.",
     D(2026, 5, 22), 0.9),
    ("byline-dash-published", "Headline\nNorthern Ledger - Published July 20, 2026\nFires grew on 18 July 2026.",
     D(2026, 7, 20), 0.9),
    ("latest-full-date", "Troops crossed on Aug. 6, 2024. They withdrew on 11 March 2025.", D(2025, 3, 11), 0.7),
    ("future-date-ignored", "The vote took place on May 4, 2025. A runoff is expected on June 1, 2025.",
     D(2025, 5, 4), 0.7),
    ("deadline-ignored", "Work began on Jan. 3, 2026 and should end by March 2026.", D(2026, 1, 3), 0.7),
    ("weekday-fixes-year", "The ministry confirmed it on Saturday (April 26). The row began in 2024.",
     D(2025, 4, 26), 0.6),
    ("weekday-comma", "Talks resumed on Monday, March 3, after a pause since late 2024.", D(2025, 3, 3), 0.6),
    ("anniversary", "Leaders marked the one-year anniversary of a pact signed in June 2024.", D(2025, 6, 15), 0.4),
    ("anniversary-ordinal", "Crowds marked the second anniversary of the flood of 12 May 2023.",
     D(2025, 5, 12), 0.4),
    ("yearless-day-after-full-date", "The treaty was signed on June 19, 2024. A gala on June 30 marked "
     "its anniversary, after attacks in March 2025.", D(2025, 6, 30), 0.2),
    ("season-and-weekday", "Officials on Tuesday released the list. Strikes began in late 2024 and were "
     "confirmed in April. Units are now in summer training and mid-year drills.", D(2025, 7, 1), 0.3),
    ("lower-bound-only", "The offensive that began in August 2024 has stalled.", D(2024, 8, 1), 0.1),
    ("history-is-no-anchor", "A ceremony was held on August 21. The war ended in 1953.", D(2025, 8, 21), 0.2),
    ("numbers-are-not-years", "Some 2025 soldiers and 1,999 tanks were counted on March 3, 2024.",
     D(2024, 3, 3), 0.7),
]


@pytest.mark.parametrize("text, expected, confidence", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_infer(text: str, expected: dt.date, confidence: float) -> None:
    guess = published.infer(text, near=NEAR)
    assert guess is not None
    assert guess.date == expected, guess.reason
    assert confidence <= guess.confidence <= 1
    assert guess.reason and guess.basis == "text"


@pytest.mark.parametrize("text", ["", "No dates here at all.", "Some 2,000 people marched.",
                                  "It will be decided by June 2030."])
def test_infer_without_cue(text: str) -> None:
    assert published.infer(text, near=NEAR) is None


def test_without_a_year_not_after_today() -> None:
    today = dt.date.today()
    later = today + dt.timedelta(days=40)
    guess = published.infer(f"Officials met on {later:%B} {later.day}.")
    assert guess and guess.date <= today and guess.confidence < 0.2


FLOOD = ("DHAKA, Aug 8 (Herald) - Floods have killed 37 people, officials said on Saturday. "
         "It is the worst flooding in the region since 2022.")


@pytest.mark.parametrize("text, near, expected", [
    (FLOOD, None, D(2023, 8, 8)),  # a year named after "since" is over
    (FLOOD, D(2026, 8, 12), D(2026, 8, 8)),  # the corpus's date picks the year the cues fit
    (FLOOD, D(2024, 1, 10), D(2023, 8, 8)),  # ... never before the bound the text sets
    ("Strikes began in late 2024. Units are now in mid-year drills.", D(2026, 3, 1), D(2026, 7, 1)),
    # nothing fixes the day: the corpus's date, moved to the lede's weekday (Tuesday 17 November)
    ("Nine miners were killed on Tuesday. The licence, issued in 2021, had expired in June.", D(2026, 11, 20),
     D(2026, 11, 17)),
])
def test_year_of_yearless_cues(text: str, near: dt.date | None, expected: dt.date) -> None:
    guess = published.infer(text, near=near)
    assert guess is not None and guess.date == expected, guess and guess.reason


@pytest.mark.parametrize("lines, expected", [
    (["Coastal Times | October 4, 2026 | 4 min read"], D(2026, 10, 4)),
    # a byline of several segments: outlet, place, date, an update time
    (["Plains Observer | Lubbock, Texas | 9 May 2026, 07:10 CT | 3 min read"], D(2026, 5, 9)),
    (["Harbour Post | Perth | 2 March 2026 | Updated 08:20 AWST"], D(2026, 3, 2)),
    (["Delta Wire · Dhaka · 14 June 2026"], D(2026, 6, 14)),
    (["Island Herald · Monday, March 2, 2026 · 3 min read"], D(2026, 3, 2)),  # a segment after the date
    (["Analysis | The war that began on 24 February 2022 | 6 min read"], None),  # a date inside a title
    # numeric dates with dots are day first, whatever the byline's order
    (["Baltic Courier | 01.03.2026, 08:45 | 4 min read"], D(2026, 3, 1)),
    (["27.02.2026, 18:05 | Baltic Courier"], D(2026, 2, 27)),
    (["Baltic Courier", "Published: 9.10.2025"], D(2025, 10, 9)),
    (["Baltic Courier | 31.02.2026"], None),  # no such day
    (["Version 2.10.2024 of the app"], None),  # not at a dateline's place
    (["Share on X", "By a correspondent", "October 4, 2026"], D(2026, 10, 4)),
    (["Share on X", "Related: Storm hits coast on October 4, 2026"], None),  # a link, not a dateline
    ([], None),
])
def test_from_byline(lines: list[str], expected: dt.date | None) -> None:
    guess = published.from_byline(lines)
    assert (guess.date if guess else None) == expected


def test_title_counts() -> None:
    guess = published.infer("Nothing dated in the body.", title="Storm hits coast on Oct. 2, 2023")
    assert guess and guess.date == D(2023, 10, 2)


@pytest.mark.parametrize("dates, expected, max_confidence", [
    ([], None, 0),
    ([D(2025, 7, 1)], D(2025, 7, 1), 0.15),
    ([D(2025, 4, 28), D(2026, 1, 26), D(2025, 7, 1), D(2025, 7, 1)], D(2025, 7, 1), 0.15),
    ([D(2020, 1, 1), D(2025, 7, 1), D(2025, 7, 2)], D(2025, 7, 1), 0.05),
])
def test_from_story(dates: list[dt.date], expected: dt.date | None, max_confidence: float) -> None:
    guess = published.from_story(dates)
    if expected is None:
        assert guess is None
        return
    assert guess.date == expected and guess.basis == "story"
    assert 0 < guess.confidence <= max_confidence


def _article(name: str, text: str, published: dt.date | None = None, basis: str | None = None,
             confidence: float = 0.0) -> Article:
    return Article(id=name, uri=name, text=text, title=None, outlet=None, published=published,
                   published_basis=basis, published_confidence=confidence)


def test_settle_redates_weak_and_missing_dates_from_the_story() -> None:
    articles = [
        _article("meta", "No date in the text.", D(2025, 5, 2), "metadata", 1.0),
        _article("text", "Fighting resumed on June 4, 2025.", D(2025, 6, 4), "text", 0.8),
        _article("weak", "A parade was held on May 20.", D(2026, 5, 20), "text", 0.15),
        _article("none", "Nothing dated here."),
    ]
    settled = published.settle(articles)
    # the undated one: the median of the trusted dates and of the one read from a text
    assert [a.published for a in settled] == [D(2025, 5, 2), D(2025, 6, 4), D(2025, 5, 20), D(2025, 5, 20)]
    assert [a.published_basis for a in settled] == ["metadata", "text", "text", "story"]
    assert settled[:2] == articles[:2]
    alone = published.settle(articles[2:])  # nothing sure to go by: the weak guess stays, the undated stay so
    assert alone[0] == articles[2] and alone[1].published is None and "no other article" in alone[1].published_reason


def _seed_truth() -> dict:
    return json.loads((DATA / "dates" / "seed_published.json").read_text())


def _seed_texts(seed_dir, files: list[str]) -> list[tuple[str, str | None]]:
    """The seed articles as the cleaning stage hands them over (raw text if it cannot)."""
    from newsclaims.clean import clean
    from newsclaims.model import RawDocument

    raws = [RawDocument(uri=name, content=(seed_dir / name).read_text(encoding="utf-8"), media_type="text/plain")
            for name in files]
    articles = [clean(raw) for raw in raws]
    return [(article.text, article.title) for article in articles]


@pytest.mark.parametrize("cleaned", [False, True], ids=["raw", "cleaned"])
def test_seed_articles_dated_within_days(seed_dir, cleaned: bool) -> None:
    """Every seed article is dated within the tolerance of its true date (tests/data/dates)."""
    truth = _seed_truth()
    files = [a["file"] for a in truth["articles"]]
    texts = _seed_texts(seed_dir, files) if cleaned else [((seed_dir / f).read_text(encoding="utf-8"), None)
                                                          for f in files]
    articles = [_article(f"seed{i}", text if not title else f"{title}\n\n{text}", *_guessed(text, title))
                for i, (text, title) in enumerate(texts)]
    for article, settled in zip(truth["articles"], published.settle(articles)):
        off = abs((settled.published - D.fromisoformat(article["published"])).days)
        assert off <= truth["tolerance_days"], (article["file"], settled)
        assert settled.published_basis == "text", "every seed article has a cue in its text"


def _guessed(text: str, title: str | None) -> tuple:
    guess = published.infer(text, title)
    return (guess.date, guess.basis, guess.confidence) if guess else ()


def test_seed_articles_settled_after_cleaning(seed_dir) -> None:
    """What the pipeline does: clean (pass 1 of inference) then settle (pass 2)."""
    from newsclaims.clean import clean
    from newsclaims.model import RawDocument

    truth = _seed_truth()
    raws = [RawDocument(uri=a["file"], content=(seed_dir / a["file"]).read_text(encoding="utf-8"),
                        media_type="text/plain") for a in truth["articles"]]
    for article, expected in zip(published.settle([clean(raw) for raw in raws]), truth["articles"]):
        assert abs((article.published - D.fromisoformat(expected["published"])).days) <= truth["tolerance_days"]
        assert article.published_basis == "text" and article.published_reason


def test_seed_articles_with_a_year_dated_from_text_alone(seed_dir) -> None:
    """Four seeds name a year; 004 names only "August 21" (its year needs the corpus)."""
    truth = _seed_truth()
    for article, (text, title) in zip(truth["articles"], _seed_texts(seed_dir, [a["file"] for a in truth["articles"]])):
        guess = published.infer(text, title)
        true = D.fromisoformat(article["published"])
        if article["file"].startswith("004"):
            assert (guess.date.month, guess.date.day) == (8, 21)
        else:
            assert abs((guess.date - true).days) <= truth["tolerance_days"], (article["file"], guess)


def test_guess_is_a_value() -> None:
    guess = PublishedGuess(D(2025, 1, 1), 0.5, "x")
    assert guess.basis == "text" and tuple(guess)[:3] == (D(2025, 1, 1), 0.5, "x")


# --- never in the future, and the story's evidence ------------------------------------------------

def test_a_plan_year_is_no_cue() -> None:
    guess = published.infer("The utility aims for net zero in 2060, its chief said on March 3, 2024.", near=NEAR)
    assert guess and guess.date == D(2024, 3, 3)
    assert published.infer("The city wants its tram line finished in 2072.", near=NEAR) is None


def test_yearless_day_never_after_the_ceiling() -> None:
    guess = published.infer("Protesters gathered on March 23, police said.", ceiling=D(2025, 3, 1))
    assert guess and guess.date == D(2024, 3, 23)
    guess = published.infer("The 2024 season ended. Protesters gathered on March 23.", near=D(2024, 12, 20),
                            ceiling=D(2025, 1, 5))
    assert guess and guess.date <= D(2025, 1, 5)


def test_settle_takes_the_year_from_the_story() -> None:
    story = [_article("a", "Talks collapsed on 20 March 2023, both sides said.", D(2023, 3, 20), "text", 0.8),
             _article("b", "Nothing dated here.", D(2023, 3, 22), "url", 0.9),
             _article("c", "Crowds gathered on March 23 to protest.", D(2026, 3, 23), "text", 0.15)]
    settled = published.settle(story)
    assert (settled[2].published, settled[2].published_basis) == (D(2023, 3, 23), "text")
    assert "story" in settled[2].published_reason


def test_settle_resolves_a_weekday_near_the_story_date() -> None:
    story = [_article("a", "Nothing dated.", D(2025, 6, 18), "metadata", 1.0),  # a Wednesday
             _article("b", "Police said on Sunday that 40 people were arrested.")]
    settled = published.settle(story)
    assert settled[1].published == D(2025, 6, 15) and settled[1].published_basis == "text"


def test_settle_uses_known_dates_of_the_story() -> None:
    settled = published.settle([_article("b", "Nothing dated here.")], known=[D(2024, 2, 1), D(2024, 2, 3)])
    assert (settled[0].published, settled[0].published_basis) == (D(2024, 2, 1), "story")


def test_settle_prefers_the_story_to_an_older_lower_bound() -> None:
    story = [_article("a", "x", D(2025, 6, 18), "metadata", 1.0),
             _article("b", "The offensive that began in August 2024 has stalled.", D(2024, 8, 1), "text", 0.2)]
    assert published.settle(story)[1].published == D(2025, 6, 18)


@pytest.mark.parametrize("text", [
    "The plan runs until 2060. In 2072 the dam will be full.",
    "Published 3 March 2061\n\nOfficials said 12 people died.",
    "On Monday, 4 March 2069, officials said 12 people died.",
])
def test_no_inferred_date_far_after_the_evidence(text: str) -> None:
    guess = published.infer(text)
    assert guess is None or guess.date <= dt.date.today()
    near = published.infer(text, near=dt.date(2025, 6, 1))
    assert near is None or near.date <= dt.date.today()


def test_claims_set_texts_dated_by_their_bylines() -> None:
    """Every text of the annotated claims set, cleaned and dated per story as the pipeline does, takes
    the date its annotation gives (their bylines vary: segments, "Published", dotted numeric dates)."""
    from newsclaims.clean import clean
    from newsclaims.model import RawDocument

    root = DATA / "claims"
    expected = {row["doc"]: row.get("published") for row in map(json.loads, (root / "docs.jsonl").open())}
    wrong, checked = [], 0
    for folder in sorted({(root / doc).parent for doc in expected if doc.startswith("stories/")}):
        articles = [clean(RawDocument(str(path), path.read_text(encoding="utf-8"), "text/plain"))
                    for path in sorted(folder.glob("*.txt"))]
        for article in published.settle(articles):
            doc = f"stories/{folder.name}/{article.uri.rsplit('/', 1)[-1]}"
            if doc in expected:
                checked += 1
                if str(article.published) != expected[doc]:
                    wrong.append((doc, article.published, expected[doc]))
    assert checked == sum(doc.startswith("stories/") for doc in expected) and not wrong
