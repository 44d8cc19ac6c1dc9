"""Sentences the parser glues across a blank line, and questions inside a sentence, on
invented sentences of real shapes with the real model: a headline's verb takes no target
from the dateline, a cue is read in one paragraph, and a quoted question takes no stance."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def stances(extractor: Extractor, text: str) -> list[tuple[str, str, str, str]]:
    doc = extractor.nlp(text)
    assert not doc._.newsfacts_failures, doc._.newsfacts_failures
    assert doc._.newsfacts_stances is not None, "the stances stage did not run"
    return [(s["holder"], s["polarity"], s["target"], s["cue"]) for s in doc._.newsfacts_stances]


def test_candidates_headline_verb_takes_no_target_from_the_dateline(
    extractor: Extractor,
) -> None:
    text = (
        "AfDB board approves $200 mn loan for Zambia\n\nPublished Mar 3, 2024 09:40 am\n\n"
        "Abidjan, Ivory Coast - The African Development Bank's board announced on Tuesday "
        "the approval of the loan."
    )
    found = stances(extractor, text)
    assert found, "the headline's approval is still read"
    assert not [s for s in found if "Abidjan" in s[2]], found


def test_candidates_cue_read_within_one_paragraph(extractor: Extractor) -> None:
    text = (
        "Telstra inks five-year Qantas sponsorship deal\n\n"
        "Telstra has signed a five-year deal with Qantas as its main partner."
    )
    assert stances(extractor, text) == [
        ("Telstra", "support", "a five-year deal with Qantas", "has signed")
    ]


def test_candidates_question_inside_a_sentence_takes_no_stance(extractor: Extractor) -> None:
    text = (
        "Governor Tom Adeyemi said the audit was late. “After three audits, the real issue "
        "is, why were these contracts awarded?” he asked reporters."
    )
    assert not [s for s in stances(extractor, text) if "contracts" in s[2]]
