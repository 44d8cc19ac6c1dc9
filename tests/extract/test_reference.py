"""Speaker phrases and their links to the actors stage's actors, on real parses."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts.extract.reference import ReferenceResolver, ReferenceWords, mention_phrase
from newsfacts.pipeline.extractor import Extractor

NOUNS = ReferenceWords.load("reference_words.json")


def token(doc: Doc, text: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == text][nth]


def test_phrase_keeps_titles_and_stops_at_an_appositive(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "Mark Silverstein, legal director of the American Civil Liberties Union of Colorado, "
        "said in a news release Tuesday that the ruling was right."
    )
    assert mention_phrase(token(doc, "Silverstein")).text == "Mark Silverstein"


def test_phrase_keeps_a_prepositional_phrase(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "After the announcement, the Twitter account behind the Occupy ICE protest tweeted."
    )
    assert mention_phrase(token(doc, "account")).text == (
        "the Twitter account behind the Occupy ICE protest"
    )


def test_phrase_never_runs_over_a_line_break(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "Last day on the job for superintendent Michael Hanson\n\nSchool Board President "
        "Brooke Ashjian said he did the right thing."
    )
    assert mention_phrase(token(doc, "Ashjian")).text == "School Board President Brooke Ashjian"


def test_relative_pronoun_links_to_the_noun_it_modifies(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "Judge Terry Moore, who wrote the opinion, said the appellate courts had concluded it."
    )
    linker = ReferenceResolver(doc, NOUNS)
    who = token(doc, "who")
    link = linker.resolve(who, mention_phrase(who))
    assert link.name == "Terry Moore" and link.kind == "named"


def test_indefinite_description_is_unnamed(extractor: Extractor) -> None:
    doc = extractor.nlp("Philadelphia Mayor Jim Kenney spoke. A federal judge ruled for the city.")
    judge = token(doc, "judge")
    link = ReferenceResolver(doc, NOUNS).resolve(judge, mention_phrase(judge))
    assert (link.actor_id, link.kind) == (None, "unnamed")


def test_bare_agency_is_the_last_organisation_that_spoke(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "Philadelphia Mayor Jim Kenney will not renew the city’s contract with U.S. Immigration "
        "and Customs Enforcement. ICE officials confirmed that at a private meeting. Kenney "
        "spoke later. The agency said it will continue its efforts."
    )
    linker = ReferenceResolver(doc, NOUNS)
    officials = token(doc, "officials")
    agency = token(doc, "agency")
    first = linker.resolve(officials, mention_phrase(officials))
    later = linker.resolve(agency, mention_phrase(agency))
    assert first.name == "U.S. Immigration and Customs Enforcement"
    assert (later.actor_id, later.kind) == (first.actor_id, "description")


def test_qualified_description_that_names_no_actor_fits_none(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "The Bakersfield City Council met. The city attorney’s office said no one was available."
    )
    office = token(doc, "office")
    assert ReferenceResolver(doc, NOUNS).resolve(office, mention_phrase(office)).actor_id is None
