"""Reported (indirect) speech on sentences of the seed and dev articles."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.quotes.marks import find_quoted_spans
from newsfacts.extract.quotes.reported import reported_speech
from newsfacts.extract.quotes.reporting import ReportingLexicon
from newsfacts.models import Quote
from newsfacts.pipeline.extractor import Extractor

LEXICON = ReportingLexicon.load("reporting_verbs.json")


def indirect(extractor: Extractor, text: str) -> list[Quote]:
    return [q for q in extractor.extract(text).quotes if q.kind == "indirect"]


def test_x_said_that_clause(extractor: Extractor) -> None:
    text = (
        "Philadelphia Mayor Jim Kenney will not renew the contract. On Friday, Kenney said his "
        "administration has been concerned about ICE’s use of the database."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == "his administration has been concerned about ICE’s use of the database"
    assert (quote.verb, quote.speaker) == ("said", "Jim Kenney")


def test_x_told_reporters(extractor: Extractor) -> None:
    text = (
        "Philadelphia Mayor Jim Kenney told reporters his decision was based on months of "
        "conversations with immigrants and immigrant rights groups."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text.startswith("his decision was based on months")
    assert quote.verb == "told"
    assert quote.speaker == "Jim Kenney"


def test_according_to_x(extractor: Extractor) -> None:
    text = (
        "Mark Silverstein is legal director of the ACLU of Colorado.\n\n"
        "According to Silverstein, Elder had unlawfully imprisoned dozens of individuals for "
        "days, weeks, and even months without legal authority."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text.startswith("Elder had unlawfully imprisoned")
    assert quote.speaker == "Mark Silverstein"


def test_announced_by_they_resolves_to_the_group(extractor: Extractor) -> None:
    text = (
        "After the announcement, the Twitter account behind the Occupy ICE protest tweeted in "
        "response to the end of the PARS agreement.\n\n"
        "They also announced that three representatives from Occupy ICE were meeting with "
        "Kenney this afternoon to discuss more advocacy he can do for Philadelphia immigrants."
    )
    (quote,) = indirect(extractor, text)
    assert quote.verb == "announced"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "They"
    assert quote.speaker == "Occupy ICE"


def test_adds_with_a_pronoun_after_the_speaker_is_named(extractor: Extractor) -> None:
    text = (
        "Ciro Adams is the lone Republican on City Council, and he was the only vote against "
        "the resolution.\n\nHe adds, there hasn't been a documented raid in the city in some time."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == "there hasn't been a documented raid in the city in some time"
    assert quote.speaker == "Ciro Adams"


def test_appositive_between_speaker_and_verb(extractor: Extractor) -> None:
    text = (
        "Councilwoman Misty Perez, the lone dissenter, said the city's initial efforts to gauge "
        "the financial impacts weren't thorough."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text.startswith("the city's initial efforts")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Councilwoman Misty Perez"


def test_reported_speech_holding_a_partial_quote_is_one_mixed_fact(extractor: Extractor) -> None:
    """Counted once: not as a partial quote and again as the reported clause around it."""
    text = (
        "In an email to WHYY, ICE officials wrote that they are “deeply disappointed” with the "
        "city’s decision."
    )
    assert [q.kind for q in extractor.extract(text).quotes] == ["mixed"]


def test_direct_quote_is_not_repeated_as_reported_speech(extractor: Extractor) -> None:
    text = "“Our budgets are reflective of our values,” said Serna."
    assert [q.kind for q in extractor.extract(text).quotes] == ["direct"]


def test_negated_reporting_verb_reports_nothing(extractor: Extractor) -> None:
    text = "The appellate court did not say that deputies are exempt from overtime provisions."
    assert indirect(extractor, text) == []


def test_what_a_verb_of_saying_reports_through_its_object(extractor: Extractor) -> None:
    text = (
        "The Treasury Department announced new measures that make it harder for companies "
        "to move their headquarters abroad."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == (
        "new measures that make it harder for companies to move their headquarters abroad"
    )
    assert (quote.verb, quote.speaker) == ("announced", "Treasury Department")


def test_what_an_addressee_verb_reports_through_its_infinitive(extractor: Extractor) -> None:
    text = (
        "On Wednesday, Mayor Jane Roe urged residents to stay indoors until the storm has "
        "passed.\n\nRoe told reporters at City Hall on Thursday."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == "residents to stay indoors until the storm has passed"
    assert (quote.verb, quote.speaker) == ("urged", "Jane Roe")


def test_a_transitive_sense_that_is_no_speech_reports_nothing(extractor: Extractor) -> None:
    text = (
        "Governor Jane Roe maintains a large lead over her rival in the latest polls. Roe "
        "continued her attack on the budget plan at a rally in Ohio."
    )
    assert indirect(extractor, text) == []


def test_the_clause_after_a_quote_hung_from_the_same_verb(extractor: Extractor) -> None:
    # pinned parse: the model runs a closing quote into the next sentence and hangs both
    # the quote and the reported clause from "said", the quote first
    words = ["“", "We", "won", ".", "”", "Roe", "said", "she", "may", "run", "."]
    spaces = [False, True, False, False, True, True, True, True, True, False, False]
    heads = [2, 2, 6, 2, 2, 6, 6, 9, 9, 6, 6]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "nsubj", "aux"]
    deps += ["ccomp", "punct"]
    tags = ["``", "PRP", "VBD", ".", "''", "NNP", "VBD", "PRP", "MD", "VB", "."]
    lemmas = ["“", "we", "win", ".", "”", "Roe", "say", "she", "may", "run", "."]
    doc = Doc(extractor.nlp.vocab, words, spaces, tags=tags, lemmas=lemmas, heads=heads, deps=deps)
    spans = list(find_quoted_spans(doc.text).spans)
    (speech,) = reported_speech(doc, LEXICON, spans)
    assert doc.text[speech.start : speech.end] == "she may run"


def test_a_view_reported_through_a_clause(extractor: Extractor) -> None:
    text = (
        "The International Monetary Fund expects that global output will expand by a modest "
        "2 percent next year."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == "global output will expand by a modest 2 percent next year"
    assert (quote.verb, quote.speaker) == ("expects", "International Monetary Fund")
    text = "Senator Jane Roe doubts that the city can close the plant by 2030."
    (quote,) = indirect(extractor, text)
    assert (quote.text, quote.verb) == ("the city can close the plant by 2030", "doubts")


def test_a_view_reported_through_an_object_or_infinitive(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe on Thursday endorsed the governor's plan to raise the minimum wage. "
        "Roe declined to comment on the report."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("the governor's plan to raise the minimum wage", "endorsed"),
        ("to comment on the report", "declined"),
    ]
    assert {q.speaker for q in quotes} == {"Jane Roe"}


def test_a_view_inside_reported_speech_is_that_speech(extractor: Extractor) -> None:
    for text, content in (
        (
            "Jane Roe has said she wants her running mate to have experience in Congress.",
            "she wants her running mate to have experience in Congress",
        ),
        (
            "Jane Roe said voters believe the economy is getting worse.",
            "voters believe the economy is getting worse",
        ),
    ):
        (quote,) = indirect(extractor, text)
        assert (quote.text, quote.verb, quote.speaker) == (content, "said", "Jane Roe")


def test_what_a_verb_reports_through_its_preposition(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe called on Congress to pass the bill before the recess. At the rally, "
        "Roe talked about the rising cost of child care. Roe talked for an hour in Ohio. She "
        "apologized for her remarks about the union leaders."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("Congress to pass the bill before the recess", "called"),
        ("the rising cost of child care", "talked"),
        ("her remarks about the union leaders", "apologized"),
    ]
    assert {q.speaker for q in quotes} == {"Jane Roe"}


def test_what_a_naming_verb_names(extractor: Extractor) -> None:
    text = "Senator Jane Roe called the budget deal a betrayal of working families."
    (quote,) = indirect(extractor, text)
    assert (quote.text, quote.verb, quote.speaker) == (
        "the budget deal a betrayal of working families",
        "called",
        "Jane Roe",
    )


def test_a_thing_that_reports_by_a_pronoun(extractor: Extractor) -> None:
    text = (
        "Acme Corporation has long denied any role in the spill. Even so, it proudly declared "
        "that it had never dumped waste into the river.\n\nThe inspector general released a "
        "report on Monday. The report, which concluded that the firm had broken state rules, "
        "was sent to the governor."
    )
    found = {q.verb: q for q in indirect(extractor, text)}
    assert found["declared"].text == "it had never dumped waste into the river"
    assert found["declared"].speaker_mention is not None
    assert found["declared"].speaker_mention.text == "it"
    assert found["concluded"].text == "the firm had broken state rules"
    assert found["concluded"].speaker_mention is not None
    assert found["concluded"].speaker_mention.text == "The report"


def test_what_a_name_object_is_shown_with(extractor: Extractor) -> None:
    text = (
        "A poll of Iowa voters released by Acme Research on Tuesday showed Roe with a "
        "16-point lead over her closest rival."
    )
    (quote,) = indirect(extractor, text)
    assert (quote.text, quote.verb) == ("Roe with a 16-point lead over her closest rival", "showed")


def test_a_paragraph_labelled_with_its_speaker(extractor: Extractor) -> None:
    text = (
        "Marco Rubio: I Am Not Interested In Being Vice President.\n\n"
        "WASHINGTON — Sen. Marco Rubio ended his campaign on Tuesday.\n\n"
        "Update: The senator left the capital on Wednesday night."
    )
    (quote,) = indirect(extractor, text)
    assert (quote.text, quote.speaker) == (
        "I Am Not Interested In Being Vice President",
        "Marco Rubio",
    )


def test_what_a_leading_in_a_survey_found(extractor: Extractor) -> None:
    text = (
        "In a survey of 800 small businesses in Ohio, most owners were pessimistic about the "
        "next quarter. In the morning, most owners were pessimistic about the next quarter."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == "most owners were pessimistic about the next quarter"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text.startswith("a survey of 800 small businesses")


def test_in_a_statement_the_speaker_of_the_sentence_speaks(extractor: Extractor) -> None:
    text = (
        "In a statement, President Jane Roe condemned the missile test as “provocative and "
        "destabilizing” and a threat to regional security."
    )
    assert {q.speaker for q in extractor.extract(text).quotes} == {"Jane Roe"}


def test_what_a_short_object_is_denied_about(extractor: Extractor) -> None:
    text = "Senator Jane Roe denied any wrongdoing in the land deal on Tuesday."
    (quote,) = indirect(extractor, text)
    assert (quote.text, quote.verb, quote.speaker) == (
        "any wrongdoing in the land deal",
        "denied",
        "Jane Roe",
    )


def test_what_an_object_is_described_as(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe described the city's new budget plan as a betrayal of working families."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text == "the city's new budget plan as a betrayal of working families"
    assert (quote.verb, quote.speaker) == ("described", "Jane Roe")


def test_a_live_blog_time_stamp_is_no_second_subject(extractor: Extractor) -> None:
    """The parser gives "says" two subjects over the blank line, the time stamp first;
    the speaker is the one in the verb's own paragraph."""
    text = (
        "Trump spoke.\n\n___.\n\n9:30 p.m.\n\n"
        "Donald Trump says he may leave the race if he doesn’t do well in next week’s Ohio "
        "primary."
    )
    (quote,) = indirect(extractor, text)
    assert quote.text.startswith("he may leave the race")
    assert quote.speaker == "Donald Trump"


