"""Each source of stance on real sentences from the seed and dev articles, with the real model:
actions, votes, demands, roles, reported positions and evaluative language in quotes."""

from __future__ import annotations

from typing import Any

from newsfacts.pipeline.extractor import Extractor


def stances(extractor: Extractor, text: str) -> list[dict[str, Any]]:
    return list(extractor.nlp(text)._.newsfacts_stances or [])


def held(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s["holder"], s["polarity"]) for s in stances(extractor, text)}


def test_stances_sources_refused_action_opposes_the_act(extractor: Extractor) -> None:
    text = (
        "Philadelphia Mayor Jim Kenney will not renew the city’s contract with U.S. Immigration "
        "and Customs Enforcement that permits the agency to access the city police department’s "
        "real-time arrest database known as PARS."
    )
    [stance] = stances(extractor, text)
    assert (stance["holder"], stance["polarity"]) == ("Jim Kenney", "oppose")
    assert stance["cue"] == "will not renew"
    assert stance["target"].startswith("renewing Philadelphia’s contract with")


def test_stances_sources_demand_for_an_end_opposes_what_it_ends(extractor: Extractor) -> None:
    [stance] = stances(
        extractor, "Thursday, City Councilwoman Helen Gym called for an end to PARS."
    )
    assert (stance["holder"], stance["polarity"], stance["target"]) == (
        "Helen Gym",
        "oppose",
        "PARS",
    )
    assert stance["cue"] == "called for ... end to"


def test_stances_sources_withholding_until_opposes_the_one_withheld_from(
    extractor: Extractor,
) -> None:
    text = (
        "In an ongoing suit against Philadelphia, a sanctuary city, President Donald Trump’s "
        "administration wants to withhold $1.5 million in law enforcement grants until the city "
        "agrees to assist federal authorities in identifying undocumented immigrants."
    )
    [stance] = stances(extractor, text)
    assert (stance["holder"], stance["polarity"]) == ("Donald Trump", "oppose")
    assert stance["target"] == "Philadelphia" and stance["target_id"]
    assert stance["cue"] == "wants to withhold ... until"


def test_stances_sources_votes_count_for_every_voter(extractor: Extractor) -> None:
    text = (
        "District 4 Supervisor Sue Frost voted against canceling the contract. Supervisors Phil "
        "Serna, Patrick Kennedy, and Don Nottoli voted in favor of the motion."
    )
    found = {(s["holder"], s["polarity"], s["target"]) for s in stances(extractor, text)}
    assert ("Sue Frost", "oppose", "canceling the contract") in found
    for name in ("Phil Serna", "Patrick Kennedy", "Don Nottoli"):
        assert any(holder == name and polarity == "support" for holder, polarity, _ in found)


def test_stances_sources_passive_agent_and_including_hold(extractor: Extractor) -> None:
    text = (
        "The bill was supported by the council’s three Republicans — including Councilman David "
        "Marks who represents much of the Towson area — and it faced opposition from the "
        "council’s Democrats, including Vicki Almond, who also represents a portion of the "
        "Towson area."
    )
    found = {(s["holder"], s["polarity"], s["target"]) for s in stances(extractor, text)}
    assert ("David Marks", "support", "The bill") in found
    assert ("Vicki Almond", "oppose", "The bill") in found


def test_stances_sources_role_nouns(extractor: Extractor) -> None:
    text = (
        '"We want them to trust us," said Councilwoman Yolanda McCoy, the main sponsor of the '
        "resolution."
    )
    [stance] = stances(extractor, text)
    assert (stance["holder"], stance["polarity"], stance["target"]) == (
        "Yolanda McCoy",
        "support",
        "the resolution",
    )


def test_stances_sources_reported_position_with_pronoun_holder(extractor: Extractor) -> None:
    """ "they" is the reporting subject, and "ICE officials" speak for ICE."""
    text = (
        "Kenney ends Philly police data-sharing deal with U.S. Immigration and Customs "
        "Enforcement.\n\nIn an email to WHYY, ICE officials wrote that they are “deeply "
        "disappointed” with the city’s decision."
    )
    found = [s for s in stances(extractor, text) if s["cue"].startswith("deeply")]
    [stance] = found
    assert stance["holder"] == "U.S. Immigration and Customs Enforcement"
    assert stance["polarity"] == "oppose"
    assert stance["cue"] == "deeply disappointed with"
    assert stance["target"].endswith("decision")


def test_stances_sources_expressed_support_and_refusal(extractor: Extractor) -> None:
    text = (
        "Gov. Phil Murphy expressed support for the idea in general, but he said he wouldn’t "
        "sign it until lawmakers set aside more money to buy about 26,000 new cameras."
    )
    found = {(s["polarity"], s["target"]) for s in stances(extractor, text)}
    assert ("support", "the idea") in found
    assert any(p == "oppose" and t.startswith("signing it") for p, t in found)


def test_stances_sources_evaluation_in_a_quote_is_its_speakers(extractor: Extractor) -> None:
    text = (
        "Miguel Andrade of Juntos said they have been fighting against the data sharing since "
        "the contract was first signed 10 years ago.\n\n“The use of it was immoral,” Andrade said."
    )
    found = {(s["holder"], s["polarity"], s["target"]) for s in stances(extractor, text)}
    assert ("Juntos", "oppose", "the data sharing") in found
    assert ("Miguel Andrade", "oppose", "The use of it") in found


def test_stances_sources_evaluation_reads_the_quotes_stage_facts(extractor: Extractor) -> None:
    """Set by hand, the quote alone decides who holds the judgment it contains."""
    text = "“These bills are bad for public safety,” the statement read. Michael Bloomberg spoke."
    doc = extractor.nlp(text)
    bloomberg = next(a for a in doc._.newsfacts_actors if a["name"] == "Michael Bloomberg")
    end = text.index(",”")
    doc._.newsfacts_quotes = [
        {"start": 1, "end": end, "kind": "direct", "speaker_id": bloomberg["id"], "confidence": 0.9}
    ]
    doc = extractor.nlp.get_pipe("newsfacts_stances")(doc)
    [stance] = doc._.newsfacts_stances
    assert (stance["holder_id"], stance["polarity"], stance["target"]) == (
        bloomberg["id"],
        "oppose",
        "These bills",
    )
    doc._.newsfacts_quotes = []
    assert extractor.nlp.get_pipe("newsfacts_stances")(doc)._.newsfacts_stances == []


def test_stances_sources_lawsuit_alleging_opposes_the_accused(extractor: Extractor) -> None:
    text = (
        "ACLU of Colorado filed a class action lawsuit on Feb. 27 alleging that Sheriff Bill "
        "Elder had unlawfully imprisoned dozens of individuals."
    )
    [stance] = stances(extractor, text)
    assert stance["polarity"] == "oppose"
    assert stance["target"].endswith("Elder") and stance["target_id"]
