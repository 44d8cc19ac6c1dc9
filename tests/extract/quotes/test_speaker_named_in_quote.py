"""A pronoun that attributes a quote is not an actor the quote names: a speaker does not name
themself ("... Rao has betrayed them," he said), on an invented article of that shape."""

from __future__ import annotations

from quote_facts import quotes
from stance_facts import held

from newsfacts.pipeline.extractor import Extractor

TEXT = (
    "Opposition leader Ravi Kumar criticised the budget on Wednesday. Finance Minister Anil"
    " Rao presented it in the assembly.\n\n“I had requested the minister to provide monthly"
    " relief to all workers. Rao has betrayed them,” he said."
)


def test_quotes_the_pronoun_speaker_is_not_the_actor_the_quote_names(
    extractor: Extractor,
) -> None:
    """ "he" is not Rao, whom the quote names, but the last other man narrated."""
    found = quotes(extractor, TEXT)
    assert [q.speaker for q in found] == ["Ravi Kumar"]


def test_stances_of_such_a_quote_are_its_speakers(extractor: Extractor) -> None:
    """The quote's request is held by its speaker."""
    assert ("Ravi Kumar", "support", "providing monthly relief") in held(extractor, TEXT)
