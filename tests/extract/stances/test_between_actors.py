"""Stances between actors, the commonest kind in news, on sentences in the shapes of wire,
British and US copy: attitude and action verbs, phrasal verbs, owned stance nouns, roles,
stance adjectives, the polarity lexicon and the last-resort tone reading."""

from __future__ import annotations

import pytest

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
