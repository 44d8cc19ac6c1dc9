"""HTML pages: the newsroom's metadata kept, the cleanest headline, wire boilerplate out
of the facts (with offsets still into the text as read), HTML recognised on standard input.

The page is written here, small, in the shape of a wire story on a news site."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsfacts.io.readers import read_articles
from newsfacts.io.titles import best_title, strip_site_suffix
from newsfacts.models import Article, ArticleRecord
from newsfacts.pipeline.extractor import Extractor

HEADLINE = "Council backs parks budget after long debate"
STANDFIRST = (
    "The city council approved a $59 million budget for new parks on Monday, officials said."
)
WIRE_CREDITS = "Additional reporting by Steve Gorman; Editing by Marguerita Choy and Simon Cameron"
WIRE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>{HEADLINE} | Example Wire | 19.01.2020</title>
<meta property="og:title" content="{HEADLINE} - Example Wire">
<meta property="og:site_name" content="Example Wire">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2020-01-19">
</head><body>
<nav><a href="/">Home</a></nav>
<article><h1>{HEADLINE}</h1>
<p class="standfirst">{STANDFIRST}</p>
<p>{STANDFIRST}</p>
<p>The vote came after three hours of debate in which Mayor Ann Lee urged members to back
the plan for the parks.</p>
<p>Related</p>
<p>"This is a good day for every family in Springfield," Lee said after the vote.</p>
<p>Critics on the council said the money should go to road repairs instead of parks.</p>
<p>{WIRE_CREDITS}</p>
<p>Our Standards: The Thomson Reuters Trust Principles.</p>
<p>© Thomson Reuters 2020</p>
</article></body></html>
"""
WIRE_NAMES = ("Steve Gorman", "Marguerita Choy", "Simon Cameron", "Thomson Reuters", "Related")


@pytest.fixture(scope="module")
def wire_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "wire.html"
    path.write_text(WIRE_HTML, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def wire_article(wire_page: Path) -> Article:
    (article,) = read_articles([str(wire_page)])
    assert isinstance(article, Article)
    return article


@pytest.fixture(scope="module")
def wire_record(extractor: Extractor, wire_article: Article) -> ArticleRecord:
    (record,) = extractor.pipe([wire_article])
    assert isinstance(record, ArticleRecord)
    return record


def test_html_byline_and_site_name_are_kept(wire_record: ArticleRecord) -> None:
    assert wire_record.author == "Jane Reporter"
    assert wire_record.site_name == "Example Wire"


def test_html_title_is_the_clean_headline(wire_article: Article) -> None:
    assert wire_article.title == HEADLINE


@pytest.mark.parametrize(
    ("title", "site", "clean"),
    [
        (f"{HEADLINE} | DW | 19.01.2020", "DW.COM", HEADLINE),
        (f"{HEADLINE} - Reuters", "Reuters", HEADLINE),
        (f"{HEADLINE} – Wikimedia Foundation", "Wikimedia Foundation", HEADLINE),
        (f"{HEADLINE} | Germany| News and in-depth reporting from Berlin | DW", None, HEADLINE),
        ("Trump - the man and the myth", "Salon.com", "Trump - the man and the myth"),
    ],
)
def test_html_site_suffix_is_stripped(title: str, site: str | None, clean: str) -> None:
    assert strip_site_suffix(title, site) == clean


def test_html_title_prefers_the_one_the_others_contain() -> None:
    candidates = [f"{HEADLINE}", f"{HEADLINE} | DW | 19.01.2020", f"{HEADLINE}: a longer cut"]
    assert best_title(candidates[::-1], "DW.COM") == HEADLINE
    assert best_title(["Wikimedia Foundation", f"{HEADLINE} – Wikimedia Foundation"],
                      "Wikimedia Foundation") == HEADLINE


def test_html_wire_boilerplate_gives_no_facts(wire_record: ArticleRecord) -> None:
    names = {form for actor in wire_record.actors for form in (actor.name, *actor.aliases)}
    assert not names & set(WIRE_NAMES), names
    assert any(actor.name == "Ann Lee" for actor in wire_record.actors)


def test_html_repeated_standfirst_counts_its_amount_once(extractor: Extractor) -> None:
    """A template that sets the standfirst again above the story (trafilatura drops a
    verbatim repeat inside one page; a text pasted from a page keeps it)."""
    text = f"{HEADLINE}\n\n{STANDFIRST}\n{STANDFIRST}\nMayor Ann Lee urged members to back it."
    record = extractor.extract(text)
    assert [(amount.value, amount.start) for amount in record.amounts] == [
        (59_000_000, text.index("$59"))
    ]


def test_html_offsets_point_into_the_text_as_read(
    wire_record: ArticleRecord, wire_article: Article
) -> None:
    assert wire_record.text == wire_article.text
    assert "Our Standards" in wire_record.text
    for amount in wire_record.amounts:
        assert wire_record.text[amount.start : amount.end] == amount.text
    for quote in wire_record.quotes:
        assert wire_record.text[quote.start : quote.end] == quote.text
