"""The corpus report: self-contained, its stance network equal to the records' stances."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from rendered_html import (
    HOSTILE,
    actor,
    assert_inert,
    hand_built_records,
    make_record,
    read_marks,
    record_spans,
    stance,
)

from newsfacts.extract.actors.names import name_key
from newsfacts.io.readers import read_articles
from newsfacts.models import ArticleRecord, CorpusActor
from newsfacts.pipeline.extractor import Extractor
from newsfacts.render import build_report, merge_actors
from newsfacts.render.corpus import NETWORK_NODES, Corpus, stance_graph
from newsfacts.render.interactive import REPORT_SCRIPT, script_source_hash

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SHORT_TEXTS = {
    "water-board": (
        "The Springfield Water Board approved a $2.4 million contract with Clearwater Systems "
        'on Monday. Board chair Ana Ruiz said the contract "protects every household in the '
        'city." Council member Tom Reed opposed the contract, saying the vote was rushed.'
    ),
    "ice-brief": (
        "ICE said it was deeply disappointed by the decision. Mayor Jane Porter said she "
        "supports the new policy because it keeps families together."
    ),
}


@pytest.fixture(scope="module")
def corpus_records(extractor: Extractor) -> list[ArticleRecord]:
    """Every article in samples/ plus two short texts written for these tests."""
    articles = list(read_articles([str(SAMPLES)]))
    results = list(extractor.pipe(articles))
    results += [extractor.extract(text, id=id) for id, text in SHORT_TEXTS.items()]
    records = [r for r in results if isinstance(r, ArticleRecord)]
    assert any(r.id == "whyy-pars" for r in records)
    return records


@pytest.fixture(scope="module")
def report(corpus_records: list[ArticleRecord]) -> str:
    return build_report(corpus_records)


def test_render_report_marks_every_records_spans(
    corpus_records: list[ArticleRecord], report: str
) -> None:
    """Each article's section marks exactly that record's spans, with its words."""
    sections = read_marks(report).by_section
    for number, record in enumerate(corpus_records, 1):
        marked = sections[f"article-{number}"]
        assert set(marked) == record_spans(record), record.id
        text = record.text or ""
        assert all(words == text[start:end] for (_, start, end), words in marked.items())


def possible_labels(
    actors: list[CorpusActor], article: str, actor_id: str | None, name: str
) -> set[str]:
    """The labels a network node of a stance end may carry: the name given, or the name of
    the corpus actor it links to by id or by name."""
    labels = {name}
    for merged in actors:
        ids = {(ref.article_id, ref.actor_id) for ref in merged.members}
        keys = {name_key(form) for form in (merged.name, *merged.aliases)}
        if (article, actor_id) in ids or name_key(name) in keys:
            labels.add(merged.name)
    return labels


def test_render_report_network_edges_are_the_records_stances(
    corpus_records: list[ArticleRecord],
) -> None:
    """Uncut, the network holds every stance once; cut, each drawn edge is a stance."""
    graph = stance_graph(Corpus.of(corpus_records), limit=10_000)
    stances = [(r.id, s) for r in corpus_records for s in r.stances]
    assert sum(edge.count for edge in graph.edges) == len(stances)
    actors = merge_actors(corpus_records)
    drawn = {(e.holder.name, e.polarity, e.target.name) for e in graph.edges}
    for article, s in stances:
        holders = possible_labels(actors, article, s.holder_id, s.holder)
        targets = possible_labels(actors, article, s.target_id, s.target)
        assert any((h, s.polarity, t) in drawn for h in holders for t in targets), (
            article,
            s.holder,
            s.polarity,
            s.target,
        )


def test_render_report_network_is_cut_to_its_busiest_nodes(
    corpus_records: list[ArticleRecord], report: str
) -> None:
    """The drawing holds at most NETWORK_NODES nodes, and each of its edges is a stance."""
    edges = read_marks(report).edges
    graph = stance_graph(Corpus.of(corpus_records))
    assert len(graph.nodes) <= NETWORK_NODES < graph.all_nodes
    assert len(edges) == len(graph.edges) > 0
    actors = merge_actors(corpus_records)
    stances = {
        (holder, s.polarity, target)
        for r in corpus_records
        for s in r.stances
        for holder in possible_labels(actors, r.id, s.holder_id, s.holder)
        for target in possible_labels(actors, r.id, s.target_id, s.target)
    }
    for edge in edges:
        assert (edge["data-holder"], edge["data-polarity"], edge["data-target"]) in stances


def test_render_report_generic_targets_are_named_with_their_article() -> None:
    """ "the contract" of one article and "the contract" of another are two nodes, each
    labelled with its article."""
    nodes = read_marks(build_report(hand_built_records())).tags
    labels = {str(attrs["data-label"]) for tag, attrs in nodes if "data-label" in attrs}
    contracts = {label for label in labels if label.startswith("the contract")}
    assert len(contracts) == 2 and all("(" in label for label in contracts), labels


def test_render_report_network_of_hand_built_records_is_exact() -> None:
    edges = read_marks(build_report(hand_built_records())).edges
    drawn: Counter[tuple[str | None, ...]] = Counter()
    for e in edges:
        drawn[(e["data-holder"], e["data-polarity"], e["data-target"])] += int(str(e["data-count"]))
    ice = "U.S. Immigration and Customs Enforcement"
    assert drawn == Counter(
        {
            ("Ana Ruiz", "oppose", "the contract"): 2,
            ("Tom Reed", "support", "the contract"): 1,
            (ice, "support", "the contract"): 1,
            ("Ana Ruiz", "oppose", ice): 1,
        }
    )


def test_render_report_is_self_contained(report: str) -> None:
    """Nothing is fetched: no external script, stylesheet, image, font or frame; the one
    inline script is the report's own, allowed by its hash and by nothing broader."""
    reader = read_marks(report)
    assert not [tag for tag, _ in reader.tags if tag in {"link", "img", "iframe"}]
    assert [attrs for tag, attrs in reader.tags if tag == "script"] == [{}]
    for _, attributes in reader.tags:
        for name, value in attributes.items():
            if name in {"src", "href"}:
                assert str(value).startswith("#"), (name, value)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", report)
    assert "@import" not in report and "url(http" not in report
    assert f"<script>{REPORT_SCRIPT}</script>" in report
    policy = next(str(a["content"]) for t, a in reader.tags if a.get("http-equiv"))
    assert f"script-src {script_source_hash()};" in policy and "unsafe-inline';" in policy
    assert "script-src 'unsafe-inline'" not in policy


