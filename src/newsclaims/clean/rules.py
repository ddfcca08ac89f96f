"""Page furniture rules for scraped plain text: one paragraph in, a reason (or None) out.

Every rule is general: it names a *kind* of furniture by the words such furniture always
uses (a share bar says "Share", "Facebook", "Email"; a donation appeal asks the reader to
"support us"), never one outlet's wording. Rules come in two groups:

* :data:`OPENERS` - appeals, sign-up boxes, ad-block notices, correction forms, "Related
  Posts" headings. Besides being furniture themselves they open a *block* (see
  :mod:`newsclaims.clean.furniture`): the button labels and link titles that follow them
  are furniture too. A paragraph with a reporting verb ("said", "according to") is never
  an opener: it reports someone's words, so it is article text.
* :data:`SINGLES` - furniture that stands alone: inline "Also Read: <title>" links, share
  bars, tweet embeds, photo credits, "Advertisement", "Scroll to Top", tags, menus.

Patterns are matched case-insensitively against one tidied paragraph (spaces collapsed).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Rule(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    keywords: tuple[str, ...] = ()  # lower-case strings one of which any match contains


def _rule(name: str, *alternatives: str, flags: int = re.IGNORECASE, keywords: tuple[str, ...] = ()) -> Rule:
    """A rule; ``keywords`` (when given) are checked first, so that the regular expression
    runs only on the few paragraphs that could match (rules are tried on every paragraph)."""
    return Rule(name, re.compile("|".join(f"(?:{a})" for a in alternatives), flags), keywords)


_NAME = r"[\w .&'’-]{2,40}"  # an outlet's name, for "A message from <name>:"

OPENERS: tuple[Rule, ...] = (
    _rule(
        "related-links heading",
        r"^(?:also read|read (?:also|more|next)|more (?:to read|reading|stories|news|coverage)"
        r"|related(?: (?:posts?|articles?|stories|news|content|coverage|reading|links|topics))?"
        r"|further reading|recommended(?: for you| reading| stories| articles)?"
        r"|you (?:may|might) also (?:like|be interested in|enjoy)|see also|trending(?: now| stories)?"
        r"|most (?:read|popular|viewed|shared)|popular (?:now|posts|stories)|top stories"
        r"|latest (?:news|stories|posts|articles)|keep reading|continue reading|don'?t miss"
        r"|editor'?s picks?|what to read next|more from (?:the )?" + _NAME + r")\W*$",
    ),
    _rule("appeal heading", rf"^(?:an? )?(?:message|note|word|letter) from (?:the )?{_NAME}:?$",
          r"^dear (?:readers?|friends|subscribers|supporters|members|visitors?)\W*$"),
    _rule(
        "newsletter sign-up",
        r"\b(?:sign(?:ing)? up|subscribe|signup|register)\b.{0,40}\bnewsletters?\b",
        r"\bnewsletters?\b.{0,80}\b(?:inbox|mailbox|e-?mail address)\b",
        r"\b(?:our|free|daily|weekly) (?:free |daily |weekly |morning |evening )*newsletters?\b",
        r"\bsubscribers? agree to\b|\bprivacy policy\b.{0,30}$",
        keywords=("newsletter", "subscriber", "privacy policy"),
    ),
    _rule(
        "donation appeal",
        r"^support (?-i:us|the \w[\w .&'’-]{1,40})\s*!?$|^support " + _NAME + "!$",
        r"^(?:help )?keep (?:the )?" + _NAME + r" (?:free|independent|going|alive)\W*$",
        r"\b(?:patreon|paypal|chip in|buy (?:me|us) a coffee|reader[- ]funded|every contribution)\b",
        r"\b(?:become a (?:member|patron|supporter|paying subscriber)|make a (?:donation|contribution))\b",
        r"\b(?:please )?donate (?:now|today|to us|here|once|monthly)\b",
        r"\bready to (?:support|donate|give) (?:us|today|now)\b",
        r"\bsupport (?-i:us)\b|\bsupport (?:our|independent) (?:work|journalism|newsroom|reporting|mission|media)\b",
        r"\byour (?:support|contribution|donation|generosity)s?\b.{0,40}\b(?:helps|makes|keeps|allows|means)\b",
        keywords=("support", "patreon", "paypal", "chip in", "coffee", "funded", "contribution", "become a",
                  "make a", "donat", "ready to", "keep", "generosity"),
    ),
    _rule(
        "ad-block notice",
        r"\bad[- ]?block(?:er|ers|ing)?\b|\bdisabl\w* (?:your |the )?ad(?:s|vert\w*)?\b",
        r"\bads? (?:are|will be|is|have been) (?:disabled|hidden|removed|turned off)\b",
        r"\bwhitelist\w*\b|\brel(?:y|ies) (?:solely |mainly |entirely |only )?on advertising\b",
        keywords=("block", "disabl", "ads ", "ad ", "whitelist", "advertising"),
    ),
    _rule(
        "correction or feedback form",
        r"\b(?:suggest|submit|send|report|leave)\b.{0,25}"
        r"\b(?:corrections?|clarifications?|errors?|typos?|mistakes?|feedback)\b.{0,40}\bhere\b",
        r"\b(?:suggest|submit|report) an? (?:correction|clarification|error|typo|mistake)\b",
        r"\bctrl\s*\+\s*enter\b|\bspotted an? (?:error|mistake|typo)\b",
        keywords=("correction", "clarification", "error", "typo", "mistake", "feedback", "ctrl"),
    ),
    _rule("cookie notice", r"\b(?:we|this (?:site|website)) uses? cookies\b", r"\b(?:accept|reject|manage) (?:all )?cookies\b",
          r"\bcookie (?:policy|settings|preferences)\b", keywords=("cookie",)),
    _rule("log-in prompt", r"^(?:log ?in|sign ?in|create (?:a )?(?:free )?account)\b.{0,60}$",
          r"^already (?:a subscriber|have an account|registered|with us)\b.{0,60}$"),
)

_SHARE_WORDS = frozenset(
    "share this article story post on via tweet email e-mail mail print copy link copied url facebook twitter x "
    "whatsapp telegram linkedin reddit pinterest flipboard messenger bluesky threads vk sms click to opens in new "
    "window the save comments comment".split()
)
_SHARE_CORE = frozenset("share tweet facebook twitter whatsapp telegram linkedin reddit pinterest email print copy".split())
_CREDIT_AGENCIES = r"getty images|afp|reuters|ap(?: photo)?|epa(?:-efe)?|shutterstock|tass|sputnik|yonhap|kcna|anadolu|xinhua"

SINGLES: tuple[Rule, ...] = (
    _rule("related link", r"^(?:also read|read (?:also|more|next)|related|see also|recommended|must read|don'?t miss"
          r"|watch|listen)\s*[:|»>–—-]\s*\S"),
    _rule("tweet embed", r"pic\.twitter\.com/|https?://t\.co/\w",
          r"^[—–-]{1,2}\s*.{1,80}\(@\w{1,15}\)\s*(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+\.? \d{4})?\s*$",
          r"^(?:view this post on instagram|a post shared by\b|embedded (?:content|video|tweet))",
          keywords=("twitter.com", "t.co/", "(@", "instagram", "post shared", "embedded")),
    _rule("photo credit",
          r"^(?:photo|image|picture|video|illustration|graphic|credit|photograph|file photo|(?:photo|image) credit)s?"
          r"\s*[:|/©]\s*.{1,80}$",
          r"^(?:©|\(c\)\s|copyright\b).{0,120}$",
          rf"^(?:[\w .,&'’-]{{1,40}}\s*/\s*)?(?:{_CREDIT_AGENCIES})"
          r"(?:\s*/\s*[\w .,&'’-]{1,40}| via getty images)?\W*$"),
    _rule("lone credit", r"^[A-Z]{2,6}$", flags=0),
    _rule("advertisement", r"^(?:advertisement|advertising|sponsored(?: content| post)?|promoted(?: content)?|ads?"
          r"|story continues below(?: advertisement)?|article continues (?:below|after (?:this )?advertisement))\W*$"),
    _rule("scroll to top", r"^(?:↑\s*)?(?:scroll|back|go|return) to (?:the )?top\W*$"),
    _rule("button label", r"^(?:once|monthly|annual(?:ly)?|yearly|one-time|continue|submit|subscribe(?: now)?|donate(?: now)?"
          r"|preview|close|cancel|ok|menu|search|next|previous|prev|load more|show more|more|home|loading\.*"
          r"|remind me later|maybe later|no,? thanks|not now|thank you|thanks for (?:reading|subscribing|signing up))\W*$"),
    _rule("tags", r"^(?:tags?|topics?|filed under|categories|category|keywords)\s*:\s*.{1,200}$"),
    _rule("follow prompt", r"^follow (?:us|@\w+|[\w .]{1,40}) on\b|\bfollow us\b",
          r"\bjoin (?:us|our \w+) on (?:telegram|whatsapp|facebook|x|twitter)\b", keywords=("follow", "join")),
    _rule("comments", r"^(?:\d+\s+)?comments?\W*$|^(?:leave|post|add|view|show|hide|load) (?:a |all |the )?comments?\b",
          r"^join the (?:conversation|discussion)\W*$"),
    _rule("reading time", r"^\d{1,3}\s*(?:min|mins|minute|minutes)\s*read\W*$"),
    _rule("menu", r"^(?:[^|•·»\s][^|•·»]{0,25}\s*[|•·»]\s*){2,}[^|•·»]{1,25}$"),
)


# Reported speech ("..., the minister said") is article text, whatever words it uses.
REPORTED = re.compile(r"\b(?:said|says|told|according to|stated|added|reported|announced|declared|wrote)\b", re.I)


# Furniture is short: a longer paragraph is article text, and no rule is tried on it.
MAX_CHARS = 1500


def opener(paragraph: str) -> str | None:
    """The name of the block-opening rule ``paragraph`` matches, if any (never for reported
    speech: "Pompeo said ... the United States stands ready to support" is article text)."""
    if len(paragraph) > MAX_CHARS or REPORTED.search(paragraph):
        return None
    return _first(OPENERS, paragraph)


def single(paragraph: str) -> str | None:
    """The name of the stand-alone furniture rule ``paragraph`` matches, if any."""
    if len(paragraph) > MAX_CHARS:
        return None
    if _is_share_bar(paragraph):
        return "share links"
    return _first(SINGLES, paragraph)


def _first(rules: tuple[Rule, ...], paragraph: str) -> str | None:
    lower = paragraph.lower()
    for rule in rules:
        if (not rule.keywords or any(k in lower for k in rule.keywords)) and rule.pattern.search(paragraph):
            return rule.name
    return None


def _is_share_bar(paragraph: str) -> bool:
    """Only share-button words ("Share on Facebook", "Tweet | Email | Print"), at most 12."""
    words = re.findall(r"[\w-]+", paragraph.lower())
    return 0 < len(words) <= 12 and set(words) <= _SHARE_WORDS and bool(set(words) & _SHARE_CORE)
