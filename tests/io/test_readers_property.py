"""Property: whatever bytes a file holds, the readers give one Article or one ErrorEntry."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.io.decode import decode_bytes, looks_binary
from newsfacts.io.readers import read_articles
from newsfacts.models import Article, ErrorEntry

SUFFIXES = st.sampled_from(["txt", "json", "html", "txt.gz"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048))
def test_readers_any_bytes_in_a_txt_give_one_item(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.txt"
        path.write_bytes(data)
        items = list(read_articles([str(path)]))
    assert len(items) == 1
    (item,) = items
    assert isinstance(item, Article | ErrorEntry)
    if isinstance(item, Article):
        assert item.text.strip()
        assert item.encoding is not None
        assert item.text == decode_bytes(data, "any").text, "the text is exactly as decoded"


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=1024), suffix=SUFFIXES)
def test_readers_any_bytes_in_any_format_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"any.{suffix}"
        path.write_bytes(data)
        items = list(read_articles([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Article | ErrorEntry)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=500))
def test_readers_utf8_text_comes_back_unchanged(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.txt"
        path.write_bytes(text.encode("utf-8"))
        (item,) = read_articles([str(path)])
    if text.strip() and not looks_binary(text) and "\x00" not in text:
        assert isinstance(item, Article) and item.text == text
    else:
        assert isinstance(item, ErrorEntry) and item.code in {"E102", "E103"}
