"""Whole articles through the real pipeline: every quote out, each with its speaker."""

from __future__ import annotations

import json
from pathlib import Path

from newsfacts.models import ArticleRecord, Quote
from newsfacts.pipeline.extractor import Extractor

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
WHYY_SPEAKERS = [
    ("Such practices sow fear and distrust", "Jim Kenney"),
    ("I cannot in good conscience allow", "Jim Kenney"),
    ("deeply disappointed", "U.S. Immigration and Customs Enforcement"),
    ("As it has been repeatedly stated", "U.S. Immigration and Customs Enforcement"),
    ("The city’s refusal to honor detainers", "U.S. Immigration and Customs Enforcement"),
    ("apprehend criminal aliens", "U.S. Immigration and Customs Enforcement"),
    ("As a result of this process", "Marcel Pratt"),
    ("This practice is antithetical to Philadelphia’s", "Marcel Pratt"),
    ("The use of it was immoral", "Miguel Andrade"),
    ("They were using it to hunt", "Miguel Andrade"),
    ("reasonable, rational and equitable", None),
]


def quoted(record: ArticleRecord) -> list[Quote]:
    return [q for q in record.quotes if q.kind != "indirect"]


def sample(extractor: Extractor, name: str) -> ArticleRecord:
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    return extractor.extract(text, id=name)


def test_whyy_eleven_direct_quotes_with_their_speakers(whyy_record: ArticleRecord) -> None:
    found = [(q.text, q.speaker) for q in quoted(whyy_record)]
    assert len(found) == len(WHYY_SPEAKERS)
    for (text, speaker), (start, expected) in zip(found, WHYY_SPEAKERS, strict=True):
        assert start in text
        assert speaker == expected, start


def test_whyy_facts_carry_evidence_and_confidence(whyy_record: ArticleRecord) -> None:
    text = whyy_record.text or ""
    for quote in whyy_record.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert 0 < quote.confidence <= 1
        if quote.speaker_mention:
            mention = quote.speaker_mention
            assert text[mention.start : mention.end] == mention.text


def test_messy_paragraph_without_spaces_after_quotes(extractor: Extractor) -> None:
    """dev-11: one paragraph, no spaces around the marks; one quote is Hanson's email
    read out by Ashjian."""
    record = sample(extractor, "dev-11")
    speakers = [q.speaker for q in quoted(record)]
    assert speakers == [
        "Brooke Ashjian",
        "Michael Hanson",
        "Brooke Ashjian",
        "Michael Hanson",
        "Michael Hanson",
    ]


def test_multi_paragraph_quote_and_a_statement_quoted_inside_it(extractor: Extractor) -> None:
    """dev-12: Marks's statement runs over two paragraphs (one quote a paragraph, both
    his); the county executive's office quotes Kamenetz's statement inside its own."""
    record = sample(extractor, "dev-12")
    opening, closing, office, kamenetz = quoted(record)
    assert opening.text.startswith("Tonight, the Baltimore County Council voted")
    assert closing.text.endswith("likely veto.")
    assert "\n" not in opening.text and "\n" not in closing.text
    assert opening.speaker == closing.speaker == "David Marks"
    assert office.speaker_mention is not None
    assert office.speaker_mention.text == "The county executive’s office"
    assert kamenetz.text.startswith("My Executive Order promotes public safety")
    assert kamenetz.speaker == "Kevin Kamenetz"


def test_article_without_quotes(extractor: Extractor) -> None:
    text = (
        "The current contract is set to expire Aug. 31. ICE pays the city about $5,500 a year "
        "to access the database.\n\nThe city must pass an approved budget by the end of the year."
    )
    record = extractor.extract(text)
    assert record.quotes == []
    assert not any(w.startswith("W003") for w in record.warnings)


def test_unbalanced_mark_gives_a_warning_and_no_quote(extractor: Extractor) -> None:
    text = (
        'Protesters at City Hall said the agreement "can put immigrants at risk of deportation.'
        "\n\nThe current contract is set to expire Aug. 31."
    )
    record = extractor.extract(text)
    assert quoted(record) == []
    assert "W003 1 unbalanced quote mark(s) ignored" in record.warnings


def test_quotes_inside_boilerplate_are_skipped(extractor: Extractor) -> None:
    text = (
        "“The use of it was immoral,” Andrade said.\n\n"
        "WHYY is your source for fact-based, in-depth journalism and information. "
        "“Please give today,” the station said."
    )
    assert [q.text for q in quoted(extractor.extract(text))] == ["The use of it was immoral"]


def test_facts_on_the_doc_are_plain_json(extractor: Extractor) -> None:
    doc = extractor.nlp((SAMPLES / "dev-02.txt").read_text(encoding="utf-8"))
    facts = doc._.newsfacts_quotes
    assert facts and json.loads(json.dumps(facts)) == facts
