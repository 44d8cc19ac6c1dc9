"""The actors stage on the WHYY article and on real sentences from the dev corpus."""

from __future__ import annotations

import pytest

from newsfacts.models import Actor, ArticleRecord
from newsfacts.pipeline.extractor import Extractor


def actor_named(record: ArticleRecord, form: str) -> Actor:
    """The one actor that has `form` as its name or alias."""
    found = [a for a in record.actors if form == a.name or form in a.aliases]
    assert len(found) == 1, f"{form!r} is in {len(found)} actors: {[a.name for a in record.actors]}"
    return found[0]


def names(record: ArticleRecord) -> set[str]:
    return {form for a in record.actors for form in [a.name, *a.aliases]}


def test_actors_acronym_and_long_name_are_one_actor(whyy_record: ArticleRecord) -> None:
    ice = actor_named(whyy_record, "ICE")
    assert ice.name == "U.S. Immigration and Customs Enforcement"
    assert ice.type == "ORG"
    # the model tags "ICE" once; every later use is recovered as a mention
    assert sum(m.text == "ICE" for m in ice.mentions) >= 15


def test_actors_surname_joins_full_name_as_person_with_title(whyy_record: ArticleRecord) -> None:
    kenney = actor_named(whyy_record, "Kenney")
    assert kenney.name == "Jim Kenney"
    assert kenney.type == "PERSON"
    assert kenney.title == "Mayor"
    assert len(kenney.mentions) >= 9


def test_actors_titles_affiliations_and_groups(whyy_record: ArticleRecord) -> None:
    assert actor_named(whyy_record, "Marcel Pratt").title == "City solicitor"
    assert actor_named(whyy_record, "Helen Gym").title == "City Councilwoman"
    assert actor_named(whyy_record, "Donald Trump").title == "President"
    andrade = actor_named(whyy_record, "Miguel Andrade")
    juntos = actor_named(whyy_record, "Juntos")
    assert juntos.type == "ORG"
    assert andrade.affiliation_id == juntos.id
    assert actor_named(whyy_record, "Occupy ICE").type == "GROUP"


def test_actors_credits_streets_platforms_and_things_are_not_actors(
    whyy_record: ArticleRecord,
) -> None:
    assert not names(whyy_record) & {"Tom MacDonald", "Cherry", "Twitter", "PARS", "U.S."}


def test_actors_acting_place_is_an_actor(whyy_record: ArticleRecord) -> None:
    city = actor_named(whyy_record, "Philadelphia")
    assert city.type == "GPE"
    assert any(m.text == "the city" for m in city.mentions)


def test_actors_mentions_are_the_words_of_the_text(whyy_record: ArticleRecord) -> None:
    assert whyy_record.text is not None
    for actor in whyy_record.actors:
        for mention in actor.mentions:
            assert whyy_record.text[mention.start : mention.end] == mention.text


def test_actors_ordered_by_salience(whyy_record: ArticleRecord) -> None:
    saliences = [a.salience for a in whyy_record.actors]
    assert saliences == sorted(saliences, reverse=True)
    assert [a.id for a in whyy_record.actors][:1] == ["a1"]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The lawsuit was filed by the First Amendment Coalition and Californians Aware. "
            "Coalition executive director David Snyder said the ruling was a victory.",
            {"First Amendment Coalition", "Californians Aware", "David Snyder"},
            set(),
        ),
        (
            "A Colorado judge has ordered El Paso County Sheriff Bill Elder to stop relying on "
            "ICE immigration detainers. Elder said he would comply.",
            {"Bill Elder"},
            {"El Paso County", "Colorado"},
        ),
        (
            "The American Civil Liberties Union of Colorado filed the suit. Mark Silverstein, "
            "legal director of the ACLU of Colorado, said the ruling was welcome.",
            {"American Civil Liberties Union of Colorado", "Mark Silverstein"},
            set(),
        ),
    ],
)
def test_actors_on_real_sentences(
    extractor: Extractor, text: str, expected: set[str], absent: set[str]
) -> None:
    record = extractor.extract(text, published="2020-01-10")
    found = names(record)
    assert expected <= found
    assert not absent & found


def test_actors_acronym_without_definition_joins_long_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Mayor Michael Bloomberg vetoed two bills on the New York City Police Department. "
        "The NYPD said the bills would hamper officers. Bloomberg said the Police Department "
        "needed no inspector general."
    )
    police = actor_named(record, "NYPD")
    assert police.name == "New York City Police Department"
    assert "Police Department" in police.aliases
    assert actor_named(record, "Bloomberg").type == "PERSON"


def test_actors_boilerplate_names_are_not_actors(extractor: Extractor) -> None:
    record = extractor.extract(
        "Mayor Jane Doe spoke on Monday.\n\n"
        "Mayor Jane Doe speaks at City Hall (Tom MacDonald/WHYY)\n\n"
        "Doe said the budget would pass."
    )
    assert "Tom MacDonald" not in names(record)
    assert actor_named(record, "Jane Doe").type == "PERSON"


def test_actors_shared_surname_goes_to_the_most_named_person(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hillary Clinton spoke in Ohio on Monday. Hillary Clinton said the plan would pass. "
        "Her daughter Chelsea Clinton joined her later. Clinton told reporters she was "
        "confident, and Hillary thanked the crowd."
    )
    hillary = actor_named(record, "Hillary Clinton")
    assert {"Clinton", "Hillary"} <= set(hillary.aliases)
    assert actor_named(record, "Chelsea Clinton").aliases == []


def test_actors_name_without_its_head_noun(extractor: Extractor) -> None:
    record = extractor.extract(
        "The debate was held at Hofstra University on Monday. Officials at Hofstra said "
        "more than 1,000 journalists attended."
    )
    assert actor_named(record, "Hofstra").name == "Hofstra University"


def test_actors_place_is_not_merged_into_its_council(extractor: Extractor) -> None:
    record = extractor.extract(
        "The Baltimore County Council tabled the bill on Monday. Baltimore County would "
        "have joined the program, Councilman David Marks said."
    )
    council = actor_named(record, "Baltimore County Council")
    assert "Baltimore County" not in council.aliases


def test_actors_a_known_name_cut_off_by_the_end_of_the_text_is_no_crash(
    extractor: Extractor,
) -> None:
    # a known name ("Acme Chemical Co") whose first word is the article's last word
    text = (
        "Shares of Acme Chemical Co rose. Analysts at Acme Chemical Co were pleased, "
        "said Jane Roe of Acme"
    )
    doc = extractor.nlp(text)
    assert not doc._.newsfacts_failures, doc._.newsfacts_failures
    assert doc._.newsfacts_actors is not None


def test_actors_an_untagged_name_dealt_with_is_an_actor(extractor: Extractor) -> None:
    """candidates.dealt_with_name_candidates: "criticised Barclays" (the model tags no
    entity) names an organisation, by the "its" after it."""
    doc = extractor.nlp("The regulator criticised Barclays over its handling of complaints.")
    assert ("Barclays", "ORG") in {(a["name"], a["type"]) for a in doc._.newsfacts_actors}
