"""The cleanest headline of a web page, from its `<h1>`, `og:title` and `<title>`.

A page names its headline several times, and each copy has its own clutter: `<title>` and
`og:title` carry the site's name and sometimes the date ("... | DW | 19.01.2020",
"... - Reuters"), an `<h1>` may be the site's logo. The headline is the copy the others
contain; without agreement, the first candidate with its site suffix taken off.
"""

from __future__ import annotations

import html as html_entities
import re
import unicodedata
from collections.abc import Sequence

import lxml.html
from lxml.etree import ParserError

# " | ", " - ", " – ", " — ", " :: " between a headline and what a site appends to it.
SUFFIX_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+|\|")
DATE_SEGMENT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# "|" almost never stands in a headline: what follows it is a site's name or its section,
# up to this many words ("News and in-depth reporting from Berlin and beyond").
MAX_PIPE_SEGMENT_WORDS = 8
# An <h1> shorter than this is a logo or a section name, not a headline.
MIN_H1_WORDS = 3
APOSTROPHES = str.maketrans({"′": "'", "’": "'", "‘": "'", "“": '"', "”": '"'})


def page_title_candidates(page: str) -> list[str]:
    """The page's first `<h1>` with a headline's length, its `og:title` and its `<title>`,
    in that order of trust, unescaped and with their spaces collapsed (empty ones left out)."""
    try:
        tree = lxml.html.document_fromstring(page)
    except (ParserError, ValueError):
        return []
    h1s = [_clean(h1.text_content()) for h1 in tree.iter("h1")]
    h1 = next((text for text in h1s if len(text.split()) >= MIN_H1_WORDS), "")
    og = tree.xpath('string(//meta[@property="og:title"][1]/@content)')
    title = tree.findtext(".//title") or ""
    found = [h1, _clean(str(og)), _clean(title)]
    return [text for text in found if text]


def best_title(candidates: Sequence[str], site_name: str | None = None) -> str | None:
    """The headline among `candidates` (most trusted first): the one most of the others
    contain, ties going to the more trusted; each without its site suffix. None without
    any candidate that is more than the site's name."""
    stripped = [strip_site_suffix(text, site_name) for text in candidates]
    site = _key(site_name or "")
    usable = [text for text in stripped if text and _key(text) != site]
    if not usable:
        return None
    keys = [_key(text) for text in candidates]

    def support(text: str) -> int:
        key = _key(text)
        return sum(1 for other in keys if key in other)

    return max(usable, key=lambda text: (support(text), -usable.index(text)))


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """`title` without what a site appends after a separator: its own name, a date, or
    after a "|" a few words naming a section ("'Parasite' scores ... | Reuters")."""
    parts = SUFFIX_SEPARATOR.split(title)
    separators = SUFFIX_SEPARATOR.findall(title)
    while len(parts) > 1 and _is_suffix(parts[-1], separators[-1], site_name):
        parts.pop()
        separators.pop()
    return "".join(part + sep for part, sep in zip(parts, [*separators, ""], strict=True)).strip()


def _is_suffix(segment: str, separator: str, site_name: str | None) -> bool:
    text = segment.strip()
    if not text or DATE_SEGMENT.match(text):
        return True
    if site_name and _key(text) in {_key(site_name), _key(site_name.split(".")[0])}:
        return True
    return "|" in separator and len(text.split()) <= MAX_PIPE_SEGMENT_WORDS


def _clean(text: str) -> str:
    return " ".join(html_entities.unescape(text).split())


def _key(text: str) -> str:
    """`text` for comparison: case, accents, apostrophe shapes and spacing ignored."""
    folded = unicodedata.normalize("NFKC", text).translate(APOSTROPHES).casefold()
    return " ".join(folded.split())
