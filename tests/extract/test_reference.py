"""Speaker phrases and their links to the actors stage's actors, on real parses."""

from __future__ import annotations

from quote_facts import direct
from spacy.tokens import Doc, Token

from newsfacts.extract.reference import (
    ReferenceResolver,
    ReferenceWords,
    mention_phrase,
    reporting_subject,
)
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


def resolve(extractor: Extractor, text: str, word: str, nth: int = 0) -> tuple[str | None, str]:
    doc = extractor.nlp(text)
    link = ReferenceResolver(doc, NOUNS).resolve(token(doc, word, nth))
    return link.name, link.kind


def test_a_name_in_apposition_is_the_actor(extractor: Extractor) -> None:
    text = "The newest member on council, Chris Johnson, explains why he supported the plan."
    assert resolve(extractor, text, "member") == ("Chris Johnson", "named")


def test_a_pronoun_in_a_reported_clause_is_the_reporting_subject(extractor: Extractor) -> None:
    text = "Mayor Jane Roe met Senator Tom Poe. Roe said his plan would fail and she opposed it."
    assert resolve(extractor, text, "she") == ("Jane Roe", "pronoun")


def test_part_of_a_body_is_not_the_body(extractor: Extractor) -> None:
    text = "The Acme Workers Union met on Monday. Some union members rejected the offer."
    # "union members" is an actor of its own (a GROUP, actors/groups.py), never the union
    assert resolve(extractor, text, "members")[0] in {None, "union members"}


def test_a_spokesman_speaks_for_the_body(extractor: Extractor) -> None:
    text = "The Ministry of Finance issued figures. A spokesman for the Ministry of Finance spoke."
    assert resolve(extractor, text, "spokesman") == ("Ministry of Finance", "description")


def test_a_thing_of_an_organisation_is_not_the_organisation(extractor: Extractor) -> None:
    text = "The Acme Corporation signed a deal. The Acme contract was cancelled on Friday."
    assert resolve(extractor, text, "contract")[0] is None


def test_the_company_is_the_last_company_but_the_district_needs_a_name(
    extractor: Extractor,
) -> None:
    text = (
        "Acme Holdings Ltd reported a loss. The company said costs rose. "
        "The district will pay the bill."
    )
    assert resolve(extractor, text, "company")[0] == "Acme Holdings Ltd"
    assert resolve(extractor, text, "district")[0] is None


def test_a_description_with_modifiers_takes_the_actor_they_fit(extractor: Extractor) -> None:
    text = (
        "The Alabama Court of Civil Appeals heard the case from the Etowah County Circuit "
        "Court. The appellate court agreed with the deputies."
    )
    assert resolve(extractor, text, "court", 0) == ("Alabama Court of Civil Appeals", "description")


def test_a_plural_title_is_not_one_person(extractor: Extractor) -> None:
    text = "Sheriff Vicki Grant praised her deputies. The deputies make $30 an hour."
    assert resolve(extractor, text, "deputies", 1)[0] is None


def test_a_headline_role_is_not_the_name_on_the_next_line(extractor: Extractor) -> None:
    # the parser hangs the next line's "HSE" from the headline's "Minister" as an appositive
    text = (
        "HSE over-spent by €120m in just three months, reveals Minister for Health\n\n"
        "HSE over-spent by €120m in just three months\n\n"
        "The HSE spent €120m more than budgeted, Health Minister Simon Harris has revealed.\n\n"
        "“We got a very loud and clear message from the electorate,” the minister said."
    )
    record = extractor.extract(text, published="2016-05-01")
    assert [q.speaker for q in direct(record)] == ["Simon Harris"]
    assert all(q.speaker != "HSE" for q in record.quotes)


def test_a_pronoun_after_a_quote_skips_the_names_inside_it(extractor: Extractor) -> None:
    text = (
        "Opposition leader Ravi Kumar on Wednesday dismissed Chief Minister Anil Rao's package.\n\n"
        "“I had asked for a bigger relief package. Now, Rao has announced a package of just "
        "Rs 1,610 crore,” he said."
    )
    (quote,) = direct(extractor.extract(text))
    assert quote.speaker == "Ravi Kumar"


