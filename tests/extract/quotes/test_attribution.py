"""Each attribution form of news text, on sentences of the seed and dev articles."""

from __future__ import annotations

from quote_facts import mention, quotes

from newsfacts.pipeline.extractor import Extractor

ICE_INTRO = (
    "Philadelphia Mayor Jim Kenney will not renew the city’s contract with U.S. Immigration "
    "and Customs Enforcement.\n\n"
)


def test_trailing_x_said_in_the_release(extractor: Extractor) -> None:
    text = (
        ICE_INTRO + "“Such practices sow fear and distrust in Philadelphia’s great immigrant "
        "community, and make it more difficult for our police department to solve crimes,” "
        "Kenney said in the release."
    )
    (quote,) = quotes(extractor, text)
    assert quote.text.startswith("Such practices sow fear") and quote.text.endswith("crimes")
    assert (quote.kind, quote.verb, mention(quote), quote.speaker) == (
        "direct",
        "said",
        "Kenney",
        "Jim Kenney",
    )
    assert quote.confidence >= 0.9


def test_trailing_said_x_with_title_and_appositive(extractor: Extractor) -> None:
    text = (
        '"We want them to trust us, we will make certain that the trust is still there," '
        "said Councilwoman Yolanda McCoy, the main sponsor of the resolution."
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Councilwoman Yolanda McCoy"
    assert quote.speaker == "Yolanda McCoy"


def test_trailing_name_appositive_then_verb(extractor: Extractor) -> None:
    text = (
        "“Judge Bentley’s ruling confirmed that Colorado sheriffs have no legal authority to "
        "enforce federal immigration law,” Mark Silverstein, legal director of the American "
        "Civil Liberties Union of Colorado, said in a news release Tuesday."
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Mark Silverstein"
    assert quote.speaker == "Mark Silverstein"


def test_trailing_question_mark_then_said_x(extractor: Extractor) -> None:
    text = (
        "“I am concerned about the appropriation — whether it’s enough, and conversely, do we "
        "have it to spend here in 2020?” said Assemblyman Jay Webber, R-Morris."
    )
    (quote,) = quotes(extractor, text)
    assert quote.text.endswith("in 2020?")
    assert quote.speaker == "Jay Webber"


def test_trailing_dash_attribution(extractor: Extractor) -> None:
    (quote,) = quotes(
        extractor, "“Our budgets are reflective of our values.” — Supervisor Phil Serna"
    )
    assert mention(quote) == "Supervisor Phil Serna"
    assert quote.speaker == "Phil Serna"
    assert quote.verb is None


def test_leading_x_said_comma(extractor: Extractor) -> None:
    text = (
        "District 4 Supervisor Sue Frost voted against canceling the contract.\n\n"
        "Frost said, “We’ll have to look into our discretionary funds and into our other "
        "programs to see what we have to cut to figure out how we’re going to pay for that.”"
    )
    (quote,) = quotes(extractor, text)
    assert (quote.kind, mention(quote), quote.speaker) == ("direct", "Frost", "Sue Frost")


def test_leading_from_x_colon(extractor: Extractor) -> None:
    text = (
        "From Councilwoman Yolanda McCoy: “We want them to trust us, we will make certain "
        "that the trust is still there.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Councilwoman Yolanda McCoy"
    assert quote.verb is None


def test_colon_after_a_statement_act(extractor: Extractor) -> None:
    text = (
        "After the announcement, the Twitter account behind the Occupy ICE protest tweeted: "
        "“The use of it was immoral.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "the Twitter account behind the Occupy ICE protest"
    assert quote.verb == "tweeted"


def test_partial_quote_in_reported_speech_with_an_email_frame(extractor: Extractor) -> None:
    text = (
        ICE_INTRO + "In an email to WHYY, ICE officials wrote that they are “deeply "
        "disappointed” with the city’s decision."
    )
    (quote,) = quotes(extractor, text)
    assert quote.text == "they are “deeply disappointed” with the city’s decision"
    assert (quote.kind, quote.verb) == ("mixed", "wrote")
    assert mention(quote) == "ICE officials"
    assert quote.speaker == "U.S. Immigration and Customs Enforcement"


def test_descriptions_resolve_to_the_organisation_they_name(extractor: Extractor) -> None:
    """ "the ICE official" -> ICE; "The official" -> the official described before."""
    text = (
        ICE_INTRO + "“As it has been repeatedly stated, ICE was at no point in breach of the "
        "terms of its access to PARS,” the ICE official said.\n\n"
        "The official said the agency will continue its efforts to “apprehend criminal "
        "aliens,” despite the obstruction of decade-long access to the PARS database."
    )
    first, second = quotes(extractor, text)
    assert (mention(first), mention(second)) == ("the ICE official", "The official")
    assert second.kind == "mixed" and "“apprehend criminal aliens,”" in second.text
    ice = "U.S. Immigration and Customs Enforcement"
    assert first.speaker == ice and second.speaker == ice
    assert first.speaker_id == second.speaker_id


def test_unnamed_speaker_keeps_its_mention_and_no_actor(extractor: Extractor) -> None:
    text = (
        "Last month, a federal judge ruled in favor of the city, saying its refusal to comply "
        "with authorities like ICE is “reasonable, rational and equitable.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "a federal judge"
    assert quote.speaker is None and quote.speaker_id is None


def test_continuation_in_the_same_paragraph(extractor: Extractor) -> None:
    text = (
        ICE_INTRO + "“Such practices sow fear and distrust in Philadelphia’s great immigrant "
        "community,” Kenney said in the release. “I cannot in good conscience allow the "
        "agreement to continue.”"
    )
    first, second = quotes(extractor, text)
    assert second.text == "I cannot in good conscience allow the agreement to continue."
    assert second.speaker == first.speaker == "Jim Kenney"
    assert second.speaker_mention == first.speaker_mention
    assert second.confidence < first.confidence


def test_continuation_into_the_next_paragraph(extractor: Extractor) -> None:
    text = (
        "The family of Rayshard Brooks will receive $1 million from the city of Atlanta.\n\n"
        '"This grieving family has been through so much during this process," attorneys for '
        "the Brooks family said in a statement.\n\n"
        "\"While we are disappointed that prosecutors didn't pursue a criminal case against "
        "the officers involved in Mr. Brooks' death, we continue to hold out hope that the "
        'Dept. of Justice will intervene in this matter."'
    )
    first, second = quotes(extractor, text)
    assert mention(first) == mention(second) == "attorneys for the Brooks family"


def test_pronoun_speaker_resolves_to_the_person_before(extractor: Extractor) -> None:
    text = (
        "Bloomberg said from the beginning that he would veto the bills. He issued a statement "
        "shortly after the votes in late June.\n\n"
        '"We have demonstrated why these bills are bad for public safety," he said.'
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "he"
    assert quote.speaker == "Bloomberg"


def test_speaker_of_the_sentence_before_in_text_without_spaces(extractor: Extractor) -> None:
    """dev-11 runs its quotes into the sentences around them: 'him."Through ...'."""
    text = (
        "After the Monday night vote Hanson said the board had not been communicating with "
        'him."Through a series of closed session meetings, or actions, I was not involved '
        'with the board; majority has decided to end our communications."'
    )
    (quote,) = quotes(extractor, text)
    assert quote.text.startswith("Through a series")
    assert mention(quote) == "Hanson"


def test_scare_quotes_and_titles_are_not_speech(extractor: Extractor) -> None:
    text = (
        "The appellate court did not rule on the county's contention that deputies are exempt "
        'from overtime provisions under the "executive exemption" section of the act.'
    )
    assert quotes(extractor, text) == []