def test_what_a_speaker_casts_someone_as(extractor: Extractor) -> None:
    text = "Senator Jane Roe cast her rival as a career politician who had never run a business."
    (quote,) = indirect(extractor, text)
    assert quote.text == "her rival as a career politician who had never run a business"
    assert (quote.verb, quote.speaker) == ("cast", "Jane Roe")


def test_a_hope_the_model_lemmatizes_as_hop(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe hopes to win the endorsement of the teachers' union. Voters hoping "
        "to see a debate were disappointed, and Roe hoped the station would reconsider."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("to win the endorsement of the teachers' union", "hopes"),
        ("to see a debate", "hoping"),
        ("the station would reconsider", "hoped"),
    ]
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == [
        "Senator Jane Roe",
        "Voters",
        "Roe",
    ]


def test_what_a_speaker_knows_learned_or_thanks_for(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe knows that the bill will fail in the House. Roe learned that the "
        "governor had vetoed the measure. Roe thanked the volunteers for their work on the "
        "campaign. She congratulated the mayor on her re-election."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("the bill will fail in the House", "knows"),
        ("the governor had vetoed the measure", "learned"),
        ("the volunteers for their work on the campaign", "thanked"),
        ("the mayor on her re-election", "congratulated"),
    ]
    assert {q.speaker for q in quotes} == {"Jane Roe"}


