"""Who said a quote, in the shapes of news text that name the speaker away from the quote
or with words the reporting verbs alone do not cover (invented sentences, real shapes)."""

from __future__ import annotations

from quote_facts import mention, quotes
from spacy.tokens import Doc

from newsfacts.extract.quotes.frames import subject_of
from newsfacts.pipeline.extractor import Extractor


def test_trailing_after_a_quote_that_ends_in_a_nested_question(extractor: Extractor) -> None:
    text = (
        "“When the flooding started and she heard about it, her first words were, ‘How can "
        "we help the families?’” Martha Quill told reporters on Tuesday."
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Martha Quill"
    assert quote.verb == "told"


def test_a_participle_of_saying_speaks_for_the_main_clause_subject(
    extractor: Extractor,
) -> None:
    text = (
        "Singer Tove Lund shared the news on social media last week, writing “Feels great to "
        "stand behind someone I trust. This is a woman of her word.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Singer Tove Lund"


def test_a_quoted_title_before_the_verb_does_not_hide_its_subject(
    extractor: Extractor,
) -> None:
    text = (
        "On Monday, Nadia Ferrante posted the reading list of a seminar called “Ethics” on "
        "her blog, writing “Let me save the columnist some time. Here is the list.”"
    )
    speech = [q for q in quotes(extractor, text) if q.kind == "direct"]
    assert [mention(q) for q in speech] == ["Nadia Ferrante"]


def test_a_paragraph_ending_in_a_colon_introduces_the_next_one(extractor: Extractor) -> None:
    text = (
        "When the panel turned to gossip, Senator Holt took the moderators to task:\n\n"
        "“These questions show exactly why voters have stopped trusting the networks.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Senator Holt"


def test_verbs_of_manner_credit_the_quote_before_them(extractor: Extractor) -> None:
    text = (
        "“Look at how many of them came out tonight,” Dana Pike said.\n\n"
        "“They came because somebody promised them a free lunch,” Lou Marsh shot back.\n\n"
        "“We won the county by nine points!” Pike beamed."
    )
    first, second, third = quotes(extractor, text)
    assert (mention(first), mention(second), mention(third)) == ("Dana Pike", "Lou Marsh", "Pike")


def test_a_verb_with_its_particle_reports_a_quote(extractor: Extractor) -> None:
    text = (
        "“We should start the program again, and we should start it this morning,” the "
        "governor went on.\n\n"
        "As the Valley Courier put it, “The mayor has still not released a single tax return.”"
    )
    first, second = quotes(extractor, text)
    assert mention(first) == "the governor"
    assert mention(second) == "the Valley Courier"


def test_a_phrasal_verb_before_a_colon_names_the_speaker(extractor: Extractor) -> None:
    text = (
        "When Ortiz suggested that the city would sue the county, Mayor Bell fired back "
        "forcefully: “If they take us to court, they are going to lose.”"
    )
    speech = [q for q in quotes(extractor, text) if q.kind == "direct"]
    assert [mention(q) for q in speech] == ["Mayor Bell"]


def test_a_written_statement_is_no_verb_of_saying(extractor: Extractor) -> None:
    text = (
        "Rowan told the Harbor Gazette in a written statement, “I do not want his "
        "endorsement, because he does not stand for strength.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Rowan"


def test_a_dash_credit_on_the_next_line_names_the_speaker(extractor: Extractor) -> None:
    text = (
        "Both candidates repeated their favourite lines.\n\n"
        '"Big banks and big insurers . . . pay almost nothing in taxes."\n\n'
        "- Ferris.\n\n"
        'Ferris has called the tax code "a racket for the rich."\n\n'
        "- Wire report."
    )
    first, second = quotes(extractor, text)
    assert mention(first) == "Ferris"
    assert mention(second) == "Ferris"


def test_a_speaker_set_off_by_commas_speaks_the_partial_quote(extractor: Extractor) -> None:
    text = (
        "“We are trying to be patient,” Tripp said. The coastal district, he said, was "
        "“where we finally have a chance to win.”"
    )
    partial = next(q for q in quotes(extractor, text) if q.kind == "partial")
    assert mention(partial) == "he"


def test_a_partial_quote_belongs_to_the_clause_that_uses_it(extractor: Extractor) -> None:
    text = (
        "Nothing much changed at the forum: Gomez was sharper than before, even if he kept "
        "most of his energy for the cause of “real border security.”\n\n"
        'On Saturday, Lindqvist issued a statement saying that the judge was "a brilliant '
        'jurist and a kind man."'
    )
    first, second = quotes(extractor, text)
    assert mention(first) == "he"
    assert mention(second) == "Lindqvist"


def test_a_relative_clause_after_the_speaker_keeps_the_continuation(
    extractor: Extractor,
) -> None:
    text = (
        '"She never asked the team what it thought," said one former manager who requested '
        'anonymity. "Once she had decided, the matter was closed."'
    )
    first, second = quotes(extractor, text)
    assert mention(first) == mention(second) == "one former manager"


def test_markup_attribute_values_are_no_quotes(extractor: Extractor) -> None:
    text = (
        "A witness posted the scanner traffic.\n\n"
        '<tweet id="671234567890123456" author="@NightDesk" datetime="2015-12-02">Suspect '
        "seen leaving in a dark SUV</tweet>.\n\n"
        '"We are still looking for the second vehicle," the chief said.'
    )
    (quote,) = quotes(extractor, text)
    assert quote.text == "We are still looking for the second vehicle"


def test_verbs_that_credit_only_after_a_quote(extractor: Extractor) -> None:
    text = (
        "The plant closed in the spring.\n\n"
        "“We were proud of the work our team did there,” remembered Jane Roe, the firm’s "
        "former spokeswoman.\n\n"
        '"Hey, hey! Ho, ho! The mayor has got to go!" some protesters chanted as they marched.'
    )
    first, second = quotes(extractor, text)
    assert (first.verb, mention(first)) == ("remembered", "Jane Roe")
    assert (second.verb, mention(second)) == ("chanted", "some protesters")


def test_a_verb_of_saying_inside_another_s_reported_clause_is_the_reporter_s(
    extractor: Extractor,
) -> None:
    # the parser hangs "saying" and "added" from the verbs of what was said
    text = (
        "The town council met on Monday.\n\n"
        "A top strategist said Jane Roe will have to choose a side soon, saying, “At some "
        "point she is going to have to come out and say where she stands.”\n\n"
        "Lou Marsh said it was too early to congratulate the winners but added, “I think you "
        "all have an idea of the results.”"
    )
    first, second = [q for q in quotes(extractor, text) if q.kind == "direct"]
    assert mention(first) == "A top strategist"
    assert mention(second) == "Lou Marsh"


def test_a_name_after_a_digest_headline_s_dash_is_the_source(extractor: Extractor) -> None:
    text = (
        "The polls were closed on Monday.\n\n"
        "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Jane Roe and Lou Marsh: “Although "
        "the polls failed to predict the win, it is not because they were wrong.”\n\n"
        "Pollsters agree - Dana Pike: “One of the biggest lessons was a simple one.”"
    )
    first, second = quotes(extractor, text)
    assert mention(first) == "Lou Marsh"
    assert mention(second) == "Dana Pike"


def test_who_issued_a_text_speaks_through_it(extractor: Extractor) -> None:
    text = (
        "The town council met on Monday.\n\n"
        "To sell the courses, Jane Roe released a video that said, “We are going to hire "
        "the best teachers in the state.”\n\n"
        "Her campaign quickly sent out an email to supporters stating, “The fight goes on "
        "and we will win it.”"
    )
    first, second = quotes(extractor, text)
    assert mention(first) == "Jane Roe"
    assert mention(second) == "Her campaign"


def test_the_speaker_after_a_partial_quote_outranks_a_subject_before_it(
    extractor: Extractor,
) -> None:
    text = (
        "Sen. Jane Roe, appearing on television right after the speech, said the president "
        "failed to address the threats. Nothing the president said “will calm people's "
        "fears,” the senator said."
    )
    partial = [q for q in quotes(extractor, text) if q.text.startswith("will calm")]
    assert [mention(q) for q in partial] == ["the senator"]


def test_a_verb_with_its_particle_speaks_a_partial_quote_in_its_clause(
    extractor: Extractor,
) -> None:
    text = (
        "The host spoke on Monday. The radioman pointed out that Roe was once an advocate "
        "for many of the policies Marsh has campaigned against, including “big government, "
        "bailouts, executive orders, not just taxes but higher taxes, stimulus, amnesty.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "The radioman"


def test_a_frame_that_introduces_the_next_quote_leaves_this_one_to_its_own(
    extractor: Extractor,
) -> None:
    text = (
        "The emails were released on Friday.\n\n"
        "Roe responds to Marsh with, “Why now? That was on my way to the airport?” Marsh "
        "then writes back, “You look great.”"
    )
    first, second = quotes(extractor, text)
    assert (mention(first), mention(second)) == ("Roe", "Marsh")


def test_a_quote_after_a_clause_of_the_narration_is_its_subject_s(
    extractor: Extractor,
) -> None:
    text = (
        "The deal was signed on Monday.\n\n"
        "Jane Roe, the head of the refugee agency, reacted skeptically to the deal, “I am "
        "concerned about any agreement that sends everyone back.”\n\n"
        "Lou Marsh circled the ship as his friends jeered, “Goodbye and good luck to you!”\n\n"
        "Reviewers have been reading Dana Pike's new book, “How to Make the Town Great "
        "Again,” since it came out."
    )
    found = {q.text: mention(q) for q in quotes(extractor, text)}
    assert found["I am concerned about any agreement that sends everyone back."] == "Jane Roe"
    assert found.get("Goodbye and good luck to you!") != "Lou Marsh"
    assert "Dana Pike" not in found.values()


def test_of_two_subjects_the_inverted_one_after_the_verb_speaks(extractor: Extractor) -> None:
    text = (
        "The vote is on Tuesday.\n\n"
        'The rejection of the treaty signals "the beginning of the end" for the union, said '
        "Dana Pike, founder of the party."
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Dana Pike"


def test_of_two_subjects_a_dateline_is_not_the_speaker(extractor: Extractor) -> None:
    # pinned parse: the model takes the dateline for a second subject of "said"
    words = ["LONDON", "(", "Reuters", ")", "-", "Roe", "said", "it", "was", "over", "."]
    heads = [6, 2, 0, 2, 0, 6, 6, 8, 6, 8, 6]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "nsubj", "ROOT", "nsubj", "ccomp"]
    deps += ["acomp", "punct"]
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    subject = subject_of(doc[6])
    assert subject is not None and subject.text == "Roe"


def test_a_dash_that_goes_on_with_the_sentence_credits_no_one(extractor: Extractor) -> None:
    text = (
        "The convention closed on Thursday.\n\n"
        "When Roe finally wrapped up — “I will fight for you, and I will win for you!” — the "
        "balloons cascaded down on the crowd.\n\n"
        "“We won the state,” — Jane Roe, at the rally."
    )
    first, second = quotes(extractor, text)
    assert (mention(first), mention(second)) == ("Roe", "Jane Roe")


def test_a_verb_joined_to_a_passive_one_shares_its_subject(extractor: Extractor) -> None:
    text = (
        "The rally ran late.\n\n"
        "As the crowd began to chant, Dana Pike was joined on stage again by Sen. Lou Marsh "
        "and joked, “You are being ridiculous,” drawing loud jeers."
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Dana Pike"


def test_a_statement_that_names_its_sender_speaks_for_the_sender(extractor: Extractor) -> None:
    text = (
        "The primary was on Tuesday.\n\n"
        "In addition, a fundraising email sent out by Jane Roe on Tuesday night warned of the "
        "tough fight ahead: “There are 14 primaries over the next three weeks, and we must "
        "win them.”"
    )
    (quote,) = quotes(extractor, text)
    assert mention(quote) == "Jane Roe"
