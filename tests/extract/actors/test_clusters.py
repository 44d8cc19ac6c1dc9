"""Rules of candidates.py and clusters.py pinned on hand-built Docs, independent of the parse.

The sentence shapes are those of a South African sports page, where the model joins two clubs
at "and" and tags a club's short form as a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.extract.actors.candidates import Candidate, split_conjoined
from newsfacts.extract.actors.clusters import cluster_candidates
from newsfacts.extract.actors.decisions import decide_type
from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.pipeline.extractor import Extractor

WORDS = "Mamelodi Sundowns and Cape Rovers got a sponsorship . This week Rovers signed a deal ."


def sports_doc(extractor: Extractor) -> Doc:
    """The model's reading: one ORG over both clubs, then "Rovers" alone as a PERSON."""
    doc = Doc(extractor.nlp.vocab, words=WORDS.split(" "))
    doc.ents = [Span(doc, 0, 5, label="ORG"), Span(doc, 11, 12, label="PERSON")]
    return doc


def lexicon_of(extractor: Extractor) -> Lexicon:
    lexicon = extractor.nlp.get_pipe("newsfacts_actors").lexicon
    assert isinstance(lexicon, Lexicon)
    return lexicon


def test_candidates_two_clubs_split_when_the_second_is_named_alone(
    extractor: Extractor,
) -> None:
    """candidates._short_form_named_alone: "Mamelodi Sundowns and Cape Rovers", then
    "Rovers" on its own: two names, not one."""
    doc = sports_doc(extractor)
    parts = split_conjoined(doc.ents[0], frozenset(), set(), lexicon_of(extractor))
    assert [p.text for p in parts] == ["Mamelodi Sundowns", "Cape Rovers"]
    doc.ents = [doc.ents[0]]  # without the lone "Rovers" nothing says they are two
    parts = split_conjoined(doc.ents[0], frozenset(), set(), lexicon_of(extractor))
    assert [p.text for p in parts] == ["Mamelodi Sundowns and Cape Rovers"]


def test_clusters_club_short_form_tagged_person_joins_the_club(extractor: Extractor) -> None:
    """clusters._is_club_short_form: "Rovers" tagged PERSON is Cape Rovers."""
    doc = sports_doc(extractor)
    club = Candidate(Span(doc, 3, 5, label="ORG"), "ORG")
    short = Candidate(Span(doc, 11, 12, label="PERSON"), "PERSON")
    clusters = cluster_candidates([club, short], lexicon_of(extractor))
    assert len(clusters) == 1 and clusters[0].name == "Cape Rovers"
    assert len(clusters[0].mentions) == 2


def test_decisions_a_body_known_by_its_short_forms_is_an_organisation(
    extractor: Extractor,
) -> None:
    """decisions.decide_type: "NRA" tagged a place, "FBI" a person, stand for the full
    names the word lists give them, which are organisations whatever the model said."""
    doc = Doc(extractor.nlp.vocab, words=["The", "NRA", "said", "the", "FBI", "had", "called", "."])
    doc.ents = [Span(doc, 1, 2, label="GPE"), Span(doc, 4, 5, label="PERSON")]
    lexicon = lexicon_of(extractor)
    candidates = [
        Candidate(ent, ent.label_, canonical=lexicon.full_names[ent.text.casefold()])
        for ent in doc.ents
    ]
    clusters = cluster_candidates(candidates, lexicon)
    types = {cluster.name: decide_type(cluster, lexicon) for cluster in clusters}
    assert types == {
        "National Rifle Association": "ORG",
        "Federal Bureau of Investigation": "ORG",
    }
