"""The pure quote-mark core: pairing marks in strings, no spaCy involved."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.quotes.marks import (
    QUOTE_CHARS,
    SpanIndex,
    expects_attribution_after,
    find_quoted_spans,
    paragraph_ranges,
    without_marks,
)


def quoted(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_quoted_spans(text).spans]


def test_curly_quote_without_the_attribution_comma() -> None:
    text = "“Our budgets are reflective of our values,” said Serna."
    assert quoted(text) == ["Our budgets are reflective of our values"]


def test_mixed_curly_and_straight_marks_pair() -> None:
    text = (
        '“Body cameras can help increase public trust," state Sen. Joe Cryan said. '
        '“As a former sheriff, I can tell you I referred to body cameras."'
    )
    assert quoted(text) == [
        "Body cameras can help increase public trust",
        "As a former sheriff, I can tell you I referred to body cameras.",
    ]


def test_straight_marks_without_spaces_around_them() -> None:
    text = (
        'Ashjian said he did the right thing."I don\'t know that I am pleased with it."In late '
        "December, Hanson announced he was going to resign."
    )
    assert quoted(text) == ["I don't know that I am pleased with it."]


def test_guillemets_and_doubled_apostrophes_are_double_marks() -> None:
    assert quoted("Il a dit « nous verrons » hier.") == ["nous verrons"]
    assert quoted("''It was destined to fail,'' Mr. Rubio said.") == ["It was destined to fail"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "The city’s refusal to honor detainers and the officers’ union in the ’90s don’t matter."
    scan = find_quoted_spans(text)
    assert scan.spans == () and scan.unbalanced == 0


def test_quote_runs_over_paragraphs_reopened_by_a_mark() -> None:
    text = "He said: “First part of the statement.\n\n“Second part of it.”\n\nAfter."
    scan = find_quoted_spans(text)
    (span,) = scan.spans
    assert span.paragraphs == 2
    assert text[span.start : span.end].startswith("First part")
    assert text[span.start : span.end].endswith("Second part of it.")


def test_quote_runs_into_a_paragraph_that_closes_it() -> None:
    """dev-12: Marks's statement runs into a second paragraph with no reopening mark."""
    text = (
        "Marks said in a statement: “The amendments were not considered.\n\n"
        "A federalization of local public safety functions is a serious issue.”"
    )
    (span,) = find_quoted_spans(text).spans
    assert text[span.start : span.end].endswith("is a serious issue.")
    assert span.paragraphs == 2


def test_nested_single_quote_is_reported_with_depth_one() -> None:
    text = (
        "The office put out a statement: “Kamenetz issued the following statement:\n\n"
        "‘My Executive Order promotes public safety.'”"
    )
    spans = find_quoted_spans(text).spans
    assert [(text[s.start : s.end][:13], s.depth) for s in spans] == [
        ("Kamenetz issu", 0),
        ("My Executive ", 1),
    ]


@pytest.mark.parametrize(
    ("text", "unbalanced"),
    [
        ('Protesters said the deal "can put immigrants at risk.\n\nThe contract ends.', 1),
        ("A stray closing mark” in the middle.", 1),
        ("“One”, “two” and “three", 1),
        ("", 0),
        ("“", 1),
    ],
)
def test_unbalanced_marks_are_counted_never_raised(text: str, unbalanced: int) -> None:
    assert find_quoted_spans(text).unbalanced == unbalanced


def test_balanced_quotes_survive_an_unbalanced_one() -> None:
    assert quoted("“One,” he said, and “two” and “three") == ["One", "two"]


def test_paragraphs_are_lines_unless_the_text_uses_blank_lines() -> None:
    assert paragraph_ranges("one\ntwo") == [(0, 3), (4, 7)]
    assert paragraph_ranges("one\nwrapped\n\ntwo") == [(0, 11), (13, 16)]


def test_attribution_expected_after_comma_question_or_dash() -> None:
    for text, expected in [
        ("“We want them to trust us,” said McCoy.", True),
        ("“Do we have it to spend?” said Webber.", True),
        ("“Our values.” — Supervisor Phil Serna", True),
        ("“I cannot allow the agreement to continue.” The city", False),
    ]:
        (span,) = find_quoted_spans(text).spans
        assert expects_attribution_after(text, span) is expected, text


