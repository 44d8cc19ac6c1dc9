"""What a notebook hands `Extractor.pipe` and `newsfacts.extract`: texts, dicts, Articles."""

from __future__ import annotations

import importlib
import inspect

import pytest

import newsfacts
from newsfacts import FieldKeys
from newsfacts.models import Article, ArticleRecord, ErrorEntry
from newsfacts.pipeline.extractor import Extractor

TEXT = "Council backs plan\n\nMayor Jim Kenney said on Monday that the city will spend $5 million."


def test_pipe_takes_texts_dicts_and_articles_in_order(extractor: Extractor) -> None:
    items = [
        TEXT,
        {"id": "d", "text": "The union opposed the plan.", "published": "July 27, 2018"},
        Article(id="a", text="The council voted on Tuesday."),
        {"id": "no-text", "body": "x"},
        "   ",
    ]
    results = list(extractor.pipe(items))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["ArticleRecord", "ArticleRecord", "ArticleRecord", "ErrorEntry", "ErrorEntry"]
    first, second, third, no_text, blank = results
    assert isinstance(first, ArticleRecord) and first.title == "Council backs plan"
    assert [amount.text for amount in first.amounts] == ["$5 million"]
    assert isinstance(second, ArticleRecord) and str(second.published) == "2018-07-27"
    assert third.id == "a"
    assert isinstance(no_text, ErrorEntry) and no_text.code == "E105"
    assert (no_text.id, no_text.source) == ("no-text", "pipe:4")  # the id it was given
    assert isinstance(blank, ErrorEntry) and (blank.code, blank.source) == ("E102", "pipe:5")


def test_pipe_dict_keys_as_the_command_line_names_them(extractor: Extractor) -> None:
    keys = FieldKeys(text="body", published="pubDate")
    wire = {"id": "w", "body": TEXT, "pubDate": "Fri, 19 Jan 2024 14:02:00 -0500"}
    [record] = list(extractor.pipe([wire], keys=keys))
    assert isinstance(record, ArticleRecord)
    assert str(record.published) == "2024-01-19" and record.text == TEXT


def test_pipe_refuses_what_is_no_article(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match="pipe takes texts, dicts and Articles"):
        list(extractor.pipe([42]))  # type: ignore[list-item]


def test_extract_infers_the_title_as_the_reader_does() -> None:
    assert newsfacts.extract(TEXT).title == "Council backs plan"
    assert newsfacts.extract(TEXT, title="Given").title == "Given"


def test_extract_is_not_hidden_by_the_stages_subpackage() -> None:
    importlib.import_module("newsfacts.extract.factories")
    assert callable(newsfacts.extract)
    assert newsfacts.extract.__module__ == "newsfacts.api"


def test_extract_leaves_every_stage_module_importable_under_a_name_of_ones_own() -> None:
    import newsfacts.extract.stances.cues as cues  # an `as` import looks up each part

    assert cues.__name__ == "newsfacts.extract.stances.cues"
    assert "published" in inspect.signature(newsfacts.extract).parameters
    assert newsfacts.extract.__doc__ and "Extract the facts" in newsfacts.extract.__doc__