def test_a_participle_speaks_for_the_noun_it_describes(extractor: Extractor) -> None:
    text = (
        "Senate Majority Leader Jane Roe issued a statement saying that the Senate should not "
        "vote on a replacement until after the election. Democrats pointed to recent polls "
        "showing a tightening of the race in Ohio."
    )
    quotes = {q.verb: q for q in indirect(extractor, text)}
    statement, polls = quotes["saying"], quotes["showing"]
    assert statement.text == "the Senate should not vote on a replacement until after the election"
    assert statement.speaker == "Jane Roe"
    assert polls.text == "a tightening of the race in Ohio"
    assert polls.speaker_mention is not None and polls.speaker_mention.text == "recent polls"


def test_a_clause_before_a_colon_or_semicolon_is_not_the_speech(extractor: Extractor) -> None:
    text = (
        "The stakes for the campaign are high: Senator Jane Roe said her team had raised "
        "$2 million in January alone. The plan never passed; Roe argued the bill gave the "
        "banks too much power."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("her team had raised $2 million in January alone", "said"),
        ("the bill gave the banks too much power", "argued"),
    ]


def test_what_a_speaker_sees_as_or_sees_that(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe sees the trade deal as a betrayal of factory workers. Roe saw that "
        "the plan would fail in the House. Last week Roe saw a surge in donations from small "
        "donors. Roe saw the party take over the House."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("the trade deal as a betrayal of factory workers", "sees"),
        ("the plan would fail in the House", "saw"),
    ]


