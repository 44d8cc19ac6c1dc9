"""Records as DataFrames: one row per fact, with the article id, ready for groupby."""

from __future__ import annotations

import pytest
from rendered_html import actor, make_record

from newsfacts.io.tidy import FACT_KINDS, TABLES
from newsfacts.models import ArticleRecord, ErrorEntry
from newsfacts.render import to_dataframes
from newsfacts.render.frames import FACT_TABLES

pandas = pytest.importorskip("pandas", reason="to_dataframes needs the pandas extra")


def test_render_frames_row_counts_equal_fact_counts(whyy_record: ArticleRecord) -> None:
    text = "Ana Ruiz spoke."
    other = make_record(
        "other", text, actors=[actor(text, "a1", "Ana Ruiz", "PERSON", ["Ana Ruiz"])]
    )
    records = [whyy_record, other]
    frames = to_dataframes(records)
    assert set(frames) == {"articles", *FACT_TABLES, "errors"}
    assert len(frames["articles"]) == 2
    for table in FACT_KINDS:
        assert len(frames[table]) == sum(len(getattr(r, table)) for r in records), table
        per_article = frames[table].groupby("article_id").size().to_dict()
        expected = {r.id: len(getattr(r, table)) for r in records if getattr(r, table)}
        assert per_article == expected, table
    mentions = sum(len(a.mentions) for r in records for a in r.actors)
    assert len(frames["mentions"]) == mentions


def test_render_frames_amounts_name_their_payer(whyy_record: ArticleRecord) -> None:
    amounts = to_dataframes([whyy_record])["amounts"]
    names = {a.id: a.name for a in whyy_record.actors}
    expected = [names.get(a.payer_id or "") for a in whyy_record.amounts]
    assert [p if isinstance(p, str) else None for p in amounts["payer"]] == expected
    assert amounts["value"].tolist() == [float(a.value) for a in whyy_record.amounts]


def test_render_frames_empty_tables_keep_their_columns() -> None:
    frames = to_dataframes([make_record("empty", "Nothing here.")])
    assert len(frames["quotes"]) == 0
    assert {"article_id", "speaker", "speaker_mention_start"} <= set(frames["quotes"].columns)
    assert {"article_id", "holder", "target", "evidence_text"} <= set(frames["stances"].columns)
    assert list(frames["stances"].columns) == TABLES["stances"].names


def test_render_frames_take_error_entries_and_parse_published(whyy_record: ArticleRecord) -> None:
    entry = ErrorEntry(id="bad", source="inbox/bad.txt", code="E103", reason="looks binary")
    frames = to_dataframes([whyy_record, entry])
    assert frames["articles"]["article_id"].tolist() == [whyy_record.id]
    assert frames["errors"][["article_id", "code"]].values.tolist() == [["bad", "E103"]]
    published = frames["articles"]["article_published"]
    assert pandas.api.types.is_datetime64_any_dtype(published)
    assert published.iloc[0] == pandas.Timestamp("2018-07-27")
