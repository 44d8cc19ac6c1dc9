"""Long articles are parsed in pieces and still give one record with offsets into the whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfacts.models import Article, ArticleRecord, ErrorEntry
from newsfacts.pipeline.chunking import chunk_ranges
from newsfacts.pipeline.extractor import Extractor


@given(st.text(max_size=400), st.integers(min_value=2, max_value=60))
def test_chunking_ranges_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    ranges = chunk_ranges(text, limit)
    assert "".join(text[start:end] for start, end in ranges) == text
    assert all(0 < end - start <= limit for start, end in ranges) or text == ""


def test_chunking_prefers_paragraph_breaks() -> None:
    text = "First paragraph here.\n\nSecond paragraph here.\n\nThird one."
    ranges = chunk_ranges(text, 30)
    assert text[ranges[0][0] : ranges[0][1]] == "First paragraph here.\n\n"


def test_chunking_long_article_gives_one_resolved_record(
    extractor: Extractor, whyy_record: ArticleRecord
) -> None:
    assert whyy_record.text is not None
    text = "\n\n".join([whyy_record.text] * 6)
    small = Extractor(extractor.nlp, chunk_chars=2_000)
    [record] = small.pipe([Article(id="long", text=text)])
    assert isinstance(record, ArticleRecord)
    assert record.text == text
    ice = next(a for a in record.actors if "ICE" in [a.name, *a.aliases])
    single = next(a for a in whyy_record.actors if "ICE" in [a.name, *a.aliases])
    assert len(ice.mentions) >= 5 * len(single.mentions)
    for actor in record.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_chunking_one_long_line_without_breaks(extractor: Extractor) -> None:
    text = "the council met and voted " * 800
    [record] = Extractor(extractor.nlp, chunk_chars=3_000).pipe([Article(id="line", text=text)])
    assert isinstance(record, ArticleRecord)
    assert record.text == text


def test_chunking_text_above_the_ceiling_is_an_error_entry(extractor: Extractor) -> None:
    capped = Extractor(extractor.nlp, chunk_chars=100, max_chars=1_000)
    results = list(
        capped.pipe([Article(id="huge", text="x " * 1_000), Article(id="ok", text="Hi.")])
    )
    assert isinstance(results[0], ErrorEntry)
    assert results[0].code == "E202"
    assert isinstance(results[1], ArticleRecord)
