"""The fact store, on SQLite and on PostgreSQL: one actor identity across articles and
runs, idempotent runs, replaced articles, alias rules, migrations, and reading back."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from store_targets import row_counts
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.io.store import Store, StoreOutput
from newsfacts.io.store.database import Database
from newsfacts.io.store.schema import SCHEMA_VERSION
from newsfacts.models import ArticleRecord, ErrorEntry
from newsfacts.pipeline.extractor import Extractor
from newsfacts.render import build_report

PUBLISHED = "2024-03-01"
# Invented articles: the coalition and Maria Delgado appear in both folders; the union is
# named in full in one article and by its acronym in another.
FIRST_FOLDER = {
    "housing-1": (
        "Maria Delgado, the director of the Riverside Housing Coalition, said on Monday that "
        "the council would vote on a $2 million plan. \u201cWe will fight this plan,\u201d "
        "Delgado said."
    ),
    "housing-2": (
        "The National Tenants Union held a meeting on Wednesday. The National Tenants Union "
        "opposed the plan, its members said."
    ),
}
SECOND_FOLDER = {
    "housing-3": (
        "The Riverside Housing Coalition held a rally in Springfield on Friday. "
        "\u201cRents are too high,\u201d said Maria Delgado, its director."
    ),
    "housing-4": "The NTU said on Tuesday that it would sue the city.",
}

runner = CliRunner()


def records_of(extractor: Extractor, texts: dict[str, str]) -> list[ArticleRecord]:
    return [extractor.extract(text, id=key, published=PUBLISHED) for key, text in texts.items()]


def write(target: str, records: list[ArticleRecord | ErrorEntry], **options: object) -> None:
    with StoreOutput(target, **options) as output:  # type: ignore[arg-type]
        for record in records:
            output.write(record)


def actor_articles(target: str, name: str) -> list[str]:
    """The articles that name the store actor called `name`, one row per actor found."""
    database = Database(target)
    try:
        rows = database.rows(
            "SELECT actors.id, article_actors.article_id FROM actors JOIN article_actors "
            "ON article_actors.actor_id = actors.id WHERE actors.name = ? ORDER BY 2",
            (name,),
        )
    finally:
        database.close()
    assert len({actor_id for actor_id, _ in rows}) == 1, rows
    return [article_id for _, article_id in rows]


@pytest.fixture(scope="module")
def first(extractor: Extractor) -> list[ArticleRecord]:
    return records_of(extractor, FIRST_FOLDER)


@pytest.fixture(scope="module")
def second(extractor: Extractor) -> list[ArticleRecord]:
    return records_of(extractor, SECOND_FOLDER)


def test_two_runs_over_disjoint_folders_share_one_actor_row(
    store_target: str, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    write(store_target, [*first])
    write(store_target, [*second])
    assert actor_articles(store_target, "Maria Delgado") == ["housing-1", "housing-3"]
    assert actor_articles(store_target, "Riverside Housing Coalition") == [
        "housing-1",
        "housing-3",
    ]
    # the acronym of the next run joins the full name of the first
    assert actor_articles(store_target, "National Tenants Union") == ["housing-2", "housing-4"]
    assert row_counts(store_target)["runs"] == 2


def test_an_acronym_stored_first_joins_the_full_name_that_comes_later(
    store_target: str, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    write(store_target, [second[1]])
    write(store_target, [first[1]])
    assert actor_articles(store_target, "National Tenants Union") == ["housing-2", "housing-4"]


def test_a_repeated_run_changes_no_row_count(
    store_target: str, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    write(store_target, [*first, *second])
    before = row_counts(store_target)
    write(store_target, [*first, *second])
    assert row_counts(store_target) == before
    assert before["articles"] == 4
    assert before["quotes"] == sum(len(r.quotes) for r in [*first, *second]) > 0


def test_an_article_whose_text_changed_replaces_its_facts(
    store_target: str, extractor: Extractor, first: list[ArticleRecord]
) -> None:
    write(store_target, [*first])
    changed = extractor.extract(
        "Maria Delgado said on Monday that the council would drop the plan.",
        id="housing-1",
        published=PUBLISHED,
    )
    write(store_target, [changed])
    with Store(store_target) as store:
        stored = {record.id: record for record in store.records()}
        quotes = store.quotes()
    assert stored["housing-1"] == changed
    assert len(stored) == 2
    assert list(quotes["article_id"]).count("housing-1") == len(changed.quotes)
    assert row_counts(store_target)["amounts"] == len(changed.amounts) + len(first[1].amounts)


def test_an_error_entry_is_kept_once_and_dropped_when_the_article_succeeds(
    store_target: str, first: list[ArticleRecord]
) -> None:
    failure = ErrorEntry(id="housing-1", code="E201", reason="stage 'quotes' failed")
    write(store_target, [failure])
    write(store_target, [failure])
    assert row_counts(store_target)["errors"] == 1
    write(store_target, [first[0]])
    assert row_counts(store_target)["errors"] == 0


def test_the_store_gives_back_the_records_and_the_same_report(
    store_target: str, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    written: list[ArticleRecord | ErrorEntry] = [*first, *second]
    written.append(ErrorEntry(id="broken", code="E104", reason="not an article"))
    write(store_target, written)
    with Store(store_target) as store:
        assert list(store.results()) == written
        assert build_report(store.results()) == build_report(written)


def test_report_and_export_commands_read_a_store(
    tmp_path: Path, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    store, jsonl = tmp_path / "facts.db", tmp_path / "facts.jsonl"
    write(str(store), [*first, *second])
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in [*first, *second]))
    pages = []
    for source in (store, jsonl):
        page = tmp_path / f"{source.suffix[1:]}.html"
        result = runner.invoke(app, ["report", str(source), "-o", str(page)])
        assert result.exit_code == 0, result.output
        pages.append(page.read_text())
    assert pages[0] == pages[1]
    exported = tmp_path / "exported.jsonl"
    result = runner.invoke(app, ["export", str(store), "-o", str(exported)])
    assert result.exit_code == 0, result.output
    assert exported.read_text() == jsonl.read_text()


def test_store_queries_follow_one_actor_across_articles(
    store_target: str, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    write(store_target, [*first, *second])
    with Store(store_target) as store:
        quotes = store.quotes(speaker="maria delgado")
        assert sorted(set(quotes["article_id"])) == ["housing-1", "housing-3"]
        assert quotes["speaker_actor_id"].nunique() == 1
        assert store.quotes(speaker="Nobody Known").empty
        union = store.stances(holder="NTU")
        assert set(union["polarity"]) == {"oppose"}
        assert set(store.amounts(currency="usd")["value"]) == {"2000000"}
        actors = store.actors()
        delgado = actors[actors["name"] == "Maria Delgado"]
        assert list(delgado["articles"]) == [2]


def test_an_aliases_file_merges_and_splits_actors_for_later_runs(
    store_target: str, tmp_path: Path, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    aliases = tmp_path / "aliases.json"
    aliases.write_text(
        json.dumps(
            {
                "same": [["Riverside Housing Coalition", "National Tenants Union"]],
                "distinct": ["Maria Delgado"],
            }
        )
    )
    write(store_target, [*first])
    write(store_target, [], aliases=aliases)
    assert actor_articles(store_target, "Riverside Housing Coalition") == [
        "housing-1",
        "housing-2",
    ]
    write(store_target, [*second])  # without the file: the store keeps its rules
    assert actor_articles(store_target, "Riverside Housing Coalition") == [
        "housing-1",
        "housing-2",
        "housing-3",
        "housing-4",
    ]
    with Store(store_target) as store:
        actors = store.actors()
    assert list(actors["name"]).count("Maria Delgado") == 2


def test_a_bad_aliases_file_is_refused(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"merge": [["A", "B"]]}))
    result = runner.invoke(
        app, ["extract", str(tmp_path), "-o", str(tmp_path / "f.db"), "--aliases", str(aliases)]
    )
    assert result.exit_code == 2
    assert "E315" in result.output


def test_an_older_store_is_migrated_when_opened(store_target: str) -> None:
    Database(store_target, migrate_to=1).close()
    database = Database(store_target)
    try:
        assert database.version == SCHEMA_VERSION
        database.execute("SELECT COUNT(*) FROM stances WHERE polarity = ?", ("oppose",))
    finally:
        database.close()


def test_sqlite_foreign_keys_are_enforced(tmp_path: Path) -> None:
    database = Database(str(tmp_path / "facts.db"))
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), database.transaction():
            database.execute(
                'INSERT INTO dates (article_id, idx, start, "end", text, sentence, type) '
                "VALUES ('missing', 0, 0, 1, 'x', 0, 'DATE')"
            )
    finally:
        database.close()


def test_concurrent_writers_make_one_actor_each(
    store_target: str, first: list[ArticleRecord], second: list[ArticleRecord]
) -> None:
    Database(store_target).close()  # create the schema once, before the writers race
    batches = [[*first, *second], [*second, *first]]
    threads = [threading.Thread(target=write, args=(store_target, batch)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert row_counts(store_target)["articles"] == 4
    assert actor_articles(store_target, "Maria Delgado") == ["housing-1", "housing-3"]