def test_attribution_expected_after_a_nested_quote_that_asks() -> None:
    for text, expected in [
        ("“Her first words were, ‘How can we help?’” Quill said.", True),
        ("“He called it 'a tax,' \" Quill said.", True),
        ("“Her words were ‘stay home.’” The city", False),
    ]:
        span = find_quoted_spans(text).spans[0]
        assert span.depth == 0, text
        assert expects_attribution_after(text, span) is expected, text


def test_marks_glued_to_a_name_are_trimmed() -> None:
    assert without_marks('"Hanson', 0, 7) == (1, 7)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,:\n“”\"'‘’«»`")), max_size=60))
def test_any_string_pairs_without_raising(text: str) -> None:
    scan = find_quoted_spans(text)
    assert scan.unbalanced >= 0
    for span in scan.spans:
        assert 0 <= span.open_at < span.start <= span.end <= span.close_at <= len(text)
        if span.close_length:
            assert text[span.close_at] in QUOTE_CHARS + "`"
        else:  # a statement closed at its paragraph's end, the closing mark missing
            assert span.close_at == span.end


def test_statement_without_its_closing_mark_ends_with_its_paragraph() -> None:
    """British and wire copy drop the closing mark of a statement that ends a paragraph."""
    text = (
        'The fund said in a statement:\n\n"All the targets for the review were met.\n\n'
        "The loan brings the total to $1bn."
    )
    assert quoted(text) == ["All the targets for the review were met."]
    assert find_quoted_spans(text).unbalanced == 0


def test_multi_paragraph_quote_whose_last_paragraph_lacks_its_closing_mark() -> None:
    text = 'Roe said: "We will appeal.\n\n"We will fight on.\n\nThe court sits in May.'
    assert quoted(text) == ['We will appeal.\n\n"We will fight on.']


@pytest.mark.parametrize(
    ("tail", "words"),
    [
        (", said Jane Roe, the commissioner.", "We are pleased the case can move on"),
        (", Jane Roe said.", "We are pleased the case can move on"),
        (", said hello and left.", "We are pleased the case can move on, said hello and left."),
    ],
)
def test_a_missing_closing_mark_before_the_attribution_of_the_last_sentence(
    tail: str, words: str
) -> None:
    """Wire copy that drops the mark before ", said X": the quote ends at that comma; a
    lower-case word after "said" is still quoted speech."""
    words_before = "Competition matters. We are pleased the case can move on"
    text = f'Experts spoke on Monday.\n\n"{words_before}{tail}'
    assert quoted(f"{text}\n\nNext paragraph.") == [f"Competition matters. {words}"]


def test_an_open_mark_inside_a_sentence_is_not_closed_at_the_paragraph_end() -> None:
    text = 'The plan was "bold and the rest of it was not.\n\nNext paragraph.'
    assert quoted(text) == []
    assert find_quoted_spans(text).unbalanced == 1


def test_doubled_straight_mark_before_a_word_opens_one_quote() -> None:
    text = 'A spokesman for the firm said: ""We accept these findings in full."'
    assert quoted(text) == ["We accept these findings in full."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe said: «Nous restons.» Then he left.", ["Nous restons."]),
        (
            "Roe said: \u2018We have been \u201chonest\u201d with you.\u2019",
            ["We have been “honest” with you.", "honest"],
        ),
        ('Roe said, “We stay here." Then he left.', ["We stay here."]),
    ],
)
def test_guillemets_british_single_nesting_and_mixed_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('ab .,:\n“”"‘’')), max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_span_index_answers_as_a_scan_of_every_quote(text: str, first: int, second: int) -> None:
    spans = list(find_quoted_spans(text).spans)
    index = SpanIndex(spans)
    start, end = sorted((first, second))
    holding = [span for span in spans if span.start <= start < span.end]
    assert sorted(index.holding(start), key=id) == sorted(holding, key=id)
    outer = [span for span in spans if span.depth == 0]
    scanned = sum(max(0, min(s.end, end) - max(s.start, start)) for s in outer)
    assert index.quoted_chars(start, end) == scanned
