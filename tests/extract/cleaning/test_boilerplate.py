"""The cleaning stage marks boilerplate inside article bodies and leaves the story alone."""

from __future__ import annotations

import pytest

from newsfacts.extract.cleaning.boilerplate import BoilerplateRules, boilerplate_ranges
from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

RULES = BoilerplateRules.load("boilerplate.json")


@pytest.mark.parametrize(
    "line",
    [
        "Listen 2:33",
        "Updated 3:35 p.m.",
        "(Published 06 May 2020, 21:20 IST)",
        "Last updated: 12/03/2020 14:05",
        "Philadelphia Mayor Jim Kenney announces a coming end to the city's data-sharing "
        "contract with ICE (Tom MacDonald/WHYY)",
        "WHYY is your source for fact-based, in-depth journalism and information. As a nonprofit "
        "organization, we rely on financial support from readers like you. Please give today.",
        "Want a digest of WHYY’s programs, events & stories? Sign up for our weekly newsletter.",
        "Together we can reach 100% of WHYY’s fiscal year goal",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Additional reporting by Steve Gorman; Editing by Marguerita Choy and Nick Zieminski",
        "© Thomson Reuters 2020",
        "Related",
        "(TM and © Copyright 2013 CBS Radio Inc. and its relevant subsidiaries. All Rights "
        "Reserved. This material may not be published, broadcast, rewritten, or redistributed.)",
    ],
)
def test_cleaning_marks_boilerplate_lines(line: str) -> None:
    assert RULES.matches(line)


@pytest.mark.parametrize(
    "line",
    [
        "The current contract is set to expire Aug. 31. ICE pays the city about $5,500 a year.",
        "By Friday, the council will vote on the budget.",
        "Published in 1990, the report said the city would lose its budget by 1995.",
        "Kenney said his administration has been concerned about ICE’s use of the database.",
        "Quinn had said repeatedly she has enough votes to override a veto.",
        "Related lawsuits were filed in Denver and Boston.",
        "Our standards for the city are high, the mayor said.",
    ],
)
def test_cleaning_leaves_story_lines_alone(line: str) -> None:
    assert not RULES.matches(line)


def test_cleaning_ranges_point_into_the_original_text() -> None:
    text = "Story line one.\n\n  Listen 2:33  \nStory line two."
    [(start, end)] = boilerplate_ranges(text, RULES)
    assert text[start:end] == "Listen 2:33"


def test_cleaning_keeps_facts_out_of_boilerplate(whyy_record: ArticleRecord) -> None:
    assert whyy_record.text is not None
    pitch_start = whyy_record.text.index("WHYY is your source")
    caption_end = whyy_record.text.index("Updated 3:35")
    for actor in whyy_record.actors:
        for mention in actor.mentions:
            assert mention.start < pitch_start
            assert not (whyy_record.text.index("Listen 2:33") <= mention.start < caption_end)


def test_cleaning_never_changes_the_text(extractor: Extractor) -> None:
    text = "Listen 2:33\r\nMayor Jane Doe said the city would act.\r\n\r\nPlease give today."
    record = extractor.extract(text)
    assert record.text == text


def test_cleaning_records_a_non_english_article_with_a_warning(extractor: Extractor) -> None:
    record = extractor.extract(
        "El alcalde de la ciudad anunció el lunes que el contrato con la agencia no será "
        "renovado. La decisión fue recibida con alegría por los grupos que protestaban frente "
        "al ayuntamiento desde hace semanas y meses."
    )
    assert record.language == "es"
    assert any(w.startswith("W002") for w in record.warnings)


def test_cleaning_english_article_has_no_language_warning(whyy_record: ArticleRecord) -> None:
    assert whyy_record.language == "en"
    assert not any(w.startswith("W002") for w in whyy_record.warnings)


def test_cleaning_a_pitch_in_a_story_without_line_breaks_marks_only_its_sentence() -> None:
    story = "The council approved the budget on Tuesday after a long debate. " * 20
    pitch = "Sign up for our politics newsletter and stay informed every morning."
    text = f"{story}{pitch} Mayor Jane Roe said the vote was a win for the city."
    [(start, end)] = boilerplate_ranges(text, BoilerplateRules.load())
    assert text[start:end] == pitch


def test_cleaning_a_paragraph_repeated_verbatim_is_marked_from_its_second_copy() -> None:
    standfirst = "The council approved a $59 million budget for parks on Monday."
    text = f"{standfirst}\nHe said no.\n{standfirst}\nHe said no.\n"
    [(start, end)] = boilerplate_ranges(text, RULES)
    assert start == text.index(standfirst, 1) and text[start:end] == standfirst


def test_cleaning_a_paragraph_repeated_far_below_the_top_is_the_story() -> None:
    refrain = "The council approved a $59 million budget for parks on Monday."
    story = "\n".join(f"Story line number {n} goes on here." for n in range(8))
    assert boilerplate_ranges(f"{refrain}\n{story}\n{refrain}\n", RULES) == []
