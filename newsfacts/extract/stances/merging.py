"""Merging stance candidates: which of them state the same stance, and the fact of each.

Nothing here knows about spaCy: the candidate builder (`candidates`) hands over `StanceCandidate`s
built from plain strings and offsets; this module compares their targets by content words
and numbered names, merges those of one holder, polarity and target, and turns each merged
stance into the plain dict the record expects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from newsfacts.extract.amounts.lexicon import MoneyLexicon
from newsfacts.models.facts import StanceFact
from newsfacts.models.records import Polarity


def _unit_words() -> frozenset[str]:
    """The words of money and number scales ("Rs", "crore", "million", "dollars"), from the
    amounts stage's lexicon: two sums share them without being one thing."""
    money = MoneyLexicon.load()
    forms = [*money.signs, *money.words, *money.scales]
    return frozenset(word for form in forms for word in form.casefold().split() if word.isalpha())


# Words too general to show that two targets are the same thing: the model's own stop
# words (spaCy's English list, which keeps function words and pronouns) and "new"; and
# the words of money and scales, in any number ("millions").
FUNCTION_WORDS = STOP_WORDS | {"s", "new"}
UNIT_WORDS = _unit_words()


IDENTIFIER = re.compile(r"\b(?=[\w-]*\d)[\w-]+\b")


def content_words(text: str) -> frozenset[str]:
    """The words of a target that can show it is the same thing as another target."""
    words = re.findall(r"[\w-]+", text.casefold().replace("’", "'"))
    stems = [_stem(word) for word in words if word not in FUNCTION_WORDS and len(word) > 1]
    return frozenset(stem for stem in stems if stem not in UNIT_WORDS)


def _stem(word: str) -> str:
    """A crude plural stem, so "the bills" and "Bill 1079" share a word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def identifiers(text: str) -> frozenset[str]:
    """Numbered names in a target ("Bill 1079", "S1163"): two targets with different ones are
    different things even when every other word is shared."""
    return frozenset(match.group().casefold() for match in IDENTIFIER.finditer(text))


@dataclass
class StanceCandidate:
    """One stance read from one place in the text, before merging.

    `topic` is the target without the act that was refused ("the contract" of "renewing the
    contract"). `siblings` names the cue occurrence: conjoined targets of one cue ("vetoed
    Bill 1079 ... and Bill 1080") are different things and never merge with each other.
    `context` is the topic of the antecedent when the target only points back ("the motion").
    """

    holder_id: str
    holder: str
    polarity: Polarity
    target: str
    cue: str
    evidence: tuple[int, int]
    confidence: float
    target_id: str | None = None
    topic: str = ""
    kind: str = ""
    sentence: int = 0
    siblings: int = -1
    anaphoric: bool = False
    context: str = ""
    evidences: list[tuple[int, int]] = field(default_factory=list)
    sibling_ids: set[int] = field(default_factory=set)

    def words(self) -> frozenset[str]:
        return content_words(self.target) | content_words(self.context)


def same_target(first: StanceCandidate, second: StanceCandidate) -> bool:
    """Whether two candidates of one holder and polarity speak of the same thing: the same
    actor, a shared content word, a pointer back ("it", "the motion"), or one sentence (a
    speaker's judgment and action in one statement are about one thing, unless each names
    a different actor)."""
    if second.siblings >= 0 and second.siblings in first.sibling_ids:
        return False
    if first.target_id and first.target_id == second.target_id:
        return True
    first_ids, second_ids = identifiers(first.target), identifiers(second.target)
    if first_ids and second_ids and not first_ids & second_ids:
        return False
    if first.anaphoric or second.anaphoric:
        return True
    if second.evidence in first.evidences:
        # two actors named in one sentence are two targets ("criticized Reed and accused
        # Obama of lying")
        return not (first.target_id and second.target_id)
    return bool(first.words() & second.words())


def merge(candidates: list[StanceCandidate]) -> list[StanceCandidate]:
    """Stances of the same holder toward the same target, merged, in order of first evidence.

    A candidate joins the first earlier stance of its holder and polarity with the same target;
    the merged stance keeps the most specific target and every piece of evidence, and grows
    more certain with each independent piece (noisy-or).
    """
    merged: list[StanceCandidate] = []
    for candidate in sorted(candidates, key=lambda c: c.evidence):
        home = next(
            (
                kept
                for kept in merged
                if kept.holder_id == candidate.holder_id
                and kept.polarity == candidate.polarity
                and same_target(kept, candidate)
            ),
            None,
        )
        if home is None:
            candidate.evidences = [candidate.evidence]
            candidate.sibling_ids = {candidate.siblings} - {-1}
            merged.append(candidate)
        else:
            _absorb(home, candidate)
    return merged


def _absorb(home: StanceCandidate, other: StanceCandidate) -> None:
    if other.evidence not in home.evidences:
        home.evidences.append(other.evidence)
    if _more_specific(other, home):
        home.target, home.target_id, home.anaphoric = other.target, other.target_id, False
        home.topic, home.context = other.topic, other.context
    if other.cue.casefold() not in home.cue.casefold():
        home.cue = f"{home.cue}; {other.cue}"
    home.confidence = round(1 - (1 - home.confidence) * (1 - other.confidence / 2), 3)
    home.sibling_ids |= {other.siblings} - {-1}


def _more_specific(other: StanceCandidate, home: StanceCandidate) -> bool:
    """Whether `other` names the target better: a name, not a pointer back; a numbered
    name ("Bill 1079") rather than a count ("two bills")."""
    if other.anaphoric:
        return False
    return home.anaphoric or (bool(identifiers(other.target)) and not identifiers(home.target))


def target_text(candidate: StanceCandidate) -> str:
    """The target as written, with what it points back to when it only points back and that
    says more than its own words: "the motion (the county's contract with ICE)", "the plan
    (a housing plan for the county)", but "the resolution" after "the resolution"."""
    told = content_words(candidate.target)
    if candidate.anaphoric and candidate.context and not content_words(candidate.context) <= told:
        return f"{candidate.target} ({candidate.context})"
    return candidate.target


def to_fact(candidate: StanceCandidate) -> StanceFact:
    """The plain dict of a merged stance, shaped like the `Stance` record."""
    return {
        "holder": candidate.holder,
        "holder_id": candidate.holder_id,
        "polarity": candidate.polarity,
        "target": target_text(candidate),
        "target_id": candidate.target_id,
        "cue": candidate.cue,
        "evidence": [{"start": start, "end": end} for start, end in sorted(candidate.evidences)],
        "confidence": min(round(candidate.confidence, 3), 0.99),
    }
