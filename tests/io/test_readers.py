"""The readers: one Article or one ErrorEntry per input, text kept exactly as decoded."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from article_files import LEAD, MIXED_EXPECTED, PLAIN, QUOTE, TITLE, write_mixed_folder

from newsfacts.errors import UsageError
from newsfacts.io.readers import read_articles, title_of
from newsfacts.models import Article, ErrorEntry


def by_id(items: list[Article | ErrorEntry]) -> dict[str, Article | ErrorEntry]:
    return {item.id: item for item in items}


@pytest.fixture
def mixed(tmp_path: Path) -> dict[str, Article | ErrorEntry]:
    items = list(read_articles([str(write_mixed_folder(tmp_path / "in"))]))
    assert len(items) == len(by_id(items)), "ids are unique"
    return by_id(items)


def test_readers_mixed_folder_yields_one_item_per_input(
    mixed: dict[str, Article | ErrorEntry],
) -> None:
    assert set(mixed) == set(MIXED_EXPECTED)
    for item_id, code in MIXED_EXPECTED.items():
        item = mixed[item_id]
        if code is None:
            assert isinstance(item, Article), item
        else:
            assert isinstance(item, ErrorEntry) and item.code == code, item


def test_readers_walk_is_sorted(tmp_path: Path) -> None:
    items = list(read_articles([str(write_mixed_folder(tmp_path / "in"))]))
    sources = [item.source or "" for item in items]
    assert sources == sorted(sources)


def test_readers_sidecar_gives_id_date_and_metadata(mixed: dict[str, Article | ErrorEntry]) -> None:
    article = mixed["good-1"]
    assert isinstance(article, Article)
    assert article.published == dt.date(2020, 1, 10)
    assert article.published_source == "metadata"
    assert article.metadata == {"section": "courts"}
    assert article.title == TITLE
    assert article.text.startswith(TITLE + "\n\n")


def test_readers_keep_newlines_as_read(mixed: dict[str, Article | ErrorEntry]) -> None:
    article = mixed["crlf"]
    assert isinstance(article, Article)
    assert article.text == f"{TITLE}\r\n\r\n{LEAD}\r\n"
    assert article.title == TITLE


@pytest.mark.parametrize(
    ("item_id", "encoding", "start"),
    [
        ("cp1252", "cp1252", "“Our budgets"),
        ("utf16", "utf-16", "BAKERSFIELD"),
        ("bom", "utf-8-sig", "BAKERSFIELD"),
        ("zipped", "utf-8", "BAKERSFIELD"),
    ],
)
def test_readers_decode_and_record_encoding(
    mixed: dict[str, Article | ErrorEntry], item_id: str, encoding: str, start: str
) -> None:
    article = mixed[item_id]
    assert isinstance(article, Article)
    assert article.encoding == encoding
    assert article.text.startswith(start)


def test_readers_cp1252_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "quote.txt"
    path.write_bytes(b"\x93Our budgets are reflective of our values,\x94 said Serna.\n")
    (article,) = read_articles([str(path)])
    assert isinstance(article, Article)
    assert article.text == QUOTE + "\n"


def test_readers_latin1_accents(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("The café owners say the naïve plan won't work.".encode("latin-1"))
    (article,) = read_articles([str(path)])
    assert isinstance(article, Article)
    assert article.text == "The café owners say the naïve plan won't work."


def test_readers_html_main_text_and_metadata(mixed: dict[str, Article | ErrorEntry]) -> None:
    page = mixed["page"]
    assert isinstance(page, Article)
    assert LEAD in page.text
    assert "Home" not in page.text and "Copyright" not in page.text
    assert page.title == TITLE
    assert page.published == dt.date(2020, 1, 10)
    assert page.published_source == "html"
    assert page.url == "https://example.org/news/bakersfield-open-meetings"


def test_readers_json_unknown_fields_go_to_metadata(mixed: dict[str, Article | ErrorEntry]) -> None:
    article = mixed["article-7"]
    assert isinstance(article, Article)
    assert article.metadata == {"section": "metro"}
    assert article.title == TITLE


def test_readers_jsonl_broken_line_does_not_stop_the_file(
    mixed: dict[str, Article | ErrorEntry],
) -> None:
    assert isinstance(mixed["lines:1"], Article) and mixed["lines:1"].text == LEAD
    broken = mixed["lines:2"]
    assert isinstance(broken, ErrorEntry) and "line 2" in broken.reason
    assert isinstance(mixed["lines:3"], Article) and mixed["lines:3"].text == PLAIN


def test_readers_published_option_only_where_missing(tmp_path: Path) -> None:
    folder = write_mixed_folder(tmp_path / "in")
    items = by_id(list(read_articles([str(folder)], published=dt.date(2021, 5, 4))))
    crlf, good = items["crlf"], items["good-1"]
    assert isinstance(crlf, Article) and isinstance(good, Article)
    assert (crlf.published, crlf.published_source) == (dt.date(2021, 5, 4), "option")
    assert (good.published, good.published_source) == (dt.date(2020, 1, 10), "metadata")


def test_readers_bad_published_field_is_an_error_entry(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": LEAD, "published": "last Tuesday"}) + "\n")
    (entry,) = read_articles([str(path)])
    assert isinstance(entry, ErrorEntry) and entry.code == "E109"
    assert entry.id == "a:1"


def test_readers_same_stem_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(LEAD)
    ids = [item.id for item in read_articles([str(tmp_path)])]
    assert ids == ["story", "b/story"]


def test_readers_explicit_file_glob_and_missing(tmp_path: Path) -> None:
    write_mixed_folder(tmp_path)
    items = list(read_articles([str(tmp_path / "good.txt"), str(tmp_path / "c*.txt"), "nope.txt"]))
    assert [item.id for item in items] == ["good-1", "cp1252", "crlf", "nope"]
    missing = items[-1]
    assert isinstance(missing, ErrorEntry) and missing.code == "E101"


def test_readers_no_inputs_raise_e304(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="E304"):
        read_articles([str(tmp_path)])
    with pytest.raises(UsageError, match="E304"):
        read_articles([str(tmp_path / "missing.txt")])


def test_readers_unsupported_named_file_is_e108(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG")
    other = tmp_path / "ok.txt"
    other.write_text(LEAD)
    codes = [getattr(item, "code", None) for item in read_articles([str(path), str(other)])]
    assert codes == ["E108", None]


def test_readers_symlink_out_of_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(LEAD)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    (folder / "inner.txt").write_text(PLAIN)
    (folder / "same.txt").symlink_to(folder / "inner.txt")
    items = by_id(list(read_articles([str(folder)])))
    assert isinstance(items["link"], ErrorEntry) and items["link"].code == "E112"
    assert isinstance(items["same"], Article)
    followed = by_id(list(read_articles([str(folder)], follow_symlinks=True)))
    assert isinstance(followed["link"], Article)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_readers_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(LEAD)
    items = by_id(list(read_articles([str(tmp_path)])))
    assert isinstance(items["pipe"], ErrorEntry) and items["pipe"].code == "E111"
    assert isinstance(items["ok"], Article)


def test_readers_stdin_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": LEAD}), "", json.dumps({"text": PLAIN})]
    stdin = io.BytesIO("\n".join(lines).encode())
    items = list(read_articles(["-"], stdin=stdin))
    assert [item.id for item in items] == ["x", "stdin:3"]
    assert all(isinstance(item, Article) for item in items)


def test_readers_stdin_text(tmp_path: Path) -> None:
    stdin = io.BytesIO(f"{TITLE}\n\n{LEAD}\n{{not json}}\n".encode())
    (article,) = read_articles(["-"], stdin=stdin)
    assert isinstance(article, Article)
    assert article.id == "stdin" and article.title == TITLE


def test_readers_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(
        (json.dumps({"text": LEAD}) + "\n" + json.dumps({"text": PLAIN})).encode("utf-16")
    )
    items = list(read_articles([str(path)]))
    assert [(item.id, getattr(item, "encoding", None)) for item in items] == [
        ("wide:1", "utf-16"),
        ("wide:2", "utf-16"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"{TITLE}\n\n{LEAD}", TITLE),
        (f"{TITLE}\n{LEAD}", None),
        (f"{PLAIN}\n\n{LEAD}", None),
        (LEAD, None),
        ("x" * 300 + "\n\nbody", None),
    ],
)
def test_readers_title_of_first_line(text: str, title: str | None) -> None:
    assert title_of(text) == title


def test_readers_deeply_nested_json_is_an_error_entry(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000)
    (entry,) = read_articles([str(path)])
    assert isinstance(entry, ErrorEntry) and entry.code == "E104"


def test_readers_linked_folder_neither_hides_nor_repeats_the_real_one(tmp_path: Path) -> None:
    real = tmp_path / "z-real"
    real.mkdir()
    (real / "story.txt").write_text(LEAD)
    (tmp_path / "a-link").symlink_to(real, target_is_directory=True)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [item.id for item in read_articles([str(tmp_path)])] == ["story"]
    assert [item.id for item in read_articles([str(tmp_path)], follow_symlinks=True)] == ["story"]


def test_readers_a_lone_surrogate_escaped_in_json_becomes_a_replacement_character(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "s", "text": "Mayor Jane Roe said \\ud800 the city would pay."}\n')
    [article] = read_articles([str(path)])
    assert isinstance(article, Article)
    assert article.text == "Mayor Jane Roe said \ufffd the city would pay."
    article.text.encode("utf-8")  # writable, as every record must be


def test_readers_jsonl_line_without_text_keeps_its_own_id(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "story-9", "body": "no text key"}\n{"id": "", "text": ""}\n')
    first, second = read_articles([str(path)])
    assert isinstance(first, ErrorEntry) and first.id == "story-9"
    assert isinstance(second, ErrorEntry) and second.id == "feed:2"  # an empty id is none
