"""What an article's URL says about it: the publication date in its path, and the outlet's host.

* **Date**: a full date in the path, ``/2023/09/12/``, ``/2023-09-12-``, ``/2019/11/8/`` (htmldate's
  URL rule), or eight digits ``/20230912/`` or ``/201911181077343476-...`` (the eight digits
  first, a valid date of 1990 or later, not after today); then a month alone, ``/2018/07/`` (a
  month: the caller narrows it with the text).
* **Host**: the URL's host without ``www.`` (courlan, trafilatura's URL library), named from a
  small table of major outlets (:data:`OUTLETS`, matched on the registered domain: ``bbc.co.uk``
  and ``news.bbc.co.uk`` are both the BBC), else the host itself (``harbourcourier.example``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple
from urllib.parse import urlsplit

import courlan
from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

FIRST_YEAR = 1990


class UrlDate(NamedTuple):
    first: dt.date  # the day, or the month's first day
    last: dt.date  # the same day, or the month's last day
    text: str  # the part of the path that says so

    @property
    def is_day(self) -> bool:
        return self.first == self.last


_COMPACT = re.compile(r"(?<=[/_-])((?:199\d|20[0-4]\d)[01]\d[0-3]\d)(?=[/_.-]|\d{0,12}(?:[/_.-]|$)|$)")
_MONTH = re.compile(r"/((?:199\d|20[0-4]\d))[/_-]([01]?\d)(?=/)")


def date_in_url(url: str | None, *, today: dt.date | None = None) -> UrlDate | None:
    """The date a URL's path gives, or None (the host is never read: ``2019news.com`` is no date)."""
    if not url:
        return None
    parts = urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    today = today or dt.date.today()
    found = _full(path, today)
    if found is not None:
        return UrlDate(found, found, path)
    return _month(path, today)


def _full(path: str, today: dt.date) -> dt.date | None:
    options = Extractor(False, dt.datetime.combine(today, dt.time.max), dt.datetime(FIRST_YEAR, 1, 1), True,
                        "%Y-%m-%d")
    found = extract_url_date(path, options)
    if found:
        return dt.date.fromisoformat(found)
    for match in _COMPACT.finditer(path):
        try:
            day = dt.datetime.strptime(match[1], "%Y%m%d").date()
        except ValueError:
            continue
        if day <= today:
            return day
    return None


def _month(path: str, today: dt.date) -> UrlDate | None:
    match = _MONTH.search(path)
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    first = dt.date(int(match[1]), int(match[2]), 1)
    if first > today:
        return None
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return UrlDate(first, min(last, today), match[0])


# Readable names of major outlets, by registered domain. Anything else is named by its host.
OUTLETS = {
    "apnews.com": "AP News", "ap.org": "Associated Press", "reuters.com": "Reuters",
    "bbc.co.uk": "BBC", "bbc.com": "BBC", "aljazeera.com": "Al Jazeera", "aljazeera.net": "Al Jazeera",
    "cnn.com": "CNN", "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal", "theguardian.com": "The Guardian", "guardian.co.uk": "The Guardian",
    "ft.com": "Financial Times", "bloomberg.com": "Bloomberg", "economist.com": "The Economist",
    "npr.org": "NPR", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News",
    "abc.net.au": "ABC (Australia)", "foxnews.com": "Fox News", "cnbc.com": "CNBC", "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today", "politico.com": "Politico", "politico.eu": "Politico Europe", "axios.com": "Axios",
    "thehill.com": "The Hill", "afp.com": "AFP", "france24.com": "France 24", "dw.com": "Deutsche Welle",
    "euronews.com": "Euronews", "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times", "dailymail.co.uk": "Daily Mail", "sky.com": "Sky News",
    "news.sky.com": "Sky News", "themoscowtimes.com": "The Moscow Times", "kyivindependent.com": "The Kyiv Independent",
    "yonhapnews.co.kr": "Yonhap", "koreaherald.com": "The Korea Herald", "koreatimes.co.kr": "The Korea Times",
    "nknews.org": "NK News", "japantimes.co.jp": "The Japan Times", "scmp.com": "South China Morning Post",
    "thehindu.com": "The Hindu", "hindustantimes.com": "Hindustan Times", "timesofindia.indiatimes.com":
    "The Times of India", "indiatimes.com": "The Times of India", "ndtv.com": "NDTV", "dawn.com": "Dawn",
    "straitstimes.com": "The Straits Times", "smh.com.au": "The Sydney Morning Herald", "cbc.ca": "CBC News",
    "globalnews.ca": "Global News", "theglobeandmail.com": "The Globe and Mail", "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel", "elpais.com": "El País", "haaretz.com": "Haaretz", "timesofisrael.com":
    "The Times of Israel", "arabnews.com": "Arab News", "voanews.com": "Voice of America", "rferl.org":
    "Radio Free Europe/Radio Liberty", "newsweek.com": "Newsweek", "time.com": "Time", "theatlantic.com":
    "The Atlantic", "vox.com": "Vox", "techcrunch.com": "TechCrunch", "wired.com": "Wired",
    "theverge.com": "The Verge", "forbes.com": "Forbes", "businessinsider.com": "Business Insider",
    "news.yahoo.com": "Yahoo News", "cbssports.com": "CBS Sports", "espn.com": "ESPN", "tass.com": "TASS",
    "ria.ru": "RIA Novosti", "rt.com": "RT", "interfax.com": "Interfax", "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua", "globaltimes.cn": "Global Times", "kcna.kp": "KCNA", "ukrinform.net": "Ukrinform",
    "pravda.com.ua": "Ukrainska Pravda", "anews.com.tr": "A News", "aa.com.tr": "Anadolu Agency",
}


def host_of(url: str | None) -> str | None:
    """The URL's host without ``www.`` (None for a path or a URL without one)."""
    if not url or not re.match(r"(?i)^https?://", url):
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host or None


def outlet_from_url(url: str | None) -> str | None:
    """A readable outlet name for the URL's host: the table's name, else the host."""
    host = host_of(url)
    if host is None:
        return None
    if host in OUTLETS:
        return OUTLETS[host]
    return OUTLETS.get(courlan.extract_domain(url) or host, host)
