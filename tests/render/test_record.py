"""One record as HTML: the highlighted spans are the record's spans, and text stays text."""

from __future__ import annotations

from rendered_html import HOSTILE, actor, assert_inert, make_record, read_marks, record_spans

from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor
from newsfacts.render import render_record_html
from newsfacts.render.spans import Highlight, render_highlighted


def test_render_record_highlights_are_the_whyy_records_spans(whyy_record: ArticleRecord) -> None:
    reader = read_marks(render_record_html(whyy_record))
    assert set(reader.spans) == record_spans(whyy_record)
    text = whyy_record.text or ""
    for (kind, start, end), marked in reader.spans.items():
        assert marked == text[start:end], (kind, start, end)


def test_render_record_whyy_quotes_hold_actor_marks(whyy_record: ArticleRecord) -> None:
    """Quotes contain mentions (and one partial quote sits in an indirect one): nested."""
    reader = read_marks(render_record_html(whyy_record))
    quotes = [key for key in reader.spans if key[0] == "quote"]
    mentions = [key for key in reader.spans if key[0] == "actor"]
    assert any(q[1] <= m[1] and m[2] <= q[2] for q in quotes for m in mentions)


def test_render_record_hover_gives_the_canonical_actor_name(whyy_record: ArticleRecord) -> None:
    reader = read_marks(render_record_html(whyy_record))
    titles = {
        (attrs["data-start"], attrs["title"])
        for tag, attrs in reader.tags
        if tag == "mark" and attrs.get("data-kind") == "actor"
    }
    for found in whyy_record.actors:
        for mention in found.mentions:
            title = next(t for start, t in titles if start == str(mention.start))
            assert title is not None and title.startswith(found.name)


def test_render_record_hostile_text_comes_out_inert(extractor: Extractor) -> None:
    text = (
        f'Mayor Jane Porter said "{HOSTILE}" appeared on the city website, which cost $2 million.'
    )
    record = extractor.extract(text, id="hostile")
    assert_inert(render_record_html(record))


def test_render_record_hostile_names_in_attributes_come_out_inert() -> None:
    text = f"{HOSTILE} was named in the lawsuit."
    hostile_actor = actor(text, "a1", HOSTILE, "ORG", [HOSTILE], aliases=['" onmouseover="x'])
    record = make_record("hostile-names", text, actors=[hostile_actor])
    markup = render_record_html(record)
    assert_inert(markup)
    assert ("actor", 0, len(HOSTILE)) in read_marks(markup).spans


def test_render_record_crossing_spans_split_into_pieces_of_one_span() -> None:
    text = "one two three four"
    marks = [
        Highlight("quote", 0, 13, "q", ""),
        Highlight("amount", 8, 18, "a", ""),
    ]
    reader = read_marks(render_highlighted(text, marks))
    assert dict(reader.spans) == {("quote", 0, 13): "one two three", ("amount", 8, 18): text[8:]}


def test_render_record_without_text_still_lists_facts() -> None:
    text = "Ana Ruiz spoke."
    record = make_record(
        "no-text", text, actors=[actor(text, "a1", "Ana Ruiz", "PERSON", ["Ana Ruiz"])]
    )
    markup = render_record_html(record.model_copy(update={"text": None}))
    assert "Ana Ruiz" in markup
    assert not read_marks(markup).spans


def test_render_record_repr_html_is_the_rendering(whyy_record: ArticleRecord) -> None:
    assert whyy_record._repr_html_() == render_record_html(whyy_record)


def test_render_record_offsets_outside_the_text_are_not_marked() -> None:
    text = "Short text."
    marks = [Highlight("date", 6, 40, "d", ""), Highlight("actor", 0, 5, "a", "")]
    reader = read_marks(render_highlighted(text, marks))
    assert set(reader.spans) == {("actor", 0, 5)}


def test_render_record_names_the_byline_and_the_site() -> None:
    text = "The council approved the budget on Monday."
    record = make_record("wire", text, author=HOSTILE, site_name="Example Wire")
    markup = render_record_html(record)
    assert_inert(markup)
    assert "Example Wire" in markup and "by &lt;script&gt;" in markup
