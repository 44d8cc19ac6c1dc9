"""The words of a target phrase: a noun with the clause that says what its decision, plan
or claim is, without the participles and relative clauses that only describe it."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def _targets(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    record = extractor.extract(text, id="t")
    return [(s.holder, s.polarity, s.target) for s in record.stances]


def test_target_phrases_keep_what_a_decision_is(extractor: Extractor) -> None:
    """ "criticized the decision to close the hospital": closing the hospital is what the
    decision is, so it is part of the target."""
    text = "Senator Maria Lopez criticized the decision to close the county hospital."
    assert ("Maria Lopez", "oppose", "the decision to close the county hospital") in _targets(
        extractor, text
    )


def test_target_phrases_keep_what_a_claim_says(extractor: Extractor) -> None:
    """ "rejected the claim that the tax is fair": the claim's content is its target."""
    text = "Governor Tom Reed rejected the claim that the new fuel tax is fair."
    assert ("Tom Reed", "oppose", "the claim the new fuel tax is fair") in _targets(extractor, text)


def test_target_phrases_leave_out_a_describing_participle(extractor: Extractor) -> None:
    """ "praised the report released by the agency": the participle describes the report."""
    text = "Senator Maria Lopez praised the report released by the agency on Monday."
    assert ("Maria Lopez", "support", "the report") in _targets(extractor, text)


def test_target_phrases_take_what_a_speaker_is_hopeful_of(extractor: Extractor) -> None:
    """ "I'm hopeful we can pass a bill": the speaker's hope is toward the bill passing, not
    toward the speaker."""
    text = (
        "“I'm hopeful we can pass a bill on the county roads this spring,” said Senator "
        "Maria Lopez."
    )
    targets = _targets(extractor, text)
    assert ("Maria Lopez", "support", "we can pass a bill on the county roads this spring") in (
        targets
    )
    assert all(target != "I" for _, _, target in targets)


def test_target_phrases_take_what_a_speaker_is_confident_in(extractor: Extractor) -> None:
    """ "I am confident in the plan's chances": the plan's chances are the target."""
    text = "“I am confident in the plan's chances at the council,” said Senator Maria Lopez."
    assert ("Maria Lopez", "support", "the plan's chances") in _targets(extractor, text)


def test_target_phrases_keep_the_judged_subject_of_another(extractor: Extractor) -> None:
    """ "they were wrong in certain areas" judges them: only a speaker's own feelings turn
    onto what they are about."""
    text = (
        "The health agency issued new rules. “They were wrong in certain areas,” said "
        "Senator Maria Lopez."
    )
    assert ("Maria Lopez", "oppose", "They") in _targets(extractor, text)


def test_target_phrases_name_what_a_bare_plan_points_back_to(extractor: Extractor) -> None:
    """ "said the plan was a disaster", two sentences after "unveiled a housing plan for the
    county": the article named the plan, so the target says which plan it is."""
    text = (
        "Senator Maria Lopez unveiled a housing plan for the county. "
        "Mr. Tom Reed spoke on Monday. "
        "Ms. Gail Park, the mayor, said the plan was a disaster."
    )
    assert ("Gail Park", "oppose", "the plan (a housing plan for the county)") in _targets(
        extractor, text
    )


def test_target_phrases_spell_out_an_initialism_the_article_wrote_out(
    extractor: Extractor,
) -> None:
    """ "tried to repeal the ACA" after "the Affordable Care Act": the target is the law by
    the name the article gave it, not its letters."""
    text = (
        "The Affordable Care Act was passed in 2010. "
        "Senator Maria Lopez has tried to repeal the ACA ever since."
    )
    assert ("Maria Lopez", "oppose", "the Affordable Care Act") in _targets(extractor, text)


def test_target_phrases_keep_an_initialism_never_written_out(extractor: Extractor) -> None:
    """An initialism the article never spells out stays as written."""
    text = "Senator Maria Lopez has tried to repeal the ACA ever since it passed."
    assert ("Maria Lopez", "oppose", "the ACA") in _targets(extractor, text)


def test_target_phrases_what_a_holder_called_something_is_the_name_given(
    extractor: Extractor,
) -> None:
    """ "promised to defeat what she called a reckless tax scheme": "what" stands for the
    thing named, so the stance is toward the name she gave it."""
    text = "Senator Maria Lopez promised to defeat what she called a reckless tax scheme."
    assert ("Maria Lopez", "oppose", "a reckless tax scheme") in _targets(extractor, text)


def test_target_phrases_name_the_statute_a_bare_law_points_back_to(extractor: Extractor) -> None:
    """ "said the law was a disaster" after "passed the Clean Water Act": the law is the
    statute the article named."""
    text = (
        "The House passed the Clean Water Act on Monday. The vote was close. "
        "Governor Tom Reed said the law was a disaster."
    )
    assert ("Tom Reed", "oppose", "the law (the Clean Water Act)") in _targets(extractor, text)


def test_target_phrases_an_act_without_an_object_keeps_what_it_is_for(
    extractor: Extractor,
) -> None:
    """ "plans to pay for the new county roads": paying alone says nothing; the act is
    what it is done for."""
    text = "Senator Maria Lopez plans to pay for the new county roads."
    assert ("Maria Lopez", "support", "paying for the new county roads") in _targets(
        extractor, text
    )


def test_target_phrases_keep_what_a_measure_does_when_the_parse_hangs_it_elsewhere(
    extractor: Extractor,
) -> None:
    """ "vetoed a bill passed by the legislature to end the drought aid": ending the aid is
    what the bill does, though the parse hangs it on "passed"."""
    text = "Governor Tom Reed vetoed a bill passed by the legislature to end the drought aid."
    assert ("Tom Reed", "oppose", "a bill to end the drought aid") in _targets(extractor, text)


def test_target_phrases_what_a_measure_does_is_no_act_demanded(extractor: Extractor) -> None:
    """ "voted against the bill to expand Medicaid": the vote opposes the bill that would
    expand Medicaid; it is no vote for expanding it."""
    text = "Senator Maria Lopez voted against the bill to expand Medicaid."
    assert _targets(extractor, text) == [("Maria Lopez", "oppose", "the bill to expand Medicaid")]


def test_target_phrases_keep_what_a_statute_does(extractor: Extractor) -> None:
    """ "signed a law banning plastic bags": banning the bags is what the law does, so it
    is part of the target, as it is not of "a letter condemning the bill"."""
    text = "Governor Tom Reed signed a law banning plastic bags."
    assert ("Tom Reed", "support", "a law banning plastic bags") in _targets(extractor, text)