def test_render_report_links_lead_to_anchors(report: str) -> None:
    reader = read_marks(report)
    ids = {attrs["id"] for _, attrs in reader.tags if "id" in attrs}
    targets = {str(attrs["href"])[1:] for tag, attrs in reader.tags if tag == "a"}
    assert targets and targets <= ids


def test_render_report_hostile_content_comes_out_inert(extractor: Extractor) -> None:
    text = f'Mayor Jane Porter said "{HOSTILE}" was posted. Jane Porter opposes {HOSTILE}.'
    hostile = make_record(
        "<script>alert(1)</script>",
        text,
        title=HOSTILE,
        actors=[actor(text, "a1", HOSTILE, "ORG", [HOSTILE])],
        stances=[stance(text, HOSTILE, "oppose", HOSTILE, "opposes", holder_id="a1")],
    )
    extracted = extractor.extract(text, id="hostile-extracted", title=HOSTILE)
    assert_inert(build_report([hostile, extracted]))


def test_render_report_links_land_when_text_was_not_kept() -> None:
    """Records written with --no-text have no marks: the table rows carry the anchors."""
    records = hand_built_records()
    without_text = [r.model_copy(update={"text": None, "id": f"{r.id}-bare"}) for r in records]
    reader = read_marks(build_report([*records, *without_text]))
    ids = {attrs["id"] for _, attrs in reader.tags if "id" in attrs}
    targets = {str(attrs["href"])[1:] for tag, attrs in reader.tags if tag == "a"}
    assert "article-3-actor-a1" in targets
    assert targets <= ids
