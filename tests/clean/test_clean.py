"""clean(): real seed articles, the examples, ids, publication dates, and every refusal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsclaims import ingest
from newsclaims.clean import Boilerplate, clean, document_id
from newsclaims.clean.language import detect
from newsclaims.errors import InputError
from newsclaims.model import RawDocument

FURNITURE_MARKERS = ("Patreon", "Scroll to Top", "pic.twitter.com", "Dear readers", "Also Read",
                     "newsletter", "Ctrl + Enter", "Related Posts", "Further Reading", "Support The")


def _raw(content: str, media_type: str = "text/plain", **fields) -> RawDocument:
    return RawDocument(uri="test://doc", content=content, media_type=media_type, **fields)


def _articles(source: Path):
    return [clean(raw) for raw in ingest.read(str(source))]


def test_seed_articles_are_cleaned(seed_dir: Path) -> None:
    articles = _articles(seed_dir)
    assert len(articles) == 5
    for article in articles:
        assert not any(marker in article.text for marker in FURNITURE_MARKERS), article.uri
        assert "\n\n\n" not in article.text and article.text == article.text.strip()
        if article.title:
            assert article.text.startswith(article.title)
    text = "\n".join(a.text for a in articles)
    for figure in ("14,000", "more than 6,000", "4,700", "Around 600", "about 4,000", "25,000 to 30,000", "9 million"):
        assert figure in text


@pytest.mark.parametrize(
    ("name", "title", "outlet"),
    [
        ("000_cb89993beffaf06d.txt", "Kim Jong Un inspects memorial sculptures for North Korean soldiers killed fighting for Russia", None),
        ("003_8cf27281098734bd.txt", "Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia", "The Moscow Times"),
        ("004_cd70e9fa9562e230.txt", None, None),  # opens with a body paragraph: no headline
    ],
)
def test_seed_titles_and_outlets(seed_dir: Path, name: str, title: str | None, outlet: str | None) -> None:
    (article,) = _articles(seed_dir / name)
    assert (article.title, article.outlet) == (title, outlet)


def test_examples_are_cleaned(examples_dir: Path) -> None:
    articles = {a.uri: a for a in _articles(examples_dir)}
    assert len(articles) == 6
    for article in articles.values():
        assert 300 <= article.words <= 700, article.uri
        assert article.title and article.text.startswith(article.title)
        assert not any(marker in article.text for marker in FURNITURE_MARKERS), article.uri
    html = articles[str(examples_dir / "eastern-wire-hero-ceremony.html")]
    assert (html.outlet, html.published, html.published_basis) == ("The Eastern Wire", dt.date(2025, 8, 22), "metadata")
    assert not any(word in html.text for word in ("Advertisement", "cookies", "Most read", "Share on"))
    scraped = [articles[str(examples_dir / f"{name}.txt")] for name in ("frontline-ledger-memorial-studio", "harbour-courier-coffins-concert")]
    assert [a.outlet for a in scraped] == ["The Frontline Ledger", "The Harbour Courier"]  # named by their appeal banners
    dated = [a for a in articles.values() if a.uri.startswith("https://")]
    assert {a.outlet for a in dated} == {"Pacific Dispatch", "Continental Review", "Northbridge Post"}
    # the page's own date first (its URL's path, its HTML metadata), then the JSONL field
    assert sorted((a.outlet, a.published_basis) for a in dated) == [
        ("Continental Review", "metadata"), ("Northbridge Post", "metadata"), ("Pacific Dispatch", "url")]


def test_same_input_same_id(seed_dir: Path) -> None:
    first = [a.id for a in _articles(seed_dir)]
    assert first == [a.id for a in _articles(seed_dir)]
    assert len(set(first)) == 5


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Troops  sent\n\nto Kursk", "troops sent to kursk", True),
        ("ﬁve thousand", "five thousand", True),  # NFKC ligature
        ("ＫＣＮＡ said", "kcna said", True),  # full-width letters
        ("12,000 troops", "14,000 troops", False),
    ],
)
def test_document_id(a: str, b: str, same: bool) -> None:
    assert len(document_id(a)) == 16
    assert (document_id(a) == document_id(b)) is same


@pytest.mark.parametrize(
    ("raw", "given", "expected"),
    [
        (_raw("Title\n\nThe army said 300 soldiers left on Monday.", published=dt.datetime(2025, 7, 1, 9, 30)), dt.date(2020, 1, 1),
         (dt.date(2025, 7, 1), "metadata", 1.0)),
        (_raw('<html><head><meta property="article:published_time" content="2025-06-19T06:00:00"></head>'
              "<body><article><h1>Troops sent</h1><p>The army said that 300 soldiers left the base on Monday morning for the border.</p>"
              "<p>More units are expected to follow them in the coming weeks, officials told reporters.</p></article></body></html>", "text/html"),
         None, (dt.date(2025, 6, 19), "metadata", 1.0)),
        (_raw("Title\n\nThe army said 300 soldiers left on Monday."), dt.date(2025, 3, 2), (dt.date(2025, 3, 2), "user", 1.0)),
    ],
)
def test_publication_date_precedence(raw: RawDocument, given: dt.date | None, expected: tuple) -> None:
    article = clean(raw, published=given)
    assert (article.published, article.published_basis, article.published_confidence) == expected


def test_undated_text_is_inferred_or_left_open() -> None:
    article = clean(_raw("Title\n\nThe army said 300 soldiers left on Monday."))
    assert article.published_basis in ("text", None)
    assert (article.published is None) == (article.published_basis is None)


NOT_ENGLISH = [
    ("German", "Nordkoreanische Soldaten sind nach Angaben des Geheimdienstes in der Region Kursk gefallen. Die Regierung in Seoul schätzt die Verluste auf mehrere tausend Mann."),
    ("French", "Selon les services de renseignement, plusieurs milliers de soldats nord-coréens ont été tués ou blessés dans la région de Koursk depuis l'automne dernier."),
    ("Spanish", "Según los servicios de inteligencia, miles de soldados norcoreanos han muerto o resultado heridos en la región de Kursk desde el otoño pasado."),
    ("Russian", "По данным разведки, несколько тысяч северокорейских солдат были убиты или ранены в Курской области с прошлой осени."),
    ("Korean", "정보 당국에 따르면 작년 가을 이후 쿠르스크 지역에서 수천 명의 북한군이 사망하거나 부상했다고 한다."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ENGLISH)
def test_non_english_is_refused(language: str, text: str) -> None:
    with pytest.raises(InputError, match=f"not English \\(looks like {language}\\)"):
        clean(_raw(f"Headline\n\n{text}"))


def test_seed_is_english(seed_dir: Path) -> None:
    for path in sorted(seed_dir.glob("*.txt")):
        assert detect(path.read_text())[0] == "English"


@pytest.mark.parametrize(
    ("content", "media_type", "reason"),
    [
        ("Share on Facebook\nAdvertisement\nScroll to Top", "text/plain", "no article text left"),
        ("<html><body><div><p></div></span>", "text/html", "no article text found in the HTML"),
        ("<<<>>>\x01<html", "text/html", "too little article text"),
        ("Headline\n\n12,000 / 14,000", "text/plain", "too little article text"),
        ("<html><body><nav><a href='/'>Home</a></nav><footer>© 2025</footer></body></html>", "text/html", "no article text found"),
    ],
)
def test_unusable_documents_are_refused(content: str, media_type: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        clean(_raw(content, media_type))


def test_title_from_container_leads_the_text() -> None:
    article = clean(_raw("The army said 300 soldiers left on Monday.", title="Troops sent"))
    assert article.text == "Troops sent\n\nThe army said 300 soldiers left on Monday."


def test_boilerplate_learnt_per_outlet() -> None:
    footer = "The Gazette: independent news from the north since 1901"
    pages = [
        RawDocument(f"p{i}", f"Story {i}\n\nThe council said {i} roads were closed.\n\n{footer}", "text/plain", url=f"https://gazette.example/{i}")
        for i in range(3)
    ]
    other = RawDocument("o", f"Other story\n\nThe mayor said 5 roads reopened.\n\n{footer}", "text/plain", url="https://other.example/1")
    unknown = RawDocument("u", f"Unknown story\n\nThe police said 7 roads were shut.\n\n{footer}", "text/plain")
    boilerplate = Boilerplate()
    for raw in (*pages, other, unknown):
        boilerplate.learn(raw)
    assert footer not in clean(pages[0], repeated=boilerplate.lines(pages[0])).text
    assert footer in clean(other, repeated=boilerplate.lines(other)).text
    assert footer in clean(unknown, repeated=boilerplate.lines(unknown)).text


BYLINED = (
    "Bridge closes after river floods\n\nHarbour Gazette | March 3, 2026 | 4 min read\n\n"
    "The old bridge was closed on Tuesday after the river rose above its banks, officials said.\n\n"
    "Engineers will inspect the piers once the water falls, the city council said in a statement.\n"
)


def test_a_byline_dropped_as_furniture_still_dates_the_page() -> None:
    article = clean(RawDocument("bylined.txt", BYLINED, "text/plain"))
    assert "4 min read" not in article.text
    assert (article.published, article.published_basis) == (dt.date(2026, 3, 3), "text")