def test_a_pronoun_speaker_ignores_a_subject_parsed_inside_the_quote(extractor: Extractor) -> None:
    # the parser takes "the question" of the quoted words for the subject of "queried"
    text = (
        "Mr Tunde Bakare, an aide to the governor, dismissed the claims on Monday.\n\n"
        "“From N15 billion to N8 billion and now N5 billion, the question is, on whose "
        "authority were these contracts awarded?” he queried."
    )
    (quote,) = direct(extractor.extract(text))
    assert quote.speaker == "Tunde Bakare"


def test_a_reporting_subject_is_never_found_over_a_line_break(extractor: Extractor) -> None:
    # pinned parse: the second paragraph's "said" hung from the first one's, as the model
    # does when a paragraph opens with a name after a quote; "he" is not the first "Roe"
    heads = [1, 1, 1, 1, 3, 6, 1, 6, 6, 6, 11, 6, 11, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "dep", "nsubj", "ccomp", "dobj", "punct"]
    deps += ["cc", "nsubj", "conj", "dobj", "punct"]

    def subject(between: str) -> str | None:
        words = f"Roe said so . {between} Haddad said that , but he said so .".split(" ")
        doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps)
        found = reporting_subject(doc[10])
        return found.text if found is not None else None

    assert subject("\n\n") is None
    assert subject("and") == "Roe"  # the same parse within one paragraph


def test_a_generic_body_qualified_by_a_name_word_is_that_organisation(
    extractor: Extractor,
) -> None:
    text = (
        "The Acme Pilots’ Association rejected the offer from Aerfoil on Monday.\n\n"
        "The pilots’ union wants a rise of 12% over two years, which it says is “fair for a "
        "company making a profit.”"
    )
    (quote,) = [q for q in extractor.extract(text).quotes if q.kind != "indirect"]
    assert quote.speaker == "Acme Pilots’ Association"


def test_a_pronoun_of_the_other_gender_skips_the_reporting_subject(
    extractor: Extractor,
) -> None:
    """ "Mr. Dolan said she ...": a woman's pronoun is not the man who reports; it is the
    last woman the article marked ("Mrs. Harkins")."""
    text = "Mrs. Harkins filed the lawsuit in May. Mr. Dolan said on Monday that she would win."
    assert resolve(extractor, text, "she") == ("Harkins", "pronoun")


def test_resolver_reads_actors_written_again_after_an_earlier_resolver(
    extractor: Extractor,
) -> None:
    """The actor index is read once per Doc and shared by the stages that resolve; actors
    written again (a second run of the actors stage) are read anew, never the old ones."""
    doc = extractor.nlp("Judge Terry Moore, who wrote the opinion, said the courts agreed.")
    who = token(doc, "who")
    assert ReferenceResolver(doc, NOUNS).resolve(who).name == "Terry Moore"
    doc._.newsfacts_actors = []
    doc.spans["newsfacts_actor_mentions"] = []
    assert ReferenceResolver(doc, NOUNS).resolve(who).actor_id is None


def test_a_title_with_its_office_is_the_person_named_after_it(extractor: Extractor) -> None:
    """ "Leader of the Opposition Robert Smith said": the parse makes the title the head, the
    name the object of "of"; "Supporters of Robert Smith" are not Smith."""
    quotes = extractor.extract(
        "Leader of the Opposition Robert Smith said: “The package is too little, too late.”"
    ).quotes
    assert [str(q.speaker).endswith("Robert Smith") for q in quotes] == [True]
    quotes = extractor.extract(
        "Supporters of Robert Smith said: “The package is too little, too late.”"
    ).quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_vice_president_is_not_the_president(extractor: Extractor) -> None:
    text = (
        "Vice President Ann Dorn met President Tom Hale on Monday. "
        "The vice president praised the plan."
    )
    assert resolve(extractor, text, "president") == ("Ann Dorn", "description")
    text = (
        "President Tom Hale met Vice President Ann Dorn on Monday. The president praised the plan."
    )
    assert resolve(extractor, text, "president") == ("Tom Hale", "description")


def test_a_former_or_lieutenant_governor_is_not_the_governor(extractor: Extractor) -> None:
    text = (
        "Governor Lisa Park met former Governor Ed Nash on Monday. "
        "The governor said the budget was late."
    )
    assert resolve(extractor, text, "governor") == ("Lisa Park", "description")
    text = "Lieutenant Governor Mia Cole spoke. The governor said the budget was late."
    assert resolve(extractor, text, "governor")[0] is None
