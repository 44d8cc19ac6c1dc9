"""Actors merged across articles by name, alias and acronym, and not merged by accident."""

from __future__ import annotations

from rendered_html import actor, make_record

from newsfacts.models import ArticleRecord, CorpusActor
from newsfacts.pipeline.extractor import Extractor
from newsfacts.render import merge_actors

LONG_FORM = (
    "Philadelphia Mayor Jim Kenney will not renew the city's contract with U.S. Immigration "
    "and Customs Enforcement that permits the agency to access the city police department's "
    "real-time arrest database."
)
SHORT_FORM = "ICE said it was deeply disappointed by the decision."


def merged_named(actors: list[CorpusActor], name: str) -> CorpusActor:
    return next(a for a in actors if a.name == name)


def test_render_merge_ice_across_two_extracted_articles(extractor: Extractor) -> None:
    records = [
        extractor.extract(LONG_FORM, id="long"),
        extractor.extract(SHORT_FORM, id="short"),
    ]
    ice = merged_named(merge_actors(records), "U.S. Immigration and Customs Enforcement")
    assert ice.articles == ["long", "short"]
    assert "ICE" in ice.aliases
    assert {(ref.article_id) for ref in ice.members} == {"long", "short"}
    assert ice.mentions == sum(
        len(a.mentions) for r in records for a in r.actors if a.name in {ice.name, "ICE"}
    )


def one_actor(id: str, name: str, kind: str, verb: str = "said no.") -> ArticleRecord:
    """A record whose text is "NAME said no." with NAME as its one actor."""
    text = f"{name} {verb}"
    return make_record(id, text, actors=[actor(text, "a1", name, kind, [name])])


def test_render_merge_bare_acronym_joins_the_full_name_it_abbreviates() -> None:
    records = [
        one_actor("r1", "American Civil Liberties Union", "ORG"),
        one_actor("r2", "ACLU", "ORG"),
    ]
    (merged,) = merge_actors(records)
    assert merged.name == "American Civil Liberties Union"
    assert merged.aliases == ["ACLU"]
    assert merged.articles == ["r1", "r2"]


def test_render_merge_generic_body_names_stay_apart() -> None:
    """Every city has a "City Council": the same words name different bodies."""
    records = [one_actor("r1", "City Council", "ORG"), one_actor("r2", "City Council", "ORG")]
    assert [a.articles for a in merge_actors(records)] == [["r1"], ["r2"]]


def test_render_merge_bare_surnames_stay_apart() -> None:
    records = [one_actor("r1", "Johnson", "PERSON"), one_actor("r2", "Johnson", "PERSON")]
    assert len(merge_actors(records)) == 2


def test_render_merge_full_person_names_join_and_ids_follow_mentions() -> None:
    records = [
        one_actor("r1", "Ana Ruiz", "PERSON"),
        one_actor("r2", "Ana Ruiz", "PERSON", "said yes."),
        one_actor("r3", "Tom Reed", "PERSON"),
    ]
    merged = merge_actors(records)
    assert [(a.id, a.name, a.mentions, a.articles) for a in merged] == [
        ("c1", "Ana Ruiz", 2, ["r1", "r2"]),
        ("c2", "Tom Reed", 1, ["r3"]),
    ]


def test_render_merge_ambiguous_acronym_is_left_alone() -> None:
    records = [
        one_actor("r1", "National Rifle Association", "ORG"),
        one_actor("r2", "National Recovery Administration", "ORG"),
        one_actor("r3", "NRA", "ORG"),
    ]
    assert sorted(a.articles for a in merge_actors(records)) == [["r1"], ["r2"], ["r3"]]


def test_render_merge_person_and_organisation_never_join() -> None:
    records = [one_actor("r1", "Jordan Hill", "PERSON"), one_actor("r2", "Jordan Hill", "ORG")]
    assert len(merge_actors(records)) == 2