def test_any_object_takes_the_phrases_after_it(extractor: Extractor) -> None:
    text = (
        "Worried the country might miss its target, the German government proposed a steep "
        "new levy last year on the most heavily polluting coal plants."
    )
    quotes = {q.verb: q for q in indirect(extractor, text)}
    assert quotes["proposed"].text == (
        "a steep new levy last year on the most heavily polluting coal plants"
    )


def test_a_verb_after_an_adjective_speaks_through_its_subject(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe was quick to point out that none of the apps were made in America. "
        "Her rival, John Doe, was eager to say the plan had failed."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb, q.speaker) for q in quotes] == [
        ("none of the apps were made in America", "point", "Jane Roe"),
        ("the plan had failed", "say", "John Doe"),
    ]


def test_what_a_speaker_recognizes_understands_or_offers(extractor: Extractor) -> None:
    text = (
        "Senator Jane Roe recognized that the party had lost touch with rural voters. Roe "
        "offered to resign from the committee, and she understands that the vote will be close."
    )
    quotes = indirect(extractor, text)
    assert [(q.text, q.verb) for q in quotes] == [
        ("the party had lost touch with rural voters", "recognized"),
        ("to resign from the committee", "offered"),
        ("the vote will be close", "understands"),
    ]
    assert {q.speaker for q in quotes} == {"Jane Roe"}
