"""HTML pages: the newsroom's metadata kept, the cleanest headline, wire boilerplate out
of the facts (with offsets still into the text as read), HTML recognised on standard input.

The page (tests/data/wire_page.html) is small and synthetic, in the shape of a wire story
on a news site."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsfacts
from newsfacts.cli import app
from newsfacts.io.readers import looks_like_html, read_articles
from newsfacts.io.sources import InputFormat
from newsfacts.io.titles import best_title, strip_site_suffix
from newsfacts.models import Article, ArticleRecord, ErrorEntry
from newsfacts.pipeline.extractor import Extractor

HEADLINE = "Council backs parks budget after long debate"
STANDFIRST = (
    "The city council approved a $59 million budget for new parks on Monday, officials said."
)
WIRE_CREDITS = "Additional reporting by Steve Gorman; Editing by Marguerita Choy and Simon Cameron"
WIRE_PAGE = Path(__file__).resolve().parent.parent / "data" / "wire_page.html"
WIRE_NAMES = ("Steve Gorman", "Marguerita Choy", "Simon Cameron", "Thomson Reuters", "Related")


@pytest.fixture(scope="module")
def wire_article() -> Article:
    (article,) = read_articles([str(WIRE_PAGE)])
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


def test_html_byline_and_site_name_are_columns_of_the_articles_table(
    wire_record: ArticleRecord, tmp_path: Path
) -> None:
    """The byline and the site reach the tables (CSV written by the command line) and the
    DataFrames, and read back into the record."""
    pytest.importorskip("pandas", reason="to_dataframes needs pandas")
    out = tmp_path / "wire.csv"
    result = CliRunner().invoke(app, ["extract", str(WIRE_PAGE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with (out / "articles.csv").open(encoding="utf-8", newline="") as table:
        (row,) = csv.DictReader(table)
    assert (row["author"], row["site_name"]) == ("Jane Reporter", "Example Wire")
    (read_back,) = newsfacts.read_records(out)
    assert isinstance(read_back, ArticleRecord)
    assert (read_back.author, read_back.site_name) == ("Jane Reporter", "Example Wire")
    articles = newsfacts.to_dataframes([wire_record])["articles"]
    assert articles[["author", "site_name"]].values.tolist() == [["Jane Reporter", "Example Wire"]]


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
    assert (
        best_title(
            ["Wikimedia Foundation", f"{HEADLINE} – Wikimedia Foundation"], "Wikimedia Foundation"
        )
        == HEADLINE
    )


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


def test_html_on_standard_input_is_read_as_a_page() -> None:
    stdin = io.BytesIO(WIRE_PAGE.read_bytes())
    (article,) = read_articles(["-"], stdin=stdin)
    assert isinstance(article, Article)
    assert article.title == HEADLINE and article.author == "Jane Reporter"
    assert "font-family" not in article.text and "<p>" not in article.text


@pytest.mark.parametrize(
    "start",
    [b"<!DOCTYPE html><p>x", b"\xef\xbb\xbf  <html lang='en'>", b"<div class='story'><p>A"],
)
def test_html_sniffing_knows_a_page(start: bytes) -> None:
    assert looks_like_html(start)


@pytest.mark.parametrize(
    "start",
    [b"<- the arrow points left, the mayor said.", b'{"text": "<p>in JSON</p>"}', b"A <p> b"],
)
def test_html_sniffing_leaves_texts_and_json_alone(start: bytes) -> None:
    assert not looks_like_html(start)


def test_html_input_format_reads_a_page_saved_as_text(tmp_path: Path) -> None:
    saved = tmp_path / "page.txt"
    saved.write_bytes(WIRE_PAGE.read_bytes())
    (as_text,) = read_articles([str(saved)])
    (as_html,) = read_articles([str(saved)], input_format=InputFormat.HTML)
    assert isinstance(as_text, Article) and "<meta" in as_text.text
    assert isinstance(as_html, Article) and as_html.title == HEADLINE


def test_html_input_format_text_keeps_markup_on_standard_input() -> None:
    stdin = io.BytesIO(WIRE_PAGE.read_bytes())
    (article,) = read_articles(["-"], stdin=stdin, input_format=InputFormat.TEXT)
    assert isinstance(article, Article) and article.text == WIRE_PAGE.read_text()


def test_html_input_format_jsonl_names_the_bad_line_on_standard_input() -> None:
    stdin = io.BytesIO(b'{"id": "a", "text": "A text."}\nnot json\n')
    first, second = read_articles(["-"], stdin=stdin, input_format=InputFormat.JSONL)
    assert isinstance(first, Article) and first.id == "a"
    assert isinstance(second, ErrorEntry) and second.code == "E104"
