"""Stances of collective and institutional holders and toward policies, on invented
sentences in the shapes of British, international and business copy: lists of parties
voting, unions and companies on offers, regulators and courts on decisions."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def _triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    stances = extractor.nlp(text)._.newsfacts_stances
    return {(s["holder"], s["polarity"], s["target"]) for s in stances}


def test_stances_every_name_of_a_list_parsed_as_appositions_holds(extractor: Extractor) -> None:
    """holders.expand_holders: "A, B, C and D voted" comes parsed with B as an apposition
    of A and C, D as conjuncts of B; each of the four voted."""
    found = _triples(
        extractor,
        "The Liberal Democrats, the Scottish National Party, Plaid Cymru and the Green Party "
        "voted against the bill on Tuesday.",
    )
    assert {holder for holder, polarity, _ in found if polarity == "oppose"} == {
        "Liberal Democrats",
        "Scottish National Party",
        "Plaid Cymru",
        "Green Party",
    }


def test_stances_a_demand_verb_supports_the_thing_it_asks_for(extractor: Extractor) -> None:
    """verbs._demanded_things: "is seeking a pay rise" supports the rise."""
    found = _triples(
        extractor, "The Communication Workers Union is seeking a pay rise of 9% for its members."
    )
    assert found == {("Communication Workers Union", "support", "a pay rise of 9% for its members")}


def test_stances_not_seeking_a_thing_is_no_stance_toward_it(extractor: Extractor) -> None:
    """ "is not seeking a recount" neither supports nor opposes the recount."""
    assert not _triples(extractor, "Senator Maria Lopez is not seeking a recount.")


def test_stances_a_quoted_should_is_the_speakers_stance(extractor: Extractor) -> None:
    """modality.obliged: "'The government should accept the deal,' Roe said" is Roe's
    support of the deal, not the government's."""
    found = _triples(
        extractor, '"The government should accept the deal," Senator Maria Lopez said.'
    )
    assert found == {("Maria Lopez", "support", "the deal")}


def test_stances_who_a_decision_angers_opposes_it(extractor: Extractor) -> None:
    """verbs.affected_readings: "the ruling angered the union" is the union's opposition to
    the ruling; the passive names the one who feels as its subject."""
    assert _triples(extractor, "The ruling angered the Communication Workers Union.") == {
        ("Communication Workers Union", "oppose", "The ruling")
    }
    assert _triples(extractor, "Senator Maria Lopez was angered by the decision.") == {
        ("Maria Lopez", "oppose", "the decision")
    }


def test_stances_the_one_a_person_angers_holds_the_stance(extractor: Extractor) -> None:
    """ "Trump angered Lopez" is Lopez against Trump, not the other way round (the polarity
    lexicon read it as Trump's stance toward Lopez)."""
    assert _triples(extractor, "Donald Trump angered Senator Maria Lopez.") == {
        ("Maria Lopez", "oppose", "Donald Trump")
    }


def test_stances_a_naming_judges_through_the_words_around_its_noun(
    extractor: Extractor,
) -> None:
    """judgments._judged_by_modifiers: "called the shooting a senseless act of evil" judges
    through "evil", where "act" judges nothing; "a man of great courage" praises."""
    assert _triples(
        extractor, 'Governor Tom Reed called the shooting "a senseless act of evil".'
    ) == {("Tom Reed", "oppose", "the shooting")}
    assert _triples(extractor, "Senator Maria Lopez called Tom Reed a man of great courage.") == {
        ("Maria Lopez", "support", "Tom Reed")
    }


def test_stances_the_regulator_is_the_body_named_before(extractor: Extractor) -> None:
    """reference._by_kind: "the regulator" is the last organisation before it whose name
    holds no kind word ("Ofcom"), and "it" in its reported clause is the regulator too."""
    found = _triples(
        extractor, "Ofcom opened an inquiry in March. The regulator said it opposed the merger."
    )
    assert ("Ofcom", "oppose", "the merger") in found


def test_stances_the_regulator_prefers_the_acting_body(extractor: Extractor) -> None:
    """reference._by_kind: after "Ofcom opened an inquiry into Acme", a subject "the
    regulator" is the subject of that sentence, not the body acted on."""
    found = _triples(
        extractor,
        "Ofcom opened an inquiry into Acme Corp in March. The regulator said it opposed "
        "the merger.",
    )
    assert {holder for holder, _, _ in found} == {"Ofcom"}


def test_stances_the_regulator_is_no_body_of_another_kind(extractor: Extractor) -> None:
    """reference._fits_kind: a party is no regulator, so "the regulator" stays unlinked."""
    found = _triples(
        extractor,
        "The Labour Party backed the deal in March. The regulator said it opposed the merger.",
    )
    assert ("Labour Party", "support", "the deal") in found
    assert all(target != "the merger" for _, _, target in found)


def test_stances_the_watchdog_criticised_a_bank_the_model_missed(extractor: Extractor) -> None:
    """reference._by_kind and candidates.dealt_with_name_candidates: "the
    watchdog" is the Authority, and "Barclays", the object of a verb of dealings the model
    left untagged, is an actor."""
    doc = extractor.nlp(
        "The Financial Conduct Authority published its report. The watchdog criticised "
        "Barclays over its handling of complaints."
    )
    assert "Barclays" in {actor["name"] for actor in doc._.newsfacts_actors}
    found = {(s["holder"], s["polarity"], s["target"]) for s in doc._.newsfacts_stances}
    assert ("Financial Conduct Authority", "oppose", "Barclays") in found
