"""Stances between actors, the commonest kind in news, on sentences in the shapes of wire,
British and US copy: attitude and action verbs, phrasal verbs, owned stance nouns, roles,
stance adjectives, the polarity lexicon and the last-resort tone reading."""

from __future__ import annotations

import pytest

from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

CASES = [
    (
        "Senator Maria Lopez hammered Governor Tom Reed over the budget on Tuesday.",
        ("Maria Lopez", "oppose", "Governor Tom Reed"),
    ),
    (
        "The Labour Party accused the Conservative Party of breaking its promises.",
        ("Labour Party", "oppose", "the Conservative Party"),
    ),
    (
        "Obama thanked Angela Merkel for her leadership during the crisis.",
        ("Obama", "support", "Angela Merkel"),
    ),
    (
        "John Smith's criticism of Barack Obama drew attention in Washington.",
        ("John Smith", "oppose", "Barack Obama"),
    ),
    (
        "The FBI is investigating Hillary Clinton.",
        ("Federal Bureau of Investigation", "oppose", "Hillary Clinton"),
    ),
    (
        "Senator Maria Lopez hit out at Google over its tax arrangements.",
        ("Maria Lopez", "oppose", "Google"),
    ),
    (
        "Angela Merkel rallied behind Emmanuel Macron after the vote.",
        ("Angela Merkel", "support", "Emmanuel Macron"),
    ),
    (
        "Senator Paul Ryan has been openly critical of Donald Trump.",
        ("Paul Ryan", "oppose", "Donald Trump"),
    ),
    (
        # targets._render: the word after a mention written out keeps its space
        "Sen. Cory Booker testified against fellow Sen. Jeff Sessions’ nomination.",
        ("Cory Booker", "oppose", "fellow Sen. Jeff Sessions nomination"),
    ),
    # acts of one actor on another: subpoenaing, contradicting, rebuffing
    (
        "The Senate Intelligence Committee subpoenaed Michael Flynn last week.",
        ("Senate Intelligence Committee", "oppose", "Michael Flynn"),
    ),
    (
        "A White House spokesman contradicted Senator Maria Lopez on Tuesday.",
        ("White House", "oppose", "Senator Maria Lopez"),
    ),
    (
        "General Motors has firmly rebuffed Fiat Chrysler's approaches.",
        ("General Motors", "oppose", "Fiat Chrysler's approaches"),
    ),
    # an owner named by a pronoun, linked by the reference resolver
    (
        "Senator Maria Lopez arrived on Monday. She repeated her criticism of the pipeline.",
        ("Maria Lopez", "oppose", "the pipeline"),
    ),
    # feelings expressed toward an actor: frustration with, confidence in
    (
        "Senator Jane Holt expressed frustration with the Senate Finance Committee on Tuesday.",
        ("Jane Holt", "oppose", "the Senate Finance Committee"),
    ),
    (
        "Mayor Ann Lowe expressed confidence in Police Chief Tom Reyes after the report.",
        ("Ann Lowe", "support", "Police Chief Tom Reyes"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stances_between_actors(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    stances = extractor.nlp(text)._.newsfacts_stances
    assert expected in {(s["holder"], s["polarity"], s["target"]) for s in stances}


def test_stances_a_lone_surname_acted_on_is_an_actor(extractor: Extractor) -> None:
    """ "praised Putin": the object of a verb, tagged PERSON, is kept as a person."""
    record = extractor.extract("The NAACP also criticized Carson.", id="t")
    assert "Carson" in {actor.name for actor in record.actors}
    [stance] = record.stances
    assert (stance.polarity, stance.target) == ("oppose", "Carson")


def test_stances_a_contest_outcome_is_no_stance(extractor: Extractor) -> None:
    """Verbs of outcome feel negative ("lost", "failed") but take no side."""
    assert not extractor.extract("Chelsea beat Arsenal 2-0 on Saturday.", id="t").stances


def test_stances_polarity_lexicon_records_its_source() -> None:
    from newsfacts.extract.stances.cues import PolarityLexicon

    lexicon = PolarityLexicon.load()
    assert "VADER" in lexicon.about and "MIT" in lexicon.licence
    assert lexicon.of("betrayal", "betrayal") == "oppose"
    assert lexicon.of("praised", "praise") == "support"


def _stance_to(record: ArticleRecord, holder: str, target_name: str) -> list[str]:
    """The polarities `holder` takes toward the actor named `target_name`."""
    ids = {actor.name: actor.id for actor in record.actors}
    return [
        s.polarity
        for s in record.stances
        if s.holder == holder and s.target_id is not None and s.target_id == ids.get(target_name)
    ]


def test_stances_a_description_with_a_name_beside_it_is_that_actor(
    extractor: Extractor,
) -> None:
    """targets._named_in_apposition: "blamed the candidate, Jon Ossoff" blames Ossoff."""
    record = extractor.extract(
        "Senator Maria Lopez blamed the candidate, Jon Ossoff, for the defeat.", id="t"
    )
    assert _stance_to(record, "Maria Lopez", "Jon Ossoff") == ["oppose"]


def test_stances_a_relative_clause_acts_on_the_noun_it_describes(
    extractor: Extractor,
) -> None:
    """verbs._relative_objects: "the banks that Los Angeles has sued" opposes the banks."""
    stances = extractor.nlp(
        "Citigroup is one of four banks that Los Angeles has sued since December."
    )._.newsfacts_stances
    assert ("Los Angeles", "oppose", "four banks") in {
        (s["holder"], s["polarity"], s["target"]) for s in stances
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Democrats want a deal with Republicans who oppose the new gun restrictions.",
            ("Republican Party", "oppose", "the new gun restrictions"),
        ),
        (
            "Senator Maria Lopez, who voted against the pipeline, left the chamber.",
            ("Maria Lopez", "oppose", "the pipeline"),
        ),
    ],
)
def test_stances_a_relative_clause_is_held_by_the_noun_it_describes(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """verbs._reads_as_clause: "Republicans who oppose the restrictions" oppose them, held
    by the noun "who" stands for, not by the subject of the clause around it."""
    stances = {
        (s["holder"], s["polarity"], s["target"]) for s in extractor.nlp(text)._.newsfacts_stances
    }
    assert expected in stances
    # "Democrats want a deal" is their own stance, toward the deal, not the relative clause's
    assert all(
        holder != "Democratic Party" or target.startswith("a deal") for holder, _, target in stances
    )


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Maria Lopez launched an extraordinary critique of Mitt Romney on Sunday.", "oppose"),
        ("Senator Maria Lopez lent her backing to Mitt Romney.", "support"),
    ],
)
def test_stances_a_stance_noun_launched_at_an_actor(
    extractor: Extractor, text: str, polarity: str
) -> None:
    """nouns.AIMED_PREPOSITIONS and the expressing verbs: "launched a critique of",
    "lent her backing to"."""
    record = extractor.extract(text, id="t")
    assert _stance_to(record, "Maria Lopez", "Mitt Romney") == [polarity]


def test_stances_a_quoted_clause_leans_for_its_speaker(extractor: Extractor) -> None:
    """tone.quoted_tone_readings: the speaker holds the lean of a clause of the quote
    toward its subject."""
    record = extractor.extract("“The plan fails miserably,” said Paul Ryan.", id="t")
    assert [(s.holder, s.polarity, s.target) for s in record.stances] == [
        ("Paul Ryan", "oppose", "The plan")
    ]


def test_stances_one_quoted_judging_word_says_nothing_of_an_actor(
    extractor: Extractor,
) -> None:
    """tone.QUOTED_LEAN_WORDS and CLASSIFYING_DEPS: "a trusted adviser" classifies, and one
    word is too little to lean toward an actor."""
    record = extractor.extract(
        "In a statement, John Kelly said Hope Hicks had become a trusted adviser.", id="t"
    )
    assert not record.stances


def test_stances_a_verb_the_model_lemmatises_short_is_still_read(extractor: Extractor) -> None:
    """verbs._verb_lemma: "fined" comes lemmatised as "fin"; a regulator fining a cartel
    opposes it."""
    stances = extractor.nlp("The Competition Commission fined the cartel.")._.newsfacts_stances
    assert [(s["holder"], s["polarity"], s["target"]) for s in stances] == [
        ("Competition Commission", "oppose", "the cartel")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Senator Jane Holt is eminently qualified for the job,” said Governor Tom Reed.",
            ("Tom Reed", "support", "Senator Jane Holt"),
        ),
        (
            "“The new rule is unworkable and premature,” said Senator Jane Holt.",
            ("Jane Holt", "oppose", "The new rule"),
        ),
    ],
)
def test_stances_a_quoted_judgment_the_polarity_lexicon_lacks(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """stance_cues.json "evaluative": judging words of news quotes that VADER's lexicon
    leaves out ("qualified", "unworkable", "premature"), held by the quote's speaker."""
    record = extractor.extract(text, id="t")
    assert expected in {(s.holder, s.polarity, s.target) for s in record.stances}


def test_stances_tone_reads_a_negated_verb_the_other_way(extractor: Extractor) -> None:
    """ "said he does not support Tom Reed": the tone reading at "said" passes the negated
    "support" on its way to the actor; it opposes Reed, as the verb's own reading does."""
    record = extractor.extract(
        "Senator Maria Lopez said on Monday that she does not support Governor Tom Reed.", id="t"
    )
    polarities = {s.polarity for s in record.stances if s.holder == "Maria Lopez"}
    assert polarities == {"oppose"}


def test_stances_the_owner_of_an_attempt_does_what_it_attempts(extractor: Extractor) -> None:
    """ "Tom Reed's attempt to praise Maria Lopez": the infinitive clause of an owned noun
    is the owner's doing, though no verb above it has Reed as its subject."""
    record = extractor.extract(
        "Governor Tom Reed's attempt to praise Senator Maria Lopez backfired on Thursday.", id="t"
    )
    names = {actor.id: actor.name for actor in record.actors}
    found = {(s.holder, s.polarity, names.get(s.target_id or "")) for s in record.stances}
    assert ("Tom Reed", "support", "Maria Lopez") in found
