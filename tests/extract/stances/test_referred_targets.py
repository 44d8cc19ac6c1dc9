"""Targets named by a pronoun or a description ("praised him", "criticised the minister"),
linked to their actor by the shared reference resolver."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str, str | None]]:
    record = extractor.extract(text, id="t")
    names = {actor.id: actor.name for actor in record.actors}
    return [(s.holder, s.polarity, names.get(s.target_id or "")) for s in record.stances]


def test_targets_a_pronoun_object_is_its_actor(extractor: Extractor) -> None:
    """ "praised him": the stance is toward the actor "him" refers to."""
    text = (
        "Governor Tom Reed unveiled a new housing plan on Monday. "
        "Senator Maria Lopez praised him for the plan."
    )
    assert ("Maria Lopez", "support", "Tom Reed") in _stances(extractor, text)


def test_targets_a_pronoun_for_the_holder_stays_words(extractor: Extractor) -> None:
    """A pronoun the resolver links to the holder is no stance toward oneself: the stance is
    kept with its words and no target actor."""
    text = "Senator Maria Lopez said she was proud of her record."
    stances = _stances(extractor, text)
    assert all(target != "Maria Lopez" for _, _, target in stances)


def test_targets_a_named_owner_is_the_target_actor(extractor: Extractor) -> None:
    """ "slammed Governor Tom Reed's decision": opposing what an actor decided is a stance
    toward that actor, the decision kept as the target's words."""
    text = "Senator Maria Lopez slammed Governor Tom Reed's decision to close the hospital."
    assert ("Maria Lopez", "oppose", "Tom Reed") in _stances(extractor, text)


def test_targets_a_party_before_a_noun_is_the_target_actor(extractor: Extractor) -> None:
    """ "accused her Republican colleagues": the colleagues are the party's people."""
    text = "Senator Maria Lopez accused her Republican colleagues of delaying the vote."
    assert ("Maria Lopez", "oppose", "Republican Party") in _stances(extractor, text)


def test_targets_a_place_before_a_noun_stays_words(extractor: Extractor) -> None:
    """ "criticized the Russia inquiry": a place before a noun names what the inquiry is
    about, not who owns it, so the stance has no target actor."""
    text = "Senator Maria Lopez criticized the Russia inquiry."
    assert _stances(extractor, text) == [("Maria Lopez", "oppose", None)]


def test_targets_a_pronoun_skips_a_person_of_the_other_gender(extractor: Extractor) -> None:
    """ "criticized her" after "Ms. Harkins ... Mr. Dolan": the article's honorifics say who
    is a woman, so "her" is Harkins, not the more recent Dolan."""
    text = (
        "Ms. Harkins was nominated by the governor in May. "
        "Mr. Dolan spoke at the hearing on Monday. "
        "Republicans sharply criticized her on Tuesday."
    )
    assert ("Republican Party", "oppose", "Harkins") in _stances(extractor, text)


def test_targets_a_pronoun_in_a_quote_is_not_its_speaker(extractor: Extractor) -> None:
    """“He loved this town,” Reed said: in their own words a speaker is "I", so "he" is the
    man the eulogy is for, not Reed."""
    text = (
        "Senator Tom Reed spoke at the funeral of his friend Paul Kerr. "
        "“He loved this town and nothing made him prouder than his family,” Reed said."
    )
    assert ("Tom Reed", "support", "Paul Kerr") in _stances(extractor, text)


def test_targets_a_pronoun_before_a_partial_quote_is_its_speaker(extractor: Extractor) -> None:
    """ "Acme wrote that they are “deeply disappointed” with the decision": the words around
    a partial quote are the reporter's, and "they" is Acme."""
    text = (
        "Acme Corporation lost its contract with the city on Monday. In an email, Acme "
        "Corporation officials wrote that they are “deeply disappointed” with the decision."
    )
    holders = [holder for holder, _, _ in _stances(extractor, text)]
    assert holders and all(holder == "Acme Corporation" for holder in holders)


def test_targets_a_described_owner_is_the_target_actor(extractor: Extractor) -> None:
    """ "criticized the governor's decision": the owner is named by a description the
    resolver links to its actor, and opposing what the governor decided opposes him."""
    text = (
        "Governor Tom Reed closed the county hospital on Monday. "
        "Senator Maria Lopez criticized the governor's decision on Tuesday."
    )
    assert ("Maria Lopez", "oppose", "Tom Reed") in _stances(extractor, text)


def test_targets_a_possessive_pronoun_owner_is_the_target_actor(extractor: Extractor) -> None:
    """ "condemned his remarks", "his" being another person than the holder: the remarks
    stand for the one who made them, as the resolver reads "his"."""
    text = (
        "Mr. Tom Reed spoke to reporters on Monday. "
        "Ms. Maria Lopez condemned his remarks on Tuesday."
    )
    assert ("Maria Lopez", "oppose", "Tom Reed") in _stances(extractor, text)


def test_targets_each_item_of_a_listed_object_is_a_target(extractor: Extractor) -> None:
    """ "criticized the Sierra Club, the Chamber of Commerce and Tom Reed": the parse hangs
    the second item beside the first and the third on the second, but all three are
    criticized, one stance each."""
    text = "Senator Maria Lopez criticized the Sierra Club, the Chamber of Commerce and Tom Reed."
    targets = {target for holder, _, target in _stances(extractor, text) if holder == "Maria Lopez"}
    assert {"Sierra Club", "Chamber of Commerce", "Tom Reed"} <= targets
