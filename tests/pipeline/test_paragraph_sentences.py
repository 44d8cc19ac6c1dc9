"""Each paragraph, and the words after a dateline that opens one, start a sentence: a
headline without a full stop is not parsed into the paragraph below it."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor
from newsfacts.pipeline.tokens import make_doc

HEADLINE = (
    "Riverton council vote to cut property tax by 15%\n\n"
    "Riverton Town Councillors have voted to cut the local property tax by 15%."
)


def test_tokens_a_paragraph_after_a_blank_line_starts_a_sentence(extractor: Extractor) -> None:
    doc = make_doc(extractor.nlp, HEADLINE)
    starts = [token.text for token in doc if token.is_sent_start]
    assert starts == ["Riverton", "Riverton"]


def test_tokens_a_dateline_opening_a_paragraph_is_a_sentence_of_its_own(
    extractor: Extractor,
) -> None:
    """ "Springfield, Freedonia - The board said": the place is not the verb's subject; a
    hyphen inside a word ("Al-Shabaab", "D-Riverside") is no dateline's dash."""
    doc = make_doc(extractor.nlp, "Springfield, Freedonia - The Acme Corp board met on Friday.")
    assert [token.text for token in doc if token.is_sent_start] == ["Springfield", "The"]
    doc = make_doc(extractor.nlp, "Rep. Robert Smith, D-Riverside, spoke on Friday.")
    assert [token.text for token in doc if token.is_sent_start] == ["Rep."]


def test_extract_a_headline_does_not_take_the_subject_of_the_first_sentence(
    extractor: Extractor,
) -> None:
    stances = extractor.extract(HEADLINE).stances
    assert [(s.holder, s.polarity, s.target) for s in stances] == [
        ("Riverton Town Councillors", "support", "cutting the local property tax")
    ]
