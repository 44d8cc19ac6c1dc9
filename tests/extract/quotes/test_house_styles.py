"""Attribution in British, American and wire styles, on invented sentences of real shapes."""

from __future__ import annotations

from quote_facts import direct, mention, spoken

from newsfacts.pipeline.extractor import Extractor


def test_role_before_the_name_with_comma_and_colon(extractor: Extractor) -> None:
    text = (
        "Workers at the Acme Federation walked out on Monday.\n\n"
        'Union general secretary, Jane Roe said: "We will not accept this offer."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert quote.text == "We will not accept this offer."
    assert quote.speaker == "Jane Roe"


def test_pronoun_speaker_of_a_colon_quote_is_found_in_an_earlier_paragraph(
    extractor: Extractor,
) -> None:
    text = (
        "Jane Roe, the leader of the Acme Federation, spoke outside the plant on Monday.\n\n"
        'She added: "We will fight on."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert (mention(quote), quote.speaker) == ("She", "Jane Roe")


def test_british_honorific_without_a_period(extractor: Extractor) -> None:
    text = (
        "Jane Roe, the leader of the Acme Federation, spoke outside the plant.\n\n"
        "Mr Roe said the offer was too low."
    )
    (quote,) = extractor.extract(text).quotes
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "the offer was too low",
        "Jane Roe",
    )


def test_multi_paragraph_quote_keeps_its_speaker_and_survives_a_missing_closing_mark(
    extractor: Extractor,
) -> None:
    text = (
        "Omar Haddad, the city treasurer, spoke on Monday.\n\n"
        '"We have no money left," he said. "The budget will be cut.\n\n'
        '"Every department will feel it.\n\n'
        "The council meets again in June."
    )
    quotes = spoken(extractor.extract(text))
    assert [q.speaker for q in quotes] == ["Omar Haddad"] * 3  # one quote a paragraph
    assert [q.text for q in quotes[1:]] == [
        "The budget will be cut.",
        "Every department will feel it.",
    ]


def test_the_firm_added_is_the_company(extractor: Extractor) -> None:
    text = (
        "Acme Holdings reported a loss on Tuesday.\n\n"
        'The firm added: "We remain confident in our strategy."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert (mention(quote), quote.speaker) == ("The firm", "Acme Holdings")


def test_a_company_spokesperson_speaks_for_the_company(extractor: Extractor) -> None:
    text = (
        "Acme Holdings reported a loss on Tuesday.\n\n"
        'A company spokesperson said: "We remain confident in our strategy."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert (mention(quote), quote.speaker) == ("A company spokesperson", "Acme Holdings")


def test_the_ministry_said_in_a_statement(extractor: Extractor) -> None:
    text = (
        "The Ministry of Health issued new rules on Friday.\n\n"
        "The ministry said in a statement that the rules would apply from May."
    )
    (quote,) = extractor.extract(text).quotes
    assert (quote.text, quote.speaker) == ("the rules would apply from May", "Ministry of Health")


def test_according_to_a_report_the_speaker_is_the_one_it_quotes(extractor: Extractor) -> None:
    text = (
        "Acme Holdings lost the contract.\n\n"
        'According to the report, Acme is "extremely disappointed" by the decision.'
    )
    (quote,) = extractor.extract(text).quotes
    assert quote.kind == "mixed"
    assert mention(quote) == "Acme" and (quote.speaker or "").startswith("Acme")


def test_quoted_in_a_paper_as_saying_is_the_person_not_the_paper(extractor: Extractor) -> None:
    text = (
        "Jane Roe, a nurse from Leeds, is quoted in the Mirror as saying: "
        '"I have never seen anything like it."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert quote.speaker == "Jane Roe"


def test_reported_speech_inside_reported_speech_is_the_inner_speakers(
    extractor: Extractor,
) -> None:
    text = "The Daily Courier reported that the Northfield Council said the budget would be cut."
    (quote,) = extractor.extract(text).quotes
    assert quote.text == "the budget would be cut"
    assert mention(quote) == "the Northfield Council"


def test_parenthetical_x_said_reports_the_clause_it_interrupts(extractor: Extractor) -> None:
    """One span for the clause, the interruption inside it (a fact has one span)."""
    text = "The plan, Jane Roe said, would cost the city far more than it saves."
    (quote,) = extractor.extract(text).quotes
    assert (quote.kind, quote.speaker, mention(quote)) == ("indirect", "Jane Roe", "Jane Roe")
    assert quote.text.startswith("The plan") and quote.text.endswith("than it saves")


def test_x_believes_and_a_study_found(extractor: Extractor) -> None:
    text = (
        "Jane Roe believes that the plan will fail within a year. A study by the Harbour "
        "Trust found that most families would pay more."
    )
    quotes = extractor.extract(text).quotes
    assert [(q.verb, q.text) for q in quotes] == [
        ("believes", "the plan will fail within a year"),
        ("found", "most families would pay more"),
    ]


def test_inverted_said_x_colon(extractor: Extractor) -> None:
    text = (
        "Tax experts were not convinced by the plan.\n\n"
        "Said Ellis: “I don’t get the sense she is the least bit interested in reform.”"
    )
    (quote,) = spoken(extractor.extract(text))
    assert mention(quote) == "Ellis"


def test_house_styles_a_dash_credit_right_after_the_closing_mark(extractor: Extractor) -> None:
    # reader-response pieces credit each quote with a dash, often with no space or a no-break one
    text = (
        "Readers answered our question about the debate.\n\n"
        "“He represents our greatest shame.” ― Sonya Herridge\n"
        "“He is ignorant of our culture.”― Rosa Delgado\u00a0\n"
        "“How did we get this low?”\u00a0― Maria Lopez\u00a0\n"
    )
    found = extractor.extract(text).quotes
    assert [(q.text[:10], q.speaker, mention(q)) for q in found] == [
        ("He represe", "Sonya Herridge", "Sonya Herridge"),
        ("He is igno", "Rosa Delgado", "Rosa Delgado"),
        ("How did we", "Maria Lopez", "Maria Lopez"),
    ]


def test_house_styles_a_transcript_turn_names_its_speaker(extractor: Extractor) -> None:
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"PENCE: Well, look, the campaign thinks this is an episode of a game show. But this '
        "is serious business, Chris.\n\n"
    )
    (quote,) = direct(extractor.extract(text))
    assert quote.speaker == "Mike Pence"


def test_house_styles_a_second_reporting_verb_after_but_keeps_the_speaker(
    extractor: Extractor,
) -> None:
    # the parser hangs "but said" from the first "said", with no subject of its own
    text = (
        "Mayor Jane Roberts said Friday that she thinks the video should be released but "
        'said "the question is the timing."'
    )
    (quote,) = direct(extractor.extract(text))
    assert quote.speaker == "Jane Roberts"


def test_house_styles_a_verb_inside_a_prepositional_phrase_speaks_for_the_subject(
    extractor: Extractor,
) -> None:
    # "before asking her": the asker is the subject of "sings", not the one asked
    text = "Mary Blige sings to Hillary Clinton before asking her, “Where do we go from here?”"
    (quote,) = extractor.extract(text).quotes
    assert quote.speaker == "Mary Blige"


def test_house_styles_an_aside_between_speaker_and_verb_is_not_the_speaker(
    extractor: Extractor,
) -> None:
    # the parser hangs "Roe" from "noting"; the last noun before "said" is "crowd"
    text = (
        'Sen. Jane Roe (D-Ill.), noting the size of the crowd, said, "Let me tell you, we '
        'will win this state."'
    )
    (quote,) = direct(extractor.extract(text))
    assert (mention(quote), quote.speaker) == ("Sen. Jane Roe", "Jane Roe")


def test_house_styles_a_spokeswoman_for_a_firm_and_her_pronoun_speak_for_the_firm(
    extractor: Extractor,
) -> None:
    # a newsletter line runs into the next paragraph in the parse, taking "said"'s subject
    text = (
        "Omar Haddad won his claim against his former employer.\n\n"
        "Sign up to our weekly round-up of HR news and guidance\n\n"
        "Receive the Acme Weekly e-newsletter every Wednesday\n\n"
        "A spokeswoman for Acme Solicitors, which represented Haddad, said: “The case shows "
        "how essential it is that employees feel able to raise concerns.”\n\n"
        "She added that Haddad had “suffered terrible treatment from his employer.”"
    )
    statement, partial = spoken(extractor.extract(text))
    assert statement.speaker == "Acme Solicitors"
    assert (mention(partial), partial.speaker) == ("She", "Acme Solicitors")


def test_house_styles_a_day_before_saying_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Jane Roe unleashed a series of tweets early Friday saying that her rival had shown "
        "bad judgment in using the poll “as a paragon of virtue.”"
    )
    (quote,) = spoken(extractor.extract(text))
    assert quote.speaker == "Jane Roe"


def test_house_styles_a_wire_quote_missing_its_mark_before_said_x(extractor: Extractor) -> None:
    text = (
        "The bureau and the firm will meet before the tribunal.\n\n"
        '"Vigorous competition is essential for customers. I am pleased this case can now '
        "move quickly towards a hearing, said Jane Roe, commissioner of competition.\n\n"
        "(Reporting by Omar Haddad)"
    )
    (quote,) = spoken(extractor.extract(text))
    assert quote.text.endswith("towards a hearing")
    assert (quote.kind, quote.speaker) == ("direct", "Jane Roe")


def test_house_styles_adding_between_two_quotes_is_the_reporter_of_the_sentence(
    extractor: Extractor,
) -> None:
    # the parser hangs "adding" from the verb of Haddad's clause, not from "told"
    text = (
        "To wit, Jane Roe told the station that Omar Haddad “had a crazy policy which was "
        "maniacal,” adding, “He lost all of the votes of the state.”"
    )
    quotes = spoken(extractor.extract(text))
    assert [q.speaker for q in quotes] == ["Jane Roe", "Jane Roe"]


def test_house_styles_the_statement_read_credits_the_statement(extractor: Extractor) -> None:
    text = (
        "Jane Roe gave her speech on Monday.\n\n"
        '"In writing her speech, her team of writers took notes on her life," read the '
        "statement, which was attributed to Omar Haddad."
    )
    (quote,) = spoken(extractor.extract(text))
    assert (quote.verb, mention(quote), quote.speaker) == ("read", "the statement", None)


def test_house_styles_a_verb_of_finding_inside_speech_is_not_the_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "In his ruling, Judge Jane Roe wrote that the title and text of the law showed it to "
        'be "the state\'s attempt to put its critics back in their place."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert quote.speaker == "Jane Roe"


def test_house_styles_a_leading_verb_of_belief_after_a_verb_of_saying(
    extractor: Extractor,
) -> None:
    text = (
        "During her years in office, Ms. Roe said, a majority of voters have come to believe "
        '"that the plan is real, that it is important and we should do something about it."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert (quote.verb, quote.speaker) == ("said", "Roe")


def test_house_styles_a_transcript_quoted_whole_changes_speaker_turn_by_turn(
    extractor: Extractor,
) -> None:
    # one opening mark a paragraph and no closing one until the end: a single quote
    text = (
        "On the show, Jane Roe said the plan was only a joke.\n\n"
        "Partial transcript as follows:\n\n"
        '"HADDAD: Let us start with the news. Why would she do that?\n\n'
        '"ROE: Well, look, this is serious business. People have a choice to make.\n\n'
        '"HADDAD: If I may, will she be there?\n\n'
        '"ROE: She will not be attending the debate."'
    )
    quotes = spoken(extractor.extract(text))
    assert [mention(q) for q in quotes] == ["HADDAD", "ROE", "HADDAD", "ROE"]


def test_house_styles_a_name_before_a_colon_labels_each_speaker(extractor: Extractor) -> None:
    text = (
        "Jane Roe and Omar Haddad, among others, reject the term containment.\n\n"
        'Roe: "Our goal is not to deter or contain the group, but to defeat it." Haddad: "The '
        'mission is to destroy the group, not to contain it."'
    )
    quotes = spoken(extractor.extract(text))
    assert [(mention(q), q.speaker) for q in quotes] == [
        ("Roe", "Jane Roe"),
        ("Haddad", "Omar Haddad"),
    ]


def test_house_styles_a_sentence_ending_in_a_name_and_colon_is_no_label(
    extractor: Extractor,
) -> None:
    text = (
        "Omar Haddad praised the plan on Monday.\n\nThen, later that month on Radio Acme: "
        '"I have never said we made a mistake going into the war."'
    )
    (quote,) = spoken(extractor.extract(text))
    assert quote.speaker_mention is None
